"""Entry rules on small inline sections: where entries start, and the fields each entry type reads."""

from __future__ import annotations

from typing import Any

from parsing import parse
from parsing.document import Document
from tests.parsing.docmaker import L, make_document

H = {"size": 12.0, "bold": True}


def _profile(*lines: str | L) -> dict[str, Any]:
    return parse(make_document(*lines)).to_json_resume()


def _fields(entries: list[dict[str, Any]], *keys: str) -> list[tuple[Any, ...]]:
    return [tuple(e.get(k) for k in keys) for e in entries]


def test_english_layouts_of_jobs() -> None:
    profile = _profile(
        L("WORK EXPERIENCE", **H),
        "Software Engineer Intern | Google | Jun 2020 – Aug 2020",
        "• Built things.",
        L("Meta", bold=True, right="Menlo Park, CA"),
        L("Research Scientist", right="Jul 2021 – Present"),
        "• Built more things.",
        "Senior Engineer at Stripe    2019 – 2020",
    )
    assert _fields(profile["work"], "name", "position", "location", "startDate", "endDate") == [
        ("Google", "Software Engineer Intern", None, "2020-06", "2020-08"),
        ("Meta", "Research Scientist", "Menlo Park, CA", "2021-07", "present"),
        ("Stripe", "Senior Engineer", None, "2019", "2020"),
    ]
    assert profile["work"][1]["highlights"] == ["Built more things."]


def test_chinese_layouts_of_jobs() -> None:
    profile = _profile(
        L("实习经历", **H),
        "2022.07-2022.09    字节跳动-抖音    后端开发实习生",
        "工作内容:负责抖音直播后端服务的开发与维护,使用 Go 语言重构了礼物系统,QPS 提升 30%,并完成了全量上线。",
        L("快手", bold=True),
        "推荐算法",
        "•  基于多模态大模型的冷启动内容理解",
        L("腾讯,深圳", bold_prefix="腾讯", right="2024.06 - 2024.09"),
        "•  岗位: 大模型算法实习生",
        L("美国大学生数学建模竞赛, Meritorious Winner", right="2021.2"),
    )
    assert _fields(profile["work"], "name", "position", "location", "startDate") == [
        ("字节跳动", "后端开发实习生", None, "2022-07"),
        ("快手", "推荐算法", None, None),
        ("腾讯", "大模型算法实习生", "深圳", "2024-06"),
    ]
    assert profile["work"][0]["summary"].startswith("工作内容")
    assert _fields(profile["awards"], "title", "date") == [("美国大学生数学建模竞赛, Meritorious Winner", "2021-02")]


def test_education_variants() -> None:
    profile = _profile(
        L("教育背景", **H),
        "学校\t专业\t学历\t时间",
        "中国科学院计算技术研究所\t计算机应用技术\t硕士\t2020.09-2023.06",
        "2019.09-2023.06    北京大学    计算机科学与技术(本科)",
        "2021.09 -- 2024.06\t电子科技大学(推免)\t金融学(双学位)\t学士",
        L("中国科学技术大学, 计算机科学与技术学院, 博士生", right="2020.09 - 2025.06"),
        "•  专业: 计算机科学与技术",
        L("Education", **H),
        "07/2011 - 05/2015\tB.Tech. in Computer Science and Engineering, Indian Institute of Technology of the",
        "Republic of India",
        L("Stanford University", bold=True, right="Stanford, CA"),
        L("Master of Science in Computer Science", right="Sep 2019 – Jun 2021"),
    )
    assert _fields(profile["education"], "institution", "studyType", "area", "x-level") == [
        ("中国科学院计算技术研究所", "硕士", "计算机应用技术", "master"),
        ("北京大学", "本科", "计算机科学与技术", "bachelor"),
        ("电子科技大学", "学士", "金融学", "bachelor"),
        ("中国科学技术大学", "博士生", "计算机科学与技术", "doctorate"),
        (
            "Indian Institute of Technology of the Republic of India",
            "B.Tech.",
            "Computer Science and Engineering",
            "bachelor",
        ),
        ("Stanford University", "Master of Science", "Computer Science", "master"),
    ]


def test_awards_one_per_line_or_per_part() -> None:
    profile = _profile(
        L("获奖情况", **H),
        "2021年 国家励志奖学金;2020年 校级一等奖学金",
        L("浙江大学博士研究生学业一等奖学金", right="2023, 2024"),
        "2024国家奖学金",
        "•  全国大学生服务外包创新创业大赛一等奖(2023)",
        "KDD Cup 2022 多语言商品检索赛道 第三名",
        "Dean's List (2018, 2019)",
    )
    assert _fields(profile["awards"], "title", "date") == [
        ("国家励志奖学金", "2021"),
        ("校级一等奖学金", "2020"),
        ("浙江大学博士研究生学业一等奖学金", "2024"),
        ("国家奖学金", "2024"),
        ("全国大学生服务外包创新创业大赛一等奖", "2023"),
        ("KDD Cup 2022 多语言商品检索赛道 第三名", "2022"),
        ("Dean's List", "2019"),
    ]


def test_projects_and_activities_are_not_work() -> None:
    profile = _profile(
        L("项目经历", **H),
        "分布式 KV 存储系统    2021.10-2022.01",
        "•  基于 Raft 实现的分布式键值存储。",
        L("科研项目", **H),
        "大规模动态图的持续学习理论与方法:导师国家自然科学基金重点项目,研究图结构与节点分布不断变化时,",
        "如何持续学习新任务。",
        "面向边缘设备的增量学习系统:校企合作项目,研究在显存与存储受限的设备上实现高效的增量训练与推理。",
        L("校园经历", **H),
        "2020.09-2021.06    计算机学院学生会    副主席",
        L("Teaching", **H),
        L("Teaching assistant, Machine Learning, University of Oxford", right="2018 – 2020"),
    )
    assert "work" not in profile
    assert [p["name"] for p in profile["projects"]] == [
        "分布式 KV 存储系统",
        "大规模动态图的持续学习理论与方法",
        "面向边缘设备的增量学习系统",
    ]
    assert _fields(profile["volunteer"], "organization", "position") == [("计算机学院学生会", "副主席")]


def test_publications_styles() -> None:
    profile = _profile(
        L("论文", **H),
        "以下为部分代表作(* 表示共同一作):",
        "大语言模型",
        "•  1.Frequency-Aware Position Interpolation for Long-Context Models. (ACL2024) Shuyi Han*, Wei Tan*, Bo Lin",
        "机器学习",
        "•  2.Layer Dropping Is Not Free. (Submit to ICLR2025) Wei Tan*, Shuyi Han*, Qing Zhao",
        '[3]. W. Li*, Z. Zhou*, X. Sun, "SynMed-CLIP: Contrastive Pretraining on Synthetic Reports", MICCAI 2024. (CCF-B)',
        "[4] 张伟, 李四. 基于图神经网络的推荐方法研究[J]. 计算机学报, 2023.",
        "5. PRISM: Provable Isolation of Task Subspaces for Continual Learning.",
        "•  Jiahe Cheng and Liqun Zhou. (CCF-A 期刊 TPAMI major revision)",
        "•  从理论上刻画了任务子空间隔离条件,给出遗忘上界,并将 NeurIPS 2023 与 ACL 2025 的方法统一到同一框架下。",
    )
    pubs = profile["publications"]
    assert [p["name"] for p in pubs] == [
        "Frequency-Aware Position Interpolation for Long-Context Models",
        "Layer Dropping Is Not Free",
        "SynMed-CLIP: Contrastive Pretraining on Synthetic Reports",
        "基于图神经网络的推荐方法研究",
        "PRISM: Provable Isolation of Task Subspaces for Continual Learning",
    ]
    assert _fields(pubs, "x-venue", "releaseDate") == [
        ("ACL", "2024"),
        ("ICLR", "2025"),
        ("MICCAI", "2024"),
        (None, "2023"),
        ("TPAMI", None),
    ]
    assert pubs[2]["x-authors"] == ["W. Li", "Z. Zhou", "X. Sun"]
    assert pubs[2]["x-rank"] == "CCF-B"
    assert pubs[4]["x-rank"] == "CCF-A"


def test_skills_from_lists_tables_and_prose() -> None:
    profile = _profile(
        L("专业技能", **H),
        "•  Python / C++ / CUDA",
        "熟悉 Java、Go 语言,熟悉 MySQL、Redis;了解 Kafka。",
        "后端开发:SpringBoot, Flask\t入门",
        "Area\tSkills",
        "Libraries\tpandas, scikit-learn, LightGBM,",
        "PyMC",
        "语言证书:CET-6(586)、CET-4",
    )
    groups = [(g.get("name"), g.get("level"), g["keywords"]) for g in profile["skills"]]
    assert groups == [
        (None, None, ["Python", "C++", "CUDA"]),
        (None, None, ["Java", "Go", "MySQL", "Redis", "Kafka"]),
        ("后端开发", "入门", ["SpringBoot", "Flask"]),
        ("Libraries", None, ["pandas", "scikit-learn", "LightGBM", "PyMC"]),
    ]


def test_languages_and_interests() -> None:
    profile = _profile(
        L("语言能力", **H),
        "英语(CET-6,雅思 7.0)",
        "普通话(母语)",
        L("研究方向", **H),
        "•  数据效率:研究预训练数据的配比。",
    )
    assert _fields(profile["languages"], "language", "fluency") == [("英语", "CET-6,雅思 7.0"), ("普通话", "母语")]
    assert profile["interests"][0]["name"] == "数据效率"


def test_empty_document() -> None:
    profile = parse(Document("empty.pdf", "application/pdf", b"", ())).to_json_resume()
    assert profile["basics"] == {}
    assert profile["meta"]["x-sections"] == []


def test_dated_sub_items_stay_inside_their_job() -> None:
    profile = _profile(
        L("工作经历", **H),
        L("智谱AI  大模型预训练算法工程师", right="2023.07-至今"),
        L("•  负责基座模型注意力结构的迭代。", x=64),
        L("1. 长窗口训练项目 2024.01-2024.03", x=76),
        L("美团  搜索推荐算法实习生", right="2022.06-2022.12"),
    )
    assert _fields(profile["work"], "name", "position") == [
        ("智谱AI", "大模型预训练算法工程师"),
        ("美团", "搜索推荐算法实习生"),
    ]
    assert len(profile["work"][0]["highlights"]) == 2


def test_header_facts() -> None:
    profile = _profile(
        "姓名:王小明 性别:男",
        "男 | 1998.01 | 中共党员",
        "电话:+86 13800001111 | 邮箱:wxm@pku.edu.cn",
        L("教育背景", **H),
        "北京大学 计算机科学与技术 直博生",
    )
    basics = profile["basics"]
    assert basics["name"] == "王小明"
    assert "label" not in basics
    assert profile["education"][0]["x-level"] == "doctorate"
