"""The Shell: the narrow part of the main window a feature may use, instead of the window itself.

A feature (highlights, review, compare, exports…) gets a Shell: the undo stack, the LibraryModel,
the settings, the document view, the candidate shown and the list's selection, blind review's
state (`blind`: what to hide while it is on), and places to put
its own actions, menus, tabs and pages. It learns of library changes from the LibraryModel's
signals and of the reviewer's navigation from the Shell's; it never imports the window, nor
reaches another feature through it.

Signals:
    candidate_changed(int): the candidate shown (0 when none); their newest document is shown.
    document_changed(int): another of the shown person's documents is shown (its id).
    selection_changed(): the candidates selected in the list changed.
    page_changed(): the central page switched (the candidate view, or a full-window page such as compare).
    closing(): the window is about to close; save what is still being typed.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QItemSelectionModel, QObject, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMenu, QStackedWidget, QStatusBar, QTableView, QTabWidget, QToolBar, QWidget

from storage.library import Library
from ui.blind_mode import BlindMode
from ui.candidate_model import CANDIDATE_ID_ROLE, CandidateFilterProxy, CandidateTableModel
from ui.document_view import DocumentView
from ui.library_model import LibraryModel
from ui.settings import Settings

Shortcut = QKeySequence | QKeySequence.StandardKey | str


def key_sequences(*shortcuts: Shortcut) -> list[QKeySequence]:
    """Every binding of each shortcut (a standard key: all the platform's), in order, each key once."""
    keys: list[QKeySequence] = []
    for shortcut in shortcuts:
        bindings = (
            QKeySequence.keyBindings(shortcut) if isinstance(shortcut, QKeySequence.StandardKey) else [QKeySequence(shortcut)]
        )
        keys.extend(key for key in bindings if not key.isEmpty() and key not in keys)
    return keys


@dataclass(frozen=True)
class Menus:
    """The window's menus features add to."""

    file: QMenu
    export: QMenu
    edit: QMenu
    view: QMenu
    candidate: QMenu
    help: QMenu


class Shell(QObject):
    """Undo stack, library model, settings, document view, current candidate and selection, and places for actions."""

    candidate_changed = Signal(int)
    document_changed = Signal(int)
    selection_changed = Signal()
    page_changed = Signal()
    closing = Signal()

    def __init__(
        self,
        window: QWidget,
        status_bar: QStatusBar,
        library_model: LibraryModel,
        settings: Settings,
        undo_stack: QUndoStack,
        document_view: DocumentView,
        candidates: CandidateTableModel,
        candidate_filter: CandidateFilterProxy,
        candidate_list: QTableView,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._status_bar = status_bar
        self.library_model = library_model
        self.settings = settings
        self.undo_stack = undo_stack
        self.document_view = document_view
        self.candidates = candidates
        self.candidate_filter = candidate_filter
        self.candidate_list = candidate_list
        self.blind = BlindMode(library_model, self)  # blind review: what every view hides while it is on
        self.candidate_id = 0
        self.document_id = 0  # which of the shown person's documents is shown
        self.list_actions: list[QAction] = []  # act on the list's rows (next, previous, remove)
        self._side_tabs: QTabWidget | None = None
        self._pages: QStackedWidget | None = None
        self._home: QWidget | None = None
        self._toolbar: QToolBar | None = None
        self._toolbar_anchor: QAction | None = None
        self._menus: Menus | None = None
        candidate_list.selectionModel().selectionChanged.connect(self._on_list_selection_changed)

    def place(
        self, side_tabs: QTabWidget, pages: QStackedWidget, home: QWidget, toolbar: QToolBar, toolbar_anchor: QAction,
        menus: Menus,
    ) -> None:
        """Tell the shell where features put their tabs, pages, toolbar items and menu items."""
        self._side_tabs, self._pages, self._home = side_tabs, pages, home
        self._toolbar, self._toolbar_anchor, self._menus = toolbar, toolbar_anchor, menus
        pages.currentChanged.connect(self._on_pages_current_changed)

    @property
    def library(self) -> Library:
        """The library, for reading (writes go through library_model)."""
        return self.library_model.library

    @property
    def widget(self) -> QWidget:
        """The window, as the parent of a feature's dialogs and menus."""
        return self._window

    @property
    def menus(self) -> Menus:
        """The menus features add to."""
        assert self._menus is not None
        return self._menus

    # -- the candidate and the selection -----------------------------------------------------

    def show_candidate(self, candidate_id: int) -> None:
        """Show a candidate's newest document (0: none) and tell the features."""
        self.candidate_id = candidate_id
        record = self.library.document(candidate_id) if candidate_id else None
        self.document_id = record.document_id or 0 if record is not None else 0
        self.document_view.set_document(record)
        self.candidate_changed.emit(candidate_id)

    def show_document(self, document_id: int) -> None:
        """Show another of the shown person's documents and tell the features."""
        if not self.candidate_id or document_id == self.document_id:
            return
        record = self.library.document(self.candidate_id, document_id)
        self.document_id = document_id
        self.document_view.set_document(record)
        self.document_changed.emit(document_id)

    def selected_candidate_ids(self) -> list[int]:
        """The candidates selected in the list, in list order."""
        rows = sorted(self.candidate_list.selectionModel().selectedRows(), key=lambda i: i.row())
        return [int(i.data(CANDIDATE_ID_ROLE)) for i in rows]

    def target_ids(self) -> list[int]:
        """The selected candidates, else the one shown."""
        return self.selected_candidate_ids() or ([self.candidate_id] if self.candidate_id else [])

    def row_in_view(self, candidate_id: int) -> int | None:
        """The list row showing a candidate (None when the filter hides it or it is gone)."""
        source_row = self.candidates.row_of(candidate_id)
        if source_row is None:
            return None
        index = self.candidate_filter.mapFromSource(self.candidates.index(source_row, 0))
        return index.row() if index.isValid() else None

    def select_row(self, row: int) -> None:
        """Make a visible list row current and selected."""
        index = self.candidate_filter.index(row, 0)
        if not index.isValid():
            return
        self.candidate_list.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.candidate_list.scrollTo(index)

    def select_candidate(self, candidate_id: int) -> bool:
        """Show a candidate, if the list currently shows it."""
        row = self.row_in_view(candidate_id)
        if row is None:
            return False
        self.select_row(row)
        return True

    def _on_list_selection_changed(self, *_args: object) -> None:
        self.selection_changed.emit()

    # -- places for a feature's parts ----------------------------------------------------------

    def add_action(self, name: str, text: str, *shortcuts: Shortcut) -> QAction:
        """A window-wide action (its shortcuts work anywhere in the window)."""
        action = QAction(text, self._window)
        action.setObjectName(name)
        action.setShortcuts(key_sequences(*shortcuts))
        self._window.addAction(action)
        return action

    def add_list_menu_action(self, action: QAction) -> None:
        """Offer an action in the candidate list's context menu too."""
        action.setProperty("inListMenu", True)
        self._window.addAction(action)

    def add_toolbar_action(self, action: QAction) -> None:
        """Put an action on the main toolbar, next to Import."""
        assert self._toolbar is not None and self._toolbar_anchor is not None
        self._toolbar.insertAction(self._toolbar_anchor, action)

    def add_toolbar_widget(self, widget: QWidget, beside_actions: bool = False) -> None:
        """Put a widget on the main toolbar: beside the actions (next to Import), else after the search filters."""
        assert self._toolbar is not None and self._toolbar_anchor is not None
        if beside_actions:
            self._toolbar.insertWidget(self._toolbar_anchor, widget)
        else:
            self._toolbar.addWidget(widget)

    def add_side_tab(self, widget: QWidget, title: str) -> None:
        """A tab beside the document (after Profile)."""
        assert self._side_tabs is not None
        self._side_tabs.addTab(widget, title)

    def show_side_tab(self, widget: QWidget) -> None:
        """Bring a side tab forward."""
        assert self._side_tabs is not None
        self._side_tabs.setCurrentWidget(widget)

    def add_page(self, widget: QWidget) -> None:
        """A full-window page (shown instead of list, document and tabs)."""
        assert self._pages is not None
        self._pages.addWidget(widget)

    def show_page(self, widget: QWidget | None) -> None:
        """Show a full-window page (None: the candidate view)."""
        assert self._pages is not None and self._home is not None
        self._pages.setCurrentWidget(widget or self._home)

    def page_shown(self) -> QWidget | None:
        """The full-window page shown (None: the candidate view)."""
        assert self._pages is not None
        current = self._pages.currentWidget()
        return None if current is self._home else current

    def show_message(self, text: str, milliseconds: int = 5000) -> None:
        """A passing message in the status bar."""
        self._status_bar.showMessage(text, milliseconds)

    def _on_pages_current_changed(self, _index: int) -> None:
        self.page_changed.emit()

