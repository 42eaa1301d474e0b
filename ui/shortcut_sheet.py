"""Help › Keyboard Shortcuts (F1 or ?): every action of the window that has a key, read from the actions themselves."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QKeyCombination, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QMenuBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.labels import toolbar_label
from ui.shell import Shell


def _menu_actions(menu_bar: QMenuBar) -> Iterator[QAction]:
    """The actions of a menu bar's menus and submenus, in menu order."""
    pending = list(menu_bar.actions())
    while pending:
        action = pending.pop(0)
        menu = action.menu()
        if isinstance(menu, QMenu):
            pending[:0] = menu.actions()
        else:
            yield action


def _on_a_laptop(key: QKeySequence) -> bool:
    """Whether a laptop keyboard has the key (Qt's standard keys add media keys such as Find and Zoom In)."""
    first: QKeyCombination = key[0]  # type: ignore[index]  # QKeySequence.__getitem__ is missing from the stubs
    return first.key().value < Qt.Key.Key_Back.value


def shortcut_rows(window: QWidget) -> list[tuple[str, str]]:
    """(action, its keys) for each action of the window that has a key: the menus' in menu order, then the others."""
    rows: list[tuple[str, str]] = []
    seen: set[QAction] = set()
    menu_bar = window.findChild(QMenuBar)
    for action in [*(_menu_actions(menu_bar) if menu_bar is not None else ()), *window.actions()]:
        keys = [key.toString(QKeySequence.SequenceFormat.NativeText) for key in action.shortcuts() if _on_a_laptop(key)]
        if keys and action.text() and action not in seen:
            seen.add(action)
            rows.append((toolbar_label(action.text()), ", ".join(keys)))
    return rows


class ShortcutSheet(QDialog):
    """A table of the window's keyboard shortcuts."""

    def __init__(self, rows: list[tuple[str, str]], parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutSheet")
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.table = QTableWidget(len(rows), 2)
        self.table.setObjectName("shortcutTable")
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for row, cells in enumerate(rows):
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(520, 560)


class ShortcutSheetFeature(QObject):
    """The Help menu's Keyboard Shortcuts action and the sheet it opens."""

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self._shell = shell
        # "?" too, as in Gmail and GitHub; a text field takes it as a character first, as it does J and K.
        self.action = shell.add_action(
            "actionShortcutSheet", self.tr("&Keyboard Shortcuts"), QKeySequence.StandardKey.HelpContents, "?"
        )
        self.action.triggered.connect(self.open_sheet)
        shell.menus.help.addAction(self.action)
        self.sheet: ShortcutSheet | None = None

    def open_sheet(self) -> None:
        """Show the sheet, built when opened (it is deleted on close, so it never lists stale actions)."""
        window = self._shell.widget
        if self.sheet is None:
            self.sheet = ShortcutSheet(shortcut_rows(window), window)
            self.sheet.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.sheet.destroyed.connect(self._on_sheet_destroyed)
        self.sheet.open()

    def _on_sheet_destroyed(self) -> None:
        self.sheet = None


def install(shell: Shell) -> ShortcutSheetFeature:
    """Add Help › Keyboard Shortcuts (F1, ?)."""
    return ShortcutSheetFeature(shell)

