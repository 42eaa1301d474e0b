"""The compare feature: the Compare action and page, its edits, and going back to where the reviewer was."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QObject, Qt
from PySide6.QtGui import QAction, QUndoCommand

from ui.candidate_model import CANDIDATE_ID_ROLE
from ui.compare_view import CompareView
from ui.review_commands import SetRatingCommand, SetRecommendationCommand, SetSummaryCommand
from ui.shell import Shell


@dataclass(frozen=True)
class _ListState:
    """Where the reviewer was in the single-candidate view, to return there."""

    current: int
    selected: tuple[int, ...]
    list_scroll: int
    document_scroll: tuple[int, int]


class CompareFeature(QObject):
    """The compare page: the Compare action, the page, its edits, and going back to where the reviewer was."""

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self._shell = shell
        self._state: _ListState | None = None
        self._paused: list[QAction] = []
        self.view = CompareView(shell.library, shell.candidates, shell.blind)
        shell.add_page(self.view)

        self.action = shell.add_action("actionCompare", self.tr("&Compare Candidates"), "Ctrl+Shift+C")
        self.action.setStatusTip(self.tr("Compare the two selected candidates side by side"))
        shell.add_list_menu_action(self.action)
        menu = shell.menus.candidate
        first = menu.actions()[0] if menu.actions() else None
        menu.insertAction(first, self.action)  # type: ignore[arg-type]
        menu.insertSeparator(first)  # type: ignore[arg-type]
        self.action.setIconText(self.tr("Compare"))
        shell.add_toolbar_action(self.action)

        self.action.triggered.connect(self._on_action_triggered)
        self.view.back_requested.connect(self.close)
        self.view.rating_chosen.connect(self._on_view_rating_chosen)
        self.view.recommendation_chosen.connect(self._on_view_recommendation_chosen)
        self.view.summary_edited.connect(self._on_view_summary_edited)
        shell.library_model.review_changed.connect(self._on_library_changed)
        shell.library_model.review_notes_changed.connect(self._on_library_changed)
        shell.library_model.candidates_changed.connect(self._on_library_changed)
        shell.blind.changed.connect(self._on_blind_changed)
        shell.selection_changed.connect(self._update_action)
        shell.candidates.rowsRemoved.connect(self._on_candidates_removed)
        shell.candidates.modelReset.connect(self._on_candidates_removed)
        shell.candidate_filter.rowsInserted.connect(self._update_action)
        shell.candidate_filter.rowsRemoved.connect(self._update_action)
        self._update_action()

    def is_open(self) -> bool:
        """Whether the compare view is the page shown."""
        return self._shell.page_shown() is self.view

    def shown_pair(self) -> tuple[int, int] | None:
        """The two candidates the open compare view shows (None when closed)."""
        if self.is_open() and self.view.left_id and self.view.right_id:
            return self.view.left_id, self.view.right_id
        return None

    def _pair_from_selection(self) -> tuple[int, int] | None:
        """The two selected candidates, or the one selected and the next one in the list."""
        shell = self._shell
        ids = shell.selected_candidate_ids()
        if len(ids) == 2:
            return ids[0], ids[1]
        rows = shell.candidate_filter.rowCount()
        if len(ids) != 1 or rows < 2:
            return None
        row = shell.candidate_list.currentIndex().row()
        neighbour = row + 1 if row + 1 < rows else row - 1
        return ids[0], int(shell.candidate_filter.index(neighbour, 0).data(CANDIDATE_ID_ROLE))

    def _update_action(self) -> None:
        self.action.setEnabled(self._pair_from_selection() is not None)

    def _on_action_triggered(self) -> None:
        pair = self._pair_from_selection()
        if pair is not None:
            self.open(*pair)

    def open(self, left_id: int, right_id: int) -> None:
        """Show the compare view for two candidates, remembering where the reviewer was."""
        shell = self._shell
        if not self.is_open():
            document = shell.document_view
            self._state = _ListState(
                current=shell.candidate_id,
                selected=tuple(shell.selected_candidate_ids()),
                list_scroll=shell.candidate_list.verticalScrollBar().value(),
                document_scroll=(document.horizontalScrollBar().value(), document.verticalScrollBar().value()),
            )
            # Stepping through or removing list candidates would act on a list the reviewer cannot see.
            self._paused = [a for a in shell.list_actions if a.isEnabled()]
            for action in self._paused:
                action.setEnabled(False)
        self.view.set_pair(left_id, right_id)
        shell.show_page(self.view)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def close(self) -> None:
        """Return to the single-candidate view as the reviewer left it."""
        shell = self._shell
        if not self.is_open():
            return
        self.view.commit_notes()
        self.view.clear_documents()
        shell.show_page(None)
        for action in self._paused:
            action.setEnabled(True)
        self._paused = []
        state, self._state = self._state, None
        if state is not None:
            self._restore(state)
        shell.candidate_list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _restore(self, state: _ListState) -> None:
        shell = self._shell
        rows = {cid: row for cid in state.selected if (row := shell.row_in_view(cid)) is not None}
        current = shell.row_in_view(state.current)
        if current is not None:
            if shell.candidate_id != state.current:
                shell.select_row(current)
            selection = QItemSelection()
            proxy = shell.candidate_filter
            for row in rows.values():
                selection.select(proxy.index(row, 0), proxy.index(row, proxy.columnCount() - 1))
            if rows:
                shell.candidate_list.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        shell.candidate_list.verticalScrollBar().setValue(state.list_scroll)
        shell.document_view.horizontalScrollBar().setValue(state.document_scroll[0])
        shell.document_view.verticalScrollBar().setValue(state.document_scroll[1])

    def _on_candidates_removed(self, *_args: object) -> None:
        self._update_action()
        model = self._shell.candidates
        if self.is_open() and None in (model.row_of(self.view.left_id), model.row_of(self.view.right_id)):
            self.close()

    def _on_library_changed(self, _changed: object) -> None:
        if self.is_open():
            self.view.refresh()

    def _on_blind_changed(self) -> None:
        if self.is_open():
            self.view.refresh()
            if self.view.documents_toggle.isChecked():
                self.view.load_documents()

    def _push(self, command: QUndoCommand) -> None:
        self._shell.undo_stack.push(command)

    def _on_view_rating_chosen(self, candidate_id: int, area_id: int, value: object) -> None:
        rating = value if isinstance(value, int) else None
        self._push(SetRatingCommand(self._shell.library_model, candidate_id, area_id, rating))

    def _on_view_recommendation_chosen(self, candidate_id: int, value: object) -> None:
        recommendation = value if isinstance(value, str) else None
        self._push(SetRecommendationCommand(self._shell.library_model, candidate_id, recommendation))

    def _on_view_summary_edited(self, candidate_id: int, text: str) -> None:
        self._push(SetSummaryCommand(self._shell.library_model, candidate_id, text))


def install(shell: Shell) -> CompareFeature:
    """Add the Compare action and the compare page."""
    return CompareFeature(shell)
