"""One rubric area of the Review tab: rating buttons, the chosen level's meaning, a comment and evidence chips."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from storage.records import (
    HighlightRecord,
    RatingRecord,
    RubricAreaRecord,
)
from storage.vocab import RATING_LABELS
from ui.labels import rating_label, shipped
from ui.plain_text import plain_label, plain_tooltip
from ui.tag_editor import FlowLayout, evidence_text
from ui.text_commit import TextCommitter

# Highlight colours (indexes into HIGHLIGHT_COLORS) given to passages made evidence.


RATING_KEYS = {getattr(Qt.Key, f"Key_{n}"): n for n in RATING_LABELS}
COMPACT_BUTTON_WIDTH = 28
AREA_MARGIN = 8
BUTTON_PADDING = 16  # a tool button's width beyond its text


class RatingAreaWidget(QFrame):
    """One rubric area: five labelled rating buttons, the chosen level's meaning, comment, evidence.

    Keys 1–5 rate the area while it (or one of its buttons) has focus; 0 clears the rating.

    Signals:
        rating_chosen(int, object): area id and the value 1–5 (None clears).
        comment_edited(int, str): area id and the comment as typed (at a pause, or when the focus leaves).
        evidence_requested(int): attach the document's selected text to this area.
        evidence_removed(int, int): area id, highlight id.
        evidence_clicked(int): a highlight id to show.
    """

    rating_chosen = Signal(int, object)
    comment_edited = Signal(int, str)
    evidence_requested = Signal(int)
    evidence_removed = Signal(int, int)
    evidence_clicked = Signal(int)

    def __init__(self, area: RubricAreaRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.area = area
        self.value: int | None = None
        self.setObjectName(f"ratingArea:{area.key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setProperty("current", False)
        self.setEnabled(not area.archived)

        title = shipped(area.label) + (self.tr(" (removed from the rubric)") if area.archived else "")
        self.title = plain_label(title, wrap=True, name="ratingTitle")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.title.setToolTip(plain_tooltip(shipped(area.description)))
        weight = plain_label(self.tr("weight {weight:g}").format(weight=area.weight))
        weight.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # muted, yet readable (disabled text is not)
        self.buttons: dict[int, QToolButton] = {}
        buttons_row = QHBoxLayout()
        buttons_row.setSpacing(2)
        for value in RATING_LABELS:
            button = QToolButton()
            button.setObjectName(f"rate:{value}")
            button.setText(rating_label(value))
            button.setCheckable(True)
            button.setProperty("choice", True)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setMinimumWidth(COMPACT_BUTTON_WIDTH)  # narrow panes switch to numbers, see resizeEvent
            level = shipped(area.levels[value - 1]) if value <= len(area.levels) else ""
            button.setToolTip(f"{value} · {rating_label(value)}" + (f"\n{level}" if level else ""))
            button.clicked.connect(lambda _=False, v=value: self._on_button_clicked(v))
            buttons_row.addWidget(button)
            self.buttons[value] = button
        self.meaning = plain_label(wrap=True, name="ratingMeaning")
        self.meaning.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.comment = QLineEdit()
        self.comment.setObjectName("ratingComment")
        self.comment.setPlaceholderText(self.tr("Comment"))
        self.comment_committer = TextCommitter(self.comment)
        self.attach = QToolButton()
        self.attach.setObjectName("attachEvidence")
        self.attach.setText(self.tr("Attach selection"))
        self.attach.setToolTip(self.tr("Highlight the text selected in the document and keep it as evidence for this rating"))
        self._evidence_box = QWidget()
        self._evidence_flow = FlowLayout(self._evidence_box)

        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(weight)
        comment_row = QHBoxLayout()
        comment_row.addWidget(self.comment, 1)
        comment_row.addWidget(self.attach)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(AREA_MARGIN, 6, AREA_MARGIN, 6)
        layout.setSpacing(4)
        layout.addLayout(header)
        layout.addLayout(buttons_row)
        layout.addWidget(self.meaning)
        layout.addLayout(comment_row)
        layout.addWidget(self._evidence_box)

        self.comment_committer.committed.connect(self._on_comment_committed)
        self.attach.clicked.connect(lambda: self.evidence_requested.emit(self.area.id))

    def set_rating(self, rating: RatingRecord | None, highlights: Mapping[int, HighlightRecord]) -> None:
        """Show a rating (None: unrated), keeping the comment the reviewer is typing."""
        self.value = rating.value if rating else None
        for value, button in self.buttons.items():
            button.setChecked(value == self.value)
        if self.value is not None:
            level = shipped(self.area.levels[self.value - 1]) if self.value <= len(self.area.levels) else ""
            self.meaning.setText(f"{self.value} · {rating_label(self.value)}" + (f" — {level}" if level else ""))
        else:
            self.meaning.setText(shipped(self.area.description))
        self.comment_committer.show(rating.comment if rating else "")
        self._evidence_flow.clear()
        for highlight_id in rating.evidence if rating else ():
            highlight = highlights.get(highlight_id)
            if highlight is not None:
                self._evidence_flow.addWidget(self._evidence_chip(highlight))
        self._evidence_box.setVisible(self._evidence_flow.count() > 0)
        self._evidence_box.updateGeometry()

    def evidence_chip(self, highlight_id: int) -> QToolButton | None:
        """The chip of one evidence highlight."""
        return self._evidence_box.findChild(QToolButton, f"evidence:{highlight_id}")

    def _evidence_chip(self, highlight: HighlightRecord) -> QToolButton:
        chip = QToolButton()
        chip.setObjectName(f"evidence:{highlight.id}")
        chip.setText(evidence_text(highlight))
        tip = self.tr("Show in the document (right-click to remove):\n{text}").format(text=highlight.text)
        chip.setToolTip(plain_tooltip(tip))
        chip.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        chip.clicked.connect(lambda: self.evidence_clicked.emit(highlight.id))
        chip.customContextMenuRequested.connect(lambda pos: self._on_chip_menu(chip, highlight.id, pos))
        return chip

    def _on_chip_menu(self, chip: QToolButton, highlight_id: int, pos: QPoint) -> None:
        menu = QMenu(chip)
        remove = menu.addAction(self.tr("Remove Evidence"))
        remove.triggered.connect(lambda: self.evidence_removed.emit(self.area.id, highlight_id))
        menu.exec(chip.mapToGlobal(pos))

    def set_current(self, current: bool) -> None:
        """Mark the area the keys 1–5 rate."""
        if self.property("current") != current:
            self.setProperty("current", current)
            self.style().unpolish(self)
            self.style().polish(self)

    def _on_comment_committed(self, text: str) -> None:
        self.comment_edited.emit(self.area.id, text)

    def _on_button_clicked(self, value: int) -> None:
        # Clicking the chosen level again clears the rating.
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.rating_chosen.emit(self.area.id, None if value == self.value else value)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        value = RATING_KEYS.get(Qt.Key(event.key()))
        plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        if plain and value is not None:
            self.rating_chosen.emit(self.area.id, value)
        elif plain and event.key() == Qt.Key.Key_0:
            self.rating_chosen.emit(self.area.id, None)
        else:
            super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        # Too narrow for the five labels: show 1–5 (the chosen label is spelled out below them).
        super().resizeEvent(event)
        metrics = self.fontMetrics()
        full = sum(metrics.horizontalAdvance(rating_label(value)) + BUTTON_PADDING for value in RATING_LABELS)
        compact = self.contentsRect().width() - 2 * AREA_MARGIN < full
        for value, button in self.buttons.items():
            button.setText(str(value) if compact else rating_label(value))

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.set_current(True)
