"""What a reader of scans is given: the pages read before, and who hears of each page as it is read.

Kept apart from `parsing.ocr` (which loads NumPy and the OCR engine) so that the import machinery
can speak of scans without loading them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from parsing.document import ScannedPage

MAX_SCANNED_PAGES = 20  # each costs about ten seconds
# Told before each page with ink is read: its number (from 0) and how many pages there are; (n, n) when all are read.
PageListener = Callable[[int, int], None]


@dataclass(frozen=True)
class Scanning:
    """How scanned pages are read: the pages read before (kept by a library) and who hears of each page."""

    known: tuple[ScannedPage, ...] = ()
    on_page: PageListener | None = None
