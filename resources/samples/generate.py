"""Writes the bundled sample résumés and their ground truth, byte for byte the same on every run.

    python -m resources.samples.generate [OUTDIR]    (default: this folder)

PDFs are laid out with PyMuPDF's Story (HTML/CSS) and DocumentWriter; Chinese is drawn with MuPDF's
built-in CJK fallback font, so no system font is needed, and every font is subset.  Fixed metadata,
no random file IDs and fixed zip timestamps make the output deterministic.  Each document gets a
`NAME.truth.json` (the format of the development corpus) written from the same records.
"""

from __future__ import annotations

import html
import io
import json
import sys
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

import docx
import pymupdf
from docx.oxml.ns import qn
from docx.shared import Pt

import resources
from resources.samples.people import RESUMES, Job, Paper, Resume, School

PDF_DATE = "D:20260301090000Z"
DOCX_DATE = datetime(2026, 3, 1, 9, 0, 0)
ZIP_DATE = (2026, 3, 1, 9, 0, 0)
MAX_PAGES = 4
# recorded in every PDF's producer and the DOCX's comments: the exact bytes depend on these versions
TOOLS = f"PyMuPDF {pymupdf.VersionBind}, python-docx {docx.__version__}"
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# date style -> (separator, word for "present")
DATE_STYLES = {
    "dot": (" - ", "至今"),  # 2021.9 - 至今
    "dot0": (" - ", "至今"),  # 2020.09 - 2023.06
    "emdash": ("—", "至今"),  # 2023.09—2026.06
    "cn": (" - ", "至今"),  # 2022 年 7 月 - 至今
    "slash": (" – ", "至今"),  # 2019/04 – 2021/06
    "en": (" – ", "Present"),  # Mar 2022 – Present
    "num": (" - ", "Present"),  # 06/2020 - Present
}


# -- dates and small pieces of text ------------------------------------------------------------


def format_date(value: str | None, style: str) -> str:
    """One date as the résumé prints it."""
    if value is None:
        return ""
    if value == "present":
        return DATE_STYLES[style][1]
    year, _, month = value.partition("-")
    if not month:
        return year
    number = int(month)
    return {
        "dot": f"{year}.{number}",
        "dot0": f"{year}.{month}",
        "emdash": f"{year}.{month}",
        "cn": f"{year} 年 {number} 月",
        "slash": f"{year}/{month}",
        "en": f"{MONTHS[number - 1]} {year}",
        "num": f"{month}/{year}",
    }[style]


def format_span(start: str | None, end: str | None, style: str) -> str:
    """A date range as the résumé prints it ('' when no date is printed)."""
    if start is None and end is None:
        return ""
    return format_date(start, style) + DATE_STYLES[style][0] + format_date(end, style)


def esc(text: str) -> str:
    """Text made safe for the Story's HTML."""
    return html.escape(text, quote=False)


def authors_html(authors: Sequence[str], own: str) -> str:
    """An author list with the résumé's owner in bold (marks such as * and † stay outside)."""
    parts = []
    for author in authors:
        bare = author.rstrip("*†")
        marks = author[len(bare):]
        parts.append(f"<b>{esc(bare)}</b>{marks}" if bare == own else esc(author))
    return ", ".join(parts)


def venue_text(paper: Paper, lang: str) -> str:
    """'NeurIPS 2024 (CCF-A)' (full-width brackets in Chinese), or the status of an unpublished paper."""
    if paper.venue is None:
        return paper.status
    text = f"{paper.venue} {paper.year}" if paper.year else paper.venue
    if paper.rank:
        text += f"（{paper.rank}）" if lang == "zh" else f" ({paper.rank})"
    return text


# -- HTML blocks shared by the PDF layouts -----------------------------------------------------


def dated(left: str, dates: str) -> str:
    """A line with its date range pushed to the right margin."""
    return f'<table class="dated"><tr><td>{left}</td><td class="when">{esc(dates)}</td></tr></table>'


def glossed(name: str, gloss: str) -> str:
    """A name with its English gloss after it, as bilingual résumés print them."""
    return f"{name} {gloss}" if gloss else name


def bullets(items: Sequence[str]) -> str:
    """A bulleted list ('' when empty)."""
    return "<ul>" + "".join(f"<li>{esc(i)}</li>" for i in items) + "</ul>" if items else ""


def education_rows(r: Resume) -> str:
    """Schools as 'institution  area  degree' lines with right-aligned dates."""
    out = []
    for s in r.education:
        school = esc(glossed(s.institution, s.gloss))
        out.append(dated(f"<b>{school}</b>　{esc(s.area)}　{esc(s.degree)}", format_span(s.start, s.end, r.date_style)))
        out.extend(f'<p class="detail">{esc(d)}</p>' for d in s.details)
    return "".join(out)


def education_grid(r: Resume) -> str:
    """Schools as a bordered table: 学校 | 专业 | 学历 | 时间."""
    rows = "".join(
        f"<tr><td>{esc(glossed(s.institution, s.gloss))}</td><td>{esc(s.area)}</td><td>{esc(s.degree)}</td>"
        f"<td>{esc(format_span(s.start, s.end, r.date_style))}</td></tr>"
        for s in r.education
    )
    notes = "".join(f'<p class="detail">{esc(d)}</p>' for s in r.education for d in s.details)
    return f'<table class="grid"><tr><th>学校</th><th>专业</th><th>学历</th><th>时间</th></tr>{rows}</table>{notes}'


def work_rows(r: Resume) -> str:
    """Jobs as 'organisation — position' with dates on the right, then the location and bullets."""
    out = []
    for j in r.work:
        title = f"<b>{esc(glossed(j.organization, j.gloss))}</b> — {esc(glossed(j.position, j.position_gloss))}"
        out.append(dated(title, format_span(j.start, j.end, r.date_style)))
        if j.location and r.lang == "en":
            out.append(f'<p class="where">{esc(j.location)}</p>')
        out.append(bullets(j.highlights))
    return "".join(out)


def project_rows(r: Resume) -> str:
    """Projects: name and role with dates on the right, then bullets."""
    out = []
    for p in r.projects:
        role = f"　{esc(p.role)}" if p.role else ""
        out.append(dated(f"<b>{esc(p.name)}</b>{role}", format_span(p.start, p.end, r.date_style)))
        out.append(bullets(p.highlights))
    return "".join(out)


def publication_list(r: Resume) -> str:
    """Numbered publications: authors, title, venue."""
    out = []
    for n, paper in enumerate(r.publications, start=1):
        number = f"{n}." if r.lang == "zh" else f"[{n}]"
        out.append(
            f'<p class="pub">{number} {authors_html(paper.authors, r.author_name)}. '
            f"<i>{esc(paper.title)}</i>. {esc(venue_text(paper, r.lang))}.</p>"
        )
    if any("*" in a for p in r.publications for a in p.authors):
        note = "* 共同第一作者，† 通讯作者" if r.lang == "zh" else "* equal contribution, † corresponding author"
        out.append(f'<p class="note">{esc(note)}</p>')
    return "".join(out)


def award_lines(r: Resume) -> str:
    """Awards: year first in Chinese résumés, last in English ones."""
    if r.lang == "zh":
        return bullets([f"{a.year}　{a.title}" for a in r.awards])
    return bullets([f"{a.title}, {a.year}" for a in r.awards])


def skill_lines(r: Resume, joiner: str = ", ") -> str:
    """'Group: a, b, c' lines."""
    colon = "：" if r.lang == "zh" else ": "
    return "".join(f'<p class="skill"><b>{esc(g)}</b>{colon}{esc(joiner.join(k))}</p>' for g, k in r.skills)


def contact_lines(r: Resume) -> str:
    """One contact per line (the sidebar)."""
    items = [*r.phones, *r.emails, *r.links, r.location]
    return "".join(f'<p class="contact">{esc(i)}</p>' for i in items if i)


def text_block(r: Resume, heading: str) -> str:
    """A free-text section: one paragraph per line."""
    return "".join(f"<p>{esc(line)}</p>" for line in r.texts[heading])


Blocks = dict[str, Callable[[Resume, str], str]]
DEFAULT_BLOCKS: Blocks = {
    "education": lambda r, h: education_rows(r),
    "work": lambda r, h: work_rows(r),
    "projects": lambda r, h: project_rows(r),
    "publications": lambda r, h: publication_list(r),
    "awards": lambda r, h: award_lines(r),
    "skills": lambda r, h: skill_lines(r),
    "text": text_block,
    "contact": lambda r, h: contact_lines(r),
}


def sections_html(r: Resume, sections: Sequence[tuple[str, str]] | None = None, blocks: Blocks | None = None) -> str:
    """Sections (default: all of the résumé's), each a heading and its block; *blocks* overrides some kinds."""
    table = {**DEFAULT_BLOCKS, **(blocks or {})}
    chosen = r.sections if sections is None else sections
    return "".join(f"<h2>{esc(heading)}</h2>{table[kind](r, heading)}" for kind, heading in chosen)


BASE_CSS = """
* {font-family: sans-serif; font-size: 9.5pt; line-height: 1.35}
h1 {font-size: 20pt; margin: 0 0 4pt 0}
h2 {font-size: 12pt; margin: 9pt 0 4pt 0}
p {margin: 0 0 2pt 0}
ul {margin: 0 0 4pt 0; padding-left: 14pt}
li {margin: 0 0 1pt 0}
table.dated {width: 100%; margin: 3pt 0 1pt 0}
td.when {text-align: right; white-space: nowrap}
p.detail, p.where {color: #444}
p.pub {margin: 0 0 3pt 0}
p.note {font-size: 8pt; color: #555}
"""


# -- the PDF layouts -----------------------------------------------------------------------


@dataclass(frozen=True)
class PdfLayout:
    """What to draw: the main story, optional sidebar (first page) and page footer."""

    body: str
    css: str
    paper: str = "a4"
    margins: tuple[float, float, float, float] = (48, 44, 48, 44)  # left, top, right, bottom
    sidebar: str = ""
    sidebar_width: float = 0.0
    sidebar_fill: tuple[float, float, float] = (0.93, 0.95, 0.97)
    footer: str = ""  # formatted with page and pages


def classic_zh(r: Resume) -> PdfLayout:
    """Centred name, a '·' contact line, ruled headings, right-aligned dates."""
    contacts = " · ".join([f"电话：{r.phones[0]}", f"邮箱：{r.emails[0]}", f"主页：{r.links[0]}"])
    body = (
        f'<h1>{esc(r.name)}</h1><p class="sub">{esc(r.title)}</p><p class="sub">{esc(contacts)}</p>'
        + sections_html(r)
    )
    css = BASE_CSS + """
h1, p.sub {text-align: center}
p.sub {color: #333; margin-bottom: 3pt}
h2 {color: #1f3864; border-bottom: 0.8pt solid #1f3864; padding-bottom: 1pt}
"""
    return PdfLayout(body, css)


def banded_zh(r: Resume) -> PdfLayout:
    """Label:value header lines, shaded heading bands and the education as a bordered table."""
    header = "".join(
        f'<p class="kv">{label}：{esc(value)}</p>'
        for label, value in (("电话", r.phones[0]), ("邮箱", r.emails[0]), ("所在地", r.location))
    )
    body = f'<h1>{esc(r.name)}</h1><p class="kv">{esc(r.title)}</p>{header}' + sections_html(
        r, blocks={"education": lambda rr, h: education_grid(rr), "skills": lambda rr, h: skill_lines(rr, "、")}
    )
    css = BASE_CSS + """
h2 {background-color: #dce6f2; color: #17365d; padding: 2pt 4pt}
table.grid {width: 100%; border-collapse: collapse; margin: 2pt 0 4pt 0}
table.grid td, table.grid th {border: 0.6pt solid #7f7f7f; padding: 2pt 4pt; text-align: center}
table.grid th {background-color: #f2f2f2}
"""
    return PdfLayout(body, css)


def sidebar_zh(r: Resume) -> PdfLayout:
    """Two columns: a shaded sidebar (name, contacts, skills, languages) and the main column."""
    side_sections = [(k, h) for k, h in r.sections if k in ("contact", "skills") or h in SIDEBAR_TEXTS]
    main_sections = [section for section in r.sections if section not in side_sections]
    side = f'<h1>{esc(r.name)}</h1><p class="title">{esc(r.title)}</p>' + sections_html(
        r, side_sections, blocks={"skills": lambda rr, h: skill_lines(rr, " / ")}
    )
    main = sections_html(r, main_sections)
    css = BASE_CSS + """
h1 {font-size: 22pt; color: #1f3864}
p.title {color: #1f3864; margin-bottom: 6pt}
h2 {color: #1f3864; border-bottom: 0.8pt solid #8eaadb}
p.skill {margin-bottom: 4pt}
"""
    return PdfLayout(main, css, margins=(30, 44, 40, 44), sidebar=side, sidebar_width=170)


SIDEBAR_TEXTS = ("语言能力",)  # free-text sections that go to the sidebar, not the main column


def plain_en(r: Resume) -> PdfLayout:
    """US Letter, centred header with a '|' contact line, ALL-CAPS ruled headings."""
    contacts = " | ".join([r.location, *r.phones, *r.emails, *r.links])
    body = (
        f'<h1>{esc(r.name)}</h1><p class="sub">{esc(r.title)}</p><p class="sub">{esc(contacts)}</p>'
        + sections_html(r)
    )
    css = BASE_CSS + """
* {font-size: 10pt}
h1 {font-size: 22pt; letter-spacing: 1pt}
h1, p.sub {text-align: center}
h2 {font-size: 11pt; border-bottom: 1pt solid #000; letter-spacing: 0.5pt}
p.where {font-style: italic}
"""
    return PdfLayout(body, css, paper="letter", margins=(54, 46, 54, 46))


def academic_en(r: Resume) -> PdfLayout:
    """An academic CV in serif: dates in a left column, publications with venues, 'Page N of M'."""

    def date_column(rows: list[tuple[str, str]]) -> str:
        cells = "".join(f'<tr><td class="left">{esc(dates)}</td><td>{content}</td></tr>' for dates, content in rows)
        return f'<table class="cv">{cells}</table>'

    def education(rr: Resume, _h: str) -> str:
        return date_column(
            [
                (
                    format_span(s.start, s.end, rr.date_style),
                    f"<b>{esc(s.degree)} in {esc(s.area)}</b>, {esc(glossed(s.institution, s.gloss))}"
                    + "".join(f"<br/><i>{esc(d)}</i>" for d in s.details),
                )
                for s in rr.education
            ]
        )

    def work(rr: Resume, _h: str) -> str:
        return date_column(
            [
                (
                    format_span(j.start, j.end, rr.date_style),
                    f"<b>{esc(glossed(j.position, j.position_gloss))}</b>, "
                    f"{esc(glossed(j.organization, j.gloss))}, {esc(j.location)}"
                    + "".join(f"<br/>{esc(h)}" for h in j.highlights),
                )
                for j in rr.work
            ]
        )

    contacts = "<br/>".join(esc(c) for c in [r.location, *r.emails, *r.phones, *r.links])
    body = (
        f'<table class="head"><tr><td><h1>{esc(r.name)}</h1><p>{esc(r.title)}</p></td>'
        f'<td class="contacts">{contacts}</td></tr></table>'
        + sections_html(r, blocks={"education": education, "work": work})
    )
    css = BASE_CSS + """
* {font-family: serif; font-size: 10.5pt}
h1 {font-size: 24pt}
h2 {font-size: 13pt; border-bottom: 0.6pt solid #555; margin-top: 12pt}
table.head {width: 100%}
td.contacts {text-align: right; font-size: 9.5pt}
table.cv {width: 100%; margin-bottom: 2pt}
table.cv td {padding: 0 0 5pt 0; vertical-align: top}
td.left {width: 110pt; white-space: nowrap; color: #333}
p.pub {margin-bottom: 6pt}
p.footer {text-align: center; font-size: 8.5pt; color: #555}
"""
    return PdfLayout(body, css, paper="letter", margins=(60, 54, 60, 60), footer="Page {page} of {pages}")


def bilingual(r: Resume) -> PdfLayout:
    """Chinese and English side by side: both names, bilingual headings, a coloured rule."""
    contacts = "　".join([f"电话 Phone: {r.phones[0]}", f"邮箱 Email: {r.emails[0]}", r.links[0]])
    body = (
        f'<h1>{esc(r.name)} <span class="en">{esc(r.author_name)}</span></h1>'
        f'<p class="sub">{esc(r.title)} · {esc(r.location)}</p><p class="sub">{esc(contacts)}</p>' + sections_html(r)
    )
    css = BASE_CSS + """
span.en {font-size: 14pt; color: #555}
p.sub {color: #333}
h2 {color: #7b2c2c; border-bottom: 1.5pt solid #c55a11}
"""
    return PdfLayout(body, css)


PDF_LAYOUTS: dict[str, Callable[[Resume], PdfLayout]] = {
    "zh_phd": classic_zh,
    "zh_master": banded_zh,
    "zh_sidebar": sidebar_zh,
    "en_ml": plain_en,
    "en_research": academic_en,
    "mixed": bilingual,
}


# -- writers ------------------------------------------------------------------------------------


def count_pages(html_text: str, css: str, rect: pymupdf.Rect) -> int:
    """How many pages a story needs in *rect* (a dry run, so footers can say 'of M')."""
    story = pymupdf.Story(html_text, user_css=css)
    pages, more = 0, True
    while more:
        more, _ = story.place(rect)
        story.draw(None)  # drawing is what moves a story on; None draws nowhere
        pages += 1
        if pages > MAX_PAGES:
            raise ValueError("the story does not fit on the page")
    return pages


def render_pdf(layout: PdfLayout, r: Resume) -> bytes:
    """Lay out, draw, subset the fonts and save with fixed metadata."""
    mediabox = pymupdf.paper_rect(layout.paper)
    left, top, right, bottom = layout.margins
    main_rect = pymupdf.Rect(left + layout.sidebar_width, top, mediabox.width - right, mediabox.height - bottom)
    footer_rect = pymupdf.Rect(left, mediabox.height - bottom + 16, mediabox.width - right, mediabox.height - 12)
    pages = count_pages(layout.body, layout.css, main_rect) if layout.footer else 0
    buffer = io.BytesIO()
    writer = pymupdf.DocumentWriter(buffer)
    story = pymupdf.Story(layout.body, user_css=layout.css)
    page, more = 0, True
    while more:
        device = writer.begin_page(mediabox)
        if layout.sidebar and page == 0:
            side = pymupdf.Story(layout.sidebar, user_css=layout.css)
            side_more, _ = side.place(pymupdf.Rect(18, top, layout.sidebar_width - 12, mediabox.height - bottom))
            if side_more:
                raise ValueError(f"{r.file_name}: the sidebar does not fit on the first page")
            side.draw(device)
        more, _ = story.place(main_rect)
        story.draw(device)
        page += 1
        if layout.footer:
            text = esc(layout.footer.format(page=page, pages=pages))
            footer = pymupdf.Story(f'<p class="footer">{text}</p>', user_css=layout.css)
            footer.place(footer_rect)
            footer.draw(device)
        writer.end_page()
        if page > MAX_PAGES:
            raise ValueError(f"{r.file_name}: the story does not fit on the page")
    writer.close()
    pdf = pymupdf.open("pdf", buffer.getvalue())
    if layout.sidebar:
        # drawn under the text, after layout, because a Story block cannot fill the page's full height
        band = pymupdf.Rect(0, 0, layout.sidebar_width, mediabox.height)
        pdf[0].draw_rect(band, color=None, fill=layout.sidebar_fill, overlay=False)
    if pdf.page_count != r.pages:
        raise ValueError(f"{r.file_name}: laid out on {pdf.page_count} pages, expected {r.pages}")
    pdf.subset_fonts()
    pdf.set_metadata(
        {
            "title": f"{r.name} — {r.title}",
            "author": r.name,
            "subject": "Shortlist sample résumé (fictional person)",
            "keywords": "",
            "creator": "Shortlist sample generator",
            "producer": TOOLS,
            "creationDate": PDF_DATE,
            "modDate": PDF_DATE,
        }
    )
    return pdf.tobytes(garbage=4, deflate=True, deflate_fonts=True, no_new_id=True)


def render_docx(r: Resume) -> bytes:
    """A Word résumé: Title and Heading 1 styles, a Table Grid education table, bulleted lists."""
    document = docx.Document()
    normal = document.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "宋体")
    document.add_paragraph(r.name, style="Title")
    document.add_paragraph(f"{r.title}\t电话：{r.phones[0]}\t邮箱：{r.emails[0]}\t{r.location}")
    for kind, heading in r.sections:
        document.add_heading(heading, level=1)
        if kind == "education":
            table = document.add_table(rows=1, cols=4)
            table.style = "Table Grid"
            for cell, label in zip(table.rows[0].cells, ("学校", "专业", "学历", "时间"), strict=True):
                cell.text = label
            for s in r.education:
                values = (glossed(s.institution, s.gloss), s.area, s.degree, format_span(s.start, s.end, r.date_style))
                for cell, value in zip(table.add_row().cells, values, strict=True):
                    cell.text = value
        elif kind in ("work", "projects"):
            entries = (
                [
                    (glossed(j.organization, j.gloss), glossed(j.position, j.position_gloss), j.start, j.end, j.highlights)
                    for j in r.work
                ]
                if kind == "work"
                else [(p.name, p.role, p.start, p.end, p.highlights) for p in r.projects]
            )
            for title, role, start, end, highlights in entries:
                line = document.add_paragraph()
                line.add_run(title).bold = True
                line.add_run(f"　{role}\t{format_span(start, end, r.date_style)}")
                for item in highlights:
                    document.add_paragraph(item, style="List Bullet")
        elif kind == "skills":
            for group, keywords in r.skills:
                line = document.add_paragraph()
                line.add_run(f"{group}：").bold = True
                line.add_run("、".join(keywords))
        elif kind == "awards":
            for a in r.awards:
                document.add_paragraph(f"{a.year}　{a.title}", style="List Bullet")
    core = document.core_properties
    core.author = core.last_modified_by = r.name
    core.title = f"{r.name} — {r.title}"
    core.created = core.modified = DOCX_DATE
    core.revision = 1
    core.comments = TOOLS
    buffer = io.BytesIO()
    document.save(buffer)
    return fixed_zip(buffer.getvalue())


def fixed_zip(data: bytes) -> bytes:
    """The same zip with fixed member timestamps (python-docx stamps the current time)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            member = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            member.compress_type = zipfile.ZIP_DEFLATED
            member.external_attr = 0o644 << 16
            target.writestr(member, source.read(info.filename))
    return out.getvalue()


def render_markdown(r: Resume) -> str:
    """A Markdown résumé: '#' name, '##' sections, bullets, a skills table."""
    lines = [f"# {r.name}", "", f"**{r.title}** · {r.location}  ", " · ".join([*r.phones, *r.emails, *r.links]), ""]
    for kind, heading in r.sections:
        lines += [f"## {heading}", ""]
        if kind == "text":
            lines += [*r.texts[heading], ""]
        elif kind == "work":
            for j in r.work:
                lines += [f"### {glossed(j.position, j.position_gloss)}, {glossed(j.organization, j.gloss)}"]
                lines += [f"*{format_span(j.start, j.end, r.date_style)} · {j.location}*", ""]
                lines += [f"- {h}" for h in j.highlights] + [""]
        elif kind == "education":
            for s in r.education:
                dates = format_span(s.start, s.end, r.date_style)
                lines.append(f"- **{s.degree} in {s.area}**, {glossed(s.institution, s.gloss)} ({dates})")
            lines.append("")
        elif kind == "projects":
            for p in r.projects:
                lines += [f"### {p.name}", f"*{format_span(p.start, p.end, r.date_style)} · {p.role}*", ""]
                lines += [f"- {h}" for h in p.highlights] + [""]
        elif kind == "skills":
            lines += ["| Area | Skills |", "|---|---|"]
            lines += [f"| {group} | {', '.join(keywords)} |" for group, keywords in r.skills] + [""]
        elif kind == "awards":
            lines += [f"- {a.title} ({a.year})" for a in r.awards] + [""]
    return "\n".join(lines)


class Record(Protocol):
    """What a ground truth's first fields come from: a sample résumé or a person of the producer corpus."""

    @property
    def lang(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def emails(self) -> tuple[str, ...]: ...
    @property
    def phones(self) -> tuple[str, ...]: ...
    @property
    def links(self) -> tuple[str, ...]: ...
    @property
    def education(self) -> tuple[School, ...]: ...
    @property
    def work(self) -> tuple[Job, ...]: ...


def person_truth(r: Record) -> dict[str, Any]:
    """The ground truth's fields from language to work, in the development corpus's format."""
    return {
        "lang": r.lang,
        "name": r.name,
        "emails": list(r.emails),
        "phones": list(r.phones),
        "links": list(r.links),
        "education": [
            {"institution": s.institution, "degree": s.degree, "area": s.area, "start": s.start, "end": s.end}
            for s in r.education
        ],
        "work": [{"organization": j.organization, "position": j.position, "start": j.start, "end": j.end} for j in r.work],
    }


def truth(r: Resume) -> dict[str, Any]:
    """The ground truth of a résumé, in the development corpus's format."""
    return {
        **person_truth(r),
        "publications": [{"title": p.title, "venue": p.venue, "year": p.year} for p in r.publications],
        "awards": [{"title": a.title, "year": a.year} for a in r.awards],
        "skills": [keyword for _group, keywords in r.skills for keyword in keywords],
        "sections": [heading for _kind, heading in r.sections],
    }


def render(r: Resume) -> bytes:
    """The document's bytes."""
    suffix = Path(r.file_name).suffix
    if suffix == ".pdf":
        return render_pdf(PDF_LAYOUTS[r.role](r), r)
    if suffix == ".docx":
        return render_docx(r)
    return render_markdown(r).encode("utf-8")


def write_all(outdir: Path) -> list[Path]:
    """Write every sample and its truth file into *outdir*; returns the documents' paths."""
    outdir.mkdir(parents=True, exist_ok=True)
    written = []
    for r in RESUMES:
        path = outdir / r.file_name
        path.write_bytes(render(r))
        (outdir / r.truth_file_name).write_text(json.dumps(truth(r), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        written.append(path)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: write the samples into OUTDIR (default: the shipped samples folder)."""
    args = list(sys.argv[1:] if argv is None else argv)
    outdir = Path(args[0]) if args else resources.path("samples")
    for path in write_all(outdir):
        print(f"{path.stat().st_size:>8}  {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
