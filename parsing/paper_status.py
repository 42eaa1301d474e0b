"""A paper's state, track and presentation, read from the words printed around its venue."""

from __future__ import annotations

import re
from functools import cache

from parsing import vocab

# First match wins: "arXiv, under review at ICLR" is under review; "accepted, in press" in press.
_STATUSES = (
    ("revision", "status_revision"),
    ("under-review", "status_under_review"),
    ("submitted", "status_submitted"),
    ("in-press", "status_in_press"),
    ("accepted", "status_accepted"),
    ("preprint", "status_preprint"),
)
_TRACKS = (
    ("student", "track_student"),
    ("demo", "track_demo"),
    ("findings", "track_findings"),
    ("workshop", "track_workshop"),
)
_PRESENTATIONS = (
    ("oral", "presentation_oral"),
    ("spotlight", "presentation_spotlight"),
    ("poster", "presentation_poster"),
)
Found = tuple[str, str | None]  # a value and the words printed for it (None when implied by the venue)
PREPRINT_VENUES = frozenset({"arXiv"})


def status(text: str, venue: str | None) -> Found | None:
    """(state, the words that say so) of the paper cited in *text*; None when nothing tells."""
    found = _first(text, _STATUSES)
    if found:
        return found
    if venue in PREPRINT_VENUES:
        return "preprint", None
    return ("published", None) if venue else None


def track(text: str, placed: bool) -> Found | None:
    """(main / workshop / findings / demo / student, the words); a paper *placed* (a venue or a state
    is printed) is main-track unless told; None when nothing is."""
    found = _first(text, _TRACKS)
    if found:
        return found
    return ("main", None) if placed else None


def presentation(text: str) -> Found | None:
    """(oral / spotlight / poster, the words) where the citation says how the paper was presented."""
    return _first(text, _PRESENTATIONS)


def is_not_a_paper(text: str) -> bool:
    """Academic service, a talk, a patent, a blog post or a thesis listed among the papers."""
    return _pattern("not_papers").search(text) is not None


def _first(text: str, table: tuple[tuple[str, str], ...]) -> Found | None:
    if not _pattern(*(key for _, key in table)).search(text):  # one search for the usual miss
        return None
    for value, key in table:
        match = _pattern(key).search(text)
        if match:
            return value, match.group(0)
    return None


@cache
def _pattern(*keys: str) -> re.Pattern[str]:
    return vocab.mixed_pattern(*keys, breakable=True)
