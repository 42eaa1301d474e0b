"""The library: one SQLite file; repository methods open one session per operation."""

from __future__ import annotations

import copy
import hashlib
import json
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, undefer

from storage import backups, integrity, papers, people, profile_facts, search
from storage.db import LibraryDamagedError, LibraryError, connect, lock_for_writing, read_only_sessions, writable
from storage.merge_split import PeopleMixin
from storage.models import (
    Candidate,
    CandidateTag,
    Document,
    DocumentProfile,
    Highlight,
    HighlightCategory,
    Rating,
    RatingEvidence,
    Tag,
    TagEvidence,
)
from storage.profile_paths import Path as ProfilePath
from storage.profile_paths import get_path, set_path
from storage.records import (
    CandidateReview,
    CandidateSummary,
    DocumentRecord,
    DocumentSummary,
    HighlightRecord,
    HighlightUses,
)
from storage.removal import RemovalMixin
from storage.review import ReviewMixin
from storage.vocab import HIGHLIGHT_COLORS, RECOMMENDATIONS, STATUSES

__all__ = ["Library", "LibraryDamagedError", "LibraryError", "ProfileConflictError"]

BUSY_TIMEOUT = 5.0  # seconds a write waits for another program's lock before it is refused
BACKUP_INTERVAL = 300.0  # seconds: while the reviewer edits, a backup at most this often
ANY_VALUE = object()  # update_profile's *expected* when the change applies whatever is stored


class ProfileConflictError(LibraryError):
    """Another program changed the profile field this edit was based on; the edit was not saved."""


def _same(a: Any, b: Any) -> bool:
    """Equal profile values; missing, empty text and an empty list are all "empty"."""
    return bool(a == b or (a in (None, "", []) and b in (None, "", [])))


def _shown(value: Any, limit: int = 60) -> str:
    """A stored profile value, short enough for a one-line message."""
    text = "" if value is None else value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _problem_summary(found: Sequence[str]) -> str:
    more = f" and {len(found) - 1} more problems" if len(found) > 1 else ""
    return f"SQLite's integrity check: {found[0]}{more}"


def _highlight_record(row: Highlight) -> HighlightRecord:
    return HighlightRecord(
        id=row.id,
        candidate_id=row.candidate_id,
        document_id=row.document_id,
        page=row.page,
        rects=tuple(tuple(r) for r in row.rects),
        text=row.text,
        color=row.color,
        note=row.note,
        created_at=row.created_at,
    )


class Library(ReviewMixin, PeopleMixin, RemovalMixin):
    """A Shortlist library file and the operations on it."""

    def __init__(self, path: str | Path, busy_timeout: float | None = None, *, full_check: bool = True) -> None:
        """Open the library at *path*, checking it with SQLite and backing it up when it changed.

        A damaged library opens read-only (`damage` says why). *full_check* False checks all
        but the documents' bytes now; `start_background_checks` then does the rest.
        """
        self.path = Path(path).expanduser().resolve()
        self._busy_timeout = busy_timeout = BUSY_TIMEOUT if busy_timeout is None else busy_timeout
        self._known_documents: dict[int, people.Known] = {}  # matching keys, see matching_keys
        self.damage: str | None = None
        self.read_only = self.path.exists() and not writable(self.path)
        self._damage_listeners: list[Callable[[LibraryDamagedError], None]] = []
        self._local = threading.local()
        self._backup_thread: threading.Thread | None = None
        self._last_backup = time.monotonic()
        self._closed = False
        existed = self.path.exists()
        if existed:
            found = integrity.problems(self.path, full=full_check)
            if found:
                self.damage, self.read_only = _problem_summary(found), True
        self._new = not existed  # nothing to back up yet
        back_up = self._backup_if_changed if existed and full_check else None
        try:
            self.engine, self._sessions = connect(self.path, busy_timeout, read_only=self.read_only, before_writing=back_up)
        except LibraryError as error:
            if self.damage is not None:
                raise LibraryDamagedError(self.path, self.damage) from error
            raise
        if not self.read_only:  # so that a library later opened read-only has them too
            self.default_rubric_id()

    def close(self) -> None:
        """Release the file, backing it up first when it changed since its last backup."""
        if self._closed:
            return
        self._closed = True
        if self._backup_thread is not None:
            self._backup_thread.join()
        if not self.read_only and backups.latest(self.path) is not None:
            self._backup_if_changed()
        self.engine.dispose()

    def require_sound(self) -> None:
        """Raise LibraryDamagedError (naming the latest good backup) when the library is damaged."""
        if self.damage is not None:
            raise LibraryDamagedError(self.path, self.damage)

    def on_damage(self, listener: Callable[[LibraryDamagedError], None]) -> None:
        """Call *listener* (from any thread) when damage is found after opening; the library turns read-only."""
        self._damage_listeners.append(listener)

    def start_background_checks(self) -> None:
        """Check the whole file and back it up (when sound and changed) without blocking the caller."""
        if self._backup_thread is not None:
            self._backup_thread.join()
        if self.damage is None and not self._closed:
            self._start_backup_thread(self._check_fully)

    def _check_fully(self) -> None:
        found = integrity.problems(self.path)
        if found:
            self._damaged(_problem_summary(found))
        elif not self.read_only and not self._new:
            self._backup_if_changed()

    def _backup_if_changed(self) -> None:
        newest = backups.latest(self.path)
        if newest is not None and not backups.changed_since(self.path, newest):
            return
        try:
            backups.make(self.path)
        except backups.BackupError:
            found = integrity.problems(self.path)  # a full disk is no damage; a failing check is
            if found:
                self._damaged(_problem_summary(found))

    def _start_backup_thread(self, work: Callable[[], None]) -> None:
        self._last_backup = time.monotonic()
        self._backup_thread = threading.Thread(target=work, name="library-backup")
        self._backup_thread.start()

    def _after_operation(self) -> None:
        """Start a backup when the reviewer has been editing for BACKUP_INTERVAL since the last one."""
        if self.read_only or time.monotonic() - self._last_backup < BACKUP_INTERVAL:
            return
        if self._backup_thread is None or not self._backup_thread.is_alive():
            self._start_backup_thread(self._backup_if_changed)

    def _damaged(self, problem: str) -> None:
        """From now on the library is read-only; tell whoever listens."""
        if self.damage is not None:
            return
        self.damage, self.read_only = problem, True
        old = self.engine
        self.engine, self._sessions = read_only_sessions(self.path, self._busy_timeout)
        old.dispose()
        error = LibraryDamagedError(self.path, problem)
        for listener in self._damage_listeners:
            listener(error)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Every library operation inside (in this thread) is saved together, or none is."""
        with self.session() as s:
            self._local.session = s
            try:
                yield
            finally:
                self._local.session = None

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A read-write session committed on success; disk and lock errors become LibraryError."""
        outer = getattr(self._local, "session", None)
        if outer is not None:
            yield outer
            return
        try:
            with self._sessions.begin() as session:
                yield session
        except OperationalError as error:
            raise self._write_error(str(error.orig)) from error
        except DatabaseError as error:  # SQLite met a damaged page
            self._damaged(_problem_summary([str(error.orig)]))
            raise LibraryDamagedError(self.path, self.damage or "") from error
        self._after_operation()

    def _write_error(self, message: str) -> LibraryError:
        if self.damage is not None:
            return LibraryDamagedError(self.path, self.damage)
        if "full" in message:
            return LibraryError("The disk is full: the last change was not saved.")
        if "locked" in message:
            return LibraryError(
                "The library file is locked by another program: the last change was not saved. "
                "Close that program and try again."
            )
        if "readonly" in message:
            return LibraryError("The library file is read-only: the last change was not saved.")
        return LibraryError(f"The library failed: {message}")

    # -- candidates -------------------------------------------------------------------------

    def find_by_sha256(self, sha256: str) -> int | None:
        """The person holding a document with these bytes, if any."""
        with self.session() as s:
            return s.scalar(select(Document.candidate_id).where(Document.sha256 == sha256))

    def add_candidate(
        self,
        *,
        file_name: str,
        media_type: str,
        render_type: str,
        data: bytes,
        page_count: int,
        text: str,
        profile: dict[str, Any],
        parser_version: str = "",
        display_pdf: bytes | None = None,
        person_id: int | None = None,
    ) -> tuple[int, bool]:
        """Store a document and its profile as a new person (or as *person_id*'s newest document).

        Returns (person id, True), or (the holder's id, False) when the bytes are already stored.
        *display_pdf* is the PDF rendition shown for a non-PDF document.
        """
        sha = hashlib.sha256(data).hexdigest()
        with self.session() as s:
            existing = s.scalar(select(Document.candidate_id).where(Document.sha256 == sha))
            if existing is not None:
                return existing, False
            if person_id is None:
                candidate = Candidate(display_name=profile_facts.display_name(profile, file_name))
                s.add(candidate)
            else:
                candidate = s.get_one(Candidate, person_id)
            document = Document(
                file_name=file_name,
                media_type=media_type,
                render_type=render_type,
                sha256=sha,
                page_count=page_count,
                size=len(data),
                data=data,
                display_pdf=display_pdf,
                text=text,
                profile=DocumentProfile(parsed=profile, edited=profile, parser_version=parser_version),
            )
            candidate.documents.append(document)
            self._apply_profile_facts(candidate, profile, file_name)
            s.flush()
            self._reindex(s, candidate)
            return candidate.id, True

    @staticmethod
    def _apply_profile_facts(candidate: Candidate, profile: dict[str, Any], file_name: str) -> None:
        candidate.display_name = profile_facts.display_name(profile, file_name)
        candidate.organization = profile_facts.current_organization(profile)
        candidate.highest_degree = profile_facts.highest_degree(profile)
        candidate.publication_count = len(papers.papers(profile))

    def matching_keys(self) -> Iterable[people.Known]:
        """Every stored document's contacts and name, for joining a new document.

        Read once per Library (an import run opens its own), then only for documents added since:
        ~0.3 s for 10,000 documents the first time.
        """
        with self.session() as s:
            rows = s.execute(
                select(Document.id, func.json_extract(DocumentProfile.edited, "$.basics"))
                .join(DocumentProfile, DocumentProfile.document_id == Document.id)
                .where(Document.id > max(self._known_documents, default=0))
            ).all()
        for document_id, basics in rows:
            self._known_documents[document_id] = people.known(document_id, json.loads(basics) if basics else {})
        return self._known_documents.values()

    def people_of(self, document_ids: Iterable[int]) -> dict[int, int]:
        """The person each of these documents belongs to now (a removed document is left out)."""
        with self.session() as s:
            rows = s.execute(select(Document.id, Document.candidate_id).where(Document.id.in_(list(document_ids))))
            return {document_id: person_id for document_id, person_id in rows}

    def matching_documents(self, candidate_id: int) -> list[tuple[dict[str, Any], str]]:
        """The (edited profile, text) of each of a person's documents."""
        with self.session() as s:
            rows = s.execute(
                select(DocumentProfile.edited, Document.text)
                .join(Document, Document.id == DocumentProfile.document_id)
                .where(Document.candidate_id == candidate_id)
            ).all()
            return [(dict(profile), text or "") for profile, text in rows]

    def profiles_and_texts(self, candidate_id: int) -> list[tuple[dict[str, Any], dict[str, Any], str]]:
        """The (edited profile, parsed profile, text) of each of a person's documents, in one read without the files."""
        with self.session() as s:
            rows = s.execute(
                select(DocumentProfile.edited, DocumentProfile.parsed, Document.text)
                .join(Document, Document.id == DocumentProfile.document_id)
                .where(Document.candidate_id == candidate_id)
            ).all()
            return [(dict(edited), dict(parsed), text or "") for edited, parsed, text in rows]

    def candidate_ids(self) -> list[int]:
        """All candidate ids, oldest first."""
        with self.session() as s:
            return list(s.scalars(select(Candidate.id).order_by(Candidate.id)))

    def summaries(self, ids: Sequence[int] | None = None) -> list[CandidateSummary]:
        """List rows for *ids* (all when None), in id order."""
        with self.session() as s:
            newest = (
                select(
                    Document.candidate_id,
                    func.max(Document.id).label("document_id"),
                    func.count(Document.id).label("document_count"),
                )
                .group_by(Document.candidate_id)
                .subquery()
            )
            query = (
                select(Candidate, Document.file_name, Document.imported_at, newest.c.document_count)
                .join(newest, newest.c.candidate_id == Candidate.id)
                .join(Document, Document.id == newest.c.document_id)
                .order_by(Candidate.id)
            )
            if ids is not None:
                query = query.where(Candidate.id.in_(list(ids)))
            rows = s.execute(query).all()
            tag_rows = s.execute(
                select(CandidateTag.candidate_id, Tag.name)
                .join(Tag, Tag.id == CandidateTag.tag_id)
                .order_by(Tag.name)
            ).all()
            tags: dict[int, list[str]] = {}
            for candidate_id, name in tag_rows:
                tags.setdefault(candidate_id, []).append(name)
            return [
                CandidateSummary(
                    id=c.id,
                    display_name=c.display_name,
                    status=c.status,
                    organization=c.organization,
                    highest_degree=c.highest_degree,
                    publication_count=c.publication_count,
                    score=c.score,
                    recommendation=c.recommendation,
                    file_name=file_name,
                    imported_at=imported_at,
                    tags=tuple(tags.get(c.id, ())),
                    document_count=document_count,
                )
                for c, file_name, imported_at, document_count in rows
            ]

    def summary(self, candidate_id: int) -> CandidateSummary:
        """One list row."""
        rows = self.summaries([candidate_id])
        if not rows:
            raise KeyError(candidate_id)
        return rows[0]

    def count(self) -> int:
        """How many candidates the library holds."""
        with self.session() as s:
            return int(s.scalar(select(func.count(Candidate.id))) or 0)

    # -- document and profile ---------------------------------------------------------------

    def documents(self, candidate_id: int) -> list[DocumentSummary]:
        """A person's documents, newest first (the newest is the one shown unless another is chosen)."""
        with self.session() as s:
            rows = s.scalars(select(Document).where(Document.candidate_id == candidate_id).order_by(Document.id.desc()))
            return [
                DocumentSummary(d.id, d.candidate_id, d.file_name, d.media_type, d.page_count, d.imported_at, d.sha256)
                for d in rows
            ]

    @staticmethod
    def _document_id(s: Session, candidate_id: int, document_id: int | None) -> int:
        """*document_id* when it is the person's, else (None) the person's newest document; KeyError otherwise."""
        query = select(Document.id).where(Document.candidate_id == candidate_id)
        if document_id is not None:
            query = query.where(Document.id == document_id)
        found = s.scalar(query.order_by(Document.id.desc()).limit(1))
        if found is None:
            raise KeyError(document_id if document_id is not None else candidate_id)
        return found

    def _profile_row(self, s: Session, candidate_id: int, document_id: int | None) -> DocumentProfile:
        row = s.get(DocumentProfile, self._document_id(s, candidate_id, document_id))
        if row is None:
            raise KeyError(candidate_id)
        return row

    def document(self, candidate_id: int, document_id: int | None = None) -> DocumentRecord:
        """One of the person's documents (the newest when *document_id* is None)."""
        with self.session() as s:
            doc = s.scalar(
                select(Document)
                .where(Document.id == self._document_id(s, candidate_id, document_id))
                .options(undefer(Document.data), undefer(Document.display_pdf), undefer(Document.text))
            )
            assert doc is not None
            return DocumentRecord(
                candidate_id=candidate_id,
                file_name=doc.file_name,
                media_type=doc.media_type,
                render_type=doc.render_type,
                sha256=doc.sha256,
                page_count=doc.page_count,
                data=doc.data,
                text=doc.text,
                display_pdf=doc.display_pdf,
                document_id=doc.id,
            )

    def profile(self, candidate_id: int, document_id: int | None = None) -> dict[str, Any]:
        """The current (edited) profile of one of the person's documents (the newest by default)."""
        with self.session() as s:
            return dict(self._profile_row(s, candidate_id, document_id).edited)

    def profiles(self, candidate_id: int, document_id: int | None = None) -> tuple[dict[str, Any], dict[str, Any]]:
        """A document's current (edited) profile and the one as parsed, in one read."""
        with self.session() as s:
            row = self._profile_row(s, candidate_id, document_id)
            return dict(row.edited), dict(row.parsed)

    def document_profiles(self, candidate_id: int) -> dict[int, dict[str, Any]]:
        """The edited profile of each of the person's documents, by document id, newest first."""
        with self.session() as s:
            rows = s.execute(
                select(Document.id, DocumentProfile.edited)
                .join(DocumentProfile, DocumentProfile.document_id == Document.id)
                .where(Document.candidate_id == candidate_id)
                .order_by(Document.id.desc())
            ).all()
            return {document_id: dict(edited) for document_id, edited in rows}

    def parsed_profile(self, candidate_id: int, document_id: int | None = None) -> dict[str, Any]:
        """The profile exactly as the parser made it (for reverting a field)."""
        with self.session() as s:
            return dict(self._profile_row(s, candidate_id, document_id).parsed)

    def save_profile(self, candidate_id: int, profile: dict[str, Any], document_id: int | None = None) -> None:
        """Replace a document's whole edited profile (the newest by default); list columns and the search index follow."""
        with self.session() as s:
            self._store_profile(s, candidate_id, profile, document_id)

    def update_profile(
        self, candidate_id: int, path: ProfilePath, value: Any, expected: Any = ANY_VALUE, document_id: int | None = None
    ) -> dict[str, Any]:
        """Set the one value at *path* in a document's stored profile (the newest by default) and return it as stored.

        Read and write happen under the write lock, so edits of other fields by another program
        are kept. With *expected* (what the editor showed), a stored value that another program
        changed meanwhile raises ProfileConflictError and nothing is written.
        """
        with self.session() as s:
            lock_for_writing(s)
            profile = copy.deepcopy(self._profile_row(s, candidate_id, document_id).edited)
            stored = get_path(profile, path)
            if expected is not ANY_VALUE and not (_same(stored, expected) or _same(stored, value)):
                raise ProfileConflictError(
                    f"Another program changed this field meanwhile (it now reads “{_shown(stored)}”): "
                    "your edit was not saved. Check the field and edit it again."
                )
            set_path(profile, path, value)
            self._store_profile(s, candidate_id, profile, document_id)
            return profile

    def _store_profile(self, s: Session, candidate_id: int, profile: dict[str, Any], document_id: int | None) -> None:
        candidate = s.get(Candidate, candidate_id)
        row = self._profile_row(s, candidate_id, document_id)
        if candidate is None:
            raise KeyError(candidate_id)
        row.edited = profile
        s.flush()
        self._refresh_person(s, candidate)

    def _refresh_person(self, s: Session, candidate: Candidate) -> None:
        """List columns from the newest document's profile, and the search index, after the person's documents changed."""
        newest = s.scalar(
            select(Document).where(Document.candidate_id == candidate.id).order_by(Document.id.desc()).limit(1)
        )
        if newest is not None and newest.profile is not None:
            self._apply_profile_facts(candidate, newest.profile.edited, newest.file_name)
        self._reindex(s, candidate)

    def _reindex(self, s: Session, candidate: Candidate) -> None:
        """The person's search row: all their documents' text and profiles, and their notes."""
        rows = s.execute(
            select(Document.text, DocumentProfile.edited)
            .outerjoin(DocumentProfile, DocumentProfile.document_id == Document.id)
            .where(Document.candidate_id == candidate.id)
            .order_by(Document.id)
        ).all()
        notes = [candidate.summary]
        notes += s.scalars(select(Highlight.note).where(Highlight.candidate_id == candidate.id))
        notes += self._review_notes(s, candidate.id)
        search.reindex(
            s,
            candidate.id,
            "\n".join(text or "" for text, _ in rows),
            "\n".join(search.profile_text(edited or {}) for _, edited in rows),
            "\n".join(n for n in notes if n),
        )

    # -- review: status, recommendation, summary ---------------------------------------------

    def review(self, candidate_id: int) -> CandidateReview:
        """Status, recommendation, summary note and position of a candidate."""
        with self.session() as s:
            c = s.get(Candidate, candidate_id)
            if c is None:
                raise KeyError(candidate_id)
            return CandidateReview(c.id, c.status, c.recommendation, c.summary, c.position_id)

    def set_status(self, candidate_ids: int | Sequence[int], status: str) -> None:
        """Set the status of one or several candidates."""
        if status not in STATUSES:
            raise ValueError(f"unknown status {status!r}")
        ids = [candidate_ids] if isinstance(candidate_ids, int) else list(candidate_ids)
        with self.session() as s:
            for c in s.scalars(select(Candidate).where(Candidate.id.in_(ids))):
                c.status = status

    def set_recommendation(self, candidate_id: int, recommendation: str | None) -> None:
        """Set (or clear, with None) the overall recommendation."""
        if recommendation is not None and recommendation not in RECOMMENDATIONS:
            raise ValueError(f"unknown recommendation {recommendation!r}")
        with self.session() as s:
            c = s.get(Candidate, candidate_id)
            if c is None:
                raise KeyError(candidate_id)
            c.recommendation = recommendation

    def set_summary(self, candidate_id: int, summary: str) -> None:
        """Replace the reviewer's summary note."""
        with self.session() as s:
            c = s.get(Candidate, candidate_id)
            if c is None:
                raise KeyError(candidate_id)
            c.summary = summary
            self._reindex(s, c)

    # -- highlights -------------------------------------------------------------------------

    def highlight_categories(self) -> list[str]:
        """The eight colour categories' names, by colour index."""
        names = [name for _, name in HIGHLIGHT_COLORS]
        with self.session() as s:
            for row in s.scalars(select(HighlightCategory)):
                if 0 <= row.color < len(names):
                    names[row.color] = row.name
        return names

    def rename_highlight_category(self, color: int, name: str) -> None:
        """Give a highlight colour a new meaning, library-wide."""
        with self.session() as s:
            row = s.get(HighlightCategory, color)
            if row is None:
                s.add(HighlightCategory(color=color, name=name))
            else:
                row.name = name

    def highlights(self, candidate_id: int) -> list[HighlightRecord]:
        """A person's highlights, on all their documents, in reading order."""
        with self.session() as s:
            return self._highlights(s, candidate_id)

    @staticmethod
    def _highlights(s: Session, candidate_id: int) -> list[HighlightRecord]:
        rows = s.scalars(select(Highlight).where(Highlight.candidate_id == candidate_id))
        records = [_highlight_record(r) for r in rows]
        return sorted(records, key=lambda h: (h.page, h.rects[0][1] if h.rects else 0, h.id))

    def highlight(self, highlight_id: int) -> HighlightRecord:
        """One highlight."""
        with self.session() as s:
            row = s.get(Highlight, highlight_id)
            if row is None:
                raise KeyError(highlight_id)
            return _highlight_record(row)

    def add_highlight(
        self,
        candidate_id: int,
        page: int,
        rects: Sequence[Sequence[float]],
        text: str,
        color: int = 0,
        note: str = "",
        highlight_id: int | None = None,
        uses: HighlightUses = HighlightUses(),
        document_id: int | None = None,
    ) -> int:
        """Store a highlight on one of the person's documents (the newest by default); returns its id.

        To restore a deleted one, pass its *highlight_id* and the *uses* its deletion returned:
        it becomes evidence again for those tags and ratings that still exist.
        """
        with self.session() as s:
            row = Highlight(
                candidate_id=candidate_id,
                document_id=self._document_id(s, candidate_id, document_id),
                page=page,
                rects=[list(map(float, r)) for r in rects],
                text=text,
                color=color,
                note=note,
            )
            if highlight_id is not None:
                row.id = highlight_id
            s.add(row)
            s.flush()
            live_tags = set(s.scalars(select(CandidateTag.tag_id).where(
                CandidateTag.candidate_id == candidate_id, CandidateTag.tag_id.in_(uses.tag_ids))))
            s.add_all(TagEvidence(candidate_id=candidate_id, tag_id=t, highlight_id=row.id) for t in uses.tag_ids if t in live_tags)
            live_ratings = set(s.scalars(select(Rating.id).where(Rating.id.in_(uses.rating_ids))))
            s.add_all(RatingEvidence(rating_id=r, highlight_id=row.id) for r in uses.rating_ids if r in live_ratings)
            if note:
                self._reindex(s, s.get_one(Candidate, candidate_id))
            return row.id

    def update_highlight(self, highlight_id: int, *, color: int | None = None, note: str | None = None) -> None:
        """Change a highlight's colour and/or note."""
        with self.session() as s:
            row = s.get(Highlight, highlight_id)
            if row is None:
                raise KeyError(highlight_id)
            if color is not None:
                row.color = color
            if note is not None:
                row.note = note
                self._reindex(s, s.get_one(Candidate, row.candidate_id))

    def delete_highlight(self, highlight_id: int) -> HighlightUses:
        """Remove a highlight and its use as evidence; returns those uses so undo can restore them."""
        with self.session() as s:
            row = s.get(Highlight, highlight_id)
            if row is None:
                return HighlightUses()
            uses = HighlightUses(
                tuple(s.scalars(select(TagEvidence.tag_id).where(TagEvidence.highlight_id == highlight_id))),
                tuple(s.scalars(select(RatingEvidence.rating_id).where(RatingEvidence.highlight_id == highlight_id))),
            )
            candidate_id = row.candidate_id
            s.delete(row)
            s.flush()
            self._reindex(s, s.get_one(Candidate, candidate_id))
            return uses

    # -- search -----------------------------------------------------------------------------

    def search(self, query: str, status: str | None = None, cancelled: Callable[[], bool] | None = None) -> list[int]:
        """Candidate ids matching *query* (and *status* when given), best first.

        A search whose *cancelled* turns true stops early with `search.SearchCancelled`.
        """
        with self.session() as s:
            if query.strip():
                ids = search.search_ids(s, query, cancelled)
            else:
                ids = list(s.scalars(select(Candidate.id).order_by(Candidate.id)))
            if status:
                allowed = set(s.scalars(select(Candidate.id).where(Candidate.status == status)))
                ids = [i for i in ids if i in allowed]
            return ids
