"""Papers: where each starts, its title, authors, the candidate's place among them, venue, rank and year."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from parsing import contacts, dates, paper_status, vocab
from parsing.authors import (
    MARKERS,
    SENTENCE,
    attach_roles,
    author_list,
    is_author_list,
    is_name,
    plain,
    position,
    without_brackets,
)
from parsing.cjk import IDEOGRAPHS, cjk_count
from parsing.profile import Publication, Sources
from parsing.rows import Row, join_lines, rows_sources

_NUMBERED = re.compile(r"^\s*(?:[•●▪·\-*]\s*)?(?:\[\d{1,3}\]\.?|\d{1,3}[.)、](?!\d)|[(（]\d{1,3}[)）])\s*")
_QUOTED = re.compile(r"[“\"]([^”\"]{10,}?)[,.]?[”\"]")
_YEAR = re.compile(r"(?<![\d.:/])(?:19[5-9]\d|20[0-4]\d)(?!\d)")
_CCF = re.compile(r"CCF[\s-]?([ABC])(?![A-Za-z])", re.IGNORECASE)
_PROSE_CJK = 12
# "Zhang S, Li W, Chen HM. Title": surnames with unpunctuated initials, whose closing period follows a capital
_SURNAME_INITIALS = r"[A-Z][a-z'\-]+(?:[\s-][A-Z][a-z'\-]+)?\s+[A-Z]{1,3}[*†‡✉#＊]*"
_VANCOUVER = re.compile(
    rf"^\s*((?:{_SURNAME_INITIALS}\s*(?:,|，|\band\b|&)\s*)*{_SURNAME_INITIALS}(?:,?\s*et\s+al)?)\.\s+"
)
# an author's initial, not a list letter: "A. Mehta, L. Zhou. Title."
_INITIAL = re.compile(r"^\s*[A-Z]\.\s+[A-Z][a-z'\-]+\b")
# a year printed in its own column before the citation (moderncv's date column)
_BULLET = re.compile(r"^\s*[•●▪◦·‣]\s*")  # a bullet glyph; "A. Mehta" starts with an initial, not a list letter
# "论文：Chen S, Wang W. Title. SIGIR 2024." inside a project: the label is no part of the citation
_LEAD_LABEL = re.compile(r"^(?:论文|文章|paper|publication)\s*[:：]\s*", re.IGNORECASE)
_DASH = re.compile(r"\s[-–—]\s")
_VENUE_LEAD = re.compile(r"\s*(?:(?:in|findings\s+of(?:\s+the)?|proceedings\s+of(?:\s+the)?)\s+)?", re.IGNORECASE)
_LEAD_YEAR = re.compile(r"^\s*((?:19|20)\d{2})\s{2,}")
_LEAD_TAG = re.compile(r"^\s*([【\[][^【】\[\]\d][^【】\[\]]{0,9}[】\]])\s*")  # 【CCF-A】, [SCI], 【预印本】 before a paper


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
        starts = [
            i for i, row in enumerate(rows)
            if i == 0 or _ends_sentence(rows[i - 1]) or (_starts_title(row) and not _hyphen_wrapped(rows[i - 1], row))
        ]
        starts = _venue_lines_joined(rows, starts)
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


def _venue_lines_joined(rows: Sequence[Row], starts: list[int]) -> list[int]:
    """A line that opens with a venue and its year ("ICLR 2024 Workshop.", "arXiv preprint, 2025.") ends the
    citation above when that one has neither a venue nor a year yet, though the line above ends a sentence."""
    kept: list[int] = []
    for index in starts:
        above = join_lines(row.text for row in rows[kept[-1] : index]) if kept else ""
        opens = _opens_with_venue(rows[index].text) or _only_status(rows[index].text)
        if kept and opens and _venue(above) is None and not _YEAR.search(above):
            continue
        kept.append(index)
    return kept


def _opens_with_venue(text: str) -> bool:
    """The line starts with a venue ("Findings of", "In" before it at most) and gives a year."""
    found = _venue(text)
    return (
        found is not None
        and _VENUE_LEAD.fullmatch(text[: found[1]]) is not None
        and _YEAR.search(text, found[2]) is not None
    )


def _only_status(text: str) -> bool:
    """The line is a paper's state and nothing more ("在投.", "Under review."): the end of the citation above."""
    found = paper_status.status(text, None)
    return found is not None and found[1] is not None and not re.sub(r"[\s.,;，。；]", "", text.replace(found[1], ""))


def _hyphen_wrapped(above: Row, row: Row) -> bool:
    """*row* opens with the rest of the word hyphenated at the end of *above* ("Question An-" / "swering")."""
    return re.search(r"[A-Za-z]-$", above.text.rstrip()) is not None and row.text[row.bullet : row.bullet + 1].islower()


def _starts_title(row: Row) -> bool:
    """The row opens with a bold title, not with the candidate's bold name wrapped from the line above."""
    ranges = _bold_runs(row)
    if not row.starts_bold() or not ranges:
        return False
    lead = row.text[ranges[0][0] : ranges[0][1]]
    return len(re.findall(r"[A-Za-z]+", lead)) >= 3 or cjk_count(lead) >= 6


def _bold_runs(row: Row) -> list[tuple[int, int]]:
    """The row's bold ranges, those only a space apart joined (TeX sets each word as a span of its own)."""
    runs: list[tuple[int, int]] = []
    for begin, end in row.bold_ranges():
        if runs and not row.text[runs[-1][1] : begin].strip():
            runs[-1] = (runs[-1][0], end)
        else:
            runs.append((begin, end))
    return runs


def _ends_sentence(row: Row) -> bool:
    return row.text.rstrip().endswith((".", "。"))


def _is_label(text: str) -> bool:
    text = text.strip()
    return len(text) <= 48 and not re.search(r"\d|[.,，。()（）]", text)


def _is_subheading(rows: Sequence[Row], index: int, starts: set[int]) -> bool:
    """A short label line between papers ("Preprints and Manuscripts under Review", "机器学习") belongs to no
    paper; the end of a wrapped line ("作者）" after "（通讯") does."""
    above = rows[index - 1].text.rstrip()
    return (
        index + 1 in starts
        and _is_label(rows[index].text)
        and not above.endswith((",", "-"))
        and _open_brackets(above) <= 0
    )


def _open_brackets(text: str) -> int:
    return sum(text.count(c) for c in "(（") - sum(text.count(c) for c in ")）")


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


def papers(rows: Sequence[Row], own_names: Sequence[str]) -> list[Publication]:
    """The papers listed in a publications section (service, talks, patents, posts and theses left out)."""
    found = [publication(paper, own_names) for paper in (_without_no_paper(item) for item in split_items(rows)) if paper]
    return [pub for pub in found if pub.name]


def _without_no_paper(item: Sequence[Row]) -> Sequence[Row]:
    """The item, cut before a line of service, a talk or a patent that follows a whole citation;
    nothing when the item itself is no paper."""
    for index, row in enumerate(_citation_rows(item)):
        if paper_status.is_not_a_paper(row.text):
            before = join_lines(r.text for r in item[:index])
            complete = _venue(before) is not None and _YEAR.search(before) is not None
            return item[:index] if index and complete else ()
    return item


def cited_in(rows: Sequence[Row], own_names: Sequence[str], listed: Sequence[Publication]) -> list[Publication]:
    """Papers cited line by line inside project or research entries (authors, and a venue or a year), other
    than those the publications list already has; "成果已发表于 SIGIR 2024" names no paper of its own."""
    titles = {vocab.fold(p.name) for p in listed if p.name}
    found: list[Publication] = []
    for row in rows:
        if _is_citation([row], False) and not paper_status.is_not_a_paper(row.text):
            pub = publication([row], own_names)
            if pub.name and vocab.fold(pub.name) not in titles:
                titles.add(vocab.fold(pub.name))
                found.append(pub)
    return found


def is_citation_list(rows: Sequence[Row], *, in_papers: bool = False) -> bool:
    """Whether every item under a heading is cited like a paper: authors, and a venue or a year (papers
    whatever the heading says: "Research", "Conferences"); *in_papers*: a topic sub-heading inside a
    publications section ("大语言模型"), where a venue alone will do."""
    items = split_items(rows)
    return bool(items) and all(_is_citation(item, in_papers) for item in items)


def _is_citation(item: Sequence[Row], in_papers: bool) -> bool:
    text = _citation_text(_citation_rows(item))[0]
    venue = _venue(text) is not None
    year = _YEAR.search(text) is not None
    if not (venue or year):  # the cheap test first: most lines of a project are no citation
        return False
    found = dates.find_dates(text)
    opens_dated = bool(found) and found[0].begin == 0 and "-" in found[0].start  # "Jun 2022–Sep  Research Intern"
    if dates.first_range(text) or opens_dated:  # a job or a project with its period, not a paper
        return False
    return (in_papers and venue) or (bool(author_list(text)) and (venue or year))


def _citation_text(rows: Sequence[Row]) -> tuple[str, str | None]:
    """The citation without its bullet, number, label and year column, and that year."""
    text = join_lines(row.text for row in rows)
    text = _LEAD_LABEL.sub("", _NUMBERED.sub("", _BULLET.sub("", text, count=1), count=1), count=1)
    lead_year = _LEAD_YEAR.match(text)
    if lead_year:
        text = text[lead_year.end() :]
    if tag := _LEAD_TAG.match(text):  # read after the citation, as a note on it, so it is no author's name
        text = f"{text[tag.end() :]} {tag.group(1)}"
    # a bullet after the author list makes it a sentence of its own: "Zhang S, Li W • Title."
    return _VANCOUVER.sub(r"\1 • ", text, count=1), lead_year.group(1) if lead_year else None


@cache
def _author_label() -> re.Pattern[str]:
    """ "作者：<authors>", "Authors: <authors>" at the start of a line."""
    return re.compile(rf"^\s*(?:{vocab.mixed_pattern('author_labels').pattern})\s*[:：]\s*(.+)$", re.IGNORECASE)


def publication(item: Sequence[Row], own_names: Sequence[str]) -> Publication:
    """One paper's fields from its rows."""
    pub = Publication(source=rows_sources(item))
    rows = _citation_rows(item)
    text, lead_year = _citation_text(rows)
    title = _title(rows, text)
    rest = text.replace(title, " ") if title else text
    if title:
        title, rest = _first_author_out(title, rest)
        pub.set("name", title, _locate(rows, title))
    venue = _venue(rest)
    if venue:
        short, begin, end = venue
        pub.set("venue", short, _locate(rows, rest[begin:end]))
        publisher = _publisher(rest, begin, end)
        pub.set("publisher", publisher, _locate(rows, publisher))
    _set_state(pub, rows, rest)
    year = _year(rest, venue[2] if venue else None)  # as printed: x-status says whether it is out yet
    year = year or lead_year
    if year:
        pub.set("release_date", year, _locate(rows, year))
    rank = _CCF.search(rest)
    if rank:
        pub.set("rank", f"CCF-{rank.group(1).upper()}", _locate(rows, rank.group(0)))
    elif venue and pub.track == "main":  # a workshop or findings paper does not carry its venue's rank
        listed = vocab.venues().by_name.get(venue[0])
        if listed and listed.rank:
            pub.rank = listed.rank
    links = contacts.links(text)
    if links:
        pub.set("url", links[0].value, _locate(rows, links[0].value))
    _set_authors(pub, rows, rest, own_names)
    return pub


def _set_state(pub: Publication, rows: Sequence[Row], rest: str) -> None:
    """Status, track and presentation, each with the words that told it (the track needs the status)."""
    _set_found(pub, rows, "status", paper_status.status(rest, pub.venue))
    _set_found(pub, rows, "track", paper_status.track(rest, pub.venue is not None or pub.status is not None))
    _set_found(pub, rows, "presentation", paper_status.presentation(rest))


def _set_found(pub: Publication, rows: Sequence[Row], name: str, found: paper_status.Found | None) -> None:
    if found:
        value, words = found
        pub.set(name, value, _locate(rows, words) if words else pub.field_sources.get("venue", ()))


def _set_authors(pub: Publication, rows: Sequence[Row], rest: str, own_names: Sequence[str]) -> None:
    """The author list and the candidate's place in it (left unset when nothing tells it)."""
    rest = attach_roles(rest)
    labelled = [m.group(1) for row in rows if (m := _author_label().search(row.text))]  # "Authors: A, B" / "作者：…"
    authors = author_list(attach_roles(labelled[0])) if labelled else author_list(rest)
    if authors:
        pub.authors = [plain(a) for a in authors]
        pub.field_sources["authors"] = _locate(rows, authors[0])
    place = position(rest, authors, _bold_texts(rows), own_names)
    if place:
        pub.set("author_position", place, pub.field_sources.get("authors", ()))
    elif authors:
        pub.uncertain.append("author_position")


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
        if (words >= 4 or cjk_count(cleaned) >= 6) and not is_author_list(cleaned):
            return _strip_venue_tail(cleaned)
    bold_names = {b.strip(MARKERS + " ,") for b in _bold_texts(rows) if is_name(b)}
    for chunk in _chunks(text):
        cleaned = _clean_title(re.sub(r"\s*\[[A-Z]{1,2}\]\s*$", "", chunk))
        long_enough = len(re.findall(r"[A-Za-z]+", cleaned)) >= 2 or cjk_count(cleaned) >= 4
        # a lone bold name is the candidate as sole author ("**Jiayi Huang**. Title."), not a title
        sole_author = cleaned.strip(MARKERS + " ") in bold_names
        if long_enough and not is_author_list(cleaned) and not _venue_like(cleaned) and not sole_author:
            return cleaned
    return None


def _first_author_out(title: str, rest: str) -> tuple[str, str]:
    """A bold title run on into the candidate's bold name ("… Recognition Zixuan Huang" + ", Hao Wu …"):
    the name goes back to the head of the author list."""
    words = title.split()
    if not rest.lstrip().lstrip(MARKERS).startswith((",", "，")) or len(words) < 4:
        return title, rest
    size = 3 if re.fullmatch(r"[A-Z]\.", words[-2]) else 2
    name = " ".join(words[-size:])
    listed = re.split(f"[.;(（{IDEOGRAPHS}]", f"{name}{rest.lstrip()}", maxsplit=1)[0]  # up to the venue
    if not is_name(name) or not is_author_list(listed):
        return title, rest
    return " ".join(words[:-size]), f"{name}{rest.lstrip()}"


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
    text = without_brackets(text).replace("•", ". ")
    return [piece for c in SENTENCE.split(text) if c and c.strip() for piece in _dash_split(c.strip())]


def _dash_split(chunk: str) -> list[str]:
    """ "Title. - A. Li and B. Wang": a dash before an author list ends the title (a dash inside one does not)."""
    for match in _DASH.finditer(chunk):
        if is_author_list(chunk[match.end() :].strip(" .")):
            return [chunk[: match.start()].rstrip(" ."), chunk[match.end() :]]
    return [chunk]


def _bold_texts(rows: Sequence[Row]) -> list[str]:
    """Bold runs of the rows, joined across line breaks."""
    runs: list[str] = []
    joined = False
    for row in rows:
        ranges = _bold_runs(row)
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
