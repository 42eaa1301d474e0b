"""Blind review: exports made blind carry no name, contact, photo or (when asked) school, in text or in image data."""

from __future__ import annotations

import base64
import csv
import io
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pymupdf
import pytest

from storage.blind import BlindOptions, Hidden, hidden_strings, name_forms, personal_details, pseudonym
from storage.export import render
from storage.export.csv_export import shortlist_csv
from storage.importer import import_file
from storage.library import Library
from storage.redaction import redacted_pdf
from tests.conftest import run_cli
from tests.fixtures import blind_secrets, sample_truth, stamped_sample

# What must survive the redaction of each stamped sample (a blind export is still a résumé).
KEPT = {"zh_phd": "字节跳动", "en_research": "Google DeepMind"}


@pytest.fixture(scope="module")
def blind_library(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    """Both stamped samples imported (#1 Chinese, #2 English); the tests only read it."""
    tmp_path = tmp_path_factory.mktemp("blind")
    library = Library(tmp_path / "blind.shortlist")
    for role in KEPT:
        outcome = import_file(library, stamped_sample(role, tmp_path))
        assert outcome.status == "imported"
        cid = outcome.candidate_id
        assert cid is not None
        name = sample_truth(role)["name"]
        library.add_highlight(cid, 0, [(60, 40, 200, 80)], name, color=0, note=f"{name} looks strong")
        library.set_summary(cid, f"Met {name} at a conference.")
        library.set_rating(cid, library.candidate_rubric(cid).areas[0].id, 4, f"{name} led the project")
    yield library
    library.close()


def _squeezed(text: str) -> str:
    """Text without spaces and line breaks, so a name split over two lines or spaced out is still found."""
    return re.sub(r"\s+", "", text).casefold()


def _assert_none_in(text: str, secrets: list[str]) -> None:
    for secret in secrets:
        assert _squeezed(secret) not in _squeezed(text), secret


def _pdf_text(pdf: bytes) -> str:
    with pymupdf.open("pdf", pdf) as doc:
        return "\n".join(page.get_text() for page in doc) + "\n".join(str(v) for v in doc.metadata.values())


@pytest.mark.parametrize("schools", [False, True])
@pytest.mark.parametrize("role", list(KEPT))
def test_redacted_annotated_pdf_keeps_no_identity_text_or_image(blind_library: Library, role: str, schools: bool) -> None:
    cid = list(KEPT).index(role) + 1
    pdf = render(blind_library, cid, "annotated-pdf", blind=BlindOptions(schools=schools))
    text = _pdf_text(pdf)
    _assert_none_in(text, blind_secrets(role, schools))
    with pymupdf.open("pdf", pdf) as doc:
        assert all(not page.get_images() for page in doc)  # the photo's data is gone, not covered
        notes = " ".join(a.info["content"] for page in doc for a in page.annots())
    _assert_none_in(notes, blind_secrets(role, schools))
    assert KEPT[role] in text  # the rest of the résumé is still there
    first_school = sample_truth(role)["education"][0]["institution"]
    assert (_squeezed(first_school) in _squeezed(text)) is not schools


def test_without_blind_the_export_is_untouched(blind_library: Library) -> None:
    text = _pdf_text(render(blind_library, 1, "annotated-pdf"))
    assert text.count("沈知远") >= 2  # header and footer: the stamped sample really repeats the name


@pytest.mark.parametrize("fmt", ["pdf", "md", "json"])
@pytest.mark.parametrize("role", list(KEPT))
def test_reports_and_json_use_the_pseudonym(blind_library: Library, role: str, fmt: str) -> None:
    cid = list(KEPT).index(role) + 1
    data = render(blind_library, cid, fmt, blind=BlindOptions(schools=True))
    if fmt == "pdf":
        text = _pdf_text(data)
    elif fmt == "md":
        text = data.decode()
    else:
        export = json.loads(data)
        document = export["meta"]["x-shortlist"]["document"]
        text = data.decode() + _pdf_text(base64.b64decode(document["data"]))
        assert document["displayPdf"] is None and document["mediaType"] == "application/pdf"
    _assert_none_in(text, blind_secrets(role, schools=True))
    assert pseudonym(cid) in text


def test_blind_csv_leaves_out_contacts_and_schools(blind_library: Library) -> None:
    rows = list(csv.reader(io.StringIO(shortlist_csv(blind_library, [1, 2], BlindOptions(schools=True)).decode("utf-8-sig"))))
    assert not {"E-mail", "Phone", "School"} & set(rows[0])
    assert [row[1] for row in rows[1:]] == ["Candidate 1", "Candidate 2"]
    _assert_none_in(repr(rows), blind_secrets("zh_phd", True) + blind_secrets("en_research", True))
    plain = list(csv.reader(io.StringIO(shortlist_csv(blind_library, [1], BlindOptions()).decode("utf-8-sig"))))
    assert "School" in plain[0] and "E-mail" not in plain[0]


def test_cli_export_blind_schools(capsys: pytest.CaptureFixture[str], blind_library: Library, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    code, _, _ = run_cli(
        capsys, "export", "--library", str(blind_library.path), "--all", "--format", "annotated-pdf", "--out", str(folder),
        "--blind-schools",
    )
    assert code == 0
    assert sorted(p.name for p in folder.iterdir()) == ["Candidate 1 (annotated).pdf", "Candidate 2 (annotated).pdf"]
    _assert_none_in(_pdf_text((folder / "Candidate 1 (annotated).pdf").read_bytes()), blind_secrets("zh_phd", True))


def test_name_forms_and_whole_words() -> None:
    assert name_forms("许文哲") == ["许文哲", "文哲", "Wenzhe Xu", "Xu Wenzhe", "Wenzhe"]
    hidden = hidden_strings([{"basics": {"name": "Ada Li", "email": "ada@example.com"}}])
    assert hidden.scrub("Ada Li (ada@example.com) on Linear models, with Li Wei", "Candidate 3") == (
        "Candidate 3 (■■■) on Linear models, with Candidate 3 Wei"
    )


def test_personal_details_are_found() -> None:
    found = personal_details("姓名：张伟  性别：男 出生年月：1998.05 | 年龄：26岁\nDate of Birth: 1999-02-01\nAge: 25")
    assert found == ["性别：男", "出生年月：1998.05", "年龄：26岁", "Date of Birth: 1999-02-01", "Age: 25"]


def test_an_address_broken_after_its_at_and_a_handle_naming_the_person_are_redacted() -> None:
    doc = pymupdf.open()
    page = doc.new_page()
    for number, line in enumerate(["Hannah Holloway", "hannah.holloway@", "example.com", "github.com/hannah-holloway-example",
                                   "zx1998@", "mail.example.org", "Linear models by Holloway"]):
        page.insert_text((72, 72 + 16 * number), line, fontname="helv", fontsize=10)
    profile = {"basics": {"name": "Hannah Holloway", "email": "hannah.holloway@example.com"}}
    hidden = hidden_strings([profile], [], BlindOptions())
    hidden = Hidden(hidden.names, (*hidden.others, "zx1998@mail.example.org"))
    text = _pdf_text(redacted_pdf(doc.tobytes(), profile, hidden, BlindOptions()))
    assert "hannah" not in text.casefold() and "holloway" not in text.casefold() and "zx1998" not in text
    assert "Linear models by" in text and "example.com" in text  # the rest of the line, and a bare domain, stay


def test_any_address_or_number_is_masked_in_text_even_one_no_profile_lists() -> None:
    hidden = Hidden(("Ada Li",), ())
    assert hidden.scrub("Ada Li · 138-0000-2719 · ada.li@uni.example.edu · 2021.09-2023.06", "Candidate 3") == (
        "Candidate 3 · ■■■ · ■■■ · 2021.09-2023.06"
    )
    assert hidden.shows("call +1 (555) 017-6620") and not hidden.shows("GPA 3.86/4.0, 2019–2023")
