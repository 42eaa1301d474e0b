"""Names written with characters beyond U+FFFF (王𠮷, 𠮷野家: CJK Extension B and later) are names."""

from __future__ import annotations

import pymupdf
import pytest

from parsing import fallback_font, parse
from parsing.cjk import cjk_count, is_cjk
from parsing.load import load_bytes

NAMES = ["王𠮷", "𠮷野家"]  # 𠮷 is U+20BB7, in Extension B
RARER_NAMES = [*NAMES, "\U0002a700明"]  # Extension C: not in Noto CJK, a box in a rendition
CONTACTS = ["电话：138-0000-0000", "邮箱：wang@example.com", "教育背景", "清华大学 计算机科学 2019.09 - 2023.06"]


def _pdf(name: str) -> bytes:
    """A one-page résumé whose name is set in Noto CJK (the other lines in MuPDF's CJK font), as Word or LaTeX would."""
    font = fallback_font.fallback_font(name)
    if font is None:
        pytest.skip("Noto Sans CJK (fonts-noto-cjk) is not installed")
    pdf = pymupdf.open()
    page = pdf.new_page()
    page.insert_font(fontname="noto", fontbuffer=font[0])
    page.insert_text((72, 72), name, fontname="noto", fontsize=18)
    for number, line in enumerate(CONTACTS):
        page.insert_text((72, 100 + 16 * number), line, fontname="china-s", fontsize=10)
    fallback_font.repair_to_unicode(pdf)  # MuPDF's own writer cuts U+20BB7 to U+20BB; other producers do not
    return bytes(pdf.tobytes())


@pytest.mark.parametrize("name", NAMES)
def test_a_pdf_names_a_person_with_characters_beyond_u_ffff(name: str) -> None:
    assert parse(load_bytes("cv.pdf", _pdf(name))).basics.name == name


@pytest.mark.parametrize("name", RARER_NAMES)
def test_a_text_file_names_a_person_with_characters_beyond_u_ffff(name: str) -> None:
    text = "\n".join([name, *CONTACTS[:2], "", "教育背景", "--------", CONTACTS[3]])
    assert parse(load_bytes("cv.txt", text.encode("gb18030"))).basics.name == name


def test_every_extension_counts_as_a_chinese_character() -> None:
    extensions = "\u3400\u4e00\u9fff\ufa0e\U00020bb7\U0002a700\U0002b740\U0002b820\U0002ceb0\U00030000\U00031350"
    assert all(is_cjk(c) for c in extensions) and cjk_count(extensions) == len(extensions)
    assert not any(is_cjk(c) for c in ["", "A", "。", "ア", "한", "\U0001f600", "\U00017000"])
