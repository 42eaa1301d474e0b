"""Notes beside the page: level with their passage, never over the text or each other, cut short, plain, clickable."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtWidgets import QGraphicsPathItem
from pytestqt.qtbot import QtBot

from ui.main_window import MainWindow
from ui.margin_notes import NOTE_LINES, NoteCard

# Right-aligned dates on the lines, as résumés print them: the notes must never cover them.
LINES = [f"第 {n + 1} 行 负责大模型预训练与数据配比实验，训练稳定性        2021.9 - 至今" for n in range(30)]
LONG = "核实：" + "这段实习的训练规模与论文中的描述是否一致，需要和推荐人确认具体的数据配比实验由谁负责。" * 3


def _highlight(window: MainWindow, line: int, note: str) -> int:
    view = window.document_view
    y = 90 + 18 * line - 4
    assert view.select_text_at(0, (70, y, 200, y + 1)) is not None
    highlight = window.highlights.create_from_selection()
    assert highlight is not None
    window.highlights.set_note(highlight, note)
    return highlight


def _on_screen(window: MainWindow, card: NoteCard) -> QRectF:
    top_left = window.document_view.mapFromScene(card.scenePos())
    return QRectF(QPointF(top_left), card.boundingRect().size())


def _wide(window: MainWindow, qtbot: QtBot) -> None:
    window.resize(1600, 900)
    window.reset_pane_widths()
    qtbot.waitUntil(lambda: window.width() == 1600)


def test_notes_stand_beside_the_page_level_with_their_passage_and_never_overlap(
    window: MainWindow, qtbot: QtBot, add_pdf_candidate: Callable[..., int]
) -> None:
    _wide(window, qtbot)
    add_pdf_candidate([LINES])
    ids = [_highlight(window, 3, "一作？"), _highlight(window, 4, LONG), _highlight(window, 5, "<b>dates</b> & co")]
    _highlight(window, 10, "")  # a highlight without a note has no card
    notes = window.highlights.margin_notes
    qtbot.waitUntil(notes.is_shown)
    view = window.document_view
    cards = notes.notes()
    assert [c.highlight_id for c in cards] == ids
    boxes = [_on_screen(window, c) for c in cards]
    text_right = view.mapFromScene(QPointF(max(t.rect[2] for t in view.tokens(0)), 0)).x()
    for box, card in zip(boxes, cards, strict=True):
        assert text_right < box.left() and box.right() <= view.viewport().width()  # beside the text, in view
        [passage] = [h for h in window.library.highlights(window.candidate_id) if h.id == card.highlight_id]
        assert box.top() >= view.mapFromScene(view.to_scene(0, passage.rects[0]).topLeft()).y() - 1
    first_passage = window.library.highlights(window.candidate_id)[0]
    assert abs(boxes[0].top() - view.mapFromScene(view.to_scene(0, first_passage.rects[0]).topLeft()).y()) <= 1
    assert all(a.bottom() <= b.top() for a, b in zip(boxes, boxes[1:], strict=False))  # stacked, never overlapping
    assert len(cards[1].lines) == NOTE_LINES and cards[1].lines[-1].endswith("…")
    assert cards[1].toolTip() == LONG
    assert "".join(cards[2].lines) == "<b>dates</b> & co"  # shown as typed, never as markup
    leaders = [i.path() for i in view.items() if isinstance(i, QGraphicsPathItem)]
    assert len(leaders) == 3  # each from under its passage's end to its note's edge
    assert sorted(round(p.elementAt(p.elementCount() - 1).x, 3) for p in leaders) == [round(cards[0].scenePos().x(), 3)] * 3
    assert [i for i in view.items() if i.data(0) == "marginNote" and i.isVisible()] == []  # the ✎ tabs give way


def test_clicking_a_note_selects_its_highlight(window: MainWindow, qtbot: QtBot, add_pdf_candidate: Callable[..., int]) -> None:
    _wide(window, qtbot)
    add_pdf_candidate([LINES])
    _highlight(window, 2, "first")
    second = _highlight(window, 20, "second")
    notes = window.highlights.margin_notes
    qtbot.waitUntil(notes.is_shown)
    card = notes.notes()[1]
    window.document_view.centerOn(card.scenePos())
    qtbot.mouseClick(window.document_view.viewport(), Qt.MouseButton.LeftButton, pos=_on_screen(window, card).center().toPoint())
    current = window.highlights.list.currentIndex()
    assert current.isValid() and window.highlights.model.records()[window.highlights.panel.proxy.mapToSource(current).row()].id == second


def test_a_narrow_pane_keeps_the_tabs_and_the_view_menu_turns_the_notes_off(
    window: MainWindow, qtbot: QtBot, add_pdf_candidate: Callable[..., int], reopen: Callable[[MainWindow], MainWindow]
) -> None:
    window.resize(1280, 800)
    window.reset_pane_widths()
    qtbot.waitUntil(lambda: window.width() == 1280)
    add_pdf_candidate([LINES])
    _highlight(window, 3, "一作？")
    notes = window.highlights.margin_notes
    tabs = [i for i in window.document_view.items() if i.data(0) == "marginNote"]
    assert not notes.is_shown() and len(tabs) == 1 and tabs[0].isVisible()  # the text would shrink below 11 px
    sizes = window.splitter.sizes()
    window.splitter.setSizes([0, sizes[0] + sizes[1], sizes[2]])  # the list shut against the edge
    qtbot.waitUntil(notes.is_shown)
    window.action_zoom_in.trigger()  # a chosen zoom: the column shows while it fits beside the page
    window.action_zoom_in.trigger()
    assert not notes.is_shown()
    window.action_fit_width.trigger()
    assert notes.is_shown()
    window.highlights.action_margin_notes.trigger()
    assert not notes.is_shown()
    again = reopen(window)
    assert not again.highlights.action_margin_notes.isChecked()
