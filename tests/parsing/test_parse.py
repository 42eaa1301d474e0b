"""The parser end to end on inline résumés: basics, each entry type, provenance and the JSON Resume shape."""

from __future__ import annotations

from typing import Any

import pytest

from parsing import parse
from parsing.load import load_bytes
from parsing.profile import Profile
from tests.parsing.docmaker import LEFT, L, make_document

H = {"size": 13.0, "bold": True}

ZH = make_document(
    L("顾清远", size=22, bold=True),
    "电话:(+86) 138-0000-4172 · 邮箱:qygu21@example.edu.cn · 主页:https://qygu.example.com",
    L("教育背景", **H),
    L("浙江大学,计算机科学与技术学院,计算机科学与技术,博士研究生(直博)", right="2021.9 - 至今"),
    L("武汉大学 | 数学与应用数学 | 学士", right="2017.9 - 2021.6"),
    "GPA 3.8/4.0",
    L("实习经历", **H),
    L("阿里巴巴 大语言模型预训练算法实习生", bold_prefix="阿里巴巴", right="2025 年 6 月 - 至今"),
    "•  负责 MoE 基座模型的路由策略研究。",
    L("网易高级机器学习工程师", bold_prefix="网易", right="2019.07 - 2022.06"),
    "•  负责推荐精排模型。",
    L("美国大学生数学建模竞赛, Meritorious Winner", right="2021.2"),
    L("项目经历", **H),
    L("大模型重排序服务", bold=True, right="2024.3 - 2024.12"),
    "•  蒸馏并量化重排序模型。",
    L("校园经历", **H),
    L("北京邮电大学研究生会 | 学术部部长", right="2023.10—2024.09"),
    L("主要研究成果", **H),
    L("1. 面向稀疏专家模型的课程式路由, ICLR 2025", bold=True),
    "•  论文标题:Curriculum Routing for Sample-Efficient Sparse Expert Pretraining",
    "•  动机:MoE 模型在训练早期路由极不稳定,大量 token 被分配给少数专家,导致专家坍塌。",
    L("2. Energy Landscapes for Open-Set Recognition under Label Noise, TKDE (CCF-A) under review", bold=True),
    L("荣誉奖励", **H),
    L("浙江大学博士研究生学业一等奖学金", right="2023, 2024"),
    "2024国家奖学金",
    L("专业技能", **H),
    "•  熟悉 Python/C++/Linux 系统的操作;",
    "•  熟练使用 PyTorch、Megatron-LM、DeepSpeed 等深度学习与分布式训练框架;",
    "•  语言证书:CET-6(586)、CET-4",
)

EN = make_document(
    L("Sofia Delgado-Kim", size=22, bold=True),
    "Machine Learning Engineer",
    "sofia.dk@example.edu | +1 555 013 9902 | Seattle, WA",
    "https://github.com/example-sdk | linkedin.com/in/example-sdk",
    L("EXPERIENCE", size=11, bold=True),
    L("Stripe — Senior Machine Learning Engineer", bold_prefix="Stripe", right="Mar 2022 – Present"),
    "San Francisco, CA",
    "•  Lead the modeling work for real-time fraud detection.",
    L("Software Engineer II, Dell Technologies", bold_prefix="Software Engineer II", right="08/2016 – 05/2020"),
    "•  Built the telemetry pipeline.",
    L("EDUCATION", size=11, bold=True),
    L(
        "University of Michigan — B.S.E. in Computer Science",
        bold_prefix="University of Michigan",
        right="Sep 2013 – May 2017",
    ),
    L("2017 – 2021", right=None),
    L("D.Phil. in Computer Science, University of Oxford", bold=True),
    L("PUBLICATIONS", size=11, bold=True),
    "[1] H. M. Voss, S. Delgado-Kim*, and A. Whitcombe*. Offline Preference Optimization with Conflicting",
    "Annotators. In Proceedings of the International Conference on Machine Learning (ICML), 2024.",
    "[2] S. Delgado-Kim and R. Iyer. “Calibrated Uplift Models for Marketplace Incentives.” RecSys 2021.",
    L("AWARDS", size=11, bold=True),
    L("1st Place, DubHacks Hackathon", right="Oct 2023"),
    L("SKILLS", size=11, bold=True),
    "Languages: Python, Java, C++   Frameworks: React, PyTorch",
    L("LEADERSHIP & ACTIVITIES", size=11, bold=True),
    L("Women in Computing at UW — Vice President", right="2023 – 2024"),
)


@pytest.fixture(scope="module")
def zh() -> dict[str, Any]:
    return parse(ZH).to_json_resume()


@pytest.fixture(scope="module")
def en() -> dict[str, Any]:
    return parse(EN).to_json_resume()


def test_basics_zh(zh: dict[str, Any]) -> None:
    basics = zh["basics"]
    assert basics["name"] == "顾清远"
    assert basics["email"] == "qygu21@example.edu.cn"
    assert basics["phone"] == "(+86) 138-0000-4172"
    assert basics["url"] == "https://qygu.example.com"
    assert basics["x-emails"] == ["qygu21@example.edu.cn"]
    assert basics["x-phones"] == ["(+86) 138-0000-4172"]
    assert set(basics["x-fieldSources"]) >= {"name", "email", "phone", "url"}


def test_basics_en(en: dict[str, Any]) -> None:
    basics = en["basics"]
    assert basics["name"] == "Sofia Delgado-Kim"
    assert basics["label"] == "Machine Learning Engineer"
    assert basics["location"]["city"] == "Seattle"
    assert [p["network"] for p in basics["profiles"]] == ["GitHub", "LinkedIn"]
    assert basics["profiles"][1]["url"] == "linkedin.com/in/example-sdk"


def test_meta(zh: dict[str, Any], en: dict[str, Any]) -> None:
    assert zh["meta"]["x-sections"] == [
        "教育背景",
        "实习经历",
        "项目经历",
        "校园经历",
        "主要研究成果",
        "荣誉奖励",
        "专业技能",
    ]
    assert zh["meta"]["x-lang"] == "zh"
    assert en["meta"]["x-lang"] == "en"
    assert en["meta"]["x-sections"][0] == "EXPERIENCE"
    assert zh["meta"]["x-parser"]


def test_education(zh: dict[str, Any], en: dict[str, Any]) -> None:
    first, second = zh["education"]
    assert (first["institution"], first["studyType"], first["area"]) == ("浙江大学", "博士研究生", "计算机科学与技术")
    assert (first["startDate"], first["endDate"], first["x-level"]) == ("2021-09", "present", "doctorate")
    assert (second["institution"], second["studyType"], second["x-level"]) == ("武汉大学", "学士", "bachelor")
    assert second["score"] == "3.8/4.0"
    michigan, oxford = en["education"]
    assert (michigan["institution"], michigan["studyType"], michigan["area"]) == (
        "University of Michigan",
        "B.S.E.",
        "Computer Science",
    )
    assert (michigan["startDate"], michigan["endDate"]) == ("2013-09", "2017-05")
    assert (oxford["institution"], oxford["studyType"], oxford["x-level"]) == (
        "University of Oxford",
        "D.Phil.",
        "doctorate",
    )
    assert (oxford["startDate"], oxford["endDate"]) == ("2017", "2021")


def test_work_and_what_is_not_work(zh: dict[str, Any], en: dict[str, Any]) -> None:
    assert [(w["name"], w["position"]) for w in zh["work"]] == [
        ("阿里巴巴", "大语言模型预训练算法实习生"),
        ("网易", "高级机器学习工程师"),
    ]
    assert zh["work"][0]["highlights"] == ["负责 MoE 基座模型的路由策略研究。"]
    assert [p["name"] for p in zh["projects"]] == ["大模型重排序服务"]
    assert zh["volunteer"][0]["organization"] == "北京邮电大学研究生会"
    assert zh["volunteer"][0]["position"] == "学术部部长"
    assert "美国大学生数学建模竞赛, Meritorious Winner" in [a["title"] for a in zh["awards"]]
    stripe, dell = en["work"]
    assert (stripe["name"], stripe["position"], stripe["location"]) == (
        "Stripe",
        "Senior Machine Learning Engineer",
        "San Francisco, CA",
    )
    assert (stripe["startDate"], stripe["endDate"]) == ("2022-03", "present")
    assert (dell["name"], dell["position"]) == ("Dell Technologies", "Software Engineer II")
    assert en["volunteer"][0]["organization"] == "Women in Computing at UW"


def test_publications_zh(zh: dict[str, Any]) -> None:
    main, other = zh["publications"]
    assert main["name"] == "Curriculum Routing for Sample-Efficient Sparse Expert Pretraining"
    assert (main["x-venue"], main["releaseDate"], main["publisher"]) == ("ICLR", "2025", "ICLR 2025")
    assert other["name"] == "Energy Landscapes for Open-Set Recognition under Label Noise"
    assert (other["x-venue"], other["x-rank"]) == ("TKDE", "CCF-A")
    assert "releaseDate" not in other  # under review: not published yet


def test_publications_en(en: dict[str, Any]) -> None:
    icml, recsys = en["publications"]
    assert icml["name"] == "Offline Preference Optimization with Conflicting Annotators"
    assert icml["x-authors"] == ["H. M. Voss", "S. Delgado-Kim", "A. Whitcombe"]
    # starred like the third author but not like the first: equal contribution in second place, not co-first
    assert icml["x-authorPosition"] == "other"
    assert (icml["x-venue"], icml["x-rank"], icml["releaseDate"]) == ("ICML", "CCF-A", "2024")
    assert icml["publisher"].endswith("(ICML), 2024")
    assert recsys["name"] == "Calibrated Uplift Models for Marketplace Incentives"
    assert recsys["x-authorPosition"] == "first"
    assert recsys["x-venue"] == "RecSys"


def test_awards(zh: dict[str, Any], en: dict[str, Any]) -> None:
    awards = {a["title"]: a.get("date") for a in zh["awards"]}
    assert awards["浙江大学博士研究生学业一等奖学金"] == "2024"
    assert awards["国家奖学金"] == "2024"
    assert en["awards"] == [
        {**en["awards"][0], "title": "1st Place, DubHacks Hackathon", "date": "2023-10"},
    ]


def test_skills_are_single_names_from_skills_sections_only(zh: dict[str, Any], en: dict[str, Any]) -> None:
    assert [k for g in zh["skills"] for k in g["keywords"]] == [
        "Python",
        "C++",
        "Linux",
        "PyTorch",
        "Megatron-LM",
        "DeepSpeed",
    ]
    assert [(g["name"], g["keywords"]) for g in en["skills"]] == [
        ("Languages", ["Python", "Java", "C++"]),
        ("Frameworks", ["React", "PyTorch"]),
    ]


def test_no_name_when_none_is_printed() -> None:
    doc = make_document(L("教育经历", **H), L("2020.09 -- 2024.06\t电子科技大学\t软件工程\t学士"))
    profile = parse(doc).to_json_resume()
    assert "name" not in profile["basics"]
    assert profile["education"][0]["institution"] == "电子科技大学"


def test_a_document_title_is_never_the_name() -> None:
    doc = make_document(
        L("个人简历", size=22, bold=True),
        L("基本信息", **H),
        L("姓名\t姚婉清\t性别\t女"),
        L("手机\t152-0000-9134"),
    )
    basics = parse(doc).to_json_resume()["basics"]
    assert basics["name"] == "姚婉清"
    assert basics["phone"] == "152-0000-9134"


def test_bilingual_name_keeps_the_chinese_form_and_finds_the_english_one_among_authors() -> None:
    doc = make_document(
        L("陆星辰 Xingchen Lu", size=21, bold=True),
        "xclu@example.com",
        L("论文", **H),
        "[1] Hao Sun, Xingchen Lu, Liyan Cen. A Title Of Some Paper. ICLR 2025.",
        "[2] X. Lu, H. Sun. Another Title Here. ACL 2024.",
    )
    profile = parse(doc)
    assert profile.basics.name == "陆星辰"
    assert [p.author_position for p in profile.publications] == ["other", "first"]


def _rects(value: Any) -> list[tuple[int, list[float]]]:
    out = []
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "x-source":
                out += [(s["page"], s["rect"]) for s in item]
            elif key == "x-fieldSources":
                out += [(s["page"], s["rect"]) for sources in item.values() for s in sources]
            else:
                out += _rects(item)
    elif isinstance(value, list):
        for item in value:
            out += _rects(item)
    return out


def test_every_item_has_a_source_on_its_page(zh: dict[str, Any]) -> None:
    for section in ("education", "work", "projects", "publications", "awards", "skills"):
        assert all(item["x-source"] for item in zh[section]), section
    for page, (x0, y0, x1, y1) in _rects(zh):
        assert 0 <= x0 <= x1 <= 595 and 0 <= y0 <= y1 <= 842 and page == 0


def test_field_sources_point_at_the_value() -> None:
    doc = make_document("张伟", "邮箱:zhangwei@example.com")
    basics = parse(doc).basics
    (source,) = basics.field_sources["email"]
    line = doc.pages[0].lines[1]
    assert line.bbox[0] < source.rect[0] < source.rect[2] <= line.bbox[2] + 0.01


def test_json_resume_round_trip(zh: dict[str, Any], en: dict[str, Any]) -> None:
    for data in (zh, en):
        assert Profile.from_json_resume(data).to_json_resume() == data


def test_from_json_resume_ignores_junk() -> None:
    profile = Profile.from_json_resume({"basics": "nope", "work": [1, {"name": "X", "x-source": "bad"}], "meta": None})
    assert profile.to_json_resume() == {"basics": {}, "work": [{"name": "X"}], "meta": {"x-sections": []}}


def test_parsing_is_deterministic() -> None:
    assert parse(ZH).to_json_resume() == parse(ZH).to_json_resume()


def test_a_chinese_status_wrapped_after_the_title_is_not_part_of_it() -> None:
    document = make_document(
        L("张思远", size=22), "siyuan@example.com", L("代表性论文 Publications", **H),
        "[1] Yan Guo, Siyuan Zhang, Wen Gao. Token-Level Prompt Compression for Multimodal Large Language Models.",
        L("投稿至 NAACL 2026.", x=LEFT + 16),
    )
    paper = parse(document).to_json_resume()["publications"][0]
    assert (paper["name"], paper["x-venue"], paper["x-status"]) == (
        "Token-Level Prompt Compression for Multimodal Large Language Models", "NAACL", "submitted"
    )



def test_a_katakana_middle_dot_between_degree_and_major_separates_them() -> None:
    # a CJK font may print "·" as "・" (U+30FB): 硕士・人工智能 is still the degree and the major
    text = "王一鸣\nyiming@example.com\n\n教育背景\n\n硕士・人工智能，西安电子科技大学    2023.09 - 至今\n"
    school = parse(load_bytes("cv.txt", text.encode())).to_json_resume()["education"][0]
    assert (school["institution"], school["studyType"], school["area"]) == ("西安电子科技大学", "硕士", "人工智能")


def test_an_institute_and_the_academy_it_belongs_to_are_one_school() -> None:
    document = make_document(
        L("Yutong Cao", size=22), "yutong@example.com", L("Education", **H),
        L("Ph.D. in Pattern Recognition, Institute of Automation, Chinese Academy of Sciences", right="Sep 2021 – Present"),
        L("B.S. in Automation, University of California, Berkeley", right="Sep 2017 – Jun 2021"),
    )
    schools = [(s["institution"], s.get("area")) for s in parse(document).to_json_resume()["education"]]
    assert schools == [
        ("Institute of Automation, Chinese Academy of Sciences", "Pattern Recognition"),
        ("University of California, Berkeley", "Automation"),
    ]
