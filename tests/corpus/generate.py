"""Render every person of the producer corpus through real toolchains, verify the text layers, write documents and truths.

    python -m tests.corpus.generate            # rewrite tests/corpus/tune and tests/corpus/heldout
    python -m tests.corpus.generate p03 p07    # only these people (the others' files stay)
    python -m tests.corpus.generate html_grid  # only this layout

Needs the Debian packages named in tests/corpus/README.md (xelatex, LibreOffice, Chromium, Noto CJK fonts).
"""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
import tempfile
import unicodedata
import zipfile
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pymupdf

from tests.corpus import latex, text, web, word
from tests.corpus.content import Document, Options, document, truth
from tests.corpus.people import PEOPLE, Person
from tests.corpus.split import HELDOUT_PEOPLE, SPLITS, split_of

HERE = Path(__file__).parent
MAX_PAGES = 4


@dataclass(frozen=True)
class Layout:
    """One way of printing a person: producer, family (for the assignment), languages it serves, options, renderer."""

    producer: str
    family: str
    suffix: str
    options: Options
    render: Callable[[Document], bytes]
    langs: tuple[str, ...] = ("zh", "en", "mixed")


def soffice(data: bytes) -> bytes:
    """The PDF LibreOffice makes of a .docx."""
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "cv.docx"
        source.write_bytes(data)
        command = ["soffice", f"-env:UserInstallation=file://{folder}/profile", "--headless", "--convert-to", "pdf"]
        subprocess.run(
            [*command, "--outdir", folder, str(source)],
            capture_output=True, check=True, timeout=180, env={"PATH": "/usr/bin:/bin", "HOME": folder},
        )
        return (Path(folder) / "cv.pdf").read_bytes()


def utf8(render: Callable[[Document], str]) -> Callable[[Document], bytes]:
    """A text renderer as a bytes renderer."""
    return lambda doc: render(doc).encode("utf-8")


def xelatex(make: Callable[[Document], str]) -> Callable[[Document], bytes]:
    """A LaTeX renderer compiled to PDF."""
    return lambda doc: latex.compile_pdf(make(doc))


def moderncv(style: str) -> Callable[[Document], bytes]:
    """moderncv in one of the styles texlive ships."""
    return xelatex(lambda doc: latex.moderncv(doc, style))


def chromium(make: Callable[[Document], str]) -> Callable[[Document], bytes]:
    """An HTML renderer printed to PDF."""
    return lambda doc: web.print_pdf(make(doc))


SIDE = ("skills", "awards")
JOBSITE_HEADINGS = (
    ("education", "教育经历"), ("work", "工作经历"), ("projects", "项目经历"), ("publications", "科研成果"),
    ("awards", "荣誉奖项"), ("skills", "专业技能"), ("interests", "研究方向"), ("service", "学术服务"),
)
LAYOUTS: dict[str, Layout] = {
    "mcv_classic": Layout("xelatex", "tex", ".pdf", Options(pub_style="ref"), moderncv("classic")),
    "mcv_casual": Layout("xelatex", "tex", ".pdf", Options(pub_style="title_first"), moderncv("casual")),
    "mcv_banking": Layout("xelatex", "tex", ".pdf", Options(pub_style="glued"), moderncv("banking")),
    "mcv_oldstyle": Layout("xelatex", "tex", ".pdf", Options(pub_style="heading"), moderncv("oldstyle")),
    "mcv_fancy": Layout("xelatex", "tex", ".pdf", Options(pub_style="ref", award_year_first=True), moderncv("fancy")),
    "tex_zh_ruled": Layout("xelatex", "tex", ".pdf", Options(pub_style="glued"), xelatex(latex.zh_ruled), ("zh", "mixed")),
    "tex_leftheads": Layout(
        "xelatex", "tex", ".pdf", Options(pub_style="title_first", degree_first=True), xelatex(latex.leftheads)
    ),
    "tex_sidebar": Layout(
        "xelatex", "tex", ".pdf", Options(pub_style="heading", side_kinds=SIDE, contact_heading=True), xelatex(latex.sidebar)
    ),
    "tex_academic": Layout("xelatex", "tex", ".pdf", Options(pub_style="ref", pub_groups=True), xelatex(latex.academic)),
    "lo_header_table": Layout(
        "libreoffice", "word", ".pdf", Options(pub_style="labelled", award_year_first=True),
        lambda doc: soffice(word.header_table(doc)),
    ),
    "lo_tabstops": Layout(
        "libreoffice", "word", ".pdf", Options(pub_style="ref", degree_first=True), lambda doc: soffice(word.tab_stops(doc))
    ),
    "html_flex": Layout(
        "chromium", "web", ".pdf", Options(pub_style="glued", side_kinds=SIDE, contact_heading=True, pub_groups=True),
        chromium(web.flex),
    ),
    "html_grid": Layout("chromium", "web", ".pdf", Options(pub_style="title_first"), chromium(web.grid)),
    "md_chromium": Layout(
        "chromium", "web", ".pdf", Options(pub_style="ref", pub_groups=True),
        chromium(lambda doc: web.markdown_html(text.markdown(doc))),
    ),
    "src_docx": Layout("python-docx", "source", ".docx", Options(pub_style="ref"), word.header_table),
    "src_md": Layout("markdown", "source", ".md", Options(pub_style="title_first", pub_groups=True), utf8(text.markdown)),
    "src_txt": Layout("text", "source", ".txt", Options(pub_style="ref"), utf8(text.text)),
    # added after the split was published, modelled on templates people use (family "added": outside the rotation)
    "tex_awesome": Layout("xelatex", "added", ".pdf", Options(pub_style="ref", pub_split=True), xelatex(latex.awesome)),
    "tex_jake": Layout("xelatex", "added", ".pdf", Options(pub_style="title_first"), xelatex(latex.jake)),
    "html_jobsite": Layout(
        "chromium", "added", ".pdf", Options(pub_style="tagged", headings=JOBSITE_HEADINGS, info_heading="个人信息"),
        chromium(web.jobsite), ("zh", "mixed"),
    ),
}
PER_FAMILY = {"tex": 2, "word": 1, "web": 1, "source": 1}
ADDED_PER_PERSON = 2


def assignment(person: Person, index: int) -> list[str]:
    """The layouts one person is printed in: two XeLaTeX, one Word, one web, one source file, rotating by index.

    A tuning person is also printed in two of the added layouts; held-out people are not, so the held-out split stays
    exactly the documents it was when published.
    """
    chosen = []
    for family, count in PER_FAMILY.items():
        names = [n for n, layout in LAYOUTS.items() if layout.family == family and person.lang in layout.langs]
        chosen += [names[(index * count + k) % len(names)] for k in range(count)]
    if person.pid not in HELDOUT_PEOPLE:
        added = [n for n, layout in LAYOUTS.items() if layout.family == "added" and person.lang in layout.langs]
        chosen += [added[(index + k) % len(added)] for k in range(min(ADDED_PER_PERSON, len(added)))]
    return chosen


# -- verification ------------------------------------------------------------------------------


def comparable(text_layer: str, dehyphenate: bool = False) -> str:
    """Text with the deliberate traps folded away and no whitespace, casefolded; *dehyphenate* joins 'Deep-⏎Speed'."""
    text_layer = "".join(c for c in unicodedata.normalize("NFD", text_layer) if unicodedata.category(c) != "Mn")
    text_layer = unicodedata.normalize("NFKC", text_layer).replace("\u00ad", "").replace("\u2011", "-").replace("\u2019", "'")
    text_layer = re.sub(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]", "", text_layer)
    if dehyphenate:
        text_layer = re.sub(r"(?<=[a-z])-\n(?=[A-Za-z])", "", text_layer)
    return re.sub(r"\s+", "", text_layer).casefold()


def expected_strings(t: dict[str, Any]) -> list[str]:
    """Every truth string a reader must be able to find in the document."""
    found = [t["name"], *t["emails"], *t["sections"], *t["skills"]]
    for e in t["education"]:
        found += [e["institution"], e["degree"], e["area"]]
    for w in t["work"]:
        found += [w["organization"], w["position"]]
    for p in t["publications"]:
        found += [p["title"], p["venue"] or "", *(p["authors"] or [])]
    found += [a["title"] for a in t["awards"]]
    return [s for s in found if s]


def layer_text(path_suffix: str, data: bytes) -> tuple[str, int]:
    """The text a reader gets from the document, and its page count (0 for source files)."""
    if path_suffix == ".pdf":
        with pymupdf.open(stream=data, filetype="pdf") as pdf:
            return "\n".join(page.get_text() for page in pdf), pdf.page_count
    if path_suffix == ".docx":
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            xml = archive.read("word/document.xml").decode("utf-8")
        return "\n".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", xml)), 0
    return data.decode("utf-8"), 0


def verify(name: str, suffix: str, data: bytes, t: dict[str, Any]) -> list[str]:
    """What is wrong with one produced document: truth strings missing, bad page count, missing glyphs."""
    raw, pages = layer_text(suffix, data)
    raw = raw.replace("\\*", "*").replace("\\#", "#").replace("&amp;", "&")
    folded, joined = comparable(raw), comparable(raw, dehyphenate=True)
    problems = [f"{name}: missing {s!r}" for s in expected_strings(t) if comparable(s) not in folded and comparable(s) not in joined]
    problems += [f"{name}: phone {p!r} missing" for p in t["phones"] if re.sub(r"\D", "", p) not in re.sub(r"\D", "", raw)]
    if suffix == ".pdf" and not 1 <= pages <= MAX_PAGES:
        problems.append(f"{name}: {pages} pages")
    if "\ufffd" in raw:
        problems.append(f"{name}: replacement character (a glyph is missing)")
    return problems


# -- the run -----------------------------------------------------------------------------------


def produce(person: Person, layout_name: str) -> tuple[Path, bytes, dict[str, Any], list[str]]:
    """Render one document and its truth, and verify it."""
    layout = LAYOUTS[layout_name]
    doc = document(person, layout.options)
    data = layout.render(doc)
    t = truth(doc, layout_name, layout.producer)
    stem = f"{person.pid}_{layout_name}"
    folder = HERE / split_of(person.pid, layout_name)
    return folder / f"{stem}{layout.suffix}", data, t, verify(stem, layout.suffix, data, t)


def main(argv: list[str]) -> int:
    """Generate the corpus (or the people and layouts named in *argv*); exit status 1 when verification found problems."""
    people = {a for a in argv if a not in LAYOUTS}
    layouts = {a for a in argv if a in LAYOUTS}
    jobs = [
        (p, name)
        for i, p in enumerate(PEOPLE)
        for name in assignment(p, i)
        if (not people or p.pid in people) and (not layouts or name in layouts)
    ]
    stems = {f"{p.pid}_{name}" for p, name in jobs}
    for folder in (HERE / split for split in SPLITS):
        folder.mkdir(exist_ok=True)
        for old in folder.iterdir():
            if not argv or old.name.split(".", 1)[0] in stems:
                old.unlink()
    problems: list[str] = []
    with ThreadPoolExecutor(max_workers=2) as pool:
        futures = [(job, pool.submit(produce, *job)) for job in jobs]
        for (person, layout_name), future in futures:
            if error := future.exception():
                problems.append(f"{person.pid}_{layout_name}: {error}")
                print(problems[-1], flush=True)
                continue
            path, data, t, found = future.result()
            path.write_bytes(data)
            path.with_name(f"{path.stem}.truth.json").write_text(json.dumps(t, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
            problems += found
            print(f"{path.relative_to(HERE)}: {len(data) // 1024} KB{'  ' + '; '.join(found) if found else ''}", flush=True)
    print(f"{len(jobs)} documents, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
