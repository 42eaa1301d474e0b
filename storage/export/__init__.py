"""Exports: one candidate as a PDF report, annotated PDF, JSON or Markdown; many as CSV or into a folder.

`export_batch` is a plain generator (each yield is progress and a cancellation point) that the
command line (main.py) prints and the UI runs on a worker thread.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from storage.blind import BlindOptions, Hidden, blind_profile, person_hidden, pseudonym
from storage.export.annotated_pdf import DEFAULT_AUTHOR, annotated_pdf
from storage.export.blind_export import blind_document, blinded
from storage.export.compare_pdf import comparison_pdf
from storage.export.csv_export import shortlist_csv
from storage.export.data import CandidateExport, gather
from storage.export.json_export import OlderVersion, review_json_bytes
from storage.export.markdown import report_markdown
from storage.export.naming import safe_stem, unique_path
from storage.export.report_pdf import report_pdf
from storage.redaction import Redaction

if TYPE_CHECKING:
    from storage.library import Library
    from storage.records import DocumentRecord

__all__ = [
    "FORMATS",
    "BatchProgress",
    "ExportError",
    "ExportFormat",
    "export_batch",
    "export_candidate",
    "export_comparison",
    "export_csv",
    "file_name",
    "render",
    "shown_name",
    "write_bytes",
]


class ExportError(Exception):
    """An export the user asked for cannot be made (the message says why, for the user)."""


@dataclass(frozen=True)
class ExportFormat:
    """A single-candidate export format."""

    key: str
    label: str
    suffix: str
    name_suffix: str = ""  # added to the candidate's name, so formats sharing a suffix do not collide


FORMATS: dict[str, ExportFormat] = {
    f.key: f
    for f in (
        ExportFormat("pdf", "PDF report", ".pdf"),
        ExportFormat("annotated-pdf", "Annotated PDF", ".pdf", " (annotated)"),
        ExportFormat("json", "JSON Resume with review", ".json"),
        ExportFormat("md", "Markdown", ".md"),
    )
}


@dataclass(frozen=True)
class BatchProgress:
    """One candidate of a batch export: where it went, or why it did not."""

    done: int
    total: int
    candidate_id: int
    path: Path | None
    error: str = ""


def _format(key: str) -> ExportFormat:
    try:
        return FORMATS[key]
    except KeyError:
        raise ExportError(f"unknown format {key!r} (one of: {', '.join(FORMATS)}, csv)") from None


def render(
    library: Library, candidate_id: int, fmt: str, author: str = DEFAULT_AUTHOR, blind: BlindOptions | None = None
) -> bytes:
    """One candidate in format *fmt* (a FORMATS key), as file bytes; redacted for a blind review when *blind* is given."""
    kind = _format(fmt).key
    try:
        data = gather(library, candidate_id)
        document = library.document(candidate_id) if kind in ("annotated-pdf", "json") else None
        hidden = person_hidden(library, candidate_id, blind) if blind is not None else Hidden()
    except KeyError:
        raise ExportError(f"there is no candidate #{candidate_id} in the library") from None
    if blind is not None:
        data = blinded(data, hidden, blind)
    if kind == "pdf":
        return report_pdf(data)
    if kind == "md":
        return report_markdown(data).encode()
    assert document is not None
    if kind == "annotated-pdf":  # the newest document, with its own highlights
        shown = tuple(h for h in data.highlights if h.document_id == document.document_id)
        redaction = Redaction(library.profile(candidate_id), hidden, blind) if blind is not None else None
        return annotated_pdf(replace(data, highlights=shown), document.pdf_bytes, author, redaction)
    if blind is not None:
        return _blind_json(library, candidate_id, data, document, hidden, blind)
    return review_json_bytes(data, document, library.parsed_profile(candidate_id), older_versions(library, candidate_id))


def _blind_json(
    library: Library, candidate_id: int, data: CandidateExport, document: DocumentRecord, hidden: Hidden, blind: BlindOptions
) -> bytes:
    """The review export with every document redacted and every profile blinded."""
    stand_in = pseudonym(candidate_id)
    edited, parsed = library.profiles(candidate_id)
    older = [
        OlderVersion(
            blind_document(v.document, v.profile, hidden, blind, number),
            blind_profile(v.profile, hidden, stand_in, blind),
            blind_profile(v.parsed_profile, hidden, stand_in, blind),
        )
        for number, v in enumerate(reversed(older_versions(library, candidate_id)), start=2)
    ]
    newest = blind_document(document, edited, hidden, blind, 1)
    return review_json_bytes(data, newest, blind_profile(parsed, hidden, stand_in, blind), list(reversed(older)))


def older_versions(library: Library, candidate_id: int) -> list[OlderVersion]:
    """The person's documents but the newest, oldest first, each with its profiles, for the JSON export."""
    found = []
    for summary in reversed(library.documents(candidate_id)[1:]):
        edited, parsed = library.profiles(candidate_id, summary.id)
        found.append(OlderVersion(library.document(candidate_id, summary.id), edited, parsed))
    return found


def write_bytes(path: Path, data: bytes) -> Path:
    """Write a file whole or not at all (a crash never leaves half a PDF under the final name)."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.part")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            temporary.write_bytes(data)
            os.replace(temporary, path)
        finally:
            temporary.unlink(missing_ok=True)
    except OSError as error:
        raise ExportError(f"cannot write {path}: {error.strerror or error}") from error
    return path


def shown_name(library: Library, candidate_id: int, blind: BlindOptions | None = None) -> str:
    """The candidate's name as an export names them: the pseudonym in a blind review."""
    return pseudonym(candidate_id) if blind is not None else library.summary(candidate_id).display_name


def file_name(library: Library, candidate_id: int, fmt: str, blind: BlindOptions | None = None) -> str:
    """The file name a candidate's export gets: their name (or pseudonym) made safe, plus the format's suffix."""
    spec = _format(fmt)
    return f"{safe_stem(shown_name(library, candidate_id, blind) + spec.name_suffix)}{spec.suffix}"


def export_candidate(
    library: Library, candidate_id: int, fmt: str, path: Path, author: str = DEFAULT_AUTHOR, blind: BlindOptions | None = None
) -> Path:
    """Export one candidate to the file *path*."""
    return write_bytes(Path(path), render(library, candidate_id, fmt, author, blind))


def export_csv(library: Library, candidate_ids: Sequence[int], path: Path, blind: BlindOptions | None = None) -> Path:
    """Write the CSV of these candidates to *path*."""
    return write_bytes(Path(path), shortlist_csv(library, candidate_ids, blind))


def export_comparison(library: Library, left_id: int, right_id: int, path: Path, blind: BlindOptions | None = None) -> Path:
    """Write the side-by-side comparison of two candidates to *path* as PDF."""
    try:
        data = comparison_pdf(library, left_id, right_id, blind)
    except KeyError as error:
        raise ExportError(f"there is no candidate #{error.args[0]} in the library") from None
    return write_bytes(Path(path), data)


def export_batch(
    library: Library, candidate_ids: Sequence[int], fmt: str, folder: Path, author: str = DEFAULT_AUTHOR,
    blind: BlindOptions | None = None,
) -> Iterator[BatchProgress]:
    """Export each candidate into *folder*, one file each, named safely and never over another file."""
    spec = _format(fmt)
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise ExportError(f"{folder} is a file, not a folder")
    taken: set[str] = set()
    total = len(candidate_ids)
    for done, candidate_id in enumerate(candidate_ids, start=1):
        try:
            data = render(library, candidate_id, fmt, author, blind)
            name = shown_name(library, candidate_id, blind) + spec.name_suffix
        except (ExportError, KeyError):
            yield BatchProgress(done, total, candidate_id, None, "no longer in the library")
            continue
        path = write_bytes(unique_path(folder, name, spec.suffix, taken), data)
        taken.add(path.name.casefold())
        yield BatchProgress(done, total, candidate_id, path)
