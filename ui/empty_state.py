"""What the document pane shows while the library is empty: a way in, in one click.

Signals:
    import_requested(): the user wants to pick files to import.
    samples_requested(): the user wants the bundled sample résumés.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyState(QWidget):
    """A friendly first screen with the two ways to get candidates."""

    import_requested = Signal()
    samples_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        title = QLabel(self.tr("Your library is empty"))
        title.setObjectName("emptyStateTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        hint = QLabel(
            self.tr(
                "Drop résumés here (PDF, DOCX, TXT or Markdown, files or whole folders),\n"
                "or import them, or start with the bundled sample résumés."
            )
        )
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        import_button = QPushButton(self.tr("Import Résumés…"))
        import_button.setObjectName("emptyStateImport")
        samples_button = QPushButton(self.tr("Load Sample Résumés"))
        samples_button.setObjectName("emptyStateSamples")
        import_button.clicked.connect(self.import_requested)
        samples_button.clicked.connect(self.samples_requested)
        # One width for both buttons, so the two ways in read as a pair.
        width = max(import_button.sizeHint().width(), samples_button.sizeHint().width())
        for button in (import_button, samples_button):
            button.setMinimumWidth(width)
        import_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        for widget in (title, hint, import_button, samples_button):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)
