"""The candidate list: a table model over storage's plain rows, and the proxy that filters it."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractProxyModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from storage.records import CandidateSummary
from storage.vocab import RECOMMENDATIONS
from ui.labels import QT_TRANSLATE_NOOP, recommendation_label, shipped, status_label, translated
from ui.plain_text import plain_tooltip

Index = QModelIndex | QPersistentModelIndex
CANDIDATE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SHOWN_ROLES = frozenset(
    (CANDIDATE_ID_ROLE, Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.TextAlignmentRole)
)


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
        ("document_count", QT_TRANSLATE_NOOP("Labels", "Documents")),
        ("imported_at", QT_TRANSLATE_NOOP("Labels", "Imported")),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CandidateSummary] = []
        self._row_of: dict[int, int] = {}
        self._sort: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)
        self._pseudonym: Callable[[int], str] | None = None  # blind review: the name shown for a candidate id
        self._hide_schools = False

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
        return self.cell(index.row(), index.column(), role) if index.isValid() else None

    def cell(self, row_number: int, column: int, role: int) -> Any:
        """What data() answers for a row and column (the proxy asks here directly: one Python call a cell)."""
        if role not in SHOWN_ROLES or not (0 <= row_number < len(self._rows)):
            return None
        row = self._rows[row_number]
        key = self.COLUMNS[column][0]
        if role == CANDIDATE_ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.DisplayRole:
            if self._pseudonym is not None and key == "display_name":
                return self._pseudonym(row.id)
            if self._hide_schools and key == "organization":  # the latest school, when there is no job
                return ""
            return self._display(row, key)
        if role == Qt.ItemDataRole.ToolTipRole and key == "display_name":
            tags = ", ".join(shipped(tag) for tag in row.tags)
            if self._pseudonym is not None:  # a file name can carry the person's name
                return plain_tooltip(tags) if tags else None
            return plain_tooltip(f"{row.file_name}\n{tags}" if tags else row.file_name)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("publication_count", "score", "document_count"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def _sort_value(self, row: CandidateSummary, key: str) -> Any:
        if self._pseudonym is not None and key == "display_name":  # by pseudonym: the real names' order would tell
            return row.id
        if self._hide_schools and key == "organization":
            return ""
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

    @property
    def sorted_by_column(self) -> bool:
        """Whether the user sorted by a column (else rows are in import order, and search results by rank)."""
        return self._sort[0] >= 0

    # -- updates from the window ------------------------------------------------------------

    def set_blind(self, pseudonym: Callable[[int], str] | None, hide_schools: bool = False) -> None:
        """Show pseudonyms instead of names (None: the names again), and blank the organisation when schools are hidden."""
        self._pseudonym, self._hide_schools = pseudonym, hide_schools and pseudonym is not None
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.columnCount() - 1))
        if self._sort[0] >= 0:
            self.sort(*self._sort)

    def set_rows(self, rows: Sequence[CandidateSummary]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(rows)
        self._row_of = {row.id: i for i, row in enumerate(self._rows)}
        self.endResetModel()
        if self._sort[0] >= 0:
            self.sort(*self._sort)

    def upsert(self, rows: Iterable[CandidateSummary]) -> None:
        """Update rows in place and add new ones in the library's order (by id), with exact change signals."""
        for row in rows:
            position = self._row_of.get(row.id)
            if position is None:
                end = len(self._rows)
                if self._rows and self._rows[-1].id > row.id:  # a removed person put back: where they were
                    end = bisect.bisect(self._rows, row.id, key=lambda r: r.id)
                self.beginInsertRows(QModelIndex(), end, end)
                self._rows.insert(end, row)
                if end == len(self._rows) - 1:
                    self._row_of[row.id] = end
                else:
                    self._row_of = {r.id: i for i, r in enumerate(self._rows)}
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

    def rows_of(self, candidate_ids: Iterable[int]) -> list[int]:
        """The source rows showing these candidates, in their order (ids not in the model left out)."""
        row_of = self._row_of.get
        return [row for row in map(row_of, candidate_ids) if row is not None]

    def summary_at(self, row: int) -> CandidateSummary:
        """The summary on a source row."""
        return self._rows[row]

    def rows(self) -> list[CandidateSummary]:
        """Every row, in the model's order (read only)."""
        return self._rows


class CandidateFilterProxy(QAbstractProxyModel):
    """The rows a search matched and a status, tag and recommendation allow: best match first, or in the source's order once sorted by a column.

    The source model does every column sort with Python's sort, and this proxy filters with one
    pass of Python when a filter or the source changes — over the search's matches alone while a
    search is on (a keystroke costs in proportion to what it found, not to the library), else over
    the rows: a QSortFilterProxyModel would compare pairs and test rows through Python calls, one
    per row and more (seconds per keystroke at 10,000 candidates). Views see each change as a
    layout change that keeps the selection and the current row on their candidates.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._candidates: CandidateTableModel | None = None
        self._visible: list[int] = []  # the source rows shown, top to bottom
        self._proxy_row: dict[int, int] = {}  # source row -> row here
        self._matches: Sequence[int] | None = None  # candidate ids a search matched, best first
        self._status: str | None = None
        self._tag: str | None = None
        self._recommendation: str | None = None
        self._changing = 0  # nested layout changes under way (a filter change re-ranks the source)
        self._persistent: list[QModelIndex] = []
        self._held: list[tuple[int, int]] = []  # (candidate id, column) of each persistent index

    # -- Qt interface -----------------------------------------------------------------------

    def setSourceModel(self, model: QAbstractItemModel) -> None:  # noqa: N802 - Qt API
        self.beginResetModel()
        super().setSourceModel(model)
        self._candidates = model if isinstance(model, CandidateTableModel) else None
        for about, done in (
            (model.layoutAboutToBeChanged, model.layoutChanged),
            (model.rowsAboutToBeInserted, model.rowsInserted),
            (model.rowsAboutToBeRemoved, model.rowsRemoved),
        ):
            about.connect(self._begin_change)
            done.connect(self._end_change)
        model.modelAboutToBeReset.connect(self.beginResetModel)
        model.modelReset.connect(self._on_source_reset)
        model.dataChanged.connect(self._on_source_data_changed)
        self._filter()
        self.endResetModel()

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if parent.isValid() or not (0 <= row < len(self._visible) and 0 <= column < self.columnCount()):
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, child: Index | None = None) -> Any:  # QObject.parent() without an index
        return super().parent() if child is None else QModelIndex()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        model = self.sourceModel()
        return 0 if parent.isValid() or model is None else model.columnCount()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        model = self.sourceModel()
        return None if model is None else model.headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self._candidates is None or not index.isValid() or not 0 <= index.row() < len(self._visible):
            return None
        return self._candidates.cell(self._visible[index.row()], index.column(), role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return self._candidates.flags(index) if self._candidates is not None else Qt.ItemFlag.NoItemFlags

    def mapToSource(self, proxy_index: Index) -> QModelIndex:  # noqa: N802 - Qt API
        model = self.sourceModel()
        if model is None or not proxy_index.isValid() or not 0 <= proxy_index.row() < len(self._visible):
            return QModelIndex()
        return model.index(self._visible[proxy_index.row()], proxy_index.column())

    def mapFromSource(self, source_index: Index) -> QModelIndex:  # noqa: N802 - Qt API
        row = self._proxy_row.get(source_index.row()) if source_index.isValid() else None
        return QModelIndex() if row is None else self.index(row, source_index.column())

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Columns are sorted by the source model (-1: search rank, else import order)."""
        model = self.sourceModel()
        if model is not None:
            model.sort(column, order)

    # -- filters ----------------------------------------------------------------------------

    def set_search_result(self, ids: Sequence[int] | None) -> None:
        """Show only these ids (best first until the user sorts); None shows all."""
        self._begin_change()
        self._matches = ids
        self._end_change()

    def set_status(self, status: str | None) -> None:
        """Show only candidates with this status; None shows all."""
        if status != self._status:
            self._begin_change()
            self._status = status
            self._end_change()

    def set_tag(self, tag: str | None) -> None:
        """Show only candidates carrying this tag; None shows all."""
        if tag != self._tag:
            self._begin_change()
            self._tag = tag
            self._end_change()

    def set_recommendation(self, recommendation: str | None) -> None:
        """Show only candidates with this recommendation ("" = no decision yet); None shows all."""
        if recommendation != self._recommendation:
            self._begin_change()
            self._recommendation = recommendation
            self._end_change()

    def _filter(self) -> None:
        candidates = self._candidates
        rows = candidates.rows() if candidates is not None else []
        shown: Sequence[int] = range(len(rows))
        if self._matches is not None and candidates is not None:
            found = candidates.rows_of(self._matches)
            shown = sorted(found) if candidates.sorted_by_column else found
        status, tag, recommendation = self._status, self._tag, self._recommendation
        if status is None and tag is None and recommendation is None:
            self._visible = list(shown)
        else:
            self._visible = [
                n
                for n in shown
                if (status is None or rows[n].status == status)
                and (tag is None or tag in rows[n].tags)
                and (recommendation is None or (rows[n].recommendation or "") == recommendation)
            ]
        self._proxy_row = {source: row for row, source in enumerate(self._visible)}

    # -- following the source ---------------------------------------------------------------

    def _candidate_at(self, row: int) -> int:
        assert self._candidates is not None
        return self._candidates.summary_at(self._visible[row]).id

    def _begin_change(self, *_args: object) -> None:
        self._changing += 1
        if self._changing > 1:
            return
        self.layoutAboutToBeChanged.emit()
        self._persistent = self.persistentIndexList()
        self._held = [(self._candidate_at(i.row()), i.column()) for i in self._persistent if i.row() < len(self._visible)]

    def _end_change(self, *_args: object) -> None:
        self._changing -= 1
        if self._changing > 0:
            return
        self._filter()
        rows = self._candidates.rows() if self._candidates is not None else []
        row_of = {rows[source].id: row for row, source in enumerate(self._visible)}
        moved = [self.index(row_of[cid], column) if cid in row_of else QModelIndex() for cid, column in self._held]
        self.changePersistentIndexList(self._persistent, moved)
        self._persistent, self._held = [], []
        self.layoutChanged.emit()

    def _on_source_reset(self) -> None:
        self._filter()
        self.endResetModel()

    def _on_source_data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex, roles: list[int]) -> None:
        if self._status is not None or self._tag is not None or self._recommendation is not None:
            self._begin_change()  # the change may show or hide the row
            self._end_change()
        for source_row in range(top_left.row(), bottom_right.row() + 1):
            row = self._proxy_row.get(source_row)
            if row is not None:
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1), roles)
