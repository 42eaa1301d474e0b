"""Remove from Library is an undo step: Del removes without a question, Ctrl+Z brings the whole review back."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from ui.main_window import MainWindow

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
LINES = ["张伟 算法工程师", "清华大学 计算机科学 博士", "负责大模型预训练"]


def _review(window: MainWindow, cid: int) -> tuple[object, ...]:
    library = window.library
    return (
        library.summaries([cid]),
        library.review(cid),
        [(h.id, h.text, h.note, h.color) for h in library.highlights(cid)],
        [(t.tag.name, t.evidence) for t in library.candidate_tags(cid)],
        [(r.area_key, r.value, r.comment, r.evidence) for r in library.ratings(cid)],
        [d.file_name for d in library.documents(cid)],
    )


def test_delete_removes_at_once_and_ctrl_z_restores_everything(
    window: MainWindow, qtbot: QtBot, add_pdf_candidate: Callable[..., int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: pytest.fail("removing asks no question: it can be undone"))
    first = add_pdf_candidate([LINES], "first.pdf")
    removed = add_pdf_candidate([LINES[::-1]], "second.pdf")
    last = add_pdf_candidate([["李娜 数据工程师"]], "third.pdf")
    window.select_candidate(removed)
    view = window.document_view
    assert view.select_text_at(0, (60, 86, 580, 88)) is not None
    highlight = window.highlights.create_from_selection()
    assert highlight is not None
    window.highlights.set_note(highlight, "核实论文")
    window.library_model.add_candidate_tag(removed, "大模型", "strength", [highlight])
    area = window.library.candidate_rubric(removed).areas[0]
    window.library_model.set_rating(removed, area.id, 4)
    window.library_model.set_summary(removed, "进面试")
    window.set_status([removed], "interview")
    before, row = _review(window, removed), window.shell.row_in_view(removed)
    steps = window.undo_stack.count()

    window.activateWindow()
    window.candidate_list.setFocus()
    qtbot.keyClick(window.candidate_list, Qt.Key.Key_Delete)
    assert window.library.candidate_ids() == [first, last] and window.model.row_of(removed) is None
    assert window.candidate_id == last  # the next row took its place
    assert window.statusBar().currentMessage().startswith("Removed second — Undo (Ctrl+Z)")
    assert window.undo_stack.count() == steps + 1 and window.undo_stack.undoText() == "Remove second"

    qtbot.keyClick(window.candidate_list, Qt.Key.Key_Z, CTRL)
    assert _review(window, removed) == before
    assert window.candidate_id == removed and window.shell.row_in_view(removed) == row
    assert window.statusBar().currentMessage() == ""
    assert [h.note for h in window.library.highlights(removed)] == ["核实论文"]
    assert window.highlights.panel.isEnabled() and highlight in view.highlight_ids()

    qtbot.keyClick(window.candidate_list, Qt.Key.Key_Z, CTRL | SHIFT)  # redo removes again
    assert window.library.candidate_ids() == [first, last]
    qtbot.keyClick(window.candidate_list, Qt.Key.Key_Z, CTRL)
    window.undo_stack.undo()  # and the steps before the removal still undo: the status goes back
    assert window.library.summaries([removed])[0].status != "interview"


def test_undo_after_an_import_took_the_ids_brings_the_review_back_under_a_new_number(
    window: MainWindow, qtbot: QtBot, add_pdf_candidate: Callable[..., int]
) -> None:
    add_pdf_candidate([LINES], "first.pdf")
    removed = add_pdf_candidate([["李娜 数据工程师"]], "second.pdf")
    window.library_model.set_summary(removed, "进面试")
    window.removal.remove_selected()
    taker = add_pdf_candidate([["王芳 研究员"]], "third.pdf")
    assert taker == removed
    window.undo_stack.undo()
    [back] = [cid for cid in window.library.candidate_ids() if window.library.review(cid).summary == "进面试"]
    assert back != taker and window.candidate_id == back
    qtbot.waitUntil(lambda: window.undo_stack.count() == 0)  # older steps might name the newcomer
    assert "new numbers" in window.statusBar().currentMessage()
