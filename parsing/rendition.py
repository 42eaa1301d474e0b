"""A deterministic PDF rendition of HTML (from DOCX, TXT or Markdown), laid out by PyMuPDF's Story.

MuPDF's built-in fonts are used (Nimbus for Latin, Droid Sans Fallback for CJK, Noto for other
scripts and symbols), subset to the glyphs used, so the same input gives the same small PDF on
every machine; a rarer CJK character comes from the system's Noto CJK (`parsing.fallback_font`),
and a character no font has is drawn as a box that keeps it in the text layer
(`parsing.placeholder_font`).  The CJK fallback font has no bold face, so bold text is also drawn
in `BOLD_INK`, a near-black the reader takes as bold.
"""

from __future__ import annotations

import io
import re

import pymupdf

from parsing import fallback_font, placeholder_font
from parsing.cjk import WIDE
from parsing.errors import DocumentTooLarge
from parsing.normalize import WINDOWS_PUNCTUATION
from parsing.pdf import MAX_PAGES

BOLD_INK = 0x1A1A1A
_PAGE = pymupdf.paper_rect("a4")
_MARGIN = 54  # points: 19 mm
_CSS = """
body { font-family: sans-serif; font-size: 10pt; line-height: 1.35; color: #000000; }
h1 { font-size: 18pt; margin: 0 0 6pt 0; }
h2 { font-size: 13pt; margin: 10pt 0 4pt 0; }
h3 { font-size: 11.5pt; margin: 8pt 0 3pt 0; }
h4, h5, h6 { font-size: 10.5pt; margin: 6pt 0 2pt 0; }
h1, h2, h3, h4, h5, h6, b, strong, th, .heading { font-weight: bold; color: #1a1a1a; }
p { margin: 0 0 3pt 0; }
ul, ol { margin: 0 0 3pt 0; padding-left: 16pt; }
li { margin: 0 0 1pt 0; }
table { border-collapse: collapse; margin: 3pt 0 6pt 0; }
td, th { border: 0.5pt solid #808080; padding: 2pt 6pt; text-align: left; vertical-align: top; }
pre { font-family: monospace; font-size: 9pt; white-space: pre-wrap; margin: 0; }
.heading { border-bottom: 0.5pt dashed #808080; }
.nowrap { white-space: nowrap; }
"""
_SHORT_CELL = 30  # characters: a cell this short (a date, a degree, a name) is never wrapped
# Variation selectors (☎️ is ☎ and U+FE0F) choose a glyph's style; MuPDF has no glyph for them.
_VARIATION_SELECTOR = re.compile("[\uFE00-\uFE0F\U000E0100-\U000E01EF]")
# MuPDF breaks lines at spaces and between CJK characters only: a longer run (a pasted hash, a
# megabyte without a space) is measured again for every character (quadratic time) and then runs
# off the page.  Such a run is broken into rows short enough for any line.  (Invisible break
# opportunities do not do: MuPDF draws U+200B and U+00AD with a width and reads them back as spaces.)
_LONGEST_RUN = 80
_BREAK_EVERY = 50
_CHARACTER = rf"(?:&#?\w+;|[^\s<>&{WIDE}])"
_LONG_RUN = re.compile(f"{_CHARACTER}{{{_LONGEST_RUN + 1},}}")
_RUN_PIECE = re.compile(f"{_CHARACTER}{{1,{_BREAK_EVERY}}}")
# Pages estimated before layout: no page holds more rows of the smallest text (6.5 pt) than this,
# nor a row more characters.
_MOST_ROWS_PER_PAGE = 90
_MOST_CHARACTERS_PER_ROW = 130
_ROW_ENDS = re.compile(r"<br\s*/?>|</(?:p|li|tr|h[1-6]|pre)>|\n")
_TAG = re.compile(r"<[^>]*>")


def table_cell(tag: str, html: str, text: str) -> str:
    """A table cell; short ones do not wrap, since MuPDF gives them narrow columns ("2019.09 -/2023.06")."""
    nowrap = ' class="nowrap"' if len(text) <= _SHORT_CELL else ""
    return f"<{tag}{nowrap}>{html}</{tag}>"


def render_html(html: str) -> bytes:
    """The PDF bytes of *html* laid out on A4 pages (text in *html* must already be escaped).

    Raises DocumentTooLarge, before layout when the text surely needs more than MAX_PAGES pages,
    else as soon as layout passes that many.
    """
    check_pages(len(_ROW_ENDS.findall(html)), len(_TAG.sub("", html)))
    html = html.translate(WINDOWS_PUNCTUATION)  # shown as the quotes and dashes they stand for, not as boxes
    html, css, archive = _with_fallback_fonts(_breakable(_VARIATION_SELECTOR.sub("", html)))
    story = pymupdf.Story(html, user_css=css, archive=archive)
    buffer = io.BytesIO()
    writer = pymupdf.DocumentWriter(buffer)
    where = _PAGE + (_MARGIN, _MARGIN, -_MARGIN, -_MARGIN)
    more, laid_out = True, 0
    while more:
        if laid_out == MAX_PAGES:  # stop at once: laying out the rest would take as long as it is long
            raise DocumentTooLarge(f"The document runs to more than {MAX_PAGES} pages; résumés of up to {MAX_PAGES} are read.")
        device = writer.begin_page(_PAGE)
        more, _ = story.place(where)
        story.draw(device)
        writer.end_page()
        laid_out += 1
    writer.close()
    # The writer embeds whole fonts (the CJK fallback alone is 4 MB); keep only the glyphs used.
    pdf = pymupdf.open(stream=buffer.getvalue(), filetype="pdf")
    pdf.subset_fonts()
    fallback_font.repair_to_unicode(pdf)
    rendition: bytes = pdf.tobytes(garbage=3, deflate=True, no_new_id=True)
    return rendition


def check_pages(rows: int, characters: int) -> None:
    """Refuse, without laying anything out, text of *rows* rows and *characters* characters that surely fills more than MAX_PAGES pages."""
    pages = -(-max(rows, characters // _MOST_CHARACTERS_PER_ROW) // _MOST_ROWS_PER_PAGE)
    if pages > MAX_PAGES:
        raise DocumentTooLarge(f"The document would run to about {pages:,} pages; résumés of up to {MAX_PAGES} pages are read.")


def _with_fallback_fonts(html: str) -> tuple[str, str, pymupdf.Archive | None]:
    """*html*, the CSS and the archive to lay it out with.

    CJK characters the built-in fonts lack get Noto CJK; characters no font has get a box.
    """
    missing = fallback_font.missing_characters(set(_TAG.sub("", html)))
    noto = fallback_font.fallback_font(missing) if missing else None
    drawn_by_noto = noto[1] if noto else ""
    boxed = "".join(c for c in missing if c not in drawn_by_noto)
    css, archive = _CSS, pymupdf.Archive()
    if noto:
        html, css = fallback_font.mark(html, drawn_by_noto, "fallback"), css + fallback_font.CSS
        archive.add((noto[0], fallback_font.FONT_FILE))
    if boxed:
        html, css = fallback_font.mark(html, boxed, "placeholder"), css + placeholder_font.CSS
        archive.add((placeholder_font.placeholder_font(boxed), placeholder_font.FONT_FILE))
    return html, css, archive if css != _CSS else None


def _breakable(html: str) -> str:
    """*html* with each run of text too long for a line broken into rows."""
    return _LONG_RUN.sub(lambda run: "<br/>".join(_RUN_PIECE.findall(run.group())), html)
