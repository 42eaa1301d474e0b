"""SQLite's own check of a library file, run on a read-only connection so it never writes."""

from __future__ import annotations

import sqlite3
import urllib.parse
from collections.abc import Iterable
from pathlib import Path

# The table holding the documents' bytes: most of the file, left to the full check.
BULK_TABLE = "document"


def read_only_uri(path: Path) -> str:
    """An SQLite URI opening *path* read-only (characters such as '?' and '#' in the path escaped)."""
    return f"file:{urllib.parse.quote(str(path))}?mode=ro"


def _quick_check(connection: sqlite3.Connection, tables: Iterable[str] | None) -> list[str]:
    if tables is None:
        return [row[0] for row in connection.execute("PRAGMA quick_check")]
    problems: list[str] = []
    for table in tables:
        problems += [row[0] for row in connection.execute("SELECT * FROM pragma_quick_check(?)", (table,))]
    return [p for p in problems if p != "ok"]


def problems(path: Path, *, full: bool = True) -> list[str]:
    """What SQLite's quick_check finds wrong in the file at *path* (empty when it is sound).

    *full* False checks every table but the documents' bytes: milliseconds even for a large library.
    A file that is no SQLite database at all is not reported here: opening it says so.
    """
    try:
        connection = sqlite3.connect(read_only_uri(path), uri=True)
    except sqlite3.Error as error:
        return [str(error)]
    try:
        tables = None
        if not full:
            names = connection.execute("SELECT name FROM sqlite_schema WHERE type = 'table'").fetchall()
            tables = [name for (name,) in names if name != BULK_TABLE]
        found = _quick_check(connection, tables)
    except sqlite3.Error as error:
        return [] if error.sqlite_errorname == "SQLITE_NOTADB" else [str(error)]
    finally:
        connection.close()
    return [p for p in found if p != "ok"]
