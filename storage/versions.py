"""Where one document's profile disagrees with the person's other documents: what reviewers check between versions.

A different degree, different dates, a paper missing from one version. Entries are compared by
position within their section (a Chinese and an English résumé name schools differently but list
them in the same order); papers by their title, which both versions usually give in English.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from storage.profile_facts import education_level, entries, text

Path = tuple[str | int, ...]
_DATED_SECTIONS = ("education", "work")
_DATE_KEYS = ("startDate", "endDate")


@dataclass(frozen=True)
class VersionDifference:
    """One disagreement: the field (or section) of the shown profile it concerns, and what the other version says."""

    path: Path
    document: str  # the other version's file name
    other_value: str  # what it states there ('' when it does not state it)


def _same_date(first: str, second: str) -> bool:
    """Dates agree as far as both are precise ('2018' agrees with '2018-09')."""
    shorter = min(len(first), len(second))
    return first[:shorter] == second[:shorter]


def _title_key(title: str) -> str:
    return re.sub(r"\W+", "", title.casefold())


def _entry_differences(shown: dict[str, Any], other: dict[str, Any], document: str) -> list[VersionDifference]:
    found = []
    for section in _DATED_SECTIONS:
        for index, (mine, theirs) in enumerate(zip(entries(shown, section), entries(other, section), strict=False)):
            for key in _DATE_KEYS:
                a, b = text(mine.get(key)), text(theirs.get(key))
                if a and b and not _same_date(a, b):
                    found.append(VersionDifference((section, index, key), document, b))
            if section == "education" and education_level(mine) != education_level(theirs):
                found.append(VersionDifference((section, index, "studyType"), document, text(theirs.get("studyType"))))
    return found


def _paper_differences(shown: dict[str, Any], other: dict[str, Any], document: str) -> list[VersionDifference]:
    mine = [_title_key(text(p.get("name"))) for p in entries(shown, "publications")]
    theirs = {_title_key(text(p.get("name"))): text(p.get("name")) for p in entries(other, "publications")}
    if not theirs:  # a version without a publication list says nothing about the papers
        return []
    found = [VersionDifference(("publications", i, "name"), document, "") for i, key in enumerate(mine) if key and key not in theirs]
    found += [VersionDifference(("publications",), document, title) for key, title in theirs.items() if key and key not in mine]
    return found


def differences(shown: dict[str, Any], others: list[tuple[str, dict[str, Any]]]) -> list[VersionDifference]:
    """How the shown profile disagrees with each (file name, profile) of the person's other documents."""
    found: list[VersionDifference] = []
    for document, other in others:
        found += _entry_differences(shown, other, document) + _paper_differences(shown, other, document)
    return found
