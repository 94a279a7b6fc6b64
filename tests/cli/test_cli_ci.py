"""``verify`` as a CI citizen: many paths and globs, data on stdout and the
summary on stderr, ``-o FILE``, colour only for a terminal, and a line and
column for every result and error in every format."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from conftest import run_cli

from licang_check._cli.app import _color
from licang_check.formats import OutputFormat

CI_DATA = Path(__file__).parents[1] / "data" / "ci"
SUMMARY = re.compile(r"^\d+ consistent, \d+ inconsistent, \d+ errors? in \d+ files?$")
ANSI = "\x1b["


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the CI test data as the current folder, with no pyproject.toml."""
    shutil.copytree(CI_DATA, tmp_path / "ci")
    monkeypatch.chdir(tmp_path / "ci")
    return tmp_path / "ci"


def _run(*args: str) -> tuple[int, str, str]:
    result = run_cli("verify", "--isolated", *args)
    return result.exit_code, result.stdout, result.stderr


def _json(*args: str) -> tuple[int, dict[str, Any]]:
    code, out, _ = _run("-f", "json", *args)
    doc: dict[str, Any] = json.loads(out)
    return code, doc


# -- many paths and globs ------------------------------------------------------------


def test_many_paths_one_files_entry_each_in_order(data: Path) -> None:
    code, doc = _json("inconsistent/claims.yaml", "consistent/claims.yaml")
    assert code == 1
    assert [f["path"] for f in doc["files"]] == [
        "inconsistent/claims.yaml",
        "consistent/claims.yaml",
    ]
    assert doc["summary"] == {"consistent": 10, "inconsistent": 4, "errors": 0}


def test_globs_are_expanded_by_the_tool(data: Path) -> None:
    code, doc = _json("*/claims.yaml")
    assert code == 2  # broken/claims.yaml is among them
    assert [f["path"] for f in doc["files"]] == [
        "broken/claims.yaml",
        "consistent/claims.yaml",
        "inconsistent/claims.yaml",
    ]
    code, doc = _json("**/c*.yaml")
    assert [f["path"] for f in doc["files"]] == [
        "broken/claims.yaml",
        "consistent/claims.yaml",
        "inconsistent/claims.yaml",
    ]


def test_a_glob_matching_nothing_is_an_error_and_the_rest_is_checked(data: Path) -> None:
    code, out, err = _run("-f", "json", "consistent/claims.yaml", "drafts/*.yaml")
    assert code == 2
    assert "drafts/*.yaml:1:1: error: no file matches" in err.splitlines()
    files = json.loads(out)["files"]
    assert [f["path"] for f in files] == ["consistent/claims.yaml", "drafts/*.yaml"]
    assert len(files[0]["results"]) == 7
    assert files[1]["errors"] == [{"line": 1, "column": 1, "message": "no file matches"}]


def test_a_missing_path_is_an_error_at_1_1_and_a_folder_is_searched(data: Path) -> None:
    code, _, err = _run("missing.yaml", "consistent")
    assert code == 2
    errors = [line for line in err.splitlines() if ": error: " in line]
    assert errors == ["missing.yaml:1:1: error: no such file"]
    # the folder stands for its claims files (**/claims*.yaml)
    assert err.splitlines()[-1].endswith("1 error in 2 files")
    _, doc = _json("missing.yaml", "consistent")
    assert [f["path"] for f in doc["files"]] == [
        "missing.yaml",
        os.path.join("consistent", "claims.yaml"),
    ]


# -- streams ---------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", [f.value for f in OutputFormat])
def test_data_on_stdout_summary_alone_on_stderr(data: Path, fmt: str) -> None:
    code, out, err = _run("-f", fmt, "inconsistent/claims.yaml")
    assert code == 1
    assert err.splitlines() == ["3 consistent, 4 inconsistent, 0 errors in 1 file"]
    assert not SUMMARY.search(out.splitlines()[-1])
    assert "sows_share" in out


@pytest.mark.parametrize("fmt", [f.value for f in OutputFormat])
def test_exit_codes_are_the_same_in_every_format(data: Path, fmt: str) -> None:
    assert _run("-f", fmt, "consistent/claims.yaml")[0] == 0
    assert _run("-f", fmt, "consistent/claims.yaml", "inconsistent/claims.yaml")[0] == 1
    assert _run("-f", fmt, "inconsistent/claims.yaml", "broken/claims.yaml")[0] == 2


# -- -o FILE ------------------------------------------------------------------------------


def test_output_file_gets_the_report_and_stdout_stays_empty(data: Path) -> None:
    code, out, err = _run("-f", "sarif", "-o", "report.sarif", "inconsistent/claims.yaml")
    assert code == 1
    assert out == ""
    assert err.splitlines() == ["3 consistent, 4 inconsistent, 0 errors in 1 file"]
    _, expected, _ = _run("-f", "sarif", "inconsistent/claims.yaml")
    assert (data / "report.sarif").read_text(encoding="utf-8") == expected


def test_output_file_is_not_overwritten_without_force(data: Path) -> None:
    (data / "report.xml").write_text("keep me", encoding="utf-8")
    code, out, err = _run("-f", "junit", "-o", "report.xml", "consistent/claims.yaml")
    assert code == 2
    assert out == ""
    assert "report.xml exists; use --force to overwrite it" in err
    assert (data / "report.xml").read_text(encoding="utf-8") == "keep me"
    code, _, _ = _run("-f", "junit", "-o", "report.xml", "--force", "consistent/claims.yaml")
    assert code == 0
    ET.parse(data / "report.xml")  # now the report


def test_output_into_a_missing_folder_or_onto_a_folder_is_a_clean_error(data: Path) -> None:
    code, _, err = _run("-o", "no/such/dir/report.json", "-f", "json", "consistent/claims.yaml")
    assert code == 2
    assert "cannot write no/such/dir/report.json" in err
    assert "Traceback" not in err
    code, _, err = _run("-o", "consistent", "--force", "-f", "json", "consistent/claims.yaml")
    assert code == 2
    assert "Traceback" not in err
    assert not list(data.glob("consistent/.consistent.*"))  # no temporary file left


def test_table_to_a_file_has_no_colour(data: Path) -> None:
    code, _, _ = _run("-o", "report.txt", "inconsistent/claims.yaml")
    assert code == 1
    text = (data / "report.txt").read_text(encoding="utf-8")
    assert "sows_share" in text
    assert ANSI not in text


# -- colour -------------------------------------------------------------------------------


class _Stream:
    def __init__(self, tty: bool) -> None:
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


def test_colour_only_for_a_terminal_and_never_with_no_color(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    assert _color(_Stream(tty=True)) is True
    assert _color(_Stream(tty=False)) is False
    assert _color(object()) is False
    monkeypatch.setenv("NO_COLOR", "1")
    assert _color(_Stream(tty=True)) is False


def test_table_through_a_pipe_has_no_colour(data: Path) -> None:
    _, out, _ = _run("inconsistent/claims.yaml")
    assert "sows_share" in out
    assert ANSI not in out


def _through_a_terminal(no_color: bool) -> str:
    """Run ``verify`` with stdout on a pseudo-terminal and return what it printed."""
    pty = pytest.importorskip("pty")
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    env.update(COLUMNS="120", TERM="xterm-256color")
    if no_color:
        env["NO_COLOR"] = "1"
    leader, follower = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "licang_check", "verify", "--isolated", "inconsistent/claims.yaml"],
        cwd=CI_DATA,
        stdin=subprocess.DEVNULL,
        stdout=follower,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal is closed: the process has finished
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    assert proc.wait() == 1
    return b"".join(chunks).decode("utf-8", errors="replace")


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
def test_a_terminal_gets_colour_unless_no_color_is_set() -> None:
    coloured = _through_a_terminal(no_color=False)
    assert "sows_share" in coloured
    assert ANSI in coloured
    plain = _through_a_terminal(no_color=True)
    assert "sows_share" in plain
    assert ANSI not in plain


# -- line and column everywhere ----------------------------------------------------------


def _positions(*paths: str) -> list[tuple[str, int, int, bool]]:
    """(path, line, column, is-a-problem) of every result and error, from JSON."""
    _, doc = _json(*paths)
    found = []
    for f in doc["files"]:
        found += [
            (f["path"], r["line"], r["column"], r["verdict"] != "consistent") for r in f["results"]
        ]
        found += [(f["path"], e["line"], e["column"], True) for e in f["errors"]]
    return found


PATHS = ("inconsistent/claims.yaml", "broken/claims.yaml", "missing/*.yaml")


def test_every_result_and_error_has_line_and_column_in_json(data: Path) -> None:
    positions = _positions(*PATHS)
    assert len(positions) == 9
    assert all(line >= 1 and column >= 1 for _, line, column, _ in positions)
    assert ("broken/claims.yaml", 9, 5, True) in positions


def test_github_has_line_and_col_for_every_problem(data: Path) -> None:
    _, out, _ = _run("-f", "github", *PATHS)
    commands = out.splitlines()
    expected = [p for p in _positions(*PATHS) if p[3]]
    assert len(commands) == len(expected) == 6
    for (path, line, column, _), command in zip(expected, commands, strict=True):
        assert f"file={path.replace(':', '%3A')},line={line},col={column}," in command


def test_sarif_has_line_and_column_for_every_result(data: Path) -> None:
    _, out, _ = _run("-f", "sarif", "--all", *PATHS)
    got = []
    for r in json.loads(out)["runs"][0]["results"]:
        loc = r["locations"][0]["physicalLocation"]
        region = loc["region"]
        got.append((loc["artifactLocation"]["uri"], region["startLine"], region["startColumn"]))
    expected = [(p.replace("*", "%2A"), line, col) for p, line, col, _ in _positions(*PATHS)]
    assert sorted(got) == sorted(expected)


def test_junit_has_line_and_column_for_every_case(data: Path) -> None:
    _, out, _ = _run("-f", "junit", *PATHS)
    texts = []
    for case in ET.fromstring(out).iter("testcase"):
        (child,) = list(case)
        assert child.text is not None
        texts.append(child.text.split(": ", 1)[0])
    expected = [f"{p}:{line}:{col}" for p, line, col, _ in _positions(*PATHS)]
    assert sorted(texts) == sorted(expected)


def test_table_has_line_and_column_for_every_result(
    data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "200")
    _, out, err = _run("--all", *PATHS)
    for path, line, column, _ in _positions(*PATHS):
        if path == "inconsistent/claims.yaml":
            assert re.search(rf"│\s+{line}:{column} │", out)
        else:  # errors are on stderr, one line each
            assert f"{path}:{line}:{column}: error: " in err
