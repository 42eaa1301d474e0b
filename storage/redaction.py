"""Where a blind review's hidden strings and images sit on a document's pages, and the PDF with them truly removed.

Boxes come from the parser's `x-source` rectangles of the hidden fields, from a search of each
page's text for every hidden string (the e-mail repeated in a footer, the name in an author list)
and from PyMuPDF's image positions (a photo). The same boxes are painted over in the window and
redacted in blind exports.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pymupdf

from parsing.profile import FIELD_SOURCES_KEY
from storage.blind import CONTACT_FIELDS, BlindOptions, Hidden, page_contacts, personal_details
from storage.profile_facts import entries

Box = tuple[float, float, float, float]
FILL = (0.0, 0.0, 0.0)
REDACT_ANNOTATION: int = pymupdf.PDF_ANNOT_REDACT  # type: ignore[attr-defined]
REMOVE_IMAGES: int = pymupdf.PDF_REDACT_IMAGE_REMOVE  # type: ignore[attr-defined]  # redactions are black: what was there is visibly gone
_PIECES = re.compile(r"[-._/@:]+")
_ICONS = re.compile("[\ue000-\uf8ff]")
_LATIN_WORD = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-'.")


def _field_boxes(item: Any, keys: tuple[str, ...]) -> Iterator[tuple[int, Box]]:
    sources = item.get(FIELD_SOURCES_KEY) if isinstance(item, dict) else None
    for key in keys:
        for source in (sources or {}).get(key) or []:
            if isinstance(source, dict) and isinstance(source.get("rect"), list) and len(source["rect"]) == 4:
                yield int(source.get("page", 0)), tuple(float(v) for v in source["rect"])  # type: ignore[misc]


def source_boxes(profile: dict[str, Any], options: BlindOptions) -> Iterator[tuple[int, Box]]:
    """(page, rectangle) of every hidden field the parser located in this document."""
    basics = profile.get("basics") or {}
    yield from _field_boxes(basics, ("name", *CONTACT_FIELDS))
    yield from _field_boxes(basics.get("location"), ("address", "postalCode", "city", "region"))
    for item in basics.get("profiles") or []:
        yield from _field_boxes(item, ("url", "username", "network"))
    if options.schools:
        for entry in entries(profile, "education"):
            yield from _field_boxes(entry, ("institution",))


def _single_word(phrase: str) -> bool:
    return " " not in phrase and all(ch in _LATIN_WORD for ch in phrase)


def _parts(word: str) -> set[str]:
    """A printed word and its pieces between - . _ / @ : ('hannah.holloway@' holds hannah; so does a handle)."""
    word = _ICONS.sub("", word).strip(".,;:()*†‡#").casefold()  # an icon font's glyph before an address
    return {word, *_PIECES.split(word)}


def page_boxes(page: pymupdf.Page, hidden: Hidden) -> list[Box]:
    """Where the page prints a hidden string, any contact or personal detail (a footer's too), and its images."""
    found: list[Box] = []
    words = None
    text = page.get_textpage()  # extracted once for every search of the page
    printed = text.extractText()  # with the running footer the parser leaves out of the document's text
    on_page = [p for p in page_contacts(printed) + personal_details(printed) if p not in hidden.phrases]
    for phrase in (*hidden.phrases, *dict.fromkeys(on_page)):
        if _single_word(phrase):  # a lone Latin word (a name part) counts only as a whole word or a piece of one
            words = words if words is not None else [(w[:4], _parts(w[4])) for w in page.get_text("words", textpage=text)]
            wanted = phrase.strip(".").casefold()
            found += [tuple(box) for box, parts in words if wanted in parts]
            continue
        hits = page.search_for(phrase, textpage=text)
        if not hits and "@" in phrase:  # an address broken after its "@": the name part is what tells
            hits = page.search_for(phrase.split("@")[0] + "@", textpage=text)
        found += [tuple(r) for r in hits]
    found += [tuple(info["bbox"]) for info in page.get_image_info()]
    return found


def document_boxes(doc: pymupdf.Document, profile: dict[str, Any], hidden: Hidden, options: BlindOptions) -> dict[int, list[Box]]:
    """Every box to hide, page by page (0-based)."""
    boxes: dict[int, list[Box]] = {}
    for number, box in source_boxes(profile, options):
        if 0 <= number < doc.page_count:
            boxes.setdefault(number, []).append(box)
    for number in range(doc.page_count):
        boxes.setdefault(number, []).extend(page_boxes(doc[number], hidden))
    return {n: b for n, b in boxes.items() if b}


def redacted_pdf(pdf_bytes: bytes, profile: dict[str, Any], hidden: Hidden, options: BlindOptions) -> bytes:
    """The PDF with every hidden string's text and every image removed (not covered), metadata and links gone."""
    with pymupdf.open("pdf", pdf_bytes) as doc:
        redact(doc, profile, hidden, options)
        pdf: bytes = doc.tobytes(garbage=3, deflate=True)  # garbage 3: the removed images' objects go too
    return pdf


def redact(doc: pymupdf.Document, profile: dict[str, Any], hidden: Hidden, options: BlindOptions) -> None:
    """Remove, in place, what a blind review hides: text under the boxes, images, links, annotations, metadata."""
    for number, boxes in document_boxes(doc, profile, hidden, options).items():
        page = doc[number]
        for box in boxes:
            page.add_redact_annot(pymupdf.Rect(box), fill=FILL)
    for number in range(doc.page_count):
        page = doc[number]
        for link in page.get_links():  # a homepage or LinkedIn link names the person
            page.delete_link(link)
        for annot in [a for a in page.annots() if a.type[0] != REDACT_ANNOTATION]:  # notes the file came with
            page.delete_annot(annot)
        # Images are removed whole: every image is hidden (a photo, a school's crest).
        page.apply_redactions(images=REMOVE_IMAGES)
    doc.set_metadata({})
    doc.del_xml_metadata()
    doc.set_toc([])


@dataclass(frozen=True)
class Redaction:
    """What to redact from one document: its profile (for the parser's rectangles), the person's hidden strings, the options."""

    profile: dict[str, Any]
    hidden: Hidden
    options: BlindOptions

    def apply(self, doc: pymupdf.Document) -> None:
        """Redact *doc* in place."""
        redact(doc, self.profile, self.hidden, self.options)
