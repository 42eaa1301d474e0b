"""Hostile and damaged files: bounded work, one error boundary (fuzzed), nothing read that is not a résumé."""

from __future__ import annotations

import copy
import io
import struct
import time
import zipfile
import zlib
from pathlib import Path

import docx
import pymupdf
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import main
from parsing.errors import DocumentError, DocumentTooLarge
from parsing.load import load_bytes
from parsing.read import read_resume


def word_file(*paragraphs: str) -> bytes:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def pdf_file() -> bytes:
    """A one-page résumé PDF, uncompressed, so that mutations reach its structure and content."""
    document = pymupdf.open()
    page = document.new_page()
    page.insert_text((72, 90), "Li Lei\nResearch Engineer\nli.lei@example.com\nExperience\n2019 - 2021 Acme", fontsize=11)
    page.insert_text((72, 220), "教育背景 清华大学", fontname="china-s")
    return document.tobytes()


def _entry(data: bytes, name: str) -> tuple[int, int]:
    """Where *name*'s local header and its compressed data start in a ZIP."""
    header = zipfile.ZipFile(io.BytesIO(data)).getinfo(name).header_offset
    name_length, extra_length = struct.unpack("<HH", data[header + 26 : header + 30])
    return header, header + 30 + name_length + extra_length


def _bad_deflate_stream(data: bytes) -> bytes:
    """The Word file with its body's deflate stream broken (zipfile raises zlib.error)."""
    _header, start = _entry(data, "word/document.xml")
    return data[:start] + b"\xff" + data[start + 1 :]


def _unknown_compression(data: bytes) -> bytes:
    """The Word file with its body stored by a compression method zipfile lacks (NotImplementedError)."""
    out = bytearray(data)
    header, _start = _entry(data, "word/document.xml")
    struct.pack_into("<H", out, header + 8, 1)  # "shrunk", a 1989 method
    central = data.find(b"PK\x01\x02")
    while central >= 0:
        length = struct.unpack("<H", data[central + 28 : central + 30])[0]
        if data[central + 46 : central + 46 + length] == b"word/document.xml":
            struct.pack_into("<H", out, central + 10, 1)
        central = data.find(b"PK\x01\x02", central + 4)
    return bytes(out)


def _bomb(unpacked: int) -> bytes:
    """A Word file whose body unpacks to *unpacked* bytes of nothing (a few hundred KB on disk)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(word_file("Han Meimei"))) as source, zipfile.ZipFile(buffer, "w") as bomb:
        for item in source.infolist():
            if item.filename != "word/document.xml":
                bomb.writestr(item, source.read(item))
        info = zipfile.ZipInfo("word/document.xml")
        info.compress_type = zipfile.ZIP_DEFLATED
        with bomb.open(info, "w", force_zip64=True) as body:
            chunk = b" " * 2**20
            for _ in range(unpacked // len(chunk)):
                body.write(chunk)
    return buffer.getvalue()


# -- 4: one error boundary -------------------------------------------------------------------------


@pytest.mark.parametrize("damage", [_bad_deflate_stream, _unknown_compression], ids=["zlib.error", "NotImplementedError"])
def test_parse_of_a_damaged_word_file_exits_2_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], damage: object
) -> None:
    path = tmp_path / "cv.docx"
    path.write_bytes(damage(word_file("Han Meimei, Data Scientist")))  # type: ignore[operator]
    assert main.main(["parse", str(path)]) == main.EXIT_BAD_INPUT
    out, err = capsys.readouterr()
    assert out == "" and err == f"{path}: The file is damaged and cannot be read.\n"


def test_parse_of_a_pdf_whose_page_tree_is_a_cycle_exits_2_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """MuPDF raises its FzErrorFormat ("cycle in page tree"), which is no RuntimeError."""
    document = pymupdf.open()
    document.new_page().insert_text((72, 90), "Li Lei", fontsize=11)
    data = document.tobytes()
    assert b"/Kids[4 0 R]" in data
    path = tmp_path / "cycle.pdf"
    path.write_bytes(data.replace(b"/Kids[4 0 R]", b"/Kids[2 0 R]"))
    assert main.main(["parse", str(path)]) == main.EXIT_BAD_INPUT
    out, err = capsys.readouterr()
    assert out == "" and err == f"{path}: The file is damaged and cannot be read.\n"


def _mutated(data: bytes, edits: list[tuple[float, int, bytes]]) -> bytes:
    """*data* with bytes overwritten, cut or inserted at the given relative positions."""
    out = bytearray(data)
    for where, kind, chunk in edits:
        at = int(where * len(out))
        if kind == 0:
            out[at : at + len(chunk)] = chunk
        elif kind == 1:
            del out[at : at + 1 + len(chunk) * 8]
        else:
            out[at:at] = chunk
    return bytes(out)


EDITS = st.lists(st.tuples(st.floats(0, 1), st.integers(0, 2), st.binary(min_size=1, max_size=12)), min_size=1, max_size=6)
FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
BASE_PDF = pdf_file()
BASE_WORD = word_file("Han Meimei", "Data Scientist", "han@example.com")


def _read_or_refuse(tmp_path: Path, name: str, data: bytes) -> None:
    """Reading *data* gives a profile or a DocumentError with a one-line message, never anything else."""
    path = tmp_path / name
    path.write_bytes(data)
    try:
        read_resume(path)
    except DocumentError as error:
        assert str(error) and "\n" not in str(error)


@FUZZ
@given(EDITS)
def test_a_mutated_pdf_is_read_or_refused_with_a_reason(tmp_path_factory: pytest.TempPathFactory, edits: list[tuple[float, int, bytes]]) -> None:
    _read_or_refuse(tmp_path_factory.mktemp("pdf"), "cv.pdf", _mutated(BASE_PDF, edits))


@FUZZ
@given(EDITS)
def test_a_word_file_with_mutated_compressed_data_is_read_or_refused_with_a_reason(
    tmp_path_factory: pytest.TempPathFactory, edits: list[tuple[float, int, bytes]]
) -> None:
    """The ZIP directory intact, the body's deflate stream changed: zlib, zipfile and the XML are tried."""
    _header, start = _entry(BASE_WORD, "word/document.xml")
    end = start + zipfile.ZipFile(io.BytesIO(BASE_WORD)).getinfo("word/document.xml").compress_size
    body = BASE_WORD[start:end]
    mutated = _mutated(body, edits)[: len(body)].ljust(len(body), b"\0")  # same length: offsets stay valid
    _read_or_refuse(tmp_path_factory.mktemp("docx"), "cv.docx", BASE_WORD[:start] + mutated + BASE_WORD[end:])


@FUZZ
@given(EDITS)
def test_a_word_file_with_a_mutated_body_is_read_or_refused_with_a_reason(
    tmp_path_factory: pytest.TempPathFactory, edits: list[tuple[float, int, bytes]]
) -> None:
    """The body changed inside a sound ZIP: the XML and python-docx are what is tried."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(BASE_WORD)) as source, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
        for item in source.infolist():
            body = source.read(item)
            out.writestr(item.filename, _mutated(body, edits) if item.filename == "word/document.xml" else body)
    _read_or_refuse(tmp_path_factory.mktemp("body"), "cv.docx", buffer.getvalue())


# -- 2: bounded work -------------------------------------------------------------------------------


def test_a_long_line_without_spaces_is_laid_out_in_linear_time_and_kept_whole() -> None:
    line = "".join(f"{n:06d}" for n in range(20_000))  # 120,000 characters, no break opportunity
    started = time.monotonic()
    document = load_bytes("hash.txt", line.encode())
    assert time.monotonic() - started < 8  # was quadratic: minutes
    assert document.text.replace("\n", "") == line  # all of it, not one row that runs off the page


def test_a_text_file_of_thousands_of_pages_is_refused_before_layout() -> None:
    started = time.monotonic()
    with pytest.raises(DocumentTooLarge, match="about 1,556 pages"):
        load_bytes("rows.txt", b"x\n" * 140_000)
    assert time.monotonic() - started < 1  # was about a minute of laying out 4,000 pages


def test_a_markdown_file_of_thousands_of_pages_is_refused_before_layout() -> None:
    started = time.monotonic()
    with pytest.raises(DocumentTooLarge, match="pages"):
        load_bytes("list.md", b"- x\n" * 70_000)
    assert time.monotonic() - started < 1


def test_markdown_inline_marks_on_a_very_long_line_take_linear_time() -> None:
    started = time.monotonic()
    document = load_bytes("brackets.md", b"[a" * 50_000)
    assert time.monotonic() - started < 8
    assert document.text.replace("\n", "") == "[a" * 50_000


def test_a_word_file_that_unzips_to_gigabytes_is_refused_before_unzipping() -> None:
    bomb = _bomb(300 * 2**20)
    assert len(bomb) < 2**20
    started = time.monotonic()
    with pytest.raises(DocumentTooLarge, match="unpacks to 301 MB"):
        load_bytes("cv.docx", bomb)
    assert time.monotonic() - started < 1


def test_a_word_file_of_too_many_parts_is_refused() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(word_file("Han Meimei"))) as source, zipfile.ZipFile(buffer, "w") as out:
        for item in source.infolist():
            out.writestr(item, source.read(item))
        for number in range(5_000):
            out.writestr(f"padding/part{number}.xml", b"")
    with pytest.raises(DocumentTooLarge, match="5,017 parts"):
        load_bytes("cv.docx", buffer.getvalue())


# -- 11: a file that is not a résumé ---------------------------------------------------------------


@pytest.mark.parametrize("name", ["cv.pdf", "cv.docx"])
def test_a_lone_percent_sign_named_pdf_is_not_a_resume(tmp_path: Path, name: str, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / name
    path.write_bytes(b"%")
    assert main.main(["parse", str(path)]) == main.EXIT_BAD_INPUT
    suffix = Path(name).suffix
    assert capsys.readouterr().err == f"{path}: The file is named {suffix} but its contents are not a readable {suffix} file.\n"


def test_zlib_is_what_fails_in_the_damaged_word_file() -> None:
    """The crafted file really exercises the case the issue found (not a check that fires earlier)."""
    with zipfile.ZipFile(io.BytesIO(_bad_deflate_stream(word_file("x")))) as archive, pytest.raises(zlib.error):
        archive.read("word/document.xml")


# -- 10: every character of the source in the rendition's text layer --------------------------------


def test_characters_the_built_in_fonts_lack_survive_in_a_gb18030_text_file(tmp_path: Path) -> None:
    """䶮 (CJK extension A) and 𠮷 (extension B, beyond U+FFFF) come from Noto CJK; the name with them."""
    text = "王䶮\n籍贯：𠮷野\n电话：138-0000-0000\n邮箱：wang@example.com\n\n教育背景\n--------\n清华大学  计算机科学  2019.09 - 2023.06\n"
    path = tmp_path / "cv.txt"
    path.write_bytes(text.encode("gb18030"))
    resume = read_resume(path)
    assert "王䶮" in resume.text and "𠮷野" in resume.text
    assert resume.profile["basics"]["name"] == "王䶮"
    fonts = {font[3].split("+")[-1] for font in pymupdf.open(stream=resume.display_pdf).get_page_fonts(0)}
    assert "Noto Sans CJK SC Regular" in fonts


def test_a_rendition_without_rare_characters_embeds_only_the_built_in_fonts() -> None:
    document = load_bytes("cv.txt", "王小明\n电话：138-0000-0000\n".encode())
    fonts = {font[3].split("+")[-1] for font in pymupdf.open(stream=document.display_pdf).get_page_fonts(0)}
    assert not any("Noto" in font for font in fonts)


def test_a_word_file_of_thousands_of_pages_is_refused_before_it_is_converted() -> None:
    document = docx.Document()
    paragraph = document.add_paragraph("Han Meimei")._p
    for _ in range(30_000):
        document.element.body.append(copy.deepcopy(paragraph))
    buffer = io.BytesIO()
    document.save(buffer)
    started = time.monotonic()
    with pytest.raises(DocumentTooLarge, match="about 334 pages"):
        load_bytes("cv.docx", buffer.getvalue())
    assert time.monotonic() - started < 2  # was nearly a minute of python-docx and layout


def test_windows_quotes_left_as_c1_controls_show_as_quotes_in_a_rendition() -> None:
    """A Word or text file whose quotes are C1 controls (cp1252 read as Latin-1) shows “ ” and –, not boxes."""
    document = load_bytes("cv.txt", "Jane Doe\n\x93Sparse Adapters\x94 \x96 EMNLP 2022\n".encode())
    shown = pymupdf.open(stream=document.display_pdf)[0].get_text()
    assert "“Sparse Adapters” – EMNLP 2022" in shown and not any("\x80" <= c <= "\x9f" for c in shown)
