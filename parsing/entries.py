"""Entries of a section (a school, a job, a project, an award): where each starts, and its fields."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TypeAlias

from parsing import dates, vocab
from parsing.cjk import IDEOGRAPH, IDEOGRAPHS, cjk_count, is_cjk
from parsing.dates import DateSpan
from parsing.profile import Award, Certificate, Education, Item, Project, Sources, Volunteer, Work
from parsing.rows import Row, bullet_length, join_lines, rows_sources, wraps_into

_STRONG = re.compile(
    rf"\t|\x00+|\s*[|｜]\s*|\s+[—–]+\s+|\s+-{{1,2}}\s+|\s{{2,}}|\s*·\s*|(?<={IDEOGRAPH})\s*[-—–]\s*(?={IDEOGRAPH})"
)
_AT = re.compile(r"\s+(?:at|@)\s+|\s*@\s*")
_SOFT = re.compile(r"\s*[,，;；]\s*")
# A space after Chinese, or after a Latin tail of a Chinese name ("智谱AI 算法工程师"; not "NLP 算法工程师").
_CJK_SPACE = re.compile(
    "|".join(
        [rf"(?<=[{IDEOGRAPHS})）])\s+(?=\S)"]
        + [rf"(?<={IDEOGRAPH}[A-Za-z0-9]{{{n}}})\s+(?={IDEOGRAPH})" for n in range(1, 5)]
    )
)
_PARENS = re.compile(r"\s*[(（][^()（）]*[)）]\s*$")
_ONLY_PARENS = re.compile(r"^[(（\[【].*[)）\]】]$")
_LABEL = re.compile(r"^\s*([^:：]{1,12}?)\s*[:：]\s*(.+)$")
_SHORT_CELL = 25  # characters: a right-hand cell this short is a column (date, place), not wrapping text
_PROSE = 80  # characters: a longer line under an entry title is its description, not part of the title
_SENTENCE_END = re.compile(r"[。.!！;；]$")
_SCORE = re.compile(r"\s*[:：]?\s*(\d(?:\.\d+)?\s*(?:/\s*\d(?:\.\d+)?)?)")
_SYSTEM = re.compile(r"^University of [A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?$")
_CAMPUS = re.compile(r"[A-Z][A-Za-z\-]+(?: [A-Z][A-Za-z\-]+)?")
# words after a degree that are not its major ("Ph.D. Candidate", "M.S. Student")
_NOT_AREA = re.compile(r"(?i)(?:candidate|student|degree|program|programme|expected|graduate)\b")
_DEGREE_OF = re.compile(r"\s+of\s+(?:[A-Z][A-Za-z&\-]*\s+){0,3}?[A-Z][A-Za-z&\-]*(?=\s+in\s+[A-Z])")
_UNIT_AT = re.compile(r"(?i:team|group|lab|laboratory|department|division|unit)\s+at\s+(?=[A-Z])")
_CITY_STATE = re.compile(r"^[A-Z][A-Za-z .'-]+,\s*[A-Z]{2}\b(?:\s*\([^)]*\))?$")


@dataclass(eq=False)
class Entry:
    """The rows of one entry: header rows (title, organisation, dates) and body items (bullets)."""

    header: list[Row]
    body: list[list[Row]] = field(default_factory=list)

    @property
    def rows(self) -> list[Row]:
        """Every row, in order."""
        return self.header + [row for item in self.body for row in item]

    @property
    def last(self) -> list[Row]:
        """The rows the next continuation line belongs to."""
        return self.body[-1] if self.body else self.header


@dataclass(frozen=True, slots=True)
class Piece:
    """A fragment of an entry's header text (a cell, a comma-separated part) and its row."""

    text: str
    row: Row
    begin: int
    end: int
    more: tuple[Piece, ...] = ()  # the rest of the piece, wrapped onto the next row

    @property
    def sources(self) -> Sources:
        """Where the piece is printed."""
        return self.row.sources(self.begin, self.end) + tuple(s for p in self.more for s in p.sources)


# -- segmentation ---------------------------------------------------------------------------


def _continues(previous: Row, row: Row) -> bool:
    """*row* is the wrapped rest of *previous* (a row ending in a short cell, such as a right-aligned date or place,
    is complete; a row opening with a date is new)."""
    cells = previous.cells
    if len(cells) > 1 and (dates.is_date_only(cells[-1]) or len(cells[-1]) <= _SHORT_CELL):
        return False
    found = dates.find_dates(row.text[row.bullet :].lstrip())
    if found and found[0].begin == 0:
        return False
    return wraps_into(previous, row)


def _wraps_on(previous: Row, row: Row, last: Piece) -> bool:
    """*row* holds the rest of *previous*'s last piece: a wrapped line, or, where a date cell ends *previous*, the
    rest of a hyphenated word ("Shanghai Jiao Tong Uni-" / "versity.") or of a bare school word ("University" /
    "College London.")."""
    if _continues(previous, row):
        return True
    after = previous.text[last.end :].strip()
    if previous.page != row.page or has_date(row) or not dates.is_date_only(after.lstrip("-")):
        return False
    bare_school = re.fullmatch(r"[A-Za-z]+", last.text.strip()) is not None and _institution_rank(last.text) > 0
    return after.startswith("-") or bare_school


def has_date(row: Row) -> bool:
    """The row carries an entry's dates: a range, or a cell holding only a date."""
    if dates.first_range(row.text):
        return True
    cells = row.cells
    return len(cells) > 1 and any(dates.is_date_only(c) for c in cells)


def split_entries(rows: Sequence[Row]) -> list[Entry]:
    """Cut a section's rows into entries.

    A row with dates starts an entry (unless it completes an undated title just above); a line
    wrapped onto the next row is one logical line, and its dates count where the wrapped tail
    carries them; bullets are body items; an undated line under the title is part of the title
    (position, place) unless it reads as prose; after the body, a line back at the title's left
    edge, or set in bold, starts the next entry.
    """
    entries: list[Entry] = []
    previous: Row | None = None
    carried = False  # the previous row's wrapped tail (this row) carries its dates
    own_dates = [has_date(row) for row in rows]
    for index, row in enumerate(rows):
        current = entries[-1] if entries else None
        following = rows[index + 1] if index + 1 < len(rows) else None
        bullet = row.bullet > 0
        # undated, but wrapped onto the next row, which prints the logical line's dates in its right cell
        tail_dated = (
            following is not None
            and not own_dates[index]
            and own_dates[index + 1]
            and not following.bullet
            and _continues(row, following)
        )
        dated = own_dates[index] or tail_dated
        if current is None:
            entries.append(Entry([row]))
        elif (
            previous is not None
            and _continues(previous, row)
            and (not dated or carried)
            and not bullet
            and row.x0 >= previous.x0 - 3
        ):
            current.last.append(row)
        elif dated and bullet and current.body and row.x0 > current.header[0].x0 + 10:
            current.body.append([row])  # a dated sub-item ("1. 项目名 2023.01-2023.03") inside the entry
        elif dated:
            if not current.body and not any(has_date(r) for r in current.header) and len(current.header) <= 2:
                current.header.append(row)
            else:
                entries.append(Entry([row]))
        elif bullet:
            current.body.append([row])
        elif not current.body:
            ended = previous is not None and _SENTENCE_END.search(previous.text.strip())
            if _next_title(current, row, previous, following):
                entries.append(Entry([row]))
            elif ended and any(has_date(r) for r in current.header):
                current.body.append([row])  # the line after a sentence under a dated title: a highlight
            elif len(row.text) > _PROSE or (_SENTENCE_END.search(row.text.strip()) and len(row.text) > _PROSE // 2):
                current.body.append([row])
            else:
                current.header.append(row)
        elif row.x0 <= current.header[0].x0 + 3 or row.starts_bold():
            if _reads_as_title(row, rows[index + 1 :]):
                entries.append(Entry([row]))
            else:
                current.body.append([row])  # a highlight printed without a bullet
        else:
            current.body[-1].append(row)
        previous, carried = row, tail_dated
    return entries


def _reads_as_title(row: Row, below: Sequence[Row]) -> bool:
    """An undated line after an entry's body that opens the next entry, not a highlight without a bullet:
    set in bold, or followed (within two title lines) by the line holding its dates; never a sentence."""
    if _SENTENCE_END.search(row.text.strip()) or len(row.text) > _PROSE:
        return False
    if row.starts_bold():
        return True
    for line in below[:2]:
        if line.bullet:
            return False
        if has_date(line):
            return True
        if _SENTENCE_END.search(line.text.strip()):
            return False
    return False


def _set_like_title(current: Entry, row: Row) -> bool:
    """*row* is set like the entry's title, in a size larger than the entry's other header lines ("浙江大学" over
    its dates and degree, where no bold is available)."""
    first, others = current.header[0], current.header[1:]
    return (
        bool(others)
        and abs(row.size - first.size) < 0.3
        and first.size - max(r.size for r in others) >= 0.4
        and not has_date(first)
    )


def _next_title(current: Entry, row: Row, previous: Row | None, following: Row | None) -> bool:
    """An undated row under a complete entry header that opens the next entry at the title's left edge."""
    if row.x0 > current.header[0].x0 + 3:
        return False
    if previous is not None and _SENTENCE_END.search(previous.text.strip()):
        # after an undated entry's closing sentence anything opens the next entry; after a dated one, a title
        return not any(has_date(r) for r in current.header) or _reads_as_title(row, [following] if following else [])
    if not any(has_date(r) for r in current.header):
        return False
    if _set_like_title(current, row):
        return True
    if not row.starts_bold():
        return False
    # a bold title whose dates are on the next line, under an entry that has its dates
    if following is not None and has_date(following) and not following.bullet:
        return True
    # the entry's header ended with a line of dates ("IIT Bombay" / "B.Tech." / "2012 – 2016"), or is a
    # bold title with its details line, and this row is set like that title ("**MIT**" / "Ph.D. … 2018 – 2023")
    return len(current.header) >= 2 and (
        dates.is_date_only(current.header[-1].text)
        or (current.header[0].starts_bold() and abs(current.header[0].size - row.size) < 0.3)
    )


def split_items(rows: Sequence[Row]) -> list[list[Row]]:
    """One item per row or bullet, with its wrapped continuation lines (awards, skills, languages)."""
    items: list[list[Row]] = []
    for row in rows:
        if items:
            first, previous = items[-1][0], items[-1][-1]
            continued = (
                not row.bullet
                and not has_date(row)
                and not _ends_with_date(previous)  # "浙江大学优秀毕业生 2022" is a whole item
                and not _LABEL.match(row.text)
                and (
                    _continues(previous, row)
                    or (first.bullet and row.x0 > first.x0 + 3)
                    or previous.text.rstrip().endswith((",", "，", "、", "/"))
                )
            )
            if continued:
                items[-1].append(row)
                continue
        items.append([row])
    return items


def _ends_with_date(row: Row) -> bool:
    text = row.text.rstrip(" )）]】")
    found = dates.find_dates(text)
    return bool(found) and found[-1].stop == len(text)


# -- pieces of a header ------------------------------------------------------------------------


def pieces(rows: Sequence[Row], *, soft: bool = True) -> list[Piece]:
    """The header's text cut at separators (cells, |, dashes; with *soft* also commas and a space after Chinese).

    Dates and bullets are removed.
    """
    out: list[Piece] = []
    previous: Row | None = None
    for row in rows:
        found = _row_pieces(row, soft)
        joins = found and not _starts_with_degree(found[0].text)  # a degree starts its own piece
        if joins and out and previous is not None and out[-1].row is previous and _wraps_on(previous, row, out[-1]):
            # a name wrapped onto the next line: "Indian Institute of" / "Technology Madras"
            last, first = out[-1], found[0]
            gap = previous.text[last.end :].strip()
            if dates.is_date_only(gap.lstrip("-")):  # past the name only its dates: what stands before them counts
                gap = gap[: len(gap) - len(gap.lstrip("-"))]
            hyphenated = gap == "-" and last.text[-1:].isalpha() and first.text[:1].islower()  # "Bom-" / "bay"
            if (not gap or hyphenated) and not row.text[: first.begin].strip():
                text = last.text + first.text if hyphenated else join_lines([last.text, first.text])
                out[-1] = Piece(text, last.row, last.begin, last.end, (*last.more, first))
                found = found[1:]
        out.extend(found)
        previous = row
    return out


def _row_pieces(row: Row, soft: bool) -> list[Piece]:
    masked = list(row.text)
    for i in range(row.bullet):
        masked[i] = "\x00"
    for begin, end in row.span_gaps():
        masked[begin:end] = "\t" * (end - begin)
    for span in dates.find_dates(row.text):
        masked[span.begin : span.stop] = "\x00" * (span.stop - span.begin)
    text = "".join(masked)
    out = []
    for begin, end in _split(text, 0, len(text), _STRONG):
        whole = soft and not is_location(row.text[begin:end].strip())
        parts = _split(text, begin, end, _SOFT) if whole else [(begin, end)]
        for a, b in parts:
            for c, d in _split(text, a, b, _CJK_SPACE) if soft else [(a, b)]:
                value = _without_full_stop(
                    row.text[c:d].strip(" \t-–—:：,，;；").removesuffix("(").removesuffix("（").strip()
                )
                # a month name alone is the rest of a date range wrapped in a narrow column ("Jun 2022–Sep")
                lone_month = dates.is_month_name(value)
                if value and not _ONLY_PARENS.match(value) and "\x00" not in text[c:d] and not lone_month:
                    at = row.text.find(value, c)
                    out.append(Piece(value, row, at, at + len(value)))
    return out


def _without_full_stop(value: str) -> str:
    """A piece without the full stop a layout ends it with ("商汤科技.", "Google DeepMind.", "Zhipu AI.", "JD.com.");
    "Inc." and "Ph.D." keep theirs."""
    if value.endswith(".") and (is_cjk(value[-2:-1]) or re.search(r"(?<![A-Za-z.])(?:[A-Za-z]{5,}|[A-Z]{2,})\.$|\w\.[a-z]{2,4}\.$", value)):
        return value[:-1]
    return value


def _split(text: str, begin: int, end: int, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
    out, pos = [], begin
    for match in pattern.finditer(text, begin, end):
        if match.start() > pos:
            out.append((pos, match.start()))
        pos = match.end()
    if pos < end:
        out.append((pos, end))
    return out


def split_glued(piece: Piece) -> list[Piece]:
    """A piece holding organisation and title together: "Engineer at Google", or set in two fonts ("**网易**高级工程师")."""
    at = _AT.search(piece.text)
    if at:
        left, right = piece.text[: at.start()], piece.text[at.end() :]
        return [
            Piece(left, piece.row, piece.begin, piece.begin + at.start()),
            Piece(right, piece.row, piece.begin + at.end(), piece.end),
        ]
    for offset, changes in piece.row.span_breaks():
        if piece.begin < offset < piece.end and changes:
            left, right = piece.row.text[piece.begin : offset], piece.row.text[offset : piece.end]
            if is_position(right) and not is_position(left):
                return [Piece(left, piece.row, piece.begin, offset), Piece(right, piece.row, offset, piece.end)]
    for offset, _ in piece.row.span_breaks():
        if piece.begin < offset < piece.end:
            left, right = piece.row.text[piece.begin : offset], piece.row.text[offset : piece.end]
            if is_position(right) and not is_position(left) and cjk_count(left) >= 2:
                return [Piece(left, piece.row, piece.begin, offset), Piece(right, piece.row, offset, piece.end)]
    return [piece]


# -- word classes ----------------------------------------------------------------------------


def is_position(text: str) -> bool:
    """Looks like a job title."""
    return bool(vocab.mixed_pattern("position_zh", "position_en").search(text))


def _ends_as_position(text: str) -> bool:
    """The job word ends *text* ("AI 编译器工程师"), or *text* is English, where word order varies."""
    text = _PARENS.sub("", text).strip()
    if not cjk_count(text):
        return True
    matches = list(vocab.mixed_pattern("position_zh", "position_en").finditer(text))
    return bool(matches) and matches[-1].end() == len(text)


def is_organization(text: str) -> bool:
    """Looks like an organisation name."""
    return bool(vocab.mixed_pattern("organization_zh", "organization_en").search(text))


def is_award(text: str) -> bool:
    """Names a competition, prize or scholarship."""
    return bool(vocab.mixed_pattern("award_zh", "award_en").search(text))


def is_location(text: str) -> bool:
    """Only a place ("深圳", "Austin, TX", "London, UK", "Remote")."""
    stripped = _PARENS.sub("", text).strip()
    if _CITY_STATE.match(text.strip()):
        return True
    places = vocab.mixed_pattern("places_zh", "places_en")
    rest = places.sub("", stripped)
    return bool(stripped) and not re.sub(r"[\s,，.市省区县]+", "", rest)


def _is_department(text: str) -> bool:
    lower = text.lower()
    return text.endswith(vocab.words("department_zh")) or lower.startswith(vocab.words("department_en"))


def _institution_rank(text: str) -> int:
    """How surely *text* names a school: 3 university, 2 institute, 1 college/school, 0 not (nor a competition:
    全国大学生数学建模竞赛)."""
    if is_award(text):
        return 0
    if vocab.mixed_pattern("university").search(text):
        return 3
    if vocab.mixed_pattern("institute").search(text):
        return 2
    if vocab.mixed_pattern("college").search(text) and not _is_department(text):
        return 1
    return 0


def _label_value(rows: Sequence[Row], labels: str) -> tuple[str, Row] | None:
    """The value of a "label: value" line whose label is in the word list *labels*."""
    names = {vocab.fold(w) for w in vocab.words(labels)}
    for row in rows:
        text = row.text[row.bullet :]
        match = _LABEL.match(text)
        if match and vocab.fold(match.group(1)) in names:
            return match.group(2).strip(), row
    return None


def _without_gloss(name: str) -> str:
    """A Chinese name without its bracketed English form or abbreviation: 微软亚洲研究院(MSRA) → 微软亚洲研究院."""
    stripped = strip_decoration(name)
    return stripped if cjk_count(stripped) >= 2 else name


def _without_remarks(name: str) -> str:
    """A school's name without remarks such as (推免), keeping a campus: 香港中文大学（深圳）."""
    match = _PARENS.search(name)
    if match and is_location(match.group(0).strip(" ()（）")):
        return name
    return strip_decoration(name)


def strip_decoration(text: str) -> str:
    """Drop trailing parenthesised remarks: 博士研究生（直博） → 博士研究生, 金融学(双学位) → 金融学."""
    previous = None
    while previous != text:
        previous, text = text, _PARENS.sub("", text).strip()
    return text


# -- dates -----------------------------------------------------------------------------------


def entry_dates(entry: Entry) -> tuple[DateSpan | None, Row | None]:
    """The entry's date range (header first; header rows read as one text so a wrapped range counts)."""
    for row in entry.header:
        span = dates.first_range(row.text)
        if span:
            return span, row
    joined = " ".join(row.text for row in entry.header)
    span = dates.first_range(joined)
    if span:
        return span, entry.header[0]
    # a range wrapped inside a date column: "Jun 2022–Sep" over "2022", each the first cell of its row
    firsts = [row.cells[0] for row in entry.header if len(row.cells) > 1]
    span = dates.first_range(" ".join(firsts))
    if span and span.begin < len(firsts[0]):
        return dates.DateSpan(span.start, span.end, span.begin, len(firsts[0])), entry.header[0]
    for row in entry.header:
        for cell in row.cells:
            if dates.is_date_only(cell):
                found = dates.find_dates(cell)
                return found[0], row
    return None, None


def _set_dates(item: Item, entry: Entry) -> None:
    span, row = entry_dates(entry)
    if span is None or row is None:
        return
    sources = row.sources(span.begin, span.stop) if span.stop <= len(row.text) else row.sources()
    item.set("start_date", span.start, sources)
    if span.end:
        item.set("end_date", span.end, sources)
    else:
        item.set("end_date", span.start, sources, uncertain=True)


def _body_texts(entry: Entry) -> list[str]:
    out = []
    for item in entry.body:
        text = join_lines(row.text for row in item)
        text = text[bullet_length(text) :].strip()
        if text:
            out.append(text)
    return out


# -- education -------------------------------------------------------------------------------


def find_degree(text: str) -> tuple[str, str, int, int] | None:
    """(degree as printed, level, begin, end) of the first degree word in *text*."""
    best: tuple[str, str, int, int] | None = None
    for pattern, level in vocab.degrees():
        match = pattern.search(text)
        if match and (best is None or match.start() < best[2]):
            best = (match.group(0), level, match.start(), match.end())
    if best is not None and best[0][:1].isupper() and best[0].isalpha():
        # "Bachelor of Applied Science in Engineering Science": the degree runs up to "in"
        named = _DEGREE_OF.match(text, best[3])
        if named:
            best = (text[best[2] : named.end()], best[1], best[2], named.end())
    return best


def education(entry: Entry, previous: Entry | None = None) -> Education:
    """A school: institution, degree as printed and its level, major, dates, GPA.

    A degree line under the degree of the entry before, whose school stood alone on its first line
    ("UNAM" / "M.Sc. …, 2016 - 2018" / "B.Sc. …, 2012 - 2016"), was taken at that school.
    """
    item = Education(source=rows_sources(entry.rows))
    parts = pieces(entry.header)
    if not any(find_degree(p.text) for p in parts) or not any(_institution_rank(p.text) for p in parts):
        # the school or the degree on the line under the title, long enough to read as a description
        parts += pieces(entry.body[0] if entry.body else [])
    remaining = _bare_school_words_joined(parts)
    institution = max(remaining, key=lambda p: _institution_rank(p.text), default=None)
    if institution is not None and _institution_rank(institution.text) == 0:
        institution = None
    if institution is not None:
        institution = _with_campus(institution, remaining)
    if institution is None and previous is not None and _starts_with_degree(entry.header[0].text):
        school = previous.header[0].cells[0] if len(previous.header) > 1 else ""
        if _institution_rank(school) and not find_degree(school):
            row = previous.header[0]
            item.set("institution", _without_remarks(school), row.locate(school), uncertain=True)
    if institution is not None:
        item.set("institution", _without_remarks(institution.text), institution.sources)
    for at, piece in enumerate(remaining):
        degree = find_degree(piece.text)
        if degree and piece is not institution:
            text, level, begin, end = degree
            item.set("study_type", text, piece.row.sources(piece.begin + begin, piece.begin + end))
            item.level = level
            area = _area_from_degree_piece(piece.text, begin, end)
            if area:
                item.set("area", area, piece.row.locate(area))
            else:
                # the major beside the degree: before it (计算机应用技术 | 博士) or after it (博士·模式识别与智能系统)
                beside = [remaining[i] for i in (at - 1, at + 1) if 0 <= i < len(remaining)]
                major = next((p for p in beside if _is_major(p, piece, institution)), None)
                if major is not None:
                    item.set("area", strip_decoration(major.text), major.sources)
            break
    if item.area is None:
        labelled = _label_value(entry.rows, "area_labels")
        if labelled:
            value, row = labelled
            item.set("area", strip_decoration(_SOFT.split(value)[0]), row.locate(value))
    if item.area is None:
        for piece in remaining:
            text = strip_decoration(piece.text)
            if (
                piece is institution
                or find_degree(text)
                or _is_department(text)
                or is_location(text)
                or _institution_rank(text)
                or _LABEL.match(text)
                or not text
                or vocab.mixed_pattern("gpa_labels").search(text)
                or _in_place_column(piece, institution)
            ):
                continue
            item.set("area", text, piece.sources, uncertain=True)
            break
    for row in entry.rows:
        label = vocab.mixed_pattern("gpa_labels").search(row.text)
        match = _SCORE.match(row.text, label.end()) if label else None
        if label and match:
            item.set("score", match.group(1).replace(" ", ""), row.sources(label.start(), match.end()))
            break
    _set_dates(item, entry)
    return item


def _in_place_column(piece: Piece, institution: Piece | None) -> bool:
    """*piece* is in the right-hand cell of the school's line, where the town stands ("KTH … | Stockholm, Sweden")."""
    row = piece.row
    return institution is not None and institution.row is row and "\t" in row.text and piece.begin > row.text.rfind("\t")


def _bare_school_words_joined(parts: Sequence[Piece]) -> list[Piece]:
    """A line holding only "University" (or "Institute", "大学") is the end of the school name wrapped from the line
    above ("…, Carnegie Mellon" / "University."): never a school on its own."""
    bare = {vocab.fold(w) for key in ("university", "institute", "college") for w in vocab.words(key)}
    out: list[Piece] = []
    for piece in parts:
        # the line above in the same column (a sidebar's line may be read between the two)
        at = next((i for i in range(len(out) - 1, -1, -1) if abs(out[i].row.x0 - piece.row.x0) <= 3), None)
        before = out[at] if at is not None else None
        if at is not None and before is not None and before.row is not piece.row and vocab.fold(piece.text) in bare:
            text = f"{before.text} {piece.text}" if piece.text.isascii() else before.text + piece.text
            out[at] = Piece(text, before.row, before.begin, before.end, (*before.more, piece))
        else:
            out.append(piece)
    return out


def _is_major(candidate: Piece, degree: Piece, institution: Piece | None) -> bool:
    """*candidate* is the major printed beside a Chinese degree on its line: 计算机应用技术 | 博士, 博士·软件工程."""
    text = strip_decoration(candidate.text)
    return (
        candidate is not institution
        and candidate.row is degree.row
        and cjk_count(text) >= 2
        and not find_degree(text)
        and not _institution_rank(text)
        and not _is_department(text)
        and not is_location(text)
        and not _LABEL.match(text)
    )


def _with_campus(institution: Piece, parts: Sequence[Piece]) -> Piece:
    """A university system's name with its campus: "University of California, Berkeley" is one school; an
    institute with the academy it belongs to: "Institute of Automation, Chinese Academy of Sciences"."""
    following = _after_comma(institution, parts)
    if following is None or is_location(following.text) or find_degree(following.text):
        return institution
    campus = _SYSTEM.match(institution.text) and _CAMPUS.fullmatch(following.text)
    parent = _institution_rank(institution.text) == _institution_rank(following.text) == 2
    if not (campus or parent):
        return institution
    return Piece(institution.row.text[institution.begin : following.end], institution.row, institution.begin, following.end)


def _after_comma(piece: Piece, parts: Sequence[Piece]) -> Piece | None:
    """The piece after *piece* on its row when only a comma stands between them."""
    at = next((i for i, p in enumerate(parts) if p is piece), None)
    following = parts[at + 1] if at is not None and at + 1 < len(parts) else None
    if following is None or following.row is not piece.row or piece.more:
        return None
    return following if piece.row.text[piece.end : following.begin].strip() == "," else None


def _starts_with_degree(text: str) -> bool:
    found = find_degree(text)
    return found is not None and not text[: found[2]].strip(" \t•-–*")


def _area_from_degree_piece(text: str, begin: int, end: int) -> str | None:
    """The major printed with the degree: "M.S. in Machine Learning", "B.Tech. Civil Engineering", "软件工程 博士"."""
    after = text[end:]
    match = re.match(r"\s*(?:candidate\s+|student\s+|degree\s+)?(?:in|of)\s+(.+)", after, re.IGNORECASE)
    if match:
        area = re.split(r"[,;(]|\s+[—–-]\s+", match.group(1))[0].strip(" .")
        return area or None
    named = re.match(r"\s+([A-Z][A-Za-z&\- ]+?)\s*(?:\([^()]*\))?$", after)
    if named and not cjk_count(text) and not _NOT_AREA.match(named.group(1)):
        area = named.group(1).strip()
        if not _institution_rank(area) and not is_location(area):
            return area
    before = text[:begin].strip(" ,，(（")
    if before and (cjk_count(before) or not after.strip()) and not _institution_rank(before):
        return strip_decoration(before)
    return None


# -- work, projects, activities ----------------------------------------------------------------


_Roles: TypeAlias = tuple[Piece | None, Piece | None, Piece | None, list[Piece]]


def _roles(entry: Entry) -> _Roles:
    """(organisation, position, location, other pieces) of an entry header."""
    parts = _with_latin_tails([p for p in pieces(entry.header) if not dates.is_date_only(p.text)])
    if len(parts) == 1 and is_position(parts[0].text):
        parts = split_glued(parts[0])
    labelled_org, labelled_position = _labelled(parts, "organization_labels"), _labelled(parts, "position_labels")
    dated = {vocab.fold(w) for w in vocab.words("date_labels")}
    parts = [p for p in parts if vocab.fold(p.text) not in dated]  # "时间：" whose date was taken out
    location = next((p for p in parts if is_location(p.text)), None)
    candidates = [p for p in parts if p is not location and not _LABEL.match(p.text)]
    positions = [p for p in candidates if is_position(p.text) and not is_award(p.text) and not _is_department(p.text)]
    # "昇腾计算产品线 | AI 编译器工程师": a piece ending in a job word beats one merely containing one
    position = labelled_position or next(
        (p for p in positions if _ends_as_position(p.text)), positions[0] if positions else None
    )
    others = [p for p in candidates if p is not position]
    organization = (
        labelled_org
        or next((p for p in others if not _is_department(p.text)), None)
        or next((p for p in others if is_organization(p.text)), None)
    )
    if organization is not None and not labelled_org:
        organization = _after_at(organization)
    rest = [p for p in candidates if p not in (organization, position)]
    return organization, position, location, rest


def _after_at(piece: Piece) -> Piece:
    """The organisation after "at" in a piece naming a team there: "Alignment Team at Amazon Web Services"."""
    at = _UNIT_AT.search(piece.text)
    if at is None:
        return piece
    begin = piece.begin + at.end()
    return Piece(piece.text[at.end() :], piece.row, begin, piece.end, piece.more)


def _labelled(parts: Sequence[Piece], labels: str) -> Piece | None:
    """The value of a "公司：快手科技" piece whose label is in the word list *labels*."""
    names = {vocab.fold(w) for w in vocab.words(labels)}
    for piece in parts:
        match = _LABEL.match(piece.text)
        if match and vocab.fold(match.group(1)) in names:
            begin = piece.begin + match.start(2)
            return Piece(match.group(2).strip(), piece.row, begin, begin + len(match.group(2).strip()))
    return None


def _with_latin_tails(parts: Sequence[Piece]) -> list[Piece]:
    """Chinese organisation names given back the English words ending them ("智谱 | AI", "腾讯 | AI Lab 中心")."""
    tails = {vocab.fold(w) for w in vocab.words("organization_tail_en")}
    out: list[Piece] = []
    for piece in parts:
        before = out[-1] if out else None
        words = re.match(r"(?:[A-Za-z.]+ ?)+", piece.text)
        if (
            before is None
            or before.row is not piece.row
            or before.more
            or not cjk_count(before.text[-1:])
            or before.row.text[before.end : piece.begin] not in ("", " ")
            or _is_department(before.text)
            or words is None
            or not all(vocab.fold(w) in tails for w in words.group(0).split())
        ):
            out.append(piece)
            continue
        cut = piece.begin + len(words.group(0).rstrip())
        remainder = piece.row.text[cut : piece.end].strip()
        if remainder and not is_organization(words.group(0)):
            out.append(piece)  # "小米 AI 实验室": the word qualifies what follows it
            continue
        out[-1] = Piece(piece.row.text[before.begin : cut], piece.row, before.begin, cut)
        if remainder:
            at = piece.row.text.find(remainder, cut)
            out.append(Piece(remainder, piece.row, at, at + len(remainder)))
    return out


def _highlights(entry: Entry) -> tuple[list[str], str | None]:
    texts = _body_texts(entry)
    bullets = [t for item, t in zip(entry.body, texts, strict=False) if item[0].bullet]
    prose = [t for item, t in zip(entry.body, texts, strict=False) if not item[0].bullet]
    return bullets, (" ".join(prose) or None)


def work(entry: Entry) -> Work | Award:
    """A job or internship; a competition result printed among jobs becomes an award."""
    roles = _roles(entry)
    organization, position, _, _ = roles
    if organization is not None and position is None and is_award(organization.text):
        return award(entry.rows)
    return _job(entry, roles)


def job(entry: Entry) -> Work | None:
    """The entry as a job if it names a job title and where it was held ("Research Intern, Google DeepMind"), else None."""
    roles = _roles(entry)
    organization, position, _, _ = roles
    titles = vocab.mixed_pattern("job_titles")
    if organization is None or position is None or not titles.search(position.text) or titles.search(organization.text):
        return None
    return _job(entry, roles)


def _job(entry: Entry, roles: _Roles) -> Work:
    """The Work of an entry whose header reads as *roles* (organisation, position, location, the rest)."""
    organization, position, location, rest = roles
    item = Work(source=rows_sources(entry.rows))
    if organization is not None:
        item.set("name", _without_gloss(organization.text), organization.sources)
    labelled = _label_value([r for body in entry.body for r in body], "position_labels")
    if position is not None:
        item.set("position", position.text, position.sources)
    elif labelled:
        value, row = labelled
        item.set("position", value, row.locate(value))
    elif rest:
        item.set("position", rest[0].text, rest[0].sources, uncertain=True)
    if location is not None:
        item.set("location", location.text, location.sources)
    _set_dates(item, entry)
    item.highlights, item.summary = _highlights(entry)
    return item


def volunteer(entry: Entry) -> Volunteer:
    """A campus or leadership role."""
    organization, position, _, rest = _roles(entry)
    item = Volunteer(source=rows_sources(entry.rows))
    if organization is not None:
        item.set("organization", organization.text, organization.sources)
    chosen = position or (rest[0] if rest else None)
    if chosen is not None:
        item.set("position", chosen.text, chosen.sources, uncertain=position is None)
    _set_dates(item, entry)
    item.highlights, item.summary = _highlights(entry)
    return item


def project(entry: Entry) -> Project:
    """A project: name, organisation, roles, dates, highlights."""
    item = Project(source=rows_sources(entry.rows))
    parts = [p for p in pieces(entry.header, soft=False) if not dates.is_date_only(p.text)]
    if parts:
        name = re.split(r"[:：]", parts[0].text, maxsplit=1)[0].strip()
        item.set("name", name or parts[0].text, parts[0].row.locate(name or parts[0].text))
    for piece in parts[1:]:
        if is_organization(piece.text) and item.entity is None:
            item.set("entity", piece.text, piece.sources)
        elif is_position(piece.text):
            item.roles.append(piece.text)
    _set_dates(item, entry)
    item.highlights, item.description = _highlights(entry)
    return item


# -- awards and certificates -----------------------------------------------------------------


def awards(rows: Sequence[Row]) -> list[Award]:
    """The awards of one line: "国家奖学金(2021);校一等奖学金(2020)" is two."""
    text = join_lines(row.text for row in rows)
    parts = [p for p in re.split(r"[;；]", text) if p.strip()]
    if len(parts) < 2:
        listed = [p for p in re.split(r"[、,，]", text) if p.strip()]
        separate = all(dates.find_dates(p) and strip_edge_dates(p) not in ("", p.strip()) for p in listed)
        parts = listed if len(listed) > 1 and separate else [text]
    if len(parts) == 1:
        return [award(rows)]
    out = []
    for part in parts:
        row = next((r for r in rows if part.strip()[:8] in r.text), rows[0])
        out.append(award([row], part))
    return out


def award(rows: Sequence[Row], text: str | None = None) -> Award:
    """An award line: title without its year; the latest year when several are listed."""
    item = Award(source=rows_sources(rows) if text is None else rows[0].locate(text.strip()))
    if text is None:
        text = join_lines("  ".join(c for c in row.cells if not dates.is_date_only(c)) for row in rows)
        when = _award_date(" ".join(row.text for row in rows))
    else:
        when = _award_date(text)
    title = text[bullet_length(text) :].strip()
    stripped = strip_edge_dates(title) or title
    if stripped:
        first = rows[0]
        item.set("title", stripped, first.locate(stripped) if stripped in first.text else rows_sources(rows))
    if when:
        row = next((r for r in rows if when[:4] in r.text), rows[0])
        at = row.text.rfind(when[:4])
        item.set("date", when, row.sources(at, at + 4))
    return item


def strip_edge_dates(text: str) -> str:
    """*text* without the dates printed before or after it: "2024国家奖学金", "Dean's List (2018, 2019)"."""
    found = dates.find_dates(text)
    if found and not text[: found[0].begin].strip(" (（[【"):
        text = text[found[0].stop :].lstrip(" )）]】,，:：")
        found = dates.find_dates(text)
    end = len(text)
    for span in reversed(found):
        if text[span.stop : end].strip(" )）]】,，、/;；.-–"):
            break
        end = span.begin
    return text[:end].rstrip(" (（[【,，、/;；:：-–").strip()


def _award_date(text: str) -> str | None:
    found = dates.find_dates(text)
    if not found:
        return None
    values = [d.end if d.end and d.end != dates.PRESENT else d.start for d in found]
    latest = max(values, key=dates.sort_key)
    return latest


def certificate(rows: Sequence[Row]) -> Certificate:
    """A certification line."""
    item = Certificate(source=rows_sources(rows))
    text = join_lines(row.text for row in rows)
    text = text[bullet_length(text) :].strip()
    name = strip_edge_dates(text) or text
    item.set("name", name, rows[0].locate(name))
    when = _award_date(text)
    if when:
        item.set("date", when, rows_sources(rows))
    return item
