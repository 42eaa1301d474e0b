"""The "differs in another version" marks of the Profile tab: what the person's other documents say instead."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel

from storage.library import Library
from storage.versions import Path, VersionDifference, differences
from ui.profile_widgets import Field


def other_versions(library: Library, candidate_id: int, document_id: int | None) -> list[tuple[str, dict[str, Any]]]:
    """(file name, edited profile) of the person's documents other than the one shown (None: the newest)."""
    documents = library.documents(candidate_id)
    if len(documents) < 2:
        return []
    shown = document_id or documents[0].id
    profiles = library.document_profiles(candidate_id)
    return [(d.file_name, profiles[d.id]) for d in documents if d.id != shown and d.id in profiles]


def version_notes(found: Sequence[VersionDifference]) -> tuple[dict[Path, str], list[str]]:
    """Tooltips for the fields that differ, and lines for what only another version has."""
    fields: dict[Path, list[str]] = {}
    extra: list[str] = []
    for difference in found:
        if len(difference.path) == 1:
            extra.append(
                QCoreApplication.translate("VersionMarks", "Only in {document}: “{value}”").format(
                    document=difference.document, value=difference.other_value
                )
            )
        elif difference.other_value:
            fields.setdefault(difference.path, []).append(
                QCoreApplication.translate("VersionMarks", "Differs in another version: {document} says “{value}”").format(
                    document=difference.document, value=difference.other_value
                )
            )
        else:
            fields.setdefault(difference.path, []).append(
                QCoreApplication.translate("VersionMarks", "Missing from another version: {document}").format(
                    document=difference.document
                )
            )
    return {path: "\n".join(lines) for path, lines in fields.items()}, extra


def version_note_label() -> QLabel:
    """The line above the profile naming what only another version has (hidden when nothing)."""
    label = QLabel()
    label.setObjectName("versionNote")
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.hide()
    return label


def mark_versions(
    fields: Iterable[Field], note: QLabel, profile: dict[str, Any], others: list[tuple[str, dict[str, Any]]]
) -> None:
    """Mark the fields whose value another version states differently, and name what only another version has."""
    notes, only_elsewhere = version_notes(differences(profile, others))
    for field in fields:
        if field.version_mark is not None or field.path in notes:
            field.set_version_note(notes.get(field.path, ""))
    note.setText("\n".join(only_elsewhere))
    note.setVisible(bool(only_elsewhere))
