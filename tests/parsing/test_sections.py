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


@pytest.mark.parametrize(
    ("title", "kind"),
    [("实践经历", "work"), ("获奖情况", "awards"), ("技能特长", "skills"), ("Fellowships & Awards", "awards"),
     ("学术论文", "publications"), ("预印本与在投论文", "publications"), ("学术服务", "service")],
)
def test_vocabulary_of_unseen_headings(title: str, kind: str) -> None:
    assert classify(title)[0] == kind
    assert classify(title)[1] >= 0.75


def test_bold_text_size_lines_are_sub_headings_where_headings_are_larger() -> None:
    found = _sections(
        L("Shuo Zhang", size=20, bold=True),
        L("Publications", size=12.5, bold=True),
        L("Conference Papers", bold=True),
        "S. Zhang, G. Neubig. A Paper About Decoding. ACL, 2023.",
        L("Preprints", bold=True),
        "S. Zhang. Another Paper On Drafts. arXiv, 2024.",
        L("Service", size=12.5, bold=True),
        "Reviewer: ACL",
    )
    assert found == [(HEADER, ""), ("publications", "Publications"), ("service", "Service")]


def test_headings_in_a_left_column_beside_their_first_line() -> None:
    sections = split_sections(
        build_rows(
            make_document(
                L("Priya Raman", size=20, bold=True),
                L("Stanford University — M.S. in Computer Science, 2019 - 2021", x=170, left="EDUCATION"),
                L("University of Michigan — B.S. in Electrical Engineering, 2015 - 2019", x=170),
                L("Anthropic, Member of Technical Staff, 2023 - Present", x=170, left="INDUSTRY"),
                L("• Built evaluation harnesses.", x=170, left="EXPERIENCE"),
                L("Python · PyTorch · JAX", x=170, left="SKILLS"),
            )
        )
    )
    assert [(s.kind, s.title, [r.text for r in s.rows]) for s in sections[1:]] == [
        (
            "education",
            "EDUCATION",
            [
                "Stanford University — M.S. in Computer Science, 2019 - 2021",
                "University of Michigan — B.S. in Electrical Engineering, 2015 - 2019",
            ],
        ),
        (
            "work",
            "INDUSTRY EXPERIENCE",
            ["Anthropic, Member of Technical Staff, 2023 - Present", "• Built evaluation harnesses."],
        ),
        ("skills", "SKILLS", ["Python · PyTorch · JAX"]),
    ]
    assert sections[1].heading is not None and sections[1].heading.x1 < 170


def test_one_label_beside_text_is_not_a_heading_column() -> None:
    found = _sections(
        L("Education", size=12, bold=True),
        L("Stanford University, M.S., 2019 - 2021", x=170, left="Education"),
        "MIT, B.S., 2015 - 2019",
    )
    assert found == [(HEADER, ""), ("education", "Education")]


def test_a_sidebar_row_wraps_at_the_sidebar_edge_not_at_the_main_column_edge() -> None:
    rows = build_rows(
        make_document(
            L("A main column line that runs all the way across its wide column", x=60),
            L("PyTorch, Ray, Kubernetes", x=420),
            L("Spark, Kafka", x=420),
        )
    )
    assert [row.right for row in rows] == [rows[0].x1, rows[1].x1, rows[1].x1]


def test_a_bracket_closing_one_the_heading_opened_is_kept() -> None:
    assert clean_heading("教育经历（Education）") == "教育经历（Education）"
    assert clean_heading("【获奖情况】") == "获奖情况"
    assert clean_heading("三、论文成果") == "论文成果"
    assert classify("论文成果") == ("publications", 1.0)


def test_letter_spaced_headings_are_closed_up() -> None:
    assert clean_heading("E X P E R I E N C E") == "EXPERIENCE"
    assert clean_heading("W O R K  E X P E R I E N C E") == "WORK EXPERIENCE"
    assert clean_heading("A B") == "A B"
    found = _sections(L("Lucas Moreau", size=20, bold=True), L("E D U C A T I O N", size=11, bold=True), "MIT, B.S.")
    assert found == [(HEADER, ""), ("education", "EDUCATION")]
