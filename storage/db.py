"""Opening the library file: engine, SQLite pragmas, migrations, one session per operation."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from storage import backups, integrity

MIGRATIONS = Path(__file__).with_name("migrations")


class LibraryError(Exception):
    """The library file cannot be opened or written; the message is for the user."""


class LibraryDamagedError(LibraryError):
    """SQLite's check fails on the library file; the message names the latest good backup."""

    def __init__(self, path: Path, problem: str) -> None:
        hint = _backup_hint(path) or "There is no backup of it."
        super().__init__(f"The library {path} is damaged ({problem}); nothing was written to it. {hint}")
        self.problem = problem


def _backup_hint(path: Path) -> str:
    """Where the latest good backup of *path* is and how to restore it ('' when there is none)."""
    newest = backups.latest(path)
    if newest is None:
        return ""
    when = newest.created.astimezone().strftime("%Y-%m-%d %H:%M")
    return f'Latest good backup: {newest.path} ({when}); restore it with: shortlist restore "{newest.path}" --library "{path}"'


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


def writable(path: Path) -> bool:
    """Whether this user may change the library file (an existing one) or create it (a new one)."""
    return os.access(path if path.exists() else path.parent, os.W_OK)


def _engine(path: Path, busy_timeout: float, read_only: bool) -> Engine:
    if not read_only:
        return create_engine(f"sqlite:///{path}", connect_args={"timeout": busy_timeout})
    uri = integrity.read_only_uri(path)  # SQLite itself refuses every write on this connection
    return create_engine(
        "sqlite://",
        creator=lambda: sqlite3.connect(uri, uri=True, timeout=busy_timeout, check_same_thread=False),
        poolclass=QueuePool,  # a file, shared by threads as the writable engine is (not the in-memory default)
    )


def read_only_sessions(path: Path, busy_timeout: float = 5.0) -> tuple[Engine, sessionmaker[Session]]:
    """Sessions on *path* that SQLite refuses to write through; nothing is checked or read yet."""
    engine = _engine(path, busy_timeout, read_only=True)
    event.listen(engine, "connect", _set_pragmas)
    return engine, sessionmaker(engine, expire_on_commit=False)


def lock_for_writing(session: Session) -> None:
    """Take the library's write lock now, so nothing this transaction reads next can change under it."""
    session.execute(text("UPDATE alembic_version SET version_num = version_num WHERE 0"))


def connect(
    path: Path,
    busy_timeout: float = 5.0,
    *,
    read_only: bool = False,
    before_writing: Callable[[], None] | None = None,
) -> tuple[Engine, sessionmaker[Session]]:
    """Open (creating if needed) and migrate the library at *path*.

    *busy_timeout* is how many seconds a write waits for another program's lock before failing.
    *read_only* opens it without writing anything, not even a migration. *before_writing* runs
    once the file is known to be a Shortlist library, before anything is written to it.
    """
    path = Path(path).expanduser()
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
        if not writable(path):
            raise LibraryError(f"Cannot create a library in {path.parent}: the folder is not writable.")
    engine = _engine(path, busy_timeout, read_only)
    event.listen(engine, "connect", _set_pragmas)
    try:
        with engine.connect() as connection:
            current = MigrationContext.configure(connection).get_current_revision()
            _check_schema(path, connection, current)
            if not read_only:
                if before_writing is not None:
                    before_writing()
                connection.exec_driver_sql("PRAGMA journal_mode=WAL")
        if current != head_revision():
            if read_only:
                raise LibraryError(
                    f"The library {path} was made by an older Shortlist and can only be read once it is upgraded; "
                    "make it writable and open it again."
                )
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
        raise LibraryError(
            f"{path} is not a Shortlist library (or it is damaged): {error.orig}. {_backup_hint(path)}".rstrip()
        ) from error
    return engine, sessionmaker(engine, expire_on_commit=False)
