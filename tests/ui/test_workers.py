"""The progress runner behind import and batch export: one run at a time, items handed back, dialog closed."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtWidgets import QProgressDialog, QWidget
from pytestqt.qtbot import QtBot

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
