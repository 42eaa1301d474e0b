"""Merging two people and splitting a document off into a new person, as undo steps, from the Candidate menu."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from storage.merge_split import PeopleSnapshot
from ui.library_command import LibraryCommand
from ui.library_model import LibraryModel
from ui.shell import Shell


class MergePeopleCommand(LibraryCommand):
    """Merge a person into another; undo gives both back their documents and reviews."""

    def __init__(self, model: LibraryModel, kept_id: int, other_id: int) -> None:
        names = {row.id: row.display_name for row in model.library.summaries([kept_id, other_id])}
        text = QCoreApplication.translate("UndoStep", "Merge {other} into {kept}")
        super().__init__(model, text.format(other=names[other_id], kept=names[kept_id]))
        self.kept_id, self.other_id = kept_id, other_id
        self._before: PeopleSnapshot | None = None

    def redo(self) -> None:
        self._before = self.model.merge_people(self.kept_id, self.other_id)

    def undo(self) -> None:
        assert self._before is not None
        self.model.restore_people(self._before)


class SplitDocumentCommand(LibraryCommand):
    """Make one of a person's documents a new person's; redo after undo gives that person the same id."""

    def __init__(self, model: LibraryModel, candidate_id: int, document_id: int, file_name: str) -> None:
        text = QCoreApplication.translate("UndoStep", "Split {document} off")
        super().__init__(model, text.format(document=file_name))
        self.candidate_id, self.document_id = candidate_id, document_id
        self.new_person_id: int | None = None
        self._before: PeopleSnapshot | None = None

    def redo(self) -> None:
        self.new_person_id, self._before = self.model.split_document(self.candidate_id, self.document_id, self.new_person_id)

    def undo(self) -> None:
        assert self._before is not None and self.new_person_id is not None
        self.model.restore_people(self._before, remove=[self.new_person_id])


class PeopleFeature(QObject):
    """The Merge and Split actions, and showing the right person after either (or its undo)."""

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self._shell = shell
        self.action_merge = shell.add_action("actionMergePeople", self.tr("&Merge Selected People"))
        self.action_merge.setToolTip(self.tr("One person: the documents and reviews of the two selected people"))
        self.action_split = shell.add_action("actionSplitDocument", self.tr("&Split This Document Off"))
        self.action_split.setToolTip(self.tr("Make the document shown a new person's"))
        shell.menus.candidate.addSeparator()
        for action in (self.action_merge, self.action_split):
            shell.menus.candidate.addAction(action)
            shell.add_list_menu_action(action)
        self.action_merge.triggered.connect(self.merge_selected)
        self.action_split.triggered.connect(self.split_shown_document)
        shell.selection_changed.connect(self._update_actions)
        shell.candidate_changed.connect(self._update_actions)
        shell.library_model.documents_changed.connect(self._on_documents_changed)
        self._update_actions()

    def merge_selected(self) -> None:
        """Merge the two selected people into the one imported first."""
        ids = sorted(self._shell.selected_candidate_ids())
        if len(ids) != 2:
            return
        self._shell.undo_stack.push(MergePeopleCommand(self._shell.library_model, ids[0], ids[1]))
        self._shell.select_candidate(ids[0])

    def split_shown_document(self) -> None:
        """Make the document shown a new person's."""
        shell = self._shell
        documents = shell.library.documents(shell.candidate_id) if shell.candidate_id else []
        shown = next((d for d in documents if d.id == shell.document_id), None)
        if len(documents) < 2 or shown is None:
            return
        command = SplitDocumentCommand(shell.library_model, shell.candidate_id, shown.id, shown.file_name)
        shell.undo_stack.push(command)

    def _update_actions(self) -> None:
        shell = self._shell
        self.action_merge.setEnabled(len(shell.selected_candidate_ids()) == 2)
        row = shell.candidates.row_of(shell.candidate_id) if shell.candidate_id else None
        self.action_split.setEnabled(row is not None and shell.candidates.summary_at(row).document_count > 1)

    def _on_documents_changed(self, ids: list[int]) -> None:
        shell = self._shell
        if shell.candidate_id in ids and shell.candidates.row_of(shell.candidate_id) is not None:
            shell.show_candidate(shell.candidate_id)  # its documents changed: show its newest
        self._update_actions()


def install(shell: Shell) -> PeopleFeature:
    """Add Merge and Split to the Candidate menu and the list's context menu."""
    return PeopleFeature(shell)
