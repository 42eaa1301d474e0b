"""Rubrics, positions, ratings with the weighted score, and tags: the review part of the library."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

import resources
from storage import suggestions
from storage.db import lock_for_writing
from storage.models import (
    Candidate,
    CandidateTag,
    Document,
    DocumentProfile,
    Position,
    Rating,
    RatingEvidence,
    Rubric,
    RubricArea,
    Tag,
    TagEvidence,
)
from storage.records import (
    CandidateTagRecord,
    HighlightRecord,
    PositionRecord,
    RatingRecord,
    ReviewSnapshot,
    RubricAreaRecord,
    RubricRecord,
    TagRecord,
    TagSuggestion,
)
from storage.vocab import RATING_LABELS, TAG_COLORS, TAG_KINDS

# Loaded first, so it becomes the library's default rubric (the one with the lowest id).
DEFAULT_RUBRIC_FILE = "ml_llm.toml"


def shipped_rubrics() -> list[dict[str, Any]]:
    """The rubrics in resources/rubrics/*.toml, the default one first."""
    folder = resources.path("rubrics")
    files = sorted(folder.glob("*.toml"), key=lambda p: (p.name != DEFAULT_RUBRIC_FILE, p.name))
    return [tomllib.loads(resources.read_text(f"rubrics/{p.name}")) for p in files]


def _area_record(row: RubricArea) -> RubricAreaRecord:
    return RubricAreaRecord(
        id=row.id,
        key=row.key,
        label=row.label,
        description=row.description,
        weight=row.weight,
        levels=tuple(str(level) for level in row.levels),
        order=row.order,
        archived=row.archived,
    )


def _rubric_record(row: Rubric) -> RubricRecord:
    return RubricRecord(row.id, row.name, row.description, tuple(_area_record(a) for a in row.areas))


def _tag_record(row: Tag) -> TagRecord:
    return TagRecord(row.id, row.name, row.kind, row.color)


def _levels(levels: Sequence[str]) -> list[str]:
    """Exactly one description per rating level (missing ones empty)."""
    given = [str(level) for level in levels][: len(RATING_LABELS)]
    return given + [""] * (len(RATING_LABELS) - len(given))


def _suggestions(profile: dict[str, Any], have: Iterable[CandidateTagRecord]) -> list[TagSuggestion]:
    """The tags computed from a profile that the candidate does not carry yet."""
    names = {t.tag.name.lower() for t in have}
    return [t for t in suggestions.suggest(profile) if t.name.lower() not in names]


def _check_kind(kind: str) -> None:
    if kind not in TAG_KINDS:
        raise ValueError(f"unknown tag kind {kind!r}")


def _tag_name(name: str) -> str:
    """The name trimmed; ValueError when nothing is left."""
    name = name.strip()
    if not name:
        raise ValueError("a tag needs a name")
    return name


def _area_key(label: str, taken: set[str]) -> str:
    """A stable identifier for a new area: its label as ASCII snake_case, made unique."""
    base = re.sub(r"[^a-z0-9]+", "_", label.lower()).strip("_") or "area"
    key, number = base, 2
    while key in taken:
        key, number = f"{base}_{number}", number + 1
    return key


class ReviewMixin:
    """Rubric, position, rating and tag operations of a `Library`."""

    if TYPE_CHECKING:

        def session(self) -> AbstractContextManager[Session]: ...

        def _reindex(self, s: Session, candidate: Candidate) -> None: ...

        def profile(self, candidate_id: int) -> dict[str, Any]: ...

        @staticmethod
        def _highlights(s: Session, candidate_id: int) -> list[HighlightRecord]: ...

    # -- rubrics ----------------------------------------------------------------------------

    def _default_rubric_id(self, s: Session) -> int:
        """The default rubric; the shipped rubrics are stored the first time one is needed.

        Storing them takes the write lock first and looks again, so two programs opening a new
        library at once store them once.
        """
        default = s.scalar(select(func.min(Rubric.id)))
        if default is not None:
            return int(default)
        lock_for_writing(s)
        default = s.scalar(select(func.min(Rubric.id)))
        if default is not None:
            return int(default)
        for data in shipped_rubrics():
            rubric = Rubric(name=str(data["name"]), description=str(data.get("description", "")))
            for order, area in enumerate(data.get("areas", [])):
                rubric.areas.append(
                    RubricArea(
                        key=str(area["key"]),
                        label=str(area["label"]),
                        description=str(area.get("description", "")),
                        weight=float(area.get("weight", 1.0)),
                        levels=_levels(area.get("levels", [])),
                        order=order,
                    )
                )
            s.add(rubric)
        s.flush()
        return int(s.scalar(select(func.min(Rubric.id))) or 0)

    def default_rubric_id(self) -> int:
        """The rubric used for candidates without a position."""
        with self.session() as s:
            return self._default_rubric_id(s)

    def rubrics(self) -> list[RubricRecord]:
        """Every rubric, the default one first."""
        with self.session() as s:
            self._default_rubric_id(s)
            return [_rubric_record(r) for r in s.scalars(select(Rubric).order_by(Rubric.id))]

    def rubric(self, rubric_id: int) -> RubricRecord:
        """One rubric with its areas."""
        with self.session() as s:
            row = s.get(Rubric, rubric_id)
            if row is None:
                raise KeyError(rubric_id)
            return _rubric_record(row)

    def _candidate_rubric_id(self, s: Session, candidate: Candidate) -> int:
        if candidate.position_id is not None:
            position = s.get(Position, candidate.position_id)
            if position is not None:
                return position.rubric_id
        return self._default_rubric_id(s)

    def candidate_rubric(self, candidate_id: int) -> RubricRecord:
        """The rubric a candidate is rated on: their position's, else the default one."""
        with self.session() as s:
            candidate = s.get(Candidate, candidate_id)
            if candidate is None:
                raise KeyError(candidate_id)
            return _rubric_record(s.get_one(Rubric, self._candidate_rubric_id(s, candidate)))

    def add_rubric(self, name: str, description: str = "", copy_from: int | None = None) -> int:
        """Create a rubric, empty or with a copy of another rubric's current areas; returns its id.

        A name another rubric has gets a number ("Infra (2)").
        """
        with self.session() as s:
            taken = set(s.scalars(select(Rubric.name)))
            unique, number = name, 2
            while unique in taken:
                unique, number = f"{name} ({number})", number + 1
            rubric = Rubric(name=unique, description=description)
            if copy_from is not None:
                source = s.get(Rubric, copy_from)
                if source is None:
                    raise KeyError(copy_from)
                for area in source.areas:
                    if not area.archived:
                        rubric.areas.append(
                            RubricArea(
                                key=area.key,
                                label=area.label,
                                description=area.description,
                                weight=area.weight,
                                levels=list(area.levels),
                                order=len(rubric.areas),
                            )
                        )
            s.add(rubric)
            s.flush()
            return rubric.id

    def rename_rubric(self, rubric_id: int, name: str) -> None:
        """Give a rubric a new name."""
        with self.session() as s:
            s.get_one(Rubric, rubric_id).name = name

    def add_area(
        self,
        rubric_id: int,
        label: str,
        weight: float = 1.0,
        description: str = "",
        levels: Sequence[str] = (),
        area_id: int | None = None,
    ) -> int:
        """Append an area to a rubric (*area_id* restores a deleted one); its key never changes."""
        with self.session() as s:
            rubric = s.get_one(Rubric, rubric_id)
            area = RubricArea(
                key=_area_key(label, {a.key for a in rubric.areas}),
                label=label,
                description=description,
                weight=float(weight),
                levels=_levels(levels),
                order=max((a.order for a in rubric.areas), default=-1) + 1,
            )
            if area_id is not None:
                area.id = area_id
            rubric.areas.append(area)
            s.flush()
            self._update_scores(s, self._rated_candidates(s, rubric_id))
            return area.id

    def update_area(
        self,
        area_id: int,
        *,
        label: str | None = None,
        weight: float | None = None,
        description: str | None = None,
        levels: Sequence[str] | None = None,
    ) -> None:
        """Rename, reweight or redescribe an area; ratings on it are kept (scores follow the weight)."""
        with self.session() as s:
            area = s.get_one(RubricArea, area_id)
            if label is not None:
                area.label = label
            if description is not None:
                area.description = description
            if levels is not None:
                area.levels = _levels(levels)
            if weight is not None:
                if weight < 0:
                    raise ValueError("an area's weight cannot be negative")
                area.weight = float(weight)
                s.flush()
                self._update_scores(s, self._rated_candidates(s, area.rubric_id))

    def move_area(self, area_id: int, index: int) -> None:
        """Move an area to position *index* among its rubric's areas."""
        with self.session() as s:
            area = s.get_one(RubricArea, area_id)
            areas = [a for a in area.rubric.areas if a.id != area_id]
            areas.insert(max(0, min(index, len(areas))), area)
            for order, row in enumerate(areas):
                row.order = order

    def delete_area(self, area_id: int) -> None:
        """Delete an area with its ratings (to undo adding it; archive an area otherwise)."""
        with self.session() as s:
            area = s.get(RubricArea, area_id)
            if area is None:
                return
            rubric_id = area.rubric_id
            ids = list(s.scalars(select(Rating.candidate_id).where(Rating.area_id == area_id)))
            s.execute(delete(Rating).where(Rating.area_id == area_id))
            s.execute(delete(RubricArea).where(RubricArea.id == area_id))
            s.flush()
            self._update_scores(s, ids)
            self._reindex_ids(s, ids)
            remaining = s.scalars(
                select(RubricArea).where(RubricArea.rubric_id == rubric_id).order_by(RubricArea.order)
            )
            for order, row in enumerate(remaining):
                row.order = order

    def archive_area(self, area_id: int, archived: bool = True) -> None:
        """Remove an area from rating (False restores it); past ratings stay readable, out of the score."""
        with self.session() as s:
            area = s.get_one(RubricArea, area_id)
            area.archived = archived
            s.flush()
            self._update_scores(s, self._rated_candidates(s, area.rubric_id))

    # -- positions --------------------------------------------------------------------------

    def positions(self) -> list[PositionRecord]:
        """Every position, by name."""
        with self.session() as s:
            return self._positions(s)

    @staticmethod
    def _positions(s: Session) -> list[PositionRecord]:
        return [PositionRecord(p.id, p.name, p.rubric_id) for p in s.scalars(select(Position).order_by(Position.name))]

    def add_position(self, name: str, rubric_id: int, position_id: int | None = None) -> int:
        """Create a position rated on *rubric_id* (*position_id* restores a deleted one)."""
        with self.session() as s:
            s.get_one(Rubric, rubric_id)
            position = Position(name=name, rubric_id=rubric_id)
            if position_id is not None:
                position.id = position_id
            s.add(position)
            s.flush()
            return position.id

    def delete_position(self, position_id: int) -> None:
        """Remove a position; its candidates go back to the default rubric."""
        with self.session() as s:
            ids = list(s.scalars(select(Candidate.id).where(Candidate.position_id == position_id)))
            for candidate in s.scalars(select(Candidate).where(Candidate.id.in_(ids))):
                candidate.position_id = None
            s.execute(delete(Position).where(Position.id == position_id))
            s.flush()
            self._update_scores(s, ids)

    def set_candidate_position(self, candidate_id: int, position_id: int | None) -> None:
        """Review a candidate against a position (None: the default rubric); the score follows."""
        with self.session() as s:
            candidate = s.get_one(Candidate, candidate_id)
            if position_id is not None:
                s.get_one(Position, position_id)
            candidate.position_id = position_id
            s.flush()
            self._update_scores(s, [candidate_id])

    # -- ratings and score ------------------------------------------------------------------

    def ratings(self, candidate_id: int) -> list[RatingRecord]:
        """A candidate's ratings on their rubric, in area order.

        Every current area appears (value None when unrated); an archived area appears only when
        the candidate was rated on it.
        """
        with self.session() as s:
            candidate = s.get_one(Candidate, candidate_id)
            return self._ratings(s, candidate_id, s.get_one(Rubric, self._candidate_rubric_id(s, candidate)))

    def _ratings(self, s: Session, candidate_id: int, rubric: Rubric) -> list[RatingRecord]:
        rows = {r.area_id: r for r in s.scalars(select(Rating).where(Rating.candidate_id == candidate_id))}
        evidence = self._rating_evidence(s, [r.id for r in rows.values()])
        records = []
        for area in rubric.areas:
            rating = rows.get(area.id)
            if area.archived and (rating is None or (rating.value is None and not rating.comment)):
                continue
            records.append(
                RatingRecord(
                    area_id=area.id,
                    area_key=area.key,
                    area_label=area.label,
                    value=rating.value if rating else None,
                    comment=rating.comment if rating else "",
                    evidence=evidence.get(rating.id, ()) if rating else (),
                    archived=area.archived,
                )
            )
        return records

    @staticmethod
    def _rating_evidence(s: Session, rating_ids: Sequence[int]) -> dict[int, tuple[int, ...]]:
        found: dict[int, list[int]] = {}
        rows = s.execute(
            select(RatingEvidence.rating_id, RatingEvidence.highlight_id)
            .where(RatingEvidence.rating_id.in_(list(rating_ids)))
            .order_by(RatingEvidence.highlight_id)
        )
        for rating_id, highlight_id in rows:
            found.setdefault(rating_id, []).append(highlight_id)
        return {k: tuple(v) for k, v in found.items()}

    def _rating_row(self, s: Session, candidate_id: int, area_id: int) -> Rating:
        row = s.scalar(select(Rating).where(Rating.candidate_id == candidate_id, Rating.area_id == area_id))
        if row is None:
            s.get_one(Candidate, candidate_id)
            s.get_one(RubricArea, area_id)
            row = Rating(candidate_id=candidate_id, area_id=area_id, value=None, comment="")
            s.add(row)
            s.flush()
        return row

    def set_rating(self, candidate_id: int, area_id: int, value: int | None, comment: str | None = None) -> None:
        """Rate an area 1–5 (None clears the value); *comment* replaces the comment when given."""
        if value is not None and value not in RATING_LABELS:
            raise ValueError(f"a rating is 1–5, not {value!r}")
        with self.session() as s:
            row = self._rating_row(s, candidate_id, area_id)
            row.value = value
            if comment is not None:
                row.comment = comment
            s.flush()
            self._update_scores(s, [candidate_id])
            if comment is not None:
                self._reindex(s, s.get_one(Candidate, candidate_id))

    def set_rating_comment(self, candidate_id: int, area_id: int, comment: str) -> None:
        """Replace the comment of a rating, leaving its value."""
        with self.session() as s:
            self._rating_row(s, candidate_id, area_id).comment = comment
            s.flush()
            self._reindex(s, s.get_one(Candidate, candidate_id))

    def set_rating_evidence(self, candidate_id: int, area_id: int, highlight_ids: Iterable[int]) -> None:
        """Replace the highlights that back a rating."""
        with self.session() as s:
            row = self._rating_row(s, candidate_id, area_id)
            s.execute(delete(RatingEvidence).where(RatingEvidence.rating_id == row.id))
            for highlight_id in dict.fromkeys(highlight_ids):
                s.add(RatingEvidence(rating_id=row.id, highlight_id=highlight_id))

    @staticmethod
    def _rated_candidates(s: Session, rubric_id: int) -> list[int]:
        areas = select(RubricArea.id).where(RubricArea.rubric_id == rubric_id)
        return list(s.scalars(select(Rating.candidate_id).where(Rating.area_id.in_(areas)).distinct()))

    def _update_scores(self, s: Session, candidate_ids: Iterable[int]) -> None:
        """Recompute candidate.score: the weighted mean of ratings on the rubric's current areas."""
        for candidate in s.scalars(select(Candidate).where(Candidate.id.in_(list(candidate_ids)))):
            areas = select(RubricArea.id, RubricArea.weight).where(
                RubricArea.rubric_id == self._candidate_rubric_id(s, candidate),
                RubricArea.archived.is_(False),
            )
            weights: dict[int, float] = {area_id: weight for area_id, weight in s.execute(areas)}
            rated = [
                (weights[area_id], value)
                for area_id, value in s.execute(
                    select(Rating.area_id, Rating.value).where(
                        Rating.candidate_id == candidate.id, Rating.area_id.in_(list(weights))
                    )
                )
                if value is not None
            ]
            total = sum(weight for weight, _ in rated)
            candidate.score = round(sum(w * v for w, v in rated) / total, 2) if total > 0 else None

    # -- tags -------------------------------------------------------------------------------

    def tags(self) -> list[TagRecord]:
        """Every tag in the library, by name."""
        with self.session() as s:
            return self._tags(s)

    @staticmethod
    def _tags(s: Session) -> list[TagRecord]:
        return [_tag_record(t) for t in s.scalars(select(Tag).order_by(func.lower(Tag.name)))]

    @staticmethod
    def _tag_named(s: Session, name: str) -> Tag | None:
        return s.scalar(select(Tag).where(func.lower(Tag.name) == name.strip().lower()))

    def find_tag(self, name: str) -> TagRecord | None:
        """The tag with this name (case-insensitive), if any."""
        with self.session() as s:
            row = self._tag_named(s, name)
            return _tag_record(row) if row else None

    def create_tag(self, name: str, kind: str = "strength", color: str | None = None, tag_id: int | None = None) -> int:
        """Create a tag (*tag_id* restores a deleted one); a name in use raises ValueError."""
        _check_kind(kind)
        name = _tag_name(name)
        with self.session() as s:
            if self._tag_named(s, name) is not None:
                raise ValueError(f"a tag named {name!r} exists")
            row = Tag(name=name, kind=kind, color=color or TAG_COLORS[kind])
            if tag_id is not None:
                row.id = tag_id
            s.add(row)
            s.flush()
            return row.id

    def delete_tag(self, tag_id: int) -> None:
        """Remove a tag from the library and from every candidate."""
        with self.session() as s:
            ids = list(s.scalars(select(CandidateTag.candidate_id).where(CandidateTag.tag_id == tag_id)))
            s.execute(delete(TagEvidence).where(TagEvidence.tag_id == tag_id))
            s.execute(delete(CandidateTag).where(CandidateTag.tag_id == tag_id))
            s.execute(delete(Tag).where(Tag.id == tag_id))
            s.flush()
            self._reindex_ids(s, ids)

    def rename_tag(self, tag_id: int, name: str) -> None:
        """Rename a tag library-wide; a name another tag has raises ValueError (merge instead)."""
        name = _tag_name(name)
        with self.session() as s:
            row = s.get_one(Tag, tag_id)
            other = self._tag_named(s, name)
            if other is not None and other.id != tag_id:
                raise ValueError(f"a tag named {name!r} exists")
            row.name = name
            s.flush()
            self._reindex_ids(s, s.scalars(select(CandidateTag.candidate_id).where(CandidateTag.tag_id == tag_id)))

    def set_tag_color(self, tag_id: int, color: str) -> None:
        """Recolour a tag (a #rrggbb string)."""
        with self.session() as s:
            s.get_one(Tag, tag_id).color = color

    def set_tag_kind(self, tag_id: int, kind: str) -> None:
        """Make a tag a strength or a concern."""
        _check_kind(kind)
        with self.session() as s:
            s.get_one(Tag, tag_id).kind = kind

    def candidate_tags(self, candidate_id: int) -> list[CandidateTagRecord]:
        """A candidate's tags (strengths first, then by name) with their evidence."""
        with self.session() as s:
            return self._candidate_tags(s, candidate_id)

    def _candidate_tags(self, s: Session, candidate_id: int) -> list[CandidateTagRecord]:
        rows = s.scalars(
            select(Tag)
            .join(CandidateTag, CandidateTag.tag_id == Tag.id)
            .where(CandidateTag.candidate_id == candidate_id)
            .order_by(Tag.kind != "strength", func.lower(Tag.name))
        ).all()
        evidence = self._tag_evidence(s, candidate_id)
        return [CandidateTagRecord(_tag_record(t), evidence.get(t.id, ())) for t in rows]

    @staticmethod
    def _tag_evidence(s: Session, candidate_id: int) -> dict[int, tuple[int, ...]]:
        found: dict[int, list[int]] = {}
        rows = s.execute(
            select(TagEvidence.tag_id, TagEvidence.highlight_id)
            .where(TagEvidence.candidate_id == candidate_id)
            .order_by(TagEvidence.highlight_id)
        )
        for tag_id, highlight_id in rows:
            found.setdefault(tag_id, []).append(highlight_id)
        return {k: tuple(v) for k, v in found.items()}

    def add_candidate_tag(
        self, candidate_id: int, name: str, kind: str = "strength", evidence: Iterable[int] = ()
    ) -> int:
        """Tag a candidate, creating the tag when no tag has this name (case-insensitive).

        An existing tag keeps its own kind; *evidence* highlights are added to the tag's evidence.
        Returns the tag id.
        """
        _check_kind(kind)
        name = _tag_name(name)
        with self.session() as s:
            candidate = s.get_one(Candidate, candidate_id)
            tag = self._tag_named(s, name)
            if tag is None:
                tag = Tag(name=name, kind=kind, color=TAG_COLORS[kind])
                s.add(tag)
                s.flush()
            self._give_tag(s, candidate_id, tag.id, evidence)
            self._reindex(s, candidate)
            return tag.id

    def _give_tag(self, s: Session, candidate_id: int, tag_id: int, highlight_ids: Iterable[int]) -> None:
        """Put a tag on a candidate (once) and add these highlights to its evidence."""
        if s.get(CandidateTag, (candidate_id, tag_id)) is None:
            s.add(CandidateTag(candidate_id=candidate_id, tag_id=tag_id))
            s.flush()
        self._add_tag_evidence(s, candidate_id, tag_id, highlight_ids)

    @staticmethod
    def _add_tag_evidence(s: Session, candidate_id: int, tag_id: int, highlight_ids: Iterable[int]) -> None:
        have = set(
            s.scalars(
                select(TagEvidence.highlight_id).where(
                    TagEvidence.candidate_id == candidate_id, TagEvidence.tag_id == tag_id
                )
            )
        )
        for highlight_id in dict.fromkeys(highlight_ids):
            if highlight_id not in have:
                s.add(TagEvidence(candidate_id=candidate_id, tag_id=tag_id, highlight_id=highlight_id))
        s.flush()

    def remove_candidate_tag(self, candidate_id: int, tag_id: int) -> None:
        """Take a tag (and its evidence) off a candidate; the tag stays in the library."""
        with self.session() as s:
            s.execute(
                delete(TagEvidence).where(TagEvidence.candidate_id == candidate_id, TagEvidence.tag_id == tag_id)
            )
            s.execute(
                delete(CandidateTag).where(CandidateTag.candidate_id == candidate_id, CandidateTag.tag_id == tag_id)
            )
            s.flush()
            self._reindex(s, s.get_one(Candidate, candidate_id))

    def set_tag_evidence(self, candidate_id: int, tag_id: int, highlight_ids: Iterable[int]) -> None:
        """Replace the highlights that back a candidate's tag."""
        with self.session() as s:
            if s.get(CandidateTag, (candidate_id, tag_id)) is None:
                raise KeyError((candidate_id, tag_id))
            s.execute(
                delete(TagEvidence).where(TagEvidence.candidate_id == candidate_id, TagEvidence.tag_id == tag_id)
            )
            self._add_tag_evidence(s, candidate_id, tag_id, highlight_ids)

    def tag_assignments(self, tag_id: int) -> dict[int, tuple[int, ...]]:
        """Which candidates carry a tag, each with its evidence (for undoing a merge)."""
        with self.session() as s:
            return {cid: tuple(ids) for cid, ids in self._tag_evidence_by_candidate(s, tag_id).items()}

    def set_tag_assignments(self, tag_id: int, assignments: Mapping[int, Sequence[int]]) -> None:
        """Make exactly these candidates carry a tag, with exactly this evidence each."""
        with self.session() as s:
            s.get_one(Tag, tag_id)
            before = set(s.scalars(select(CandidateTag.candidate_id).where(CandidateTag.tag_id == tag_id)))
            s.execute(delete(TagEvidence).where(TagEvidence.tag_id == tag_id))
            s.execute(
                delete(CandidateTag).where(
                    CandidateTag.tag_id == tag_id, CandidateTag.candidate_id.not_in(list(assignments))
                )
            )
            s.flush()
            for candidate_id, evidence in assignments.items():
                self._give_tag(s, candidate_id, tag_id, evidence)
            self._reindex_ids(s, before | set(assignments))

    def merge_tags(self, source_id: int, target_id: int) -> None:
        """Fold one tag into another: the source's candidates and evidence move, the source goes."""
        if source_id == target_id:
            return
        with self.session() as s:
            s.get_one(Tag, target_id)
            s.get_one(Tag, source_id)
            moved = self._tag_evidence_by_candidate(s, source_id)
            s.execute(delete(TagEvidence).where(TagEvidence.tag_id == source_id))
            s.execute(delete(CandidateTag).where(CandidateTag.tag_id == source_id))
            s.execute(delete(Tag).where(Tag.id == source_id))
            s.flush()
            for candidate_id, evidence in moved.items():
                self._give_tag(s, candidate_id, target_id, evidence)
            self._reindex_ids(s, moved)

    @staticmethod
    def _tag_evidence_by_candidate(s: Session, tag_id: int) -> dict[int, list[int]]:
        found: dict[int, list[int]] = {
            cid: [] for cid in s.scalars(select(CandidateTag.candidate_id).where(CandidateTag.tag_id == tag_id))
        }
        for cid, hid in s.execute(
            select(TagEvidence.candidate_id, TagEvidence.highlight_id)
            .where(TagEvidence.tag_id == tag_id)
            .order_by(TagEvidence.highlight_id)
        ):
            found.setdefault(cid, []).append(hid)
        return found

    def suggested_tags(self, candidate_id: int) -> list[TagSuggestion]:
        """Tags computed from the candidate's profile that the candidate does not carry yet."""
        return _suggestions(self.profile(candidate_id), self.candidate_tags(candidate_id))

    # -- the Review tab -----------------------------------------------------------------------

    def review_snapshot(self, candidate_id: int) -> ReviewSnapshot:
        """Everything the Review tab shows for a candidate, in one read (KeyError: no such candidate)."""
        with self.session() as s:
            candidate = s.get(Candidate, candidate_id)
            if candidate is None:
                raise KeyError(candidate_id)
            rubric = s.get_one(Rubric, self._candidate_rubric_id(s, candidate))
            candidate_tags = self._candidate_tags(s, candidate_id)
            # Only the edited profile: loading the row would decode the parsed one too.
            profile = s.scalar(
                select(DocumentProfile.edited)
                .join(Document, Document.id == DocumentProfile.document_id)
                .where(Document.candidate_id == candidate_id)
                .order_by(Document.id.desc())
                .limit(1)
            ) or {}
            return ReviewSnapshot(
                candidate_id=candidate_id,
                position_id=candidate.position_id,
                recommendation=candidate.recommendation,
                summary=candidate.summary,
                score=candidate.score,
                rubric=_rubric_record(rubric),
                ratings=tuple(self._ratings(s, candidate_id, rubric)),
                positions=tuple(self._positions(s)),
                tags=tuple(self._tags(s)),
                candidate_tags=tuple(candidate_tags),
                suggestions=tuple(_suggestions(profile, candidate_tags)),
                highlights=tuple(self._highlights(s, candidate_id)),
            )

    # -- search -----------------------------------------------------------------------------

    @staticmethod
    def _review_notes(s: Session, candidate_id: int) -> list[str]:
        """Tag names and rating comments, so the library search finds them."""
        names = s.scalars(
            select(Tag.name)
            .join(CandidateTag, CandidateTag.tag_id == Tag.id)
            .where(CandidateTag.candidate_id == candidate_id)
        )
        comments = s.scalars(select(Rating.comment).where(Rating.candidate_id == candidate_id, Rating.comment != ""))
        return [*names, *comments]

    def _reindex_ids(self, s: Session, candidate_ids: Iterable[int]) -> None:
        for candidate in s.scalars(select(Candidate).where(Candidate.id.in_(list(candidate_ids)))):
            self._reindex(s, candidate)
