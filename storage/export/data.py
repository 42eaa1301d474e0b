"""Everything an exporter shows about one candidate, read once from the library as plain data."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

from storage import papers, profile_facts
from storage.papers import PublicationFacts
from storage.profile_facts import entries, joined, period, text
from storage.records import (
    CandidateTagRecord,
    DocumentSummary,
    HighlightRecord,
    RatingRecord,
    RubricAreaRecord,
    RubricRecord,
)
from storage.vocab import RATING_LABELS, TAG_KINDS, recommendation_label, status_label

if TYPE_CHECKING:
    from storage.library import Library

MAX_RATING = max(RATING_LABELS)


@dataclass(frozen=True)
class Entry:
    """One item of a profile section, ready to print."""

    title: str
    subtitle: str = ""
    period: str = ""
    lines: tuple[str, ...] = ()


@dataclass(frozen=True)
class Section:
    """A titled profile section (Education, Work experience, …)."""

    title: str
    entries: tuple[Entry, ...]


@dataclass(frozen=True)
class CandidateExport:
    """A candidate's profile and review as the exporters need them."""

    candidate_id: int
    name: str
    file_name: str
    status: str
    recommendation: str | None
    summary: str
    score: float | None
    position: str
    profile: dict[str, Any]
    rubric: RubricRecord
    ratings: tuple[RatingRecord, ...]
    tags: tuple[CandidateTagRecord, ...]
    highlights: tuple[HighlightRecord, ...]
    categories: tuple[str, ...]
    exported_at: datetime
    documents: tuple[DocumentSummary, ...] = ()  # the person's documents, newest first

    @property
    def status_label(self) -> str:
        """The status as shown to people."""
        return status_label(self.status)

    @property
    def recommendation_label(self) -> str:
        """The recommendation as shown to people ('No decision' when none)."""
        return recommendation_label(self.recommendation)

    @property
    def rated_on(self) -> str:
        """What the candidate is rated against: the position, else the rubric."""
        return self.position or self.rubric.name

    @property
    def unrated(self) -> bool:
        """No area has a rating or a comment yet."""
        return all(r.value is None and not r.comment for r in self.ratings)

    @property
    def document_lines(self) -> list[str]:
        """'cv_en.pdf · 2 pages · imported 2026-12-05' for each of the person's documents, newest first."""
        return [
            f"{d.file_name} · {d.page_count} page{'s' if d.page_count != 1 else ''} · imported {d.imported_at:%Y-%m-%d}"
            for d in self.documents
        ]

    @property
    def key_facts(self) -> list[tuple[str, str]]:
        """(label, value) rows for the top of a report: the profile's key facts, then its contacts."""
        return facts(self.profile) + contacts(self.profile)

    def highlight(self, highlight_id: int) -> HighlightRecord | None:
        """The highlight with this id (None if it was deleted since)."""
        return next((h for h in self.highlights if h.id == highlight_id), None)

    def evidence(self, highlight_ids: tuple[int, ...]) -> list[HighlightRecord]:
        """The highlights behind a tag or rating, in reading order."""
        found = [h for h in (self.highlight(i) for i in highlight_ids) if h is not None]
        return sorted(found, key=lambda h: (h.page, h.rects[0][1] if h.rects else 0.0))

    def category(self, highlight: HighlightRecord) -> str:
        """What a highlight's colour means in this library."""
        return self.categories[highlight.color] if 0 <= highlight.color < len(self.categories) else ""

    def area(self, rating: RatingRecord) -> RubricAreaRecord | None:
        """The rubric area a rating is on (None if the rubric changed since)."""
        return next((a for a in self.rubric.areas if a.id == rating.area_id), None)


def gather(library: Library, candidate_id: int) -> CandidateExport:
    """Read a candidate's profile and review (KeyError for an unknown id)."""
    summary = library.summary(candidate_id)
    review = library.review(candidate_id)
    positions = {p.id: p.name for p in library.positions()}
    return CandidateExport(
        candidate_id=candidate_id,
        name=summary.display_name,
        file_name=summary.file_name,
        status=review.status,
        recommendation=review.recommendation,
        summary=review.summary,
        score=summary.score,
        position=positions.get(review.position_id, "") if review.position_id else "",
        profile=library.profile(candidate_id),
        rubric=library.candidate_rubric(candidate_id),
        ratings=tuple(library.ratings(candidate_id)),
        tags=tuple(library.candidate_tags(candidate_id)),
        highlights=tuple(library.highlights(candidate_id)),
        categories=tuple(library.highlight_categories()),
        exported_at=datetime.now(timezone.utc),
        documents=tuple(library.documents(candidate_id)),
    )


def rating_text(value: int | None) -> str:
    """'4 · Yes', or 'Not rated'."""
    return f"{value} · {RATING_LABELS[value]}" if value in RATING_LABELS else "Not rated"


def score_text(score: float | None) -> str:
    """'3.75 / 5', or 'Not rated'."""
    return f"{score:.2f} / {MAX_RATING}" if score is not None else "Not rated"


def tag_kind_label(kind: str) -> str:
    """'Strength' / 'Concern'."""
    return TAG_KINDS.get(kind, kind)


def page_label(highlight: HighlightRecord) -> str:
    """'p. 2' (pages count from 1 for people)."""
    return f"p. {highlight.page + 1}"


def _strings(values: Any) -> tuple[str, ...]:
    return tuple(t for t in (text(v) for v in values or []) if t)


def contacts(profile: dict[str, Any]) -> list[tuple[str, str]]:
    """(label, value) pairs: every e-mail, phone, web address, profile and the location."""
    basics = profile.get("basics") or {}
    pairs: list[tuple[str, str]] = []
    for label, key, many in (("E-mail", "email", "x-emails"), ("Phone", "phone", "x-phones")):
        values = list(_strings(basics.get(many))) or list(_strings([basics.get(key)]))
        pairs += [(label, v) for v in dict.fromkeys(values)]
    if text(basics.get("url")):
        pairs.append(("Web", text(basics["url"])))
    for item in basics.get("profiles") or []:
        if isinstance(item, dict) and (item.get("url") or item.get("username")):
            pairs.append((text(item.get("network")) or "Profile", text(item.get("url")) or text(item.get("username"))))
    location = basics.get("location") or {}
    place = joined(location.get("address"), location.get("city"), location.get("region"), location.get("countryCode"), sep=", ")
    if place:
        pairs.append(("Location", place))
    return pairs


def emails(profile: dict[str, Any]) -> list[str]:
    """Every e-mail address, the primary one first."""
    return [value for label, value in contacts(profile) if label == "E-mail"]


def phones(profile: dict[str, Any]) -> list[str]:
    """Every phone number, the primary one first."""
    return [value for label, value in contacts(profile) if label == "Phone"]


def sections(profile: dict[str, Any]) -> list[Section]:
    """The profile's sections in a fixed, committee-friendly order; empty ones left out."""
    found = [
        Section("Education", tuple(
            Entry(
                text(e.get("institution")) or text(e.get("studyType")),
                joined(e.get("studyType"), e.get("area"), f"GPA {e['score']}" if text(e.get("score")) else ""),
                period(e),
            )
            for e in entries(profile, "education")
        )),
        Section("Work experience", tuple(
            Entry(
                text(e.get("name")) or text(e.get("position")),
                joined(e.get("position") if text(e.get("name")) else "", e.get("location")),
                period(e),
                _strings([e.get("summary")]) + _strings(e.get("highlights")),
            )
            for e in entries(profile, "work")
        )),
        Section("Projects", tuple(
            Entry(
                text(e.get("name")),
                joined(e.get("entity"), ", ".join(_strings(e.get("roles")))),
                period(e),
                _strings([e.get("description")]) + _strings(e.get("highlights")),
            )
            for e in entries(profile, "projects")
        )),
        Section("Publications", tuple(
            Entry(
                text(e.get(papers.TITLE)),
                papers.citation_line(e),
                "",
                _strings([", ".join(_strings(e.get(papers.AUTHORS)))]) + _strings([e.get("url")]),
            )
            for e in papers.papers(profile)
        )),
        Section("Awards", tuple(
            Entry(text(e.get("title")), text(e.get("awarder")), text(e.get("date")))
            for e in entries(profile, "awards")
        )),
        Section("Skills", tuple(
            Entry(text(e.get("name")) or "Skills", ", ".join(_strings(e.get("keywords"))))
            for e in entries(profile, "skills")
        )),
        Section("Languages", tuple(
            Entry(text(e.get("language")), text(e.get("fluency"))) for e in entries(profile, "languages")
        )),
    ]
    return [s for s in found if s.entries]


def facts(profile: dict[str, Any]) -> list[tuple[str, str]]:
    """Key facts for the top of a report: degree, school, organisation, publications, experience."""
    top = profile_facts.highest_education(profile) or {}
    pairs = [
        ("Highest degree", joined(top.get("studyType"), top.get("area"))),
        ("School", text(top.get("institution"))),
        ("Current organisation", profile_facts.current_organization(profile)),
        ("Publications", PublicationFacts.of(profile).summary()),
        ("Years of experience", f"{profile_facts.years_of_experience(profile):g}" if entries(profile, "work") else ""),
    ]
    return [(label, value) for label, value in pairs if value]
