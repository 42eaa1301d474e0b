"""Exports of a person with several documents: the report lists them, JSON export and import round-trips."""

from __future__ import annotations

from pathlib import Path

from storage.export import render
from storage.export.csv_export import shortlist_rows
from storage.importer import import_file, import_paths
from storage.library import Library
from tests.storage.resume_versions import write_versions


def _person(library: Library, folder: Path) -> int:
    """王思远 with a Chinese and an English résumé, each highlighted, the Chinese profile corrected."""
    [first, second] = import_paths(library, write_versions(folder)[:2])
    assert second.joined and first.candidate_id is not None
    person = first.candidate_id
    newest, oldest = library.documents(person)
    library.add_highlight(person, 0, [(10, 10, 90, 20)], "清华大学", note="核实", document_id=oldest.id)
    library.add_highlight(person, 0, [(10, 30, 90, 40)], "ByteDance", note="check dates", document_id=newest.id)
    edited = library.profile(person, oldest.id)
    edited["basics"]["label"] = "算法工程师"
    library.save_profile(person, edited, oldest.id)
    library.add_candidate_tag(person, "Strong math", "strength", [h.id for h in library.highlights(person)])
    library.set_summary(person, "Same person, two languages.")
    return person


def _what_the_reviewer_sees(library: Library, person: int) -> dict[str, object]:
    documents = library.documents(person)
    names = {d.id: d.file_name for d in documents}
    return {
        "documents": [(d.file_name, d.sha256) for d in documents],
        "profiles": [library.profiles(person, d.id) for d in documents],
        "highlights": sorted((names[h.document_id or 0], h.text, h.note) for h in library.highlights(person)),
        "tags": [(t.tag.name, len(t.evidence)) for t in library.candidate_tags(person)],
        "summary": library.review(person).summary,
        "name": library.summary(person).display_name,
    }


def test_json_export_and_import_of_a_person_with_two_documents_round_trips(tmp_path: Path) -> None:
    source = Library(tmp_path / "source.shortlist")
    person = _person(source, tmp_path / "files")
    export = tmp_path / "wang.json"
    export.write_bytes(render(source, person, "json"))
    target = Library(tmp_path / "target.shortlist")
    outcome = import_file(target, export)
    assert outcome.status == "imported" and outcome.candidate_id is not None
    assert _what_the_reviewer_sees(target, outcome.candidate_id) == _what_the_reviewer_sees(source, person)
    assert import_file(target, export).status == "duplicate"
    source.close()
    target.close()


def test_the_reports_and_csv_list_the_documents(library: Library, tmp_path: Path) -> None:
    person = _person(library, tmp_path)
    markdown = render(library, person, "md").decode()
    assert "## Documents" in markdown and "wang\\_en.md · 1 page" in markdown and "wang\\_zh.txt" in markdown
    assert "wang_zh.txt · 1 page" in _pdf_text(render(library, person, "pdf"))
    header, row = shortlist_rows(library, [person])
    assert row[header.index("Documents")] == "wang_en.md; wang_zh.txt"


def _pdf_text(pdf: bytes) -> str:
    import pymupdf

    with pymupdf.open(stream=pdf, filetype="pdf") as document:
        return "".join(page.get_text() for page in document)
