"""Section headings (vocabulary plus typography) and the rows under each heading."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from parsing import dates, vocab
from parsing.cjk import cjk_count
from parsing.document import Line
from parsing.rows import CELL, Row, body_size, line_of, split_line

HEADER = "header"  # the rows before the first heading (name, contacts)
OTHER = "other"  # a heading found by its typography whose words are not in the vocabulary

_DECORATION = re.compile(
    r"^[#\s\W_]*(?:[一二三四五六七八九十]+[、.．]|\d{1,2}[、.．]\s*|[IVX]{1,4}\.\s+)?|[\s:：_\W]+$"
)
_SPACED_LETTERS = re.compile(r"[A-Za-z&](?: {1,3}[A-Za-z&]){3,}")
_SENTENCE = re.compile(r"[。；;!?！？]|[,，]\s*\S.*[,，]")
_LABEL_VALUE = re.compile(r"[:：]\s*\S")
_MAX_WORDS = 6
_MAX_CJK = 14
_COLUMN_SLACK = 4.0  # points: heading cells of one left column start within this of each other


@dataclass(eq=False)
class Section:
    """A heading and the rows printed under it."""

    kind: str
    title: str
    heading: Row | None
    rows: list[Row] = field(default_factory=list)


def clean_heading(text: str) -> str:
    """A heading as printed, without Markdown marks, numbering and trailing colons."""
    cleaned = _DECORATION.sub("", text.strip()).strip()
    if _SPACED_LETTERS.fullmatch(cleaned):  # letter-spaced: "W O R K  E X P E R I E N C E"
        cleaned = " ".join(word.replace(" ", "") for word in re.split(r" {2,}", cleaned))
    for opening, closing in ("()", "（）", "[]", "【】"):
        # the bracket closing one the heading opened stays: 教育经历(Education)
        if cleaned.count(opening) > cleaned.count(closing) and closing in text[len(cleaned) :]:
            cleaned += closing
    return cleaned


def classify(title: str) -> tuple[str | None, float]:
    """The section kind a heading names (earliest keyword wins) and how much of it keywords cover."""
    folded = vocab.fold(title)
    if not folded:
        return None, 0.0
    table = vocab.headings()
    matches = list(table.pattern.finditer(folded))
    if not matches:
        return None, 0.0
    covered = [False] * len(folded)
    for match in [*matches, *table.modifiers.finditer(folded)]:
        covered[match.start() : match.end()] = [True] * (match.end() - match.start())
    return table.kinds[matches[0].group(0)], sum(covered) / len(folded)


def is_title(text: str) -> bool:
    """True for a document title (个人简历, Résumé, Curriculum Vitae …), never a name or a section."""
    folded = vocab.fold(text)
    if not folded:
        return False
    for title in vocab.headings().titles:
        folded = folded.replace(title, "")
    return not folded


def _shape_ok(row: Row, title: str) -> bool:
    """Short, standalone, no sentence punctuation, no digits, no bullet."""
    if len(row.lines) != 1 or "\t" in row.text or not title:
        return False
    if any(c.isdigit() for c in title) or _SENTENCE.search(title) or _LABEL_VALUE.search(title):
        return False
    cjk = cjk_count(title)
    latin_words = len(re.findall(r"[A-Za-z]+", title))
    return cjk <= _MAX_CJK and latin_words <= _MAX_WORDS and len(title) <= 48


def _styled(row: Row, body: float) -> bool:
    letters = re.sub(r"[^A-Za-z]", "", row.text)
    caps = len(letters) >= 3 and letters.isupper()
    return row.size >= body + 1 or (row.bold and row.size >= body - 0.3) or caps


def _style(row: Row) -> tuple[float, bool]:
    return round(row.size * 2) / 2, row.bold


def split_sections(rows: Sequence[Row]) -> list[Section]:
    """The document cut at its headings; rows before the first heading form the HEADER section."""
    rows = _join_wrapped_headings(_split_heading_column(rows))
    body = body_size(rows)
    found: dict[int, tuple[str, str]] = {}
    styled: dict[int, tuple[str, str]] = {}
    for index, row in enumerate(rows):
        title = clean_heading(row.text)
        if not _shape_ok(row, title) or is_title(title):
            continue
        kind, coverage = classify(title)
        # a bulleted line is a list item unless set larger than the text ("■ 教育背景")
        if kind is None or (row.bullet and row.size < body + 1):
            continue
        if _styled(row, body) and coverage >= 0.5:
            styled[index] = (kind, title)
        elif coverage >= 0.75:
            found[index] = (kind, title)
    # Where the document sets its headings larger than the text, a bold line of text size naming a
    # section is a sub-heading ("Preprints" under "Publications").
    large = {i: v for i, v in styled.items() if rows[i].size >= body + 1}
    if len(large) >= 2:
        styled = large
    # Where the document styles its headings, an unstyled line naming a section is a sub-heading.
    headings = styled if len(styled) >= 2 else {**found, **styled}
    headings.update(_by_typography(rows, headings, body))
    return _cut(rows, headings)


def _join_wrapped_headings(rows: list[Row]) -> list[Row]:
    """A heading set on two lines of its own ("Work" / "Experience") as one row, when only the two together name
    a section; the text printed beside its first line (read between the two) follows it."""
    out: list[Row] = []
    for row in rows:
        back = next((b for b in (1, 2) if len(out) >= b and _heads_together(out[-b], row)), None)
        if back is not None and (back == 1 or out[-1].size != row.size):
            above = out[-back]
            out[-back] = _row([_joined(above.lines[0], row.lines[0])], above)
        else:
            out.append(row)
    return out


def _heads_together(above: Row, row: Row) -> bool:
    """*row* is the second line of the heading *above*: its wrapped rest, or its gloss in the other script
    ("工作经历" / "Experience"); "Publications" / "Conference Papers" is a heading and its first sub-heading."""
    if (
        len(above.lines) != 1
        or len(row.lines) != 1
        or len(above.text) + len(row.text) > 48
        or CELL in above.text + row.text
        or abs(above.size - row.size) >= 0.3
        or above.page != row.page
        or row.y0 - above.y1 >= 0.5 * above.size
    ):
        return False
    kind, coverage = classify(clean_heading(f"{above.text} {row.text}"))
    first, first_coverage = classify(clean_heading(above.text))
    second = classify(clean_heading(row.text))[0]
    other_script = (cjk_count(above.text) > 0) != (cjk_count(row.text) > 0)
    glossed = first_coverage >= 0.75 and first == second == kind and other_script
    return coverage >= 0.75 and (first_coverage < 0.75 or glossed)


def _by_typography(
    rows: Sequence[Row], headings: dict[int, tuple[str, str]], body: float
) -> dict[int, tuple[str, str]]:
    """Headings the vocabulary does not know, set in the same distinctive style as those it does."""
    counts = Counter(_style(rows[i]) for i in headings if rows[i].size >= body + 1)
    styles = {style for style, count in counts.items() if count >= 2}
    lefts = [rows[i].x0 for i in headings]
    out: dict[int, tuple[str, str]] = {}
    if not styles:
        return out
    first = min(headings)
    for index, row in enumerate(rows[first + 1 :], start=first + 1):
        if index in headings or _style(row) not in styles or not any(abs(row.x0 - x) < 12 for x in lefts):
            continue
        title = clean_heading(row.text)
        following = rows[index + 1] if index + 1 < len(rows) else None
        # an entry title in the heading style has its dates on the next line
        if following is not None and dates.first_range(following.text):
            continue
        if _shape_ok(row, title) and not row.bullet and not is_title(title):
            out[index] = (OTHER, title)
    return out


def _cut(rows: Sequence[Row], headings: dict[int, tuple[str, str]]) -> list[Section]:
    sections = [Section(HEADER, "", None)]
    for index, row in enumerate(rows):
        if index in headings and not _groups(sections[-1], row, headings[index][0]):
            kind, title = headings[index]
            sections.append(Section(kind, title, row))
        else:
            sections[-1].rows.append(row)
    return sections


def _groups(section: Section, row: Row, kind: str) -> bool:
    """*row* heads a group inside a publications section (Conference Papers, Under Review), not a new section."""
    if section.kind != "publications" or section.heading is None or row.size > section.heading.size + 0.3:
        return False
    if _style(row) == _style(section.heading) and section.rows and _style(section.heading) not in map(_style, section.rows):
        return False  # set like the heading after papers under no group: a section of its own (Awesome-CV's Preprints)
    folded = vocab.fold(clean_heading(row.text))
    bare = vocab.headings().modifiers.sub("", folded)  # "Selected Preprints"; "Conference Papers" loses too much
    return kind in (OTHER, "publications", "conferences") and not {folded, bare}.isdisjoint(vocab.headings().groups)


# -- a column of headings left of the text ------------------------------------------------------


def _split_heading_column(rows: Sequence[Row]) -> list[Row]:
    """Rows with the section heading in a left column beside the first line of its text, split in two.

    Such a layout (EDUCATION | Stanford University …) prints the heading on the baseline of the
    section's first row, so the loader joins them as cells.  At least two first cells naming a section,
    in one style and at one left edge with the text at one indent, mark the column; every first cell
    there in that style becomes a row of its own, and a heading wrapped onto two lines is joined.
    """
    split = [_head_and_rest(row) for row in rows]
    anchors = [
        (head, rest)
        for head, rest in (p for p in split if p is not None)
        if classify(clean_heading(head.text))[1] >= 0.75
    ]
    if len(anchors) < 2:
        return list(rows)
    first_head, text_x = anchors[0][0], anchors[0][1][0].bbox[0]
    style = (round(first_head.size * 2) / 2, first_head.bold)

    def in_column(head: Line) -> bool:  # heads share their left edge, or their right edge (moderncv's fancy style)
        return (
            abs(head.bbox[0] - first_head.bbox[0]) <= _COLUMN_SLACK
            or abs(head.bbox[2] - first_head.bbox[2]) <= _COLUMN_SLACK
        )

    aligned = [head for head, rest in anchors if in_column(head) and abs(rest[0].bbox[0] - text_x) <= _COLUMN_SLACK]
    if len(aligned) < 2:
        return list(rows)
    out: list[Row] = []
    last_head: int | None = None  # where the one-line heading split off the row just before sits in `out`
    for row, parts in zip(rows, split, strict=True):
        beside = (
            parts is not None
            and round(parts[0].size * 2) / 2 == style[0]
            and in_column(parts[0])
            and abs(parts[1][0].bbox[0] - text_x) <= _COLUMN_SLACK
        )
        alone = row.lines[0]
        if (
            not beside
            and last_head is not None
            and len(row.lines) == 1
            and CELL not in alone.text
            and round(alone.size * 2) / 2 == style[0]
            and in_column(alone)
            and _stacked(out[last_head].lines[0], alone)
        ):
            # a heading column's heading on two lines, the second beside no text: "Research" / "Experience"
            out[last_head] = _row([_joined(out[last_head].lines[0], alone)], row)
            last_head = None
            continue
        if parts is None or not beside:
            out.append(row)
            last_head = None
            continue
        head, rest = parts
        if last_head is not None and _wrapped_heading(out[last_head].lines[0], head):
            out[last_head] = _row([_joined(out[last_head].lines[0], head)], row)
            last_head = None  # a heading wraps onto two lines at most
        else:
            out.append(_row([head], row))
            last_head = len(out) - 1
        out.append(_row(rest, row))
    return out


def _head_and_rest(row: Row) -> tuple[Line, list[Line]] | None:
    """The row's first cell, when it is short heading-like text, and the rest of the row as lines."""
    first = row.lines[0]
    if CELL in first.text:
        head_text, rest_text = first.text.split(CELL, 1)
        head, tail = split_line(first, head_text, rest_text)
        if head is None or tail is None:
            return None
        rest = [tail, *row.lines[1:]]
    elif len(row.lines) > 1:
        head, rest = first, list(row.lines[1:])
    else:
        return None
    title = clean_heading(head.text)
    if not title or any(c.isdigit() for c in title) or cjk_count(title) > 8 or len(title.split()) > 4:
        return None
    return head, rest


def _wrapped_heading(above: Line, below: Line) -> bool:
    """*below* is the second line of the heading *above* ("INDUSTRY" / "EXPERIENCE")."""
    alone = classify(clean_heading(above.text))[1] >= 0.75
    return _stacked(above, below) and not alone


def _stacked(above: Line, below: Line) -> bool:
    """*below* sits right under *above*, as the next line of one paragraph does."""
    return above.page == below.page and below.bbox[1] - above.bbox[3] < 0.5 * above.size


def _joined(above: Line, below: Line) -> Line:
    spans = (*above.spans, *below.spans)
    return line_of(f"{above.text} {below.text}", above, spans)


def _row(lines: Sequence[Line], like: Row) -> Row:
    row = Row(list(lines), like.page_size)
    row.right = like.right
    return row
