"""A font of hollow boxes for the characters no font has (Tangut, private use, unassigned code points).

MuPDF draws such a character with the empty .notdef glyph and writes U+0000 for it in the PDF's
ToUnicode map, so it vanished from the rendition and from the text read back.  This font, made
with fontTools for just the characters of one document, gives each of them a glyph of its own —
the same box, the sign readers know for "no glyph here" — so MuPDF maps every box back to its
character: the reviewer sees where a character is and the text layer keeps which one.
"""

from __future__ import annotations

import io

FONT_FILE = "placeholder.ttf"
CSS = f"@font-face {{ font-family: shortlist-placeholder; src: url({FONT_FILE}); }}\n.placeholder {{ font-family: shortlist-placeholder; }}"
_EM = 1000
_ADVANCE = 600
# The box: a rectangle from the baseline to about the height of capitals, with a stroke of 60 units.
_OUTER = (60, 0, 540, 700)
_STROKE = 60


def placeholder_font(characters: str) -> bytes:
    """A TrueType font that draws each of *characters* as a hollow box mapped to that character."""
    from fontTools.fontBuilder import FontBuilder  # only documents with such characters pay for the import

    names = [f"box{code:04X}" for code in map(ord, characters)]
    builder = FontBuilder(_EM, isTTF=True)
    builder.setupGlyphOrder([".notdef", *names])
    builder.setupCharacterMap(dict(zip(map(ord, characters), names, strict=True)))
    box = _box()
    builder.setupGlyf({".notdef": box, **dict.fromkeys(names, box)})
    builder.setupHorizontalMetrics({name: (_ADVANCE, _OUTER[0]) for name in [".notdef", *names]})
    builder.setupHorizontalHeader(ascent=880, descent=-120)
    builder.setupNameTable({"familyName": "Shortlist Placeholder", "styleName": "Regular"})
    builder.setupOS2(sTypoAscender=880, sTypoDescender=-120, usWinAscent=880, usWinDescent=120)
    builder.setupPost()
    buffer = io.BytesIO()
    builder.save(buffer)
    return buffer.getvalue()


def _box() -> object:
    """The glyph: an outer contour clockwise and an inner one counter-clockwise, so the middle stays empty."""
    from fontTools.pens.ttGlyphPen import TTGlyphPen

    x0, y0, x1, y1 = _OUTER
    pen = TTGlyphPen(None)
    for left, bottom, right, top, clockwise in (
        (x0, y0, x1, y1, True),
        (x0 + _STROKE, y0 + _STROKE, x1 - _STROKE, y1 - _STROKE, False),
    ):
        corners = [(left, bottom), (left, top), (right, top), (right, bottom)]
        pen.moveTo(corners[0])
        for corner in corners[1:] if clockwise else reversed(corners[1:]):
            pen.lineTo(corner)
        pen.closePath()
    return pen.glyph()
