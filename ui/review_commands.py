"""Undo commands of the review: ratings, recommendation, summary, position, tags, evidence, rubric.

Each captures the old values in __init__ (or on its first redo, for ids the library assigns) and
writes through the LibraryModel in redo/undo; the views hear of the change from the model.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from storage.records import Passage, RatingRecord, TagRecord
from ui.labels import rating_label, recommendation_label, shipped
from ui.library_command import LibraryCommand
from ui.library_model import LibraryModel


def _rating(model: LibraryModel, candidate_id: int, area_id: int) -> RatingRecord | None:
    return next((r for r in model.library.ratings(candidate_id) if r.area_id == area_id), None)


def _area_label(model: LibraryModel, area_id: int, candidate_id: int) -> str:
    return next((shipped(a.label) for a in model.library.candidate_rubric(candidate_id).areas if a.id == area_id), "")


class SetRatingCommand(LibraryCommand):
    """Rate one rubric area of a candidate (None clears the rating)."""

    def __init__(self, model: LibraryModel, candidate_id: int, area_id: int, value: int | None) -> None:
        label = rating_label(value) if value else QCoreApplication.translate("UndoStep", "not rated")
        super().__init__(
            model,
            QCoreApplication.translate("UndoStep", "Rate {area}: {label}").format(
                area=_area_label(model, area_id, candidate_id), label=label
            )
        )
        self._cid, self._area, self._new = candidate_id, area_id, value
        old = _rating(model, candidate_id, area_id)
        self._old = old.value if old else None

    def _write(self, value: int | None) -> None:
        self.model.set_rating(self._cid, self._area, value)

    def redo(self) -> None:
        self._write(self._new)

    def undo(self) -> None:
        self._write(self._old)


class SetRatingCommentCommand(LibraryCommand):
    """Replace the comment on a rating (the panel reports typing at a pause: one step each)."""

    def __init__(self, model: LibraryModel, candidate_id: int, area_id: int, comment: str) -> None:
        text = QCoreApplication.translate("UndoStep", "Comment on {area}")
        super().__init__(model, text.format(area=_area_label(model, area_id, candidate_id)))
        self._cid, self._area, self._new = candidate_id, area_id, comment
        old = _rating(model, candidate_id, area_id)
        self._old = old.comment if old else ""

    def redo(self) -> None:
        self.model.set_rating_comment(self._cid, self._area, self._new)

    def undo(self) -> None:
        self.model.set_rating_comment(self._cid, self._area, self._old)


class SetRatingEvidenceCommand(LibraryCommand):
    """Replace the highlights that back a rating."""

    def __init__(self, model: LibraryModel, candidate_id: int, area_id: int, highlight_ids: Sequence[int]) -> None:
        text = QCoreApplication.translate("UndoStep", "Evidence for {area}")
        super().__init__(model, text.format(area=_area_label(model, area_id, candidate_id)))
        self._cid, self._area, self._new = candidate_id, area_id, tuple(highlight_ids)
        old = _rating(model, candidate_id, area_id)
        self._old = old.evidence if old else ()

    def redo(self) -> None:
        self.model.set_rating_evidence(self._cid, self._area, self._new)

    def undo(self) -> None:
        self.model.set_rating_evidence(self._cid, self._area, self._old)


class SetRecommendationCommand(LibraryCommand):
    """Set (or clear) the overall recommendation."""

    def __init__(self, model: LibraryModel, candidate_id: int, recommendation: str | None) -> None:
        label = recommendation_label(recommendation)
        super().__init__(model, QCoreApplication.translate("UndoStep", "Recommend: {label}").format(label=label))
        self._cid, self._new = candidate_id, recommendation
        self._old = model.library.review(candidate_id).recommendation

    def _write(self, value: str | None) -> None:
        self.model.set_recommendation(self._cid, value)

    def redo(self) -> None:
        self._write(self._new)

    def undo(self) -> None:
        self._write(self._old)


class SetSummaryCommand(LibraryCommand):
    """Replace the summary note (the panel reports typing at a pause: one step each)."""

    def __init__(self, model: LibraryModel, candidate_id: int, summary: str) -> None:
        super().__init__(model, QCoreApplication.translate("UndoStep", "Edit summary"))
        self._cid, self._new = candidate_id, summary
        self._old = model.library.review(candidate_id).summary

    def redo(self) -> None:
        self.model.set_summary(self._cid, self._new)

    def undo(self) -> None:
        self.model.set_summary(self._cid, self._old)


class SetPositionCommand(LibraryCommand):
    """Review a candidate against a position (None: the default rubric)."""

    def __init__(self, model: LibraryModel, candidate_id: int, position_id: int | None) -> None:
        super().__init__(model, QCoreApplication.translate("UndoStep", "Change position"))
        self._cid, self._new = candidate_id, position_id
        self._old = model.library.review(candidate_id).position_id

    def _write(self, value: int | None) -> None:
        self.model.set_candidate_position(self._cid, value)

    def redo(self) -> None:
        self._write(self._new)

    def undo(self) -> None:
        self._write(self._old)


class AddPositionCommand(LibraryCommand):
    """Create a position with its own rubric (a copy of another) and review the candidate against it."""

    def __init__(self, model: LibraryModel, candidate_id: int, name: str, copy_from: int) -> None:
        super().__init__(model, QCoreApplication.translate("UndoStep", "New position {name}").format(name=name))
        self._cid, self._name, self._copy_from = candidate_id, name, copy_from
        self._old_position = model.library.review(candidate_id).position_id
        self._rubric_id: int | None = None
        self._position_id: int | None = None

    def redo(self) -> None:
        model = self.model
        if self._rubric_id is None:
            self._rubric_id = model.add_rubric(self._name, self._copy_from)
        self._position_id = model.add_position(self._name, self._rubric_id, self._position_id)
        model.set_candidate_position(self._cid, self._position_id)

    def undo(self) -> None:
        model = self.model
        assert self._position_id is not None and self._rubric_id is not None
        model.set_candidate_position(self._cid, self._old_position)
        # The rubric stays (unused), so a redo finds its areas, and ratings on them, under the same ids.
        model.delete_position(self._position_id, self._rubric_id)


class AddTagCommand(LibraryCommand):
    """Tag a candidate (creating the tag if new), optionally highlighting passages as its evidence."""

    def __init__(
        self,
        model: LibraryModel,
        candidate_id: int,
        name: str,
        kind: str = "strength",
        passages: Sequence[Passage] = (),
        color: int = 0,
    ) -> None:
        super().__init__(model, QCoreApplication.translate("UndoStep", "Tag {name}").format(name=shipped(name.strip())))
        self._cid, self._name, self._kind = candidate_id, name.strip(), kind
        self._passages, self._color = tuple(passages), color
        self._highlight_ids: list[int] = []
        existing = model.library.find_tag(self._name)
        self._created = existing is None
        self._old_evidence: tuple[int, ...] | None = None  # None: the candidate did not carry the tag
        if existing is not None:
            self._old_evidence = model.library.tag_assignments(existing.id).get(candidate_id)
        self.tag_id = 0

    def redo(self) -> None:
        model = self.model
        restoring = bool(self._highlight_ids)
        ids = [
            model.add_highlight(
                self._cid, passage, self._color, highlight_id=self._highlight_ids[index] if restoring else None
            )
            for index, passage in enumerate(self._passages)
        ]
        self._highlight_ids = ids
        if self._created and self.tag_id:
            # Re-create the tag under its first id: later commands on the stack refer to it.
            model.create_tag(self._name, self._kind, tag_id=self.tag_id)
        self.tag_id = model.add_candidate_tag(self._cid, self._name, self._kind, ids)

    def undo(self) -> None:
        model = self.model
        if self._old_evidence is None:
            model.remove_candidate_tag(self._cid, self.tag_id)
        else:
            model.set_tag_evidence(self._cid, self.tag_id, self._old_evidence)
        if self._created:
            model.delete_tag(self.tag_id)
        for highlight_id in self._highlight_ids:
            model.delete_highlight(self._cid, highlight_id)


class AttachSelectionCommand(LibraryCommand):
    """Highlight a passage and add it to the evidence of a rating or of a candidate's tag."""

    def __init__(
        self,
        model: LibraryModel,
        candidate_id: int,
        passage: Passage,
        color: int,
        *,
        area_id: int | None = None,
        tag_id: int | None = None,
    ) -> None:
        super().__init__(model, QCoreApplication.translate("UndoStep", "Attach evidence"))
        self._cid, self._passage, self._color = candidate_id, passage, color
        self._area, self._tag = area_id, tag_id
        self._highlight_id: int | None = None
        if area_id is not None:
            old = _rating(model, candidate_id, area_id)
            self._old = old.evidence if old else ()
        else:
            assert tag_id is not None
            self._old = model.library.tag_assignments(tag_id).get(candidate_id, ())

    def _set(self, evidence: Sequence[int]) -> None:
        if self._area is not None:
            self.model.set_rating_evidence(self._cid, self._area, evidence)
        elif self._tag is not None:
            self.model.set_tag_evidence(self._cid, self._tag, evidence)

    def redo(self) -> None:
        self._highlight_id = self.model.add_highlight(
            self._cid, self._passage, self._color, highlight_id=self._highlight_id
        )
        self._set((*self._old, self._highlight_id))

    def undo(self) -> None:
        self._set(self._old)
        if self._highlight_id is not None:
            self.model.delete_highlight(self._cid, self._highlight_id)


class RemoveTagCommand(LibraryCommand):
    """Take a tag off a candidate."""

    def __init__(self, model: LibraryModel, candidate_id: int, tag: TagRecord) -> None:
        super().__init__(model, QCoreApplication.translate("UndoStep", "Remove tag {name}").format(name=shipped(tag.name)))
        self._cid, self._tag = candidate_id, tag
        self._evidence = model.library.tag_assignments(tag.id).get(candidate_id, ())

    def redo(self) -> None:
        self.model.remove_candidate_tag(self._cid, self._tag.id)

    def undo(self) -> None:
        self.model.set_tag_assignments(
            self._tag.id, {**self.model.library.tag_assignments(self._tag.id), self._cid: self._evidence}
        )


class SetTagEvidenceCommand(LibraryCommand):
    """Replace the highlights that back a candidate's tag."""

    def __init__(self, model: LibraryModel, candidate_id: int, tag_id: int, highlight_ids: Sequence[int]) -> None:
        super().__init__(model, QCoreApplication.translate("UndoStep", "Tag evidence"))
        self._cid, self._tag, self._new = candidate_id, tag_id, tuple(highlight_ids)
        self._old = model.library.tag_assignments(tag_id).get(candidate_id, ())

    def redo(self) -> None:
        self.model.set_tag_evidence(self._cid, self._tag, self._new)

    def undo(self) -> None:
        self.model.set_tag_evidence(self._cid, self._tag, self._old)


class EditTagCommand(LibraryCommand):
    """Rename, recolour or change the kind of a tag, library-wide."""

    def __init__(
        self, model: LibraryModel, tag: TagRecord, *, name: str | None = None, color: str | None = None,
        kind: str | None = None,
    ) -> None:
        super().__init__(model, QCoreApplication.translate("UndoStep", "Edit tag {name}").format(name=shipped(tag.name)))
        self._old = tag
        self._new = TagRecord(tag.id, name.strip() if name else tag.name, kind or tag.kind, color or tag.color)

    def redo(self) -> None:
        self.model.edit_tag(self._new)

    def undo(self) -> None:
        self.model.edit_tag(self._old)


class MergeTagsCommand(LibraryCommand):
    """Fold one tag into another, library-wide."""

    def __init__(self, model: LibraryModel, source: TagRecord, target: TagRecord) -> None:
        text = QCoreApplication.translate("UndoStep", "Merge {source} into {target}")
        super().__init__(model, text.format(source=shipped(source.name), target=shipped(target.name)))
        self._source, self._target = source, target
        self._source_assignments = model.library.tag_assignments(source.id)
        self._target_assignments = model.library.tag_assignments(target.id)

    def redo(self) -> None:
        self.model.merge_tags(self._source.id, self._target.id)

    def undo(self) -> None:
        model, source = self.model, self._source
        model.create_tag(source.name, source.kind, source.color, tag_id=source.id)
        model.set_tag_assignments(source.id, self._source_assignments)
        model.set_tag_assignments(self._target.id, self._target_assignments)


class AddAreaCommand(LibraryCommand):
    """Append an area to a rubric."""

    def __init__(self, model: LibraryModel, rubric_id: int, label: str) -> None:
        super().__init__(model, QCoreApplication.translate("UndoStep", "Add area {label}").format(label=label))
        self._rubric, self._label = rubric_id, label
        self.area_id: int | None = None

    def redo(self) -> None:
        self.area_id = self.model.add_area(self._rubric, self._label, area_id=self.area_id)

    def undo(self) -> None:
        assert self.area_id is not None
        self.model.delete_area(self._rubric, self.area_id)


class EditAreaCommand(LibraryCommand):
    """Rename, reweight or redescribe an area (its ratings are kept)."""

    def __init__(
        self, model: LibraryModel, rubric_id: int, area_id: int, *, label: str | None = None,
        weight: float | None = None, description: str | None = None, levels: Sequence[str] | None = None,
    ) -> None:
        super().__init__(model, QCoreApplication.translate("UndoStep", "Edit rubric area"))
        area = next(a for a in model.library.rubric(rubric_id).areas if a.id == area_id)
        self._rubric, self._area = rubric_id, area_id
        self._new = {"label": label, "weight": weight, "description": description, "levels": levels}
        self._old = {
            "label": area.label if label is not None else None,
            "weight": area.weight if weight is not None else None,
            "description": area.description if description is not None else None,
            "levels": area.levels if levels is not None else None,
        }

    def _write(self, values: dict[str, Any]) -> None:
        self.model.update_area(self._rubric, self._area, **values)

    def redo(self) -> None:
        self._write(self._new)

    def undo(self) -> None:
        self._write(self._old)


class MoveAreaCommand(LibraryCommand):
    """Move an area within its rubric."""

    def __init__(self, model: LibraryModel, rubric_id: int, area_id: int, index: int) -> None:
        super().__init__(model, QCoreApplication.translate("UndoStep", "Reorder rubric"))
        areas = model.library.rubric(rubric_id).areas
        self._rubric, self._area, self._new = rubric_id, area_id, index
        self._old = next(i for i, a in enumerate(areas) if a.id == area_id)

    def redo(self) -> None:
        self.model.move_area(self._rubric, self._area, self._new)

    def undo(self) -> None:
        self.model.move_area(self._rubric, self._area, self._old)


class ArchiveAreaCommand(LibraryCommand):
    """Remove an area from rating (its past ratings stay readable) or restore it."""

    def __init__(self, model: LibraryModel, rubric_id: int, area_id: int, archived: bool) -> None:
        if archived:
            super().__init__(model, QCoreApplication.translate("UndoStep", "Remove rubric area"))
        else:
            super().__init__(model, QCoreApplication.translate("UndoStep", "Restore rubric area"))
        self._rubric, self._area, self._archived = rubric_id, area_id, archived

    def _write(self, archived: bool) -> None:
        self.model.archive_area(self._rubric, self._area, archived)

    def redo(self) -> None:
        self._write(self._archived)

    def undo(self) -> None:
        self._write(not self._archived)

