"""Plain, immutable data handed out by the library (never ORM objects)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class CandidateSummary:
    """One row of the list: a person, with their newest document's file name and date."""

    id: int
    display_name: str
    status: str
    organization: str
    highest_degree: str
    publication_count: int
    score: float | None
    recommendation: str | None
    file_name: str
    imported_at: datetime
    tags: tuple[str, ...] = ()
    document_count: int = 1


@dataclass(frozen=True)
class DocumentSummary:
    """One of a person's documents, without its bytes."""

    id: int
    candidate_id: int
    file_name: str
    media_type: str
    page_count: int
    imported_at: datetime
    sha256: str = ""


@dataclass(frozen=True)
class DocumentRecord:
    """An original document, bytes included."""

    candidate_id: int
    file_name: str
    media_type: str
    render_type: str
    sha256: str
    page_count: int
    data: bytes
    text: str
    display_pdf: bytes | None = None
    document_id: int | None = None

    @property
    def pdf_bytes(self) -> bytes:
        """The PDF the reviewer sees: the original, or the rendition of a DOCX/TXT/Markdown file."""
        return self.display_pdf if self.display_pdf is not None else self.data


@dataclass(frozen=True)
class CandidateReview:
    """The reviewer's top-level verdict on a candidate."""

    candidate_id: int
    status: str
    recommendation: str | None
    summary: str
    position_id: int | None


@dataclass(frozen=True)
class HighlightUses:
    """What a highlight backed when it was deleted: tags (by tag id) and ratings (by rating id)."""

    tag_ids: tuple[int, ...] = ()
    rating_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class HighlightRecord:
    """A highlighted passage with its note."""

    id: int
    candidate_id: int
    page: int
    rects: tuple[tuple[float, float, float, float], ...]
    text: str
    color: int
    note: str
    created_at: datetime | None = None
    document_id: int | None = None


@dataclass(frozen=True)
class ImportOutcome:
    """What happened to one file of an import."""

    path: str
    status: str  # "imported" | "duplicate" | "failed"
    candidate_id: int | None = None
    message: str = ""
    joined: bool = False  # an imported document that joined the person candidate_id
    suggested: tuple[int, ...] = ()  # people who share only the document's name (and a school or employer)
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class RubricAreaRecord:
    """One rated area of a rubric; archived areas keep their past ratings readable."""

    id: int
    key: str
    label: str
    description: str
    weight: float
    levels: tuple[str, ...]
    order: int
    archived: bool


@dataclass(frozen=True)
class RubricRecord:
    """A rubric with its areas in order, archived ones included (flagged)."""

    id: int
    name: str
    description: str
    areas: tuple[RubricAreaRecord, ...]


@dataclass(frozen=True)
class PositionRecord:
    """An opening and the rubric its candidates are rated on."""

    id: int
    name: str
    rubric_id: int


@dataclass(frozen=True)
class RatingRecord:
    """A candidate's rating on one area (value None when not rated yet)."""

    area_id: int
    area_key: str
    area_label: str
    value: int | None
    comment: str
    evidence: tuple[int, ...]
    archived: bool


@dataclass(frozen=True)
class TagRecord:
    """A library-wide tag."""

    id: int
    name: str
    kind: str  # "strength" | "concern"
    color: str


@dataclass(frozen=True)
class CandidateTagRecord:
    """A tag given to a candidate, with the highlights that back it."""

    tag: TagRecord
    evidence: tuple[int, ...]


@dataclass(frozen=True)
class Passage:
    """A place in the document (a selection, a suggestion's source): page, a rectangle per line (PDF points), text."""

    page: int
    rects: tuple[tuple[float, float, float, float], ...]
    text: str


@dataclass(frozen=True)
class TagSuggestion:
    """A tag computed from the profile, with the passages that justify it."""

    name: str
    kind: str
    passages: tuple[Passage, ...]


@dataclass(frozen=True)
class ReviewSnapshot:
    """Everything the Review tab shows for one candidate, read at once."""

    candidate_id: int
    position_id: int | None
    recommendation: str | None
    summary: str
    score: float | None
    rubric: RubricRecord
    ratings: tuple[RatingRecord, ...]
    positions: tuple[PositionRecord, ...]
    tags: tuple[TagRecord, ...]
    candidate_tags: tuple[CandidateTagRecord, ...]
    suggestions: tuple[TagSuggestion, ...]
    highlights: tuple[HighlightRecord, ...]
