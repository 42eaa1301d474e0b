"""Two candidates side by side as a PDF, from `storage.compare.build_comparison`'s plain data."""

from __future__ import annotations

from datetime import datetime
from html import escape
from typing import TYPE_CHECKING

from storage.blind import BlindOptions
from storage.compare import CompareSection, Comparison, RatingSection, build_comparison
from storage.export.data import rating_text, score_text
from storage.export.report_pdf import CSS, bar_html, html_to_pdf, table_html
from storage.vocab import status_label

if TYPE_CHECKING:
    from storage.library import Library

WIDTHS = (22, 39, 39)
COMPARE_CSS = CSS + """
.compare td { border-bottom: 0.4pt solid #dde3ea; padding-top: 3pt; padding-bottom: 3pt; }
"""


def _e(text: object) -> str:
    return escape(str(text), quote=True).replace("\n", "<br/>")


def _rows(section: CompareSection | RatingSection) -> list[tuple[str, str, str]]:
    if isinstance(section, RatingSection):
        return [
            (
                _e(row.label),
                f"{bar_html(row.left)} {_e(rating_text(row.left))}" if row.left_area_id is not None else "<span class='muted'>not on this rubric</span>",
                f"{bar_html(row.right)} {_e(rating_text(row.right))}" if row.right_area_id is not None else "<span class='muted'>not on this rubric</span>",
            )
            for row in section.rows
        ]
    return [(f"<span class='muted'>{_e(row.label)}</span>", _e(row.left), _e(row.right)) for row in section.rows]


def comparison_html(comparison: Comparison, exported_at: datetime | None = None) -> str:
    """The comparison as HTML (what MuPDF lays out)."""
    left, right = comparison.left, comparison.right
    moment = exported_at or datetime.now()
    parts = [
        f"<h1>{_e(left.name)} vs {_e(right.name)}</h1>",
        f"<p class='sub'>Candidate comparison · exported {moment:%Y-%m-%d}</p>",
        table_html(WIDTHS, [
            ("", f"<b>{_e(left.name)}</b><br/><span class='muted small'>{_e(left.file_name)}</span>",
             f"<b>{_e(right.name)}</b><br/><span class='muted small'>{_e(right.file_name)}</span>"),
            ("<span class='muted'>Weighted score</span>", _e(score_text(left.score)), _e(score_text(right.score))),
            ("<span class='muted'>Status</span>", _e(status_label(left.status)), _e(status_label(right.status))),
            ("<span class='muted'>Rubric</span>", _e(left.rubric_name), _e(right.rubric_name)),
        ], "verdict"),
    ]
    for section in comparison.sections:
        rows = _rows(section)
        if rows:
            parts.append(f"<h2>{_e(section.title)}</h2>" + table_html(WIDTHS, rows, "compare"))
    return f"<body>{''.join(parts)}</body>"


def comparison_pdf(library: Library, left_id: int, right_id: int, blind: BlindOptions | None = None) -> bytes:
    """Two candidates compared, as PDF bytes (KeyError for an unknown id)."""
    comparison = build_comparison(library, left_id, right_id, blind=blind)
    title = f"{comparison.left.name} vs {comparison.right.name}"
    return html_to_pdf(comparison_html(comparison), footer=f"{title} — Comparison", title=title, css=COMPARE_CSS)
