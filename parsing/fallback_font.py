"""Characters MuPDF's fonts lack (䶮, 𠮷: CJK extensions), drawn with the system's Noto CJK.

MuPDF's built-in Droid Sans Fallback covers common Chinese only; a rarer character vanished from
the rendition, and with it a name.  Such characters are marked with a span whose font is Noto Sans
CJK SC (fonts-noto-cjk), subset to just them with fontTools: MuPDF cannot subset an OpenType
collection, and the whole face is 16 MB.  Without Noto CJK installed (or for a character it lacks
too) the character is drawn as a box that keeps it in the text layer (`parsing.placeholder_font`).
"""

from __future__ import annotations

import io
import re
import unicodedata
from functools import cache
from itertools import groupby, islice
from pathlib import Path

import pymupdf

FONT_FILE = "fallback.otf"
CSS = f'@font-face {{ font-family: shortlist-fallback; src: url({FONT_FILE}); }}\n.fallback {{ font-family: shortlist-fallback; }}'
_NOTO_CJK = (
    Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),  # Debian, Ubuntu
    Path("/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc"),  # Fedora, Arch
)
MOST_MISSING = 1_000  # distinct characters per document: a font of 60,000 boxes takes 9 s to make
_CJK_START = 0x2E80  # below this, the built-in Latin font serves
# Characters that are not drawn (controls, format marks, spaces) need no glyph.
_INVISIBLE = {"Cc", "Cf", "Cs", "Zs", "Zl", "Zp"}
# MuPDF writes a character beyond U+FFFF into ToUnicode as 5 or 6 hex digits instead of a UTF-16
# surrogate pair, and readers keep the first four (U+20BB7 𠮷 came back as U+20BB ₻).
_TAG_OR_TEXT = re.compile(r"(<[^>]*>)|([^<]+)")
_WIDE_TO_UNICODE = re.compile(rb"<([0-9a-fA-F]{4})> <([0-9a-fA-F]{5,6})>")
# The same in a range of glyphs (a font of consecutive characters): <first glyph> <last glyph> <first character>.
_WIDE_RANGE = re.compile(rb"<([0-9a-fA-F]{4})> <([0-9a-fA-F]{4})> <([0-9a-fA-F]{5,6})>")
_RANGE_BLOCK = 256  # a range's destination may change in its last byte only


@cache
def _builtin(name: str) -> pymupdf.Font:
    return pymupdf.Font(name)


def missing_characters(characters: set[str]) -> str:
    """Those of *characters* (a document's) that MuPDF would draw without a glyph, in order of code.

    That is, the visible ones in none of MuPDF's fonts: neither the built-in Latin and CJK fonts
    nor the fonts it falls back to (Noto for other scripts, symbols and emoji).  At most
    MOST_MISSING of them, the first in order of code: a file with more is a made one, whose rest
    MuPDF draws as it can (nothing).
    """
    latin, cjk = _builtin("helv"), _builtin("cjk")
    unusual = sorted(c for c in characters if not c.isascii() and not (cjk if ord(c) >= _CJK_START else latin).has_glyph(ord(c)))
    missing = (c for c in unusual if not latin.has_glyph(ord(c), fallback=True) and unicodedata.category(c) not in _INVISIBLE)
    return "".join(islice(missing, MOST_MISSING))


def fallback_font(characters: str) -> tuple[bytes, str] | None:
    """Noto Sans CJK SC reduced to *characters*, and those of them it has; None when it is not installed or has none."""
    path = next((candidate for candidate in _NOTO_CJK if candidate.exists()), None)
    # Only CJK can be in it (Latin and the rest are in MuPDF's fonts); loading its map of characters takes 0.3 s.
    characters = "".join(c for c in characters if ord(c) >= _CJK_START and unicodedata.category(c) != "Co")
    if path is None or not characters:
        return None
    from fontTools import subset  # a rare character is rare: keep the import off every rendition
    from fontTools.ttLib import TTCollection

    collection = TTCollection(str(path), lazy=True)
    face = next((f for f in collection.fonts if f["name"].getDebugName(4).endswith(" SC")), collection.fonts[0])
    cmap = face.getBestCmap()
    drawn = "".join(c for c in characters if ord(c) in cmap)
    if not drawn:
        return None
    subsetter = subset.Subsetter()
    subsetter.populate(unicodes=[ord(c) for c in drawn])
    subsetter.subset(face)
    buffer = io.BytesIO()
    face.save(buffer)
    return buffer.getvalue(), drawn


def mark(html: str, characters: str, css_class: str) -> str:
    """*html* with each run of *characters* in its text (not in its tags) put in a span of *css_class*.

    A set, not a character class: a class of thousands of scattered characters is tried one by one.
    """
    chosen = frozenset(characters)

    def spans(found: re.Match[str]) -> str:
        return found.group(1) or "".join(
            f'<span class="{css_class}">{"".join(run)}</span>' if inside else "".join(run)
            for inside, run in groupby(found.group(2), chosen.__contains__)
        )

    return _TAG_OR_TEXT.sub(spans, html)


def repair_to_unicode(pdf: pymupdf.Document) -> None:
    """Write every character beyond U+FFFF in the fonts' ToUnicode maps as the UTF-16 pair it must be."""
    for xref in range(1, pdf.xref_length()):
        if not pdf.xref_is_stream(xref):
            continue
        stream = pdf.xref_stream(xref)
        if b"beginbf" in stream and _WIDE_TO_UNICODE.search(stream):  # a range's last two fields match it too
            pdf.update_stream(xref, _WIDE_TO_UNICODE.sub(_utf16_char, _WIDE_RANGE.sub(_utf16_ranges, stream)))


def _utf16_char(entry: re.Match[bytes]) -> bytes:
    return b"<" + entry.group(1) + b"> <" + _utf16(int(entry.group(2), 16)) + b">"


def _utf16_ranges(entry: re.Match[bytes]) -> bytes:
    """A range of glyphs for characters beyond U+FFFF, cut where the low surrogate's last byte would wrap."""
    first, last, character = (int(group, 16) for group in entry.groups())
    ranges = []
    while first <= last:
        count = min(last - first + 1, _RANGE_BLOCK - character % _RANGE_BLOCK)
        ranges.append(b"<%04X> <%04X> <%s>" % (first, first + count - 1, _utf16(character)))
        first, character = first + count, character + count
    return b"\n".join(ranges)


def _utf16(code: int) -> bytes:
    return chr(code).encode("utf-16-be").hex().upper().encode()
