"""Scans become documents: an image file or an image-only PDF, read by OCR, shown with an invisible text layer.

The PDF shown (`Document.display_pdf`) is the page images with the text OCR read written invisibly
(fully transparent) over each line, filling the line's box: the PDF line reader, the parser, the fields' source
rectangles, highlights, text selection and the annotated export then work on a scan as on any PDF.
An image-only PDF keeps its original bytes; its rendition draws the original pages under the text.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from functools import cache, partial
from statistics import median

import numpy
import pymupdf
from PIL import Image, ImageOps

from parsing import ocr
from parsing.document import Document, OcrLine, ScannedPage
from parsing.errors import CorruptDocument, DocumentTooLarge, EmptyDocument, NoTextLayer
from parsing.pdf import open_pdf, read_pages
from parsing.rendition import BOLD_INK
from parsing.scanning import MAX_SCANNED_PAGES, Scanning

MAX_IMAGE_PIXELS = 50_000_000  # a 48-megapixel phone photo is read; a bomb's header is refused before decoding
MIN_IMAGE_SIDE = 100  # pixels: less cannot hold a line of text
_A4_LONG_SIDE = 842.0  # points: an image is shown as a page of A4's height (or width, when landscape)
_SCAN_DPI = 150  # a scanned PDF page is read at this resolution (at most OCR_LONG_SIDE pixels long)
_SAME_SIZE = 0.08  # lines whose sizes differ by less than this share are taken to be set in one size
_BODY_SPREAD = 0.12  # and lines this close to the body text's size are body text
_PADDING = 0.2  # of a detected line's height: the margin the detector leaves at either end of the line


def load_image(file_name: str, media_type: str, data: bytes, kind: str, scanning: Scanning) -> Document:
    """An image file (PNG, JPEG, GIF, a TIFF of up to MAX_SCANNED_PAGES pages) read by OCR into a Document."""
    pictures = [_scaled(frame) for frame in _frames(data, kind)]
    scanned = ocr.read_pages([(partial(_grey, picture), *_page_size(picture)) for picture in pictures], scanning)
    rendition = pymupdf.open()
    for picture, page in zip(pictures, scanned, strict=True):
        shown = rendition.new_page(width=page.width, height=page.height)
        shown.insert_image(shown.rect, stream=_encoded(_turned(picture, page.turn), kind))  # shown level, as it was read
    return _read(file_name, media_type, data, rendition, scanned)


def load_scanned_pdf(file_name: str, media_type: str, data: bytes, scanning: Scanning) -> Document:
    """A PDF whose pages are images without text, read by OCR; the rendition draws its pages under the text read."""
    source = open_pdf(data)
    if source.page_count > MAX_SCANNED_PAGES:
        raise DocumentTooLarge(f"The PDF is a scan of {source.page_count} pages; scans of up to {MAX_SCANNED_PAGES} pages are read.")
    pages = [source[number] for number in range(source.page_count)]
    # The pages are shown as they are; the text read level is laid on them level, off by at most a few points on a skewed scan.
    scanned = ocr.read_pages([(partial(_rendered, page), page.rect.width, page.rect.height) for page in pages], scanning)
    rendition = pymupdf.open()
    for number, page in enumerate(scanned):
        shown = rendition.new_page(width=page.width, height=page.height)
        shown.show_pdf_page(shown.rect, source, number)
    return _read(file_name, media_type, data, rendition, scanned)


def _read(file_name: str, media_type: str, data: bytes, rendition: pymupdf.Document, scanned: Sequence[ScannedPage]) -> Document:
    """The Document of a scan: the text layer written on *rendition*, then read back by the PDF line reader."""
    if not any(page.lines for page in scanned):
        raise NoTextLayer("No text could be read on the scan: the page is blank or too blurred.")
    font = _font()
    shown = [[line for line in page.lines if font.text_length(line.text, 1) > 0 and line.bbox[2] > line.bbox[0]] for page in scanned]
    sizes = _type_sizes(shown, font)  # over the whole scan: a heading style is one size on every page
    for number, (lines, page_sizes) in enumerate(zip(shown, sizes, strict=True)):
        write_text_layer(rendition[number], lines, page_sizes)
    rendition.subset_fonts()
    display_pdf: bytes = rendition.tobytes(garbage=3, deflate=True, no_new_id=True)
    pages, dropped = read_pages(open_pdf(display_pdf), bold_ink=BOLD_INK)
    return Document(file_name, media_type, data, tuple(pages), display_pdf, tuple(dropped), tuple(scanned))


def write_text_layer(page: pymupdf.Page, lines: Sequence[OcrLine], sizes: Sequence[float]) -> None:
    """Each line's text written invisibly over its box: as wide as the box, on the box's baseline, in the size of its kind of line
    (and in BOLD_INK when its strokes are bold: the built-in CJK font has no bold face).

    The *sizes* come from _type_sizes.
    """
    font = _font()
    extent = font.ascender - font.descender
    for line, size in zip(lines, sizes, strict=True):
        x0, y0, x1, y1 = line.bbox
        natural = font.text_length(line.text, size)
        stretch = (x1 - x0) / natural  # across only; MuPDF then reports the size unchanged and the height 1/stretch of it
        baseline = pymupdf.Point(x0, y0 + (y1 - y0) * font.ascender / extent)
        writer = pymupdf.TextWriter(page.rect)
        writer.append(baseline, line.text, font=font, fontsize=size)
        ink = pymupdf.sRGB_to_pdf(BOLD_INK) if line.bold else (0, 0, 0)
        # Fully transparent rather than render mode 3 (invisible): MuPDF then still reports the ink, and so the bold.
        writer.write_text(page, color=ink, opacity=0, morph=(baseline, pymupdf.Matrix(stretch, 1 / stretch)))
    page.clean_contents()


def _type_sizes(pages: Sequence[Sequence[OcrLine]], font: pymupdf.Font) -> list[list[float]]:
    """The size each line of each page is printed in, told by widths without the detector's margins.

    A Chinese character is one em wide, while a box's height varies with the letters it holds.
    Pieces of one detected line (cells it joined) share its size.  Lines within _BODY_SPREAD of the
    body text's size (the size most characters have) are body text; the others form groups, runs of
    sorted sizes within _SAME_SIZE of the run's first, and a body line nearer a group's size than the
    body's joins it (a short heading's width is the least sure).  Each line gets its group's median,
    so that the parser, which compares sizes to tell names and headings from text, sees one size for
    one style across the whole scan.
    """
    lines = [line for page in pages for line in page]
    detected: dict[tuple[int, float, float], list[int]] = {}
    index = 0
    for number, page in enumerate(pages):
        for line in page:
            detected.setdefault((number, line.bbox[1], line.bbox[3]), []).append(index)
            index += 1
    sizes = [0.0] * len(lines)
    for (_page, top, bottom), members in detected.items():
        inked = sum(max(lines[i].bbox[2] - lines[i].bbox[0] - 2 * _PADDING * (bottom - top), 1.0) for i in members)
        size = inked / sum(float(font.text_length(lines[i].text, 1)) for i in members)
        for member in members:
            sizes[member] = size
    body = _body_size(lines, sizes)
    groups: list[list[int]] = []
    by_size = sorted(range(len(lines)), key=lambda i: sizes[i])
    for i in by_size:
        if abs(sizes[i] - body) <= _BODY_SPREAD * body:
            continue
        if groups and sizes[i] <= sizes[groups[-1][0]] * (1 + _SAME_SIZE):
            groups[-1].append(i)
        else:
            groups.append([i])
    centres = [median(sizes[i] for i in group) for group in groups]
    for i in by_size:
        if abs(sizes[i] - body) <= _BODY_SPREAD * body and centres:
            nearest = min(range(len(groups)), key=lambda g: abs(sizes[i] - centres[g]))
            if abs(sizes[i] - centres[nearest]) < min(abs(sizes[i] - body), _SAME_SIZE * centres[nearest]):
                groups[nearest].append(i)
    shared = [round(body, 1)] * len(lines)
    for group in groups:
        size = round(median(sizes[i] for i in group), 1)
        for i in group:
            shared[i] = size
    out: list[list[float]] = []
    start = 0
    for page in pages:
        out.append(shared[start : start + len(page)])
        start += len(page)
    return out


def _body_size(lines: Sequence[OcrLine], sizes: Sequence[float]) -> float:
    """The size most characters are printed in (the weighted median)."""
    by_size = sorted(range(len(lines)), key=lambda i: sizes[i])
    half, seen = sum(len(line.text) for line in lines) / 2, 0
    for i in by_size:
        seen += len(lines[i].text)
        if seen >= half:
            return sizes[i]
    return 0.0


@cache
def _font() -> pymupdf.Font:
    """MuPDF's built-in Droid Sans Fallback: Chinese and Latin, subset to the glyphs used."""
    return pymupdf.Font("cjk")


def _frames(data: bytes, kind: str) -> list[Image.Image]:
    """The pages of an image file (a TIFF may hold several), each checked for size before it is decoded."""
    try:
        image = Image.open(io.BytesIO(data))
    except Image.DecompressionBombError as error:
        raise DocumentTooLarge(f"The image is far larger than {MAX_IMAGE_PIXELS // 10**6} megapixels; images of up to that size are read.") from error
    except (OSError, SyntaxError, ValueError) as error:
        raise CorruptDocument(f"The {kind} image is damaged and cannot be opened.") from error
    count = getattr(image, "n_frames", 1) if kind == "TIFF" else 1  # a GIF's further frames are animation, not pages
    if count > MAX_SCANNED_PAGES:
        raise DocumentTooLarge(f"The image holds {count} pages; scans of up to {MAX_SCANNED_PAGES} pages are read.")
    frames = []
    for number in range(count):
        image.seek(number)
        _check_size(*image.size)
        frames.append(_decoded(image, kind))
    return frames


def _check_size(width: int, height: int) -> None:
    if width * height > MAX_IMAGE_PIXELS:
        raise DocumentTooLarge(f"The image is {width:,}×{height:,} pixels; images of up to {MAX_IMAGE_PIXELS // 10**6} megapixels are read.")
    if min(width, height) < MIN_IMAGE_SIDE:
        raise EmptyDocument(f"The image is {width}×{height} pixels: too small to hold a résumé's text.")


def _decoded(image: Image.Image, kind: str) -> Image.Image:
    """The current frame decoded, upright (a phone photo's EXIF orientation applied), on white, in RGB or grey."""
    longest = max(image.size)
    if longest > ocr.OCR_LONG_SIDE:  # a JPEG is then decoded at 1/2, 1/4 or 1/8 scale: faster, and a tenth of the memory
        shrink = ocr.OCR_LONG_SIDE / longest
        image.draft(image.mode if image.mode in ("L", "RGB") else "RGB", (round(image.width * shrink), round(image.height * shrink)))
    try:
        image.load()
        frame = ImageOps.exif_transpose(image) if kind == "JPEG" else image.copy()
    except (OSError, SyntaxError, ValueError, EOFError) as error:
        raise CorruptDocument(f"The {kind} image is incomplete or damaged; ask for a new copy.") from error
    if frame.mode in ("L", "RGB"):
        return frame
    if frame.mode in ("1", "I", "I;16", "F"):
        return frame.convert("L")
    flat = Image.new("RGB", frame.size, "white")  # transparency shown on white paper
    rgba = frame.convert("RGBA")
    flat.paste(rgba, mask=rgba.getchannel("A"))
    return flat


def _scaled(picture: Image.Image) -> Image.Image:
    """*picture* at most OCR_LONG_SIDE pixels long: what OCR reads and the reviewer sees."""
    picture.thumbnail((ocr.OCR_LONG_SIDE, ocr.OCR_LONG_SIDE), Image.Resampling.LANCZOS)
    return picture


def _turned(picture: Image.Image, turn: float) -> Image.Image:
    """*picture* turned back by *turn* degrees, as OCR read it."""
    if not turn:
        return picture
    return picture.rotate(-turn, resample=Image.Resampling.BICUBIC, fillcolor="white" if picture.mode == "RGB" else 255)


def _page_size(picture: Image.Image) -> tuple[float, float]:
    """The page an image is shown as, in points: A4's long side, the image's proportions."""
    scale = _A4_LONG_SIDE / max(picture.size)
    return round(picture.width * scale, 2), round(picture.height * scale, 2)


def _grey(picture: Image.Image) -> ocr.Image:
    return numpy.asarray(picture.convert("L"), dtype=numpy.uint8)


def _encoded(picture: Image.Image, kind: str) -> bytes:
    """The picture as shown: a photo (JPEG) stays a JPEG, other images become PNG, both deterministic."""
    buffer = io.BytesIO()
    if kind == "JPEG":
        picture.save(buffer, "JPEG", quality=85, optimize=True)
    else:
        picture.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def _rendered(page: pymupdf.Page) -> ocr.Image:
    """A scanned PDF page as a greyscale image at 150 dpi, at most OCR_LONG_SIDE pixels long."""
    zoom = min(_SCAN_DPI / 72, ocr.OCR_LONG_SIDE / max(page.rect.width, page.rect.height))
    pixmap = page.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), colorspace=pymupdf.csGRAY, alpha=False)
    samples = numpy.frombuffer(pixmap.samples, dtype=numpy.uint8)
    return samples.reshape(pixmap.height, pixmap.stride)[:, : pixmap.width]
