"""The fictional people of the producer corpus, built deterministically from pools of invented parts.

Names, e-mails (example.com), phones (138-0000-xxxx, 555-01xx), links, paper and project titles are
invented; universities, companies and venues are real names.  The records reuse the sample
résumés' dataclasses (School, Job, Project, Award) and add what issue #11 needs per paper.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from difflib import SequenceMatcher

from resources.samples.people import Award, Job, Project, School


@dataclass(frozen=True)
class Author:
    """One author of a paper: printed name, and the marks the paper puts on it."""

    name: str
    co_first: bool = False
    corresponding: bool = False


@dataclass(frozen=True)
class Pub:
    """A paper with the facts issue #11 asks for; `authors` is empty when no list is printed."""

    title: str
    authors: tuple[Author, ...]
    venue: str | None
    year: int | None
    status: str  # published | accepted | under-review | submitted | revision | preprint | in-press
    track: str = "main"  # main | workshop | findings | demo | student
    presentation: str | None = None  # oral | spotlight | poster
    journal: bool = False


@dataclass(frozen=True)
class Person:
    """Everything one person's résumés state; `headings` maps a section kind to its printed heading."""

    pid: str
    lang: str  # zh | en | mixed
    name: str
    name_en: str
    author_name: str
    emails: tuple[str, ...]
    phones: tuple[str, ...]
    links: tuple[str, ...]
    date_style: str
    education: tuple[School, ...]
    work: tuple[Job, ...]
    projects: tuple[Project, ...]
    publications: tuple[Pub, ...]
    awards: tuple[Award, ...]
    skills: tuple[tuple[str, tuple[str, ...]], ...]
    headings: dict[str, str]
    interests: str
    service: str
    co_first_mark: str  # "*", "#" or "（共同一作）"
    corresponding_mark: str  # "†" or "（通讯作者）"
    author_lists: bool  # False: the person's papers are printed without author lists

    def position(self, pub: Pub) -> str | None:
        """The person's own role in a paper's author list, None when no list is printed."""
        own = next((a for a in pub.authors if a.name == self.author_name), None)
        if own is None:
            return None
        if own.co_first:
            return "co-first"
        if pub.authors[0] is own:
            return "first"
        return "corresponding" if own.corresponding else "other"


SURNAMES = (
    ("王", "Wang"), ("李", "Li"), ("张", "Zhang"), ("刘", "Liu"), ("陈", "Chen"), ("杨", "Yang"), ("黄", "Huang"),
    ("赵", "Zhao"), ("吴", "Wu"), ("周", "Zhou"), ("徐", "Xu"), ("孙", "Sun"), ("朱", "Zhu"), ("胡", "Hu"),
    ("郭", "Guo"), ("何", "He"), ("林", "Lin"), ("罗", "Luo"), ("高", "Gao"), ("梁", "Liang"), ("宋", "Song"),
    ("谢", "Xie"), ("韩", "Han"), ("唐", "Tang"), ("冯", "Feng"), ("邓", "Deng"), ("曹", "Cao"), ("彭", "Peng"),
)
GIVEN = (
    ("思远", "Siyuan"), ("嘉禾", "Jiahe"), ("雨桐", "Yutong"), ("浩然", "Haoran"), ("子涵", "Zihan"),
    ("一鸣", "Yiming"), ("若溪", "Ruoxi"), ("明哲", "Mingzhe"), ("静怡", "Jingyi"), ("天宇", "Tianyu"),
    ("欣然", "Xinran"), ("博文", "Bowen"), ("梓萱", "Zixuan"), ("俊杰", "Junjie"), ("晓彤", "Xiaotong"),
    ("泽宇", "Zeyu"), ("可欣", "Kexin"), ("致远", "Zhiyuan"), ("书瑶", "Shuyao"), ("景行", "Jingxing"),
    ("安琪", "Anqi"), ("立言", "Liyan"), ("清扬", "Qingyang"), ("望舒", "Wangshu"), ("星河", "Xinghe"),
    ("知微", "Zhiwei"), ("慕白", "Mubai"), ("闻笛", "Wendi"), ("听澜", "Tinglan"), ("启航", "Qihang"),
)
EN_FIRST = (
    "Maya", "Ethan", "Clara", "Owen", "Priya", "Lucas", "Hannah", "Mateo", "Sofia", "Julian", "Amara", "Felix",
)
EN_LAST = (
    "Thornbury", "Castellano", "Whitfield", "Okafor", "Lindqvist", "Marchetti", "Holloway", "Varga", "Delacroix",
    "Brennan", "Ashworth", "Kowalczyk",
)
ZH_SCHOOLS = (
    ("清华大学", "Tsinghua University"), ("北京大学", "Peking University"), ("浙江大学", "Zhejiang University"),
    ("复旦大学", "Fudan University"), ("上海交通大学", "Shanghai Jiao Tong University"),
    ("中国科学技术大学", "University of Science and Technology of China"), ("南京大学", "Nanjing University"),
    ("哈尔滨工业大学", "Harbin Institute of Technology"), ("武汉大学", "Wuhan University"),
    ("中国人民大学", "Renmin University of China"), ("北京航空航天大学", "Beihang University"),
    ("中国科学院自动化研究所", "Institute of Automation, Chinese Academy of Sciences"),
    ("西安电子科技大学", "Xidian University"), ("华中科技大学", "Huazhong University of Science and Technology"),
)
EN_SCHOOLS = (
    "Carnegie Mellon University", "University of Washington", "Stanford University", "University of Edinburgh",
    "University of Toronto", "Georgia Institute of Technology", "University of Michigan", "ETH Zurich",
    "University College London", "Cornell University", "University of Illinois Urbana-Champaign",
)
ZH_AREAS = (
    ("计算机科学与技术", "Computer Science"), ("人工智能", "Artificial Intelligence"), ("软件工程", "Software Engineering"),
    ("电子信息", "Electronic Information"), ("模式识别与智能系统", "Pattern Recognition"), ("数学与应用数学", "Mathematics"),
    ("自动化", "Automation"), ("统计学", "Statistics"),
)
ZH_DEGREES = {"phd": "博士", "master": "硕士", "bachelor": "本科"}
EN_DEGREES = {
    "phd": ("Ph.D.", "Doctor of Philosophy"),
    "master": ("M.S.", "Master of Science"),
    "bachelor": ("B.S.", "Bachelor of Engineering"),
}
ZH_COMPANIES = (
    ("字节跳动", "ByteDance"), ("阿里巴巴达摩院", "Alibaba DAMO Academy"), ("腾讯 AI Lab", "Tencent AI Lab"),
    ("微软亚洲研究院", "Microsoft Research Asia"), ("百度", "Baidu"), ("美团", "Meituan"), ("华为诺亚方舟实验室", "Huawei Noah's Ark Lab"),
    ("商汤科技", "SenseTime"), ("上海人工智能实验室", "Shanghai AI Laboratory"), ("小红书", "Xiaohongshu"),
    ("智谱 AI", "Zhipu AI"), ("月之暗面", "Moonshot AI"), ("快手", "Kuaishou"), ("京东", "JD.com"),
)
EN_COMPANIES = (
    "Google DeepMind", "Microsoft Research", "Amazon Web Services", "NVIDIA", "Meta AI", "Apple", "Salesforce Research",
    "Databricks", "Adobe Research", "IBM Research",
)
ZH_POSITIONS = ("算法实习生", "大模型算法实习生", "研究实习生", "算法工程师", "高级算法工程师", "机器学习工程师")
EN_POSITIONS = ("Research Intern", "Applied Scientist Intern", "Machine Learning Engineer", "Research Scientist",
                "Software Engineer", "Senior Data Scientist")
ZH_BULLETS = (
    "负责大语言模型指令微调数据的清洗与配比，构建自动化质量评估流程，下游平均分提升 2.3 个点；",
    "设计基于奖励模型的拒绝采样策略，数学推理准确率从 54% 提升到 61%；",
    "搭建分布式训练监控与故障恢复工具，训练中断时间减少 40%；",
    "参与长上下文继续预训练，实现分阶段位置编码插值，128K 检索准确率达到 95%；",
    "实现推理服务的投机解码与 KV Cache 量化，线上吞吐提升 1.8 倍；",
    "构建多模态图文对齐数据管线，处理 3 亿图文对，并完成去重与安全过滤；",
    "优化推荐精排模型的多目标融合，线上点击率提升 1.6%；",
    "撰写技术报告并在组内分享，沉淀为团队标准流程。",
)
EN_BULLETS = (
    "Built an evaluation harness for instruction-tuned models covering 40 tasks, adopted by three teams.",
    "Designed a data deduplication pipeline over 2B documents, cutting pretraining tokens by 18% at equal quality.",
    "Shipped a speculative decoding service that doubled serving throughput for a 13B model.",
    "Led the migration of training jobs to a fault-tolerant scheduler; lost GPU hours fell by 35%.",
    "Trained reward models from pairwise feedback and studied their calibration under distribution shift.",
    "Mentored two interns and co-organised a weekly reading group on alignment.",
)
ZH_PROJECTS = (
    ("面向科学文献的检索增强问答系统", ("负责检索模块与重排序模型，答案准确率提升 12%；", "开源代码获得 800+ star。")),
    ("大模型推理加速工具链", ("实现算子融合与 INT4 量化内核，端到端延迟降低 35%。",)),
    ("国家自然科学基金青年项目：可信大模型对齐方法", ("负责偏好数据构建与评测基准设计。",)),
    ("多语言语音识别系统", ("在 12 种低资源语言上训练统一模型，平均字错率下降 8%。",)),
)
EN_PROJECTS = (
    ("Open-source toolkit for efficient fine-tuning", ("Maintainer; 1.5k GitHub stars, used in two courses.",)),
    ("Benchmark for multilingual code generation", ("Collected 3,000 problems in 12 languages with unit tests.",)),
    ("Course project: retrieval-augmented tutoring assistant", ("Built the retriever and the evaluation protocol.",)),
)
ZH_AWARDS = (
    "国家奖学金", "校级一等奖学金", "优秀毕业生", "ACM-ICPC 亚洲区域赛银牌", "全国大学生数学建模竞赛一等奖",
    "KDD Cup 第三名", "研究生学业一等奖学金", "华为奖学金", "优秀学生干部", "挑战杯全国二等奖",
)
EN_AWARDS = (
    "Outstanding Paper Award", "Dean's List", "Graduate Research Fellowship", "Best Student Paper Honorable Mention",
    "Departmental Teaching Award", "Kaggle Competition Gold Medal", "Presidential Scholarship",
)
SKILLS = {
    "lang": ("Python", "C++", "CUDA", "Java", "Go", "SQL", "Rust", "Scala"),
    "framework": ("PyTorch", "JAX", "TensorFlow", "DeepSpeed", "Megatron-LM", "vLLM", "Hugging Face Transformers", "Ray"),
    "tool": ("Docker", "Kubernetes", "Spark", "Triton", "Git", "Slurm", "Faiss", "LaTeX"),
}
SKILL_LABELS = {
    "zh": ("编程语言", "框架", "工具"),
    "en": ("Languages", "Frameworks", "Tools"),
}
TITLE_A = (
    "Sparse", "Adaptive", "Contrastive", "Hierarchical", "Curriculum", "Retrieval-Augmented", "Low-Rank", "Token-Level",
    "Causal", "Self-Supervised", "Federated", "Multi-Agent", "Reward-Guided", "Uncertainty-Aware", "Memory-Efficient",
    "Compositional", "Speculative", "Preference-Aware", "Graph-Structured", "Calibrated", "Diffusion-Based",
    "Verifier-Guided",
)
TITLE_B = (
    "Attention", "Expert Routing", "Knowledge Distillation", "Decoding", "Alignment", "Tokenization", "Planning",
    "Preference Optimization", "Quantization", "Instruction Tuning", "Data Selection", "Prompt Compression",
    "Chain-of-Thought Reasoning", "Continual Pretraining", "Representation Learning", "Model Merging", "Tool Use",
    "KV Cache Eviction", "Reward Modeling", "Evaluation",
)
TITLE_C = (
    "for Long-Context Language Models", "in Mixture-of-Experts Transformers", "for Multimodal Large Language Models",
    "under Distribution Shift", "for Repository-Level Code Generation", "with Noisy Human Feedback",
    "for Open-Domain Question Answering", "at Billion-Parameter Scale", "for Vision-Language Navigation",
    "in Low-Resource Machine Translation", "for Mathematical Reasoning", "on Edge Devices",
    "for Recommendation with Sparse Feedback", "across Heterogeneous Clients", "for Streaming Speech Recognition",
    "without Labeled Data",
)
TITLE_PREFIX = ("LUMEN", "ORCA", "TIDE", "PRISM-R", "QUILL", "FALCONET", "MOSAIC", "ATLAS-2", "SPARROW", "HALO")
CO_AUTHORS_ZH = (
    "Lei Chen", "Yue Zhang", "Hao Wu", "Xin Liu", "Jun Zhao", "Mei Lin", "Tao Huang", "Rui Feng", "Kai Sun",
    "Wen Gao", "Yan Guo", "Ping Luo",
)
CO_AUTHORS_EN = ("Alice Morgan", "David Kim", "Rachel Stone", "Tomás Ruiz", "Nina Patel", "Greg Olsen", "Ivy Chen")
# venue -> (journal, tracks it offers besides main)
VENUES = {
    "NeurIPS": (False, ("workshop",)), "ICML": (False, ("workshop",)), "ICLR": (False, ("workshop",)),
    "ACL": (False, ("findings", "demo", "student")), "EMNLP": (False, ("findings", "demo")), "NAACL": (False, ("findings",)),
    "CVPR": (False, ("workshop",)), "AAAI": (False, ("student",)), "IJCAI": (False, ()), "KDD": (False, ()),
    "SIGIR": (False, ()), "ICASSP": (False, ()), "TPAMI": (True, ()), "TKDE": (True, ()), "TACL": (True, ()),
    "JMLR": (True, ()),
}
STATUS_WEIGHTS = (
    ("published", 46), ("accepted", 10), ("under-review", 10), ("submitted", 8), ("revision", 6), ("preprint", 14),
    ("in-press", 6),
)
ZH_INTERESTS = (
    "大语言模型预训练与数据配比、长上下文建模、推理加速。",
    "大模型对齐：偏好优化、奖励建模与可扩展监督。",
    "多模态大模型：视觉编码器、图文对齐与文档理解。",
    "检索增强生成与智能体：工具调用、规划与评测。",
)
EN_INTERESTS = (
    "Efficient training and inference of large language models; data-centric machine learning.",
    "Alignment of language models: preference learning, reward modeling, scalable oversight.",
    "Machine learning systems: distributed training, compilers, and serving.",
)
ZH_HEADINGS = {
    "education": ("教育背景", "教育经历"),
    "work": ("实习经历", "工作经历", "实习与工作经历"),
    "publications": ("论文发表", "发表论文", "科研成果", "学术论文"),
    "projects": ("项目经历", "科研项目"),
    "awards": ("荣誉奖励", "获奖情况", "奖项荣誉"),
    "skills": ("专业技能", "技能特长"),
    "interests": ("研究方向", "研究兴趣"),
    "service": ("学术服务",),
}
EN_HEADINGS = {
    "education": ("Education",),
    "work": ("Experience", "Work Experience", "Research Experience"),
    "publications": ("Publications", "Selected Publications", "Conference and Journal Papers"),
    "projects": ("Projects", "Selected Projects"),
    "awards": ("Honors & Awards", "Awards"),
    "skills": ("Skills", "Technical Skills"),
    "interests": ("Research Interests",),
    "service": ("Academic Service", "Professional Service"),
}
MIXED_HEADINGS = {
    "education": "教育背景 Education", "work": "工作经历 Experience", "publications": "论文发表 Publications",
    "projects": "项目经历 Projects", "awards": "荣誉奖励 Awards", "skills": "专业技能 Skills",
    "interests": "研究方向 Research Interests", "service": "学术服务 Service",
}
# people by index: the first 18 are Chinese ML/LLM researchers, then 8 English, then 8 mixed
LANGS = ("zh",) * 18 + ("en",) * 8 + ("mixed",) * 8
DATE_STYLES = {"zh": ("dot0", "cn", "slash", "dot0", "emdash"), "en": ("en", "num", "en"), "mixed": ("dot0", "en", "slash")}


def pick_titles(rng: random.Random, count: int, taken: list[str]) -> list[str]:
    """*count* invented paper titles, none close to another across the corpus."""
    titles: list[str] = []
    while len(titles) < count:
        title = f"{rng.choice(TITLE_A)} {rng.choice(TITLE_B)} {rng.choice(TITLE_C)}"
        if rng.random() < 0.25:
            title = f"{rng.choice(TITLE_PREFIX)}: {title}"
        if all(SequenceMatcher(None, title.lower(), t.lower()).ratio() < 0.75 for t in taken + titles):
            titles.append(title)
    taken.extend(titles)
    return titles


def month(rng: random.Random, year: int) -> str:
    """A YYYY-MM date in *year*, in the months academic and job dates fall in."""
    return f"{year}-{rng.choice((3, 6, 7, 9, 9, 9)):02d}"


def build_education(rng: random.Random, lang: str, senior: bool) -> tuple[School, ...]:
    """Newest first: a PhD (for researchers), a master's sometimes, a bachelor's."""
    levels = ["phd", "bachelor"] if senior else ["master", "bachelor"]
    if senior and rng.random() < 0.3:
        levels.insert(1, "master")
    end_year = rng.choice((2025, 2026, 2027)) if senior else rng.choice((2024, 2025, 2026))
    schools = []
    used: set[str] = set()
    for index, level in enumerate(levels):
        length = {"phd": 5, "master": 3, "bachelor": 4}[level]
        start_year = end_year - length
        start, end = f"{start_year}-09", ("present" if index == 0 and end_year >= 2026 else f"{end_year}-06")
        if lang == "en":
            institution = rng.choice([s for s in EN_SCHOOLS if s not in used])
            degree = EN_DEGREES[level][rng.random() < 0.4]
            area = rng.choice(ZH_AREAS)[1]
        else:
            zh_name, en_name = rng.choice([s for s in ZH_SCHOOLS if s[0] not in used and s[1] not in used])
            institution = zh_name if lang == "zh" else en_name
            zh_area, en_area = rng.choice(ZH_AREAS)
            degree = ZH_DEGREES[level] if lang == "zh" else EN_DEGREES[level][0]
            area = zh_area if lang == "zh" else en_area
        used.add(institution)
        details = ("GPA 3.8/4.0，专业排名前 5%",) if lang == "zh" and level == "bachelor" and rng.random() < 0.5 else ()
        schools.append(School(institution, degree, area, start, end, details))
        end_year = start_year
    return tuple(schools)


def build_work(rng: random.Random, lang: str, last_year: int) -> tuple[Job, ...]:
    """One to three jobs or internships, newest first, ending before *last_year* or still running."""
    jobs = []
    year = last_year
    used: set[str] = set()
    for index in range(rng.choice((1, 2, 2, 3))):
        if lang == "zh":
            organization = rng.choice([c[0] for c in ZH_COMPANIES if c[0] not in used])
            position = rng.choice(ZH_POSITIONS)
            bullets = tuple(rng.sample(ZH_BULLETS, rng.choice((1, 2, 3))))
        else:
            pool = EN_COMPANIES if lang == "en" else tuple(c[1] for c in ZH_COMPANIES)
            organization = rng.choice([c for c in pool if c not in used])
            position = rng.choice(EN_POSITIONS)
            bullets = tuple(rng.sample(EN_BULLETS, rng.choice((1, 2, 3))))
        used.add(organization)
        start = month(rng, year - 1)
        end = "present" if index == 0 and rng.random() < 0.35 else month(rng, year)
        if end != "present" and end <= start:
            end = f"{year}-12"
        jobs.append(Job(organization, position, start, end, highlights=bullets))
        year -= 1
    return tuple(jobs)


def build_authors(rng: random.Random, own: str, position: str, lang: str) -> tuple[Author, ...]:
    """An author list in which *own* holds *position* (first, co-first, corresponding or other)."""
    others = list(rng.sample(CO_AUTHORS_ZH if lang != "en" else CO_AUTHORS_EN, rng.choice((1, 2, 3, 4))))
    advisor_marked = rng.random() < 0.6
    if position == "first":
        names = [Author(own)] + [Author(n) for n in others]
    elif position == "co-first":
        names = [Author(others[0], co_first=True), Author(own, co_first=True)] + [Author(n) for n in others[1:]]
        if rng.random() < 0.5:
            names[0], names[1] = names[1], names[0]
    elif position == "corresponding":
        names = [Author(n) for n in others] + [Author(own, corresponding=True)]
        advisor_marked = False
    else:
        names = [Author(others[0]), Author(own)] + [Author(n) for n in others[1:]]
    if advisor_marked and len(names) > 2 and names[-1].name != own:
        names[-1] = Author(names[-1].name, corresponding=True)
    return tuple(names)


def build_publications(rng: random.Random, lang: str, own: str, count: int, lists: bool, taken: list[str]) -> tuple[Pub, ...]:
    """*count* papers with varied status, track, presentation and own-author position."""
    pubs = []
    statuses, weights = zip(*STATUS_WEIGHTS, strict=False)
    for title in pick_titles(rng, count, taken):
        status = rng.choices(statuses, weights)[0]
        journals = [v for v, (journal, _) in VENUES.items() if journal]
        conferences = [v for v, (journal, _) in VENUES.items() if not journal]
        venue: str | None = rng.choice(journals if status in ("revision", "in-press") else conferences)
        year: int | None = rng.choice((2022, 2023, 2024, 2025))
        track, presentation = "main", None
        journal = VENUES[venue][0] if venue else False
        if status == "preprint":
            venue, journal = "arXiv", False
        elif status in ("under-review", "revision") and rng.random() < 0.5:
            year = None
            if status == "under-review":
                venue = None
        elif status == "submitted":
            year = 2026
        elif status in ("published", "accepted") and not journal:
            extra = VENUES[venue][1]
            if extra and rng.random() < 0.35:
                track = rng.choice(extra)
            if track == "main" and rng.random() < 0.5:
                presentation = rng.choice(("oral", "spotlight", "poster"))
        if status in ("revision", "in-press") and year is not None:
            year = 2025
        if status == "under-review" and year is not None:
            year = 2026
        position = rng.choices(("first", "co-first", "corresponding", "other"), (40, 20, 10, 30))[0]
        authors = build_authors(rng, own, position, lang) if lists else ()
        pubs.append(Pub(title, authors, venue, year, status, track, presentation, journal))
    return tuple(pubs)


def build_person(index: int, taken_titles: list[str]) -> Person:
    """The person at *index* (0-based), the same on every run."""
    rng = random.Random(1000 + index)
    lang = LANGS[index]
    pid = f"p{index + 1:02d}"
    surname, surname_py = SURNAMES[index % len(SURNAMES)]
    given, given_py = GIVEN[(index * 7) % len(GIVEN)]
    if lang == "en":
        first, last = EN_FIRST[index % len(EN_FIRST)], EN_LAST[(index * 5) % len(EN_LAST)]
        name = name_en = author_name = f"{first} {last}"
        handle = f"{first}.{last}".lower()
    else:
        name, name_en = surname + given, f"{given_py} {surname_py}"
        author_name = name_en
        handle = f"{given_py}.{surname_py}".lower()
    researcher = lang == "zh" or index % 2 == 0
    education = build_education(rng, lang, senior=researcher and rng.random() < 0.7)
    work = build_work(rng, lang, int((education[0].end or "2026")[:4]) if education[0].end != "present" else 2026)
    count = rng.randint(3, 8) if researcher else rng.randint(0, 2)
    lists = not (researcher and index % 6 == 5)
    publications = build_publications(rng, lang, author_name, count, lists, taken_titles)
    phone_number = f"{index + 1:04d}"
    if lang == "en":
        phones = (rng.choice((f"+1 (415) 555-01{index % 100:02d}", f"(212) 555-01{index % 100:02d}")),)
    else:
        phones = (rng.choice((f"+86 138-0000-{phone_number}", f"1380000{phone_number}", f"138 0000 {phone_number}")),)
    emails = (f"{handle}@example.com",) + ((f"{handle.split('.')[0]}@cs.example.edu",) if rng.random() < 0.25 else ())
    links = (f"https://github.com/{handle.replace('.', '-')}-example",) if rng.random() < 0.6 else ()
    text_lang = "zh" if lang == "zh" else "en"
    projects = tuple(
        Project(name, month(rng, 2023), month(rng, 2024), highlights=bullets)
        for name, bullets in rng.sample(ZH_PROJECTS if text_lang == "zh" else EN_PROJECTS, rng.choice((0, 1, 2)))
    )
    award_pool = ZH_AWARDS if lang == "zh" else EN_AWARDS
    awards = tuple(Award(title, rng.choice((2019, 2020, 2021, 2022, 2023, 2024))) for title in rng.sample(award_pool, rng.randint(1, 4)))
    labels = SKILL_LABELS[text_lang]
    skills = tuple(
        (label, tuple(rng.sample(SKILLS[kind], rng.randint(2, 4)))) for label, kind in zip(labels, SKILLS, strict=False) if rng.random() < 0.85 or kind == "lang"
    )
    if lang == "mixed":
        headings = dict(MIXED_HEADINGS)
    else:
        pool = ZH_HEADINGS if lang == "zh" else EN_HEADINGS
        headings = {kind: rng.choice(options) for kind, options in pool.items()}
    date_style = rng.choice(DATE_STYLES[lang])
    interests = rng.choice(ZH_INTERESTS if text_lang == "zh" else EN_INTERESTS)
    service = ""
    if publications and rng.random() < 0.5:
        service = "审稿人：NeurIPS 2025、ICLR 2026、ACL Rolling Review" if text_lang == "zh" else "Reviewer for NeurIPS 2025, ICML 2025 and TKDE"
    marks = rng.choice(("*", "#", "（共同一作）") if lang == "zh" else ("*", "#")), rng.choice(("†", "（通讯作者）") if lang == "zh" else ("†",))
    return Person(
        pid, lang, name, name_en, author_name, emails, phones, links, date_style, education, work,
        projects, publications, awards, skills, headings, interests, service, *marks, lists,
    )


def build_people() -> tuple[Person, ...]:
    """All 34 people, in order."""
    taken: list[str] = []
    return tuple(build_person(index, taken) for index in range(len(LANGS)))


PEOPLE = build_people()
