"""A library of many synthetic candidates, written in bulk (100,000 in about a minute) for search benchmarks.

Each candidate gets a résumé-sized text (400 words) mixing Chinese and English words, a small
profile and a search-index row: the same rows `Library.add_candidate` writes, without parsing or
rendering anything. Words follow Zipf's law over a 5,000-word vocabulary, as in real text: common
résumé words appear in nearly every document, a school or a framework in a few percent of them.
"""

from __future__ import annotations

import hashlib
import random
from pathlib import Path
from typing import Any

from sqlalchemy import insert, text

from storage import profile_facts, search
from storage.library import Library
from storage.models import Candidate, Document, DocumentProfile

ENGLISH = (
    "pretraining distributed training inference serving transformer attention retrieval ranking recommendation "
    "kubernetes python pytorch jax cuda triton compiler quantization distillation alignment reinforcement "
    "learning evaluation benchmark dataset tokenizer multimodal vision speech agent planning reasoning search "
    "database storage streaming latency throughput scheduler cluster gpu tpu kernel optimizer gradient sparse "
    "mixture experts context window long memory cache embedding vector index graph neural network robotics "
    "Stanford Tsinghua Peking Berkeley Google Microsoft Alibaba Tencent ByteDance Baidu Meta OpenAI DeepMind"
).split()
CHINESE = (
    "大模型 预训练 分布式 推理 加速 检索 排序 推荐 系统 算法 工程师 研究员 负责 设计 实现 优化 "
    "清华大学 北京大学 浙江大学 复旦大学 上海交通大学 博士 硕士 本科 论文 发表 项目 团队 长上下文 "
    "多模态 强化学习 对齐 评测 数据集 编译器 量化 蒸馏 向量 索引 图神经网络 机器人 语音 视觉"
).split()
COMMON = (
    "experience project team research work university 负责 项目 团队 经验 研究 工作 技术 开发 and the of with"
).split()
SYLLABLES = "ka lo mi ren tas vel quo dun pri zef hal bor nim sut wex gar".split()
VOCABULARY_SIZE = 5_000
NAMES = "王 李 张 刘 陈 杨 赵 黄 周 吴".split()
GIVEN = "伟 芳 娜 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀 霞 平".split()
WORDS_PER_DOCUMENT = 400
BATCH = 2_000


def _vocabulary(rng: random.Random) -> tuple[list[str], list[float]]:
    """Words by falling frequency, with cumulative Zipf weights: common words first, then named terms among filler."""
    named = ENGLISH + CHINESE
    filler = [a + b + c for a in SYLLABLES for b in SYLLABLES for c in SYLLABLES]
    rng.shuffle(filler)
    rest = named + filler[: VOCABULARY_SIZE - len(COMMON) - len(named)]
    rng.shuffle(rest)
    words = COMMON + rest
    total, cumulative = 0.0, []
    for rank in range(len(words)):
        total += 1.0 / (rank + 1)
        cumulative.append(total)
    return words, cumulative


def _document_text(rng: random.Random, words: list[str], cumulative: list[float]) -> str:
    drawn = rng.choices(words, cum_weights=cumulative, k=WORDS_PER_DOCUMENT)
    return "\n".join(" ".join(drawn[i : i + 10]) for i in range(0, len(drawn), 10))


def _profile(rng: random.Random, number: int) -> dict[str, Any]:
    return {
        "basics": {"name": f"{rng.choice(NAMES)}{rng.choice(GIVEN)}{number}"},
        "work": [{"name": rng.choice(ENGLISH[-12:]), "position": " ".join(rng.choices(CHINESE, k=2))}],
        "education": [{"institution": rng.choice(CHINESE[16:21]), "studyType": rng.choice(("博士", "硕士", "本科"))}],
        "skills": [{"name": " ".join(rng.choices(ENGLISH, k=3))}],
    }


def fill_library(path: Path, count: int, seed: int = 12) -> None:
    """Create the library at *path* holding *count* synthetic candidates."""
    rng = random.Random(seed)
    words, cumulative = _vocabulary(rng)
    library = Library(path)
    try:
        with library.session() as s:
            for start in range(0, count, BATCH):
                candidates, documents, profiles, index_rows = [], [], [], []
                for number in range(start + 1, min(start + BATCH, count) + 1):
                    body = _document_text(rng, words, cumulative)
                    profile = _profile(rng, number)
                    data = body.encode()
                    candidates.append(
                        {
                            "id": number,
                            "display_name": profile_facts.display_name(profile, "cv.pdf"),
                            "organization": profile_facts.current_organization(profile),
                            "highest_degree": profile_facts.highest_degree(profile),
                        }
                    )
                    documents.append(
                        {
                            "id": number,  # one document per person
                            "candidate_id": number,
                            "file_name": f"cv-{number}.txt",
                            "media_type": "text/plain",
                            "render_type": "txt",
                            "sha256": hashlib.sha256(data).hexdigest(),
                            "page_count": 1,
                            "size": len(data),
                            "data": data,
                            "text": body,
                        }
                    )
                    profiles.append({"document_id": number, "parsed": profile, "edited": profile})
                    index_rows.append(
                        {
                            "id": number,
                            "d": search.index_text(body),
                            "p": search.index_text(search.profile_text(profile)),
                            "n": "",
                        }
                    )
                s.execute(insert(Candidate), candidates)
                s.execute(insert(Document), documents)
                s.execute(insert(DocumentProfile), profiles)
                s.execute(
                    text("INSERT INTO search_index(rowid, document, profile, notes) VALUES (:id, :d, :p, :n)"),
                    index_rows,
                )
        with library.session() as s:
            s.execute(text("INSERT INTO search_index(search_index) VALUES ('optimize')"))
    finally:
        library.close()
