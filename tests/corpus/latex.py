"""XeLaTeX layouts: the moderncv styles texlive ships and four of our own (templates/*.tex)."""

from __future__ import annotations

import re
import subprocess
import tempfile
import unicodedata
from pathlib import Path
from string import Template

from tests.corpus.content import CONTACT_HEADINGS, Document, Entry, Line, Section, location

TEMPLATES = Path(__file__).parent / "templates"
SPECIAL = {"&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_", "{": r"\{", "}": r"\}", "~": r"\textasciitilde{}",
           "^": r"\textasciicircum{}", "\\": r"\textbackslash{}"}
# the CJK characters a PDF maker may write as their Kangxi-radical look-alikes (⼈ for 人)
KANGXI = {unicodedata.normalize("NFKC", chr(c)): chr(c) for c in range(0x2F00, 0x2FD6)}
ICONS = {"phone": r"\faPhone", "email": r"\faEnvelope", "link": r"\faGithub"}


def esc(text: str) -> str:
    """Text made safe for LaTeX."""
    return "".join(SPECIAL.get(c, c) for c in text)


def kangxi(text: str) -> str:
    """Text with every character that has a Kangxi-radical twin written as that twin."""
    return "".join(KANGXI.get(c, c) for c in text)


def runs(line: Line) -> str:
    """A line of styled runs in LaTeX."""
    wrap = {"": "{}", "b": r"\textbf{{{}}}", "i": r"\textit{{{}}}"}
    return "".join(wrap[style].format(esc(text)) for text, style in line)


def itemize(items: tuple[str, ...]) -> str:
    """An itemize list ('' when empty)."""
    return "\\begin{itemize}\n" + "".join(f"\\item {esc(i)}\n" for i in items) + "\\end{itemize}\n" if items else ""


def contact_kind(contact: str) -> str:
    """phone, email or link."""
    return "email" if "@" in contact else "link" if "://" in contact else "phone"


# -- moderncv ----------------------------------------------------------------------------------


def moderncv_section(section: Section) -> str:
    """A section with moderncv's \\cventry / \\cvitem."""
    out = [f"\\section{{{esc(section.heading)}}}"]
    for e in section.entries:
        what, where = (e.subtitle, e.title) if e.subtitle else (e.title, "")
        out.append(f"\\cventry{{{esc(e.dates)}}}{{{esc(what)}}}{{{esc(where)}}}{{}}{{}}{{{itemize(e.bullets)}}}")
    for line in section.lines:
        out.append(f"\\cvitem{{}}{{{runs(line)}}}")
    for index, paper in enumerate(section.papers):
        if topic := section.topic(index):
            out.append(f"\\subsection{{{esc(topic)}}}")
        out.append(f"\\cvitem{{}}{{{' '.join(runs(line) for line in paper)}}}")
    return "\n".join(out)


def moderncv(doc: Document, style: str) -> str:
    """A moderncv document in *style* (classic, casual, banking, oldstyle, fancy)."""
    name = doc.name.split(" ", 1) if doc.person.lang == "en" else [doc.name, ""]
    contacts = []
    for contact in doc.contacts:
        kind = contact_kind(contact)
        if kind == "phone":
            contacts.append(f"\\phone[mobile]{{{esc(contact)}}}")
        elif kind == "email":  # moderncv prints one \email: a second address goes into \extrainfo
            command = "extrainfo" if any(r"\email" in c for c in contacts) else "email"
            contacts.append(f"\\{command}{{{esc(contact)}}}")
        else:
            contacts.append(f"\\homepage{{{esc(contact)}}}")
    colors = {"classic": "blue", "casual": "orange", "banking": "black", "oldstyle": "green", "fancy": "grey"}
    return Template((TEMPLATES / "moderncv.tex").read_text(encoding="utf-8")).substitute(
        style=style,
        color=colors[style],
        first=esc(name[0]),
        last=esc(name[1]),
        title=f"\\title{{{esc(doc.subtitle)}}}" if doc.subtitle else "",
        contacts="\n".join(contacts),
        body="\n".join(moderncv_section(s) for s in doc.sections),
    )


# -- our own layouts ---------------------------------------------------------------------------


def entry(e: Entry) -> str:
    """Institution or organisation in bold with the dates flush right, the second line, bullets."""
    out = f"\\textbf{{{esc(e.title)}}}\\hfill {esc(e.dates)}\\par\n"
    if e.subtitle:
        out += f"{esc(e.subtitle)}\\par\n"
    return out + itemize(e.bullets) + "\\vspace{0.6ex}\n"


def section_body(section: Section, numbered: bool) -> str:
    """Entries, lines and papers of a section (papers numbered [1], [2] … when *numbered*)."""
    out = "".join(entry(e) for e in section.entries)
    out += "".join(f"{runs(line)}\\par\n" for line in section.lines)
    if section.papers:
        env = "enumerate" if numbered else "itemize"
        out += f"\\begin{{{env}}}\n"
        for index, paper in enumerate(section.papers):
            if topic := section.topic(index):
                out += f"\\item[] \\textbf{{{esc(topic)}}}\n"
            out += "\\item " + "\\\\\n".join(runs(line) for line in paper) + "\n"
        out += f"\\end{{{env}}}\n"
    return out


def contact_line(doc: Document, icons: bool, separator: str) -> str:
    """The contacts, each after its Font Awesome icon when *icons*."""
    parts = [(ICONS[contact_kind(c)] + "~" if icons else "") + esc(c) for c in doc.contacts]
    return separator.join(parts)


def subtitle(doc: Document) -> str:
    """The English name under a Chinese one ('' when there is none)."""
    return f"{{\\large {esc(doc.subtitle)}}}\\par\\vspace{{0.6ex}}\n" if doc.subtitle else ""


def zh_ruled(doc: Document) -> str:
    """One column, centred name, icon contact line, headings over a rule; Kangxi radicals for some people."""
    body = "".join(f"\\section*{{{esc(s.heading)}}}\n" + section_body(s, numbered=True) for s in doc.sections)
    tex = Template((TEMPLATES / "zh_ruled.tex").read_text(encoding="utf-8")).substitute(
        name=esc(doc.name), subtitle=subtitle(doc), contacts=contact_line(doc, True, r"\quad "), body=body
    )
    return kangxi(tex) if int(doc.person.pid[1:]) % 2 else tex


def leftheads(doc: Document) -> str:
    """Two columns: letter-spaced small-caps headings on the left, content on the right."""
    body = "".join(
        f"\\switchcolumn[0]*\n\\head{{{esc(s.heading)}}}\n\\switchcolumn\n" + section_body(s, numbered=False) for s in doc.sections
    )
    contacts = r"\\".join(esc(c) for c in doc.contacts)
    return Template((TEMPLATES / "leftheads.tex").read_text(encoding="utf-8")).substitute(
        name=esc(doc.name), subtitle=subtitle(doc), contacts=contacts, body=body
    )


def sidebar(doc: Document) -> str:
    """A shaded left column with contacts and the side sections, the rest on the right."""
    side_kinds = set(doc.options.side_kinds)
    side = f"\\head{{{esc(CONTACT_HEADINGS[doc.person.lang])}}}\n" + "".join(
        f"{ICONS[contact_kind(c)]}~{{\\small {esc(c)}}}\\par\n" for c in doc.contacts
    )
    side += "".join(f"\\head{{{esc(s.heading)}}}\n" + section_body(s, False) for s in doc.sections if s.kind in side_kinds)
    body = "".join(f"\\head{{{esc(s.heading)}}}\n" + section_body(s, False) for s in doc.sections if s.kind not in side_kinds)
    return Template((TEMPLATES / "sidebar.tex").read_text(encoding="utf-8")).substitute(
        name=esc(doc.name), subtitle=subtitle(doc), side=side, body=body
    )


def academic(doc: Document) -> str:
    """An academic CV: serif with ligatures, small-caps headings, numbered papers, running header and page footer."""
    body = "".join(f"\\section*{{{esc(s.heading)}}}\n" + section_body(s, numbered=True) for s in doc.sections)
    return Template((TEMPLATES / "academic.tex").read_text(encoding="utf-8")).substitute(
        name=esc(doc.name),
        runname=esc(doc.name),
        subtitle=subtitle(doc),
        contacts=contact_line(doc, False, r" \textperiodcentered\ "),
        body=body,
    )


def awesome_entry(e: Entry, lang: str) -> str:
    """Position (or degree) in bold and the organisation on one line, the city right in italics, the dates below."""
    first = f"\\textbf{{{esc(e.subtitle)}}}, {esc(e.title)}" if e.subtitle else f"\\textbf{{{esc(e.title)}}}"
    return f"\\cventry{{}}{{{first}}}{{{esc(location(e.title, lang))}}}{{{esc(e.dates)}}}\n" + itemize(e.bullets) + "\\vspace{0.8ex}\n"


def awesome_lines(section: Section) -> str:
    """Skills as a two-column table (the label right-aligned), other lines as paragraphs."""
    if section.kind != "skills":
        return "".join(f"{runs(line)}\\par\n" for line in section.lines)
    rows = "".join(f"{runs(line[:1])} & {runs(line[1:])} \\\\\n" for line in section.lines)
    return f"\\begin{{tabularx}}{{\\textwidth}}{{@{{}}>{{\\raggedleft\\arraybackslash}}p{{3.2cm}} X@{{}}}}\n{rows}\\end{{tabularx}}\n"


def awesome(doc: Document) -> str:
    """Awesome-CV's look: coloured first letters of a heading before a rule, entries with the city in italics, a bibliography."""
    lang = doc.text_lang
    body = ""
    for s in doc.sections:
        lead = 1 if lang == "zh" else 3
        body += f"\\cvsection{{{esc(s.heading[:lead])}}}{{{esc(s.heading[lead:])}}}\n"
        body += "".join(awesome_entry(e, lang) for e in s.entries) + awesome_lines(s)
        if s.papers:
            body += "\\begin{enumerate}\n" + "".join("\\item " + " ".join(runs(line) for line in p) + "\n" for p in s.papers)
            body += "\\end{enumerate}\n"
    name = doc.name.split(" ", 1) if doc.person.lang == "en" else [doc.name, ""]
    return Template((TEMPLATES / "awesome.tex").read_text(encoding="utf-8")).substitute(
        first=esc(name[0]) + ("~" if name[1] else ""),
        last=esc(name[1]),
        runname=esc(doc.person.name_en),
        kind="简历" if lang == "zh" else "Résumé",
        subtitle=subtitle(doc),
        position="大模型算法研究员" if lang == "zh" else "Machine Learning Researcher",
        contacts=contact_line(doc, True, r"~~{\color{graytext}|}~~"),
        body=body,
    )


def jake_entry(e: Entry, kind: str, lang: str, stack: str) -> str:
    """Jake's sub-headings: school | city over degree | dates; position | dates over company | city; project | stack, dates."""
    if kind == "projects":
        head = f"\\projectheading{{\\textbf{{{esc(e.title)}}} $|$ \\emph{{{esc(stack)}}}}}{{{esc(e.dates)}}}\n"
    elif kind == "work":
        head = f"\\subheading{{{esc(e.subtitle)}}}{{{esc(e.dates)}}}{{{esc(e.title)}}}{{{esc(location(e.title, lang))}}}\n"
    else:
        head = f"\\subheading{{{esc(e.title)}}}{{{esc(location(e.title, lang))}}}{{{esc(e.subtitle)}}}{{{esc(e.dates)}}}\n"
    return head + itemize(e.bullets) + "\\vspace{2pt}\n"


def jake(doc: Document) -> str:
    """Jake's Resume: one column, small-caps headings over a rule, tabular sub-headings, projects with their tech stack."""
    stack = ", ".join(doc.person.skills[0][1][:3])
    body = ""
    for s in doc.sections:
        body += f"\\section{{{esc(s.heading)}}}\n" + "".join(jake_entry(e, s.kind, doc.text_lang, stack) for e in s.entries)
        if s.lines:
            body += "\\begin{itemize}[label={},leftmargin=0.15in]\n\\small\n"
            body += "".join(f"\\item {runs(line)}\n" for line in s.lines) + "\\end{itemize}\n"
        if s.papers:
            body += "\\begin{itemize}\n" + "".join("\\item " + " ".join(runs(line) for line in p) + "\n" for p in s.papers)
            body += "\\end{itemize}\n"
    contacts = " $|$ ".join(esc(c) if contact_kind(c) == "phone" else f"\\underline{{{esc(c)}}}" for c in doc.contacts)
    return Template((TEMPLATES / "jake.tex").read_text(encoding="utf-8")).substitute(
        name=esc(doc.name), subtitle=subtitle(doc), contacts=contacts, body=body
    )


def compile_pdf(tex: str) -> bytes:
    """The PDF xelatex makes of *tex* (run twice so page references settle)."""
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "cv.tex"
        source.write_text(tex, encoding="utf-8")
        for _ in range(2):
            done = subprocess.run(
                ["xelatex", "-interaction=nonstopmode", "-halt-on-error", "cv.tex"],
                cwd=folder, capture_output=True, text=True, errors="replace", check=False,
                env={"PATH": "/usr/bin:/bin", "SOURCE_DATE_EPOCH": "1772355600", "FORCE_SOURCE_DATE": "1", "HOME": folder},
            )
            if done.returncode:
                errors = [line for line in done.stdout.splitlines() if line.startswith("!")]
                raise RuntimeError(f"xelatex failed: {errors[:3]}")
            if not re.search(r"Rerun|undefined references", done.stdout):
                break
        return (Path(folder) / "cv.pdf").read_bytes()
