"""The shortlist as CSV: one row per candidate, UTF-8 with BOM so Excel and LibreOffice read Chinese."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from typing import TYPE_CHECKING

from storage import profile_facts
from storage.blind import BlindOptions, person_hidden
from storage.export.blind_export import blinded
from storage.export.data import CandidateExport, emails, gather, phones
from storage.papers import PublicationFacts

if TYPE_CHECKING:
    from storage.library import Library

FIXED_COLUMNS = (
    "ID", "Name", "E-mail", "Phone", "Highest degree", "School", "Current organisation",
    "Publications", "Published", "First-author (published)", "CCF-A (published, main track)", "Tags", "Documents",
)
TRAILING_COLUMNS = ("Weighted score", "Recommendation", "Status")
# A cell starting with one of these is a formula to a spreadsheet (OWASP "CSV injection").
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: str) -> str:
    """*value* as literal text in a spreadsheet: a leading quote stops it being read as a formula."""
    return f"'{value}" if value.startswith(_FORMULA_STARTS) else value


def _areas(candidates: Sequence[CandidateExport]) -> list[tuple[str, str]]:
    """(key, label) of every rated area across the candidates' rubrics, in first-seen rubric order."""
    seen: dict[str, str] = {}
    for data in candidates:
        for area in data.rubric.areas:
            if not area.archived or any(r.area_id == area.id and r.value is not None for r in data.ratings):
                seen.setdefault(area.key, area.label)
    return list(seen.items())


def _row(data: CandidateExport, area_keys: Sequence[str]) -> list[str | int | float]:
    top = profile_facts.highest_education(data.profile) or {}
    pubs = PublicationFacts.of(data.profile)
    ratings = {r.area_key: r.value for r in data.ratings}
    values: list[str | int | float] = [
        data.candidate_id,
        data.name,
        "; ".join(emails(data.profile)),
        "; ".join(phones(data.profile)),
        profile_facts.highest_degree(data.profile),
        str(top.get("institution") or ""),
        profile_facts.current_organization(data.profile),
        pubs.papers,
        pubs.published,
        pubs.first_author_text(),
        pubs.top_venue,
        "; ".join(t.tag.name for t in data.tags),
        "; ".join(d.file_name for d in data.documents),
    ]
    for key in area_keys:
        value = ratings.get(key)
        values.append(value if value is not None else "")
    values += [data.score if data.score is not None else "", data.recommendation_label if data.recommendation else "", data.status_label]
    return [neutralise(v) if isinstance(v, str) else v for v in values]


def _gathered(library: Library, candidate_id: int, blind: BlindOptions | None) -> CandidateExport:
    data = gather(library, candidate_id)
    return blinded(data, person_hidden(library, candidate_id, blind), blind) if blind is not None else data


def _hidden_columns(blind: BlindOptions | None) -> set[str]:
    """Columns a blind review leaves out: the contacts, and the school when schools are hidden too."""
    if blind is None:
        return set()
    return {"E-mail", "Phone"} | ({"School"} if blind.schools else set())


def shortlist_rows(
    library: Library, candidate_ids: Sequence[int], blind: BlindOptions | None = None
) -> list[list[str | int | float]]:
    """The header row, then one row per candidate; one rating column per area of the union of rubrics."""
    candidates = [_gathered(library, cid, blind) for cid in candidate_ids]
    areas = _areas(candidates)
    header: list[str | int | float] = [*FIXED_COLUMNS, *(neutralise(label) for _, label in areas), *TRAILING_COLUMNS]
    rows = [header] + [_row(data, [key for key, _ in areas]) for data in candidates]
    left_out = _hidden_columns(blind)
    kept = [i for i, title in enumerate(header) if not (i < len(FIXED_COLUMNS) and title in left_out)]
    return [[row[i] for i in kept] for row in rows]


def shortlist_csv(library: Library, candidate_ids: Sequence[int], blind: BlindOptions | None = None) -> bytes:
    """The CSV file's bytes: UTF-8 with a BOM, CRLF line ends (what Excel expects)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerows(shortlist_rows(library, candidate_ids, blind))
    return buffer.getvalue().encode("utf-8-sig")
