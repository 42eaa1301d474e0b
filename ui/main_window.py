"""The main window: candidate list | original document | profile and review.

The window builds the frame (list, document, tabs, menus, toolbar) and a Shell, and installs the
features with the Shell; a feature never sees the window. Each feature's module owns its logic.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QModelIndex, QPoint, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

import resources
from storage.db import LibraryError
from storage.importer import SUPPORTED_SUFFIXES
from storage.library import Library
from storage.records import ImportOutcome
from storage.vocab import STATUSES
from ui import (
    backups,
    blind_feature,
    compare_feature,
    document_picker,
    export_actions,
    find_bar,
    highlights,
    language_menu,
    people_feature,
    profile_editor,
    removal,
    review_feature,
    shortcut_sheet,
)
from ui.candidate_model import CANDIDATE_ID_ROLE, CandidateFilterProxy, CandidateTableModel
from ui.commands import SetStatusCommand
from ui.document_view import DocumentView
from ui.empty_state import EmptyState
from ui.import_controller import ImportController, outcome_summary
from ui.labels import status_label, toolbar_label
from ui.library_model import LibraryModel
from ui.list_columns import ColumnChooser
from ui.plain_text import keep_tooltip_plain, show_plain_message
from ui.search_worker import LibrarySearch
from ui.settings import Settings
from ui.shell import Menus, Shell, Shortcut, key_sequences

WRITE_FAILURE_MESSAGE_MS = 15_000
DEFAULT_WINDOW_SIZE = QSize(1400, 860)
WINDOW_FRAME = QSize(24, 48)  # a window manager's borders and title bar
MIN_PANE_WIDTH = 320
SIDE_PANE_WIDTH = 320  # the profile and review forms fit without scrolling sideways
SIDE_PANE_MIN_WIDTH = 280  # narrower they scroll sideways; the window still fits an 800-pixel screen
# Saved pane sizes from before the page came first gave it too little room: those are not reused.
_SPLITTER_KEY = "main.2"
IMPORT_REPORT_REASONS = 5  # failed files named in the import report's text; the details list all
OPEN_WINDOWS: list[MainWindow] = []  # windows opened from File > Open/New Library, kept alive


class MainWindow(QMainWindow):
    """One library, its candidates, and the reviewer's work on the selected one."""

    def __init__(self, library: Library, settings: Settings | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setAcceptDrops(True)
        self.library = library
        self.library_model = LibraryModel(library, self)
        self.settings = settings or Settings()
        self.undo_stack = QUndoStack(self)

        self.model = CandidateTableModel(self)
        self.proxy = CandidateFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.candidate_list = self._build_candidate_list()
        self.document_view = DocumentView()
        self.empty_state = EmptyState()
        self.document_stack = QStackedWidget()
        self.document_stack.addWidget(self.document_view)
        self.document_stack.addWidget(self.empty_state)
        self.side_tabs = QTabWidget()
        self.side_tabs.setObjectName("sideTabs")

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.candidate_list)
        self.document_pane = QWidget()  # the document, with the person's document picker above it
        self.document_pane_layout = QVBoxLayout(self.document_pane)
        self.document_pane_layout.setContentsMargins(0, 0, 0, 0)
        self.document_pane_layout.setSpacing(0)
        self.document_pane_layout.addWidget(self.document_stack, 1)
        self.splitter.addWidget(self.document_pane)
        self.splitter.addWidget(self.side_tabs)
        # The document takes what the window gains or loses; the list may be collapsed, the side tabs keep a minimum.
        for pane, stretch in enumerate((0, 1, 0)):
            self.splitter.setStretchFactor(pane, stretch)
            self.splitter.setCollapsible(pane, pane == 0)
        self.side_tabs.setMinimumWidth(SIDE_PANE_MIN_WIDTH)
        self.central_stack = QStackedWidget()
        self.central_stack.setObjectName("centralStack")
        self.central_stack.addWidget(self.splitter)
        self.setCentralWidget(self.central_stack)

        self.search_box = QLineEdit()
        self.search_box.setObjectName("searchBox")
        self.search_box.setPlaceholderText(self.tr("Search résumés, profiles and notes (中文 too)…"))
        self.search_box.setClearButtonEnabled(True)
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.addItem(self.tr("All statuses"), None)
        for key in STATUSES:
            self.status_filter.addItem(status_label(key), key)
        self.library_search = LibrarySearch(library, self)

        self.importer = ImportController(library, self)
        self.page_label = QLabel()
        self.statusBar().addPermanentWidget(self.page_label)

        self.list_columns = ColumnChooser(self.candidate_list, self.settings)
        self.shell = Shell(
            self, self.statusBar(), self.library_model, self.settings, self.undo_stack, self.document_view, self.model, self.proxy,
            self.candidate_list,
        )
        self._build_actions()
        self._build_menus_and_toolbar()
        self._connect()
        # -- features: each gets the shell, never the window; the root hands over what one
        # feature offers another (the compare page's pair to the exports).
        self.profile = profile_editor.install(self.shell)
        self.profile_editor = self.profile.editor
        self.document_picker = document_picker.install(self.shell)
        self.document_pane_layout.insertWidget(0, self.document_picker.widget)
        self.highlights = highlights.install(self.shell)
        self.find_bar = find_bar.install(self.shell)
        self.review_panel = review_feature.install(self.shell)
        self.compare = compare_feature.install(self.shell)
        self.exports = export_actions.install(self.shell, self.compare)
        self.language_menu = language_menu.install(self.shell)
        self.people = people_feature.install(self.shell)
        self.backups = backups.install(self.shell, self.open_library, self.importer.is_running)
        self.blind = blind_feature.install(self.shell)  # after the views that follow it: its saved state reaches them all
        self.shortcut_sheet = shortcut_sheet.install(self.shell)
        self.removal = removal.install(self.shell, self.action_delete, self.action_undo)
        # -- end of features ------------------------------------------------------------------
        self._restore_layout()
        self.reload_candidates()
        self._restore_reading()
        self._update_title()

    # -- construction -----------------------------------------------------------------------

    def _build_candidate_list(self) -> QTableView:
        view = QTableView()
        view.setObjectName("candidateList")
        view.setModel(self.proxy)
        view.setSortingEnabled(True)
        view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(24)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.horizontalHeader().setStretchLastSection(True)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        return view

    def _action(self, name: str, text: str, *shortcuts: Shortcut) -> QAction:
        return self.shell.add_action(name, text, *shortcuts)

    def _build_actions(self) -> None:
        self.action_new_library = self._action("actionNewLibrary", self.tr("&New Library…"), QKeySequence.StandardKey.New)
        self.action_open_library = self._action("actionOpenLibrary", self.tr("&Open Library…"), QKeySequence.StandardKey.Open)
        self.action_import_files = self._action("actionImportFiles", self.tr("&Import Files…"), "Ctrl+I")
        self.action_import_folder = self._action("actionImportFolder", self.tr("Import &Folder…"), "Ctrl+Shift+I")
        self.action_load_samples = self._action("actionLoadSamples", self.tr("Load &Sample Résumés"))
        self.action_quit = self._action("actionQuit", self.tr("&Quit"), QKeySequence.StandardKey.Quit, "Ctrl+Q")
        self.action_undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.action_undo.setObjectName("actionUndo")
        self.action_undo.setShortcuts(key_sequences(QKeySequence.StandardKey.Undo))
        self.action_redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.action_redo.setObjectName("actionRedo")
        # Ctrl+Shift+Z as well where the platform's Redo lacks it (Windows): listed once, never bound twice.
        self.action_redo.setShortcuts(key_sequences(QKeySequence.StandardKey.Redo, "Ctrl+Shift+Z"))
        for action in (self.action_undo, self.action_redo):  # their text names the edit, document text included
            keep_tooltip_plain(action)
        self.action_find_library = self._action("actionFocusSearch", self.tr("&Search Library"), "Ctrl+K")
        self.action_next = self._action("actionNextCandidate", self.tr("&Next Candidate"), "J", "Ctrl+Down")
        self.action_previous = self._action("actionPreviousCandidate", self.tr("&Previous Candidate"), "K", "Ctrl+Up")
        self.action_zoom_in = self._action("actionZoomIn", self.tr("Zoom &In"), QKeySequence.StandardKey.ZoomIn)
        self.action_zoom_out = self._action("actionZoomOut", self.tr("Zoom &Out"), QKeySequence.StandardKey.ZoomOut)
        self.action_fit_width = self._action("actionFitWidth", self.tr("Fit &Width"), "Ctrl+0")
        self.action_fit_page = self._action("actionFitPage", self.tr("Fit &Page"), "Ctrl+9")
        self.action_delete = self._action("actionDeleteCandidate", self.tr("&Remove from Library"), QKeySequence.StandardKey.Delete)
        self.status_actions: dict[str, QAction] = {}
        for number, key in enumerate(STATUSES, start=1):
            action = self._action(f"actionStatus_{key}", status_label(key), f"Alt+{number}")
            action.setData(key)
            self.status_actions[key] = action

    def _build_menus_and_toolbar(self) -> None:
        bar = self.menuBar()
        file_menu = self.file_menu = bar.addMenu(self.tr("&File"))
        file_menu.setObjectName("menuFile")
        for action in (self.action_new_library, self.action_open_library):
            file_menu.addAction(action)
        file_menu.addSeparator()
        for action in (self.action_import_files, self.action_import_folder, self.action_load_samples):
            file_menu.addAction(action)
        file_menu.addSeparator()
        self.export_menu = file_menu.addMenu(self.tr("&Export"))
        self.export_menu.setObjectName("menuExport")
        file_menu.addSeparator()
        file_menu.addAction(self.action_quit)
        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self.edit_menu.setObjectName("menuEdit")
        self.edit_menu.addAction(self.action_undo)
        self.edit_menu.addAction(self.action_redo)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.action_find_library)
        self.view_menu = bar.addMenu(self.tr("&View"))
        self.view_menu.setObjectName("menuView")
        for action in (self.action_zoom_in, self.action_zoom_out, self.action_fit_width, self.action_fit_page):
            self.view_menu.addAction(action)
        self.candidate_menu = bar.addMenu(self.tr("&Candidate"))
        self.candidate_menu.setObjectName("menuCandidate")
        self.candidate_menu.addAction(self.action_next)
        self.candidate_menu.addAction(self.action_previous)
        self.candidate_menu.addSeparator()
        self.status_menu = self.candidate_menu.addMenu(self.tr("&Status"))
        for action in self.status_actions.values():
            self.status_menu.addAction(action)
        self.candidate_menu.addSeparator()
        self.candidate_menu.addAction(self.action_delete)

        toolbar = QToolBar(self.tr("Main"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        for action in (self.action_import_files, self.action_import_folder):
            action.setIconText(toolbar_label(action.text()))
            toolbar.addAction(action)
        # Features put their toolbar actions (Compare, Export) before this separator, next to Import.
        self.toolbar_separator = toolbar.addSeparator()
        toolbar.addWidget(self.search_box)
        toolbar.addWidget(self.status_filter)
        self.addToolBar(toolbar)
        self.main_toolbar = toolbar
        self.help_menu = bar.addMenu(self.tr("&Help"))
        self.help_menu.setObjectName("menuHelp")
        menus = Menus(
            file=self.file_menu, export=self.export_menu, edit=self.edit_menu, view=self.view_menu, candidate=self.candidate_menu,
            help=self.help_menu,
        )
        self.shell.place(self.side_tabs, self.central_stack, self.splitter, toolbar, self.toolbar_separator, menus)
        self.shell.list_actions = [self.action_next, self.action_previous, self.action_delete]

    def _connect(self) -> None:
        self.action_new_library.triggered.connect(self._on_new_library)
        self.action_open_library.triggered.connect(self._on_open_library)
        self.action_import_files.triggered.connect(self._on_import_files)
        self.action_import_folder.triggered.connect(self._on_import_folder)
        self.action_load_samples.triggered.connect(self.import_samples)
        self.empty_state.import_requested.connect(self._on_import_files)
        self.empty_state.samples_requested.connect(self.import_samples)
        self.action_quit.triggered.connect(self.close)
        self.action_find_library.triggered.connect(self._on_focus_search)
        self.action_next.triggered.connect(lambda: self.step_candidate(1))
        self.action_previous.triggered.connect(lambda: self.step_candidate(-1))
        self.action_zoom_in.triggered.connect(lambda: self.document_view.zoom_by(1.2))
        self.action_zoom_out.triggered.connect(lambda: self.document_view.zoom_by(1 / 1.2))
        self.action_fit_width.triggered.connect(self.document_view.fit_width)
        self.action_fit_page.triggered.connect(self.document_view.fit_page)
        for action in self.status_actions.values():
            action.triggered.connect(self._on_status_action)
        self.search_box.textChanged.connect(self.library_search.request)
        self.library_search.found.connect(self._on_search_found)
        self.library_search.settled.connect(self._show_first_unless_current_shown)
        self.library_search.failed.connect(lambda message: self.statusBar().showMessage(message, 8000))
        self.status_filter.currentIndexChanged.connect(lambda _i: self._apply_status_filter())
        self.candidate_list.selectionModel().currentRowChanged.connect(self._on_list_current_changed)
        self.candidate_list.customContextMenuRequested.connect(self._on_list_context_menu)
        self.importer.candidates_changed.connect(self.library_model.announce_imported)
        self.library_model.candidates_changed.connect(self.refresh_candidates)
        self.library_model.candidates_removed.connect(self._on_candidates_removed)
        self.importer.import_finished.connect(self._on_import_finished)
        self.document_view.page_changed.connect(self._on_document_page_changed)
        self.central_stack.currentChanged.connect(self._on_central_stack_current_changed)
        self.undo_stack.cleanChanged.connect(self._on_undo_stack_clean_changed)
        # After the undo actions' own connections: while blind, they do not name the step (it may quote a name).
        self.undo_stack.undoTextChanged.connect(self._name_undo_steps)
        self.undo_stack.redoTextChanged.connect(self._name_undo_steps)
        self.shell.blind.changed.connect(self._name_undo_steps)
        self.library_model.write_failed.connect(self.report_write_failure)

    def _restore_layout(self) -> None:
        geometry = self.settings.window_geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            # A first window on a small laptop screen (1280×800, 1366×768) is maximised: every pixel goes to the page.
            available = self.screen().availableGeometry().size()
            self.resize(DEFAULT_WINDOW_SIZE.boundedTo(available - WINDOW_FRAME))
            if DEFAULT_WINDOW_SIZE.boundedTo(available) != DEFAULT_WINDOW_SIZE:
                self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
        state = self.settings.splitter_state(_SPLITTER_KEY)
        if state is None or not self.splitter.restoreState(state):
            self.reset_pane_widths()

    def reset_pane_widths(self) -> None:
        """The first-run layout: the list as wide as its shown columns need, the document 70 % of the rest."""
        listed = self.list_columns.shown_width()
        rest = max(self.width() - listed, 2 * MIN_PANE_WIDTH)
        side = max(rest * 3 // 10, SIDE_PANE_WIDTH)
        self.splitter.setSizes([listed, rest - side, side])

    def _restore_reading(self) -> None:
        """Reopen on the candidate shown last, at the zoom the reviewer chose for this library."""
        zoom = self.settings.library_value(self.library.path, "zoom")
        if zoom:
            self.document_view.apply_zoom_setting(zoom)
        last = self.settings.library_value(self.library.path, "candidate")
        if last.isdigit():
            self.select_candidate(int(last))
        self.document_view.zoom_changed.connect(self._on_document_zoom_changed)

    def _on_document_zoom_changed(self) -> None:
        self.settings.set_library_value(self.library.path, "zoom", self.document_view.zoom_setting())

    def _update_title(self) -> None:
        self.setWindowTitle(f"{self.library.path.name}[*] — Shortlist")

    # -- candidates -------------------------------------------------------------------------

    @property
    def candidate_id(self) -> int:
        """The candidate shown (0 when none)."""
        return self.shell.candidate_id

    def reload_candidates(self) -> None:
        """Read every list row from the library again."""
        self.model.set_rows(self.library.summaries())
        self.apply_search()
        self._update_empty_state()

    def refresh_candidates(self, ids: Sequence[int]) -> None:
        """Re-read some rows (after an edit, an import or a merge) and keep the search applied."""
        rows = self.library.summaries(ids)
        self.model.upsert(rows)
        for merged_away in set(ids) - {row.id for row in rows}:
            self.model.remove(merged_away)
        if self.search_box.text().strip():
            self.apply_search()
        self._update_empty_state()
        if self.shell.candidate_id == 0 and self.proxy.rowCount() > 0:
            self.select_row(0)

    def apply_search(self) -> None:
        """Filter the list by the search box (searched in the background; an empty box at once)."""
        self.library_search.request(self.search_box.text())

    def _on_search_found(self, ids: list[int] | None) -> None:
        """Filter the list at once; replacing the candidate shown waits until typing pauses (`settled`)."""
        self.proxy.set_search_result(ids)
        if self.shell.candidate_id == 0:  # nothing shown yet (a library just opened): nothing to keep
            self._show_first_unless_current_shown()

    def _apply_status_filter(self) -> None:
        self.proxy.set_status(self.status_filter.currentData())
        self._show_first_unless_current_shown()

    def _show_first_unless_current_shown(self) -> None:
        """Show the list's first candidate if the one shown is filtered out (a search does this once typing pauses)."""
        if self.proxy.rowCount() and (self.shell.candidate_id == 0 or self.shell.row_in_view(self.shell.candidate_id) is None):
            self.select_row(0)

    def select_row(self, row: int) -> None:
        """Make a visible list row current and selected."""
        self.shell.select_row(row)

    def select_candidate(self, candidate_id: int) -> bool:
        """Show a candidate, if the list currently shows it."""
        return self.shell.select_candidate(candidate_id)

    def selected_candidate_ids(self) -> list[int]:
        """The candidates selected in the list, in list order."""
        return self.shell.selected_candidate_ids()

    def step_candidate(self, step: int) -> None:
        """Go to the next (1) or previous (-1) candidate in the list."""
        count = self.proxy.rowCount()
        if not count:
            return
        current = self.candidate_list.currentIndex()
        row = current.row() + step if current.isValid() else 0
        self.select_row(min(max(row, 0), count - 1))

    def show_candidate(self, candidate_id: int) -> None:
        """Load a candidate's document and profile into the panes."""
        self._update_empty_state()
        self.shell.show_candidate(candidate_id)

    def _update_empty_state(self) -> None:
        empty = self.model.rowCount() == 0
        self.document_stack.setCurrentWidget(self.empty_state if empty else self.document_view)

    def _on_list_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        candidate_id = int(current.data(CANDIDATE_ID_ROLE)) if current.isValid() else 0
        if candidate_id != self.shell.candidate_id:
            self.show_candidate(candidate_id)

    def _on_list_context_menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        menu.addMenu(self.status_menu)
        menu.addSeparator()
        for action in self.extra_list_actions():
            menu.addAction(action)
        menu.addAction(self.action_delete)
        menu.exec(self.candidate_list.viewport().mapToGlobal(position))

    def extra_list_actions(self) -> list[QAction]:
        """Actions later features add to the list's context menu (compare, export…)."""
        return [a for a in self.actions() if a.property("inListMenu")]

    def _on_status_action(self) -> None:
        action = self.sender()
        if not isinstance(action, QAction):
            return
        ids = self.shell.target_ids()
        if ids:
            self.set_status(ids, str(action.data()))

    def set_status(self, ids: Sequence[int], status: str) -> None:
        """Change the status of candidates (undoable)."""
        self.undo_stack.push(SetStatusCommand(self.library_model, ids, status))

    def _on_candidates_removed(self, ids: list[int]) -> None:
        shown_row = self.candidate_list.currentIndex().row()
        for candidate_id in ids:
            self.model.remove(candidate_id)
        if self.shell.candidate_id in ids:
            self.show_candidate(0)
            if self.proxy.rowCount():  # the row that took the removed one's place
                self.select_row(min(max(shown_row - len(ids) + 1, 0), self.proxy.rowCount() - 1))
        self._update_empty_state()

    def _on_focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def report_write_failure(self, message: str) -> None:
        """Tell the reviewer that a change did not reach the library (locked, read-only, disk full)."""
        self.statusBar().showMessage(message, WRITE_FAILURE_MESSAGE_MS)

    def _on_undo_stack_clean_changed(self, clean: bool) -> None:
        # A bound slot, not a lambda: Qt drops it when the window dies, before the stack's
        # destructor clears itself and emits cleanChanged.
        self.setWindowModified(not clean)

    def _name_undo_steps(self, _text: str = "") -> None:
        blind = self.shell.blind.active
        for action, prefix, step in (
            (self.action_undo, self.tr("&Undo"), self.undo_stack.undoText()),
            (self.action_redo, self.tr("&Redo"), self.undo_stack.redoText()),
        ):
            action.setText(prefix if blind or not step else f"{prefix} {step}")

    def _on_document_page_changed(self, page: int, count: int) -> None:
        self.page_label.setText(self.tr("Page {page} of {count}").format(page=page + 1, count=count))

    def _on_central_stack_current_changed(self, _index: int) -> None:
        # The page number belongs to the document pane; a full-window view (compare) has none.
        self.page_label.setVisible(self.central_stack.currentWidget() is self.splitter)

    # -- import -----------------------------------------------------------------------------

    def import_paths(self, paths: Sequence[str | Path]) -> bool:
        """Import files and folders in the background (progress dialog, cancellable)."""
        return self.importer.start(paths)

    def import_samples(self) -> bool:
        """Import the bundled sample résumés."""
        return self.import_paths([resources.path("samples")])

    def _file_filter(self) -> str:
        patterns = " ".join(f"*{s}" for s in SUPPORTED_SUFFIXES)
        return self.tr("Résumés ({patterns})").format(patterns=patterns)

    def _on_import_files(self) -> None:
        start = self.settings.dialog_folder("import")
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Import résumés"), start, self._file_filter())
        if files:
            self.settings.set_dialog_folder("import", Path(files[0]).parent)
            self.import_paths(files)

    def _on_import_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import a folder of résumés"), self.settings.dialog_folder("import"))
        if folder:
            self.settings.set_dialog_folder("import", Path(folder).parent)
            self.import_paths([folder])

    def _on_import_finished(self, outcomes: list[ImportOutcome]) -> None:
        self.statusBar().showMessage(outcome_summary(outcomes), 10000)
        failed = [o for o in outcomes if o.status == "failed"]
        if failed:
            box = QMessageBox(self)
            box.setObjectName("importReport")
            box.setIcon(QMessageBox.Icon.Warning)
            box.setWindowTitle(self.tr("Some files were not imported"))
            box.setTextFormat(Qt.TextFormat.PlainText)
            reasons = [f"{Path(o.path).name}: {o.message}" for o in failed]
            # The first reasons in plain sight (the reviewer should not have to ask why); all of them below.
            shown = reasons[:IMPORT_REPORT_REASONS] + (["…"] if len(reasons) > IMPORT_REPORT_REASONS else [])
            box.setText("\n\n".join([outcome_summary(outcomes), "\n".join(shown)]))
            box.setDetailedText("\n".join(reasons))
            box.open()
        imported = [o.candidate_id for o in outcomes if o.status == "imported" and o.candidate_id]
        if imported:
            self.select_candidate(imported[0]) if self.shell.candidate_id == 0 else None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    # -- library files ----------------------------------------------------------------------

    def _on_new_library(self) -> None:
        start = str(Path(self.settings.dialog_folder("library")) / "library.shortlist")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("New library"), start, self.tr("Shortlist libraries (*.shortlist)"))
        if path:
            self.settings.set_dialog_folder("library", Path(path).parent)
            self.open_library(Path(path))

    def _on_open_library(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open library"), self.settings.dialog_folder("library"), self.tr("Shortlist libraries (*.shortlist);;All files (*)")
        )
        if path:
            self.settings.set_dialog_folder("library", Path(path).parent)
            self.open_library(Path(path))

    def open_library(self, path: Path) -> MainWindow | None:
        """Open another library file in a new window that replaces this one."""
        if self.importer.is_running():
            QMessageBox.information(self, self.tr("Import running"), self.tr("Wait for the import to finish first."))
            return None
        try:
            library = Library(path, full_check=False)
        except LibraryError as error:
            show_plain_message(self, QMessageBox.Icon.Critical, self.tr("Cannot open library"), str(error))
            return None
        window = MainWindow(library, self.settings)
        self.settings.set_last_library(str(library.path))
        OPEN_WINDOWS.append(window)
        window.show()
        self.close()
        return window

    # -- closing ----------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shell.closing.emit()  # before the state is saved and the library closed
        self.settings.set_window_geometry(self.saveGeometry())
        self.settings.set_splitter_state(_SPLITTER_KEY, self.splitter.saveState())
        self.settings.set_library_value(self.library.path, "candidate", str(self.shell.candidate_id or ""))
        self.settings.sync()
        super().closeEvent(event)
        if event.isAccepted():
            # The stack clears itself when destroyed; its signals must not reach a half-deleted window.
            self.undo_stack.blockSignals(True)
            self.library_model.write_failed.disconnect(self.report_write_failure)
            self.library_search.stop()
            self.library.close()
            if self in OPEN_WINDOWS:
                OPEN_WINDOWS.remove(self)
