"""Visual rows: the lines printed side by side (cells joined by TAB), and the rectangles of any substring."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from parsing import dates
from parsing.cjk import cjk_count, is_cjk
from parsing.document import Document, Line, Span
from parsing.layout import abrupt
from parsing.profile import Source, Sources

CELL = "\t"
_BULLET = re.compile(
    r"^\s*(?:[•●○◦▪■□◆◇►▶➢✓✔·∙⁃\-–*+]|\d{1,2}[.)、](?!\d)|[a-zA-Z][.)](?=\s)|[(（]\d{1,2}[)）]|\[\d{1,3}\]\.?)\s*"
)


def bullet_length(text: str) -> int:
    """Length of the bullet or list number *text* starts with (0 when none)."""
    match = _BULLET.match(text)
    return match.end() if match else 0


@dataclass(eq=False)
class Row:
    """Lines on one baseline in reading order (a heading, an entry line with its date cell, a table row)."""

    lines: list[Line]
    page_size: tuple[float, float]
    text: str = ""
    offsets: list[int] = field(default_factory=list)
    right: float = 0.0  # the right edge of the page's text, where lines wrap

    def __post_init__(self) -> None:
        parts, pos = [], 0
        for line in self.lines:
            self.offsets.append(pos)
            parts.append(line.text)
            pos += len(line.text) + len(CELL)
        self.text = CELL.join(parts)
        self.right = self.x1

    @property
    def page(self) -> int:
        """The 0-based page."""
        return self.lines[0].page

    @property
    def x0(self) -> float:
        """Left edge."""
        return min(line.bbox[0] for line in self.lines)

    @property
    def x1(self) -> float:
        """Right edge."""
        return max(line.bbox[2] for line in self.lines)

    @property
    def y0(self) -> float:
        """Top edge."""
        return min(line.bbox[1] for line in self.lines)

    @property
    def y1(self) -> float:
        """Bottom edge."""
        return max(line.bbox[3] for line in self.lines)

    @property
    def size(self) -> float:
        """The largest font size."""
        return max(line.size for line in self.lines)

    @property
    def bold(self) -> bool:
        """Most characters are bold."""
        total = sum(len(line.text) for line in self.lines) or 1
        return sum(len(line.text) for line in self.lines if line.bold) * 2 > total

    @property
    def bullet(self) -> int:
        """Length of the leading bullet or list number (0 when none)."""
        return bullet_length(self.text)

    @property
    def cells(self) -> list[str]:
        """The text of each cell (TAB-separated parts)."""
        return [c.strip() for c in self.text.split(CELL) if c.strip()]

    def starts_bold(self) -> bool:
        """The first non-bullet text is bold (an entry title such as "**Company** — Title")."""
        skip = self.bullet
        for line in self.lines:
            for span in line.spans or ():
                text = span.text.strip()
                if not text or (skip and _BULLET.fullmatch(text + " ")):
                    continue
                return span.bold
            return line.bold
        return False

    def bold_ranges(self) -> list[tuple[int, int]]:
        """Character ranges of bold spans within `text`."""
        out = []
        for line, offset in zip(self.lines, self.offsets, strict=True):
            for begin, end, bold in _span_ranges(line):
                if bold:
                    out.append((offset + begin, offset + end))
        return out

    def span_breaks(self) -> list[tuple[int, bool]]:
        """Offsets in `text` where one span ends and the next begins, with whether boldness changes."""
        out = []
        for line, offset in zip(self.lines, self.offsets, strict=True):
            ranges = _span_ranges(line)
            for (_, end, bold), (begin, _, next_bold) in itertools.pairwise(ranges):
                if begin == end:
                    out.append((offset + begin, bold != next_bold))
        return out

    def span_gaps(self) -> list[tuple[int, int]]:
        """Ranges of `text` that are only the space between two spans set differently (cells joined with a space).

        A change of script (Chinese to Latin) is only a font fallback, not a cell boundary.
        """
        out = []
        for line, offset in zip(self.lines, self.offsets, strict=True):
            for (_, end, bold), (begin, _, next_bold) in itertools.pairwise(_span_ranges(line)):
                if begin > end and not line.text[end:begin].strip():
                    script_change = is_cjk(line.text[end - 1]) != is_cjk(line.text[begin])
                    if bold != next_bold or not script_change:
                        out.append((offset + end, offset + begin))
        return out

    def sources(self, begin: int = 0, end: int | None = None) -> Sources:
        """The rectangles of `text[begin:end]`, one per line it touches, clipped to the page."""
        end = len(self.text) if end is None else end
        out = []
        for line, offset in zip(self.lines, self.offsets, strict=True):
            a, b = max(begin - offset, 0), min(end - offset, len(line.text))
            if a >= b:
                continue
            x0, x1 = (line.bbox[0], line.bbox[2]) if a == 0 and b == len(line.text) else _x_range(line, a, b)
            out.append(_clip(line.page, (x0, line.bbox[1], x1, line.bbox[3]), self.page_size))
        return tuple(out)

    def locate(self, value: str) -> Sources:
        """The rectangles of *value* in this row (the whole row when it is not found verbatim)."""
        at = self.text.find(value) if value else -1
        return self.sources(at, at + len(value)) if at >= 0 else self.sources()


def wraps_into(previous: Row, row: Row) -> bool:
    """*row* continues *previous*: its first word would not have fitted at the end of *previous*."""
    text = row.text.strip()
    if (
        not text
        or previous.page != row.page
        or previous.text.rstrip().endswith(("。", ".", "!", "?", "！", "？", ";", "；"))
    ):
        return False
    if abs(previous.lines[-1].size - row.lines[0].size) > 0.5 or (row.starts_bold() and not _ends_bold(previous)):
        return False  # a wrapped line keeps its font: a larger or bold line after plain text starts anew
    word = text[0] if is_cjk(text[0]) else text.split()[0]
    unit = (row.x1 - row.x0) / (_units(text) or 1)
    need = unit * (_units(word) + 1)
    return previous.x1 + need > previous.right - 1


def _ends_bold(row: Row) -> bool:
    last = row.lines[-1]
    return last.spans[-1].bold if last.spans else last.bold


def _span_ranges(line: Line) -> list[tuple[int, int, bool]]:
    """(begin, end, bold) of each span inside `line.text`, when the spans spell the text."""
    out, pos = [], 0
    for span in line.spans:
        at = line.text.find(span.text.strip(), pos) if span.text.strip() else -1
        if at < 0:
            continue
        out.append((at, at + len(span.text.strip()), span.bold))
        pos = at + len(span.text.strip())
    return out


def _x_range(line: Line, a: int, b: int) -> tuple[float, float]:
    """Approximate x-extent of characters a..b of a line (proportional within spans)."""
    for begin, end, _ in _span_ranges(line):
        if begin <= a and b <= end:
            span = next(s for s in line.spans if s.text.strip() == line.text[begin:end])
            return _interpolate(span.bbox, line.text[begin:end], a - begin, b - begin)
    return _interpolate(line.bbox, line.text, a, b)


def _interpolate(bbox: tuple[float, float, float, float], text: str, a: int, b: int) -> tuple[float, float]:
    before, inside = _units(text[:a]), _units(text[a:b])
    scale = (bbox[2] - bbox[0]) / (_units(text) or 1)
    return bbox[0] + before * scale, bbox[0] + (before + inside) * scale


def _units(text: str) -> int:
    """Width of *text* in half-em units (a Chinese character is two)."""
    return len(text) + cjk_count(text)


def _clip(page: int, rect: tuple[float, float, float, float], size: tuple[float, float]) -> Source:
    w, h = size
    x0, y0, x1, y1 = rect
    x0, x1 = sorted((min(max(x0, 0.0), w), min(max(x1, 0.0), w)))
    y0, y1 = sorted((min(max(y0, 0.0), h), min(max(y1, 0.0), h)))
    return Source(page, (x0, y0, x1, y1))


def merge_sources(parts: Iterable[Sources]) -> Sources:
    """One rectangle per page covering all *parts*."""
    by_page: dict[int, list[float]] = {}
    for sources in parts:
        for s in sources:
            box = by_page.setdefault(s.page, list(s.rect))
            box[0], box[1] = min(box[0], s.rect[0]), min(box[1], s.rect[1])
            box[2], box[3] = max(box[2], s.rect[2]), max(box[3], s.rect[3])
    return tuple(Source(page, (b[0], b[1], b[2], b[3])) for page, b in sorted(by_page.items()))


def rows_sources(rows: Sequence[Row]) -> Sources:
    """One rectangle per page covering *rows*."""
    return merge_sources(row.sources() for row in rows)


def join_lines(texts: Iterable[str]) -> str:
    """Lines of one paragraph as one text: no space beside a Chinese character (but after a full stop: "Models. 投稿至"),
    none after a word-break hyphen."""
    out = ""
    for text in texts:
        text = text.replace(CELL, "  ").strip()
        stop = out.endswith((".", ",", ";", ":")) and not cjk_count(out[-2:-1])
        if (out.endswith("-") and out[-2:-1].isalpha()) or (out and not stop and (cjk_count(out[-1]) or cjk_count(text[:1]))):
            out += text
        else:
            out = f"{out} {text}" if out else text
    return out


def build_rows(document: Document) -> list[Row]:
    """The document's rows in reading order: consecutive lines sharing a baseline are one row."""
    rows: list[Row] = []
    for page in document.pages:
        size = (page.width, page.height)
        current: list[Line] = []
        for line in page.lines:
            if not line.text.strip():
                continue
            if current and _same_row(current[-1], line):
                current.append(line)
                continue
            if current:
                rows.append(Row(current, size))
            current = [line]
        if current:
            rows.append(Row(current, size))
    rows = _join_wrapped_cells(rows)
    _set_right_edges(rows)
    return rows


_ADDRESS = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+|(?:https?://)?[\w\-]+(?:\.[\w\-]+)+(?:/\S*)?")
# the wrapped rest of a date in a narrow date column: "- 至今", "- 2023 年 6", "月", "Jun 2024", "06/2025", "– Present"
_DATE_TAIL = re.compile(
    r"^(?:[-–—~至到]\s*)?(?:(?:[A-Za-z]{3,9}\.?\s+|\d{1,2}\s*[/.]\s*)?(?:19|20)\d{2}(?:\s*[年./\-]\s*\d{1,2})?\s*月?|\d{1,2}\s*月|月|至今|今|现在|present|now|current)\.?$",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?:19|20)\d{2}")
_HYPHENATED = re.compile(r"[A-Za-z]-$")
_UNFINISHED = re.compile(r"(?:[,，&/]|\b(?:of|and|for|in|at|the))\s*$")


def _join_wrapped_cells(rows: list[Row]) -> list[Row]:
    """Cells that wrap inside a table or a date column, joined back to the row they belong to.

    The wrapped rest stands in the cell's column just under it: "邮箱：| ruoxi.zhou@exam" over "ple.com"
    is one address, and a moderncv date column's "2019 年 9 月" over "- 2023 年 6" over "月" is one range
    (the text beside that second line stays a row of its own).
    """
    out: list[Row] = []
    for row in rows:
        first = row.lines[0]
        parts = split_line(first, *first.text.split(CELL, 1)) if CELL in first.text else (first, None)
        head, rest = parts
        joined = None
        if head is not None:
            for back in (1, 2):
                if len(out) >= back and out[-back].page == row.page:
                    joined = _completed(out[-back].lines[-1], head)
                    if joined is not None:
                        above = out[-back]
                        out[-back] = Row([*above.lines[:-1], joined], above.page_size)
                        break
        if joined is None:
            out.append(row)
        elif rest is not None or len(row.lines) > 1:
            out.append(Row([line for line in (rest, *row.lines[1:]) if line is not None], row.page_size))
    return out


def _completed(top: Line, piece: Line) -> Line | None:
    """*top* with *piece* joined to the cell whose column it stands in just below, when it completes that
    cell's address, date or unfinished text; else None."""
    if piece.bbox[1] - top.bbox[3] > 0.5 * piece.size or abs(top.size - piece.size) > 0.5 or not top.spans:
        return None
    ranges = _span_ranges(top)
    if len(ranges) != len(top.spans):
        return None
    ends = [i for i, char in enumerate(top.text) if char == CELL] + [len(top.text)]
    starts = [0] + [end + 1 for end in ends[:-1]]
    firsts = [next((k for k, (b, _, _) in enumerate(ranges) if b >= start), None) for start in starts]
    for cell, (start, end, first) in enumerate(zip(starts, ends, firsts, strict=True)):
        following = firsts[cell + 1] if cell + 1 < len(firsts) else None
        limit = top.spans[following].bbox[0] if following is not None else float("inf")
        if first is None or not top.spans[first].bbox[0] - 1.5 <= piece.bbox[0] or piece.bbox[2] > limit + 1.5:
            continue
        text, tail = top.text[start:end], piece.text.strip()
        count = following if following is not None else len(top.spans)
        same_font = top.spans[count - 1].bold == piece.bold  # a wrapped line keeps its font
        joined = _joined_cell(text, tail, table=cell > 0 if len(ends) > 1 and same_font else None)
        last = top.spans[count - 1]
        if joined is None:
            return None
        if text.endswith(last.text):
            words = joined[len(text) - len(last.text) :]
        elif joined.startswith(text):
            words = last.text + joined[len(text) :]
        else:
            return None
        box = (min(top.bbox[0], piece.bbox[0]), top.bbox[1], max(top.bbox[2], piece.bbox[2]), piece.bbox[3])
        # one span for the cell's last words and their wrapped rest, so the joint never reads as a cell break
        both = (min(last.bbox[0], piece.bbox[0]), last.bbox[1], max(last.bbox[2], piece.bbox[2]), piece.bbox[3])
        whole = Span(words, both, last.size, last.bold)
        spans = (*top.spans[: count - 1], whole, *top.spans[count:])
        return Line(top.text[:start] + joined + top.text[end:], top.page, box, top.size, top.bold, spans)
    return None


def _joined_cell(text: str, tail: str, *, table: bool | None) -> str | None:
    """A cell's *text* with its wrapped *tail*, or None when the tail completes neither an address (in a table
    cell right of the first), a word hyphenated at the line's end, a table cell left unfinished nor a date range.

    *table* is None when the line is not a table row, else whether the cell is right of the first.
    """
    words = text.split()
    token = words[-1] + tail if words else ""
    if table and " " not in tail and _ADDRESS.fullmatch(token) and ("@" in token or "/" in token):
        return text + tail
    if table is not None and _HYPHENATED.search(text) and tail[:1].isalpha():
        # "Univer-" / "sity of Michigan" is one word; "Urbana-" / "Champaign" keeps its hyphen
        return text[:-1] + tail if tail[:1].islower() else text + tail
    if table is not None and _UNFINISHED.search(text) and not _DATE_TAIL.match(tail):
        return f"{text} {tail}"  # "Institute of Automation," over "Chinese Academy of Sciences" in a table's cell
    if _DATE_TAIL.match(tail) and _YEAR.search(text):
        joint = "" if is_cjk(text[-1:]) and is_cjk(tail[:1]) else " "  # "2022.09—至" over "今"
        joined = text + joint + tail
        if (dates.first_range(text) is None and dates.first_range(joined)) or (text[-1:].isdigit() and tail == "月"):
            return joined
    return None


def split_line(line: Line, head_text: str, rest_text: str) -> tuple[Line | None, Line | None]:
    """*line* cut into its first cell and the rest, each keeping its own spans."""
    needed = len(re.sub(r"\s", "", head_text))
    taken = count = 0
    while count < len(line.spans) and taken < needed:
        taken += len(re.sub(r"\s", "", line.spans[count].text))
        count += 1
    head_spans, rest_spans = line.spans[:count], [s for s in line.spans[count:] if s.text.strip()]
    if taken != needed or not head_spans or not rest_spans:
        return None, None
    return line_of(head_text.strip(), line, head_spans), line_of(rest_text.strip(), line, tuple(rest_spans))


def line_of(text: str, like: Line, spans: Sequence[Span]) -> Line:
    """A Line holding *text* drawn by *spans*, on the page of *like*."""
    box = (
        min(s.bbox[0] for s in spans),
        min(s.bbox[1] for s in spans),
        max(s.bbox[2] for s in spans),
        max(s.bbox[3] for s in spans),
    )
    bold = sum(len(s.text) for s in spans if s.bold) * 2 > sum(len(s.text) for s in spans)
    return Line(text, like.page, box, max(s.size for s in spans), bold, tuple(spans))


def _set_right_edges(rows: Sequence[Row]) -> None:
    """Give each row the right edge of its column: the rows of a page whose x-ranges overlap, chained, are one column.

    A sidebar and a main column never overlap, so a short line in the sidebar is not taken for one
    that wraps because the main column reaches further right.
    """
    by_page: dict[int, list[Row]] = {}
    for row in rows:
        by_page.setdefault(row.page, []).append(row)
    for page_rows in by_page.values():
        ordered = sorted(page_rows, key=lambda r: r.x0)
        column: list[Row] = []
        edge = 0.0
        for row in ordered:
            if column and row.x0 > edge:
                for member in column:
                    member.right = edge
                column = []
            column.append(row)
            edge = max(edge, row.x1) if len(column) > 1 else row.x1
        for member in column:
            member.right = edge


def _same_row(previous: Line, line: Line) -> bool:
    top, bottom = max(previous.bbox[1], line.bbox[1]), min(previous.bbox[3], line.bbox[3])
    height = min(previous.bbox[3] - previous.bbox[1], line.bbox[3] - line.bbox[1])
    return (
        height > 0
        and bottom - top > 0.5 * height
        and line.bbox[0] >= previous.bbox[2] - 2
        and not abrupt(previous.size, line.size, previous.text, line.text)
    )


def body_size(rows: Sequence[Row]) -> float:
    """The font size most text is set in."""
    sizes: Counter[float] = Counter()
    for row in rows:
        for line in row.lines:
            sizes[round(line.size * 2) / 2] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else 10.0
