"""The editable profile beside the document: every section, undoable edits saved at once, provenance.

Widgets are pooled: switching candidates refills the same line edits (and only creates entry
editors when a profile has more entries than any shown before), which keeps a switch well inside
the 100 ms budget. Document text is only ever put in plain-text widgets.

Signals (ProfileEditor):
    sources_requested(list): provenance rectangles ([{"page", "rect"}]) to flash in the document.
    status_chosen(str): the reviewer picked a status in the header combo.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QKeySequence, QPainter, QPaintEvent, QPalette, QPen, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from storage.records import CandidateSummary
from storage.vocab import STATUSES
from ui.document_view import TextSelection
from ui.labels import status_label, translated
from ui.library_command import end_macro
from ui.library_model import LibraryModel
from ui.plain_text import plain_tooltip
from ui.profile_commands import (
    FieldEditCommand,
    InsertEntryCommand,
    MoveEntryCommand,
    Path,
    RemoveEntryCommand,
    get_path,
)

if TYPE_CHECKING:
    from ui.main_window import MainWindow

COMMIT_DELAY_MS = 500  # a pause in typing this long saves the field (focus-out saves at once)
UNCERTAIN_COLOR = QColor("#fff3cd")
_LIST_SPLIT = re.compile(r"\s*[,，;；、]\s*")
_AUTHOR_SPLIT = re.compile(r"\s*[;；]\s*")


@dataclass(frozen=True)
class FieldSpec:
    """One editable value inside a profile item."""

    key: tuple[str, ...]  # path inside the item, e.g. ("location", "city")
    label: str
    kind: str = "text"  # text | long (multi-line text) | lines (list, one per line) | list | choice
    choices: tuple[tuple[str, str], ...] = ()
    placeholder: str = ""
    split: re.Pattern[str] = _LIST_SPLIT
    joiner: str = ", "


@dataclass(frozen=True)
class SectionSpec:
    """A list of entries (education, work, …) and the rows of each entry's form."""

    path: tuple[str, ...]
    title: str
    noun: str  # names undo steps: "Add Education Entry"
    rows: tuple[tuple[str, tuple[FieldSpec, ...]], ...]
    summary: tuple[str, ...]  # keys shown in the entry's title line


def _dates(start: str = "startDate", end: str = "endDate") -> tuple[str, tuple[FieldSpec, ...]]:
    return (
        QT_TRANSLATE_NOOP("Labels", "Dates"),
        (
            FieldSpec((start,), QT_TRANSLATE_NOOP("Labels", "Start date"), placeholder="YYYY-MM"),
            FieldSpec(
                (end,),
                QT_TRANSLATE_NOOP("Labels", "End date"),
                placeholder=QT_TRANSLATE_NOOP("Labels", "YYYY-MM / present"),
            ),
        ),
    )


def _row(spec: FieldSpec) -> tuple[str, tuple[FieldSpec, ...]]:
    return spec.label, (spec,)


LEVELS = (
    ("", "—"),
    ("doctorate", QT_TRANSLATE_NOOP("Labels", "Doctorate")),
    ("master", QT_TRANSLATE_NOOP("Labels", "Master")),
    ("bachelor", QT_TRANSLATE_NOOP("Labels", "Bachelor")),
    ("other", QT_TRANSLATE_NOOP("Labels", "Other")),
)
AUTHOR_POSITIONS = (
    ("", "—"),
    ("first", QT_TRANSLATE_NOOP("Labels", "First author")),
    ("co-first", QT_TRANSLATE_NOOP("Labels", "Co-first author")),
    ("corresponding", QT_TRANSLATE_NOOP("Labels", "Corresponding author")),
    ("other", QT_TRANSLATE_NOOP("Labels", "Other")),
)

BASICS_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec(("name",), QT_TRANSLATE_NOOP("Labels", "Name")),
    FieldSpec(("label",), QT_TRANSLATE_NOOP("Labels", "Headline")),
    FieldSpec(("email",), QT_TRANSLATE_NOOP("Labels", "Email")),
    FieldSpec(("phone",), QT_TRANSLATE_NOOP("Labels", "Phone")),
    FieldSpec(("url",), QT_TRANSLATE_NOOP("Labels", "Link")),
    FieldSpec(("location", "city"), QT_TRANSLATE_NOOP("Labels", "City")),
    FieldSpec(("location", "region"), QT_TRANSLATE_NOOP("Labels", "Region")),
    FieldSpec(("location", "address"), QT_TRANSLATE_NOOP("Labels", "Address")),
)

SECTIONS: tuple[SectionSpec, ...] = (
    SectionSpec(
        ("basics", "profiles"),
        QT_TRANSLATE_NOOP("Labels", "Links and profiles"),
        QT_TRANSLATE_NOOP("Labels", "Link"),
        (
            _row(FieldSpec(("network",), QT_TRANSLATE_NOOP("Labels", "Network"))),
            _row(FieldSpec(("username",), QT_TRANSLATE_NOOP("Labels", "Username"))),
            _row(FieldSpec(("url",), QT_TRANSLATE_NOOP("Labels", "URL"))),
        ),
        ("network", "url"),
    ),
    SectionSpec(
        ("education",),
        QT_TRANSLATE_NOOP("Labels", "Education"),
        QT_TRANSLATE_NOOP("Labels", "Education Entry"),
        (
            _row(FieldSpec(("institution",), QT_TRANSLATE_NOOP("Labels", "Institution"))),
            _row(FieldSpec(("studyType",), QT_TRANSLATE_NOOP("Labels", "Degree"))),
            _row(FieldSpec(("x-level",), QT_TRANSLATE_NOOP("Labels", "Level"), "choice", LEVELS)),
            _row(FieldSpec(("area",), QT_TRANSLATE_NOOP("Labels", "Field of study"))),
            _dates(),
            _row(FieldSpec(("score",), QT_TRANSLATE_NOOP("Labels", "Score"))),
        ),
        ("institution", "studyType", "area"),
    ),
    SectionSpec(
        ("work",),
        QT_TRANSLATE_NOOP("Labels", "Work and internships"),
        QT_TRANSLATE_NOOP("Labels", "Work Entry"),
        (
            _row(FieldSpec(("name",), QT_TRANSLATE_NOOP("Labels", "Organisation"))),
            _row(FieldSpec(("position",), QT_TRANSLATE_NOOP("Labels", "Position"))),
            _row(FieldSpec(("location",), QT_TRANSLATE_NOOP("Labels", "Location"))),
            _dates(),
            _row(FieldSpec(("summary",), QT_TRANSLATE_NOOP("Labels", "Summary"), "long")),
            _row(FieldSpec(("highlights",), QT_TRANSLATE_NOOP("Labels", "Highlights"), "lines")),
        ),
        ("name", "position"),
    ),
    SectionSpec(
        ("projects",),
        QT_TRANSLATE_NOOP("Labels", "Projects"),
        QT_TRANSLATE_NOOP("Labels", "Project"),
        (
            _row(FieldSpec(("name",), QT_TRANSLATE_NOOP("Labels", "Project name"))),
            _row(FieldSpec(("roles",), QT_TRANSLATE_NOOP("Labels", "Roles"), "list")),
            _row(FieldSpec(("entity",), QT_TRANSLATE_NOOP("Labels", "Organisation"))),
            _dates(),
            _row(FieldSpec(("description",), QT_TRANSLATE_NOOP("Labels", "Description"), "long")),
            _row(FieldSpec(("highlights",), QT_TRANSLATE_NOOP("Labels", "Highlights"), "lines")),
        ),
        ("name",),
    ),
    SectionSpec(
        ("publications",),
        QT_TRANSLATE_NOOP("Labels", "Publications"),
        QT_TRANSLATE_NOOP("Labels", "Publication"),
        (
            _row(FieldSpec(("name",), QT_TRANSLATE_NOOP("Labels", "Title"), "long")),
            _row(
                FieldSpec(
                    ("x-authors",),
                    QT_TRANSLATE_NOOP("Labels", "Authors"),
                    "list",
                    split=_AUTHOR_SPLIT,
                    joiner="; ",
                )
            ),
            _row(
                FieldSpec(
                    ("x-authorPosition",),
                    QT_TRANSLATE_NOOP("Labels", "Author position"),
                    "choice",
                    AUTHOR_POSITIONS,
                )
            ),
            _row(
                FieldSpec(
                    ("publisher",),
                    QT_TRANSLATE_NOOP("Labels", "Published in"),
                    placeholder=QT_TRANSLATE_NOOP("Labels", "as written, e.g. NeurIPS 2025 (CCF-A)"),
                )
            ),
            _row(
                FieldSpec(
                    ("x-venue",),
                    QT_TRANSLATE_NOOP("Labels", "Venue"),
                    placeholder=QT_TRANSLATE_NOOP("Labels", "short name, e.g. NeurIPS"),
                )
            ),
            _row(
                FieldSpec(
                    ("x-rank",),
                    QT_TRANSLATE_NOOP("Labels", "Rank"),
                    placeholder=QT_TRANSLATE_NOOP("Labels", "e.g. CCF-A"),
                )
            ),
            _row(FieldSpec(("releaseDate",), QT_TRANSLATE_NOOP("Labels", "Date"), placeholder="YYYY-MM")),
            _row(FieldSpec(("url",), QT_TRANSLATE_NOOP("Labels", "Link"))),
        ),
        ("name", "x-venue", "releaseDate"),
    ),
    SectionSpec(
        ("awards",),
        QT_TRANSLATE_NOOP("Labels", "Awards"),
        QT_TRANSLATE_NOOP("Labels", "Award"),
        (
            _row(FieldSpec(("title",), QT_TRANSLATE_NOOP("Labels", "Award"))),
            _row(FieldSpec(("date",), QT_TRANSLATE_NOOP("Labels", "Date"), placeholder="YYYY-MM")),
            _row(FieldSpec(("awarder",), QT_TRANSLATE_NOOP("Labels", "Awarded by"))),
        ),
        ("title", "date"),
    ),
    SectionSpec(
        ("skills",),
        QT_TRANSLATE_NOOP("Labels", "Skills"),
        QT_TRANSLATE_NOOP("Labels", "Skill Group"),
        (
            _row(FieldSpec(("name",), QT_TRANSLATE_NOOP("Labels", "Group"))),
            _row(FieldSpec(("keywords",), QT_TRANSLATE_NOOP("Labels", "Skills"), "list")),
        ),
        ("name",),
    ),
    SectionSpec(
        ("languages",),
        QT_TRANSLATE_NOOP("Labels", "Languages"),
        QT_TRANSLATE_NOOP("Labels", "Language"),
        (
            _row(FieldSpec(("language",), QT_TRANSLATE_NOOP("Labels", "Language"))),
            _row(FieldSpec(("fluency",), QT_TRANSLATE_NOOP("Labels", "Fluency"))),
        ),
        ("language", "fluency"),
    ),
)

# "Use as" targets for a document selection: (label, section path or None for basics, field key).
USE_AS_TARGETS: tuple[tuple[str, tuple[str, ...] | None, str], ...] = (
    (QT_TRANSLATE_NOOP("Labels", "Name"), None, "name"),
    (QT_TRANSLATE_NOOP("Labels", "Email"), None, "email"),
    (QT_TRANSLATE_NOOP("Labels", "Phone"), None, "phone"),
    (QT_TRANSLATE_NOOP("Labels", "Link"), None, "url"),
    (QT_TRANSLATE_NOOP("Labels", "Institution"), ("education",), "institution"),
    (QT_TRANSLATE_NOOP("Labels", "Degree"), ("education",), "studyType"),
    (QT_TRANSLATE_NOOP("Labels", "Field of study"), ("education",), "area"),
    (QT_TRANSLATE_NOOP("Labels", "Organisation"), ("work",), "name"),
    (QT_TRANSLATE_NOOP("Labels", "Position"), ("work",), "position"),
    (QT_TRANSLATE_NOOP("Labels", "Project name"), ("projects",), "name"),
    (QT_TRANSLATE_NOOP("Labels", "Publication title"), ("publications",), "name"),
    (QT_TRANSLATE_NOOP("Labels", "Published in"), ("publications",), "publisher"),
    (QT_TRANSLATE_NOOP("Labels", "Award"), ("awards",), "title"),
)


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


def selection_sources(selection: TextSelection) -> list[dict[str, Any]]:
    """A document selection as provenance rectangles."""
    return [{"page": int(selection.page), "rect": [float(v) for v in rect]} for rect in selection.rects]


def selection_text(selection: TextSelection) -> str:
    """The selected text on one line, whitespace collapsed."""
    return " ".join(str(selection.text).split())


def parsed_counterpart(parsed: list[Any], entries: list[Any], index: int) -> dict[str, Any] | None:
    """The parsed entry an edited entry came from: same provenance, else same place when neither has any."""
    entry = entries[index]
    source = entry.get("x-source") if isinstance(entry, dict) else None
    if source:
        return next((p for p in parsed if isinstance(p, dict) and p.get("x-source") == source), None)
    if index < len(parsed) and isinstance(parsed[index], dict) and not parsed[index].get("x-source"):
        return parsed[index]  # type: ignore[no-any-return]
    return None


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

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt API
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
                self._revert_button.setVisible(changed)
            if changed:
                parsed = self.text_of(parsed_value) or self.tr("(empty)")
                self._revert_button.setToolTip(self.tr("Edited. Revert to the parsed value: {value}").format(value=parsed))
        if uncertain != self._uncertain:
            self._uncertain = uncertain
            palette = self.widget.palette()
            palette.setColor(QPalette.ColorRole.Base, UNCERTAIN_COLOR if uncertain else self.box.palette().color(QPalette.ColorRole.Base))
            self.widget.setPalette(palette)
            self.widget.setToolTip(self.tr("The parser was unsure") if uncertain else "")

    @property
    def uncertain(self) -> bool:
        """Whether the parser marked this field as unsure (and it is still as parsed)."""
        return self._uncertain

    # -- events -----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        kind = event.type()
        if kind == QEvent.Type.FocusIn:
            self.focused.emit(self)
        elif kind == QEvent.Type.FocusOut:
            self.left.emit(self)
        elif kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and isinstance(event, QKeyEvent):
            if event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo) or (
                event.keyCombination().toCombined() == QKeySequence("Ctrl+Shift+Z")[0].toCombined()
            ):
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

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        super().paintEvent(event)
        if self._current:
            painter = QPainter(self)
            pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), 2)
            painter.setPen(pen)
            painter.drawRect(self.rect().adjusted(1, 1, -1, -1))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
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


class ProfileEditor(QWidget):
    """Edits a candidate's profile; every change is an undo command saved through the library."""

    sources_requested = Signal(list)
    status_chosen = Signal(str)

    def __init__(self, library_model: LibraryModel, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profileEditor")
        self.library_model = library_model
        self.undo_stack = undo_stack
        self.selection_provider: Callable[[], TextSelection | None] = lambda: None
        self._candidate_id = 0
        self._profile: dict[str, Any] = {}
        self._parsed: dict[str, Any] = {}
        self._dirty: set[Field] = set()
        self._burst = 0
        self._current_entry: tuple[tuple[str, ...], int] | None = None
        self._content_shown: bool | None = None
        self._commit_timer = QTimer(self)
        self._commit_timer.setSingleShot(True)
        self._commit_timer.setInterval(COMMIT_DELAY_MS)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        header = QWidget()
        header.setObjectName("profileHeader")
        header_layout = QHBoxLayout(header)
        header_layout.setContentsMargins(8, 6, 8, 6)
        self.name_label = ElidedLabel()
        self.name_label.setObjectName("profileName")
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.name_label.setFont(font)
        header_layout.addWidget(self.name_label, 1)
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("statusCombo")
        self.status_combo.setToolTip(self.tr("Status (Alt+1 … Alt+7)"))
        for key in STATUSES:
            self.status_combo.addItem(status_label(key), key)
        policy = self.status_combo.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # the header keeps its height while no one is shown
        self.status_combo.setSizePolicy(policy)
        header_layout.addWidget(self.status_combo)
        outer.addWidget(header)

        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(8, 4, 8, 8)
        self.placeholder = QLabel(self.tr("Select a candidate to see the profile."))
        self.placeholder.setTextFormat(Qt.TextFormat.PlainText)
        body_layout.addWidget(self.placeholder)
        self.basics = CollapsibleSection(self.tr("Contact"), False)
        self.basics.setObjectName("section_basics")
        basics_form = QFormLayout()
        basics_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        basics_form.setVerticalSpacing(3)
        self.basic_fields: list[Field] = []
        for spec in BASICS_FIELDS:
            field = Field(spec, self.basics.body)
            field.item_path = ("basics",)
            self._wire_field(field)
            self.basic_fields.append(field)
            basics_form.addRow(translated(spec.label), field.box)
        self.basics.body_layout.addLayout(basics_form)
        body_layout.addWidget(self.basics)
        self.sections: dict[tuple[str, ...], SectionEditor] = {}
        for section_spec in SECTIONS:
            section = SectionEditor(section_spec, self)
            assert section.add_button is not None
            section.add_button.setToolTip(self.tr("Add {noun}").format(noun=translated(section_spec.noun).lower()))
            section.add_button.clicked.connect(self._on_add_clicked)
            self.sections[section_spec.path] = section
            # Links live in the contact group; the other sections stand on their own.
            (self.basics.body_layout if section_spec.path[0] == "basics" else body_layout).addWidget(section)
        body_layout.addStretch(1)
        self.scroll.setWidget(body)
        outer.addWidget(self.scroll, 1)

        library_model.profile_changed.connect(self._on_library_profile_changed)
        self._commit_timer.timeout.connect(self._on_commit_timer_timeout)
        self.status_combo.activated.connect(self._on_status_combo_activated)
        self._show_content(False)

    # -- public -----------------------------------------------------------------------------

    @property
    def candidate_id(self) -> int:
        """The candidate whose profile is shown (0 when none)."""
        return self._candidate_id

    def show_candidate(self, candidate_id: int) -> None:
        """Show a candidate's profile (0: none); an edit still being typed is saved first."""
        self.commit_pending()
        self._burst += 1
        self._current_entry = None
        self._candidate_id = candidate_id
        if not candidate_id:
            self._profile, self._parsed = {}, {}
            self._show_content(False)
            return
        focused = QApplication.focusWidget()
        profile, self._parsed = self.library_model.library.profiles(candidate_id)
        self._populate(profile)
        self._show_content(True)
        self.scroll.verticalScrollBar().setValue(0)
        if focused is not None and self.isAncestorOf(focused) and not focused.isVisibleTo(self):
            self.scroll.setFocus()  # the field typed in is gone (fewer entries): keep the keys in this pane

    def show_summary(self, summary: CandidateSummary) -> None:
        """Show the list's facts about the candidate shown: display name and status."""
        if summary.id != self._candidate_id:
            return
        self.name_label.set_full_text(summary.display_name)
        self.name_label.setToolTip(plain_tooltip(summary.file_name))
        index = self.status_combo.findData(summary.status)
        if index >= 0:
            self.status_combo.setCurrentIndex(index)

    def commit_pending(self) -> None:
        """Save every field edited since its last save (one undo step per field)."""
        self._commit_timer.stop()
        for field in list(self._dirty):
            self._commit(field)

    def field(self, path: Path) -> Field | None:
        """The field editing *path* in the profile shown."""
        return next((f for f in self._all_fields() if f.path == path), None)

    def current_entry(self) -> tuple[tuple[str, ...], int] | None:
        """The entry last focused (section path, index): where "Use as" puts entry fields."""
        return self._current_entry

    def revert_field(self, field: Field) -> None:
        """Set a field back to its parsed value (undoable)."""
        self.commit_pending()
        if not field.changed or not self._candidate_id:
            return
        self._push_field(field.path, field.parsed_value, self.tr("Revert {field}").format(field=translated(field.spec.label)))

    def add_entry(self, section: tuple[str, ...], entry: dict[str, Any] | None = None, text: str = "") -> int | None:
        """Append an entry to a section (undoable); returns its index (None when it could not be saved)."""
        self.commit_pending()
        spec = self.sections[section].spec
        index = len(get_path(self._profile, section) or [])
        self.undo_stack.push(
            InsertEntryCommand(
                self.library_model,
                self._candidate_id,
                section,
                index,
                entry or {},
                text or self.tr("Add {noun}").format(noun=translated(spec.noun)),
            )
        )
        if index >= len(get_path(self._profile, section) or []):
            return None
        self._set_current_entry((section, index))
        return index

    def remove_entry(self, section: tuple[str, ...], index: int) -> None:
        """Remove an entry (undoable)."""
        self.commit_pending()
        spec = self.sections[section].spec
        self._current_entry = None
        self.undo_stack.push(
            RemoveEntryCommand(
                self.library_model, self._candidate_id, section, index, self.tr("Remove {noun}").format(noun=translated(spec.noun))
            )
        )

    def move_entry(self, section: tuple[str, ...], index: int, step: int) -> None:
        """Move an entry up (-1) or down (+1) (undoable)."""
        self.commit_pending()
        count = len(get_path(self._profile, section) or [])
        target = index + step
        if not (0 <= index < count and 0 <= target < count):
            return
        spec = self.sections[section].spec
        text = self.tr("Move {noun} Up") if step < 0 else self.tr("Move {noun} Down")
        self.undo_stack.push(
            MoveEntryCommand(self.library_model, self._candidate_id, section, index, target, text.format(noun=translated(spec.noun)))
        )
        self._set_current_entry((section, target))

    def use_selection_as(self, target: str, selection: TextSelection) -> None:
        """Put a document selection into a "Use as" target (by its label, e.g. "Institution"), undoably.

        Entry fields go into the current entry of that section, or a new entry when there is none.
        """
        self.commit_pending()
        label, section, key = next(t for t in USE_AS_TARGETS if t[0] == target)
        text, sources = selection_text(selection), selection_sources(selection)
        if not self._candidate_id or not text:
            return
        step = self.tr("Use as {field}").format(field=translated(label))
        if section is None:
            self._put_value(("basics",), (key,), text, sources, step)
        elif self._current_entry is not None and self._current_entry[0] == section:
            self._put_value(section + (self._current_entry[1],), (key,), text, sources, step)
        else:
            self.add_entry(section, {key: text, "x-source": sources, "x-fieldSources": {key: sources}}, step)

    def use_selection_in_field(self, field: Field, selection: TextSelection) -> None:
        """Put a document selection into one field (undoable)."""
        self.commit_pending()
        text = selection_text(selection)
        if not self._candidate_id or not text:
            return
        step = self.tr("Use as {field}").format(field=translated(field.spec.label))
        self._put_value(field.item_path, field.spec.key, field.value_from_text(text), selection_sources(selection), step)

    def field_menu(self, field: Field) -> QMenu:
        """A field's context menu: the editing actions, revert, and use the document selection."""
        widget = field.widget
        menu = widget.createStandardContextMenu() if isinstance(widget, (QLineEdit, QPlainTextEdit)) else QMenu(widget)
        for action in menu.actions():
            if action.objectName() in ("edit-undo", "edit-redo"):
                menu.removeAction(action)  # the window's undo stack owns undo
        menu.addSeparator()
        revert = menu.addAction(self.tr("Revert to Parsed Value"))
        revert.setObjectName("actionRevertField")
        revert.setEnabled(field.changed)
        revert.triggered.connect(lambda: self.revert_field(field))
        selection = self.selection_provider()
        use = menu.addAction(self.tr("Use Document Selection"))
        use.setObjectName("actionUseSelectionInField")
        use.setEnabled(field.spec.kind != "choice" and selection is not None and bool(selection_text(selection)))
        if selection is not None:
            use.triggered.connect(lambda: self.use_selection_in_field(field, selection))
        return menu

    def fill_use_as_menu(self, menu: QMenu, selection: TextSelection | None) -> None:
        """Add the "Use as" submenu for a document selection to the document's context menu."""
        submenu = menu.addMenu(self.tr("Use as"))
        submenu.setObjectName("useAsMenu")
        usable = bool(self._candidate_id and selection is not None and selection_text(selection))
        submenu.setEnabled(usable)
        for label, _section, _key in USE_AS_TARGETS:
            action = submenu.addAction(translated(label))
            action.setData(label)
            action.setEnabled(usable)
        if usable:
            assert selection is not None
            submenu.triggered.connect(lambda action: self.use_selection_as(str(action.data()), selection))

    # -- building and filling ---------------------------------------------------------------

    def _show_content(self, shown: bool) -> None:
        if self._content_shown is shown:
            return
        self._content_shown = shown
        self.placeholder.setVisible(not shown)
        self.basics.setVisible(shown)
        for path, section in self.sections.items():
            if path[0] != "basics":
                section.setVisible(shown)
        self.status_combo.setEnabled(shown)
        self.status_combo.setVisible(shown)  # a status for nobody would read as "New"
        if not shown:
            self.name_label.clear()

    def _wire_field(self, field: Field) -> None:
        field.edited.connect(self._on_field_edited)
        field.focused.connect(self._on_field_focused)
        field.left.connect(self._on_field_left)
        field.menu_requested.connect(self._on_field_menu_requested)
        field.revert_requested.connect(self._on_field_revert_requested)

    def _make_entry(self, spec: SectionSpec) -> EntryEditor:
        editor = EntryEditor(spec)
        for field in editor.fields:
            self._wire_field(field)
        editor.move_requested.connect(self._on_entry_move_requested)
        editor.remove_requested.connect(self._on_entry_remove_requested)
        editor.clicked.connect(self._on_entry_clicked)
        return editor

    def _all_fields(self) -> list[Field]:
        fields = list(self.basic_fields)
        for section in self.sections.values():
            for editor in section.entries[: section.shown]:
                fields.extend(editor.fields)
        return fields

    def _populate(self, profile: dict[str, Any]) -> None:
        self._profile = profile
        if self._current_entry is not None and get_path(profile, self._current_entry[0] + (self._current_entry[1],)) is None:
            self._current_entry = None  # undone or removed
        basics = profile.get("basics") if isinstance(profile.get("basics"), dict) else {}
        parsed_basics = self._parsed.get("basics") if isinstance(self._parsed.get("basics"), dict) else {}
        for field in self.basic_fields:
            self._fill(field, basics, parsed_basics)
        grew = False
        for path, section in self.sections.items():
            entries = [e if isinstance(e, dict) else {} for e in get_path(profile, path) or []]
            parsed = get_path(self._parsed, path) or []
            grew = section.ensure(len(entries), self._make_entry) or grew
            for index, entry in enumerate(entries):
                editor = section.entries[index]
                editor.bind(index, len(entries), entry)
                editor.set_current(self._current_entry == (path, index))
                counterpart = parsed_counterpart(parsed, entries, index)
                for field in editor.fields:
                    self._fill(field, entry, counterpart)
        if grew:
            self._order_tabs()

    def _fill(self, field: Field, item: dict[str, Any], parsed_item: dict[str, Any] | None) -> None:
        if field not in self._dirty:
            field.set_value(get_path(item, field.spec.key))
        value = get_path(item, field.spec.key)
        parsed_value = get_path(parsed_item, field.spec.key) if parsed_item is not None else None
        changed = parsed_item is not None and not field.same(value, parsed_value)
        doubts = item.get("x-uncertain") if isinstance(item.get("x-uncertain"), list) else ()
        field.set_marks(changed, not changed and field.spec.key[0] in doubts, parsed_value)

    def _order_tabs(self) -> None:
        widgets: list[QWidget] = [self.status_combo]
        widgets += [f.widget for f in self.basic_fields]
        for section in self.sections.values():
            for editor in section.entries:
                widgets += [f.widget for f in editor.fields]
        for first, second in zip(widgets, widgets[1:]):
            QWidget.setTabOrder(first, second)

    def _set_current_entry(self, entry: tuple[tuple[str, ...], int] | None) -> None:
        if entry == self._current_entry:
            return
        for key in (self._current_entry, entry):
            if key is not None and key[0] in self.sections:
                editors = self.sections[key[0]].entries
                if key[1] < len(editors):
                    editors[key[1]].set_current(key == entry)
        self._current_entry = entry

    # -- edits ------------------------------------------------------------------------------

    def _commit(self, field: Field) -> None:
        self._dirty.discard(field)
        if not self._candidate_id:
            return
        old, new = get_path(self._profile, field.path), field.value()
        if field.same(old, new):
            return
        self._push_field(field.path, new, self.tr("Edit {field}").format(field=translated(field.spec.label)), self._burst)

    def _push_field(self, path: Path, value: Any, text: str, burst: int = 0) -> None:
        old = get_path(self._profile, path)
        self.undo_stack.push(FieldEditCommand(self.library_model, self._candidate_id, path, old, value, text, burst))

    def _put_value(self, item_path: Path, key: tuple[str, ...], value: Any, sources: list[dict[str, Any]], text: str) -> None:
        """Set a field and its provenance as one undo step."""
        self.undo_stack.beginMacro(text)
        self._push_field(item_path + key, value, text)
        self._push_field(item_path + ("x-fieldSources", key[0]), sources, text)
        end_macro(self.undo_stack)

    def _on_library_profile_changed(self, candidate_id: int) -> None:
        if candidate_id == self._candidate_id:
            self._populate(self.library_model.library.profile(candidate_id))

    # -- slots ------------------------------------------------------------------------------

    def _on_field_edited(self, field: Field) -> None:
        self._dirty.add(field)
        if isinstance(field.widget, QComboBox):
            self._commit(field)
        else:
            self._commit_timer.start()

    def _on_commit_timer_timeout(self) -> None:
        self.commit_pending()

    def _on_field_left(self, field: Field) -> None:
        if field in self._dirty:
            self._commit(field)

    def _on_field_focused(self, field: Field) -> None:
        self._burst += 1
        item = get_path(self._profile, field.item_path)
        if len(field.item_path) > 1 and isinstance(field.item_path[-1], int):
            self._set_current_entry((tuple(str(p) for p in field.item_path[:-1]), field.item_path[-1]))
        if isinstance(item, dict):
            field_sources = item.get("x-fieldSources") if isinstance(item.get("x-fieldSources"), dict) else {}
            sources = field_sources.get(field.spec.key[0]) or item.get("x-source")
            if sources:
                self.sources_requested.emit(list(sources))

    def _on_field_menu_requested(self, field: Field, position: QPoint) -> None:
        menu = self.field_menu(field)
        menu.exec(position)
        menu.deleteLater()

    def _on_field_revert_requested(self, field: Field) -> None:
        self.revert_field(field)

    def _on_add_clicked(self) -> None:
        section = next(s for s in self.sections.values() if s.add_button is self.sender())
        index = self.add_entry(section.spec.path)
        if index is None:
            return
        editor = section.entries[index]
        self.scroll.ensureWidgetVisible(editor)
        editor.fields[0].widget.setFocus()

    def _on_entry_move_requested(self, editor: EntryEditor, step: int) -> None:
        self.move_entry(editor.spec.path, editor.index, step)

    def _on_entry_remove_requested(self, editor: EntryEditor) -> None:
        self.remove_entry(editor.spec.path, editor.index)

    def _on_entry_clicked(self, editor: EntryEditor) -> None:
        self._set_current_entry((editor.spec.path, editor.index))
        entry = get_path(self._profile, editor.spec.path + (editor.index,))
        if isinstance(entry, dict) and entry.get("x-source"):
            self.sources_requested.emit(list(entry["x-source"]))

    def _on_status_combo_activated(self, index: int) -> None:
        self.status_chosen.emit(str(self.status_combo.itemData(index)))


class ProfileLink(QObject):
    """Connects the profile editor to the window: list rows, status, provenance and "Use as"."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._editor = window.profile_editor
        view = window.document_view
        self._editor.selection_provider = view.selection
        self._editor.status_chosen.connect(self._on_editor_status_chosen)
        self._editor.sources_requested.connect(self._on_editor_sources_requested)
        window.candidate_changed.connect(self._on_window_candidate_changed)
        window.model.dataChanged.connect(self._on_model_data_changed)
        window.model.modelReset.connect(self._on_model_reset)
        window.library_model.candidates_changed.connect(self._on_library_candidates_changed)
        view.context_menu_about_to_show.connect(self._on_document_context_menu_about_to_show)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self._window and event.type() == QEvent.Type.Close:
            self._editor.commit_pending()  # before the window saves its state and closes the library
        return False

    def _show_summary(self) -> None:
        row = self._window.model.row_of(self._editor.candidate_id)
        if row is not None:
            self._editor.show_summary(self._window.model.summary_at(row))

    def _on_editor_status_chosen(self, status: str) -> None:
        if self._editor.candidate_id:
            self._window.set_status([self._editor.candidate_id], status)

    def _on_editor_sources_requested(self, sources: list[dict[str, Any]]) -> None:
        self._window.document_view.flash_sources(sources)

    def _on_window_candidate_changed(self, _candidate_id: int) -> None:
        self._show_summary()

    def _on_model_reset(self) -> None:
        self._show_summary()

    def _on_library_candidates_changed(self, ids: list[int]) -> None:
        # Also announced after a refused write: the status combo goes back to the stored status.
        if self._editor.candidate_id in ids:
            self._show_summary()

    def _on_model_data_changed(self, top_left: Any, bottom_right: Any, _roles: object = None) -> None:
        row = self._window.model.row_of(self._editor.candidate_id)
        if row is not None and top_left.row() <= row <= bottom_right.row():
            self._editor.show_summary(self._window.model.summary_at(row))

    def _on_document_context_menu_about_to_show(self, menu: QMenu) -> None:
        self._editor.fill_use_as_menu(menu, self._window.document_view.selection())


def install(window: MainWindow) -> ProfileLink:
    """Connect the window's profile editor to the list, the document and the status actions."""
    return ProfileLink(window)
