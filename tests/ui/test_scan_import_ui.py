"""A scan imported from the window: the progress dialog says which page OCR reads, then the candidate is listed."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QProgressDialog
from pytestqt.qtbot import QtBot

from tests.fixtures import write_small_scan
from tests.ui.test_import import IMPORT_TIMEOUT_MS, list_names
from ui.main_window import MainWindow


@pytest.mark.ocr
def test_the_progress_dialog_names_the_scanned_page_being_read(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    scan = write_small_scan(tmp_path / "scan.png")
    with qtbot.waitSignal(window.importer.import_finished, timeout=IMPORT_TIMEOUT_MS) as blocker:
        assert window.import_paths([scan])
        dialog = window.findChild(QProgressDialog, "importProgress")
        qtbot.waitUntil(lambda: dialog.labelText() == "Reading scanned page 1 of 1: scan.png…", timeout=IMPORT_TIMEOUT_MS)
    [outcome] = blocker.args[0]
    assert outcome.status == "imported" and list_names(window) == ["Jane Doe"]
