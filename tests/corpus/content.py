"""What one layout prints for one person (sections of entries, lines and papers) and the truth that follows from it."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from resources.samples.generate import format_span, person_truth
from tests.corpus.people import Author, Person, Pub

Run = tuple[str, str]  # text and its style: "" plain, "b" bold, "i" italic
Line = tuple[Run, ...]


@dataclass(frozen=True)
class Entry:
    """A dated entry: a bold first line with dates on the right, a second line, bullets."""

    title: str
    dates: str
    subtitle: str = ""
    bullets: tuple[str, ...] = ()


@dataclass(frozen=True)
class Section:
    """One printed section: its kind, its heading, and entries, plain lines or papers (each a few lines)."""

    kind: str
    heading: str
    entries: tuple[Entry, ...] = ()
    lines: tuple[Line, ...] = ()
    papers: tuple[tuple[Line, ...], ...] = ()
    pubs: tuple[Pub, ...] = ()  # the papers' records, in printed order
    topics: tuple[tuple[int, str], ...] = ()  # (index of a paper, the sub-heading printed before it)

    def topic(self, index: int) -> str | None:
        """The sub-heading printed before paper *index*, if any."""
        return dict(self.topics).get(index)


@dataclass(frozen=True)
class Options:
    """How a layout prints the common content."""

    pub_style: str = "ref"  # ref | title_first | glued | heading | labelled | tagged
    degree_first: bool = False  # education: the degree line above the institution
    award_year_first: bool = False
    side_kinds: tuple[str, ...] = ()  # sections in a sidebar, printed (and read) before the main column
    contact_heading: bool = False  # the sidebar prints its contacts under a heading
    pub_groups: bool = False  # papers grouped under sub-headings (topics in Chinese, kinds in English)
    pub_split: bool = False  # published papers, then preprints and manuscripts under their own heading
    headings: tuple[tuple[str, str], ...] = ()  # (kind, heading) the layout prints whatever the person's own choice
    info_heading: str = ""  # a heading over the contacts at the top (a job site's 个人信息 block)


@dataclass(frozen=True)
class Document:
    """Everything a renderer draws: the header and the sections in reading order."""

    person: Person
    name: str
    subtitle: str
    contacts: tuple[str, ...]
    sections: tuple[Section, ...]
    options: Options = field(default_factory=Options)

    @property
    def text_lang(self) -> str:
        """'zh' when the headings and labels are Chinese."""
        return "en" if self.person.lang == "en" else "zh"


CONTACT_HEADINGS = {"zh": "联系方式", "en": "Contact", "mixed": "联系方式 Contact"}
ORDERS = {
    "zh": ("education", "interests", "work", "publications", "projects", "awards", "service", "skills"),
    "en": ("interests", "education", "work", "publications", "projects", "awards", "skills", "service"),
    "mixed": ("education", "work", "publications", "projects", "skills", "awards", "interests", "service"),
}


def span(person: Person, start: str | None, end: str | None) -> str:
    """A date range in the person's style."""
    return format_span(start, end, person.date_style)


def venue_base(pub: Pub, glued: bool) -> str:
    """'NeurIPS 2024' ('NeurIPS2024' glued), the bare venue without a year, '' without a venue."""
    if pub.venue is None:
        return ""
    if pub.year is None:
        return pub.venue
    return f"{pub.venue}{'' if glued else ' '}{pub.year}"


def venue_text(pub: Pub, lang: str, glued: bool = False) -> str:
    """The venue as printed: year, track, presentation and status words around the acronym."""
    base = venue_base(pub, glued)
    if pub.status == "preprint":
        return f"arXiv preprint, {pub.year}"
    text = {
        "main": base,
        "findings": f"Findings of {base}",
        "workshop": f"{base} Workshop",
        "demo": f"{base} (System Demonstrations)",
        "student": f"{base} Student Abstract",
    }[pub.track]
    if pub.presentation:
        text += {"oral": ", Oral", "spotlight": " (Spotlight)", "poster": ", poster"}[pub.presentation]
    zh = lang == "zh"
    return {
        "published": text,
        "accepted": f"{text}（已录用）" if zh else f"Accepted at {text}",
        "under-review": (f"{text} 在投" if text else "在投") if zh else (f"Under review at {text}" if text else "Under review"),
        "submitted": f"投稿至 {text}" if zh else f"Submitted to {text}",
        "revision": f"{text}, Minor Revision" if pub.year else f"{text}, Major Revision",
        "in-press": f"{text}, in press",
    }[pub.status]


# Chinese short titles, as Chinese CVs print them above the English title: 面向<task>的<method>
ZH_METHODS = {
    "Attention": "注意力机制", "Expert Routing": "专家路由", "Knowledge Distillation": "知识蒸馏", "Decoding": "解码方法",
    "Alignment": "对齐方法", "Tokenization": "分词方法", "Planning": "规划方法", "Preference Optimization": "偏好优化",
    "Quantization": "量化方法", "Instruction Tuning": "指令微调", "Data Selection": "数据选择", "Prompt Compression": "提示压缩",
    "Chain-of-Thought Reasoning": "思维链推理", "Continual Pretraining": "继续预训练", "Representation Learning": "表征学习",
    "Model Merging": "模型融合", "Tool Use": "工具调用", "KV Cache Eviction": "KV 缓存淘汰", "Reward Modeling": "奖励建模",
    "Evaluation": "评测方法",
}
ZH_TASKS = {
    "for Long-Context Language Models": "长上下文语言模型", "in Mixture-of-Experts Transformers": "混合专家模型",
    "for Multimodal Large Language Models": "多模态大模型", "under Distribution Shift": "分布偏移场景",
    "for Repository-Level Code Generation": "仓库级代码生成", "with Noisy Human Feedback": "含噪人类反馈",
    "for Open-Domain Question Answering": "开放域问答", "at Billion-Parameter Scale": "十亿参数规模模型",
    "for Vision-Language Navigation": "视觉语言导航", "in Low-Resource Machine Translation": "低资源机器翻译",
    "for Mathematical Reasoning": "数学推理", "on Edge Devices": "端侧设备", "for Recommendation with Sparse Feedback": "稀疏反馈推荐",
    "across Heterogeneous Clients": "异构客户端", "for Streaming Speech Recognition": "流式语音识别", "without Labeled Data": "无标注数据场景",
}
OWN_ROLE_ZH = {"first": "第一作者", "co-first": "共同第一作者", "corresponding": "通讯作者"}


def short_title_zh(title: str) -> str:
    """The Chinese short title of an invented English title: 面向<task>的<method>."""
    method = next(zh for en, zh in ZH_METHODS.items() if en in title)
    task = next(zh for en, zh in ZH_TASKS.items() if title.endswith(en))
    return f"面向{task}的{method}"


def labelled_lines(person: Person, pub: Pub, lang: str) -> tuple[Line, ...]:
    """A numbered short title with the venue (and the own role), then 论文标题：/作者： (Title:/Authors:) lines."""
    venue = venue_text(pub, lang)
    authors = author_runs(person, pub.authors) if pub.authors else ()
    if lang == "zh":
        role = OWN_ROLE_ZH.get(person.position(pub) or "")
        extra = "，".join(part for part in (venue, role) if part)
        lines: list[Line] = [((short_title_zh(pub.title), "b"), (f"（{extra}）" if extra else "", ""))]
        lines.append((("论文标题：", ""), (pub.title, "")))
        return tuple(lines + ([(("作者：", ""), *authors)] if authors else []))
    lines = [((venue or "Manuscript", "b"),), (("Title: ", ""), (pub.title, ""))]
    return tuple(lines + ([(("Authors: ", ""), *authors)] if authors else []))


def author_runs(person: Person, authors: tuple[Author, ...]) -> Line:
    """The author list with the person's own name in bold and the marks after each name."""
    runs: list[Run] = []
    for index, author in enumerate(authors):
        if index:
            runs.append((", ", ""))
        runs.append((author.name, "b" if author.name == person.author_name else ""))
        marks = (person.co_first_mark if author.co_first else "") + (person.corresponding_mark if author.corresponding else "")
        if marks:
            runs.append((marks, ""))
    return tuple(runs)


def paper_lines(person: Person, pub: Pub, style: str, lang: str) -> tuple[Line, ...]:
    """A paper in one of the publication-list styles Chinese and English CVs use."""
    if style == "labelled":
        return labelled_lines(person, pub, lang)
    authors = author_runs(person, pub.authors) if pub.authors else ()
    venue = venue_text(pub, lang, glued=style == "glued")
    if style == "heading":
        lines = [((pub.title, "b"),)]
        if authors:
            lines.append(authors)
        if venue:
            lines.append(((venue, "i"),))
        return tuple(lines)
    if style == "glued":
        line: list[Run] = [(pub.title, "")]
        if venue:
            line.append((f" ({venue})", ""))
        if authors:
            line += [(". ", ""), *authors]
        return (tuple(line),)
    title_part: Line = ((pub.title, ""), (". ", ""))
    venue_part: Line = ((venue, "i"), (".", "")) if venue else ()
    author_part: Line = (*authors, (". ", "")) if authors else ()
    if style == "title_first":
        return ((*title_part, *author_part, *venue_part),)
    if style == "tagged":
        return (((f"【{rank_tag(pub)}】", "b"), *author_part, *title_part, *venue_part),)
    return ((*author_part, *title_part, *venue_part),)


CCF_A = frozenset({"NeurIPS", "ICML", "ACL", "CVPR", "AAAI", "IJCAI", "KDD", "SIGIR", "TPAMI", "TKDE", "JMLR"})


def rank_tag(pub: Pub) -> str:
    """The tag Chinese job sites put before a paper: CCF-A, CCF-B, 顶会 (ICLR), SCI, 预印本, 在投."""
    if pub.venue is None:
        return "在投"
    if pub.venue == "arXiv":
        return "预印本"
    if pub.venue in CCF_A:
        return "CCF-A"
    return "SCI" if pub.journal else "顶会" if pub.venue == "ICLR" else "CCF-B"


def degree_line(person: Person, degree: str, area: str) -> str:
    """'硕士 · 人工智能' or 'M.S. in Computer Science'."""
    return f"{degree} · {area}" if person.lang == "zh" else f"{degree} in {area}"


def award_line(person: Person, title: str, year: int | None, year_first: bool) -> Line:
    """An award with its year before or after it."""
    if year is None:
        return ((title, ""),)
    if year_first:
        return ((f"{year}  ", ""), (title, ""))
    return ((title, ""), (f"（{year}）" if person.lang == "zh" else f", {year}", ""))


LLM_WORDS = ("Language Model", "Reasoning", "Instruction", "Alignment", "Preference", "Reward", "Prompt", "Decoding")


def paper_group(person: Person, pub: Pub) -> str:
    """The sub-heading a paper goes under: a topic in Chinese résumés, a kind of paper in English ones."""
    if person.lang != "en":
        return "大语言模型" if any(w in pub.title for w in LLM_WORDS) else "机器学习与多模态"
    if pub.status in ("published", "accepted", "in-press"):
        return "Journal Articles" if pub.journal else "Conference Papers"
    return "Preprints and Manuscripts under Review"


def paper_groups(person: Person) -> list[tuple[str, Pub]]:
    """The papers ordered by sub-heading (first-seen order), each with its sub-heading."""
    order = list(dict.fromkeys(paper_group(person, p) for p in person.publications))
    return sorted(((paper_group(person, p), p) for p in person.publications), key=lambda gp: order.index(gp[0]))


def sections(person: Person, options: Options) -> tuple[Section, ...]:
    """The person's sections in the layout's reading order."""
    lang = "en" if person.lang == "en" else "zh"
    colon = "：" if person.lang == "zh" else ": "
    built: dict[str, Section] = {}
    h = {**person.headings, **dict(options.headings)}
    built["education"] = Section(
        "education",
        h["education"],
        entries=tuple(
            Entry(degree_line(person, s.degree, s.area), span(person, s.start, s.end), s.institution, s.details)
            if options.degree_first
            else Entry(s.institution, span(person, s.start, s.end), degree_line(person, s.degree, s.area), s.details)
            for s in person.education
        ),
    )
    jobs = tuple(Entry(j.organization, span(person, j.start, j.end), j.position, j.highlights) for j in person.work)
    if published := next((p for p in person.publications if p.status == "published" and p.year), None):
        said = f"相关成果已发表于 {published.venue} {published.year}。" if lang == "zh" else (
            f"Results published at {published.venue} {published.year}."
        )
        jobs = (replace(jobs[0], bullets=(*jobs[0].bullets, said)), *jobs[1:])
    built["work"] = Section("work", h["work"], entries=jobs)
    if person.publications:
        grouped = paper_groups(person) if options.pub_groups else [("", p) for p in person.publications]
        pubs = tuple(p for _, p in grouped)
        topics = tuple((i, g) for i, (g, _) in enumerate(grouped) if g and (i == 0 or grouped[i - 1][0] != g))
        papers = tuple(paper_lines(person, p, options.pub_style, lang) for p in pubs)
        built["publications"] = Section("publications", h["publications"], papers=papers, pubs=pubs, topics=topics)
    if person.projects:
        projects = tuple(Entry(p.name, span(person, p.start, p.end), "", p.highlights) for p in person.projects)
        built["projects"] = Section("projects", h["projects"], entries=projects)
    built["awards"] = Section(
        "awards", h["awards"], lines=tuple(award_line(person, a.title, a.year, options.award_year_first) for a in person.awards)
    )
    skills = tuple(((f"{label}{colon}", "b"), (", ".join(items), "")) for label, items in person.skills)
    built["skills"] = Section("skills", h["skills"], lines=skills)
    if person.publications and (person.lang == "zh" or len(person.publications) > 2):
        built["interests"] = Section("interests", h["interests"], lines=(((person.interests, ""),),))
    if person.service:
        built["service"] = Section("service", h["service"], lines=(((person.service, ""),),))
    order = [k for k in ORDERS[person.lang] if k in built]
    side = [k for k in order if k in options.side_kinds]
    printed = [built[k] for k in side + [k for k in order if k not in side]]
    return tuple(part for s in printed for part in (split_papers(person, s) if options.pub_split else (s,)))


SELECTED_HEADINGS = {"zh": "代表性论文", "en": "Selected Publications", "mixed": "代表性论文 Selected Publications"}
PREPRINT_HEADINGS = {"zh": "预印本与在投论文", "en": "Preprints", "mixed": "预印本 Preprints"}
PUBLISHED = ("published", "accepted", "in-press")


def split_papers(person: Person, section: Section) -> tuple[Section, ...]:
    """A publications section as two: the published papers under Selected Publications, the rest under Preprints."""
    if section.kind != "publications":
        return (section,)
    parts = []
    for heading, wanted in ((SELECTED_HEADINGS, True), (PREPRINT_HEADINGS, False)):
        chosen = [(lines, pub) for lines, pub in zip(section.papers, section.pubs, strict=True) if (pub.status in PUBLISHED) == wanted]
        if chosen:
            papers, pubs = zip(*chosen, strict=True)
            parts.append(Section("publications", heading[person.lang], papers=papers, pubs=pubs))
    return tuple(parts)


CITIES = {
    "zh": ("北京", "上海", "杭州", "深圳", "南京"),
    "en": ("Beijing, China", "Seattle, WA", "Pittsburgh, PA", "Shanghai, China", "Mountain View, CA"),
}


def location(place: str, lang: str) -> str:
    """A city printed beside an institution or employer (deterministic; not part of the truth)."""
    cities = CITIES[lang]
    return cities[sum(map(ord, place)) % len(cities)]


def document(person: Person, options: Options) -> Document:
    """What a layout with *options* prints for *person*."""
    subtitle = person.name_en if person.lang == "mixed" else ""
    contacts = person.phones + person.emails + person.links
    return Document(person, person.name, subtitle, contacts, sections(person, options), options)


def truth(doc: Document, layout: str, producer: str) -> dict[str, Any]:
    """The ground truth of *doc* in the development corpus's format, plus the publication details of issue #11."""
    person = doc.person
    headings = [s.heading for s in doc.sections]
    if doc.options.contact_heading:
        headings.insert(0, CONTACT_HEADINGS[person.lang])
    if doc.options.info_heading:
        headings.insert(0, doc.options.info_heading)
    pubs = [p for s in doc.sections if s.kind == "publications" for p in s.pubs]
    return {
        **person_truth(person),
        "publications": [
            {
                "title": p.title,
                "venue": p.venue,
                "year": p.year,
                "authors": [a.name for a in p.authors] or None,
                "authorPosition": person.position(p),
                "status": p.status,
                "track": p.track,
                "presentation": p.presentation,
            }
            for p in pubs
        ],
        "awards": [{"title": a.title, "year": a.year} for a in person.awards],
        "skills": [skill for _, items in person.skills for skill in items],
        "sections": headings,
        "person": person.pid,
        "layout": layout,
        "producer": producer,
    }
