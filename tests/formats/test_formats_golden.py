"""Golden files: the exact output of ``verify`` in every format, on a
consistent claims file, an inconsistent one, and files that cannot be checked.

The files are in ``tests/golden/``, named ``CASE.FORMAT``. They are made by
running ``verify --isolated`` in ``tests/data/ci/`` with relative paths (so
no temporary path is in them) and 100 columns; SARIF's tool version is
written as ``@VERSION@``. After a deliberate change of output, rewrite them
with

    LICANG_UPDATE_GOLDEN=1 pytest tests/formats/test_formats_golden.py

and review the diff before committing it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from licang_check import __version__
from licang_check._cli.app import app
from licang_check.formats import OutputFormat, sarif

GOLDEN = Path(__file__).parents[1] / "golden"
CI_DATA = Path(__file__).parents[1] / "data" / "ci"
UPDATE = os.environ.get("LICANG_UPDATE_GOLDEN") == "1"
VERSION = "@VERSION@"

# case -> (paths, exit code)
CASES: dict[str, tuple[list[str], int]] = {
    "consistent": (["consistent/claims.yaml"], 0),
    "inconsistent": (["inconsistent/claims.yaml"], 1),
    "errors": (["broken/claims.yaml", "missing/*.yaml"], 2),
}


def _from_golden(fmt: OutputFormat, golden: str) -> str:
    if fmt is OutputFormat.SARIF:
        return golden.replace(json.dumps(VERSION), json.dumps(__version__))
    return golden


def _to_golden(fmt: OutputFormat, output: str) -> str:
    if fmt is not OutputFormat.SARIF:
        return output
    assert json.loads(output)["runs"][0]["tool"]["driver"]["version"] == __version__
    golden = output.replace(
        f'"name": "licang-check",\n          "version": {json.dumps(__version__)}',
        f'"name": "licang-check",\n          "version": {json.dumps(VERSION)}',
        1,
    )
    assert _from_golden(fmt, golden) == output, "the placeholder must stand for the version only"
    assert json.loads(golden)["runs"][0]["tool"]["driver"]["version"] == VERSION
    return golden


@pytest.mark.parametrize("fmt", list(OutputFormat))
@pytest.mark.parametrize("case", list(CASES))
def test_golden(case: str, fmt: OutputFormat, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(CI_DATA)
    # SARIF's URIs are relative to the repository root: here, the data's folder
    monkeypatch.setattr(sarif, "repository_root", lambda cwd=None: CI_DATA.resolve())
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.delenv("NO_COLOR", raising=False)
    paths, code = CASES[case]
    result = CliRunner().invoke(app, ["verify", "--isolated", "--format", fmt.value, *paths])
    assert result.exit_code == code, result.stderr
    golden = GOLDEN / f"{case}.{fmt.value}"
    if UPDATE:
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(_to_golden(fmt, result.stdout), encoding="utf-8", newline="")
    assert golden.is_file(), f"no golden file {golden.name}: run with LICANG_UPDATE_GOLDEN=1"
    expected = _from_golden(fmt, golden.read_text(encoding="utf-8"))
    assert result.stdout == expected


def test_every_golden_file_is_used() -> None:
    expected = {f"{case}.{fmt.value}" for case in CASES for fmt in OutputFormat}
    assert {p.name for p in GOLDEN.iterdir() if p.name != "README.md"} == expected
