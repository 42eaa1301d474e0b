"""The review export's shape: JSON Resume 1.0.0 with the review under `meta.x-shortlist`.

`conform` makes a stored profile valid against the 1.0.0 schema (top-level keys the schema does
not know and dates it cannot express, such as "present", move to `x-` places); `restore` moves
them back. The export (storage/export/json_export.py) and the restore (storage/review_import.py)
both follow this module.
"""

from __future__ import annotations

import copy
import re
from typing import Any

FORMAT_NAME = "shortlist-review"
FORMAT_VERSION = 1
JSON_RESUME_KEYS = (
    "basics", "work", "volunteer", "education", "awards", "certificates", "publications",
    "skills", "languages", "interests", "references", "projects", "meta",
)
_DATE_FIELDS = ("startDate", "endDate", "date", "releaseDate")
_ISO8601 = re.compile(r"^([1-2][0-9]{3}-[0-1][0-9]-[0-3][0-9]|[1-2][0-9]{3}-[0-1][0-9]|[1-2][0-9]{3})$")


def conform(profile: dict[str, Any]) -> dict[str, Any]:
    """A copy of *profile* the JSON Resume schema accepts; `restore` undoes it."""
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


def restore(resume: dict[str, Any]) -> dict[str, Any]:
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
