"""Spaces the recogniser drops are put back where the page shows a blank between two words, not where
its coarse character boxes happen to part."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy
import pytest

import parsing.ocr
from parsing.ocr import read_page

TOP, BOTTOM = 10, 50  # the detected line's band: 40 pixels high


def _box(left: float, right: float) -> list[list[float]]:
    return [[left, TOP], [right, TOP], [right, BOTTOM], [left, BOTTOM]]


def _read(characters: str, inked: Sequence[tuple[int, int]]) -> str:
    """What a line reads as when each character's ink covers *inked* columns and its box runs up to the next one."""
    image = numpy.full((60, 400), 255, dtype=numpy.uint8)
    for left, right in inked:
        image[TOP + 5 : BOTTOM - 5, left:right] = 0
    edges = [inked[0][0], *(right for _left, right in inked[:-1]), inked[-1][1]]  # boxes touch: no gap between them
    boxes = [_box(edges[i], edges[i + 1]) for i in range(len(characters))]
    found = [(_box(edges[0], edges[-1]), characters, 0.99, boxes, list(characters), [0.99] * len(characters))]

    def engine(*_args: Any, **_kwargs: Any) -> tuple[list[Any], None]:
        return found, None

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(parsing.ocr, "_engine", lambda: engine)
        [line] = read_page(image, 400.0, 60.0).lines
    return line.text


def test_a_blank_as_wide_as_a_space_between_words_is_a_space() -> None:
    assert _read("abcd", [(10, 28), (30, 48), (70, 88), (90, 108)]) == "ab cd"


def test_letters_close_together_stay_one_word() -> None:
    assert _read("abcd", [(10, 28), (31, 48), (51, 68), (71, 88)]) == "abcd"


def test_a_narrow_digit_in_its_slot_does_not_split_a_number() -> None:
    assert _read("2019", [(10, 28), (32, 50), (62, 66), (78, 96)]) == "2019"  # the "1": a stem with room on both sides


def test_no_space_is_put_beside_full_width_punctuation() -> None:
    assert _read("a，b", [(10, 28), (36, 42), (70, 88)]) == "a，b"


def test_a_dash_set_apart_between_chinese_words_is_a_dash_and_one_inside_a_word_stays() -> None:
    cjk = [(10, 30), (32, 52), (65, 85), (97, 117), (119, 139)]  # 美团, a wide blank, 一, a wide blank, 推荐
    assert _read("美团一推荐", cjk) == "美团 — 推荐"
    assert _read("业一等", [(10, 30), (33, 53), (56, 76)]) == "业一等"


def test_a_wide_blank_between_chinese_words_is_a_space_and_the_usual_one_is_not() -> None:
    # 阿里巴 then a blank of 0.3 of the line's height, then 大语: an organisation and a role set apart.
    assert _read("阿里巴大语", [(10, 30), (33, 53), (56, 76), (88, 108), (111, 131)]) == "阿里巴 大语"
    assert _read("阿里巴大语", [(10, 30), (33, 53), (56, 76), (80, 100), (103, 123)]) == "阿里巴大语"
