"""The UI's one way to change the library: each write goes through LibraryModel, which then says what changed.

Views read `LibraryModel.library` and refresh from the signals, never from whoever wrote. Writes
made inside `batch()` (an undo command's redo or undo runs in one) are announced once, at its
end, each changed candidate or rubric once. A refused write (LibraryError: locked, read-only,
disk full) is reported through `write_failed` and still announced as a change, so a widget that
already shows the refused value reads the stored one back; the error is then raised to the caller.

Signals:
    candidates_changed(list): ids of candidates whose list row may read differently (status, score, tags…).
    candidates_removed(list): ids of candidates removed from the library.
    candidates_restored(list): ids of removed candidates put back (undo), once their rows are listed again.
    history_outdated(): removed candidates came back under new ids (an import took theirs), so older undo steps may
        name someone else.
    documents_changed(list): ids of people whose documents changed (a merge, a split, their undo); a merged-away id is gone.
    profile_changed(int): a candidate's profile was saved.
    review_changed(int): a candidate's ratings, recommendation or position changed.
    review_notes_changed(int): a candidate's summary or a rating comment changed (nothing else the review shows).
    highlights_changed(int): a candidate's highlights were added, removed or edited.
    highlight_categories_changed(): the colour categories were renamed.
    tags_changed(list): tags were created, edited or (un)assigned; the ids of the candidates concerned.
    rubric_changed(int): a rubric's areas or the positions that use it changed; the rubric id.
    write_failed(str): a change did not reach the library; the reason, for the reviewer.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

from storage.db import LibraryError
from storage.library import ANY_VALUE, Library
from storage.merge_split import PeopleSnapshot
from storage.profile_paths import Path
from storage.records import HighlightUses, Passage, TagRecord
from storage.removal import RemovedPeople, Restored

T = TypeVar("T")

# Announcement kinds, in the order a batch emits them: rows first, then what the panes show.
_LISTS = ("candidates_removed", "candidates_changed", "candidates_restored", "documents_changed", "tags_changed")
_EACH = ("profile_changed", "review_changed", "review_notes_changed", "highlights_changed", "rubric_changed")
_SIGNALS = {
    "candidates": "candidates_changed",
    "removed": "candidates_removed",
    "restored": "candidates_restored",
    "documents": "documents_changed",
    "tags": "tags_changed",
    "profile": "profile_changed",
    "review": "review_changed",
    "notes": "review_notes_changed",
    "highlights": "highlights_changed",
    "rubric": "rubric_changed",
}


class LibraryModel(QObject):
    """Writes to one library for the UI and announces every committed change."""

    candidates_changed = Signal(list)
    candidates_removed = Signal(list)
    candidates_restored = Signal(list)
    history_outdated = Signal()
    documents_changed = Signal(list)
    profile_changed = Signal(int)
    review_changed = Signal(int)
    review_notes_changed = Signal(int)
    highlights_changed = Signal(int)
    highlight_categories_changed = Signal()
    tags_changed = Signal(list)
    rubric_changed = Signal(int)
    write_failed = Signal(str)

    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self._depth = 0
        self._pending: dict[str, dict[int, None]] = {name: {} for name in (*_LISTS, *_EACH)}
        self._tags_pending = False
        self._categories_pending = False

    # -- announcing -------------------------------------------------------------------------

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Announce the writes made inside once, when the outermost batch ends."""
        self._depth += 1
        try:
            yield
        finally:
            self._depth -= 1
            if self._depth == 0:
                self._flush()

    def announce_imported(self, candidate_ids: Sequence[int]) -> None:
        """Say that candidates were added by an import (which writes on its own connection)."""
        self._announce(candidates=candidate_ids)

    def _announce(self, categories: bool = False, **ids: Sequence[int]) -> None:
        for kind, values in ids.items():
            self._pending[_SIGNALS[kind]].update(dict.fromkeys(values))
        # A tag write is news even when no candidate carries the tag (the tag list changed).
        self._tags_pending |= "tags" in ids
        self._categories_pending |= categories
        if self._depth == 0:
            self._flush()

    def _flush(self) -> None:
        pending = {kind: list(values) for kind, values in self._pending.items()}
        tags, categories = self._tags_pending, self._categories_pending
        for values in self._pending.values():
            values.clear()
        self._tags_pending = self._categories_pending = False
        for kind in _LISTS:
            if pending[kind] or (kind == "tags_changed" and tags):
                getattr(self, kind).emit(pending[kind])
        for kind in _EACH:
            for value in pending[kind]:
                getattr(self, kind).emit(value)
        if categories:
            self.highlight_categories_changed.emit()

    def _commit(self, write: Callable[[], T], categories: bool = False, **changed: Sequence[int]) -> T:
        """Run one write; announce what it changes (also when refused, so views re-read); report a refusal."""
        try:
            return write()
        except LibraryError as error:
            self.write_failed.emit(str(error))
            raise
        finally:
            self._announce(categories, **changed)

    # -- candidates and profiles -------------------------------------------------------------

    def set_status(self, candidate_ids: Sequence[int], status: str) -> None:
        """Give candidates a status."""
        self._commit(lambda: self.library.set_status(list(candidate_ids), status), candidates=candidate_ids)

    def remove_people(self, candidate_ids: Sequence[int]) -> RemovedPeople:
        """Remove people with their documents and reviews; returns what undo needs."""
        removed = self._commit(lambda: self.library.remove_people(list(candidate_ids)), candidates=candidate_ids)
        self._announce(removed=candidate_ids)
        return removed

    def restore_removed(self, removed: RemovedPeople) -> Restored:
        """Undo a removal; the result names the ids the people came back under."""
        restored = self._commit(lambda: self.library.restore_removed(removed), candidates=removed.people())
        self._announce(candidates=restored.people, restored=restored.people)
        if restored.renumbered:
            self.history_outdated.emit()
        return restored

    def merge_people(self, kept_id: int, other_id: int) -> PeopleSnapshot:
        """Merge a person into another; returns what undo needs."""
        return self._commit(
            lambda: self.library.merge_people(kept_id, other_id),
            candidates=[kept_id, other_id], documents=[kept_id, other_id], review=[kept_id], tags=[kept_id],
        )

    def split_document(self, candidate_id: int, document_id: int, new_person_id: int | None = None) -> tuple[int, PeopleSnapshot]:
        """Split a person's document off into a new person; returns that person's id and what undo needs."""
        result: list[int] = []

        def write() -> tuple[int, PeopleSnapshot]:
            person_id, before = self.library.split_document(document_id, new_person_id)
            result.append(person_id)
            return person_id, before

        try:
            return self._commit(write, candidates=[candidate_id], documents=[candidate_id], review=[candidate_id], tags=[candidate_id])
        finally:
            self._announce(candidates=result, documents=result)

    def restore_people(self, before: PeopleSnapshot, remove: Sequence[int] = ()) -> None:
        """Undo a merge or split."""
        ids = [int(row["id"]) for row in before.candidates]
        self._commit(
            lambda: self.library.restore_people(before, remove),
            candidates=[*ids, *remove], documents=[*ids, *remove], review=ids, tags=ids,
        )

    def update_profile(
        self, candidate_id: int, path: Path, value: Any, expected: Any = ANY_VALUE, document_id: int | None = None
    ) -> None:
        """Store one part of a document's edited profile (refused when another program changed it from *expected*)."""
        self._commit(
            lambda: self.library.update_profile(candidate_id, path, value, expected, document_id),
            profile=[candidate_id],
            candidates=[candidate_id],
        )

    # -- review ------------------------------------------------------------------------------

    def set_rating(self, candidate_id: int, area_id: int, value: int | None) -> None:
        """Rate one rubric area (None clears the rating)."""
        self._commit(lambda: self.library.set_rating(candidate_id, area_id, value), review=[candidate_id], candidates=[candidate_id])

    def set_rating_comment(self, candidate_id: int, area_id: int, comment: str) -> None:
        """Replace the comment on a rating."""
        self._commit(lambda: self.library.set_rating_comment(candidate_id, area_id, comment), notes=[candidate_id])

    def set_rating_evidence(self, candidate_id: int, area_id: int, highlight_ids: Sequence[int]) -> None:
        """Replace the highlights backing a rating."""
        self._commit(lambda: self.library.set_rating_evidence(candidate_id, area_id, highlight_ids), review=[candidate_id])

    def set_recommendation(self, candidate_id: int, recommendation: str | None) -> None:
        """Set (or clear) the overall recommendation."""
        self._commit(
            lambda: self.library.set_recommendation(candidate_id, recommendation), review=[candidate_id], candidates=[candidate_id]
        )

    def set_summary(self, candidate_id: int, summary: str) -> None:
        """Replace the summary note."""
        self._commit(lambda: self.library.set_summary(candidate_id, summary), notes=[candidate_id])

    def set_candidate_position(self, candidate_id: int, position_id: int | None) -> None:
        """Review a candidate against a position (None: the default rubric)."""
        self._commit(
            lambda: self.library.set_candidate_position(candidate_id, position_id), review=[candidate_id], candidates=[candidate_id]
        )

    # -- rubrics and positions ---------------------------------------------------------------

    def add_rubric(self, name: str, copy_from: int) -> int:
        """A new rubric, a copy of another; returns its id."""
        return self._commit(lambda: self.library.add_rubric(name, copy_from=copy_from), rubric=[copy_from])

    def add_position(self, name: str, rubric_id: int, position_id: int | None = None) -> int:
        """A position rated on *rubric_id* (under *position_id* when restoring one); returns its id."""
        return self._commit(lambda: self.library.add_position(name, rubric_id, position_id=position_id), rubric=[rubric_id])

    def delete_position(self, position_id: int, rubric_id: int) -> None:
        """Remove a position (its rubric stays)."""
        self._commit(lambda: self.library.delete_position(position_id), rubric=[rubric_id])

    def _area_change(self, rubric_id: int, write: Callable[[], T]) -> T:
        # Weights and areas change every score on the rubric: all list rows are re-read.
        return self._commit(write, rubric=[rubric_id], candidates=self.library.candidate_ids())

    def add_area(self, rubric_id: int, label: str, area_id: int | None = None) -> int:
        """Append an area to a rubric (under *area_id* when restoring one); returns its id."""
        return self._area_change(rubric_id, lambda: self.library.add_area(rubric_id, label, area_id=area_id))

    def delete_area(self, rubric_id: int, area_id: int) -> None:
        """Remove an area with its ratings."""
        self._area_change(rubric_id, lambda: self.library.delete_area(area_id))

    def update_area(self, rubric_id: int, area_id: int, **values: Any) -> None:
        """Change an area's label, weight, description or levels (None leaves a value as it is)."""
        self._area_change(rubric_id, lambda: self.library.update_area(area_id, **values))

    def move_area(self, rubric_id: int, area_id: int, index: int) -> None:
        """Move an area within its rubric."""
        self._commit(lambda: self.library.move_area(area_id, index), rubric=[rubric_id])

    def archive_area(self, rubric_id: int, area_id: int, archived: bool) -> None:
        """Take an area out of rating (its ratings stay readable), or bring it back."""
        self._area_change(rubric_id, lambda: self.library.archive_area(area_id, archived))

    # -- tags --------------------------------------------------------------------------------

    def _tag_change(self, candidate_ids: Sequence[int], write: Callable[[], T]) -> T:
        return self._commit(write, tags=candidate_ids, candidates=candidate_ids)

    def create_tag(self, name: str, kind: str, color: str | None = None, tag_id: int | None = None) -> int:
        """A new tag (under *tag_id* when restoring one); returns its id."""
        return self._tag_change((), lambda: self.library.create_tag(name, kind, color, tag_id=tag_id))

    def delete_tag(self, tag_id: int) -> None:
        """Remove a tag from the library."""
        self._tag_change(list(self.library.tag_assignments(tag_id)), lambda: self.library.delete_tag(tag_id))

    def edit_tag(self, tag: TagRecord) -> None:
        """Give a tag this name, colour and kind."""

        def write() -> None:
            self.library.rename_tag(tag.id, tag.name)
            self.library.set_tag_color(tag.id, tag.color)
            self.library.set_tag_kind(tag.id, tag.kind)

        self._tag_change(list(self.library.tag_assignments(tag.id)), write)

    def add_candidate_tag(self, candidate_id: int, name: str, kind: str, evidence: Sequence[int]) -> int:
        """Tag a candidate (creating the tag if new); returns the tag id."""
        return self._tag_change(
            [candidate_id], lambda: self.library.add_candidate_tag(candidate_id, name, kind, evidence=list(evidence))
        )

    def remove_candidate_tag(self, candidate_id: int, tag_id: int) -> None:
        """Take a tag off a candidate."""
        self._tag_change([candidate_id], lambda: self.library.remove_candidate_tag(candidate_id, tag_id))

    def set_tag_evidence(self, candidate_id: int, tag_id: int, highlight_ids: Sequence[int]) -> None:
        """Replace the highlights backing a candidate's tag."""
        self._tag_change([candidate_id], lambda: self.library.set_tag_evidence(candidate_id, tag_id, highlight_ids))

    def set_tag_assignments(self, tag_id: int, assignments: Mapping[int, Sequence[int]]) -> None:
        """Assign a tag to exactly these candidates, with this evidence each."""
        affected = sorted(set(assignments) | set(self.library.tag_assignments(tag_id)))
        self._tag_change(affected, lambda: self.library.set_tag_assignments(tag_id, assignments))

    def merge_tags(self, source_id: int, target_id: int) -> None:
        """Fold one tag into another, library-wide."""
        affected = sorted(set(self.library.tag_assignments(source_id)) | set(self.library.tag_assignments(target_id)))
        self._tag_change(affected, lambda: self.library.merge_tags(source_id, target_id))

    # -- highlights --------------------------------------------------------------------------

    def add_highlight(
        self, candidate_id: int, passage: Passage, color: int, note: str = "", highlight_id: int | None = None,
        uses: HighlightUses = HighlightUses(), document_id: int | None = None,
    ) -> int:
        """Highlight a passage of one of the person's documents (the newest by default); returns its id.

        *highlight_id* and its former *uses* restore a deleted one.
        """
        return self._commit(
            lambda: self.library.add_highlight(
                candidate_id, passage.page, passage.rects, passage.text, color, note, highlight_id=highlight_id, uses=uses,
                document_id=document_id,
            ),
            highlights=[candidate_id],
            review=[candidate_id] if uses != HighlightUses() else (),
        )

    def update_highlight(self, candidate_id: int, highlight_id: int, *, color: int | None = None, note: str | None = None) -> None:
        """Recolour a highlight or change its note."""
        self._commit(lambda: self.library.update_highlight(highlight_id, color=color, note=note), highlights=[candidate_id])

    def delete_highlight(self, candidate_id: int, highlight_id: int) -> HighlightUses:
        """Remove a highlight; returns the ratings and tags it was evidence for."""
        return self._commit(
            lambda: self.library.delete_highlight(highlight_id),
            highlights=[candidate_id], review=[candidate_id], tags=[candidate_id],
        )

    def rename_highlight_category(self, color: int, name: str) -> None:
        """Rename a colour's category, library-wide."""
        self._commit(lambda: self.library.rename_highlight_category(color, name), categories=True)
