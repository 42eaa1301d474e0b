"""The parser on the producer corpus's tuning split: per-field floors, and one person gives one set of facts in every layout."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

import pytest

from tests.corpus.harness import Scored, documents, field_means, scored, truth_of
from tests.parsing.truth_score import fold, phone_key, year

FIELD_FLOOR = 0.90
OVERALL_FLOOR = 0.95
TUNE = documents("tune")
PEOPLE = sorted({truth_of(path)["person"] for path in TUNE})
FACTS = ("name", "emails", "phones", "education", "employers", "paper count", "venues", "years")
LEVELS = (
    ("phd", re.compile(r"博士|ph\.?\s?d|doctor|d\.phil", re.I)),
    ("master", re.compile(r"硕士|研究生|master|m\.?\s?s\b|m\.eng|msc", re.I)),
    ("bachelor", re.compile(r"学士|本科|bachelor|b\.?\s?s\b|b\.eng|bsc|b\.a\b", re.I)),
)


@pytest.fixture(scope="session")
def tuned() -> list[Scored]:
    """Every tuning document parsed once for the session."""
    return [scored(path) for path in TUNE]


def degree_level(degree: object) -> str:
    """phd, master or bachelor, whatever the words ('博士', 'Ph.D.', 'Doctor of Philosophy'); the folded text otherwise."""
    return next((level for level, pattern in LEVELS if pattern.search(str(degree or ""))), fold(degree))


def facts(profile: dict[str, Any]) -> dict[str, object]:
    """The facts a reviewer compares across two files of one candidate."""
    basics = profile.get("basics", {})
    papers = profile.get("publications", [])
    return {
        "name": fold(basics.get("name")),
        "emails": sorted({fold(e) for e in [basics.get("email"), *basics.get("x-emails", [])] if e}),
        "phones": sorted({phone_key(p) for p in [basics.get("phone"), *basics.get("x-phones", [])] if p}),
        "education": [
            (fold(e.get("institution")), degree_level(e.get("studyType")), e.get("startDate"), e.get("endDate"))
            for e in profile.get("education", [])
        ],
        "employers": [fold(w.get("name")) for w in profile.get("work", [])],
        "paper count": len(papers),
        "venues": sorted(fold(p.get("x-venue") or p.get("publisher")) for p in papers),
        "years": sorted(str(year(p.get("releaseDate"))) for p in papers),
    }


def test_every_field_meets_its_floor_on_the_tuning_split(tuned: list[Scored]) -> None:
    table = field_means(tuned)
    overall = table.pop("overall")
    print("\n" + "  ".join(f"{field}={value:.3f}" for field, value in table.items()), f"overall={overall:.3f}")
    assert {field: value for field, value in table.items() if value < FIELD_FLOOR} == {}
    assert overall >= OVERALL_FLOOR


@pytest.mark.parametrize("person", PEOPLE)
def test_one_person_gives_the_same_facts_in_every_layout(person: str, tuned: list[Scored]) -> None:
    by_layout = {r.truth["layout"]: facts(r.profile) for r in tuned if r.truth["person"] == person}
    assert len(by_layout) >= 2
    # the value most layouts agree on is the reference, so the message names the odd layouts out
    common = {key: Counter(repr(f[key]) for f in by_layout.values()).most_common(1)[0][0] for key in FACTS}
    differing = {
        layout: {key: value for key, value in found.items() if repr(value) != common[key]}
        for layout, found in by_layout.items()
    }
    assert {layout: keys for layout, keys in differing.items() if keys} == {}, f"most layouts agree on {common}"
