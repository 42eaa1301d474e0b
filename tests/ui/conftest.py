"""Qt fixtures: the real main window on a fresh library, a Shell without it, and guards.

The guards fail a test that makes Qt warn, leaves a top-level widget alive, or leaves a worker
thread running (qutebrowser's logfail and napari's conftest ideas).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings, QThreadPool, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QToolBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

import main
from storage.library import Library
from ui.candidate_model import CandidateFilterProxy, CandidateTableModel
from ui.document_view import DocumentView
from ui.library_model import LibraryModel
from ui.main_window import MainWindow
from ui.settings import Settings
from ui.shell import Menus, Shell

IGNORED_QT_MESSAGES = (
    "This plugin does not support propagateSizeHints()",
    "QFont::setPointSizeF",
)


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Each test gets its own QSettings store, so tests never see each other's window state."""
    folder = tmp_path_factory.mktemp("settings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    # QSettings(organization, application) always uses the native format, whatever the default.
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(folder))
    yield


@pytest.fixture(autouse=True)
def fail_on_qt_warnings(qapp: QApplication) -> Iterator[None]:
    """A Qt warning or critical message during a test fails it (qutebrowser's logfail idea)."""
    messages: list[str] = []

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        if kind in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
            if not any(ignored in message for ignored in IGNORED_QT_MESSAGES):
                messages.append(message)

    previous = qInstallMessageHandler(handler)
    yield
    qInstallMessageHandler(previous)
    assert messages == [], f"Qt warned: {messages}"


def widgets_left(before: set[QWidget]) -> list[QWidget]:
    """Top-level widgets alive now that were not before, once pending deletions ran."""
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return [w for w in QApplication.topLevelWidgets() if w not in before]


def workers_left() -> int:
    """Worker threads still running on the global pool; waits for them, so none reaches the next test."""
    pool = QThreadPool.globalInstance()
    # A worker that has just emitted its last signal is still returning from run(): a moment's grace.
    running = 0 if pool.waitForDone(250) else pool.activeThreadCount()
    pool.waitForDone(10_000)
    return running


@pytest.fixture(autouse=True)
def fail_on_leaked_widgets_and_threads(qapp: QApplication) -> Iterator[None]:
    """A test leaves no top-level widget alive and no worker running (it must wait for what it starts)."""
    before = set(QApplication.topLevelWidgets())
    yield
    running = workers_left()
    leaked = widgets_left(before)
    names = sorted(f"{type(w).__name__}({w.objectName()!r})" for w in leaked)
    for widget in leaked:  # cleaned up, so one leak does not fail every later test
        widget.close()
        widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert running == 0, f"{running} worker thread(s) still running at the end of the test"
    assert names == [], f"top-level widgets leaked: {names}"


def _shown_window(qtbot, library_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    win = main.create_main_window(library_path)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win  # type: ignore[return-value]


@pytest.fixture
def window(qtbot, library_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    """The real main window on a fresh library, shown."""
    return _shown_window(qtbot, library_path)


@pytest.fixture
def reopen(qtbot, library_path: Path) -> Callable[[MainWindow], MainWindow]:  # type: ignore[no-untyped-def]
    """Close a window and show its library in a new one, as quitting and starting the app again does."""

    def again(window: MainWindow) -> MainWindow:
        window.close()
        return _shown_window(qtbot, library_path)

    return again


@pytest.fixture
def add_pdf_candidate(window: MainWindow, tmp_path: Path):  # type: ignore[no-untyped-def]
    """Make a PDF (a list of lines per page, CJK-capable font), import it, show it; returns the id."""
    import pymupdf

    from storage.importer import import_file

    def add(pages: list[list[str]], name: str = "resume.pdf") -> int:
        document = pymupdf.open()
        for lines in pages:
            page = document.new_page()
            for number, line in enumerate(lines):
                page.insert_text((72, 90 + 18 * number), line, fontname="china-s", fontsize=11)
        path = tmp_path / name
        document.save(path)
        outcome = import_file(window.library, path)
        assert outcome.candidate_id, outcome.message
        window.refresh_candidates([outcome.candidate_id])
        window.select_candidate(outcome.candidate_id)
        assert window.candidate_id == outcome.candidate_id
        return outcome.candidate_id

    return add


@pytest.fixture
def shell(qtbot: QtBot, library: Library) -> Shell:
    """A Shell over a fresh library in a plain QMainWindow frame: features installed on it need no MainWindow."""
    frame = QMainWindow()
    qtbot.addWidget(frame)
    candidates = CandidateTableModel(frame)
    candidate_filter = CandidateFilterProxy(frame)
    candidate_filter.setSourceModel(candidates)
    candidate_list = QTableView()
    candidate_list.setModel(candidate_filter)
    document_view, side_tabs, pages, home = DocumentView(), QTabWidget(), QStackedWidget(), QSplitter()
    for widget in (candidate_list, document_view, side_tabs):
        home.addWidget(widget)
    pages.addWidget(home)
    frame.setCentralWidget(pages)
    toolbar = QToolBar()
    anchor = toolbar.addSeparator()
    frame.addToolBar(toolbar)
    bar = frame.menuBar()
    menus = Menus(*(bar.addMenu(title) for title in ("File", "Export", "Edit", "View", "Candidate", "Help")))
    result = Shell(
        frame, frame.statusBar(), LibraryModel(library, frame), Settings(), QUndoStack(frame), document_view,
        candidates, candidate_filter, candidate_list,
    )
    result.place(side_tabs, pages, home, toolbar, anchor, menus)
    result.library_model.candidates_changed.connect(lambda ids: candidates.upsert(library.summaries(ids)))
    frame.show()
    qtbot.waitExposed(frame)
    return result
