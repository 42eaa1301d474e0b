"""Rules for documents real producers write: TeX's word-by-word text, wrapped logical lines, entries and groups."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

import pymupdf
import pytest

from parsing import parse
from parsing.document import Document, Line, Page, Span
from parsing.layout import Fragment, drop_running_lines, page_lines
from parsing.load import load_bytes
from parsing.normalize import clean_text
from parsing.rows import build_rows
from tests.parsing.docmaker import L, make_document
from tests.parsing.test_entries import H, _fields, _profile


def _typeset(lines: Sequence[tuple[str, bool, str]]) -> bytes:
    """A PDF set the way XeLaTeX and pdfTeX set text: every word placed on its own, no space characters.

    Each line is (left text, bold, right-aligned text); a line whose left text is "" is skipped.
    """
    pdf = pymupdf.open()
    page = pdf.new_page(width=595, height=842)
    y = 60.0
    for left, bold, right in lines:
        font = "hebo" if bold else "helv"
        x = 57.0
        for word in left.split():
            page.insert_text((x, y), word, fontname=font, fontsize=10.5)
            x += pymupdf.get_text_length(word, fontname=font, fontsize=10.5) + 3.5
        if right:
            width = sum(pymupdf.get_text_length(w, fontname="helv", fontsize=10.5) + 3.5 for w in right.split()) - 3.5
            x = 538.0 - width
            for word in right.split():
                page.insert_text((x, y), word, fontname="helv", fontsize=10.5)
                x += pymupdf.get_text_length(word, fontname="helv", fontsize=10.5) + 3.5
        y += 14.0
    return pdf.tobytes()


def _profile_pdf(lines: Sequence[tuple[str, bool, str]]) -> dict[str, Any]:
    return parse(load_bytes("cv.pdf", _typeset(lines))).to_json_resume()


def test_words_placed_one_by_one_keep_institutions_and_positions_whole() -> None:
    profile = _profile_pdf(
        [
            ("Eleanor Whitfield", True, ""),
            ("eleanor@example.com", False, ""),
            ("EDUCATION", True, ""),
            ("University of Illinois Urbana-Champaign", True, "Urbana, IL"),
            ("Doctor of Philosophy in Computer Science", False, "Aug 2018 - May 2023"),
            ("EXPERIENCE", True, ""),
            ("Research Scientist, Allen Institute for Artificial Intelligence", False, "Jun 2023 - Present"),
        ]
    )
    assert _fields(profile["education"], "institution", "studyType", "area") == [
        ("University of Illinois Urbana-Champaign", "Doctor of Philosophy", "Computer Science")
    ]
    assert _fields(profile["work"], "name", "position", "startDate") == [
        ("Allen Institute for Artificial Intelligence", "Research Scientist", "2023-06")
    ]


def test_a_degree_wrapped_onto_the_line_that_holds_its_dates_is_one_line() -> None:
    profile = _profile(
        L("Eleanor Whitfield", size=18, bold=True),
        L("EDUCATION", **H),
        L("University of Illinois Urbana-Champaign", bold=True, right="Urbana, IL"),
        L("Doctor of Philosophy in Computer Science", right="Aug 2018 – May 2023"),
        L("University of Toronto", bold=True, right="Toronto, Canada"),
        "Bachelor of Applied Science in Engineering Science, with a minor in Artificial Intelligence and Robotics for",
        L("Autonomous Systems", right="2014 – 2018"),
    )
    assert _fields(profile["education"], "institution", "studyType", "area", "startDate", "endDate") == [
        ("University of Illinois Urbana-Champaign", "Doctor of Philosophy", "Computer Science", "2018-08", "2023-05"),
        ("University of Toronto", "Bachelor of Applied Science", "Engineering Science", "2014", "2018"),
    ]


def test_highlights_without_bullets_stay_with_their_job() -> None:
    profile = _profile(
        L("Jane Doe", size=18, bold=True),
        L("WORK EXPERIENCE", **H),
        L("Google", bold=True, right="Jun 2020 – Aug 2021"),
        "Software Engineer",
        "Led the migration of the serving stack.",
        "Reduced latency by 30%.",
        L("Research Intern, Microsoft Research", right="May 2019 – Aug 2019"),
        "Worked on retrieval-augmented generation for code.",
        "Shipped a prototype.",
        L("Meta", bold=True, right="2021 – Present"),
        "Research Scientist",
    )
    assert _fields(profile["work"], "name", "position") == [
        ("Google", "Software Engineer"),
        ("Microsoft Research", "Research Intern"),
        ("Meta", "Research Scientist"),
    ]


def test_paper_groups_inside_publications_continue_the_section() -> None:
    profile = _profile(
        L("Eleanor Whitfield", size=18, bold=True),
        L("Publications", **H),
        L("Conference Papers", **H),
        "1. E. Whitfield and R. Gupta. Sparse Adapters for Multilingual Transfer. In EMNLP, 2022.",
        L("Under Review", **H),
        "1. E. Whitfield. Scaling Data Mixtures. Submitted to ICLR, 2024.",
        L("Awards", **H),
        L("NSF Graduate Research Fellowship", right="2019"),
    )
    assert profile["meta"]["x-sections"] == ["Publications", "Awards"]
    assert [p["x-venue"] for p in profile["publications"]] == ["EMNLP", "ICLR"]


def _placed(texts: Sequence[tuple[float, float, str, str]]) -> dict[str, Any]:
    """The profile of a PDF holding each (x, baseline, text, font) where it is placed."""
    pdf = pymupdf.open()
    page = pdf.new_page(width=595, height=842)
    for x, y, text, font in texts:
        page.insert_text((x, y), text, fontname=font, fontsize=11)
    return parse(load_bytes("cv.pdf", pdf.tobytes())).to_json_resume()


def test_chinese_fields_set_apart_without_a_space_are_separate() -> None:
    profile = _placed(
        [(57, 60, "林泽宇", "china-s"), (57, 90, "教育背景", "china-s")]
        + [(57, 110, "华中科技大学", "china-s"), (130, 110, "软件工程", "china-s"), (180, 110, "本科", "china-s")]
        + [(460, 110, "2016.09-2020.06", "helv")]
    )
    assert _fields(profile["education"], "institution", "area", "studyType") == [("华中科技大学", "软件工程", "本科")]


def test_an_address_wrapped_inside_a_table_cell_is_whole() -> None:
    profile = _placed(
        [(90, 60, "姓名：", "china-s"), (198, 60, "周若溪", "china-s"), (306, 60, "电话：", "china-s")]
        + [(414, 60, "139-0000-7788", "helv"), (90, 75, "邮箱：", "china-s"), (198, 75, "ruoxi.zhou@exam", "helv")]
        + [(306, 75, "性别：", "china-s"), (414, 75, "女", "china-s"), (198, 90, "ple.com", "helv")]
        + [(90, 105, "求职意向：", "china-s"), (198, 105, "机器学习工程师", "china-s")]
    )
    assert profile["basics"]["name"] == "周若溪"
    assert profile["basics"]["email"] == "ruoxi.zhou@example.com"


def test_the_name_from_a_label_and_value_table_never_the_title() -> None:
    profile = _profile(
        L("Curriculum Vitae", size=18, bold=True),
        "Name | Li Ming",
        "Email | li.ming@example.com",
        L("EDUCATION", **H),
        L("Peking University, B.S. in Mathematics", right="2016 – 2020"),
    )
    assert profile["basics"]["name"] == "Li Ming"


def test_a_name_read_after_the_sidebar_is_still_the_name() -> None:
    profile = _profile(
        L("联系方式", **H),
        "电话：138-0000-5521",
        L("专业技能", **H),
        "Python、PyTorch",
        L("林泽宇", size=22, bold=True),
        L("教育背景", **H),
        L("浙江大学  计算机科学与技术  博士", right="2020.09 - 至今"),
    )
    assert profile["basics"]["name"] == "林泽宇"
    assert profile["basics"]["phone"] == "138-0000-5521"


def test_the_major_is_the_field_before_a_chinese_degree_not_the_lab() -> None:
    profile = _profile(
        L("陈思琪", size=20, bold=True),
        L("教育背景", **H),
        L("中国科学院大学  计算技术研究所  网络数据科学与技术重点实验室  计算机应用技术  博士", right="2019.09 - 2024.06"),
        L("博士·模式识别与智能系统, 南京大学", right="2015.09 - 2019.06"),
        "GPA 3.8/4.0，专业排名前 5%",
    )
    assert _fields(profile["education"], "institution", "area", "studyType") == [
        ("中国科学院大学", "计算机应用技术", "博士"),
        ("南京大学", "模式识别与智能系统", "博士"),
    ]


def test_moderncv_layouts_give_the_same_schools() -> None:
    expected = [
        ("Carnegie Mellon University", "Ph.D.", "2019", "2024"),
        ("Indian Institute of Technology Bombay", "B.Tech.", "2015", "2019"),
    ]
    classic = _profile(
        L("Priya Raman", size=34),
        "priya.raman@example.com",
        L("Education", size=14),
        L("Ph.D. in Computer Science, Carnegie Mellon University, Pittsburgh, PA", x=131, left="2019–2024"),
        L("Thesis: Efficient inference for very large sparse mixture-of-experts models", x=131),
        L("B.Tech. in Computer Science and Engineering, Indian Institute of Technology Bom-", x=131, left="2015–2019"),
        L("bay, Mumbai", x=131),
    )
    banking = _profile(
        L("Priya Raman", size=25),
        "priya.raman@example.com",
        L("Education", size=14, bold=True),
        L("Carnegie Mellon University", bold=True, right="Pittsburgh, PA"),
        L("Ph.D. in Computer Science", right="2019–2024"),
        L("Thesis: Efficient inference for very large sparse mixture-of-experts language models under memory", size=9),
        L("Indian Institute of Technology Bombay", bold=True, right="Mumbai"),
        L("B.Tech. in Computer Science and Engineering", right="2015–2019"),
    )
    for profile in (classic, banking):
        assert _fields(profile["education"], "institution", "studyType", "startDate", "endDate") == expected


def test_contacts_in_the_page_footer_are_the_candidates() -> None:
    lines: list[str | L] = [L("Priya Raman", size=34), L("Awards", size=14, bold=True)]
    lines += [L("Meta PhD Fellowship", right="2023")] + [""] * 42
    lines += ["+1 555 0177  •  priya.raman@example.com  •  priya.example.com"]
    profile = _profile(*lines)
    assert profile["basics"]["phone"] == "+1 555 0177"
    assert _fields(profile["awards"], "title") == [("Meta PhD Fellowship",)]


def test_a_text_file_whose_rendition_wraps_long_lines() -> None:
    text = "\n".join(
        [
            "ALEXANDRA NOVAK",
            "alexandra.novak@example.com   +44 7700 900123",
            "",
            "EDUCATION",
            "",
            "Master of Science in Computer Science                                   Sep 2020 - Jun 2022",
            "Swiss Federal Institute of Technology in Lausanne (EPFL), School of Computer and Communication"
            " Sciences, Lausanne, Switzerland",
            "",
            "EXPERIENCE",
            "",
            "Applied Scientist, Large Language Model Alignment and Safety Evaluation Team at Amazon Web Services"
            "       Jul 2022 - Present",
            "- Designed reward models for preference tuning of production assistants serving millions of users.",
            "",
            "AWARDS",
            "Kaggle Santa 2021 Competition, Silver Medal                                  2021",
        ]
    )
    profile = parse(load_bytes("cv.txt", text.encode())).to_json_resume()
    assert _fields(profile["education"], "institution", "studyType", "area", "startDate") == [
        ("Swiss Federal Institute of Technology in Lausanne", "Master of Science", "Computer Science", "2020-09")
    ]
    assert _fields(profile["work"], "name", "position", "endDate") == [
        ("Amazon Web Services", "Applied Scientist", "present")
    ]
    assert _fields(profile["awards"], "title", "date") == [("Kaggle Santa 2021 Competition, Silver Medal", "2021")]


def test_competitions_among_jobs_or_schools_are_awards() -> None:
    profile = _profile(
        L("张三", size=20, bold=True),
        L("教育背景", **H),
        L("清华大学  计算机科学与技术  本科", bold=True, right="2017.09-2021.06"),
        L("全国大学生数学建模竞赛  国家一等奖", right="2019.10"),
        L("工作经历", **H),
        L("字节跳动  算法工程师", bold=True, right="2021.07-至今"),
        "• 负责推荐。",
        L("ACM-ICPC 亚洲区域赛（沈阳站）  金牌", bold=True, right="2019.11"),
        L("Kaggle Grandmaster, Top 1% in three featured competitions", right="2020"),
    )
    assert _fields(profile["education"], "institution") == [("清华大学",)]
    assert _fields(profile["work"], "name", "position") == [("字节跳动", "算法工程师")]
    assert [a["date"] for a in profile["awards"]] == ["2019-10", "2019-11", "2020"]


def test_small_capital_degrees_and_the_town_beside_the_school() -> None:
    profile = _profile(
        L("Sofia Lindqvist", size=20),
        L("EDUCATION", **H),
        L("KTH Royal Institute of Technology", bold=True, right="Stockholm, Sweden"),
        L("M.SC. in Machine Learning", right="2019 – 2021"),
        L("Uppsala University", bold=True, right="Uppsala, Sweden"),
        L("B.SC.", right="2016 – 2019"),
    )
    assert _fields(profile["education"], "institution", "studyType", "area", "x-level") == [
        ("KTH Royal Institute of Technology", "M.SC.", "Machine Learning", "master"),
        ("Uppsala University", "B.SC.", None, "bachelor"),
    ]


def test_windows_quotes_and_dashes_left_as_c1_controls_are_read_as_such() -> None:
    assert clean_text("\x93Sparse Experts\x94, 2019\x962021") == "“Sparse Experts”, 2019–2021"


def test_a_name_beside_the_phone_and_an_address_split_at_its_at_sign() -> None:
    profile = _profile(
        L("13800000012", size=34, right="孙致远"),
        "xinghe.zhu@ example.com",
        L("教育经历", **H),
        L("博士·统计学, 北京航空航天大学.", right="2020.09 - 2025.06"),
    )
    assert profile["basics"]["name"] == "孙致远"
    assert profile["basics"]["email"] == "xinghe.zhu@example.com"


def test_a_heading_joined_to_a_sidebar_line_is_cut_off_and_organisations_lose_their_full_stop() -> None:
    email = Span("zeyu.he@example.com", (66.9, 142.5, 158.1, 152.5), 10.0, False)
    heading = Span("教育背景", (166.0, 129.1, 223.4, 143.4), 14.3, True)
    fragment = Fragment([email, heading], (66.9, 129.1, 223.4, 152.5), 150.0, 14.3, 0, 0)
    assert sorted(line.text for line in page_lines([fragment], 0, 595.0)) == ["zeyu.he@example.com", "教育背景"]
    profile = _profile(
        L("何泽宇", size=30),
        L("实习经历", **H),
        L("机器学习工程师, 商汤科技.", bold=True, right="2025/03 – 2026/09"),
        L("Research Scientist, Google DeepMind.", bold=True, right="2023 – 2025"),
        L("Senior Data Scientist, Zhipu AI.", bold=True, right="2021 – 2023"),
        L("Machine Learning Engineer, JD.com.", bold=True, right="2019 – 2021"),
    )
    assert _fields(profile["work"], "name", "position") == [
        ("商汤科技", "机器学习工程师"),
        ("Google DeepMind", "Research Scientist"),
        ("Zhipu AI", "Senior Data Scientist"),
        ("JD.com", "Machine Learning Engineer"),
    ]


def _row_texts(*cells: tuple[str, float, float, float]) -> list[str]:
    """The rows built from one page of 10.9 pt text pieces, each (text, x0, x1, top)."""
    fragments = [
        Fragment([Span(text, (x0, top, x1, top + 11), 10.9, False)], (x0, top, x1, top + 11), top + 9, 10.9, n, n)
        for n, (text, x0, x1, top) in enumerate(cells)
    ]
    page = Page(0, 595.0, 842.0, tuple(page_lines(fragments, 0, 595.0)))
    return [row.text for row in build_rows(Document("cv.pdf", "application/pdf", b"", (page,)))]


WRAPPED_CELLS = [
    # a date column's range wrapped beside its entry (moderncv): the text beside the wrapped end stays its own row
    ([("2020.09 -", 75.1, 120.0, 179.7), ("博士·自动化, 南京大学", 125.3, 233.8, 179.7), ("2025.06", 80.6, 116.3, 194.1)],
     ["2020.09 - 2025.06\t博士·自动化, 南京大学"]),
    ([("2022.09—至", 60.0, 116.3, 171.0), ("博士·电子信息, 武汉大学", 125.3, 244.7, 171.0), ("今", 105.4, 116.3, 184.6)],
     ["2022.09—至今\t博士·电子信息, 武汉大学"]),
    ([("03/2024 -", 65.5, 116.3, 150.0), ("Applied Scientist Intern, Adobe Research", 125.3, 322.6, 150.0),
      ("06/2025", 78.2, 116.3, 164.3), ("Sep 2021 –", 65.5, 116.3, 196.0),
      ("M.S. in Artificial Intelligence, Peking University", 125.3, 354.9, 196.0), ("Jun 2024", 74.5, 116.3, 210.3),
      ("Led the migration of training jobs.", 125.3, 300.0, 210.3)],
     ["03/2024 - 06/2025\tApplied Scientist Intern, Adobe Research",
      "Sep 2021 – Jun 2024\tM.S. in Artificial Intelligence, Peking University", "Led the migration of training jobs."]),
    # a word hyphenated at the end of a cell: lower case goes on the word, a capital keeps the hyphen
    ([("B.S. in Computer Science, Univer-", 162.4, 400.0, 222.7), ("Sep 2017 – Jun 2021", 460.0, 541.7, 222.7),
      ("sity of Michigan.", 162.4, 238.5, 237.0), ("University of Illinois Urbana-", 56.8, 200.0, 260.0),
      ("B.S. in Automation", 250.0, 340.0, 260.0), ("Champaign", 56.8, 110.0, 274.3)],
     ["B.S. in Computer Science, University of Michigan.\tSep 2017 – Jun 2021",
      "University of Illinois Urbana-Champaign\tB.S. in Automation"]),
]


@pytest.mark.parametrize(("cells", "rows"), WRAPPED_CELLS)
def test_a_cell_wrapped_onto_the_next_line_is_one_cell(
    cells: list[tuple[str, float, float, float]], rows: list[str]
) -> None:
    assert _row_texts(*cells) == rows


def test_contacts_in_a_running_footer_are_the_candidates() -> None:
    document = make_document(L("郭静怡", size=30), L("教育经历", **H), L("博士·自动化, 南京大学", right="2020.09 - 2025.06"))
    footer = Line("+86 138-0000-0015 • jingyi.guo@example.com", 0, (125.0, 800.0, 400.0, 810.0), 9.0, False)
    basics = parse(replace(document, dropped_lines=(footer,))).to_json_resume()["basics"]
    assert (basics["email"], basics["phone"]) == ("jingyi.guo@example.com", "+86 138-0000-0015")


def test_a_table_cell_wrapped_after_a_comma_and_a_labelled_bilingual_name() -> None:
    profile = _profile(
        L("个人简历", size=18, bold=True),
        L("姓名：", right="曹雨桐 (Yutong Cao)"),
        L("教育背景 Education", **H),
        L("University of California,\tPh.D. in Pattern Recognition", right="Sep 2021 – Present"),
        "Berkeley",
        L("Fudan University\tB.S. in Automation", right="Sep 2017 – Jun 2021"),
    )
    assert profile["basics"]["name"] == "曹雨桐"
    assert _fields(profile["education"], "institution", "studyType") == [
        ("University of California, Berkeley", "Ph.D."),
        ("Fudan University", "B.S."),
    ]


def test_three_line_schools_without_bold_are_told_apart_by_size() -> None:
    profile = _profile(
        L("郭静怡", size=22),
        L("教育经历", size=13),
        L("浙江大学", size=10.5),
        "2020 年 9 月 - 2025 年 6 月",
        "博士 · 软件工程",
        L("中国科学技术大学", size=10.5),
        "2016 年 9 月 - 2020 年 6 月",
        "本科 · 统计学",
    )
    assert _fields(profile["education"], "institution", "studyType", "startDate") == [
        ("浙江大学", "博士", "2020-09"),
        ("中国科学技术大学", "本科", "2016-09"),
    ]


def test_right_aligned_headings_in_a_left_column_head_their_rows() -> None:
    pdf = pymupdf.open()
    page = pdf.new_page(width=595, height=842)

    def put(text: str, y: float, size: float = 10.5, right: float | None = None, x: float = 162.0) -> None:
        width = pymupdf.get_text_length(text, fontname="helv", fontsize=size)
        page.insert_text((right - width if right else x, y), text, fontname="helv", fontsize=size)

    put("Hannah Holloway", 60, size=30)
    put("hannah@example.com", 90)
    for y, heading in ((130, "Education"), (190, "Work"), (205, "Experience")):
        put(heading, y, size=14.3, right=143.0)
    put("Ph.D. in Mathematics, University of Washington.", 130)
    put("Sep 2022 - Present", 130, right=540.0)
    put("B.S. in Software Engineering, University of Toronto.", 150)
    put("Sep 2018 - Jun 2022", 150, right=540.0)
    put("Research Intern, NVIDIA.", 190)
    put("Jun 2025 - Mar 2026", 190, right=540.0)
    put("Mentored two interns and co-organised a weekly reading group.", 220, x=173.0)
    put("Applied Scientist Intern, Databricks.", 240)
    put("Mar 2024 - Jun 2025", 240, right=540.0)
    for y in range(260, 340, 15):
        put("Built evaluation pipelines for retrieval-augmented generation.", y, x=173.0)
    profile = parse(load_bytes("cv.pdf", pdf.tobytes())).to_json_resume()
    assert profile["meta"]["x-sections"] == ["Education", "Work Experience"]
    assert _fields(profile["work"], "name", "position") == [
        ("NVIDIA", "Research Intern"),
        ("Databricks", "Applied Scientist Intern"),
    ]


def test_a_name_and_contacts_broken_over_the_lines_of_a_narrow_sidebar() -> None:
    profile = _profile(
        L("Julian", size=21, bold=True),
        L("Brennan", size=21, bold=True),
        L("CONTACT", size=12, bold=True),
        "+1 (415)",
        "555-0118",
        "julian.brennan@",
        "example.com",
        "zix-",
        "uan.huang@cs.example.edu",
        L("EDUCATION", size=12, bold=True),
        L("Stanford University, B.S. in Computer Science", right="2016 – 2020"),
    )
    basics = profile["basics"]
    assert (basics["name"], basics["phone"]) == ("Julian Brennan", "+1 (415) 555-0118")
    assert sorted(basics["x-emails"]) == ["julian.brennan@example.com", "zixuan.huang@cs.example.edu"]


def test_a_heading_glossed_on_the_line_below_is_one_section() -> None:
    profile = _profile(
        L("杨立言", size=30),
        L("工作经历", size=14.3),
        L("Experience", size=14.3),
        L("Senior Data Scientist, Zhipu AI.", bold=True, right="Sep 2025 – Present"),
        L("Designed a data deduplication pipeline over 2B documents, cutting pretraining tokens by", x=73),
        L("18% at equal quality.", x=73),
    )
    assert profile["meta"]["x-sections"] == ["工作经历 Experience"]
    assert _fields(profile["work"], "name", "position") == [("Zhipu AI", "Senior Data Scientist")]


def test_a_school_whose_last_word_wraps_is_never_cut_to_university() -> None:
    profile = _profile(
        L("Ethan Marchetti", size=30),
        L("Education", **H),
        L("Master of Science in Mathematics, Carnegie Mellon", bold=True, right="Sep 2021 – Jun 2024"),
        "University.",
        L("B.S. in Electronic Information, University of Toronto.", bold=True, right="Sep 2017 – Jun 2021"),
    )
    assert _fields(profile["education"], "institution", "studyType") == [
        ("Carnegie Mellon University", "Master of Science"),
        ("University of Toronto", "B.S."),
    ]


def test_a_phone_broken_around_the_name_printed_beside_it() -> None:
    profile = _profile(
        L("+1 (415)", x=105),
        L("Amara Whitfield", size=30, x=200),
        L("555-0122", x=105),
        L("amara.whitfield@example.com", x=68),
        L("EDUCATION", **H),
        L("University of Washington, Ph.D. in Artificial Intelligence", right="2021 – Present"),
    )
    assert (profile["basics"]["name"], profile["basics"]["phone"]) == ("Amara Whitfield", "+1 (415) 555-0122")


def test_a_school_name_wrapped_beside_its_date_cell_is_whole() -> None:
    profile = _profile(
        L("Julian Brennan", size=18, bold=True),
        L("Education", **H),
        L("Master of Science in Electronic Information, University", right="09/2023 - Present"),
        "College London.",
        L("Ph.D. in Electronic Information, Shanghai Jiao Tong Uni-", right="Sep 2022 – Present"),
        "versity.",
        L("B.S. in Automation, University of Toronto.", right="09/2019 - 06/2023"),
        L("Experience", **H),
        L("Research Intern, Apple.", right="07/2025 - Present"),
        "Led the migration of training jobs to a fault-tolerant scheduler.",
    )
    assert _fields(profile["education"], "institution", "startDate") == [
        ("University College London", "2023-09"),
        ("Shanghai Jiao Tong University", "2022-09"),
        ("University of Toronto", "2019-09"),
    ]
    # a line under a job's date cell is its description, not the rest of the employer's name
    assert _fields(profile["work"], "name", "position") == [("Apple", "Research Intern")]


def test_a_timeline_of_dates_under_the_section_headings_stays_with_its_entries() -> None:
    # a job-site export: headings on a bar at the left, each entry's dates in a narrow column below them
    def piece(text: str, x0: float, x1: float, top: float, size: float, n: int) -> Fragment:
        return Fragment([Span(text, (x0, top, x1, top + size), size, False)], (x0, top, x1, top + size), top + size * 0.8, size, n, n)

    cells = [
        ("大语言模型预训练与数据配比、长上下文建模、推理加速，以及多模态对齐。", 40.0, 520.0, 346.0, 9.5),
        ("工作经历", 51.0, 97.0, 378.0, 11.5), ("2024 年 3 月 -", 40.0, 97.0, 403.0, 9.5), ("月之暗面\u3000算法工程师", 136.0, 232.0, 403.0, 9.5),
        ("2025 年 9 月", 40.0, 90.0, 418.0, 9.5), ("负责指令微调数据的清洗与配比，构建自动化质量评估流程；", 149.0, 460.0, 418.0, 9.5),
        ("设计基于奖励模型的拒绝采样策略，数学推理准确率提升；", 149.0, 460.0, 447.0, 9.5),
        ("相关成果已发表于 ACL 2023。", 149.0, 276.0, 475.0, 9.5), ("科研成果", 51.0, 97.0, 507.0, 11.5),
        ("【CCF-A】Yue Zhang, Xiaotong Zhang. Diffusion-Based Quantization for Multimodal Models. ACL 2023.", 40.0, 544.0, 532.0, 9.5),
    ]
    # the timeline is drawn after the text beside it, so no date is the neighbour of its entry in the content stream
    fragments = [piece(text, x0, x1, top, size, n + (100 if x1 < 100 else 0)) for n, (text, x0, x1, top, size) in enumerate(cells)]
    page = Page(0, 595.0, 842.0, tuple(page_lines(fragments, 0, 595.0)))
    texts = [row.text for row in build_rows(Document("cv.pdf", "application/pdf", b"", (page,)))]
    assert texts.index("科研成果") > max(i for i, text in enumerate(texts) if "月之暗面" in text or "ACL 2023。" in text)
    assert texts.index("工作经历") < min(i for i, text in enumerate(texts) if "2024 年 3 月" in text)


def test_a_footer_of_date_name_and_page_number_on_a_one_page_resume_is_no_content() -> None:
    body = Line("Graduate Research Fellowship, 2020", 0, (45.0, 454.0, 209.0, 464.0), 10.0, False)
    footer = Line("March 1, 2026\tWangshu Li · Résumé\t1", 0, (45.0, 815.0, 550.0, 822.0), 7.0, False)
    last_line = Line("Reviewer for NeurIPS 2025\t2025", 0, (45.0, 790.0, 550.0, 800.0), 10.0, False)
    pages, dropped = drop_running_lines([Page(0, 595.0, 842.0, (body, last_line, footer))])
    assert (pages[0].lines, dropped) == ((body, last_line), [footer])
