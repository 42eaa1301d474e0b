"""Small widgets of the compare view: a clickable rating bar, chips of words, a note and a combo box."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QWheelEvent,
)
from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit, QSizePolicy, QWidget

from storage.vocab import RATING_LABELS, TAG_COLORS
from ui.labels import rating_label
from ui.plain_text import plain_tooltip
from ui.tag_editor import FlowLayout

LEVELS = len(RATING_LABELS)
SEGMENT_WIDTH, SEGMENT_GAP, BAR_HEIGHT = 26, 3, 14
CHIP_PAD_X, CHIP_PAD_Y, CHIP_GAP = 7, 1, 5
CONCERN_COLOR = TAG_COLORS["concern"]


def _tint(color: QColor, alpha: int) -> QColor:
    tinted = QColor(color)
    tinted.setAlpha(alpha)
    return tinted


def _rgba(color: QColor) -> str:
    """A colour as a style-sheet value, alpha included."""
    return f"rgba({color.red()}, {color.green()}, {color.blue()}, {color.alpha()})"


class RatingBar(QWidget):
    """A 1–5 rating drawn as five segments with its label; click or type 1–5 to rate, 0 to clear.

    Signals:
        rating_chosen(object): the value the reviewer picked (int 1–5, or None to clear).
    """

    rating_chosen = Signal(object)

    def __init__(self, value: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value = value
        self._emphasised = False
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setToolTip(self.tr("Click a segment or type 1–5 to rate; click the same segment or type 0 to clear"))

    def value(self) -> int | None:
        """The rating shown (None: not rated)."""
        return self._value

    def text(self) -> str:
        """The rating in words, as drawn beside the bar."""
        if self._value is None:
            return self.tr("Not rated")
        return f"{self._value} · {rating_label(self._value)}"

    def set_emphasised(self, emphasised: bool) -> None:
        """Draw the label bold (the two sides differ a lot on this area)."""
        self._emphasised = emphasised
        self.update()

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        longest = max(metrics.horizontalAdvance(f"5 · {rating_label(value)}") for value in RATING_LABELS)
        width = LEVELS * (SEGMENT_WIDTH + SEGMENT_GAP) + 8 + longest
        return QSize(width, max(BAR_HEIGHT, metrics.height()) + 8)

    def minimumSizeHint(self) -> QSize:
        return QSize(LEVELS * (SEGMENT_WIDTH + SEGMENT_GAP), self.sizeHint().height())

    def _segment_rect(self, level: int) -> QRectF:
        top = (self.height() - BAR_HEIGHT) / 2
        return QRectF((level - 1) * (SEGMENT_WIDTH + SEGMENT_GAP) + 1, top, SEGMENT_WIDTH, BAR_HEIGHT)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        fill = palette.color(QPalette.ColorRole.Highlight)
        empty = palette.color(QPalette.ColorRole.Mid)
        for level in range(1, LEVELS + 1):
            rect = self._segment_rect(level)
            filled = self._value is not None and level <= self._value
            painter.setPen(Qt.PenStyle.NoPen if filled else QPen(empty, 1))
            painter.setBrush(fill if filled else _tint(empty, 40))
            painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
        if self.hasFocus():
            painter.setPen(QPen(fill, 1, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))
        font = QFont(self.font())
        font.setBold(self._emphasised)
        painter.setFont(font)
        role = QPalette.ColorRole.PlaceholderText if self._value is None else QPalette.ColorRole.WindowText
        painter.setPen(palette.color(role))
        text_left = LEVELS * (SEGMENT_WIDTH + SEGMENT_GAP) + 6
        text_rect = QRectF(text_left, 0, max(0, self.width() - text_left), self.height())
        elided = QFontMetrics(font).elidedText(self.text(), Qt.TextElideMode.ElideRight, int(text_rect.width()))
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), elided)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        for level in range(1, LEVELS + 1):
            rect = self._segment_rect(level).adjusted(-SEGMENT_GAP / 2, -4, SEGMENT_GAP / 2, 4)
            if rect.contains(event.position()):
                self._choose(None if level == self._value else level)
                return
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text.isdigit() and 0 <= int(text) <= LEVELS:
            self._choose(int(text) or None)
        elif event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self._choose(None)
        else:
            super().keyPressEvent(event)

    def _choose(self, value: int | None) -> None:
        if value != self._value:
            self.rating_chosen.emit(value)


class ChipFlow(QWidget):
    """Words as rounded plain-text chips that wrap onto more lines; shared ones outlined, unique ones filled."""

    def __init__(self, chips: Sequence[tuple[str, str]], parent: QWidget | None = None) -> None:
        """*chips*: (text, style) with style "shared", "unique" or "concern"."""
        super().__init__(parent)
        self._texts = [text for text, _ in chips]
        palette = self.palette()
        colours = {
            "shared": palette.color(QPalette.ColorRole.Mid),
            "unique": palette.color(QPalette.ColorRole.Highlight),
            "concern": QColor(CONCERN_COLOR),
        }
        layout = FlowLayout(self, spacing=CHIP_GAP)
        for text, style in chips:
            colour = colours.get(style, colours["unique"])
            fill = "transparent" if style == "shared" else _rgba(_tint(colour, 45))
            chip = QLabel()
            chip.setTextFormat(Qt.TextFormat.PlainText)
            chip.setText(text)
            chip.setStyleSheet(
                f"QLabel {{ border: 1px solid {colour.name()}; background: {fill}; border-radius: 9px;"
                f" padding: {CHIP_PAD_Y}px {CHIP_PAD_X}px; }}"
            )
            layout.addWidget(chip)
        self.setToolTip(plain_tooltip(", ".join(self._texts)))

    def chips(self) -> list[str]:
        """The words shown, in order."""
        return list(self._texts)


class CommitTextEdit(QPlainTextEdit):
    """A plain-text note that reports its text when it loses focus, if the text changed.

    Signals:
        text_committed(str): the text after an edit, when focus left the editor.
    """

    text_committed = Signal(str)

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._committed = text
        self.setPlainText(text)
        self.setTabChangesFocus(True)

    def commit(self) -> None:
        """Report the text now if it differs from the saved value."""
        text = self.toPlainText()
        if text != self._committed:
            self._committed = text
            self.text_committed.emit(text)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.commit()


class ScrollSafeComboBox(QComboBox):
    """A combo box that ignores the wheel unless focused, so scrolling the page never changes a value."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()  # the scroll area behind scrolls instead
