"""Loading a file into a Document: the format is told by the bytes, not by the file name.

PDF is read directly; a PDF of scanned pages and an image file are read by OCR (`parsing.scans`).  DOCX, TXT and Markdown are first rendered to a deterministic PDF
(`parsing.rendition`), kept in `Document.display_pdf`, and read with the same PDF line reader, so
every rectangle points at what the reviewer sees.  A file whose name says one format and whose
bytes another (a "résumé.pdf" that is really a Word file) is read as what it is.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from parsing.document import Document
from parsing.errors import (
    DocumentTooLarge,
    EmptyDocument,
    EncryptedDocument,
    ScannedWithoutText,
    UnsupportedDocument,
    one_error_boundary,
)
from parsing.pdf import open_pdf, read_pages
from parsing.rendition import BOLD_INK, check_pages, render_html
from parsing.scanning import Scanning
from parsing.text import decode_text, looks_like_markdown, markdown_to_html, text_to_html

MAX_BYTES = 50 * 1024 * 1024
MAX_TEXT_CHARACTERS = 300_000  # a text or Markdown file is laid out page by page: bound the work
# A Word file is checked from its ZIP directory before anything is unpacked (a 4 MB file may unzip to gigabytes).
MAX_DOCX_PARTS = 1_000
MAX_DOCX_UNPACKED = 200 * 2**20
MAX_DOCX_XML = 50 * 2**20  # python-docx parses every XML part into a tree several times its size
PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
TEXT = "text/plain"
MARKDOWN = "text/markdown"
_MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdown", ".mkd"}
_KNOWN_SUFFIXES = {".pdf", ".docx", ".txt", ".text", *_MARKDOWN_SUFFIXES}
_IMAGES = {b"\x89PNG": "PNG", b"\xff\xd8\xff": "JPEG", b"GIF8": "GIF", b"II*\x00": "TIFF", b"MM\x00*": "TIFF"}
_IMAGE_TYPES = {"PNG": "image/png", "JPEG": "image/jpeg", "GIF": "image/gif", "TIFF": "image/tiff"}
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Word 97-2003 files and password-protected Office files
_ENCRYPTED_OFFICE = "EncryptedPackage".encode("utf-16-le")
_HTML = re.compile(rb"^(?:\xef\xbb\xbf)?\s*<(?:!doctype\s+html|html)[\s>]", re.IGNORECASE)


def load_document(path: str | Path, scanning: Scanning | None = None) -> Document:
    """Read *path* into a Document; raises a DocumentError subclass whose message is for the user.

    A scan is read by OCR, told to *scanning* page by page, unless *scanning* knows its pages already.

    Limits: files up to 50 MB, documents up to 200 pages, text and Markdown files up to 300,000
    characters, Word files that unpack to at most 200 MB (DocumentTooLarge beyond), each checked
    before the work it bounds.
    """
    path = Path(path)
    if path.stat().st_size > MAX_BYTES:  # checked before reading, not to load a huge file at all
        raise DocumentTooLarge(_too_large(path.stat().st_size))
    data = path.read_bytes()
    if not data or data.isspace():  # without copying the whole file as strip() would
        raise EmptyDocument("The file is empty.")
    return load_bytes(path.name, data, scanning)


@one_error_boundary()
def load_bytes(file_name: str, data: bytes, scanning: Scanning | None = None) -> Document:
    """Read a file's bytes (e.g. kept in a library), dispatching on what they are; any failure is a DocumentError."""
    if len(data) > MAX_BYTES:
        raise DocumentTooLarge(_too_large(len(data)))
    head = data[:1024]
    suffix = Path(file_name).suffix.lower()
    if b"%PDF-" in head:
        return _load_pdf(file_name, data, scanning)
    if data.startswith(b"PK\x03\x04"):
        return _load_docx(file_name, data)
    if data.startswith(_OLE):
        if _ENCRYPTED_OFFICE in data:
            raise EncryptedDocument("The Word document is password-protected; save a copy without the password.")
        raise UnsupportedDocument("Old Word (.doc) files are not read; save the résumé as .docx or PDF.")
    for magic, kind in _IMAGES.items():
        if data.startswith(magic):
            from parsing.scans import load_image  # OCR's libraries are loaded only for a scan

            return load_image(file_name, _IMAGE_TYPES[kind], data, kind, _scanning(scanning))
    if data.startswith(b"{\\rtf"):
        raise UnsupportedDocument("RTF files are not read; save the résumé as .docx or PDF.")
    if _HTML.match(head):
        raise UnsupportedDocument("Web pages (HTML) are not read; print the page to PDF and import that.")
    text = decode_text(data)
    if text is None:
        if suffix in _KNOWN_SUFFIXES:
            raise UnsupportedDocument(f"The file is named {suffix} but its contents are not a readable {suffix} file.")
        raise UnsupportedDocument("Only PDF, Word (.docx), text and Markdown files can be read.")
    if not any(character.isalnum() for character in text):  # blank, or a lone "%" named .pdf
        if suffix in {".pdf", ".docx"}:
            raise UnsupportedDocument(f"The file is named {suffix} but its contents are not a readable {suffix} file.")
        raise EmptyDocument("The file has no text.")
    if len(text) > MAX_TEXT_CHARACTERS:
        raise DocumentTooLarge(
            f"The file has {len(text):,} characters; text files of up to {MAX_TEXT_CHARACTERS:,} are read."
        )
    check_pages(sum(1 for line in text.splitlines() if line.strip()), len(text))  # before converting and laying out
    if suffix in _MARKDOWN_SUFFIXES or (suffix not in {".txt", ".text"} and looks_like_markdown(text)):
        return _rendered(file_name, MARKDOWN, data, markdown_to_html(text))
    return _rendered(file_name, TEXT, data, text_to_html(text))


def _too_large(size: int) -> str:
    return f"The file is {size / 2**20:.0f} MB; files up to {MAX_BYTES // 2**20} MB are read."


def _load_pdf(file_name: str, data: bytes, scanning: Scanning | None) -> Document:
    try:
        pages, dropped = read_pages(open_pdf(data))
    except ScannedWithoutText:
        from parsing.scans import load_scanned_pdf  # OCR's libraries are loaded only for a scan

        return load_scanned_pdf(file_name, PDF, data, _scanning(scanning))
    return Document(file_name, PDF, data, tuple(pages), dropped_lines=tuple(dropped))


def _scanning(scanning: Scanning | None) -> Scanning:
    return scanning or Scanning()


def _load_docx(file_name: str, data: bytes) -> Document:
    from parsing.word import docx_to_html  # python-docx is only needed for Word files

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            parts = archive.infolist()
    except zipfile.BadZipFile as error:
        raise UnsupportedDocument("The file is a damaged ZIP archive, not a readable document.") from error
    if "word/document.xml" not in {part.filename for part in parts}:
        raise UnsupportedDocument("The file is a ZIP archive, not a Word (.docx) document.")
    _check_unpacked_size(parts)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        body = archive.read("word/document.xml")  # at most MAX_DOCX_XML: checked above
    # Each paragraph takes a row in Word: refuse thousands of pages before python-docx walks them.
    check_pages(body.count(b"<w:p>") + body.count(b"<w:p "), 0)
    return _rendered(file_name, DOCX, data, docx_to_html(data))


def _check_unpacked_size(parts: list[zipfile.ZipInfo]) -> None:
    """Refuse a Word file too big once unpacked, from its ZIP directory (zipfile stops at the sizes stated there)."""
    if len(parts) > MAX_DOCX_PARTS:
        raise DocumentTooLarge(f"The Word file holds {len(parts):,} parts; files of up to {MAX_DOCX_PARTS:,} are read.")
    unpacked = sum(part.file_size for part in parts)
    xml = sum(part.file_size for part in parts if part.filename.endswith((".xml", ".rels")))
    if unpacked > MAX_DOCX_UNPACKED or xml > MAX_DOCX_XML:
        raise DocumentTooLarge(
            f"The Word file unpacks to {unpacked / 2**20:,.0f} MB; files that unpack to up to "
            f"{MAX_DOCX_UNPACKED // 2**20} MB, {MAX_DOCX_XML // 2**20} MB of it text, are read."
        )


def _rendered(file_name: str, media_type: str, data: bytes, html: str) -> Document:
    """Render *html* to the display PDF and read the Lines from it."""
    display_pdf = render_html(html)
    pages, dropped = read_pages(open_pdf(display_pdf), bold_ink=BOLD_INK)
    return Document(file_name, media_type, data, tuple(pages), display_pdf=display_pdf, dropped_lines=tuple(dropped))
