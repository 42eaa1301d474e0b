"""Removing what a PDF could do when opened (scripts, launched programs, attached files) from a copy of it."""

from __future__ import annotations

import pymupdf

# Actions that run code, start programs, send or load data, or open an embedded file.
_ACTIVE_ACTIONS = {"/JavaScript", "/Launch", "/ImportData", "/SubmitForm", "/RichMediaExecute", "/GoToE"}
# Keys that start actions by themselves (on opening, closing, showing a page, focusing a field) or hold scripts.
_TRIGGER_KEYS = ("OpenAction", "AA", "JS")
# Where the document keeps its document-level scripts and attached files.
_NAME_TREES = ("Names/JavaScript", "Names/EmbeddedFiles")


def _is_active(doc: pymupdf.Document, xref: int, key: str) -> bool:
    kind, value = doc.xref_get_key(xref, key)
    return kind == "name" and value in _ACTIVE_ACTIONS


def remove_active_content(doc: pymupdf.Document) -> None:
    """Strip JavaScript, OpenAction/AA triggers, Launch and other active actions, embedded files and attachments.

    Text, images, ordinary links and annotations stay; save with garbage collection so the
    objects no longer referenced (scripts, file streams) leave the file too.
    """
    for number in range(doc.page_count):
        page = doc[number]
        for annot in [a for a in page.annots() if a.type[1] == "FileAttachment"]:
            page.delete_annot(annot)
        for link in page.get_links():
            if link["kind"] == pymupdf.LINK_LAUNCH:
                page.delete_link(link)
    for name in doc.embfile_names():
        doc.embfile_del(name)
    catalog = doc.pdf_catalog()
    for tree in _NAME_TREES:
        if doc.xref_get_key(catalog, tree)[0] != "null":
            doc.xref_set_key(catalog, tree, "null")
    for xref in range(1, doc.xref_length()):
        if _is_active(doc, xref, "S"):  # an action object of its own: make it do nothing
            doc.update_object(xref, "<<>>")
            continue
        if _is_active(doc, xref, "A/S"):  # an annotation or outline item with such an action inside
            doc.xref_set_key(xref, "A", "null")
        for key in _TRIGGER_KEYS:
            if doc.xref_get_key(xref, key)[0] != "null":
                doc.xref_set_key(xref, key, "null")
