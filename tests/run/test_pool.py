"""Many files checked by a pool of processes: the same reports, in the same
order, as checking them one by one; one file never starts a pool."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ARTICLE, dedent
from test_verify import BAD, GOOD
from typer.testing import CliRunner

from licang_check._cli.app import app
from licang_check._i18n.messages import set_language
from licang_check.formats import OutputFormat, get_formatter
from licang_check.run import verify as verify_mod
from licang_check.run.results import FileReport, Summary
from licang_check.run.verify import verify_paths

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fork: Linux only")


def _files(tmp_path: Path) -> list[str]:
    """Twenty-odd files and patterns: consistent and inconsistent files, YAML
    errors, a missing file, a glob that matches nothing, a file named twice."""
    (tmp_path / "article.txt").write_text(ARTICLE, encoding="utf-8")
    names = []
    for i in range(24):
        body = (GOOD, BAD, "version: 1\nclaims: [", GOOD.replace("273%", "27x%"))[i % 4]
        path = tmp_path / f"c{i:02d}.yaml"
        path.write_text(dedent(body), encoding="utf-8")
        names.append(str(path))
    return [
        *names[:5],
        str(tmp_path / "missing.yaml"),
        str(tmp_path / "nothing-*.yaml"),
        str(tmp_path / "c*.yaml"),  # names the first five again
        names[3],
    ]


def _rendered(reports: list[FileReport]) -> dict[OutputFormat, str]:
    summary = Summary.of(reports)
    return {
        f: get_formatter(f).render(reports, summary, color=False)
        for f in OutputFormat
        if f is not OutputFormat.HTML  # HTML keeps the loaded files: never pooled
    }


def test_the_pool_gives_the_serial_reports_in_order(tmp_path: Path) -> None:
    paths = _files(tmp_path)
    serial = verify_paths(paths, jobs=1)
    pooled = verify_paths(paths, jobs=2)
    assert len(serial) == 26  # c03 named twice: checked once
    assert [r.path for r in pooled] == [r.path for r in serial]
    assert pooled == serial
    assert _rendered(pooled) == _rendered(serial)
    assert any(r.errors for r in serial)
    assert any(r.results for r in serial)


def test_the_pool_keeps_the_language(tmp_path: Path) -> None:
    paths = _files(tmp_path)
    set_language("zh")
    serial, pooled = verify_paths(paths, jobs=1), verify_paths(paths, jobs=2)
    assert pooled == serial
    assert any("不" in d.message or "错" in d.message for r in pooled for d in r.errors)


def _pid_of(path: str) -> int:
    return os.getpid()


def test_the_files_are_checked_in_other_processes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = _files(tmp_path)[:5]
    monkeypatch.setattr(verify_mod, "_check_in_worker", _pid_of)
    pids: list[object] = list(verify_mod._in_pool(files, verify_mod._Job(None, True, None), 2))
    assert len(pids) == 5
    assert os.getpid() not in pids


def test_when_a_pool_is_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    files = _files(tmp_path)[:5]
    assert verify_mod._workers(files, 2, False) == 2
    assert verify_mod._workers(files[:1], 2, False) == 1  # one file: here
    assert verify_mod._workers(files, 2, True) == 1  # the HTML report's loaded files
    assert verify_mod._workers(files, 1, False) == 1
    assert verify_mod._workers([*files, "-"], 2, False) == 1  # standard input: read here
    assert verify_mod._workers(files, 8, False) == 5  # no more workers than files
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1}, raising=False)
    assert verify_mod._workers(files, None, False) == 1  # a few KB: not worth it
    monkeypatch.setattr(verify_mod, "POOL_MIN_BYTES", 1000)
    assert verify_mod._workers(files, None, False) == 2
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0}, raising=False)
    assert verify_mod._workers(files, None, False) == 1  # one core


def test_the_cli_output_is_the_same_with_a_pool(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = _files(tmp_path)
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1}, raising=False)
    runs = {}
    for threshold in (10**12, 0):  # never, always
        monkeypatch.setattr(verify_mod, "POOL_MIN_BYTES", threshold)
        for fmt in ("json", "table", "github"):
            r = CliRunner().invoke(app, ["verify", "--isolated", "--format", fmt, *paths])
            runs[threshold, fmt] = (r.exit_code, r.stdout, r.stderr)
    for fmt in ("json", "table", "github"):
        assert runs[0, fmt] == runs[10**12, fmt]
        assert runs[0, fmt][0] == 2


def test_one_file_does_not_import_multiprocessing(tmp_path: Path) -> None:
    (tmp_path / "claims.yaml").write_text(dedent(GOOD), encoding="utf-8")
    (tmp_path / "article.txt").write_text(ARTICLE, encoding="utf-8")
    code = (
        "import sys\n"
        "from licang_check.run.verify import verify_paths\n"
        "r = verify_paths(['claims.yaml', 'claims.yaml'])\n"
        "assert r and not r[0].errors, r\n"
        "print(sorted(m for m in sys.modules if m.startswith(('multiprocessing', 'concurrent'))))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"
