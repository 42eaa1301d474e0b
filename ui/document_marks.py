"""The marks drawn over a document's pages: highlights, find hits, the selection and a fading flash."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEasingCurve, QObject, QPointF, QRectF, Qt, QVariantAnimation
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QGraphicsSimpleTextItem, QStyleOptionGraphicsItem, QWidget

from storage.records import HighlightRecord
from storage.vocab import HIGHLIGHT_COLORS
from ui.page_text import PageRect
from ui.plain_text import plain_tooltip

MARGIN_NOTE_SIZE = 10.0  # page points: the note tab beside a highlight that has a note (ui/page_fit keeps room for it)
MARGIN_NOTE_COLOR = "#ffe066"  # a sticky note's yellow
MARGIN_NOTE_EDGE = "#b38f00"

if TYPE_CHECKING:
    from ui.document_view import DocumentView

FLASH_MS = 1100
SELECTION_COLOR = QColor(0, 120, 215, 70)
FIND_HIT_COLOR = QColor(255, 200, 0, 110)
FIND_CURRENT_COLOR = QColor(255, 120, 0, 150)
FLASH_COLOR = QColor(255, 90, 0, 90)
HIGHLIGHT_ALPHA = 120
REDACTION_COLOR = QColor(0, 0, 0)  # blind review: opaque, as the redacted export
# Overlay stacking order above the page pixmaps (z 0); a blind review's boxes cover everything.
Z_HIGHLIGHT, Z_FIND, Z_SELECTION, Z_FLASH, Z_REDACTION = 1.0, 2.0, 3.0, 4.0, 5.0


class RectsItem(QGraphicsItem):
    """Filled rectangles over a page (selection, highlight, find hits, flash), in scene coordinates."""

    def __init__(self, rects: Sequence[QRectF], color: QColor, *, multiply: bool = False, outline: bool = False) -> None:
        super().__init__()
        self._rects = list(rects)
        self._color = QColor(color)
        self._multiply = multiply
        self._outline = outline
        bounds = QRectF()
        for rect in self._rects:
            bounds = bounds.united(rect)
        self._bounds = bounds.adjusted(-2, -2, 2, 2)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter: QPainter, _option: QStyleOptionGraphicsItem, _widget: QWidget | None = None) -> None:
        if self._multiply:  # a highlighter: the ink stays black under the colour
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Multiply)
        painter.setBrush(QBrush(self._color))
        if self._outline:
            pen = QPen(self._color.darker(150), 1.2)
            pen.setCosmetic(True)
            painter.setPen(pen)
        else:
            painter.setPen(Qt.PenStyle.NoPen)
        for rect in self._rects:
            painter.drawRect(rect)


class DocumentMarks(QObject):
    """Draws and forgets the marks of one document view (its scene is cleared with the document)."""

    def __init__(self, view: DocumentView) -> None:
        super().__init__(view)
        self._view = view
        self._highlights: dict[int, HighlightRecord] = {}
        self._highlight_items: dict[int, RectsItem] = {}
        self._find_items: list[RectsItem] = []
        self._flash_items: list[RectsItem] = []
        self._redaction_items: list[RectsItem] = []
        self._flash = QVariantAnimation(self)
        self._flash.setDuration(FLASH_MS)
        self._flash.setKeyValueAt(0.0, 1.0)
        self._flash.setKeyValueAt(0.5, 1.0)
        self._flash.setKeyValueAt(1.0, 0.0)
        self._flash.setEasingCurve(QEasingCurve.Type.InOutQuad)
        self._flash.valueChanged.connect(self._on_flash_value_changed)
        self._flash.finished.connect(self._on_flash_finished)

    def forget(self) -> None:
        """Drop every mark (the view removed the items with its document)."""
        self._flash.stop()
        self._highlights.clear()
        self._highlight_items.clear()
        self._find_items.clear()
        self._flash_items.clear()
        self._redaction_items.clear()

    def add_rects(
        self, page: int, rects: Sequence[Sequence[float]], color: QColor, z: float, **options: bool
    ) -> RectsItem:
        """Rectangles of one page, drawn at stacking order *z*."""
        item = RectsItem([self._view.to_scene(page, r) for r in rects], color, **options)
        item.setZValue(z)
        self._view.scene().addItem(item)
        return item

    def set_highlights(self, highlights: Sequence[HighlightRecord]) -> None:
        """Draw these highlights (replacing those drawn before)."""
        for item in self._highlight_items.values():
            self._view.scene().removeItem(item)
        self._highlight_items.clear()
        self._highlights = {h.id: h for h in highlights if 0 <= h.page < self._view.page_count()}
        for highlight in self._highlights.values():
            color = QColor(HIGHLIGHT_COLORS[highlight.color % len(HIGHLIGHT_COLORS)][0])
            color.setAlpha(HIGHLIGHT_ALPHA)
            item = self.add_rects(highlight.page, highlight.rects, color, Z_HIGHLIGHT, multiply=True)
            if highlight.note.strip():
                item.setToolTip(plain_tooltip(highlight.note))  # the note shows where the passage is
                self._add_margin_note(item, highlight)
            self._highlight_items[highlight.id] = item

    def _add_margin_note(self, item: RectsItem, highlight: HighlightRecord) -> None:
        """A note tab in the margin right of the content, level with the passage; pointing at it shows the note (a child: it goes with it)."""
        top = self._view.to_scene(highlight.page, highlight.rects[0]).top()
        tab = QGraphicsRectItem(0, 0, MARGIN_NOTE_SIZE, MARGIN_NOTE_SIZE, item)
        tab.setBrush(QBrush(QColor(MARGIN_NOTE_COLOR)))
        tab.setPen(QPen(QColor(MARGIN_NOTE_EDGE), 0.5))
        tab.setPos(self._view.content_span[1] - MARGIN_NOTE_SIZE, top)  # in the margin fit width keeps (ui/page_fit)
        tab.setToolTip(plain_tooltip(highlight.note))
        tab.setData(0, "marginNote")
        mark = QGraphicsSimpleTextItem("✎", tab)
        font = mark.font()
        font.setPointSizeF(MARGIN_NOTE_SIZE * 0.6)
        mark.setFont(font)
        box = mark.boundingRect()
        mark.setPos((MARGIN_NOTE_SIZE - box.width()) / 2, (MARGIN_NOTE_SIZE - box.height()) / 2)

    def set_redactions(self, boxes: dict[int, list[PageRect]]) -> None:
        """Cover these rectangles with opaque boxes, page by page (replacing those drawn before; {}: none)."""
        for item in self._redaction_items:
            self._view.scene().removeItem(item)
        self._redaction_items = [
            self.add_rects(page, rects, REDACTION_COLOR, Z_REDACTION)
            for page, rects in boxes.items()
            if 0 <= page < self._view.page_count()
        ]

    def highlight_ids(self) -> list[int]:
        """The highlights drawn."""
        return list(self._highlight_items)

    def highlight_at(self, page: int, point: QPointF) -> int | None:
        """The highlight drawn under a point of a page (the most recent when they overlap)."""
        hits = [
            h.id for h in self._highlights.values()
            if h.page == page and any(QRectF(QPointF(r[0], r[1]), QPointF(r[2], r[3])).contains(point) for r in h.rects)
        ]
        return max(hits) if hits else None

    def set_find_hits(self, hits: Sequence[tuple[int, PageRect]], current: int | None) -> None:
        """Mark every find hit and emphasise the current one, scrolling it into view."""
        for item in self._find_items:
            self._view.scene().removeItem(item)
        self._find_items.clear()
        by_page: dict[int, list[PageRect]] = {}
        for page, rect in hits:
            if 0 <= page < self._view.page_count():
                by_page.setdefault(page, []).append(rect)
        for page, rects in by_page.items():
            self._find_items.append(self.add_rects(page, rects, FIND_HIT_COLOR, Z_FIND, multiply=True))
        if current is not None and 0 <= current < len(hits):
            page, rect = hits[current]
            self._find_items.append(self.add_rects(page, [rect], FIND_CURRENT_COLOR, Z_FIND, multiply=True, outline=True))
            self._view.ensureVisible(self._view.to_scene(page, rect), 40, 80)

    def flash_sources(self, sources: Sequence[dict[str, Any]]) -> None:
        """Scroll to the first of these `{"page", "rect"}` sources (centred) and flash them all."""
        valid: list[tuple[int, PageRect]] = []
        for source in sources:
            page, rect = (source.get("page"), source.get("rect")) if isinstance(source, dict) else (None, None)
            if isinstance(page, int) and 0 <= page < self._view.page_count() and isinstance(rect, list | tuple) and len(rect) == 4:
                valid.append((page, (float(rect[0]), float(rect[1]), float(rect[2]), float(rect[3]))))
        if not valid:
            return
        self._view.scroll_to(*valid[0])
        self._flash.stop()
        self._on_flash_finished()
        by_page: dict[int, list[PageRect]] = {}
        for page, rect in valid:
            by_page.setdefault(page, []).append(rect)
        self._flash_items = [
            self.add_rects(page, rects, FLASH_COLOR, Z_FLASH, outline=True) for page, rects in by_page.items()
        ]
        self._flash.start()

    def is_flashing(self) -> bool:
        """Whether a flash is fading out."""
        return bool(self._flash_items)

    def _on_flash_value_changed(self, value: float) -> None:
        for item in self._flash_items:
            item.setOpacity(value)

    def _on_flash_finished(self) -> None:
        for item in self._flash_items:
            self._view.scene().removeItem(item)
        self._flash_items.clear()
