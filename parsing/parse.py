"""Document → Profile: sections, then each section's entries, with the rectangles every value came from."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from parsing import contacts, dates, entries, publications, skills, vocab
from parsing.cjk import IDEOGRAPH, cjk_count
from parsing.document import Document
from parsing.profile import Award, Basics, Location, Meta, Profile, SocialProfile, Sources
from parsing.rows import CELL, Row, body_size, build_rows, join_lines, rows_sources
from parsing.sections import HEADER, OTHER, Section, is_title, split_sections

PARSER_VERSION = "1.0"

_CJK_NAME = re.compile(rf"^{IDEOGRAPH}{{2,4}}$|^{IDEOGRAPH}{{1,3}}[·•]{IDEOGRAPH}{{1,6}}$")
# Latin names with accented letters too: "Tomás Silva", "Zoë Müller"
_LATIN_NAME = re.compile(
    r"^[A-Z\u00c0-\u00de][A-Za-z\u00c0-\u024f'’\-]+"
    r"(?:\s+(?:[A-Z]\.|[A-Z\u00c0-\u00de][A-Za-z\u00c0-\u024f'’\-]+)){1,3}$"
)
_BILINGUAL_NAME = re.compile(
    rf"^({IDEOGRAPH}{{2,4}})\s*[(（/|]?\s*[A-Z][A-Za-z'’\-]+(?:\s+[A-Z][A-Za-z'’\-]+){{1,2}}\s*[)）]?$"
    rf"|^[A-Z][A-Za-z'’\-]+(?:\s+[A-Z][A-Za-z'’\-]+){{1,2}}\s*[(（/|]\s*({IDEOGRAPH}{{2,4}})\s*[)）]?$"
)
_LABEL = re.compile(r"^\s*([^:：]{1,10}?)\s*[:：]\s*(.*)$")
_NEXT_LABEL = re.compile(r"\s+(?=[^\s:：]{1,6}[:：])")
_PIPE = re.compile(r"\s*[|｜]\s*")
_NAME_ROWS = 8
# Sections whose items may be papers cited under another heading ("Research", "Conferences", "Talks")
_MAY_CITE = frozenset({OTHER, "projects", "conferences", "talks", "service", "teaching", "opensource"})
_FOOT = 0.12  # the bottom share of a page where a footer stands


def parse(document: Document) -> Profile:
    """The profile printed in *document* (deterministic; never raises on any text)."""
    rows = build_rows(document)
    sections = split_sections(rows)
    _move_footer_contacts(sections)
    profile = Profile()
    profile.meta = Meta(sections=[s.title for s in sections[1:]], lang=_language(sections, rows), parser=PARSER_VERSION)
    profile.basics, own_names = _basics(sections, rows)
    if not profile.basics.emails or not profile.basics.phones:  # in the running footer (moderncv's casual style)
        _contacts(profile.basics, [Row([line], _page_size(document, line.page)) for line in document.dropped_lines])
    kind: str | None = None
    for section in sections[1:]:
        kind = _read_section(profile, section, own_names, kind)
    project_rows = [row for section in sections if section.kind == "projects" for row in section.rows]
    profile.publications.extend(publications.cited_in(project_rows, own_names, profile.publications))
    return profile


def _read_section(profile: Profile, section: Section, own_names: Sequence[str], before: str | None) -> str:
    """Read a section into *profile*; the kind it was read as (a topic heading after papers continues them)."""
    kind, rows = section.kind, [r for r in section.rows if not _is_table_header(r)]
    in_papers = kind == OTHER and before == "publications"
    if kind in _MAY_CITE and publications.is_citation_list(rows, in_papers=in_papers):
        kind = "publications"
    if kind == "education":
        schools = entries.split_entries(rows)
        for previous, entry in zip([None, *schools], schools, strict=False):
            school = entries.education(entry, previous)
            if school.institution is None and school.study_type is None and entries.is_award(entry.header[0].text):
                profile.awards.append(entries.award(entry.header))  # a competition listed among schools
            else:
                profile.education.append(school)
    elif kind == "work":
        for entry in entries.split_entries(rows):
            item = entries.work(entry)
            if isinstance(item, Award):
                profile.awards.append(item)
            else:
                profile.work.append(item)
    elif kind == "projects":
        research = bool(vocab.mixed_pattern("research_headings").search(section.title))
        for entry in entries.split_entries(rows):
            job = entries.job(entry) if research else None
            if job is not None:
                profile.work.append(job)
            else:
                profile.projects.append(entries.project(entry))
    elif kind == "activities":
        profile.volunteer.extend(entries.volunteer(e) for e in entries.split_entries(rows))
    elif kind == "publications":
        profile.publications.extend(publications.papers(rows, own_names))
    elif kind == "awards":
        profile.awards.extend(a for i in entries.split_items(rows) for a in entries.awards(i) if a.title)
    elif kind == "certifications":
        profile.certificates.extend(entries.certificate(i) for i in entries.split_items(rows))
    elif kind == "skills":
        profile.skills.extend(skills.skill_groups(rows))
    elif kind == "languages":
        profile.languages.extend(skills.languages(rows))
    elif kind == "interests":
        profile.interests.extend(skills.interests(rows))
    elif kind == "summary" and rows and not profile.basics.summary:
        profile.basics.set("summary", join_lines(r.text for r in rows), rows_sources(rows))
    return kind


def _page_size(document: Document, page: int) -> tuple[float, float]:
    return document.pages[page].width, document.pages[page].height


def _move_footer_contacts(sections: Sequence[Section]) -> None:
    """A contact line printed at the foot of a page (moderncv's casual style) belongs to the header, not to the
    section above it."""
    for section in sections[1:]:
        footer = [
            row
            for row in section.rows
            if row.y0 >= row.page_size[1] * (1 - _FOOT) and (contacts.emails(row.text) or contacts.phones(row.text))
        ]
        if footer:
            section.rows = [row for row in section.rows if row not in footer]
            sections[0].rows.extend(footer)


@cache
def _table_words() -> frozenset[str]:
    return frozenset(vocab.fold(w) for w in vocab.words("table_headers"))


def _is_table_header(row: Row) -> bool:
    """The first row of a table: every cell a column label (学校 | 专业 | 学历 | 时间)."""
    cells = row.cells if len(row.cells) > 1 else re.split(r"\s+", row.text.strip())
    return len(cells) >= 2 and all(vocab.fold(c) in _table_words() for c in cells)


# -- basics ----------------------------------------------------------------------------------


def _basics(sections: Sequence[Section], rows: Sequence[Row]) -> tuple[Basics, list[str]]:
    """The basics, and every form of the name printed (to find the candidate among a paper's authors)."""
    header = sections[0].rows
    region = header + [r for s in sections if s.kind == "contact" for r in s.rows]
    basics = Basics(source=rows_sources(region))
    labelled = _labelled(region)
    name = labelled.get("name")
    forms: list[str] = []
    if name:
        basics.set("name", name[0], name[1])
        forms = [name[0]]
    else:
        firsts = [s.rows[0] for s in sections if s.kind == "contact" and s.rows]
        body = body_size(rows)
        found = (
            _name_row(header, body, rows[0] if rows else None)
            or _name_row(firsts, 0.0, None)
            # a name printed after a sidebar in text order: the largest line that is not a heading
            or _name_row(_largest([r for s in sections for r in s.rows], body), body, None)
        )
        if found:
            value, row = found
            basics.set("name", value, row.locate(value))
            cell = next((c for c in row.cells if value.replace(" ", "") in c.replace(" ", "")), row.cells[0])
            forms = [value, *_other_script(cell)]
            _label(basics, header, row)
    title = labelled.get("label")
    if title and not basics.label:
        basics.set("label", title[0], title[1])
    _contacts(basics, region or list(rows[:_NAME_ROWS]))
    _broken_contacts(basics, region)  # an address or number broken over two lines of a narrow sidebar
    if not basics.emails:  # printed at the foot of the page instead
        _emails(basics, rows)
    place = labelled.get("location")
    if place:
        basics.location = Location(source=place[1], city=place[0])
        basics.location.field_sources["city"] = place[1]
    return basics, forms


def _labelled(region: Sequence[Row]) -> dict[str, tuple[str, Sources]]:
    """Values of "label: value" cells (姓名: 姚婉清, 所在地: 浙江杭州), also as label | value cells."""
    keys = {
        "name": "name_labels",
        "location": "location_labels",
        "label": "label_labels",
    }
    folded = {k: {vocab.fold(w) for w in vocab.words(v)} for k, v in keys.items()}
    out: dict[str, tuple[str, Sources]] = {}
    for row in region:
        cells = [part for cell in row.cells for part in _PIPE.split(cell) if part]  # "Name | Li Ming" as cells
        for index, cell in enumerate(cells):
            match = _LABEL.match(cell)
            label, value = (match.group(1), match.group(2).strip()) if match else (cell, "")
            value = _NEXT_LABEL.split(value, maxsplit=1)[0]  # "姓名:张三 性别:男"
            if not value and index + 1 < len(cells):
                value = cells[index + 1]
            for key, words in folded.items():
                if vocab.fold(label) in words and value and key not in out:
                    if key == "name":
                        value = _name_like(value) or ""  # 曹雨桐 (Yutong Cao) → 曹雨桐
                        if not value:
                            continue
                    out[key] = (value, row.locate(value))
    return out


def _other_script(text: str) -> list[str]:
    """The English form of a name printed in both scripts ("陆星辰 Xingchen Lu" → ["Xingchen Lu"])."""
    latin = re.findall(r"[A-Z][A-Za-z'’\-]+(?:\s+[A-Z][A-Za-z'’\-]+){1,2}", text)
    return latin[:1] if cjk_count(text) else []


def _name_like(text: str) -> str | None:
    """The name in *text* when it reads as a person's name (Chinese form first when both are printed)."""
    text = re.sub(r"\s+", " ", text.strip(" \t:：|"))
    bilingual = _BILINGUAL_NAME.match(text)
    if bilingual:
        return bilingual.group(1) or bilingual.group(2)
    compact = text.replace(" ", "") if cjk_count(text) else text
    if _CJK_NAME.match(compact) and not entries.is_position(compact) and not entries.is_organization(compact):
        return compact
    if _LATIN_NAME.match(text) and not entries.is_position(text) and not entries.is_organization(text):
        return text
    return None


@cache
def _label_words() -> frozenset[str]:
    keys = ("name_labels", "phone_labels", "email_labels", "location_labels", "label_labels")
    return frozenset(vocab.fold(w) for key in keys for w in vocab.words(key))


def _name_row(header: Sequence[Row], body: float, first: Row | None) -> tuple[str, Row] | None:
    """The name: the largest name-like line at the top (a title such as 个人简历 never is)."""
    best: tuple[float, str, Row] | None = None
    for index, row in enumerate(header[:_NAME_ROWS]):
        # the name's cell: the first one that is not a contact ("13800000012 | 孙致远" in moderncv's fancy style)
        cells = [c for c in row.cells if not (contacts.phones(c) or contacts.emails(c) or contacts.links(c))]
        text = re.split(r"\s*[|｜·•,，]\s*", cells[0])[0] if cells else ""
        if vocab.fold(text) in _label_words():
            continue
        if is_title(text) or "@" in text:
            continue
        below = header[index + 1] if index + 1 < len(header) else None
        name = _name_like(text) or _name_on_two_lines(row, below, body)
        if name and (row.size > body + 0.5 or row is first) and (best is None or row.size > best[0]):
            best = (row.size, name, row)
    return (best[1], best[2]) if best else None


def _largest(rows: Sequence[Row], body: float) -> list[Row]:
    """The rows set in the document's largest size, when that is well above the text (where a name stands)."""
    largest = max((row.size for row in rows), default=0.0)
    return [row for row in rows if row.size >= largest - 0.5] if largest >= body + 3 else []


def _name_on_two_lines(row: Row, below: Row | None, body: float) -> str | None:
    """A large name set one word per line in a narrow sidebar ("Julian" / "Brennan")."""
    words = (row.text.strip(), below.text.strip() if below is not None else "")
    if below is None or row.size <= body + 2 or abs(row.size - below.size) > 0.3 or not all(
        re.fullmatch(r"[A-Z][a-z\u00c0-\u024f'’\-]+", w) for w in words
    ):
        return None
    return _name_like(" ".join(words))


def _label(basics: Basics, header: Sequence[Row], name_row: Row) -> None:
    """The headline printed under the name ("Senior Machine Learning Engineer")."""
    index = header.index(name_row) if name_row in header else len(header)
    if index + 1 >= len(header):
        return
    row = header[index + 1]
    text = row.text.replace("\t", " ").strip()
    if (
        len(text) <= 60
        and not _LABEL.match(text)
        and not dates.find_dates(text)  # "男 | 1998.01 | 中共党员" is personal data, not a headline
        and not contacts.emails(text)
        and not contacts.phones(text)
        and not contacts.links(text)
    ):
        basics.set("label", text, row.sources())


_PHONE_PIECE = re.compile(r"^[+(]?[\d\s().+\-]{3,}$")


def _broken_contacts(basics: Basics, region: Sequence[Row]) -> None:
    """An e-mail or phone broken over two lines ("julian.brennan@" / "example.com", "zix-" / "uan.huang@example.com",
    "+1 (415)" / "555-0118")."""
    for above, row in _line_pairs(region):
        first, second = above.text.strip(), row.text.strip()
        if CELL in first + second or above.page != row.page:
            continue
        head = contacts.emails(second)
        if re.fullmatch(r"[\w.+]+-", first) and head and head[0].begin == 0 and head[0].value in basics.emails:
            # a hyphenated address: "zix-" / "uan.huang@example.com" is zixuan.huang@example.com
            whole = first[:-1] + head[0].value
            basics.emails[basics.emails.index(head[0].value)] = whole
            if basics.email == head[0].value:
                basics.set("email", whole, rows_sources([above, row]))
        sources = rows_sources([above, row])
        if first.endswith(("@", ".", "_")) or second.startswith(("@", ".")):
            for found in contacts.emails(first + second)[:1]:
                if found.value not in basics.emails:
                    basics.emails.append(found.value)
                if basics.email is None:
                    basics.set("email", found.value, sources)
        if not basics.phones and _PHONE_PIECE.match(first) and _PHONE_PIECE.match(second):
            for found in contacts.phones(f"{first} {second}")[:1]:
                basics.phones.append(found.value)
                basics.set("phone", found.value, sources)


def _line_pairs(region: Sequence[Row]) -> list[tuple[Row, Row]]:
    """Each row with the next one below it in its column (a name printed beside may be read between them)."""
    pairs = []
    for index, above in enumerate(region):
        below = next(
            (r for r in region[index + 1 : index + 3] if r.page == above.page and r.x0 < above.x1 and above.x0 < r.x1),
            None,
        )
        if below is not None:
            pairs.append((above, below))
    return pairs


def _emails(basics: Basics, rows: Sequence[Row]) -> None:
    for row in rows:
        for found in contacts.emails(row.text):
            if found.value not in basics.emails:
                basics.emails.append(found.value)
                if basics.email is None:
                    basics.set("email", found.value, row.sources(found.begin, found.end))


def _contacts(basics: Basics, region: Sequence[Row]) -> None:
    _emails(basics, region)
    for row in region:
        for found in contacts.phones(row.text):
            if found.value not in basics.phones and not contacts.emails(found.value):
                basics.phones.append(found.value)
                if basics.phone is None:
                    basics.set("phone", found.value, row.sources(found.begin, found.end))
        for found in contacts.links(row.text):
            sources = row.sources(found.begin, found.end)
            network = contacts.network(found.value)
            if network:
                if all(p.url != found.value for p in basics.profiles):
                    profile = SocialProfile(
                        source=sources, network=network, username=contacts.username(found.value), url=found.value
                    )
                    profile.field_sources["url"] = sources
                    basics.profiles.append(profile)
            elif basics.url is None:
                basics.set("url", found.value, sources)
        if basics.location is None:
            for piece in re.split(r"\s*[|·•\t]\s*", row.text):
                if entries.is_location(piece) and re.search(r"[A-Za-z]{2}", piece):
                    city, _, region_code = piece.partition(",")
                    basics.location = Location(
                        source=row.locate(piece), city=city.strip(), region=region_code.strip() or None
                    )
                    basics.location.field_sources["city"] = row.locate(piece)
                    break


# -- language --------------------------------------------------------------------------------


def _language(sections: Sequence[Section], rows: Sequence[Row]) -> str:
    """zh, en or mixed: judged on the headings (bilingual headings: mixed), else on the text."""
    titles = [s.title for s in sections if s.kind != HEADER]
    if titles:
        bilingual = sum(1 for t in titles if cjk_count(t) and re.search(r"[A-Za-z]{3}", t))
        chinese = sum(1 for t in titles if cjk_count(t))
        if bilingual * 2 >= len(titles):
            return "mixed"
        return "zh" if chinese * 2 >= len(titles) else "en"
    text = "".join(r.text for r in rows)
    return "zh" if cjk_count(text) * 5 >= len(text) > 0 else "en"
