"""People in the window: one row per person, a document picker with version marks, merge and split with undo."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from storage.records import Passage
from tests.storage.resume_versions import write_namesake, write_versions
from tests.ui.test_import import list_names, run_import
from ui.main_window import MainWindow


def _documents_column(window: MainWindow) -> list[str]:
    column = [key for key, _ in window.model.COLUMNS].index("document_count")
    return [window.proxy.index(row, column).data() for row in range(window.proxy.rowCount())]


def _shown_file(window: MainWindow) -> str:
    return window.library.document(window.shell.candidate_id, window.shell.document_id).file_name


def test_one_persons_resume_in_four_formats_and_two_languages_is_one_row(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    outcomes = run_import(qtbot, window, lambda: window.import_paths(write_versions(tmp_path)))
    assert [o.joined for o in outcomes] == [False, True, True, True]
    assert list_names(window) == ["王思远"] and _documents_column(window) == ["4"]
    assert "joined: wang_en.md → #1" in window.statusBar().currentMessage()
    picker = window.document_picker
    assert picker.widget.isVisible()
    assert [picker.combo.itemText(i).split("  ")[0] for i in range(picker.combo.count())] == [
        "wang_zh.docx", "wang_en.pdf", "wang_en.md", "wang_zh.txt"
    ]
    assert window.profile_editor.name_label.text() == "王思远"

    picker.combo.setCurrentIndex(1)
    picker.combo.activated.emit(1)
    assert _shown_file(window) == "wang_en.pdf"
    name = next(f for f in window.profile_editor.basic_fields if f.spec.key == ("name",))
    assert name.widget.text() == "Siyuan Wang"


def test_a_version_with_another_degree_is_marked(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    [zh, en, *_] = write_versions(tmp_path)
    en.write_text(en.read_text(encoding="utf-8").replace("Ph.D.", "M.S."), encoding="utf-8")
    run_import(qtbot, window, lambda: window.import_paths([zh, en]))
    window.document_picker.combo.activated.emit(1)  # newest first: the Chinese version
    assert _shown_file(window) == "wang_zh.txt"
    degree = window.profile_editor.sections[("education",)].entries[0]
    marks = [f for f in degree.fields if f.version_mark is not None and f.version_mark.isVisibleTo(window)]
    assert [f.spec.key for f in marks] == [("studyType",)]
    assert marks[0].version_mark is not None and "wang_en.md says “M.S.”" in marks[0].version_mark.toolTip()


def test_merge_and_split_are_undo_steps(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    versions = write_versions(tmp_path)
    outcomes = run_import(qtbot, window, lambda: window.import_paths([versions[0], write_namesake(tmp_path)]))
    assert outcomes[1].suggested == (outcomes[0].candidate_id,)
    assert "same name" in window.statusBar().currentMessage()
    window.library_model.set_summary(2, "Met at NeurIPS.")
    window.candidate_list.selectAll()
    assert window.people.action_merge.isEnabled()
    window.people.action_merge.trigger()
    assert list_names(window) == ["Wang Siyuan"] and _documents_column(window) == ["2"]  # the newest document's name
    assert window.shell.candidate_id == 1 and window.document_picker.combo.count() == 2
    assert window.library.review(1).summary == "Met at NeurIPS."

    window.undo_stack.undo()
    assert sorted(list_names(window)) == ["Wang Siyuan", "王思远"] and _documents_column(window) == ["1", "1"]
    assert window.library.review(2).summary == "Met at NeurIPS." and window.library.review(1).summary == ""
    window.undo_stack.redo()
    assert _documents_column(window) == ["2"]

    window.shell.select_candidate(1)
    window.document_picker.combo.activated.emit(0)  # newest first: the namesake's file
    assert _shown_file(window) == "wang_siyuan_other.txt"
    assert window.people.action_split.isEnabled()
    window.people.action_split.trigger()
    assert sorted(list_names(window)) == ["Wang Siyuan", "王思远"]
    assert window.undo_stack.undoText() == "Split wang_siyuan_other.txt off"
    window.undo_stack.undo()
    assert list_names(window) == ["Wang Siyuan"] and _documents_column(window) == ["2"]
    window.undo_stack.redo()
    assert sorted(list_names(window)) == ["Wang Siyuan", "王思远"]


def test_evidence_on_another_version_shows_that_version(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    run_import(qtbot, window, lambda: window.import_paths(write_versions(tmp_path)[:2]))
    person = window.shell.candidate_id
    newest, oldest = window.library.documents(person)
    highlight = window.library_model.add_highlight(person, Passage(0, ((10, 10, 90, 20),), "清华大学"), 0, document_id=oldest.id)
    window.library_model.add_candidate_tag(person, "Top school", "strength", [highlight])
    window.shell.show_document(newest.id)
    assert window.highlights.model.records() == []  # the newest version has no highlight
    window.review_panel.jump_to(highlight)
    assert _shown_file(window) == oldest.file_name
    assert [h.id for h in window.highlights.model.records()] == [highlight]
