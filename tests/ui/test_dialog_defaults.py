"""Dialogs start where the reviewer works: file dialogs in Documents or the folder used last; Remove defaults to No."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox

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


def test_remove_asks_with_no_as_the_default(
    window: MainWindow, add_pdf_candidate: Callable[..., int], monkeypatch: pytest.MonkeyPatch
) -> None:
    cid = add_pdf_candidate([["张伟 算法工程师"]])
    asked: list[Any] = []

    def question(*args: Any) -> QMessageBox.StandardButton:
        asked.append(args)
        return args[4]  # Enter: the default button

    monkeypatch.setattr(QMessageBox, "question", question)
    window.action_delete.trigger()
    assert asked[0][4] == QMessageBox.StandardButton.No
    assert window.library.count() == 1 and window.model.row_of(cid) is not None
