"""Import files into the library on a worker thread, with a cancellable progress dialog.

Signals:
    candidates_changed(list): ids added (or found again) by the import, as they land.
    import_finished(object): the list of ImportOutcome values of the whole run.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from storage.importer import expand_paths, import_paths
from storage.library import Library
from storage.records import ImportOutcome
from ui.workers import ProgressRun, on_own_library


class ImportController(QObject):
    """Runs one import at a time for a window."""

    candidates_changed = Signal(list)
    import_finished = Signal(object)
    _scan_page = Signal(object, int, int)  # from the import's thread: a file, its scanned pages read, of how many

    def __init__(self, library: Library, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self._library = library
        self._parent_widget = parent_widget
        self._run = ProgressRun(parent_widget, "importProgress", self._progress_label)
        self._total = 0
        self._run.item_done.connect(self._on_run_item_done)
        self._run.run_finished.connect(self.import_finished)
        self._run.run_failed.connect(self._on_run_failed)
        self._scan_page.connect(self._on_scan_page)

    def is_running(self) -> bool:
        """Whether an import is under way."""
        return self._run.is_running()

    def start(self, paths: Sequence[str | Path]) -> bool:
        """Import files and folders; False when nothing importable was given or one is running."""
        if self._run.is_running():
            return False
        files = expand_paths(paths)
        if not files:
            QMessageBox.information(
                self._parent_widget,
                self.tr("Nothing to import"),
                self.tr("No PDF, DOCX, TXT, Markdown or image files were found there."),
            )
            return False
        self._total = len(files)
        cancelled = threading.Event()  # Cancel kills the document being read, not only what follows
        return self._run.start(
            on_own_library(self._library.path, lambda library: import_paths(library, files, cancelled, on_scan_page=self._scan_page.emit)),
            self._total,
            self.tr("Import"),
            self.tr("Importing {count} résumé(s)…").format(count=self._total),
            cancelled,
        )

    def _progress_label(self, done: int, outcome: ImportOutcome) -> str:
        return self.tr("Imported {done} of {total}: {name}").format(done=done, total=self._total, name=Path(outcome.path).name)

    def _on_scan_page(self, path: Path, read: int, pages: int) -> None:
        if read < pages:
            self._run.show_label(self.tr("Reading scanned page {page} of {pages}: {name}…").format(page=read + 1, pages=pages, name=path.name))

    def _on_run_item_done(self, _done: int, outcome: ImportOutcome) -> None:
        if outcome.candidate_id is not None:
            self.candidates_changed.emit([outcome.candidate_id])

    def _on_run_failed(self, message: str, outcomes: list[ImportOutcome]) -> None:
        self.import_finished.emit(outcomes)
        QMessageBox.critical(self._parent_widget, self.tr("Import stopped"), message)


def outcome_summary(outcomes: Sequence[ImportOutcome]) -> str:
    """'3 imported, 1 duplicate, 1 failed', then which files joined whom and which share only a name."""
    counts = {status: sum(1 for o in outcomes if o.status == status) for status in ("imported", "duplicate", "failed")}
    text = QCoreApplication.translate("ImportController", "{imported} imported, {duplicate} duplicate, {failed} failed").format(**counts)
    joined = [f"{Path(o.path).name} → #{o.candidate_id}" for o in outcomes if o.joined]
    named = [f"{Path(o.path).name} (#{o.candidate_id}) ~ " + ", ".join(f"#{i}" for i in o.suggested) for o in outcomes if o.suggested]
    if joined:
        text += QCoreApplication.translate("ImportController", "; joined: {files}").format(files=", ".join(joined))
    if named:
        text += QCoreApplication.translate("ImportController", "; same name, merge if one person: {files}").format(files=", ".join(named))
    return text
