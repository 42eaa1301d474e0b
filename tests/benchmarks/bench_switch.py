"""Benchmark (not a test): from selecting a candidate until its first page and its profile are shown.

Imports the bundled sample résumés into a temporary library, opens the real window offscreen and
switches back and forth between the two longest PDFs, many times. Prints the median and 90th
percentile in ms of: select → first page rendered and profile filled, and the same including one
paint of both panes; then the profile pane alone, and a profile pane built from nothing (its entry
editors are pooled, so only the first candidates with many entries pay for creating widgets).
Then the cost of one keystroke (key press to event loop idle) typed into the review's summary box
and into a profile field, and of the save that follows a pause in typing.
The budgets are 100 ms a switch and 16 ms a key. Run with `make bench`; with `--blind` the
switches are made in blind review (schools hidden too), and the first visit's extra work (the
strings to hide and their boxes on the pages, cached afterwards) is timed on its own.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEvent, QSettings, Qt  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

import main  # noqa: E402
from resources.samples.generate import write_all  # noqa: E402
from storage.importer import import_file  # noqa: E402
from storage.library import Library  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.profile_editor import ProfileEditor  # noqa: E402

WARMUP = 4
SWITCHES = 60
BUDGET_MS = 100.0
KEY_BUDGET_MS = 16.0
TYPED = "Strong systems background 扎实的系统功底 "
BLIND = "--blind" in sys.argv


def _stats(label: str, seconds: list[float]) -> None:
    ms = sorted(s * 1000 for s in seconds)
    p90 = ms[int(len(ms) * 0.9) - 1]
    print(f"{label:<44} median {statistics.median(ms):6.1f} ms   p90 {p90:6.1f} ms   max {ms[-1]:6.1f} ms")


def _typing(app: QApplication, widget: QWidget, text: str) -> tuple[list[float], float]:
    """Seconds per typed character (until the event loop is idle), and the save when focus leaves."""
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    app.processEvents()
    keys = []
    for char in text:
        started = time.perf_counter()
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):  # QTest types ASCII only
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))
        app.processEvents()
        keys.append(time.perf_counter() - started)
    started = time.perf_counter()
    widget.clearFocus()
    app.processEvents()
    return keys, time.perf_counter() - started


def _two_longest(library_path: Path, folder: Path) -> list[tuple[int, int, str]]:
    library = Library(library_path)
    try:
        found = []
        for path in sorted(folder.glob("*.pdf")):
            outcome = import_file(library, path)
            if outcome.candidate_id:
                found.append((library.document(outcome.candidate_id).page_count, outcome.candidate_id, path.name))
        return sorted(found, reverse=True)[:2]
    finally:
        library.close()


def _first_blind_visits(window: MainWindow, ids: list[int]) -> None:
    """What blind review adds the first time a candidate is shown: the strings to hide, and their boxes."""
    import pymupdf

    from storage.blind import BlindOptions, person_hidden
    from storage.redaction import document_boxes

    options, took = BlindOptions(schools=True), []
    for _ in range(WARMUP):
        for candidate_id in ids:
            started = time.perf_counter()
            hidden = person_hidden(window.library, candidate_id, options)
            with pymupdf.open("pdf", window.library.document(candidate_id).pdf_bytes) as doc:
                document_boxes(doc, window.library.profile(candidate_id), hidden, options)
            took.append(time.perf_counter() - started)
    _stats("blind: first visit's hiding (then cached)", took)


def run(app: QApplication) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for scope_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            QSettings.setPath(scope_format, QSettings.Scope.UserScope, str(folder / "settings"))
        write_all(folder / "samples")
        pair = _two_longest(folder / "bench.shortlist", folder / "samples")
        if len(pair) < 2:
            print("need two PDF samples in resources/samples")
            return 1
        for pages, _cid, name in pair:
            print(f"résumé: {name} ({pages} page{'s' if pages > 1 else ''})")
        window = main.create_main_window(folder / "bench.shortlist")
        window.resize(1400, 900)
        window.show()
        app.processEvents()
        view, editor = window.document_view, window.profile_editor
        if BLIND:
            _first_blind_visits(window, [cid for _pages, cid, _name in pair])
            window.blind.action_schools.setChecked(True)
            window.blind.action_blind.setChecked(True)
        shown, painted, profile_only = [], [], []
        for number in range(WARMUP + SWITCHES):
            candidate_id = pair[number % 2][1]
            started = time.perf_counter()
            window.select_candidate(candidate_id)
            while not view.is_rendered(0):  # in case rendering is deferred to the event loop
                app.processEvents()
            filled = time.perf_counter()
            view.viewport().repaint()
            editor.repaint()
            done = time.perf_counter()
            app.processEvents()
            if number >= WARMUP:
                shown.append(filled - started)
                painted.append(done - started)
        for number in range(WARMUP + SWITCHES):
            started = time.perf_counter()
            editor.show_candidate(pair[number % 2][1])
            if number >= WARMUP:
                profile_only.append(time.perf_counter() - started)
        fresh = []
        for _ in range(WARMUP):
            started = time.perf_counter()
            new_editor = ProfileEditor(window.library_model, window.undo_stack)
            new_editor.show_candidate(pair[0][1])
            fresh.append(time.perf_counter() - started)
            new_editor.deleteLater()
            app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        window.select_candidate(pair[0][1])
        review = window.review_panel.panel
        window.side_tabs.setCurrentWidget(review)
        summary_keys, summary_save = _typing(app, review.summary, TYPED)
        window.side_tabs.setCurrentWidget(editor)
        field = editor.field(("basics", "label"))
        assert field is not None
        field_keys, field_save = _typing(app, field.widget, TYPED)
        print(f"{SWITCHES} switches{' in blind review' if BLIND else ''}, budget {BUDGET_MS:.0f} ms")
        _stats("select → first page + profile filled", shown)
        _stats("select → both panes painted", painted)
        _stats("profile pane alone (read + fill)", profile_only)
        _stats("profile pane built from nothing", fresh)
        print(f"{len(TYPED)} keystrokes, budget {KEY_BUDGET_MS:.0f} ms a key")
        _stats("key in the review summary", summary_keys)
        _stats("key in a profile field", field_keys)
        print(f"{'save when focus leaves: summary, profile field':<44} {summary_save * 1000:6.1f} ms, {field_save * 1000:.1f} ms")
        window.close()
        window.deleteLater()
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return 0


if __name__ == "__main__":
    APP = QApplication(sys.argv)  # outlives every widget, or interpreter shutdown crashes
    sys.exit(run(APP))
