"""Typing in a note saves on a pause or when the focus leaves: one undo step each, a few microseconds a key.

A keystroke only restarts a timer; the text is reported when typing pauses (COMMIT_DELAY_MS) or
the widget loses the focus, and only if it differs from what was last shown or saved. Showing a
stored value never rewrites a widget that holds the same text, nor one with unsaved typing, so
an input method's composition (preedit) is never disturbed.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

COMMIT_DELAY_MS = 500  # a pause in typing this long saves (leaving the field saves at once)
_REDO_ALIAS = QKeySequence("Ctrl+Shift+Z")


def is_undo_key(event: QKeyEvent) -> bool:
    """Whether a key press asks for undo or redo (which the window's undo stack owns, not the text widget)."""
    return (
        event.matches(QKeySequence.StandardKey.Undo)
        or event.matches(QKeySequence.StandardKey.Redo)
        or QKeySequence(event.keyCombination()) == _REDO_ALIAS
    )


class TextCommitter(QObject):
    """Reports a text widget's edits at a pause in typing or when its focus leaves.

    Signals:
        committed(str): the text as typed, when it differs from the value last shown or saved.
    """

    committed = Signal(str)

    def __init__(self, widget: QLineEdit | QPlainTextEdit, delay_ms: int = COMMIT_DELAY_MS) -> None:
        super().__init__(widget)
        self._widget = widget
        self._saved = ""
        self._showing = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.commit)
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(self._on_widget_edited)
        else:
            widget.textChanged.connect(self._on_widget_edited)
        widget.installEventFilter(self)

    def text(self) -> str:
        """What the widget holds (without an input method's uncommitted preedit)."""
        widget = self._widget
        return widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()

    def pending(self) -> bool:
        """Whether typing waits to be reported."""
        return self._timer.isActive()

    def show(self, text: str) -> None:
        """Show a stored value, unless the reviewer's typing waits to be saved (it is saved over it)."""
        if self.pending():
            return
        self._saved = text
        if self.text() == text:
            return  # the widget, its cursor and any composition stay untouched
        self._showing = True
        try:
            self._widget.setText(text) if isinstance(self._widget, QLineEdit) else self._widget.setPlainText(text)
        finally:
            self._showing = False

    def commit(self) -> None:
        """Report the text now if it changed."""
        self._timer.stop()
        text = self.text()
        if text != self._saved:
            self._saved = text
            self.committed.emit(text)

    def _on_widget_edited(self, *_args: object) -> None:
        if not self._showing:
            self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.FocusOut:
            self.commit()
        elif kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and isinstance(event, QKeyEvent) and is_undo_key(event):
            # Save first, then let the window's undo stack take the key (not the widget's own undo).
            self.commit()
            event.ignore()
            return True
        return False
