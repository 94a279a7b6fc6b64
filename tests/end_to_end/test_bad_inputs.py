"""The catalogue of bad inputs (tests/bad_inputs/cases.toml), through the real CLI.

Each case must give exit 2 and ``FILE:LINE:COL: error: MESSAGE`` on stderr,
with no traceback and no verdict, within a timeout that only guards against
a hang. Some cases are made here rather than committed: the huge, the special
(a FIFO, a symlink, an unreadable file) and the billion laughs.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import landed, licang_yaml

HERE = Path(__file__).parents[1] / "bad_inputs"
HANG_GUARD = 120  # seconds; a guard against a hang, not a speed test
SUMMARY = re.compile(r"0 consistent, 0 inconsistent, [1-9]\d* errors? in (1 file|0 files)")

HEAD = "version: 1\narticle:\n  title: 李沧\nclaims:\n"
ONE = landed("landed", quote="落地过亿元项目149个", growth=False)


def _article(name: str) -> str:
    return licang_yaml(ONE, title="李沧", text=name)


@dataclass(frozen=True)
class Case:
    file: str
    at: str
    message: str
    make: str | None = None
    json: bool = False


def _cases() -> list[Case]:
    data = tomllib.loads((HERE / "cases.toml").read_text(encoding="utf-8"))
    return [Case(**c) for c in data["case"]]


CASES = _cases()

# -- the cases made here -------------------------------------------------------

Maker = Callable[[Path, str], list[str]]
"""Makes the case's file in a folder; gives a prefix for the command (or [])."""


def _directory(folder: Path, name: str) -> list[str]:
    (folder / name).mkdir()
    return []


def _missing(folder: Path, name: str) -> list[str]:
    assert not (folder / name).exists()
    return []


def _unreadable(folder: Path, name: str) -> list[str]:
    path = folder / name
    path.write_text(HEAD + ONE, encoding="utf-8")
    path.chmod(0)
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("root reads any file, and setpriv is not here to drop that")
    caps = "-dac_override,-dac_read_search"
    return [setpriv, f"--inh-caps={caps}", f"--bounding-set={caps}"]


def _hundred_mb(folder: Path, name: str) -> list[str]:
    with (folder / name).open("wb") as f:
        f.truncate(100 * 1024 * 1024)  # sparse: 100 MB of NUL, next to no disk
    return []


def _billion_laughs(folder: Path, name: str) -> list[str]:
    lines = [HEAD.rstrip("\n")]
    lines.append("  l0:\n    value: 1\n    quote: &l0 [" + ", ".join(["lol"] * 20) + "]")
    for i in range(1, 20):
        aliases = ", ".join([f"*l{i - 1}"] * 20)
        lines.append(f"  l{i}:\n    value: 1\n    quote: &l{i} [{aliases}]")
    (folder / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return []


def _too_many_claims(folder: Path, name: str) -> list[str]:
    claims = "".join(f"  c{i}: {{quote: q, value: {i}}}\n" for i in range(50_001))
    (folder / name).write_text(HEAD + claims, encoding="utf-8")
    return []


def _too_many_checks(folder: Path, name: str) -> list[str]:
    checks = "".join(f"  - {{id: c{i}, expr: landed > {i}}}\n" for i in range(50_001))
    (folder / name).write_text(HEAD + ONE + "checks:\n" + checks, encoding="utf-8")
    return []


def _quote_searches(folder: Path, name: str) -> list[str]:
    (folder / "74-article.txt").write_text("的" * (2**20 // 3), encoding="utf-8")
    head = "version: 1\narticle:\n  title: 李沧\n  text: 74-article.txt\nclaims:\n"
    quotes = "".join(f"      - {'的' * 18}{i:02d}\n" for i in range(20))
    claims = "".join(f"  c{i}:\n    value: 1\n    quote:\n{quotes}" for i in range(150))
    (folder / name).write_text(head + claims, encoding="utf-8")
    return []


def _too_many_errors(folder: Path, name: str) -> list[str]:
    keys = "".join(f"    k{i}: 1\n" for i in range(150))
    body = HEAD + "  a:\n    quote: q\n    value: 1\n" + keys
    (folder / name).write_text(body, encoding="utf-8")
    return []


def _fifo_article(folder: Path, name: str) -> list[str]:
    os.mkfifo(folder / "86-article.fifo")  # no writer: opening it to read would block
    (folder / name).write_text(_article("86-article.fifo"), encoding="utf-8")
    return []


def _symlink_article(folder: Path, name: str) -> list[str]:
    (folder / "87-article.txt").symlink_to("/etc/passwd")
    (folder / name).write_text(_article("87-article.txt"), encoding="utf-8")
    return []


def _symlink_loop_article(folder: Path, name: str) -> list[str]:
    (folder / "88-article.txt").symlink_to("88-article.txt")
    (folder / name).write_text(_article("88-article.txt"), encoding="utf-8")
    return []


def _huge_article(folder: Path, name: str) -> list[str]:
    with (folder / "89-article.txt").open("wb") as f:
        f.truncate(2 * 1024 * 1024)
    (folder / name).write_text(_article("89-article.txt"), encoding="utf-8")
    return []


MAKERS: dict[str, Maker] = {
    "directory": _directory,
    "missing": _missing,
    "unreadable": _unreadable,
    "hundred_mb": _hundred_mb,
    "billion_laughs": _billion_laughs,
    "too_many_claims": _too_many_claims,
    "too_many_checks": _too_many_checks,
    "quote_searches": _quote_searches,
    "too_many_errors": _too_many_errors,
    "fifo_article": _fifo_article,
    "symlink_article": _symlink_article,
    "symlink_loop_article": _symlink_loop_article,
    "huge_article": _huge_article,
}

# -- running them --------------------------------------------------------------


def _prepare(case: Case, tmp_path: Path) -> tuple[Path, list[str]]:
    """A scratch copy of the catalogue with the case in it; the command prefix."""
    folder = tmp_path / "cases"
    shutil.copytree(HERE, folder)
    if case.make is None:
        assert (folder / case.file).is_file(), f"{case.file} is not in tests/bad_inputs"
        return folder, []
    assert not (folder / case.file).exists(), f"{case.file} is made, and also committed"
    return folder, MAKERS[case.make](folder, case.file)


def _verify(folder: Path, prefix: list[str], *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "200"}
    return subprocess.run(
        [*prefix, sys.executable, "-m", "licang_check", "verify", *args],
        cwd=folder,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=HANG_GUARD,
        env=env,
        check=False,
    )


@pytest.mark.parametrize("case", CASES, ids=[c.file for c in CASES])
def test_bad_input_gets_a_clean_error(case: Case, tmp_path: Path) -> None:
    folder, prefix = _prepare(case, tmp_path)
    proc = _verify(folder, prefix, case.file)
    assert "Traceback" not in proc.stderr + proc.stdout
    assert proc.returncode == 2, proc.stderr
    expected = f"{case.file}:{case.at}: error: "
    lines = [line for line in proc.stderr.splitlines() if line.startswith(expected)]
    assert lines, f"no error at {case.at}:\n{proc.stderr}"
    assert any(case.message in line for line in lines), proc.stderr
    assert "consistent" not in proc.stdout  # no verdict: neither kind
    *errors, summary = proc.stderr.splitlines()
    assert all(line.startswith(f"{case.file}:") for line in errors), proc.stderr
    assert SUMMARY.fullmatch(summary), summary


JSON_CASES = [c for c in CASES if c.json]


@pytest.mark.parametrize("case", JSON_CASES, ids=[c.file for c in JSON_CASES])
def test_bad_input_error_in_json(case: Case, tmp_path: Path) -> None:
    folder, prefix = _prepare(case, tmp_path)
    proc = _verify(folder, prefix, "--format", "json", case.file)
    assert "Traceback" not in proc.stderr + proc.stdout
    assert proc.returncode == 2
    report = json.loads(proc.stdout)
    (entry,) = report["files"]
    assert entry["path"] == case.file
    assert entry["results"] == []
    line, column = (int(n) for n in case.at.split(":"))
    assert any(
        (e["line"], e["column"]) == (line, column) and case.message in e["message"]
        for e in entry["errors"]
    ), entry["errors"]
    assert report["summary"]["errors"] == len(entry["errors"])


def test_the_catalogue_is_complete() -> None:
    """At least 40 cases, each file used once, every committed file in a case
    (or the companion of one), every maker used."""
    assert len(CASES) >= 40
    files = [c.file for c in CASES]
    assert len(files) == len(set(files))
    committed = {p.name for p in HERE.iterdir()} - {"cases.toml"}
    companions = {"85-article-gbk.txt"}
    assert committed - companions == {c.file for c in CASES if c.make is None}
    assert {c.make for c in CASES if c.make} == set(MAKERS)
    assert len(JSON_CASES) >= 5


def test_a_bom_is_accepted(tmp_path: Path) -> None:
    """A UTF-8 BOM (as Windows editors write it) is accepted, not an error."""
    text = (Path(__file__).parents[2] / "claims.yaml").read_text(encoding="utf-8")
    (tmp_path / "claims.yaml").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    shutil.copy(Path(__file__).parents[2] / "article.txt", tmp_path / "article.txt")
    proc = _verify(tmp_path, [], "claims.yaml")
    assert proc.returncode == 0, proc.stderr
    assert "error" not in proc.stderr.replace("0 errors", "")
