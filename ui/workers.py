"""Long work off the GUI thread: a QRunnable that drains a plain generator, with progress and cancel.

Core code exposes generators whose every yield is progress and a cancellation point; the worker
runs one on the thread pool and reports each item back to the GUI thread through signals.
`ProgressRun` puts such a worker behind a cancellable progress dialog.

Signals (on `GeneratorWorker.signals`):
    item_done(int, object): how many items are done, and the item just yielded.
    finished(bool): the run ended; True when it was cancelled.
    failed(str): the run stopped on an error (message for the user).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from storage.library import Library

log = logging.getLogger(__name__)


class WorkerSignals(QObject):
    """The signals a worker emits (a QRunnable cannot carry signals itself)."""

    item_done = Signal(int, object)
    finished = Signal(bool)
    failed = Signal(str)


class GeneratorWorker(QRunnable):
    """Runs `make_items()` on a pool thread; `cancel()` stops it at the next yield.

    A generator that waits on other processes may share the *cancelled* event, to stop at once
    rather than at its next yield.
    """

    def __init__(self, make_items: Callable[[], Iterator[Any]], cancelled: threading.Event | None = None) -> None:
        super().__init__()
        self.signals = WorkerSignals()
        self._make_items = make_items
        self._cancelled = cancelled or threading.Event()

    def cancel(self) -> None:
        """Ask the worker to stop (after the current item, or at once when the generator shares the event)."""
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


def on_own_library(library_path: Path, work: Callable[[Library], Iterable[Any]]) -> Callable[[], Iterator[Any]]:
    """*work* as a generator factory that opens its own Library (a connection belongs to its thread)."""

    def items() -> Iterator[Any]:
        library = Library(library_path)
        try:
            yield from work(library)
        finally:
            library.close()

    return items


class ProgressRun(QObject):
    """Runs one generator at a time on the thread pool behind a cancellable progress dialog.

    Signals:
        item_done(int, object): how many items are done, and the item just yielded (dialog updated).
        run_finished(object): the list of every item yielded; the run ended, complete or cancelled.
        run_failed(str, object): the run stopped on an error (message for the user); the list of items before it.
    """

    item_done = Signal(int, object)
    run_finished = Signal(object)
    run_failed = Signal(str, object)

    def __init__(self, parent_widget: QWidget, dialog_name: str, describe: Callable[[int, Any], str]) -> None:
        """*describe(done, item)* words the dialog's label after each item."""
        super().__init__(parent_widget)
        self._parent_widget = parent_widget
        self._dialog_name = dialog_name
        self._describe = describe
        self._worker: GeneratorWorker | None = None
        self._dialog: QProgressDialog | None = None
        self._items: list[Any] = []

    def is_running(self) -> bool:
        """Whether a run is under way."""
        return self._worker is not None

    def start(
        self,
        make_items: Callable[[], Iterator[Any]],
        total: int,
        title: str,
        label: str,
        cancelled: threading.Event | None = None,
    ) -> bool:
        """Run *make_items* (*total* items expected); False when a run is already under way.

        *title* and *label* are shown as given (already translated); Cancel sets *cancelled*.
        """
        if self._worker is not None:
            return False
        self._items = []
        self._dialog = QProgressDialog(label, self.tr("Cancel"), 0, total, self._parent_widget)
        self._dialog.setObjectName(self._dialog_name)
        self._dialog.setWindowTitle(title)
        self._dialog.setMinimumDuration(300)
        # Wide enough for a typical file name from the start: the dialog grows with a longer one.
        self._dialog.setMinimumWidth(self._dialog.fontMetrics().horizontalAdvance("x") * 55)
        self._dialog.setValue(0)
        self._worker = GeneratorWorker(make_items, cancelled)
        self._dialog.canceled.connect(self._worker.cancel)
        self._worker.signals.item_done.connect(self._on_worker_item_done)
        self._worker.signals.finished.connect(self._on_worker_finished)
        self._worker.signals.failed.connect(self._on_worker_failed)
        QThreadPool.globalInstance().start(self._worker)
        return True

    def show_label(self, label: str) -> None:
        """Word the dialog's label (already translated) while an item is under way."""
        if self._dialog is not None:
            self._dialog.setLabelText(label)

    def _on_worker_item_done(self, done: int, item: Any) -> None:
        self._items.append(item)
        if self._dialog is not None:
            self._dialog.setLabelText(self._describe(done, item))
            self._dialog.setValue(done)
        self.item_done.emit(done, item)

    def _on_worker_finished(self, _cancelled: bool) -> None:
        self.run_finished.emit(self._end())

    def _on_worker_failed(self, message: str) -> None:
        self.run_failed.emit(message, self._end())

    def _end(self) -> list[Any]:
        if self._dialog is not None:
            self._dialog.reset()
            self._dialog.deleteLater()
            self._dialog = None
        self._worker = None
        items, self._items = self._items, []
        return items
