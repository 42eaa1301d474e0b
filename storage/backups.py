"""Rotating copies of a library in a `.backups` folder beside it, made with SQLite's online backup API.

A backup is made only from a sound library and is checked after copying, so every file listed
here is a good one. The folder keeps at most MAX_BACKUPS copies per library and drops those
older than MAX_AGE, but never the newest.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import threading
import time
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from storage import integrity

FOLDER_NAME = ".backups"
MAX_BACKUPS = 10
MAX_AGE = timedelta(days=30)
_STAMP = "%Y%m%d-%H%M%S"
_SUFFIX = ".shortlist"
_PARTIAL = ".partial"


class BackupError(Exception):
    """A backup cannot be made or restored; the message is for the user."""


@dataclass(frozen=True)
class Backup:
    """One good copy of a library."""

    path: Path
    created: datetime  # UTC
    size: int


def folder(library_path: Path) -> Path:
    """Where the backups of *library_path* are kept."""
    return library_path.parent / FOLDER_NAME


def _pattern(library_path: Path, kind: str = "") -> re.Pattern[str]:
    return re.compile(rf"^{re.escape(library_path.stem)}{kind}-(\d{{8}}-\d{{6}})(?:-(\d+))?{re.escape(_SUFFIX)}$")


def _named(library_path: Path, kind: str = "") -> list[Backup]:
    place, pattern = folder(library_path), _pattern(library_path, kind)
    found = []
    for entry in place.iterdir() if place.is_dir() else ():
        match = pattern.match(entry.name)
        if match:
            created = datetime.strptime(match.group(1), _STAMP).replace(tzinfo=timezone.utc)
            found.append((created, int(match.group(2) or 1), Backup(entry, created, entry.stat().st_size)))
    return [backup for *_, backup in sorted(found, key=lambda f: f[:2], reverse=True)]


def backups(library_path: Path) -> list[Backup]:
    """The good backups of *library_path*, newest first."""
    return _named(library_path)


def latest(library_path: Path) -> Backup | None:
    """The newest good backup, if any."""
    found = backups(library_path)
    return found[0] if found else None


def changed_since(library_path: Path, backup: Backup) -> bool:
    """Whether the library (its file or its write-ahead log) was written after *backup* was taken."""
    files = [library_path, Path(f"{library_path}-wal")]
    stats = [f.stat() for f in files if f.exists()]
    times = [s.st_mtime for s in stats if s.st_size]  # opening a library creates an empty log
    return bool(times) and max(times) > backup.path.stat().st_mtime


def _target(library_path: Path, kind: str = "") -> tuple[Path, datetime]:
    """A new file in the backups folder, named after the library and the time (to the second, UTC)."""
    now = datetime.now(timezone.utc).replace(microsecond=0)
    folder(library_path).mkdir(exist_ok=True)
    name, number = f"{library_path.stem}{kind}-{now.strftime(_STAMP)}", 1
    while True:  # several in one second: -2, -3…
        target = folder(library_path) / f"{name}{f'-{number}' if number > 1 else ''}{_SUFFIX}"
        if not target.exists():
            return target, now
        number += 1


def make(library_path: Path) -> Backup:
    """Copy the library (a consistent snapshot, while others keep writing) into the backups folder.

    The copy is checked before it counts; BackupError when it fails (the library is then damaged).
    """
    target, created = _target(library_path)
    partial = target.with_name(f"{target.name}.{os.getpid()}-{threading.get_ident()}{_PARTIAL}")  # unique per writer
    started = time.time()
    try:
        source = sqlite3.connect(integrity.read_only_uri(library_path), uri=True)
        try:
            copy = sqlite3.connect(partial)
            try:
                source.backup(copy)
                copy.execute("PRAGMA journal_mode=DELETE")
            finally:
                copy.close()
        finally:
            source.close()
    except sqlite3.Error as error:
        partial.unlink(missing_ok=True)
        raise BackupError(f"Cannot back up {library_path}: {error}") from error
    found = integrity.problems(partial)
    if found:
        partial.unlink()
        raise BackupError(f"Cannot back up {library_path}: the library is damaged ({found[0]}).")
    os.replace(partial, target)
    os.utime(target, (started, started))  # its time is the snapshot's: a later write is a change
    prune(library_path)
    return Backup(target, created, target.stat().st_size)


def prune(library_path: Path, now: datetime | None = None) -> None:
    """Drop backups beyond MAX_BACKUPS and those older than MAX_AGE (the newest always stays)."""
    now = now or datetime.now(timezone.utc)
    for index, backup in enumerate(backups(library_path)):
        if index and (index >= MAX_BACKUPS or now - backup.created > MAX_AGE):
            backup.path.unlink(missing_ok=True)
    for kept in _named(library_path, "-damaged")[1:]:
        kept.path.unlink(missing_ok=True)
    for stale in folder(library_path).glob(f"{library_path.stem}-*{_SUFFIX}.*{_PARTIAL}"):
        if now - datetime.fromtimestamp(stale.stat().st_mtime, timezone.utc) > timedelta(hours=1):
            stale.unlink(missing_ok=True)


def _is_library(path: Path) -> bool:
    """Whether *path* is an SQLite file with Shortlist's schema version table."""
    try:
        connection = sqlite3.connect(integrity.read_only_uri(path), uri=True)
        try:
            return connection.execute("SELECT version_num FROM alembic_version").fetchone() is not None
        finally:
            connection.close()
    except sqlite3.Error:
        return False


def restore(backup: Path, library_path: Path) -> Backup | None:
    """Put *backup* in place of the library (which no program may have open).

    The current library is backed up first (a damaged one is kept aside as `…-damaged-…`), so a
    restore can itself be undone; returns that backup (None when there was no library).
    """
    if not _is_library(backup) or integrity.problems(backup):
        raise BackupError(f"{backup} is not a good backup: it is no Shortlist library, or SQLite's check fails on it.")
    partial = library_path.with_name(library_path.name + _PARTIAL)
    shutil.copyfile(backup, partial)  # before backing up the library, whose rotation may drop *backup*
    with open(partial, "rb+") as written:
        os.fsync(written.fileno())
    saved: Backup | None = None
    if library_path.exists():
        if integrity.problems(library_path):
            aside, _ = _target(library_path, "-damaged")
            shutil.copyfile(library_path, aside)
            if Path(f"{library_path}-wal").exists():  # committed changes not yet in the file itself
                shutil.copyfile(f"{library_path}-wal", f"{aside}-wal")
        else:
            saved = make(library_path)
    for journal in ("-wal", "-shm", "-journal"):  # they belong to the file being replaced
        Path(f"{library_path}{journal}").unlink(missing_ok=True)
    os.replace(partial, library_path)
    return saved
