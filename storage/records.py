"""Plain, immutable data handed out by the library (never ORM objects)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class CandidateSummary:
    """One row of the candidate list."""

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


@dataclass(frozen=True)
class ImportOutcome:
    """What happened to one file of an import."""

    path: str
    status: str  # "imported" | "duplicate" | "failed"
    candidate_id: int | None = None
    message: str = ""
    extra: dict[str, Any] = field(default_factory=dict)
