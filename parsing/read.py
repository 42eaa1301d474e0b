"""A résumé file to what the library keeps of it: the document read and parsed, or a DocumentError."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from parsing.errors import one_error_boundary
from parsing.load import load_document
from parsing.parse import parse


@dataclass(frozen=True)
class ReadResume:
    """A document and its parsed profile, as plain values (it travels back from a worker process)."""

    file_name: str
    media_type: str
    render_type: str
    data: bytes
    display_pdf: bytes | None
    page_count: int
    text: str
    profile: dict[str, Any]  # JSON Resume


def read_resume(path: Path) -> ReadResume:
    """Load and parse *path*; every failure, expected or not, is raised as a DocumentError."""
    with one_error_boundary():
        document = load_document(path)
        profile = parse(document).to_json_resume()
    return ReadResume(
        document.file_name,
        document.media_type,
        document.render_type,
        document.data,
        document.display_pdf,
        document.page_count,
        document.text,
        profile,
    )
