"""The parser against the ground truth of the held-out stress résumés and the bundled samples."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from statistics import mean

import pytest

import resources
from parsing import load_document, parse
from tests.parsing.truth_score import FIELDS, score

HELDOUT = Path(__file__).parent / "heldout"
SUFFIXES = (".pdf", ".docx", ".md", ".txt")
DOCUMENTS = sorted(
    path
    for folder in (HELDOUT, resources.path("samples"))
    for path in folder.iterdir()
    if path.suffix in SUFFIXES
)

FIELD_FLOOR = 0.8
DOCUMENT_FLOOR = 0.95  # the mean of a document's fields other than its known gaps
OVERALL_FLOOR = 0.97
FIELD_MEAN_FLOOR = 0.95  # a rule that breaks a little on many documents shows here first
# What the parser gets wrong today, each with the score it keeps (measured 0.75, 0.75, 0.8 and 0.0);
# the document's other fields still meet FIELD_FLOOR and DOCUMENT_FLOOR.
KNOWN_GAPS = {
    # the position keeps the company's English gloss: "Zhipu AI 算法研究实习生"
    ("s10_mixed_bilingual_pinyin.pdf", "work"): 0.75,
    # "Machine Learning Engineer, LLM Evaluation": the team after the comma is dropped from the position
    ("s25_en_pipes.pdf", "work"): 0.75,
    # "Bachelor of Mathematics in Computer Science" is read as degree "Bachelor", area "Mathematics in …"
    ("s31_en_ieee_titlefirst.pdf", "education"): 0.75,
    # the lab job "中山大学 人机物智能融合实验室" keeps only the university, so no work entry matches
    ("s32_zh_campus_expected.pdf", "work"): 0.0,
}


@cache
def document_scores(path: Path) -> dict[str, float]:
    """A document's per-field scores, parsed once per test run."""
    truth = json.loads(path.with_name(f"{path.stem}.truth.json").read_text(encoding="utf-8"))
    return score(parse(load_document(path)).to_json_resume(), truth)


def test_the_scorer_credits_each_field_of_an_entry() -> None:
    truth = json.loads((HELDOUT / "s02_en_moderncv.truth.json").read_text(encoding="utf-8"))
    job = {"name": "Google DeepMind", "position": "Research Intern", "startDate": "2022-06", "endDate": "2022-09"}
    profile = {
        "basics": {"name": "Jiahao  Chen", "email": "JIAHAO.CHEN_ML@example.org", "x-phones": ["+1 415 555 0132"]},
        "work": [job, {**job, "name": "Amazon Web Services", "startDate": "2021-05"}, {"name": "Meta"}],
        "meta": {"x-sections": ["Education", "Honors & Awards", "Research Experience"]},
    }
    scores = score(profile, truth)
    assert scores["name"] == scores["emails"] == scores["phones"] == 1.0
    # two of three found entries match, one with its position and end wrong: 2 × (1 + 0.5) / (3 + 2)
    assert scores["work"] == pytest.approx(0.6)
    assert scores["sections"] == pytest.approx(2 * 2 / (3 + 5))  # in order: two of the three
    assert scores["education"] == scores["skills"] == 0.0
    assert "links" not in scores


def test_the_suite_holds_every_document_with_its_truth() -> None:
    names = {p.name for p in HELDOUT.iterdir()}
    documents = [p for p in DOCUMENTS if p.parent == HELDOUT]
    assert len(documents) == 42
    assert names == {p.name for p in documents} | {f"{p.stem}.truth.json" for p in documents}
    assert {p.suffix for p in DOCUMENTS} == set(SUFFIXES)


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_document_matches_its_truth(path: Path) -> None:
    scores = document_scores(path)
    below = {
        field: value for field, value in scores.items() if value < KNOWN_GAPS.get((path.name, field), FIELD_FLOOR)
    }
    assert below == {}
    assert mean(v for field, v in scores.items() if (path.name, field) not in KNOWN_GAPS) >= DOCUMENT_FLOOR


def test_overall_score() -> None:
    per_field = {
        field: mean(values)
        for field in FIELDS
        if (values := [s[field] for s in map(document_scores, DOCUMENTS) if field in s])
    }
    overall = mean(mean(document_scores(p).values()) for p in DOCUMENTS)
    print("\n" + "  ".join(f"{field}={value:.3f}" for field, value in per_field.items()), f"overall={overall:.3f}")
    assert set(per_field) == set(FIELDS)
    assert min(per_field.values()) >= FIELD_MEAN_FLOOR
    assert overall >= OVERALL_FLOOR
