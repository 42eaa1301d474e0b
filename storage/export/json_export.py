"""The review export: JSON Resume 1.0.0 with the review under `meta.x-shortlist` (shape: storage/review_format.py).

The export carries the original document too, so another library can restore the candidate whole
(storage/review_import.py; sharing a review between two laptops).
"""

from __future__ import annotations

import base64
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from storage.export.data import CandidateExport
from storage.records import RubricRecord
from storage.review_format import FORMAT_NAME, FORMAT_VERSION, conform
from storage.vocab import HIGHLIGHT_COLORS

if TYPE_CHECKING:
    from storage.records import DocumentRecord


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


def _document(document: DocumentRecord) -> dict[str, Any]:
    return {
        "fileName": document.file_name,
        "mediaType": document.media_type,
        "renderType": document.render_type,
        "sha256": document.sha256,
        "pageCount": document.page_count,
        "text": document.text,
        "data": _b64(document.data),
        "displayPdf": _b64(document.display_pdf),
    }


@dataclass(frozen=True)
class OlderVersion:
    """Another of the person's documents, with its own profile as edited and as parsed."""

    document: DocumentRecord
    profile: dict[str, Any]
    parsed_profile: dict[str, Any]


def review_json(
    data: CandidateExport, document: DocumentRecord, parsed_profile: dict[str, Any], older: Sequence[OlderVersion] = ()
) -> dict[str, Any]:
    """The export as a dict: JSON Resume 1.0.0 (of the newest document) plus `meta.x-shortlist`.

    *older* are the person's other documents, oldest first; each highlight names its document.
    """
    sha_of = {d.document_id: d.sha256 for d in (document, *(v.document for v in older))}
    resume = conform(data.profile)
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
                "document": sha_of.get(h.document_id),
            }
            for h in data.highlights
        ],
        # Kept only when the reviewer corrected the profile, so "revert to parsed" still works there.
        "parsedProfile": parsed_profile if parsed_profile != data.profile else None,
        "document": _document(document),
        "olderDocuments": [
            _document(v.document) | {"profile": conform(v.profile), "parsedProfile": v.parsed_profile} for v in older
        ],
    }
    return resume


def review_json_bytes(
    data: CandidateExport, document: DocumentRecord, parsed_profile: dict[str, Any], older: Sequence[OlderVersion] = ()
) -> bytes:
    """The export as UTF-8 JSON text (Chinese kept readable)."""
    return (json.dumps(review_json(data, document, parsed_profile, older), ensure_ascii=False, indent=2) + "\n").encode()
