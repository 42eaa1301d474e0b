"""Starting the application: QApplication, fonts, the first window."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

import resources
from storage.db import LibraryDamagedError, LibraryError
from ui import backups
from ui.main_window import MainWindow
from ui.plain_text import show_plain_message
from ui.settings import Settings

CJK_FAMILIES = ("Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC")


def configure_fonts(app: QApplication) -> None:
    """Prefer a CJK-capable UI font so Chinese renders everywhere."""
    families = set(QFontDatabase.families())
    font = app.font()
    fallbacks = [f for f in CJK_FAMILIES if f in families]
    if fallbacks:
        font.setFamilies([font.family(), *fallbacks])
        app.setFont(font)
    elif not any(QFontDatabase.writingSystems(f) for f in families if "CJK" in f):
        QFont.insertSubstitutions(font.family(), list(CJK_FAMILIES))


def ui_language(settings: Settings) -> str:
    """The UI language: $SHORTLIST_LANG, else the choice in View › Language, else the system's."""
    return os.environ.get("SHORTLIST_LANG") or settings.language() or QLocale.system().name()


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Load Shortlist's and Qt's own translations for *language* (none found: the UI stays English)."""
    locale = QLocale(language)
    folders = {
        "shortlist": str(resources.path("translations")),
        "qtbase": QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),  # standard dialog buttons
    }
    installed = []
    for name, folder in folders.items():
        translator = QTranslator()
        if translator.load(locale, name, "_", folder) and app.installTranslator(translator):
            translator.setParent(app)  # the application keeps it alive
            installed.append(translator)
    return installed


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with Shortlist's name, icon, fonts and UI language."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName("Shortlist")
    app.setOrganizationName("Shortlist")
    app.setApplicationDisplayName("Shortlist")
    icon = resources.path("icons/shortlist.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    configure_fonts(app)
    install_translators(app, ui_language(Settings()))
    return app


def open_window(library_path: Path) -> MainWindow | None:
    """The window on the library; when the library cannot be shown, say why (offering a backup of a damaged one)."""
    from storage.library import Library

    library: Library | None = None
    try:
        library = Library(library_path, full_check=False)
        if library.damage is not None:
            library.summaries()  # the list must be readable for a window to show; LibraryDamagedError if not
        return MainWindow(library, Settings())
    except LibraryError as error:
        if library is not None:
            library.close()
        if isinstance(error, LibraryDamagedError):
            return open_window(library_path) if backups.offer_restore(str(error), library_path) else None
        show_plain_message(None, QMessageBox.Icon.Critical, "Shortlist", str(error))
        return None


def run(library_path: Path, with_samples: bool = False) -> int:
    """Open the window on *library_path*; optionally fill an empty library with the samples."""
    app = make_application()
    window = open_window(Path(library_path))
    if window is None:
        return 1
    library = window.library
    window.show()
    if with_samples and library.count() == 0:
        window.import_samples()
    return app.exec()
