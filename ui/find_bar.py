"""Find in document: a bar above the pages that marks every hit and steps through them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from ui.document_view import DocumentView
from ui.page_text import PageRect

if TYPE_CHECKING:
    from ui.shell import Shell


class FindBar(QWidget):
    """Search the shown document as the reviewer types (Chinese included) and step through the hits."""

    def __init__(self, view: DocumentView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.setAutoFillBackground(True)
        self._view = view
        self._hits: list[tuple[int, PageRect]] = []
        self._current: int | None = None
        self.input = QLineEdit()
        self.input.setObjectName("findInput")
        self.input.setPlaceholderText(self.tr("Find in document"))
        self.input.setClearButtonEnabled(True)
        self.count_label = QLabel()
        self.count_label.setObjectName("findCount")
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.count_label.setMinimumWidth(self.count_label.fontMetrics().horizontalAdvance("0000 / 0000"))
        self.previous_button = self._button("findPrevious", "▲", self.tr("Previous match (Shift+Enter)"))
        self.next_button = self._button("findNext", "▼", self.tr("Next match (Enter)"))
        self.close_button = self._button("findClose", "✕", self.tr("Close (Esc)"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        layout.addWidget(self.input, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        layout.addWidget(self.close_button)
        self._escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.input.installEventFilter(self)
        self.input.textChanged.connect(self._on_input_text_changed)
        self.previous_button.clicked.connect(self.find_previous)
        self.next_button.clicked.connect(self.find_next)
        self.close_button.clicked.connect(self.close_bar)
        self._escape.activated.connect(self.close_bar)
        view.document_changed.connect(self._on_view_document_changed)
        self.hide()

    def _button(self, name: str, text: str, tip: str) -> QToolButton:
        button = QToolButton()
        button.setObjectName(name)
        button.setText(text)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        return button

    # -- public -----------------------------------------------------------------------------

    def open_bar(self) -> None:
        """Show the bar and put the cursor in it, with the previous search selected."""
        self.show()
        self.input.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.input.selectAll()
        if self.input.text():
            self.search(self.input.text())

    def close_bar(self) -> None:
        """Hide the bar, remove the marks and give the keyboard back to the document."""
        self.hide()
        self._view.set_find_hits([], None)
        self._view.setFocus(Qt.FocusReason.OtherFocusReason)

    def hits(self) -> list[tuple[int, PageRect]]:
        """Every hit in reading order: (page, rectangle in page points)."""
        return list(self._hits)

    def current(self) -> int | None:
        """The index of the emphasised hit."""
        return self._current

    def search(self, text: str) -> None:
        """Find every occurrence of *text* (case-insensitive) and emphasise the first one."""
        document = self._view.fitz_document
        needle = text.strip()
        self._hits = []
        if document is not None and needle:
            for page in document.pages():
                found = [(page.number, tuple(r)) for r in page.search_for(needle)]
                self._hits += [(number, r) for number, r in found if not self._view.is_redacted(number, r)]  # blind review
        first_visible = self._view.current_page()
        self._current = next((i for i, (page, _) in enumerate(self._hits) if page >= first_visible), 0) if self._hits else None
        self._show()

    def find_next(self) -> None:
        """Emphasise the next hit (wrapping around)."""
        self._step(1)

    def find_previous(self) -> None:
        """Emphasise the previous hit (wrapping around)."""
        self._step(-1)

    def count_text(self) -> str:
        """What the count label says."""
        return self.count_label.text()

    # -- private ----------------------------------------------------------------------------

    def _step(self, step: int) -> None:
        if not self.isVisible():
            self.open_bar()
            return
        if not self._hits:
            return
        self._current = ((self._current or 0) + step) % len(self._hits) if self._current is not None else 0
        self._show()

    def _show(self) -> None:
        self._view.set_find_hits(self._hits, self._current)
        if not self.input.text().strip():
            self.count_label.clear()
        elif self._current is None:
            self.count_label.setText(self.tr("No matches"))
        else:
            self.count_label.setText(self.tr("{n} of {m}").format(n=self._current + 1, m=len(self._hits)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.input
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._step(-1 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1)
            return True
        return super().eventFilter(watched, event)

    def _on_input_text_changed(self, text: str) -> None:
        self.search(text)

    def _on_view_document_changed(self) -> None:
        if self.isVisible() and self.input.text():
            self.search(self.input.text())
        else:
            self._hits, self._current = [], None


def install(shell: Shell) -> FindBar:
    """Put the find bar above the document and add Find / Find Next / Find Previous to the Edit menu."""
    bar = FindBar(shell.document_view)
    shell.document_view.set_top_bar(bar)
    find = shell.add_action(
        "actionFindInDocument", QCoreApplication.translate("FindBar", "&Find in Document…"), QKeySequence.StandardKey.Find
    )
    find_next = shell.add_action(
        "actionFindNext", QCoreApplication.translate("FindBar", "Find &Next"), QKeySequence.StandardKey.FindNext
    )
    find_previous = shell.add_action(
        "actionFindPrevious", QCoreApplication.translate("FindBar", "Find Pre&vious"), QKeySequence.StandardKey.FindPrevious
    )
    find.triggered.connect(bar.open_bar)
    find_next.triggered.connect(bar.find_next)
    find_previous.triggered.connect(bar.find_previous)
    shell.menus.edit.addSeparator()
    for action in (find, find_next, find_previous):
        shell.menus.edit.addAction(action)
    return bar
