"""Lay out text lines into a Document the way the loader would, for parser tests without files."""

from __future__ import annotations

from dataclasses import dataclass

from parsing.document import Document, Line, Page, Span

A4 = (595.0, 842.0)
LEFT = 60.0
RIGHT = 535.0
TOP = 50.0
BOTTOM_MARGIN = 40.0


@dataclass(frozen=True)
class L:
    """One printed line: its text, style and an optional right-aligned cell (a date)."""

    text: str
    size: float = 10.0
    bold: bool = False
    x: float = LEFT
    right: str | None = None
    bold_prefix: str | None = None  # the leading part set in bold ("**Company** Title")
    left: str | None = None  # a bold heading in a left column on this line's baseline (text starts at x)
    bold_parts: tuple[str, ...] = ()  # substrings set in bold anywhere in the text ("… CUDA **Frameworks:** …")


def _width(text: str, size: float) -> float:
    return sum(size if "\u3400" <= c <= "\u9fff" else size * 0.5 for c in text)


def _line(spec: L, page: int, y: float) -> Line:
    height = spec.size * 1.2
    spans: list[Span] = []
    if spec.left:
        spans.append(Span(spec.left, (LEFT, y, LEFT + _width(spec.left, spec.size), y + height), spec.size, True))
    x = spec.x
    parts = [(spec.text, spec.bold)]
    if spec.bold_prefix and spec.text.startswith(spec.bold_prefix):
        parts = [(spec.bold_prefix, True), (spec.text[len(spec.bold_prefix) :], spec.bold)]
    for bold_part in spec.bold_parts:
        parts = [
            piece
            for text, bold in parts
            for index, chunk in enumerate(text.split(bold_part))
            for piece in ([(bold_part, True)] if index else []) + [(chunk, bold)]
        ]
    for text, bold in parts:
        if text:
            w = _width(text, spec.size)
            spans.append(Span(text, (x, y, x + w, y + height), spec.size, bold))
            x += w
    text = f"{spec.left}\t{spec.text}" if spec.left else spec.text
    if spec.right:
        w = _width(spec.right, spec.size)
        spans.append(Span(spec.right, (RIGHT - w, y, RIGHT, y + height), spec.size, False))
        text = f"{text}\t{spec.right}"
    x0 = spans[0].bbox[0] if spans else spec.x
    x1 = max(s.bbox[2] for s in spans) if spans else spec.x
    bold = sum(len(s.text) for s in spans if s.bold) * 2 > sum(len(s.text) for s in spans)
    return Line(text, page, (x0, y, x1, y + height), spec.size, bold, tuple(spans))


def make_document(*lines: str | L, size: tuple[float, float] = A4, name: str = "cv.pdf") -> Document:
    """A Document whose pages hold *lines* top to bottom (a str is a plain 10 pt line)."""
    width, height = size
    pages: list[Page] = []
    current: list[Line] = []
    y = TOP
    for item in lines:
        spec = L(item) if isinstance(item, str) else item
        step = spec.size * 1.5
        if y + step > height - BOTTOM_MARGIN and current:
            pages.append(Page(len(pages), width, height, tuple(current)))
            current, y = [], TOP
        current.append(_line(spec, len(pages), y))
        y += step
    pages.append(Page(len(pages), width, height, tuple(current)))
    return Document(name, "application/pdf", b"", tuple(pages))
