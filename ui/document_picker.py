"""The picker above the document: which of the shown person's documents is shown (hidden for a single one)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from ui.shell import Shell


class DocumentPicker(QObject):
    """A combo box of the person's documents, newest first, that shows the chosen one."""

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self._shell = shell
        self.widget = QWidget()
        self.widget.setObjectName("documentPicker")
        layout = QHBoxLayout(self.widget)
        layout.setContentsMargins(6, 3, 6, 3)
        self.label = QLabel(self.tr("&Version:"))
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.combo = QComboBox()
        self.combo.setObjectName("documentCombo")
        self.label.setBuddy(self.combo)
        layout.addWidget(self.label)
        layout.addWidget(self.combo, 1)
        self.widget.hide()
        self.combo.activated.connect(self._on_combo_activated)
        shell.candidate_changed.connect(self.reload)
        shell.blind.changed.connect(self.reload)
        shell.library_model.candidates_changed.connect(self._on_candidates_changed)

    def reload(self) -> None:
        """List the shown person's documents; the picker shows only when there are several."""
        candidate_id = self._shell.candidate_id
        documents = self._shell.library.documents(candidate_id) if candidate_id else []
        self.combo.clear()
        blind = self._shell.blind
        for number, document in enumerate(documents, start=1):
            name = blind.file_label(number, document.file_name) if blind.active else document.file_name
            self.combo.addItem(f"{name}  ·  {document.imported_at:%Y-%m-%d}", document.id)
        index = self.combo.findData(self._shell.document_id)
        self.combo.setCurrentIndex(max(index, 0))
        self.widget.setVisible(len(documents) > 1)

    def _on_combo_activated(self, index: int) -> None:
        self._shell.show_document(int(self.combo.itemData(index)))

    def _on_candidates_changed(self, ids: list[int]) -> None:
        if self._shell.candidate_id in ids:
            self.reload()


def install(shell: Shell) -> DocumentPicker:
    """The picker; the window places its widget above the document."""
    return DocumentPicker(shell)
