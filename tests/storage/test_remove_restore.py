"""Removing people is undoable: every row comes back as it was, also when an import took their ids meanwhile."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select, text

from storage.db import LibraryError
from storage.library import Library
from storage.models import Base
from tests.conftest import add_candidate, make_profile


def _rows(library: Library) -> dict[str, list[dict[str, Any]]]:
    """Every row of every table, and the search index, in a comparable form."""
    with library.session() as s:
        tables = {
            table.name: sorted((dict(row) for row in s.execute(select(table)).mappings()), key=repr)
            for table in Base.metadata.sorted_tables
        }
        tables["search_index"] = sorted(
            (dict(row) for row in s.execute(text("SELECT rowid, document, profile, notes FROM search_index")).mappings()), key=repr
        )
    return tables


@pytest.fixture
def reviewed(library: Library) -> tuple[int, int]:
    """A person with two documents and a full review, and a bystander sharing a tag with them."""
    person = add_candidate(library, "王思远 清华大学 大模型", make_profile("王思远"), "wang_zh.pdf")
    other_document = add_candidate(library, "Siyuan Wang Tsinghua", make_profile("Siyuan Wang"), "wang_en.pdf")
    library.merge_people(person, other_document)
    bystander = add_candidate(library, "李娜 北京大学", make_profile("李娜"), "li.pdf")
    areas = library.candidate_rubric(person).areas
    h1 = library.add_highlight(person, 0, [(0, 0, 10, 10)], "清华大学", color=2, note="核实学位")
    h2 = library.add_highlight(person, 0, [(0, 20, 10, 30)], "大模型", note="which model?")
    library.add_candidate_tag(person, "Strong math", "strength", [h1, h2])
    library.add_candidate_tag(bystander, "Strong math", "strength", [])
    library.set_rating(person, areas[0].id, 4, "solid")
    library.set_rating_evidence(person, areas[0].id, [h2])
    library.set_recommendation(person, "yes")
    library.set_summary(person, "Good fit.")
    library.set_status([person], "shortlisted")
    return person, bystander


def test_undoing_a_removal_puts_every_row_back(library: Library, reviewed: tuple[int, int]) -> None:
    person, bystander = reviewed
    before = _rows(library)
    removed = library.remove_people([person])
    assert library.candidate_ids() == [bystander]
    gone = _rows(library)
    for table in ("document", "document_profile", "highlight", "tag_evidence", "rating", "rating_evidence"):
        assert len(gone[table]) < len(before[table]) or table == "tag_evidence" and not gone[table], table
    assert library.search("大模型") == [] and library.search("核实学位") == []
    restored = library.restore_removed(removed)
    assert restored.people == (person,) and not restored.renumbered
    assert _rows(library) == before
    assert library.search("核实学位") == [person]
    library.remove_people([person])  # redo
    assert _rows(library) == gone


def test_ids_an_import_took_meanwhile_are_renumbered_and_nothing_is_lost(library: Library, reviewed: tuple[int, int]) -> None:
    person, bystander = reviewed
    newest = add_candidate(library, "陈晨 复旦大学", make_profile("陈晨"), "chen.pdf")
    h = library.add_highlight(newest, 0, [(0, 0, 5, 5)], "复旦", note="check")
    library.add_candidate_tag(newest, "Strong math", "strength", [h])
    review = (library.review(newest), [(t.tag.name, len(t.evidence)) for t in library.candidate_tags(newest)])
    removed = library.remove_people([newest])
    taker = add_candidate(library, "赵磊 浙江大学", make_profile("赵磊"), "zhao.pdf")  # takes the removed ids
    taker_highlight = library.add_highlight(taker, 0, [(1, 1, 2, 2)], "浙江")
    assert taker == newest and taker_highlight == h
    restored = library.restore_removed(removed)
    assert restored.renumbered and restored.people != (newest,)
    [back] = restored.people
    assert library.review(back).summary == review[0].summary
    assert [(t.tag.name, len(t.evidence)) for t in library.candidate_tags(back)] == review[1]
    assert [x.note for x in library.highlights(back)] == ["check"]
    assert [x.id for x in library.highlights(taker)] == [taker_highlight]  # the newcomer keeps what it has
    assert sorted(library.candidate_ids()) == sorted([person, bystander, taker, back])


def test_a_tag_deleted_since_is_left_out_and_the_rest_comes_back(library: Library, reviewed: tuple[int, int]) -> None:
    person, _ = reviewed
    removed = library.remove_people([person])
    library.delete_tag(library.tags()[0].id)
    library.restore_removed(removed)
    assert library.candidate_tags(person) == [] and len(library.highlights(person)) == 2
    assert [r.value for r in library.ratings(person) if r.value is not None] == [4]


def test_a_file_imported_again_since_is_refused_with_its_name(library: Library, reviewed: tuple[int, int]) -> None:
    person, _ = reviewed
    removed = library.remove_people([person])
    add_candidate(library, "王思远 清华大学 大模型", make_profile("王思远"), "again.pdf")
    with pytest.raises(LibraryError, match="again.pdf was imported again"):
        library.restore_removed(removed)
