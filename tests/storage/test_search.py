"""Full-text search: Chinese substrings, English prefixes, notes, ranking."""

from __future__ import annotations

import time

import pytest

from storage import search
from storage.library import Library
from storage.search import SearchCancelled, fts_query, index_text
from tests.conftest import add_candidate, make_profile


def test_chinese_word_inside_a_sentence_is_found(library: Library) -> None:
    hit = add_candidate(library, "负责大模型预训练数据配比与评测", make_profile("甲"))
    add_candidate(library, "负责推荐系统召回与排序", make_profile("乙"))
    assert library.search("大模型") == [hit]
    assert library.search("模型") == [hit]
    assert library.search("型预") == [hit]


def test_english_prefix_and_case(library: Library) -> None:
    hit = add_candidate(library, "Built distributed Transformers training", make_profile("A"))
    assert library.search("transform") == [hit]
    assert library.search("TRAINING distrib") == [hit]
    assert library.search("diffusion") == []


def test_profile_and_notes_are_searched(library: Library) -> None:
    a = add_candidate(library, "doc a", make_profile("A", skills=[{"name": "Tools", "keywords": ["DeepSpeed"]}]))
    b = add_candidate(library, "doc b", make_profile("B"))
    library.set_summary(b, "强烈推荐：长上下文经验丰富")
    hid = library.add_highlight(a, 0, [(0, 0, 1, 1)], "x", note="ask about MoE routing")
    assert library.search("deepspeed") == [a]
    assert library.search("长上下文") == [b]
    assert library.search("routing") == [a]
    library.delete_highlight(hid)
    assert library.search("routing") == []


def test_better_match_ranks_first(library: Library) -> None:
    weak = add_candidate(library, "LLM " + "filler words " * 60, make_profile("Weak"))
    strong = add_candidate(library, "LLM LLM LLM pretraining", make_profile("Strong"))
    assert library.search("LLM") == [strong, weak]


def test_query_syntax_cannot_break_search(library: Library) -> None:
    add_candidate(library, 'C++ "quoted" AND OR NOT ( ) * : ^', make_profile("A"))
    for query in ['"', "AND", "C++", "(", "*", "a:b", "NEAR(", "^"]:
        library.search(query)  # must not raise
    assert fts_query("  ") == ""
    assert index_text("大模型 LLM") == " 大  模  型  LLM"


def test_a_pasted_ten_thousand_character_query_answers_at_once(library: Library) -> None:
    hits = {add_candidate(library, f"Stanford 大模型 pretraining {n}", make_profile(f"A{n}")) for n in range(300)}
    add_candidate(library, "推荐系统 Stanford", make_profile("B"))
    query = ("Stanford 大模型 " * 1000)[:10_000]
    started = time.perf_counter()
    assert set(library.search(query)) == hits
    assert time.perf_counter() - started < 0.5  # unbounded, 5,000 phrase terms took seconds
    assert len(fts_query(query)) < 1_000


def test_a_cancelled_search_stops_and_says_so(library: Library) -> None:
    add_candidate(library, "Stanford pretraining", make_profile("A"))
    with pytest.raises(SearchCancelled):
        library.search("Stanford", cancelled=lambda: True)
    assert library.search("Stanford", cancelled=lambda: False) != []


def test_chinese_beyond_u_ffff_is_found_inside_a_word(library: Library) -> None:
    """𠮷 (U+20BB7, Extension B) is a character of its own in the index, as 吉 is."""
    hit = add_candidate(library, "王𠮷𠮷野家", make_profile("王𠮷"))
    add_candidate(library, "吉野家", make_profile("乙"))
    assert library.search("𠮷野") == [hit]
    assert library.search("𠮷") == [hit]


def test_very_many_matches_come_in_library_order(library: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search, "RANKED_MATCHES", 2)
    weak = add_candidate(library, "LLM " + "filler words " * 60, make_profile("Weak"))
    strong = add_candidate(library, "LLM LLM LLM pretraining", make_profile("Strong"))
    assert library.search("LLM") == [strong, weak]  # two matches: ranked
    third = add_candidate(library, "LLM LLM LLM LLM LLM", make_profile("Third"))
    assert library.search("LLM") == [weak, strong, third]  # more than the ranked limit: as imported
    assert library.search("L") == [weak, strong, third]  # one letter: a prefix the index holds


def test_a_one_letter_search_uses_the_prefix_index(library: Library) -> None:
    with library.engine.connect() as connection:
        definition = connection.exec_driver_sql("SELECT sql FROM sqlite_master WHERE name = 'search_index'").scalar()
    assert "prefix='1 2'" in str(definition)
