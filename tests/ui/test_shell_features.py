"""Features on a Shell alone (no main window): review typing, highlights, profile and compare work through it."""

from __future__ import annotations

import statistics
import time

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from tests.conftest import line_pdf, make_profile, store_pdf_candidate
from ui import compare_feature, highlights, profile_editor, review_feature
from ui.shell import Shell

KEY_BUDGET_S = 0.005


def _candidate(shell: Shell, text: str = "Wang Fang research engineer", name: str = "王芳") -> int:
    cid = store_pdf_candidate(shell.library, line_pdf(text), make_profile(name), text=text)
    shell.library_model.announce_imported([cid])
    return cid


def _compose(widget: QLineEdit | QPlainTextEdit, preedit: str, commit: str) -> None:
    """What an input method sends: the composition shown, then the chosen characters."""
    QApplication.sendEvent(widget, QInputMethodEvent(preedit, []))
    done = QInputMethodEvent("", [])
    done.setCommitString(commit)
    QApplication.sendEvent(widget, done)


def _type(widget: QLineEdit | QPlainTextEdit, text: str) -> list[float]:
    """Type *text* key by key; the seconds each key took."""
    took = []
    for char in text:
        started = time.perf_counter()
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))
        took.append(time.perf_counter() - started)
    return took


def test_summary_typing_is_cheap_saved_at_a_pause_one_step_each_and_keeps_composed_chinese(
    shell: Shell, qtbot: QtBot
) -> None:
    feature = review_feature.install(shell)
    cid = _candidate(shell)
    shell.show_candidate(cid)
    summary = feature.panel.summary
    assert summary.objectName() == "reviewSummary"
    summary.setFocus()
    took = _type(summary, "Strong ")
    assert statistics.median(took) < KEY_BUDGET_S
    assert shell.library.review(cid).summary == ""  # nothing written per key
    _compose(summary, "xitong", "系统")
    assert summary.toPlainText() == "Strong 系统"
    qtbot.waitUntil(lambda: shell.library.review(cid).summary == "Strong 系统")  # the pause saved it
    _compose(summary, "gong", "功底")  # the next pause is the next undo step
    qtbot.waitUntil(lambda: shell.library.review(cid).summary == "Strong 系统功底")
    assert summary.toPlainText() == "Strong 系统功底" and shell.undo_stack.count() == 2
    shell.undo_stack.undo()
    assert shell.library.review(cid).summary == summary.toPlainText() == "Strong 系统"


def test_a_rating_comment_being_composed_survives_a_reload_and_is_saved_for_its_candidate(
    shell: Shell, qtbot: QtBot
) -> None:
    feature = review_feature.install(shell)
    first, second = _candidate(shell), _candidate(shell, "Li Lei systems engineer", "李雷")
    shell.show_candidate(first)
    widget = next(iter(feature.panel.areas.values()))
    widget.comment.setFocus()
    _compose(widget.comment, "lunwen", "论文")
    QApplication.sendEvent(widget.comment, QInputMethodEvent("shao", []))  # still composing…
    feature.reload()  # …while the review is read again (another view's change)
    assert widget.comment.text() == "论文"
    shell.show_candidate(second)  # switching saves what was typed, for the candidate it was typed for
    [rating] = [r for r in shell.library.ratings(first) if r.area_id == widget.area.id]
    assert rating.comment == "论文"
    assert all(not r.comment for r in shell.library.ratings(second))


def test_highlights_on_the_shell(shell: Shell) -> None:
    feature = highlights.install(shell)
    cid = _candidate(shell)
    shell.show_candidate(cid)
    assert shell.document_view.select_text_at(0, (60, 60, 580, 76)) is not None
    highlight_id = feature.create_from_selection()
    assert [h.id for h in shell.library.highlights(cid)] == [highlight_id]
    assert shell.document_view.highlight_ids() == [highlight_id]
    shell.undo_stack.undo()
    assert shell.library.highlights(cid) == [] and shell.document_view.highlight_ids() == []


def test_profile_edits_on_the_shell(shell: Shell, qtbot: QtBot) -> None:
    feature = profile_editor.install(shell)
    cid = _candidate(shell)
    shell.show_candidate(cid)
    field = feature.editor.field(("basics", "label"))
    assert field is not None and isinstance(field.widget, QLineEdit)
    field.widget.setFocus()
    _compose(field.widget, "gongchengshi", "工程师")
    feature.editor.commit_pending()
    assert shell.library.profile(cid)["basics"]["label"] == "工程师" == field.widget.text()
    shell.undo_stack.undo()
    assert "label" not in shell.library.profile(cid)["basics"] and field.widget.text() == ""


def test_compare_on_the_shell(shell: Shell) -> None:
    feature = compare_feature.install(shell)
    left, right = _candidate(shell), _candidate(shell, "Li Lei systems engineer", "李雷")
    feature.open(left, right)
    assert feature.is_open() and feature.shown_pair() == (left, right)
    area = shell.library.candidate_rubric(right).areas[0]
    feature.view.rating_chosen.emit(right, area.id, 3)
    assert next(r.value for r in shell.library.ratings(right) if r.area_id == area.id) == 3
    feature.close()
    assert not feature.is_open() and shell.page_shown() is None
