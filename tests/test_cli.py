"""The command line: parse, import, list, search, --version, --help, bad input without tracebacks."""

from __future__ import annotations

import json
from pathlib import Path

import pymupdf
import pytest

import main
from storage.library import Library
from tests.conftest import add_candidate, make_profile, run_cli, run_script
from tests.storage.resume_versions import write_namesake, write_versions


def make_pdf(path: Path, lines: list[str]) -> Path:
    """A one-page PDF with these lines (Chinese through the built-in CJK font)."""
    doc = pymupdf.open()
    page = doc.new_page()
    for number, line in enumerate(lines):
        page.insert_text((72, 72 + 18 * number), line, fontname="china-s", fontsize=11)
    doc.save(path)
    return path


@pytest.fixture
def resumes(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    (folder / "nested").mkdir(parents=True)
    make_pdf(folder / "zhang.pdf", ["张伟", "邮箱：zhangwei@example.com", "教育背景", "清华大学 计算机 博士", "负责大模型预训练"])
    make_pdf(folder / "nested" / "lee.pdf", ["Ada Lee", "ada@example.com", "Education", "MIT, PhD in CS", "Recommender systems"])
    (folder / "broken.pdf").write_bytes(b"")
    (folder / "notes.xyz").write_text("ignored: not a résumé type")
    return folder


def test_parse_prints_json_resume(capsys: pytest.CaptureFixture[str], resumes: Path) -> None:
    code, out, _ = run_cli(capsys, "parse", str(resumes / "zhang.pdf"))
    assert code == 0
    data = json.loads(out)
    assert data["basics"]["name"] == "张伟"
    assert data["basics"]["email"] == "zhangwei@example.com"


def test_parse_bad_input_exits_2_with_one_line(resumes: Path) -> None:
    result = run_script("parse", str(resumes / "broken.pdf"))
    assert result.returncode == 2
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr
    assert "empty" in result.stderr.lower()


def test_parse_missing_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run_cli(capsys, "parse", str(tmp_path / "nope.pdf"))
    assert code == 2 and "nope.pdf" in err


def test_import_list_search(capsys: pytest.CaptureFixture[str], resumes: Path, tmp_path: Path) -> None:
    lib = str(tmp_path / "cli.shortlist")
    code, out, _ = run_cli(capsys, "import", str(resumes), "--library", lib)
    assert code == 1  # the empty file failed
    lines = out.strip().splitlines()
    assert sum(line.startswith("imported") for line in lines) == 2
    assert any(line.startswith("failed") and "broken.pdf" in line for line in lines)
    assert lines[-1] == "2 imported, 0 duplicate, 1 failed"

    code, out, _ = run_cli(capsys, "import", str(resumes / "zhang.pdf"), "--library", lib)
    assert code == 0 and out.startswith("duplicate")

    code, out, _ = run_cli(capsys, "list", "--library", lib)
    rows = [line.split("\t") for line in out.strip().splitlines()]
    assert {r[1] for r in rows} == {"张伟", "Ada Lee"}
    assert {r[2] for r in rows} == {"New"}
    assert {r[3] for r in rows} == {"1 document"}

    code, out, _ = run_cli(capsys, "search", "大模型", "--library", lib)
    assert [line.split("\t")[1] for line in out.strip().splitlines()] == ["张伟"]
    code, out, err = run_cli(capsys, "search", "diffusion", "--library", lib)
    assert out == "" and "no match" in err


def test_library_given_before_the_command_is_the_one_used(capsys: pytest.CaptureFixture[str], resumes: Path, tmp_path: Path) -> None:
    lib = tmp_path / "before.shortlist"
    code, out, _ = run_cli(capsys, "--library", str(lib), "import", str(resumes / "zhang.pdf"))
    assert code == 0 and out.startswith("imported")
    library = Library(lib)
    try:
        assert [row.display_name for row in library.summaries(library.candidate_ids())] == ["张伟"]
    finally:
        library.close()


def test_search_words_may_start_with_a_dash(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    lib = tmp_path / "cli.shortlist"
    library = Library(lib)
    add_candidate(library, "PhD, -Stanford University", make_profile("Ada Lee"))
    add_candidate(library, "MIT", make_profile("张伟"))
    library.close()
    at = ["--library", str(lib)]
    for argv in (["search", *at, "-Stanford"], ["search", *at, "--", "-Stanford"], ["search", "-Stanford", "--status", "new", *at]):
        code, out, _ = run_cli(capsys, *argv)
        assert code == 0 and [line.split("\t")[1] for line in out.splitlines()] == ["Ada Lee"], argv
    with pytest.raises(SystemExit):
        main.main(["list", "-Stanford", "--library", str(lib)])  # other commands still refuse unknown options


def test_version_and_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main.main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.startswith("shortlist ")
    with pytest.raises(SystemExit):
        main.main(["--help"])
    help_text = capsys.readouterr().out
    for command in ("parse", "import", "list", "search", "export"):
        assert command in help_text


def test_unwritable_library_is_a_clear_message(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    not_a_library = tmp_path / "x.shortlist"
    not_a_library.write_bytes(b"garbage" * 200)
    code, _, err = run_cli(capsys, "list", "--library", str(not_a_library))
    assert code == 1 and "not a Shortlist library" in err


def test_import_joins_a_persons_versions_and_merge_split_list(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    lib = str(tmp_path / "people.shortlist")
    versions = write_versions(tmp_path / "wang")
    code, out, _ = run_cli(capsys, "import", *map(str, versions[:2]), str(write_namesake(tmp_path)), "--library", lib)
    lines = out.strip().splitlines()
    assert code == 0 and lines[1].startswith("joined #1 ") and lines[2].startswith("imported (#2)")
    assert "same name as #1" in lines[3] and lines[-1] == "3 imported, 0 duplicate, 0 failed; 1 joined a person"

    code, out, _ = run_cli(capsys, "merge", "1", "2", "--library", lib)
    assert code == 0 and "3 documents" in out
    code, out, _ = run_cli(capsys, "list", "--library", lib)
    assert [line.split("\t")[3] for line in out.strip().splitlines()] == ["3 documents"]

    code, out, _ = run_cli(capsys, "documents", "1", "--library", lib)
    namesake_document = out.splitlines()[0].split("\t")[0]
    code, out, _ = run_cli(capsys, "split", namesake_document, "--library", lib)
    assert code == 0 and "Wang Siyuan" in out
    code, out, _ = run_cli(capsys, "list", "--library", lib)
    assert [line.split("\t")[3] for line in out.strip().splitlines()] == ["2 documents", "1 document"]

    code, _, err = run_cli(capsys, "split", "99", "--library", lib)
    assert code == 2 and "no person or document with id 99" in err
    code, _, err = run_cli(capsys, "merge", "1", "1", "--library", lib)
    assert code == 2 and "themselves" in err
