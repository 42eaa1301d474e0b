"""Blind exports: a candidate's export data and documents with the person's identity (and, if asked, schools) removed."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from typing import Any

import pymupdf

from storage.blind import BlindOptions, Hidden, blind_profile, file_label, pseudonym
from storage.export.data import CandidateExport
from storage.records import DocumentRecord
from storage.redaction import redacted_pdf


def blinded(data: CandidateExport, hidden: Hidden, options: BlindOptions) -> CandidateExport:
    """*data* as a blind reviewer may see it: the pseudonym, no contacts, hidden strings masked in every text."""
    stand_in = pseudonym(data.candidate_id)

    def scrub(value: str) -> str:
        return hidden.scrub(value, stand_in)

    return replace(
        data,
        name=stand_in,
        file_name=file_label(1, data.file_name),
        summary=scrub(data.summary),
        profile=blind_profile(data.profile, hidden, stand_in, options),
        ratings=tuple(replace(r, comment=scrub(r.comment)) for r in data.ratings),
        highlights=tuple(replace(h, text=scrub(h.text), note=scrub(h.note)) for h in data.highlights),
        documents=tuple(replace(d, file_name=file_label(n, d.file_name)) for n, d in enumerate(data.documents, start=1)),
    )


def blind_document(document: DocumentRecord, profile: dict[str, Any], hidden: Hidden, options: BlindOptions, number: int) -> DocumentRecord:
    """The document as its redacted PDF (a Word or text original is replaced by its redacted rendition)."""
    pdf = redacted_pdf(document.pdf_bytes, profile, hidden, options)
    with pymupdf.open("pdf", pdf) as doc:
        text = "\n".join(page.get_text() for page in doc)
    return replace(
        document,
        file_name=file_label(number, "document.pdf"),
        media_type="application/pdf",
        render_type="pdf",
        sha256=hashlib.sha256(pdf).hexdigest(),
        data=pdf,
        text=text,
        display_pdf=None,
    )
