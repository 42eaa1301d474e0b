"""Reading a résumé: the keys that move through it, a resize that keeps the passage, zoom and place remembered, notes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, Qt
from pytestqt.qtbot import QtBot

from storage.importer import import_file
from tests.fixtures import sample_path
from ui.main_window import MainWindow
from ui.page_fit import body_size

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
    [note] = [i for i in view.items() if i.data(0) == "marginNote"]  # a tab right of the text, level with the passage
    passage = view.to_scene(0, highlight.rects[0])
    assert max(t.rect[2] for t in view.tokens(0)) <= note.scenePos().x() <= view.content_span[1] - note.rect().width()
    assert note.scenePos().y() == passage.top()
    window.library_model.update_highlight(window.candidate_id, highlight.id, note="<b>dates</b>")
    assert {i.toolTip() for i in view.items() if i.toolTip()} == {"<p>&lt;b&gt;dates&lt;/b&gt;</p>"}  # shown literally


READABLE_PX = 11.0  # Chinese body text below this is a strain to read


def test_the_first_page_of_a_chinese_resume_is_readable_at_1280_by_800(window: MainWindow, qtbot: QtBot) -> None:
    window.resize(1280, 800)
    window.reset_pane_widths()  # the first-run layout
    qtbot.waitUntil(lambda: window.width() == 1280)
    outcome = import_file(window.library, sample_path("zh_phd"))
    assert outcome.candidate_id
    window.refresh_candidates([outcome.candidate_id])
    window.select_candidate(outcome.candidate_id)
    view = window.document_view
    page = view.fitz_document[0]
    chinese = [t for t in view.tokens(0) if "\u4e00" <= t.text[:1] <= "\u9fff"]
    size = body_size(page)
    assert 9 <= size <= 10 and len(chinese) > 100  # a résumé set in small type, mostly Chinese
    scale = view.transform().m11()  # screen pixels per page point
    assert size * scale >= READABLE_PX, f"body text {size * scale:.1f} px tall (zoom {scale:.3f})"
    # Nothing the page prints is cut off: the right-aligned dates end inside the pane, no sideways scrolling.
    right = max(t.rect[2] for t in view.tokens(0))
    assert view.mapFromScene(QPointF(right, 0)).x() < view.viewport().width()
    assert view.mapFromScene(QPointF(min(t.rect[0] for t in view.tokens(0)), 0)).x() >= 0
    assert view.horizontalScrollBar().maximum() == 0
