"""Export from the window: menus, single files through the save dialog, batches with progress, CSV, comparison."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path

import pymupdf
import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QProgressDialog, QToolButton

import main
from tests.conftest import line_pdf, make_profile, store_pdf_candidate
from ui.export_actions import ScopeDialog
from ui.main_window import MainWindow


@pytest.fixture
def ids(window: MainWindow) -> list[int]:
    """Three candidates: 张伟 (shortlisted, one highlight), Ada Lee (shortlisted), 李娜 (new)."""
    library = window.library
    found = []
    for name in ("张伟", "Ada Lee", "李娜"):
        found.append(store_pdf_candidate(library, line_pdf(name), make_profile(name), f"{name}.pdf", text=name))
    library.set_status(found[:2], "shortlisted")
    library.add_highlight(found[0], 0, [(72, 60, 100, 76)], "张伟", color=1, note="核实")
    window.reload_candidates()
    return found


@pytest.fixture
def save_as(monkeypatch: pytest.MonkeyPatch) -> Callable[[Path], list[str]]:
    """Answer every save dialog with a path; returns the list of file names the dialogs suggested."""

    def answer(target: Path) -> list[str]:
        asked: list[str] = []

        def save_name(_parent, _title, suggested, _filter):  # type: ignore[no-untyped-def]
            asked.append(suggested)
            return str(target), ""

        monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
        return asked

    return answer


def select(window: MainWindow, qtbot, candidate_ids: list[int]) -> None:  # type: ignore[no-untyped-def]
    window.candidate_list.clearSelection()
    window.select_candidate(candidate_ids[0])
    selection = window.candidate_list.selectionModel()
    for cid in candidate_ids[1:]:
        row = window.model.row_of(cid)
        index = window.proxy.mapFromSource(window.model.index(row, 0))
        selection.select(index, selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
    assert sorted(window.selected_candidate_ids()) == sorted(candidate_ids)


def test_actions_in_file_export_menu_and_list_menu(window: MainWindow, ids: list[int]) -> None:
    names = [a.objectName() for a in window.export_menu.actions() if not a.isSeparator()]
    assert names == [
        "actionExportPdf", "actionExportAnnotatedPdf", "actionExportJson", "actionExportMarkdown",
        "actionExportCsv", "actionExportBatch", "actionExportComparison",
    ]
    listed = [a for a in window.extra_list_actions() if a.objectName() == "actionListExport"]
    assert len(listed) == 1 and listed[0].menu() is window.exports.list_menu
    assert [a.objectName() for a in window.exports.list_menu.actions()] == names


def test_actions_follow_what_can_be_exported(qtbot, library_path: Path) -> None:  # type: ignore[no-untyped-def]
    empty = main.create_main_window(library_path)
    qtbot.addWidget(empty)
    assert not empty.exports.single_actions["pdf"].isEnabled()
    assert not empty.exports.action_comparison.isEnabled()


def test_pdf_report_through_the_save_dialog(window: MainWindow, ids: list[int], tmp_path: Path, save_as) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "out" / "report.pdf"
    asked = save_as(target)
    window.select_candidate(ids[0])
    window.exports.single_actions["pdf"].trigger()
    assert Path(asked[0]).name == "张伟.pdf"
    assert "张伟" in pymupdf.open(target)[0].get_text()
    assert str(target) in window.statusBar().currentMessage()


def test_annotated_pdf_export(window: MainWindow, ids: list[int], tmp_path: Path) -> None:
    path = window.exports.export_one(ids[0], "annotated-pdf", tmp_path / "a.pdf")
    assert path is not None
    doc = pymupdf.open(path)
    page = doc[0]
    assert [a.info["content"] for a in page.annots()] == ["核实"]


def test_many_selected_export_into_a_folder_with_progress(window: MainWindow, ids: list[int], tmp_path: Path, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "batch"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_args: str(folder))
    select(window, qtbot, ids)
    with qtbot.waitSignal(window.exports.batch_finished, timeout=20000) as blocker:
        window.exports.single_actions["md"].trigger()
        assert window.exports.is_running()
        assert window.findChild(QProgressDialog, "exportProgress") is not None
        assert not window.exports.single_actions["pdf"].isEnabled()  # one batch at a time
    results = blocker.args[0]
    assert [r.done for r in results] == [1, 2, 3]
    assert sorted(p.name for p in folder.iterdir()) == ["Ada Lee.md", "张伟.md", "李娜.md"]
    assert not window.exports.is_running() and window.exports.single_actions["pdf"].isEnabled()
    assert "3 file(s)" in window.statusBar().currentMessage()


def test_batch_dialog_choices(window: MainWindow, ids: list[int], qtbot) -> None:  # type: ignore[no-untyped-def]
    select(window, qtbot, ids[1:])
    scopes = window.exports.scopes()
    assert [(label, sorted(found)) for label, found in scopes] == [
        ("Selected candidates (2)", sorted(ids[1:])),
        ("New (1)", [ids[2]]),
        ("Shortlisted (2)", ids[:2]),
        ("Whole library (3)", ids),
    ]
    dialog = ScopeDialog(scopes, with_format=True, parent=window)
    dialog.scope.setCurrentIndex(2)
    dialog.format.setCurrentIndex(dialog.format.findData("json"))
    assert dialog.chosen_ids() == ids[:2] and dialog.chosen_format() == "json"
    assert dialog.format.isVisibleTo(dialog)
    csv_dialog = ScopeDialog(scopes, with_format=False, parent=window)
    assert not csv_dialog.format.isVisibleTo(csv_dialog)


def test_csv_of_a_status(window: MainWindow, ids: list[int], tmp_path: Path, monkeypatch, save_as) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "shortlist.csv"

    def choose_shortlisted(dialog: ScopeDialog) -> int:
        dialog.scope.setCurrentIndex(dialog.scope.findText("Shortlisted (2)"))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(ScopeDialog, "exec", choose_shortlisted)
    save_as(target)
    window.exports.action_csv.trigger()
    rows = list(csv.reader(io.StringIO(target.read_bytes().decode("utf-8-sig"))))
    assert [row[1] for row in rows[1:]] == ["张伟", "Ada Lee"]


def test_comparison_of_two_selected_and_of_the_compare_view(window: MainWindow, ids: list[int], tmp_path: Path, qtbot, save_as) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "cmp.pdf"
    asked = save_as(target)
    window.select_candidate(ids[0])
    assert not window.exports.action_comparison.isEnabled()
    select(window, qtbot, ids[:2])
    assert window.exports.action_comparison.isEnabled()
    window.exports.action_comparison.trigger()
    assert Path(asked[0]).name == "张伟 vs Ada Lee.pdf"
    assert "张伟 vs Ada Lee" in pymupdf.open(target)[0].get_text()

    window.compare.open(ids[2], ids[0])
    assert window.exports.comparison_pair() == (ids[2], ids[0])
    assert window.exports.action_comparison.isEnabled()


def test_write_failure_is_reported(window: MainWindow, ids: list[int], tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert window.exports.export_one(ids[0], "pdf", blocker / "x.pdf") is None
    box = window.findChild(QMessageBox, "exportError")
    assert box is not None and "cannot write" in box.text()
    box.close()


def test_compare_view_has_an_export_button(window: MainWindow, ids: list[int], tmp_path: Path, save_as) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "cmp.pdf"
    save_as(target)
    window.compare.open(ids[1], ids[0])
    button = window.compare.view.findChild(QToolButton, "compareExportPdf")
    assert button is not None and button.isVisible() and button.isEnabled()
    button.click()
    assert "Ada Lee vs 张伟" in pymupdf.open(target)[0].get_text()
