"""Scores a parsed profile (JSON Resume) against a ground-truth file, field by field, from 0 to 1."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from difflib import SequenceMatcher
from typing import Any

FIELDS = ("name", "emails", "phones", "education", "work", "publications", "awards", "skills", "sections")
KEY_RATIO = 0.85  # entries match on a fuzzy key: an extra word or punctuation mark is not a different school
TITLE_RATIO = 0.9  # titles are long, so the same ratio admits more differing characters

Entry = dict[str, Any]


def fold(text: object) -> str:
    """Lowercase text without whitespace, so line wraps and spacing between CJK words do not count."""
    return re.sub(r"\s+", "", str(text or "")).lower()


def likeness(a: object, b: object) -> float:
    """difflib's similarity ratio of two texts after folding."""
    return SequenceMatcher(None, fold(a), fold(b)).ratio()


def year(date: object) -> int | None:
    """The year of a JSON Resume date ("2025", "2025-06"), None when absent."""
    found = re.match(r"\d{4}", str(date or ""))
    return int(found.group()) if found else None


def phone_key(phone: object) -> str:
    """The last 11 digits: "+86 139-1234-5678" and "13912345678" are one number."""
    return re.sub(r"\D", "", str(phone))[-11:]


def as_truth(profile: dict[str, Any]) -> dict[str, Any]:
    """The parser's JSON Resume output in the ground truth's shape."""
    basics = profile.get("basics", {})
    return {
        "name": basics.get("name"),
        "emails": [basics.get("email"), *basics.get("x-emails", [])],
        "phones": [basics.get("phone"), *basics.get("x-phones", [])],
        "education": [
            {
                "institution": e.get("institution"),
                "degree": e.get("studyType"),
                "area": e.get("area"),
                "start": e.get("startDate"),
                "end": e.get("endDate"),
            }
            for e in profile.get("education", [])
        ],
        "work": [
            {
                "organization": w.get("name"),
                "position": w.get("position"),
                "start": w.get("startDate"),
                "end": w.get("endDate"),
            }
            for w in profile.get("work", [])
        ],
        "publications": [
            {
                "title": p.get("name"),
                "venue": p.get("x-venue") or p.get("publisher"),
                "year": year(p.get("releaseDate")),
            }
            for p in profile.get("publications", [])
        ],
        "awards": [{"title": a.get("title"), "year": year(a.get("date"))} for a in profile.get("awards", [])],
        "skills": [keyword for group in profile.get("skills", []) for keyword in group.get("keywords", [])],
        "sections": profile.get("meta", {}).get("x-sections", []),
    }


def f1(matched: float, predicted: int, expected: int) -> float:
    """F1 of *matched* (possibly partial) hits among *predicted* items against *expected* ones."""
    return 2 * matched / (predicted + expected)


def set_score(
    predicted: Iterable[object], expected: Iterable[object], key: Callable[[object], str] = fold
) -> float | None:
    """F1 of two sets of values compared by *key*; None when both are empty."""
    found = {key(v) for v in predicted if v}
    wanted = {key(v) for v in expected if v}
    if not found and not wanted:
        return None
    return f1(len(found & wanted), len(found), len(wanted))


def list_score(predicted: list[str], expected: list[str]) -> float | None:
    """F1 of two lists in order (their longest common subsequence); None when both are empty."""
    if not predicted and not expected:
        return None
    blocks = SequenceMatcher(None, [fold(v) for v in predicted], [fold(v) for v in expected], autojunk=False)
    return f1(sum(block.size for block in blocks.get_matching_blocks()), len(predicted), len(expected))


def same_value(field: str, found: object, wanted: object) -> bool:
    """Whether a matched entry's field is right: dates and years exactly, text fuzzily."""
    if field in ("start", "end", "year") or wanted is None:
        return found == wanted
    return found is not None and likeness(found, wanted) >= KEY_RATIO


def entry_score(predicted: list[Entry], expected: list[Entry], key: str, ratio: float) -> float | None:
    """F1 of entries matched greedily on *key*, each match weighted by the share of its fields that are right."""
    if not predicted and not expected:
        return None
    free = list(predicted)
    credit = 0.0
    for wanted in expected:
        found = max(free, key=lambda p: likeness(p[key], wanted[key]), default=None)
        if found is None or likeness(found[key], wanted[key]) < ratio:
            continue
        free.remove(found)
        # only the fields the parse is scored on: keys a truth adds for other scorers (a paper's authors) do not count
        right = [same_value(field, found[field], value) for field, value in wanted.items() if field in found]
        credit += sum(right) / len(right)  # the key itself counts as one right field
    return f1(credit, len(predicted), len(expected))


def score(profile: dict[str, Any], truth: dict[str, Any]) -> dict[str, float]:
    """Per-field scores of a parsed profile against its truth; a field empty in both is left out."""
    parsed = as_truth(profile)
    scores = {
        "name": float(fold(parsed["name"]) == fold(truth.get("name"))),
        "emails": set_score(parsed["emails"], truth["emails"]),
        "phones": set_score(parsed["phones"], truth["phones"], key=phone_key),
        "education": entry_score(parsed["education"], truth["education"], "institution", KEY_RATIO),
        "work": entry_score(parsed["work"], truth["work"], "organization", KEY_RATIO),
        "publications": entry_score(parsed["publications"], truth["publications"], "title", TITLE_RATIO),
        "awards": entry_score(parsed["awards"], truth["awards"], "title", TITLE_RATIO),
        "skills": set_score(parsed["skills"], truth["skills"]),
        "sections": list_score(parsed["sections"], truth["sections"]),
    }
    return {field: value for field, value in scores.items() if value is not None}
