"""Facts derived from a JSON Resume profile: what the list, compare view and exports show."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

_LEVEL_RANK = {"doctorate": 3, "master": 2, "bachelor": 1}
_LEVEL_WORDS = (
    ("doctorate", re.compile(r"博士|ph\.?\s?d|d\.?\s?phil|doctor", re.I)),
    ("master", re.compile(r"硕士|研究生|master|m\.?\s?s\.?c?\b|m\.?eng|mba|\bma\b", re.I)),
    ("bachelor", re.compile(r"学士|本科|bachelor|b\.?\s?s\.?[ce]?\.?|b\.?\s?eng|b\.?\s?a\.?\b", re.I)),
)


def entries(profile: dict[str, Any], section: str) -> list[dict[str, Any]]:
    """The items of a profile section (education, work, …), skipping anything that is not an object."""
    return [e for e in profile.get(section) or [] if isinstance(e, dict)]


def text(value: object) -> str:
    """A field value as trimmed text ('' for a missing or empty one)."""
    return str(value).strip() if value not in (None, "") else ""


def joined(*parts: object, sep: str = " · ") -> str:
    """The non-empty parts as text, joined by *sep*."""
    return sep.join(t for t in (text(p) for p in parts) if t)


def period(entry: dict[str, Any]) -> str:
    """'2021-09 – present', one end alone when only one is printed."""
    return joined(entry.get("startDate"), entry.get("endDate"), sep=" – ")


def education_level(entry: dict[str, Any]) -> str:
    """doctorate / master / bachelor / other, from x-level or the degree as written."""
    level = entry.get("x-level")
    if level in _LEVEL_RANK:
        return str(level)
    study = str(entry.get("studyType") or "")
    for name, pattern in _LEVEL_WORDS:
        if pattern.search(study):
            return name
    return "other"


def highest_education(profile: dict[str, Any]) -> dict[str, Any] | None:
    """The education entry with the highest level (the first listed among equals)."""
    found = entries(profile, "education")
    if not found:
        return None
    return max(found, key=lambda e: _LEVEL_RANK.get(education_level(e), 0))


def highest_degree(profile: dict[str, Any]) -> str:
    """The highest degree as written (e.g. 博士, PhD), or ''."""
    entry = highest_education(profile)
    return str(entry.get("studyType") or "") if entry else ""


def current_organization(profile: dict[str, Any]) -> str:
    """The newest organisation: first work entry, else first school."""
    for entry in entries(profile, "work"):
        if entry.get("name"):
            return str(entry["name"])
    for entry in entries(profile, "education"):
        if entry.get("institution"):
            return str(entry["institution"])
    return ""


def _month_index(value: object, today: date) -> int | None:
    text = str(value or "").strip().lower()
    if not text:
        return None
    if text in ("present", "now", "current", "至今"):
        return today.year * 12 + today.month - 1
    match = re.match(r"(\d{4})(?:-(\d{1,2}))?", text)
    if not match:
        return None
    return int(match.group(1)) * 12 + (int(match.group(2) or 1) - 1)


def years_of_experience(profile: dict[str, Any], today: date | None = None) -> float:
    """Years covered by work dates, overlapping periods counted once."""
    today = today or date.today()
    spans = []
    for entry in entries(profile, "work"):
        start = _month_index(entry.get("startDate"), today)
        end = _month_index(entry.get("endDate") or "present", today)
        if start is not None and end is not None and end >= start:
            spans.append((start, end + 1))
    months, covered_to = 0, -1
    for start, end in sorted(spans):
        start = max(start, covered_to)
        if end > start:
            months += end - start
            covered_to = end
    return round(months / 12, 1)


def display_name(profile: dict[str, Any], file_name: str) -> str:
    """The name the document states, else the file name without its extension."""
    name = str((profile.get("basics") or {}).get("name") or "").strip()
    if name:
        return name
    stem, _, _ = file_name.rpartition(".")
    return stem or file_name


def skill_keywords(profile: dict[str, Any]) -> list[str]:
    """Individual skills (a group's keywords, else its name), each once ignoring case, in order."""
    seen: dict[str, str] = {}
    for group in entries(profile, "skills"):
        words = [str(k).strip() for k in group.get("keywords") or [] if str(k).strip()]
        for word in words or [str(group.get("name") or "").strip()]:
            if word and word.casefold() not in seen:
                seen[word.casefold()] = word
    return list(seen.values())
