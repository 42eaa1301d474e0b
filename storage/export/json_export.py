"""JSON Resume 1.0.0 with the review under `meta.x-shortlist`, and importing such a file into a library.

The export carries the original document too, so another library can restore the candidate whole
(sharing a review between two laptops). The JSON Resume part stays valid against the 1.0.0 schema:
top-level keys the schema does not know and dates it cannot express (such as "present") move to
`x-` places that the import moves back.
"""

from __future__ import annotations

import base64
import codecs
import copy
import json
import re
from typing import TYPE_CHECKING, Any

from storage.export.data import CandidateExport
from storage.export.review_schema import ReviewImportError, load_export
from storage.records import ImportOutcome, RubricRecord
from storage.vocab import HIGHLIGHT_COLORS

if TYPE_CHECKING:
    from storage.library import Library
    from storage.records import DocumentRecord

FORMAT_NAME = "shortlist-review"
FORMAT_VERSION = 1
JSON_RESUME_KEYS = (
    "basics", "work", "volunteer", "education", "awards", "certificates", "publications",
    "skills", "languages", "interests", "references", "projects", "meta",
)
_DATE_FIELDS = ("startDate", "endDate", "date", "releaseDate")
_ISO8601 = re.compile(r"^([1-2][0-9]{3}-[0-1][0-9]-[0-3][0-9]|[1-2][0-9]{3}-[0-1][0-9]|[1-2][0-9]{3})$")


# -- export -----------------------------------------------------------------------------------


def _conform(profile: dict[str, Any]) -> dict[str, Any]:
    """A copy of *profile* the JSON Resume schema accepts; `_restore` undoes it."""
    resume = {k: copy.deepcopy(v) for k, v in profile.items() if k in JSON_RESUME_KEYS}
    meta = resume.setdefault("meta", {})
    extra = {k: copy.deepcopy(v) for k, v in profile.items() if k not in JSON_RESUME_KEYS}
    if extra:
        meta["x-extra"] = extra
    for key, items in resume.items():
        if key == "meta" or not isinstance(items, list):
            continue
        for item in items:
            if not isinstance(item, dict):
                continue
            for field in _DATE_FIELDS:
                value = item.get(field)
                if value is not None and not (isinstance(value, str) and _ISO8601.match(value)):
                    item[f"x-{field}"] = item.pop(field)
            for field in [f for f, v in item.items() if v is None]:
                del item[field]
    basics = resume.get("basics")
    if isinstance(basics, dict):
        for field in [f for f, v in basics.items() if v is None]:
            del basics[field]
    return resume


def _restore(resume: dict[str, Any]) -> dict[str, Any]:
    """The profile as the library stores it, from an exported JSON Resume (review part removed)."""
    profile = copy.deepcopy(resume)
    meta = profile.get("meta") or {}
    meta.pop("x-shortlist", None)
    profile.update(meta.pop("x-extra", {}) or {})
    if not meta:
        profile.pop("meta", None)
    for key, items in profile.items():
        if key == "meta" or not isinstance(items, list):
            continue
        for item in items:
            if isinstance(item, dict):
                for field in _DATE_FIELDS:
                    if f"x-{field}" in item and field not in item:
                        item[field] = item.pop(f"x-{field}")
    return profile


def _rubric(rubric: RubricRecord) -> dict[str, Any]:
    return {
        "name": rubric.name,
        "description": rubric.description,
        "areas": [
            {
                "key": a.key,
                "label": a.label,
                "description": a.description,
                "weight": a.weight,
                "levels": list(a.levels),
                "archived": a.archived,
            }
            for a in rubric.areas
        ],
    }


def _b64(data: bytes | None) -> str | None:
    return base64.b64encode(data).decode("ascii") if data is not None else None


def review_json(data: CandidateExport, document: DocumentRecord, parsed_profile: dict[str, Any]) -> dict[str, Any]:
    """The export as a dict: JSON Resume 1.0.0 plus `meta.x-shortlist`."""
    resume = _conform(data.profile)
    resume["meta"]["x-shortlist"] = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "exportedAt": data.exported_at.isoformat(timespec="seconds"),
        "candidate": {"name": data.name, "position": data.position or None},
        "status": data.status,
        "recommendation": data.recommendation,
        "score": data.score,
        "summary": data.summary,
        "rubric": _rubric(data.rubric),
        "ratings": [
            {
                "area": r.area_key,
                "label": r.area_label,
                "value": r.value,
                "comment": r.comment,
                "evidence": list(r.evidence),
                "archived": r.archived,
            }
            for r in data.ratings
            if r.value is not None or r.comment or r.evidence
        ],
        "tags": [
            {"name": t.tag.name, "kind": t.tag.kind, "color": t.tag.color, "evidence": list(t.evidence)}
            for t in data.tags
        ],
        "highlights": [
            {
                "id": h.id,
                "page": h.page,
                "rects": [list(r) for r in h.rects],
                "text": h.text,
                "color": h.color,
                "colorHex": HIGHLIGHT_COLORS[h.color][0] if 0 <= h.color < len(HIGHLIGHT_COLORS) else None,
                "category": data.category(h),
                "note": h.note,
                "createdAt": h.created_at.isoformat(timespec="seconds") if h.created_at else None,
            }
            for h in data.highlights
        ],
        # Kept only when the reviewer corrected the profile, so "revert to parsed" still works there.
        "parsedProfile": parsed_profile if parsed_profile != data.profile else None,
        "document": {
            "fileName": document.file_name,
            "mediaType": document.media_type,
            "renderType": document.render_type,
            "sha256": document.sha256,
            "pageCount": document.page_count,
            "text": document.text,
            "data": _b64(document.data),
            "displayPdf": _b64(document.display_pdf),
        },
    }
    return resume


def review_json_bytes(data: CandidateExport, document: DocumentRecord, parsed_profile: dict[str, Any]) -> bytes:
    """The export as UTF-8 JSON text (Chinese kept readable)."""
    return (json.dumps(review_json(data, document, parsed_profile), ensure_ascii=False, indent=2) + "\n").encode()


# -- import -----------------------------------------------------------------------------------


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
    for h in review.get("highlights") or []:
        highlight_ids[int(h["id"])] = library.add_highlight(
            candidate_id,
            int(h["page"]),
            [tuple(map(float, r)) for r in h.get("rects") or []],
            str(h.get("text") or ""),
            int(h.get("color") or 0),
            str(h.get("note") or ""),
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


def import_review(library: Library, data: bytes, source: str) -> ImportOutcome:
    """Restore the candidate (document, profile) and the review of an export, all or nothing; never raises for bad content.

    The whole file is checked before the library is touched, and the restore is one transaction.
    """
    try:
        payload = load_export(data)
        review = payload["meta"]["x-shortlist"]
        document = review["document"]
        document_data = _document_bytes(document, "data")
        if document_data is None:
            raise ReviewImportError("the export carries no document")
        display_pdf = _document_bytes(document, "displayPdf")
        profile = _restore(payload)
        with library.transaction():
            candidate_id, created = library.add_candidate(
                file_name=str(document.get("fileName") or "document"),
                media_type=str(document.get("mediaType") or "application/pdf"),
                render_type=str(document.get("renderType") or "pdf"),
                data=document_data,
                display_pdf=display_pdf,
                page_count=int(document.get("pageCount") or 0),
                text=str(document.get("text") or ""),
                profile=review.get("parsedProfile") or profile,
            )
            if not created:
                return ImportOutcome(source, "duplicate", candidate_id, "already in the library")
            if review.get("parsedProfile"):
                library.save_profile(candidate_id, profile)
            _restore_review(library, candidate_id, review)
    except (ValueError, TypeError, KeyError, AttributeError) as error:  # ReviewImportError included
        return ImportOutcome(source, "failed", message=f"cannot restore the review: {error}")
    return ImportOutcome(source, "imported", candidate_id)
