"""Undo commands for profile edits: each is a compensating read-modify-write of one candidate's profile.

Commands hold the candidate id, a JSON path and value snapshots, so undo works whichever
candidate is on screen: the write goes to storage and the editor refreshes only if it shows
that candidate (through ProfileWriter.profile_saved).

Signals (ProfileWriter):
    profile_saved(int, object): a candidate's profile was written; the new profile dict.
    save_failed(str): a write did not reach the library (disk full, file locked); the reason.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand

from storage.library import Library, LibraryError
from storage.profile_paths import Path, get_path, section_list, set_path

FIELD_EDIT_ID = 4001


class ProfileWriter(QObject):
    """Reads, changes and saves one candidate's profile, then says so."""

    profile_saved = Signal(int, object)
    save_failed = Signal(str)

    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library

    def apply(self, candidate_id: int, change: Callable[[dict[str, Any]], None]) -> bool:
        """Apply *change* to the stored profile and save it at once; False when it could not be saved."""
        profile = copy.deepcopy(self.library.profile(candidate_id))
        change(profile)
        try:
            self.library.save_profile(candidate_id, profile)
        except LibraryError as error:
            self.save_failed.emit(str(error))
            return False
        self.profile_saved.emit(candidate_id, profile)
        return True


class ProfileCommand(QUndoCommand):
    """A change to one candidate's profile, as a forward and a backward edit of the stored dict.

    A redo or undo that cannot be saved marks the command obsolete, so the stack drops it
    (as ui.library_command does for the other commands).
    """

    def __init__(self, writer: ProfileWriter, candidate_id: int, text: str) -> None:
        super().__init__(text)
        self._writer = writer
        self.candidate_id = candidate_id

    def forward(self, profile: dict[str, Any]) -> None:
        """Make the change in *profile*."""
        raise NotImplementedError

    def backward(self, profile: dict[str, Any]) -> None:
        """Take the change back in *profile*."""
        raise NotImplementedError

    def redo(self) -> None:
        if not self._writer.apply(self.candidate_id, self.forward):
            self.setObsolete(True)

    def undo(self) -> None:
        if not self._writer.apply(self.candidate_id, self.backward):
            self.setObsolete(True)


class FieldEditCommand(ProfileCommand):
    """Set one field; consecutive edits of the same field in one typing burst merge."""

    def __init__(
        self, writer: ProfileWriter, candidate_id: int, path: Path, old: Any, new: Any, text: str, burst: int = 0
    ) -> None:
        super().__init__(writer, candidate_id, text)
        self.path = path
        self._old = copy.deepcopy(old)
        self._new = copy.deepcopy(new)
        self._burst = burst

    def id(self) -> int:
        return FIELD_EDIT_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt API
        if not isinstance(other, FieldEditCommand) or other.isObsolete() or not self._burst:
            return False
        if (other.candidate_id, other.path, other._burst) != (self.candidate_id, self.path, self._burst):
            return False
        self._new = other._new
        self.setObsolete(self._new == self._old)
        return True

    def forward(self, profile: dict[str, Any]) -> None:
        set_path(profile, self.path, self._new)

    def backward(self, profile: dict[str, Any]) -> None:
        set_path(profile, self.path, self._old)


class InsertEntryCommand(ProfileCommand):
    """Insert an entry into a section (a new one, or one made from a document selection)."""

    def __init__(
        self, writer: ProfileWriter, candidate_id: int, section: Path, index: int, entry: dict[str, Any], text: str
    ) -> None:
        super().__init__(writer, candidate_id, text)
        self.section = section
        self.index = index
        self._entry = copy.deepcopy(entry)

    def forward(self, profile: dict[str, Any]) -> None:
        section_list(profile, self.section).insert(self.index, copy.deepcopy(self._entry))

    def backward(self, profile: dict[str, Any]) -> None:
        section_list(profile, self.section).pop(self.index)


class RemoveEntryCommand(InsertEntryCommand):
    """Remove an entry; undo puts the same entry back in its place."""

    def __init__(self, writer: ProfileWriter, candidate_id: int, section: Path, index: int, text: str) -> None:
        entry = section_list(copy.deepcopy(writer.library.profile(candidate_id)), section)[index]
        super().__init__(writer, candidate_id, section, index, entry, text)

    def forward(self, profile: dict[str, Any]) -> None:
        super().backward(profile)

    def backward(self, profile: dict[str, Any]) -> None:
        super().forward(profile)


class MoveEntryCommand(ProfileCommand):
    """Move an entry within its section."""

    def __init__(
        self, writer: ProfileWriter, candidate_id: int, section: Path, source: int, target: int, text: str
    ) -> None:
        super().__init__(writer, candidate_id, text)
        self.section = section
        self.source = source
        self.target = target

    def forward(self, profile: dict[str, Any]) -> None:
        entries = section_list(profile, self.section)
        entries.insert(self.target, entries.pop(self.source))

    def backward(self, profile: dict[str, Any]) -> None:
        entries = section_list(profile, self.section)
        entries.insert(self.source, entries.pop(self.target))
