"""Shared fixtures: a fresh library per test, profiles and PDFs made inline, the command line run."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pymupdf
import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import main
from storage.library import Library

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def _no_real_data_folder(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """The default library (a command without --library) lives in a scratch folder, never the user's."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("data-home")))


@pytest.fixture
def library_path(tmp_path: Path) -> Path:
    """Where a test's library file goes."""
    return tmp_path / "test.shortlist"


@pytest.fixture
def library(library_path: Path) -> Library:
    """A new, empty library."""
    lib = Library(library_path)
    yield lib
    lib.close()


def make_profile(name: str | None = "张伟", **sections: Any) -> dict[str, Any]:
    """A small JSON Resume profile."""
    profile: dict[str, Any] = {"basics": {"name": name} if name else {}}
    profile.update(sections)
    return profile


def add_candidate(library: Library, text: str, profile: dict[str, Any], file_name: str = "cv.pdf") -> int:
    """Store a candidate whose document bytes are *text* (unique text, unique candidate)."""
    candidate_id, _ = library.add_candidate(
        file_name=file_name,
        media_type="text/plain",
        render_type="txt",
        data=text.encode(),
        page_count=1,
        text=text,
        profile=profile,
    )
    return candidate_id


def line_pdf(text: str) -> bytes:
    """A one-page PDF showing *text* (Chinese through MuPDF's built-in CJK font)."""
    doc = pymupdf.open()
    doc.new_page().insert_text((72, 72), text, fontname="china-s", fontsize=12)
    return doc.tobytes()


def store_pdf_candidate(
    library: Library, pdf: bytes, profile: dict[str, Any], file_name: str = "cv.pdf", text: str = "", page_count: int = 1
) -> int:
    """Store a candidate whose document is the PDF *pdf* with this text layer."""
    candidate_id, _ = library.add_candidate(
        file_name=file_name,
        media_type="application/pdf",
        render_type="pdf",
        data=pdf,
        page_count=page_count,
        text=text,
        profile=profile,
    )
    return candidate_id


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """The command line run in this process: exit code, standard output, standard error."""
    code = main.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def run_script(*argv: str) -> subprocess.CompletedProcess[str]:
    """`python main.py …` in a fresh interpreter, for what a shell sees (exit code, output, no traceback)."""
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *argv], capture_output=True, text=True, cwd=ROOT, timeout=60
    )
