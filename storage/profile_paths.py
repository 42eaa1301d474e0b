"""Addressing one value inside a profile dict by its path, e.g. ("education", 0, "institution")."""

from __future__ import annotations

import copy
from typing import Any

Path = tuple[str | int, ...]  # e.g. ("education", 0, "institution") or ("basics", "location", "city")


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
