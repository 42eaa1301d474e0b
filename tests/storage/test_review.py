"""Rubrics, ratings and score, positions, tags and suggested tags in the library."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from storage import suggestions
from storage.library import Library
from storage.records import Passage
from tests.conftest import add_candidate, make_profile


def area_ids(library: Library, candidate_id: int) -> dict[str, int]:
    return {a.key: a.id for a in library.candidate_rubric(candidate_id).areas}


def values(library: Library, candidate_id: int) -> dict[str, int | None]:
    return {r.area_key: r.value for r in library.ratings(candidate_id)}


def test_default_rubric_is_loaded_once(library_path: Path) -> None:
    lib = Library(library_path)
    first = lib.rubrics()
    assert [r.name for r in first] == ["ML / LLM research and engineering"]
    keys = [a.key for a in first[0].areas]
    assert keys == ["research_depth", "publication_record", "engineering_systems",
                    "domain_expertise", "impact_ownership", "communication"]
    assert all(len(a.levels) == 5 and all(a.levels) and a.weight > 0 for a in first[0].areas)
    lib.rename_rubric(first[0].id, "Renamed by the reviewer")
    lib.close()
    again = Library(library_path)
    assert [(r.id, r.name) for r in again.rubrics()] == [(first[0].id, "Renamed by the reviewer")]
    assert again.default_rubric_id() == first[0].id
    again.close()


def test_rating_keeps_the_weighted_score(library: Library) -> None:
    cid = add_candidate(library, "a", make_profile())
    areas = area_ids(library, cid)
    assert library.summary(cid).score is None
    assert set(values(library, cid).values()) == {None}
    library.set_rating(cid, areas["research_depth"], 5, "读过所有实验")  # weight 1.5
    library.set_rating(cid, areas["communication"], 2)  # weight 0.5
    assert library.summary(cid).score == pytest.approx((5 * 1.5 + 2 * 0.5) / 2.0, abs=0.01)
    assert values(library, cid)["research_depth"] == 5
    assert next(r for r in library.ratings(cid) if r.area_key == "research_depth").comment == "读过所有实验"
    library.set_rating(cid, areas["research_depth"], None)
    assert library.summary(cid).score == 2.0
    library.set_rating(cid, areas["communication"], None)
    assert library.summary(cid).score is None
    with pytest.raises(ValueError):
        library.set_rating(cid, areas["communication"], 6)


def test_rating_comment_and_evidence(library: Library) -> None:
    cid = add_candidate(library, "a", make_profile())
    area = area_ids(library, cid)["publication_record"]
    hid = library.add_highlight(cid, 0, [(1, 2, 3, 4)], "NeurIPS 2024")
    library.set_rating(cid, area, 4)
    library.set_rating_comment(cid, area, "two oral papers")
    library.set_rating_evidence(cid, area, [hid, hid])
    rating = next(r for r in library.ratings(cid) if r.area_id == area)
    assert (rating.value, rating.comment, rating.evidence) == (4, "two oral papers", (hid,))
    assert library.search("oral") == [cid]
    library.delete_highlight(hid)
    assert next(r for r in library.ratings(cid) if r.area_id == area).evidence == ()


def test_rubric_edits_after_ratings_exist(library: Library) -> None:
    cid = add_candidate(library, "a", make_profile())
    rubric = library.candidate_rubric(cid)
    areas = area_ids(library, cid)
    library.set_rating(cid, areas["research_depth"], 4)
    library.set_rating(cid, areas["communication"], 2)
    # Renaming keeps the key and the rating.
    library.update_area(areas["research_depth"], label="研究深度", description="新描述", levels=["a", "b"])
    renamed = next(r for r in library.ratings(cid) if r.area_id == areas["research_depth"])
    assert (renamed.area_key, renamed.area_label, renamed.value) == ("research_depth", "研究深度", 4)
    assert library.rubric(rubric.id).areas[0].levels == ("a", "b", "", "", "")
    # Archiving keeps the rating readable and takes it out of the score.
    library.archive_area(areas["communication"])
    archived = next(r for r in library.ratings(cid) if r.area_id == areas["communication"])
    assert (archived.value, archived.archived) == (2, True)
    assert library.summary(cid).score == 4.0
    # An archived area nobody rated is not listed for a new candidate.
    other = add_candidate(library, "b", make_profile())
    assert "communication" not in values(library, other)
    library.archive_area(areas["communication"], archived=False)
    assert library.summary(cid).score == pytest.approx((4 * 1.5 + 2 * 0.5) / 2.0, abs=0.01)
    # Weights, new areas and order.
    library.update_area(areas["communication"], weight=0)
    assert library.summary(cid).score == 4.0
    new_area = library.add_area(rubric.id, "Open source", weight=2, levels=["none"])
    library.move_area(new_area, 0)
    keys = [a.key for a in library.rubric(rubric.id).areas]
    assert keys[0] == "open_source" and len(keys) == 7
    assert [a.order for a in library.rubric(rubric.id).areas] == list(range(7))
    assert library.add_area(rubric.id, "Open source") != new_area
    assert library.rubric(rubric.id).areas[-1].key == "open_source_2"


def test_positions_choose_the_rubric(library: Library) -> None:
    cid = add_candidate(library, "a", make_profile())
    default = library.candidate_rubric(cid)
    library.set_rating(cid, default.areas[0].id, 5)
    infra = library.add_rubric("Infra", copy_from=default.id)
    assert [a.key for a in library.rubric(infra).areas] == [a.key for a in default.areas]
    assert library.rubric(library.add_rubric("Infra")).name == "Infra (2)"
    position = library.add_position("推理优化工程师", infra)
    assert [(p.name, p.rubric_id) for p in library.positions()] == [("推理优化工程师", infra)]
    library.set_candidate_position(cid, position)
    assert library.candidate_rubric(cid).id == infra
    assert library.review(cid).position_id == position
    assert library.summary(cid).score is None  # no rating on the position's rubric yet
    library.delete_position(position)
    assert library.candidate_rubric(cid).id == default.id
    assert library.summary(cid).score == 5.0


def test_tags_add_case_insensitively_with_evidence(library: Library) -> None:
    cid = add_candidate(library, "a", make_profile())
    hid = library.add_highlight(cid, 0, [(1, 2, 3, 4)], "MoE")
    tag = library.add_candidate_tag(cid, "MoE", evidence=[hid])
    assert library.add_candidate_tag(cid, " moe ", kind="concern") == tag
    [record] = library.candidate_tags(cid)
    assert (record.tag.name, record.tag.kind, record.evidence) == ("MoE", "strength", (hid,))
    concern = library.add_candidate_tag(cid, "无论文", kind="concern")
    assert [t.tag.id for t in library.candidate_tags(cid)] == [tag, concern]
    assert library.find_tag("无论文").color != record.tag.color  # type: ignore[union-attr]
    assert library.summary(cid).tags == ("MoE", "无论文")
    assert library.search("论文") == [cid]
    library.set_tag_evidence(cid, tag, [])
    assert library.candidate_tags(cid)[0].evidence == ()
    library.remove_candidate_tag(cid, concern)
    assert library.search("论文") == []
    assert [t.name for t in library.tags()] == ["MoE", "无论文"]  # the tag stays for completion
    with pytest.raises(ValueError):
        library.add_candidate_tag(cid, "  ")


def test_rename_recolour_and_merge_tags(library: Library) -> None:
    a, b = add_candidate(library, "a", make_profile("A")), add_candidate(library, "b", make_profile("B"))
    ha, hb = library.add_highlight(a, 0, [(0, 0, 1, 1)], "x"), library.add_highlight(b, 0, [(0, 0, 1, 1)], "y")
    ha2 = library.add_highlight(a, 0, [(0, 2, 1, 3)], "z")
    rl = library.add_candidate_tag(a, "RL", evidence=[ha])
    library.add_candidate_tag(b, "RL", evidence=[hb])
    rlhf = library.add_candidate_tag(a, "RLHF", evidence=[ha2])
    library.rename_tag(rl, "Reinforcement learning")
    assert sorted(library.search("Reinforcement")) == [a, b]
    with pytest.raises(ValueError):
        library.rename_tag(rl, "rlhf")
    library.set_tag_color(rlhf, "#123456")
    before = (library.tag_assignments(rl), library.tag_assignments(rlhf))
    assert before == ({a: (ha,), b: (hb,)}, {a: (ha2,)})
    library.merge_tags(rl, rlhf)
    assert [t.name for t in library.tags()] == ["RLHF"]
    assert library.tag_assignments(rlhf) == {a: (ha, ha2), b: (hb,)}
    assert library.summary(b).tags == ("RLHF",)
    # What undoing a merge does: restore the source tag and both tags' assignments.
    library.create_tag("Reinforcement learning", "strength", "#4caf50", tag_id=rl)
    library.set_tag_assignments(rl, before[0])
    library.set_tag_assignments(rlhf, before[1])
    assert (library.tag_assignments(rl), library.tag_assignments(rlhf)) == before
    assert library.summary(b).tags == ("Reinforcement learning",)
    library.delete_tag(rl)
    assert library.summary(b).tags == ()


PROFILE: dict[str, Any] = {
    "basics": {"name": "王小明", "label": "推荐算法工程师",
               "x-fieldSources": {"label": [{"page": 0, "rect": [50, 80, 200, 95]}]}},
    "publications": [
        {"name": "Sparse Mixture-of-Experts for Long Context", "publisher": "NeurIPS 2024 (CCF-A)",
         "x-authorPosition": "first", "x-rank": "CCF-A", "x-venue": "NeurIPS",
         "x-source": [{"page": 0, "rect": [50, 400, 500, 430]}]},
        {"name": "基于人类反馈强化学习的对齐方法", "x-authorPosition": "first", "x-rank": "CCF-A", "x-status": "accepted",
         "x-source": [{"page": 0, "rect": [50, 440, 500, 470]}, {"page": 1, "rect": [50, 40, 500, 60]}]},
        {"name": "A workshop note", "x-authorPosition": "other", "x-rank": "CCF-A", "x-venue": "ICML", "x-track": "workshop",
         "x-source": [{"page": 1, "rect": [50, 80, 500, 100]}]},
    ],
    "work": [
        {"name": "字节跳动", "position": "大模型算法实习生", "summary": "负责 MoE 预训练",
         "x-source": [{"page": 0, "rect": [50, 200, 500, 260]}],
         "x-fieldSources": {"summary": [{"page": 0, "rect": [60, 240, 300, 255]}]}},
        {"name": "清华大学", "position": "研究实习生", "x-source": [{"page": 0, "rect": [50, 270, 500, 290]}]},
    ],
    "skills": [{"name": "Tools", "keywords": ["PyTorch", "Moebius transforms"]}],
}


def test_suggestions_from_a_profile() -> None:
    found = {s.name: s for s in suggestions.suggest(PROFILE)}
    assert set(found) == {"first-author CCF-A ×2", "top-venue publications", "industry internship at 字节跳动",
                          "MoE", "Long context", "RLHF", "LLM pre-training", "Recommender systems"}
    assert list(found)[:3] == ["first-author CCF-A ×2", "top-venue publications", "industry internship at 字节跳动"]
    assert found["first-author CCF-A ×2"].passages == (
        Passage(0, ((50.0, 400.0, 500.0, 430.0),), "Sparse Mixture-of-Experts for Long Context NeurIPS 2024 (CCF-A)"),
        Passage(0, ((50.0, 440.0, 500.0, 470.0),), "基于人类反馈强化学习的对齐方法"),
        Passage(1, ((50.0, 40.0, 500.0, 60.0),), "基于人类反馈强化学习的对齐方法"),
    )
    assert len(found["top-venue publications"].passages) == 3  # the workshop note does not carry ICML's rank
    # A field's own sources are preferred to the whole item's; "Moebius" is not MoE.
    moe = found["MoE"]
    assert Passage(0, ((60.0, 240.0, 300.0, 255.0),), "负责 MoE 预训练") in moe.passages
    assert all("Moebius" not in p.text for p in moe.passages)
    assert found["Recommender systems"].passages == (Passage(0, ((50.0, 80.0, 200.0, 95.0),), "推荐算法工程师"),)
    assert suggestions.suggest({"basics": {}}) == []


def test_library_suggestions_skip_tags_the_candidate_has(library: Library) -> None:
    cid = add_candidate(library, "a", PROFILE)
    names = [s.name for s in library.suggested_tags(cid)]
    assert "MoE" in names
    library.add_candidate_tag(cid, "moe")
    assert "MoE" not in [s.name for s in library.suggested_tags(cid)]
    assert len(library.suggested_tags(cid)) == len(names) - 1


def test_deleting_an_added_area_restores_the_rubric(library: Library) -> None:
    cid = add_candidate(library, "a", make_profile())
    rubric = library.candidate_rubric(cid)
    added = library.add_area(rubric.id, "Leadership", weight=3)
    library.set_rating(cid, added, 1, "无")
    library.set_rating(cid, rubric.areas[0].id, 5)
    library.delete_area(added)
    assert library.rubric(rubric.id) == rubric
    assert library.summary(cid).score == 5.0
    assert library.add_area(rubric.id, "Leadership", area_id=added) == added


def test_restoring_a_deleted_highlight_restores_its_use_as_evidence(library: Library) -> None:
    cid = add_candidate(library, "evidence doc", make_profile())
    hid = library.add_highlight(cid, 0, [(1, 2, 3, 4)], "first-author ICLR paper")
    tag_id = library.add_candidate_tag(cid, "Strong publications", evidence=[hid])
    area = library.candidate_rubric(cid).areas[0]
    library.set_rating(cid, area.id, 4)
    library.set_rating_evidence(cid, area.id, [hid])

    uses = library.delete_highlight(hid)
    assert library.candidate_tags(cid)[0].evidence == ()
    assert library.ratings(cid)[0].evidence == ()

    library.add_highlight(cid, 0, [(1, 2, 3, 4)], "first-author ICLR paper", highlight_id=hid, uses=uses)
    assert library.candidate_tags(cid)[0].evidence == (hid,)
    assert [r.evidence for r in library.ratings(cid) if r.area_id == area.id] == [(hid,)]
    assert tag_id == library.candidate_tags(cid)[0].tag.id


def test_restored_highlight_skips_uses_whose_tag_is_gone(library: Library) -> None:
    cid = add_candidate(library, "evidence doc 2", make_profile())
    hid = library.add_highlight(cid, 0, [(1, 2, 3, 4)], "passage")
    tag_id = library.add_candidate_tag(cid, "Gone soon", evidence=[hid])
    uses = library.delete_highlight(hid)
    library.remove_candidate_tag(cid, tag_id)
    library.add_highlight(cid, 0, [(1, 2, 3, 4)], "passage", highlight_id=hid, uses=uses)
    assert library.candidate_tags(cid) == []
    assert library.highlight(hid).text == "passage"


def test_review_snapshot_is_what_the_single_reads_give(library: Library) -> None:
    cid = add_candidate(library, "snapshot doc", PROFILE)
    other = add_candidate(library, "another doc", make_profile())
    rubric = library.candidate_rubric(cid)
    position = library.add_position("LLM researcher", library.add_rubric("Copy", copy_from=rubric.id))
    library.set_candidate_position(cid, position)
    area = library.candidate_rubric(cid).areas[1]
    hid = library.add_highlight(cid, 0, [(1, 2, 3, 4)], "first-author ICLR paper")
    library.set_rating(cid, area.id, 4, "两篇一作")
    library.set_rating_evidence(cid, area.id, [hid])
    library.add_candidate_tag(cid, "MoE", evidence=[hid])
    library.add_candidate_tag(other, "Systems", kind="concern")
    library.set_recommendation(cid, "yes")
    library.set_summary(cid, "进面试")

    snapshot = library.review_snapshot(cid)
    review = library.review(cid)
    assert (snapshot.candidate_id, snapshot.position_id, snapshot.recommendation, snapshot.summary) == (
        cid, review.position_id, review.recommendation, review.summary,
    )
    assert snapshot.score == library.summary(cid).score == 4.0
    assert snapshot.rubric == library.candidate_rubric(cid) != rubric
    assert snapshot.ratings == tuple(library.ratings(cid))
    assert snapshot.positions == tuple(library.positions())
    assert snapshot.tags == tuple(library.tags()) and len(snapshot.tags) == 2
    assert snapshot.candidate_tags == tuple(library.candidate_tags(cid))
    assert snapshot.suggestions == tuple(library.suggested_tags(cid)) != ()
    assert "MoE" not in [s.name for s in snapshot.suggestions]
    assert snapshot.highlights == tuple(library.highlights(cid))
    with pytest.raises(KeyError):
        library.review_snapshot(cid + other + 1)
