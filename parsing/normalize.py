"""Unicode and markup clean-up applied to every span of text before the parser sees it."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

import resources

# Characters dropped outright: soft hyphen, zero-width marks, byte-order mark, replacement char.
_DROPPED = "\u00ad\u200b\u200c\u200d\u2060\ufeff\ufffd"
# Hyphen look-alikes NFKC keeps (U+2011 decomposes to U+2010, not to the ASCII hyphen).
_HYPHENS = "\u2010\u2011"
# Middle-dot look-alikes a CJK font gives for "·" (katakana ・ and its half-width form, the hyphenation point ‧).
_MIDDLE_DOTS = "\u30fb\uff65\u2027"
# Chinese punctuation is printed full-width and kept so (NFKC would turn "（" into "("): values keep
# the document's wording, as in "香港中文大学（深圳）" or the heading "教育经历（Education）".
_KEPT_WIDE = re.compile("([（）：，；！？])")
# Private-use glyphs (icon fonts, unmapped symbols) carry no text.
_PRIVATE_USE = re.compile("[\ue000-\uf8ff\U000f0000-\U0010ffff]")
# Markdown/HTML residue printed as text by Markdown editors: tags glued to the content.
_HTML_TAG = re.compile(
    r"</?(?:ul|ol|li|p|div|span|br|hr|b|i|u|em|strong|font|h[1-6]|a|table|tr|td|th|sup|sub|center)"
    r"(?:\s[^<>]*)?/?>",
    re.IGNORECASE,
)
_HEADING_MARK = re.compile(r"^\s*#{1,6}(?:\s+|$)")
_BOLD_MARK = re.compile(r"\*\*+")
# A run of three or more spaces inside a line is a layout gap (space-padded columns): a tab.
_GAP = re.compile(r"(?<=\S)[ \t]{3,}(?=\S)")


# C1 codes that Windows-1252 text decoded as Latin-1 leaves for its quotes and dashes (\x93 → “, \x96 → –)
WINDOWS_PUNCTUATION: dict[int, str | None] = {code: bytes([code]).decode("cp1252") for code in range(0x91, 0x98)}


@cache
def _translation() -> dict[int, str | None]:
    """One str.translate table for every single-character fix that NFKC does not make."""
    table: dict[int, str | None] = {ord(c): None for c in _DROPPED}
    table.update({ord(c): "-" for c in _HYPHENS})
    table.update({ord(c): "·" for c in _MIDDLE_DOTS})
    # C0 and C1 controls; a tab or newline inside a span becomes a space.
    table.update({c: None for c in [*range(0x00, 0x20), *range(0x7F, 0xA0)]})
    table.update({ord("\t"): " ", ord("\n"): " ", ord("\r"): " "})
    table.update(WINDOWS_PUNCTUATION)
    # Radicals: Kangxi and the supplement, from their decomposition where Unicode gives one ...
    for code in range(0x2E80, 0x2FE0):
        decomposed = unicodedata.normalize("NFKC", chr(code))
        if decomposed != chr(code):
            table[code] = decomposed
    # ... and from the shipped table for the supplement radicals that have none (⻢ → 马).
    for row in resources.read_text("cjk_radicals.txt").splitlines():
        fields = row.split("#", 1)[0].split()
        if len(fields) == 2:
            table[ord(fields[0])] = fields[1]
    return table


def clean_text(text: str) -> str:
    """One span's text, cleaned: controls, look-alikes, NFKC, private-use glyphs, HTML/bold residue.

    Leading/trailing spaces are kept (they separate spans); runs of 3+ spaces between words become
    a tab, the same separator the layout puts between cells of a row.
    """
    if not (text.isascii() and text.isprintable()):  # plain ASCII needs none of the character fixes
        text = text.translate(_translation())
    if not text.isascii():
        if not unicodedata.is_normalized("NFKC", text):
            text = "".join(
                part if _KEPT_WIDE.fullmatch(part) else unicodedata.normalize("NFKC", part)
                for part in _KEPT_WIDE.split(text)
            )
        text = _PRIVATE_USE.sub("", text)
    if "<" in text:
        text = _HTML_TAG.sub("", text)
    if "**" in text:
        text = _BOLD_MARK.sub("", text)
    if "   " in text:
        text = _GAP.sub("\t", text)
    return text


def strip_heading_mark(text: str) -> str:
    """Remove a Markdown heading marker ('## ') printed at the start of a line."""
    return _HEADING_MARK.sub("", text, count=1) if "#" in text[:8] else text

