"""Undo commands on candidates: each captures old values in __init__ and writes through the LibraryModel.

Commands hold ids and value snapshots, never ORM objects; undo is a compensating write.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from ui.labels import status_label
from ui.library_command import LibraryCommand
from ui.library_model import LibraryModel


class SetStatusCommand(LibraryCommand):
    """Set the status of one or more candidates."""

    def __init__(self, model: LibraryModel, ids: Sequence[int], status: str) -> None:
        text = QCoreApplication.translate("UndoStep", "Set status to {status}")
        super().__init__(model, text.format(status=status_label(status)))
        self._new = status
        self._old = {row.id: row.status for row in model.library.summaries(ids)}

    def redo(self) -> None:
        self.model.set_status(list(self._old), self._new)

    def undo(self) -> None:
        by_status: dict[str, list[int]] = {}
        for candidate_id, status in self._old.items():
            by_status.setdefault(status, []).append(candidate_id)
        for status, ids in by_status.items():
            self.model.set_status(ids, status)
