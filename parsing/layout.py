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

from parsing.cjk import IDEOGRAPH, WIDE
from parsing.document import Line, Page, Rect, Span
from parsing.normalize import strip_heading_mark

CELL_GAP_EM = 0.8  # a gap wider than this (in font sizes) between fragments of a row is a cell break
OVERHANG_EM = 2.0  # a column's line may run this many font sizes into the gutter ("Megatron-" past the sidebar)
BASELINE_TOLERANCE = 0.3  # same row when baselines differ by less than this many font sizes
MARGIN = 0.1  # running headers/footers live in the top and bottom tenth of the page
_PAGE_NUMBER = re.compile(
    r"^(?:(?:(?:page|p\.)\s*\d+|\d{1,3})(?:\s*(?:/|of)\s*\d+)?|-\s*\d+\s*-"
    r"|第\s*\d+\s*页(?:\s*[/,]?\s*共\s*\d+\s*页)?)$",
    re.IGNORECASE,
)
_GAP = re.compile(r"(?<=\S) {3,}(?=\S)")  # wide space between spans (a Word tab): a cell break
_DATE_PIECE = re.compile(r"(?:19|20)\d{2}|至今|现在|present|now|current", re.IGNORECASE)
_OPEN_RANGE = re.compile(r"(?:19|20)\d{2}(?:\s*[./年-]\s*\d{1,2}\s*月?)?\s*[-–—~至]\s*$")
_SPACED_CJK = re.compile(rf"{IDEOGRAPH}(?: {{1,2}}{IDEOGRAPH})+")
_CJK = re.compile(f"[{WIDE}]")


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

    def reach(self, overhang: float) -> float:
        """The right edge a gutter must clear when a line may run *overhang* font sizes into it."""
        return max(self.bbox[0], self.bbox[2] - overhang * self.size)


def page_lines(fragments: Sequence[Fragment], number: int, width: float) -> list[Line]:
    """The page's Lines in reading order (steps 1–3 of the module docstring)."""
    lines: list[Line] = []
    pieces = [piece for fragment in fragments for piece in _split_abrupt(fragment)]
    for segment in _segments(pieces, width):
        lines.extend(_line(part, number) for row in _rows(segment) for part in _size_runs(row))
    return lines


def _text(fragment: Fragment) -> str:
    return "".join(span.text for span in fragment.spans)


def _split_abrupt(fragment: Fragment) -> list[Fragment]:
    """A fragment cut where its text jumps in size (PDF makers join a sidebar's line to the heading beside it);
    each piece sits on its own baseline."""
    words = [span for span in fragment.spans if span.text.strip()]
    cuts = [
        index
        for index, (before, span) in enumerate(zip(words, words[1:], strict=False), start=1)
        if abrupt(before.size, span.size, before.text, span.text)
    ]
    if not cuts:
        return [fragment]
    out = []
    for begin, end in zip([0, *cuts], [*cuts, len(words)], strict=False):
        spans = words[begin:end]
        box = (
            min(s.bbox[0] for s in spans),
            min(s.bbox[1] for s in spans),
            max(s.bbox[2] for s in spans),
            max(s.bbox[3] for s in spans),
        )
        size = max(s.size for s in spans)
        out.append(Fragment(list(spans), box, box[3] - 0.22 * size, size, fragment.block, fragment.order))
    return out


def _size_runs(row: list[Fragment]) -> list[list[Fragment]]:
    """A row cut where text of a quite different size stands beside it (a sidebar's line beside the main column's heading)."""
    runs = [[row[0]]]
    for before, fragment in zip(row, row[1:], strict=False):
        if abrupt(before.size, fragment.size, _text(before), _text(fragment)):
            runs.append([fragment])
        else:
            runs[-1].append(fragment)
    return runs


def abrupt(size: float, next_size: float, text: str, next_text: str) -> bool:
    """Two pieces of text side by side set in sizes too far apart for one row (a heading beside a sidebar's
    line, a name beside the phone); a superscript mark ("*", "†", "1") is too short to count."""
    if min(size, next_size) >= 0.75 * max(size, next_size):
        return False
    return min(len(text.strip()), len(next_text.strip())) >= 3


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
            if masked is not None and (masked in running or _PAGE_NUMBER.match(line.text) or _numbered(line, page)):
                dropped.append(line)
            else:
                kept.append(line)
        kept_pages.append(Page(page.number, page.width, page.height, tuple(kept)))
    return kept_pages, dropped


def _numbered(line: Line, page: Page) -> bool:
    """A margin line of cells that opens or ends with the page's number ("March 1, 2026 ⇥ Wei Lin · Résumé ⇥ 1"):
    a footer, even on a document of one page."""
    cells = [cell.strip() for cell in line.text.split("\t")]
    return len(cells) >= 2 and str(page.number + 1) in (cells[0], cells[-1])


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
    left_edge, right_edge, overhang = gutter
    segments: list[list[Fragment]] = [[]]
    band: list[Fragment] = []

    def close_band() -> None:
        left = [f for f in band if f.reach(overhang) <= left_edge]
        right = [f for f in band if f.bbox[0] >= right_edge]
        if _are_columns(left, right, width):
            segments.extend([left, right, []])
        else:
            segments[-1].extend(band)
        band.clear()

    # Fragments crossing the gutter (a full-width header, a wide line) cut the page into bands.
    for fragment in ordered:
        if fragment.bbox[0] < right_edge and fragment.reach(overhang) > left_edge:
            close_band()
            segments[-1].append(fragment)
        else:
            band.append(fragment)
    close_band()
    return [segment for segment in segments if segment]


def _gutter(fragments: Sequence[Fragment], width: float) -> tuple[float, float, float] | None:
    """The gutter's x-range and how far a line may run into it: one crossed by the fewest lines, else one that a
    sidebar's lines run into a little ("Megatron-"), standing at the left edge of the column right of it."""
    plain = _least_crossed(fragments, width, 0.0)
    if plain is not None and plain[2] == 0:  # nothing crosses it: no overhang can do better
        return plain[0], plain[1], 0.0
    overhung = _least_crossed(fragments, width, OVERHANG_EM)
    if overhung is not None and (plain is None or overhung[2] < plain[2]):
        if sum(1 for f in fragments if 0 <= f.bbox[0] - overhung[1] < 2) >= 3:
            return overhung[0], overhung[1], OVERHANG_EM
    return None if plain is None else (plain[0], plain[1], 0.0)


def _least_crossed(fragments: Sequence[Fragment], width: float, overhang: float) -> tuple[float, float, int] | None:
    """The widest x-range crossed by the fewest fragments, with text on both sides of it, if clear enough; and
    how many cross it."""
    if len(fragments) < 6:
        return None
    start, stop, step = int(width * 0.1), int(width * 0.9), 2
    bins = (stop - start) // step
    changes = [0] * (bins + 1)  # +1 where a fragment's x-range starts, -1 after it ends
    for fragment in fragments:
        first = max(0, int((fragment.bbox[0] - start) // step))
        last = min(bins - 1, int((fragment.reach(overhang) - start) // step))
        if first <= last:
            changes[first] += 1
            changes[last + 1] -= 1
    coverage = list(accumulate(changes[:bins]))
    rights = sorted(f.reach(overhang) for f in fragments)
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
    return start + best[0] * step, start + (best[1] + 1) * step, least


def _are_columns(left: Sequence[Fragment], right: Sequence[Fragment], width: float) -> bool:
    """Whether a band's two sides are independent columns rather than the cells of rows."""
    smaller = min(len(left), len(right))
    if smaller < 3 or _date_column(left) or _date_column(right) or _heading_column(left, right) or _timeline(left, right):
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


def _date_column(fragments: Sequence[Fragment]) -> bool:
    """Mostly dates (moderncv's date column, wrapped "2023 年 9 月" / "- 至今"): cells of the rows beside them."""
    dated = sum(1 for f in fragments if _DATE_PIECE.search("".join(s.text for s in f.spans)))
    return dated * 5 >= len(fragments) * 3


def _timeline(left: Sequence[Fragment], right: Sequence[Fragment]) -> bool:
    """The left side is dates under section headings set larger than the text (a job-site export's timeline):
    each date belongs with the entry on its right; a sidebar has other text between its headings."""
    body = _median(f.size for f in right)
    cells = [f for f in left if f.size < body + 1]
    return 0 < len(cells) < len(left) and all(_DATE_PIECE.search("".join(s.text for s in f.spans)) for f in cells)


def _heading_column(left: Sequence[Fragment], right: Sequence[Fragment]) -> bool:
    """The left side is mostly headings set larger than the text beside them (moderncv's fancy style): each
    heading belongs with the rows on its right, not to a sidebar, whose own text lies between its headings."""
    body = _median(f.size for f in right)
    heads = [f.baseline for f in left if f.size >= body + 1]
    if len(heads) * 2 < len(left) or len(left) > len(right):
        return False
    return not any(f.size < body + 1 and min(heads) < f.baseline < max(heads) for f in left)


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
        text = _fragment_text(fragment.spans)
        if previous is not None:
            separator = _separator(previous, fragment, parts[-1], text)
            if separator == "\t":
                parts[-1], text = parts[-1].rstrip(), text.lstrip()
            parts.append(separator)
        parts.append(text)
        for span in _words_joined(fragment.spans):
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


def _fragment_text(spans: Sequence[Span]) -> str:
    """The spans' text, with a space where two spans stand apart without one (XeLaTeX's CJK glue)."""
    out = ""
    for before, span in zip((None, *spans), spans, strict=False):
        if (
            before is not None
            and out
            and not out[-1].isspace()
            and not span.text[:1].isspace()
            and span.bbox[0] - before.bbox[2] > 0.25 * min(before.size, span.size)
        ):
            out += " "
        out += span.text
    return out


def _words_joined(spans: Sequence[Span]) -> list[Span]:
    """A fragment's spans with words of one style, split only by a space span (XeLaTeX, pdfTeX), made one span."""
    out: list[Span] = []
    pending = ""  # whitespace seen since the last word span
    for span in spans:
        if not span.text.strip():
            pending += span.text
            continue
        last = out[-1] if out else None
        if (
            last is not None
            and pending in (" ", "  ")
            and last.bold == span.bold
            and abs(last.size - span.size) < 0.3
            and span.bbox[0] - last.bbox[2] < CELL_GAP_EM * span.size
        ):
            box = (last.bbox[0], min(last.bbox[1], span.bbox[1]), span.bbox[2], max(last.bbox[3], span.bbox[3]))
            out[-1] = Span(f"{last.text.rstrip()}{pending}{span.text.lstrip()}", box, last.size, last.bold)
        else:
            out.append(span)
        pending = ""
    return out


def _close_up(text: str) -> str:
    """A letter-spaced CJK word ("教 育 背 景", "张 三") without its spaces; other text unchanged."""
    return text.replace(" ", "") if _SPACED_CJK.fullmatch(text) else text


def _separator(left: Fragment, right: Fragment, before: str, after: str) -> str:
    """TAB between cells, a space between words of one phrase split in two, nothing inside CJK text."""
    gap = right.bbox[0] - left.bbox[2]
    size = min(left.size, right.size)
    if gap > CELL_GAP_EM * size or (gap > 0.3 * size and _OPEN_RANGE.search(before)):
        return "\t"  # a cell, or a date column's "2020.09 -" whose end is wrapped onto the next line
    if not before or not after or before[-1].isspace() or after[0].isspace():
        return ""
    if _CJK.match(before[-1]) or _CJK.match(after[0]) or gap < 0.1 * size:
        return ""
    return " "
