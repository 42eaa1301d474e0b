"""One typed wrapper over QSettings: what the window remembers between runs."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths


def _library_key(library: Path) -> str:
    """A settings group per library file (a path holds "/", which QSettings reads as groups)."""
    return "libraries/" + hashlib.sha1(str(library.resolve()).encode()).hexdigest()[:16]


class Settings:
    """Window geometry, splitter sizes, the last library, the UI language and per-library values, stored by QSettings."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings or QSettings("Shortlist", "Shortlist")

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._settings.value(key)
        return value if isinstance(value, QByteArray) else None

    def window_geometry(self) -> QByteArray | None:
        """The main window's saved geometry."""
        return self._bytes("window/geometry")

    def set_window_geometry(self, value: QByteArray) -> None:
        self._settings.setValue("window/geometry", value)

    def splitter_state(self, name: str) -> QByteArray | None:
        """A splitter's saved sizes."""
        return self._bytes(f"splitters/{name}")

    def set_splitter_state(self, name: str, value: QByteArray) -> None:
        self._settings.setValue(f"splitters/{name}", value)

    def last_library(self) -> str | None:
        """The library opened last."""
        value = self._settings.value("library/last")
        return str(value) if value else None

    def set_last_library(self, path: str) -> None:
        self._settings.setValue("library/last", path)

    def highlight_color(self) -> int:
        """The colour index used for new highlights."""
        try:
            return int(str(self._settings.value("highlights/color", 0)))
        except ValueError:  # a settings file edited by hand
            return 0

    def set_highlight_color(self, color: int) -> None:
        self._settings.setValue("highlights/color", color)

    def margin_notes(self) -> bool:
        """Whether highlight notes show in a column beside the pages (View › Margin Notes)."""
        return str(self._settings.value("reading/margin_notes", "true")).lower() == "true"

    def set_margin_notes(self, shown: bool) -> None:
        self._settings.setValue("reading/margin_notes", "true" if shown else "false")

    def language(self) -> str:
        """The UI language chosen in View › Language ("" follows the system)."""
        return str(self._settings.value("ui/language", "") or "")

    def set_language(self, language: str) -> None:
        self._settings.setValue("ui/language", language)

    def library_value(self, library: Path, name: str) -> str:
        """A value remembered for one library file (the zoom, the candidate shown last…); "" when none."""
        return str(self._settings.value(f"{_library_key(library)}/{name}", "") or "")

    def set_library_value(self, library: Path, name: str, value: str) -> None:
        self._settings.setValue(f"{_library_key(library)}/{name}", value)

    def hidden_columns(self) -> list[str] | None:
        """The candidate list's columns the reviewer hid (None: not chosen yet)."""
        value = self._settings.value("list/hidden_columns")
        if value is None:
            return None
        return [key for key in str(value).split(",") if key]

    def set_hidden_columns(self, keys: list[str]) -> None:
        self._settings.setValue("list/hidden_columns", ",".join(keys))

    def dialog_folder(self, purpose: str) -> str:
        """Where a file dialog for *purpose* (import, export, library) starts: the folder used last, else Documents."""
        last = str(self._settings.value(f"dialogs/{purpose}", "") or "")
        if last and Path(last).is_dir():
            return last
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return documents if documents and Path(documents).is_dir() else str(Path.home())

    def set_dialog_folder(self, purpose: str, folder: str | Path) -> None:
        self._settings.setValue(f"dialogs/{purpose}", str(folder))

    def sync(self) -> None:
        """Write pending values to disk."""
        self._settings.sync()
