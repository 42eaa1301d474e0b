"""`main.py export`: one candidate to a file, many into a folder, CSV to one file, exit codes for bad input."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pymupdf
import pytest

from storage.library import Library
from tests.conftest import line_pdf, make_profile, run_cli, run_script, store_pdf_candidate


@pytest.fixture
def lib_path(tmp_path: Path) -> Path:
    """A library with three candidates: 张伟 and Ada Lee shortlisted, one namesake 张伟 new."""
    path = tmp_path / "cli.shortlist"
    library = Library(path)
    for name, status in (("张伟", "shortlisted"), ("Ada Lee", "shortlisted"), ("张伟", "new")):
        pdf = line_pdf(f"{name} {status} {library.count()}")
        cid = store_pdf_candidate(library, pdf, make_profile(name), f"{name}.pdf", text=name)
        library.set_status(cid, status)
        library.add_highlight(cid, 0, [(72, 60, 140, 76)], name, color=3, note="check")
    library.close()
    return path


def test_one_candidate_to_a_file(capsys: pytest.CaptureFixture[str], lib_path: Path, tmp_path: Path) -> None:
    out_file = tmp_path / "report.pdf"
    code, out, _ = run_cli(capsys, "export", "--library", str(lib_path), "--candidate", "1", "--format", "pdf", "--out", str(out_file))
    assert code == 0 and out.strip() == f"wrote {out_file}"
    assert "张伟" in pymupdf.open(out_file)[0].get_text()


def test_status_into_a_folder(capsys: pytest.CaptureFixture[str], lib_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    code, out, _ = run_cli(capsys, "export", "--library", str(lib_path), "--status", "shortlisted", "--format", "annotated-pdf", "--out", str(folder))
    assert code == 0
    assert sorted(p.name for p in folder.iterdir()) == ["Ada Lee (annotated).pdf", "张伟 (annotated).pdf"]
    assert out.strip().splitlines()[-1] == f"2 exported to {folder}"
    doc = pymupdf.open(folder / "Ada Lee (annotated).pdf")
    assert [a.info["content"] for a in doc[0].annots()] == ["check"]


def test_all_as_json_numbers_namesakes(capsys: pytest.CaptureFixture[str], lib_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "json"
    code, _, _ = run_cli(capsys, "export", "--library", str(lib_path), "--all", "--format", "json", "--out", str(folder))
    assert code == 0
    assert sorted(p.name for p in folder.iterdir()) == ["Ada Lee.json", "张伟 (2).json", "张伟.json"]
    assert json.loads((folder / "张伟 (2).json").read_text(encoding="utf-8"))["meta"]["x-shortlist"]["status"] == "new"


def test_csv_is_one_file(capsys: pytest.CaptureFixture[str], lib_path: Path, tmp_path: Path) -> None:
    out_file = tmp_path / "list.csv"
    code, out, _ = run_cli(capsys, "export", "--library", str(lib_path), "--all", "--format", "csv", "--out", str(out_file))
    assert code == 0 and "3 candidate(s)" in out
    rows = list(csv.reader(io.StringIO(out_file.read_text(encoding="utf-8-sig"))))
    assert [row[1] for row in rows] == ["Name", "张伟", "Ada Lee", "张伟"]


def test_repeated_candidates_go_to_a_folder(capsys: pytest.CaptureFixture[str], lib_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "md"
    code, _, _ = run_cli(capsys, "export", "--library", str(lib_path), "--candidate", "1", "--candidate", "2", "--format", "md", "--out", str(folder))
    assert code == 0 and sorted(p.name for p in folder.iterdir()) == ["Ada Lee.md", "张伟.md"]


@pytest.mark.parametrize(
    ("target", "message"),
    [
        (["--candidate", "99"], "no candidate with id 99"),
        (["--status", "hired"], "unknown status 'hired'"),
        (["--status", "offer"], "no candidate has the status 'offer'"),
    ],
)
def test_bad_targets_exit_2(capsys: pytest.CaptureFixture[str], lib_path: Path, tmp_path: Path, target: list[str], message: str) -> None:
    code, out, err = run_cli(capsys, "export", "--library", str(lib_path), *target, "--format", "pdf", "--out", str(tmp_path / "x"))
    assert code == 2 and out == "" and message in err
    assert not (tmp_path / "x").exists()


def test_unwritable_output_exits_2(capsys: pytest.CaptureFixture[str], lib_path: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    code, _, err = run_cli(capsys, "export", "--library", str(lib_path), "--all", "--format", "md", "--out", str(blocker))
    assert code == 2 and "is a file, not a folder" in err


def test_missing_target_is_a_usage_error(lib_path: Path, tmp_path: Path) -> None:
    result = run_script("export", "--library", str(lib_path), "--format", "pdf", "--out", str(tmp_path / "x"))
    assert result.returncode == 2
    assert "one of the arguments --candidate --status --all is required" in result.stderr
    assert "Traceback" not in result.stderr
