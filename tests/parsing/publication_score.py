"""Scores the papers of a parsed profile against the truth's publication details (issue #11), detail by detail."""

from __future__ import annotations

from typing import Any

from tests.parsing.truth_score import TITLE_RATIO, fold, likeness, same_value, year

DETAILS = ("title", "authors", "authorPosition", "venue", "year", "status", "track")


def parsed_papers(profile: dict[str, Any]) -> list[dict[str, Any]]:
    """The parser's papers in the truth's shape (a key the parser does not write reads as None)."""
    return [
        {
            "title": p.get("name"),
            "authors": p.get("x-authors") or None,
            "authorPosition": p.get("x-authorPosition"),
            "venue": p.get("x-venue") or p.get("publisher"),
            "year": year(p.get("releaseDate")),
            "status": p.get("x-status"),
            "track": p.get("x-track"),
        }
        for p in profile.get("publications", [])
    ]


def authors_right(found: list[str] | None, wanted: list[str] | None) -> bool:
    """The same author names in the same order (marks and spacing aside), or no list on both sides."""
    if not wanted:
        return not found
    return [fold(a).strip("*†#") for a in found or []] == [fold(a) for a in wanted]


def detail_right(detail: str, found: dict[str, Any], wanted: dict[str, Any]) -> bool:
    """Whether one detail of a matched paper is right."""
    if detail == "title":
        return True
    if detail == "authors":
        return authors_right(found["authors"], wanted["authors"])
    if detail == "venue":
        return same_value("venue", found["venue"], wanted["venue"])
    return bool(found[detail] == wanted[detail])


def publication_details(profile: dict[str, Any], truth: dict[str, Any]) -> dict[str, float]:
    """Per detail, the F1 of right values among the parsed and the true papers (papers matched on title); {} when neither has papers."""
    predicted = parsed_papers(profile)
    expected = truth.get("publications", [])
    if not predicted and not expected:
        return {}
    free = list(predicted)
    right = dict.fromkeys(DETAILS, 0)
    for wanted in expected:
        found = max(free, key=lambda p: likeness(p["title"], wanted["title"]), default=None)
        if found is None or likeness(found["title"], wanted["title"]) < TITLE_RATIO:
            continue
        free.remove(found)
        for detail in DETAILS:
            right[detail] += detail_right(detail, found, wanted)
    total = len(predicted) + len(expected)
    return {detail: 2 * count / total for detail, count in right.items()}
