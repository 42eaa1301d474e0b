"""The candidate list: a table model over storage's plain rows, and the proxy that filters it."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from storage.records import CandidateSummary
from storage.vocab import RECOMMENDATIONS
from ui.labels import QT_TRANSLATE_NOOP, recommendation_label, shipped, status_label, translated
from ui.plain_text import plain_tooltip

Index = QModelIndex | QPersistentModelIndex
CANDIDATE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


class CandidateTableModel(QAbstractTableModel):
    """Rows are CandidateSummary values; the model never touches the database itself."""

    COLUMNS: tuple[tuple[str, str], ...] = (
        ("display_name", QT_TRANSLATE_NOOP("Labels", "Name")),
        ("organization", QT_TRANSLATE_NOOP("Labels", "Organisation / school")),
        ("highest_degree", QT_TRANSLATE_NOOP("Labels", "Degree")),
        ("publication_count", QT_TRANSLATE_NOOP("Labels", "Pubs")),
        ("status", QT_TRANSLATE_NOOP("Labels", "Status")),
        ("score", QT_TRANSLATE_NOOP("Labels", "Score")),
        ("recommendation", QT_TRANSLATE_NOOP("Labels", "Recommendation")),
        ("tags", QT_TRANSLATE_NOOP("Labels", "Tags")),
        ("imported_at", QT_TRANSLATE_NOOP("Labels", "Imported")),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CandidateSummary] = []
        self._row_of: dict[int, int] = {}
        self._sort: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)

    # -- Qt interface -----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(self.COLUMNS):
                return translated(self.COLUMNS[section][1])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        key = self.COLUMNS[index.column()][0]
        if role == CANDIDATE_ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, key)
        if role == SORT_ROLE:
            return self._sort_value(row, key)
        if role == Qt.ItemDataRole.ToolTipRole and key == "display_name":
            tags = ", ".join(shipped(tag) for tag in row.tags)
            return plain_tooltip(f"{row.file_name}\n{tags}" if tags else row.file_name)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("publication_count", "score"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    @staticmethod
    def _sort_value(row: CandidateSummary, key: str) -> Any:
        value = getattr(row, key)
        if key == "score":
            return -1.0 if value is None else value
        if key == "imported_at":
            return value.isoformat()
        if key == "recommendation":
            return list(RECOMMENDATIONS).index(value) if value in RECOMMENDATIONS else -1
        if key == "tags":  # untagged candidates last when sorting by tag
            return ", ".join(value).casefold() if value else "\uffff"
        return value if isinstance(value, int) else str(value or "").casefold()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order the rows by a column (-1: import order) and keep them so as rows change.

        Sorting here with Python's sort takes a few ms for thousands of rows; a proxy comparing
        pairs through data() takes hundreds.
        """
        self._sort = (column, order)
        if not self._rows:
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        held = [(self._rows[i.row()].id, i.column()) for i in persistent]
        if column < 0:
            self._rows.sort(key=lambda r: r.id)
        else:
            key = self.COLUMNS[column][0]
            self._rows.sort(key=lambda r: self._sort_value(r, key), reverse=order == Qt.SortOrder.DescendingOrder)
        self._row_of = {row.id: i for i, row in enumerate(self._rows)}
        self.changePersistentIndexList(persistent, [self.index(self._row_of[cid], col) for cid, col in held])
        self.layoutChanged.emit()

    @staticmethod
    def _display(row: CandidateSummary, key: str) -> str:
        value = getattr(row, key)
        if key == "status":
            return status_label(value)
        if key == "score":
            return "" if value is None else f"{value:.1f}"
        if key == "recommendation":
            return recommendation_label(value) if value else ""
        if key == "imported_at":
            return str(value.strftime("%Y-%m-%d"))
        if key == "tags":
            return ", ".join(shipped(tag) for tag in value)
        return str(value)

    # -- updates from the window ------------------------------------------------------------

    def set_rows(self, rows: Sequence[CandidateSummary]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(rows)
        self._row_of = {row.id: i for i, row in enumerate(self._rows)}
        self.endResetModel()
        if self._sort[0] >= 0:
            self.sort(*self._sort)

    def upsert(self, rows: Iterable[CandidateSummary]) -> None:
        """Update rows in place and append new ones, with exact change signals."""
        for row in rows:
            position = self._row_of.get(row.id)
            if position is None:
                end = len(self._rows)
                self.beginInsertRows(QModelIndex(), end, end)
                self._rows.append(row)
                self._row_of[row.id] = end
                self.endInsertRows()
            else:
                self._rows[position] = row
                self.dataChanged.emit(self.index(position, 0), self.index(position, self.columnCount() - 1))
        if self._sort[0] >= 0:
            self.sort(*self._sort)

    def remove(self, candidate_id: int) -> None:
        """Drop one row."""
        position = self._row_of.get(candidate_id)
        if position is None:
            return
        self.beginRemoveRows(QModelIndex(), position, position)
        del self._rows[position]
        self._row_of = {row.id: i for i, row in enumerate(self._rows)}
        self.endRemoveRows()

    def row_of(self, candidate_id: int) -> int | None:
        """The source row showing *candidate_id*."""
        return self._row_of.get(candidate_id)

    def summary_at(self, row: int) -> CandidateSummary:
        """The summary on a source row."""
        return self._rows[row]


class CandidateFilterProxy(QSortFilterProxyModel):
    """Sorts by column and keeps the rows a search matched (ranked) and a status allows."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._allowed: dict[int, int] | None = None  # candidate id -> search rank
        self._status: str | None = None
        self._column = -1  # the column the user sorted by (-1: none)
        self._tag: str | None = None
        self._recommendation: str | None = None
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def set_search_result(self, ids: Sequence[int] | None) -> None:
        """Show only these ids (best first until the user sorts); None shows all."""
        self.beginFilterChange()
        self._allowed = None if ids is None else {cid: rank for rank, cid in enumerate(ids)}
        self.endFilterChange()
        self._order_by_rank()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """A column sort is done by the source model; the proxy itself only orders by search rank."""
        self._column = column
        model = self.sourceModel()
        if model is not None:
            model.sort(column, order)
        self._order_by_rank()

    def _order_by_rank(self) -> None:
        ranked = self._column < 0 and self._allowed is not None
        if ranked or super().sortColumn() >= 0:
            super().sort(0 if ranked else -1)

    def set_status(self, status: str | None) -> None:
        """Show only candidates with this status; None shows all."""
        self.beginFilterChange()
        self._status = status
        self.endFilterChange()

    def set_tag(self, tag: str | None) -> None:
        """Show only candidates carrying this tag; None shows all."""
        self.beginFilterChange()
        self._tag = tag
        self.endFilterChange()

    def set_recommendation(self, recommendation: str | None) -> None:
        """Show only candidates with this recommendation ("" = no decision yet); None shows all."""
        self.beginFilterChange()
        self._recommendation = recommendation
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, CandidateTableModel):
            return True
        row = model.summary_at(source_row)
        if self._allowed is not None and row.id not in self._allowed:
            return False
        if self._tag is not None and self._tag not in row.tags:
            return False
        if self._recommendation is not None and (row.recommendation or "") != self._recommendation:
            return False
        return self._status is None or row.status == self._status

    def lessThan(self, left: Index, right: Index) -> bool:
        if self._allowed is not None:
            return self._rank(left) < self._rank(right)
        return bool(super().lessThan(left, right))

    def _rank(self, index: Index) -> int:
        assert self._allowed is not None
        return self._allowed.get(index.data(CANDIDATE_ID_ROLE), 1 << 30)
