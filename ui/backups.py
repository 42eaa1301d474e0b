"""File › Restore from Backup…, and what the window does when its library turns out to be damaged.

The window opens after the cheap check; the full check and the backup on open run in the
background. Damage found then (or already at opening) makes the library read-only: a message
says so and offers to put a backup in its place.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QMessageBox

from storage import backups
from storage.db import LibraryDamagedError
from ui.plain_text import plain_box

if TYPE_CHECKING:
    from ui.shell import Shell

Reopen = Callable[[Path], object]  # the window's File › Open Library: a new window on that file replaces this one


def _describe(backup: backups.Backup) -> str:
    return f"{backup.created.astimezone():%Y-%m-%d %H:%M:%S} · {backup.size / 1e6:.1f} MB"



class BackupActions(QObject):
    """The Restore from Backup… action and the damage warning of one window."""

    damaged = Signal(str)  # emitted from the checking thread; delivered in the window's

    def __init__(self, shell: Shell, reopen: Reopen, import_running: Callable[[], bool]) -> None:
        super().__init__(shell)
        self._shell = shell
        self._reopen = reopen
        self._import_running = import_running
        self._warned = False
        self.action = QAction(self.tr("Restore from &Backup…"), shell.widget)
        self.action.setObjectName("actionRestoreBackup")
        self.action.triggered.connect(self.choose_backup)
        menu = shell.menus.file
        names = [a.objectName() for a in menu.actions()]
        after = names.index("actionOpenLibrary") + 1 if "actionOpenLibrary" in names else len(names)
        if after < len(names):
            menu.insertAction(menu.actions()[after], self.action)
        else:
            menu.addAction(self.action)
        self.damaged.connect(self._on_damaged)
        shell.widget.installEventFilter(self)  # the checks start when the window shows: one that failed to build never does

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._shell.widget and event.type() == QEvent.Type.Show:
            self._shell.widget.removeEventFilter(self)
            QTimer.singleShot(0, self._start_checks)
        return False

    def _start_checks(self) -> None:
        if not self._shell.widget.isVisible():  # closed before the checks began
            return
        library = self._shell.library
        if library.damage is not None:
            self._on_damaged(str(LibraryDamagedError(library.path, library.damage)))
            return
        library.on_damage(lambda error: self.damaged.emit(str(error)))
        library.start_background_checks()

    def _on_damaged(self, message: str) -> None:
        if self._warned or not self._shell.widget.isVisible():
            return
        self._warned = True
        self._shell.show_message(self.tr("The library is damaged and open read-only."), 0)
        box = plain_box(
            self._shell.widget,
            QMessageBox.Icon.Warning,
            self.tr("The library is damaged"),
            self.tr("{message}\n\nShortlist keeps it open read-only: you can read and export, but nothing more is saved to it.")
            .format(message=message),
        )
        restore = box.addButton(self.tr("Restore from Backup…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Keep Reading"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is restore:
            self.choose_backup()

    def choose_backup(self) -> None:
        """Ask which backup to restore, confirm, then reopen the window on it."""
        path = self._shell.library.path
        found = backups.backups(path)
        if not found:
            plain_box(
                self._shell.widget, QMessageBox.Icon.Information, self.tr("Restore from Backup"),
                self.tr("There is no backup of this library yet (backups are kept in {folder}).")
                .format(folder=backups.folder(path)),
            ).exec()
            return
        labels = [_describe(b) for b in found]
        label, chosen = QInputDialog.getItem(
            self._shell.widget, self.tr("Restore from Backup"), self.tr("Put this backup in place of the library:"), labels, 0, False
        )
        if not chosen:
            return
        backup = found[labels.index(label)]
        confirm = plain_box(
            self._shell.widget, QMessageBox.Icon.Question, self.tr("Restore from Backup"),
            self.tr("Replace the library with the backup of {backup}? The library as it is now is backed up first.")
            .format(backup=_describe(backup)),
        )
        confirm.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        if confirm.exec() == QMessageBox.StandardButton.Yes:
            self.restore(backup.path)

    def restore(self, backup: Path) -> object:
        """Put *backup* in place of the window's library and show it in a new window (None when refused)."""
        parent = self._shell.widget
        if self._import_running():
            plain_box(parent, QMessageBox.Icon.Information, self.tr("Import running"),
                      self.tr("Wait for the import to finish first.")).exec()
            return None
        library = self._shell.library
        library.close()
        try:
            backups.restore(backup, library.path)
        except (backups.BackupError, OSError) as error:
            plain_box(parent, QMessageBox.Icon.Critical, self.tr("Cannot restore the backup"), str(error)).exec()
        return self._reopen(library.path)


def offer_restore(message: str, library_path: Path) -> bool:
    """A damaged library that cannot even be shown: offer its latest backup; True once it is restored."""
    newest = backups.latest(library_path)
    box = plain_box(None, QMessageBox.Icon.Critical, QCoreApplication.translate("BackupActions", "The library is damaged"), message)
    if newest is None:
        box.exec()
        return False
    restore = box.addButton(QCoreApplication.translate("BackupActions", "Restore the Latest Backup"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is not restore:
        return False
    try:
        backups.restore(newest.path, library_path)
    except (backups.BackupError, OSError) as error:
        plain_box(None, QMessageBox.Icon.Critical, QCoreApplication.translate("BackupActions", "Cannot restore the backup"), str(error)).exec()
        return False
    return True


def install(shell: Shell, reopen: Reopen, import_running: Callable[[], bool]) -> BackupActions:
    """Add File › Restore from Backup… (reopening through *reopen*) and watch the library for damage."""
    return BackupActions(shell, reopen, import_running)
