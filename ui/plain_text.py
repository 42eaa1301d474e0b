"""Document text in places where Qt guesses the format: labels and tooltips render anything that looks like HTML."""

from __future__ import annotations

from PySide6.QtGui import Qt  # QtGui adds mightBeRichText and convertFromPlainText to Qt
from PySide6.QtWidgets import QLabel


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
