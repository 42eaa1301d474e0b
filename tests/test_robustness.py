"""The library file under abuse: killed writers lose no committed work; foreign or newer files stay untouched."""

from __future__ import annotations

import hashlib
import json
import os
import resource
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

import docx
import pymupdf
import pytest

import main
from storage.importer import expand_paths, import_paths
from storage.library import Library, LibraryError
from storage.review_format import FORMAT_NAME
from tests.conftest import add_candidate, make_profile
from tests.fixtures import sample_path

ROOT = Path(__file__).resolve().parents[1]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _integrity(path: Path) -> str:
    with sqlite3.connect(path) as connection:
        return str(connection.execute("PRAGMA integrity_check").fetchone()[0])


def _kill_after(command: list[str], lines_wanted: int, env: dict[str, str] | None = None) -> list[str]:
    """Run *command*, SIGKILL it once it has printed *lines_wanted* lines; the lines it printed."""
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, text=True, env=env)
    assert process.stdout is not None
    lines: list[str] = []
    for line in process.stdout:
        lines.append(line.rstrip("\n"))
        if len(lines) == lines_wanted:
            process.send_signal(signal.SIGKILL)
            break
    process.wait(timeout=60)
    assert process.returncode == -signal.SIGKILL, "the process ended before it was killed"
    return lines


def _processes_naming(text: str) -> list[int]:
    """Ids of the live processes whose command line names *text* (a zombie's is empty)."""
    found = []
    for entry in Path("/proc").iterdir():
        try:
            if entry.name.isdigit() and text.encode() in (entry / "cmdline").read_bytes():
                found.append(int(entry.name))
        except OSError:  # it ended while we looked
            continue
    return found


# -- bad files --------------------------------------------------------------------------------


def pdf_bytes(*, image_only: bool = False) -> bytes:
    """A one-page PDF with a line of text, or with only an image (a scan)."""
    document = pymupdf.open()
    page = document.new_page()
    if image_only:
        pixmap = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 40, 40), False)
        pixmap.clear_with(200)
        page.insert_image(page.rect, pixmap=pixmap)
    else:
        page.insert_text((72, 90), "Li Lei, Research Engineer", fontsize=11)
    return document.tobytes()


def docx_bytes(folder: Path) -> bytes:
    """A real Word document (made in *folder*)."""
    document = docx.Document()
    document.add_paragraph("Han Meimei, Data Scientist")
    path = folder / "real.docx"
    document.save(str(path))
    return path.read_bytes()


def png_bytes() -> bytes:
    """A small PNG image."""
    pixmap = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 10, 10), False)
    return pixmap.tobytes("png")


BAD_FILES: dict[str, tuple[Callable[[], bytes], str]] = {
    # file name: (its bytes, words the report's reason must contain)
    "locked.pdf": (
        lambda: pymupdf.open("pdf", pdf_bytes()).tobytes(encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="x", owner_pw="y"),
        "password-protected",
    ),
    "truncated.pdf": (lambda: pdf_bytes()[:300], "damaged"),
    "empty.pdf": (lambda: b"", "empty"),
    "scanned.pdf": (lambda: pdf_bytes(image_only=True), "No text could be read on the scan"),  # a blank page
    "photo.pdf": (png_bytes, "too small to hold a résumé's text"),
    "garbage.docx": (lambda: bytes(range(256)) * 40, "not a readable .docx"),
    "huge.pdf": (lambda: b"%PDF-1.7\n" + b"0" * (60 * 1024 * 1024), "60 MB"),
}


def test_the_cli_import_reports_each_bad_file_on_its_line_and_imports_the_rest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    for name, (make, _reason) in BAD_FILES.items():
        (folder / name).write_bytes(make())
    good = folder / "zz-good.pdf"
    good.write_bytes(sample_path("en_ml").read_bytes())
    code = main.main(["import", "--library", str(tmp_path / "lib.shortlist"), str(folder)])
    out, err = capsys.readouterr()
    assert code == main.EXIT_FAILED and err == ""
    lines = out.splitlines()
    assert lines[-1] == f"1 imported, 0 duplicate, {len(BAD_FILES)} failed"
    reasons = {Path(line.split("  ", 1)[1].split(": ", 1)[0]).name: line for line in lines[:-1]}
    for name, (_make, reason) in BAD_FILES.items():
        assert reasons[name].startswith("failed  ") and reason in reasons[name]
    assert reasons["zz-good.pdf"].startswith("imported (#1)")


def test_a_file_of_gigabytes_is_refused_without_being_read(library: Library, tmp_path: Path) -> None:
    path = tmp_path / "video.pdf"
    with path.open("wb") as handle:
        handle.truncate(4 * 1024**3)  # sparse: four gigabytes on paper, nothing on the disk
    peak_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    [outcome] = import_paths(library, expand_paths([tmp_path]))
    assert outcome.status == "failed" and "files up to 50 MB are read" in outcome.message
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - peak_before < 200 * 1024  # KiB: never loaded


@pytest.mark.parametrize(
    "review",
    [{"document": "not an object"}, {"document": {"data": "%%% not base64"}}, {"highlights": [{"page": "one"}]}],
)
def test_a_malformed_review_export_fails_alone_with_a_reason(
    library: Library, tmp_path: Path, review: dict[str, object]
) -> None:
    path = tmp_path / "review.json"
    path.write_text(json.dumps({"meta": {"x-shortlist": {"format": FORMAT_NAME, **review}}}), encoding="utf-8")
    good = tmp_path / "zz.pdf"
    good.write_bytes(sample_path("en_ml").read_bytes())
    outcomes = list(import_paths(library, [path, good]))
    assert [o.status for o in outcomes] == ["failed", "imported"]
    assert outcomes[0].message.startswith("cannot restore the review")
    assert library.count() == 1  # nothing half-restored


# -- kill safety ------------------------------------------------------------------------------


def test_an_import_killed_midway_keeps_every_committed_candidate_and_leaves_no_half_one(tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    with pymupdf.open(sample_path("en_ml")) as source:
        for number in range(30):  # different bytes each, so every file is parsed and stored (as one person's)
            source.set_metadata({"title": f"copy {number}"})
            (folder / f"copy-{number:02}.pdf").write_bytes(source.tobytes(no_new_id=True))
    library_path = tmp_path / "lib.shortlist"
    command = [sys.executable, "main.py", "import", "--library", str(library_path), str(folder)]
    printed = _kill_after(command, lines_wanted=5)
    assert printed[0].startswith("imported") and all(line.startswith("joined #1") for line in printed[1:])
    deadline = time.monotonic() + 10
    while _processes_naming(str(library_path)) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not _processes_naming(str(library_path)), "the killed import's reader processes outlived it"

    assert _integrity(library_path) == "ok"
    library = Library(library_path)
    [person] = library.candidate_ids()
    committed = library.documents(person)
    assert 5 <= len(committed) < 30  # every reported import is there; the kill stopped the run
    for document in committed:  # each one whole: document, profile, list row
        assert library.document(person, document.id).data
        assert library.profile(person, document.id)["basics"]
        assert document.file_name.startswith("copy-")
    assert library.summary(person).document_count == len(committed)
    library.close()

    # Importing the folder again finishes the job: the committed files are duplicates, the rest import.
    rerun = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)
    rest = 30 - len(committed)
    assert rerun.stdout.splitlines()[-1] == f"{rest} imported, {len(committed)} duplicate, 0 failed; {rest} joined a person"


EDIT_LOOP = """
import sys
from storage.library import Library
library = Library(sys.argv[1])
candidate_id = int(sys.argv[2])
for number in range(1, 100_000):
    library.set_summary(candidate_id, f"edit {number}")
    profile = library.profile(candidate_id)
    profile["basics"]["label"] = f"label {number}"
    library.save_profile(candidate_id, profile)
    print(number, flush=True)  # both edits of this round are committed
"""


def test_edits_killed_midway_keep_every_committed_edit(library_path: Path) -> None:
    library = Library(library_path)
    candidate_id = add_candidate(library, "a résumé", make_profile("王芳"))
    library.close()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    printed = _kill_after([sys.executable, "-c", textwrap.dedent(EDIT_LOOP), str(library_path), str(candidate_id)], 40, env)
    last = int(printed[-1])

    assert _integrity(library_path) == "ok"
    library = Library(library_path)
    summary_round = int(library.review(candidate_id).summary.removeprefix("edit "))
    label_round = int(library.profile(candidate_id)["basics"]["label"].removeprefix("label "))
    # What was reported committed is there; at most the round under way when killed went further.
    assert last <= label_round <= summary_round <= label_round + 1
    assert library.search(f"edit {summary_round}") == [candidate_id]  # the search index moved with it
    library.close()


# -- files that are not (our) libraries -------------------------------------------------------


def test_a_library_from_a_newer_shortlist_is_refused_and_left_untouched(library_path: Path) -> None:
    Library(library_path).close()
    with sqlite3.connect(library_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    before = _digest(library_path)
    with pytest.raises(LibraryError, match="made by a newer Shortlist"):
        Library(library_path)
    assert _digest(library_path) == before


def test_another_programs_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT)")
        connection.execute("INSERT INTO note (text) VALUES ('keep me')")
    connection.close()
    before = _digest(path)
    with pytest.raises(LibraryError, match="not a Shortlist library"):
        Library(path)
    assert _digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.db"]  # no journal or WAL left beside it


def test_a_file_that_is_not_a_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "resume.shortlist"
    path.write_bytes(sample_path("en_ml").read_bytes())
    before = _digest(path)
    with pytest.raises(LibraryError, match="not a Shortlist library"):
        Library(path)
    assert _digest(path) == before


@pytest.mark.parametrize("command", [["list"], ["import", "nothing.pdf"], ["search", "x"]])
def test_the_cli_says_why_a_library_cannot_be_opened_without_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    path = tmp_path / "future.shortlist"
    Library(path).close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    assert main.main([command[0], "--library", str(path), *command[1:]]) == main.EXIT_FAILED
    err = capsys.readouterr().err
    assert err.startswith("shortlist: ") and "newer Shortlist" in err and "Traceback" not in err


def test_a_library_locked_by_another_program_fails_a_write_with_a_clear_message(library_path: Path) -> None:
    library = Library(library_path, busy_timeout=0.05)
    candidate_id = add_candidate(library, "a résumé", make_profile())
    other = sqlite3.connect(library_path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        assert library.review(candidate_id).status == "new"  # reading still works (WAL)
        with pytest.raises(LibraryError, match="locked by another program"):
            library.set_status(candidate_id, "shortlisted")
    finally:
        other.execute("ROLLBACK")
        other.close()
    library.set_status(candidate_id, "shortlisted")
    assert library.review(candidate_id).status == "shortlisted"
    library.close()
