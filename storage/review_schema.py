"""Reading a review export safely: bounded nesting, finite numbers, and the JSON Schema of the format.

Everything here runs before the library is touched, so a file that fails says why in one line
and leaves nothing behind.
"""

from __future__ import annotations

import json
from typing import Any

from storage.vocab import HIGHLIGHT_COLORS, RATING_LABELS, RECOMMENDATIONS, STATUSES, TAG_KINDS

MAX_DEPTH = 40  # an export nests about ten levels deep; a hostile file thousands
MAX_PAGES = 10_000
MAX_COORDINATE = 1e6  # points; a real page is at most 14,400 wide
MAX_ID = 2**53
MAX_WEIGHT = 1_000.0

_ID: dict[str, Any] = {"type": "integer", "minimum": 0, "maximum": MAX_ID}
_TEXT: dict[str, Any] = {"type": ["string", "null"]}
_IDS: dict[str, Any] = {"type": ["array", "null"], "items": _ID}
_RECT: dict[str, Any] = {
    "type": "array",
    "minItems": 4,
    "maxItems": 4,
    "items": {"type": "number", "minimum": -MAX_COORDINATE, "maximum": MAX_COORDINATE},
}
_SECTION: dict[str, Any] = {"type": "array", "items": {"type": "object"}}

_DOCUMENT: dict[str, Any] = {
    "type": "object",
    "required": ["data"],
    "properties": {
        "fileName": _TEXT,
        "mediaType": _TEXT,
        "renderType": _TEXT,
        "pageCount": {"type": ["integer", "null"], "minimum": 0, "maximum": MAX_PAGES},
        "text": _TEXT,
        "data": {"type": "string"},
        "displayPdf": _TEXT,
    },
}
SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "Shortlist review export, version 1: JSON Resume 1.0.0 with the review under meta.x-shortlist",
    "type": "object",
    "properties": {
        "basics": {"type": "object"},
        **{key: _SECTION for key in (
            "work", "volunteer", "education", "awards", "certificates", "publications",
            "skills", "languages", "interests", "references", "projects",
        )},
        "meta": {
            "type": "object",
            "required": ["x-shortlist"],
            "properties": {
                "x-extra": {"type": "object"},
                "x-shortlist": {
                    "type": "object",
                    "required": ["format", "version", "document"],
                    "properties": {
                        "format": {"const": "shortlist-review"},
                        "version": {"const": 1},
                        "candidate": {
                            "type": ["object", "null"],
                            "properties": {"name": _TEXT, "position": _TEXT},
                        },
                        "status": {"enum": [*STATUSES, None]},
                        "recommendation": {"enum": [*RECOMMENDATIONS, None]},
                        "summary": _TEXT,
                        "rubric": {
                            "type": ["object", "null"],
                            "properties": {
                                "name": _TEXT,
                                "description": _TEXT,
                                "areas": {
                                    "type": ["array", "null"],
                                    "items": {
                                        "type": "object",
                                        "properties": {
                                            "key": _TEXT,
                                            "label": _TEXT,
                                            "description": _TEXT,
                                            "weight": {"type": "number", "minimum": 0, "maximum": MAX_WEIGHT},
                                            "levels": {"type": ["array", "null"], "items": {"type": "string"}},
                                            "archived": {"type": ["boolean", "null"]},
                                        },
                                    },
                                },
                            },
                        },
                        "ratings": {
                            "type": ["array", "null"],
                            "items": {
                                "type": "object",
                                "properties": {
                                    "area": _TEXT,
                                    "label": _TEXT,
                                    "value": {"enum": [*RATING_LABELS, None]},
                                    "comment": _TEXT,
                                    "evidence": _IDS,
                                },
                            },
                        },
                        "tags": {
                            "type": ["array", "null"],
                            "items": {
                                "type": "object",
                                "required": ["name"],
                                "properties": {
                                    "name": {"type": "string", "minLength": 1, "pattern": r"\S"},
                                    "kind": {"enum": [*TAG_KINDS, None]},
                                    "color": {"type": ["string", "null"], "pattern": "^#[0-9a-fA-F]{6}$"},
                                    "evidence": _IDS,
                                },
                            },
                        },
                        "highlights": {
                            "type": ["array", "null"],
                            "items": {
                                "type": "object",
                                "required": ["id", "page"],
                                "properties": {
                                    "id": _ID,
                                    "page": {"type": "integer", "minimum": 0, "maximum": MAX_PAGES},
                                    "rects": {"type": ["array", "null"], "items": _RECT},
                                    "text": _TEXT,
                                    "color": {"type": ["integer", "null"], "minimum": 0, "maximum": len(HIGHLIGHT_COLORS) - 1},
                                    "note": _TEXT,
                                    "document": _TEXT,  # the sha256 of the document it marks
                                },
                            },
                        },
                        "parsedProfile": {"type": ["object", "null"]},
                        "document": _DOCUMENT,
                        "olderDocuments": {  # the person's other versions, oldest first, each with its profiles
                            "type": ["array", "null"],
                            "items": {
                                **_DOCUMENT,
                                "required": ["data", "profile"],
                                "properties": {
                                    **_DOCUMENT["properties"],
                                    "profile": {"type": "object"},
                                    "parsedProfile": {"type": ["object", "null"]},
                                },
                            },
                        },
                    },
                },
            },
        },
    },
    "required": ["meta"],
}


class ReviewImportError(ValueError):
    """The file is a Shortlist export that cannot be restored (the message says why)."""


def _refuse_constant(name: str) -> float:
    raise ReviewImportError(f"it holds the number {name}, which JSON does not allow")


def _depth_exceeds(value: Any, limit: int) -> bool:
    """Whether *value* nests deeper than *limit* (walked without recursion)."""
    stack = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > limit:
            return True
        children = node.values() if isinstance(node, dict) else node if isinstance(node, list) else ()
        stack.extend((child, depth + 1) for child in children if isinstance(child, (dict, list)))
    return False


def _where(path: Any) -> str:
    return "/".join(str(step) for step in path) or "the top level"


def load_export(data: bytes) -> dict[str, Any]:
    """The export in *data*, checked whole; ReviewImportError with a one-line reason otherwise."""
    import jsonschema  # only an import of a review needs it

    try:
        parsed = json.loads(data.decode("utf-8-sig"), parse_constant=_refuse_constant)
    except ReviewImportError:
        raise
    except RecursionError:
        raise ReviewImportError(f"it is nested more than {MAX_DEPTH} levels deep") from None
    except UnicodeDecodeError:
        raise ReviewImportError("it is not UTF-8 text") from None
    except ValueError as error:  # broken JSON, or an integer of thousands of digits
        raise ReviewImportError(f"it is not valid JSON ({str(error).split(':')[0]})") from None
    if _depth_exceeds(parsed, MAX_DEPTH):
        raise ReviewImportError(f"it is nested more than {MAX_DEPTH} levels deep")
    wrong = jsonschema.exceptions.best_match(jsonschema.Draft202012Validator(SCHEMA).iter_errors(parsed))
    if wrong is not None:
        raise ReviewImportError(f"{_where(wrong.absolute_path)}: {wrong.message[:200]}")
    return parsed  # type: ignore[no-any-return]
