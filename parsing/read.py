"""A résumé file to what the library keeps of it: the document read and parsed, or a DocumentError."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from parsing.document import ScannedPage
from parsing.errors import one_error_boundary
from parsing.load import load_document
from parsing.parse import parse
from parsing.scanning import Scanning


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
    scanned_pages: tuple[ScannedPage, ...] = ()  # what OCR read, for a scan


def read_resume(path: Path, scanning: Scanning | None = None) -> ReadResume:
    """Load and parse *path* (a scan read as *scanning* says); every failure, expected or not, is raised as a DocumentError."""
    with one_error_boundary():
        document = load_document(path, scanning)
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
        document.scanned_pages,
    )
