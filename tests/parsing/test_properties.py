"""Property tests: the parser never raises, every rectangle lies on its page, no range ends before it starts."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parsing import parse
from parsing.dates import PRESENT, find_dates, sort_key
from tests.parsing.docmaker import L, make_document

FRAGMENTS = [
    "教育背景",
    "实习经历",
    "项目经历",
    "论文",
    "专业技能",
    "荣誉奖励",
    "Education",
    "EXPERIENCE",
    "Publications",
    "Skills:",
    "2021.9 - 至今",
    "2025 年 11 月 - 至今",
    "Sep. 2023 – Mar. 2024",
    "03/2021 - now",
    "2019–Present",
    "2023, 2024",
    "浙江大学",
    "博士",
    "M.S. in CS",
    "阿里巴巴",
    "算法实习生",
    "Engineer",
    "[1]",
    "1.",
    "•",
    "a)",
    "ICLR 2025",
    "(CCF-A)",
    "第一作者",
    "Voss*",
    "†",
    "论文标题:",
    "“",
    '"',
    "qy@example.com",
    "+86 138-0000-4172",
    "https://github.com/x",
    "|",
    "\t",
    "—",
    ":",
    "、",
    "个人简历",
    "姓名",
    "(",
    ")",
    "2024国家奖学金",
    "Python/C++",
]
ALPHABET = "abcXYZ 0123456789.-–—/:|,，。()（）@•*†年月至今教育实习论文技能奖大学"
piece = st.one_of(st.sampled_from(FRAGMENTS), st.text(alphabet=ALPHABET, max_size=12))
line_text = st.lists(piece, min_size=1, max_size=6).map(" ".join)
line = st.builds(
    L,
    text=line_text,
    size=st.sampled_from([8.0, 10.0, 13.0, 20.0]),
    bold=st.booleans(),
    x=st.sampled_from([30.0, 60.0, 70.0, 220.0]),
    right=st.one_of(st.none(), st.sampled_from(["2021.9 - 至今", "2020", "Mar 2022 – Present", "2023.06 - 2021.09"])),
)
documents = st.lists(line, min_size=1, max_size=40).map(lambda lines: make_document(*lines))


def _walk(value: Any, found: list[tuple[str, Any]]) -> list[tuple[str, Any]]:
    if isinstance(value, dict):
        for key, item in value.items():
            found.append((key, item))
            _walk(item, found)
    elif isinstance(value, list):
        for item in value:
            _walk(item, found)
    return found


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents)
def test_parse_never_raises_and_its_output_keeps_the_contract(document: Any) -> None:
    profile = parse(document).to_json_resume()
    sizes = {page.number: (page.width, page.height) for page in document.pages}
    for key, value in _walk(profile, []):
        sources = [value] if key == "x-source" else list(value.values()) if key == "x-fieldSources" else []
        for group in sources:
            for source in group:
                width, height = sizes[source["page"]]
                x0, y0, x1, y1 = source["rect"]
                assert 0 <= x0 <= x1 <= width and 0 <= y0 <= y1 <= height
    for section in ("education", "work", "projects", "volunteer"):
        for entry in profile.get(section, []):
            start, end = entry.get("startDate"), entry.get("endDate")
            if start and end:
                assert start != PRESENT and sort_key(start) <= sort_key(end)
    assert "name" not in profile["basics"] or profile["basics"]["name"].strip()


@settings(max_examples=300, deadline=None)
@given(st.lists(piece, max_size=8).map(" ".join))
def test_no_range_ends_before_it_starts(text: str) -> None:
    for span in find_dates(text):
        assert span.start != PRESENT
        if span.end is not None:
            assert sort_key(span.start) <= sort_key(span.end)
        assert 0 <= span.begin < span.stop <= len(text)
