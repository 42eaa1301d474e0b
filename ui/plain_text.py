"""Document text in places where Qt guesses the format: labels, tooltips and message boxes render anything that looks like HTML."""

from __future__ import annotations

from PySide6.QtGui import QAction, Qt  # QtGui adds mightBeRichText and convertFromPlainText to Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget


def plain_label(text: str = "", *, wrap: bool = False, selectable: bool = False, name: str = "") -> QLabel:
    """A label that never reads its text as rich text."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(wrap)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setObjectName(name)
    return label


def plain_tooltip(text: str) -> str:
    """*text* as a tooltip that shows it literally, even when it starts like HTML (`<b>…`)."""
    return Qt.convertFromPlainText(text) if Qt.mightBeRichText(text) else text


def keep_tooltip_plain(action: QAction) -> None:
    """Keep *action*'s tooltip its text shown literally, whenever the text changes (an undo action names the edit)."""

    def follow_text() -> None:
        tip = plain_tooltip(action.iconText())
        if action.toolTip() != tip:
            action.setToolTip(tip)

    action.changed.connect(follow_text)
    follow_text()


def plain_box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
    """A message box whose text (a file path, a library's words) is shown literally; add buttons, then exec() it."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def show_plain_message(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> None:
    """A modal message box showing *text* literally (QMessageBox.critical & co. would render HTML in a path)."""
    plain_box(parent, icon, title, text).exec()
