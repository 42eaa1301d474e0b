"""Highlight notes in a column beside the pages, as Word and Acrobat show comments.

Each note stands level with its passage, below the one above when they would overlap, cut to a
few lines (the tooltip has it all), in plain text, with a thin line to its highlight. The column
is kept free of the page (right of what the page prints, `DocumentView.set_right_reserve`), so a
note never covers the text. It shows when the candidate has notes, View › Margin Notes is on and
the pane is wide enough: with the column, the fitted text must stay readable, otherwise the ✎ tabs
on the page's margin remain. Clicking a note selects its highlight.

Signals:
    note_clicked(int): the reviewer clicked the note of this highlight.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QMouseEvent, QPainter, QPainterPath, QPen, QTextLayout
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QGraphicsRectItem, QStyleOptionGraphicsItem, QWidget

from storage.records import HighlightRecord
from storage.vocab import HIGHLIGHT_COLORS
from ui.document_view import DocumentView
from ui.page_fit import body_size
from ui.plain_text import plain_tooltip
from ui.settings import Settings

COLUMN_WIDTH = 190  # pixels: the notes column right of the pages' content
GAP = 8  # pixels between the content and a note, and between two notes
PADDING = 5
NOTE_LINES = 4  # a longer note is cut with … (its tooltip shows all of it)
READABLE_PX = 11.0  # the column shows only if the fitted body text stays at least this tall
COLUMN_COLOR = QColor("#e6e6e6")  # the view's background: the column reads as space beside the page
NOTE_COLOR = QColor("#fffbe6")
NOTE_EDGE = QColor("#c9b458")
Z_COLUMN, Z_LEADER, Z_NOTE = 5.0, 5.5, 6.0  # above the highlights, find hits and the flash


def _flat(text: str) -> str:
    return " ".join(text.split())


def elided_lines(text: str, font: QFont, width: float, limit: int) -> list[str]:
    """*text* on one line of spaces broken into lines *width* pixels wide; beyond *limit* lines the last ends in …."""
    flat = _flat(text)
    layout = QTextLayout(flat, font)
    layout.beginLayout()
    starts: list[int] = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        starts.append(line.textStart())
    layout.endLayout()
    lines = [flat[start:end].strip() for start, end in zip(starts, [*starts[1:], len(flat)], strict=True)]
    if len(lines) <= limit:
        return lines
    rest = flat[starts[limit - 1] :]
    return [*lines[: limit - 1], QFontMetricsF(font).elidedText(rest, Qt.TextElideMode.ElideRight, width)]


class NoteCard(QGraphicsItem):
    """One note in the column: its lines on a sticky-note background with the highlight's colour down its side.

    It ignores the view's zoom (its size is in pixels) and is drawn, never rich text, line by line.
    """

    def __init__(self, highlight: HighlightRecord, lines: list[str], font: QFont) -> None:
        super().__init__()
        self.highlight_id = highlight.id
        self.lines = lines
        self._font = font
        self._line_height = QFontMetricsF(font).lineSpacing()
        self.color = QColor(HIGHLIGHT_COLORS[highlight.color % len(HIGHLIGHT_COLORS)][0])
        self._size = QRectF(0, 0, COLUMN_WIDTH - 2 * GAP, 2 * PADDING + len(lines) * self._line_height)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setToolTip(plain_tooltip(highlight.note))
        self.setData(0, "noteCard")
        self.setZValue(Z_NOTE)

    def boundingRect(self) -> QRectF:
        return self._size

    def paint(self, painter: QPainter, _option: QStyleOptionGraphicsItem, _widget: QWidget | None = None) -> None:
        painter.setPen(QPen(NOTE_EDGE, 1))
        painter.setBrush(QBrush(NOTE_COLOR))
        painter.drawRect(self._size.adjusted(0.5, 0.5, -0.5, -0.5))
        painter.fillRect(QRectF(0, 0, 3, self._size.height()), self.color)
        painter.setPen(QColor("#333333"))
        painter.setFont(self._font)
        ascent = QFontMetricsF(self._font).ascent()
        for number, line in enumerate(self.lines):
            painter.drawText(QPointF(PADDING + 3, PADDING + ascent + number * self._line_height), line)


class MarginNotes(QObject):
    """Lays out the notes of the highlights shown in a column beside a document view's pages."""

    note_clicked = Signal(int)

    def __init__(self, view: DocumentView, settings: Settings) -> None:
        super().__init__(view)
        self._view = view
        self._settings = settings
        self._records: list[HighlightRecord] = []
        self._items: list[QGraphicsItem] = []
        self._body_sizes: dict[str, float] = {}  # document (sha256) -> its first page's text size
        self._font = QFont(view.font())
        # After a resize the view fits the pages again; the notes follow once it has.
        self._after_resize = QTimer(self)
        self._after_resize.setSingleShot(True)
        self._after_resize.setInterval(0)
        self._after_resize.timeout.connect(self.update)
        view.zoom_changed.connect(self.update)
        view.document_changed.connect(self._on_view_document_changed)
        view.viewport().installEventFilter(self)

    def set_highlights(self, highlights: Sequence[HighlightRecord]) -> None:
        """Show the notes of these highlights (those drawn on the document shown)."""
        self._records = [h for h in highlights if h.note.strip() and 0 <= h.page < self._view.page_count()]
        self.update()

    def notes(self) -> list[NoteCard]:
        """The notes in the column, top to bottom (none while the column is hidden)."""
        return [item for item in self._items if isinstance(item, NoteCard)]

    def is_shown(self) -> bool:
        """Whether the column is beside the pages."""
        return bool(self._items)

    def update(self) -> None:
        """Show or hide the column for the pane's width and zoom, and lay the notes out again."""
        shown = bool(self._records) and self._settings.margin_notes() and self._fits()
        self._view.set_right_reserve(COLUMN_WIDTH if shown else 0)
        for item in self._view.scene().items():
            if item.data(0) == "marginNote":  # the ✎ tabs (ui/document_marks) give way to the notes themselves
                item.setVisible(not shown)
        self._clear()
        if shown:
            self._lay_out()

    def _fits(self) -> bool:
        view = self._view
        left, right = view.content_span
        room = view.viewport().width() - COLUMN_WIDTH
        if view.zoom_setting() != "width":  # a chosen zoom or a whole page: the column must fit beside it
            return (right - left) * view.zoom() <= room
        return room / (right - left) * self._body_size() >= READABLE_PX

    def _body_size(self) -> float:
        record, document = self._view.record, self._view.fitz_document
        if record is None or document is None or document.page_count == 0:
            return 0.0
        if record.sha256 not in self._body_sizes:
            self._body_sizes[record.sha256] = body_size(document[0]) or READABLE_PX
        return self._body_sizes[record.sha256]

    def _lay_out(self) -> None:
        view, scene = self._view, self._view.scene()
        zoom = view.zoom()
        x = view.content_span[1] + GAP / zoom
        column = QGraphicsRectItem(QRectF(view.content_span[1], scene.sceneRect().top(), COLUMN_WIDTH / zoom, scene.sceneRect().height()))
        column.setBrush(QBrush(COLUMN_COLOR))
        column.setPen(Qt.PenStyle.NoPen)
        column.setZValue(Z_COLUMN)
        self._add(column)
        bottom = float("-inf")  # pixels: notes are stacked on the screen, where their size is fixed
        anchors = {h.id: view.to_scene(h.page, h.rects[0]) for h in self._records}
        for highlight in sorted(self._records, key=lambda h: (anchors[h.id].top(), h.id)):
            lines = elided_lines(highlight.note, self._font, COLUMN_WIDTH - 2 * GAP - 2 * PADDING - 3, NOTE_LINES)
            card = NoteCard(highlight, lines, self._font)
            top = max(anchors[highlight.id].top() * zoom, bottom + GAP)
            card.setPos(x, top / zoom)
            bottom = top + card.boundingRect().height()
            self._add(self._leader(highlight, card, top / zoom + (PADDING + 6) / zoom))
            self._add(card)

    def _leader(self, highlight: HighlightRecord, card: NoteCard, card_y: float) -> QGraphicsPathItem:
        """A dotted line from the passage's end, under its line (never through the text), to the note."""
        last = self._view.to_scene(highlight.page, highlight.rects[-1])
        path = QPainterPath(last.bottomRight())
        path.lineTo(self._view.content_span[1], last.bottom())
        path.lineTo(card.pos().x(), card_y)
        leader = QGraphicsPathItem(path)
        pen = QPen(card.color.darker(150), 1, Qt.PenStyle.DotLine)
        pen.setCosmetic(True)
        leader.setPen(pen)
        leader.setZValue(Z_LEADER)
        return leader

    def _add(self, item: QGraphicsItem) -> None:
        self._view.scene().addItem(item)
        self._items.append(item)

    def _clear(self) -> None:
        for item in self._items:
            if item.scene() is not None:
                item.scene().removeItem(item)
        self._items.clear()

    def _on_view_document_changed(self) -> None:
        # The view removed the items with the document; the column's room stays until the new notes
        # are known (set_highlights), so a switch between two noted résumés fits the page once.
        self._items.clear()
        self._records = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._after_resize.start()
        elif event.type() == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent) and self._items:
            item = self._view.itemAt(event.position().toPoint())
            while item is not None and not isinstance(item, NoteCard):
                item = item.parentItem()
            if isinstance(item, NoteCard) and event.button() == Qt.MouseButton.LeftButton:
                self.note_clicked.emit(item.highlight_id)
                return True
        return super().eventFilter(watched, event)
