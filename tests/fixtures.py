"""The shipped sample résumés by role, for tests that need real documents (`sample_path("zh_phd")`)."""

from __future__ import annotations

import json
import re
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


# A footer naming the candidate again, per stamped sample: (text, PyMuPDF base-14 or CJK font).
FOOTERS = {
    "zh_phd": ("沈知远 · zhiyuan.shen@example.com · 138-0000-2719", "china-s"),
    "en_research": ("Priya Raman · priya.raman@example.com · Page", "helv"),
}
PHOTO = (480.0, 40.0, 540.0, 110.0)  # where the stamped photo sits on page 1 (PDF points)


def stamped_sample(role: str, folder: Path) -> Path:
    """A copy of a sample (zh_phd, en_research) with its name and e-mail in a footer on every page and a photo on page 1."""
    import pymupdf

    footer, font = FOOTERS[role]
    doc = pymupdf.open(sample_path(role))
    for page in doc:
        page.insert_text((60, page.rect.height - 18), footer, fontname=font, fontsize=8)
    photo = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 30, 35), False)
    photo.set_rect(photo.irect, (200, 40, 40))
    doc[0].insert_image(pymupdf.Rect(PHOTO), pixmap=photo)
    path = folder / sample_path(role).name
    doc.save(path)
    return path


def blind_secrets(role: str, schools: bool) -> list[str]:
    """What a blind review must never show of a sample: name, e-mails, phones, and the schools when asked."""
    truth = sample_truth(role)
    national = [re.sub(r"^\(?\+\d+\)?\s*", "", phone) for phone in truth["phones"]]  # as a footer may print it
    found = [truth["name"], *truth["emails"], *truth["phones"], *national]
    return found + ([e["institution"] for e in truth["education"]] if schools else [])
