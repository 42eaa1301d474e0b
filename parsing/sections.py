"""Section headings (vocabulary plus typography) and the rows under each heading."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from parsing import dates, vocab
from parsing.rows import Row, body_size, cjk_count

HEADER = "header"  # the rows before the first heading (name, contacts)
OTHER = "other"  # a heading found by its typography whose words are not in the vocabulary

_DECORATION = re.compile(
    r"^[#\s\W_]*(?:[一二三四五六七八九十]+[、.．]|\d{1,2}[、.．]\s*|[IVX]{1,4}\.\s+)?|[\s:：_\W]+$"
)
_SENTENCE = re.compile(r"[。；;!?！？]|[,，]\s*\S.*[,，]")
_LABEL_VALUE = re.compile(r"[:：]\s*\S")
_MAX_WORDS = 6
_MAX_CJK = 14


@dataclass(eq=False)
class Section:
    """A heading and the rows printed under it."""

    kind: str
    title: str
    heading: Row | None
    rows: list[Row] = field(default_factory=list)


def clean_heading(text: str) -> str:
    """A heading as printed, without Markdown marks, numbering and trailing colons."""
    return _DECORATION.sub("", text.strip()).strip()


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
    # Where the document styles its headings, an unstyled line naming a section is a sub-heading.
    headings = styled if len(styled) >= 2 else {**found, **styled}
    headings.update(_by_typography(rows, headings, body))
    return _cut(rows, headings)


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
        if index in headings:
            kind, title = headings[index]
            sections.append(Section(kind, title, row))
        else:
            sections[-1].rows.append(row)
    return sections
