"""The Highlights tab: the shown candidate's highlights as a table model, its colour filter and list view."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QIcon,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from storage.records import HighlightRecord
from storage.vocab import HIGHLIGHT_COLORS
from ui.labels import QT_TRANSLATE_NOOP, translated
from ui.page_text import is_wide

HIGHLIGHT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
COLOR_ROLE = Qt.ItemDataRole.UserRole + 2
SWATCH_SIZE = 12


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


def excerpt(text: str, length: int = 30) -> str:
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
        self.locked_notes: frozenset[int] = frozenset()  # highlights whose note is shown masked (blind review)
        self._categories: list[str] = [translated(name) for _, name in HIGHLIGHT_COLORS]

    # -- Qt model API -----------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
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
        editable = index.column() == self.NOTE and self._rows[index.row()].id not in self.locked_notes
        return flags | Qt.ItemFlag.ItemIsEditable if editable else flags

    def setData(
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

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if self._color is None:
            return True
        model = self.sourceModel()
        return bool(model.index(source_row, 0, source_parent).data(COLOR_ROLE) == self._color)


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

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._is_delete(event):
            self.delete_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
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
        self.list.setColumnWidth(HighlightTableModel.CATEGORY, 78)  # the swatch and a short name: the passage gets the room
        self.list.setColumnWidth(HighlightTableModel.NOTE, 90)
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
