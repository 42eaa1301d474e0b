"""Undo commands: each captures old values in __init__ and writes through storage in redo/undo.

Commands hold ids and value snapshots, never ORM objects; undo is a compensating write.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ui.labels import status_label
from ui.library_command import LibraryCommand

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class SetStatusCommand(LibraryCommand):
    """Set the status of one or more candidates."""

    def __init__(self, window: MainWindow, ids: list[int], status: str) -> None:
        text = QCoreApplication.translate("UndoStep", "Set status to {status}")
        super().__init__(text.format(status=status_label(status)))
        self._window = window
        self._new = status
        self._old = {row.id: row.status for row in window.library.summaries(ids)}

    def redo(self) -> None:
        self._window.library.set_status(list(self._old), self._new)
        self._window.refresh_candidates(list(self._old))

    def undo(self) -> None:
        for candidate_id, status in self._old.items():
            self._window.library.set_status(candidate_id, status)
        self._window.refresh_candidates(list(self._old))
