"""Import files into the library on a worker thread, with a cancellable progress dialog.

Signals:
    candidates_changed(list): ids added (or found again) by the import, as they land.
    import_finished(object): the list of ImportOutcome values of the whole run.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from storage.importer import expand_paths, import_paths
from storage.library import Library
from storage.records import ImportOutcome
from ui.workers import GeneratorWorker


class ImportController(QObject):
    """Runs one import at a time for a window."""

    candidates_changed = Signal(list)
    import_finished = Signal(object)

    def __init__(self, library: Library, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self._library = library
        self._parent_widget = parent_widget
        self._worker: GeneratorWorker | None = None
        self._dialog: QProgressDialog | None = None
        self._outcomes: list[ImportOutcome] = []
        self._total = 0

    def is_running(self) -> bool:
        """Whether an import is under way."""
        return self._worker is not None

    def start(self, paths: Sequence[str | Path]) -> bool:
        """Import files and folders; False when nothing importable was given or one is running."""
        if self._worker is not None:
            return False
        files = expand_paths(paths)
        if not files:
            QMessageBox.information(
                self._parent_widget,
                self.tr("Nothing to import"),
                self.tr("No PDF, DOCX, TXT or Markdown files were found there."),
            )
            return False
        self._outcomes = []
        self._total = len(files)
        library_path = self._library.path

        def outcomes() -> Iterator[ImportOutcome]:
            worker_library = Library(library_path)  # its own connection, on the worker thread
            try:
                yield from import_paths(worker_library, files)
            finally:
                worker_library.close()

        self._dialog = QProgressDialog(
            self.tr("Importing {count} résumé(s)…").format(count=self._total), self.tr("Cancel"), 0, self._total, self._parent_widget
        )
        self._dialog.setObjectName("importProgress")
        self._dialog.setWindowTitle(self.tr("Import"))
        self._dialog.setMinimumDuration(300)
        self._dialog.setValue(0)
        self._worker = GeneratorWorker(outcomes)
        self._dialog.canceled.connect(self._worker.cancel)
        self._worker.signals.item_done.connect(self._on_worker_item_done)
        self._worker.signals.finished.connect(self._on_worker_finished)
        self._worker.signals.failed.connect(self._on_worker_failed)
        QThreadPool.globalInstance().start(self._worker)
        return True

    def _on_worker_item_done(self, done: int, outcome: ImportOutcome) -> None:
        self._outcomes.append(outcome)
        if self._dialog is not None:
            self._dialog.setLabelText(
                self.tr("Imported {done} of {total}: {name}").format(
                    done=done, total=self._total, name=Path(outcome.path).name
                )
            )
            self._dialog.setValue(done)
        if outcome.candidate_id is not None:
            self.candidates_changed.emit([outcome.candidate_id])

    def _on_worker_failed(self, message: str) -> None:
        self._end()
        QMessageBox.critical(self._parent_widget, self.tr("Import stopped"), message)

    def _on_worker_finished(self, _cancelled: bool) -> None:
        self._end()

    def _end(self) -> None:
        if self._dialog is not None:
            self._dialog.reset()
            self._dialog.deleteLater()
            self._dialog = None
        self._worker = None
        self.import_finished.emit(list(self._outcomes))


def outcome_summary(outcomes: Sequence[ImportOutcome]) -> str:
    """'3 imported, 1 duplicate, 1 failed'."""
    counts = {status: sum(1 for o in outcomes if o.status == status) for status in ("imported", "duplicate", "failed")}
    return f"{counts['imported']} imported, {counts['duplicate']} duplicate, {counts['failed']} failed"
