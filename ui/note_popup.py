"""The note field that opens beside a new highlight, as Zotero's does: type and press Enter, or Esc to skip.

Signals:
    note_entered(int, str): a highlight id and the note typed for it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from ui.text_commit import is_undo_key

POPUP_WIDTH = 280


class NotePopup(QLineEdit):
    """A one-line note field over the page; Enter saves, Esc, leaving it, or undo closes it without a note."""

    note_entered = Signal(int, str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("highlightNotePopup")
        self.setPlaceholderText(self.tr("Note for this highlight (Enter saves, Esc skips)"))
        self.setFixedWidth(POPUP_WIDTH)
        self._highlight_id = 0
        self.hide()
        self.returnPressed.connect(self._on_return_pressed)
        self.installEventFilter(self)

    def open_for(self, highlight_id: int, position: QPoint) -> None:
        """Show the field under a new highlight (*position* in the parent's coordinates), focused and empty."""
        self._highlight_id = highlight_id
        self.clear()
        parent = self.parentWidget()
        x = min(max(position.x(), 0), max(parent.width() - self.width(), 0)) if parent else position.x()
        y = min(position.y(), parent.height() - self.height()) if parent else position.y()
        self.move(x, y)
        self.show()
        self.raise_()
        self.setFocus(Qt.FocusReason.PopupFocusReason)

    def _on_return_pressed(self) -> None:
        note = self.text().strip()
        self.hide()
        if note:
            self.note_entered.emit(self._highlight_id, note)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.FocusOut:
            self.hide()
        elif kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Escape and kind == QEvent.Type.KeyPress:
                self.hide()
                return True
            if is_undo_key(event):  # the window's undo stack takes it (undoing the highlight itself)
                self.hide()
                event.ignore()
                return True
        return False
