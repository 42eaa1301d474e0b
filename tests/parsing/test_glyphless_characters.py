"""Renditions keep characters no font has a glyph for: a box on the page, the character in the text."""

from __future__ import annotations

import io
import time
from collections.abc import Callable

import docx
import pymupdf
import pytest

from parsing import Document, fallback_font
from parsing.load import load_bytes

# Emoji, Tangut, Egyptian hieroglyph, an unassigned code point of the Greek block and one of plane 2.
RARE = "😀\U00017000\U00013000\u0378\U0002fffd"
# Characters no font has, so the rendition draws a box for them.
BOXED = "\U00017000\u0378\U0002fffd"
NAME = "王😀伟"
BODY = f"研究方向：{RARE} 西夏文 end"
PRIVATE_USE = "\ue000"


def _text_file(name: str) -> bytes:
    return f"{name}\n电话：138-0000-0000\n{BODY} {PRIVATE_USE}\n".encode()


def _markdown_file(name: str) -> bytes:
    return f"# {name}\n\n电话：138-0000-0000\n\n## 研究\n\n- {BODY} {PRIVATE_USE}\n".encode()


def _word_file(name: str) -> bytes:
    document = docx.Document()
    document.add_heading(name, level=1)
    document.add_paragraph("电话：138-0000-0000")
    document.add_table(rows=1, cols=1).cell(0, 0).text = f"{BODY} {PRIVATE_USE}"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


FILES = [("cv.txt", _text_file), ("cv.md", _markdown_file), ("cv.docx", _word_file)]


def _ink_where(document: Document, character: str) -> float:
    """The share of dark pixels in the rendition where *character* is placed (0 when it is not there)."""
    assert document.display_pdf is not None
    page = pymupdf.open(stream=document.display_pdf)[0]
    for block in page.get_text("rawdict")["blocks"]:
        for line in block.get("lines", ()):
            for span in line["spans"]:
                for char in span["chars"]:
                    if char["c"] == character:
                        pixels = page.get_pixmap(clip=pymupdf.Rect(char["bbox"]), dpi=288, colorspace=pymupdf.csGRAY)
                        samples = pixels.samples
                        return sum(1 for value in samples if value < 128) / len(samples)
    return 0.0


@pytest.mark.parametrize(("file_name", "make"), FILES)
def test_characters_without_a_glyph_stay_in_the_text_in_order(file_name: str, make: Callable[[str], bytes]) -> None:
    document = load_bytes(file_name, make(NAME))
    assert NAME in document.text
    assert BODY in document.text


@pytest.mark.parametrize(("file_name", "make"), FILES)
def test_characters_without_a_glyph_are_drawn_as_a_box(file_name: str, make: Callable[[str], bytes]) -> None:
    """The reviewer sees that something stands there, not a gap."""
    document = load_bytes(file_name, make(NAME))
    for character in [*BOXED, PRIVATE_USE]:
        assert _ink_where(document, character) > 0.05, f"U+{ord(character):04X}"


@pytest.mark.parametrize(("file_name", "make"), FILES)
def test_private_use_characters_are_in_the_text_layer_but_not_in_the_parsed_text(file_name: str, make: Callable[[str], bytes]) -> None:
    """As in every PDF, a private-use character means nothing agreed (an icon font's code): the parser drops it."""
    document = load_bytes(file_name, make(NAME))
    assert document.display_pdf is not None
    assert PRIVATE_USE in pymupdf.open(stream=document.display_pdf)[0].get_text()
    assert PRIVATE_USE not in document.text


def test_a_rendition_without_glyphless_characters_embeds_no_box_font() -> None:
    document = load_bytes("cv.txt", "王小明 Émile Ωmega • 38°C\n".encode())
    assert document.display_pdf is not None
    fonts = {font[3].split("+")[-1] for font in pymupdf.open(stream=document.display_pdf).get_page_fonts(0)}
    assert not any("Placeholder" in font for font in fonts)


def test_without_noto_cjk_rare_ideographs_are_boxes_and_stay_in_the_text(monkeypatch: pytest.MonkeyPatch) -> None:
    """On a machine without fonts-noto-cjk the name 王䶮 is still read, and shown as 王 and a box."""
    monkeypatch.setattr(fallback_font, "_NOTO_CJK", ())
    document = load_bytes("cv.txt", "王䶮\n籍贯：𠮷野\n".encode())
    assert "王䶮" in document.text and "𠮷野" in document.text
    assert _ink_where(document, "䶮") > 0.05 and _ink_where(document, "𠮷") > 0.05


def test_a_file_of_sixty_thousand_different_glyphless_characters_is_read_in_seconds() -> None:
    """Boxes for the first thousand, in order of code; the rest of such a made-up file is drawn as MuPDF can (not at all)."""
    codes = range(0x40000, 0x40000 + 60_000)  # plane 4: nothing is assigned there
    text = "Name\n" + "\n".join(" ".join(map(chr, codes[start : start + 40])) for start in range(0, len(codes), 40))
    started = time.monotonic()
    document = load_bytes("cv.txt", text.encode())
    assert time.monotonic() - started < 8  # 22 s before: a character class of 60,000 members, a font for all of them
    kept = [c for c in document.text if ord(c) >= 0x40000]
    assert kept == [chr(code) for code in codes[: fallback_font.MOST_MISSING]]
