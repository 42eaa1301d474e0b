"""The document pane as a reviewer uses it: select and copy words, the context menu, find, provenance flashes."""

from __future__ import annotations

import statistics
import time

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QAction, QGuiApplication, QWheelEvent
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from ui.document_view import DocumentView
from ui.main_window import MainWindow

ENGLISH = ["Jane Doe Senior Engineer", "Built PyTorch models for search", "Mentored PyTorch users weekly"]
CHINESE = ["张伟 算法工程师", "负责深度学习模型训练", "熟悉 PyTorch 与深度学习框架"]


def word_point(view: DocumentView, page: int, word: str, *, end: bool = False) -> QPoint:
    """The viewport point at the start (or end) of the first token that is *word*."""
    token = next(t for t in view.tokens(page) if t.text == word)
    x0, y0, x1, y1 = token.rect
    x = x1 - 1 if end else x0 + 1
    return view.mapFromScene(view.to_scene(page, (x, y0, x, y1)).center())


def drag(qtbot: QtBot, view: DocumentView, start: QPoint, end: QPoint) -> None:
    viewport = view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(viewport, pos=(start + end) / 2)
    qtbot.mouseMove(viewport, pos=end)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)


def test_dragging_selects_words_in_reading_order_and_ctrl_c_copies(window: MainWindow, qtbot: QtBot, add_pdf_candidate) -> None:  # type: ignore[no-untyped-def]
    add_pdf_candidate([ENGLISH])
    view = window.document_view
    with qtbot.waitSignal(view.selection_changed):
        drag(qtbot, view, word_point(view, 0, "Senior"), word_point(view, 0, "PyTorch", end=True))
    selection = view.selection()
    assert selection is not None
    assert selection.page == 0
    assert selection.text == "Senior Engineer\nBuilt PyTorch"
    assert len(selection.rects) == 2  # one rectangle per line
    assert window.highlights.action_highlight.isEnabled()

    QGuiApplication.clipboard().clear()
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "Senior Engineer\nBuilt PyTorch"

    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=word_point(view, 0, "Jane"))
    assert view.selection() is None


def test_dragging_backwards_selects_the_same_words(window: MainWindow, qtbot: QtBot, add_pdf_candidate) -> None:  # type: ignore[no-untyped-def]
    add_pdf_candidate([ENGLISH])
    view = window.document_view
    drag(qtbot, view, word_point(view, 0, "models", end=True), word_point(view, 0, "Engineer"))
    assert view.selection() is not None
    assert view.selection().text == "Engineer\nBuilt PyTorch models"


def test_dragging_past_the_bottom_edge_scrolls_and_keeps_selecting(window: MainWindow, qtbot: QtBot, add_pdf_candidate) -> None:  # type: ignore[no-untyped-def]
    add_pdf_candidate([ENGLISH * 12])
    view = window.document_view
    view.set_zoom(3.0)
    view.verticalScrollBar().setValue(0)
    viewport = view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=word_point(view, 0, "Jane"))
    below = QPoint(viewport.width() // 2, viewport.height() + 40)
    qtbot.mouseMove(viewport, pos=below)
    selected_before = len(view.selection().text)
    qtbot.waitUntil(lambda: view.verticalScrollBar().value() > 200, timeout=3000)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=below)
    assert len(view.selection().text) > selected_before
    assert view.selection().text.startswith("Jane Doe")
    value = view.verticalScrollBar().value()
    qtbot.wait(100)
    assert view.verticalScrollBar().value() == value  # releasing stops the scrolling


def test_ctrl_wheel_zooms_and_fit_width_fits(window: MainWindow, qtbot: QtBot, add_pdf_candidate) -> None:  # type: ignore[no-untyped-def]
    add_pdf_candidate([ENGLISH])
    view = window.document_view
    fitted = view.zoom()
    left, right = view.content_span  # what the page prints, not its empty margins
    assert 0 < left <= min(t.rect[0] for t in view.tokens(0)) and max(t.rect[2] for t in view.tokens(0)) <= right < view.page_rect(0).right()
    assert abs((right - left) * fitted - view.viewport().width()) < 2
    center = QPointF(view.viewport().rect().center())
    wheel = QWheelEvent(
        center, view.viewport().mapToGlobal(center), QPoint(), QPoint(0, 120), Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase, False,
    )
    QApplication.sendEvent(view.viewport(), wheel)
    assert view.zoom() > fitted
    window.findChild(QAction, "actionFitWidth").trigger()
    assert view.zoom() == fitted


def test_chinese_is_selected_by_character_and_double_click_takes_the_phrase(window: MainWindow, qtbot: QtBot, add_pdf_candidate) -> None:  # type: ignore[no-untyped-def]
    add_pdf_candidate([CHINESE])
    view = window.document_view
    drag(qtbot, view, word_point(view, 0, "深"), word_point(view, 0, "习", end=True))
    assert view.selection() is not None
    assert view.selection().text == "深度学习"

    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=word_point(view, 0, "算"))
    assert view.selection().text == "算法工程师"
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=word_point(view, 0, "PyTorch"))
    assert view.selection().text == "PyTorch"


def test_context_menu_offers_copy_and_lets_features_add_actions(window: MainWindow, qtbot: QtBot, add_pdf_candidate) -> None:  # type: ignore[no-untyped-def]
    add_pdf_candidate([ENGLISH])
    view = window.document_view
    selection = view.select_text_at(0, (70, 80, 500, 90))
    assert selection is not None and selection.text == "Jane Doe Senior Engineer"
    added: list[QMenu] = []
    view.context_menu_about_to_show.connect(lambda menu: (added.append(menu), menu.addAction("Use as → Name")))

    menu = view.build_context_menu(view.to_scene(0, selection.rects[0]).center())
    assert menu.objectName() == "documentContextMenu"
    assert added == [menu]
    texts = [a.text().replace("&", "") for a in menu.actions()]
    assert texts[0] == "Copy" and "Highlight" in texts and texts[-1] == "Use as → Name"
    QGuiApplication.clipboard().clear()
    menu.actions()[0].trigger()
    assert QGuiApplication.clipboard().text() == "Jane Doe Senior Engineer"
    assert view.context_position() is not None and view.context_position()[0] == 0

    view.clear_selection()
    menu = view.build_context_menu(view.to_scene(0, selection.rects[0]).center())
    assert not menu.actions()[0].isEnabled()
    assert "Highlight" not in [a.text().replace("&", "") for a in menu.actions()]


def test_find_marks_every_hit_and_steps_through_them(window: MainWindow, qtbot: QtBot, add_pdf_candidate) -> None:  # type: ignore[no-untyped-def]
    add_pdf_candidate([ENGLISH, CHINESE])
    bar = window.find_bar
    window.findChild(QAction, "actionFindInDocument").trigger()
    assert bar.isVisible() and bar.input.hasFocus()
    assert window.document_view.viewport().geometry().top() >= bar.height()  # the bar sits above the pages

    qtbot.keyClicks(bar.input, "pytorch")
    assert len(bar.hits()) == 3
    assert bar.count_text() == "1 of 3"
    qtbot.keyClick(bar.input, Qt.Key.Key_Return)
    assert bar.count_text() == "2 of 3"
    qtbot.keyClick(bar.input, Qt.Key.Key_Return)
    assert bar.current() == 2 and bar.hits()[2][0] == 1  # the third hit is on page 2
    assert 1 in window.document_view.visible_pages()
    qtbot.keyClick(bar.input, Qt.Key.Key_Return)
    assert bar.count_text() == "1 of 3"  # wraps around
    qtbot.keyClick(bar.input, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert bar.count_text() == "3 of 3"
    window.findChild(QAction, "actionFindNext").trigger()
    assert bar.count_text() == "1 of 3"

    bar.input.clear()
    bar.input.insert("深度学习")  # what an input method commits (QTest can only type ASCII)
    assert [page for page, _ in bar.hits()] == [1, 1]
    assert bar.count_text() == "1 of 2"
    bar.input.insert("不存在")
    assert bar.count_text() == "No matches"

    qtbot.keyClick(bar.input, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert window.document_view.viewport().geometry().top() == window.document_view.frameWidth()


def test_flash_sources_scrolls_to_the_source_and_fades(window: MainWindow, qtbot: QtBot, add_pdf_candidate) -> None:  # type: ignore[no-untyped-def]
    add_pdf_candidate([ENGLISH, CHINESE])
    view = window.document_view
    assert view.visible_pages()[0] == 0
    rect = next(t.rect for t in view.tokens(1) if t.text == "负")
    view.flash_sources([{"page": 1, "rect": list(rect)}, {"page": 9, "rect": [0, 0, 1, 1]}])
    assert view.is_flashing()
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.contains(view.to_scene(1, rect))
    assert view.current_page() == 1
    assert window.page_label.text() == "Page 2 of 2"
    qtbot.waitUntil(lambda: not view.is_flashing(), timeout=3000)


def test_switching_documents_shows_the_first_page_within_100_ms(window: MainWindow, qtbot: QtBot, add_pdf_candidate) -> None:  # type: ignore[no-untyped-def]
    first = add_pdf_candidate([ENGLISH * 12, CHINESE * 12, ENGLISH], name="a.pdf")
    second = add_pdf_candidate([CHINESE * 12, ENGLISH * 12, CHINESE], name="b.pdf")
    view = window.document_view
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    records = [window.library.document(first), window.library.document(second)]
    timings = []
    for record in records * 4:
        start = time.perf_counter()
        view.set_document(record)  # the document pane's share of a candidate switch
        qtbot.wait(0)  # let the first page paint
        timings.append(time.perf_counter() - start)
        assert view.is_rendered(0) and not view.is_rendered(2)  # only pages in view are rendered
    assert statistics.median(timings) < 0.1, timings
