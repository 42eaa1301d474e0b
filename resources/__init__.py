"""Data the app ships (vocabularies, rubrics, styles, samples), read through one small loader."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def path(relpath: str) -> Path:
    """Return the filesystem path of a file inside the resources package."""
    return Path(str(files(__name__).joinpath(relpath)))


def read_text(relpath: str) -> str:
    """Return a resource file's text (UTF-8)."""
    return path(relpath).read_text(encoding="utf-8")
