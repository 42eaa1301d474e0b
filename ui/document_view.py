"""The original document, rendered page by page with PyMuPDF (only visible pages, crisp on HiDPI).

Signals:
    page_changed(int, int): the page at the top of the view (0-based) and the page count.
"""

from __future__ import annotations

from collections import OrderedDict

import pymupdf
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPixmap, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QGraphicsPixmapItem, QGraphicsRectItem, QGraphicsScene, QGraphicsView, QWidget

from storage.records import DocumentRecord

PAGE_GAP = 12.0
CACHE_PAGES = 12
MIN_ZOOM, MAX_ZOOM = 0.25, 6.0


class DocumentView(QGraphicsView):
    """Continuous pages in a scene whose unit is the PDF point; zoom is the view's scale."""

    page_changed = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentView")
        self.setScene(QGraphicsScene(self))
        self.setBackgroundBrush(QColor("#e6e6e6"))
        self.setRenderHints(QPainter.RenderHint.SmoothPixmapTransform | QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self._doc: pymupdf.Document | None = None
        self._record: DocumentRecord | None = None
        self._pages: list[QGraphicsPixmapItem] = []
        self._page_rects: list[QRectF] = []
        self._cache: OrderedDict[tuple[int, float], QPixmap] = OrderedDict()
        self._zoom = 1.0
        self._fit_mode: str | None = "width"
        self._current_page = -1
        self.verticalScrollBar().valueChanged.connect(self._on_scrolled)

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
        scene = self.scene()
        scene.clear()
        self._pages.clear()
        self._page_rects.clear()
        self._cache.clear()
        self._current_page = -1
        if self._doc is not None:
            self._doc.close()
            self._doc = None
        self._record = record
        if record is None:
            return
        try:
            self._doc = pymupdf.open(stream=record.data, filetype=record.render_type)
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
            scene.addItem(shadow)
            item = QGraphicsPixmapItem()
            item.setPos(rect.topLeft())
            item.setShapeMode(QGraphicsPixmapItem.ShapeMode.BoundingRectShape)
            scene.addItem(item)
            blank = QGraphicsRectItem(rect)
            blank.setBrush(QBrush(Qt.GlobalColor.white))
            blank.setPen(Qt.PenStyle.NoPen)
            blank.setZValue(-1)
            scene.addItem(blank)
            self._pages.append(item)
            self._page_rects.append(rect)
            y += rect.height() + PAGE_GAP
        width = max((r.width() for r in self._page_rects), default=0.0)
        scene.setSceneRect(QRectF(-PAGE_GAP, -PAGE_GAP, width + 2 * PAGE_GAP, y + PAGE_GAP))
        self._apply_fit()
        self.verticalScrollBar().setValue(self.verticalScrollBar().minimum())
        self._render_visible()
        self._on_scrolled()

    # -- geometry ---------------------------------------------------------------------------

    def page_count(self) -> int:
        """Pages of the document shown."""
        return len(self._page_rects)

    def page_rect(self, page: int) -> QRectF:
        """The scene rectangle of a page."""
        return self._page_rects[page]

    def to_scene(self, page: int, rect: tuple[float, float, float, float] | list[float]) -> QRectF:
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
        """The page at the top of the viewport."""
        return max(self._current_page, 0)

    # -- zoom -------------------------------------------------------------------------------

    def zoom(self) -> float:
        """The current scale (1.0 = 72 dpi logical)."""
        return self._zoom

    def set_zoom(self, zoom: float) -> None:
        """Zoom to a fixed scale (leaves fit mode)."""
        self._fit_mode = None
        self._set_scale(zoom)

    def zoom_by(self, factor: float) -> None:
        """Zoom in (>1) or out (<1)."""
        self.set_zoom(self._zoom * factor)

    def fit_width(self) -> None:
        """Scale pages to the viewport's width, and keep doing so when it resizes."""
        self._fit_mode = "width"
        self._apply_fit()

    def fit_page(self) -> None:
        """Scale so a whole page is visible."""
        self._fit_mode = "page"
        self._apply_fit()

    def _apply_fit(self) -> None:
        if not self._page_rects or self._fit_mode is None:
            return
        page = self._page_rects[0]
        available = self.viewport().size()
        width_scale = (available.width() - 2 * PAGE_GAP) / max(page.width(), 1.0)
        if self._fit_mode == "width":
            self._set_scale(width_scale)
        else:
            self._set_scale(min(width_scale, (available.height() - 2 * PAGE_GAP) / max(page.height(), 1.0)))

    def _set_scale(self, zoom: float) -> None:
        zoom = min(max(zoom, MIN_ZOOM), MAX_ZOOM)
        self._zoom = zoom
        self.resetTransform()
        self.scale(zoom, zoom)
        self._render_visible()

    # -- rendering --------------------------------------------------------------------------

    def visible_pages(self) -> list[int]:
        """Pages intersecting the viewport."""
        area = self.mapToScene(self.viewport().rect()).boundingRect()
        return [n for n, rect in enumerate(self._page_rects) if rect.intersects(area)]

    def _render_visible(self) -> None:
        if self._doc is None:
            return
        ratio = self.devicePixelRatioF()
        scale = round(self._zoom * ratio, 2)
        for number in self.visible_pages():
            item = self._pages[number]
            key = (number, scale)
            pixmap = self._cache.get(key)
            if pixmap is None:
                pixmap = self._render_page(number, scale, ratio)
                self._cache[key] = pixmap
                while len(self._cache) > CACHE_PAGES:
                    self._cache.popitem(last=False)
            else:
                self._cache.move_to_end(key)
            if item.pixmap().cacheKey() != pixmap.cacheKey():
                item.setPixmap(pixmap)
                item.setScale(ratio / scale)  # pixmap pixels back to page points

    def _render_page(self, number: int, scale: float, ratio: float) -> QPixmap:
        assert self._doc is not None
        pix = self._doc[number].get_pixmap(matrix=pymupdf.Matrix(scale, scale), alpha=False)
        image = QImage(pix.samples, pix.width, pix.height, pix.stride, QImage.Format.Format_RGB888).copy()
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(ratio)
        return pixmap

    # -- events -----------------------------------------------------------------------------

    def _on_scrolled(self, _value: int = 0) -> None:
        self._render_visible()
        area = self.mapToScene(self.viewport().rect()).boundingRect()
        top = next((n for n, r in enumerate(self._page_rects) if r.bottom() >= area.top()), 0)
        if top != self._current_page and self._page_rects:
            self._current_page = top
            self.page_changed.emit(top, len(self._page_rects))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._apply_fit()
        self._render_visible()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt API
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(1.15 if event.angleDelta().y() > 0 else 1 / 1.15)
            event.accept()
            return
        super().wheelEvent(event)
