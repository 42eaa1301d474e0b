"""Dates and date ranges as résumés print them, normalised to "YYYY", "YYYY-MM" or "present"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from parsing import vocab

PRESENT = "present"
_YEAR = r"(?:19[5-9]\d|20[0-4]\d)"
_MONTH = r"(?:1[0-2]|0?[1-9])"
_MONTH_NAMES = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH_WORD = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
# months written in Chinese numerals: 2019年九月
_MONTHS_ZH = {n: i for i, n in enumerate("一 二 三 四 五 六 七 八 九 十 十一 十二".split(), start=1)}
_MONTH_ZH = "|".join(sorted(_MONTHS_ZH, key=len, reverse=True))
_SEPARATOR = re.compile(r"\s*(?:--|-|–|—|―|－|~|～|〜|至|到|\bto\b|\btill\b|\buntil\b)\s*", re.IGNORECASE)


@cache
def _token() -> re.Pattern[str]:
    # a 月 after a cell break (TAB) begins the next cell ("2026.09⇥月之暗面"), it is no month's sign
    present = "|".join(
        re.escape(w) if not w.isascii() else rf"\b{re.escape(w)}\b"
        for w in sorted(vocab.words("present"), key=len, reverse=True)
    )
    return re.compile(
        rf"""
        (?P<ym>(?<![\d.])(?P<y1>{_YEAR})\s*(?:[./\-]|年)\s*(?:(?P<m1>{_MONTH})(?!\d)|(?P<mzh>{_MONTH_ZH})(?=\s*月))(?:[^\S\t\n]*月|\s*)
            (?:[./](?:3[01]|[12]\d|0?[1-9])(?!\d)\s*日?)?)
        |(?P<my>(?<![\d./])(?P<m2>{_MONTH})\s*[/.]\s*(?P<y2>{_YEAR})(?![\d.]))
        |(?P<mon>\b(?P<mname>{_MONTH_WORD})\.?,?\s*(?P<y3>{_YEAR})(?!\d))
        |(?P<season>\b(?:spring|summer|fall|autumn|winter)\s*,?\s*(?P<y4>{_YEAR})(?!\d))
        |(?P<y>(?<![\d.:/])(?P<y5>{_YEAR})(?:\s*年)?(?![\d]))
        |(?P<now>{present})
        """,
        re.IGNORECASE | re.VERBOSE,
    )


@dataclass(frozen=True, slots=True)
class DateSpan:
    """A date or a range found in text: normalised values and the character span."""

    start: str
    end: str | None  # None for a single date
    begin: int
    stop: int

    @property
    def is_range(self) -> bool:
        """True for "from – to"."""
        return self.end is not None


def _value(match: re.Match[str]) -> str | None:
    if match.group("ym"):
        month = int(match.group("m1")) if match.group("m1") else _MONTHS_ZH[match.group("mzh")]
        return f"{match.group('y1')}-{month:02d}"
    if match.group("my"):
        return f"{match.group('y2')}-{int(match.group('m2')):02d}"
    if match.group("mon"):
        return f"{match.group('y3')}-{_MONTH_NAMES[match.group('mname')[:3].lower()]:02d}"
    if match.group("season"):
        return match.group("y4")
    if match.group("y"):
        return match.group("y5")
    return None  # "present" is only a range end


def sort_key(value: str) -> tuple[int, int]:
    """Orders "YYYY", "YYYY-MM" and "present" (last)."""
    if value == PRESENT:
        return (9999, 99)
    year, _, month = value.partition("-")
    return (int(year), int(month) if month else 0)


def find_dates(text: str) -> list[DateSpan]:
    """Every date and date range in *text*, left to right (a range ending before it starts is swapped)."""
    token = _token()
    out: list[DateSpan] = []
    pos = 0
    while True:
        match = token.search(text, pos)
        if match is None:
            return out
        start = _value(match)
        pos = match.end()
        if start is None:
            continue
        sep = _SEPARATOR.match(text, pos)
        after = token.match(text, sep.end()) if sep else None
        if sep and after:
            end = _value(after) or PRESENT
            if end != PRESENT and sort_key(end) < sort_key(start):
                start, end = end, start
            out.append(DateSpan(start, end, match.start(), after.end()))
            pos = after.end()
        else:
            out.append(DateSpan(start, None, match.start(), match.end()))


def first_range(text: str) -> DateSpan | None:
    """The first date range in *text*, or a lone month-precise date standing for one."""
    spans = find_dates(text)
    for span in spans:
        if span.is_range:
            return span
    return None


def latest_year(text: str) -> str | None:
    """The most recent year printed in *text* ("2023, 2024" → "2024")."""
    years = [d.end if d.end and d.end != PRESENT else d.start for d in find_dates(text)]
    return max(years, key=sort_key)[:4] if years else None


def is_month_name(text: str) -> bool:
    """True when *text* is only a month's name ("Sep", "June")."""
    return bool(re.fullmatch(rf"{_MONTH_WORD}\.?", text.strip(), re.IGNORECASE))


def is_date_only(text: str) -> bool:
    """True when *text* is nothing but dates (a right-aligned date cell)."""
    spans = find_dates(text)
    if not spans:
        return False
    rest = text
    for span in reversed(spans):
        rest = rest[: span.begin] + rest[span.stop :]
    return not re.sub(r"[\s,，;、()（）\[\]|·.\-–—~]+", "", rest)
