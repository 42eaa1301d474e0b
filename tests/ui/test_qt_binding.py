"""The Qt binding itself: a long session's signal traffic must not corrupt the interpreter.

PySide6 6.12.0 released Py_True once per signal delivered to a Python slot; after a few hundred
emissions (scrolling a document emits that many in seconds) Python aborted with
"bool_dealloc: deallocating True or False".  pyproject.toml excludes that release; this test
fails on any binding that does it again.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Sender(QObject):
    pinged = Signal()
    counted = Signal(int)


class _Receiver(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.received = 0

    def on_pinged(self) -> None:
        self.received += 1

    def on_counted(self, value: int) -> None:
        self.received += value


def test_signal_delivery_keeps_reference_counts_balanced() -> None:
    sender, receiver = _Sender(), _Receiver()
    sender.pinged.connect(receiver.on_pinged)
    sender.counted.connect(receiver.on_counted)
    before = sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(200):
        sender.pinged.emit()
        sender.counted.emit(1)
    after = sys.getrefcount(True), sys.getrefcount(False)
    assert receiver.received == 400
    assert after[0] >= before[0] - 5, f"Py_True lost {before[0] - after[0]} references"
    assert after[1] >= before[1] - 5, f"Py_False lost {before[1] - after[1]} references"
