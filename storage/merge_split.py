"""Merging two people into one and splitting a document off into a new person, each undoable exactly.

Both return a `PeopleSnapshot` taken before the change: every review row of the people concerned
and which person each of their documents and highlights belonged to. `restore_people` puts it back.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from storage import search
from storage.db import LibraryError
from storage.models import Base, Candidate, CandidateTag, Document, Highlight, Rating, RatingEvidence, TagEvidence

_CANDIDATES = Base.metadata.tables["candidate"]
# Review rows owned by a person, in the order they can be inserted (evidence after what it backs).
_REVIEW_TABLES = tuple(Base.metadata.tables[name] for name in ("candidate_tag", "tag_evidence", "rating", "rating_evidence"))


@dataclass(frozen=True)
class PeopleSnapshot:
    """People's rows before a merge or split: enough to put every review, document and highlight back."""

    candidates: tuple[dict[str, Any], ...]
    review_rows: tuple[tuple[dict[str, Any], ...], ...]  # one tuple per table of _REVIEW_TABLES
    documents: tuple[tuple[int, int], ...]  # (document id, person id)
    highlights: tuple[tuple[int, int], ...]  # (highlight id, person id)


def _joined(first: str, second: str) -> str:
    """Two notes as one, each once."""
    if not second or second == first:
        return first
    return f"{first}\n\n{second}" if first else second


def _take(s: Session, ids: Sequence[int]) -> PeopleSnapshot:
    rating_ids = select(Rating.id).where(Rating.candidate_id.in_(ids))
    rows = []
    for table in _REVIEW_TABLES:
        owner = table.c.rating_id.in_(rating_ids) if "rating_id" in table.c else table.c.candidate_id.in_(ids)
        rows.append(tuple(dict(r) for r in s.execute(select(table).where(owner)).mappings()))
    return PeopleSnapshot(
        tuple(dict(r) for r in s.execute(select(_CANDIDATES).where(_CANDIDATES.c.id.in_(ids))).mappings()),
        tuple(rows),
        tuple((d, c) for d, c in s.execute(select(Document.id, Document.candidate_id).where(Document.candidate_id.in_(ids)))),
        tuple((h, c) for h, c in s.execute(select(Highlight.id, Highlight.candidate_id).where(Highlight.candidate_id.in_(ids)))),
    )


class PeopleMixin:
    """Merge, split and their undo, for a `Library`."""

    if TYPE_CHECKING:

        def session(self) -> AbstractContextManager[Session]: ...

        def _refresh_person(self, s: Session, candidate: Candidate) -> None: ...

        def _update_scores(self, s: Session, candidate_ids: Iterable[int]) -> None: ...

    def merge_people(self, kept_id: int, other_id: int) -> PeopleSnapshot:
        """Make *other_id*'s documents and review *kept_id*'s, and remove *other_id*.

        Tags, evidence and highlights are united; an area only the other rated takes their rating;
        where both rated it, the kept rating stays and the other one is added to its comment.
        """
        if kept_id == other_id:
            raise ValueError("a person cannot be merged with themselves")
        with self.session() as s:
            kept, other = s.get(Candidate, kept_id), s.get(Candidate, other_id)
            if kept is None or other is None:
                raise KeyError(other_id if kept is not None else kept_id)
            before = _take(s, [kept_id, other_id])
            for model in (Document, Highlight):
                s.execute(update(model).where(model.candidate_id == other_id).values(candidate_id=kept_id))
            self._unite_tags(s, kept_id, other_id)
            self._unite_ratings(s, kept_id, other_id)
            kept.status = other.status if kept.status == "new" else kept.status
            kept.recommendation = kept.recommendation or other.recommendation
            kept.position_id = kept.position_id or other.position_id
            kept.summary = _joined(kept.summary, other.summary)
            s.flush()
            s.expunge(other)
            s.execute(delete(Candidate).where(Candidate.id == other_id))
            search.unindex(s, other_id)
            self._update_scores(s, [kept_id])
            self._refresh_person(s, kept)
            return before

    @staticmethod
    def _unite_tags(s: Session, kept_id: int, other_id: int) -> None:
        have = set(s.scalars(select(CandidateTag.tag_id).where(CandidateTag.candidate_id == kept_id)))
        for tag in s.scalars(select(CandidateTag).where(CandidateTag.candidate_id == other_id)).all():
            if tag.tag_id not in have:
                s.add(CandidateTag(candidate_id=kept_id, tag_id=tag.tag_id, created_at=tag.created_at))
        s.flush()
        evidence = set(s.execute(select(TagEvidence.tag_id, TagEvidence.highlight_id).where(TagEvidence.candidate_id == kept_id)))
        for tag_id, highlight_id in s.execute(
            select(TagEvidence.tag_id, TagEvidence.highlight_id).where(TagEvidence.candidate_id == other_id)
        ).all():
            if (tag_id, highlight_id) not in evidence:
                s.add(TagEvidence(candidate_id=kept_id, tag_id=tag_id, highlight_id=highlight_id))

    @staticmethod
    def _unite_ratings(s: Session, kept_id: int, other_id: int) -> None:
        kept = {r.area_id: r for r in s.scalars(select(Rating).where(Rating.candidate_id == kept_id))}
        for theirs in s.scalars(select(Rating).where(Rating.candidate_id == other_id)).all():
            mine = kept.get(theirs.area_id)
            if mine is None:
                mine = Rating(candidate_id=kept_id, area_id=theirs.area_id, value=theirs.value, comment=theirs.comment)
                s.add(mine)
            elif mine.value is None or mine.value == theirs.value:
                mine.value = theirs.value if mine.value is None else mine.value
                mine.comment = _joined(mine.comment, theirs.comment)
            elif theirs.value is not None:
                other_rating = f"Merged review rated this {theirs.value}" + (f": {theirs.comment}" if theirs.comment else ".")
                mine.comment = _joined(mine.comment, other_rating)
            s.flush()
            have = set(s.scalars(select(RatingEvidence.highlight_id).where(RatingEvidence.rating_id == mine.id)))
            for highlight_id in s.scalars(select(RatingEvidence.highlight_id).where(RatingEvidence.rating_id == theirs.id)).all():
                if highlight_id not in have:
                    s.add(RatingEvidence(rating_id=mine.id, highlight_id=highlight_id))

    def split_document(self, document_id: int, new_person_id: int | None = None) -> tuple[int, PeopleSnapshot]:
        """Make a document (with its highlights) a new person's; returns that person's id and the snapshot.

        The review stays with the old person; tags a moved highlight backs go with it as the new
        person's (backed by it), and ratings lose it as evidence. *new_person_id* re-creates a
        split that was undone under the same id.
        """
        with self.session() as s:
            document = s.get(Document, document_id)
            if document is None:
                raise KeyError(document_id)
            old_id = document.candidate_id
            if len(s.scalars(select(Document.id).where(Document.candidate_id == old_id)).all()) < 2:
                raise ValueError("this is the person's only document: there is nothing to split it from")
            before = _take(s, [old_id])
            person = Candidate(id=new_person_id) if new_person_id is not None else Candidate()
            s.add(person)
            s.flush()
            document.candidate_id = person.id
            moved = select(Highlight.id).where(Highlight.document_id == document_id)
            s.execute(update(Highlight).where(Highlight.document_id == document_id).values(candidate_id=person.id))
            backed = s.execute(
                select(TagEvidence.tag_id, TagEvidence.highlight_id).where(
                    TagEvidence.candidate_id == old_id, TagEvidence.highlight_id.in_(moved)
                )
            ).all()
            for tag_id in dict.fromkeys(tag_id for tag_id, _ in backed):
                s.add(CandidateTag(candidate_id=person.id, tag_id=tag_id))
            s.flush()
            s.add_all(TagEvidence(candidate_id=person.id, tag_id=t, highlight_id=h) for t, h in backed)
            s.execute(delete(TagEvidence).where(TagEvidence.candidate_id == old_id, TagEvidence.highlight_id.in_(moved)))
            s.execute(delete(RatingEvidence).where(RatingEvidence.highlight_id.in_(moved)))
            s.flush()
            for candidate in (s.get_one(Candidate, old_id), person):
                self._refresh_person(s, candidate)
            return person.id, before

    def restore_people(self, before: PeopleSnapshot, remove: Sequence[int] = ()) -> None:
        """Undo a merge or split: the people of *before* as they were, and the people in *remove* gone."""
        ids = [row["id"] for row in before.candidates]
        with self.session() as s:
            documents = dict(before.documents)
            taken = s.scalars(select(Document.candidate_id).where(Document.candidate_id.in_(ids), Document.id.not_in(documents)))
            if taken.first() is not None:
                raise LibraryError(
                    "A person imported since then took the merged person's number: split the documents off instead."
                )
            s.execute(delete(Rating).where(Rating.candidate_id.in_(ids)))
            s.execute(delete(CandidateTag).where(CandidateTag.candidate_id.in_(ids)))
            present = set(s.scalars(select(Candidate.id).where(Candidate.id.in_(ids))))
            for row in before.candidates:
                if row["id"] in present:
                    s.execute(update(_CANDIDATES).where(_CANDIDATES.c.id == row["id"]).values(row))
                else:
                    s.execute(insert(_CANDIDATES).values(row))
            for model, owners in ((Document, before.documents), (Highlight, before.highlights)):
                for item_id, person_id in owners:
                    s.execute(update(model).where(model.id == item_id).values(candidate_id=person_id))
            for table, rows in zip(_REVIEW_TABLES, before.review_rows, strict=True):
                if rows:
                    s.execute(insert(table), list(rows))
            s.execute(delete(Candidate).where(Candidate.id.in_(list(remove))))
            for person_id in remove:
                search.unindex(s, person_id)
            s.expire_all()
            for candidate in s.scalars(select(Candidate).where(Candidate.id.in_(ids))):
                self._refresh_person(s, candidate)
