"""The candidate report as Markdown: the same content as the PDF report, for wikis and e-mail."""

from __future__ import annotations

import re
from collections.abc import Iterable

from storage.export.data import CandidateExport, page_label, rating_text, score_text, sections, tag_kind_label
from storage.records import HighlightRecord

_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|])")


def _md(text: str) -> str:
    """Document text as literal Markdown (no accidental emphasis, links, tables or HTML)."""
    return _SPECIAL.sub(r"\\\1", " ".join(text.split()))


def _quotes(data: CandidateExport, highlights: Iterable[HighlightRecord], indent: str = "") -> list[str]:
    lines = []
    for h in highlights:
        note = f" — {_md(h.note)}" if h.note.strip() else ""
        lines.append(f"{indent}- “{_md(h.text)}” ({page_label(h)}){note}")
    return lines


def report_markdown(data: CandidateExport) -> str:
    """The report as Markdown text."""
    out = [f"# {_md(data.name)}", ""]
    out += [
        f"*Candidate report · rated on {_md(data.rated_on)} · {_md(data.file_name)} · exported {data.exported_at:%Y-%m-%d}*",
        "",
        f"**Recommendation:** {data.recommendation_label} · **Weighted score:** {score_text(data.score)} · "
        f"**Status:** {data.status_label}",
        "",
    ]
    rows = data.key_facts
    if rows:
        out += ["## Key facts", ""] + [f"- **{_md(k)}:** {_md(v)}" for k, v in rows] + [""]
    if data.document_lines:
        out += ["## Documents", ""] + [f"- {_md(line)}" for line in data.document_lines] + [""]
    if data.summary.strip():
        out += ["## Reviewer's summary", ""] + [_md(line) if line.strip() else "" for line in data.summary.strip().splitlines()] + [""]
    if data.ratings and data.unrated:
        out += ["## Ratings", "", "Not rated yet.", ""]
    elif data.ratings:
        out += ["## Ratings", "", "| Area | Weight | Rating | Comment |", "|---|---|---|---|"]
        for r in data.ratings:
            area = data.area(r)
            weight = f"{area.weight:g}" if area else ""
            out.append(f"| {_md(r.area_label)} | {weight} | {rating_text(r.value)} | {_md(r.comment)} |")
        out.append("")
        for r in data.ratings:
            quotes = _quotes(data, data.evidence(r.evidence))
            if quotes:
                out += [f"Evidence for **{_md(r.area_label)}**:", "", *quotes, ""]
    if data.tags:
        out += ["## Tags", ""]
        for t in data.tags:
            out.append(f"- **{_md(t.tag.name)}** ({tag_kind_label(t.tag.kind)})")
            out += _quotes(data, data.evidence(t.evidence), indent="  ")
        out.append("")
    if data.highlights:
        out += ["## Highlights and notes", ""]
        for h in data.highlights:
            note = f": {_md(h.note)}" if h.note.strip() else ""
            out.append(f"- *{_md(data.category(h))}*, {page_label(h)}: “{_md(h.text)}”{note}")
        out.append("")
    for section in sections(data.profile):
        out += [f"## {section.title}", ""]
        for entry in section.entries:
            head = f"**{_md(entry.title)}**" + (f" — {_md(entry.subtitle)}" if entry.subtitle else "")
            out.append(f"- {head}" + (f" ({_md(entry.period)})" if entry.period else ""))
            out += [f"  - {_md(line)}" for line in entry.lines]
        out.append("")
    return "\n".join(out).rstrip() + "\n"
