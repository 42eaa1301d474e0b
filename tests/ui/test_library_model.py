"""The LibraryModel and the undo commands without a window: writes land, changes are announced once, refusals reported."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from storage.library import Library
from storage.records import Passage
from tests.conftest import add_candidate, make_profile
from tests.ui.test_robustness_ui import sqlite_refuses_writes
from ui.commands import SetStatusCommand
from ui.highlights import AddHighlightCommand
from ui.library_model import LibraryModel
from ui.profile_commands import FieldEditCommand
from ui.review_commands import AddTagCommand, EditTagCommand, SetRatingCommand, SetSummaryCommand


@pytest.fixture
def model(library: Library) -> Iterator[LibraryModel]:
    """A library model over a fresh library."""
    yield LibraryModel(library)


@pytest.fixture
def stack() -> QUndoStack:
    """An undo stack of its own."""
    return QUndoStack()


def test_a_rating_is_stored_announced_once_and_undone(model: LibraryModel, stack: QUndoStack, qtbot: QtBot) -> None:
    cid = add_candidate(model.library, "one", make_profile())
    area = model.library.candidate_rubric(cid).areas[0]
    reviews: list[int] = []
    rows: list[list[int]] = []
    model.review_changed.connect(reviews.append)
    model.candidates_changed.connect(rows.append)
    stack.push(SetRatingCommand(model, cid, area.id, 4))
    assert next(r.value for r in model.library.ratings(cid) if r.area_id == area.id) == 4
    assert (reviews, rows) == ([cid], [[cid]])
    stack.undo()
    assert next(r.value for r in model.library.ratings(cid) if r.area_id == area.id) is None
    stack.redo()
    assert reviews == [cid, cid, cid]


def test_a_command_of_several_writes_announces_each_change_once(model: LibraryModel, stack: QUndoStack) -> None:
    cid = add_candidate(model.library, "line one\nline two", make_profile())
    passages = (Passage(0, ((1.0, 2.0, 3.0, 4.0),), "line one"), Passage(0, ((1.0, 5.0, 3.0, 8.0),), "line two"))
    announced: list[tuple[str, object]] = []
    model.highlights_changed.connect(lambda c: announced.append(("highlights", c)))
    model.tags_changed.connect(lambda ids: announced.append(("tags", ids)))
    model.candidates_changed.connect(lambda ids: announced.append(("rows", ids)))
    stack.push(AddTagCommand(model, cid, "MoE", "strength", passages))
    assert [t.tag.name for t in model.library.candidate_tags(cid)] == ["MoE"]
    assert len(model.library.highlights(cid)) == 2
    assert sorted(announced, key=str) == sorted([("highlights", cid), ("tags", [cid]), ("rows", [cid])], key=str)


def test_a_refused_write_is_reported_announced_and_dropped_from_the_stack(model: LibraryModel, stack: QUndoStack) -> None:
    cid = add_candidate(model.library, "one", make_profile())
    failures: list[str] = []
    rows: list[list[int]] = []
    model.write_failed.connect(failures.append)
    model.candidates_changed.connect(rows.append)
    with sqlite_refuses_writes(model.library, "database or disk is full"):
        stack.push(SetStatusCommand(model, [cid], "shortlisted"))
    assert len(failures) == 1 and "disk is full" in failures[0]
    assert rows == [[cid]]  # the views re-read: a combo showing the refused status goes back
    assert stack.count() == 0 and model.library.summary(cid).status == "new"


def test_profile_and_summary_edits_go_through_the_model(model: LibraryModel, stack: QUndoStack) -> None:
    cid = add_candidate(model.library, "one", make_profile("李雷"))
    profiles: list[int] = []
    notes: list[int] = []
    reviews: list[int] = []
    model.profile_changed.connect(profiles.append)
    model.review_notes_changed.connect(notes.append)
    model.review_changed.connect(reviews.append)
    stack.push(FieldEditCommand(model, cid, ("basics", "label"), None, "Engineer", "Edit Headline"))
    stack.push(SetSummaryCommand(model, cid, "strong"))
    assert model.library.profile(cid)["basics"]["label"] == "Engineer"
    assert model.library.review(cid).summary == "strong"
    assert (profiles, notes, reviews) == ([cid], [cid], [])  # a note changes nothing else the review shows
    stack.undo()
    stack.undo()
    assert "label" not in model.library.profile(cid)["basics"] and model.library.review(cid).summary == ""


def test_a_highlight_command_redoes_under_the_same_id(model: LibraryModel, stack: QUndoStack) -> None:
    cid = add_candidate(model.library, "one", make_profile())
    command = AddHighlightCommand(model, cid, Passage(0, ((1.0, 2.0, 3.0, 4.0),), "one"), 0, "")
    stack.push(command)
    first = command.highlight_id
    stack.undo()
    assert model.library.highlights(cid) == []
    stack.redo()
    assert [h.id for h in model.library.highlights(cid)] == [first]


def test_renaming_a_tag_nobody_carries_is_still_announced(model: LibraryModel, stack: QUndoStack) -> None:
    tag_id = model.library.create_tag("Rust", "strength")
    [tag] = [t for t in model.library.tags() if t.id == tag_id]
    announced: list[list[int]] = []
    model.tags_changed.connect(announced.append)
    stack.push(EditTagCommand(model, tag, name="Rust lang"))
    assert announced == [[]] and model.library.find_tag("Rust lang") is not None
