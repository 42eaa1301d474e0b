"""Headings found by vocabulary and typography, in Chinese and English; titles and sub-headings are not sections."""

from __future__ import annotations

import pytest

from parsing.rows import build_rows
from parsing.sections import HEADER, OTHER, classify, clean_heading, is_title, split_sections
from tests.parsing.docmaker import L, make_document


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("教育背景", "education"),
        ("教育经历", "education"),
        ("实习经历", "work"),
        ("工作经历", "work"),
        ("实习经历和项目经历", "work"),
        ("项目经历", "projects"),
        ("科研经历", "projects"),
        ("论文", "publications"),
        ("主要研究成果", "publications"),
        ("发表论文", "publications"),
        ("专业技能", "skills"),
        ("技能证书", "skills"),
        ("奖励荣誉", "awards"),
        ("获奖情况", "awards"),
        ("竞赛经历", "awards"),
        ("学术服务", "service"),
        ("研究方向", "interests"),
        ("个人信息", "contact"),
        ("校园经历", "activities"),
        ("Education", "education"),
        ("Work History", "work"),
        ("Professional Experience", "work"),
        ("Research Experience", "projects"),
        ("Projects", "projects"),
        ("Publications", "publications"),
        ("Awards & Honors", "awards"),
        ("Technical Skills", "skills"),
        ("Leadership & Activities", "activities"),
        ("工作经历 Work Experience", "work"),
        ("Educational Background", "education"),
        ("Professional Skills", "skills"),
        ("其他技能", "skills"),
    ],
)
def test_vocabulary(title: str, kind: str) -> None:
    assert classify(title)[0] == kind


def test_decorations_are_removed_from_headings() -> None:
    assert clean_heading("## 发明专利") == "发明专利"
    assert clean_heading("一、教育背景:") == "教育背景"
    assert clean_heading("■ Education") == "Education"


def test_document_titles() -> None:
    assert is_title("个人简历")
    assert is_title("Curriculum Vitae")
    assert is_title("个人简历 / Curriculum Vitae")
    assert not is_title("张伟")


def _sections(*lines: str | L) -> list[tuple[str, str]]:
    return [(s.kind, s.title) for s in split_sections(build_rows(make_document(*lines)))]


def test_styled_headings_and_an_unknown_heading_in_the_same_style() -> None:
    found = _sections(
        L("张伟", size=20, bold=True),
        L("教育背景", size=13, bold=True),
        "清华大学 计算机科学与技术 博士",
        L("开源贡献与社区", size=13, bold=True),
        "维护一个开源库",
        L("Skills", size=13, bold=True),
        "Python, C++",
    )
    assert found == [(HEADER, ""), ("education", "教育背景"), (OTHER, "开源贡献与社区"), ("skills", "Skills")]


def test_sub_headings_and_bold_entry_titles_are_not_sections() -> None:
    found = _sections(
        L("PUBLICATIONS", size=12, bold=True),
        "Preprints",
        "[1] A. Author. A Title About Things. arXiv 2024.",
        L("PROJECTS", size=12, bold=True),
        L("国家自然科学基金面上项目", bold=True, right="2024.1-至今"),
        L("•  其他工作", bold=True),
        L("■ 获奖情况", size=12, bold=True),
    )
    assert found == [(HEADER, ""), ("publications", "PUBLICATIONS"), ("projects", "PROJECTS"), ("awards", "获奖情况")]


def test_plain_text_headings_found_by_vocabulary_alone() -> None:
    found = _sections("Marcus Lee", "Professional Summary", "Engineer.", "Education", "MIT, B.S. in CS")
    assert found == [(HEADER, ""), ("summary", "Professional Summary"), ("education", "Education")]


def test_title_is_not_a_section() -> None:
    found = _sections(L("个人简历", size=22, bold=True), L("基本信息", size=12, bold=True), "姓名\t姚婉清")
    assert found == [(HEADER, ""), ("contact", "基本信息")]
