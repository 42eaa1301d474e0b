"""The publication facts: one function counts, and every view (compare, CSV, Markdown, PDF report) says the same."""

from __future__ import annotations

import csv
import io
import unicodedata
from pathlib import Path
from typing import Any

import pymupdf

from storage import papers
from storage.compare import build_comparison
from storage.export import export_csv, render
from storage.library import Library
from storage.papers import PublicationFacts
from tests.conftest import add_candidate, make_profile, store_pdf_candidate


def paper(name: str, **keys: str) -> dict[str, Any]:
    return {"name": name, **{f"x-{k}" if k != "publisher" else k: v for k, v in keys.items()}}


MIXED = [
    paper("Published first", venue="NeurIPS", rank="CCF-A", status="published", track="main", authorPosition="first"),
    paper("Accepted co-first", venue="ACL", rank="CCF-A", status="accepted", track="main", authorPosition="co-first"),
    paper("Workshop first", venue="ICML", rank="CCF-A", status="published", track="workshop", authorPosition="first"),
    paper("Under review", venue="ICLR", status="under-review", track="main", authorPosition="first"),
    paper("Submitted", venue="NeurIPS", rank="CCF-A", status="submitted", track="main", authorPosition="first"),
    paper("Published other", venue="EMNLP", rank="CCF-B", status="published", track="main", authorPosition="other"),
    paper("Published untold", venue="KDD", rank="CCF-A", status="published", track="main"),
]
UNTOLD = [paper(f"Paper {n}", venue="KDD", rank="CCF-A", status="published", track="main") for n in range(3)]


def test_facts_count_published_main_track_and_keep_unknown_apart() -> None:
    facts = PublicationFacts.of({"publications": MIXED})
    assert facts == PublicationFacts(papers=7, published=5, first_author=3, unknown_position=1, top_venue=3)
    assert facts.first_author_text() == "3 (+1 unknown)"
    assert facts.summary() == "7 papers, 5 published: 3 (+1 unknown) first-author, 3 CCF-A"


def test_no_author_position_anywhere_is_unknown_not_zero() -> None:
    facts = PublicationFacts.of({"publications": UNTOLD})
    assert facts.first_author is None and facts.first_author_text() == "unknown"
    assert PublicationFacts.of({"publications": []}).first_author == 0  # nothing to tell: none


def test_a_paper_stored_without_a_status_is_judged_by_its_venue() -> None:
    assert papers.status({"name": "t", "x-venue": "ICML"}) == "published"
    assert papers.status({"name": "t", "x-venue": "arXiv"}) == "preprint"
    assert papers.status({"name": "t"}) is None
    assert papers.track({"name": "t", "x-venue": "arXiv"}) == "main" and papers.track({"name": "t"}) is None


def test_every_view_reads_the_venue_from_the_same_key() -> None:
    entry = {"name": "t", "x-venue": "ICML", "publisher": "International Conference on Machine Learning (ICML)",
             "releaseDate": "2024", "x-rank": "CCF-A", "x-status": "accepted", "x-track": "workshop",
             "x-presentation": "oral", "x-authorPosition": "first"}
    assert papers.citation_line(entry) == "ICML 2024 · CCF-A · accepted, workshop, oral · first author"


def _untold_candidate(library: Library) -> int:
    return store_pdf_candidate(library, b"%PDF-untold", make_profile("李雷", publications=UNTOLD), "untold.pdf")


def test_csv_says_unknown_for_an_untold_author_position(library: Library, tmp_path: Path) -> None:
    cid = _untold_candidate(library)
    raw = export_csv(library, [cid], tmp_path / "shortlist.csv").read_bytes()
    row = next(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert (row["Publications"], row["Published"]) == ("3", "3")
    assert row["First-author (published)"] == "unknown"
    assert row["CCF-A (published, main track)"] == "3"


def test_markdown_and_pdf_report_say_unknown(library: Library) -> None:
    cid = _untold_candidate(library)
    markdown = render(library, cid, "md").decode()
    assert "3 papers, 3 published: unknown first-author, 3 CCF-A" in markdown
    report = pymupdf.open(stream=render(library, cid, "pdf"))
    text = unicodedata.normalize("NFKC", " ".join(" ".join(page.get_text().split()) for page in report))  # ﬁ
    assert "unknown first-author" in text


def test_compare_says_unknown_and_counts_published(library: Library) -> None:
    left = _untold_candidate(library)
    right = add_candidate(library, "mixed", make_profile("韩梅梅", publications=MIXED))
    facts = {row.key: (row.left, row.right) for row in build_comparison(library, left, right).sections[0].rows}
    assert facts["publications"] == ("3", "7")
    assert facts["published"] == ("3", "5")
    assert facts["first_author"] == ("unknown", "3 (+1 unknown)")
    assert facts["top_venue"] == ("3", "3")
