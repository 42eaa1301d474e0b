"""People: a document joins the person it shares an e-mail or phone with; a shared name is only suggested."""

from __future__ import annotations

from pathlib import Path

import pytest

from storage import people
from storage.importer import import_paths
from storage.library import Library
from tests.conftest import make_profile
from tests.storage.resume_versions import write_namesake, write_versions


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("+86 138-0000-1234", "13800001234"),
        ("0086 13800001234", "13800001234"),
        ("(138) 0000 1234", "13800001234"),
        ("86-138.0000.1234", "13800001234"),
        ("+1 555-0123", "15550123"),
    ],
)
def test_phone_numbers_compare_without_country_code_and_separators(written: str, key: str) -> None:
    assert people.phone_key(written) == key


def test_contacts_ignore_case_and_every_listed_address() -> None:
    profile = make_profile(basics={"email": " Ada@Example.COM", "x-emails": ["ada@work.example"], "phone": "555 0101 99"})
    assert people.contact_keys(profile) == {"email:ada@example.com", "email:ada@work.example", "phone:555010199"}


@pytest.mark.parametrize("other", ["Siyuan Wang", "Wang Siyuan", "WANG Si-Yuan", "wang, siyuan", "王思远"])
def test_a_chinese_name_matches_its_pinyin_in_either_order(other: str) -> None:
    assert people.name_key("王思远") == people.name_key(other)


def test_different_names_do_not_match() -> None:
    assert people.name_key("王思远") != people.name_key("Siyuan Wu")
    assert people.name_key("王思远") != people.name_key("王思源远")


def test_a_school_glossed_in_the_other_document_is_shared() -> None:
    chinese = (make_profile("王思远", education=[{"institution": "清华大学"}]), "清华大学（Tsinghua University）")
    english = (make_profile("Siyuan Wang", education=[{"institution": "Tsinghua University"}]), "")
    elsewhere = (make_profile("Siyuan Wang", education=[{"institution": "Peking University"}]), "")
    assert people.share_organization(english, chinese)
    assert not people.share_organization(elsewhere, chinese)


def test_one_persons_resume_in_four_formats_and_two_languages_is_one_person(library: Library, tmp_path: Path) -> None:
    outcomes = list(import_paths(library, write_versions(tmp_path)))
    assert [o.status for o in outcomes] == ["imported"] * 4
    assert [o.joined for o in outcomes] == [False, True, True, True]
    assert {o.candidate_id for o in outcomes} == {outcomes[0].candidate_id}
    [row] = library.summaries()
    assert row.document_count == 4 and row.file_name == "wang_zh.docx"
    assert [d.file_name for d in library.documents(row.id)] == ["wang_zh.docx", "wang_en.pdf", "wang_en.md", "wang_zh.txt"]
    assert library.search("ByteDance") == library.search("字节跳动") == [row.id]


def test_a_namesake_at_the_same_school_is_suggested_not_joined(library: Library, tmp_path: Path) -> None:
    [first] = import_paths(library, write_versions(tmp_path)[:1])
    [other] = import_paths(library, [write_namesake(tmp_path)])
    assert not other.joined and other.candidate_id != first.candidate_id
    assert other.suggested == (first.candidate_id,)
    assert library.count() == 2


def test_a_namesake_elsewhere_is_not_suggested(library: Library, tmp_path: Path) -> None:
    [first] = import_paths(library, write_versions(tmp_path)[:1])
    path = tmp_path / "other.txt"
    path.write_text("王思远\n邮箱：other@example.net\n\n教育背景\n2010 - 2014  北京大学  学士\n", encoding="utf-8")
    [other] = import_paths(library, [path])
    assert first.candidate_id != other.candidate_id
    assert other.suggested == () and not other.joined
