"""Removing people from the library so that undo can put every row back.

`remove_people` returns a `RemovedPeople` snapshot of every row the removal deletes: the people,
their documents (bytes included) and profiles, highlights, tags with their evidence, ratings with
theirs. `restore_removed` inserts them again under their old ids; a row whose id something
imported since has taken gets a new one, and the rows that point at it follow. The snapshot lives
in memory only (an undo step), so a removal becomes final when the library is closed.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Column, Table, delete, insert, or_, select
from sqlalchemy.orm import Session

from storage import search
from storage.db import LibraryError
from storage.models import Base, Candidate

# What a removal deletes, in an order they can be inserted again (what a row points at comes first).
_TABLES: tuple[Table, ...] = tuple(
    table for table in Base.metadata.sorted_tables
    if table.name in ("candidate", "document", "document_profile", "highlight", "candidate_tag", "tag_evidence", "rating", "rating_evidence")
)
_T = {table.name: table for table in _TABLES}


@dataclass(frozen=True)
class RemovedPeople:
    """Every row a removal deleted, one tuple of rows per table of `_TABLES`."""

    rows: tuple[tuple[dict[str, Any], ...], ...]

    def people(self) -> list[int]:
        """The ids the people had."""
        return [int(row["id"]) for row in self.rows[_TABLES.index(_T["candidate"])]]


@dataclass(frozen=True)
class Restored:
    """The ids the people came back under, and whether any row had to take a new id."""

    people: tuple[int, ...]
    renumbered: bool


def _root(column: Column[Any]) -> Column[Any]:
    """The column a foreign key finally names (tag_evidence.tag_id → candidate_tag.tag_id → tag.id)."""
    while column.foreign_keys:
        column = next(iter(column.foreign_keys)).column
    return column


def _owned(s: Session, ids: Sequence[int]) -> list[tuple[dict[str, Any], ...]]:
    """The rows of each table that removing *ids* deletes (the cascades SQLite would follow)."""
    documents = select(_T["document"].c.id).where(_T["document"].c.candidate_id.in_(ids))
    highlights = select(_T["highlight"].c.id).where(_T["highlight"].c.candidate_id.in_(ids))
    ratings = select(_T["rating"].c.id).where(_T["rating"].c.candidate_id.in_(ids))
    owners = {
        "candidate": _T["candidate"].c.id.in_(ids),
        "document": _T["document"].c.candidate_id.in_(ids),
        "document_profile": _T["document_profile"].c.document_id.in_(documents),
        "highlight": or_(_T["highlight"].c.candidate_id.in_(ids), _T["highlight"].c.document_id.in_(documents)),
        "candidate_tag": _T["candidate_tag"].c.candidate_id.in_(ids),
        "tag_evidence": or_(_T["tag_evidence"].c.candidate_id.in_(ids), _T["tag_evidence"].c.highlight_id.in_(highlights)),
        "rating": _T["rating"].c.candidate_id.in_(ids),
        "rating_evidence": or_(_T["rating_evidence"].c.rating_id.in_(ratings), _T["rating_evidence"].c.highlight_id.in_(highlights)),
    }
    return [tuple(dict(row) for row in s.execute(select(table).where(owners[table.name])).mappings()) for table in _TABLES]


class _Reinsertion:
    """Inserts a snapshot's rows, renumbering taken ids and leaving out rows whose tag, area or person is gone."""

    def __init__(self, s: Session) -> None:
        self._s = s
        self.new_ids: dict[str, dict[int, int]] = {table.name: {} for table in _TABLES}
        self._dropped: dict[str, set[int]] = {table.name: set() for table in _TABLES}

    def insert(self, table: Table, rows: Sequence[dict[str, Any]]) -> None:
        outside = {  # tags, rubric areas, positions: kept by the library, possibly removed since
            column.name: self._existing(_root(column), [row[column.name] for row in rows])
            for column in table.c if column.foreign_keys and _root(column).table.name not in _T
        }
        taken = self._existing(table.c.id, [row["id"] for row in rows]) if "id" in table.c else set()
        # Free ids first: a renumbered row takes the next id up, which must not be one still to come.
        for original in sorted(rows, key=lambda r: "id" in r and r["id"] in taken):
            row = self._pointing_at_restored(table, original, outside)
            if row is None:
                if "id" in table.c:
                    self._dropped[table.name].add(original["id"])
                continue
            if "id" in table.c and row["id"] in taken:
                old = row.pop("id")
                self.new_ids[table.name][old] = int(self._s.scalars(insert(table).values(row).returning(table.c.id)).one())
            else:
                self._s.execute(insert(table).values(row))

    def _pointing_at_restored(self, table: Table, original: dict[str, Any], outside: dict[str, set[Any]]) -> dict[str, Any] | None:
        """The row with its references renumbered; None when something it needs is gone."""
        row = dict(original)
        for column in table.c:
            value = row[column.name]
            if not column.foreign_keys or value is None:
                continue
            root = _root(column).table.name
            if root in _T:
                if value in self._dropped[root]:
                    return None
                row[column.name] = self.new_ids[root].get(value, value)
            elif value not in outside[column.name]:
                if not column.nullable:
                    return None
                row[column.name] = None  # the position was deleted: reviewed against the default rubric
        return row

    def _existing(self, column: Column[Any], values: list[Any]) -> set[Any]:
        wanted = [v for v in values if v is not None]
        return set(self._s.scalars(select(column).where(column.in_(wanted)))) if wanted else set()


class RemovalMixin:
    """Removing people and putting them back, for a `Library`."""

    if TYPE_CHECKING:

        def session(self) -> AbstractContextManager[Session]: ...

        def _refresh_person(self, s: Session, candidate: Candidate) -> None: ...

    def remove_people(self, ids: Sequence[int]) -> RemovedPeople:
        """Remove people with their documents, profiles, highlights and review; returns what undo needs."""
        with self.session() as s:
            removed = RemovedPeople(tuple(_owned(s, ids)))
            s.execute(delete(Candidate).where(Candidate.id.in_(ids)))
            for person_id in ids:
                search.unindex(s, person_id)
            return removed

    def restore_removed(self, removed: RemovedPeople) -> Restored:
        """Put removed people back exactly, under their old ids where those are still free."""
        document = _T["document"]
        with self.session() as s:
            again = s.scalar(
                select(document.c.file_name).where(document.c.sha256.in_([row["sha256"] for row in removed.rows[_TABLES.index(document)]]))
            )
            if again is not None:
                raise LibraryError(
                    f"{again} was imported again after it was removed; remove that copy first to get the removed review back."
                )
            reinsertion = _Reinsertion(s)
            for table, rows in zip(_TABLES, removed.rows, strict=True):
                reinsertion.insert(table, rows)
            people = tuple(reinsertion.new_ids["candidate"].get(i, i) for i in removed.people())
            for candidate in s.scalars(select(Candidate).where(Candidate.id.in_(people))):
                self._refresh_person(s, candidate)
            return Restored(people, any(reinsertion.new_ids.values()))
