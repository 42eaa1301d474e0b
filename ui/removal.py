"""Candidate › Remove from Library as an undo step: no question asked, the status bar says how to take it back.

Undo puts the people back with their documents and reviews (storage/removal.py) and selects them
again. The removed rows are held by the undo step, in memory: closing the library makes a removal
final.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence

from storage.removal import RemovedPeople
from ui.library_command import LibraryCommand
from ui.library_model import LibraryModel
from ui.shell import Shell

MESSAGE_MS = 10_000


class RemoveCandidatesCommand(LibraryCommand):
    """Remove people from the library; undo restores every row of theirs (same ids where still free)."""

    def __init__(self, model: LibraryModel, candidate_ids: list[int], names: list[str]) -> None:
        if len(names) == 1:
            text = QCoreApplication.translate("UndoStep", "Remove {name}").format(name=names[0])
        else:
            text = QCoreApplication.translate("UndoStep", "Remove {count} candidates").format(count=len(names))
        super().__init__(model, text)
        self.candidate_ids = candidate_ids
        self._removed: RemovedPeople | None = None

    def redo(self) -> None:
        self._removed = self.model.remove_people(self.candidate_ids)

    def undo(self) -> None:
        assert self._removed is not None
        self.candidate_ids = list(self.model.restore_removed(self._removed).people)


class Removal(QObject):
    """Removes the selected candidates as one undo step and selects them again when it is undone."""

    def __init__(self, shell: Shell, action: QAction, undo: QAction) -> None:
        super().__init__(shell)
        self._shell = shell
        self._undo = undo
        action.triggered.connect(self.remove_selected)
        shell.library_model.candidates_restored.connect(self._on_candidates_restored)
        shell.library_model.history_outdated.connect(self._on_history_outdated)

    def remove_selected(self) -> None:
        """Remove the selected candidates (or the one shown) and say how to undo it."""
        shell = self._shell
        ids = shell.target_ids()
        if not ids:
            return
        names = [shell.blind.name(row.id, row.display_name) for row in shell.library.summaries(ids)]
        shell.undo_stack.push(RemoveCandidatesCommand(shell.library_model, ids, names))
        if shell.library.summaries(ids):
            return  # refused (the library model said why in the status bar)
        key = self._undo.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        if len(names) == 1:
            text = self.tr("Removed {name} — Undo ({key})").format(name=names[0], key=key)
        else:
            text = self.tr("Removed {count} candidates — Undo ({key})").format(count=len(names), key=key)
        shell.show_message(text, MESSAGE_MS)

    def _on_candidates_restored(self, ids: list[int]) -> None:
        self._shell.show_message("")  # "Removed … — Undo" no longer holds
        if ids:
            self._shell.select_candidate(ids[0])

    def _on_history_outdated(self) -> None:
        # Earlier undo steps may name ids that an import has given to someone else since. Once the
        # undo that found it out has finished: the stack must not be cleared from inside its own undo.
        QTimer.singleShot(0, self._forget_history)

    def _forget_history(self) -> None:
        self._shell.undo_stack.clear()
        self._shell.show_message(
            self.tr("The removed candidates are back under new numbers; the undo history before them was cleared."), MESSAGE_MS
        )


def install(shell: Shell, action: QAction, undo: QAction) -> Removal:
    """Make *action* remove the selected candidates as an undo step (*undo* names the key that takes it back)."""
    return Removal(shell, action, undo)
