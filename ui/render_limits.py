"""How much of a page to render: the pixmap stays bounded whatever the page size and zoom.

A page whose whole pixmap fits the bounds is rendered whole (and cached, so scrolling is free).
A bigger one (a page of 10^6 points, or a large page at the highest zoom) is rendered as one tile:
the part in view with a margin around it, at the zoom asked for; a tile still too big (the view
itself is larger than the bounds at this zoom) is scaled down. A page that MuPDF cannot render
stays blank instead of raising on every paint.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass

import pymupdf
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QImage, QPixmap

log = logging.getLogger(__name__)

MAX_PIXMAP_SIDE = 8_192  # pixels along either side of one page's pixmap
MAX_PIXMAP_PIXELS = 24_000_000  # pixels in it (72 MB as RGB)
TILE_MARGIN = 0.5  # a tile reaches this many view sizes past the view on each side, so scrolling reuses it

Clip = tuple[float, float, float, float]  # x0, y0, x1, y1 in page points


@dataclass(frozen=True)
class RenderPlan:
    """Render at *scale* pixels per point the whole page (*clip* None) or only *clip*."""

    scale: float
    clip: Clip | None = None

    def covers(self, visible: QRectF) -> bool:
        """Whether this plan's pixels include the *visible* part of the page (page points)."""
        if self.clip is None:
            return True
        x0, y0, x1, y1 = self.clip
        return x0 <= visible.left() and y0 <= visible.top() and visible.right() <= x1 and visible.bottom() <= y1


def fits(width: float, height: float, scale: float) -> bool:
    """Whether a width × height points area at *scale* makes a pixmap within the bounds."""
    w, h = math.ceil(width * scale), math.ceil(height * scale)
    return max(w, h) <= MAX_PIXMAP_SIDE and w * h <= MAX_PIXMAP_PIXELS


def plan_render(page: QRectF, scale: float, visible: QRectF, current: RenderPlan | None = None) -> RenderPlan:
    """What to render of a *page* (its size in points) at *scale* when *visible* (page points) is in view.

    *current* is the plan whose pixels are shown now: kept while it still covers the view.
    """
    if fits(page.width(), page.height(), scale):
        return RenderPlan(scale)
    if current is not None and current.scale == scale and current.covers(visible):
        return current
    mx, my = visible.width() * TILE_MARGIN, visible.height() * TILE_MARGIN
    tile = visible.adjusted(-mx, -my, mx, my).intersected(QRectF(0, 0, page.width(), page.height()))
    if not fits(tile.width(), tile.height(), scale):
        tile = visible.intersected(QRectF(0, 0, page.width(), page.height()))
    clip = (tile.left(), tile.top(), tile.right(), tile.bottom())
    if fits(tile.width(), tile.height(), scale):
        return RenderPlan(scale, clip)
    width, height = max(tile.width(), 1.0), max(tile.height(), 1.0)
    smaller = min(MAX_PIXMAP_SIDE / width, MAX_PIXMAP_SIDE / height, math.sqrt(MAX_PIXMAP_PIXELS / (width * height)))
    return RenderPlan(smaller * 0.999, clip)  # just under: rounding up a side must not cross the bound


def render(page: pymupdf.Page, plan: RenderPlan, ratio: float) -> tuple[QPixmap, QPointF] | None:
    """The pixmap of *plan* and where its top-left sits on the page (points); None if MuPDF fails."""
    clip = None if plan.clip is None else pymupdf.Rect(plan.clip)
    try:
        pix = page.get_pixmap(matrix=pymupdf.Matrix(plan.scale, plan.scale), clip=clip, alpha=False)
    except (RuntimeError, ValueError, MemoryError, pymupdf.mupdf.FzErrorBase) as error:
        log.warning("page %d cannot be rendered at %.3f: %s", page.number, plan.scale, error)
        return None
    image = QImage(pix.samples, pix.width, pix.height, pix.stride, QImage.Format.Format_RGB888).copy()
    pixmap = QPixmap.fromImage(image)
    pixmap.setDevicePixelRatio(ratio)
    return pixmap, QPointF(pix.x / plan.scale, pix.y / plan.scale)
