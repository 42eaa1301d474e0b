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

from ui.library_command import LibraryCommand
from ui.library_model import LibraryModel

Path = tuple[str | int, ...]  # e.g. ("education", 0, "institution") or ("basics", "location", "city")
FIELD_EDIT_ID = 4001


def get_path(profile: dict[str, Any], path: Path) -> Any:
    """The value at *path*, or None when any step is missing."""
    node: Any = profile
    for step in path:
        if isinstance(step, int):
            if not isinstance(node, list) or not 0 <= step < len(node):
                return None
            node = node[step]
        else:
            if not isinstance(node, dict):
                return None
            node = node.get(step)
    return node


def set_path(profile: dict[str, Any], path: Path, value: Any) -> None:
    """Set the value at *path*, creating missing dicts; None or empty removes the key.

    Removing also drops the dicts that held only that key (below the top level), so that
    undoing an edit that created them leaves the profile as it was.
    """
    nodes: list[Any] = [profile]
    for step in path[:-1]:
        node = nodes[-1]
        if isinstance(step, int):
            nodes.append(node[step])
        else:
            if node.get(step) is None:
                node[step] = {}
            nodes.append(node[step])
    if value is not None and value != "" and value != []:
        nodes[-1][path[-1]] = copy.deepcopy(value)
        return
    nodes[-1].pop(path[-1], None)
    for depth in range(len(path) - 2, 0, -1):
        if nodes[depth + 1] != {} or isinstance(path[depth], int):
            break
        nodes[depth].pop(path[depth])


def section_list(profile: dict[str, Any], section: Path) -> list[Any]:
    """The list of entries at *section* (e.g. ("work",) or ("basics", "profiles")), created when missing."""
    node: Any = profile
    for step in section[:-1]:
        if node.get(step) is None:
            node[step] = {}
        node = node[step]
    entries = node.get(section[-1])
    if not isinstance(entries, list):
        entries = []
        node[section[-1]] = entries
    return entries


class ProfileCommand(LibraryCommand):
    """A change to one candidate's profile, as a forward and a backward edit of the stored dict."""

    def __init__(self, model: LibraryModel, candidate_id: int, text: str) -> None:
        super().__init__(model, text)
        self.candidate_id = candidate_id

    def forward(self, profile: dict[str, Any]) -> None:
        """Make the change in *profile*."""
        raise NotImplementedError

    def backward(self, profile: dict[str, Any]) -> None:
        """Take the change back in *profile*."""
        raise NotImplementedError

    def _apply(self, change: Callable[[dict[str, Any]], None]) -> None:
        profile = copy.deepcopy(self.model.library.profile(self.candidate_id))
        change(profile)
        self.model.save_profile(self.candidate_id, profile)

    def redo(self) -> None:
        self._apply(self.forward)

    def undo(self) -> None:
        self._apply(self.backward)


class FieldEditCommand(ProfileCommand):
    """Set one field; consecutive edits of the same field in one typing burst merge."""

    def __init__(
        self, model: LibraryModel, candidate_id: int, path: Path, old: Any, new: Any, text: str, burst: int = 0
    ) -> None:
        super().__init__(model, candidate_id, text)
        self.path = path
        self._old = copy.deepcopy(old)
        self._new = copy.deepcopy(new)
        self._burst = burst

    def id(self) -> int:
        return FIELD_EDIT_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, FieldEditCommand) or not self._burst:
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
        self, model: LibraryModel, candidate_id: int, section: Path, index: int, entry: dict[str, Any], text: str
    ) -> None:
        super().__init__(model, candidate_id, text)
        self.section = section
        self.index = index
        self._entry = copy.deepcopy(entry)

    def forward(self, profile: dict[str, Any]) -> None:
        section_list(profile, self.section).insert(self.index, copy.deepcopy(self._entry))

    def backward(self, profile: dict[str, Any]) -> None:
        section_list(profile, self.section).pop(self.index)


class RemoveEntryCommand(InsertEntryCommand):
    """Remove an entry; undo puts the same entry back in its place."""

    def __init__(self, model: LibraryModel, candidate_id: int, section: Path, index: int, text: str) -> None:
        entry = section_list(copy.deepcopy(model.library.profile(candidate_id)), section)[index]
        super().__init__(model, candidate_id, section, index, entry, text)

    def forward(self, profile: dict[str, Any]) -> None:
        super().backward(profile)

    def backward(self, profile: dict[str, Any]) -> None:
        super().forward(profile)


class MoveEntryCommand(ProfileCommand):
    """Move an entry within its section."""

    def __init__(
        self, model: LibraryModel, candidate_id: int, section: Path, source: int, target: int, text: str
    ) -> None:
        super().__init__(model, candidate_id, text)
        self.section = section
        self.source = source
        self.target = target

    def forward(self, profile: dict[str, Any]) -> None:
        entries = section_list(profile, self.section)
        entries.insert(self.target, entries.pop(self.source))

    def backward(self, profile: dict[str, Any]) -> None:
        entries = section_list(profile, self.section)
        entries.insert(self.source, entries.pop(self.target))
