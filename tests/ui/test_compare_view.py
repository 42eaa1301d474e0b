"""The compare view: opened from the list, aligned columns, swap, pickers, edits with undo, going back."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QPlainTextEdit, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from storage.importer import import_file
from tests.conftest import add_candidate, make_profile
from tests.fixtures import sample_path
from tests.storage.test_compare import chinese_profile, english_profile
from ui.compare_view import CompareView
from ui.compare_widgets import SEGMENT_GAP, SEGMENT_WIDTH, ChipFlow, RatingBar
from ui.main_window import MainWindow


@pytest.fixture
def pair(window: MainWindow) -> tuple[int, int]:
    """A Chinese and an English candidate, both selected in the list."""
    left = add_candidate(window.library, "张伟 简历", chinese_profile(), "zhangwei.pdf")
    right = add_candidate(window.library, "Alice Smith resume", english_profile(), "alice.pdf")
    window.reload_candidates()
    select_rows(window, [left, right])
    return left, right


def select_rows(window: MainWindow, ids: list[int]) -> None:
    selection = window.candidate_list.selectionModel()
    window.select_candidate(ids[0])
    for candidate_id in ids[1:]:
        row = window.model.row_of(candidate_id)
        assert row is not None
        index = window.proxy.mapFromSource(window.model.index(row, 0))
        selection.select(index, QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)


def open_compare(window: MainWindow) -> CompareView:
    action = window.compare.action
    assert action.isEnabled()
    action.trigger()
    view = window.findChild(CompareView, "compareView")
    assert view is not None and window.central_stack.currentWidget() is view and view.isVisible()
    return view


def child(view: QWidget, name: str, kind: type[Any] = QWidget) -> Any:
    found = view.findChild(kind, name)
    assert found is not None, name
    return found


def cell_text(view: CompareView, key: str, side: str) -> str:
    return str(child(view, f"compareCell:{key}:{side}", QLabel).text())


def test_compare_action_is_in_menus_and_needs_a_selection(window: MainWindow, pair: tuple[int, int]) -> None:
    action = window.findChild(type(window.compare.action), "actionCompare")
    assert action is window.compare.action
    assert action.shortcut().toString() == "Ctrl+Shift+C"
    assert action in window.candidate_menu.actions() and action in window.extra_list_actions()
    assert action.isEnabled()
    third = add_candidate(window.library, "c", make_profile("C"))
    window.refresh_candidates([third])
    select_rows(window, [*pair, third])
    assert not action.isEnabled()  # which two? the reviewer must say
    window.candidate_list.clearSelection()
    assert not action.isEnabled()
    window.select_candidate(pair[1])
    action.trigger()  # one selected: compared with the next candidate in the list
    assert (window.compare.view.left_id, window.compare.view.right_id) == (pair[1], third)
    assert window.compare.view.pickers["left"].count() == 3


def test_opens_with_both_names_and_aligned_columns(window: MainWindow, pair: tuple[int, int]) -> None:
    view = open_compare(window)
    assert (view.left_id, view.right_id) == pair
    assert child(view, "compareLeftPicker", QComboBox).currentText() == "张伟"
    assert child(view, "compareRightPicker", QComboBox).currentText() == "Alice Smith"
    assert cell_text(view, "school", "left") == "清华大学"
    assert cell_text(view, "school", "right") == "Stanford University"
    assert (cell_text(view, "experience", "left"), cell_text(view, "publications", "left")) != ("", "")
    assert cell_text(view, "top_venue", "left") == cell_text(view, "top_venue", "right") == "1"
    assert cell_text(view, "doctorate:0", "left").startswith("清华大学\n博士")
    assert cell_text(view, "master:0", "left") == "—" and cell_text(view, "master:0", "right").startswith("MIT")
    assert child(view, "compareCell:master:0:right").property("unique") is True
    # Aligned: each row's two cells start at the same height, the columns at the same x in every section.
    for key in ("school", "doctorate:0", "work:0", "publications:0"):
        left, right = child(view, f"compareCell:{key}:left"), child(view, f"compareCell:{key}:right")
        assert left.y() == right.y() and left.x() < right.x()
    assert child(view, "compareCell:school:left").x() == child(view, "compareCell:work:0:left").x()
    # Skills: shared ones on both sides, each side's own ones apart.
    assert child(view, "compareChips:skills:shared:left", ChipFlow).chips() == ["PyTorch"]
    assert child(view, "compareChips:skills:unique:left", ChipFlow).chips() == ["CUDA", "大模型预训练"]
    assert child(view, "compareChips:skills:unique:right", ChipFlow).chips() == ["JAX"]
    # Document text is never rich text.
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in view.findChildren(QLabel) if label.text())


def test_swap_and_replace_a_side_from_the_picker(window: MainWindow, pair: tuple[int, int], qtbot: QtBot) -> None:
    left, right = pair
    third = add_candidate(window.library, "王芳 简历", make_profile("王芳", work=[{"name": "阿里巴巴"}]))
    window.refresh_candidates([third])
    view = open_compare(window)
    qtbot.mouseClick(child(view, "compareSwap"), Qt.MouseButton.LeftButton)
    assert (view.left_id, view.right_id) == (right, left)
    assert child(view, "compareLeftPicker", QComboBox).currentText() == "Alice Smith"
    assert cell_text(view, "organization", "left") == "Meta"
    assert cell_text(view, "organization", "right") == "字节跳动"

    right_picker = child(view, "compareRightPicker", QComboBox)
    right_picker.setFocus()
    qtbot.keyClick(right_picker, Qt.Key.Key_End)  # 张伟 → 王芳, the last candidate in the picker
    assert (view.left_id, view.right_id) == (right, third)
    assert cell_text(view, "organization", "right") == "阿里巴巴"
    assert window.central_stack.currentWidget() is view

    left_picker = child(view, "compareLeftPicker", QComboBox)
    left_picker.setFocus()
    qtbot.keyClick(left_picker, Qt.Key.Key_End)  # Alice → 王芳, who is on the right: the sides trade places
    assert (view.left_id, view.right_id) == (third, right)


def click_segment(qtbot: QtBot, bar: RatingBar, level: int) -> None:
    x = (level - 1) * (SEGMENT_WIDTH + SEGMENT_GAP) + SEGMENT_WIDTH // 2
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=QPoint(x, bar.height() // 2))


def rating(window: MainWindow, candidate_id: int, key: str) -> int | None:
    return next(r.value for r in window.library.ratings(candidate_id) if r.area_key == key)


def test_rate_from_the_view_is_saved_and_undoable(window: MainWindow, pair: tuple[int, int], qtbot: QtBot) -> None:
    left, right = pair
    view = open_compare(window)
    click_segment(qtbot, child(view, "compareRating:left:research_depth", RatingBar), 4)
    assert rating(window, left, "research_depth") == 4
    assert child(view, "compareRating:left:research_depth", RatingBar).value() == 4
    assert window.model.summary_at(window.model.row_of(left)).score is not None  # the list row follows

    bar = child(view, "compareRating:right:research_depth", RatingBar)
    bar.setFocus()
    qtbot.keyClick(bar, Qt.Key.Key_1)
    assert rating(window, right, "research_depth") == 1
    assert view.findChild(QWidget, "compareEmphasis:research_depth") is not None  # 4 against 1
    assert "Δ 3" in child(view, "compareRatingLabel:research_depth", QLabel).text()

    window.undo_stack.undo()
    assert rating(window, right, "research_depth") is None
    assert view.findChild(QWidget, "compareEmphasis:research_depth") is None
    window.undo_stack.undo()
    assert rating(window, left, "research_depth") is None
    assert child(view, "compareRating:left:research_depth", RatingBar).value() is None
    window.undo_stack.redo()
    assert rating(window, left, "research_depth") == 4


def test_summary_and_recommendation_edited_from_the_view(
    window: MainWindow, pair: tuple[int, int], qtbot: QtBot
) -> None:
    left, right = pair
    view = open_compare(window)
    editor = child(view, "compareSummary:right", QPlainTextEdit)
    editor.setFocus()
    qtbot.keyClicks(editor, "Strong systems, ")
    editor.insertPlainText("论文少")  # QTest cannot type Chinese
    child(view, "compareRating:left:communication").setFocus()  # leaving the note saves it
    assert window.library.review(right).summary == "Strong systems, 论文少"

    combo = child(view, "compareRecommendation:left", QComboBox)
    child(view, "compareRating:left:communication").setFocus()
    wheel = QWheelEvent(QPointF(5, 5), QPointF(combo.mapToGlobal(QPoint(5, 5))), QPoint(), QPoint(0, -120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(combo, wheel)
    assert combo.currentIndex() == 0 and window.library.review(left).recommendation is None  # scrolling past
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert window.library.review(left).recommendation == "strong_no"
    window.undo_stack.undo()
    assert window.library.review(left).recommendation is None
    window.undo_stack.undo()
    assert window.library.review(right).summary == ""
    assert child(view, "compareSummary:right", QPlainTextEdit).toPlainText() == ""


def test_different_rubrics_say_what_is_not_comparable(window: MainWindow, pair: tuple[int, int]) -> None:
    left, right = pair
    library = window.library
    systems = library.add_rubric("Systems", copy_from=library.candidate_rubric(left).id)
    library.add_area(systems, "Kernel hacking")
    library.set_candidate_position(right, library.add_position("Infra", systems))
    view = open_compare(window)
    note = child(view, "compareNotComparable", QLabel).text()
    assert "Kernel hacking" in note and "Alice Smith" in note
    assert isinstance(child(view, "compareRating:left:kernel_hacking"), QLabel)
    assert isinstance(child(view, "compareRating:right:kernel_hacking"), RatingBar)
    assert isinstance(child(view, "compareRating:left:research_depth"), RatingBar)


def test_long_sections_collapse_and_expand(window: MainWindow, qtbot: QtBot) -> None:
    many = [{"name": f"Paper {n}", "x-venue": "ACL", "releaseDate": "2024"} for n in range(7)]
    a = add_candidate(window.library, "a", make_profile("A", publications=many))
    b = add_candidate(window.library, "b", make_profile("B"))
    window.reload_candidates()
    select_rows(window, [a, b])
    view = open_compare(window)
    header = child(view, "compareSection:publications", QToolButton)
    assert view.findChild(QWidget, "compareCell:publications:3:left") is not None
    assert view.findChild(QWidget, "compareCell:publications:4:left") is None
    qtbot.mouseClick(header, Qt.MouseButton.LeftButton)
    assert view.findChild(QWidget, "compareCell:publications:6:left") is not None
    assert isinstance(child(view, "compareSection:facts"), QLabel)  # short sections do not fold


def test_documents_side_by_side(window: MainWindow, pair: tuple[int, int], qtbot: QtBot) -> None:
    view = open_compare(window)
    qtbot.mouseClick(child(view, "compareDocumentsToggle"), Qt.MouseButton.LeftButton)
    left_doc, right_doc = child(view, "compareDocument:left"), child(view, "compareDocument:right")
    assert left_doc.isVisible() and right_doc.isVisible()
    assert (left_doc.record.file_name, right_doc.record.file_name) == ("zhangwei.pdf", "alice.pdf")
    qtbot.mouseClick(child(view, "compareSwap"), Qt.MouseButton.LeftButton)
    assert left_doc.record.file_name == "alice.pdf"
    qtbot.mouseClick(child(view, "compareDocumentsToggle"), Qt.MouseButton.LeftButton)
    assert child(view, "compareScroll").isVisible()


def test_escape_returns_to_the_candidate_as_left(window: MainWindow, pair: tuple[int, int], qtbot: QtBot) -> None:
    left, right = pair
    shown = window.candidate_id
    view = open_compare(window)
    assert not window.action_next.isEnabled()  # J/K would move a list the reviewer cannot see
    qtbot.mouseClick(child(view, "compareSwap"), Qt.MouseButton.LeftButton)
    click_segment(qtbot, child(view, "compareRating:left:communication", RatingBar), 3)
    qtbot.keyClick(child(view, "compareRating:left:communication"), Qt.Key.Key_Escape)
    assert window.central_stack.currentWidget() is window.splitter
    assert window.candidate_id == shown == left
    assert window.selected_candidate_ids() == [left, right]
    assert window.action_next.isEnabled()

    open_compare(window)
    editor = child(view, "compareSummary:left", QPlainTextEdit)
    editor.setFocus()
    qtbot.keyClicks(editor, "typed, then Esc")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)  # a note being typed is saved on the way out
    assert window.central_stack.currentWidget() is window.splitter
    assert window.library.review(left).summary == "typed, then Esc"

    open_compare(window)
    qtbot.mouseClick(child(view, "compareBack"), Qt.MouseButton.LeftButton)
    assert window.central_stack.currentWidget() is window.splitter and window.candidate_id == left


def test_two_shipped_resumes_chinese_and_english(window: MainWindow, qtbot: QtBot) -> None:
    """The real import path: a Chinese PhD résumé against an English research scientist's."""
    ids = [import_file(window.library, sample_path(role)).candidate_id for role in ("zh_phd", "en_research")]
    window.reload_candidates()
    select_rows(window, ids)
    view = open_compare(window)
    assert [view.pickers[side].currentText() for side in ("left", "right")] == ["沈知远", "Priya Raman"]
    assert cell_text(view, "school", "left") == "北京大学"
    assert cell_text(view, "school", "right") == "Carnegie Mellon University"
    assert cell_text(view, "doctorate:0", "left").startswith("北京大学\n博士")
    assert cell_text(view, "doctorate:0", "right").startswith("Carnegie Mellon University\nPh.D.")
    assert "PyTorch" in child(view, "compareChips:skills:shared:right", ChipFlow).chips()
    qtbot.mouseClick(child(view, "compareDocumentsToggle"), Qt.MouseButton.LeftButton)
    assert child(view, "compareDocument:left").page_count() >= 1
    assert child(view, "compareDocument:right").page_count() >= 1
