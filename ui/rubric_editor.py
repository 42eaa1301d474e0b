"""The rubric editor: add, rename, reorder, weight, describe and remove (archive) rating areas.

Signals of RubricEditor (the review feature turns them into undo commands):
    area_added(str): the label of a new area.
    area_edited(int, object): area id and {"label"|"weight"|"description"|"levels": value}.
    area_moved(int, int): area id and its new index.
    area_archived(int, bool): area id; True removes it from rating, False restores it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from storage.records import RubricAreaRecord, RubricRecord
from storage.vocab import RATING_LABELS
from ui.labels import rating_label, shipped

MAX_WEIGHT = 10.0
TEXT_LINES = 3  # visible lines of a description field


class TextField(QPlainTextEdit):
    """A short multi-line plain-text field that reports when the reviewer leaves it.

    Signals:
        editing_finished(): focus left the field (as QLineEdit.editingFinished).
    """

    editing_finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        line = self.fontMetrics().lineSpacing()
        self.setFixedHeight(line * TEXT_LINES + 2 * int(self.document().documentMargin()) + 2 * self.frameWidth() + 2)

    def text(self) -> str:
        """The text (as QLineEdit.text)."""
        return self.toPlainText()

    def setText(self, text: str) -> None:  # noqa: N802 - mirrors QLineEdit
        """Replace the text (as QLineEdit.setText)."""
        self.setPlainText(text)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.editing_finished.emit()


class RubricEditor(QDialog):
    """Edits one rubric; every change is applied at once (and is undoable from the main window)."""

    area_added = Signal(str)
    area_edited = Signal(int, object)
    area_moved = Signal(int, int)
    area_archived = Signal(int, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rubricEditor")
        self.setModal(False)
        self.resize(860, 640)
        self.rubric: RubricRecord | None = None
        self._loading = False

        self.areas = QListWidget()
        self.areas.setObjectName("rubricAreas")
        self.add_button = QPushButton(self.tr("Add Area…"))
        self.add_button.setObjectName("addAreaButton")
        self.archive_button = QPushButton(self.tr("Remove"))
        self.archive_button.setObjectName("archiveAreaButton")
        self.archive_button.setToolTip(self.tr("Removed areas keep their past ratings, shown as removed and left out of the score"))
        self.up_button = QPushButton(self.tr("Move Up"))
        self.up_button.setObjectName("moveUpButton")
        self.down_button = QPushButton(self.tr("Move Down"))
        self.down_button.setObjectName("moveDownButton")
        self.label = QLineEdit()
        self.label.setObjectName("areaLabel")
        self.weight = QDoubleSpinBox()
        self.weight.setObjectName("areaWeight")
        self.weight.setRange(0.0, MAX_WEIGHT)
        self.weight.setSingleStep(0.5)
        self.weight.setDecimals(1)
        self.description = TextField()
        self.description.setObjectName("areaDescription")
        self.levels: list[TextField] = []
        form = QFormLayout()
        form.addRow(self.tr("Label"), self.label)
        form.addRow(self.tr("Weight"), self.weight)
        form.addRow(self.tr("What it covers"), self.description)
        for value in RATING_LABELS:
            edit = TextField()
            edit.setObjectName(f"areaLevel:{value}")
            edit.setPlaceholderText(self.tr("What a {value} ({label}) means").format(value=value, label=rating_label(value)))
            self.levels.append(edit)
            form.addRow(f"{value} · {rating_label(value)}", edit)
            edit.editing_finished.connect(self._on_levels_editing_finished)
        self.form = QWidget()
        self.form.setLayout(form)
        note = QLabel(self.tr("Changes apply at once; Edit ▸ Undo reverts them."))
        note.setTextFormat(Qt.TextFormat.PlainText)
        note.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # muted, yet readable (disabled text is not)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)

        list_buttons = QHBoxLayout()
        for button in (self.add_button, self.archive_button, self.up_button, self.down_button):
            list_buttons.addWidget(button)
        left = QVBoxLayout()
        left.addWidget(self.areas, 1)
        left.addLayout(list_buttons)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addWidget(self.form, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)

        self.areas.currentRowChanged.connect(self._on_areas_current_row_changed)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.archive_button.clicked.connect(self._on_archive_clicked)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.label.editingFinished.connect(self._on_label_editing_finished)
        self.description.editing_finished.connect(self._on_description_editing_finished)
        self.weight.valueChanged.connect(self._on_weight_value_changed)
        buttons.rejected.connect(self.close)

    @property
    def rubric_id(self) -> int:
        """The rubric being edited."""
        assert self.rubric is not None
        return self.rubric.id

    def set_rubric(self, rubric: RubricRecord) -> None:
        """Show a rubric, keeping the selected area."""
        selected = self.area()
        self.rubric = rubric
        self.setWindowTitle(self.tr("Rubric: {name}").format(name=shipped(rubric.name)))
        self._loading = True
        try:
            self.areas.clear()
            for area in rubric.areas:
                text = f"{shipped(area.label)}  ×{area.weight:g}"
                item = QListWidgetItem(self.tr("{text} (removed)").format(text=text) if area.archived else text)
                item.setData(Qt.ItemDataRole.UserRole, area.id)
                if area.archived:
                    item.setForeground(self.palette().placeholderText())
                self.areas.addItem(item)
            ids = [a.id for a in rubric.areas]
            row = ids.index(selected.id) if selected is not None and selected.id in ids else 0
            self.areas.setCurrentRow(row if ids else -1)
        finally:
            self._loading = False
        self._show_area()

    def area(self) -> RubricAreaRecord | None:
        """The area selected in the list."""
        row = self.areas.currentRow()
        if self.rubric is None or not (0 <= row < len(self.rubric.areas)):
            return None
        return self.rubric.areas[row]

    def select_area(self, key: str) -> None:
        """Select an area by key."""
        assert self.rubric is not None
        self.areas.setCurrentRow(next(i for i, a in enumerate(self.rubric.areas) if a.key == key))

    def _show_area(self) -> None:
        area = self.area()
        self.form.setEnabled(area is not None and not area.archived)
        for button in (self.archive_button, self.up_button, self.down_button):
            button.setEnabled(area is not None)
        self.archive_button.setText(self.tr("Restore") if area is not None and area.archived else self.tr("Remove"))
        self._loading = True
        try:
            self._set_text(self.label, shipped(area.label) if area else "")
            self._set_text(self.description, shipped(area.description) if area else "")
            for index, edit in enumerate(self.levels):
                self._set_text(edit, shipped(area.levels[index]) if area and index < len(area.levels) else "")
            if area is not None and self.weight.value() != area.weight:
                self.weight.setValue(area.weight)
        finally:
            self._loading = False

    @staticmethod
    def _set_text(edit: QLineEdit | TextField, text: str) -> None:
        if edit.text() != text:
            edit.setText(text)

    # -- reacting ---------------------------------------------------------------------------

    def _on_areas_current_row_changed(self, _row: int) -> None:
        if not self._loading:
            self._show_area()

    def _edit(self, **changes: object) -> None:
        area = self.area()
        if area is not None and not self._loading:
            self.area_edited.emit(area.id, changes)

    def _on_label_editing_finished(self) -> None:
        area = self.area()
        label = self.label.text().strip()
        if area is not None and label and label != shipped(area.label):  # the text shown, maybe the Chinese one
            self._edit(label=label)

    def _on_description_editing_finished(self) -> None:
        area = self.area()
        if area is not None and self.description.text() != shipped(area.description):
            self._edit(description=self.description.text())

    def _on_levels_editing_finished(self) -> None:
        area = self.area()
        levels = tuple(edit.text() for edit in self.levels)
        if area is not None and levels != tuple(shipped(level) for level in area.levels):
            self._edit(levels=levels)

    def _on_weight_value_changed(self, value: float) -> None:
        area = self.area()
        if area is not None and value != area.weight:
            self._edit(weight=value)

    def _on_add_clicked(self) -> None:
        label, ok = QInputDialog.getText(self, self.tr("Add area"), self.tr("Name of the new area:"))
        if ok and label.strip():
            self.area_added.emit(label.strip())

    def _on_archive_clicked(self) -> None:
        area = self.area()
        if area is not None:
            self.area_archived.emit(area.id, not area.archived)

    def _move(self, step: int) -> None:
        area = self.area()
        if area is None or self.rubric is None:
            return
        index = self.areas.currentRow() + step
        if 0 <= index < len(self.rubric.areas):
            self.area_moved.emit(area.id, index)
