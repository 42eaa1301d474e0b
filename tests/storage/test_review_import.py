"""A hostile or damaged review export is refused whole, in one line, before the library is touched."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from storage.export import render
from storage.importer import expand_paths, import_file, import_paths
from storage.library import Library
from tests.conftest import run_script
from tests.storage.test_export import pdf, reviewed

__all__ = ["pdf", "reviewed"]


@pytest.fixture
def export(library: Library, reviewed: int) -> dict[str, Any]:
    """A good review export of a fully reviewed candidate, as a dict to spoil."""
    return json.loads(render(library, reviewed, "json"))  # type: ignore[no-any-return]


@pytest.fixture
def other(tmp_path: Path) -> Iterator[Library]:
    """The library the export is imported into."""
    lib = Library(tmp_path / "other.shortlist")
    yield lib
    lib.close()


def write(path: Path, data: dict[str, Any] | str) -> Path:
    path.write_text(data if isinstance(data, str) else json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def deeply_nested(export: dict[str, Any], depth: int) -> str:
    """The export with a value nested *depth* lists deep in the profile."""
    text = json.dumps(export, ensure_ascii=False)
    return text.replace('"basics": {', '"basics": {"x-deep": ' + "[" * depth + "]" * depth + ", ", 1)


def state(lib: Library) -> tuple[Any, ...]:
    """Everything an import may add to a library."""
    return (lib.count(), [r.name for r in lib.rubrics()], [p.name for p in lib.positions()], [t.name for t in lib.tags()])


@pytest.mark.parametrize("depth", [100, 100_000])
def test_deeply_nested_export_is_refused_in_one_line(export: dict[str, Any], other: Library, tmp_path: Path, depth: int) -> None:
    folder = tmp_path / "share"
    folder.mkdir()
    path = write(folder / "deep.json", deeply_nested(export, depth))
    assert expand_paths([folder]) == [path]  # in a folder it is reported, not skipped in silence
    outcome = import_file(other, path)
    assert outcome.status == "failed" and "nested more than" in outcome.message
    assert other.count() == 0


def test_deeply_nested_export_on_the_command_line(export: dict[str, Any], tmp_path: Path) -> None:
    path = write(tmp_path / "deep.json", deeply_nested(export, 100_000))
    result = run_script("import", str(path), "--library", str(tmp_path / "cli.shortlist"))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "nested more than" in result.stdout and result.stdout.splitlines()[-1] == "0 imported, 0 duplicate, 1 failed"


@pytest.mark.parametrize(
    ("spoil", "reason"),
    [
        (lambda r: r["highlights"][0].update(page=10**30), "highlights/0/page"),
        (lambda r: r["highlights"][0].update(rects=[[0, 0, 1e300, 1]]), "highlights/0/rects"),
        (lambda r: r["highlights"][0].update(color=-1), "highlights/0/color"),
        (lambda r: r["ratings"][0].update(value=7), "ratings/0/value"),
        (lambda r: r["tags"][0].update(evidence=[10**30]), "tags/0/evidence"),
        (lambda r: r["document"].update(pageCount=10**30), "document/pageCount"),
        (lambda r: r.update(status="hired!"), "status"),
        (lambda r: r["tags"][0].update(name=["not", "text"]), "tags/0/name"),
        (lambda r: r.update(highlights="many"), "highlights"),
    ],
)
def test_out_of_range_or_mistyped_values_are_refused_whole(
    export: dict[str, Any], other: Library, tmp_path: Path, spoil: Any, reason: str
) -> None:
    good = write(tmp_path / "good.json", export)
    spoil(export["meta"]["x-shortlist"])
    outcome = import_file(other, write(tmp_path / "bad.json", export))
    assert outcome.status == "failed" and reason in outcome.message and "\n" not in outcome.message
    assert other.count() == 0
    assert import_file(other, good).status == "imported"  # the failure left nothing that blocks the good file


def test_non_numbers_and_huge_integers_are_refused(export: dict[str, Any], other: Library, tmp_path: Path) -> None:
    text = json.dumps(export, ensure_ascii=False)
    for spoiled in (text.replace('"page": 0', '"page": NaN', 1), text.replace('"page": 0', '"page": 1' + "0" * 5000, 1)):
        outcome = import_file(other, write(tmp_path / "bad.json", spoiled))
        assert outcome.status == "failed" and outcome.message.startswith("cannot restore the review:")
    assert other.count() == 0


def test_a_failure_late_in_the_restore_leaves_nothing_behind(
    export: dict[str, Any], other: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    review = export["meta"]["x-shortlist"]
    review["rubric"]["name"] = "Infra engineers"  # restoring creates this rubric and a position for it
    review["candidate"]["position"] = "Infra team"
    before = state(other)

    def fail(*_args: Any, **_kwargs: Any) -> int:
        raise ValueError("the disk hiccuped")

    monkeypatch.setattr(other, "add_candidate_tag", fail)
    outcome = import_file(other, write(tmp_path / "a.json", export))
    assert outcome.status == "failed"
    assert state(other) == before
    monkeypatch.undo()
    assert [o.status for o in import_paths(other, [tmp_path / "a.json"])] == ["imported"]
    assert other.positions()[0].name == "Infra team"
