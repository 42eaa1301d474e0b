"""The library file: round trip, de-duplication, edits, highlights, failures."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from storage.db import LibraryError
from storage.library import Library
from tests.conftest import add_candidate, make_profile, run_cli


def test_round_trip_survives_reopening(library_path: Path) -> None:
    lib = Library(library_path)
    profile = make_profile("李娜", work=[{"name": "字节跳动", "position": "算法实习生"}],
                           education=[{"institution": "清华大学", "studyType": "博士", "x-level": "doctorate"}],
                           publications=[{"name": "A"}, {"name": "B"}])
    cid = add_candidate(lib, "李娜 的简历", profile)
    lib.close()

    again = Library(library_path)
    row = again.summary(cid)
    assert (row.display_name, row.organization, row.highest_degree, row.publication_count) == ("李娜", "字节跳动", "博士", 2)
    assert row.status == "new"
    assert again.profile(cid) == profile
    assert again.document(cid).data == "李娜 的简历".encode()
    again.close()


def test_same_bytes_make_one_candidate(library: Library) -> None:
    first = add_candidate(library, "same bytes", make_profile("A"))
    second, created = library.add_candidate(
        file_name="renamed.pdf", media_type="text/plain", render_type="txt",
        data=b"same bytes", page_count=1, text="same bytes", profile=make_profile("B"),
    )
    assert (second, created) == (first, False)
    assert library.count() == 1


def test_name_falls_back_to_file_name(library: Library) -> None:
    cid = add_candidate(library, "no name here", make_profile(None), file_name="候选人-0042.pdf")
    assert library.summary(cid).display_name == "候选人-0042"


def test_edited_profile_is_kept_apart_from_parsed(library: Library) -> None:
    cid = add_candidate(library, "x", make_profile("Wrong Name"))
    library.save_profile(cid, make_profile("Right Name"))
    assert library.profile(cid)["basics"]["name"] == "Right Name"
    assert library.parsed_profile(cid)["basics"]["name"] == "Wrong Name"
    assert library.summary(cid).display_name == "Right Name"


def test_status_recommendation_and_summary(library: Library) -> None:
    a, b = add_candidate(library, "a", make_profile("A")), add_candidate(library, "b", make_profile("B"))
    library.set_status([a, b], "shortlisted")
    library.set_recommendation(a, "strong_yes")
    library.set_summary(a, "Great systems depth")
    review = library.review(a)
    assert (review.status, review.recommendation, review.summary) == ("shortlisted", "strong_yes", "Great systems depth")
    assert library.search("", status="shortlisted") == [a, b]
    with pytest.raises(ValueError):
        library.set_status(a, "hired-maybe")


def test_highlights_round_trip_and_restore(library: Library) -> None:
    cid = add_candidate(library, "doc", make_profile())
    hid = library.add_highlight(cid, 0, [(10, 20, 110, 32)], "PyTorch", color=2, note="check")
    library.update_highlight(hid, note="checked")
    record = library.highlight(hid)
    assert (record.page, record.rects, record.text, record.color, record.note) == (0, ((10.0, 20.0, 110.0, 32.0),), "PyTorch", 2, "checked")
    library.delete_highlight(hid)
    assert library.highlights(cid) == []
    library.add_highlight(cid, record.page, record.rects, record.text, record.color, record.note, highlight_id=hid)
    assert library.highlights(cid)[0].id == hid


def test_highlight_categories_are_renamable(library: Library) -> None:
    assert library.highlight_categories()[0] == "Strength"
    library.rename_highlight_category(0, "优势")
    assert library.highlight_categories()[0] == "优势"


def test_delete_candidate_removes_everything(library: Library) -> None:
    cid = add_candidate(library, "gone soon 大模型", make_profile())
    library.add_highlight(cid, 0, [(0, 0, 1, 1)], "x")
    library.remove_people([cid])
    assert library.count() == 0 and library.search("大模型") == []


def test_not_a_library_gives_a_clear_error(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.shortlist"
    bogus.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(LibraryError, match="not a Shortlist library"):
        Library(bogus)


def test_read_only_library_can_be_read_but_refuses_changes(
    library_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    lib = Library(library_path)
    cid = add_candidate(lib, "x", make_profile("张伟"))
    lib.close()
    library_path.chmod(0o444)
    if os.geteuid() == 0:  # root may write any file: let Shortlist see it as the user would
        monkeypatch.setattr("storage.library.writable", lambda path: False)
    before = library_path.read_bytes()
    code, out, _ = run_cli(capsys, "list", "--library", str(library_path))
    assert code == 0 and "张伟" in out
    read_only = Library(library_path)
    assert read_only.read_only and read_only.profile(cid)["basics"]["name"] == "张伟"
    with pytest.raises(LibraryError, match="read-only"):
        read_only.set_summary(cid, "not saved")
    read_only.close()
    assert library_path.read_bytes() == before


def test_locked_library_reports_instead_of_losing_the_edit(library_path: Path) -> None:
    lib = Library(library_path, busy_timeout=0.05)
    cid = add_candidate(lib, "x", make_profile("A"))
    blocker = sqlite3.connect(library_path)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(LibraryError, match="locked"):
            lib.set_summary(cid, "not saved")
    finally:
        blocker.rollback()
        blocker.close()
    lib.set_summary(cid, "saved once the lock is gone")
    assert Library(library_path).review(cid).summary == "saved once the lock is gone"
