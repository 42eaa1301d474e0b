"""Undo commands for profile edits: each is a compensating read-modify-write of one candidate's profile.

Commands hold the candidate id, a JSON path and value snapshots, so undo works whichever
candidate is on screen: the write goes through the LibraryModel, and the editor refreshes (on
its profile_changed) only if it shows that candidate.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from storage.profile_paths import Path, get_path, section_list
from ui.library_command import LibraryCommand
from ui.library_model import LibraryModel

FIELD_EDIT_ID = 4001


class ProfileCommand(LibraryCommand):
    """A change to one part (*path*: a field, or a section's entries) of the profile of one of a person's documents.

    Only that part is written, compared with what it held when read: another program's change
    to it in between is refused (ProfileConflictError, reported through write_failed), others kept.
    """

    def __init__(self, model: LibraryModel, candidate_id: int, path: Path, text: str, document_id: int | None = None) -> None:
        super().__init__(model, text)
        self.candidate_id = candidate_id
        self.path = path
        self.document_id = document_id  # None: the person's newest document

    def forward(self, profile: dict[str, Any]) -> None:
        """Make the change in *profile*."""
        raise NotImplementedError

    def backward(self, profile: dict[str, Any]) -> None:
        """Take the change back in *profile*."""
        raise NotImplementedError

    def _apply(self, change: Callable[[dict[str, Any]], None]) -> None:
        profile = copy.deepcopy(self.model.library.profile(self.candidate_id, self.document_id))
        before = copy.deepcopy(get_path(profile, self.path))
        change(profile)
        self.model.update_profile(self.candidate_id, self.path, get_path(profile, self.path), before, self.document_id)

    def redo(self) -> None:
        self._apply(self.forward)

    def undo(self) -> None:
        self._apply(self.backward)


class FieldEditCommand(ProfileCommand):
    """Set one field; consecutive edits of the same field in one typing burst merge."""

    def __init__(
        self, model: LibraryModel, candidate_id: int, path: Path, old: Any, new: Any, text: str, burst: int = 0,
        document_id: int | None = None,
    ) -> None:
        super().__init__(model, candidate_id, path, text, document_id)
        self._old = copy.deepcopy(old)
        self._new = copy.deepcopy(new)
        self._burst = burst

    def id(self) -> int:
        return FIELD_EDIT_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, FieldEditCommand) or not self._burst:
            return False
        if (other.candidate_id, other.document_id, other.path, other._burst) != (
            self.candidate_id, self.document_id, self.path, self._burst
        ):
            return False
        self._new = other._new
        self.setObsolete(self._new == self._old)
        return True

    def redo(self) -> None:  # expects the field as the editor showed it, not as read just now
        self.model.update_profile(self.candidate_id, self.path, self._new, self._old, self.document_id)

    def undo(self) -> None:
        self.model.update_profile(self.candidate_id, self.path, self._old, self._new, self.document_id)


class InsertEntryCommand(ProfileCommand):
    """Insert an entry into a section (a new one, or one made from a document selection)."""

    def __init__(
        self, model: LibraryModel, candidate_id: int, section: Path, index: int, entry: dict[str, Any], text: str,
        document_id: int | None = None,
    ) -> None:
        super().__init__(model, candidate_id, section, text, document_id)
        self.section = section
        self.index = index
        self._entry = copy.deepcopy(entry)

    def forward(self, profile: dict[str, Any]) -> None:
        section_list(profile, self.section).insert(self.index, copy.deepcopy(self._entry))

    def backward(self, profile: dict[str, Any]) -> None:
        section_list(profile, self.section).pop(self.index)


class RemoveEntryCommand(InsertEntryCommand):
    """Remove an entry; undo puts the same entry back in its place."""

    def __init__(
        self, model: LibraryModel, candidate_id: int, section: Path, index: int, text: str, document_id: int | None = None
    ) -> None:
        entry = section_list(copy.deepcopy(model.library.profile(candidate_id, document_id)), section)[index]
        super().__init__(model, candidate_id, section, index, entry, text, document_id)

    def forward(self, profile: dict[str, Any]) -> None:
        super().backward(profile)

    def backward(self, profile: dict[str, Any]) -> None:
        super().forward(profile)


class MoveEntryCommand(ProfileCommand):
    """Move an entry within its section."""

    def __init__(
        self, model: LibraryModel, candidate_id: int, section: Path, source: int, target: int, text: str,
        document_id: int | None = None,
    ) -> None:
        super().__init__(model, candidate_id, section, text, document_id)
        self.section = section
        self.source = source
        self.target = target

    def forward(self, profile: dict[str, Any]) -> None:
        entries = section_list(profile, self.section)
        entries.insert(self.target, entries.pop(self.source))

    def backward(self, profile: dict[str, Any]) -> None:
        entries = section_list(profile, self.section)
        entries.insert(self.source, entries.pop(self.target))
