"""storage/, parsing/, ui/ and main.py pass mypy with the project's strict settings ([tool.mypy] in pyproject.toml)."""

from __future__ import annotations

from pathlib import Path

import pytest
from mypy import api

ROOT = Path(__file__).resolve().parents[1]


def run_mypy(cache: Path, *args: str) -> tuple[str, int]:
    """mypy's report and exit status, with the project's config and a private cache (cold, never shared)."""
    stdout, stderr, status = api.run(["--config-file", str(ROOT / "pyproject.toml"), "--cache-dir", str(cache), *args])
    return stdout + stderr, status


def test_the_code_is_clean(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """mypy checks the config's files (storage, parsing, ui, main.py) from ROOT and finds no error."""
    monkeypatch.chdir(ROOT)
    report, status = run_mypy(tmp_path)
    assert status == 0, report
    assert "Success: no issues found" in report


def test_settings_are_strict(tmp_path: Path) -> None:
    module = tmp_path / "untyped.py"
    module.write_text("def double(value):\n    return value * 2\n")
    report, status = run_mypy(tmp_path / "cache", str(module))
    assert status == 1
    assert "[no-untyped-def]" in report
