"""A page's text as selectable tokens (a Latin word, or one CJK character) and selections made of them."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import pymupdf

from storage.records import Passage

PageRect = tuple[float, float, float, float]

# Words selected on one page: a passage (one rectangle per line, page points, and the text).
TextSelection = Passage


@dataclass(frozen=True)
class Token:
    """A selectable unit of a page: a Latin word, or one CJK character (CJK has no spaces)."""

    rect: PageRect
    text: str
    line: int
    space_before: bool
    wide: bool


def is_wide(char: str) -> bool:
    """Whether a character is East Asian wide (CJK characters and full-width punctuation)."""
    return unicodedata.east_asian_width(char) in ("W", "F")


def _token(chars: list[dict[str, Any]], line: int, space_before: bool) -> Token:
    text = "".join(c["c"] for c in chars)
    rect = (
        min(c["bbox"][0] for c in chars),
        min(c["bbox"][1] for c in chars),
        max(c["bbox"][2] for c in chars),
        max(c["bbox"][3] for c in chars),
    )
    return Token(rect, text, line, space_before, is_wide(text[0]))


def page_tokens(page: pymupdf.Page) -> list[Token]:
    """The page's tokens in reading order, from the character boxes of `get_text("rawdict")`.

    Words from `get_text("words")` are whitespace-delimited, which makes a whole Chinese line one
    word; splitting wide characters apart lets the reviewer select a Chinese phrase precisely.
    """
    tokens: list[Token] = []
    line_number = -1
    for block in page.get_text("rawdict")["blocks"]:
        for line in block.get("lines", ()):  # image blocks have no lines
            line_number += 1
            word: list[dict[str, Any]] = []
            word_space = False  # whitespace before the word being collected
            space = False  # whitespace since the last token
            for span in line["spans"]:
                for char in span["chars"]:
                    c = char["c"]
                    if c.isspace():
                        space = True
                        if word:
                            tokens.append(_token(word, line_number, word_space))
                            word = []
                    elif is_wide(c):
                        if word:
                            tokens.append(_token(word, line_number, word_space))
                            word = []
                        tokens.append(_token([char], line_number, space))
                        space = False
                    else:
                        if not word:
                            word_space, space = space, False
                        word.append(char)
            if word:
                tokens.append(_token(word, line_number, word_space))
    return tokens


def selection_from_tokens(page: int, tokens: Sequence[Token]) -> TextSelection:
    """The selection made of consecutive *tokens*: one rectangle and one text line per page line."""
    rects: list[PageRect] = []
    parts: list[str] = []
    previous: Token | None = None
    for token in tokens:
        if previous is None or token.line != previous.line:
            if previous is not None:
                parts.append("\n")
            rects.append(token.rect)
        else:
            if token.space_before:
                parts.append(" ")
            x0, y0, x1, y1 = rects[-1]
            tx0, ty0, tx1, ty1 = token.rect
            rects[-1] = (min(x0, tx0), min(y0, ty0), max(x1, tx1), max(y1, ty1))
        parts.append(token.text)
        previous = token
    return TextSelection(page, tuple(rects), "".join(parts))


def nearest_token(tokens: Sequence[Token], x: float, y: float) -> int | None:
    """The index of the token under (x, y), else the nearest one on the same line, else the nearest line's."""
    best: tuple[float, float] | None = None
    found: int | None = None
    for index, token in enumerate(tokens):
        x0, y0, x1, y1 = token.rect
        key = (max(y0 - y, 0.0, y - y1), max(x0 - x, 0.0, x - x1))
        if best is None or key < best:
            best, found = key, index
    return found


def word_range(tokens: Sequence[Token], index: int) -> tuple[int, int]:
    """A Latin word, or the run of CJK characters around *index* up to spaces and punctuation."""

    def joins(left: Token, right: Token) -> bool:
        return (
            left.wide and right.wide and left.line == right.line and not right.space_before
            and not unicodedata.category(left.text[0]).startswith("P")
            and not unicodedata.category(right.text[0]).startswith("P")
        )

    first = last = index
    while first > 0 and joins(tokens[first - 1], tokens[first]):
        first -= 1
    while last + 1 < len(tokens) and joins(tokens[last], tokens[last + 1]):
        last += 1
    return first, last
