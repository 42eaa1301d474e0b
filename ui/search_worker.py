"""The library search off the GUI thread: debounced, each query cancels the one before, results in order.

Typing stays smooth whatever the library's size: the GUI thread only hands the newest query to a
search thread and applies the ids that come back. A query replaced by a newer keystroke stops within
a few SQLite steps (`Library.search(cancelled=…)`), and its result, if any, is dropped.

Signals:
    found(object): the ids of the newest query, best first; None when the box is empty (show all).
    settled(): typing paused and the newest result is in: the moment for slower follow-ups (showing
        the top match), which would otherwise hold up the next keystroke.
    failed(str): the search failed (message for the user).
"""

from __future__ import annotations

import queue
import threading

from PySide6.QtCore import QObject, QTimer, Signal

from storage.db import LibraryError
from storage.library import Library
from storage.search import MAX_QUERY_CHARS, SearchCancelled

SEARCH_DEBOUNCE_MS = 10  # keystrokes closer than this (a paste, an input method's commit) make one search
SETTLE_MS = 250  # no keystroke for this long after a result: typing paused
STOP_WAIT_S = 2.0


class LibrarySearch(QObject):
    """Runs `Library.search` on its own thread, for the newest query only."""

    found = Signal(object)
    settled = Signal()
    failed = Signal(str)
    _finished = Signal(int, object)  # from the search thread: (generation, ids)
    _broke = Signal(int, str)  # from the search thread: (generation, message)

    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._generation = 0  # the newest request; a search of an older one stops
        self._query = ""
        self._pending: int | None = None  # the request handed to the thread and not answered yet
        self._requests: queue.SimpleQueue[tuple[int, str] | None] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self._submit)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._on_settle)
        self._finished.connect(self._on_finished)
        self._broke.connect(self._on_broke)

    def request(self, text: str) -> None:
        """Search for *text* (cut to the first MAX_QUERY_CHARS characters) once typing pauses; "" shows all at once."""
        self._generation += 1
        self._query = text.strip()[:MAX_QUERY_CHARS]
        self._settle.stop()
        if self._query:
            self._debounce.start()
        else:
            self._debounce.stop()
            self._pending = None
            self._deliver(None)

    def is_busy(self) -> bool:
        """Whether a requested result has not arrived yet."""
        return self._debounce.isActive() or self._pending is not None

    def stop(self) -> None:
        """Cancel any search and end the search thread (before the library closes)."""
        self._generation += 1
        self._debounce.stop()
        self._settle.stop()
        self._pending = None
        if self._thread is not None:
            self._requests.put(None)
            self._thread.join(STOP_WAIT_S)
            self._thread = None

    def _submit(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._serve, name="library-search", daemon=True)
            self._thread.start()
        self._pending = self._generation
        self._requests.put((self._generation, self._query))

    def _serve(self) -> None:
        while (request := self._requests.get()) is not None:
            generation, query = request
            if generation == self._generation:  # else a newer query is on its way
                self._search(generation, query)

    def _search(self, generation: int, query: str) -> None:
        try:
            ids = self._library.search(query, cancelled=lambda: generation != self._generation)
        except SearchCancelled:
            return
        except LibraryError as error:
            self._broke.emit(generation, str(error))
            return
        self._finished.emit(generation, ids)

    def _on_finished(self, generation: int, ids: list[int]) -> None:
        if generation == self._generation:
            self._pending = None
            self._deliver(ids)

    def _deliver(self, ids: list[int] | None) -> None:
        self._settle.start()  # first: a keystroke made while the list fills stops it
        self.found.emit(ids)

    def _on_settle(self) -> None:
        if not self.is_busy():
            self.settled.emit()

    def _on_broke(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self._pending = None
            self.failed.emit(message)
