"""Migrations: an empty file reaches the head schema; every released schema upgrades with its data."""

from __future__ import annotations

import json
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


@pytest.mark.parametrize("stored", [p for p in STORED if p.stem < "schema-0003"], ids=lambda p: p.stem)
def test_each_candidate_of_an_older_schema_becomes_a_person_with_one_document(stored: Path, tmp_path: Path) -> None:
    copy = tmp_path / stored.name
    shutil.copy(stored, copy)
    with sqlite3.connect(copy) as raw:
        profiles = dict(raw.execute("SELECT candidate_id, edited FROM profile").fetchall())
        highlights = raw.execute("SELECT id, candidate_id, note FROM highlight ORDER BY id").fetchall()
        files = dict(raw.execute("SELECT candidate_id, file_name FROM document").fetchall())
    lib = Library(copy)
    for row in lib.summaries():
        assert row.document_count == 1
        [document] = lib.documents(row.id)
        assert document.file_name == files[row.id]
        assert lib.profile(row.id) == json.loads(profiles[row.id])
        assert lib.profile(row.id, document.id) == lib.profile(row.id)
    moved = [(h.id, h.candidate_id, h.note) for r in lib.summaries() for h in lib.highlights(r.id)]
    assert sorted(moved) == highlights
    assert all(h.document_id == lib.documents(h.candidate_id)[0].id for r in lib.summaries() for h in lib.highlights(r.id))


def test_a_stored_person_with_two_documents_keeps_both(tmp_path: Path) -> None:
    copy = tmp_path / "schema-0003.shortlist"
    shutil.copy(Path(__file__).parent / "libraries" / copy.name, copy)
    lib = Library(copy)
    person = lib.summaries()[0]
    assert person.document_count == 2
    newest, older = lib.documents(person.id)
    assert (newest.file_name, older.file_name) == ("wang_xiaoming_v2.txt", "wang.txt")
    assert lib.profile(person.id)["education"][0]["institution"] == "清华大学"
    assert lib.profile(person.id, older.id)["basics"]["name"] == "王小明"
    assert lib.search("清华") == [person.id]
