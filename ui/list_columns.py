"""The candidate list's columns: widths that fit a 1280-pixel window, and a header menu to choose which are shown."""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtWidgets import QHeaderView, QMenu, QTableView

from ui.candidate_model import CandidateTableModel
from ui.labels import translated
from ui.settings import Settings

# Width of each column in pixels: the header and typical values fit; longer text is elided (…).
WIDTHS = {
    "display_name": 70, "organization": 80, "highest_degree": 48, "publication_count": 40, "status": 52, "score": 40,
    "recommendation": 60, "tags": 44, "document_count": 40, "imported_at": 84,  # the last shown column stretches to the edge
}
# Shown until the reviewer chooses: name, where they are, status and the review (score, recommendation, tags).
HIDDEN_BY_DEFAULT = ("highest_degree", "publication_count", "document_count", "imported_at")
KEYS = [key for key, _ in CandidateTableModel.COLUMNS]


class ColumnChooser(QObject):
    """Sizes the list's columns, hides those the reviewer hid, and offers every column in the header's context menu."""

    def __init__(self, view: QTableView, settings: Settings) -> None:
        super().__init__(view)
        self._view = view
        self._settings = settings
        header = view.horizontalHeader()
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        for column, key in enumerate(KEYS):
            view.setColumnWidth(column, WIDTHS[key])
        hidden = settings.hidden_columns()
        for column, key in enumerate(KEYS):
            view.setColumnHidden(column, key in (HIDDEN_BY_DEFAULT if hidden is None else hidden))
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._on_header_menu)

    def shown_width(self) -> int:
        """Pixels the list needs to show its shown columns whole, with its frame and a vertical scroll bar."""
        columns = sum(WIDTHS[key] for c, key in enumerate(KEYS) if not self._view.isColumnHidden(c))  # not the stretched width
        return columns + 2 * self._view.frameWidth() + self._view.verticalScrollBar().sizeHint().width()

    def menu(self) -> QMenu:
        """A checkable item per column (the name always stays)."""
        menu = QMenu(self._view)
        menu.setObjectName("menuListColumns")
        for column, (key, label) in enumerate(CandidateTableModel.COLUMNS):
            action = menu.addAction(translated(label))
            action.setObjectName(f"actionColumn_{key}")
            action.setCheckable(True)
            action.setChecked(not self._view.isColumnHidden(column))
            action.setEnabled(key != "display_name")
            action.toggled.connect(lambda shown, c=column: self.set_shown(c, shown))
        return menu

    def set_shown(self, column: int, shown: bool) -> None:
        """Show or hide a column, and remember the choice."""
        self._view.setColumnHidden(column, not shown)
        if shown and self._view.columnWidth(column) == 0:
            self._view.setColumnWidth(column, WIDTHS[KEYS[column]])
        self._settings.set_hidden_columns([key for c, key in enumerate(KEYS) if self._view.isColumnHidden(c)])

    def _on_header_menu(self, position: QPoint) -> None:
        menu = self.menu()
        header: QHeaderView = self._view.horizontalHeader()
        menu.exec(header.mapToGlobal(position))
        menu.deleteLater()
