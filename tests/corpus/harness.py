"""The producer corpus as the tests and the benchmark read it: each document parsed once, scored per field and per paper detail."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from statistics import mean
from typing import Any

from parsing import load_document, parse
from tests.parsing.publication_score import DETAILS, publication_details
from tests.parsing.truth_score import FIELDS, score

CORPUS = Path(__file__).parent
SUFFIXES = (".pdf", ".docx", ".md", ".txt")


@dataclass(frozen=True)
class Scored:
    """One corpus document with its truth, the parser's profile and the scores."""

    path: Path
    truth: dict[str, Any]
    profile: dict[str, Any]
    fields: dict[str, float]
    details: dict[str, float]


def documents(split: str) -> list[Path]:
    """The documents of one split, by name."""
    return sorted(p for p in (CORPUS / split).iterdir() if p.suffix in SUFFIXES)


def truth_of(path: Path) -> dict[str, Any]:
    """The truth file beside a document."""
    return json.loads(path.with_name(f"{path.stem}.truth.json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


@cache
def scored(path: Path) -> Scored:
    """A document parsed (once per process) and scored against its truth."""
    truth = truth_of(path)
    profile = parse(load_document(path)).to_json_resume()
    return Scored(path, truth, profile, score(profile, truth), publication_details(profile, truth))


def field_means(results: list[Scored]) -> dict[str, float]:
    """Per field, the mean over the documents that have it; 'overall' is the mean of the documents' own means."""
    table = {f: mean(values) for f in FIELDS if (values := [r.fields[f] for r in results if f in r.fields])}
    table["overall"] = mean(mean(r.fields.values()) for r in results)
    return table


def detail_means(results: list[Scored]) -> dict[str, float]:
    """Per publication detail, the mean over the documents with papers; 'details' is the mean of the details."""
    with_papers = [r.details for r in results if r.details]
    table = {d: mean(r[d] for r in with_papers) for d in DETAILS} if with_papers else {}
    if table:
        table["details"] = mean(table.values())
    return table


def table(rows: dict[str, dict[str, float]], label: str = "field") -> str:
    """A plain-text table: one column per row key (e.g. split), one line per *label* (field, layout)."""
    keys = list(dict.fromkeys(k for row in rows.values() for k in row))
    lines = [label.ljust(16) + "".join(name.rjust(10) for name in rows)]
    for key in keys:
        lines.append(key.ljust(16) + "".join((f"{row[key]:.3f}" if key in row else "-").rjust(10) for row in rows.values()))
    return "\n".join(lines)
