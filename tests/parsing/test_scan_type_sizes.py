"""A scan's text layer gives one size to one style of line across the whole scan, however the
recogniser's boxes wobble, so the parser tells the headings from the text on every page."""

from __future__ import annotations

from parsing.document import OcrLine
from parsing.scans import _PADDING, _font, _type_sizes

BODY = "负责大模型预训练的数据配比实验与评测平台搭建工作"


def _line(text: str, size: float, top: float) -> OcrLine:
    """A detected line whose width says *size* (a box 1.3 sizes high, the detector's margins included)."""
    height = 1.3 * size
    width = size * _font().text_length(text, 1) + 2 * _PADDING * height
    return OcrLine(text, (60.0, top, 60.0 + width, top + height), 0.99, bold=len(text) == 4)


def test_headings_of_one_style_get_one_size_on_every_page() -> None:
    first = [_line("教育背景", 11.3, 100), _line(BODY, 10.0, 130), _line("实习经历", 11.1, 160), _line(BODY, 10.1, 190)]
    second = [_line("荣誉奖励", 11.15, 100), _line(BODY, 9.9, 130), _line(BODY, 10.0, 160)]
    sizes = _type_sizes([first, second], _font())
    headings = {sizes[0][0], sizes[0][2], sizes[1][0]}
    assert len(headings) == 1 and headings.pop() > sizes[0][1] + 1  # one heading size, larger than the text
    assert {sizes[0][1], sizes[0][3], sizes[1][1], sizes[1][2]} == {sizes[0][1]}  # one text size


def test_a_line_nearer_the_text_size_stays_text() -> None:
    lines = [_line("教育背景", 12.0, 100), _line(BODY, 10.0, 130), _line("研究方向", 10.4, 160), _line(BODY, 10.0, 190)]
    [sizes] = _type_sizes([lines], _font())
    assert sizes[2] == sizes[1] < sizes[0]
