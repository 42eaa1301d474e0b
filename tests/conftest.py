"""Shared fixtures: a fresh library per test, and profiles made inline."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from storage.library import Library  # noqa: E402


@pytest.fixture
def library_path(tmp_path: Path) -> Path:
    """Where a test's library file goes."""
    return tmp_path / "test.shortlist"


@pytest.fixture
def library(library_path: Path) -> Library:
    """A new, empty library."""
    lib = Library(library_path)
    yield lib
    lib.close()


def make_profile(name: str | None = "张伟", **sections: Any) -> dict[str, Any]:
    """A small JSON Resume profile."""
    profile: dict[str, Any] = {"basics": {"name": name} if name else {}}
    profile.update(sections)
    return profile


def add_candidate(library: Library, text: str, profile: dict[str, Any], file_name: str = "cv.pdf") -> int:
    """Store a candidate whose document bytes are *text* (unique text, unique candidate)."""
    candidate_id, _ = library.add_candidate(
        file_name=file_name,
        media_type="text/plain",
        render_type="txt",
        data=text.encode(),
        page_count=1,
        text=text,
        profile=profile,
    )
    return candidate_id
