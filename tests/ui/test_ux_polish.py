"""What a reviewer notices on first use: the toolbar, the fitted page, the import report, the status bar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QToolButton
from pytestqt.qtbot import QtBot

from tests.fixtures import sample_path
from ui.main_window import MainWindow, toolbar_label

IMPORT_TIMEOUT_MS = 60_000


def test_toolbar_offers_import_folder_compare_and_export_next_to_import(window: MainWindow) -> None:
    actions = window.main_toolbar.actions()
    names = [a.objectName() for a in actions]
    separator = actions.index(window.toolbar_separator)
    for name in ("actionImportFiles", "actionImportFolder", "actionCompare"):
        assert name in names and names.index(name) < separator
    export = window.main_toolbar.findChild(QToolButton, "toolbarExport")
    assert export is not None and export.menu() is window.export_menu
    assert actions.index(window.main_toolbar.actionAt(export.geometry().center())) < separator
    assert window.main_toolbar.widgetForAction(window.findChild(QAction, "actionCompare")).text() == "Compare"


def test_fit_width_in_a_wide_pane_needs_no_horizontal_scroll_bar(window: MainWindow, qtbot: QtBot, add_pdf_candidate) -> None:  # type: ignore[no-untyped-def]
    window.resize(1900, 1000)
    window.splitter.setSizes([300, 1200, 400])
    add_pdf_candidate([["Jane Doe", "Senior Engineer"]])
    view = window.document_view
    qtbot.waitUntil(lambda: view.viewport().width() > 1000)
    assert view.zoom() > 1.5  # the page is scaled up, and so are the gaps around it
    assert view.horizontalScrollBar().maximum() == 0


def test_import_report_says_why_a_file_failed_without_opening_the_details(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"")
    with qtbot.waitSignal(window.importer.import_finished, timeout=IMPORT_TIMEOUT_MS):
        window.import_paths([sample_path("en_ml"), bad])
    report = window.findChild(QMessageBox, "importReport")
    assert report is not None
    qtbot.waitUntil(report.isVisible)
    assert "1 imported" in report.text()
    assert "broken.pdf: The file is empty." in report.text()
    report.close()


def test_page_number_is_hidden_while_the_compare_view_is_shown(window: MainWindow, qtbot: QtBot, add_pdf_candidate) -> None:  # type: ignore[no-untyped-def]
    add_pdf_candidate([["Jane Doe"]], "a.pdf")
    add_pdf_candidate([["John Roe"]], "b.pdf")
    assert window.page_label.isVisible() and window.page_label.text() == "Page 1 of 1"
    window.findChild(QAction, "actionCompare").trigger()
    assert window.compare.is_open()
    assert not window.page_label.isVisible()
    window.compare.close()
    assert window.page_label.isVisible()


def test_first_window_fits_the_screen(window: MainWindow) -> None:
    available = window.screen().availableGeometry()
    assert window.width() <= available.width() and window.height() <= available.height()


def test_toolbar_buttons_read_without_mnemonics_or_ellipses(window: MainWindow) -> None:
    assert toolbar_label("导入文件(&I)…") == "导入文件"
    assert toolbar_label("Import &Folder…") == "Import Folder"
    button = window.main_toolbar.widgetForAction(window.findChild(QAction, "actionImportFiles"))
    assert button.text() == "Import Files"


def test_tab_walks_the_review_tab_as_it_reads(window: MainWindow, qtbot: QtBot, add_pdf_candidate) -> None:  # type: ignore[no-untyped-def]
    add_pdf_candidate([["Jane Doe", "Machine learning engineer"]])
    panel = window.review_panel.panel
    window.side_tabs.setCurrentWidget(panel)
    areas = list(panel.areas.values())
    add = panel.tag_editor.add_button
    add.setFocus()
    qtbot.waitUntil(add.hasFocus)
    qtbot.keyClick(add, Qt.Key.Key_Tab)
    assert areas[0].hasFocus()  # the rating areas come right after the tags, not after the toolbar
    qtbot.keyClick(areas[0], Qt.Key.Key_Tab)
    assert areas[0].buttons[1].hasFocus()
    areas[-1].attach.setFocus()
    qtbot.waitUntil(areas[-1].attach.hasFocus)
    qtbot.keyClick(areas[-1].attach, Qt.Key.Key_Tab)
    assert panel.summary.hasFocus()
