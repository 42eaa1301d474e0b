"""Reading order: columns, rows of cells, running headers/footers — from positioned text fragments.

A *fragment* is one text line as the PDF library reports it (one PyMuPDF line).  A page's
fragments become Lines in four steps:

1. **Columns.**  The page is searched for a vertical gutter (the x-range in the middle of the page
   crossed by the fewest fragments).  Fragments crossing it cut the page into horizontal bands; a
   band whose left and right parts are independent text (few shared baselines, or shared
   baselines but never neighbours in the content stream and both sides wide) is read as two
   columns, left column first.  Everything else is read as one flow, so a right-aligned date cell
   stays with its entry.
2. **Rows.**  In a flow or a column, fragments on the same baseline (within 30 % of the font size)
   that do not overlap horizontally are one row, ordered left to right: a table row, an entry with
   its right-aligned date, a label and its value.
3. **Joining.**  A row becomes one Line.  Cells further apart than 0.8 em are joined by a TAB
   (``"北京邮电大学 | 硕士\\t2023.09—2026.06"``), closer ones by a space (none between CJK); the
   extractor splits on ``"\\t"``.  Each cell keeps its spans, so ``Line.spans`` still locate every
   cell.  Whitespace is never a span: ``Line.text`` is the span texts in order with only
   whitespace between them.  A letter-spaced Chinese word ("教 育 背 景") is closed up, and a
   Markdown heading marker ("## ") at the start of a line removed.
4. **Running lines.**  On documents of two or more pages, a line in the top or bottom 10 % of the
   page that repeats at the same height on at least half the pages (digits ignored, so
   "Page 1 of 2" matches "Page 2 of 2"), and any page-number line ("第 1 页 / 共 2 页",
   "Page 1 of 2", "- 3 -", "2/5") in those margins, is dropped from the page and kept in
   ``Document.dropped_lines``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import accumulate

from parsing.document import Line, Page, Rect, Span
from parsing.normalize import strip_heading_mark

CELL_GAP_EM = 0.8  # a gap wider than this (in font sizes) between fragments of a row is a cell break
BASELINE_TOLERANCE = 0.3  # same row when baselines differ by less than this many font sizes
MARGIN = 0.1  # running headers/footers live in the top and bottom tenth of the page
_PAGE_NUMBER = re.compile(
    r"^(?:(?:(?:page|p\.)\s*\d+|\d{1,3})(?:\s*(?:/|of)\s*\d+)?|-\s*\d+\s*-"
    r"|第\s*\d+\s*页(?:\s*[/,]?\s*共\s*\d+\s*页)?)$",
    re.IGNORECASE,
)
_GAP = re.compile(r"(?<=\S) {3,}(?=\S)")  # wide space between spans (a Word tab): a cell break
_SPACED_CJK = re.compile(r"[\u3400-\u9fff](?: {1,2}[\u3400-\u9fff])+")
_CJK = re.compile(r"[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]")


@dataclass(slots=True)
class Fragment:
    """One extracted text line before layout: its spans (with whitespace), box, baseline and stream order."""

    spans: list[Span]  # cleaned text; may include whitespace-only spans between words
    bbox: Rect
    baseline: float
    size: float
    block: int  # index of the PDF text block: fragments of one block were written together
    order: int  # position in the content stream

    @property
    def width(self) -> float:
        return self.bbox[2] - self.bbox[0]


def page_lines(fragments: Sequence[Fragment], number: int, width: float) -> list[Line]:
    """The page's Lines in reading order (steps 1–3 of the module docstring)."""
    lines: list[Line] = []
    for segment in _segments(fragments, width):
        lines.extend(_line(row, number) for row in _rows(segment))
    return lines


def drop_running_lines(pages: Sequence[Page]) -> tuple[list[Page], list[Line]]:
    """Pages without their running headers, footers and page numbers; and the dropped lines."""
    keys: dict[tuple[int, int], str] = {}  # (page, line index) → text with digits masked, for margin lines
    places: dict[str, list[tuple[int, float]]] = {}  # masked text → (page, top) of each occurrence
    for page in pages:
        for index, line in enumerate(page.lines):
            if line.bbox[3] <= page.height * MARGIN or line.bbox[1] >= page.height * (1 - MARGIN):
                key = re.sub(r"\d+", "#", re.sub(r"\s+", "", line.text))
                keys[page.number, index] = key
                places.setdefault(key, []).append((page.number, line.bbox[1]))
    running = {key for key, spots in places.items() if _repeats(spots, pages)}
    kept_pages, dropped = [], []
    for page in pages:
        kept = []
        for index, line in enumerate(page.lines):
            masked = keys.get((page.number, index))
            if masked is not None and (masked in running or _PAGE_NUMBER.match(line.text)):
                dropped.append(line)
            else:
                kept.append(line)
        kept_pages.append(Page(page.number, page.width, page.height, tuple(kept)))
    return kept_pages, dropped


def _repeats(spots: Sequence[tuple[int, float]], pages: Sequence[Page]) -> bool:
    """Whether a margin line recurs at one height on at least two pages and half of all pages."""
    on_pages = {page for page, _ in spots}
    tops = [top for _, top in spots]
    return len(on_pages) >= 2 and len(on_pages) * 2 >= len(pages) and max(tops) - min(tops) <= 0.02 * pages[0].height


# -- step 1: columns --------------------------------------------------------------------------


def _segments(fragments: Sequence[Fragment], width: float) -> list[list[Fragment]]:
    """Groups of fragments to read one after the other: flows and single columns, top to bottom."""
    ordered = sorted(fragments, key=lambda f: (f.bbox[1], f.bbox[0]))
    gutter = _gutter(ordered, width)
    if gutter is None:
        return [ordered]
    left_edge, right_edge = gutter
    segments: list[list[Fragment]] = [[]]
    band: list[Fragment] = []

    def close_band() -> None:
        left = [f for f in band if f.bbox[2] <= left_edge]
        right = [f for f in band if f.bbox[0] >= right_edge]
        if _are_columns(left, right, width):
            segments.extend([left, right, []])
        else:
            segments[-1].extend(band)
        band.clear()

    # Fragments crossing the gutter (a full-width header, a wide line) cut the page into bands.
    for fragment in ordered:
        if fragment.bbox[0] < right_edge and fragment.bbox[2] > left_edge:
            close_band()
            segments[-1].append(fragment)
        else:
            band.append(fragment)
    close_band()
    return [segment for segment in segments if segment]


def _gutter(fragments: Sequence[Fragment], width: float) -> tuple[float, float] | None:
    """The widest x-range crossed by the fewest fragments, with text on both sides of it, if clear enough."""
    if len(fragments) < 6:
        return None
    start, stop, step = int(width * 0.1), int(width * 0.9), 2
    bins = (stop - start) // step
    changes = [0] * (bins + 1)  # +1 where a fragment's x-range starts, -1 after it ends
    for fragment in fragments:
        first = max(0, int((fragment.bbox[0] - start) // step))
        last = min(bins - 1, int((fragment.bbox[2] - start) // step))
        if first <= last:
            changes[first] += 1
            changes[last + 1] -= 1
    coverage = list(accumulate(changes[:bins]))
    rights = sorted(f.bbox[2] for f in fragments)
    lefts = sorted(f.bbox[0] for f in fragments)
    # A gutter has at least three fragments wholly left of it and three wholly right of it.
    valid = [
        bisect_right(rights, start + i * step) >= 3 and len(lefts) - bisect_left(lefts, start + (i + 1) * step) >= 3
        for i in range(bins)
    ]
    candidates = [coverage[i] for i in range(bins) if valid[i]]
    if not candidates or min(candidates) * 2 > len(fragments):
        return None
    least = min(candidates)
    best: tuple[int, int] = (0, -1)
    run_start = None
    for i in range(bins + 1):
        if i < bins and valid[i] and coverage[i] == least:
            run_start = i if run_start is None else run_start
        elif run_start is not None:
            if i - run_start > best[1] - best[0] + 1:
                best = (run_start, i - 1)
            run_start = None
    if best[1] - best[0] < 2:  # narrower than ~6 pt: word spacing, not a gutter
        return None
    return start + best[0] * step, start + (best[1] + 1) * step


def _are_columns(left: Sequence[Fragment], right: Sequence[Fragment], width: float) -> bool:
    """Whether a band's two sides are independent columns rather than the cells of rows."""
    smaller = min(len(left), len(right))
    if smaller < 3:
        return False
    aligned = linked = 0
    right = sorted(right, key=lambda f: f.baseline)
    baselines = [f.baseline for f in right]
    reach = BASELINE_TOLERANCE * max(f.size for f in right)
    partnered: set[int] = set()  # right fragments sharing a baseline with a left one
    for a in left:
        nearby = right[bisect_left(baselines, a.baseline - reach) : bisect_right(baselines, a.baseline + reach)]
        partners = [b for b in nearby if abs(a.baseline - b.baseline) <= BASELINE_TOLERANCE * min(a.size, b.size)]
        if partners:
            aligned += 1
            partnered.update(b.order for b in partners)
            if any(b.block == a.block or abs(b.order - a.order) == 1 for b in partners):
                linked += 1
    if linked * 2 >= smaller:
        return False
    if aligned * 2 < smaller:
        return True
    # Shared baselines but never written together: text columns on one baseline grid (LaTeX) are
    # both wide; a column of dates or labels drawn after the text is narrow and each of its cells
    # sits on a row of text, while a narrow sidebar has lines beside nothing.
    if min(_median(f.width for f in left), _median(f.width for f in right)) >= 0.25 * width:
        return True
    return len(partnered) * 4 < len(right) * 3


def _median(values: Iterable[float]) -> float:
    ordered = sorted(values)
    return ordered[len(ordered) // 2]


# -- step 2: rows ------------------------------------------------------------------------------


def _rows(fragments: Sequence[Fragment]) -> list[list[Fragment]]:
    """Fragments grouped into rows (same baseline, side by side), rows top to bottom, cells left to right."""
    rows: list[list[Fragment]] = []
    for fragment in sorted(fragments, key=lambda f: (f.baseline, f.bbox[0])):
        row = rows[-1] if rows else None
        if (
            row is not None
            and abs(fragment.baseline - row[0].baseline) <= BASELINE_TOLERANCE * min(fragment.size, row[0].size)
            and not any(_overlap(fragment, other) for other in row)
        ):
            row.append(fragment)
        elif row is not None and any(_duplicate(fragment, other) for other in row):
            continue  # text drawn twice (fake bold, shadow): keep one copy
        else:
            rows.append([fragment])
    for row in rows:
        row.sort(key=lambda f: f.bbox[0])
    return rows


def _overlap(a: Fragment, b: Fragment) -> bool:
    shared = min(a.bbox[2], b.bbox[2]) - max(a.bbox[0], b.bbox[0])
    return shared > 0.3 * min(a.width, b.width, a.size)


def _duplicate(a: Fragment, b: Fragment) -> bool:
    return (
        "".join(s.text for s in a.spans) == "".join(s.text for s in b.spans)
        and abs(a.bbox[0] - b.bbox[0]) < a.size * 0.5
        and abs(a.baseline - b.baseline) < a.size * 0.5
    )


# -- step 3: joining ---------------------------------------------------------------------------


def _line(row: Sequence[Fragment], number: int) -> Line:
    """One row of fragments as a Line: cells joined by TAB or space, whitespace-only spans dropped."""
    parts: list[str] = []
    spans: list[Span] = []
    previous: Fragment | None = None
    for fragment in row:
        text = "".join(span.text for span in fragment.spans)
        if previous is not None:
            separator = _separator(previous, fragment, parts[-1], text)
            if separator == "\t":
                parts[-1], text = parts[-1].rstrip(), text.lstrip()
            parts.append(separator)
        parts.append(text)
        for span in fragment.spans:
            stripped = _close_up(span.text.strip())
            if stripped:
                spans.append(span if stripped == span.text else Span(stripped, span.bbox, span.size, span.bold))
        previous = fragment
    text = "\t".join(_close_up(cell) for cell in _GAP.sub("\t", "".join(parts).strip()).split("\t"))
    if text.startswith("#") and spans:
        text = strip_heading_mark(text)
        first = strip_heading_mark(spans[0].text)
        if first:
            spans[0] = Span(first, spans[0].bbox, spans[0].size, spans[0].bold)
        else:
            del spans[0]
    bold_chars = sum(len(s.text) for s in spans if s.bold)
    return Line(
        text=text,
        page=number,
        bbox=(
            min(f.bbox[0] for f in row),
            min(f.bbox[1] for f in row),
            max(f.bbox[2] for f in row),
            max(f.bbox[3] for f in row),
        ),
        size=max(f.size for f in row),
        bold=bold_chars * 2 > sum(len(s.text) for s in spans),
        spans=tuple(spans),
    )


def _close_up(text: str) -> str:
    """A letter-spaced CJK word ("教 育 背 景", "张 三") without its spaces; other text unchanged."""
    return text.replace(" ", "") if _SPACED_CJK.fullmatch(text) else text


def _separator(left: Fragment, right: Fragment, before: str, after: str) -> str:
    """TAB between cells, a space between words of one phrase split in two, nothing inside CJK text."""
    gap = right.bbox[0] - left.bbox[2]
    size = min(left.size, right.size)
    if gap > CELL_GAP_EM * size:
        return "\t"
    if not before or not after or before[-1].isspace() or after[0].isspace():
        return ""
    if _CJK.match(before[-1]) or _CJK.match(after[0]) or gap < 0.1 * size:
        return ""
    return " "
