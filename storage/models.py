"""Typed SQLAlchemy 2.x models: every table of the library file."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    ForeignKeyConstraint,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, deferred, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    """Timezone-aware 'now' for timestamps."""
    return datetime.now(timezone.utc)


class Base(DeclarativeBase):
    """Declarative base with a naming convention so Alembic batch migrations name constraints."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON, list[str]: JSON}


class Rubric(Base):
    """A named set of rating areas (e.g. the default ML/LLM research rubric)."""

    __tablename__ = "rubric"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    areas: Mapped[list[RubricArea]] = relationship(
        back_populates="rubric", order_by="RubricArea.order", cascade="all, delete-orphan"
    )


class RubricArea(Base):
    """One rated area of a rubric; archived areas keep past ratings readable."""

    __tablename__ = "rubric_area"
    __table_args__ = (UniqueConstraint("rubric_id", "key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    rubric_id: Mapped[int] = mapped_column(ForeignKey("rubric.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(String(100))
    label: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    weight: Mapped[float] = mapped_column(Float, default=1.0)
    levels: Mapped[list[str]] = mapped_column(default=list)
    order: Mapped[int] = mapped_column(Integer, default=0)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    rubric: Mapped[Rubric] = relationship(back_populates="areas")


class Position(Base):
    """An opening the reviewer hires for; it names the rubric its candidates are rated on."""

    __tablename__ = "position"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    rubric_id: Mapped[int] = mapped_column(ForeignKey("rubric.id", ondelete="RESTRICT"))


class Candidate(Base):
    """A person under review, with one or more documents and one review.

    List columns are denormalised from the profile of the person's newest document for fast listing.
    """

    __tablename__ = "candidate"
    id: Mapped[int] = mapped_column(primary_key=True)
    display_name: Mapped[str] = mapped_column(String(300), default="")
    status: Mapped[str] = mapped_column(String(30), default="new", index=True)
    position_id: Mapped[int | None] = mapped_column(
        ForeignKey("position.id", ondelete="SET NULL"), nullable=True
    )
    recommendation: Mapped[str | None] = mapped_column(String(30), nullable=True)
    summary: Mapped[str] = mapped_column(Text, default="")
    organization: Mapped[str] = mapped_column(String(300), default="")
    highest_degree: Mapped[str] = mapped_column(String(100), default="")
    publication_count: Mapped[int] = mapped_column(Integer, default=0)
    score: Mapped[float | None] = mapped_column(Float, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, onupdate=utcnow
    )
    documents: Mapped[list[Document]] = relationship(
        back_populates="candidate", cascade="all, delete-orphan", order_by="Document.id"
    )


class Document(Base):
    """One of a person's original files, kept so the app can render and export it (with a PDF rendition for non-PDFs)."""

    __tablename__ = "document"
    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int] = mapped_column(
        ForeignKey("candidate.id", ondelete="CASCADE"), index=True
    )
    file_name: Mapped[str] = mapped_column(String(500))
    media_type: Mapped[str] = mapped_column(String(120))
    render_type: Mapped[str] = mapped_column(String(20))
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    page_count: Mapped[int] = mapped_column(Integer)
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = deferred(mapped_column(LargeBinary))
    display_pdf: Mapped[bytes | None] = deferred(mapped_column(LargeBinary, nullable=True))
    text: Mapped[str] = deferred(mapped_column(Text, default=""))
    imported_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    candidate: Mapped[Candidate] = relationship(back_populates="documents")
    profile: Mapped[DocumentProfile | None] = relationship(cascade="all, delete-orphan", uselist=False)


class DocumentProfile(Base):
    """A document's profile as the parser made it and as the reviewer edited it (JSON Resume + x-)."""

    __tablename__ = "document_profile"
    document_id: Mapped[int] = mapped_column(
        ForeignKey("document.id", ondelete="CASCADE"), primary_key=True
    )
    parsed: Mapped[dict[str, Any]] = mapped_column(default=dict)
    edited: Mapped[dict[str, Any]] = mapped_column(default=dict)
    parser_version: Mapped[str] = mapped_column(String(40), default="")


class HighlightCategory(Base):
    """The name the reviewer gives one of the eight highlight colours."""

    __tablename__ = "highlight_category"
    color: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    name: Mapped[str] = mapped_column(String(100))


class Highlight(Base):
    """A highlighted passage of one document: page, rectangles (PDF points), the quoted text, colour and note.

    candidate_id is the document's person, kept beside document_id so the review's evidence stays per person.
    """

    __tablename__ = "highlight"
    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int] = mapped_column(
        ForeignKey("candidate.id", ondelete="CASCADE"), index=True
    )
    document_id: Mapped[int] = mapped_column(
        ForeignKey("document.id", ondelete="CASCADE"), index=True
    )
    page: Mapped[int] = mapped_column(Integer)
    rects: Mapped[list[Any]] = mapped_column(default=list)
    text: Mapped[str] = mapped_column(Text, default="")
    color: Mapped[int] = mapped_column(Integer, default=0)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Tag(Base):
    """A library-wide strength or concern tag."""

    __tablename__ = "tag"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(20), default="strength")
    color: Mapped[str] = mapped_column(String(20), default="#4caf50")


class CandidateTag(Base):
    """A tag given to a candidate."""

    __tablename__ = "candidate_tag"
    candidate_id: Mapped[int] = mapped_column(
        ForeignKey("candidate.id", ondelete="CASCADE"), primary_key=True
    )
    tag_id: Mapped[int] = mapped_column(ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class TagEvidence(Base):
    """A highlight that backs a candidate's tag."""

    __tablename__ = "tag_evidence"
    __table_args__ = (
        ForeignKeyConstraint(
            ["candidate_id", "tag_id"],
            ["candidate_tag.candidate_id", "candidate_tag.tag_id"],
            ondelete="CASCADE",
            name="fk_tag_evidence_candidate_tag",
        ),
    )
    candidate_id: Mapped[int] = mapped_column(primary_key=True)
    tag_id: Mapped[int] = mapped_column(primary_key=True)
    highlight_id: Mapped[int] = mapped_column(
        ForeignKey("highlight.id", ondelete="CASCADE"), primary_key=True
    )


class Rating(Base):
    """A candidate's rating (1–5) on one rubric area, with a comment."""

    __tablename__ = "rating"
    __table_args__ = (UniqueConstraint("candidate_id", "area_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int] = mapped_column(
        ForeignKey("candidate.id", ondelete="CASCADE"), index=True
    )
    area_id: Mapped[int] = mapped_column(ForeignKey("rubric_area.id", ondelete="CASCADE"))
    value: Mapped[int | None] = mapped_column(Integer, nullable=True)
    comment: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, onupdate=utcnow
    )


class RatingEvidence(Base):
    """A highlight that backs a rating."""

    __tablename__ = "rating_evidence"
    rating_id: Mapped[int] = mapped_column(
        ForeignKey("rating.id", ondelete="CASCADE"), primary_key=True
    )
    highlight_id: Mapped[int] = mapped_column(
        ForeignKey("highlight.id", ondelete="CASCADE"), primary_key=True
    )


class ScannedPageText(Base):
    """What OCR read on one page of a scan, by the file's SHA-256: a scan imported again is not read again.

    Kept apart from the document, so that it outlives a deleted candidate whose file comes back.
    """

    __tablename__ = "scanned_page"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    page: Mapped[int] = mapped_column(Integer, primary_key=True)  # 0-based
    width: Mapped[float] = mapped_column(Float)  # points
    height: Mapped[float] = mapped_column(Float)
    lines: Mapped[list[Any]] = mapped_column(default=list)  # [text, x0, y0, x1, y1, score, bold] per line, top to bottom
    turn: Mapped[float] = mapped_column(Float, default=0.0)  # degrees the page image was turned back by to be read level
