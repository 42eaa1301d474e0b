"""The window on a damaged library: a warning offering a backup, nothing written; File › Restore from Backup…."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

import main
from storage import backups, integrity
from storage.library import Library, LibraryDamagedError
from tests.conftest import add_candidate, make_profile
from tests.storage.test_backups import candidates_in, damage_pages
from ui.app import open_window
from ui.main_window import OPEN_WINDOWS, MainWindow


def _shown(box: QMessageBox, shown: list[str]) -> None:
    """Record what a box says (always as plain text: it carries file paths), then let Qt delete it."""
    assert box.textFormat() == Qt.TextFormat.PlainText
    shown.append(box.text())
    box.deleteLater()


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The text of every message box shown; each is answered with its accepting button (Restore, Yes)."""
    shown: list[str] = []

    def accept(box: QMessageBox) -> int:
        _shown(box, shown)
        accepting = [b for b in box.buttons() if box.buttonRole(b) in (QMessageBox.ButtonRole.AcceptRole, QMessageBox.ButtonRole.YesRole)]
        monkeypatch.setattr(box, "clickedButton", lambda: accepting[0] if accepting else None)
        return int(QMessageBox.StandardButton.Yes)

    monkeypatch.setattr(QMessageBox, "exec", accept)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *args: (args[3][-1], True))  # the oldest backup
    return shown


@pytest.fixture
def declined(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The text of every message box shown; each is closed without choosing anything."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: _shown(box, shown) or 0)
    return shown


def library_with(path: Path, names: list[str]) -> None:
    library = Library(path)
    for name in names:
        add_candidate(library, f"{name} 大模型 " * 500, make_profile(name))
    library.close()

def test_restore_from_backup_reopens_the_window_on_it(qtbot, window: MainWindow, boxes: list[str]) -> None:  # type: ignore[no-untyped-def]
    path = window.library.path
    add_candidate(window.library, "first", make_profile("Ada"))
    backups.make(path)
    add_candidate(window.library, "second", make_profile("Bo"))
    window.findChild(type(window.backups.action), "actionRestoreBackup").trigger()
    restored = OPEN_WINDOWS[-1]
    qtbot.addWidget(restored)
    assert restored is not window and restored.library.count() == 1
    assert restored.model.rowCount() == 1
    qtbot.waitUntil(lambda: 2 in {candidates_in(b.path) for b in backups.backups(path)})  # the replaced state is kept

def test_damage_found_after_opening_warns_and_nothing_more_is_written(  # type: ignore[no-untyped-def]
    qtbot, library_path: Path, declined: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    boxes = declined
    library_with(library_path, ["张伟"])
    library_with(library_path, [])  # opening again backs it up
    good = backups.latest(library_path)
    # The documents' bytes fail SQLite's full check, which the window runs after it opens
    # (tests/storage/test_backups.py damages real pages for it).
    monkeypatch.setattr(integrity, "problems", lambda path, full=True: ["Tree 16 page 9: invalid page number"] if full else [])
    before = library_path.read_bytes()
    window = main.create_main_window(library_path)
    qtbot.addWidget(window)
    window.show()  # the full check starts once the window shows
    qtbot.waitUntil(lambda: bool(boxes), timeout=10_000)
    assert window.library.read_only and "damaged" in boxes[0] and "read-only" in boxes[0]
    assert good is not None and str(good.path) in boxes[0]
    assert "damaged" in window.statusBar().currentMessage()
    failures: list[str] = []
    window.library_model.write_failed.connect(failures.append)
    with pytest.raises(LibraryDamagedError):
        window.library_model.set_status([1], "shortlisted")
    assert failures and "damaged" in failures[0]
    window.library.close()
    assert library_path.read_bytes() == before
    assert backups.latest(library_path) == good


def test_a_library_too_damaged_to_show_offers_its_latest_backup(qtbot, library_path: Path, boxes: list[str]) -> None:  # type: ignore[no-untyped-def]
    library_with(library_path, ["张伟", "Ada"])
    library_with(library_path, [])  # opening again backs it up
    damage_pages(library_path)
    window = open_window(library_path)
    assert window is not None
    qtbot.addWidget(window)
    window.show()
    assert "damaged" in boxes[0] and window.library.count() == 2 and window.library.damage is None

def test_restore_menu_without_backups_says_where_they_would_be(window: MainWindow, boxes: list[str]) -> None:
    window.backups.choose_backup()
    assert ".backups" in boxes[-1]
