"""Papers in every layout Chinese ML résumés and English academic CVs use, read from text and from PDF.

Each résumé is written once as Markdown and read twice: as the Markdown file, and as the PDF its
rendition is (loaded as a PDF, the way a LaTeX or Word export is).  Per paper the test checks title,
authors, the candidate's position, venue, year, status and track.
"""

from __future__ import annotations

from typing import Any

import pymupdf
import pytest

from parsing import parse
from parsing.load import load_bytes
from storage.papers import PublicationFacts
from tests.parsing.docmaker import L, make_document

Paper = tuple[str, list[str], str | None, str | None, str | None, str | None, str | None]
FORMATS = ("markdown", "pdf")


def read(markdown: str, fmt: str) -> dict[str, Any]:
    """The profile of *markdown* read as Markdown, or as the PDF it renders to."""
    document = load_bytes("cv.md", markdown.encode())
    if fmt == "pdf":
        assert document.display_pdf is not None
        document = load_bytes("cv.pdf", document.display_pdf)
    return parse(document).to_json_resume()


def papers(profile: dict[str, Any]) -> list[Paper]:
    return [
        (
            p.get("name"), p.get("x-authors", []), p.get("x-authorPosition"), p.get("x-venue"),
            p.get("releaseDate"), p.get("x-status"), p.get("x-track"),
        )
        for p in profile.get("publications", [])
    ]


TOPIC_SUBHEADINGS = """# 徐明宇

邮箱：xmy@example.com

## 教育背景

- 清华大学 计算机科学与技术 博士 2021.09 - 至今

## 论文

### 大语言模型

1. **Mingyu Xu**\\*, Wei Li\\*, Hao Chen. Sparse Expert Routing for Long-Context Pretraining. NeurIPS 2024.
2. Wei Li, **Mingyu Xu**, Hao Chen†. Reward Shaping with Verifiable Feedback for Alignment. Submitted to ICLR 2025.

### 机器学习与多模态

3. **Xu M**, Zhang Y. Prototype Smoothing for Imbalanced Semi-Supervised Learning. ICASSP2024, oral.
4. Zhang Y, Xu M. Visual Instruction Tuning with Noisy Captions. NeurIPS 2024 Workshop on Instruction Tuning.

## 学术服务

- 审稿人：TKDE, NeurIPS 2024
"""


@pytest.mark.parametrize("fmt", FORMATS)
def test_numbered_list_under_topic_subheadings(fmt: str) -> None:
    profile = read(TOPIC_SUBHEADINGS, fmt)
    assert papers(profile) == [
        ("Sparse Expert Routing for Long-Context Pretraining", ["Mingyu Xu", "Wei Li", "Hao Chen"],
         "co-first", "NeurIPS", "2024", "published", "main"),
        ("Reward Shaping with Verifiable Feedback for Alignment", ["Wei Li", "Mingyu Xu", "Hao Chen"],
         "other", "ICLR", "2025", "submitted", "main"),
        # venue and year glued, and the initials of 徐明宇 in bold
        ("Prototype Smoothing for Imbalanced Semi-Supervised Learning", ["Xu M", "Zhang Y"],
         "first", "ICASSP", "2024", "published", "main"),
        # not bold: found by the pinyin initials of the candidate's Chinese name
        ("Visual Instruction Tuning with Noisy Captions", ["Zhang Y", "Xu M"],
         "other", "NeurIPS", "2024", "published", "workshop"),
    ]
    assert profile["publications"][2]["x-presentation"] == "oral"
    assert "x-rank" not in profile["publications"][3]  # a workshop paper does not carry NeurIPS's rank
    # the reviewing service is no paper; a submitted and a workshop paper are not CCF-A publications
    facts = PublicationFacts.of(profile)
    assert facts == PublicationFacts(papers=4, published=3, first_author=2, unknown_position=0, top_venue=1)


LABELLED_AND_REFERENCES = """# 陈思远

电话：138-0000-1234

## 科研成果

1. 长上下文位置插值（ACL 2024，CCF-A）
   - 论文标题：Frequency-Aware Position Interpolation for Long-Context Language Models
   - 作者：陈思远，王伟，李华
   - 动机：现有位置编码在长文本上外推能力不足，导致模型在超长上下文中性能显著下降。
   - 方法：提出按频率分段的插值方法，对高频与低频分量分别缩放。
   - 效果：在 LongBench 上平均提升 3.2 个点。
2. 稀疏专家路由（NeurIPS 2024 在投）
   - 论文标题：Curriculum Routing for Sample-Efficient Sparse Expert Pretraining
   - 作者：王伟，陈思远*，李华
   - 研究成果：共同一作，NeurIPS 2024 under review

## 项目经历

**多模态检索系统** 2023.01 - 2023.12

- 负责召回模块设计，成果已发表于 SIGIR 2024。

## 发表论文

- [1]. Chen S, Wang W. Energy Landscapes for Open-Set Recognition. IEEE TKDE, major revision.
- [2]. Sparse Attention Kernels for Edge Devices (NeurIPS2024)
- [3]. Chen S, Li H, Wang W. Token Merging for Efficient Vision Transformers. arXiv:2403.01234, 2024.
"""


@pytest.mark.parametrize("fmt", FORMATS)
def test_labelled_short_titles_and_bracketed_references(fmt: str) -> None:
    profile = read(LABELLED_AND_REFERENCES, fmt)
    assert papers(profile) == [
        ("Frequency-Aware Position Interpolation for Long-Context Language Models", ["陈思远", "王伟", "李华"],
         "first", "ACL", "2024", "published", "main"),
        # under review: the year as printed, and the status says it is not out yet
        ("Curriculum Routing for Sample-Efficient Sparse Expert Pretraining", ["王伟", "陈思远", "李华"],
         "co-first", "NeurIPS", "2024", "under-review", "main"),
        ("Energy Landscapes for Open-Set Recognition", ["Chen S", "Wang W"],
         "first", "TKDE", None, "revision", "main"),
        # no author list: the position is unknown, never a guess
        ("Sparse Attention Kernels for Edge Devices", [], None, "NeurIPS", "2024", "published", "main"),
        ("Token Merging for Efficient Vision Transformers", ["Chen S", "Li H", "Wang W"],
         "first", "arXiv", "2024", "preprint", "main"),
    ]
    # "成果已发表于 SIGIR 2024" in a project is that project's outcome, not another paper
    assert [p["name"] for p in profile["projects"]] == ["多模态检索系统"]
    facts = PublicationFacts.of(profile)
    assert facts == PublicationFacts(papers=5, published=2, first_author=1, unknown_position=1, top_venue=2)
    assert facts.first_author_text() == "1 (+1 unknown)"


ENGLISH_SECTIONS = """# Helena M. Voss

helena.voss@example.com

## Education

- University of Oxford, D.Phil. in Computer Science, 2017 - 2021

## Conference Papers

- **H. M. Voss**, S. Delgado-Kim, A. Whitcombe. "Offline Preference Optimization with Conflicting Annotators."
  In *International Conference on Machine Learning (ICML)*, 2024. Spotlight.
- A. Whitcombe, **H. M. Voss**. [Calibrated Uplift Models for Marketplace Incentives](https://example.com/uplift). RecSys 2023.

## Workshops

- **H. M. Voss**, J. Chen. *Probing Reward Models for Length Bias*. NeurIPS 2023 Workshop on Instruction Following.

## Journal Articles

- J. Chen, **H. M. Voss**\\*. Robust Ranking under Distribution Shift. IEEE Transactions on Knowledge and Data Engineering, 2022.

## Preprints

- **H. M. Voss**, L. Zhou. Scaling Laws for Preference Data. arXiv preprint arXiv:2405.01234, 2024.

## Under Review

- L. Zhou, **H. M. Voss**. Reward Hacking in the Wild. Under review at ICLR 2025.

## Theses

- H. M. Voss. Learning from Conflicting Feedback. D.Phil. Thesis, University of Oxford, 2021.

## Invited Talks

- Preference Learning at Scale, Google DeepMind, 2023.

## Academic Service

- Reviewer for NeurIPS, ICML, ICLR (2022-2024)
"""


@pytest.mark.parametrize("fmt", FORMATS)
def test_english_academic_sections_quotes_links_and_italics(fmt: str) -> None:
    profile = read(ENGLISH_SECTIONS, fmt)
    assert papers(profile) == [
        ("Offline Preference Optimization with Conflicting Annotators", ["H. M. Voss", "S. Delgado-Kim", "A. Whitcombe"],
         "first", "ICML", "2024", "published", "main"),
        ("Calibrated Uplift Models for Marketplace Incentives", ["A. Whitcombe", "H. M. Voss"],
         "other", "RecSys", "2023", "published", "main"),
        ("Probing Reward Models for Length Bias", ["H. M. Voss", "J. Chen"],
         "first", "NeurIPS", "2023", "published", "workshop"),
        # a lone star marks the corresponding author
        ("Robust Ranking under Distribution Shift", ["J. Chen", "H. M. Voss"],
         "corresponding", "TKDE", "2022", "published", "main"),
        ("Scaling Laws for Preference Data", ["H. M. Voss", "L. Zhou"], "first", "arXiv", "2024", "preprint", "main"),
        ("Reward Hacking in the Wild", ["L. Zhou", "H. M. Voss"], "other", "ICLR", "2025", "under-review", "main"),
    ]  # the thesis, the talk and the reviewing are no papers
    assert profile["publications"][0]["x-presentation"] == "spotlight"
    assert PublicationFacts.of(profile).top_venue == 2  # ICML and TKDE; not the NeurIPS workshop


TITLE_HEADINGS = """# Jiahao Chen

jiahao.chen@example.org

## Selected Publications

**Frequency-Aware Position Interpolation for Long-Context Language Models**

Jiahao Chen, Wei Tan, Bo Lin

ACL 2024 (Findings)

**Layer Dropping Is Not Free: Redundancy and Recovery in Deep Transformers**

Wei Tan, Jiahao Chen

EMNLP 2023, System Demonstrations

**Hierarchical Expert Routing in Low-Resource Machine Translation**

Kai Sun, Yue Zhang, Jiahao Chen†

arXiv preprint, 2023

## Skills

- Python, PyTorch
"""


@pytest.mark.parametrize("fmt", FORMATS)
def test_title_as_entry_heading_with_the_authors_below(fmt: str) -> None:
    assert papers(read(TITLE_HEADINGS, fmt)) == [
        ("Frequency-Aware Position Interpolation for Long-Context Language Models", ["Jiahao Chen", "Wei Tan", "Bo Lin"],
         "first", "ACL", "2024", "published", "findings"),
        ("Layer Dropping Is Not Free: Redundancy and Recovery in Deep Transformers", ["Wei Tan", "Jiahao Chen"],
         "other", "EMNLP", "2023", "published", "demo"),
        # the marked last name ends the list before the venue line
        ("Hierarchical Expert Routing in Low-Resource Machine Translation", ["Kai Sun", "Yue Zhang", "Jiahao Chen"],
         "corresponding", "arXiv", "2023", "preprint", "main"),
    ]


CITED_ELSEWHERE = """# Jiahao Chen

jiahao.chen@example.org

## Publications

- Confidence Recalibration for Noisy Partial Label Learning. - J. Chen and B. Wang. NeurIPS 2023.
- "Prototype Smoothing for Imbalanced Semi-Supervised Learning", Jiahao Chen, Yan Liu. ICASSP 2024, poster.

## Research

- Jiahao Chen, Hao Feng. Sample-Efficient Exploration with Language Priors. AAAI 2022.
"""


@pytest.mark.parametrize("fmt", FORMATS)
def test_authors_after_a_dash_and_citations_under_another_heading(fmt: str) -> None:
    profile = read(CITED_ELSEWHERE, fmt)
    assert papers(profile) == [
        ("Confidence Recalibration for Noisy Partial Label Learning", ["J. Chen", "B. Wang"],
         "first", "NeurIPS", "2023", "published", "main"),
        ("Prototype Smoothing for Imbalanced Semi-Supervised Learning", ["Jiahao Chen", "Yan Liu"],
         "first", "ICASSP", "2024", "published", "main"),
        ("Sample-Efficient Exploration with Language Priors", ["Jiahao Chen", "Hao Feng"],
         "first", "AAAI", "2022", "published", "main"),
    ]
    assert profile["publications"][1]["x-presentation"] == "poster"


def test_year_column_beside_each_entry_in_plain_text() -> None:
    text = (
        "Jiahao Chen\njiahao.chen@example.org\n\nPUBLICATIONS\n-----------\n"
        "2024     Jiahao Chen, Wei Tan. Frequency-Aware Position Interpolation for Long-Context\n"
        "         Language Models. ACL 2024.\n"
        "2023     Wei Tan, Jiahao Chen. Layer Dropping Is Not Free. EMNLP 2023.\n\n"
        "SKILLS\n------\nPython, PyTorch\n"
    )
    profile = parse(load_bytes("cv.txt", text.encode())).to_json_resume()
    assert papers(profile) == [
        ("Frequency-Aware Position Interpolation for Long-Context Language Models", ["Jiahao Chen", "Wei Tan"],
         "first", "ACL", "2024", "published", "main"),
        ("Layer Dropping Is Not Free", ["Wei Tan", "Jiahao Chen"], "other", "EMNLP", "2023", "published", "main"),
    ]


def test_bold_marks_printed_literally_in_a_pdf_find_the_candidate() -> None:
    pdf = pymupdf.open()
    page = pdf.new_page()
    lines = [
        "CURRICULUM VITAE", "PUBLICATIONS",
        "[1]. Kim S, **Roe J**, Park H. Sparse Routing for Long Context Models. ACL 2024.",
        "[2]. **Roe J**, Kim S. Token Pruning at Scale. EMNLP 2023.",
        "EDUCATION", "MIT, PhD, 2019 - 2024",
    ]
    for row, line in enumerate(lines):
        page.insert_text((60, 60 + 16 * row), line, fontname="helv", fontsize=10)
    profile = parse(load_bytes("cv.pdf", pdf.tobytes())).to_json_resume()
    # no name is printed: only the literal marks say which author the candidate is
    assert [(p["name"], p["x-authorPosition"]) for p in profile["publications"]] == [
        ("Sparse Routing for Long Context Models", "other"),
        ("Token Pruning at Scale", "first"),
    ]


STATEMENTS = """# 林晓

邮箱：linxiao@example.com

## 论文发表

- Graph Prompting for Few-Shot Node Classification (NeurIPS2024, CCF-A 第一作者)
- Wang H#, Lin X#, Zhao Q. Contrastive Pretraining for Molecules. KDD 2023.
- Zhao Q, Wang H, Lin X. Federated Graph Learning with Drift. AAAI 2024（通讯作者）
- Lin X, Zhao Q. Hypergraph Transformers. ICML 2023, first author, accepted.
- 知乎专栏：图神经网络入门系列博客

## 专利

- 一种图数据增强方法，CN1234567A，2023
"""


@pytest.mark.parametrize("fmt", FORMATS)
def test_one_paper_per_bullet_with_authorship_statements_and_marks(fmt: str) -> None:
    assert papers(read(STATEMENTS, fmt)) == [
        ("Graph Prompting for Few-Shot Node Classification", [], "first", "NeurIPS", "2024", "published", "main"),
        # "#" shared with the first author: equal contribution
        ("Contrastive Pretraining for Molecules", ["Wang H", "Lin X", "Zhao Q"],
         "co-first", "KDD", "2023", "published", "main"),
        ("Federated Graph Learning with Drift", ["Zhao Q", "Wang H", "Lin X"],
         "corresponding", "AAAI", "2024", "published", "main"),
        ("Hypergraph Transformers", ["Lin X", "Zhao Q"], "first", "ICML", "2023", "accepted", "main"),
    ]  # the blog column and the patent are no papers


def test_topic_subheadings_styled_like_headings_keep_their_papers() -> None:
    heading = {"size": 13.0, "bold": True}
    document = make_document(
        L("徐明宇", size=18, bold=True), "邮箱：xmy@example.com",
        L("教育背景", **heading), "清华大学 计算机科学与技术 博士 2021.09 - 至今",
        L("论文发表", **heading),
        L("大语言模型", **heading),
        "1. Sparse Expert Routing for Long-Context Pretraining. NeurIPS 2024.",
        "2. Reward Shaping with Verifiable Feedback for Alignment. ICLR 2025.",
        "I review for TKDE and NeurIPS.",
        L("机器学习与多模态", **heading),
        "3. Prototype Smoothing for Imbalanced Semi-Supervised Learning. ICASSP 2024.",
        L("专业技能", **heading), "Python, PyTorch",
    )
    profile = parse(document).to_json_resume()
    assert [(p["name"], p["x-venue"]) for p in profile["publications"]] == [
        ("Sparse Expert Routing for Long-Context Pretraining", "NeurIPS"),
        ("Reward Shaping with Verifiable Feedback for Alignment", "ICLR"),
        ("Prototype Smoothing for Imbalanced Semi-Supervised Learning", "ICASSP"),
    ]  # the reviewing sentence is no paper
    # no author lists at all: the candidate's place is unknown, not "0 first-author papers"
    assert PublicationFacts.of(profile).first_author_text() == "unknown"


IN_PROJECTS = """# 陈思远

电话：138-0000-1234

## 项目经历

**多模态检索系统** 2023.01 - 2023.12

- 负责召回模块设计，成果已发表于 SIGIR 2024。
- 论文：Chen S, Wang W. Dense Retrieval with Visual Anchors. SIGIR 2024.

**长文本对齐** 2022.01 - 2022.12

- Chen S, Li H. Token Merging for Efficient Vision Transformers. CVPR 2023.

## 发表论文

- [1]. Chen S, Li H. Token Merging for Efficient Vision Transformers. CVPR 2023.
"""


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_paper_cited_inside_a_project_counts_once(fmt: str) -> None:
    profile = read(IN_PROJECTS, fmt)
    assert papers(profile) == [
        ("Token Merging for Efficient Vision Transformers", ["Chen S", "Li H"], "first", "CVPR", "2023", "published", "main"),
        ("Dense Retrieval with Visual Anchors", ["Chen S", "Wang W"], "first", "SIGIR", "2024", "published", "main"),
    ]  # the list's paper once, the one only a project cites, and no paper for "成果已发表于 SIGIR 2024"
    assert [p["name"] for p in profile["projects"]] == ["多模态检索系统", "长文本对齐"]


ROLES_AND_ACCENTS = """# Sofia Lindqvist

sofia@example.com

## Conference and Journal Papers

1. Tomás Ruiz#, Sofia Lindqvist#. Token-Level Quantization on Edge Devices. Accepted at SIGIR 2025.
2. Wen Gao, Sofia Lindqvist, Ping Luo（通讯作者）. Memory-Efficient Reasoning without Labeled Data. NAACL 2025.
3. Sofia Lindqvist, Hao Wu. Curriculum Representation Learning on Edge Devices. 投稿至 ICML 2026.
"""


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_role_beside_another_author_is_theirs_and_accented_names_are_names(fmt: str) -> None:
    assert papers(read(ROLES_AND_ACCENTS, fmt)) == [
        ("Token-Level Quantization on Edge Devices", ["Tomás Ruiz", "Sofia Lindqvist"],
         "co-first", "SIGIR", "2025", "accepted", "main"),
        # Ping Luo is the corresponding author, not the candidate
        ("Memory-Efficient Reasoning without Labeled Data", ["Wen Gao", "Sofia Lindqvist", "Ping Luo"],
         "other", "NAACL", "2025", "published", "main"),
        ("Curriculum Representation Learning on Edge Devices", ["Sofia Lindqvist", "Hao Wu"],
         "first", "ICML", "2026", "submitted", "main"),
    ]


def test_a_name_set_in_bold_word_by_word_is_the_candidate() -> None:
    document = make_document(
        L("CURRICULUM VITAE", size=16, bold=True),
        L("Publications", size=13, bold=True),
        L("Hao Wu, Tianyu Peng. Graph-Structured Expert Routing under Distribution Shift. AAAI 2024.",
          bold_parts=("Tianyu", "Peng")),
    )
    assert [p.get("x-authorPosition") for p in parse(document).to_json_resume()["publications"]] == ["other"]


def test_tex_paragraph_papers_with_bold_words_set_one_span_each() -> None:
    title_1 = ("Memory-Efficient", "Chain-of-Thought", "Reasoning", "without", "Labeled", "Data")
    title_2 = ("Graph-Structured", "Tokenization", "for", "Streaming", "Speech", "Recognition")
    heading = {"size": 13.0, "bold": True}
    document = make_document(
        L("黄梓萱", size=18, bold=True),
        L("科研成果", **heading),
        L("Memory-Efficient Chain-of-Thought Reasoning without Labeled Data Wen", bold_parts=title_1),
        "Gao, Zixuan Huang, Ping Luo（通讯作者）NAACL 2025 (Spotlight)",
        L("Graph-Structured Tokenization for Streaming Speech Recognition Zixuan", bold_parts=(*title_2, "Zixuan")),
        L("Huang, Hao Wu, Jun Zhao TKDE 2025, Minor Revision", bold_parts=("Huang,",)),
        L("技能特长", **heading), "Python",
    )
    assert papers(parse(document).to_json_resume()) == [
        ("Memory-Efficient Chain-of-Thought Reasoning without Labeled Data", ["Wen Gao", "Zixuan Huang", "Ping Luo"],
         "other", "NAACL", "2025", "published", "main"),
        # the candidate's bold surname opening the second line does not start a paper
        ("Graph-Structured Tokenization for Streaming Speech Recognition", ["Zixuan Huang", "Hao Wu", "Jun Zhao"],
         "first", "TKDE", "2025", "revision", "main"),
    ]


LABELLED_ENGLISH = """# Hannah Holloway

hannah@example.com

## Publications

[1] JMLR 2025, Minor Revision

Title: Self-Supervised Preference Optimization with Noisy Human Feedback

Authors: **Hannah Holloway**, David Kim, Greg Olsen, Ivy Chen†

[2] Submitted to CVPR 2026

Title: Compositional Instruction Tuning without Labeled Data

Authors: Rachel Stone, **Hannah Holloway**
"""


@pytest.mark.parametrize("fmt", FORMATS)
def test_venue_first_then_labelled_title_and_authors(fmt: str) -> None:
    assert papers(read(LABELLED_ENGLISH, fmt)) == [
        ("Self-Supervised Preference Optimization with Noisy Human Feedback",
         ["Hannah Holloway", "David Kim", "Greg Olsen", "Ivy Chen"], "first", "JMLR", "2025", "revision", "main"),
        ("Compositional Instruction Tuning without Labeled Data", ["Rachel Stone", "Hannah Holloway"],
         "other", "CVPR", "2026", "submitted", "main"),
    ]


VENUE_ON_THE_NEXT_LINE = (
    "Xiaotong Zhang, Rui Feng. Verifier-Guided Alignment with Noisy Human Feedback.",
    "arXiv preprint, 2025.",
    "Low-Rank Continual Pretraining on Edge Devices. Kai Sun, Xiaotong Zhang（通讯作者）.",
    "Findings of EMNLP 2022（已录用）.",
    "Yue Zhang, Xiaotong Zhang. Diffusion-Based Quantization for Multimodal Large",
    "Language Models. ACL 2023, poster.",
    # a paper whose venue has no year keeps its own line: the next paper's venue opens a new one
    "Xiaotong Zhang, Lei Chen. Causal Tool Use for Vision-Language Navigation. JMLR, Major Revision.",
    "ICLR 2024. Xiaotong Zhang, Hao Wu. Sparse Routing for Mixture-of-Experts Pretraining.",
)


def test_a_venue_line_under_a_citation_that_ended_its_sentence_is_that_papers_venue() -> None:
    heading = {"size": 13.0, "bold": True}
    document = make_document(
        L("张晓彤", size=18, bold=True), L("发表论文", **heading), *VENUE_ON_THE_NEXT_LINE, L("技能特长", **heading)
    )
    assert [p[3:5] for p in papers(parse(document).to_json_resume())] == [
        ("arXiv", "2025"), ("EMNLP", "2022"), ("ACL", "2023"), ("JMLR", None), ("ICLR", "2024"),
    ]


def test_a_bold_title_hyphenated_at_the_line_end_does_not_start_a_paper_on_its_rest() -> None:
    heading = {"size": 13.0, "bold": True}
    title = "PRISM-R: Compositional Reward Modeling for Open-Domain Question An-"
    document = make_document(
        L("王可欣", size=18, bold=True),
        L("科研成果", **heading),
        "Kexin Wang, Tao Huang. Self-Supervised Decoding for Mathematical Reasoning. ICLR 2024.",
        L(title, bold=True),
        # the title's rest and the candidate's bold name read as one bold run of three words
        L("swering Kexin Wang#, Tao Huang# 在投 NeurIPS 2025", bold_parts=("swering", "Kexin Wang#")),
        L("技能特长", **heading), "Python",
    )
    found = papers(parse(document).to_json_resume())
    assert [(p[0].split(":")[0], p[3], p[4]) for p in found] == [
        ("Self-Supervised Decoding for Mathematical Reasoning", "ICLR", "2024"), ("PRISM-R", "NeurIPS", "2025"),
    ]


TAGGED = """# 张晓彤

邮箱：xiaotong@example.com

## 科研成果

【CCF-A】Yue Zhang, **Xiaotong Zhang**. Diffusion-Based Quantization for Multimodal Large Language Models. ACL 2023, poster.

【预印本】**Xiaotong Zhang**, Rui Feng. Verifier-Guided Alignment with Noisy Human Feedback. arXiv preprint, 2025.
"""


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_rank_tag_before_each_paper_is_no_author(fmt: str) -> None:
    profile = read(TAGGED, fmt)
    assert papers(profile) == [
        ("Diffusion-Based Quantization for Multimodal Large Language Models", ["Yue Zhang", "Xiaotong Zhang"], "other",
         "ACL", "2023", "published", "main"),
        ("Verifier-Guided Alignment with Noisy Human Feedback", ["Xiaotong Zhang", "Rui Feng"], "first",
         "arXiv", "2025", "preprint", "main"),
    ]
    assert profile["publications"][0]["x-rank"] == "CCF-A"


def test_a_track_word_hyphenated_at_the_line_end_is_still_read() -> None:
    document = make_document(
        L("Wei Lin", size=22), "wei.lin@example.com", L("Publications", size=13.0, bold=True),
        "[1] Wei Lin, Mei Tan. Memory-Efficient KV Cache Eviction for Vision-Language Navigation. CVPR 2024 Work-",
        L("shop (Spot-", x=76.0), L("light).", x=76.0),
    )
    paper = parse(document).to_json_resume()["publications"][0]
    assert (paper["x-venue"], paper["x-track"], paper.get("x-presentation")) == ("CVPR", "workshop", "spotlight")


def test_a_state_wrapped_alone_onto_the_next_line_ends_the_paper_above() -> None:
    document = make_document(
        L("陈晓彤", size=22), "xiaotong@example.com", L("科研成果", size=13.0, bold=True),
        "Xiaotong Chen, Ping Luo, Hao Wu. Contrastive Data Selection under Distribution Shift.",
        "在投.",
        "Ping Luo, Xiaotong Chen. Sparse Attention for Long-Context Language Models. ICLR 2024.",
    )
    found = [(p["name"], p.get("x-status")) for p in parse(document).to_json_resume()["publications"]]
    assert found == [
        ("Contrastive Data Selection under Distribution Shift", "under-review"),
        ("Sparse Attention for Long-Context Language Models", "published"),
    ]


def test_preprints_set_like_the_headings_after_ungrouped_papers_are_a_section_of_their_own() -> None:
    heading = {"size": 13.0, "bold": True}
    document = make_document(
        L("Wei Lin", size=22), "wei.lin@example.com",
        L("Selected Publications", **heading),
        "[1] Wei Lin, Mei Tan. Sparse Expert Routing for Long-Context Pretraining. NeurIPS 2024.",
        L("Preprints", **heading),
        "[1] Mei Tan, Wei Lin. Reward Shaping with Verifiable Feedback. arXiv preprint, 2025.",
        L("Skills", **heading), "Python, PyTorch",
    )
    profile = parse(document).to_json_resume()
    assert profile["meta"]["x-sections"] == ["Selected Publications", "Preprints", "Skills"]
    assert [(p["name"], p["x-status"]) for p in profile["publications"]] == [
        ("Sparse Expert Routing for Long-Context Pretraining", "published"),
        ("Reward Shaping with Verifiable Feedback", "preprint"),
    ]
