"""The fictional people of the sample résumés: what each résumé states, in the order it states it.

Everyone here is invented (names, phones in the 138-0000 / 555-01xx ranges, example.com addresses,
paper and project titles); universities, companies and venues are real names.  The generator draws
each résumé and writes its ground truth from these records, so the two can never disagree.

Dates are "YYYY-MM", "YYYY" or "present"; how they are printed is the résumé's `date_style`.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class School:
    """One education entry."""

    institution: str
    degree: str
    area: str
    start: str | None
    end: str | None
    details: tuple[str, ...] = ()
    gloss: str = ""  # the institution's English name, printed after it (the truth keeps the Chinese form)


@dataclass(frozen=True)
class Job:
    """One employment or internship."""

    organization: str
    position: str
    start: str | None
    end: str | None
    location: str = ""
    highlights: tuple[str, ...] = ()
    gloss: str = ""  # English organisation name printed after it
    position_gloss: str = ""  # English title printed after the position


@dataclass(frozen=True)
class Project:
    """A project (never counted as work)."""

    name: str
    start: str | None
    end: str | None
    role: str = ""
    highlights: tuple[str, ...] = ()


@dataclass(frozen=True)
class Paper:
    """A publication; `authors` carry their marks (`*` equal contribution, `†` corresponding)."""

    title: str
    authors: tuple[str, ...]
    venue: str | None
    year: int | None
    rank: str = ""
    status: str = ""


@dataclass(frozen=True)
class Award:
    """An award or honour."""

    title: str
    year: int | None
    awarder: str = ""


@dataclass(frozen=True)
class Resume:
    """One sample résumé.

    `sections` lists (kind, heading) in reading order; kind is one of contact, text, education,
    work, projects, publications, awards, skills.  `texts` holds the lines of each text section by
    heading.  `author_name` is how the person signs papers (bolded in author lists).
    """

    role: str
    file_name: str
    lang: str
    name: str
    date_style: str
    title: str = ""
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    links: tuple[str, ...] = ()
    location: str = ""
    author_name: str = ""
    education: tuple[School, ...] = ()
    work: tuple[Job, ...] = ()
    projects: tuple[Project, ...] = ()
    publications: tuple[Paper, ...] = ()
    awards: tuple[Award, ...] = ()
    skills: tuple[tuple[str, tuple[str, ...]], ...] = ()
    sections: tuple[tuple[str, str], ...] = ()
    texts: dict[str, tuple[str, ...]] = field(default_factory=dict)
    pages: int = 1

    @property
    def truth_file_name(self) -> str:
        """The ground-truth file's name: 'NAME.truth.json' for document 'NAME.ext'."""
        return f"{self.file_name.rsplit('.', 1)[0]}.truth.json"


ZH_PHD = Resume(
    role="zh_phd",
    file_name="01_zh_phd_llm_pretraining.pdf",
    lang="zh",
    name="沈知远",
    title="博士研究生 · 大语言模型预训练",
    date_style="dot",
    emails=("zhiyuan.shen@example.com",),
    phones=("(+86) 138-0000-2719",),
    links=("https://zyshen.example.com",),
    location="北京",
    author_name="Zhiyuan Shen",
    education=(
        School("北京大学", "博士", "智能科学与技术", "2021-09", "present", ("研究方向：大模型预训练、数据配比与稀疏专家模型",)),
        School("南京大学", "学士", "计算机科学与技术", "2017-09", "2021-06", ("GPA 3.86/4.0，专业排名 5/182，保送北京大学直博",)),
    ),
    work=(
        Job(
            "字节跳动",
            "大语言模型预训练算法实习生",
            "2024-06",
            "present",
            "北京",
            (
                "负责 Seed 团队稠密模型与 MoE 模型的预训练数据配比实验，搭建基于小模型代理的配比搜索流程，在 7B 规模上将下游平均分提升 1.8 个点；",
                "参与 128K 长上下文继续预训练，设计分阶段 RoPE 基频调整与长文档采样策略，大海捞针测试准确率从 71% 提升到 96%；",
                "维护训练稳定性监控，定位并修复 loss spike 问题两次，总结为团队内部文档。",
            ),
        ),
        Job(
            "微软亚洲研究院",
            "研究实习生",
            "2022-07",
            "2023-03",
            "北京",
            (
                "在自然语言计算组研究稀疏专家模型的路由负载均衡，提出基于课程学习的路由方法，成果发表于 ICLR 2024；",
                "实现专家并行下的动态容量分配，训练吞吐提升 23%。",
            ),
        ),
    ),
    projects=(
        Project(
            "国家自然科学基金重点项目：面向通用人工智能的大模型高效预训练方法",
            "2022-01",
            "present",
            "核心成员",
            ("负责数据质量评估模块：训练基于困惑度与教育价值打分的过滤器，处理 2T token 中英文语料；", "整理项目年度报告中数据配比部分。"),
        ),
        Project(
            "开源项目：TinyMix —— 预训练数据配比搜索工具",
            "2023-05",
            "2023-12",
            "发起人",
            ("支持代理模型训练、配比回归与外推，GitHub 获得 1.2k star（项目为虚构示例）。",),
        ),
    ),
    publications=(
        Paper(
            "Curriculum Routing for Load-Balanced Sparse Expert Pretraining",
            ("Zhiyuan Shen", "Yifan Gao", "Ming Zhou†"),
            "ICLR",
            2024,
            "CCF-A",
        ),
        Paper(
            "Proxy-Guided Data Mixture Search for Language Model Pretraining",
            ("Zhiyuan Shen*", "Lei Wang*", "Tianyu Liu", "Xu Sun†"),
            "NeurIPS",
            2024,
            "CCF-A",
        ),
        Paper(
            "When Does Long-Context Continual Pretraining Forget? A Data Perspective",
            ("Zhiyuan Shen", "Haoran Li", "Xu Sun†"),
            "ACL",
            2025,
            "CCF-A",
        ),
        Paper(
            "Scaling Laws for Sparse Upcycling under a Fixed Compute Budget",
            ("Qian Liu", "Zhiyuan Shen", "Wen Xiao", "Xu Sun"),
            "ICML",
            2025,
            "CCF-A",
        ),
        Paper(
            "Token-Level Quality Signals for Efficient Pretraining Data Filtering",
            ("Zhiyuan Shen", "Yue Zhang", "Xu Sun†"),
            "AAAI",
            2024,
            "CCF-A",
        ),
        Paper(
            "Stable Low-Precision Training of Mixture-of-Experts with Router Z-Loss Annealing",
            ("Jiahao Chen", "Zhiyuan Shen"),
            "arXiv",
            2025,
        ),
        Paper(
            "Learning Rate Schedules that Transfer across Model Scales",
            ("Zhiyuan Shen", "Xu Sun†"),
            None,
            None,
            status="在投",
        ),
    ),
    awards=(
        Award("国家奖学金", 2024, "教育部"),
        Award("北京大学校长奖学金", 2023, "北京大学"),
        Award("北京大学优秀科研奖", 2022, "北京大学"),
        Award("南京大学优秀毕业生", 2021, "南京大学"),
        Award("ACM-ICPC 亚洲区域赛（南京站）金牌", 2019, "ICPC"),
    ),
    skills=(
        ("编程语言", ("Python", "C++", "CUDA")),
        ("框架与工具", ("PyTorch", "Megatron-LM", "DeepSpeed", "Triton", "Ray")),
    ),
    sections=(
        ("education", "教育背景"),
        ("text", "研究方向"),
        ("work", "实习经历"),
        ("publications", "论文发表"),
        ("projects", "科研项目"),
        ("text", "学术服务"),
        ("awards", "荣誉奖励"),
        ("skills", "专业技能"),
    ),
    texts={
        "研究方向": (
            "大语言模型预训练：数据配比与数据质量、稀疏专家模型（MoE）的路由与负载均衡、长上下文继续预训练、训练稳定性与缩放规律。",
        ),
        "学术服务": (
            "审稿人：NeurIPS 2024/2025、ICLR 2025、ACL Rolling Review 2024–2025",
            "助教：北京大学《自然语言处理》（2023 秋）",
        ),
    },
    pages=2,
)

ZH_MASTER = Resume(
    role="zh_master",
    file_name="02_zh_master_recsys_table.pdf",
    lang="zh",
    name="林晓棠",
    title="求职意向：推荐算法工程师",
    date_style="emdash",
    emails=("xiaotang.lin@example.com",),
    phones=("138-0000-5864",),
    location="合肥",
    author_name="Xiaotang Lin",
    education=(
        School("中国科学技术大学", "硕士", "计算机技术", "2023-09", "2026-06", ("GPA 3.7/4.3，主修课程：机器学习、信息检索、分布式系统",)),
        School("山东大学", "本科", "软件工程", "2019-09", "2023-06", ("专业排名前 8%，推荐免试攻读硕士研究生",)),
    ),
    work=(
        Job(
            "美团",
            "推荐算法实习生",
            "2025-03",
            "2025-09",
            "北京",
            (
                "负责到店首页信息流精排模型迭代：引入用户实时行为序列的目标注意力模块，线上 CTR +2.1%，订单量 +1.3%；",
                "搭建多目标排序的融合权重自动搜索，替代人工调参，上线后 GMV +0.8%。",
            ),
        ),
        Job(
            "快手",
            "推荐算法实习生",
            "2024-06",
            "2024-09",
            "北京",
            ("参与短视频召回：基于双塔模型的负采样策略优化，召回率@200 提升 4.6%。",),
        ),
    ),
    projects=(
        Project(
            "基于大语言模型的冷启动物品表征",
            "2024-10",
            "2025-02",
            "负责人",
            ("用 LLM 生成商品语义描述并蒸馏为 ID 嵌入初始化，冷启动物品的点击率提升 9%；", "论文已被 SIGIR 2025 短文录用。"),
        ),
        Project(
            "校园二手交易平台推荐系统",
            "2022-03",
            "2022-08",
            "后端与算法",
            ("实现基于 ItemCF 与 LightGBM 的两阶段推荐，服务 3000+ 日活用户。",),
        ),
    ),
    publications=(
        Paper(
            "LLM-Distilled Item Embeddings for Cold-Start Recommendation",
            ("Xiaotang Lin*", "Rui Chen*", "Enhong Chen†"),
            "SIGIR",
            2025,
            "CCF-A",
        ),
    ),
    awards=(
        Award("研究生学业一等奖学金", 2024, "中国科学技术大学"),
        Award("全国大学生服务外包创新创业大赛二等奖", 2022),
        Award("山东大学优秀学生干部", 2021, "山东大学"),
    ),
    skills=(
        ("语言", ("Python", "Java", "SQL")),
        ("框架", ("PyTorch", "TensorFlow", "Spark", "Faiss")),
    ),
    sections=(
        ("education", "教育经历"),
        ("work", "实习经历"),
        ("projects", "项目经历"),
        ("publications", "论文成果"),
        ("awards", "获奖情况"),
        ("skills", "技能特长"),
    ),
)

ZH_SIDEBAR = Resume(
    role="zh_sidebar",
    file_name="03_zh_sidebar_two_column.pdf",
    lang="zh",
    name="周以宁",
    title="多模态算法工程师",
    date_style="cn",
    emails=("yining.zhou@example.com",),
    phones=("138-0000-3307",),
    links=("https://github.example.com/yining-zhou",),
    location="上海",
    author_name="Yining Zhou",
    education=(
        School("上海交通大学", "硕士", "电子信息", "2019-09", "2022-03"),
        School("华中科技大学", "学士", "自动化", "2015-09", "2019-06"),
    ),
    work=(
        Job(
            "商汤科技",
            "高级算法工程师",
            "2022-07",
            "present",
            "上海",
            (
                "负责图文多模态大模型的视觉编码器训练与评测，主导 OCR 增强数据管线，文档问答准确率提升 6.4%；",
                "带领 3 人小组完成端侧多模态模型的量化部署，首 token 延迟降低 40%。",
            ),
        ),
        Job(
            "旷视科技",
            "算法实习生",
            "2021-03",
            "2021-09",
            "北京",
            ("参与商品检测模型的半监督训练，mAP 提升 2.3%。",),
        ),
    ),
    projects=(
        Project(
            "文档理解多模态模型",
            "2023-02",
            "2024-06",
            "技术负责人",
            ("构建 800 万页中英文文档的图文对齐数据，训练版面感知的视觉编码器；", "在内部文档问答基准上超过同规模开源模型 8 个点。"),
        ),
    ),
    publications=(
        Paper(
            "Layout-Aware Visual Tokenization for Document Question Answering",
            ("Yining Zhou", "Kai Zhao", "Weiyao Lin†"),
            "CVPR",
            2023,
            "CCF-A",
        ),
    ),
    awards=(),
    skills=(
        ("编程", ("Python", "C++", "CUDA")),
        ("框架", ("PyTorch", "TensorRT", "ONNX", "vLLM")),
        ("方向", ("多模态大模型", "OCR", "模型量化")),
    ),
    sections=(
        ("contact", "联系方式"),
        ("skills", "专业技能"),
        ("text", "语言能力"),
        ("text", "个人简介"),
        ("work", "工作经历"),
        ("projects", "项目经历"),
        ("education", "教育经历"),
        ("publications", "发表论文"),
    ),
    texts={
        "语言能力": ("英语：CET-6（612），可作为工作语言", "普通话：母语"),
        "个人简介": (
            "三年多模态大模型研发经验，熟悉视觉编码器预训练、图文对齐数据构建与端侧部署；关注文档理解与 OCR 场景的落地。",
        ),
    },
)

EN_ML = Resume(
    role="en_ml",
    file_name="04_en_ml_engineer.pdf",
    lang="en",
    name="Daniel Okafor",
    title="Machine Learning Engineer",
    date_style="en",
    emails=("daniel.okafor@example.com",),
    phones=("+1 (555) 014-2381",),
    links=("https://danielokafor.example.com",),
    location="Seattle, WA",
    author_name="Daniel Okafor",
    education=(
        School("University of Washington", "M.S.", "Computer Science", "2017-09", "2019-06"),
        School("Georgia Institute of Technology", "B.S.", "Computer Engineering", "2013-08", "2017-05"),
    ),
    work=(
        Job(
            "Instacart",
            "Senior Machine Learning Engineer",
            "2022-03",
            "present",
            "San Francisco, CA (remote)",
            (
                "Lead the search ranking model: moved from gradient-boosted trees to a two-tower retriever plus a transformer re-ranker, +3.4% add-to-cart rate.",
                "Built the feature store backfill pipeline on Spark that cut training-data preparation from two days to four hours.",
                "Mentor four engineers; run the team's model review.",
            ),
        ),
        Job(
            "Zillow",
            "Machine Learning Engineer",
            "2019-07",
            "2022-02",
            "Seattle, WA",
            (
                "Shipped the listing-photo quality classifier serving 40M images a month on Kubernetes.",
                "Reduced Zestimate model retraining cost by 35% with incremental training.",
            ),
        ),
        Job(
            "Amazon",
            "Software Development Engineer Intern",
            "2018-06",
            "2018-09",
            "Seattle, WA",
            ("Prototyped anomaly detection for fulfilment-center throughput metrics.",),
        ),
    ),
    publications=(
        Paper(
            "Query-Aware Negative Sampling for Grocery Search Retrieval",
            ("Daniel Okafor", "Maria Santos", "Kevin Lee"),
            "KDD",
            2023,
            "CCF-A",
        ),
    ),
    awards=(Award("Instacart Engineering Excellence Award", 2023, "Instacart"),),
    skills=(
        ("Languages", ("Python", "Scala", "SQL", "Go")),
        ("ML", ("PyTorch", "TensorFlow", "XGBoost", "Hugging Face Transformers")),
        ("Infrastructure", ("Spark", "Kubernetes", "Airflow", "AWS")),
    ),
    sections=(
        ("text", "SUMMARY"),
        ("work", "EXPERIENCE"),
        ("education", "EDUCATION"),
        ("skills", "SKILLS"),
        ("publications", "PUBLICATIONS"),
        ("awards", "AWARDS"),
    ),
    texts={
        "SUMMARY": (
            "Machine learning engineer with six years of experience building search, ranking and computer-vision systems that serve millions of users. Comfortable from data pipelines to online experiments.",
        ),
    },
)

EN_RESEARCH = Resume(
    role="en_research",
    file_name="05_en_research_scientist.pdf",
    lang="en",
    name="Priya Raman",
    title="Research Scientist",
    date_style="num",
    emails=("priya.raman@example.com",),
    phones=("+1 (555) 017-6620",),
    links=("https://priyaraman.example.com", "https://scholar.example.com/priya-raman"),
    location="London, United Kingdom",
    author_name="Priya Raman",
    education=(
        School(
            "Carnegie Mellon University",
            "Ph.D.",
            "Machine Learning",
            "2015-08",
            "2020-05",
            ("Thesis: Sample-Efficient Reinforcement Learning from Human Preferences",),
        ),
        School("Indian Institute of Technology Madras", "B.Tech.", "Computer Science and Engineering", "2011-07", "2015-05"),
    ),
    work=(
        Job(
            "Google DeepMind",
            "Senior Research Scientist",
            "2023-01",
            "present",
            "London, UK",
            (
                "Lead a team of five on reward modelling and preference optimisation for large language models.",
                "Designed the evaluation suite for reward-model over-optimisation used across three model launches.",
            ),
        ),
        Job(
            "DeepMind",
            "Research Scientist",
            "2020-06",
            "2022-12",
            "London, UK",
            ("Worked on offline reinforcement learning and sample-efficient exploration.",),
        ),
        Job(
            "Microsoft Research",
            "Research Intern",
            "2018-05",
            "2018-08",
            "Redmond, WA",
            ("Studied uncertainty estimates for contextual bandits in recommendation.",),
        ),
    ),
    publications=(
        Paper(
            "Calibrated Reward Models Resist Over-Optimisation",
            ("Priya Raman", "Tomás Herrera", "Aiko Tanaka"),
            "NeurIPS",
            2024,
            "CCF-A",
        ),
        Paper(
            "Preference Optimisation with Uncertainty-Weighted Pairs",
            ("Lena Fischer*", "Priya Raman*", "Owen Brooks"),
            "ICML",
            2024,
            "CCF-A",
        ),
        Paper(
            "Offline Reinforcement Learning with Conservative Ensembles",
            ("Priya Raman", "Sergey Volkov", "Emma Clarke†"),
            "ICLR",
            2022,
        ),
        Paper(
            "Exploration by Disagreement in Learned World Models",
            ("Priya Raman", "Jun Park", "Emma Clarke"),
            "ICML",
            2021,
            "CCF-A",
        ),
        Paper(
            "Human Preference Queries that Pay for Themselves",
            ("Priya Raman", "David Kim", "Ruth Adler†"),
            "NeurIPS",
            2019,
            "CCF-A",
        ),
        Paper(
            "Active Reward Learning from Pairwise Comparisons",
            ("Priya Raman", "Ruth Adler"),
            "AAAI",
            2019,
            "CCF-A",
        ),
        Paper(
            "Uncertainty-Aware Contextual Bandits for Recommendation",
            ("Mark Hughes", "Priya Raman", "Sara Lind"),
            "WWW",
            2019,
            "CCF-A",
        ),
        Paper(
            "A Benchmark for Reward Hacking in Language Agents",
            ("Aiko Tanaka", "Priya Raman"),
            "ACL",
            2025,
            "CCF-A",
        ),
        Paper(
            "Sample Complexity of Learning from Ranked Feedback",
            ("Priya Raman", "Ruth Adler"),
            "JMLR",
            2021,
            "CCF-A",
        ),
    ),
    awards=(
        Award("Outstanding Paper Award, NeurIPS", 2024, "NeurIPS"),
        Award("CMU Presidential Fellowship", 2015, "Carnegie Mellon University"),
        Award("Institute Silver Medal, IIT Madras", 2015, "IIT Madras"),
    ),
    skills=(("Tools", ("Python", "JAX", "PyTorch", "TPU")),),
    sections=(
        ("text", "Research Interests"),
        ("education", "Education"),
        ("work", "Professional Experience"),
        ("publications", "Selected Publications"),
        ("awards", "Honours and Awards"),
        ("text", "Invited Talks"),
        ("text", "Professional Service"),
        ("skills", "Technical Skills"),
    ),
    texts={
        "Research Interests": (
            "Reinforcement learning from human feedback, reward modelling, preference optimisation, offline reinforcement learning and exploration.",
        ),
        "Invited Talks": (
            "2024 — Reward Models in the Wild, Workshop on Alignment, NeurIPS.",
            "2023 — Learning What People Want, University of Oxford machine learning seminar.",
            "2021 — Exploration by Disagreement, Microsoft Research AI Frontiers.",
        ),
        "Professional Service": (
            "Area chair: NeurIPS 2023–2025, ICLR 2024–2025.",
            "Reviewer: ICML, JMLR, TMLR.",
            "Co-organiser, Workshop on Human Feedback for Machine Learning, ICML 2024.",
        ),
    },
    pages=2,
)

MIXED = Resume(
    role="mixed",
    file_name="06_mixed_zh_en_nlp.pdf",
    lang="mixed",
    name="许文哲",
    title="NLP 算法工程师 / NLP Engineer",
    date_style="dot0",
    emails=("wenzhe.xu@example.com",),
    phones=("+86 138-0000-6142",),
    links=("https://wenzhe.example.com",),
    location="深圳 Shenzhen",
    author_name="Wenzhe Xu",
    education=(
        School("复旦大学", "硕士", "计算机科学与技术", "2020-09", "2023-06", gloss="Fudan University"),
        School("厦门大学", "学士", "软件工程", "2016-09", "2020-06", gloss="Xiamen University"),
    ),
    work=(
        Job(
            "腾讯",
            "NLP 算法工程师",
            "2023-07",
            "present",
            "深圳",
            (
                "负责客服对话大模型的 SFT 与 DPO 训练 (owned SFT/DPO of the customer-service LLM)，问题解决率提升 11%；",
                "Built a retrieval-augmented answer pipeline over 2M support articles; hallucination rate −35%.",
            ),
            gloss="Tencent",
            position_gloss="NLP Engineer",
        ),
        Job(
            "阿里巴巴达摩院",
            "研究型实习生",
            "2022-04",
            "2022-10",
            "杭州",
            ("Information extraction for e-commerce reviews; 开放域关系抽取 F1 +3.2。",),
            gloss="Alibaba DAMO Academy",
            position_gloss="Research Intern",
        ),
    ),
    publications=(
        Paper(
            "Retrieval-Grounded Preference Data for Faithful Dialogue Agents",
            ("Wenzhe Xu", "Jie Zhou", "Xipeng Qiu†"),
            "EMNLP",
            2024,
            "CCF-B",
        ),
        Paper(
            "Open Relation Extraction with Type-Constrained Prompts",
            ("Wenzhe Xu*", "Yue Fang*", "Xuanjing Huang"),
            "ACL",
            2023,
            "CCF-A",
        ),
    ),
    awards=(Award("复旦大学优秀毕业生 Outstanding Graduate", 2023, "复旦大学"),),
    skills=(("Skills 技能", ("Python", "PyTorch", "Transformers", "vLLM", "Elasticsearch")),),
    sections=(
        ("education", "教育背景 Education"),
        ("work", "工作经历 Experience"),
        ("publications", "论文 Publications"),
        ("awards", "荣誉 Honors"),
        ("skills", "技能 Skills"),
    ),
)

ZH_DOCX = Resume(
    role="zh_docx",
    file_name="07_zh_data_engineer.docx",
    lang="zh",
    name="韩若溪",
    title="大数据与算法平台工程师",
    date_style="slash",
    emails=("ruoxi.han@example.com",),
    phones=("138-0000-9025",),
    location="杭州",
    education=(
        School("浙江大学", "硕士", "软件工程", "2016-09", "2019-03"),
        School("西安电子科技大学", "本科", "计算机科学与技术", "2012-09", "2016-06"),
    ),
    work=(
        Job(
            "网易",
            "资深数据开发工程师",
            "2021-07",
            "present",
            "杭州",
            ("负责推荐特征平台的实时计算链路（Flink），日处理 300 亿条事件，端到端延迟小于 2 秒；", "主导离线数仓迁移到湖仓一体架构，存储成本下降 30%。"),
        ),
        Job(
            "蚂蚁集团",
            "数据开发工程师",
            "2019-04",
            "2021-06",
            "杭州",
            ("建设风控特征的批流一体计算，支撑 200+ 模型上线。",),
        ),
    ),
    projects=(
        Project("特征平台 2.0", "2022-03", "2023-01", "负责人", ("统一离线与在线特征定义，特征上线周期由 5 天缩短到 1 天。",)),
    ),
    awards=(Award("网易年度优秀员工", 2023, "网易"),),
    skills=(
        ("语言", ("Java", "Scala", "Python", "SQL")),
        ("大数据", ("Flink", "Spark", "Hive", "Kafka", "Iceberg")),
    ),
    sections=(
        ("education", "教育背景"),
        ("work", "工作经历"),
        ("projects", "项目经验"),
        ("skills", "专业技能"),
        ("awards", "获奖情况"),
    ),
)

EN_MARKDOWN = Resume(
    role="en_markdown",
    file_name="08_en_data_scientist.md",
    lang="en",
    name="Maya Lindqvist",
    title="Data Scientist",
    date_style="num",
    emails=("maya.lindqvist@example.com",),
    phones=("+1 555-013-4470",),
    links=("https://mayalindqvist.example.com",),
    location="Boston, MA",
    education=(
        School("Massachusetts Institute of Technology", "M.Eng.", "Electrical Engineering and Computer Science", "2018-09", "2020-05"),
        School("University of Michigan", "B.S.", "Statistics", "2014-09", "2018-05"),
    ),
    work=(
        Job(
            "Wayfair",
            "Data Scientist II",
            "2020-06",
            "present",
            "Boston, MA",
            (
                "Own the delivery-date prediction model (quantile gradient boosting), cutting late-delivery promises by 18%.",
                "Designed the A/B testing guardrail metrics adopted by the pricing team.",
            ),
        ),
        Job(
            "HubSpot",
            "Data Science Intern",
            "2019-06",
            "2019-08",
            "Cambridge, MA",
            ("Churn model for small-business customers; presented to the VP of Customer Success.",),
        ),
    ),
    projects=(
        Project("Open-source: tidy-uplift", "2021-01", "present", "maintainer", ("A small library for uplift-model evaluation (a fictional project).",)),
    ),
    awards=(Award("Wayfair Data Science Hackathon, first place", 2022, "Wayfair"),),
    skills=(
        ("Languages", ("Python", "R", "SQL")),
        ("Libraries", ("pandas", "scikit-learn", "LightGBM", "PyMC")),
    ),
    sections=(
        ("text", "Profile"),
        ("work", "Experience"),
        ("education", "Education"),
        ("projects", "Projects"),
        ("skills", "Skills"),
        ("awards", "Awards"),
    ),
    texts={
        "Profile": (
            "Data scientist working on forecasting and experimentation for e-commerce logistics. I like turning messy operational data into decisions people trust.",
        ),
    },
)

RESUMES: tuple[Resume, ...] = (ZH_PHD, ZH_MASTER, ZH_SIDEBAR, EN_ML, EN_RESEARCH, MIXED, ZH_DOCX, EN_MARKDOWN)


def by_role(role: str) -> Resume:
    """The sample of a role ("zh_phd", "en_research", …); KeyError for an unknown role."""
    return {r.role: r for r in RESUMES}[role]
