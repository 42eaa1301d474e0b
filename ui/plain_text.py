"""Document text in places where Qt guesses the format: tooltips render anything that looks like HTML."""

from __future__ import annotations

from PySide6.QtGui import Qt


def plain_tooltip(text: str) -> str:
    """*text* as a tooltip that shows it literally, even when it starts like HTML (`<b>…`)."""
    return Qt.convertFromPlainText(text) if Qt.mightBeRichText(text) else text
