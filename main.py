"""Shortlist's one entry point: no arguments opens the window; sub-commands work headless."""

from __future__ import annotations

import argparse
import functools
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from platformdirs import user_data_path

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from storage.library import Library

VERSION = "0.1.0"
EXIT_FAILED = 1
EXIT_BAD_INPUT = 2


def default_library_path() -> Path:
    """Where the library lives when --library is not given."""
    return user_data_path("shortlist", appauthor=False) / "library.shortlist"


def _on_library(command: Callable[[argparse.Namespace, Library], int]) -> Callable[[argparse.Namespace], int]:
    """*command* run on the library of --library, checked whole (LibraryDamagedError, naming a backup, when
    damaged) and closed when the command ends, so that nothing of the file is left to a later garbage collection."""

    @functools.wraps(command)
    def run(args: argparse.Namespace) -> int:
        from storage.library import Library

        library = Library(args.library)
        try:
            library.require_sound()
            return command(args, library)
        finally:
            library.close()

    return run


def create_main_window(library_path: str | Path) -> QMainWindow:
    """Build the real main window on the library at *library_path* (a QApplication must exist)."""
    from storage.library import Library
    from ui.main_window import MainWindow

    return MainWindow(Library(Path(library_path), full_check=False))  # the window checks the rest in the background


def _cmd_parse(args: argparse.Namespace) -> int:
    from parsing.read import ReadResume
    from storage.parse_workers import read_in_workers

    # Read in a worker process like an import: a hostile file costs at most its time and memory budget.
    [(_path, result)] = read_in_workers([Path(args.file)], lambda path: path, workers=1, on_scan_page=_tell_scan_page)
    if not isinstance(result, ReadResume):
        print(f"{args.file}: {result}", file=sys.stderr)
        return EXIT_BAD_INPUT
    json.dump(result.profile, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0


def _tell_scan_page(path: Path, read: int, pages: int) -> None:
    """Say on stderr which page of a scan OCR reads (about ten seconds each)."""
    if read < pages:
        print(f"{path.name}: reading scanned page {read + 1} of {pages}…", file=sys.stderr)


def _cmd_screenshots(args: argparse.Namespace) -> int:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no window on screen
    os.environ["SHORTLIST_LANG"] = "en"  # English first, whatever the reviewer chose; the Chinese shot installs its own
    from ui.app import make_application
    from ui.screenshots import render

    make_application([sys.argv[0]])
    for path in render(args.folder):
        print(path)
    return 0


@_on_library
def _cmd_import(args: argparse.Namespace, library: Library) -> int:
    from storage.importer import expand_paths, import_paths

    counts = {"imported": 0, "duplicate": 0, "failed": 0}
    joined = 0
    for outcome in import_paths(library, expand_paths(args.paths)):
        counts[outcome.status] += 1
        joined += outcome.joined
        detail = f": {outcome.message}" if outcome.status == "failed" else ""
        ident = f" (#{outcome.candidate_id})" if outcome.candidate_id else ""
        status = f"joined #{outcome.candidate_id}" if outcome.joined else f"{outcome.status}{ident}"
        print(f"{status}  {outcome.path}{detail}")
        if outcome.suggested:
            others = ", ".join(f"#{i}" for i in outcome.suggested)
            print(f"  same name as {others}: if one person, run `merge {others.split(', ')[0][1:]} {outcome.candidate_id}`")
    joins = f"; {joined} joined a person" if joined else ""
    print(f"{counts['imported']} imported, {counts['duplicate']} duplicate, {counts['failed']} failed{joins}")
    return EXIT_FAILED if counts["failed"] else 0


def _print_rows(library: Library, ids: Sequence[int]) -> None:
    from storage.vocab import status_label

    by_id = {row.id: row for row in library.summaries(ids)}
    for candidate_id in ids:
        row = by_id[candidate_id]
        documents = f"{row.document_count} documents" if row.document_count > 1 else "1 document"
        print(f"{row.id}\t{row.display_name}\t{status_label(row.status)}\t{documents}\t{row.file_name}")


@_on_library
def _cmd_list(args: argparse.Namespace, library: Library) -> int:
    _print_rows(library, library.search("", status=args.status))
    return 0


@_on_library
def _cmd_search(args: argparse.Namespace, library: Library) -> int:
    ids = library.search(" ".join(args.query), status=args.status)
    _print_rows(library, ids)
    if not ids:
        print("no match", file=sys.stderr)
    return 0


@_on_library
def _cmd_merge(args: argparse.Namespace, library: Library) -> int:
    try:
        library.merge_people(args.kept, args.other)
    except (KeyError, ValueError) as error:
        print(f"merge: {_people_error(error)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    row = library.summary(args.kept)
    print(f"merged #{args.other} into #{args.kept} ({row.display_name}, {row.document_count} documents)")
    return 0


@_on_library
def _cmd_split(args: argparse.Namespace, library: Library) -> int:
    try:
        person_id, _ = library.split_document(args.document)
    except (KeyError, ValueError) as error:
        print(f"split: {_people_error(error)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    print(f"split document {args.document} off into #{person_id} ({library.summary(person_id).display_name})")
    return 0


def _people_error(error: KeyError | ValueError) -> str:
    """A merge or split refusal, said plainly: a missing person or document names its id."""
    return f"no person or document with id {error.args[0]}" if isinstance(error, KeyError) else str(error)


@_on_library
def _cmd_documents(args: argparse.Namespace, library: Library) -> int:
    if args.person not in set(library.candidate_ids()):
        print(f"documents: no person with id {args.person}", file=sys.stderr)
        return EXIT_BAD_INPUT
    for document in library.documents(args.person):
        print(f"{document.id}\t{document.imported_at:%Y-%m-%d}\t{document.file_name}")
    return 0


def _export_targets(library: Library, args: argparse.Namespace) -> list[int]:
    """The candidates `export` is asked for: by id, by status, else all; ExportError names what is wrong."""
    from storage.export import ExportError
    from storage.vocab import STATUSES

    if args.candidate:
        known = set(library.candidate_ids())
        missing = [str(i) for i in args.candidate if i not in known]
        if missing:
            raise ExportError(f"no candidate with id {', '.join(missing)} in {library.path.name}")
        return list(dict.fromkeys(args.candidate))
    if args.status:
        if args.status not in STATUSES:
            raise ExportError(f"unknown status {args.status!r} (one of: {', '.join(STATUSES)})")
        ids = library.search("", status=args.status)
        if not ids:
            raise ExportError(f"no candidate has the status {args.status!r}")
        return ids
    ids = library.candidate_ids()
    if not ids:
        raise ExportError("the library has no candidates")
    return ids


def _export_lines(library: Library, args: argparse.Namespace) -> Iterator[str]:
    """Run `export`, yielding the lines to print."""
    from storage.blind import BlindOptions
    from storage.export import export_batch, export_candidate, export_csv

    ids = _export_targets(library, args)
    out = Path(args.out).expanduser()
    blind = BlindOptions(schools=args.blind_schools) if args.blind or args.blind_schools else None
    if args.format == "csv":
        path = export_csv(library, ids, out / "shortlist.csv" if out.is_dir() else out, blind)
        yield f"wrote {path} ({len(ids)} candidate(s))"
        return
    if len(ids) == 1 and args.candidate and not out.is_dir():
        yield f"wrote {export_candidate(library, ids[0], args.format, out, blind=blind)}"
        return
    failed = 0
    for progress in export_batch(library, ids, args.format, out, blind=blind):
        if progress.path is None:
            failed += 1
            yield f"failed (#{progress.candidate_id}): {progress.error}"
        else:
            yield f"wrote (#{progress.candidate_id}) {progress.path}"
    yield f"{len(ids) - failed} exported to {out}" + (f", {failed} failed" if failed else "")


@_on_library
def _cmd_export(args: argparse.Namespace, library: Library) -> int:
    from storage.export import ExportError

    try:
        for line in _export_lines(library, args):
            print(line)
    except ExportError as error:
        print(f"export: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    return 0


def _cmd_backups(args: argparse.Namespace) -> int:
    from storage import backups

    path = args.library.expanduser().resolve()
    found = backups.backups(path)
    for backup in found:
        when = backup.created.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        print(f"{when}\t{backup.size / 1e6:.1f} MB\t{backup.path}")
    if not found:
        print(f"no backup of {path} yet", file=sys.stderr)
    return 0


def _cmd_restore(args: argparse.Namespace) -> int:
    from storage import backups

    path = args.library.expanduser().resolve()
    try:
        saved = backups.restore(Path(args.backup).expanduser(), path)
    except (backups.BackupError, OSError) as error:
        print(f"restore: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    if saved is not None:
        print(f"the library as it was is backed up in {saved.path}")
    print(f"restored {args.backup} into {path}")
    return 0


def _run_window(args: argparse.Namespace) -> int:
    from ui.app import run

    return run(args.library, with_samples=args.with_samples)


def build_parser() -> argparse.ArgumentParser:
    """The command line: global options and the sub-commands."""
    library_help = f"the library file (default: {default_library_path()})"
    # A sub-command's own --library must not reset one given before the command: no default there.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--library", type=Path, default=argparse.SUPPRESS, help=library_help)

    parser = argparse.ArgumentParser(
        prog="shortlist",
        description="Read, correct, score and compare résumés. Without a command, opens the window.",
    )
    parser.add_argument("--library", type=Path, default=default_library_path(), help=library_help)
    parser.add_argument("--version", action="version", version=f"shortlist {VERSION}")
    parser.add_argument(
        "--with-samples", action="store_true", help="import the bundled sample résumés if the library is empty"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = commands.add_parser("parse", help="print a document's parsed profile as JSON Resume")
    p.add_argument("file")
    p.set_defaults(func=_cmd_parse)

    p = commands.add_parser("import", parents=[common], help="import files and folders into the library")
    p.add_argument("paths", nargs="+")
    p.set_defaults(func=_cmd_import)

    p = commands.add_parser("list", parents=[common], help="list the people, one line each with their number of documents")
    p.add_argument("--status", help="only candidates with this status (new, shortlisted, …)")
    p.set_defaults(func=_cmd_list)

    p = commands.add_parser("search", parents=[common], help="full-text search, best match first")
    p.add_argument("query", nargs="*", help="the words to find (a word may start with '-')")
    p.add_argument("--status", help="only candidates with this status")
    p.set_defaults(func=_cmd_search)

    p = commands.add_parser("documents", parents=[common], help="list a person's documents (id, date, file), newest first")
    p.add_argument("person", type=int)
    p.set_defaults(func=_cmd_documents)

    p = commands.add_parser("merge", parents=[common], help="merge person B into person A (documents and reviews united)")
    p.add_argument("kept", type=int, metavar="A")
    p.add_argument("other", type=int, metavar="B")
    p.set_defaults(func=_cmd_merge)

    p = commands.add_parser("split", parents=[common], help="split a document off into a new person")
    p.add_argument("document", type=int, metavar="DOC", help="a document id (see `documents PERSON`)")
    p.set_defaults(func=_cmd_split)

    p = commands.add_parser("export", parents=[common], help="export candidates (PDF, annotated PDF, JSON, Markdown, CSV)")
    target = p.add_mutually_exclusive_group(required=True)
    target.add_argument("--candidate", type=int, action="append", help="a candidate id (repeatable)")
    target.add_argument("--status", help="every candidate with this status")
    target.add_argument("--all", action="store_true", help="every candidate")
    p.add_argument("--format", required=True, choices=["pdf", "annotated-pdf", "json", "md", "csv"])
    p.add_argument("--out", required=True, type=Path, help="output file (one candidate, csv) or folder")
    p.add_argument("--blind", action="store_true", help="blind review: pseudonyms, no contacts, documents redacted")
    p.add_argument("--blind-schools", action="store_true", help="blind review that hides school names too (implies --blind)")
    p.set_defaults(func=_cmd_export)

    p = commands.add_parser("screenshots", help="render the main views at 1280x800 from the bundled samples (PNG files)")
    p.add_argument("folder", type=Path, help="where to write the PNG files")
    p.set_defaults(func=_cmd_screenshots)

    p = commands.add_parser("backups", parents=[common], help="list the library's backups, newest first")
    p.set_defaults(func=_cmd_backups)

    p = commands.add_parser("restore", parents=[common], help="put a backup in place of the library (backing it up first)")
    p.add_argument("backup", help="a file listed by the backups command")
    p.set_defaults(func=_cmd_restore)
    return parser


def _parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """The parsed command line; words of a search that start with '-' are words, not options."""
    parser = build_parser()
    args, unknown = parser.parse_known_args(argv)
    if args.command == "search":
        args.query = [*args.query, *unknown]
        if not args.query:
            parser.error("search: give the words to find")
    elif unknown:
        parser.error(f"unrecognized arguments: {' '.join(unknown)}")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line (or the window when no command is given)."""
    args = _parse_args(argv)
    if args.command == "parse":  # touches no library: don't pay for loading SQLAlchemy and Alembic
        return _cmd_parse(args)
    from storage.db import LibraryError

    try:
        if args.command is None:
            return _run_window(args)
        return int(args.func(args))
    except LibraryError as error:
        print(f"shortlist: {error}", file=sys.stderr)
        return EXIT_FAILED
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
