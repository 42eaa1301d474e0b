"""Any page at any zoom shows something: the pixmap is bounded (a tile of the visible part, or scaled down)."""

from __future__ import annotations

import pymupdf
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from tests.conftest import store_pdf_candidate
from ui.document_view import MAX_ZOOM, DocumentView
from ui.main_window import MainWindow
from ui.render_limits import MAX_PIXMAP_PIXELS, MAX_PIXMAP_SIDE


def _page_pdf(width: float, height: float, marks: list[tuple[float, float]]) -> bytes:
    """One page of this size (points) with a large black square at each mark."""
    document = pymupdf.open()
    page = document.new_page(width=width, height=height)
    for x, y in marks:
        page.draw_rect(pymupdf.Rect(x, y, x + 300, y + 300), color=(0, 0, 0), fill=(0, 0, 0))
    return document.tobytes()


def _show(window: MainWindow, pdf: bytes) -> DocumentView:
    cid = store_pdf_candidate(window.library, pdf, {"basics": {"name": "Huge Page"}})
    window.reload_candidates()
    assert window.select_candidate(cid)
    return window.document_view


def _dark_pixels(view: DocumentView) -> int:
    image = view.viewport().grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    return sum(1 for y in range(0, image.height(), 4) for x in range(0, image.width(), 4) if image.pixelColor(x, y).value() < 60)


def _bounded(view: DocumentView) -> bool:
    pixmap = view._pages[0].pixmap()
    return max(pixmap.width(), pixmap.height()) <= MAX_PIXMAP_SIDE and pixmap.width() * pixmap.height() <= MAX_PIXMAP_PIXELS


def test_a_page_of_a_million_points_square_shows_its_corner_and_scrolls(window: MainWindow, qtbot: QtBot) -> None:
    view = _show(window, _page_pdf(1e6, 1e6, [(20, 20), (1e6 - 2_000, 1e6 - 2_000)]))
    qtbot.waitUntil(lambda: view.is_rendered(0))
    assert _bounded(view)
    assert _dark_pixels(view) > 50  # the square in the top-left corner
    view.scroll_to(0, (1e6 - 2_000, 1e6 - 2_000, 1e6 - 1_700, 1e6 - 1_700))
    qtbot.wait(50)
    assert _bounded(view)
    assert _dark_pixels(view) > 50  # the square at the far corner


def test_the_largest_pdf_page_at_the_highest_zoom_shows_what_is_in_view(window: MainWindow, qtbot: QtBot) -> None:
    view = _show(window, _page_pdf(14_400, 14_400, [(7_000, 7_000)]))
    view.set_zoom(MAX_ZOOM)
    view.scroll_to(0, (7_000, 7_000, 7_300, 7_300))
    qtbot.waitUntil(lambda: view.is_rendered(0))
    assert _bounded(view)
    assert _dark_pixels(view) > 50
    view.set_zoom(1.0)  # back to a whole-page pixmap once it fits again
    view.fit_page()
    assert _bounded(view)
    assert _dark_pixels(view) > 0
