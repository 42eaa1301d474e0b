"""The candidate's strength and concern tags as coloured chips, a completing input, and suggestions.

Signals of TagEditor (it never writes to the library; the review feature turns them into commands):
    tag_added(str, str): a tag name and its kind, typed or picked from the completion.
    suggestion_accepted(object): a TagSuggestion to accept with its passages as evidence.
    tag_removed(int): a tag id to take off the candidate.
    evidence_requested(int): attach the document's selected text to this tag.
    evidence_removed(int, int): tag id, highlight id.
    evidence_clicked(int): a highlight id to show in the document.
    tag_edited(int, object): tag id and {"name"|"color"|"kind": value}.
    tags_merged(int, int): source tag id folded into target tag id.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QPoint, QRect, QSize, QStringListModel, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from storage.records import CandidateTagRecord, HighlightRecord, TagRecord, TagSuggestion
from storage.vocab import TAG_KINDS
from ui.labels import shipped, tag_kind_label
from ui.plain_text import plain_tooltip

CHIP_TEXT_CHARS = 28  # longer tag names are elided on the chip (the tooltip has them whole)


def elide(text: str, limit: int) -> str:
    """One line of *text*, at most *limit* characters."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def evidence_text(highlight: HighlightRecord) -> str:
    """How a highlight reads in a menu or on a chip: page and the start of its text."""
    return f"p.{highlight.page + 1} “{elide(highlight.text, 24)}”"


class FlowLayout(QLayout):
    """Lays widgets out left to right, wrapping to new lines (Qt's flow layout example)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 4) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt API
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def clear(self) -> None:
        """Remove and delete every widget."""
        while self._items:
            item = self._items.pop()
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.setParent(None)  # so findChild no longer sees it before it is deleted
                widget.deleteLater()

    def _arrange(self, rect: QRect, move: bool) -> int:
        x, y, line_height = rect.x(), rect.y(), 0
        for item in self._items:
            hint = item.sizeHint()
            width = min(hint.width(), rect.width())
            if x > rect.x() and x + width > rect.right() + 1:
                x, y, line_height = rect.x(), y + line_height + self._spacing, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), QSize(width, hint.height())))
            x += width + self._spacing
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y()


def chip_style(color: str) -> str:
    """A rounded chip filled with a tag's colour, text readable on it."""
    fill = QColor(color)
    text = "#000000" if fill.lightnessF() > 0.6 else "#ffffff"
    return (
        f"QToolButton {{ background: {fill.name()}; color: {text}; border-radius: 9px; padding: 2px 8px; }}"
        "QToolButton::menu-indicator { image: none; width: 0px; }"
    )


class TagEditor(QWidget):
    """A candidate's tags, an input to add one, and the suggested tags apart."""

    tag_added = Signal(str, str)
    suggestion_accepted = Signal(object)
    tag_removed = Signal(int)
    evidence_requested = Signal(int)
    evidence_removed = Signal(int, int)
    evidence_clicked = Signal(int)
    tag_edited = Signal(int, object)
    tags_merged = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tagEditor")
        self._library_tags: list[TagRecord] = []
        self._highlights: dict[int, HighlightRecord] = {}
        self._tags_box = QWidget()
        self._tags_flow = FlowLayout(self._tags_box)
        self._empty = QLabel(self.tr("No tags yet."))
        self._empty.setObjectName("tagsEmpty")
        self.input = QLineEdit()
        self.input.setObjectName("tagInput")
        self.input.setPlaceholderText(self.tr("Add a tag…"))
        self._names = QStringListModel(self)
        self.completer = QCompleter(self._names, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.input.setCompleter(self.completer)
        self.kind = QComboBox()
        self.kind.setObjectName("tagKind")
        for key in TAG_KINDS:
            self.kind.addItem(tag_kind_label(key), key)
        self.add_button = QToolButton()
        self.add_button.setText(self.tr("Add"))
        self.add_button.setObjectName("addTagButton")
        self._suggested_label = QLabel(self.tr("Suggested from the profile (click to accept):"))
        self._suggested_label.setWordWrap(True)
        self._suggested_box = QWidget()
        self._suggested_box.setObjectName("tagSuggestions")
        self._suggested_flow = FlowLayout(self._suggested_box)

        input_row = QHBoxLayout()
        input_row.addWidget(self.input, 1)
        input_row.addWidget(self.kind)
        input_row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._tags_box)
        layout.addWidget(self._empty)
        layout.addLayout(input_row)
        layout.addWidget(self._suggested_label)
        layout.addWidget(self._suggested_box)

        self.input.returnPressed.connect(self._on_input_return_pressed)
        self.add_button.clicked.connect(self._on_input_return_pressed)

    # -- showing ----------------------------------------------------------------------------

    def set_tags(
        self,
        tags: Sequence[CandidateTagRecord],
        library_tags: Sequence[TagRecord],
        suggestions: Sequence[TagSuggestion],
        highlights: Mapping[int, HighlightRecord],
    ) -> None:
        """Show a candidate's tags, offer the library's tags for completion, and the suggestions."""
        self._library_tags = list(library_tags)
        self._highlights = dict(highlights)
        carried = {t.tag.name.lower() for t in tags}
        self._names.setStringList([t.name for t in library_tags if t.name.lower() not in carried])
        self._tags_flow.clear()
        for record in tags:
            self._tags_flow.addWidget(self._tag_chip(record))
        self._empty.setVisible(not tags)
        self._suggested_flow.clear()
        for suggestion in suggestions:
            self._suggested_flow.addWidget(self._suggestion_chip(suggestion))
        self._suggested_label.setVisible(bool(suggestions))
        self._suggested_box.setVisible(bool(suggestions))
        self._tags_box.updateGeometry()
        self._suggested_box.updateGeometry()

    def chip(self, name: str) -> QToolButton | None:
        """The chip of a tag, by name."""
        return self._tags_box.findChild(QToolButton, f"tag:{name}")

    def suggestion_chip(self, name: str) -> QToolButton | None:
        """The chip of a suggestion, by name."""
        return self._suggested_box.findChild(QToolButton, f"suggestion:{name}")

    def _tag_chip(self, record: CandidateTagRecord) -> QToolButton:
        tag = record.tag
        chip = QToolButton()
        chip.setObjectName(f"tag:{tag.name}")
        marker = "+" if tag.kind == "strength" else "−"
        count = f" ¶{len(record.evidence)}" if record.evidence else ""  # ¶: passages of evidence
        chip.setText(f"{marker} {elide(shipped(tag.name), CHIP_TEXT_CHARS)}{count}")
        chip.setToolTip(
            plain_tooltip(
                self.tr("{kind}: {name}\n{count} evidence passage(s). Click for evidence and options.").format(
                    kind=tag_kind_label(tag.kind), name=shipped(tag.name), count=len(record.evidence)
                )
            )
        )
        chip.setStyleSheet(chip_style(tag.color))
        chip.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        chip.setMenu(self._tag_menu(record, chip))
        return chip

    def _tag_menu(self, record: CandidateTagRecord, chip: QToolButton) -> QMenu:
        tag = record.tag
        menu = QMenu(chip)
        menu.setObjectName(f"tagMenu:{tag.name}")
        for highlight_id in record.evidence:
            highlight = self._highlights.get(highlight_id)
            if highlight is None:
                continue
            jump = menu.addAction(self.tr("Show {passage}").format(passage=evidence_text(highlight)))
            jump.setObjectName(f"showEvidence:{highlight_id}")
            jump.triggered.connect(lambda _=False, h=highlight_id: self.evidence_clicked.emit(h))
        if record.evidence:
            remove_menu = menu.addMenu(self.tr("Remove evidence"))
            for highlight_id in record.evidence:
                highlight = self._highlights.get(highlight_id)
                if highlight is not None:
                    action = remove_menu.addAction(evidence_text(highlight))
                    action.triggered.connect(
                        lambda _=False, h=highlight_id: self.evidence_removed.emit(tag.id, h)
                    )
            menu.addSeparator()
        attach = menu.addAction(self.tr("Attach Selected Text as Evidence"))
        attach.setObjectName("attachTagEvidence")
        attach.triggered.connect(lambda: self.evidence_requested.emit(tag.id))
        menu.addSeparator()
        other_kind = "concern" if tag.kind == "strength" else "strength"
        flip = menu.addAction(self.tr("Make It a {kind}").format(kind=tag_kind_label(other_kind)))
        flip.triggered.connect(lambda: self.tag_edited.emit(tag.id, {"kind": other_kind}))
        rename = menu.addAction(self.tr("Rename Tag…"))
        rename.triggered.connect(lambda: self._ask_rename(tag))
        recolor = menu.addAction(self.tr("Colour…"))
        recolor.triggered.connect(lambda: self._ask_color(tag))
        others = [t for t in self._library_tags if t.id != tag.id]
        if others:
            merge = menu.addMenu(self.tr("Merge Into"))
            for other in others:
                action = merge.addAction(other.name)
                action.triggered.connect(lambda _=False, t=other.id: self.tags_merged.emit(tag.id, t))
        menu.addSeparator()
        remove = menu.addAction(self.tr("Remove from Candidate"))
        remove.setObjectName("removeTag")
        remove.triggered.connect(lambda: self.tag_removed.emit(tag.id))
        return menu

    def _suggestion_chip(self, suggestion: TagSuggestion) -> QToolButton:
        chip = QToolButton()
        chip.setObjectName(f"suggestion:{suggestion.name}")
        chip.setText(f"＋ {elide(shipped(suggestion.name), CHIP_TEXT_CHARS)}")
        passages = "\n".join(f"p.{p.page + 1}: {elide(p.text, 60)}" for p in suggestion.passages[:6])
        chip.setToolTip(
            plain_tooltip(
                self.tr("Accept “{name}”; its passages become highlighted evidence:\n{passages}").format(
                    name=shipped(suggestion.name), passages=passages or self.tr("(no passage located)")
                )
            )
        )
        chip.setAutoRaise(False)
        chip.clicked.connect(lambda: self.suggestion_accepted.emit(suggestion))
        return chip

    # -- asking -----------------------------------------------------------------------------

    def _ask_rename(self, tag: TagRecord) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Rename tag"), self.tr("New name for “{name}”:").format(name=tag.name), text=tag.name)
        if ok and name.strip() and name.strip() != tag.name:
            self.tag_edited.emit(tag.id, {"name": name.strip()})

    def _ask_color(self, tag: TagRecord) -> None:
        color = QColorDialog.getColor(QColor(tag.color), self, self.tr("Colour of “{name}”").format(name=tag.name))
        if color.isValid():
            self.tag_edited.emit(tag.id, {"color": color.name()})

    def _on_input_return_pressed(self) -> None:
        name = self.input.text().strip()
        if not name:
            return
        existing = next((t for t in self._library_tags if t.name.lower() == name.lower()), None)
        self.input.clear()
        self.tag_added.emit(existing.name if existing else name, str(self.kind.currentData()))
