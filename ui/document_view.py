"""The original document, rendered page by page with PyMuPDF, with word selection (marks: ui/document_marks.py).

Scene units are PDF points: page *n* sits at `page_rect(n)`, so a rectangle read from the document
(provenance, highlights, find hits) maps to the scene by a translation and zoom is the view's scale.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from typing import Any

import pymupdf
from PySide6.QtCore import (
    QEvent,
    QObject,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    Qt,
    QTimer,
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
    QPixmap,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsPixmapItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
    QMenu,
    QWidget,
)

from storage.records import DocumentRecord, HighlightRecord
from ui.document_marks import SELECTION_COLOR, Z_SELECTION, DocumentMarks, RectsItem
from ui.page_fit import content_span
from ui.page_text import PageRect, TextSelection, Token, nearest_token, page_tokens, selection_from_tokens, word_range
from ui.reading_keys import scroll_by_key
from ui.render_limits import RenderPlan, plan_render, render

PAGE_GAP = 12.0
CACHE_PAGES = 12
MIN_ZOOM, MAX_ZOOM = 0.25, 6.0
DRAG_SCROLL_MS = 30


class DocumentView(QGraphicsView):
    """Continuous pages in a scene whose unit is the PDF point; zoom is the view's scale.

    Signals:
        page_changed(int, int): the page filling most of the view (0-based) and the page count.
        document_changed(): another document (or none) is shown.
        zoom_changed(): the reviewer zoomed or chose a fit (see `zoom_setting()`).
        selection_changed(): the selected text changed (see `selection()`).
        context_menu_about_to_show(QMenu): the page's context menu is built; features add actions
            (`context_position()` says where the reviewer clicked).
    """

    page_changed = Signal(int, int)
    zoom_changed = Signal()
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
        self.content_span = (0.0, 0.0)  # left and right edge of what the pages print: fit width fits it (ui/page_fit)
        self._reserve = 0  # pixels kept free right of the content (the notes column)
        self._fit_mode: str | None = "width"
        self._current_page = -1
        self._opening = False
        self._selection: TextSelection | None = None
        self._selection_item: RectsItem | None = None
        self._anchor: tuple[int, int] | None = None  # (page, token index) where a drag started
        self._drag_position = QPoint()  # the pointer during a drag, in viewport coordinates
        self._drag_scroll = QTimer(self)
        self._drag_scroll.setInterval(DRAG_SCROLL_MS)
        self.marks = DocumentMarks(self)
        self._redactions: dict[int, list[QRectF]] = {}  # blind review: page -> boxes (page points)
        self._context: tuple[int, QPointF] | None = None
        self._top_bar: QWidget | None = None
        self.verticalScrollBar().valueChanged.connect(self._on_scrolled)
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
        self.marks.forget()
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
        self._redactions = {}
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
        for page in self._doc.pages():
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
        self.content_span = content_span(self._doc)
        # The scroll bar moves while the scene and scale change; render only once, at the top.
        self._opening = True
        try:
            self._fit_scene_rect()
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
        self.zoom_changed.emit()

    def zoom_setting(self) -> str:
        """The zoom as the reviewer chose it: "width", "page", or a scale such as "1.5"."""
        return self._fit_mode or f"{self._zoom:.3f}"

    def apply_zoom_setting(self, setting: str) -> None:
        """Zoom as `zoom_setting()` said (an unreadable setting leaves the zoom alone)."""
        if setting in ("width", "page"):
            self.fit_width() if setting == "width" else self.fit_page()
            return
        try:
            self.set_zoom(float(setting))
        except ValueError:
            return

    def zoom_by(self, factor: float) -> None:
        """Zoom in (>1) or out (<1)."""
        self.set_zoom(self._zoom * factor)

    def fit_width(self) -> None:
        """Scale pages to the viewport's width, and keep doing so when it resizes."""
        self._fit_mode = "width"
        self._apply_fit()
        self._render_visible()
        self.zoom_changed.emit()

    def fit_page(self) -> None:
        """Scale so a whole page is visible."""
        self._fit_mode = "page"
        self._apply_fit()
        self._render_visible()
        self.zoom_changed.emit()

    def set_right_reserve(self, pixels: int) -> None:
        """Keep *pixels* right of the pages' content for a column beside them; fit width makes room for it."""
        if pixels != self._reserve:
            self._reserve = pixels
            self._apply_fit()
            self._fit_scene_rect()
            self._render_visible()

    def _fit_scene_rect(self) -> None:
        """Across: the content and the reserved column (the paper's empty margins stay out); down: every page."""
        if self._page_rects:
            left, right = self.content_span
            width = right - left + self._reserve / self._zoom
            self.scene().setSceneRect(QRectF(left, -PAGE_GAP, width, self._page_rects[-1].bottom() + 2 * PAGE_GAP))

    def _apply_fit(self) -> None:
        if not self._page_rects or self._fit_mode is None:
            return
        page = self._page_rects[0]
        available = self.viewport().size()
        width_scale = (available.width() - self._reserve) / (self.content_span[1] - self.content_span[0])
        if self._fit_mode == "width":
            self._set_scale(width_scale)
        else:
            self._set_scale(min(width_scale, available.height() / (page.height() + 2 * PAGE_GAP)))

    def _set_scale(self, zoom: float) -> None:
        zoom = min(max(zoom, MIN_ZOOM), MAX_ZOOM)
        self._zoom = zoom
        self.resetTransform()
        self.scale(zoom, zoom)
        self._fit_scene_rect()

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
            found = page_tokens(self._doc[page]) if self._doc is not None else []
            self._tokens[page] = [t for t in found if not self.is_redacted(page, t.rect)] if self._redactions else found
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
        return nearest_token(self.tokens(page), point.x(), point.y())

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
            self._selection_item = self.marks.add_rects(selection.page, selection.rects, SELECTION_COLOR, Z_SELECTION)
        self.selection_changed.emit()

    def _word_range(self, page: int, index: int) -> tuple[int, int]:
        return word_range(self.tokens(page), index)

    # -- marks ------------------------------------------------------------------------------

    def set_highlights(self, highlights: Sequence[HighlightRecord]) -> None:
        """Draw these highlights (replacing those drawn before)."""
        self.marks.set_highlights(highlights)

    def highlight_ids(self) -> list[int]:
        """The highlights drawn."""
        return self.marks.highlight_ids()

    def highlight_at(self, page: int, point: QPointF) -> int | None:
        """The highlight drawn under a point of a page (the most recent when they overlap)."""
        return self.marks.highlight_at(page, point)

    def set_redactions(self, boxes: dict[int, list[PageRect]]) -> None:
        """Cover what a blind review hides with opaque boxes; the words under them can no longer be selected or found."""
        self._redactions = {page: [QRectF(QPointF(r[0], r[1]), QPointF(r[2], r[3])) for r in rects] for page, rects in boxes.items()}
        self._tokens.clear()
        self.clear_selection()
        self.marks.set_redactions(boxes)

    def is_redacted(self, page: int, rect: Sequence[float]) -> bool:
        """Whether a rectangle of a page (page points) touches a blind review's box."""
        area = QRectF(QPointF(rect[0], rect[1]), QPointF(rect[2], rect[3]))
        return any(box.intersects(area) for box in self._redactions.get(page, ()))

    def set_find_hits(self, hits: Sequence[tuple[int, PageRect]], current: int | None) -> None:
        """Mark every find hit and emphasise the current one, scrolling it into view."""
        self.marks.set_find_hits(hits, current)

    def flash_sources(self, sources: Sequence[dict[str, Any]]) -> None:
        """Scroll to the first of these `{"page", "rect"}` sources (centred) and flash them all."""
        self.marks.flash_sources(sources)

    def is_flashing(self) -> bool:
        """Whether a flash is fading out."""
        return self.marks.is_flashing()

    # -- find bar hosting -------------------------------------------------------------------

    def set_top_bar(self, bar: QWidget) -> None:
        """Show *bar* above the pages (in the viewport margin) whenever it is visible."""
        self._top_bar = bar
        bar.setParent(self)
        bar.installEventFilter(self)
        self._layout_top_bar()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
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

    def resizeEvent(self, event: QResizeEvent) -> None:
        top = self.mapToScene(0, 0).y()  # the line read at the top; a fit rescales, so keep it there
        super().resizeEvent(event)
        self._layout_top_bar()
        self._apply_fit()
        if self._page_rects and self._fit_mode is not None:
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() + round((top - self.mapToScene(0, 0).y()) * self._zoom))
        self._render_visible()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(1.15 if event.angleDelta().y() > 0 else 1 / 1.15)
            event.accept()
            return
        super().wheelEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self._set_selection(None)
        hit = self.page_at(self.mapToScene(event.position().toPoint()))
        index = self._nearest_token(hit[0], hit[1]) if hit is not None else None
        self._anchor = (hit[0], index) if hit is not None and index is not None else None
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
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

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
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

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
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

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy) and self.copy_selection():
            event.accept()
            return
        if event.key() == Qt.Key.Key_Escape and self._selection is not None:
            self.clear_selection()
            event.accept()
            return
        if scroll_by_key(event, self.verticalScrollBar()):
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

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.build_context_menu(self.mapToScene(event.pos()))
        menu.exec(event.globalPos())
        menu.deleteLater()
