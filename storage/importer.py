"""The import use-case: files and folders in, candidates out, one outcome per file.

`import_paths` is a plain generator: each yield is progress, so the command line prints it and the
UI runs it on a worker thread.  Documents are parsed in worker processes (`storage.parse_workers`)
with a time and memory budget each; a stop event cancels the document being read within a second.
What OCR reads on a scan is kept by the file's hash (`storage.scanned_pages`) and used when the
same file is read again.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from parsing import PARSER_VERSION, DocumentError
from parsing.document import ScannedPage
from parsing.load import MAX_BYTES
from parsing.read import ReadResume
from storage.joining import add_document
from storage.library import Library
from storage.parse_workers import Budget, read_in_workers
from storage.records import ImportOutcome
from storage.review_import import import_review, is_review_export
from storage.scanned_pages import keep_pages, stored_pages

# .json: a Shortlist review export (recognised by its content), which restores a candidate and review.
# Images (.png, .jpg…) are scans, read by OCR.
SUPPORTED_SUFFIXES = (".pdf", ".docx", ".txt", ".md", ".markdown", ".png", ".jpg", ".jpeg", ".tif", ".tiff", ".gif", ".json")
# Larger files are never read into memory (a review export holds its document base64-encoded and
# its PDF rendition, so it may be larger than the largest document the loader accepts).
READ_LIMIT = 3 * MAX_BYTES
DEFAULT_BUDGET = Budget()  # each document's time and memory, unless the caller gives another
# Told of a scan being read: its file, how many of its pages are read so far, of how many.
ScanProgress = Callable[[Path, int, int], None]


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files named directly, plus supported files found recursively in folders, sorted per folder."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw).expanduser()
        if path.is_dir():
            found.extend(
                sorted(
                    p for p in path.rglob("*")
                    if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES and not p.name.startswith(".")
                    and (p.suffix.lower() != ".json" or _is_review_export(p))
                )
            )
        else:
            found.append(path)
    return found


def _is_review_export(path: Path) -> bool:
    """Whether a .json file found in a folder is a Shortlist review export (other JSON is not a résumé)."""
    try:
        return path.stat().st_size <= READ_LIMIT and is_review_export(path.read_bytes())
    except OSError:
        return False


@dataclass(frozen=True)
class _Pending:
    """A file to import: its outcome or review export when known without parsing, else it is parsed."""

    path: Path
    outcome: ImportOutcome | None = None
    review: bytes | None = None  # the bytes of a review export
    sha256: str = ""
    scanned: tuple[ScannedPage, ...] = ()  # what OCR read of this file before, if it is a scan


def import_file(library: Library, path: Path, budget: Budget = DEFAULT_BUDGET) -> ImportOutcome:
    """Import one file; never raises for a bad document (the outcome says what went wrong)."""
    [outcome] = import_paths(library, [path], budget=budget)
    return outcome


def import_paths(
    library: Library,
    files: Iterable[Path],
    stop: threading.Event | None = None,
    budget: Budget = DEFAULT_BUDGET,
    on_scan_page: ScanProgress | None = None,
) -> Iterator[ImportOutcome]:
    """Import *files*, yielding each outcome in order; a LibraryError (disk full, locked) stops the run.

    Documents are parsed in worker processes, several at once, each within *budget*; setting *stop*
    ends the run within a second, abandoning the documents being read.  *on_scan_page* is told of
    each page of a scan read by OCR (from the thread that runs the import).
    """
    pending = (_prepare(library, path) for path in files)
    told = None if on_scan_page is None else lambda step, read, pages: on_scan_page(step.path, read, pages)
    steps = read_in_workers(pending, _path_to_parse, stop=stop, budget=budget, known_scans=lambda step: step.scanned, on_scan_page=told)
    for step, result in steps:
        yield _finish(library, step, result)


def _prepare(library: Library, path: Path) -> _Pending:
    """What can be decided before parsing: unreadable, a review export, a duplicate."""
    try:
        # A huge file is not read at all: the loader refuses it from its size.
        data = path.read_bytes() if path.stat().st_size <= READ_LIMIT else b""
    except OSError as error:
        return _Pending(path, ImportOutcome(str(path), "failed", message=f"cannot read the file: {error.strerror or error}"))
    if is_review_export(data):
        return _Pending(path, review=data)
    sha256 = hashlib.sha256(data).hexdigest()
    existing = library.find_by_sha256(sha256) if data else None
    if existing is not None:
        return _Pending(path, ImportOutcome(str(path), "duplicate", existing, "already in the library"))
    return _Pending(path, sha256=sha256, scanned=stored_pages(library, sha256) if data else ())


def _path_to_parse(step: _Pending) -> Path | None:
    return None if step.outcome is not None or step.review is not None else step.path


def _finish(library: Library, step: _Pending, result: ReadResume | DocumentError | None) -> ImportOutcome:
    """Store what a worker read (or restore the review export); the outcome of the file."""
    path = str(step.path)
    if step.outcome is not None:
        return step.outcome
    if step.review is not None:
        return import_review(library, step.review, path)
    if not isinstance(result, ReadResume):
        return ImportOutcome(path, "failed", message=str(result))
    if result.scanned_pages and result.scanned_pages != step.scanned:
        keep_pages(library, step.sha256, result.scanned_pages)
    return add_document(
        library,
        path,
        result.profile,
        result.text,
        file_name=step.path.name,
        media_type=result.media_type,
        render_type=result.render_type,
        data=result.data,
        display_pdf=result.display_pdf,
        page_count=result.page_count,
        parser_version=PARSER_VERSION,
    )
