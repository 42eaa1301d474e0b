"""The profile pane as a reviewer uses it: type, undo, redo, revert, reorder, switch, use a selection."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QPalette
from PySide6.QtWidgets import QLineEdit, QMenu, QToolButton

from storage.library import Library, LibraryError
from tests.conftest import add_candidate, make_profile
from ui.main_window import MainWindow
from ui.profile_widgets import UNCERTAIN_COLOR, Field

SOURCE = [{"page": 0, "rect": [10.0, 20.0, 200.0, 32.0]}]


@dataclass(frozen=True)
class FakeSelection:
    """What the document view's selection() returns."""

    page: int
    rects: tuple[tuple[float, float, float, float], ...]
    text: str


def _profiles() -> tuple[dict[str, Any], dict[str, Any]]:
    first = make_profile(
        "张伟",
        education=[
            {
                "institution": "清华大学",
                "studyType": "博士",
                "x-level": "doctorate",
                "area": "计算机",
                "x-uncertain": ["area"],
                "x-source": SOURCE,
                "x-fieldSources": {"institution": SOURCE},
            },
            {"institution": "北京大学", "studyType": "本科", "x-source": [{"page": 0, "rect": [1.0, 2.0, 3.0, 4.0]}]},
        ],
        publications=[{"name": "A paper", "x-authors": ["张伟", "李四"], "x-authorPosition": "first"}],
    )
    second = make_profile("Alice Smith", work=[{"name": "Acme", "position": "Engineer"}])
    return first, second


@pytest.fixture
def ids(window: MainWindow) -> tuple[int, int]:
    """Two candidates in the window's library; the first one shown."""
    first, second = _profiles()
    a = add_candidate(window.library, "first résumé", first, "zhang.pdf")
    b = add_candidate(window.library, "second résumé", second, "alice.pdf")
    window.reload_candidates()
    assert window.select_candidate(a)
    window.activateWindow()
    return a, b


def _field(window: MainWindow, *path: str | int) -> Field:
    field = window.profile_editor.field(tuple(path))
    assert field is not None, path
    return field


def _type_into(qtbot, field: Field, text: str, replace: bool = True) -> None:  # type: ignore[no-untyped-def]
    widget = field.widget
    widget.setFocus()
    assert widget.hasFocus()
    if replace:
        qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


def _leave(window: MainWindow) -> None:
    window.candidate_list.setFocus()


def _institution(window: MainWindow, cid: int, index: int = 0) -> str | None:
    return window.library.profile(cid)["education"][index].get("institution")


def test_typing_saves_on_focus_out_and_undo_redo_use_the_window_stack(window, ids, qtbot) -> None:  # type: ignore[no-untyped-def]
    a, _ = ids
    field = _field(window, "education", 0, "institution")
    _type_into(qtbot, field, "Fudan University")
    assert _institution(window, a) == "清华大学"  # still typing: nothing saved yet
    _leave(window)
    assert _institution(window, a) == "Fudan University"
    assert window.isWindowModified()
    assert window.action_undo.text().endswith("Edit Institution")

    field.widget.setFocus()
    qtbot.keyClick(field.widget, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _institution(window, a) == "清华大学"
    assert field.widget.text() == "清华大学"
    assert not window.isWindowModified()

    qtbot.keyClick(field.widget, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert _institution(window, a) == "Fudan University"
    assert field.widget.text() == "Fudan University"
    assert window.model.summary_at(window.model.row_of(a)).organization == "Fudan University"  # list column follows


def test_undo_key_saves_a_field_still_being_typed(window, ids, qtbot) -> None:  # type: ignore[no-untyped-def]
    a, _ = ids
    field = _field(window, "basics", "email")
    _type_into(qtbot, field, "zw@example.com")
    qtbot.keyClick(field.widget, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "email" not in window.library.profile(a)["basics"]
    assert field.widget.text() == ""
    assert window.undo_stack.canRedo()


def test_a_typing_burst_is_one_undo_step(window, ids, qtbot) -> None:  # type: ignore[no-untyped-def]
    a, _ = ids
    field = _field(window, "education", 0, "institution")
    _type_into(qtbot, field, "Fudan")
    window.profile_editor.commit_pending()  # a pause in typing saves
    assert _institution(window, a) == "Fudan"
    qtbot.keyClicks(field.widget, " University")
    _leave(window)
    assert _institution(window, a) == "Fudan University"
    assert window.undo_stack.count() == 1
    window.undo_stack.undo()
    assert _institution(window, a) == "清华大学"

    _type_into(qtbot, _field(window, "basics", "phone"), "123")
    _leave(window)
    _type_into(qtbot, _field(window, "basics", "phone"), "456")
    _leave(window)
    assert window.undo_stack.count() == 2  # a new focus is a new burst


def test_typing_pause_saves_without_leaving_the_field(window, ids, qtbot) -> None:  # type: ignore[no-untyped-def]
    a, _ = ids
    _type_into(qtbot, _field(window, "basics", "phone"), "+86 138")
    qtbot.waitUntil(lambda: window.library.profile(a)["basics"].get("phone") == "+86 138", timeout=3000)


def test_add_remove_and_move_entries_are_undoable(window, ids, qtbot) -> None:  # type: ignore[no-untyped-def]
    a, _ = ids
    editor = window.profile_editor
    section = editor.sections[("education",)]
    assert section.add_button is not None
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    assert len(window.library.profile(a)["education"]) == 3
    assert section.entries[2].isVisibleTo(editor)
    assert window.action_undo.text().endswith("Add Education Entry")
    window.undo_stack.undo()
    assert len(window.library.profile(a)["education"]) == 2
    assert not section.entries[2].isVisibleTo(editor)

    qtbot.mouseClick(section.entries[0].down_button, Qt.MouseButton.LeftButton)
    assert [_institution(window, a, i) for i in (0, 1)] == ["北京大学", "清华大学"]
    assert _field(window, "education", 0, "institution").widget.text() == "北京大学"
    assert not section.entries[0].up_button.isEnabled()
    window.undo_stack.undo()
    assert [_institution(window, a, i) for i in (0, 1)] == ["清华大学", "北京大学"]

    qtbot.mouseClick(section.entries[0].remove_button, Qt.MouseButton.LeftButton)
    assert [e["institution"] for e in window.library.profile(a)["education"]] == ["北京大学"]
    assert section.toggle.text().endswith("(1)")
    window.undo_stack.undo()
    restored = window.library.profile(a)["education"][0]
    assert restored["institution"] == "清华大学" and restored["x-fieldSources"] == {"institution": SOURCE}


def test_revert_to_parsed_value(window, ids, qtbot) -> None:  # type: ignore[no-untyped-def]
    a, _ = ids
    field = _field(window, "education", 0, "institution")
    assert field.box.findChild(QToolButton, "revertButton") is None  # unchanged fields carry no button
    _type_into(qtbot, field, "Fudan University")
    _leave(window)
    button = field.box.findChild(QToolButton, "revertButton")
    assert button is not None and button.isVisibleTo(field.box)
    assert "清华大学" in button.toolTip()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert _institution(window, a) == "清华大学"
    assert field.widget.text() == "清华大学"
    assert not button.isVisibleTo(field.box)
    assert window.action_undo.text().endswith("Revert Institution")
    window.undo_stack.undo()
    assert _institution(window, a) == "Fudan University"


def test_uncertain_fields_are_marked_until_edited(window, ids, qtbot) -> None:  # type: ignore[no-untyped-def]
    field = _field(window, "education", 0, "area")
    assert field.uncertain
    assert field.widget.toolTip() == "The parser was unsure"
    assert field.widget.palette().color(QPalette.ColorRole.Base) == UNCERTAIN_COLOR
    assert not _field(window, "education", 0, "institution").uncertain
    _type_into(qtbot, field, "AI")
    _leave(window)
    assert not field.uncertain and field.changed


def test_switching_mid_edit_keeps_the_edit(window, ids, qtbot) -> None:  # type: ignore[no-untyped-def]
    a, b = ids
    _type_into(qtbot, _field(window, "education", 0, "institution"), "Zhejiang University")
    window.select_candidate(b)  # e.g. Ctrl+Down while the field still has the focus
    assert window.profile_editor.candidate_id == b
    assert _field(window, "work", 0, "name").widget.text() == "Acme"
    assert _institution(window, a) == "Zhejiang University"
    window.select_candidate(a)
    assert _field(window, "education", 0, "institution").widget.text() == "Zhejiang University"


def test_undo_after_switching_writes_the_right_candidate(window, ids, qtbot) -> None:  # type: ignore[no-untyped-def]
    a, b = ids
    _type_into(qtbot, _field(window, "education", 0, "institution"), "Zhejiang University")
    _leave(window)
    window.select_candidate(b)
    qtbot.keyClick(window.candidate_list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _institution(window, a) == "清华大学"
    assert window.profile_editor.candidate_id == b
    assert _field(window, "work", 0, "name").widget.text() == "Acme"
    assert window.library.profile(b)["work"][0]["name"] == "Acme"
    window.select_candidate(a)
    assert _field(window, "education", 0, "institution").widget.text() == "清华大学"


def test_choice_fields_save_at_once(window, ids, qtbot) -> None:  # type: ignore[no-untyped-def]
    a, _ = ids
    combo = _field(window, "publications", 0, "x-authorPosition").widget
    index = combo.findData("corresponding")
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    assert window.library.profile(a)["publications"][0]["x-authorPosition"] == "corresponding"
    window.undo_stack.undo()
    assert combo.currentData() == "first"


def test_list_fields_round_trip(window, ids, qtbot) -> None:  # type: ignore[no-untyped-def]
    a, _ = ids
    field = _field(window, "publications", 0, "x-authors")
    assert field.widget.text() == "张伟; 李四"
    _type_into(qtbot, field, "Zhang Wei; Li Si;Wang Wu")
    _leave(window)
    assert window.library.profile(a)["publications"][0]["x-authors"] == ["Zhang Wei", "Li Si", "Wang Wu"]


def test_status_combo_updates_list_and_library_and_follows_shortcuts(window, ids, qtbot) -> None:  # type: ignore[no-untyped-def]
    a, _ = ids
    combo = window.profile_editor.status_combo
    assert combo.objectName() == "statusCombo"
    index = combo.findData("shortlisted")
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    assert window.library.review(a).status == "shortlisted"
    row = window.model.row_of(a)
    assert window.model.index(row, 4).data() == "Shortlisted"
    window.undo_stack.undo()
    assert combo.currentData() == "new"
    window.candidate_list.setFocus()
    qtbot.keyClick(window.candidate_list, Qt.Key.Key_6, Qt.KeyboardModifier.AltModifier)
    assert window.library.review(a).status == "rejected"
    assert combo.currentData() == "rejected"


def test_use_as_from_the_document_context_menu(window, ids, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    a, _ = ids
    selection = FakeSelection(0, ((50.0, 60.0, 150.0, 72.0),), "上海交通\n大学 ")
    view = window.document_view
    monkeypatch.setattr(view, "selection", lambda: selection)

    def use_as(label: str) -> None:
        menu = QMenu()
        view.context_menu_about_to_show.emit(menu)
        submenu = menu.findChild(QMenu, "useAsMenu")
        assert submenu is not None and submenu.isEnabled()
        action = next(x for x in submenu.actions() if x.text() == label)
        action.trigger()
        menu.deleteLater()

    use_as("Institution")  # no education entry focused: a new one
    entries = window.library.profile(a)["education"]
    assert len(entries) == 3
    assert entries[2]["institution"] == "上海交通 大学"
    assert entries[2]["x-source"] == [{"page": 0, "rect": [50.0, 60.0, 150.0, 72.0]}]
    assert window.action_undo.text().endswith("Use as Institution")
    window.undo_stack.undo()
    assert len(window.library.profile(a)["education"]) == 2

    _field(window, "education", 1, "studyType").widget.setFocus()  # the entry being worked on
    assert window.profile_editor.current_entry() == (("education",), 1)
    use_as("Institution")
    entry = window.library.profile(a)["education"][1]
    assert entry["institution"] == "上海交通 大学"
    assert entry["x-fieldSources"]["institution"][0]["rect"] == [50.0, 60.0, 150.0, 72.0]
    assert _field(window, "education", 1, "institution").widget.text() == "上海交通 大学"
    window.undo_stack.undo()  # the value and its provenance are one step
    entry = window.library.profile(a)["education"][1]
    assert entry["institution"] == "北京大学" and "x-fieldSources" not in entry

    use_as("Email")
    assert window.library.profile(a)["basics"]["email"] == "上海交通 大学"


def test_use_selection_in_the_focused_field(window, ids, qtbot) -> None:  # type: ignore[no-untyped-def]
    a, _ = ids
    field = _field(window, "basics", "label")
    window.profile_editor.use_selection_in_field(field, FakeSelection(0, ((1.0, 2.0, 3.0, 4.0),), "Research Scientist"))
    assert window.library.profile(a)["basics"]["label"] == "Research Scientist"
    assert field.widget.text() == "Research Scientist"


def test_focusing_a_field_flashes_its_source(window, ids, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    flashed: list[list[dict[str, Any]]] = []
    monkeypatch.setattr(window.document_view, "flash_sources", flashed.append)
    _field(window, "education", 0, "institution").widget.setFocus()
    assert flashed[-1] == SOURCE
    _field(window, "education", 1, "studyType").widget.setFocus()  # no field source: the entry's
    assert flashed[-1] == [{"page": 0, "rect": [1.0, 2.0, 3.0, 4.0]}]


def test_document_text_is_shown_literally(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    profile = make_profile("<b>x</b>", education=[{"institution": "<img src=x>", "area": "<i>ai</i>"}])
    cid = add_candidate(window.library, "markup résumé", profile)
    window.reload_candidates()
    window.select_candidate(cid)
    assert _field(window, "basics", "name").widget.text() == "<b>x</b>"
    assert _field(window, "education", 0, "institution").widget.text() == "<img src=x>"
    editor = window.profile_editor
    assert editor.name_label.text() == "<b>x</b>"
    assert editor.name_label.textFormat() == Qt.TextFormat.PlainText
    title = editor.sections[("education",)].entries[0].title
    assert title.textFormat() == Qt.TextFormat.PlainText and title.text().startswith("<img src=x>")


def test_j_and_k_type_into_fields_instead_of_switching(window, ids, qtbot) -> None:  # type: ignore[no-untyped-def]
    a, _ = ids
    field = _field(window, "basics", "label")
    field.widget.setFocus()
    qtbot.keyClicks(field.widget, "jk")
    assert window.candidate_id == a
    assert isinstance(field.widget, QLineEdit) and field.widget.text() == "jk"


def test_no_candidate_shows_a_hint(window) -> None:  # type: ignore[no-untyped-def]
    editor = window.profile_editor
    assert editor.candidate_id == 0
    assert editor.placeholder.isVisibleTo(editor)
    assert not editor.status_combo.isEnabled()


def test_focus_stays_in_the_pane_when_the_field_typed_in_disappears(window, ids, qtbot) -> None:  # type: ignore[no-untyped-def]
    a, b = ids
    field = _field(window, "education", 1, "studyType")  # candidate b has no education
    field.widget.setFocus()
    qtbot.keyClick(field.widget, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert window.candidate_id == b
    assert window.profile_editor.scroll_area.hasFocus()
    qtbot.keyClick(window.profile_editor.scroll_area, Qt.Key.Key_K)  # the pane takes J/K again
    assert window.candidate_id == a


def test_use_as_with_a_real_document_selection(window, add_pdf_candidate, qtbot) -> None:  # type: ignore[no-untyped-def]
    cid = add_pdf_candidate([["Wang Fang", "Research Engineer", "Zhejiang University, Computer Science, 2019"]])
    view = window.document_view
    selection = view.select_text_at(0, [70.0, 116.0, 200.0, 128.0])  # the third line's first words
    assert selection is not None and selection.text
    before = len(window.library.profile(cid).get("education") or [])
    menu = view.build_context_menu(view.to_scene(0, selection.rects[0]).center())
    submenu = menu.findChild(QMenu, "useAsMenu")
    assert submenu is not None
    next(a for a in submenu.actions() if a.text() == "Institution").trigger()
    menu.deleteLater()
    entries = window.library.profile(cid)["education"]
    assert len(entries) == before + 1
    assert entries[-1]["institution"] == " ".join(selection.text.split())
    assert entries[-1]["x-source"][0]["page"] == 0
    assert _field(window, "education", before, "institution").widget.text() == entries[-1]["institution"]


def test_an_edit_that_cannot_be_saved_says_so_and_leaves_no_undo_step(window, ids, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    a, _ = ids

    def full(*_args: Any) -> None:
        raise LibraryError("The disk is full: the last change was not saved.")

    monkeypatch.setattr(window.library, "update_profile", full)
    _type_into(qtbot, _field(window, "basics", "phone"), "123")
    _leave(window)
    assert window.undo_stack.count() == 0
    assert "disk is full" in window.statusBar().currentMessage()
    assert "phone" not in window.library.profile(a)["basics"]


def test_an_edit_of_a_field_another_program_changed_is_refused_and_shown(window, ids, qtbot) -> None:  # type: ignore[no-untyped-def]
    a, _ = ids
    other = Library(window.library.path)  # a second Shortlist on the same library
    other.update_profile(a, ("basics", "phone"), "+86 555")
    other.update_profile(a, ("basics", "label"), "Researcher")
    _type_into(qtbot, _field(window, "basics", "phone"), "123")  # the editor still shows no phone
    _leave(window)
    assert window.undo_stack.count() == 0
    assert "Another program changed this field" in window.statusBar().currentMessage()
    assert _field(window, "basics", "phone").widget.text() == "+86 555"  # the editor shows what is stored
    _type_into(qtbot, _field(window, "basics", "email"), "a@example.com")
    _leave(window)
    stored = other.profile(a)["basics"]
    assert (stored["phone"], stored["label"], stored["email"]) == ("+86 555", "Researcher", "a@example.com")
    other.close()


def test_use_as_after_undoing_the_entry_it_targets_makes_a_new_one(window, ids, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    a, _ = ids
    editor = window.profile_editor
    section = editor.sections[("awards",)]
    assert section.add_button is not None
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    assert editor.current_entry() == (("awards",), 0)
    window.undo_stack.undo()
    assert editor.current_entry() is None
    editor.use_selection_as("Award", FakeSelection(0, ((1.0, 2.0, 3.0, 4.0),), "Best Paper"))
    assert [e["title"] for e in window.library.profile(a)["awards"]] == ["Best Paper"]


def test_field_menu_offers_revert_and_use_selection_but_not_the_widgets_own_undo(window, ids, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    a, _ = ids
    editor = window.profile_editor
    field = _field(window, "education", 0, "institution")
    menu = editor.field_menu(field)
    names = {action.objectName() for action in menu.actions()}
    assert "edit-undo" not in names and "edit-redo" not in names
    revert = menu.findChild(QAction, "actionRevertField")
    use = menu.findChild(QAction, "actionUseSelectionInField")
    assert not revert.isEnabled() and not use.isEnabled()  # unchanged, nothing selected
    menu.deleteLater()

    monkeypatch.setattr(editor, "selection_provider", lambda: FakeSelection(0, ((5.0, 6.0, 7.0, 8.0),), "Fudan"))
    menu = editor.field_menu(field)
    menu.findChild(QAction, "actionUseSelectionInField").trigger()
    menu.deleteLater()
    assert _institution(window, a) == "Fudan"
    menu = editor.field_menu(field)
    revert = menu.findChild(QAction, "actionRevertField")
    assert revert.isEnabled()
    revert.trigger()
    menu.deleteLater()
    assert _institution(window, a) == "清华大学"


def test_clicking_an_entry_title_picks_it_and_flashes_its_source(window, ids, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    flashed: list[list[dict[str, Any]]] = []
    monkeypatch.setattr(window.document_view, "flash_sources", flashed.append)
    editor = window.profile_editor
    title = editor.sections[("education",)].entries[1].title
    qtbot.mouseClick(title, Qt.MouseButton.LeftButton)
    assert editor.current_entry() == (("education",), 1)
    assert flashed == [[{"page": 0, "rect": [1.0, 2.0, 3.0, 4.0]}]]


def test_revert_finds_the_parsed_entry_after_a_reorder(window, ids, qtbot) -> None:  # type: ignore[no-untyped-def]
    a, _ = ids
    window.profile_editor.move_entry(("education",), 0, 1)  # 清华大学 is now second
    field = _field(window, "education", 1, "institution")
    assert field.widget.text() == "清华大学" and not field.changed
    _type_into(qtbot, field, "Tsinghua")
    _leave(window)
    assert field.changed and field.parsed_value == "清华大学"
    window.profile_editor.revert_field(field)
    assert _institution(window, a, 1) == "清华大学"


def test_paper_status_track_and_position_are_editable_and_feed_the_facts_at_once(window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    status_source = [{"page": 0, "rect": [300.0, 40.0, 360.0, 52.0]}]
    paper = {
        "name": "Sparse Routing", "x-venue": "NeurIPS", "x-rank": "CCF-A", "x-status": "under-review",
        "x-track": "main", "x-source": SOURCE, "x-fieldSources": {"x-status": status_source},
    }
    cid = add_candidate(window.library, "paper résumé", make_profile("王芳", publications=[paper]), "wang.pdf")
    window.reload_candidates()
    assert window.select_candidate(cid)
    facts = window.profile_editor.publication_facts
    assert facts.text() == "Papers 1 · published 0 · first or co-first author 0 · CCF-A 0"
    flashed: list[list[dict[str, Any]]] = []
    monkeypatch.setattr(window.document_view, "flash_sources", flashed.append)
    status = _field(window, "publications", 0, "x-status").widget
    status.setFocus()
    assert flashed[-1] == status_source  # the words that told the status, as for every field
    assert status.currentData() == "under-review" and _field(window, "publications", 0, "x-track").widget.currentData() == "main"

    def choose(key: str, value: str) -> None:
        combo = _field(window, "publications", 0, key).widget
        combo.setCurrentIndex(combo.findData(value))
        combo.activated.emit(combo.currentIndex())

    choose("x-status", "accepted")  # the reviewer checked: it was accepted
    assert facts.text() == "Papers 1 · published 1 · first or co-first author unknown · CCF-A 1"
    choose("x-authorPosition", "first")
    assert facts.text() == "Papers 1 · published 1 · first or co-first author 1 · CCF-A 1"
    choose("x-track", "workshop")
    assert facts.text().endswith("· CCF-A 0")
    assert window.library.profile(cid)["publications"][0]["x-track"] == "workshop"
    window.undo_stack.undo()
    assert facts.text().endswith("· CCF-A 1")
