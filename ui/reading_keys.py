"""The keys that move through a document as a reader expects: Home/End, PgUp/PgDn, Space/Shift+Space."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QScrollBar


def scroll_by_key(event: QKeyEvent, bar: QScrollBar) -> bool:
    """Home/End: first/last page; PgUp/PgDn and Space/Shift+Space: a screen, keeping a line of context; False for other keys."""
    screen = max(bar.pageStep() - 3 * bar.singleStep(), bar.singleStep())
    key, shift = Qt.Key(event.key()), bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
    moves = {
        Qt.Key.Key_Home: bar.minimum() - bar.value(),
        Qt.Key.Key_End: bar.maximum() - bar.value(),
        Qt.Key.Key_PageUp: -screen,
        Qt.Key.Key_PageDown: screen,
        Qt.Key.Key_Space: -screen if shift else screen,
    }
    if key not in moves:
        return False
    bar.setValue(bar.value() + moves[key])
    return True
