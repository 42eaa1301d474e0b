"""Restoring a review export (JSON Resume with `meta.x-shortlist`) into a library: the candidate whole, with the review.

Another library's export carries the original document, so a candidate and their review can move
between two laptops. Importing is not exporting: this module only reads the shape that
storage/review_format.py defines.
"""

from __future__ import annotations

import base64
import codecs
import hashlib
from typing import TYPE_CHECKING, Any

from storage.records import ImportOutcome
from storage.review_format import FORMAT_NAME, restore
from storage.review_schema import ReviewImportError, load_export

if TYPE_CHECKING:
    from storage.library import Library


def is_review_export(data: bytes) -> bool:
    """Whether *data* claims to be a Shortlist review export: a JSON object naming the format."""
    return data.removeprefix(codecs.BOM_UTF8).lstrip()[:1] == b"{" and f'"{FORMAT_NAME}"'.encode() in data


def _document_bytes(document: dict[str, Any], key: str) -> bytes | None:
    value = document.get(key)
    if value is None:
        return None
    try:
        return base64.b64decode(value, validate=True)
    except (ValueError, TypeError) as error:
        raise ReviewImportError(f"the embedded document is damaged ({key})") from error


def _rubric_id(library: Library, exported: dict[str, Any]) -> int:
    """The library's rubric with the exported rubric's name, created from the export when missing."""
    name = str(exported.get("name") or "").strip()
    for rubric in library.rubrics():
        if rubric.name == name:
            return rubric.id
    rubric_id = library.add_rubric(name or "Imported rubric", str(exported.get("description") or ""))
    for area in exported.get("areas") or []:
        area_id = library.add_area(
            rubric_id,
            str(area.get("label") or area.get("key") or "Area"),
            weight=float(area.get("weight", 1.0)),
            description=str(area.get("description") or ""),
            levels=[str(level) for level in area.get("levels") or []],
        )
        if area.get("archived"):
            library.archive_area(area_id)
    return rubric_id


def _place_on_rubric(library: Library, candidate_id: int, review: dict[str, Any]) -> None:
    """Rate the candidate on the same rubric as in the export (through their position when they had one)."""
    exported = review.get("rubric") or {}
    position = str((review.get("candidate") or {}).get("position") or "").strip()
    if not position and exported.get("name") == library.candidate_rubric(candidate_id).name:
        return
    rubric_id = _rubric_id(library, exported)
    if not position:
        if rubric_id == library.default_rubric_id():
            return
        position = library.rubric(rubric_id).name  # the rubric is not this library's default: a position carries it
    found = next((p for p in library.positions() if p.name == position), None)
    position_id = found.id if found else library.add_position(position, rubric_id)
    library.set_candidate_position(candidate_id, position_id)


def _restore_review(library: Library, candidate_id: int, review: dict[str, Any]) -> None:
    highlight_ids: dict[int, int] = {}
    document_of = {d.sha256: d.id for d in library.documents(candidate_id)}
    for h in review.get("highlights") or []:
        highlight_ids[int(h["id"])] = library.add_highlight(
            candidate_id,
            int(h["page"]),
            [tuple(map(float, r)) for r in h.get("rects") or []],
            str(h.get("text") or ""),
            int(h.get("color") or 0),
            str(h.get("note") or ""),
            document_id=document_of.get(str(h.get("document"))),  # None: the newest (an export of one document)
        )

    def mapped(ids: Any) -> list[int]:
        return [highlight_ids[int(i)] for i in ids or [] if int(i) in highlight_ids]

    if review.get("status"):
        library.set_status(candidate_id, str(review["status"]))
    library.set_recommendation(candidate_id, review.get("recommendation"))
    library.set_summary(candidate_id, str(review.get("summary") or ""))
    _place_on_rubric(library, candidate_id, review)
    areas = library.candidate_rubric(candidate_id).areas
    by_key = {a.key: a.id for a in areas}
    by_label = {a.label.casefold(): a.id for a in areas}
    for rating in review.get("ratings") or []:
        area_id = by_key.get(str(rating.get("area"))) or by_label.get(str(rating.get("label") or "").casefold())
        if area_id is None:
            continue
        library.set_rating(candidate_id, area_id, rating.get("value"), str(rating.get("comment") or ""))
        if rating.get("evidence"):
            library.set_rating_evidence(candidate_id, area_id, mapped(rating["evidence"]))
    for tag in review.get("tags") or []:
        known = library.find_tag(str(tag["name"]))
        tag_id = library.add_candidate_tag(candidate_id, str(tag["name"]), str(tag.get("kind") or "strength"), mapped(tag.get("evidence")))
        if known is None and tag.get("color"):
            library.set_tag_color(tag_id, str(tag["color"]))


def _store_document(
    library: Library, document: dict[str, Any], profile: dict[str, Any], parsed: dict[str, Any] | None, person_id: int | None
) -> int | None:
    """Store one exported document with its profiles (as a new person when *person_id* is None); the person's id.

    A document the library already holds is left with its person (and *person_id* returned).
    """
    data = _document_bytes(document, "data")
    if data is None:
        raise ReviewImportError("the export carries a document without its bytes")
    candidate_id, created = library.add_candidate(
        file_name=str(document.get("fileName") or "document"),
        media_type=str(document.get("mediaType") or "application/pdf"),
        render_type=str(document.get("renderType") or "pdf"),
        data=data,
        display_pdf=_document_bytes(document, "displayPdf"),
        page_count=int(document.get("pageCount") or 0),
        text=str(document.get("text") or ""),
        profile=parsed or profile,
        person_id=person_id,
    )
    if not created:
        return person_id
    if parsed:
        library.save_profile(candidate_id, profile)  # the newest document: the one just stored
    return candidate_id


def import_review(library: Library, data: bytes, source: str) -> ImportOutcome:
    """Restore the person (every document, with its profile) and the review of an export, all or nothing.

    Never raises for bad content: the whole file is checked before the library is touched, and the
    restore is one transaction.
    """
    try:
        payload = load_export(data)
        review = payload["meta"]["x-shortlist"]
        newest = review["document"]
        newest_data = _document_bytes(newest, "data")
        if newest_data is None:
            raise ReviewImportError("the export carries no document")
        existing = library.find_by_sha256(hashlib.sha256(newest_data).hexdigest())
        if existing is not None:
            return ImportOutcome(source, "duplicate", existing, "already in the library")
        versions = [(d, restore(d.get("profile") or {}), d.get("parsedProfile")) for d in review.get("olderDocuments") or []]
        versions.append((newest, restore(payload), review.get("parsedProfile")))
        with library.transaction():
            candidate_id: int | None = None
            for document, profile, parsed in versions:  # oldest first, so the newest stays the newest
                candidate_id = _store_document(library, document, profile, parsed, candidate_id)
            assert candidate_id is not None
            _restore_review(library, candidate_id, review)
    except (ValueError, TypeError, KeyError, AttributeError) as error:  # ReviewImportError included
        return ImportOutcome(source, "failed", message=f"cannot restore the review: {error}")
    return ImportOutcome(source, "imported", candidate_id)
