"""Résumé files read in worker processes, each document with a time and a memory budget.

A hostile file (a decompression bomb, a page MuPDF loops on) can cost at most its budget: the
worker reading it is killed when the time is up, and a worker cannot take more memory than its
limit (the read fails with a DocumentError instead).  A scan read by OCR has a time budget per
page instead, and more memory for the OCR engine; the worker tells each page as it starts it.
Up to one worker per core reads at once;
results come back in the order the files were given.  Setting the *stop* event kills the workers
within a tenth of a second.

Workers are forked from the command line, but never from a process that runs Qt (that is
unsafe): the window's are started by a fork server.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from parsing.document import ScannedPage
from parsing.errors import DAMAGED, CorruptDocument, DocumentError, DocumentTooLarge, as_document_error
from parsing.read import ReadResume, read_resume
from parsing.scanning import Scanning

if TYPE_CHECKING:
    from multiprocessing.context import ForkContext, ForkServerContext, SpawnContext

    Context = ForkContext | ForkServerContext | SpawnContext

SECONDS_PER_DOCUMENT = 10.0
MEMORY_PER_WORKER = 2**30  # bytes of address space a document may add to the worker's own
SECONDS_PER_SCANNED_PAGE = 60.0  # OCR reads a page in 6-12 s on two idle cores, 25-40 s on busy ones
# More address space for a worker once it reads a scan: the OCR engine maps 1.7 GB (0.55 GB resident).
SCAN_MEMORY = 2 * 2**30
MAX_WORKERS = 4
_POLL = 0.1  # seconds between looks at the stop event and the deadlines
_ORPHAN_CHECK = 1.0  # seconds between an idle worker's looks at whether the program that started it is gone

Item = TypeVar("Item")
Reader = Callable[[Path, Scanning], ReadResume]
Result = ReadResume | DocumentError
ScanListener = Callable[[Item, int, int], None]  # an item, how many of its scanned pages are read, of how many


@dataclass(frozen=True)
class _PagesRead:
    """A worker's word that it has read *read* of a scan's *pages* pages."""

    read: int
    pages: int


@dataclass(frozen=True)
class Budget:
    """What reading one document may cost."""

    seconds: float = SECONDS_PER_DOCUMENT
    memory: int = MEMORY_PER_WORKER
    seconds_per_scanned_page: float = SECONDS_PER_SCANNED_PAGE
    scan_memory: int = SCAN_MEMORY


def read_in_workers(
    items: Iterable[Item],
    path_of: Callable[[Item], Path | None],
    *,
    stop: threading.Event | None = None,
    budget: Budget = Budget(),
    workers: int | None = None,
    reader: Reader = read_resume,
    known_scans: Callable[[Item], tuple[ScannedPage, ...]] | None = None,
    on_scan_page: ScanListener[Item] | None = None,
) -> Iterator[tuple[Item, Result | None]]:
    """Each item with the result of reading its file (None for an item without one), in order.

    Items are taken from *items* only as workers get free, so a long folder is not prepared
    all at once.  Ends early, killing the workers, when *stop* is set.  A scan is read with the
    pages *known_scans* gives for its item, if any; *on_scan_page* hears of each page read.
    """
    pool = _Pool(_context(), budget, workers or _worker_count(), reader, on_scan_page)
    queue: deque[_Job[Item]] = deque()
    source = iter(items)
    exhausted = False
    try:
        while True:
            while not exhausted and pool.has_idle_worker() and len(queue) < 4 * pool.size:
                try:
                    item = next(source)
                except StopIteration:
                    exhausted = True
                    break
                job = _Job(item)
                path = path_of(item)
                if path is None:
                    job.done = True
                else:
                    pool.start(job, path, known_scans(item) if known_scans is not None else ())
                queue.append(job)
            while queue and queue[0].done:
                job = queue.popleft()
                yield job.item, job.result
            if exhausted and not queue:
                return
            if stop is not None and stop.is_set():
                return
            pool.collect()
    finally:
        pool.close()


def _context() -> Context:
    """How workers are started: forked where Qt is not loaded (the command line: at once, the parser
    already imported); else by a fork server, since forking a process that runs Qt is unsafe; else spawned."""
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and not any(name.startswith("PySide6") for name in sys.modules):
        return multiprocessing.get_context("fork")
    if "forkserver" in methods:
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload([__name__])  # the parser's imports are paid once
        return context
    return multiprocessing.get_context("spawn")


def _worker_count() -> int:
    """One worker per core the process may use, up to MAX_WORKERS."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return max(1, min(cores, MAX_WORKERS))


@dataclass(eq=False)
class _Job(Generic[Item]):
    item: Item
    done: bool = False
    result: Result | None = None


@dataclass(eq=False)
class _Worker:
    process: BaseProcess
    connection: Connection
    job: _Job[Any] | None = None
    deadline: float = 0.0
    scanning: bool = False  # reading a scanned page, on the page's time budget


class _Pool:
    """Worker processes, started on demand and replaced when one is killed or dies."""

    def __init__(self, context: Context, budget: Budget, size: int, reader: Reader, on_scan_page: ScanListener[Any] | None) -> None:
        self._context = context
        self._budget = budget
        self._reader = reader
        self._on_scan_page = on_scan_page
        self.size = size
        self._workers: list[_Worker] = []

    def has_idle_worker(self) -> bool:
        return len(self._workers) < self.size or any(worker.job is None for worker in self._workers)

    def start(self, job: _Job[Item], path: Path, known: tuple[ScannedPage, ...]) -> None:
        """Send *path* (with the pages of it read before, if a scan) to an idle worker, starting one if needed."""
        worker = next((w for w in self._workers if w.job is None), None) or self._new_worker()
        try:
            worker.connection.send((str(path), known))
        except OSError:  # it died while idle (the system ran short of memory): start another
            self._remove(worker)
            worker = self._new_worker()
            worker.connection.send((str(path), known))
        worker.job = job
        worker.deadline = time.monotonic() + self._budget.seconds

    def collect(self) -> None:
        """Wait up to a poll interval; record results and failures, kill workers past their deadline."""
        busy = [w for w in self._workers if w.job is not None]
        ready = wait([w.connection for w in busy], timeout=_POLL)
        now = time.monotonic()
        for worker in busy:
            # a result that comes in after the deadline is over budget too: the limit holds whatever the timing
            if worker.connection in ready and now <= worker.deadline:
                try:
                    message: Result | _PagesRead = worker.connection.recv()
                except (EOFError, OSError):  # the worker died (a crash in a C library): the file is at fault
                    self._finish(worker, CorruptDocument(DAMAGED))
                    self._remove(worker)
                    continue
                if isinstance(message, _PagesRead):
                    self._pages_read(worker, message, now)
                else:
                    self._finish(worker, message)
            elif now > worker.deadline:
                self._finish(worker, DocumentTooLarge(self._overtime_message(worker)))
                self._remove(worker)

    def _pages_read(self, worker: _Worker, news: _PagesRead, now: float) -> None:
        """A scan's page is read: the next one gets its own time, the parse after the last page the document's."""
        worker.scanning = news.read < news.pages
        worker.deadline = now + (self._budget.seconds_per_scanned_page if worker.scanning else self._budget.seconds)
        if self._on_scan_page is not None and worker.job is not None:
            self._on_scan_page(worker.job.item, news.read, news.pages)

    def _overtime_message(self, worker: _Worker) -> str:
        if worker.scanning:
            return f"Reading a scanned page took more than {self._budget.seconds_per_scanned_page:g} seconds and was stopped."
        return f"Reading the file took more than {self._budget.seconds:g} seconds and was stopped."

    def close(self) -> None:
        """Stop every worker at once (pending reads are abandoned)."""
        for worker in list(self._workers):
            self._remove(worker)

    def _new_worker(self) -> _Worker:
        parent_end, child_end = self._context.Pipe()
        process = self._context.Process(
            target=_serve, args=(child_end, self._budget, self._reader), name="shortlist-reader", daemon=True
        )
        process.start()
        child_end.close()
        worker = _Worker(process, parent_end)
        self._workers.append(worker)
        return worker

    def _finish(self, worker: _Worker, result: Result) -> None:
        job = worker.job
        if job is not None:
            job.result, job.done = result, True
        worker.job = None
        worker.scanning = False

    def _remove(self, worker: _Worker) -> None:
        process = worker.process
        if process.is_alive():
            process.kill()
        process.join(timeout=5)
        worker.connection.close()
        self._workers.remove(worker)


def _serve(connection: Connection, budget: Budget, reader: Reader) -> None:
    """A worker: limit its own memory, then read each path it is sent until the pipe closes, telling each scanned page read."""
    _limit_memory(budget.memory, budget.scan_memory)
    parent = os.getppid()

    def tell(read: int, pages: int) -> None:
        if read == 0:
            _allow_scan_memory()
        connection.send(_PagesRead(read, pages))

    while True:
        try:
            if not connection.poll(_ORPHAN_CHECK):
                if os.getppid() != parent:  # the program was killed: its pipe may never close (siblings hold it)
                    return
                continue
            path, known = connection.recv()
        except (EOFError, OSError):
            return
        result: Result
        try:
            result = reader(Path(path), Scanning(known, tell))
        except Exception as error:  # the reader's own boundary should have typed it already
            result = as_document_error(error)
        connection.send(result)


def _limit_memory(memory: int, scan_memory: int) -> None:
    """Let this process take at most *memory* bytes more address space (and *scan_memory* more once
    it reads a scan, see `_allow_scan_memory`): a bomb then fails with MemoryError instead of eating the machine."""
    try:
        import resource
    except ImportError:  # not on Windows: the time budget still holds
        return
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:  # what the worker takes before any document
            used = int(statm.read().split()[0]) * resource.getpagesize()
    except OSError:
        used = 0
    resource.setrlimit(resource.RLIMIT_AS, (used + memory, used + memory + scan_memory))


def _allow_scan_memory() -> None:
    """Raise this worker's memory limit to what it allows for a scan, for good: the OCR engine stays loaded."""
    try:
        import resource
    except ImportError:
        return
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    resource.setrlimit(resource.RLIMIT_AS, (hard, hard))
