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


def write_small_scan(path: Path) -> Path:
    """A PNG like a scanned strip of a résumé's first lines (150 dpi, grey): quick for the OCR engine to read."""
    import pymupdf

    pdf = pymupdf.open()
    page = pdf.new_page(width=595, height=160)
    page.insert_text((60, 60), "Jane Doe", fontname="hebo", fontsize=20)
    page.insert_text((60, 95), "jane.doe@example.com | +1 555 010 2040", fontname="helv", fontsize=11)
    page.insert_text((60, 125), "Software Engineer", fontname="helv", fontsize=11)
    page.get_pixmap(dpi=150, colorspace=pymupdf.csGRAY).save(str(path))
    return path
