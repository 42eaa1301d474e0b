"""The plain-text and Markdown renditions of a person (committed as they are, and the Markdown also printed by Chromium)."""

from __future__ import annotations

import textwrap
import unicodedata

from tests.corpus.content import Document, Line
from tests.corpus.word import C1_QUOTES

WIDTH = 88


def width(text: str) -> int:
    """Columns *text* takes in a monospaced terminal (CJK characters take two)."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def md_escape(text: str) -> str:
    """Text with Markdown's emphasis characters escaped (a co-first '*' stays a literal star)."""
    return text.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("#", "\\#")


def md_runs(line: Line) -> str:
    """Styled runs in Markdown."""
    marks = {"": "", "b": "**", "i": "*"}
    out = []
    for text, style in line:
        core = md_escape(text).strip() if style else md_escape(text)
        lead, trail = (" " if style and text.startswith(" ") else ""), (" " if style and text.endswith(" ") else "")
        out.append(f"{lead}{marks[style]}{core}{marks[style]}{trail}")
    return "".join(out)


def plain(line: Line) -> str:
    """The text of a line without styles."""
    return "".join(text for text, _ in line)


def markdown(doc: Document) -> str:
    """A Typora-style résumé: # name, ## sections, ### entries, lists, numbered papers."""
    out = [f"# {doc.name}", ""]
    if doc.subtitle:
        out += [doc.subtitle, ""]
    out += [" | ".join(doc.contacts), ""]
    for section in doc.sections:
        out += [f"## {section.heading}", ""]
        for e in section.entries:
            out += [f"### {md_escape(e.title)}", ""]
            out += [f"*{e.dates}*" + (f"  \n{md_escape(e.subtitle)}" if e.subtitle else ""), ""]
            out += [f"- {md_escape(b)}" for b in e.bullets] + ([""] if e.bullets else [])
        if section.lines:
            out += [f"- {md_runs(line)}" for line in section.lines] + [""]
        for number, paper in enumerate(section.papers, 1):
            if topic := section.topic(number - 1):
                out += ["", f"### {topic}", ""]
            out += [f"{number}. " + "  \n   ".join(md_runs(line) for line in paper)]
        if section.papers:
            out.append("")
    return "\n".join(out)


def text(doc: Document) -> str:
    """A plain-text résumé: underlined headings, dates padded to the right, papers in C1 quotes wrapped at 88 columns."""
    out = [doc.name] + ([doc.subtitle] if doc.subtitle else []) + [" | ".join(doc.contacts), ""]
    for section in doc.sections:
        out += [section.heading, "-" * width(section.heading)]
        for e in section.entries:
            out.append(e.title + " " * max(2, WIDTH - width(e.title) - width(e.dates)) + e.dates)
            if e.subtitle:
                out.append(e.subtitle)
            out += [f"  * {b}" for b in e.bullets]
        out += [plain(line) for line in section.lines]
        for number, (paper, pub) in enumerate(zip(section.papers, section.pubs, strict=False), 1):
            if topic := section.topic(number - 1):
                out.append(topic)
            quoted = C1_QUOTES[0] + pub.title + C1_QUOTES[1]
            entry = " ".join(plain(line) for line in paper).replace(pub.title, quoted, 1)
            out += textwrap.wrap(f"[{number}] {entry}", WIDTH, subsequent_indent="    ", break_on_hyphens=False)
        out.append("")
    return "\n".join(out)
