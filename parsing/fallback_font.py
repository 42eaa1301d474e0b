"""Characters the built-in CJK font lacks (䶮, 𠮷: CJK extensions), drawn with the system's Noto CJK.

MuPDF's built-in Droid Sans Fallback covers common Chinese only; a rarer character vanished from
the rendition, and with it a name.  Such characters are marked with a span whose font is Noto Sans
CJK SC (fonts-noto-cjk), subset to just them with fontTools: MuPDF cannot subset an OpenType
collection, and the whole face is 16 MB.  Without Noto CJK installed the rendition is as before.
"""

from __future__ import annotations

import io
import re
from functools import cache
from pathlib import Path

import pymupdf

FONT_FILE = "fallback.otf"
CSS = f'@font-face {{ font-family: shortlist-fallback; src: url({FONT_FILE}); }}\n.fallback {{ font-family: shortlist-fallback; }}'
_NOTO_CJK = (
    Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),  # Debian, Ubuntu
    Path("/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc"),  # Fedora, Arch
)
_CJK_START = 0x2E80  # below this, the built-in Latin fonts serve
_TAG = re.compile(r"<[^>]*>")
# MuPDF writes a character beyond U+FFFF into ToUnicode as 5 or 6 hex digits instead of a UTF-16
# surrogate pair, and readers keep the first four (U+20BB7 𠮷 came back as U+20BB ₻).
_WIDE_TO_UNICODE = re.compile(rb"<([0-9a-fA-F]{4})> <([0-9a-fA-F]{5,6})>")


@cache
def _builtin() -> pymupdf.Font:
    return pymupdf.Font("cjk")


def missing_characters(html: str) -> str:
    """The characters of *html*'s text that the built-in CJK font has no glyph for, in order of code."""
    builtin = _builtin()
    text = _TAG.sub("", html)
    return "".join(sorted({c for c in text if ord(c) >= _CJK_START and not builtin.has_glyph(ord(c))}))


def fallback_font(characters: str) -> bytes | None:
    """Noto Sans CJK SC reduced to *characters*, or None when it is not installed."""
    path = next((candidate for candidate in _NOTO_CJK if candidate.exists()), None)
    if path is None or not characters:
        return None
    from fontTools import subset  # a rare character is rare: keep the import off every rendition
    from fontTools.ttLib import TTCollection

    collection = TTCollection(str(path), lazy=True)
    face = next((f for f in collection.fonts if f["name"].getDebugName(4).endswith(" SC")), collection.fonts[0])
    subsetter = subset.Subsetter()
    subsetter.populate(unicodes=[ord(c) for c in characters])
    subsetter.subset(face)
    buffer = io.BytesIO()
    face.save(buffer)
    return buffer.getvalue()


def mark(html: str, characters: str) -> str:
    """*html* with each run of *characters* in a span drawn with the fallback font."""
    run = re.compile(f"[{re.escape(characters)}]+")
    return run.sub(lambda found: f'<span class="fallback">{found.group()}</span>', html)


def repair_to_unicode(pdf: pymupdf.Document) -> None:
    """Write every character beyond U+FFFF in the fonts' ToUnicode maps as the UTF-16 pair it must be."""
    for xref in range(1, pdf.xref_length()):
        if not pdf.xref_is_stream(xref):
            continue
        stream = pdf.xref_stream(xref)
        if b"beginbfchar" in stream and _WIDE_TO_UNICODE.search(stream):
            pdf.update_stream(xref, _WIDE_TO_UNICODE.sub(_utf16_pair, stream))


def _utf16_pair(entry: re.Match[bytes]) -> bytes:
    code = chr(int(entry.group(2), 16)).encode("utf-16-be").hex().upper().encode()
    return b"<" + entry.group(1) + b"> <" + code + b">"
