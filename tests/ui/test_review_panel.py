"""The Review tab as a reviewer uses it: rate, comment, recommend, tag, attach evidence, undo, re-open."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from ui.candidate_model import CandidateTableModel
from ui.main_window import MainWindow
from ui.rating_area import RatingAreaWidget

LINES = ["王小明 大模型算法工程师", "负责 MoE 预训练与长上下文扩展", "Built distributed training on 1024 GPUs"]
SCORE_COLUMN = [key for key, _ in CandidateTableModel.COLUMNS].index("score")


def area(window: MainWindow, key: str) -> RatingAreaWidget:
    widget = window.review_panel.panel.area_widget(key)
    assert widget is not None and widget.objectName() == f"ratingArea:{key}"
    return widget


def rating(window: MainWindow, key: str) -> Any:
    return next(r for r in window.library.ratings(window.candidate_id) if r.area_key == key)


def listed_score(window: MainWindow) -> str:
    row = window.model.row_of(window.candidate_id)
    assert row is not None
    return str(window.model.index(row, SCORE_COLUMN).data())


def select(window: MainWindow, line: int) -> str:
    y = 90 + 18 * line
    selection = window.document_view.select_text_at(0, (60, y - 4, 580, y - 2))
    assert selection is not None
    return selection.text


def test_rate_by_click_and_by_keys_on_the_focused_area(window: MainWindow, qtbot: QtBot, add_pdf_candidate) -> None:  # type: ignore[no-untyped-def]
    add_pdf_candidate([LINES])
    window.side_tabs.setCurrentWidget(window.review_panel.panel)
    depth = area(window, "research_depth")
    qtbot.mouseClick(depth.buttons[4], Qt.MouseButton.LeftButton)
    assert rating(window, "research_depth").value == 4
    assert depth.buttons[4].isChecked() and not depth.buttons[5].isChecked()
    assert listed_score(window) == "4.0"

    systems = area(window, "engineering_systems")
    systems.setFocus()
    qtbot.waitUntil(lambda: systems.property("current") is True)
    assert depth.property("current") is False
    qtbot.keyClick(systems, Qt.Key.Key_2)
    assert rating(window, "engineering_systems").value == 2
    assert window.library.summary(window.candidate_id).score == 3.0  # both weigh 1.5
    assert listed_score(window) == "3.0"
    assert "3.0 / 5" in window.review_panel.panel.score.text()

    window.undo_stack.undo()
    assert rating(window, "engineering_systems").value is None
    assert not area(window, "engineering_systems").buttons[2].isChecked()
    assert listed_score(window) == "4.0"
    window.undo_stack.redo()
    assert rating(window, "engineering_systems").value == 2
    # Clicking the chosen level again clears the rating; 0 on the keyboard too.
    qtbot.mouseClick(area(window, "research_depth").buttons[4], Qt.MouseButton.LeftButton)
    assert rating(window, "research_depth").value is None
    qtbot.keyClick(area(window, "engineering_systems"), Qt.Key.Key_0)
    assert listed_score(window) == ""


def test_comment_recommendation_and_summary_are_undoable(window: MainWindow, qtbot: QtBot, add_pdf_candidate) -> None:  # type: ignore[no-untyped-def]
    cid = add_pdf_candidate([LINES])
    panel = window.review_panel.panel
    comment = area(window, "publication_record").comment
    qtbot.keyClicks(comment, "two oral papers")
    assert rating(window, "publication_record").comment == ""  # typing is saved at a pause, not per key
    qtbot.waitUntil(lambda: rating(window, "publication_record").comment == "two oral papers")
    assert window.library.search("oral") == [cid]

    qtbot.mouseClick(panel.findChild(type(panel.new_position), "recommend:strong_yes"), Qt.MouseButton.LeftButton)
    assert window.library.review(cid).recommendation == "strong_yes"
    row = window.model.row_of(cid)
    assert window.model.index(row, [k for k, _ in CandidateTableModel.COLUMNS].index("recommendation")).data() == "Strong yes"

    panel.summary.setFocus()
    qtbot.keyClicks(panel.summary, "Strong MoE work")
    window.candidate_list.setFocus()  # leaving the summary saves it at once
    assert window.library.review(cid).summary == "Strong MoE work"

    window.undo_stack.undo()  # the whole summary burst
    assert window.library.review(cid).summary == "" and panel.summary.toPlainText() == ""
    window.undo_stack.undo()
    assert window.library.review(cid).recommendation is None
    assert panel.findChild(type(panel.new_position), "recommend:none").isChecked()
    window.undo_stack.undo()  # the whole comment burst
    assert rating(window, "publication_record").comment == "" and comment.text() == ""
    for _ in range(3):
        window.undo_stack.redo()
    assert (window.library.review(cid).summary, panel.summary.toPlainText()) == ("Strong MoE work", "Strong MoE work")
    assert rating(window, "publication_record").comment == comment.text() == "two oral papers"


def test_tags_complete_from_the_library_and_undo(window: MainWindow, qtbot: QtBot, add_pdf_candidate) -> None:  # type: ignore[no-untyped-def]
    other = add_pdf_candidate([["另一个人"]], name="other.pdf")
    window.library.add_candidate_tag(other, "MoE")
    cid = add_pdf_candidate([LINES])
    editor = window.review_panel.tag_editor
    editor.completer.setCompletionPrefix("mo")
    assert editor.completer.currentCompletion() == "MoE"
    editor.input.setText("moe")  # typed (keyClicks would open the completion popup: offscreen warns)
    qtbot.keyClick(editor.input, Qt.Key.Key_Return)
    [tag] = window.library.candidate_tags(cid)
    assert tag.tag.name == "MoE" and editor.chip("MoE") is not None

    editor.kind.setCurrentIndex(editor.kind.findData("concern"))
    editor.input.setText("No open source")
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    assert [(t.tag.name, t.tag.kind) for t in window.library.candidate_tags(cid)] == [("MoE", "strength"), ("No open source", "concern")]
    assert window.model.summary_at(window.model.row_of(cid)).tags == ("MoE", "No open source")

    window.undo_stack.undo()
    assert window.library.find_tag("No open source") is None  # a tag made by the undone step goes too
    window.undo_stack.undo()
    assert window.library.candidate_tags(cid) == [] and editor.chip("MoE") is None
    assert [t.name for t in window.library.tags()] == ["MoE"]  # the other candidate still has it
    window.undo_stack.redo()
    window.undo_stack.redo()
    assert [t.tag.name for t in window.library.candidate_tags(cid)] == ["MoE", "No open source"]

    # Remove, rename and merge from the chip's menu.
    tag_id = window.library.find_tag("No open source").id  # type: ignore[union-attr]
    moe = window.library.find_tag("MoE").id  # type: ignore[union-attr]
    editor.tag_edited.emit(tag_id, {"name": "开源经历少"})
    assert window.library.summary(cid).tags == ("MoE", "开源经历少")
    editor.tags_merged.emit(tag_id, moe)
    assert window.library.summary(cid).tags == ("MoE",)
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert window.library.summary(cid).tags == ("MoE", "No open source")
    editor.tag_removed.emit(moe)
    assert window.library.summary(cid).tags == ("No open source",)
    window.undo_stack.undo()
    assert window.library.summary(cid).tags == ("MoE", "No open source")


def test_undo_and_redo_across_a_new_tag_keep_its_id(window: MainWindow, add_pdf_candidate) -> None:  # type: ignore[no-untyped-def]
    cid = add_pdf_candidate([LINES])
    editor = window.review_panel.tag_editor
    editor.tag_added.emit("Scaling", "strength")
    tag = window.library.find_tag("Scaling")
    assert tag is not None
    editor.tag_edited.emit(tag.id, {"name": "Scaling laws", "color": "#123456"})
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert window.library.tags() == []
    window.undo_stack.redo()
    window.undo_stack.redo()
    [record] = window.library.candidate_tags(cid)
    assert (record.tag.id, record.tag.name, record.tag.color) == (tag.id, "Scaling laws", "#123456")
    assert editor.chip("Scaling laws") is not None


def test_tag_filter_in_the_toolbar(window: MainWindow, add_pdf_candidate) -> None:  # type: ignore[no-untyped-def]
    first = add_pdf_candidate([["第一个"]], name="a.pdf")
    add_pdf_candidate([["第二个"]], name="b.pdf")
    window.review_panel.tag_editor.tag_added.emit("RLHF", "strength")  # on the second, the one shown
    window.select_candidate(first)
    tag_filter = window.findChild(type(window.status_filter), "tagFilter")
    tag_filter.setCurrentIndex(tag_filter.findData("RLHF"))
    assert window.proxy.rowCount() == 1
    tag_filter.setCurrentIndex(0)
    assert window.proxy.rowCount() == 2
    recommendation_filter = window.findChild(type(window.status_filter), "recommendationFilter")
    recommendation_filter.setCurrentIndex(recommendation_filter.findData(""))
    assert window.proxy.rowCount() == 2
    recommendation_filter.setCurrentIndex(recommendation_filter.findData("yes"))
    assert window.proxy.rowCount() == 0


PROFILE: dict[str, Any] = {
    "basics": {"name": "王小明"},
    "work": [{"name": "字节跳动", "position": "算法实习生", "summary": "负责 MoE 预训练",
              "x-source": [{"page": 0, "rect": [72, 96, 300, 112]}]}],
}


def test_accepting_a_suggestion_highlights_its_passages(window: MainWindow, qtbot: QtBot, add_pdf_candidate) -> None:  # type: ignore[no-untyped-def]
    cid = add_pdf_candidate([LINES])
    window.library.save_profile(cid, PROFILE)
    window.review_panel.reload()
    editor = window.review_panel.tag_editor
    chip = editor.suggestion_chip("MoE")
    assert chip is not None and editor.suggestion_chip("industry internship at 字节跳动") is not None
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    [tag] = window.library.candidate_tags(cid)
    [highlight] = window.library.highlights(cid)
    assert (tag.tag.name, tag.evidence) == ("MoE", (highlight.id,))
    assert (highlight.page, highlight.rects) == (0, ((72.0, 96.0, 300.0, 112.0),))
    assert window.document_view.highlight_ids() == [highlight.id]
    assert editor.suggestion_chip("MoE") is None and editor.chip("MoE") is not None

    window.undo_stack.undo()
    assert window.library.candidate_tags(cid) == [] and window.library.highlights(cid) == []
    assert window.document_view.highlight_ids() == []
    window.undo_stack.redo()
    assert window.library.candidate_tags(cid)[0].evidence == (highlight.id,)
    assert [h.id for h in window.library.highlights(cid)] == [highlight.id]


def test_attach_evidence_to_a_rating_and_jump_to_it(window: MainWindow, qtbot: QtBot, add_pdf_candidate) -> None:  # type: ignore[no-untyped-def]
    cid = add_pdf_candidate([LINES])
    text = select(window, 2)
    qtbot.mouseClick(area(window, "engineering_systems").attach, Qt.MouseButton.LeftButton)
    [highlight] = window.library.highlights(cid)
    assert highlight.text == text
    assert rating(window, "engineering_systems").evidence == (highlight.id,)
    chip = area(window, "engineering_systems").evidence_chip(highlight.id)
    assert chip is not None and "p.1" in chip.text()
    window.document_view.verticalScrollBar().setValue(window.document_view.verticalScrollBar().maximum())
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    assert window.document_view.is_flashing()
    qtbot.waitUntil(lambda: not window.document_view.is_flashing(), timeout=3000)

    window.undo_stack.undo()
    assert window.library.highlights(cid) == [] and rating(window, "engineering_systems").evidence == ()
    window.undo_stack.redo()
    assert rating(window, "engineering_systems").evidence == (highlight.id,)
    # Without a selection nothing is attached and the status bar says why.
    window.document_view.clear_selection()
    qtbot.mouseClick(area(window, "research_depth").attach, Qt.MouseButton.LeftButton)
    assert rating(window, "research_depth").evidence == ()
    assert "Select text" in window.statusBar().currentMessage()


def test_tag_the_selection_from_the_document_menu_in_one_step(window: MainWindow, add_pdf_candidate) -> None:  # type: ignore[no-untyped-def]
    cid = add_pdf_candidate([LINES])
    text = select(window, 1)
    menu = QMenu(window)
    window.document_view.context_menu_about_to_show.emit(menu)
    names = [a.objectName() for a in menu.actions()]
    assert {"actionTagSelection_strength", "actionTagSelection_concern"} <= set(names)
    menu.deleteLater()
    window.review_panel.tag_selection("Long context", "strength")
    [highlight] = window.library.highlights(cid)
    assert highlight.text == text and highlight.color == 0
    [tag] = window.library.candidate_tags(cid)
    assert (tag.tag.name, tag.evidence) == ("Long context", (highlight.id,))
    window.undo_stack.undo()
    assert window.library.highlights(cid) == [] and window.library.candidate_tags(cid) == []
    assert window.library.tags() == []


def test_rubric_edits_keep_ratings_and_are_undoable(window: MainWindow, add_pdf_candidate) -> None:  # type: ignore[no-untyped-def]
    cid = add_pdf_candidate([LINES])
    area(window, "communication").rating_chosen.emit(area(window, "communication").area.id, 2)
    area(window, "research_depth").rating_chosen.emit(area(window, "research_depth").area.id, 4)
    editor = window.review_panel.edit_rubric()
    editor.select_area("research_depth")
    editor.label.setText("研究深度")
    editor.label.editingFinished.emit()
    assert area(window, "research_depth").title.text() == "研究深度"
    assert rating(window, "research_depth").value == 4
    editor.weight.setValue(3.0)
    assert window.library.summary(cid).score == round((4 * 3 + 2 * 0.5) / 3.5, 2)

    editor.select_area("communication")
    editor.archive_button.click()
    assert area(window, "communication").area.archived and not area(window, "communication").isEnabled()
    assert rating(window, "communication").value == 2
    assert window.library.summary(cid).score == 4.0
    assert listed_score(window) == "4.0"

    editor.area_added.emit("Open source")
    assert area(window, "open_source") is not None
    editor.select_area("open_source")
    editor.up_button.click()
    keys = [a.key for a in window.library.candidate_rubric(cid).areas]
    assert keys.index("open_source") == keys.index("communication") - 1

    for _ in range(5):
        window.undo_stack.undo()
    rubric = window.library.candidate_rubric(cid)
    assert [a.label for a in rubric.areas][0] == "Research depth" and not any(a.archived for a in rubric.areas)
    assert editor.area() is not None and editor.windowTitle().startswith("Rubric")
    editor.close()


def test_a_new_position_gets_its_own_rubric(window: MainWindow, add_pdf_candidate) -> None:  # type: ignore[no-untyped-def]
    cid = add_pdf_candidate([LINES])
    default = window.library.candidate_rubric(cid).id
    window.review_panel.add_position("推理优化工程师")
    rubric = window.library.candidate_rubric(cid)
    assert rubric.id != default and rubric.name == "推理优化工程师"
    panel = window.review_panel.panel
    assert panel.position.currentText() == "推理优化工程师"
    panel.position.activated.emit(0)
    assert window.library.candidate_rubric(cid).id == default
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert window.library.positions() == [] and window.library.candidate_rubric(cid).id == default


def test_switching_candidates_on_one_rubric_reuses_the_area_widgets(window: MainWindow, add_pdf_candidate) -> None:  # type: ignore[no-untyped-def]
    first = add_pdf_candidate([LINES], "first.pdf")
    depth = area(window, "research_depth")
    depth.rating_chosen.emit(depth.area.id, 4)
    depth.comment_edited.emit(depth.area.id, "两篇一作")
    second = add_pdf_candidate([LINES[:1]], "second.pdf")
    assert window.candidate_id == second and area(window, "research_depth") is depth
    assert depth.value is None and not any(b.isChecked() for b in depth.buttons.values())
    assert depth.comment.text() == "" and depth.meaning.text() == depth.area.description
    assert window.select_candidate(first) and area(window, "research_depth") is depth
    assert depth.buttons[4].isChecked() and depth.comment.text() == "两篇一作"
    # Another rubric (a position gets a copy): widgets for its own areas.
    window.review_panel.add_position("推理优化工程师")
    copied = area(window, "research_depth")
    assert copied is not depth and copied.area.id != depth.area.id
    assert copied.area.id in {a.id for a in window.library.candidate_rubric(first).areas}
    assert window.select_candidate(second) and area(window, "research_depth").area == depth.area


def test_everything_is_there_after_reopening(window: MainWindow, qtbot: QtBot, add_pdf_candidate, reopen) -> None:  # type: ignore[no-untyped-def]
    cid = add_pdf_candidate([LINES])
    qtbot.mouseClick(area(window, "domain_expertise").buttons[5], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(area(window, "domain_expertise").comment, "MoE and long context")
    select(window, 1)
    qtbot.mouseClick(area(window, "domain_expertise").attach, Qt.MouseButton.LeftButton)
    window.review_panel.panel.recommendation_chosen.emit("yes")
    window.review_panel.panel.summary.insertPlainText("进面试")
    window.review_panel.tag_editor.tag_added.emit("MoE", "strength")
    [highlight] = window.library.highlights(cid)

    reopened = reopen(window)
    reopened.select_candidate(cid)
    domain = area(reopened, "domain_expertise")
    assert domain.buttons[5].isChecked() and domain.comment.text() == "MoE and long context"
    assert domain.evidence_chip(highlight.id) is not None
    panel = reopened.review_panel.panel
    assert panel.findChild(type(panel.new_position), "recommend:yes").isChecked()
    assert panel.summary.toPlainText() == "进面试"
    assert reopened.review_panel.tag_editor.chip("MoE") is not None
    assert listed_score(reopened) == "5.0"


def test_removing_the_candidate_shown_empties_the_panel(window: MainWindow, add_pdf_candidate) -> None:  # type: ignore[no-untyped-def]
    cid = add_pdf_candidate([LINES])
    window.review_panel.tag_editor.tag_added.emit("MoE", "strength")
    window.library_model.remove_people([cid])  # the model announces the removal; the views follow
    assert not window.review_panel.panel.isEnabled() and window.review_panel.panel.areas == {}
