"""The shipped sample résumés by role, for tests that need real documents (`sample_path("zh_phd")`)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import resources
from resources.samples.people import RESUMES, by_role

SAMPLE_ROLES: tuple[str, ...] = tuple(r.role for r in RESUMES)


def sample_path(role: str) -> Path:
    """The shipped document of a role: zh_phd, zh_master, zh_sidebar, en_ml, en_research, mixed, zh_docx, en_markdown."""
    return resources.path("samples") / by_role(role).file_name


def sample_truth(role: str) -> dict[str, Any]:
    """The ground truth of a role's sample (the development corpus's format)."""
    path = resources.path("samples") / by_role(role).truth_file_name
    return json.loads(path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]
