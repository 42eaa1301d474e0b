"""Reading a résumé: the keys that move through it, a resize that keeps the passage, zoom and place remembered, notes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ui.main_window import MainWindow

PAGES = [[f"第 {page + 1} 页 第 {line + 1} 行 负责大模型预训练" for line in range(40)] for page in range(8)]


def _top(window: MainWindow) -> float:
    return window.document_view.mapToScene(0, 0).y()


def test_home_end_page_keys_and_space_move_through_the_document(window: MainWindow, qtbot: QtBot, add_pdf_candidate) -> None:  # type: ignore[no-untyped-def]
    add_pdf_candidate(PAGES)
    view = window.document_view
    view.setFocus()
    bar = view.verticalScrollBar()
    start = bar.value()
    assert bar.maximum() > 4 * bar.pageStep()  # room for the steps below
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    after_page = bar.value()
    assert after_page > start
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert abs((bar.value() - after_page) - (after_page - start)) < 0.05 * (after_page - start)  # Space pages like PgDn
    qtbot.keyClick(view, Qt.Key.Key_Space, Qt.KeyboardModifier.ShiftModifier)
    assert abs(bar.value() - after_page) < 0.05 * (after_page - start)
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert bar.value() == bar.maximum() and view.current_page() == 7
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert bar.value() == bar.minimum() and view.current_page() == 0


def test_resizing_keeps_the_passage_read_at_the_top(window: MainWindow, qtbot: QtBot, add_pdf_candidate) -> None:  # type: ignore[no-untyped-def]
    add_pdf_candidate(PAGES)
    view = window.document_view
    view.scroll_to(1, (72, 400, 300, 420))
    before = _top(window)
    window.resize(window.width() - 300, window.height())
    qtbot.waitUntil(lambda: abs(_top(window) - before) < 2)
    window.resize(window.width() + 500, window.height())
    qtbot.waitUntil(lambda: abs(_top(window) - before) < 2)


def test_zoom_and_the_candidate_shown_come_back_with_the_library(
    window: MainWindow, reopen: Callable[[MainWindow], MainWindow], add_pdf_candidate  # type: ignore[no-untyped-def]
) -> None:
    first = add_pdf_candidate(PAGES[:1], "first.pdf")
    shown = add_pdf_candidate([["王芳 研究员"]], "second.pdf")
    assert window.candidate_id == shown != first
    window.action_zoom_in.trigger()
    zoom = window.document_view.zoom()
    again = reopen(window)
    assert again.candidate_id == shown
    assert abs(again.document_view.zoom() - zoom) < 0.01
    again.action_fit_page.trigger()
    again = reopen(again)
    assert again.document_view.zoom_setting() == "page"


def test_a_highlight_note_shows_as_a_tooltip_on_the_page(window: MainWindow, qtbot: QtBot, add_pdf_candidate) -> None:  # type: ignore[no-untyped-def]
    add_pdf_candidate(PAGES[:1])
    view = window.document_view
    selection = view.select_text_at(0, (60, 86, 580, 88))
    assert selection is not None
    window.highlights.action_highlight.trigger()
    highlight = window.library.highlights(window.candidate_id)[0]
    assert [i for i in view.items() if i.toolTip()] == []  # no note, no tooltip
    window.library_model.update_highlight(window.candidate_id, highlight.id, note="check the dates with the referee")
    assert {i.toolTip() for i in view.items() if i.toolTip()} == {"check the dates with the referee"}
    [note] = [i for i in view.items() if i.data(0) == "marginNote"]  # a tab on the page's edge, level with the passage
    page, passage = view.page_rect(0), view.to_scene(0, highlight.rects[0])
    assert note.scenePos().x() < page.right() < note.sceneBoundingRect().right()
    assert note.scenePos().y() == passage.top()
    window.library_model.update_highlight(window.candidate_id, highlight.id, note="<b>dates</b>")
    assert {i.toolTip() for i in view.items() if i.toolTip()} == {"<p>&lt;b&gt;dates&lt;/b&gt;</p>"}  # shown literally
