"""Exports read back: PDF report and annotated PDF (PyMuPDF), JSON (schema, round trip), Markdown, CSV, names."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import Any

import jsonschema
import pymupdf
import pytest

from storage.export import (
    ExportError,
    export_batch,
    export_candidate,
    export_comparison,
    export_csv,
    file_name,
    render,
)
from storage.export.csv_export import neutralise
from storage.export.naming import safe_stem, unique_path
from storage.importer import expand_paths, import_file
from storage.library import Library
from storage.review_format import JSON_RESUME_KEYS
from storage.review_import import is_review_export
from storage.vocab import HIGHLIGHT_COLORS
from tests.conftest import store_pdf_candidate
from tests.fixtures import SAMPLE_ROLES, sample_path

SCHEMA = json.loads((Path(__file__).parent / "schemas" / "jsonresume-1.0.0.schema.json").read_text(encoding="utf-8"))
LINES = [
    "张伟 Zhang Wei",
    "清华大学 计算机科学 博士 2019-2024",
    "字节跳动 大模型预训练 研究员",
    "ICLR 2025 一作论文",
]


def make_pdf(pages: int = 2) -> bytes:
    """A small résumé PDF, Chinese through MuPDF's built-in CJK font."""
    doc = pymupdf.open()
    for number in range(pages):
        page = doc.new_page()
        for row, line in enumerate(LINES if number == 0 else ["第二页 page two", "=SUM(A1) 开源项目"]):
            page.insert_text((72, 90 + 24 * row), line, fontname="china-s", fontsize=12)
    return doc.tobytes()


PROFILE: dict[str, Any] = {
    "basics": {
        "name": "张伟",
        "email": "zhangwei@example.com",
        "phone": "+86 138-0000-1234",
        "x-emails": ["zhangwei@example.com", "zw@example.org"],
        "x-phones": ["+86 138-0000-1234"],
        "x-source": [{"page": 0, "rect": [72, 78, 200, 94]}],
    },
    "education": [
        {"institution": "清华大学", "area": "计算机科学", "studyType": "博士", "startDate": "2019", "endDate": "2024", "x-level": "doctorate"},
    ],
    "work": [
        {"name": "字节跳动", "position": "大模型预训练 研究员", "startDate": "2024-07", "endDate": "present", "highlights": ["训练 MoE 模型"]},
    ],
    "publications": [
        {"name": "Curriculum Routing for Sparse Experts", "publisher": "ICLR 2025", "releaseDate": "2025", "x-venue": "ICLR", "x-rank": "CCF-A", "x-authorPosition": "first"},
    ],
    "skills": [{"name": "编程", "keywords": ["Python", "PyTorch"]}],
    "meta": {"x-lang": "zh", "x-sections": ["教育背景", "工作经历"]},
}


def rects_of(pdf: bytes, page: int, needle: str) -> list[tuple[float, float, float, float]]:
    found = pymupdf.open("pdf", pdf)[page].search_for(needle)
    assert found, needle
    return [tuple(r) for r in found]  # type: ignore[misc]


@pytest.fixture
def pdf() -> bytes:
    return make_pdf()


@pytest.fixture
def reviewed(library: Library, pdf: bytes) -> int:
    """A candidate with a real PDF and a full review: highlights, ratings with evidence, tags, verdict."""
    cid = store_pdf_candidate(library, pdf, PROFILE, "zhang.pdf", text="\n".join(LINES), page_count=2)
    school = library.add_highlight(cid, 0, rects_of(pdf, 0, "清华大学"), "清华大学", color=2, note="直博 verified")
    paper = library.add_highlight(cid, 0, rects_of(pdf, 0, "ICLR 2025"), "ICLR 2025", color=5, note="first-author 顶会")
    library.add_highlight(cid, 1, rects_of(pdf, 1, "开源项目"), "开源项目", color=1, note="")
    areas = library.candidate_rubric(cid).areas
    library.set_rating(cid, areas[0].id, 4, "深入理解预训练")
    library.set_rating(cid, areas[1].id, 5)
    library.set_rating_evidence(cid, areas[1].id, [paper])
    library.add_candidate_tag(cid, "顶会一作", "strength", [paper])
    library.add_candidate_tag(cid, "No production code", "concern", [school])
    library.set_recommendation(cid, "strong_yes")
    library.set_status(cid, "shortlisted")
    library.set_summary(cid, "Hire for the pre-training team.\n需要确认训练规模。")
    return cid


def pdf_text(data: bytes) -> str:
    """The text a reader copies out (ligatures such as ﬁ spelled out, as PDF readers do when searching)."""
    flags = pymupdf.TEXTFLAGS_TEXT & ~pymupdf.TEXT_PRESERVE_LIGATURES
    return "\n".join(page.get_text(flags=flags) for page in pymupdf.open("pdf", data))


# -- PDF report ---------------------------------------------------------------------------------


def test_report_pdf_reads_back_with_chinese_review_and_page_numbers(library: Library, reviewed: int) -> None:
    data = render(library, reviewed, "pdf")
    doc = pymupdf.open("pdf", data)
    text = pdf_text(data)
    for expected in (
        "张伟", "Strong yes", "Shortlisted", "Research depth", "4 · Yes", "深入理解预训练", "顶会一作",
        "No production code", "“ICLR 2025” — p. 1", "first-author 顶会", "需要确认训练规模。", "清华大学",
        "Curriculum Routing for Sparse Experts", "zw@example.org",
    ):
        assert expected in text, expected
    assert f"Page 1 of {doc.page_count}" in doc[0].get_text()
    assert f"Page {doc.page_count} of {doc.page_count}" in doc[-1].get_text()
    assert doc.metadata["title"] == "张伟 — Candidate report"


def test_report_pdf_embeds_subset_fonts(library: Library, reviewed: int) -> None:
    doc = pymupdf.open("pdf", render(library, reviewed, "pdf"))
    fonts = {font[3] for page in doc for font in page.get_fonts()}
    assert any("Droid Sans Fallback" in name for name in fonts)  # the CJK font
    for xref in {font[0] for page in doc for font in page.get_fonts()}:
        name, ext, _, buffer = doc.extract_font(xref)
        assert buffer, f"{name} is not embedded"
        assert "+" in name, f"{name} is not a subset"


def test_report_pdf_of_an_unreviewed_candidate(library: Library) -> None:
    cid = store_pdf_candidate(library, make_pdf(1), {"basics": {}}, "x.pdf", text="x")
    text = pdf_text(render(library, cid, "pdf"))
    assert "x" in text and "No decision" in text and "Not rated yet." in text


# -- annotated PDF ------------------------------------------------------------------------------


def test_annotated_pdf_carries_highlights_and_summary_note(library: Library, reviewed: int, pdf: bytes) -> None:
    doc = pymupdf.open("pdf", render(library, reviewed, "annotated-pdf", author="Reviewer Li"))
    assert doc.page_count == 2
    assert pdf_text(doc.tobytes()) == pdf_text(pdf)  # the document's own content is unchanged
    pages = list(doc)  # an annotation is only valid while its page object lives
    highlights = [(page.number, a) for page in pages for a in page.annots() if a.type[1] == "Highlight"]
    assert len(highlights) == 3
    by_note = {a.info["content"]: (number, a) for number, a in highlights}
    number, annot = by_note["first-author 顶会"]
    assert number == 0
    hex_color = HIGHLIGHT_COLORS[5][0]
    rgb = [int(hex_color[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    assert annot.colors["stroke"] == pytest.approx(rgb, abs=0.01)
    assert annot.info["title"] == "Reviewer Li"
    assert annot.info["subject"] == "Publication"
    assert annot.info["creationDate"].startswith("D:20")
    assert annot.rect.intersects(pymupdf.Rect(rects_of(pdf, 0, "ICLR 2025")[0]))
    assert by_note[""][0] == 1  # the note-less highlight sits on page 2
    notes = [a for a in pages[0].annots() if a.type[1] == "Text"]
    assert len(notes) == 1
    assert "Strong yes" in notes[0].info["content"] and "需要确认训练规模。" in notes[0].info["content"]
    assert not any(a.type[1] == "Text" for a in pages[1].annots())


def hostile_pdf() -> bytes:
    """The résumé PDF carrying every kind of active content a stranger's file can hold."""
    doc = pymupdf.open("pdf", make_pdf())
    catalog = doc.pdf_catalog()
    script = doc.get_new_xref()
    doc.update_object(script, "<< /S /JavaScript /JS (app.alert('opened')) >>")
    doc.xref_set_key(catalog, "OpenAction", f"{script} 0 R")
    doc.xref_set_key(catalog, "AA", "<< /WC << /S /JavaScript /JS (app.alert('closing')) >> >>")
    doc.embfile_add("payload.exe", b"MZ\x90\x00 evil", filename="payload.exe")
    doc.xref_set_key(catalog, "Names/JavaScript", f"<< /Names [(startup) {script} 0 R] >>")
    page = doc[0]
    doc.xref_set_key(page.xref, "AA", "<< /O << /S /Launch /F (calc.exe) >> >>")
    page.insert_link({"kind": pymupdf.LINK_LAUNCH, "file": "cmd.exe", "from": pymupdf.Rect(72, 200, 200, 220)})
    page.insert_link({"kind": pymupdf.LINK_URI, "uri": "https://example.com/", "from": pymupdf.Rect(72, 230, 200, 250)})
    page.add_file_annot((300, 300), b"second payload", "invoice.pdf.exe")
    return doc.tobytes()


# A key or name of active content, unless its value is null (which PDF readers take as absent).
ACTIVE = re.compile(r"/(JavaScript|JS|Launch|OpenAction|AA|EmbeddedFiles?|FileAttachment)\b(?!\s*null)")


def test_annotated_pdf_carries_no_active_content(library: Library) -> None:
    original = hostile_pdf()
    cid = store_pdf_candidate(library, original, PROFILE, "zhang.pdf", page_count=2)
    library.add_highlight(cid, 0, rects_of(original, 0, "清华大学"), "清华大学", note="核实")
    doc = pymupdf.open("pdf", render(library, cid, "annotated-pdf"))
    objects = "\n".join(doc.xref_object(x, compressed=True) for x in range(1, doc.xref_length()))
    trailer = doc.xref_object(-1)
    assert ACTIVE.findall(objects + trailer) == []
    assert doc.embfile_count() == 0
    page = doc[0]
    assert [a.type[1] for a in page.annots()] == ["Highlight"]
    assert [link["kind"] for link in page.get_links()] == [pymupdf.LINK_URI]  # a plain web link is no action
    assert pdf_text(doc.tobytes()) == pdf_text(original)


def test_annotated_pdf_of_a_docx_uses_its_pdf_rendition(library: Library) -> None:
    outcome = import_file(library, sample_path("zh_docx"))
    assert outcome.candidate_id
    record = library.document(outcome.candidate_id)
    assert record.display_pdf is not None
    doc = pymupdf.open("pdf", render(library, outcome.candidate_id, "annotated-pdf"))
    assert doc.page_count == pymupdf.open("pdf", record.display_pdf).page_count


# -- JSON ---------------------------------------------------------------------------------------


def test_json_export_is_valid_json_resume_with_the_review(library: Library, reviewed: int) -> None:
    data = json.loads(render(library, reviewed, "json"))
    jsonschema.Draft4Validator(SCHEMA, format_checker=jsonschema.FormatChecker()).validate(data)
    review = data["meta"]["x-shortlist"]
    assert data["basics"]["name"] == "张伟"
    assert data["work"][0]["x-endDate"] == "present"  # 'present' is no ISO date: kept beside it
    assert review["recommendation"] == "strong_yes" and review["status"] == "shortlisted"
    assert [a["key"] for a in review["rubric"]["areas"]][:2] == [r["area"] for r in review["ratings"]]
    paper = next(h for h in review["highlights"] if h["note"] == "first-author 顶会")
    assert paper["page"] == 0 and len(paper["rects"][0]) == 4 and paper["category"] == "Publication"
    assert {t["name"]: t["evidence"] for t in review["tags"]}["顶会一作"] == [paper["id"]]


def test_json_export_validates_for_every_parsed_sample(library: Library) -> None:
    validator = jsonschema.Draft4Validator(SCHEMA, format_checker=jsonschema.FormatChecker())
    for role in SAMPLE_ROLES:
        outcome = import_file(library, sample_path(role))
        assert outcome.candidate_id, outcome
        data = json.loads(render(library, outcome.candidate_id, "json"))
        errors = [f"{role}: {'/'.join(map(str, e.path))}: {e.message}" for e in validator.iter_errors(data)]
        assert errors == []
        assert set(data) <= set(JSON_RESUME_KEYS)


def test_json_round_trip_restores_candidate_and_review(library: Library, reviewed: int, tmp_path: Path) -> None:
    library.save_profile(reviewed, {**PROFILE, "basics": {**PROFILE["basics"], "label": "Researcher"}})
    path = export_candidate(library, reviewed, "json", tmp_path / "张伟.json")
    other = Library(tmp_path / "other.shortlist")
    try:
        outcome = import_file(other, path)
        assert outcome.status == "imported", outcome
        cid = outcome.candidate_id
        assert cid is not None
        assert other.profile(cid) == library.profile(reviewed)
        assert other.parsed_profile(cid) == library.parsed_profile(reviewed)
        assert other.document(cid).data == library.document(reviewed).data
        assert other.review(cid).recommendation == "strong_yes"
        assert other.review(cid).status == "shortlisted"
        assert other.review(cid).summary == library.review(reviewed).summary
        old, new = library.highlights(reviewed), other.highlights(cid)
        assert [(h.page, h.rects, h.text, h.color, h.note) for h in new] == [(h.page, h.rects, h.text, h.color, h.note) for h in old]
        new_id = {h.note: h.id for h in new}
        assert {(r.area_key, r.value, r.comment) for r in other.ratings(cid)} == {
            (r.area_key, r.value, r.comment) for r in library.ratings(reviewed)
        }
        rated = {r.area_key: r.evidence for r in other.ratings(cid)}
        assert rated["publication_record"] == (new_id["first-author 顶会"],)
        tags = {t.tag.name: (t.tag.kind, t.evidence) for t in other.candidate_tags(cid)}
        assert tags == {
            "顶会一作": ("strength", (new_id["first-author 顶会"],)),
            "No production code": ("concern", (new_id["直博 verified"],)),
        }
        assert other.summary(cid).score == library.summary(reviewed).score
        assert import_file(other, path).status == "duplicate"
    finally:
        other.close()


def test_json_round_trip_onto_another_rubric_creates_it_through_a_position(library: Library, reviewed: int, tmp_path: Path) -> None:
    rubric_id = library.add_rubric("Infra engineers")
    area_id = library.add_area(rubric_id, "Systems depth", weight=2)
    position_id = library.add_position("Infra team", rubric_id)
    library.set_candidate_position(reviewed, position_id)
    library.set_rating(reviewed, area_id, 3, "OK")
    path = export_candidate(library, reviewed, "json", tmp_path / "x.json")
    other = Library(tmp_path / "other.shortlist")
    try:
        cid = import_file(other, path).candidate_id
        assert cid is not None
        assert other.candidate_rubric(cid).name == "Infra engineers"
        assert [p.name for p in other.positions()] == ["Infra team"]
        assert [(r.area_label, r.value, r.comment) for r in other.ratings(cid)] == [("Systems depth", 3, "OK")]
    finally:
        other.close()


def test_folder_import_takes_only_review_exports_among_json_files(library: Library, reviewed: int, tmp_path: Path) -> None:
    folder = tmp_path / "share"
    export_candidate(library, reviewed, "json", folder / "a.json")
    (folder / "other.json").write_text('{"basics": {"name": "not an export"}}', encoding="utf-8")
    assert [p.name for p in expand_paths([folder])] == ["a.json"]
    assert not is_review_export(b"\xff\xfe not json")


def test_damaged_export_fails_without_leaving_a_candidate(library: Library, reviewed: int, tmp_path: Path) -> None:
    data = json.loads(render(library, reviewed, "json"))
    data["meta"]["x-shortlist"]["document"]["data"] = "!!not base64!!"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    other = Library(tmp_path / "other.shortlist")
    try:
        outcome = import_file(other, path)
        assert outcome.status == "failed" and "damaged" in outcome.message
        assert other.count() == 0
    finally:
        other.close()


# -- Markdown -----------------------------------------------------------------------------------


def test_markdown_report(library: Library, reviewed: int) -> None:
    text = render(library, reviewed, "md").decode()
    assert text.startswith("# 张伟\n")
    assert "**Recommendation:** Strong yes" in text
    assert "| Research depth | 1.5 | 4 · Yes | 深入理解预训练 |" in text
    assert "- **顶会一作** (Strength)\n  - “ICLR 2025” (p. 1) — first-author 顶会" in text
    assert "## Education" in text and "**清华大学**" in text


def test_markdown_escapes_document_text(library: Library) -> None:
    cid = store_pdf_candidate(library, b"%PDF-x", {"basics": {"name": "A*B <script>"}}, "x.pdf")
    assert render(library, cid, "md").decode().startswith("# A\\*B \\<script\\>\n")


# -- CSV ----------------------------------------------------------------------------------------


def test_csv_has_bom_chinese_area_columns_and_no_formulas(library: Library, reviewed: int, tmp_path: Path) -> None:
    other = store_pdf_candidate(library, b"%PDF-evil", {"basics": {"name": "=HYPERLINK(\"http://x\")", "email": "@evil"}}, "evil.pdf")
    library.add_candidate_tag(other, "-2+3", "concern")
    rubric_id = library.add_rubric("Infra")
    area = library.add_area(rubric_id, "Systems depth")
    library.set_candidate_position(other, library.add_position("Infra team", rubric_id))
    library.set_rating(other, area, 2)
    path = export_csv(library, [reviewed, other], tmp_path / "shortlist.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    header = list(rows[0])
    assert header[:12] == [
        "ID", "Name", "E-mail", "Phone", "Highest degree", "School", "Current organisation",
        "Publications", "Published", "First-author (published)", "CCF-A (published, main track)", "Tags",
    ]
    assert header[-3:] == ["Weighted score", "Recommendation", "Status"]
    assert "Research depth" in header and "Systems depth" in header  # the union of both rubrics
    zhang, evil = rows
    assert zhang["Name"] == "张伟" and zhang["School"] == "清华大学" and zhang["Highest degree"] == "博士"
    assert zhang["E-mail"] == "zhangwei@example.com; zw@example.org"
    assert zhang["Phone"] == "'+86 138-0000-1234"
    assert zhang["Current organisation"] == "字节跳动" and zhang["Publications"] == "1"
    assert zhang["Research depth"] == "4" and zhang["Systems depth"] == ""
    assert zhang["Recommendation"] == "Strong yes" and zhang["Status"] == "Shortlisted"
    assert float(zhang["Weighted score"]) == library.summary(reviewed).score
    assert set(zhang["Tags"].split("; ")) == {"顶会一作", "No production code"}
    assert evil["Name"] == "'=HYPERLINK(\"http://x\")" and evil["E-mail"] == "'@evil" and evil["Tags"] == "'-2+3"
    assert evil["Systems depth"] == "2" and evil["Research depth"] == ""


@pytest.mark.parametrize("value", ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"])
def test_neutralise_formula_starts(value: str) -> None:
    assert neutralise(value) == "'" + value


def test_neutralise_leaves_text_alone() -> None:
    assert neutralise("张伟 = great") == "张伟 = great"


# -- names and batches --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("张伟", "张伟"),
        ("a/b\\c", "a b c"),
        ("CON", "_CON"),
        ("nul.txt", "_nul.txt"),
        ("com1", "_com1"),
        ("COM¹", "_COM¹"),
        ("lpt².md", "_lpt².md"),
        ("LPT0", "_LPT0"),
        ("COM¹0", "COM¹0"),
        ("x\x00y\x1f\u202ez", "xyz"),
        ("  ..  ", "candidate"),
        ("Dr. Li.", "Dr. Li"),
        ('a:b*c?"<>|', "a b c"),
    ],
)
def test_safe_stem(name: str, expected: str) -> None:
    assert safe_stem(name) == expected


def test_safe_stem_fits_file_system_limits() -> None:
    assert len(safe_stem("张" * 300).encode()) <= 180


def test_unique_path_numbers_collisions(tmp_path: Path) -> None:
    (tmp_path / "张伟.pdf").write_bytes(b"")
    assert unique_path(tmp_path, "张伟", ".pdf").name == "张伟 (2).pdf"
    assert unique_path(tmp_path, "张伟", ".pdf", {"张伟 (2).pdf"}).name == "张伟 (3).pdf"


def test_batch_export_yields_progress_and_numbers_namesakes(library: Library, reviewed: int, tmp_path: Path) -> None:
    twin = store_pdf_candidate(library, make_pdf(1), PROFILE, "twin.pdf", text="twin")
    progress = list(export_batch(library, [reviewed, twin, 999], "annotated-pdf", tmp_path / "out"))
    assert [(p.done, p.total) for p in progress] == [(1, 3), (2, 3), (3, 3)]
    assert [p.path.name if p.path else None for p in progress] == ["张伟 (annotated).pdf", "张伟 (annotated) (2).pdf", None]
    assert progress[2].error
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["张伟 (annotated) (2).pdf", "张伟 (annotated).pdf"]
    assert file_name(library, twin, "md") == "张伟.md"


def test_unknown_candidate_and_format(library: Library) -> None:
    with pytest.raises(ExportError, match="#42"):
        render(library, 42, "pdf")
    with pytest.raises(ExportError, match="unknown format"):
        render(library, 42, "docx")


def test_unwritable_target_is_an_export_error(library: Library, reviewed: int, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(ExportError, match="cannot write"):
        export_candidate(library, reviewed, "md", blocker / "x.md")


# -- comparison ---------------------------------------------------------------------------------


def test_comparison_pdf_shows_both_sides(library: Library, reviewed: int, tmp_path: Path) -> None:
    ada = {"basics": {"name": "Ada Lee"}, "education": [{"institution": "MIT", "studyType": "PhD"}]}
    other = store_pdf_candidate(library, make_pdf(1), ada, "ada.pdf", text="Ada")
    path = export_comparison(library, reviewed, other, tmp_path / "cmp.pdf")
    doc = pymupdf.open(path)
    text = pdf_text(path.read_bytes())
    for expected in ("张伟 vs Ada Lee", "清华大学", "MIT", "Research depth", "4 · Yes", "Strong yes", "No decision"):
        assert expected in text, expected
    assert f"Page 1 of {doc.page_count}" in doc[0].get_text()
    with pytest.raises(ExportError, match="#77"):
        export_comparison(library, reviewed, 77, tmp_path / "x.pdf")
