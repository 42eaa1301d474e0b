"""Documents read in worker processes: a time and a memory budget each, both cores, Cancel within a second."""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from pathlib import Path

from parsing.errors import DocumentTooLarge
from parsing.read import ReadResume
from parsing.scanning import Scanning
from storage.importer import import_paths
from storage.library import Library
from storage.parse_workers import Budget, read_in_workers
from tests.fixtures import sample_path

# Readers run in the worker processes (they are found there by module and name).


def endless_reader(path: Path, _scanning: Scanning) -> ReadResume:
    """A document MuPDF loops on: it never ends."""
    while True:
        time.sleep(1)


def greedy_reader(path: Path, _scanning: Scanning) -> ReadResume:
    """A decompression bomb: it asks for ever more memory."""
    hoard = []
    while True:
        hoard.append(bytearray(64 * 2**20))


def crashing_reader(path: Path, _scanning: Scanning) -> ReadResume:
    """A crash inside a C library kills the process."""
    os.abort()


def pid_reader(path: Path, _scanning: Scanning) -> ReadResume:
    """A second's work; the profile says which process did it, and when."""
    started = time.time()
    time.sleep(1)
    return ReadResume(path.name, "text/plain", "pdf", b"", None, 1, "", {"pid": os.getpid(), "when": (started, time.time())})


def _read(paths: list[Path], **options: object) -> list[tuple[Path, object]]:
    return list(read_in_workers(paths, lambda path: path, **options))  # type: ignore[arg-type]


def _readers_alive() -> list[multiprocessing.process.BaseProcess]:
    return [child for child in multiprocessing.active_children() if child.name == "shortlist-reader"]


def test_a_document_over_its_time_is_stopped_and_reported_and_the_next_is_read(tmp_path: Path) -> None:
    started = time.monotonic()
    [(_, result)] = _read([tmp_path / "loop.pdf"], reader=endless_reader, budget=Budget(seconds=1))
    assert time.monotonic() - started < 4
    assert isinstance(result, DocumentTooLarge) and str(result) == "Reading the file took more than 1 seconds and was stopped."
    assert not _readers_alive()


def test_a_document_over_its_memory_is_refused_without_eating_the_machine(tmp_path: Path) -> None:
    [(_, result)] = _read([tmp_path / "bomb.docx"], reader=greedy_reader, budget=Budget(memory=512 * 2**20))
    assert isinstance(result, DocumentTooLarge) and "more memory than a résumé may take" in str(result)


def test_a_worker_that_dies_is_a_damaged_file_and_is_replaced(tmp_path: Path) -> None:
    results = _read([tmp_path / "crash.pdf", tmp_path / "again.pdf"], reader=crashing_reader, workers=1)
    assert [str(result) for _path, result in results] == ["The file is damaged and cannot be read."] * 2


def test_two_documents_are_read_at_once_in_two_processes(tmp_path: Path) -> None:
    paths = [tmp_path / f"{n}.txt" for n in range(4)]
    results = _read(paths, reader=pid_reader, workers=2)
    assert [path for path, _result in results] == paths  # in the order given
    profiles = [result.profile for _path, result in results]  # type: ignore[attr-defined]
    assert len({profile["pid"] for profile in profiles}) == 2
    (first_start, first_end), (second_start, second_end) = profiles[2]["when"], profiles[3]["when"]
    assert first_start < second_end and second_start < first_end  # the workers read at the same time


def test_stop_kills_the_document_being_read_within_a_second(tmp_path: Path) -> None:
    stop = threading.Event()
    results: list[object] = []

    def run() -> None:
        results.extend(read_in_workers([tmp_path / "loop.pdf"], lambda path: path, stop=stop, reader=endless_reader))

    thread = threading.Thread(target=run)
    thread.start()
    time.sleep(1.5)  # the worker is started and reading
    stopped = time.monotonic()
    stop.set()
    thread.join(timeout=5)
    assert not thread.is_alive() and time.monotonic() - stopped < 1
    assert results == [] and not _readers_alive()


def test_an_import_reports_a_document_over_its_budget_and_stores_nothing(library: Library) -> None:
    [outcome] = import_paths(library, [sample_path("en_ml")], budget=Budget(seconds=0.001))
    assert outcome.status == "failed" and outcome.message == "Reading the file took more than 0.001 seconds and was stopped."
    assert library.count() == 0


def test_an_import_reads_every_sample_in_order(library: Library) -> None:
    paths = [sample_path(role) for role in ("zh_phd", "en_ml", "zh_docx", "en_markdown")]
    outcomes = list(import_paths(library, paths))
    assert [(o.path, o.status) for o in outcomes] == [(str(p), "imported") for p in paths]


def test_cancel_in_the_progress_dialog_stops_the_document_being_read(qtbot: object, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

    from ui.workers import ProgressRun

    parent = QWidget()
    qtbot.addWidget(parent)  # type: ignore[attr-defined]
    run = ProgressRun(parent, "testProgress", lambda done, item: f"{done}")
    cancelled = threading.Event()
    make_items = lambda: read_in_workers([tmp_path / "loop.pdf"], lambda path: path, stop=cancelled, reader=endless_reader)  # noqa: E731
    assert run.start(make_items, 1, "Import", "Importing…", cancelled)
    qtbot.wait(1500)  # type: ignore[attr-defined]
    cancel = parent.findChild(QProgressDialog, "testProgress").findChild(QPushButton)
    clicked = time.monotonic()
    with qtbot.waitSignal(run.run_finished, timeout=1000) as blocker:  # type: ignore[attr-defined]
        cancel.click()
    assert time.monotonic() - clicked < 1 and blocker.args == [[]]
    assert not _readers_alive()
