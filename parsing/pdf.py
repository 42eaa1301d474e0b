"""The PDF line reader: opens a PDF (typed errors for bad files) and reads its pages into Lines."""

from __future__ import annotations

import io
import logging
import re
from typing import Any

import pymupdf

from parsing.cjk import IDEOGRAPHS
from parsing.document import Line, Page, Rect, Span
from parsing.errors import CorruptDocument, DocumentTooLarge, EmptyDocument, EncryptedDocument, NoTextLayer, ScannedWithoutText
from parsing.layout import Fragment, drop_running_lines, page_lines
from parsing.normalize import clean_text

MAX_PAGES = 200
_BOLD_MARKS = re.compile(r"(\*\*+)")
_SPAN_BOLD = 16  # span["flags"]: the font is bold
_CHAR_BOLD = 8  # span["char_flags"]: drawn bold, by font or by fake-bold stroking
# Ligatures are expanded by MuPDF itself; images are not extracted (we only need text).
_TEXT_FLAGS = pymupdf.TEXT_PRESERVE_WHITESPACE | pymupdf.TEXT_MEDIABOX_CLIP
# pypdf's strict reader fails with these words when a file lacks the structure every PDF ends with.
_STRUCTURE_WORDS = ("eof", "startxref", "trailer", "xref")
_OUTLINED_TEXT = 50  # more vector paths than this on text-less pages: letters converted to outlines

# MuPDF prints repair warnings on stderr; bad files are reported through our typed errors instead.
pymupdf.TOOLS.mupdf_display_errors(False)
pymupdf.TOOLS.mupdf_display_warnings(False)


def open_pdf(data: bytes) -> pymupdf.Document:
    """Open PDF bytes, or raise the DocumentError that says why they cannot be read."""
    try:
        pdf = pymupdf.open(stream=data, filetype="pdf")
    except (pymupdf.FileDataError, pymupdf.EmptyFileError, RuntimeError, ValueError) as error:
        raise CorruptDocument("The PDF is damaged and cannot be opened.") from error
    if pdf.needs_pass:
        raise EncryptedDocument("The PDF is password-protected; save a copy without the password and import that.")
    if pdf.is_repaired and _structure_missing(data):
        raise CorruptDocument("The PDF is incomplete or damaged (its end is missing); ask for a new copy.")
    if pdf.page_count == 0:
        raise EmptyDocument("The PDF has no pages.")
    if pdf.page_count > MAX_PAGES:
        raise DocumentTooLarge(f"The document has {pdf.page_count} pages; résumés of up to {MAX_PAGES} pages are read.")
    return pdf


def _structure_missing(data: bytes) -> bool:
    """Whether pypdf's strict reader finds the cross-reference table, trailer or end marker missing.

    MuPDF silently rebuilds a truncated file (and then shows fewer pages or none); pypdf, strict,
    tells a cut-off file from one with merely sloppy offsets, which MuPDF's repair reads fine.
    """
    import pypdf  # only repaired files get here: keep its ~60 ms import off every parse

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its repair warnings are not for the user's terminal

    try:
        pypdf.PdfReader(io.BytesIO(data), strict=True)
    except pypdf.errors.PdfReadError as error:
        return any(word in str(error).lower() for word in _STRUCTURE_WORDS)
    except (ValueError, KeyError, TypeError, IndexError, AttributeError, RecursionError):
        return True  # pypdf trips over a file MuPDF had to rebuild: damaged
    return False


def read_pages(pdf: pymupdf.Document, bold_ink: int | None = None) -> tuple[list[Page], list[Line]]:
    """The pages' Lines in reading order without running headers/footers; and the lines dropped.

    *bold_ink* is the text colour that marks bold in our own renditions, whose CJK fallback font
    has no bold face.  Raises NoTextLayer when no page has text.
    """
    # Pages by number: PyMuPDF's Document is iterable at run time but not in its type annotations.
    pdf_pages = [pdf[number] for number in range(pdf.page_count)]
    pages = []
    for number, page in enumerate(pdf_pages):
        rect = page.rect
        try:
            fragments = _fragments(page, rect, bold_ink)
        except RuntimeError as error:  # MuPDF fails on a page whose content it cannot decode
            raise CorruptDocument(f"The PDF is damaged: page {number + 1} cannot be read.") from error
        pages.append(Page(number, rect.width, rect.height, tuple(page_lines(fragments, number, rect.width))))
    if not any(page.lines for page in pages):
        if pdf.is_repaired:
            raise CorruptDocument("The PDF is damaged: no page could be read.")
        if any(page.get_text().strip() for page in pdf_pages):  # only U+FFFD or private-use glyphs
            raise NoTextLayer("The PDF's text cannot be read: its fonts do not say which letters they draw.")
        if any(page.get_images() for page in pdf_pages):
            raise ScannedWithoutText("The PDF is a scan: its pages are images without a text layer.")
        if sum(len(page.get_drawings()) for page in pdf_pages) > _OUTLINED_TEXT:
            raise NoTextLayer("The PDF has no text layer: its letters are drawn as shapes.")
        raise EmptyDocument("The PDF's pages are blank.")
    return drop_running_lines(pages)


def _fragments(page: pymupdf.Page, rect: pymupdf.Rect, bold_ink: int | None) -> list[Fragment]:
    """Every text line of the page with cleaned spans, in the coordinates of the page as displayed."""
    width, height = rect.width, rect.height
    # Text comes in unrotated page space; the reviewer sees the page rotated by /Rotate.
    rotation = page.rotation_matrix if page.rotation else None

    def place(box: tuple[float, float, float, float]) -> Rect:
        if rotation is not None:
            box = tuple(pymupdf.Rect(box) * rotation)
        x0, y0, x1, y1 = box
        if 0.0 <= x0 and 0.0 <= y0 and x1 <= width and y1 <= height:
            return box
        return (
            min(max(x0, 0.0), width),
            min(max(y0, 0.0), height),
            min(max(x1, 0.0), width),
            min(max(y1, 0.0), height),
        )

    fragments = []
    order = 0
    blocks = page.get_text("dict", flags=_TEXT_FLAGS)["blocks"]
    gapped = _gapped_spans(page, blocks)
    for block_number, block in enumerate(blocks):
        for line_number, raw in enumerate(block.get("lines", ())):
            spans: list[Span] = []
            main = None
            marked = False
            raw_spans = raw["spans"] if not gapped else [
                piece
                for span_number, raw_span in enumerate(raw["spans"])
                for piece in gapped.get((block_number, line_number, span_number), [raw_span])
            ]
            for raw_span in raw_spans:
                bold = (
                    raw_span["flags"] & _SPAN_BOLD
                    or raw_span.get("char_flags", 0) & _CHAR_BOLD
                    or raw_span["color"] == bold_ink
                )
                whole = clean_text(raw_span["text"])
                pieces, marked = _bold_residue(raw_span["text"], raw_span["bbox"], marked)
                for piece, box, in_marks in pieces:
                    text = whole if len(pieces) == 1 and piece == raw_span["text"] else clean_text(piece)
                    if text:
                        spans.append(Span(text, place(box), raw_span["size"], bool(bold) or in_marks))
                if whole.strip() and (main is None or raw_span["size"] > main["size"]):
                    main = raw_span
            if main is None:
                continue
            inked = [s.bbox for s in spans if s.text.strip()]
            box = (
                min(b[0] for b in inked),
                min(b[1] for b in inked),
                max(b[2] for b in inked),
                max(b[3] for b in inked),
            )
            baseline = main["origin"][1] if rotation is None else (pymupdf.Point(main["origin"]) * rotation).y
            fragments.append(Fragment(spans, box, baseline, main["size"], block_number, order))
            order += 1
    return fragments


def _bold_residue(text: str, box: Rect, marked: bool) -> tuple[list[tuple[str, Rect, bool]], bool]:
    """Pieces of a span with whether literal Markdown marks printed in the PDF ("**Xu M**") embolden them,
    and whether a mark is still open at its end; each piece gets its share of the span's width."""
    if "**" not in text:
        return [(text, box, marked)], marked
    x0, y0, x1, y1 = box
    step = (x1 - x0) / len(text)
    pieces: list[tuple[str, Rect, bool]] = []
    at = 0
    for part in _BOLD_MARKS.split(text):
        if part.startswith("**"):
            marked = not marked
        elif part:
            pieces.append((part, (x0 + at * step, y0, x0 + (at + len(part)) * step, y1), marked))
        at += len(part)
    return pieces, marked


_CJK_RUN = re.compile(rf"[\u3000-\u303f\uff00-\uffef{IDEOGRAPHS}]+")


def _gapped_spans(page: pymupdf.Page, blocks: list[dict[str, Any]]) -> dict[tuple[int, int, int], list[dict[str, Any]]]:
    """Chinese spans that hold a gap MuPDF closed up (XeLaTeX's glue between fields), cut at the gap.

    Only pages with a Chinese span wider than its characters pay for the character positions.
    """
    wide = {
        (b, ln, s)
        for b, block in enumerate(blocks)
        for ln, line in enumerate(block.get("lines", ()))
        for s, span in enumerate(line["spans"])
        if span["bbox"][2] - span["bbox"][0] > (len(span["text"]) + 0.25) * span["size"]
        and _CJK_RUN.fullmatch(span["text"])
    }
    if not wide:
        return {}
    raw_blocks = page.get_text("rawdict", flags=_TEXT_FLAGS)["blocks"]
    out: dict[tuple[int, int, int], list[dict[str, Any]]] = {}
    for b, ln, s in wide:
        chars = raw_blocks[b]["lines"][ln]["spans"][s]["chars"]
        span = blocks[b]["lines"][ln]["spans"][s]
        pieces: list[list[dict[str, Any]]] = [[]]
        for before, char in zip([None, *chars], chars, strict=False):
            if before is not None and char["bbox"][0] - before["bbox"][2] > 0.25 * span["size"]:
                pieces.append([])
            pieces[-1].append(char)
        out[b, ln, s] = [
            {
                **span,
                "text": "".join(c["c"] for c in piece),
                "bbox": (piece[0]["bbox"][0], span["bbox"][1], piece[-1]["bbox"][2], span["bbox"][3]),
                "origin": piece[0]["origin"],
            }
            for piece in pieces
        ]
    return out
