"""Opening the library file: engine, SQLite pragmas, migrations, one session per operation."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, event, inspect
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS = Path(__file__).with_name("migrations")


class LibraryError(Exception):
    """The library file cannot be opened or written; the message is for the user."""


def _alembic_config(connection: Connection | None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def _set_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def head_revision() -> str:
    """The newest schema revision this code knows."""
    config = _alembic_config(None)
    head = ScriptDirectory.from_config(config).get_current_head()
    assert head is not None
    return head


def _check_schema(path: Path, connection: Connection, current: str | None) -> None:
    """Refuse, before anything is written, a file that another program or a newer Shortlist made."""
    known = {script.revision for script in ScriptDirectory.from_config(_alembic_config(None)).walk_revisions()}
    if current is not None and current not in known:
        raise LibraryError(
            f"The library {path} was made by a newer Shortlist (schema {current}); update Shortlist to open it."
        )
    tables = inspect(connection).get_table_names()
    if current is None and tables and "alembic_version" not in tables:
        raise LibraryError(f"{path} is not a Shortlist library: it is another program's database.")


def _check_writable(path: Path) -> None:
    folder = path.parent
    if path.exists() and not os.access(path, os.W_OK):
        raise LibraryError(f"The library {path} is read-only; copy it somewhere writable or fix its permissions.")
    if not path.exists() and not os.access(folder, os.W_OK):
        raise LibraryError(f"Cannot create a library in {folder}: the folder is not writable.")


def connect(path: Path, busy_timeout: float = 5.0) -> tuple[Engine, sessionmaker[Session]]:
    """Open (creating if needed) and migrate the library at *path*.

    *busy_timeout* is how many seconds a write waits for another program's lock before failing.
    """
    path = Path(path).expanduser()
    path.parent.mkdir(parents=True, exist_ok=True)
    _check_writable(path)
    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": busy_timeout})
    event.listen(engine, "connect", _set_pragmas)
    try:
        with engine.connect() as connection:
            current = MigrationContext.configure(connection).get_current_revision()
            _check_schema(path, connection, current)
            connection.exec_driver_sql("PRAGMA journal_mode=WAL")
        if current != head_revision():
            with engine.begin() as connection:
                command.upgrade(_alembic_config(connection), "head")
    except LibraryError:
        engine.dispose()
        raise
    except OperationalError as error:
        engine.dispose()
        if "locked" in str(error):
            raise LibraryError(f"The library {path} is locked by another program; close it and try again.") from error
        raise LibraryError(f"Cannot open the library {path}: {error.orig}") from error
    except DatabaseError as error:
        engine.dispose()
        raise LibraryError(f"{path} is not a Shortlist library (or it is damaged): {error.orig}") from error
    return engine, sessionmaker(engine, expire_on_commit=False)
