"""The loaded document: pages of text lines in reading order, each with its rectangle and font facts.

Every loader (PDF, DOCX, TXT, Markdown) produces this one shape, so the parser never knows which
format it reads.  Coordinates are PDF points on the page (origin top-left, y down) of the PDF the
reviewer sees: the original for a PDF, the rendition (`Document.display_pdf`) for the other formats.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

Rect = tuple[float, float, float, float]


@dataclass(frozen=True, slots=True)
class Span:
    """A run of text in one font inside a line (a bold author name, a right-aligned date cell)."""

    text: str
    bbox: Rect
    size: float
    bold: bool


@dataclass(frozen=True, slots=True)
class Line:
    """One visual line of text, already cleaned (NFKC, look-alikes, residue removed)."""

    text: str
    page: int  # 0-based
    bbox: Rect
    size: float  # the largest font size on the line, in points
    bold: bool  # most of the line's characters are bold
    spans: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class Page:
    """A page and its lines in reading order (running headers and footers removed)."""

    number: int  # 0-based
    width: float
    height: float
    lines: tuple[Line, ...]


@dataclass(frozen=True, slots=True)
class OcrLine:
    """A line of text OCR read on a scanned page, with its box in PDF points and the reader's confidence."""

    text: str
    bbox: Rect
    score: float
    bold: bool = False


@dataclass(frozen=True, slots=True)
class ScannedPage:
    """What OCR read on one scanned page (kept by the library, so a scan is never read twice)."""

    width: float  # points, as the page is shown
    height: float
    lines: tuple[OcrLine, ...]
    turn: float = 0.0  # degrees (anticlockwise) the page image was turned back by to read its lines level


@dataclass(frozen=True)
class Document:
    """A résumé file as the parser sees it, with the bytes the app keeps."""

    file_name: str
    media_type: str  # e.g. application/pdf
    data: bytes  # the original file's bytes, unchanged
    pages: tuple[Page, ...]
    display_pdf: bytes | None = None  # the PDF shown for non-PDF formats; None: `data` is the PDF
    dropped_lines: tuple[Line, ...] = field(default=(), repr=False)  # headers/footers removed
    scanned_pages: tuple[ScannedPage, ...] = field(default=(), repr=False)  # what OCR read, for a scan

    @property
    def render_type(self) -> str:
        """The format of the bytes shown to the reviewer (always a PDF, original or rendition)."""
        return "pdf"

    @property
    def page_count(self) -> int:
        """How many pages the reviewer sees."""
        return len(self.pages)

    def lines(self) -> Iterator[Line]:
        """Every line of every page in reading order."""
        for page in self.pages:
            yield from page.lines

    @property
    def text(self) -> str:
        """The whole text in reading order, one line per line (what search indexes)."""
        return "\n".join(line.text for line in self.lines())
