"""The code passes ruff with the project's settings ([tool.ruff] in pyproject.toml): pyflakes, pycodestyle, isort, bugbear, naming."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run_ruff(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    """ruff check with the project's config, no cache written."""
    command = [sys.executable, "-m", "ruff", "check", "--no-cache", "--config", str(ROOT / "pyproject.toml"), *args]
    return subprocess.run(command, capture_output=True, text=True, cwd=cwd, timeout=120)


def test_the_code_is_clean() -> None:
    result = run_ruff(".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_rules_catch_an_unused_import_and_a_camelcase_function(tmp_path: Path) -> None:
    module = tmp_path / "sloppy.py"
    module.write_text("import os\n\n\ndef doThings() -> None:\n    pass\n")
    report = run_ruff(str(module), cwd=tmp_path).stdout
    assert "F401" in report and "N802" in report


def test_qt_overrides_keep_their_names(tmp_path: Path) -> None:
    module = tmp_path / "widget.py"
    module.write_text("class View:\n    def keyPressEvent(self) -> None:\n        pass\n\n    def mergeWith(self) -> bool:\n        return False\n")
    result = run_ruff(str(module), cwd=tmp_path)
    assert result.returncode == 0, result.stdout
