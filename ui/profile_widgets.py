"""The profile editor's widgets: one editable value (Field), an entry's form, collapsible sections.

Every value is shown in a plain-text widget; the widgets only show values and emit what the
reviewer did, the ProfileEditor saves.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from parsing.dates import PRESENT
from storage.profile_paths import Path
from ui.labels import translated
from ui.plain_text import plain_tooltip
from ui.profile_form import FieldSpec, SectionSpec
from ui.text_commit import is_undo_key

UNCERTAIN_COLOR = QColor("#fff3cd")


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


class ElidedLabel(QLabel):
    """A one-line plain-text label that ends in "…" when it does not fit (full text in the tooltip)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_full_text(self, text: str) -> None:
        """Show *text*, elided to the width."""
        self.setText(text)
        self.setToolTip(plain_tooltip(text))

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        elided = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, self.contentsRect().width())
        painter.drawText(self.contentsRect(), int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), elided)


class Field(QObject):
    """One editable value: its plain-text widget, where it lives in the profile, and its marks.

    Signals:
        edited(object): the user changed the text (the Field is the argument).
        focused(object): the widget got the keyboard focus.
        left(object): the widget lost the focus, or an undo/redo key was pressed in it.
        menu_requested(object, QPoint): a context menu was asked for at a global position.
        revert_requested(object): the revert button was clicked.
    """

    edited = Signal(object)
    focused = Signal(object)
    left = Signal(object)
    menu_requested = Signal(object, QPoint)
    revert_requested = Signal(object)

    def __init__(self, spec: FieldSpec, parent: QWidget) -> None:
        super().__init__(parent)
        self.spec = spec
        self.item_path: Path = ()
        self.changed = False
        self.parsed_value: Any = None
        self._uncertain = False
        self._revert_button: QToolButton | None = None
        self.version_mark: QLabel | None = None  # "differs in another version", made on first use
        self.box = QWidget(parent)
        self._layout = QHBoxLayout(self.box)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self.widget: QLineEdit | QPlainTextEdit | QComboBox
        if spec.kind == "choice":
            combo = QComboBox()
            for key, label in spec.choices:
                combo.addItem(translated(label), key)
            combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            combo.activated.connect(self._on_widget_edited)
            self.widget = combo
        elif spec.kind in ("long", "lines"):
            text = QPlainTextEdit()
            text.setTabChangesFocus(True)
            text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            text.textChanged.connect(self._on_widget_text_changed)
            if spec.kind == "lines":
                text.setPlaceholderText(self.tr("One per line"))
            self.widget = text
        else:
            line = QLineEdit()
            line.setPlaceholderText(translated(spec.placeholder) if spec.placeholder else "")
            line.textEdited.connect(self._on_widget_edited)
            self.widget = line
        self.widget.setObjectName("field_" + "_".join(spec.key))
        self.widget.setAccessibleName(translated(spec.label))
        self.widget.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.widget.customContextMenuRequested.connect(self._on_widget_context_menu)
        self.widget.installEventFilter(self)
        self._layout.addWidget(self.widget, 1)
        self._setting = False
        self.masked = False  # blind review: the widget shows a mask, read-only, and never saves

    @property
    def path(self) -> Path:
        """Where the value lives in the profile."""
        return self.item_path + self.spec.key

    # -- values -----------------------------------------------------------------------------

    def text_of(self, value: Any) -> str:
        """How a stored value is shown in this field."""
        if _empty(value):
            return ""
        if self.spec.kind == "lines":
            return "\n".join(str(v) for v in value) if isinstance(value, list) else str(value)
        if self.spec.kind == "list":
            return self.spec.joiner.join(str(v) for v in value) if isinstance(value, list) else str(value)
        if self.spec.kind == "end" and value == PRESENT:
            return translated(PRESENT)  # the stored keyword in the UI's words ("至今")
        return str(value)

    def value(self) -> Any:
        """The value the widget holds, as stored (None when empty)."""
        widget = self.widget
        if isinstance(widget, QComboBox):
            return widget.currentData() or None
        text = widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()
        if self.spec.kind == "lines":
            return [line.strip() for line in text.splitlines() if line.strip()] or None
        if self.spec.kind == "list":
            return [part for part in self.spec.split.split(text.strip()) if part] or None
        if self.spec.kind == "end" and text.strip().casefold() in (PRESENT, translated(PRESENT).casefold()):
            return PRESENT
        return text.strip() or None

    def value_from_text(self, text: str) -> Any:
        """A piece of document text as this field's value (one item for list fields)."""
        return [text] if self.spec.kind in ("lines", "list") else text

    def same(self, a: Any, b: Any) -> bool:
        """Whether two stored values look the same in this field."""
        return self.text_of(a) == self.text_of(b)

    def set_value(self, value: Any) -> None:
        """Show a stored value (the cursor stays put when the widget already shows it)."""
        if self.same(self.value(), value):
            return
        widget = self.widget
        self._setting = True
        if isinstance(widget, QComboBox):
            index = widget.findData(value or "")
            if index < 0:
                widget.addItem(str(value), value)
                index = widget.count() - 1
            widget.setCurrentIndex(index)
        elif isinstance(widget, QLineEdit):
            widget.setText(self.text_of(value))
            widget.setCursorPosition(0)
        else:
            widget.setPlainText(self.text_of(value))
        self._setting = False

    def fit_height(self) -> None:
        """Size a multi-line field to its wrapped text (2 to 8 lines)."""
        if not isinstance(self.widget, QPlainTextEdit):
            return
        document = self.widget.document()
        metrics = self.widget.fontMetrics()
        width = max(self.widget.viewport().width() - int(2 * document.documentMargin()), 40)
        lines = 0
        for text in self.widget.toPlainText().split("\n"):
            height = metrics.boundingRect(0, 0, width, 1 << 20, Qt.TextFlag.TextWordWrap, text).height()
            lines += max(1, round(height / metrics.lineSpacing()))
            if lines >= 8:
                break
        margins = int(2 * (self.widget.frameWidth() + document.documentMargin())) + 2
        self.widget.setFixedHeight(metrics.lineSpacing() * min(max(lines, 2), 8) + margins)

    # -- marks ------------------------------------------------------------------------------

    def set_marks(self, changed: bool, uncertain: bool, parsed_value: Any) -> None:
        """Show whether the value differs from the parse (revert button) and the parser's doubt."""
        self.changed = changed
        self.parsed_value = parsed_value
        if changed and self._revert_button is None:
            button = QToolButton()
            button.setObjectName("revertButton")
            button.setIcon(self.box.style().standardIcon(QStyle.StandardPixmap.SP_BrowserReload))
            button.setAutoRaise(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(self._on_revert_clicked)
            self._layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            self._revert_button = button
        if self._revert_button is not None:
            if self._revert_button.isHidden() == changed:  # showing and hiding widgets is what costs
                self._revert_button.setVisible(changed and not self.masked)
            if changed:
                parsed = self.text_of(parsed_value) or self.tr("(empty)")
                self._revert_button.setToolTip(plain_tooltip(self.tr("Edited. Revert to the parsed value: {value}").format(value=parsed)))
        if uncertain != self._uncertain:
            self._uncertain = uncertain
            palette = self.widget.palette()
            palette.setColor(QPalette.ColorRole.Base, UNCERTAIN_COLOR if uncertain else self.box.palette().color(QPalette.ColorRole.Base))
            self.widget.setPalette(palette)
            self.widget.setToolTip(self.tr("The parser was unsure") if uncertain else "")

    def set_masked(self, shown: str | None) -> None:
        """Show *shown* instead of the value, read-only, with no marks that could tell it (None: the value again)."""
        masked = shown is not None
        if shown is not None:
            self._setting = True
            if isinstance(self.widget, QComboBox):
                self.widget.setCurrentIndex(-1)
            elif isinstance(self.widget, QLineEdit):
                self.widget.setText(shown)
            else:
                self.widget.setPlainText(shown)
            self._setting = False
        if masked == self.masked:
            return
        self.masked = masked
        if isinstance(self.widget, QComboBox):
            self.widget.setEnabled(not masked)
        else:
            self.widget.setReadOnly(masked)
        if self._revert_button is not None and masked:
            self._revert_button.hide()  # its tooltip names the parsed value
        if self.version_mark is not None and masked:
            self.version_mark.hide()

    def set_version_note(self, note: str) -> None:
        """Mark the value as differing in another version of the résumé (*note* says how; '' clears the mark)."""
        note = "" if self.masked else note
        if note and self.version_mark is None:
            self.version_mark = QLabel("≠")
            self.version_mark.setObjectName("versionMark")
            self.version_mark.setTextFormat(Qt.TextFormat.PlainText)
            self._layout.addWidget(self.version_mark, 0, Qt.AlignmentFlag.AlignTop)
        if self.version_mark is not None:
            self.version_mark.setVisible(bool(note))
            self.version_mark.setToolTip(plain_tooltip(note))

    @property
    def uncertain(self) -> bool:
        """Whether the parser marked this field as unsure (and it is still as parsed)."""
        return self._uncertain

    # -- events -----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.FocusIn:
            self.focused.emit(self)
        elif kind == QEvent.Type.FocusOut:
            self.left.emit(self)
        elif kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and isinstance(event, QKeyEvent):
            if is_undo_key(event):
                # The window's undo stack owns undo: save this field first, keep the widget's own undo out.
                self.left.emit(self)
                event.ignore()
                return True
        elif kind == QEvent.Type.Resize and isinstance(self.widget, QPlainTextEdit):
            self.fit_height()  # wrapping depends on the width
        elif kind == QEvent.Type.Wheel and isinstance(self.widget, QComboBox) and not self.widget.hasFocus():
            event.ignore()  # scrolling the pane must not change a combo it passes over
            return True
        return False

    def _on_widget_edited(self, *_args: object) -> None:
        self.edited.emit(self)

    def _on_widget_text_changed(self) -> None:
        self.fit_height()
        if not self._setting:
            self.edited.emit(self)

    def _on_widget_context_menu(self, position: QPoint) -> None:
        self.menu_requested.emit(self, self.widget.mapToGlobal(position))

    def _on_revert_clicked(self) -> None:
        self.revert_requested.emit(self)


class EntryEditor(QFrame):
    """One entry of a section: a title line with move/remove buttons, and its form.

    Signals:
        move_requested(object, int): move this entry by -1 or +1.
        remove_requested(object): remove this entry.
        clicked(object): the entry's title line was clicked.
    """

    move_requested = Signal(object, int)
    remove_requested = Signal(object)
    clicked = Signal(object)

    def __init__(self, spec: SectionSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profileEntry")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.spec = spec
        self.index = 0
        self._current = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 6)
        layout.setSpacing(2)
        title_row = QHBoxLayout()
        self.title = ElidedLabel()
        font = self.title.font()
        font.setWeight(QFont.Weight.DemiBold)
        self.title.setFont(font)
        self.title.installEventFilter(self)
        title_row.addWidget(self.title, 1)
        self.up_button = self._tool(QStyle.StandardPixmap.SP_ArrowUp, self.tr("Move up"))
        self.down_button = self._tool(QStyle.StandardPixmap.SP_ArrowDown, self.tr("Move down"))
        self.remove_button = self._tool(QStyle.StandardPixmap.SP_DialogDiscardButton, self.tr("Remove"))
        for button in (self.up_button, self.down_button, self.remove_button):
            title_row.addWidget(button)
        layout.addLayout(title_row)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setContentsMargins(0, 0, 0, 0)
        form.setVerticalSpacing(3)
        self.fields: list[Field] = []
        for label, specs in spec.rows:
            row = [Field(s, self) for s in specs]
            self.fields.extend(row)
            if len(row) == 1:
                form.addRow(translated(label), row[0].box)
            else:
                box = QWidget()
                box_layout = QHBoxLayout(box)
                box_layout.setContentsMargins(0, 0, 0, 0)
                for number, field in enumerate(row):
                    if number:
                        box_layout.addWidget(QLabel("–"))
                    box_layout.addWidget(field.box, 1)
                form.addRow(translated(label), box)
        layout.addLayout(form)
        self.up_button.clicked.connect(self._on_up_clicked)
        self.down_button.clicked.connect(self._on_down_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)

    def _tool(self, icon: QStyle.StandardPixmap, tip: str) -> QToolButton:
        button = QToolButton()
        button.setIcon(self.style().standardIcon(icon))
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setAutoRaise(True)
        return button

    def bind(self, index: int, count: int, entry: dict[str, Any]) -> None:
        """Point the editor at entry *index* of *count* (values are set by the owner)."""
        self.index = index
        for field in self.fields:
            field.item_path = self.spec.path + (index,)
        parts = [str(entry[k]) for k in self.spec.summary if not _empty(entry.get(k))]
        self.title.set_full_text(" · ".join(parts) or self.tr("New {noun}").format(noun=translated(self.spec.noun).lower()))
        self.up_button.setEnabled(index > 0)
        self.down_button.setEnabled(index < count - 1)

    def set_current(self, current: bool) -> None:
        """Mark the entry the reviewer is working on (the target of "Use as")."""
        if current != self._current:
            self._current = current
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._current:
            painter = QPainter(self)
            pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), 2)
            painter.setPen(pen)
            painter.drawRect(self.rect().adjusted(1, 1, -1, -1))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.title and event.type() == QEvent.Type.MouseButtonPress:
            self.clicked.emit(self)
        return False

    def _on_up_clicked(self) -> None:
        self.move_requested.emit(self, -1)

    def _on_down_clicked(self) -> None:
        self.move_requested.emit(self, 1)

    def _on_remove_clicked(self) -> None:
        self.remove_requested.emit(self)


class CollapsibleSection(QWidget):
    """A titled, collapsible group with an optional add button."""

    def __init__(self, title: str, addable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = title
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(3)
        header = QHBoxLayout()
        self.toggle = QToolButton()
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setAutoRaise(True)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow)
        font = self.toggle.font()
        font.setBold(True)
        self.toggle.setFont(font)
        header.addWidget(self.toggle)
        header.addStretch(1)
        self.add_button: QToolButton | None = None
        if addable:
            self.add_button = QToolButton()
            self.add_button.setText(self.tr("Add"))
            self.add_button.setAutoRaise(True)
            header.addWidget(self.add_button)
        layout.addLayout(header)
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(12, 0, 0, 0)
        self.body_layout.setSpacing(6)
        layout.addWidget(self.body)
        self.toggle.clicked.connect(self._on_toggle_clicked)
        self.set_count(None)

    def set_count(self, count: int | None) -> None:
        """Show how many entries the section has."""
        self.toggle.setText(self._title if count is None else f"{self._title} ({count})")

    def is_expanded(self) -> bool:
        """Whether the body is shown."""
        return self.toggle.arrowType() == Qt.ArrowType.DownArrow

    def _on_toggle_clicked(self) -> None:
        expanded = not self.is_expanded()
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        self.body.setVisible(expanded)


class SectionEditor(CollapsibleSection):
    """A section's entries, drawn from a pool of entry editors that is reused between candidates."""

    def __init__(self, spec: SectionSpec, parent: QWidget | None = None) -> None:
        super().__init__(translated(spec.title), True, parent)
        self.setObjectName("section_" + "_".join(spec.path))
        self.spec = spec
        self.entries: list[EntryEditor] = []
        self.shown = 0

    def ensure(self, count: int, make: Callable[[SectionSpec], EntryEditor]) -> bool:
        """Show *count* entry editors; True when new ones had to be made."""
        grew = False
        while len(self.entries) < count:
            editor = make(self.spec)
            self.body_layout.addWidget(editor)
            self.entries.append(editor)
            grew = True
        for number in range(min(count, self.shown), max(count, len(self.entries) if grew else self.shown)):
            self.entries[number].setVisible(number < count)  # only those whose state changes
        self.shown = count
        self.set_count(count)
        return grew
