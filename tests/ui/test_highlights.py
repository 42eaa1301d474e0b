"""Highlights as a reviewer makes them: highlight a selection, list, note, colour filter, undo, re-open."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMenu
from pytestqt.qtbot import QtBot

from storage.vocab import HIGHLIGHT_COLORS
from ui.highlight_list import HIGHLIGHT_ID_ROLE, HighlightTableModel
from ui.main_window import MainWindow

LINES = ["李娜 机器学习工程师", "负责深度学习模型训练与部署", "Built PyTorch models for search"]
SECOND_PAGE = ["获得 国家奖学金 2021", "Mentored PyTorch users weekly"]


def select(window: MainWindow, line: int, page: int = 0) -> str:
    """Select a whole line of the test document; returns its text."""
    y = 90 + 18 * line
    selection = window.document_view.select_text_at(page, (60, y - 4, 580, y - 2))
    assert selection is not None
    return selection.text


def listed_texts(window: MainWindow) -> list[str]:
    proxy = window.highlights.panel.proxy
    return [proxy.index(row, HighlightTableModel.PASSAGE).data() for row in range(proxy.rowCount())]


def edit_note(window: MainWindow, qtbot: QtBot) -> QLineEdit:
    """Show the list and start editing the first highlight's note in place (F2); the editor."""
    window.highlights.show_list()
    highlight_list = window.highlights.list
    highlight_list.setCurrentIndex(window.highlights.panel.proxy.index(0, HighlightTableModel.NOTE))
    qtbot.keyClick(highlight_list, Qt.Key.Key_F2)
    editor = highlight_list.viewport().findChild(QLineEdit)
    assert editor is not None
    return editor


def test_ctrl_h_highlights_the_selection_and_undo_redo_keep_the_id(window: MainWindow, qtbot: QtBot, add_pdf_candidate) -> None:  # type: ignore[no-untyped-def]
    candidate_id = add_pdf_candidate([LINES])
    feature = window.highlights
    assert window.side_tabs.tabText(window.side_tabs.indexOf(feature.panel)) == "Highlights"
    assert select(window, 1) == "负责深度学习模型训练与部署"
    window.document_view.setFocus()
    with qtbot.waitSignal(window.library_model.highlights_changed) as signal:
        qtbot.keyClick(window.document_view, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert signal.args == [candidate_id]
    [stored] = window.library.highlights(candidate_id)
    assert (stored.page, stored.text, stored.color) == (0, "负责深度学习模型训练与部署", 0)
    assert listed_texts(window) == ["“负责深度学习模型训练与部署”"]
    assert window.document_view.highlight_ids() == [stored.id]
    assert window.document_view.selection() is None
    assert window.action_undo.text() == "&Undo Highlight “负责深度学习模型训练与部署”"

    window.undo_stack.undo()
    assert window.library.highlights(candidate_id) == []
    assert listed_texts(window) == []
    assert window.document_view.highlight_ids() == []
    window.undo_stack.redo()
    [restored] = window.library.highlights(candidate_id)
    assert restored.id == stored.id
    assert listed_texts(window) == ["“负责深度学习模型训练与部署”"]


def test_create_from_selection_uses_and_remembers_the_colour(window: MainWindow, add_pdf_candidate) -> None:  # type: ignore[no-untyped-def]
    candidate_id = add_pdf_candidate([LINES])
    feature = window.highlights
    assert feature.create_from_selection() is None  # nothing selected
    select(window, 2)
    highlight_id = feature.create_from_selection(3, note="ask about scale")
    assert highlight_id is not None
    record = window.library.highlight(highlight_id)
    assert (record.candidate_id, record.color, record.note) == (candidate_id, 3, "ask about scale")
    assert window.settings.highlight_color() == 3
    assert feature.color_group.checkedAction().data() == 3
    select(window, 0)
    assert window.library.highlight(feature.create_from_selection()).color == 3


def test_the_context_menu_highlights_in_a_chosen_colour_and_deletes(window: MainWindow, add_pdf_candidate) -> None:  # type: ignore[no-untyped-def]
    candidate_id = add_pdf_candidate([LINES])
    view = window.document_view
    select(window, 2)
    point = view.to_scene(0, view.selection().rects[0]).center()
    menu = view.build_context_menu(point)
    submenu = menu.findChild(QMenu, "menuHighlightSelection")
    assert [a.text() for a in submenu.actions()] == [name for _, name in HIGHLIGHT_COLORS]
    submenu.actions()[1].trigger()
    [record] = window.library.highlights(candidate_id)
    assert record.color == 1

    menu = view.build_context_menu(point)  # now on the highlight: recolour, note, delete
    delete = next(a for a in menu.actions() if a.objectName() == "actionDeleteHighlight")
    delete.trigger()
    assert window.library.highlights(candidate_id) == []
    window.undo_stack.undo()
    assert [h.id for h in window.library.highlights(candidate_id)] == [record.id]


def test_note_edits_are_undoable_and_a_burst_is_one_step(window: MainWindow, qtbot: QtBot, add_pdf_candidate) -> None:  # type: ignore[no-untyped-def]
    candidate_id = add_pdf_candidate([LINES])
    select(window, 1)
    highlight_id = window.highlights.create_from_selection()
    editor = edit_note(window, qtbot)
    proxy = window.highlights.panel.proxy
    qtbot.keyClicks(editor, "verify with referee")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next event loop turn
    qtbot.waitUntil(lambda: window.library.highlight(highlight_id).note == "verify with referee")
    assert proxy.index(0, HighlightTableModel.NOTE).data() == "verify with referee"
    assert window.library.search("referee") == [candidate_id]
    proxy.setData(proxy.index(0, HighlightTableModel.NOTE), "verify with referee twice")
    assert window.action_undo.text() == "&Undo Edit highlight note"

    window.undo_stack.undo()  # both edits of the note were one step
    assert window.library.highlight(highlight_id).note == ""
    assert proxy.index(0, HighlightTableModel.NOTE).data() == ""
    window.undo_stack.undo()
    assert window.library.highlights(candidate_id) == []


def test_a_note_being_typed_is_kept_when_the_candidate_changes(window: MainWindow, qtbot: QtBot, add_pdf_candidate) -> None:  # type: ignore[no-untyped-def]
    first = add_pdf_candidate([LINES], name="first.pdf")
    second = add_pdf_candidate([SECOND_PAGE], name="second.pdf")
    window.select_candidate(first)
    select(window, 0)
    highlight_id = window.highlights.create_from_selection()
    qtbot.keyClicks(edit_note(window, qtbot), "half-typed")
    window.select_candidate(second)
    assert window.library.highlight(highlight_id).note == "half-typed"
    window.undo_stack.undo()
    assert window.library.highlight(highlight_id).note == ""


def test_colour_filter_recolour_and_category_rename(window: MainWindow, add_pdf_candidate, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    add_pdf_candidate([LINES])
    feature = window.highlights
    select(window, 0)
    first = feature.create_from_selection(0)
    select(window, 2)
    feature.create_from_selection(2)
    combo = feature.panel.color_filter
    assert combo.objectName() == "highlightColorFilter"
    combo.setCurrentIndex(combo.findData(2))
    assert listed_texts(window) == ["“Built PyTorch models for search”"]
    assert feature.panel.rename_button.isEnabled()

    feature.set_color(first, 2)
    assert len(listed_texts(window)) == 2
    window.undo_stack.undo()
    assert len(listed_texts(window)) == 1

    feature.rename_category(2, "Must check")
    assert window.library.highlight_categories()[2] == "Must check"
    assert combo.currentText() == "Must check"
    assert feature.panel.proxy.index(0, HighlightTableModel.CATEGORY).data() == "Must check"
    window.undo_stack.undo()
    assert window.library.highlight_categories()[2] == HIGHLIGHT_COLORS[2][1]
    monkeypatch.setattr(QInputDialog, "getText", lambda *_args, **_kwargs: ("Check & confirm", True))
    feature.panel.rename_button.click()
    assert window.library.highlight_categories()[2] == "Check & confirm"
    assert feature.color_group.actions()[2].text() == "Check && confirm"  # shown as typed in menus
    combo.setCurrentIndex(0)
    assert len(listed_texts(window)) == 2


def test_delete_key_in_the_list_removes_and_undo_restores(window: MainWindow, qtbot: QtBot, add_pdf_candidate) -> None:  # type: ignore[no-untyped-def]
    candidate_id = add_pdf_candidate([LINES])
    select(window, 1)
    highlight_id = window.highlights.create_from_selection(4, note="hmm")
    window.side_tabs.setCurrentWidget(window.highlights.panel)
    highlight_list = window.highlights.list
    assert highlight_list.objectName() == "highlightList"
    highlight_list.setFocus()
    highlight_list.selectRow(0)
    qtbot.keyClick(highlight_list, Qt.Key.Key_Delete)
    assert window.library.highlights(candidate_id) == []
    assert window.model.row_of(candidate_id) is not None  # the candidate itself was not removed
    window.undo_stack.undo()
    [restored] = window.library.highlights(candidate_id)
    assert (restored.id, restored.color, restored.note) == (highlight_id, 4, "hmm")


def test_undoing_a_delete_gives_the_highlight_back_its_evidence_role(window: MainWindow, add_pdf_candidate) -> None:  # type: ignore[no-untyped-def]
    candidate_id = add_pdf_candidate([LINES])
    select(window, 1)
    highlight_id = window.highlights.create_from_selection()
    window.library.add_candidate_tag(candidate_id, "Systems depth", evidence=[highlight_id])
    window.highlights.delete([highlight_id])
    assert window.library.candidate_tags(candidate_id)[0].evidence == ()
    window.undo_stack.undo()
    assert window.library.candidate_tags(candidate_id)[0].evidence == (highlight_id,)


def test_activating_a_highlight_jumps_to_its_page(window: MainWindow, qtbot: QtBot, add_pdf_candidate) -> None:  # type: ignore[no-untyped-def]
    add_pdf_candidate([LINES, SECOND_PAGE])
    select(window, 0, page=1)
    window.highlights.create_from_selection()
    view = window.document_view
    view.verticalScrollBar().setValue(0)
    assert view.current_page() == 0
    window.side_tabs.setCurrentWidget(window.highlights.panel)
    window.highlights.list.activated.emit(window.highlights.panel.proxy.index(0, 1))
    assert view.current_page() == 1
    assert view.is_flashing()
    qtbot.waitUntil(lambda: not view.is_flashing(), timeout=3000)


def test_highlights_survive_switching_candidates_and_reopening(window: MainWindow, add_pdf_candidate, reopen) -> None:  # type: ignore[no-untyped-def]
    first = add_pdf_candidate([LINES], name="first.pdf")
    select(window, 1)
    highlight_id = window.highlights.create_from_selection(5, note="good")
    second = add_pdf_candidate([SECOND_PAGE], name="second.pdf")
    assert window.candidate_id == second
    assert listed_texts(window) == [] and window.document_view.highlight_ids() == []
    window.select_candidate(first)
    assert listed_texts(window) == ["“负责深度学习模型训练与部署”"]
    assert window.document_view.highlight_ids() == [highlight_id]

    reopened = reopen(window)
    reopened.select_candidate(first)
    assert reopened.document_view.highlight_ids() == [highlight_id]
    assert reopened.highlights.panel.proxy.index(0, HighlightTableModel.NOTE).data() == "good"
    assert reopened.highlights.panel.proxy.index(0, 0).data(HIGHLIGHT_ID_ROLE) == highlight_id


def test_models_pass_the_model_tester(window: MainWindow, qtmodeltester, add_pdf_candidate) -> None:  # type: ignore[no-untyped-def]
    add_pdf_candidate([LINES])
    for line in range(3):
        select(window, line)
        window.highlights.create_from_selection(line)
    qtmodeltester.check(window.highlights.model)
    qtmodeltester.check(window.highlights.panel.proxy)


def test_ctrl_h_offers_the_note_at_once(window: MainWindow, qtbot: QtBot, add_pdf_candidate) -> None:  # type: ignore[no-untyped-def]
    candidate_id = add_pdf_candidate([LINES])
    select(window, 1)
    window.activateWindow()
    window.document_view.setFocus()
    qtbot.keyClick(window.document_view, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    popup = window.highlights.note_popup
    assert popup.isVisible() and popup.hasFocus()
    qtbot.keyClicks(popup, "ask about the deployment")
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert not popup.isVisible()
    [stored] = window.library.highlights(candidate_id)
    assert stored.note == "ask about the deployment"
    window.undo_stack.undo()  # the note, then the highlight: two steps
    assert window.library.highlights(candidate_id)[0].note == ""
    select(window, 2)
    window.document_view.setFocus()
    qtbot.keyClick(window.document_view, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(popup, Qt.Key.Key_Escape)  # skipped: the highlight stays, without a note
    assert not popup.isVisible() and len(window.library.highlights(candidate_id)) == 2
