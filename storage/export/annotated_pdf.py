"""The original PDF carrying the reviewer's highlights as real PDF annotations, and a summary note on page 1.

Whatever the original could do when opened (scripts, launched programs, attached files) is removed first.
"""

from __future__ import annotations

from datetime import datetime, timezone

import pymupdf

from storage.export.active_content import remove_active_content
from storage.export.data import CandidateExport, score_text
from storage.redaction import Redaction
from storage.vocab import HIGHLIGHT_COLORS

DEFAULT_AUTHOR = "Shortlist reviewer"
NOTE_POINT = (12, 12)  # where the summary note's icon sits on page 1 (points from the top left)


def _rgb(hex_color: str) -> tuple[float, float, float]:
    value = hex_color.lstrip("#")
    return (int(value[0:2], 16) / 255, int(value[2:4], 16) / 255, int(value[4:6], 16) / 255)


def _pdf_date(moment: datetime | None) -> str:
    """A PDF date string (D:YYYYMMDDHHmmSS+HH'mm') for an annotation."""
    moment = moment or datetime.now(timezone.utc)
    if moment.tzinfo is None:  # SQLite hands stored timestamps back naive; they were written in UTC
        moment = moment.replace(tzinfo=timezone.utc)
    moment = moment.astimezone()
    offset = moment.strftime("%z") or "+0000"
    return moment.strftime("D:%Y%m%d%H%M%S") + f"{offset[:3]}'{offset[3:]}'"


def summary_note(data: CandidateExport) -> str:
    """The text of the page-1 note: verdict, tags and the reviewer's summary ('' when there is none)."""
    lines = []
    if data.recommendation or data.score is not None:
        lines.append(f"Recommendation: {data.recommendation_label} · Score: {score_text(data.score)} · Status: {data.status_label}")
    if data.tags:
        lines.append("Tags: " + ", ".join(t.tag.name for t in data.tags))
    if data.summary.strip():
        lines += ["", data.summary.strip()]
    return "\n".join(lines).strip()


def annotated_pdf(data: CandidateExport, pdf_bytes: bytes, author: str = DEFAULT_AUTHOR, redaction: Redaction | None = None) -> bytes:
    """*pdf_bytes* with one highlight annotation per highlight (colour, note, author, date) and a summary note.

    With a *redaction* (a blind review), what it hides is removed from the pages first.
    """
    doc = pymupdf.open("pdf", pdf_bytes)
    remove_active_content(doc)
    if redaction is not None:
        redaction.apply(doc)
    for h in data.highlights:
        if not 0 <= h.page < doc.page_count or not h.rects:
            continue
        page = doc[h.page]
        annot = page.add_highlight_annot(quads=[pymupdf.Rect(r).quad for r in h.rects])
        color = HIGHLIGHT_COLORS[h.color][0] if 0 <= h.color < len(HIGHLIGHT_COLORS) else HIGHLIGHT_COLORS[-1][0]
        annot.set_colors(stroke=_rgb(color))
        date = _pdf_date(h.created_at)
        annot.set_info(content=h.note, title=author, subject=data.category(h), creationDate=date, modDate=date)
        annot.update()
    note = summary_note(data)
    if note and doc.page_count:
        page = doc[0]
        annot = page.add_text_annot(NOTE_POINT, note, icon="Note")
        date = _pdf_date(data.exported_at)
        annot.set_info(title=author, subject="Review summary", creationDate=date, modDate=date)
        annot.update()
    # Every object still in use is kept as it was; those the cleaning above cut off are dropped
    # (and, after a redaction, the removed images' data: garbage 3 merges what is left).
    pdf: bytes = doc.tobytes(garbage=1 if redaction is None else 3)
    return pdf
