"""Two programs on one library: no acknowledged edit is lost, a conflicting one is refused, defaults are made once."""

from __future__ import annotations

import multiprocessing
from pathlib import Path
from typing import Any

import pytest

from storage.db import connect
from storage.library import Library, ProfileConflictError
from storage.review import shipped_rubrics
from tests.conftest import add_candidate, make_profile

EDITS = 50


def _edit_fields(path: str, writer: int, start: Any, acknowledged: Any) -> None:
    """One program: EDITS profile edits of its own fields, each counted once the library took it."""
    library = Library(path, busy_timeout=30)
    start.wait()
    for number in range(EDITS):
        library.update_profile(1, ("x-edits", f"{writer}-{number}"), number)
        acknowledged.put((writer, number))
    library.close()


def _default_rubric(path: str, start: Any, results: Any) -> None:
    library = Library(path, busy_timeout=30)
    start.wait()
    try:
        results.put(library.default_rubric_id())
    except Exception as error:  # reported to the test, which shows it
        results.put(repr(error))
    library.close()


def _run_together(target: Any, arguments: list[tuple[Any, ...]]) -> None:
    context = multiprocessing.get_context("spawn")
    processes = [context.Process(target=target, args=args) for args in arguments]
    for process in processes:
        process.start()
    for process in processes:
        process.join(120)
        assert process.exitcode == 0


def test_two_programs_editing_one_candidate_lose_no_acknowledged_edit(library_path: Path) -> None:
    library = Library(library_path)
    add_candidate(library, "x", make_profile("张伟"))
    library.close()
    context = multiprocessing.get_context("spawn")
    start, acknowledged = context.Barrier(2), context.Queue()
    _run_together(_edit_fields, [(str(library_path), writer, start, acknowledged) for writer in (0, 1)])
    done = [acknowledged.get(timeout=10) for _ in range(2 * EDITS)]
    stored = Library(library_path).profile(1)
    assert {f"{w}-{n}" for w, n in done} == set(stored["x-edits"])
    assert stored["basics"]["name"] == "张伟"


def test_a_stale_edit_of_a_field_changed_elsewhere_is_refused_and_others_merge(library_path: Path) -> None:
    mine, theirs = Library(library_path), Library(library_path)
    cid = add_candidate(mine, "x", make_profile("张伟", basics={"name": "张伟", "email": "a@example.com"}))
    shown = mine.profile(cid)  # what this window shows
    theirs.update_profile(cid, ("basics", "email"), "b@example.com", expected="a@example.com")
    with pytest.raises(ProfileConflictError, match="b@example.com"):
        mine.update_profile(cid, ("basics", "email"), "c@example.com", expected=shown["basics"]["email"])
    saved = mine.update_profile(cid, ("basics", "name"), "张伟伟", expected=shown["basics"]["name"])
    assert saved["basics"] == {"name": "张伟伟", "email": "b@example.com"}
    assert theirs.profile(cid) == saved
    assert theirs.search("张伟伟") == [cid]  # list columns and the index follow a field edit
    mine.close()
    theirs.close()


def test_two_programs_creating_the_default_rubric_make_it_once(tmp_path: Path) -> None:
    context = multiprocessing.get_context("spawn")
    for attempt in range(3):
        path = tmp_path / f"new-{attempt}.shortlist"
        connect(path)[0].dispose()  # the schema only: the two programs race to store the defaults
        start, results = context.Barrier(2), context.Queue()
        _run_together(_default_rubric, [(str(path), start, results) for _ in range(2)])
        ids = {results.get(timeout=10) for _ in range(2)}
        assert len(ids) == 1 and isinstance(next(iter(ids)), int), ids
        assert len(Library(path).rubrics()) == len(shipped_rubrics())
