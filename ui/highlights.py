"""Highlights: colour-coded passages of the document with notes, their list panel and undo commands."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QColor,
    QIcon,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPixmap,
    QUndoCommand,
)
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QMenu,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from storage.records import HighlightRecord, HighlightUses, Passage
from storage.vocab import HIGHLIGHT_COLORS
from ui.document_view import is_wide
from ui.labels import translated
from ui.library_command import LibraryCommand, end_macro
from ui.library_model import LibraryModel

if TYPE_CHECKING:
    from storage.library import Library
    from ui.main_window import MainWindow

HIGHLIGHT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
COLOR_ROLE = Qt.ItemDataRole.UserRole + 2
SWATCH_SIZE = 12
NOTE_MERGE_ID = 4101  # QUndoCommand.id() of note edits: consecutive edits of one highlight's note merge


def swatch_icon(color: int) -> QIcon:
    """A small filled square in a highlight colour."""
    pixmap = QPixmap(SWATCH_SIZE, SWATCH_SIZE)
    pixmap.fill(QColor(HIGHLIGHT_COLORS[color % len(HIGHLIGHT_COLORS)][0]))
    return QIcon(pixmap)


def menu_text(name: str) -> str:
    """A category name as a menu item's text (an "&" in it is shown, not taken as a mnemonic)."""
    return name.replace("&", "&&")


def one_line(text: str) -> str:
    """Text on one line: lines joined by a space, or by nothing between two CJK characters."""
    joined = ""
    for line in (" ".join(part.split()) for part in text.splitlines()):
        if joined and line:
            joined += "" if is_wide(joined[-1]) and is_wide(line[0]) else " "
        joined += line
    return joined


def _excerpt(text: str, length: int = 30) -> str:
    flat = one_line(text)
    return flat if len(flat) <= length else flat[: length - 1] + "…"


class HighlightTableModel(QAbstractTableModel):
    """A candidate's highlights in reading order: category (with swatch), passage, note, page.

    Signals:
        note_edited(int, str): the reviewer typed a new note for a highlight (the model does not
            store it; the owner pushes an undo command that does).
    """

    note_edited = Signal(int, str)

    CATEGORY, PASSAGE, NOTE, PAGE = range(4)
    HEADERS = (QT_TRANSLATE_NOOP("Labels", "Category"), QT_TRANSLATE_NOOP("Labels", "Passage"), QT_TRANSLATE_NOOP("Labels", "Note"), QT_TRANSLATE_NOOP("Labels", "Page"))

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[HighlightRecord] = []
        self._categories: list[str] = [translated(name) for _, name in HIGHLIGHT_COLORS]

    # -- Qt model API -----------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.HEADERS):
            return translated(self.HEADERS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        record = self._rows[index.row()]
        column = index.column()
        if role == HIGHLIGHT_ID_ROLE:
            return record.id
        if role == COLOR_ROLE:
            return record.color
        if role == Qt.ItemDataRole.DecorationRole and column == self.CATEGORY:
            return swatch_icon(record.color)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == self.CATEGORY:
                return self.category(record.color)
            if column == self.PASSAGE:
                return f"“{one_line(record.text)}”"
            if column == self.NOTE:
                return record.note
            if column == self.PAGE:
                return record.page + 1
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.PAGE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == self.NOTE else flags

    def setData(  # noqa: N802 - Qt API
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if not index.isValid() or index.column() != self.NOTE or role != Qt.ItemDataRole.EditRole:
            return False
        record = self._rows[index.row()]
        if str(value) != record.note:
            self.note_edited.emit(record.id, str(value))
        return True

    # -- content ----------------------------------------------------------------------------

    def category(self, color: int) -> str:
        """The name of a colour's category."""
        return self._categories[color] if 0 <= color < len(self._categories) else str(color)

    def set_categories(self, names: list[str]) -> None:
        """Rename categories (the eight names by colour index)."""
        self._categories = list(names)
        if self._rows:
            self.dataChanged.emit(self.index(0, self.CATEGORY), self.index(len(self._rows) - 1, self.CATEGORY))

    def records(self) -> list[HighlightRecord]:
        """The highlights listed, in model order."""
        return list(self._rows)

    def row_of(self, highlight_id: int) -> int | None:
        """The row of a highlight."""
        return next((row for row, r in enumerate(self._rows) if r.id == highlight_id), None)

    def set_records(self, records: list[HighlightRecord], *, reset: bool = False) -> None:
        """Show *records*; unless *reset*, rows are inserted, removed and updated in place."""
        known = {r.id for r in self._rows}
        kept = [r.id for r in records if r.id in known]
        still = set(kept)
        if reset or kept != [r.id for r in self._rows if r.id in still]:
            self.beginResetModel()
            self._rows = list(records)
            self.endResetModel()
            return
        wanted = {r.id for r in records}
        for row in reversed(range(len(self._rows))):
            if self._rows[row].id not in wanted:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self.endRemoveRows()
        for row, record in enumerate(records):
            if row < len(self._rows) and self._rows[row].id == record.id:
                if self._rows[row] != record:
                    self._rows[row] = record
                    self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.HEADERS) - 1))
            else:
                self.beginInsertRows(QModelIndex(), row, row)
                self._rows.insert(row, record)
                self.endInsertRows()


class HighlightFilterProxy(QSortFilterProxyModel):
    """Shows the highlights of one colour, or all."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._color: int | None = None

    def set_color(self, color: int | None) -> None:
        """Show only this colour (None: every colour)."""
        self.beginFilterChange()
        self._color = color
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        if self._color is None:
            return True
        model = self.sourceModel()
        return model.index(source_row, 0, source_parent).data(COLOR_ROLE) == self._color


class HighlightTableView(QTableView):
    """The highlight list; Delete removes the selected highlights (claimed before window shortcuts).

    Signals:
        delete_requested(): the reviewer pressed Delete or Backspace.
    """

    delete_requested = Signal()

    def _is_delete(self, event: QKeyEvent) -> bool:
        return event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.state() != QAbstractItemView.State.EditingState

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and self._is_delete(event):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if self._is_delete(event):
            self.delete_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        super().paintEvent(event)
        model = self.model()
        if model is None or model.rowCount() > 0:
            return
        # An empty list says how to fill it.
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(
            self.viewport().rect().adjusted(12, 12, -12, -12),
            int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop) | int(Qt.TextFlag.TextWordWrap),
            self.tr("No highlights to show. Select text in the document and press Ctrl+H to highlight it."),
        )


class HighlightPanel(QWidget):
    """The "Highlights" tab: a colour filter, a rename button and the list."""

    def __init__(self, model: HighlightTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("highlightPanel")
        self.proxy = HighlightFilterProxy(self)
        self.proxy.setSourceModel(model)
        self.color_filter = QComboBox()
        self.color_filter.setObjectName("highlightColorFilter")
        self.rename_button = QToolButton()
        self.rename_button.setObjectName("renameCategoryButton")
        self.rename_button.setText(self.tr("Rename…"))
        self.rename_button.setToolTip(self.tr("Rename the category of the colour shown"))
        self.list = HighlightTableView()
        self.list.setObjectName("highlightList")
        self.list.setModel(self.proxy)
        self.list.setSortingEnabled(True)
        self.list.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # reading order until a header is clicked
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.list.setWordWrap(True)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.verticalHeader().hide()
        self.list.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.list.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(HighlightTableModel.PASSAGE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(HighlightTableModel.PAGE, QHeaderView.ResizeMode.ResizeToContents)
        self.list.setColumnWidth(HighlightTableModel.CATEGORY, 100)
        self.list.setColumnWidth(HighlightTableModel.NOTE, 120)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.color_filter, 1)
        top.addWidget(self.rename_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        self.color_filter.currentIndexChanged.connect(self._on_color_filter_changed)
        self._on_color_filter_changed()

    def set_categories(self, names: list[str]) -> None:
        """Fill the colour filter with the category names (keeping the colour chosen)."""
        chosen = self.color_filter.currentData()
        self.color_filter.blockSignals(True)
        self.color_filter.clear()
        self.color_filter.addItem(self.tr("All colours"), None)
        for color, name in enumerate(names):
            self.color_filter.addItem(swatch_icon(color), name, color)
        self.color_filter.setCurrentIndex(max(self.color_filter.findData(chosen), 0))
        self.color_filter.blockSignals(False)

    def _on_color_filter_changed(self, _index: int = 0) -> None:
        color = self.color_filter.currentData()
        self.proxy.set_color(color)
        self.rename_button.setEnabled(color is not None)

    def selected_ids(self) -> list[int]:
        """The highlights selected in the list."""
        return [int(i.data(HIGHLIGHT_ID_ROLE)) for i in self.list.selectionModel().selectedRows()]


# -- undo commands ---------------------------------------------------------------------------


class AddHighlightCommand(LibraryCommand):
    """Highlight a passage; redo after undo restores the same id."""

    def __init__(self, model: LibraryModel, candidate_id: int, passage: Passage, color: int, note: str) -> None:
        text = QCoreApplication.translate("UndoStep", "Highlight “{text}”").format(text=_excerpt(passage.text))
        super().__init__(model, text)
        self._candidate_id, self._passage, self._color, self._note = candidate_id, passage, color, note
        self.highlight_id: int | None = None

    def redo(self) -> None:
        self.highlight_id = self.model.add_highlight(
            self._candidate_id, self._passage, self._color, self._note, highlight_id=self.highlight_id
        )

    def undo(self) -> None:
        assert self.highlight_id is not None
        self.model.delete_highlight(self._candidate_id, self.highlight_id)


class DeleteHighlightCommand(LibraryCommand):
    """Remove a highlight; undo puts it back with the same id, colour and note."""

    def __init__(self, model: LibraryModel, record: HighlightRecord) -> None:
        text = QCoreApplication.translate("UndoStep", "Delete highlight “{text}”")
        super().__init__(model, text.format(text=_excerpt(record.text)))
        self._record = record
        self._uses = HighlightUses()

    def redo(self) -> None:
        self._uses = self.model.delete_highlight(self._record.candidate_id, self._record.id)

    def undo(self) -> None:
        r = self._record
        passage = Passage(r.page, r.rects, r.text)
        self.model.add_highlight(r.candidate_id, passage, r.color, r.note, highlight_id=r.id, uses=self._uses)


class EditHighlightCommand(LibraryCommand):
    """Change a highlight's colour or note; consecutive note edits of one highlight merge."""

    def __init__(self, model: LibraryModel, record: HighlightRecord, *, color: int | None = None, note: str | None = None) -> None:
        if note is not None:
            text = QCoreApplication.translate("UndoStep", "Edit highlight note")
        else:
            text = QCoreApplication.translate("UndoStep", "Change highlight colour")
        super().__init__(model, text)
        self._record = record
        self._color = color
        self._note = note

    def id(self) -> int:
        return NOTE_MERGE_ID if self._note is not None and self._color is None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt API
        if not isinstance(other, EditHighlightCommand) or other._record.id != self._record.id:
            return False
        self._note = other._note
        return True

    def redo(self) -> None:
        self.model.update_highlight(self._record.candidate_id, self._record.id, color=self._color, note=self._note)

    def undo(self) -> None:
        self.model.update_highlight(
            self._record.candidate_id,
            self._record.id,
            color=self._record.color if self._color is not None else None,
            note=self._record.note if self._note is not None else None,
        )


class RenameCategoryCommand(LibraryCommand):
    """Rename a colour's category, library-wide."""

    def __init__(self, model: LibraryModel, color: int, name: str) -> None:
        super().__init__(model, QCoreApplication.translate("UndoStep", "Rename category to “{name}”").format(name=name))
        self._color = color
        self._new = name
        self._old = model.library.highlight_categories()[color]

    def redo(self) -> None:
        self.model.rename_highlight_category(self._color, self._new)

    def undo(self) -> None:
        self.model.rename_highlight_category(self._color, self._old)


# -- the feature -----------------------------------------------------------------------------


class HighlightsFeature(QObject):
    """Creates, lists, draws and edits the shown candidate's highlights; every edit is undoable."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._model = window.library_model
        self.library: Library = window.library
        self.view = window.document_view
        self.model = HighlightTableModel(self)
        self.panel = HighlightPanel(self.model)
        self.list = self.panel.list
        self._candidate_id = 0
        self.action_highlight = window._action("actionHighlight", "&Highlight Selection", "Ctrl+H")
        self.action_highlight.setEnabled(False)
        self.action_show_list = window._action("actionShowHighlights", "&Highlights", "Ctrl+Shift+H")
        self.color_menu = QMenu(self.tr("Highlight &Colour"), window)
        self.color_menu.setObjectName("menuHighlightColor")
        self.color_group = QActionGroup(self)
        for color in range(len(HIGHLIGHT_COLORS)):
            action = self.color_menu.addAction(swatch_icon(color), "")
            action.setObjectName(f"actionHighlightColor_{color}")
            action.setCheckable(True)
            action.setData(color)
            self.color_group.addAction(action)
        self.color_group.actions()[self.current_color()].setChecked(True)
        self.reload_categories()
        self.action_highlight.triggered.connect(self._on_action_highlight_triggered)
        self.action_show_list.triggered.connect(self.show_list)
        self.color_group.triggered.connect(self._on_color_group_triggered)
        self.view.selection_changed.connect(self._on_view_selection_changed)
        self.view.context_menu_about_to_show.connect(self._on_view_context_menu)
        self.model.note_edited.connect(self._on_model_note_edited)
        self.list.activated.connect(self._on_list_activated)
        self.list.delete_requested.connect(self.delete_selected)
        self.list.customContextMenuRequested.connect(self._on_list_context_menu)
        self.list.selectionModel().currentRowChanged.connect(self._on_list_current_changed)
        self.panel.rename_button.clicked.connect(self._on_rename_clicked)
        window.candidate_changed.connect(self._on_window_candidate_changed)
        self._model.highlights_changed.connect(self.reload)
        self._model.highlight_categories_changed.connect(self.reload_categories)

    # -- public API -------------------------------------------------------------------------

    def current_color(self) -> int:
        """The colour new highlights get (remembered between runs)."""
        return min(max(self._window.settings.highlight_color(), 0), len(HIGHLIGHT_COLORS) - 1)

    def set_current_color(self, color: int) -> None:
        """Make *color* the default for new highlights."""
        self._window.settings.set_highlight_color(color)
        self.color_group.actions()[color].setChecked(True)

    def create_from_selection(self, color: int | None = None, note: str = "") -> int | None:
        """Highlight the document's selected text (undoable); returns the new highlight's id."""
        selection = self.view.selection()
        if selection is None or not self._candidate_id:
            return None
        if color is None:
            color = self.current_color()
        else:
            self.set_current_color(color)
        command = AddHighlightCommand(self._model, self._candidate_id, selection, color, note)
        self._window.undo_stack.push(command)
        self.view.clear_selection()
        return command.highlight_id

    def delete(self, highlight_ids: list[int]) -> None:
        """Remove highlights (one undo step)."""
        records = [r for r in self.model.records() if r.id in set(highlight_ids)]
        if not records:
            return
        if len(records) == 1:
            self._window.undo_stack.push(DeleteHighlightCommand(self._model, records[0]))
            return
        # A macro on the stack, not child commands: PySide does not keep a Python child command alive.
        stack = self._window.undo_stack
        stack.beginMacro(self.tr("Delete {count} highlights").format(count=len(records)))
        for record in records:
            stack.push(DeleteHighlightCommand(self._model, record))
        end_macro(stack)

    def delete_selected(self) -> None:
        """Remove the highlights selected in the list."""
        self.delete(self.panel.selected_ids())

    def set_color(self, highlight_id: int, color: int) -> None:
        """Recolour a highlight (undoable)."""
        record = self._record(highlight_id)
        if record is not None and record.color != color:
            self._window.undo_stack.push(EditHighlightCommand(self._model, record, color=color))

    def set_note(self, highlight_id: int, note: str) -> None:
        """Change a highlight's note (undoable)."""
        record = self._record(highlight_id)
        if record is not None and record.note != note:
            self._window.undo_stack.push(EditHighlightCommand(self._model, record, note=note))

    def rename_category(self, color: int, name: str) -> None:
        """Rename a colour's category (undoable)."""
        name = name.strip()
        if name and name != self.library.highlight_categories()[color]:
            self._window.undo_stack.push(RenameCategoryCommand(self._model, color, name))

    def show_list(self) -> None:
        """Bring the Highlights tab forward and put the keyboard in the list."""
        self._window.side_tabs.setCurrentWidget(self.panel)
        self.list.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def jump_to(self, highlight_id: int) -> None:
        """Scroll the document to a highlight of the shown candidate and flash it."""
        record = self._record(highlight_id)
        if record is not None:
            self.view.flash_sources([{"page": record.page, "rect": list(r)} for r in record.rects])

    def reload(self, candidate_id: int) -> None:
        """Re-read a candidate's highlights after a change (redrawn when it is the one shown)."""
        if candidate_id == self._candidate_id:
            records = self.library.highlights(candidate_id)
            self.model.set_records(records)
            self.view.set_highlights(records)

    def reload_categories(self) -> None:
        """Re-read the category names into the list, filter and menus."""
        names = [translated(name) for name in self.library.highlight_categories()]
        self.model.set_categories(names)
        self.panel.set_categories(names)
        for color, action in enumerate(self.color_group.actions()):
            action.setText(menu_text(names[color]))

    # -- private ----------------------------------------------------------------------------

    def _record(self, highlight_id: int) -> HighlightRecord | None:
        row = self.model.row_of(highlight_id)
        return self.model.records()[row] if row is not None else None

    def _commit_open_editor(self) -> None:
        # A note still being typed is saved before the list changes under it.
        editor = QApplication.focusWidget()
        if self.list.state() == QAbstractItemView.State.EditingState and editor and self.list.isAncestorOf(editor):
            self.list.commitData(editor)
            self.list.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def _on_window_candidate_changed(self, candidate_id: int) -> None:
        self._commit_open_editor()
        self._candidate_id = candidate_id
        records = self.library.highlights(candidate_id) if candidate_id else []
        self.model.set_records(records, reset=True)
        self.view.set_highlights(records)

    def _on_view_selection_changed(self) -> None:
        self.action_highlight.setEnabled(self.view.selection() is not None)

    def _on_action_highlight_triggered(self) -> None:
        self.create_from_selection()

    def _on_color_group_triggered(self, action: QAction) -> None:
        self.set_current_color(int(action.data()))

    def _on_model_note_edited(self, highlight_id: int, note: str) -> None:
        self.set_note(highlight_id, note)

    def _on_list_activated(self, index: QModelIndex) -> None:
        self.jump_to(int(index.data(HIGHLIGHT_ID_ROLE)))

    def _on_list_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.jump_to(int(current.data(HIGHLIGHT_ID_ROLE)))

    def _on_rename_clicked(self) -> None:
        color = self.panel.color_filter.currentData()
        if color is not None:
            self._ask_category_name(int(color))

    def _ask_category_name(self, color: int) -> None:
        shown = self.model.category(color)  # translated while it is a default name
        name, accepted = QInputDialog.getText(
            self.panel,
            self.tr("Rename category"),
            self.tr("New name for this colour's category:"),
            text=shown,
        )
        if accepted and name != shown:  # keeping the shown name must not store its translation
            self.rename_category(color, name)

    def _color_menu(self, parent: QMenu, title: str, on_color: Any, checked: int | None = None) -> QMenu:
        menu = parent.addMenu(title)
        for color, name in enumerate(self.library.highlight_categories()):
            action = menu.addAction(swatch_icon(color), menu_text(translated(name)))
            action.setCheckable(checked is not None)
            action.setChecked(color == checked)
            action.triggered.connect(lambda _checked=False, c=color: on_color(c))
        return menu

    def _on_view_context_menu(self, menu: QMenu) -> None:
        if self._candidate_id and self.view.selection() is not None:
            menu.addSeparator()
            submenu = self._color_menu(menu, self.tr("&Highlight"), lambda c: self.create_from_selection(c))
            submenu.setObjectName("menuHighlightSelection")
        position = self.view.context_position()
        highlight_id = self.view.highlight_at(*position) if position is not None else None
        record = self._record(highlight_id) if highlight_id is not None else None
        if record is None:
            return
        menu.addSeparator()
        self._color_menu(menu, self.tr("Highlight C&olour"), lambda c: self.set_color(record.id, c), record.color)
        note = menu.addAction(self.tr("Edit &Note…"))
        note.triggered.connect(lambda: self._edit_note_in_list(record.id))
        delete = menu.addAction(self.tr("&Delete Highlight"))
        delete.setObjectName("actionDeleteHighlight")
        delete.triggered.connect(lambda: self.delete([record.id]))

    def _edit_note_in_list(self, highlight_id: int) -> None:
        row = self.model.row_of(highlight_id)
        if row is None:
            return
        self.show_list()
        self.panel.color_filter.setCurrentIndex(0)
        index = self.panel.proxy.mapFromSource(self.model.index(row, HighlightTableModel.NOTE))
        self.list.setCurrentIndex(index)
        self.list.edit(index)

    def _on_list_context_menu(self, position: Any) -> None:
        index = self.list.indexAt(position)
        if not index.isValid():
            return
        highlight_id = int(index.data(HIGHLIGHT_ID_ROLE))
        record = self._record(highlight_id)
        assert record is not None
        menu = QMenu(self.list)
        menu.addAction(self.tr("&Show in Document"), lambda: self.jump_to(highlight_id))
        menu.addAction(self.tr("Edit &Note"), lambda: self._edit_note_in_list(highlight_id))
        self._color_menu(menu, self.tr("&Colour"), lambda c: self.set_color(highlight_id, c), record.color)
        menu.addAction(
            self.tr("Rename Category “{name}”…").format(name=menu_text(self.model.category(record.color))),
            lambda: self._ask_category_name(record.color),
        )
        menu.addSeparator()
        menu.addAction(self.tr("&Delete"), self.delete_selected)
        menu.exec(self.list.viewport().mapToGlobal(position))
        menu.deleteLater()


def install(window: MainWindow) -> HighlightsFeature:
    """Add the Highlights tab (View ▸ Highlights), Edit ▸ Highlight Selection (Ctrl+H) and the colour menu."""
    feature = HighlightsFeature(window)
    window.side_tabs.addTab(feature.panel, QCoreApplication.translate("HighlightsFeature", "Highlights"))
    window.edit_menu.addSeparator()
    window.edit_menu.addAction(feature.action_highlight)
    window.edit_menu.addMenu(feature.color_menu)
    window.view_menu.addSeparator()
    window.view_menu.addAction(feature.action_show_list)
    return feature
