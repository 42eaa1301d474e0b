"""build_comparison: two candidates aligned section by section, as plain data."""

from __future__ import annotations

from datetime import date

import pytest

from storage.compare import CompareSection, Comparison, RatingSection, build_comparison
from storage.library import Library
from tests.conftest import add_candidate, make_profile

TODAY = date(2026, 1, 1)


def chinese_profile() -> dict:
    return make_profile(
        "张伟",
        education=[
            {"institution": "清华大学", "studyType": "博士", "area": "计算机科学", "x-level": "doctorate",
             "startDate": "2015-09", "endDate": "2020-06"},
            {"institution": "北京大学", "studyType": "本科", "x-level": "bachelor"},
        ],
        work=[{"name": "字节跳动", "position": "研究员", "startDate": "2020-07", "endDate": "present"}],
        publications=[
            {"name": "大模型预训练的稳定性", "x-venue": "NeurIPS", "releaseDate": "2024", "x-rank": "CCF-A",
             "x-authorPosition": "first"},
            {"name": "MoE routing", "x-venue": "ICLR", "releaseDate": "2023", "x-authorPosition": "other"},
        ],
        skills=[{"name": "框架", "keywords": ["PyTorch", "CUDA", "大模型预训练"]}],
    )


def english_profile() -> dict:
    return make_profile(
        "Alice Smith",
        education=[
            {"institution": "Stanford University", "studyType": "PhD", "area": "CS",
             "startDate": "2012", "endDate": "2017"},
            {"institution": "MIT", "studyType": "M.S.", "startDate": "2010", "endDate": "2012"},
        ],
        work=[
            {"name": "Meta", "position": "Research Scientist", "startDate": "2021-01", "endDate": "present"},
            {"name": "Google", "position": "Engineer", "startDate": "2017-07", "endDate": "2021-06"},
        ],
        publications=[{"name": "Scaling laws", "x-venue": "ICML", "releaseDate": "2022", "x-rank": "CCF-A",
                       "x-authorPosition": "co-first"}],
        skills=[{"name": "Tools", "keywords": ["pytorch", "JAX"]}],
    )


@pytest.fixture
def pair(library: Library) -> tuple[int, int]:
    left = add_candidate(library, "张伟 简历", chinese_profile(), "zhangwei.pdf")
    right = add_candidate(library, "Alice Smith resume", english_profile(), "alice.pdf")
    return left, right


def text_section(comparison: Comparison, key: str) -> CompareSection:
    section = comparison.section(key)
    assert isinstance(section, CompareSection)
    return section


def test_key_facts_side_by_side(library: Library, pair: tuple[int, int]) -> None:
    comparison = build_comparison(library, *pair, today=TODAY)
    assert (comparison.left.name, comparison.right.name) == ("张伟", "Alice Smith")
    facts = {r.key: (r.left, r.right, r.match) for r in text_section(comparison, "facts").rows}
    assert facts["degree"] == ("博士 · 计算机科学", "PhD · CS", "different")
    assert facts["school"][:2] == ("清华大学", "Stanford University")
    assert facts["experience"][:2] == ("5.6", "8.6")  # months inclusive; Meta and Google overlap in 2021: once
    assert facts["publications"] == ("2", "1", "different")
    assert facts["first_author"] == ("1", "1", "same")
    assert facts["top_venue"] == ("1", "1", "same")
    assert facts["organization"][:2] == ("字节跳动", "Meta")


def test_education_aligned_by_level_and_entries_paired(library: Library, pair: tuple[int, int]) -> None:
    comparison = build_comparison(library, *pair, today=TODAY)
    education = [(r.label, r.left.splitlines()[:1], r.right.splitlines()[:1], r.match)
                 for r in text_section(comparison, "education").rows]
    assert education == [
        ("Doctorate", ["清华大学"], ["Stanford University"], "different"),
        ("Master's", [], ["MIT"], "right_only"),
        ("Bachelor's", ["北京大学"], [], "left_only"),
    ]
    work = text_section(comparison, "work").rows
    assert [(r.left.splitlines()[0] if r.left else "", r.right.splitlines()[0]) for r in work] == [
        ("字节跳动 · 研究员", "Meta · Research Scientist"),
        ("", "Google · Engineer"),
    ]
    assert "NeurIPS 2024 · CCF-A · first author" in text_section(comparison, "publications").rows[0].left


def test_skills_shared_ignoring_case_then_unique(library: Library, pair: tuple[int, int]) -> None:
    rows = text_section(build_comparison(library, *pair, today=TODAY), "skills").rows
    assert [(r.left, r.right, r.match) for r in rows] == [
        ("PyTorch", "PyTorch", "same"),
        ("CUDA", "", "left_only"),
        ("大模型预训练", "", "left_only"),
        ("", "JAX", "right_only"),
    ]


def test_tags_ratings_and_verdicts(library: Library, pair: tuple[int, int]) -> None:
    left, right = pair
    library.add_candidate_tag(left, "LLM pre-training")
    library.add_candidate_tag(right, "llm pre-training")  # the same library tag, whatever the case
    library.add_candidate_tag(left, "CUDA 专家")
    library.add_candidate_tag(right, "Job hopping", kind="concern")
    areas = {r.area_key: r.area_id for r in library.ratings(left)}
    library.set_rating(left, areas["research_depth"], 5)
    library.set_rating(right, areas["research_depth"], 2)
    library.set_rating(right, areas["communication"], 4, comment="Clear talks")
    library.set_recommendation(left, "strong_yes")
    library.set_summary(right, "Solid, but 稳定性 unclear")

    comparison = build_comparison(library, left, right, today=TODAY)
    tags = [(r.label, r.left, r.right, r.match) for r in text_section(comparison, "tags").rows]
    assert [t[3] for t in tags] == ["same", "left_only", "right_only"]
    assert tags[1][1] == "CUDA 专家" and tags[2] == ("Concern", "", "Job hopping", "right_only")

    ratings = {r.key: r for r in comparison.ratings.rows}
    assert (ratings["research_depth"].left, ratings["research_depth"].right) == (5, 2)
    assert ratings["research_depth"].difference == 3
    assert ratings["communication"].difference is None and ratings["communication"].right_comment == "Clear talks"
    assert comparison.ratings.not_comparable == ()
    assert text_section(comparison, "recommendation").rows[0].left == "Strong yes"
    assert text_section(comparison, "recommendation").rows[0].right == "No decision"
    assert text_section(comparison, "notes").rows[0].right == "Solid, but 稳定性 unclear"


def test_different_rubrics_compare_shared_areas_only(library: Library, pair: tuple[int, int]) -> None:
    left, right = pair
    default = library.candidate_rubric(left)
    systems = library.add_rubric("Systems", copy_from=default.id)
    kernel_area = library.add_area(systems, "Kernel hacking")
    communication = next(a for a in library.rubric(systems).areas if a.key == "communication")
    library.archive_area(communication.id)
    library.set_candidate_position(right, library.add_position("Infra", systems))
    library.set_rating(right, kernel_area, 4)

    comparison = build_comparison(library, left, right, today=TODAY)
    assert (comparison.left.rubric_name, comparison.right.rubric_name) == (default.name, "Systems")
    section = comparison.ratings
    assert isinstance(section, RatingSection)
    not_comparable = {(r.key, r.left_area_id is not None, r.right_area_id is not None, r.right)
                      for r in section.not_comparable}
    assert not_comparable == {("communication", True, False, None), ("kernel_hacking", False, True, 4)}
    comparable = [r.key for r in section.rows if r.comparable]
    assert comparable == [a.key for a in default.areas if a.key != "communication"]
    assert section.rows[: len(comparable)] == tuple(r for r in section.rows if r.comparable)


def test_swapped_sides_mirror(library: Library, pair: tuple[int, int]) -> None:
    forward = build_comparison(library, *pair, today=TODAY)
    backward = build_comparison(library, *reversed(pair), today=TODAY)
    assert backward.left == forward.right
    mirrored = {"left_only": "right_only", "right_only": "left_only"}
    facts = text_section(forward, "facts").rows
    assert [(r.right, r.left, mirrored.get(r.match, r.match)) for r in facts] == [
        (r.left, r.right, r.match) for r in text_section(backward, "facts").rows
    ]
