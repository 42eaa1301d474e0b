"""The import use-case: files and folders in, candidates out, one outcome per file.

`import_paths` is a plain generator: each yield is both progress and a cancellation point, so the
command line prints it and the UI runs it on a worker thread and simply stops iterating to cancel.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable, Iterator
from pathlib import Path

from parsing import PARSER_VERSION, DocumentError, load_document, parse
from parsing.load import MAX_BYTES
from storage.library import Library
from storage.records import ImportOutcome
from storage.review_import import import_review, is_review_export

# .json: a Shortlist review export (recognised by its content), which restores a candidate and review.
SUPPORTED_SUFFIXES = (".pdf", ".docx", ".txt", ".md", ".markdown", ".json")
# Larger files are never read into memory (a review export holds its document base64-encoded and
# its PDF rendition, so it may be larger than the largest document the loader accepts).
READ_LIMIT = 3 * MAX_BYTES
log = logging.getLogger(__name__)


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


def import_file(library: Library, path: Path) -> ImportOutcome:
    """Import one file; never raises for a bad document (the outcome says what went wrong)."""
    try:
        # A huge file is not read at all: the loader refuses it from its size.
        data = path.read_bytes() if path.stat().st_size <= READ_LIMIT else b""
    except OSError as error:
        return ImportOutcome(str(path), "failed", message=f"cannot read the file: {error.strerror or error}")
    if is_review_export(data):
        return import_review(library, data, str(path))
    existing = library.find_by_sha256(hashlib.sha256(data).hexdigest()) if data else None
    if existing is not None:
        return ImportOutcome(str(path), "duplicate", existing, "already in the library")
    try:
        document = load_document(path)
        profile = parse(document).to_json_resume()
    except DocumentError as error:
        return ImportOutcome(str(path), "failed", message=str(error))
    except Exception as error:  # a document must never crash an import
        log.exception("unexpected failure parsing %s", path)
        return ImportOutcome(str(path), "failed", message=f"unexpected error while reading it ({error})")
    candidate_id, created = library.add_candidate(
        file_name=path.name,
        media_type=document.media_type,
        render_type=document.render_type,
        data=document.data,
        display_pdf=document.display_pdf,
        page_count=document.page_count,
        text=document.text,
        profile=profile,
        parser_version=PARSER_VERSION,
    )
    if not created:
        return ImportOutcome(str(path), "duplicate", candidate_id, "already in the library")
    return ImportOutcome(str(path), "imported", candidate_id)


def import_paths(library: Library, files: Iterable[Path]) -> Iterator[ImportOutcome]:
    """Import *files* one by one, yielding each outcome; a LibraryError (disk full, locked) stops the run."""
    for path in files:
        yield import_file(library, path)
