"""Blind review in the window: whether it is on, and what it hides of each candidate (storage/blind.py decides what).

Signals:
    changed(): blind review was switched on or off, or schools started or stopped being hidden.
"""

from __future__ import annotations

from collections.abc import Sequence

import pymupdf
from PySide6.QtCore import QObject, Signal

from storage.blind import CONTACT_FIELDS, MASK, BlindOptions, Hidden, person_hidden
from storage.profile_paths import Path
from storage.redaction import Box, document_boxes, source_boxes
from ui.library_model import LibraryModel

# Profile paths a blind reviewer never sees nor edits (under basics), whatever they hold.
IDENTITY_KEYS = frozenset({"name", *CONTACT_FIELDS})


class BlindMode(QObject):
    """The window's blind-review state and, per candidate, the strings and page boxes it hides (cached)."""

    changed = Signal()

    def __init__(self, library_model: LibraryModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._library_model = library_model
        self._options: BlindOptions | None = None
        self._hidden: dict[int, Hidden] = {}
        self._boxes: dict[int, tuple[object, dict[int, list[Box]]]] = {}  # document id -> (what they depend on, boxes)
        library_model.profile_changed.connect(self._on_library_profile_changed)
        library_model.candidates_changed.connect(self._on_library_candidates_changed)
        library_model.documents_changed.connect(self._on_library_candidates_changed)

    @property
    def options(self) -> BlindOptions | None:
        """What is hidden (None: blind review is off)."""
        return self._options

    @property
    def active(self) -> bool:
        """Whether blind review is on."""
        return self._options is not None

    def set_options(self, options: BlindOptions | None) -> None:
        """Switch blind review on (with these options) or off (None)."""
        if options == self._options:
            return
        self._options = options
        self._forget()
        self.changed.emit()

    def pseudonym(self, candidate_id: int) -> str:
        """'Candidate 7', in the interface's language."""
        return self.tr("Candidate {number}").format(number=candidate_id)

    def file_label(self, number: int, file_name: str) -> str:
        """'document 2 (.pdf)' for a person's second file: a file name can carry the person's name."""
        suffix = file_name.rpartition(".")[2].lower() if "." in file_name else ""
        return self.tr("document {number} (.{suffix})").format(number=number, suffix=suffix) if suffix else self.tr(
            "document {number}"
        ).format(number=number)

    def name(self, candidate_id: int, real: str) -> str:
        """The name to show: the pseudonym while blind, else *real*."""
        return self.pseudonym(candidate_id) if self.active else real

    def hidden(self, candidate_id: int) -> Hidden:
        """What is hidden of a person (nothing while blind review is off)."""
        if self._options is None or not candidate_id:
            return Hidden()
        if candidate_id not in self._hidden:
            try:
                self._hidden[candidate_id] = person_hidden(self._library_model.library, candidate_id, self._options)
            except KeyError:  # removed meanwhile
                return Hidden()
        return self._hidden[candidate_id]

    def scrub(self, candidate_id: int, text: str) -> str:
        """*text* with the person's hidden strings masked (unchanged while blind review is off)."""
        return self.hidden(candidate_id).scrub(text, self.pseudonym(candidate_id)) if self.active else text

    def field_text(self, candidate_id: int, path: Path, text: str) -> str | None:
        """What a profile field shows while blind (None: the field shows and edits its value as usual)."""
        if self._options is None:
            return None
        keys = [k for k in path if isinstance(k, str)]
        if keys[:1] == ["basics"] and keys[1:2] and keys[1] in IDENTITY_KEYS:
            return self.pseudonym(candidate_id) if keys[1:] == ["name"] else (MASK if text else "")
        if self._options.schools and keys[:1] == ["education"] and keys[-1:] == ["institution"]:
            return MASK if text else ""
        hidden = self.hidden(candidate_id)
        return hidden.scrub(text, self.pseudonym(candidate_id)) if hidden.shows(text) else None

    def boxes(self, candidate_id: int, document_id: int, doc: pymupdf.Document | None) -> dict[int, list[Box]]:
        """Where the document shown prints what is hidden, page by page (empty while blind review is off)."""
        if self._options is None or doc is None or not document_id:
            return {}
        try:
            profile = self._library_model.library.profile(candidate_id, document_id)
        except KeyError:
            return {}
        hidden = self.hidden(candidate_id)
        # What the boxes depend on besides the page: an edit that changes neither (a headline) keeps them.
        key = (hidden.phrases, tuple(source_boxes(profile, self._options)))
        cached = self._boxes.get(document_id)
        if cached is None or cached[0] != key:
            cached = self._boxes[document_id] = (key, document_boxes(doc, profile, hidden, self._options))
        return cached[1]

    def _forget(self, candidate_ids: Sequence[int] | None = None) -> None:
        if candidate_ids is None:
            self._hidden.clear()
            self._boxes.clear()
            return
        for candidate_id in candidate_ids:  # their boxes are checked against what they depend on when next asked
            self._hidden.pop(candidate_id, None)

    def _on_library_profile_changed(self, candidate_id: int) -> None:
        self._forget([candidate_id])

    def _on_library_candidates_changed(self, ids: list[int]) -> None:
        self._forget(ids)
