"""Dialogs start where the reviewer works: file dialogs in Documents or the folder used last."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog

from ui.main_window import MainWindow


def test_import_dialog_starts_in_documents_then_where_the_last_import_came_from(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    starts: list[str] = []
    chosen = tmp_path / "résumés" / "a.pdf"
    chosen.parent.mkdir()

    def dialog(_parent: object, _title: str, start: str, _filter: str) -> tuple[list[str], str]:
        starts.append(start)
        return [str(chosen)], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", dialog)
    monkeypatch.setattr(window, "import_paths", lambda _paths: True)
    window.action_import_files.trigger()
    window.action_import_files.trigger()
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert starts[0] in (documents, str(Path.home())) and starts[0] != ""
    assert starts[1] == str(chosen.parent)
