"""View › Language: choose the UI language (stored in Settings, applied at the next start)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup

if TYPE_CHECKING:
    from ui.shell import Shell

# (settings value, menu text): each language is named in itself, so anyone can find their own.
LANGUAGES: tuple[tuple[str, str], ...] = (("en", "English"), ("zh_CN", "简体中文"))


class LanguageMenu(QObject):
    """The Language submenu of View; a choice is saved and takes effect after a restart."""

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self._shell = shell
        self.menu = shell.menus.view.addMenu(self.tr("&Language"))
        self.menu.setObjectName("menuLanguage")
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        chosen = shell.settings.language()
        for code, text in (("", self.tr("System Default")), *LANGUAGES):
            action = QAction(text, self.menu)
            action.setObjectName(f"actionLanguage_{code or 'system'}")
            action.setData(code)
            action.setCheckable(True)
            action.setChecked(code == chosen)
            self.group.addAction(action)
            self.menu.addAction(action)
        self.group.triggered.connect(self._on_group_triggered)

    def _on_group_triggered(self, action: QAction) -> None:
        self._shell.settings.set_language(str(action.data()))
        self._shell.show_message(self.tr("The language changes after Shortlist restarts."), 8000)


def install(shell: Shell) -> LanguageMenu:
    """Add View › Language."""
    shell.menus.view.addSeparator()
    return LanguageMenu(shell)
