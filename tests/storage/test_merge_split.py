"""Merging two people and splitting a document off: nothing of either review is lost, and undo is exact."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

import pytest

from storage.library import Library
from tests.conftest import add_candidate, make_profile


def _state(library: Library) -> list[dict[str, Any]]:
    """Everything a reviewer sees of every person."""
    return [
        {
            "row": asdict(row),
            "review": library.review(row.id),
            "documents": [d.file_name for d in library.documents(row.id)],
            "tags": [(t.tag.name, t.evidence) for t in library.candidate_tags(row.id)],
            "ratings": [(r.area_key, r.value, r.comment, r.evidence) for r in library.ratings(row.id)],
            "highlights": [(h.id, h.document_id, h.note) for h in library.highlights(row.id)],
        }
        for row in library.summaries()
    ]


@pytest.fixture
def two(library: Library) -> tuple[int, int]:
    """The same person imported twice, each reviewed a little."""
    first = add_candidate(library, "王思远 清华大学", make_profile("王思远"), "wang_zh.pdf")
    second = add_candidate(library, "Siyuan Wang Tsinghua", make_profile("Siyuan Wang"), "wang_en.pdf")
    areas = library.candidate_rubric(first).areas
    h1 = library.add_highlight(first, 0, [(0, 0, 10, 10)], "清华大学", note="核实")
    h2 = library.add_highlight(second, 0, [(0, 0, 10, 10)], "Tsinghua", note="check the degree")
    library.add_candidate_tag(first, "Strong math", "strength", [h1])
    library.add_candidate_tag(second, "Strong math", "strength", [h2])
    library.add_candidate_tag(second, "Short tenure", "concern", [h2])
    library.set_rating(first, areas[0].id, 4, "solid")
    library.set_rating(second, areas[0].id, 2, "weak")
    library.set_rating(second, areas[1].id, 5, "excellent")
    library.set_rating_evidence(second, areas[1].id, [h2])
    library.set_summary(first, "Good fit.")
    library.set_summary(second, "Call back.")
    library.set_status(second, "shortlisted")
    return first, second


def test_merge_unites_both_reviews(library: Library, two: tuple[int, int]) -> None:
    first, second = two
    library.merge_people(first, second)
    assert library.candidate_ids() == [first]
    [row] = library.summaries()
    assert row.document_count == 2
    tags = {t.tag.name: len(t.evidence) for t in library.candidate_tags(first)}
    assert tags == {"Strong math": 2, "Short tenure": 1}
    ratings = {r.area_key: r for r in library.ratings(first) if r.value is not None}
    both, only_theirs = list(ratings.values())[:2]
    assert both.value == 4 and "solid" in both.comment and "2" in both.comment and "weak" in both.comment
    assert only_theirs.value == 5 and only_theirs.comment == "excellent" and len(only_theirs.evidence) == 1
    review = library.review(first)
    assert review.status == "shortlisted" and review.summary == "Good fit.\n\nCall back."
    assert {h.note for h in library.highlights(first)} == {"核实", "check the degree"}
    assert library.search("check") == [first] and library.search("Tsinghua") == [first]
    assert row.score is not None


def test_undoing_a_merge_restores_both_people_exactly(library: Library, two: tuple[int, int]) -> None:
    before = _state(library)
    snapshot = library.merge_people(*two)
    library.restore_people(snapshot)
    assert _state(library) == before
    assert library.search("check") == [two[1]]


def test_split_makes_a_new_person_and_undo_rejoins(library: Library, two: tuple[int, int]) -> None:
    first, second = two
    library.merge_people(first, second)
    merged = _state(library)
    english = next(d for d in library.documents(first) if d.file_name == "wang_en.pdf")
    new_id, snapshot = library.split_document(english.id)
    assert sorted(library.candidate_ids()) == [first, new_id]
    assert [d.file_name for d in library.documents(new_id)] == ["wang_en.pdf"]
    assert library.summary(new_id).display_name == "Siyuan Wang"
    assert library.summary(first).display_name == "王思远"
    assert [h.note for h in library.highlights(new_id)] == ["check the degree"]
    assert {t.tag.name for t in library.candidate_tags(new_id)} == {"Strong math", "Short tenure"}
    assert {t.tag.name: len(t.evidence) for t in library.candidate_tags(first)} == {"Strong math": 1, "Short tenure": 0}
    assert library.search("check") == [new_id]
    library.restore_people(snapshot, remove=[new_id])
    assert _state(library) == merged
    again, _ = library.split_document(english.id, new_person_id=new_id)
    assert again == new_id


def test_the_only_document_cannot_be_split_off(library: Library, two: tuple[int, int]) -> None:
    [document] = library.documents(two[0])
    with pytest.raises(ValueError, match="only document"):
        library.split_document(document.id)
    with pytest.raises(ValueError):
        library.merge_people(two[0], two[0])
