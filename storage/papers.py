"""The profile's publication keys and the facts built on them: the one owner every view reads through.

A paper is a JSON Resume `publications` item with the parser's x- keys.  Compare, the exports, the
suggestions and the window take a paper's venue, state and the candidate's place from here, and the
counts from `PublicationFacts.of`, so no two views can disagree.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from parsing import paper_status

SECTION = "publications"
TITLE = "name"
VENUE = "x-venue"  # the venue's short name ("NeurIPS"), which its rank belongs to
PUBLISHER = "publisher"  # the venue as printed ("NeurIPS 2024 (CCF-A)")
YEAR = "releaseDate"
AUTHORS = "x-authors"
POSITION = "x-authorPosition"
RANK = "x-rank"
STATUS = "x-status"
TRACK = "x-track"
PRESENTATION = "x-presentation"

POSITIONS = ("first", "co-first", "corresponding", "other")
STATUSES = ("published", "accepted", "in-press", "under-review", "submitted", "revision", "preprint")
TRACKS = ("main", "workshop", "findings", "demo", "student")
PRESENTATIONS = ("oral", "spotlight", "poster")
PUBLISHED = frozenset({"published", "accepted", "in-press"})  # accepted and in press count: the venue took it
TOP_RANKS = frozenset({"CCF-A"})
UNKNOWN = "unknown"  # what a count reads when the document does not tell it (never 0)
_AUTHORSHIP = {"first": "first author", "co-first": "co-first author", "corresponding": "corresponding author"}


def papers(profile: dict[str, Any]) -> list[dict[str, Any]]:
    """The profile's papers, skipping anything that is not an object."""
    return [p for p in profile.get(SECTION) or [] if isinstance(p, dict)]


def _text(paper: dict[str, Any], key: str) -> str:
    value = paper.get(key)
    return str(value).strip() if value not in (None, "") else ""


def venue(paper: dict[str, Any]) -> str:
    """The venue's short name, else the venue as printed ('' when none is named)."""
    return _text(paper, VENUE) or _text(paper, PUBLISHER)


def venue_line(paper: dict[str, Any]) -> str:
    """'NeurIPS 2024': the venue with the year when it does not already say it."""
    name, year = venue(paper), _text(paper, YEAR)[:4]
    return name if year and year in name else " ".join(t for t in (name, year) if t)


def status(paper: dict[str, Any]) -> str | None:
    """The paper's state; a paper stored without one (typed in, or parsed before states were read)
    is judged by its venue as the parser would: published at a venue, a preprint on arXiv."""
    stated = _text(paper, STATUS)
    if stated:
        return stated
    found = paper_status.status("", _text(paper, VENUE) or None)
    return found[0] if found else None


def track(paper: dict[str, Any]) -> str | None:
    """main / workshop / findings / demo / student; a paper with a venue, a rank or a state is main-track unless told."""
    placed = venue(paper) or _text(paper, RANK) or status(paper)
    return _text(paper, TRACK) or ("main" if placed else None)


def position(paper: dict[str, Any]) -> str | None:
    """first / co-first / corresponding / other; None when the document does not tell."""
    value = _text(paper, POSITION)
    return value if value in POSITIONS else None


def is_published(paper: dict[str, Any]) -> bool:
    """Published, accepted or in press."""
    return status(paper) in PUBLISHED


def is_first_author(paper: dict[str, Any]) -> bool:
    """The candidate is first or co-first author."""
    return position(paper) in ("first", "co-first")


def is_top_venue(paper: dict[str, Any]) -> bool:
    """A main-track paper at a venue of the top rank (CCF-A); a workshop paper does not carry its venue's rank."""
    return _text(paper, RANK).upper() in TOP_RANKS and track(paper) == "main"


def authorship(paper: dict[str, Any]) -> str:
    """'first author', 'co-first author', 'corresponding author', or ''."""
    return _AUTHORSHIP.get(position(paper) or "", "")


def citation_line(paper: dict[str, Any]) -> str:
    """'NeurIPS 2024 · CCF-A · workshop, oral · first author': the line every view prints under a title."""
    words = (venue_line(paper), _text(paper, RANK), state(paper), authorship(paper))
    return " · ".join(w for w in words if w)


def state(paper: dict[str, Any]) -> str:
    """What a reader must know beside the venue: 'under review', 'workshop', 'oral' ('' for a published main-track paper)."""
    words = [
        value.replace("-", " ")
        for value in (status(paper), track(paper), _text(paper, PRESENTATION))
        if value and value not in ("published", "main")
    ]
    return ", ".join(words)


@dataclass(frozen=True, slots=True)
class PublicationFacts:
    """The counts a reviewer reads first; `first_author` is None when no published paper tells the candidate's place."""

    papers: int
    published: int
    first_author: int | None
    unknown_position: int  # published papers whose author position the document does not tell
    top_venue: int  # published main-track papers at top-rank venues

    @classmethod
    def of(cls, profile: dict[str, Any]) -> PublicationFacts:
        """The facts of a profile's papers."""
        found = papers(profile)
        published = [p for p in found if is_published(p)]
        unknown = sum(1 for p in published if position(p) is None)
        known = len(published) - unknown
        return cls(
            papers=len(found),
            published=len(published),
            first_author=sum(1 for p in published if is_first_author(p)) if known or not published else None,
            unknown_position=unknown,
            top_venue=sum(1 for p in published if is_top_venue(p)),
        )

    def first_author_text(self, unknown: str = UNKNOWN) -> str:
        """'3', 'unknown', or '3 (+2 unknown)' when some papers do not tell."""
        if self.first_author is None:
            return unknown
        return f"{self.first_author} (+{self.unknown_position} {unknown})" if self.unknown_position else str(self.first_author)

    def summary(self) -> str:
        """'7 papers, 5 published: 3 first-author, 2 CCF-A' ('' without papers)."""
        if not self.papers:
            return ""
        return (
            f"{self.papers} papers, {self.published} published: "
            f"{self.first_author_text()} first-author, {self.top_venue} CCF-A"
        )
