"""A damaged library is caught and never written; backups are made, bounded, listed and restored."""

from __future__ import annotations

import shutil
import sqlite3
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from storage import backups
from storage import library as library_module
from storage.library import Library, LibraryDamagedError
from tests.conftest import add_candidate, make_profile, run_cli

STORED = sorted((Path(__file__).parent / "libraries").glob("schema-*.shortlist"))
NAMES = ["王小明", "Ada Example"]


def candidates_in(path: Path) -> int:
    """How many candidates a backup holds (read without opening it as a library, which would back it up)."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(connection.execute("SELECT count(*) FROM candidate").fetchone()[0])
    finally:
        connection.close()


def damage_pages(path: Path, tables: tuple[str, ...] = ("candidate", "profile", "document"), overflow: bool = False) -> None:
    """Overwrite pages of these tables with garbage, as a failing disk would: the first page of each,
    or (*overflow*) the pages holding their large values, such as the documents' bytes."""
    connection = sqlite3.connect(path)
    page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    kind = "pagetype = 'overflow'" if overflow else "path = '/'"
    marks = ",".join("?" * len(tables))
    pages = [row[0] for row in connection.execute(f"SELECT pageno FROM dbstat WHERE name IN ({marks}) AND {kind}", tables)]
    connection.close()
    assert pages
    with open(path, "r+b") as file:
        for page in pages:
            file.seek((page - 1) * page_size)
            file.write(b"\xde\xad\xbe\xef" * (page_size // 4))


@pytest.fixture(params=STORED, ids=[p.stem for p in STORED])
def stored(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    """A copy of a stored library of one released schema."""
    copy = tmp_path / "library.shortlist"
    shutil.copy(request.param, copy)
    return copy


def test_damaged_library_is_refused_with_the_latest_good_backup_and_never_written(
    stored: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run_cli(capsys, "list", "--library", str(stored))
    assert code == 0 and len(out.splitlines()) == 2  # opening it made the first backup
    good = backups.latest(stored)
    assert good is not None
    damage_pages(stored)
    damaged_bytes = stored.read_bytes()

    for command in (["list"], ["search", "大模型"], ["export", "--all", "--format", "json", "--out", str(stored.parent / "out")]):
        code, out, err = run_cli(capsys, *command, "--library", str(stored))
        assert code == 1 and out == ""
        assert len(err.strip().splitlines()) == 1 and "damaged" in err and str(good.path) in err
    with pytest.raises(LibraryDamagedError):
        lib = Library(stored)
        lib.set_summary(1, "written into a damaged file?")
    assert stored.read_bytes() == damaged_bytes
    assert backups.latest(stored) == good  # a damaged file never pushes a good backup out

    code, out, _ = run_cli(capsys, "restore", str(good.path), "--library", str(stored))
    assert code == 0 and "restored" in out
    code, out, _ = run_cli(capsys, "list", "--library", str(stored))
    assert code == 0 and [line.split("\t")[1] for line in out.splitlines()] == NAMES
    kept = list(backups.folder(stored).glob("library-damaged-*.shortlist"))
    assert len(kept) == 1 and kept[0].read_bytes() == damaged_bytes  # restoring loses nothing


def test_damaged_library_without_backup_says_so(stored: Path, capsys: pytest.CaptureFixture[str]) -> None:
    damage_pages(stored)
    code, _, err = run_cli(capsys, "list", "--library", str(stored))
    assert code == 1 and "There is no backup" in err and len(err.strip().splitlines()) == 1


def test_damage_found_in_the_background_turns_the_library_read_only(library_path: Path) -> None:
    lib = Library(library_path)
    cid = add_candidate(lib, "大模型 " * 2000, make_profile("张伟"))
    lib.close()
    damage_pages(library_path, ("document",), overflow=True)
    opened = Library(library_path, full_check=False)  # the cheap check skips the documents' bytes
    assert opened.damage is None
    found: list[LibraryDamagedError] = []
    opened.on_damage(found.append)
    opened.start_background_checks()
    opened.close()
    assert opened.damage and opened.read_only and "damaged" in str(found[0])
    with pytest.raises(LibraryDamagedError):
        opened.set_summary(cid, "not into a damaged file")


def test_restore_backs_up_the_current_library_first(library_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lib = Library(library_path)
    add_candidate(lib, "first", make_profile("A"))
    lib.close()
    first = backups.make(library_path)
    lib = Library(library_path)
    add_candidate(lib, "second", make_profile("B"))
    lib.close()
    code, out, _ = run_cli(capsys, "restore", str(first.path), "--library", str(library_path))
    assert code == 0 and "backed up" in out
    assert Library(library_path).count() == 1
    newest = backups.latest(library_path)
    assert newest is not None and candidates_in(newest.path) == 2  # the undone state is a backup too


def test_restore_refuses_a_file_that_is_not_a_good_backup(library_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lib = Library(library_path)
    add_candidate(lib, "kept", make_profile("A"))
    lib.close()
    bogus = library_path.parent / "bogus.shortlist"
    bogus.write_bytes(b"not sqlite" * 500)
    code, _, err = run_cli(capsys, "restore", str(bogus), "--library", str(library_path))
    assert code == 2 and "not a good backup" in err
    assert Library(library_path).count() == 1


def test_backups_while_editing_every_interval(library_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(library_module, "BACKUP_INTERVAL", 0.0)
    lib = Library(library_path)
    cid = add_candidate(lib, "x", make_profile("A"))
    lib.set_summary(cid, "one")
    time.sleep(0.01)
    lib.set_summary(cid, "two")
    lib.close()
    found = backups.backups(library_path)
    assert found
    connection = sqlite3.connect(found[0].path)
    assert connection.execute("SELECT summary FROM candidate WHERE id = ?", (cid,)).fetchone()[0] == "two"
    connection.close()


def test_backups_command_lists_newest_first(library_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lib = Library(library_path)
    add_candidate(lib, "x", make_profile("A"))
    lib.close()
    made = backups.make(library_path)
    code, out, _ = run_cli(capsys, "backups", "--library", str(library_path))
    assert code == 0 and str(made.path) in out.splitlines()[0]


def test_backups_are_bounded_in_count_and_age(library_path: Path) -> None:
    Library(library_path).close()
    folder = backups.folder(library_path)
    folder.mkdir()
    now = datetime.now(timezone.utc)
    for days in range(40):
        moment = now - timedelta(days=days, hours=1)
        shutil.copy(library_path, folder / f"test-{moment.strftime('%Y%m%d-%H%M%S')}.shortlist")
    backups.prune(library_path)
    kept = backups.backups(library_path)
    assert len(kept) == backups.MAX_BACKUPS
    assert all(now - b.created <= backups.MAX_AGE for b in kept)
    for old in kept[1:]:
        old.path.unlink()
    backups.prune(library_path, now=now + timedelta(days=365))
    assert backups.backups(library_path) == kept[:1]  # the newest stays, however old
