"""Long work off the GUI thread: a QRunnable that drains a plain generator, with progress and cancel.

Core code exposes generators whose every yield is progress and a cancellation point; the worker
runs one on the thread pool and reports each item back to the GUI thread through signals.

Signals (on `GeneratorWorker.signals`):
    item_done(int, object): how many items are done, and the item just yielded.
    finished(bool): the run ended; True when it was cancelled.
    failed(str): the run stopped on an error (message for the user).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Signal

log = logging.getLogger(__name__)


class WorkerSignals(QObject):
    """The signals a worker emits (a QRunnable cannot carry signals itself)."""

    item_done = Signal(int, object)
    finished = Signal(bool)
    failed = Signal(str)


class GeneratorWorker(QRunnable):
    """Runs `make_items()` on a pool thread; `cancel()` stops it at the next yield."""

    def __init__(self, make_items: Callable[[], Iterator[Any]]) -> None:
        super().__init__()
        self.signals = WorkerSignals()
        self._make_items = make_items
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        """Ask the worker to stop after the current item."""
        self._cancelled.set()

    def run(self) -> None:
        done = 0
        try:
            for item in self._make_items():
                done += 1
                self.signals.item_done.emit(done, item)
                if self._cancelled.is_set():
                    break
        except Exception as error:  # reported to the user; the window stays up
            log.exception("background work failed")
            self.signals.failed.emit(str(error))
            return
        self.signals.finished.emit(self._cancelled.is_set())
