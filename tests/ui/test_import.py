"""Importing through the real path: import_paths → worker thread → progress dialog → list, document, report."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pymupdf
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot

from resources.samples.people import RESUMES, by_role
from storage.records import ImportOutcome
from tests.fixtures import sample_path
from ui.main_window import MainWindow

IMPORT_TIMEOUT_MS = 60_000


def run_import(qtbot: QtBot, window: MainWindow, start: Callable[[], object]) -> list[ImportOutcome]:
    """Start an import and wait for the whole run to finish; the outcomes in file order."""
    with qtbot.waitSignal(window.importer.import_finished, timeout=IMPORT_TIMEOUT_MS) as blocker:
        start()
    return blocker.args[0]  # type: ignore[no-any-return]


def list_names(window: MainWindow) -> list[str]:
    """The names the candidate list shows, top to bottom."""
    return [window.proxy.index(row, 0).data() for row in range(window.proxy.rowCount())]


def test_two_samples_appear_in_the_list_and_the_document_shows_the_first_page(window: MainWindow, qtbot: QtBot) -> None:
    assert window.document_stack.currentWidget() is window.empty_state
    outcomes = run_import(qtbot, window, lambda: window.import_paths([sample_path("zh_phd"), sample_path("en_ml")]))
    assert [o.status for o in outcomes] == ["imported", "imported"]
    assert sorted(list_names(window)) == sorted([by_role("zh_phd").name, by_role("en_ml").name])
    assert window.document_stack.currentWidget() is window.document_view

    row = list_names(window).index(by_role("zh_phd").name)
    rect = window.candidate_list.visualRect(window.proxy.index(row, 0))
    qtbot.mouseClick(window.candidate_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.candidate_id == outcomes[0].candidate_id
    view = window.document_view
    assert view.page_count() == by_role("zh_phd").pages
    qtbot.waitUntil(lambda: view.is_rendered(0))
    assert 0 in view.visible_pages()
    qtbot.waitUntil(lambda: window.page_label.text() == f"Page 1 of {by_role('zh_phd').pages}")


def test_importing_the_same_files_again_adds_no_row(window: MainWindow, qtbot: QtBot) -> None:
    paths = [sample_path("zh_master"), sample_path("en_research")]
    first = run_import(qtbot, window, lambda: window.import_paths(paths))
    again = run_import(qtbot, window, lambda: window.import_paths(paths))
    assert [o.status for o in again] == ["duplicate", "duplicate"]
    assert [o.candidate_id for o in again] == [o.candidate_id for o in first]
    assert window.proxy.rowCount() == 2


def test_a_bad_file_is_reported_by_name_and_the_others_still_import(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"")
    outcomes = run_import(qtbot, window, lambda: window.import_paths([sample_path("zh_sidebar"), bad, sample_path("mixed")]))
    assert [o.status for o in outcomes] == ["imported", "failed", "imported"]
    report = window.findChild(QMessageBox, "importReport")
    assert report is not None
    qtbot.waitUntil(report.isVisible)
    assert "broken.pdf" in report.detailedText()
    assert "2 imported" in report.text() and "1 failed" in report.text()
    report.close()
    assert sorted(list_names(window)) == sorted([by_role("zh_sidebar").name, by_role("mixed").name])


def test_cancelling_from_the_progress_dialog_stops_the_run(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    files = []
    with pymupdf.open(sample_path("en_ml")) as source:
        for number in range(40):  # different bytes each, so every file is really parsed and stored
            source.set_metadata({"title": f"copy {number}"})
            path = tmp_path / f"copy-{number:02}.pdf"
            path.write_bytes(source.tobytes(no_new_id=True))
            files.append(path)

    def start_and_cancel() -> None:
        assert window.import_paths(files)
        dialog = window.findChild(QProgressDialog, "importProgress")
        assert dialog is not None
        cancel = dialog.findChild(QPushButton)
        assert cancel is not None and cancel.text() == "Cancel"
        cancel.click()  # the dialog may not be on screen yet (it waits 300 ms): click() works regardless

    outcomes = run_import(qtbot, window, start_and_cancel)
    assert len(outcomes) < len(files)  # the documents being read are abandoned too
    assert not window.importer.is_running()
    assert window.proxy.rowCount() == sum(o.status == "imported" for o in outcomes)
    assert window.findChild(QMessageBox, "importReport") is None  # cancelling is not a failure


def test_dropping_a_folder_and_a_file_imports_both(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "inbox" / "nested"
    folder.mkdir(parents=True)
    shutil.copy(sample_path("zh_docx"), folder)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "inbox")), QUrl.fromLocalFile(str(sample_path("en_markdown")))])
    enter = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dragEnterEvent(enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    outcomes = run_import(qtbot, window, lambda: window.dropEvent(drop))
    assert [o.status for o in outcomes] == ["imported", "imported"]
    assert sorted(list_names(window)) == sorted([by_role("zh_docx").name, by_role("en_markdown").name])


def test_the_empty_state_button_loads_every_sample(window: MainWindow, qtbot: QtBot) -> None:
    button = window.empty_state.findChild(QPushButton, "emptyStateSamples")
    assert button is not None and button.isVisible()
    outcomes = run_import(qtbot, window, lambda: qtbot.mouseClick(button, Qt.MouseButton.LeftButton))
    assert [o.status for o in outcomes] == ["imported"] * len(RESUMES)
    assert sorted(list_names(window)) == sorted(r.name for r in RESUMES)
    assert window.candidate_id != 0  # the first candidate is shown, not the empty state
    assert window.document_stack.currentWidget() is window.document_view
