"""Papers: where each starts, its title, authors, the candidate's place among them, venue, rank and year."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from parsing import contacts, vocab
from parsing.profile import Publication, Sources
from parsing.rows import Row, cjk_count, join_lines, rows_sources

_NUMBERED = re.compile(r"^\s*(?:[•●▪·\-*]\s*)?(?:\[\d{1,3}\]\.?|\d{1,3}[.)、](?!\d)|[(（]\d{1,3}[)）])\s*")
_QUOTED = re.compile(r"[“\"]([^”\"]{10,}?)[,.]?[”\"]")
_YEAR = re.compile(r"(?<![\d.:/])(?:19[5-9]\d|20[0-4]\d)(?!\d)")
_CCF = re.compile(r"CCF[\s-]?([ABC])(?![A-Za-z])", re.IGNORECASE)
# a sentence ends at a full stop, but not after an initial ("J. Chen"; an acronym such as "RL." may end one)
_SENTENCE = re.compile(
    r"(?<!\b[A-Z])(?<!\bDr)(?<!\bProf)\.\s+(?=[A-Za-z\[(“\"\u3400-\u9fff])|(?<=[)”\"])\s*[,.]?\s+(?=[A-Z(])"
)
_MARKERS = "*†‡✉#＊"
_NAME_WORD = r"[A-Z][A-Za-z'\-]*\.?(?:-[A-Z]\.)?"  # "Li", "W.", "S.-Y."
_NAME_LATIN = re.compile(rf"^{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|van|von|de|der|da|di|le)){{0,3}}$")
_NAME_CJK = re.compile(r"^[\u3400-\u9fff]{2,4}$")
_AUTHOR_SPLIT = re.compile(r"\s*(?:,|，|、|;|\band\b|&)\s*")
_PROSE_CJK = 12
_ET_AL = re.compile(r"(?i)^(?:et\.?\s*al\.?|等)$")
_ET_AL_TAIL = re.compile(r"(?i)\s*,?\s*(?:et\.?\s*al\.?|等)\s*$")
# "Zhang S, Li W, Chen HM. Title": surnames with unpunctuated initials, whose closing period follows a capital
_SURNAME_INITIALS = r"[A-Z][a-z'\-]+(?:[\s-][A-Z][a-z'\-]+)?\s+[A-Z]{1,3}[*†‡✉#＊]*"
_VANCOUVER = re.compile(
    rf"^\s*((?:{_SURNAME_INITIALS}\s*(?:,|，|\band\b|&)\s*)*{_SURNAME_INITIALS}(?:,?\s*et\s+al)?)\.\s+"
)
# an author's initial, not a list letter: "A. Mehta, L. Zhou. Title."
_INITIAL = re.compile(r"^\s*[A-Z]\.\s+[A-Z][a-z'\-]+\b")
# a year printed in its own column before the citation (moderncv's date column)
_LEAD_YEAR = re.compile(r"^\s*((?:19|20)\d{2})\s{2,}")


def split_items(rows: Sequence[Row]) -> list[list[Row]]:
    """One list of rows per paper: numbered lines start items, else top-level bullets, else paragraphs."""
    numbered = [i for i, row in enumerate(rows) if _NUMBERED.match(row.text)]
    if numbered:
        left = min(rows[i].x0 for i in numbered)
        starts = [i for i in numbered if rows[i].x0 <= left + 12]
    else:
        bulleted = [i for i, row in enumerate(rows) if row.bullet and not _INITIAL.match(row.text)]
        left = min((rows[i].x0 for i in bulleted), default=0.0)
        starts = [i for i in bulleted if rows[i].x0 <= left + 3]
    if not starts:
        starts = [i for i, row in enumerate(rows) if i == 0 or _ends_sentence(rows[i - 1]) or row.starts_bold()]
        # a label line ("Preprints") is no paper: the paper starts on the line under it
        labels = {i for i in starts if i + 1 < len(rows) and _is_label(rows[i].text)}
        starts = sorted((set(starts) - labels) | {i + 1 for i in labels})
    items: list[list[Row]] = []
    start_set = set(starts)
    for index, row in enumerate(rows):
        if index in start_set:
            items.append([row])
        elif items and not _is_subheading(rows, index, start_set):
            items[-1].append(row)
    return items


def _ends_sentence(row: Row) -> bool:
    return row.text.rstrip().endswith((".", "。"))


def _is_label(text: str) -> bool:
    text = text.strip()
    return len(text) <= 30 and not re.search(r"\d|[.,，。]", text)


def _is_subheading(rows: Sequence[Row], index: int, starts: set[int]) -> bool:
    """A short label line between papers ("Preprints", "机器学习") belongs to no paper."""
    return (
        index + 1 in starts
        and _is_label(rows[index].text)
        and not rows[index - 1].text.rstrip().endswith((",", "-"))
    )


def _citation_rows(item: Sequence[Row]) -> list[Row]:
    """The rows that cite the paper, without the description bullets that follow."""
    out = [item[0]]
    for row in item[1:]:
        text = row.text[row.bullet :]
        if row.bullet and cjk_count(text) > _PROSE_CJK and not _title_label().search(text):
            break
        out.append(row)
    return out


@cache
def _title_label() -> re.Pattern[str]:
    """ "论文标题: <title>", "Title: <title>"."""
    return re.compile(rf"(?:{vocab.mixed_pattern('title_labels').pattern})\s*[:：]\s*(.+)$", re.IGNORECASE)


@cache
def _unpublished() -> re.Pattern[str]:
    return vocab.any_pattern("unpublished")


def publication(item: Sequence[Row], own_names: Sequence[str]) -> Publication:
    """One paper's fields from its rows."""
    pub = Publication(source=rows_sources(item))
    rows = _citation_rows(item)
    text = join_lines(row.text for row in rows)
    text = _NUMBERED.sub("", text, count=1)
    lead_year = _LEAD_YEAR.match(text)
    if lead_year:
        text = text[lead_year.end() :]
    # a bullet after the author list makes it a sentence of its own: "Zhang S, Li W • Title."
    text = _VANCOUVER.sub(r"\1 • ", text, count=1)
    title = _title(rows, text)
    if title:
        pub.set("name", title, _locate(rows, title))
    rest = text.replace(title, " ") if title else text
    venue = _venue(rest)
    if venue:
        short, begin, end = venue
        pub.set("venue", short, _locate(rows, rest[begin:end]))
        publisher = _publisher(rest, begin, end)
        pub.set("publisher", publisher, _locate(rows, publisher))
    year = None if _unpublished().search(rest) else _year(rest, venue[2] if venue else None)
    year = year or (lead_year.group(1) if lead_year else None)
    if year:
        pub.set("release_date", year, _locate(rows, year))
    rank = _CCF.search(rest)
    if rank:
        pub.set("rank", f"CCF-{rank.group(1).upper()}", _locate(rows, rank.group(0)))
    elif venue:
        listed = vocab.venues().by_name.get(venue[0])
        if listed and listed.rank:
            pub.rank = listed.rank
    links = contacts.links(text)
    if links:
        pub.set("url", links[0].value, _locate(rows, links[0].value))
    authors = _authors(rest)
    if authors:
        pub.authors = [a.strip(_MARKERS + " ") for a in authors]
        pub.field_sources["authors"] = _locate(rows, authors[0])
    position = _position(rest, authors, _bold_texts(rows), own_names)
    if position:
        pub.set("author_position", position, pub.field_sources.get("authors", ()))
    elif authors:
        pub.uncertain.append("author_position")
    return pub


def _title(rows: Sequence[Row], text: str) -> str | None:
    for row in rows:
        match = _title_label().search(row.text)
        if match:
            return _clean_title(match.group(1))
    quoted = _QUOTED.search(text)
    if quoted:
        return _clean_title(quoted.group(1))
    for bold in _bold_texts(rows):
        cleaned = _clean_title(bold)
        words = len(re.findall(r"[A-Za-z]+", cleaned))
        if (words >= 4 or cjk_count(cleaned) >= 6) and not _is_author_list(cleaned):
            return _strip_venue_tail(cleaned)
    bold_names = {b.strip(_MARKERS + " ,") for b in _bold_texts(rows) if _is_name(b)}
    for chunk in _chunks(text):
        cleaned = _clean_title(re.sub(r"\s*\[[A-Z]{1,2}\]\s*$", "", chunk))
        long_enough = len(re.findall(r"[A-Za-z]+", cleaned)) >= 2 or cjk_count(cleaned) >= 4
        # a lone bold name is the candidate as sole author ("**Jiayi Huang**. Title."), not a title
        sole_author = cleaned.strip(_MARKERS + " ") in bold_names
        if long_enough and not _is_author_list(cleaned) and not _venue_like(cleaned) and not sole_author:
            return cleaned
    return None


def _clean_title(text: str) -> str:
    text = _NUMBERED.sub("", text, count=1)
    return text.strip(' \t.,，。:："“”')


def _strip_venue_tail(title: str) -> str:
    """A bold line that reads "Title, ICLR 2025": keep the title."""
    found = _venue(title)
    if found and found[1] > len(title) * 0.5:
        return title[: found[1]].rstrip(" ,，.(（")
    return title


def _chunks(text: str) -> list[str]:
    text = re.sub(r"\s*(?:[(（][^()（）]*[)）]|\[[^\]]*\])\s*", " ", text).replace("•", ". ")
    return [c.strip() for c in _SENTENCE.split(text) if c and c.strip()]


def _bold_texts(rows: Sequence[Row]) -> list[str]:
    """Bold runs of the rows, joined across line breaks."""
    runs: list[str] = []
    joined = False
    for row in rows:
        ranges = row.bold_ranges()
        for index, (begin, end) in enumerate(ranges):
            piece = row.text[begin:end]
            if joined and index == 0 and begin <= row.bullet + 1 and runs:
                runs[-1] = join_lines([runs[-1], piece])
            else:
                runs.append(piece)
        joined = bool(ranges) and ranges[-1][1] >= len(row.text.rstrip())
    merged: list[str] = []
    for run in runs:
        if merged and not merged[-1].strip(" ,"):
            merged[-1] = run
        else:
            merged.append(run)
    return [r.strip() for r in merged if r.strip()]


def _is_name(text: str) -> bool:
    text = text.strip(_MARKERS + " ").strip()
    return bool(_NAME_LATIN.match(text) or _NAME_CJK.match(text))


def _is_author_list(text: str) -> bool:
    shortened = _ET_AL_TAIL.search(text) is not None  # "M. Bianchi et al."
    text = _ET_AL_TAIL.sub("", text)
    parts = [p for p in _AUTHOR_SPLIT.split(text) if p.strip()]
    if not parts:
        return False
    names = sum(1 for p in parts if _is_name(p))
    return (len(parts) >= 2 and names >= 0.6 * len(parts)) or (
        len(parts) == 1 and names == 1 and (shortened or any(m in text for m in _MARKERS))
    )


def _venue_like(text: str) -> bool:
    return bool(re.match(r"(?i)(in\s|proceedings|journal|arxiv|transactions|conference|workshop)", text)) or (
        _venue(text) is not None and len(text.split()) <= 4
    )


def _venue(text: str) -> tuple[str, int, int] | None:
    """(short name, begin, end) of the venue printed in *text*: beside a year or in parentheses first."""
    table = vocab.venues()
    found: list[tuple[int, str, int, int]] = []
    for match in table.short_pattern.finditer(text):
        found.append((_venue_score(text, match.start(), match.end()), match.group(0), match.start(), match.end()))
    for match in table.alias_pattern.finditer(text):
        venue = table.by_name.get(vocab.fold(match.group(0)))
        if venue:
            found.append((_venue_score(text, match.start(), match.end()) - 1, venue.short, match.start(), match.end()))
    if not found:
        return None
    _score, short, begin, end = max(found, key=lambda f: (f[0], -f[2]))
    return short, begin, end


def _venue_score(text: str, begin: int, end: int) -> int:
    after, before = text[end : end + 8], text[max(begin - 1, 0) : begin]
    score = 0
    if _YEAR.match(after.lstrip(" ,'’)")):
        score += 2
    if before == "(" or after.startswith(")"):
        score += 1
    return score


def _publisher(text: str, begin: int, end: int) -> str:
    """The venue as printed ("NeurIPS 2024 (CCF-A)", "International Conference on Machine Learning (ICML), 2024")."""
    before = text[:begin]
    if before.endswith(("(", "（")):
        name = _full_name_before(before[:-1])
        if name is None:
            close = re.search(r"[)）]", text[end:])
            stop = end + close.start() if close else len(text)
            return text[begin:stop].strip(" ,，")[:80]
        begin = name
    depth, stop = 0, len(text)
    for index in range(begin, len(text)):
        char = text[index]
        depth += char in "(（"
        depth -= char in ")）"
        if depth < 0 or (
            depth == 0 and (char in ';；•\t。"“”' or (char == "." and text[index + 1 : index + 2] in (" ", "")))
        ):
            stop = index
            break
    return text[begin:stop].strip(" ,，")[:80]


def _full_name_before(text: str) -> int | None:
    """Where a venue's full name ends right before its parenthesised short name begins."""
    for match in vocab.venues().alias_pattern.finditer(text):
        if not text[match.end() :].strip():
            return match.start()
    return None


def _year(text: str, venue_end: int | None) -> str | None:
    if venue_end is not None:
        near = _YEAR.search(text, venue_end, venue_end + 12)
        if near:
            return near.group(0)
    years = _YEAR.findall(text)
    return years[-1] if years else None


def _authors(text: str) -> list[str]:
    text = re.sub(r"\[[^\]]*\]|[(（][^()（）]*[)）]", " ", text)
    chunks = [c for segment in re.split(r"[“\"”•\t]", text) for c in _SENTENCE.split(segment)]
    for chunk in chunks:
        chunk = re.sub(r"^.*?\b(?:by|作者)\s*[:：]?\s*", "", chunk.strip(" ,."))
        if _is_author_list(chunk):
            chunk = _ET_AL_TAIL.sub("", chunk)
            return [p.strip() for p in _AUTHOR_SPLIT.split(chunk) if p.strip() and not _ET_AL.match(p.strip())]
    return []


def _position(text: str, authors: Sequence[str], bold: Sequence[str], own_names: Sequence[str]) -> str | None:
    """first / co-first / corresponding / other, from statements, bold or the candidate's name."""
    lower = text.lower()
    if any(w in lower for w in vocab.words("co_first_author")):
        return "co-first"
    if any(w in lower for w in vocab.words("first_author")):
        return "first"
    if any(w in lower for w in vocab.words("corresponding_author")):
        return "corresponding"
    index = _own_index(authors, bold, own_names)
    if index is None:
        return None
    own = authors[index]
    starred = [a for a in authors if "*" in a or "＊" in a]
    if index == 0:
        return "first"
    if ("*" in own or "＊" in own) and len(starred) >= 2:
        return "co-first"
    if any(m in own for m in "†‡✉#*＊"):  # a lone star marks the corresponding author
        return "corresponding"
    return "other"


def _own_index(authors: Sequence[str], bold: Sequence[str], own_names: Sequence[str]) -> int | None:
    plain = [a.strip(_MARKERS + " ") for a in authors]
    bold_names = {b.strip(_MARKERS + " ,") for b in bold}
    for index, name in enumerate(plain):
        if name in bold_names:
            return index
    for own in own_names:
        for index, name in enumerate(plain):
            if _same_person(name, own) or _romanized_as(name, own):
                return index
    return None


@cache
def _pinyin(name: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """(surname spellings, given-name syllables) of a Chinese name in pinyin; None for other names."""
    if not _NAME_CJK.match(name):
        return None
    from pypinyin import lazy_pinyin  # on first use only: loading its reading table takes ~0.1 s

    surname = next((s for s in vocab.words("compound_surnames") if name.startswith(s)), name[0])
    reading = vocab.table("surname_readings").get(surname) or "".join(lazy_pinyin(surname))
    given = tuple(lazy_pinyin(name[len(surname) :]))
    # ü is written v by pypinyin and lyu, lu or lv in papers (吕 → Lyu)
    spellings = {reading, reading.replace("v", "u"), reading.replace("v", "yu")}
    return tuple(sorted(spellings)), tuple(s.replace("v", "u") for s in given)


def _romanized_as(author: str, name: str) -> bool:
    """ "Wang S", "S. Wang", "Wang SY", "Siyuan Wang", "Wang Si-Yuan" are 王思远 in an English author list."""
    parts = _pinyin(name)
    if parts is None or cjk_count(author):
        return False
    surnames, given = parts
    tokens = [t for t in re.split(r"[\s.\-]+", author.strip(_MARKERS + " ")) if t]
    if len(tokens) < 2 or not given:
        return False
    for head, rest in ((tokens[0], tokens[1:]), (tokens[-1], tokens[:-1])):
        if head.lower() not in surnames:
            continue
        joined = "".join(rest)
        initials = "".join(s[0] for s in given).upper()
        if joined.lower() == "".join(given) or (joined.isupper() and joined in (initials, initials[0])):
            return True
    return False


def _same_person(author: str, name: str) -> bool:
    """ "H. M. Voss" is "Helena M. Voss"; Chinese names compare exactly."""
    if author.replace(" ", "") == name.replace(" ", ""):
        return True
    a, b = author.replace(".", " ").split(), name.replace(".", " ").split()
    if len(a) < 2 or len(b) < 2 or a[-1].lower() != b[-1].lower():
        return False
    return all(x[0].lower() == y[0].lower() for x, y in zip(a[:-1], b[:-1], strict=False))


def _locate(rows: Sequence[Row], value: str) -> Sources:
    """The rectangles of *value* within *rows* (by its first words when it wraps)."""
    head = value[:24]
    for row in rows:
        if value in row.text:
            return row.locate(value)
    for row in rows:
        if head and head in row.text:
            at = row.text.find(head)
            return row.sources(at)
    return rows_sources(rows[:1])
