"""Scanned pages read offline: a page image to lines of text with boxes in PDF points.

RapidOCR runs PaddleOCR's Chinese and English detection and recognition models (PP-OCRv4) with
ONNX Runtime; the models ship inside its wheel, so nothing is downloaded.  Its line direction
classifier is not used: pages are read upright (a photo's EXIF turn applied, skew undone), and on
a dusty scan it turned whole lines upside down, which then read as nothing.  This module is imported
only when a scan is met: loading the engine costs 0.4 s and half a gigabyte, reading a page at
150 dpi about 10 s on two cores.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from functools import cache
from typing import Any

import numpy
from numpy.typing import NDArray
from PIL import Image as Picture

from parsing.cjk import WIDE
from parsing.document import OcrLine, ScannedPage
from parsing.normalize import clean_text
from parsing.scanning import Scanning

OCR_LONG_SIDE = 1754  # pixels: an A4 page's long side at 150 dpi; larger images are scaled down first
_MIN_SCORE = 0.5  # the recogniser's confidence below which a line is noise (a stain, a photo's texture)
_BLANK_SPREAD = 24  # grey levels: a page whose darkest and lightest ink differ less holds no text
# The recogniser drops many spaces between words ("SoftwareDevelopmentEngineer"): where the page shows
# no ink between two characters over this share of the line's height, a space was printed.  Its
# character boxes are too coarse to tell (a wide letter after a narrow one looks like a gap), but the
# ink is not.  Digits stand wider apart (a "1" is narrow in a digit-wide slot), so they need more.
_SPACE_BLANK = 0.2
_DIGIT_SPACE_BLANK = 0.35
# Chinese characters stand at most a sixth of the line's height apart; more is a space between two
# fields (阿里巴巴  大语言模型算法实习生).  Full-width punctuation leaves wide blanks of its own and is left out.
_CHINESE_SPACE_BLANK = 0.25
# "一" with a blank this wide (of the line's height) on both sides is a dash set between words (美团 — 算法实习生):
# inside a word, as in 一等奖 or 第一作者, it stands as close as any Chinese character.
_DASH_BLANK = 0.25
_CELL_GAP = 0.75  # of the line's height between two character boxes: the detector joined two cells
_WIDE_CELL_GAP = 2.0
_WIDE = re.compile(f"[{WIDE}]")  # Chinese characters and full-width punctuation
_FULL_WIDTH_PUNCTUATION = re.compile("[\u3000-\u303f\uff00-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]")
_GAP = "\x00"  # a space told by a gap, until it is known not to fall inside an address
_ADDRESS = re.compile("[^ ]*(?:@|://|www\\.)[^ ]*")  # a run without the recogniser's own spaces that holds an address
_PADDING = 0.2  # of a line's height: the margin the detector leaves beyond its outer characters
_BOLD_STROKE = 1.3  # a line whose strokes are this much thicker than the page's typical line is bold
# A sheet laid askew on the scanner: turns of up to this many degrees are found and undone, to the nearest 0.05°.
_MOST_SKEW = 3.0
_SKEW_SAMPLE = 600  # pixels across: the page is measured for skew at this width

Image = NDArray[numpy.uint8]  # a greyscale page, one byte a pixel


def read_pages(images: Sequence[tuple[Callable[[], Image], float, float]], scanning: Scanning) -> tuple[ScannedPage, ...]:
    """Each page (its image when asked for, its width and height in points) read into a ScannedPage, level.

    The pages *scanning* knows are not read again.  Each page's image is made, straightened and read
    in turn, after *scanning* is told of it, so that each page's work falls within the page's time;
    a blank page is skipped without a word, so that a blank scan says nothing before its error.
    """
    if len(scanning.known) == len(images) and all(
        abs(page.width - width) < 0.01 and abs(page.height - height) < 0.01 for page, (_image, width, height) in zip(scanning.known, images, strict=True)
    ):
        return scanning.known
    pages = []
    told = False
    for number, (make, width, height) in enumerate(images):
        image = make()
        if is_blank(image):  # nothing to find: the detector would still take seconds
            pages.append(ScannedPage(width, height, ()))
            continue
        if scanning.on_page is not None:
            scanning.on_page(number, len(images))
            told = True
        turn = skew(image)
        pages.append(read_page(turned(image, turn), width, height, turn))
    if told and scanning.on_page is not None:
        scanning.on_page(len(images), len(images))
    return tuple(pages)


def read_page(image: Image, width: float, height: float, turn: float = 0.0) -> ScannedPage:
    """The lines OCR reads on a greyscale page shown *width* × *height* points large (turned back by *turn* degrees), top to bottom."""
    found, _timings = _engine()(image, use_cls=False, return_word_box=True)
    found_lines: list[tuple[str, tuple[float, float, float, float], float]] = []  # in pixels
    ink = _ink(image)
    for corners, raw, score, character_boxes, characters, _scores in found or ():
        if float(score) < _MIN_SCORE:
            continue
        xs, ys = [float(point[0]) for point in corners], [float(point[1]) for point in corners]
        if len(characters) != len(character_boxes):
            pieces = [(str(raw), min(xs), max(xs))]
        else:
            band: NDArray[numpy.bool_] = numpy.any(ink[max(0, round(min(ys))) : round(max(ys))], axis=0)
            pieces = _pieces(characters, character_boxes, (min(xs), max(xs)), max(ys) - min(ys), band)
        for piece, left, right in pieces:
            text = clean_text(piece).strip()
            if text:
                found_lines.append((text, (left, min(ys), right, max(ys)), float(score)))
    strokes = [_stroke(ink, box) for _text, box, _score in found_lines]
    typical = float(numpy.median(strokes)) if strokes else 0.0
    across, down = width / image.shape[1], height / image.shape[0]
    lines = tuple(
        OcrLine(text, (round(x0 * across, 2), round(y0 * down, 2), round(x1 * across, 2), round(y1 * down, 2)), round(score, 4), bool(stroke > _BOLD_STROKE * typical))
        for (text, (x0, y0, x1, y1), score), stroke in zip(found_lines, strokes, strict=True)
    )
    return ScannedPage(width, height, lines, turn)


def _ink(image: Image) -> NDArray[numpy.bool_]:
    """Where the page is inked: darker than halfway between its paper and its darkest text."""
    low, high = numpy.percentile(image, [0.5, 99.5])
    inked: NDArray[numpy.bool_] = image < (low + high) / 2
    return inked


def _stroke(ink: NDArray[numpy.bool_], box: tuple[float, float, float, float]) -> float:
    """The mean thickness of the strokes in *box* (pixels): twice the inked area over its outline's length."""
    x0, y0, x1, y1 = (max(0, round(v)) for v in box)
    region = ink[y0:y1, x0:x1]
    edges = int(numpy.count_nonzero(region[:, 1:] != region[:, :-1])) + int(numpy.count_nonzero(region[1:, :] != region[:-1, :]))
    return 2 * float(numpy.count_nonzero(region)) / max(edges, 1)


def _pieces(
    characters: Sequence[str],
    boxes: Sequence[Sequence[Sequence[float]]],
    ends: tuple[float, float],
    height: float,
    band: NDArray[numpy.bool_],
) -> list[tuple[str, float, float]]:
    """A detected line's text with its left and right ends, cut where cells the detector joined are apart.

    A space goes wherever the page (*band*: which pixel columns of the line hold ink) shows a blank
    as wide as one between two characters (but never inside an e-mail address or a web address, nor
    beside a Chinese character or full-width punctuation); a gap of an em or more parts table cells
    or a date set to the right, which the PDF line reader keeps as its own span.
    """
    margin = _PADDING * height  # the detector's box reaches this far beyond the outer characters
    spans = [(min(float(point[0]) for point in box), max(float(point[0]) for point in box)) for box in boxes]
    centres = [round((left + right) / 2) for left, right in spans]
    blanks = [_widest_blank(band[a:b]) / height for a, b in itertools.pairwise(centres)]  # between neighbours
    pieces: list[tuple[str, float, float]] = []
    text, start, end = "", ends[0], None
    for number, (character, (left, right)) in enumerate(zip(characters, spans, strict=True)):
        if character == "一" and 0 < number < len(blanks) and min(blanks[number - 1], blanks[number]) > _DASH_BLANK:
            character = "—"  # a dash set apart between two words, read as the character it looks like
        if end is not None and character != " ":
            gap = left - end
            # Chinese characters stand apart by themselves, and their boxes are the coarsest: between
            # two of them only a wide gap parts cells, and a space needs a wider blank.
            chinese = bool(text) and _WIDE.match(text[-1]) is not None and _WIDE.match(character) is not None
            if gap > (_WIDE_CELL_GAP if chinese else _CELL_GAP) * height and text.strip():
                pieces.append((text, start, end + margin))
                text, start = "", left - margin
            elif _spaced(text, character, blanks[number - 1], chinese):
                text += _GAP
        text += character
        end = right
    pieces.append((text, start, ends[1]))
    return [(_ADDRESS.sub(lambda found: found.group().replace(_GAP, ""), text).replace(_GAP, " "), left, right) for text, left, right in pieces]


def _spaced(before: str, character: str, blank: float, chinese: bool) -> bool:
    """Whether a space was printed between *before*'s last character and *character*, a *blank* (of the line's height) apart."""
    if not before or before.endswith((" ", _GAP)) or any(_FULL_WIDTH_PUNCTUATION.match(c) for c in (before[-1], character)):
        return False
    if chinese:
        return blank > _CHINESE_SPACE_BLANK
    return blank > (_DIGIT_SPACE_BLANK if before[-1].isdigit() and character.isdigit() else _SPACE_BLANK)


def _widest_blank(columns: NDArray[numpy.bool_]) -> int:
    """The widest run of uninked pixel columns."""
    inked = numpy.flatnonzero(columns)
    return int(numpy.diff(numpy.concatenate(([-1], inked, [columns.size]))).max()) - 1


def skew(image: Image) -> float:
    """The angle in degrees (anticlockwise) the page's lines of text are turned by: rows of text
    turned back by it line up best, so the ink's row profile is sharpest."""
    scale = min(1.0, _SKEW_SAMPLE / image.shape[1])
    small = Picture.fromarray((_ink(image) * 255).astype(numpy.uint8)).resize(
        (max(1, round(image.shape[1] * scale)), max(1, round(image.shape[0] * scale))), Picture.Resampling.BOX
    )

    def sharpness(angle: float) -> float:
        rows = numpy.asarray(small.rotate(-angle, resample=Picture.Resampling.BILINEAR), dtype=numpy.float64).sum(axis=1)
        return float(numpy.square(numpy.diff(rows)).sum())

    coarse = max(numpy.arange(-_MOST_SKEW, _MOST_SKEW + 0.01, 0.25), key=lambda angle: sharpness(float(angle)))
    fine = max(numpy.arange(coarse - 0.2, coarse + 0.21, 0.05), key=lambda angle: sharpness(float(angle)))
    return round(float(fine), 2)


def turned(image: Image, turn: float) -> Image:
    """*image* turned back by *turn* degrees (white where the turn uncovers paper)."""
    if not turn:
        return image
    return numpy.asarray(Picture.fromarray(image, "L").rotate(-turn, resample=Picture.Resampling.BICUBIC, fillcolor=255), dtype=numpy.uint8)


def is_blank(image: Image) -> bool:
    """Whether a page holds no ink at all (a white sheet, an empty scan)."""
    low, high = numpy.percentile(image, [0.5, 99.5])
    return bool(high - low < _BLANK_SPREAD)


@cache
def _engine() -> Any:
    """The OCR engine, loaded once per process (its import alone takes half a second)."""
    from rapidocr_onnxruntime import RapidOCR

    return RapidOCR()
