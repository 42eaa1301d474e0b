"""Migrations: an empty file reaches the head schema; every released schema upgrades with its data."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import inspect

from storage.db import _alembic_config, head_revision
from storage.library import Library
from storage.models import Base

STORED = sorted((Path(__file__).parent / "libraries").glob("schema-*.shortlist"))
VERSIONS = Path(__file__).resolve().parents[2] / "storage" / "migrations" / "versions"


def test_empty_file_migrates_to_head(library_path: Path) -> None:
    lib = Library(library_path)
    with lib.engine.connect() as connection:
        tables = set(inspect(connection).get_table_names())
        version = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    assert set(Base.metadata.tables) <= tables
    assert "search_index" in tables
    assert version == head_revision()
    assert sqlite3.connect(library_path).execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_downgrade_and_upgrade_again(library_path: Path) -> None:
    lib = Library(library_path)
    with lib.engine.begin() as connection:
        command.downgrade(_alembic_config(connection), "base")
    with lib.engine.connect() as connection:
        assert "candidate" not in inspect(connection).get_table_names()
    lib.close()
    assert Library(library_path).count() == 0


@pytest.mark.parametrize("stored", STORED, ids=[p.stem for p in STORED])
def test_stored_library_of_every_schema_opens_with_its_data(stored: Path, tmp_path: Path) -> None:
    copy = tmp_path / stored.name
    shutil.copy(stored, copy)
    lib = Library(copy)
    rows = lib.summaries()
    assert [r.display_name for r in rows] == ["王小明", "Ada Example"]
    assert lib.search("大模型") == [rows[0].id]
    assert lib.highlights(rows[0].id)[0].note == "核实论文"


def test_every_released_schema_has_a_stored_library() -> None:
    assert {p.stem.removeprefix("schema-") for p in STORED} == {p.stem.split("_")[0] for p in VERSIONS.glob("0*.py")}
