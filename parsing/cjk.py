"""What a Chinese character (a CJK ideograph) is, defined once for the parser, the rendition and the search index.

The unified ideographs of the Basic Multilingual Plane and Extension A, the compatibility
ideographs, and Extensions B to H beyond U+FFFF (U+20000 to U+323AF): 𠮷 (U+20BB7) is a surname,
and a name written with it is a name.  Python's str and re treat such a character as one
character like any other, so only the ranges had to say so.
"""

from __future__ import annotations

import re

# For a regular expression's character class: f"[{IDEOGRAPHS}]".
IDEOGRAPHS = "\u3400-\u9fff\uf900-\ufaff\U00020000-\U000323af"
IDEOGRAPH = f"[{IDEOGRAPHS}]"
# Everything set one em wide, with no spaces between: CJK radicals, punctuation and kana, Hangul,
# full-width forms and the ideographs.  For a character class too.
WIDE = f"\u2e80-\u9fff\uac00-\ud7af\uff00-\uffef{IDEOGRAPHS}"
_IDEOGRAPH = re.compile(IDEOGRAPH)


def is_cjk(char: str) -> bool:
    """True for one Chinese character (False for "" and for longer text)."""
    return len(char) == 1 and _IDEOGRAPH.match(char) is not None


def cjk_count(text: str) -> int:
    """How many Chinese characters *text* has."""
    return len(_IDEOGRAPH.findall(text))
