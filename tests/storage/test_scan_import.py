"""Scans imported for real: read by OCR in a worker with word of each page, kept, and never read twice."""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image

from parsing.document import OcrLine, ScannedPage
from storage.importer import import_paths
from storage.library import Library
from storage.scanned_pages import keep_pages, stored_pages
from tests.conftest import run_script
from tests.fixtures import write_small_scan


def test_what_ocr_read_is_kept_whole_and_replaced_whole(library: Library) -> None:
    first = (ScannedPage(595.0, 842.0, (OcrLine("王小明", (60.0, 50.0, 120.0, 70.0), 0.99, bold=True),), turn=0.35), ScannedPage(595.0, 842.0, ()))
    keep_pages(library, "a" * 64, first)
    assert stored_pages(library, "a" * 64) == first and stored_pages(library, "b" * 64) == ()
    again = (ScannedPage(595.0, 842.0, (OcrLine("Jane Doe", (60.0, 50.0, 160.0, 70.0), 0.9),)),)
    keep_pages(library, "a" * 64, again)
    assert stored_pages(library, "a" * 64) == again


@pytest.mark.ocr
def test_a_scan_is_read_once_and_imported_again_from_what_was_read(library: Library, tmp_path: Path) -> None:
    scan = write_small_scan(tmp_path / "scan.png")
    told: list[tuple[str, int, int]] = []
    [first] = import_paths(library, [scan], on_scan_page=lambda path, read, pages: told.append((path.name, read, pages)))
    assert first.status == "imported" and told == [("scan.png", 0, 1), ("scan.png", 1, 1)]
    document = library.document(first.candidate_id)
    assert "jane.doe@example.com" in document.text and document.media_type == "image/png"
    assert library.profile(first.candidate_id)["basics"]["email"] == "jane.doe@example.com"
    assert stored_pages(library, hashlib.sha256(scan.read_bytes()).hexdigest())

    library.remove_people([first.candidate_id])
    told.clear()
    [again] = import_paths(library, [scan], on_scan_page=lambda path, read, pages: told.append((path.name, read, pages)))
    assert again.status == "imported" and told == []  # no page was read: OCR did not run
    assert library.document(again.candidate_id).text == document.text


@pytest.mark.ocr
def test_parse_prints_the_profile_of_a_scanned_page(tmp_path: Path) -> None:
    result = run_script("parse", str(write_small_scan(tmp_path / "scan.png")))
    assert result.returncode == 0, result.stderr
    profile = json.loads(result.stdout)
    assert profile["basics"]["name"] == "Jane Doe" and profile["basics"]["email"] == "jane.doe@example.com"
    assert "reading scanned page 1 of 1" in result.stderr


def _blank_page(path: Path) -> None:
    Image.new("L", (1240, 1754), 255).save(path)


def _truncated_photo(path: Path) -> None:
    Image.new("RGB", (800, 600), "white").save(path, "JPEG")
    path.write_bytes(path.read_bytes()[:-300])


@pytest.mark.parametrize(
    ("name", "make", "reason"),
    [
        ("dot.png", lambda path: Image.new("L", (1, 1)).save(path), "The image is 1×1 pixels: too small to hold a résumé's text."),
        ("blank.png", _blank_page, "No text could be read on the scan: the page is blank or too blurred."),
        ("photo.jpg", _truncated_photo, "The JPEG image is incomplete or damaged; ask for a new copy."),
    ],
)
def test_parse_says_in_one_line_why_an_image_cannot_be_read(tmp_path: Path, name: str, make: Callable[[Path], None], reason: str) -> None:
    path = tmp_path / name
    make(path)
    result = run_script("parse", str(path))
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr == f"{path}: {reason}\n"


@pytest.mark.ocr
def test_cancel_stops_a_scan_being_read_within_a_second(library: Library, tmp_path: Path) -> None:
    stop = threading.Event()
    cancelled_at: list[float] = []

    def cancel_at_the_first_page(_path: Path, read: int, _pages: int) -> None:
        if read == 0:
            cancelled_at.append(time.monotonic())
            stop.set()

    outcomes = list(import_paths(library, [write_small_scan(tmp_path / "scan.png")], stop, on_scan_page=cancel_at_the_first_page))
    assert cancelled_at and time.monotonic() - cancelled_at[0] < 1
    assert outcomes == [] and library.count() == 0
    assert not [child for child in multiprocessing.active_children() if child.name == "shortlist-reader"]
