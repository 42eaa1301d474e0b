"""The original document, rendered page by page with PyMuPDF, with word selection and overlays.

Scene units are PDF points: page *n* sits at `page_rect(n)`, so a rectangle read from the document
(provenance, highlights, find hits) maps to the scene by a translation and zoom is the view's scale.
"""

from __future__ import annotations

import unicodedata
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass

import pymupdf
from PySide6.QtCore import (
    QEasingCurve,
    QEvent,
    QObject,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    Qt,
    QTimer,
    QVariantAnimation,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QContextMenuEvent,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPen,
    QPixmap,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPixmapItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
    QMenu,
    QStyleOptionGraphicsItem,
    QWidget,
)

from storage.records import DocumentRecord, HighlightRecord, Passage
from storage.vocab import HIGHLIGHT_COLORS
from ui.render_limits import RenderPlan, plan_render, render

PAGE_GAP = 12.0
CACHE_PAGES = 12
MIN_ZOOM, MAX_ZOOM = 0.25, 6.0
FLASH_MS = 1100
DRAG_SCROLL_MS = 30
SELECTION_COLOR = QColor(0, 120, 215, 70)
FIND_HIT_COLOR = QColor(255, 200, 0, 110)
FIND_CURRENT_COLOR = QColor(255, 120, 0, 150)
FLASH_COLOR = QColor(255, 90, 0, 90)
HIGHLIGHT_ALPHA = 120
# Overlay stacking order above the page pixmaps (z 0).
Z_HIGHLIGHT, Z_FIND, Z_SELECTION, Z_FLASH = 1.0, 2.0, 3.0, 4.0

PageRect = tuple[float, float, float, float]


# Words selected on one page: a passage (one rectangle per line, page points, and the text).
TextSelection = Passage


@dataclass(frozen=True)
class Token:
    """A selectable unit of a page: a Latin word, or one CJK character (CJK has no spaces)."""

    rect: PageRect
    text: str
    line: int
    space_before: bool
    wide: bool


def is_wide(char: str) -> bool:
    """Whether a character is East Asian wide (CJK characters and full-width punctuation)."""
    return unicodedata.east_asian_width(char) in ("W", "F")


def _token(chars: list[dict], line: int, space_before: bool) -> Token:
    text = "".join(c["c"] for c in chars)
    rect = (
        min(c["bbox"][0] for c in chars),
        min(c["bbox"][1] for c in chars),
        max(c["bbox"][2] for c in chars),
        max(c["bbox"][3] for c in chars),
    )
    return Token(rect, text, line, space_before, is_wide(text[0]))


def page_tokens(page: pymupdf.Page) -> list[Token]:
    """The page's tokens in reading order, from the character boxes of `get_text("rawdict")`.

    Words from `get_text("words")` are whitespace-delimited, which makes a whole Chinese line one
    word; splitting wide characters apart lets the reviewer select a Chinese phrase precisely.
    """
    tokens: list[Token] = []
    line_number = -1
    for block in page.get_text("rawdict")["blocks"]:
        for line in block.get("lines", ()):  # image blocks have no lines
            line_number += 1
            word: list[dict] = []
            word_space = False  # whitespace before the word being collected
            space = False  # whitespace since the last token
            for span in line["spans"]:
                for char in span["chars"]:
                    c = char["c"]
                    if c.isspace():
                        space = True
                        if word:
                            tokens.append(_token(word, line_number, word_space))
                            word = []
                    elif is_wide(c):
                        if word:
                            tokens.append(_token(word, line_number, word_space))
                            word = []
                        tokens.append(_token([char], line_number, space))
                        space = False
                    else:
                        if not word:
                            word_space, space = space, False
                        word.append(char)
            if word:
                tokens.append(_token(word, line_number, word_space))
    return tokens


def selection_from_tokens(page: int, tokens: Sequence[Token]) -> TextSelection:
    """The selection made of consecutive *tokens*: one rectangle and one text line per page line."""
    rects: list[PageRect] = []
    parts: list[str] = []
    previous: Token | None = None
    for token in tokens:
        if previous is None or token.line != previous.line:
            if previous is not None:
                parts.append("\n")
            rects.append(token.rect)
        else:
            if token.space_before:
                parts.append(" ")
            x0, y0, x1, y1 = rects[-1]
            tx0, ty0, tx1, ty1 = token.rect
            rects[-1] = (min(x0, tx0), min(y0, ty0), max(x1, tx1), max(y1, ty1))
        parts.append(token.text)
        previous = token
    return TextSelection(page, tuple(rects), "".join(parts))


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

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt API
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


class DocumentView(QGraphicsView):
    """Continuous pages in a scene whose unit is the PDF point; zoom is the view's scale.

    Signals:
        page_changed(int, int): the page filling most of the view (0-based) and the page count.
        document_changed(): another document (or none) is shown.
        selection_changed(): the selected text changed (see `selection()`).
        context_menu_about_to_show(QMenu): the page's context menu is built; features add actions
            (`context_position()` says where the reviewer clicked).
    """

    page_changed = Signal(int, int)
    document_changed = Signal()
    selection_changed = Signal()
    context_menu_about_to_show = Signal(QMenu)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentView")
        self.setScene(QGraphicsScene(self))
        self.setBackgroundBrush(QColor("#e6e6e6"))
        self.setRenderHints(QPainter.RenderHint.SmoothPixmapTransform | QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # Always shown, so the scroll bar appearing never narrows a page that was fitted to the width.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.viewport().setMouseTracking(True)
        self._doc: pymupdf.Document | None = None
        self._record: DocumentRecord | None = None
        self._pages: list[QGraphicsPixmapItem] = []
        self._page_rects: list[QRectF] = []
        self._cache: OrderedDict[tuple[int, RenderPlan], tuple[QPixmap, QPointF]] = OrderedDict()
        self._plans: dict[int, RenderPlan] = {}  # page -> the plan whose pixels it shows
        self._tokens: dict[int, list[Token]] = {}
        self._zoom = 1.0
        self._fit_mode: str | None = "width"
        self._current_page = -1
        self._opening = False
        self._selection: TextSelection | None = None
        self._selection_item: RectsItem | None = None
        self._anchor: tuple[int, int] | None = None  # (page, token index) where a drag started
        self._drag_position = QPoint()  # the pointer during a drag, in viewport coordinates
        self._drag_scroll = QTimer(self)
        self._drag_scroll.setInterval(DRAG_SCROLL_MS)
        self._highlights: dict[int, HighlightRecord] = {}
        self._highlight_items: dict[int, RectsItem] = {}
        self._find_items: list[RectsItem] = []
        self._flash_items: list[RectsItem] = []
        self._flash = QVariantAnimation(self)
        self._flash.setDuration(FLASH_MS)
        self._flash.setKeyValueAt(0.0, 1.0)
        self._flash.setKeyValueAt(0.5, 1.0)
        self._flash.setKeyValueAt(1.0, 0.0)
        self._flash.setEasingCurve(QEasingCurve.Type.InOutQuad)
        self._context: tuple[int, QPointF] | None = None
        self._top_bar: QWidget | None = None
        self.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        self._flash.valueChanged.connect(self._on_flash_value_changed)
        self._flash.finished.connect(self._on_flash_finished)
        self._drag_scroll.timeout.connect(self._on_drag_scroll_timeout)

    # -- loading ----------------------------------------------------------------------------

    @property
    def record(self) -> DocumentRecord | None:
        """The document shown."""
        return self._record

    @property
    def fitz_document(self) -> pymupdf.Document | None:
        """The open PyMuPDF document (for text selection and search)."""
        return self._doc

    def set_document(self, record: DocumentRecord | None) -> None:
        """Show *record* from its first page (None clears the view)."""
        self._flash.stop()
        self._drag_scroll.stop()
        had_selection = self._selection is not None
        scene = self.scene()
        # Hand every item back to Python instead of scene.clear(): clear() deletes C++ items that
        # Python wrappers still reference, which PySide6 punishes with a crash at interpreter exit.
        for item in [i for i in scene.items() if i.parentItem() is None]:
            scene.removeItem(item)
        self._pages.clear()
        self._page_rects.clear()
        self._cache.clear()
        self._plans.clear()
        self._tokens.clear()
        self._selection, self._selection_item, self._anchor = None, None, None
        self._highlights.clear()
        self._highlight_items.clear()
        self._find_items.clear()
        self._flash_items.clear()
        self._current_page = -1
        if self._doc is not None:
            self._doc.close()
            self._doc = None
        self._record = record
        if record is not None:
            self._open(record)
        if had_selection:
            self.selection_changed.emit()
        self.document_changed.emit()

    def _open(self, record: DocumentRecord) -> None:
        scene = self.scene()
        try:
            self._doc = pymupdf.open(stream=record.pdf_bytes, filetype="pdf")
        except (RuntimeError, ValueError):
            self._doc = None
            scene.addText(self.tr("This document cannot be displayed."))
            return
        y = 0.0
        for page in self._doc:
            rect = QRectF(0.0, y, page.rect.width, page.rect.height)
            shadow = QGraphicsRectItem(rect.translated(2, 2))
            shadow.setBrush(QBrush(QColor(0, 0, 0, 40)))
            shadow.setPen(Qt.PenStyle.NoPen)
            shadow.setZValue(-2)
            scene.addItem(shadow)
            blank = QGraphicsRectItem(rect)
            blank.setBrush(QBrush(Qt.GlobalColor.white))
            blank.setPen(Qt.PenStyle.NoPen)
            blank.setZValue(-1)
            scene.addItem(blank)
            item = QGraphicsPixmapItem()
            item.setPos(rect.topLeft())
            item.setShapeMode(QGraphicsPixmapItem.ShapeMode.BoundingRectShape)
            scene.addItem(item)
            self._pages.append(item)
            self._page_rects.append(rect)
            y += rect.height() + PAGE_GAP
        width = max((r.width() for r in self._page_rects), default=0.0)
        # The scroll bar moves while the scene and scale change; render only once, at the top.
        self._opening = True
        try:
            scene.setSceneRect(QRectF(-PAGE_GAP, -PAGE_GAP, width + 2 * PAGE_GAP, y + PAGE_GAP))
            self._apply_fit()
            self.verticalScrollBar().setValue(self.verticalScrollBar().minimum())
        finally:
            self._opening = False
        self._on_scrolled()

    # -- geometry ---------------------------------------------------------------------------

    def page_count(self) -> int:
        """Pages of the document shown."""
        return len(self._page_rects)

    def page_rect(self, page: int) -> QRectF:
        """The scene rectangle of a page."""
        return self._page_rects[page]

    def to_scene(self, page: int, rect: Sequence[float]) -> QRectF:
        """A rectangle in page points mapped to scene coordinates."""
        top_left = self._page_rects[page].topLeft()
        x0, y0, x1, y1 = rect
        return QRectF(top_left + QPointF(x0, y0), top_left + QPointF(x1, y1))

    def page_at(self, scene_point: QPointF) -> tuple[int, QPointF] | None:
        """The page under a scene point and the point in that page's coordinates."""
        for number, rect in enumerate(self._page_rects):
            if rect.contains(scene_point):
                return number, scene_point - rect.topLeft()
        return None

    def current_page(self) -> int:
        """The page filling most of the viewport."""
        return max(self._current_page, 0)

    def scroll_to(self, page: int, rect: Sequence[float]) -> None:
        """Centre the view on a rectangle of a page (page points), or show its top when it is taller."""
        if not 0 <= page < len(self._page_rects):
            return
        target = self.to_scene(page, rect)
        view_height = self.mapToScene(self.viewport().rect()).boundingRect().height()
        if target.height() > view_height * 0.8:  # too tall to centre: show its top instead
            self.centerOn(QPointF(target.center().x(), target.top() + view_height / 2 - PAGE_GAP))
        else:
            self.centerOn(target.center())

    # -- zoom -------------------------------------------------------------------------------

    def zoom(self) -> float:
        """The current scale (1.0 = 72 dpi logical)."""
        return self._zoom

    def set_zoom(self, zoom: float) -> None:
        """Zoom to a fixed scale (leaves fit mode)."""
        self._fit_mode = None
        self._set_scale(zoom)
        self._render_visible()

    def zoom_by(self, factor: float) -> None:
        """Zoom in (>1) or out (<1)."""
        self.set_zoom(self._zoom * factor)

    def fit_width(self) -> None:
        """Scale pages to the viewport's width, and keep doing so when it resizes."""
        self._fit_mode = "width"
        self._apply_fit()
        self._render_visible()

    def fit_page(self) -> None:
        """Scale so a whole page is visible."""
        self._fit_mode = "page"
        self._apply_fit()
        self._render_visible()

    def _apply_fit(self) -> None:
        if not self._page_rects or self._fit_mode is None:
            return
        page = self._page_rects[0]
        available = self.viewport().size()
        # The gaps around the pages are scene units too, so they scale with the page: fit page and
        # gaps together, or a zoom above 1 pushes the scene past the viewport (a needless scroll bar).
        width_scale = available.width() / (page.width() + 2 * PAGE_GAP)
        if self._fit_mode == "width":
            self._set_scale(width_scale)
        else:
            self._set_scale(min(width_scale, available.height() / (page.height() + 2 * PAGE_GAP)))

    def _set_scale(self, zoom: float) -> None:
        zoom = min(max(zoom, MIN_ZOOM), MAX_ZOOM)
        self._zoom = zoom
        self.resetTransform()
        self.scale(zoom, zoom)

    # -- rendering --------------------------------------------------------------------------

    def visible_pages(self) -> list[int]:
        """Pages intersecting the viewport."""
        area = self.mapToScene(self.viewport().rect()).boundingRect()
        return [n for n, rect in enumerate(self._page_rects) if rect.intersects(area)]

    def is_rendered(self, page: int) -> bool:
        """Whether a page's pixels have been drawn (pages out of view are not)."""
        return not self._pages[page].pixmap().isNull()

    def _render_visible(self) -> None:
        if self._doc is None:
            return
        ratio = self.devicePixelRatioF()
        scale = round(self._zoom * ratio, 2)
        area = self.mapToScene(self.viewport().rect()).boundingRect()
        for number in self.visible_pages():
            item, rect = self._pages[number], self._page_rects[number]
            # A page too big for one pixmap at this zoom is rendered as the tile in view (ui/render_limits).
            plan = plan_render(rect, scale, area.intersected(rect).translated(-rect.topLeft()), self._plans.get(number))
            key = (number, plan)
            rendered = self._cache.get(key)
            if rendered is None:
                rendered = render(self._doc[number], plan, ratio)
                if rendered is None:
                    continue  # MuPDF cannot draw it: the page stays blank
                self._cache[key] = rendered
                while len(self._cache) > CACHE_PAGES:
                    self._cache.popitem(last=False)
            else:
                self._cache.move_to_end(key)
            pixmap, offset = rendered
            if item.pixmap().cacheKey() != pixmap.cacheKey():
                item.setPixmap(pixmap)
                item.setPos(rect.topLeft() + offset)
                item.setScale(ratio / plan.scale)  # pixmap pixels back to page points
                self._plans[number] = plan

    # -- text selection ---------------------------------------------------------------------

    def tokens(self, page: int) -> list[Token]:
        """The selectable words of a page (extracted once per page and document)."""
        if page not in self._tokens:
            self._tokens[page] = page_tokens(self._doc[page]) if self._doc is not None else []
        return self._tokens[page]

    def selection(self) -> TextSelection | None:
        """The selected text, if any."""
        return self._selection

    def clear_selection(self) -> None:
        """Deselect."""
        self._set_selection(None)

    def select_text_at(self, page: int, rect: Sequence[float]) -> TextSelection | None:
        """Select the words of *page* that intersect *rect* (page points), as a drag across it would."""
        area = QRectF(QPointF(rect[0], rect[1]), QPointF(rect[2], rect[3]))
        inside = [i for i, t in enumerate(self.tokens(page)) if area.intersects(self._token_rect(t))]
        self._select_range(page, inside[0], inside[-1]) if inside else self._set_selection(None)
        return self._selection

    def copy_selection(self) -> bool:
        """Put the selected text on the clipboard; False when nothing is selected."""
        if self._selection is None:
            return False
        QGuiApplication.clipboard().setText(self._selection.text)
        return True

    @staticmethod
    def _token_rect(token: Token) -> QRectF:
        x0, y0, x1, y1 = token.rect
        return QRectF(QPointF(x0, y0), QPointF(x1, y1))

    def _nearest_token(self, page: int, point: QPointF) -> int | None:
        """The token under *point*, else the nearest one on the same line, else the nearest line's."""
        best: tuple[float, float] | None = None
        found: int | None = None
        for index, token in enumerate(self.tokens(page)):
            x0, y0, x1, y1 = token.rect
            key = (max(y0 - point.y(), 0.0, point.y() - y1), max(x0 - point.x(), 0.0, point.x() - x1))
            if best is None or key < best:
                best, found = key, index
        return found

    def _point_on_page(self, page: int, scene_point: QPointF) -> QPointF:
        return scene_point - self._page_rects[page].topLeft()

    def _select_range(self, page: int, first: int, last: int) -> None:
        first, last = min(first, last), max(first, last)
        self._set_selection(selection_from_tokens(page, self.tokens(page)[first : last + 1]))

    def _set_selection(self, selection: TextSelection | None) -> None:
        if selection == self._selection:
            return
        if self._selection_item is not None:
            self.scene().removeItem(self._selection_item)
            self._selection_item = None
        self._selection = selection
        if selection is not None:
            self._selection_item = self._add_rects(selection.page, selection.rects, SELECTION_COLOR, Z_SELECTION)
        self.selection_changed.emit()

    def _word_range(self, page: int, index: int) -> tuple[int, int]:
        """A Latin word, or the run of CJK characters around *index* up to spaces and punctuation."""
        tokens = self.tokens(page)

        def joins(left: Token, right: Token) -> bool:
            return (
                left.wide and right.wide and left.line == right.line and not right.space_before
                and not unicodedata.category(left.text[0]).startswith("P")
                and not unicodedata.category(right.text[0]).startswith("P")
            )

        first = last = index
        while first > 0 and joins(tokens[first - 1], tokens[first]):
            first -= 1
        while last + 1 < len(tokens) and joins(tokens[last], tokens[last + 1]):
            last += 1
        return first, last

    # -- overlays ---------------------------------------------------------------------------

    def _add_rects(
        self, page: int, rects: Sequence[Sequence[float]], color: QColor, z: float, **options: bool
    ) -> RectsItem:
        item = RectsItem([self.to_scene(page, r) for r in rects], color, **options)
        item.setZValue(z)
        self.scene().addItem(item)
        return item

    def set_highlights(self, highlights: Sequence[HighlightRecord]) -> None:
        """Draw these highlights (replacing those drawn before)."""
        for item in self._highlight_items.values():
            self.scene().removeItem(item)
        self._highlight_items.clear()
        self._highlights = {h.id: h for h in highlights if 0 <= h.page < len(self._page_rects)}
        for highlight in self._highlights.values():
            color = QColor(HIGHLIGHT_COLORS[highlight.color % len(HIGHLIGHT_COLORS)][0])
            color.setAlpha(HIGHLIGHT_ALPHA)
            self._highlight_items[highlight.id] = self._add_rects(
                highlight.page, highlight.rects, color, Z_HIGHLIGHT, multiply=True
            )

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
            self.scene().removeItem(item)
        self._find_items.clear()
        by_page: dict[int, list[PageRect]] = {}
        for page, rect in hits:
            if 0 <= page < len(self._page_rects):
                by_page.setdefault(page, []).append(rect)
        for page, rects in by_page.items():
            self._find_items.append(self._add_rects(page, rects, FIND_HIT_COLOR, Z_FIND, multiply=True))
        if current is not None and 0 <= current < len(hits):
            page, rect = hits[current]
            self._find_items.append(self._add_rects(page, [rect], FIND_CURRENT_COLOR, Z_FIND, multiply=True, outline=True))
            self.ensureVisible(self.to_scene(page, rect), 40, 80)

    def flash_sources(self, sources: Sequence[dict]) -> None:
        """Scroll to the first of these `{"page", "rect"}` sources (centred) and flash them all."""
        valid: list[tuple[int, PageRect]] = []
        for source in sources:
            page, rect = (source.get("page"), source.get("rect")) if isinstance(source, dict) else (None, None)
            if isinstance(page, int) and 0 <= page < len(self._page_rects) and isinstance(rect, list | tuple) and len(rect) == 4:
                valid.append((page, (float(rect[0]), float(rect[1]), float(rect[2]), float(rect[3]))))
        if not valid:
            return
        self.scroll_to(*valid[0])
        self._flash.stop()
        self._on_flash_finished()
        by_page: dict[int, list[PageRect]] = {}
        for page, rect in valid:
            by_page.setdefault(page, []).append(rect)
        self._flash_items = [
            self._add_rects(page, rects, FLASH_COLOR, Z_FLASH, outline=True) for page, rects in by_page.items()
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
            self.scene().removeItem(item)
        self._flash_items.clear()

    # -- find bar hosting -------------------------------------------------------------------

    def set_top_bar(self, bar: QWidget) -> None:
        """Show *bar* above the pages (in the viewport margin) whenever it is visible."""
        self._top_bar = bar
        bar.setParent(self)
        bar.installEventFilter(self)
        self._layout_top_bar()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self._top_bar and event.type() in (QEvent.Type.Show, QEvent.Type.Hide):
            self._layout_top_bar()
        return super().eventFilter(watched, event)

    def _layout_top_bar(self) -> None:
        bar = self._top_bar
        height = bar.sizeHint().height() if bar is not None and not bar.isHidden() else 0
        self.setViewportMargins(0, height, 0, 0)
        if bar is not None:
            frame = self.frameWidth()
            bar.setGeometry(QRect(frame, frame, self.width() - 2 * frame, height))

    # -- events -----------------------------------------------------------------------------

    def _on_scrolled(self, _value: int = 0) -> None:
        if self._opening:
            return
        self._render_visible()
        if not self._page_rects:
            return
        area = self.mapToScene(self.viewport().rect()).boundingRect()
        shown = [max(min(r.bottom(), area.bottom()) - max(r.top(), area.top()), 0.0) for r in self._page_rects]
        page = shown.index(max(shown))  # the page filling most of the view
        if page != self._current_page:
            self._current_page = page
            self.page_changed.emit(page, len(self._page_rects))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._layout_top_bar()
        self._apply_fit()
        self._render_visible()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt API
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(1.15 if event.angleDelta().y() > 0 else 1 / 1.15)
            event.accept()
            return
        super().wheelEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self._set_selection(None)
        hit = self.page_at(self.mapToScene(event.position().toPoint()))
        index = self._nearest_token(hit[0], hit[1]) if hit is not None else None
        self._anchor = (hit[0], index) if hit is not None and index is not None else None
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        scene_point = self.mapToScene(event.position().toPoint())
        if self._anchor is not None and event.buttons() & Qt.MouseButton.LeftButton:
            self._drag_position = event.position().toPoint()
            self._extend_selection()
            outside = not 0 <= self._drag_position.y() < self.viewport().height()
            if outside and not self._drag_scroll.isActive():
                self._drag_scroll.start()
            elif not outside:
                self._drag_scroll.stop()
            event.accept()
            return
        hit = self.page_at(scene_point)
        over_text = hit is not None and any(
            self._token_rect(t).contains(hit[1]) for t in self.tokens(hit[0])
        )
        self.viewport().setCursor(Qt.CursorShape.IBeamCursor if over_text else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if event.button() == Qt.MouseButton.LeftButton:
            self._anchor = None
            self._drag_scroll.stop()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def _extend_selection(self) -> None:
        """Select from the drag's anchor to the word nearest the pointer (on the anchor's page)."""
        if self._anchor is None:
            return
        page, first = self._anchor
        last = self._nearest_token(page, self._point_on_page(page, self.mapToScene(self._drag_position)))
        if last is not None:
            self._select_range(page, first, last)

    def _on_drag_scroll_timeout(self) -> None:
        # Dragging past the top or bottom edge scrolls, faster the further out the pointer is.
        y = self._drag_position.y()
        overshoot = y if y < 0 else y - self.viewport().height()
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + int(overshoot / 2) + (1 if overshoot > 0 else -1))
        self._extend_selection()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if event.button() != Qt.MouseButton.LeftButton:
            super().mouseDoubleClickEvent(event)
            return
        hit = self.page_at(self.mapToScene(event.position().toPoint()))
        if hit is not None:
            under = [i for i, t in enumerate(self.tokens(hit[0])) if self._token_rect(t).contains(hit[1])]
            if under:
                self._select_range(hit[0], *self._word_range(hit[0], under[0]))
        self._anchor = None
        event.accept()

    def event(self, event: QEvent) -> bool:
        # Claim Ctrl+C while text is selected so a window-wide Copy shortcut cannot take it.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Copy)
            and self._selection is not None
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.matches(QKeySequence.StandardKey.Copy) and self.copy_selection():
            event.accept()
            return
        if event.key() == Qt.Key.Key_Escape and self._selection is not None:
            self.clear_selection()
            event.accept()
            return
        super().keyPressEvent(event)

    def context_position(self) -> tuple[int, QPointF] | None:
        """The page and page point of the last right-click (None when it was off the pages)."""
        return self._context

    def build_context_menu(self, scene_point: QPointF) -> QMenu:
        """The page's context menu at *scene_point*, after features have added their actions."""
        self._context = self.page_at(scene_point)
        menu = QMenu(self)
        menu.setObjectName("documentContextMenu")
        copy = menu.addAction(self.tr("&Copy"))
        copy.setObjectName("actionCopySelection")
        copy.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))
        copy.setEnabled(self._selection is not None)
        copy.triggered.connect(self.copy_selection)
        self.context_menu_about_to_show.emit(menu)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt API
        menu = self.build_context_menu(self.mapToScene(event.pos()))
        menu.exec(event.globalPos())
        menu.deleteLater()
