"""Fit width fits what a page prints: its text and images with a small margin, never less than half the paper."""

from __future__ import annotations

import pymupdf

from ui.page_fit import CONTENT_MARGIN, MIN_SHARE, body_size, content_span


def _page(*lines: tuple[float, str], size: float = 10) -> pymupdf.Document:
    document = pymupdf.open()
    page = document.new_page(width=600, height=800)
    for number, (x, text) in enumerate(lines):
        page.insert_text((x, 100 + 20 * number), text, fontname="china-s", fontsize=size)
    return document


def test_the_span_is_the_text_with_its_margin() -> None:
    document = _page((80, "教育背景 北京大学 计算机科学与技术 博士 2021.9 - 至今"), (120, "负责大模型预训练"))
    left, right = content_span(document)
    blocks = document[0].get_text("blocks")
    assert left == min(b[0] for b in blocks) - CONTENT_MARGIN[0]
    assert right == max(b[2] for b in blocks) + CONTENT_MARGIN[1]
    assert body_size(document[0]) == 10


def test_a_page_with_little_on_it_is_fitted_at_half_its_width_at_least() -> None:
    left, right = content_span(_page((300, "王芳")))
    assert right - left >= 600 * MIN_SHARE and left <= 300 <= right


def test_an_empty_page_is_fitted_as_paper() -> None:
    assert content_span(_page()) == (0.0, 600.0)
    assert body_size(_page()[0]) == 0
