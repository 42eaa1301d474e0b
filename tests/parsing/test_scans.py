"""Scans without running OCR: hostile images get one clear message, pages read before are not read again,
and the text layer lies invisibly over the lines it was read from."""

from __future__ import annotations

import io
import struct
import time
import zlib

import numpy
import pymupdf
import pytest
from PIL import Image

import parsing.ocr
from parsing.document import OcrLine, ScannedPage
from parsing.errors import CorruptDocument, DocumentError, DocumentTooLarge, EmptyDocument, NoTextLayer
from parsing.load import load_bytes
from parsing.scanning import Scanning

# A page as the tests' images are shown: 1240 × 1754 pixels, A4's height (842 points).
WIDTH, HEIGHT = round(1240 * 842 / 1754, 2), 842.0
LINES = (
    OcrLine("王小明", (60.0, 50.0, 150.0, 80.0), 0.99, bold=True),
    OcrLine("邮箱：wang.xm@example.com", (60.0, 100.0, 260.0, 114.0), 0.98),
    OcrLine("2019.09 - 2023.06", (430.0, 130.0, 535.0, 144.0), 0.97),
)


@pytest.fixture(autouse=True)
def no_ocr(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test here must succeed or fail without the OCR engine."""

    def refuse() -> None:
        raise AssertionError("OCR ran")

    monkeypatch.setattr(parsing.ocr, "_engine", refuse)


def png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def page_image(ink: bool = True) -> Image.Image:
    """A white A4 page at 150 dpi, with a dark bar where text would be (or blank)."""
    image = Image.new("L", (1240, 1754), 255)
    if ink:
        image.paste(0, (125, 104, 400, 166))
    return image


def assert_one_line(error: DocumentError, *words: str) -> None:
    message = str(error)
    assert "\n" not in message and all(word in message for word in words), message


def test_a_one_pixel_png_is_too_small() -> None:
    with pytest.raises(EmptyDocument) as error:
        load_bytes("cv.png", png(Image.new("L", (1, 1), 0)))
    assert_one_line(error.value, "1×1 pixels", "too small")


def test_a_decompression_bomb_is_refused_from_its_header() -> None:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", 30_000, 30_000, 8, 0, 0, 0, 0)  # 900 megapixels of 8-bit grey
    bomb = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(bytes(30_001) * 50)) + chunk(b"IEND", b"")
    started = time.monotonic()
    with pytest.raises(DocumentTooLarge) as error:
        load_bytes("cv.png", bomb)
    assert time.monotonic() - started < 1
    assert_one_line(error.value, "50 megapixels")


def test_a_truncated_jpeg_is_damaged() -> None:
    buffer = io.BytesIO()
    page_image().convert("RGB").save(buffer, "JPEG", quality=90)
    with pytest.raises(CorruptDocument) as error:
        load_bytes("cv.jpg", buffer.getvalue()[: len(buffer.getvalue()) // 2])
    assert_one_line(error.value, "JPEG", "incomplete or damaged")


def test_a_blank_page_says_no_text_was_read_without_running_ocr() -> None:
    with pytest.raises(NoTextLayer) as error:
        load_bytes("cv.png", png(page_image(ink=False)))
    assert_one_line(error.value, "No text could be read")


def test_a_tiff_of_more_pages_than_a_resume_has_is_refused() -> None:
    buffer = io.BytesIO()
    frames = [Image.new("L", (120, 120), 255) for _ in range(21)]
    frames[0].save(buffer, "TIFF", save_all=True, append_images=frames[1:])
    with pytest.raises(DocumentTooLarge) as error:
        load_bytes("cv.tif", buffer.getvalue())
    assert_one_line(error.value, "21 pages", "up to 20")


def test_a_scanned_pdf_of_more_pages_than_a_resume_has_is_refused() -> None:
    pdf = pymupdf.open()
    for _ in range(21):
        pdf.new_page().insert_image(pymupdf.Rect(0, 0, 100, 100), stream=png(Image.new("L", (120, 120), 0)))
    with pytest.raises(DocumentTooLarge) as error:
        load_bytes("cv.pdf", pdf.tobytes())
    assert_one_line(error.value, "scan of 21 pages")


def test_an_image_read_before_is_not_read_again_and_its_text_lies_over_its_lines() -> None:
    known = (ScannedPage(WIDTH, HEIGHT, LINES),)
    told: list[tuple[int, int]] = []
    document = load_bytes("cv.png", png(page_image()), Scanning(known, lambda read, pages: told.append((read, pages))))
    assert told == [] and document.scanned_pages == known and document.media_type == "image/png"
    lines = list(document.lines())
    assert [line.text for line in lines] == ["王小明", "邮箱：wang.xm@example.com", "2019.09 - 2023.06"]
    for line, read in zip(lines, LINES, strict=True):
        assert line.bbox[0] == pytest.approx(read.bbox[0], abs=1) and line.bbox[2] == pytest.approx(read.bbox[2], abs=1)
        assert read.bbox[1] - 2 <= (line.bbox[1] + line.bbox[3]) / 2 <= read.bbox[3] + 2
    assert [line.bold for line in lines] == [True, False, False]
    assert lines[0].size > 1.5 * lines[1].size  # the name is printed larger than the body text


def test_the_text_layer_is_invisible() -> None:
    known = (ScannedPage(WIDTH, HEIGHT, LINES),)
    document = load_bytes("cv.png", png(Image.new("L", (1240, 1754), 255)), Scanning(known))
    assert document.display_pdf is not None
    with pymupdf.open(stream=document.display_pdf) as pdf:
        assert "王小明" in pdf[0].get_text()
        pixels = numpy.frombuffer(pdf[0].get_pixmap(colorspace=pymupdf.csGRAY).samples, dtype=numpy.uint8)
    assert pixels.min() >= 250  # a white page stays white: the text is there to find, select and highlight, not to see


def test_a_scanned_pdf_keeps_its_bytes_and_shows_its_pages_under_the_text() -> None:
    pdf = pymupdf.open()
    pdf.new_page(width=WIDTH, height=HEIGHT).insert_image(pymupdf.Rect(0, 0, WIDTH, HEIGHT), stream=png(page_image()))
    data = pdf.tobytes()
    document = load_bytes("scan.pdf", data, Scanning((ScannedPage(WIDTH, HEIGHT, LINES),)))
    assert document.data == data and document.media_type == "application/pdf"
    assert document.text.splitlines()[0] == "王小明"
    assert document.display_pdf is not None
    with pymupdf.open(stream=document.display_pdf) as shown:
        assert shown.page_count == 1 and shown[0].get_images(full=True)  # the scanned page is drawn under the text


def test_a_phone_photo_is_turned_upright_and_scaled_down_before_it_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    shapes: list[tuple[int, ...]] = []

    def engine(image: numpy.ndarray, **_options: object) -> tuple[list[object], None]:
        shapes.append(image.shape)
        box = [[100, 100], [400, 100], [400, 140], [100, 140]]
        return [[box, "Jane Doe", 0.99, [box], ["Jane Doe"], [0.99]]], None

    monkeypatch.setattr(parsing.ocr, "_engine", lambda: engine)
    photo = Image.new("RGB", (4032, 3024), "white")  # held sideways: the camera says to turn it a quarter right
    photo.paste((0, 0, 0), (200, 200, 1400, 500))
    exif = Image.Exif()
    exif[0x0112] = 6  # orientation: rotate 90° clockwise to show
    buffer = io.BytesIO()
    photo.save(buffer, "JPEG", exif=exif)
    document = load_bytes("photo.jpg", buffer.getvalue())
    assert shapes and shapes[0][0] == 1754 and shapes[0][1] < 1754  # upright (portrait) and at most A4 at 150 dpi
    assert document.pages[0].height == 842.0 and document.pages[0].width < 842.0
    assert document.text == "Jane Doe"
