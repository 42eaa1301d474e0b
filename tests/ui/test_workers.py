"""The progress runner behind import and batch export, and the guards that fail a test leaving windows or workers behind."""

from __future__ import annotations

import threading
from collections.abc import Iterator

from PySide6.QtCore import QRunnable, QThreadPool
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.conftest import widgets_left, workers_left
from ui.workers import ProgressRun


def test_a_failing_run_reports_the_error_with_the_items_done_before_it(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    run = ProgressRun(parent, "testProgress", lambda done, item: f"{done}: {item}")

    def items() -> Iterator[str]:
        yield "first"
        raise OSError("disk full")

    with qtbot.waitSignal(run.run_failed, timeout=5000) as blocker:
        assert run.start(items, 2, "Test", "Working…")
        assert run.is_running() and parent.findChild(QProgressDialog, "testProgress") is not None
        assert not run.start(items, 2, "Test", "Working…")  # one run at a time
    assert blocker.args == ["disk full", ["first"]]
    assert not run.is_running()
    qtbot.waitUntil(lambda: parent.findChild(QProgressDialog, "testProgress") is None)


def test_a_finished_run_hands_back_every_item(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    run = ProgressRun(parent, "testProgress", lambda done, item: f"{done}: {item}")
    with qtbot.waitSignal(run.run_finished, timeout=5000) as blocker:
        assert run.start(lambda: iter(range(3)), 3, "Test", "Working…")
    assert blocker.args == [[0, 1, 2]]
    assert not run.is_running()


def test_the_guards_see_a_leaked_window_and_a_running_worker(qapp: QApplication) -> None:
    before = set(QApplication.topLevelWidgets())
    stray = QWidget()
    stray.show()
    assert widgets_left(before) == [stray]
    stray.close()
    stray.deleteLater()
    assert widgets_left(before) == []
    started = threading.Event()
    release = threading.Event()

    class Blocked(QRunnable):
        def run(self) -> None:
            started.set()
            release.wait(5)

    QThreadPool.globalInstance().start(Blocked())
    assert started.wait(5)
    threading.Timer(0.6, release.set).start()  # after the guard's grace for a worker returning
    assert workers_left() == 1  # it counted the worker, then waited for it
    assert QThreadPool.globalInstance().activeThreadCount() == 0
