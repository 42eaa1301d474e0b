"""HTML/CSS résumés (flex sidebar, grid with a date column) and Markdown, printed to PDF by headless Chromium."""

from __future__ import annotations

import re
import subprocess
import tempfile
from html import escape
from pathlib import Path
from string import Template

from markdown_it import MarkdownIt

from tests.corpus.content import CONTACT_HEADINGS, Document, Line, Section
from tests.corpus.latex import contact_kind

TEMPLATES = Path(__file__).parent / "templates"
ICONS = {"phone": "&#xf095;", "email": "&#xf0e0;", "link": "&#xf09b;"}
NBSP_YEAR = re.compile(r" (?=\d{4}\b)")
LONG_WORD = re.compile(r"[A-Za-z]{11,}")


def soft_hyphens(text: str) -> str:
    """Escaped text with a soft hyphen offered in the middle of every long word."""
    return LONG_WORD.sub(lambda m: m.group()[:6] + "&shy;" + m.group()[6:], escape(text, quote=False))


def html_runs(line: Line) -> str:
    """Styled runs in HTML, a non-breaking space between a venue and its year."""
    tags = {"": "{}", "b": "<b>{}</b>", "i": "<i>{}</i>"}
    return "".join(tags[style].format(escape(NBSP_YEAR.sub("\u00a0", text), quote=False)) for text, style in line)


def flex_section(section: Section) -> str:
    """A section of the flex layout: entries as flex rows with right dates, lines, a numbered paper list."""
    out = [f"<h2>{escape(section.heading)}</h2>"]
    for e in section.entries:
        out.append(f'<div class="row"><span>{escape(e.title)}</span><span class="when">{escape(e.dates)}</span></div>')
        if e.subtitle:
            out.append(f'<div class="sub">{escape(e.subtitle)}</div>')
        if e.bullets:
            out.append("<ul>" + "".join(f"<li>{soft_hyphens(b)}</li>" for b in e.bullets) + "</ul>")
    out += [f"<p>{html_runs(line)}</p>" for line in section.lines]
    for index, paper in enumerate(section.papers):
        if index == 0 or section.topic(index):
            out.append(("</ol>" if index else "") + (f"<h3>{escape(section.topic(index) or '')}</h3>" if section.topic(index) else ""))
            out.append(f'<ol class="papers" start="{index + 1}">')
        out.append(f"<li>{'<br>'.join(html_runs(line) for line in paper)}</li>")
    if section.papers:
        out.append("</ol>")
    return "\n".join(out)


def contact_fragments(contact: str) -> str:
    """A contact cut into spans at '@' and '/', as some editors write it."""
    pieces = re.split(r"(?<=[@/])", contact)
    return "".join(f"<span>{escape(p)}</span>" for p in pieces)


def flex(doc: Document) -> str:
    """A dark sidebar (name, icon contacts in fragments, side sections) beside the main column."""
    side_kinds = set(doc.options.side_kinds)
    side = f"<h2>{escape(CONTACT_HEADINGS[doc.person.lang])}</h2>" + "".join(
        f'<div class="contact"><span class="fa">{ICONS[contact_kind(c)]}</span>{contact_fragments(c)}</div>' for c in doc.contacts
    )
    side += "".join(flex_section(s) for s in doc.sections if s.kind in side_kinds)
    return Template((TEMPLATES / "flex.html").read_text(encoding="utf-8")).substitute(
        lang="en" if doc.text_lang == "en" else "zh-CN",
        name=escape(doc.name),
        subtitle=f'<div class="en">{escape(doc.subtitle)}</div>' if doc.subtitle else "",
        side=side,
        body="\n".join(flex_section(s) for s in doc.sections if s.kind not in side_kinds),
    )


def glued(line: Line) -> str:
    """A line whose words are spans a hair apart, with no space characters between them (words glued in the text layer)."""
    words = "".join(text for text, _ in line).split(" ")
    return "".join(f'<span style="margin-left:{".12em" if i else "0"}">{escape(w)}</span>' for i, w in enumerate(words))


def grid_section(section: Section) -> str:
    """A section of the grid layout: dates (or the paper's year) in the left column."""
    cells = []
    for e in section.entries:
        bullets = "<ul>" + "".join(f"<li>{escape(b)}</li>" for b in e.bullets) + "</ul>" if e.bullets else ""
        sub = f'<span class="sub">{escape(e.subtitle)}</span>' if e.subtitle else ""
        cells.append(f'<div class="when">{escape(e.dates)}</div><div class="what"><b>{escape(e.title)}</b>{sub}{bullets}</div>')
    render = glued if section.kind == "awards" else html_runs
    cells += [f"<div></div><div>{render(line)}</div>" for line in section.lines]
    for index, paper in enumerate(section.papers):
        if topic := section.topic(index):
            cells.append(f'<div></div><div class="what"><b>{escape(topic)}</b></div>')
        years = re.findall(r"\b(20\d\d)\b", " ".join(text for line in paper for text, _ in line))
        cells.append(f'<div class="when">{years[-1] if years else ""}</div><div>{"<br>".join(html_runs(line) for line in paper)}</div>')
    return f"<h2>{escape(section.heading)}</h2>\n<div class=\"grid\">{''.join(cells)}</div>"


def grid(doc: Document) -> str:
    """A date-column grid; the name block is absolutely positioned at the top but last in the source; a fixed running footer."""
    contacts = " · ".join(escape(c.replace("-", "\u2011") if contact_kind(c) == "phone" else c) for c in doc.contacts)
    return Template((TEMPLATES / "grid.html").read_text(encoding="utf-8")).substitute(
        lang="en" if doc.text_lang == "en" else "zh-CN",
        name=escape(doc.name),
        subtitle=f"<div>{escape(doc.subtitle)}</div>" if doc.subtitle else "",
        contacts=contacts,
        running=escape(f"{doc.person.name_en} — Curriculum Vitae"),
        body="\n".join(grid_section(s) for s in doc.sections),
    )


def markdown_html(source: str) -> str:
    """Markdown rendered by the CommonMark renderer into a styled page."""
    css = (TEMPLATES / "markdown.css").read_text(encoding="utf-8")
    body = MarkdownIt("commonmark").enable("table").render(source)
    return f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"><style>{css}</style></head><body>{body}</body></html>'


def print_pdf(page: str) -> bytes:
    """The PDF headless Chromium prints of an HTML page."""
    with tempfile.TemporaryDirectory() as folder:
        source, target = Path(folder) / "cv.html", Path(folder) / "cv.pdf"
        source.write_text(page, encoding="utf-8")
        subprocess.run(
            ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", f"--user-data-dir={folder}/profile", f"--print-to-pdf={target}",
             "--no-pdf-header-footer", source.as_uri()],
            capture_output=True, check=True, timeout=120, env={"PATH": "/usr/bin:/bin", "HOME": folder},
        )
        return target.read_bytes()


def jobsite_section(section: Section) -> str:
    """A section of a job-site export: dates in a timeline column, '<b>organisation</b> position' on one line, skills as tags."""
    out = [f"<h2>{escape(section.heading)}</h2>"]
    for e in section.entries:
        bullets = "<ul>" + "".join(f"<li>{escape(b)}</li>" for b in e.bullets) + "</ul>" if e.bullets else ""
        head = f'<div class="head"><b>{escape(e.title)}</b> <span>{escape(e.subtitle)}</span></div>'
        out.append(f'<div class="item"><div class="when">{escape(e.dates)}</div><div>{head}{bullets}</div></div>')
    for line in section.lines:
        if section.kind == "skills":
            tags = " ".join(f"<span>{escape(skill)}</span>" for text, _ in line[1:] for skill in text.split(", "))
            out.append(f'<p class="tags"><b>{escape(line[0][0])}</b> {tags}</p>')
        else:
            out.append(f"<p>{html_runs(line)}</p>")
    out += [f"<p>{'<br>'.join(html_runs(line) for line in paper)}</p>" for paper in section.papers]
    return "\n".join(out)


def jobsite(doc: Document) -> str:
    """A Chinese job-site export: 个人信息 key：value pairs in two columns beside a photo, headings on a coloured bar."""
    person = doc.person
    pairs = [("姓名", doc.name), ("求职意向", "大模型算法工程师"), ("电话", " / ".join(person.phones)),
             ("最高学历", person.education[0].degree), ("邮箱", " / ".join(person.emails))]
    pairs += [("主页", link) for link in person.links]
    return Template((TEMPLATES / "jobsite.html").read_text(encoding="utf-8")).substitute(
        name=escape(doc.name),
        subtitle=f'<div class="en">{escape(doc.subtitle)}</div>' if doc.subtitle else "",
        info=escape(doc.options.info_heading),
        pairs="".join(f'<div><span class="k">{k}：</span>{escape(v)}</div>' for k, v in pairs),
        body="\n".join(jobsite_section(s) for s in doc.sections),
    )
