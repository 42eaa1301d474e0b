"""The PDF report a hiring committee reads: profile, ratings as bars, verdict, tags with evidence, notes.

Laid out from HTML/CSS by MuPDF's Story; Chinese falls back to MuPDF's built-in CJK font, and every
font used is embedded (subset) so the file reads the same on any machine.
"""

from __future__ import annotations

import io
from html import escape
from typing import TYPE_CHECKING

import pymupdf

from storage.export.data import (
    MAX_RATING,
    CandidateExport,
    page_label,
    rating_text,
    score_text,
    sections,
    tag_kind_label,
)
from storage.vocab import HIGHLIGHT_COLORS

if TYPE_CHECKING:
    from collections.abc import Iterable

    from storage.records import HighlightRecord

PAGE = pymupdf.paper_rect("a4")
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 54, 54, 64
FOOTER_FONT_SIZE = 8
CONTENT_WIDTH = PAGE.width - 2 * MARGIN_X
CELL_PADDING = 4  # points, each side of a table cell
ACCENT = "#1f4e79"
RECOMMENDATION_COLORS = {"strong_yes": "#1b7f3b", "yes": "#4d9e3a", "no": "#c0562d", "strong_no": "#a61b1b"}
BAR_ON, BAR_OFF = ACCENT, "#dde3ea"
BAR_CELL = "&#160;" * 5

CSS = f"""
* {{ font-family: sans-serif; }}
body {{ font-size: 9.5pt; line-height: 1.35; color: #222; }}
h1 {{ font-size: 20pt; margin: 0 0 2pt 0; color: {ACCENT}; }}
h2 {{ font-size: 12pt; color: {ACCENT}; margin: 14pt 0 4pt 0; padding-bottom: 2pt; border-bottom: 0.8pt solid {ACCENT}; }}
h3 {{ font-size: 10pt; margin: 8pt 0 2pt 0; }}
p {{ margin: 0 0 3pt 0; }}
.sub {{ color: #555; font-size: 9pt; margin-bottom: 8pt; }}
.muted {{ color: #666; }}
.small {{ font-size: 8.5pt; }}
table {{ border-collapse: collapse; width: 100%; }}
td {{ vertical-align: top; padding: 2pt {CELL_PADDING}pt; }}
.verdict td {{ padding: 6pt {CELL_PADDING}pt; border-top: 0.6pt solid #c9d3de; border-bottom: 0.6pt solid #c9d3de; }}
.verdict .big {{ font-size: 13pt; font-weight: bold; }}
.rating td {{ padding-bottom: 6pt; }}
.quote {{ margin: 1pt 0 3pt 10pt; padding-left: 6pt; border-left: 2pt solid #c9d3de; color: #333; }}
.note {{ margin: 0 0 3pt 10pt; }}
.entry {{ margin-bottom: 5pt; }}
.period {{ color: #555; text-align: right; }}
ul {{ margin: 1pt 0 2pt 0; padding-left: 14pt; }}
li {{ margin: 0; }}
.summary {{ padding: 2pt 0 2pt 8pt; border-left: 3pt solid #e6c84a; }}
"""


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def _paragraphs(text: str, css_class: str = "") -> str:
    attr = f' class="{css_class}"' if css_class else ""
    return "".join(f"<p{attr}>{_e(line)}</p>" for line in text.splitlines() if line.strip())


def table_html(widths: tuple[int, ...], rows: Iterable[tuple[str, ...]], css_class: str = "") -> str:
    """A full-width table with columns at *widths* percent of the text width.

    MuPDF honours only absolute cell widths (percentages and <col> are treated as hints), so they
    are given in points.
    """
    # Each cell also takes its padding and a border's worth of room from the line.
    points = [(CONTENT_WIDTH - len(widths) * 2) * w / 100 - 2 * CELL_PADDING - 1 for w in widths]
    body = "".join(
        "<tr>" + "".join(f"<td style='width: {pt:.1f}pt'>{cell}</td>" for pt, cell in zip(points, row, strict=False)) + "</tr>"
        for row in rows
    )
    return f"<table class='{css_class}'>{body}</table>"


def bar_html(value: int | None) -> str:
    # Background-coloured spans: MuPDF draws them reliably, where nested tables collapse.
    return "".join(
        f"<span style='background-color: {BAR_ON if value is not None and step <= value else BAR_OFF}'>{BAR_CELL}</span> "
        for step in range(1, MAX_RATING + 1)
    )


def _swatch(color: str) -> str:
    # A coloured span, not a glyph such as ■: its look must not depend on which font has the glyph.
    return f"<span style='background-color: {_e(color)}'>&#160;&#160;&#160;</span>"


def _quotes(data: CandidateExport, highlights: Iterable[HighlightRecord]) -> str:
    parts = []
    for h in highlights:
        note = f'<br/><span class="muted">Note: {_e(h.note)}</span>' if h.note.strip() else ""
        parts.append(f'<div class="quote small">“{_e(h.text.strip())}” <span class="muted">— {page_label(h)}</span>{note}</div>')
    return "".join(parts)


def _header(data: CandidateExport) -> str:
    sub = " · ".join(
        p for p in (
            "Candidate report",
            f"rated on {data.rated_on}" if data.rated_on else "",
            data.file_name,
            f"exported {data.exported_at:%Y-%m-%d}",
        ) if p
    )
    color = RECOMMENDATION_COLORS.get(data.recommendation or "", "#555")
    return (
        f"<h1>{_e(data.name)}</h1><p class='sub'>{_e(sub)}</p>"
        + table_html((34, 33, 33), [(
            f"<span class='muted small'>Recommendation</span><br/><span class='big' style='color: {color}'>{_e(data.recommendation_label)}</span>",
            f"<span class='muted small'>Weighted score</span><br/><span class='big'>{_e(score_text(data.score))}</span>",
            f"<span class='muted small'>Status</span><br/><span class='big'>{_e(data.status_label)}</span>",
        )], "verdict")
    )


def _documents(data: CandidateExport) -> str:
    lines = data.document_lines
    return "<h2>Documents</h2>" + "".join(f"<p class='small'>{_e(line)}</p>" for line in lines) if lines else ""


def _key_facts(data: CandidateExport) -> str:
    rows = data.key_facts
    if not rows:
        return ""
    return "<h2>Key facts</h2>" + table_html((28, 72), [(f"<span class='muted'>{_e(k)}</span>", f"<span>{_e(v)}</span>") for k, v in rows])


def _summary(data: CandidateExport) -> str:
    if not data.summary.strip():
        return ""
    return f"<h2>Reviewer's summary</h2><div class='summary'>{_paragraphs(data.summary)}</div>"


def _ratings(data: CandidateExport) -> str:
    if not data.ratings:
        return ""
    if data.unrated:
        return "<h2>Ratings</h2><p class='muted'>Not rated yet.</p>"
    rows = []
    for rating in data.ratings:
        area = data.area(rating)
        weight = f" <span class='muted small'>×{area.weight:g}</span>" if area else ""
        archived = " <span class='muted small'>(archived)</span>" if rating.archived else ""
        level = ""
        if area and rating.value is not None and 0 < rating.value <= len(area.levels) and area.levels[rating.value - 1]:
            level = f"<div class='muted small'>{_e(area.levels[rating.value - 1])}</div>"
        details = level + _paragraphs(rating.comment) + _quotes(data, data.evidence(rating.evidence))
        rows.append((
            f"<b>{_e(rating.area_label)}</b>{weight}{archived}",
            bar_html(rating.value),
            f"<b>{_e(rating_text(rating.value))}</b>{details}",
        ))
    return "<h2>Ratings</h2>" + table_html((30, 20, 50), rows, "rating")


def _tags(data: CandidateExport) -> str:
    if not data.tags:
        return ""
    parts = []
    for kind in ("strength", "concern"):
        tags = [t for t in data.tags if t.tag.kind == kind]
        if not tags:
            continue
        parts.append(f"<h3>{_e(tag_kind_label(kind))}s</h3>")
        for t in tags:
            parts.append(f"<p>{_swatch(t.tag.color)} <b>{_e(t.tag.name)}</b></p>")
            parts.append(_quotes(data, data.evidence(t.evidence)))
    return "<h2>Tags</h2>" + "".join(parts)


def _highlights(data: CandidateExport) -> str:
    if not data.highlights:
        return ""
    parts = []
    for h in data.highlights:
        color = HIGHLIGHT_COLORS[h.color][0] if 0 <= h.color < len(HIGHLIGHT_COLORS) else "#aaaaaa"
        parts.append(
            f"<p>{_swatch(color)} <b>{_e(data.category(h))}</b> "
            f"<span class='muted'>{page_label(h)}</span></p>"
            f"<div class='quote'>“{_e(h.text.strip())}”</div>"
            + (f"<div class='note'>{_e(h.note)}</div>" if h.note.strip() else "")
        )
    return "<h2>Highlights and notes</h2>" + "".join(parts)


def _profile(data: CandidateExport) -> str:
    parts = []
    for section in sections(data.profile):
        parts.append(f"<h2>{_e(section.title)}</h2>")
        for entry in section.entries:
            lines = "".join(f"<li>{_e(line)}</li>" for line in entry.lines)
            sub = f"<br/><span class='muted'>{_e(entry.subtitle)}</span>" if entry.subtitle else ""
            head = table_html((75, 25), [(f"<b>{_e(entry.title)}</b>{sub}", f"<p class='period'>{_e(entry.period)}</p>")])
            parts.append(f"<div class='entry'>{head}" + (f"<ul>{lines}</ul>" if lines else "") + "</div>")
    return "".join(parts)


def report_html(data: CandidateExport) -> str:
    """The report as HTML (what MuPDF lays out)."""
    body = (
        _header(data) + _key_facts(data) + _documents(data) + _summary(data) + _ratings(data) + _tags(data)
        + _highlights(data) + _profile(data)
    )
    return f"<body>{body}</body>"


def html_to_pdf(html: str, footer: str, title: str, css: str = CSS) -> bytes:
    """Lay *html* out on A4 pages with '<footer> · Page N of M' at the bottom; fonts embedded and subset."""
    story = pymupdf.Story(html, user_css=css)
    where = PAGE + (MARGIN_X, MARGIN_TOP, -MARGIN_X, -MARGIN_BOTTOM)
    sink = io.BytesIO()
    writer = pymupdf.DocumentWriter(sink)
    more = True
    while more:
        device = writer.begin_page(PAGE)
        more, _ = story.place(where)
        story.draw(device)
        writer.end_page()
    writer.close()
    doc = pymupdf.open("pdf", sink.getvalue())
    count = doc.page_count
    footer_box = pymupdf.Rect(MARGIN_X, PAGE.height - MARGIN_BOTTOM + 22, PAGE.width - MARGIN_X, PAGE.height - 20)
    for number in range(count):
        page = doc[number]
        text = f"{footer} · Page {number + 1} of {count}" if footer else f"Page {number + 1} of {count}"
        page.insert_htmlbox(
            footer_box,
            f"<p style='text-align: center'>{_e(text)}</p>",
            css=f"* {{ font-family: sans-serif; font-size: {FOOTER_FONT_SIZE}pt; color: #777; }}",
        )
    doc.set_metadata({"title": title, "creator": "Shortlist", "producer": "Shortlist (PyMuPDF)"})
    doc.subset_fonts()
    pdf: bytes = doc.tobytes(garbage=3, deflate=True)
    return pdf


def report_pdf(data: CandidateExport) -> bytes:
    """The candidate report as PDF bytes."""
    return html_to_pdf(report_html(data), footer=f"{data.name} — Candidate report", title=f"{data.name} — Candidate report")
