"""Two candidates side by side as plain data, section by section (the compare view and its PDF export)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from itertools import zip_longest
from typing import TYPE_CHECKING, Any, Literal

from storage import papers, profile_facts
from storage.blind import BlindOptions, blind_profile, file_label, person_hidden, pseudonym
from storage.papers import PublicationFacts
from storage.profile_facts import entries, joined, period
from storage.vocab import TAG_KINDS, recommendation_label

if TYPE_CHECKING:
    from storage.library import Library

Match = Literal["same", "different", "left_only", "right_only"]

# Titles and labels are English source strings: the UI passes them through tr(), exports print them.
EDUCATION_LEVELS: tuple[tuple[str, str], ...] = (
    ("doctorate", "Doctorate"),
    ("master", "Master's"),
    ("bachelor", "Bachelor's"),
    ("other", "Other"),
)


@dataclass(frozen=True)
class CompareRow:
    """One aligned row: what each side has for the same thing."""

    key: str
    label: str
    left: str
    right: str
    match: Match


@dataclass(frozen=True)
class CompareSection:
    """A titled group of aligned rows (key facts, education, skills, …)."""

    key: str
    title: str
    rows: tuple[CompareRow, ...]


@dataclass(frozen=True)
class RatingRow:
    """One rubric area, matched by key across the two candidates' rubrics."""

    key: str
    label: str
    left: int | None
    right: int | None
    left_area_id: int | None
    right_area_id: int | None
    left_comment: str = ""
    right_comment: str = ""

    @property
    def comparable(self) -> bool:
        """Both candidates' rubrics have this area."""
        return self.left_area_id is not None and self.right_area_id is not None

    @property
    def difference(self) -> int | None:
        """How far apart the two ratings are (None unless both are rated)."""
        if self.left is None or self.right is None:
            return None
        return abs(self.left - self.right)


@dataclass(frozen=True)
class RatingSection:
    """Rubric ratings area by area: comparable areas first, then those only one rubric has."""

    key: str
    title: str
    rows: tuple[RatingRow, ...]

    @property
    def not_comparable(self) -> tuple[RatingRow, ...]:
        """Areas only one of the two rubrics has."""
        return tuple(r for r in self.rows if not r.comparable)


@dataclass(frozen=True)
class CompareSide:
    """Who is on one side, and the reviewer's verdict on them."""

    candidate_id: int
    name: str
    file_name: str
    status: str
    score: float | None
    recommendation: str | None
    summary: str
    rubric_name: str


@dataclass(frozen=True)
class Comparison:
    """Two candidates, section by section, in reading order."""

    left: CompareSide
    right: CompareSide
    sections: tuple[CompareSection | RatingSection, ...]

    def section(self, key: str) -> CompareSection | RatingSection:
        """The section with this key (KeyError when there is none)."""
        for section in self.sections:
            if section.key == key:
                return section
        raise KeyError(key)

    @property
    def ratings(self) -> RatingSection:
        """The rubric ratings section."""
        section = self.section("ratings")
        assert isinstance(section, RatingSection)
        return section


def build_comparison(
    library: Library, left_id: int, right_id: int, today: date | None = None, blind: BlindOptions | None = None
) -> Comparison:
    """Align two candidates' profiles and reviews (*today* dates open-ended jobs; tests pin it); pseudonymous when *blind*."""
    left_profile, right_profile = library.profile(left_id), library.profile(right_id)
    left, right = _side(library, left_id), _side(library, right_id)
    left_scrub: Callable[[str], str] = _unchanged
    right_scrub: Callable[[str], str] = _unchanged
    if blind is not None:
        left, left_profile, left_scrub = _blind_side(library, left, left_profile, blind)
        right, right_profile, right_scrub = _blind_side(library, right, right_profile, blind)
    recommendation = CompareSection("recommendation", "Recommendation", (
        _row("recommendation", "Recommendation", recommendation_label(left.recommendation),
             recommendation_label(right.recommendation)),
    ))
    notes = CompareSection("notes", "Notes", (_row("summary", "Summary", left.summary, right.summary),))
    sections: tuple[CompareSection | RatingSection, ...] = (
        CompareSection("facts", "Key facts", _fact_rows(left_profile, right_profile, today)),
        CompareSection("education", "Education", _education_rows(left_profile, right_profile)),
        CompareSection("work", "Work and internships", _entry_rows("work", left_profile, right_profile, _work_text)),
        CompareSection(
            "publications", "Publications",
            _entry_rows("publications", left_profile, right_profile, _publication_text),
        ),
        CompareSection("skills", "Skills", _set_rows(
            [(s, "Skill") for s in profile_facts.skill_keywords(left_profile)],
            [(s, "Skill") for s in profile_facts.skill_keywords(right_profile)],
        )),
        CompareSection("tags", "Tags", _set_rows(_tags(library, left_id), _tags(library, right_id))),
        _rating_section(library, left_id, right_id, left_scrub, right_scrub),
        recommendation,
        notes,
    )
    return Comparison(left, right, sections)


# -- sides and review -------------------------------------------------------------------------


def _side(library: Library, candidate_id: int) -> CompareSide:
    summary = library.summary(candidate_id)
    review = library.review(candidate_id)
    return CompareSide(
        candidate_id=candidate_id,
        name=summary.display_name,
        file_name=summary.file_name,
        status=summary.status,
        score=summary.score,
        recommendation=review.recommendation,
        summary=review.summary,
        rubric_name=library.candidate_rubric(candidate_id).name,
    )


def _unchanged(text: str) -> str:
    return text


def _blind_side(
    library: Library, side: CompareSide, profile: dict[str, Any], blind: BlindOptions
) -> tuple[CompareSide, dict[str, Any], Callable[[str], str]]:
    """A side and its profile with the person's identity (and, if asked, schools) hidden, and how its notes are masked."""
    hidden = person_hidden(library, side.candidate_id, blind)
    stand_in = pseudonym(side.candidate_id)

    def scrub(text: str) -> str:
        return hidden.scrub(text, stand_in)

    shown = replace(side, name=stand_in, file_name=file_label(1, side.file_name), summary=scrub(side.summary))
    return shown, blind_profile(profile, hidden, stand_in, blind), scrub


def _tags(library: Library, candidate_id: int) -> list[tuple[str, str]]:
    return [(t.tag.name, TAG_KINDS.get(t.tag.kind, t.tag.kind)) for t in library.candidate_tags(candidate_id)]


def _rating_section(
    library: Library, left_id: int, right_id: int,
    left_scrub: Callable[[str], str] = _unchanged, right_scrub: Callable[[str], str] = _unchanged,
) -> RatingSection:
    left, right = (
        {r.area_key: r for r in library.ratings(candidate_id) if not r.archived} for candidate_id in (left_id, right_id)
    )
    keys = list(left) + [k for k in right if k not in left]
    keys.sort(key=lambda k: not (k in left and k in right))  # stable: comparable first, rubric order kept
    rows = []
    for key in keys:
        a, b = left.get(key), right.get(key)
        named = a or b
        assert named is not None  # every key comes from one side or the other
        rows.append(RatingRow(
            key=key,
            label=named.area_label,
            left=a.value if a else None,
            right=b.value if b else None,
            left_area_id=a.area_id if a else None,
            right_area_id=b.area_id if b else None,
            left_comment=left_scrub(a.comment) if a else "",
            right_comment=right_scrub(b.comment) if b else "",
        ))
    return RatingSection("ratings", "Ratings", tuple(rows))


# -- profile sections -------------------------------------------------------------------------


def _row(key: str, label: str, left: str, right: str) -> CompareRow:
    if left and not right:
        match: Match = "left_only"
    elif right and not left:
        match = "right_only"
    elif left.casefold() == right.casefold():
        match = "same"
    else:
        match = "different"
    return CompareRow(key, label, left, right, match)


def _lines(*parts: str) -> str:
    return "\n".join(p for p in parts if p)


def _fact_rows(left: dict[str, Any], right: dict[str, Any], today: date | None) -> tuple[CompareRow, ...]:
    def facts(profile: dict[str, Any]) -> dict[str, tuple[str, str]]:
        top = profile_facts.highest_education(profile) or {}
        pubs = PublicationFacts.of(profile)
        return {
            "degree": ("Highest degree", joined(top.get("studyType"), top.get("area"))),
            "school": ("School", str(top.get("institution") or "")),
            "experience": ("Years of experience", f"{profile_facts.years_of_experience(profile, today):g}"),
            "publications": ("Publications", str(pubs.papers)),
            "published": ("Published papers", str(pubs.published)),
            "first_author": ("First-author publications", pubs.first_author_text()),
            "top_venue": ("Top-venue (CCF-A) publications", str(pubs.top_venue)),
            "organization": ("Current organisation", profile_facts.current_organization(profile)),
        }

    left_facts, right_facts = facts(left), facts(right)
    return tuple(_row(key, label, value, right_facts[key][1]) for key, (label, value) in left_facts.items())


def _education_rows(left: dict[str, Any], right: dict[str, Any]) -> tuple[CompareRow, ...]:
    """Degrees aligned by level, so a doctorate sits across from a doctorate."""
    rows = []
    for level, label in EDUCATION_LEVELS:
        for number, (a, b) in enumerate(zip_longest(_at_level(left, level), _at_level(right, level))):
            rows.append(_row(f"{level}:{number}", label, _education_text(a), _education_text(b)))
    return tuple(rows)


def _at_level(profile: dict[str, Any], level: str) -> list[dict[str, Any]]:
    return [e for e in entries(profile, "education") if profile_facts.education_level(e) == level]


def _education_text(entry: dict[str, Any] | None) -> str:
    if not entry:
        return ""
    degree = joined(entry.get("studyType"), entry.get("area"))
    return _lines(str(entry.get("institution") or ""), degree, period(entry))


def _work_text(entry: dict[str, Any] | None) -> str:
    if not entry:
        return ""
    return _lines(joined(entry.get("name"), entry.get("position")), period(entry))


def _publication_text(entry: dict[str, Any] | None) -> str:
    if not entry:
        return ""
    return _lines(str(entry.get(papers.TITLE) or ""), papers.citation_line(entry))


def _entry_rows(
    section: str, left: dict[str, Any], right: dict[str, Any], text: Callable[[dict[str, Any] | None], str]
) -> tuple[CompareRow, ...]:
    """Entries paired in the order the documents list them (newest first on most résumés)."""
    sides = [entries(profile, section) for profile in (left, right)]
    return tuple(
        _row(f"{section}:{number}", "", text(a), text(b)) for number, (a, b) in enumerate(zip_longest(*sides))
    )


def _set_rows(left: list[tuple[str, str]], right: list[tuple[str, str]]) -> tuple[CompareRow, ...]:
    """(name, label) items: shared ones first (matched ignoring case), then each side's own."""
    right_keys = {name.casefold() for name, _ in right}
    left_keys = {name.casefold() for name, _ in left}
    shared = [CompareRow(n.casefold(), label, n, n, "same") for n, label in left if n.casefold() in right_keys]
    left_only = [CompareRow(n.casefold(), label, n, "", "left_only") for n, label in left
                 if n.casefold() not in right_keys]
    right_only = [CompareRow(n.casefold(), label, "", n, "right_only") for n, label in right
                  if n.casefold() not in left_keys]
    return tuple(shared + left_only + right_only)
