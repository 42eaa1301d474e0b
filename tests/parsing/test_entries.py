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


def test_publications_with_unpunctuated_initials_and_a_year_column() -> None:
    profile = _profile(
        L("科研成果", **H),
        "[1] Wang S, Li W, Chen HM. Reward Shaping with Verifiable Feedback. NeurIPS, 2024.",
        "[2] Li W, Wang S, et al. Sparse Preference Optimization at Scale. ICLR, 2024.",
        L("Selected Papers", **H),
        L("J. Chen* and M. Gupta*. Calibrated Uncertainty for Code. In Proceedings of EMNLP.", x=150, left="2023"),
        L("A. Mehta, L. Zhou. Elastic Checkpointing for GPU Clusters. In Proceedings of MLSys, 2023.", x=150),
    )
    pubs = profile["publications"]
    assert _fields(pubs, "name", "x-venue", "releaseDate") == [
        ("Reward Shaping with Verifiable Feedback", "NeurIPS", "2024"),
        ("Sparse Preference Optimization at Scale", "ICLR", "2024"),
        ("Calibrated Uncertainty for Code", "EMNLP", "2023"),
        ("Elastic Checkpointing for GPU Clusters", "MLSys", "2023"),
    ]
    assert pubs[0]["x-authors"] == ["Wang S", "Li W", "Chen HM"]


def test_skills_as_a_tag_cloud_or_separated_by_dots() -> None:
    profile = _profile(
        L("Skills", **H),
        "Python PyTorch Transformers MeCab Docker GCP scikit-learn",
        "Kubernetes · Spark · SQL",
        "Comfortable with large codebases in production",
    )
    assert [k for g in profile["skills"] for k in g["keywords"]] == [
        *("Python", "PyTorch", "Transformers", "MeCab", "Docker", "GCP", "scikit-learn"),
        *("Kubernetes", "Spark", "SQL"),
    ]


def test_jobs_under_a_research_heading_are_work_and_its_projects_stay_projects() -> None:
    profile = _profile(
        L("Research Experience", **H),
        L("Research Intern, Google DeepMind, London", right="Jun 2022 – Sep 2022"),
        "• Scaling laws for mixture-of-experts language models.",
        L("Long-Context Retrieval Benchmark", bold=True, right="2021 – 2022"),
        "• Built a benchmark.",
        L("Projects", **H),
        L("Research Intern Tooling, Google", right="2020 – 2021"),
    )
    assert _fields(profile["work"], "name", "position", "startDate") == [
        ("Google DeepMind", "Research Intern", "2022-06")
    ]
    assert [p["name"] for p in profile["projects"]] == [
        "Long-Context Retrieval Benchmark",
        "Research Intern Tooling, Google",
    ]


def test_organisation_names_in_chinese_with_an_english_tail_and_positions_after_a_department() -> None:
    profile = _profile(
        L("实习经历", **H),
        L("腾讯 AI Lab 自然语言处理中心 NLP 算法实习生", right="2023.03 – 2023.09"),
        L("智谱 AI 算法研究实习生", bold_prefix="智谱 AI", right="2024.01 – 2024.08"),
        L("华为技术有限公司  昇腾计算产品线  AI 编译器工程师", right="2021.07 – 至今"),
        L("小米 AI 实验室 NLP 实习生", right="2021.07 – 2021.12"),
    )
    assert _fields(profile["work"], "name", "position") == [
        ("腾讯 AI Lab", "NLP 算法实习生"),
        ("智谱 AI", "算法研究实习生"),
        ("华为技术有限公司", "AI 编译器工程师"),
        ("小米", "NLP 实习生"),
    ]


def test_education_campus_names_degrees_under_one_school_and_sidebar_entries() -> None:
    profile = _profile(
        L("教育经历", **H),
        "香港中文大学(深圳) 数据科学 硕士 2022.08 - 2023.11",
        L("Education", **H),
        "Universidad Nacional Autonoma de Mexico (UNAM)",
        "M.Sc. in Computer Science, 2016 - 2018",
        "B.Sc. in Actuarial Science, 2012 - 2016",
        L("Education", **H),
        L("University of Washington", bold=True),
        "M.S. Computer Science",
        "2016 – 2018",
        L("IIT Bombay", bold=True),
        "B.Tech. Electrical Engineering",
        "2012 – 2016",
    )
    assert _fields(profile["education"], "institution", "studyType", "area", "startDate") == [
        ("香港中文大学(深圳)", "硕士", "数据科学", "2022-08"),
        ("Universidad Nacional Autonoma de Mexico", "M.Sc.", "Computer Science", "2016"),
        ("Universidad Nacional Autonoma de Mexico", "B.Sc.", "Actuarial Science", "2012"),
        ("University of Washington", "M.S.", "Computer Science", "2016"),
        ("IIT Bombay", "B.Tech.", "Electrical Engineering", "2012"),
    ]
    assert "institution" in profile["education"][2]["x-uncertain"]


def test_a_date_range_wrapped_in_a_narrow_date_column() -> None:
    profile = _profile(
        L("Experience", **H),
        L("Research Intern, Google DeepMind, London", x=150, left="Jun 2022–Sep"),
        L("Scaling laws for mixture-of-experts models.", x=150, left="2022"),
    )
    assert _fields(profile["work"], "name", "position", "startDate", "endDate") == [
        ("Google DeepMind", "Research Intern", "2022-06", "2022-09")
    ]


def test_degree_words_schools_and_campuses_seen_abroad() -> None:
    profile = _profile(
        L("Education", **H),
        "MSc in Data Science, Politecnico di Milano, 2017 – 2019",
        "M.Comp. in Artificial Intelligence, National University of Singapore, 2015 – 2017",
        L("University of California, Berkeley", right="2020 – 2025 (expected)"),
        "Ph.D. Candidate in Electrical Engineering and Computer Sciences",
        L("教育背景", **H),
        "东南大学 计算机科学与技术 工学学士 2015.09 - 2019.06",
    )
    assert _fields(profile["education"], "institution", "studyType", "area", "endDate") == [
        ("Politecnico di Milano", "MSc", "Data Science", "2019"),
        ("National University of Singapore", "M.Comp.", "Artificial Intelligence", "2017"),
        ("University of California, Berkeley", "Ph.D.", "Electrical Engineering and Computer Sciences", "2025"),
        ("东南大学", "工学学士", "计算机科学与技术", "2019-06"),
    ]


def test_a_bold_sole_author_is_not_the_title() -> None:
    profile = _profile(
        L("Publications", **H),
        L("Jiayi Huang. Self-Refine for Code Generation. 在投 NeurIPS 2025.", bold_prefix="Jiayi Huang"),
    )
    assert _fields(profile["publications"], "name", "x-venue", "releaseDate", "x-status") == [
        ("Self-Refine for Code Generation", "NeurIPS", "2025", "under-review")  # the year as printed; not out yet
    ]


def test_skill_labels_in_bold_mid_line_and_lists_one_per_line() -> None:
    labelled = _profile(
        L("Skills", **H),
        L("Languages: Python, C++, CUDA Frameworks: PyTorch, JAX", bold_parts=("Languages:", "Frameworks:")),
    )
    assert [(g.get("name"), g["keywords"]) for g in labelled["skills"]] == [
        ("Languages", ["Python", "C++", "CUDA"]),
        ("Frameworks", ["PyTorch", "JAX"]),
    ]
    listed = _profile(L("Skills", **H), "Python · PyTorch · Transformers · Megatron-LM · DeepSpeed", "JAX · Jinja")
    assert [k for g in listed["skills"] for k in g["keywords"]] == [
        *("Python", "PyTorch", "Transformers", "Megatron-LM", "DeepSpeed", "JAX", "Jinja")
    ]


def test_a_chinese_candidate_is_found_among_english_authors_by_pinyin() -> None:
    profile = _profile(
        L("王思远", size=20, bold=True),
        L("科研成果", **H),
        "[1] Wang S, Li W, Chen H. Reward Shaping with Verifiable Feedback. NeurIPS, 2024.",
        "[2] Li W, Siyuan Wang. Sparse Preference Optimization at Scale. ICLR, 2024.",
        "[3] Li W, Wang L. Tokenizer Drift in Continual Pretraining. ACL, 2023.",
        "[4] W. Li*, S.-Y. Wang*. Long Context Benchmarks Revisited. arXiv, 2024.",
    )
    positions = [p.get("x-authorPosition") for p in profile["publications"]]
    assert positions == ["first", "other", None, "co-first"]


def test_labelled_job_lines_and_dash_labelled_skills() -> None:
    profile = _profile(
        L("工作经历", **H),
        "公司：快手科技  职位：推荐算法工程师  时间：2021.7-至今",
        "•  负责推荐模型",
        "公司：滴滴出行  职位：算法实习生  时间：2020.6-2020.9",
        L("Education", **H),
        "Georgia Institute of Technology | M.S. Computer Science (Machine Learning) | 2018 – 2020",
        L("Skills", **H),
        "Languages & Frameworks — Python, Go, PyTorch",
        "Python — expert",
    )
    assert _fields(profile["work"], "name", "position", "startDate", "endDate") == [
        ("快手科技", "推荐算法工程师", "2021-07", "present"),
        ("滴滴出行", "算法实习生", "2020-06", "2020-09"),
    ]
    assert _fields(profile["education"], "institution", "studyType", "area") == [
        ("Georgia Institute of Technology", "M.S.", "Computer Science")
    ]
    assert [(g.get("name"), g["keywords"]) for g in profile["skills"]][0] == (
        "Languages & Frameworks",
        ["Python", "Go", "PyTorch"],
    )


def test_an_acronym_may_end_a_title_and_language_tests_with_scores_are_not_skills() -> None:
    profile = _profile(
        L("Publications", **H),
        "[1] He Z, Yu Y. Policy Regularization for Offline RL. AAAI 2023.",
        L("Technical Proficiencies", **H),
        "编程:Python / C / SQL 语言:CET-6 580",
        L("Education", **H),
        "B.Tech. in Information Technology, NIT Trichy (2012 - 2016)",
    )
    assert _fields(profile["publications"], "name", "x-venue") == [("Policy Regularization for Offline RL", "AAAI")]
    assert [k for g in profile["skills"] for k in g["keywords"]] == ["Python", "C", "SQL"]
    assert profile["education"][0]["institution"] == "NIT Trichy"


def test_accented_names_and_schools_and_items_ending_with_their_year() -> None:
    profile = _profile(
        L("Tomás Silva", size=16, bold=True),
        "tomas.silva@example.pt",
        L("Education", **H),
        "Instituto Superior Técnico — MSc in Computer Science (2019 – 2021)",
    )
    assert profile["basics"]["name"] == "Tomás Silva"
    assert profile["education"][0]["institution"] == "Instituto Superior Técnico"
    # the first line is the widest on the page, so the next would not have fitted after it: still two awards
    awards = _profile(L("荣誉奖项", **H), "中国科学院大学优秀毕业生与三好学生 2022", "国家奖学金 2021")["awards"]
    assert _fields(awards, "title", "date") == [("中国科学院大学优秀毕业生与三好学生", "2022"), ("国家奖学金", "2021")]


def test_a_lone_author_cut_short_with_et_al_is_not_the_title() -> None:
    pubs = _profile(
        L("Publications", **H),
        "M. Bianchi et al. Terminology-Constrained Translation with LLMs. Under review at ICLR 2025.",
    )["publications"]
    assert _fields(pubs, "name", "x-venue", "releaseDate", "x-authors") == [
        ("Terminology-Constrained Translation with LLMs", "ICLR", "2025", ["M. Bianchi"])
    ]
