"""Tags suggested from a profile: research topics from a keyword lexicon, and facts about the record.

Each suggestion carries the passages (page, rectangles, text) it was read from, taken from the
profile's provenance, so accepting it can highlight them as evidence.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

import resources
from storage import papers
from storage.records import Passage, TagSuggestion

# Where research topics are looked for, and which fields of those items hold prose.
_TOPIC_FIELDS: dict[str, tuple[str, ...]] = {
    "basics": ("label", "summary"),
    "interests": ("name", "keywords"),
    "publications": ("name", "publisher"),
    "projects": ("name", "description", "highlights", "keywords"),
    "work": ("position", "summary", "highlights"),
    "skills": ("name", "keywords"),
    "education": ("area",),
    "awards": ("title", "summary"),
}
_ACADEMIC = re.compile(r"大学|学院|university|college|school|academy", re.I)
_INTERNSHIP = re.compile(r"实习|intern", re.I)
_ASCII_WORD = re.compile(r"[A-Za-z0-9]")


@dataclass(frozen=True)
class Topic:
    """A research topic and the pattern matching any of its keywords."""

    name: str
    pattern: re.Pattern[str]


def _keyword_pattern(keyword: str) -> str:
    # Latin keywords match whole words (so "MoE" does not fire inside "Moebius"); CJK ones anywhere.
    escaped = re.escape(keyword)
    if _ASCII_WORD.search(keyword):
        return rf"(?<![A-Za-z0-9]){escaped}(?![A-Za-z0-9])"
    return escaped


@cache
def lexicon() -> list[dict[str, Any]]:
    """The topics of resources/lexicon/topics.toml as written (name, name_zh, keywords)."""
    return list(tomllib.loads(resources.read_text("lexicon/topics.toml"))["topics"])


@cache
def topics() -> tuple[Topic, ...]:
    """The topic lexicon shipped in resources/lexicon/topics.toml."""
    return tuple(
        Topic(str(t["name"]), re.compile("|".join(_keyword_pattern(k) for k in t["keywords"]), re.I)) for t in lexicon()
    )


def passages(sources: object, text: str) -> list[Passage]:
    """Provenance (a list of {page, rect}) as one passage per page."""
    by_page: dict[int, list[tuple[float, float, float, float]]] = {}
    for source in sources if isinstance(sources, list) else []:
        rect = source.get("rect") if isinstance(source, dict) else None
        if isinstance(rect, (list, tuple)) and len(rect) == 4 and isinstance(source.get("page"), int):
            x0, y0, x1, y1 = (float(v) for v in rect)
            by_page.setdefault(source["page"], []).append((x0, y0, x1, y1))
    return [Passage(page, tuple(rects), text) for page, rects in sorted(by_page.items())]


def _field_passages(item: dict[str, Any], field: str, text: str) -> list[Passage]:
    """Where a field was read from: its own sources, else the whole item's."""
    field_sources = item.get("x-fieldSources")
    if isinstance(field_sources, dict) and field_sources.get(field):
        return passages(field_sources[field], text)
    return passages(item.get("x-source"), text)


def _field_texts(item: dict[str, Any], field: str) -> list[str]:
    value = item.get(field)
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [v for v in value if isinstance(v, str)]
    return []


def _unique(found: list[Passage]) -> tuple[Passage, ...]:
    return tuple(dict.fromkeys(found))


def topic_suggestions(profile: dict[str, Any]) -> list[TagSuggestion]:
    """Research topics the profile mentions, most mentioned first."""
    found: dict[str, list[Passage]] = {}
    counts: dict[str, int] = {}
    for section, fields in _TOPIC_FIELDS.items():
        items = profile.get(section) or []
        for item in [items] if isinstance(items, dict) else items:  # basics is one item, not a list
            if not isinstance(item, dict):
                continue
            for field in fields:
                for text in _field_texts(item, field):
                    for topic in topics():
                        if topic.pattern.search(text):
                            counts[topic.name] = counts.get(topic.name, 0) + 1
                            found.setdefault(topic.name, []).extend(_field_passages(item, field, text))
    order = {topic.name: index for index, topic in enumerate(topics())}
    names = sorted(counts, key=lambda name: (-counts[name], order[name]))
    return [TagSuggestion(name, "strength", _unique(found[name])) for name in names]


def _item_passages(items: list[dict[str, Any]], text_of: Callable[[dict[str, Any]], str]) -> tuple[Passage, ...]:
    return _unique([p for item in items for p in passages(item.get("x-source"), text_of(item))])


def _internship_text(entry: dict[str, Any]) -> str:
    return f"{str(entry.get('name') or '').strip()} {entry.get('position') or ''}".strip()


def fact_suggestions(profile: dict[str, Any]) -> list[TagSuggestion]:
    """Facts worth a tag: first-author top-venue papers, top-venue papers, industry internships."""
    suggestions = []
    pubs = [p for p in papers.papers(profile) if papers.is_published(p)]

    def title(pub: dict[str, Any]) -> str:
        return " ".join(str(pub.get(k) or "") for k in ("name", "publisher")).strip()

    first_top = [p for p in pubs if papers.is_first_author(p) and papers.is_top_venue(p)]
    if first_top:
        suggestions.append(
            TagSuggestion(f"first-author CCF-A ×{len(first_top)}", "strength", _item_passages(first_top, title))
        )
    top = [p for p in pubs if papers.is_top_venue(p)]
    if top:
        suggestions.append(TagSuggestion("top-venue publications", "strength", _item_passages(top, title)))
    for entry in profile.get("work") or []:
        if not isinstance(entry, dict):
            continue
        name, position = str(entry.get("name") or "").strip(), str(entry.get("position") or "")
        if name and _INTERNSHIP.search(position) and not _ACADEMIC.search(name):
            suggestions.append(
                TagSuggestion(f"industry internship at {name}", "strength", _item_passages([entry], _internship_text))
            )
    return suggestions


def suggest(profile: dict[str, Any]) -> list[TagSuggestion]:
    """Every suggestion for a profile: facts first, then topics; one per name."""
    unique: dict[str, TagSuggestion] = {}
    for suggestion in fact_suggestions(profile) + topic_suggestions(profile):
        unique.setdefault(suggestion.name.lower(), suggestion)
    return list(unique.values())
