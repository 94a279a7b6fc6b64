"""The pre-commit hook, run for real: ``pre-commit try-repo`` on this
repository, in a throwaway git repository holding claims files.

pre-commit installs the hook into its own virtualenv (from this repository,
with pip), so this test needs git, pre-commit and a reachable package index;
without git or pre-commit it is skipped.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
CI_DATA = Path(__file__).parents[1] / "data" / "ci"
PRE_COMMIT = [sys.executable, "-m", "pre_commit"]


def test_the_hook_definition() -> None:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    (hook,) = hooks
    assert hook["id"] == "licang-check"
    assert hook["entry"] == "licang-check verify"
    assert hook["language"] == "python"
    assert hook["pass_filenames"] is True
    files = re.compile(hook["files"])
    for name in ("claims.yaml", "news/claims.yml", "a/b/claims-2023.yaml"):
        assert files.search(name), name
    for name in ("article.txt", "pyproject.toml", "news/other.yaml", "claims.yaml/x.txt"):
        assert not files.search(name), name


def _git(*args: str, cwd: Path) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


@pytest.fixture(scope="module")
def pre_commit_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One pre-commit cache for the module: the hook is installed once."""
    pytest.importorskip("pre_commit")
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    if not (ROOT / ".git").exists():
        pytest.skip("the project is not a git checkout")
    return tmp_path_factory.mktemp("pre-commit-home")


def _try_repo(repo: Path, home: Path, **extra: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PRE_COMMIT_HOME=str(home), PRE_COMMIT_COLOR="never", **extra)
    env.pop("NO_COLOR", None)
    return subprocess.run(
        [*PRE_COMMIT, "try-repo", str(ROOT), "licang-check", "--all-files", "--verbose"],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    repo = tmp_path / "newsroom"
    shutil.copytree(CI_DATA / "consistent", repo / "news" / "licang")
    # a YAML file that is not a claims file: the hook must not be given it
    (repo / "config.yaml").write_text("not: [a, claims, file\n", encoding="utf-8")
    _git("init", "-q", cwd=repo)
    _git("add", "-A", cwd=repo)
    return repo


def test_hook_passes_on_a_consistent_claims_file(repo: Path, pre_commit_home: Path) -> None:
    proc = _try_repo(repo, pre_commit_home)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "licang-check" in proc.stdout
    assert "Passed" in proc.stdout
    assert "7 consistent, 0 inconsistent, 0 errors in 1 file" in proc.stdout


def test_hook_fails_on_an_inconsistent_claims_file(repo: Path, pre_commit_home: Path) -> None:
    shutil.copytree(CI_DATA / "inconsistent", repo / "news" / "other")
    _git("add", "-A", cwd=repo)
    proc = _try_repo(repo, pre_commit_home, COLUMNS="80")
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "Failed" in proc.stdout
    # every failure readable in an 80-column terminal; the rest only counted
    hook_output = proc.stdout[proc.stdout.index("- exit code: 1") :]
    assert max(len(line) for line in hook_output.splitlines()) <= 80, hook_output
    assert "  10:3 growth projects_landed: inconsistent" in hook_output
    assert "news/other/claims.yaml: 3 consistent results not listed" in hook_output
    assert "consisten\n" not in hook_output
    assert "- exit code: 1" in proc.stdout
    assert "10 consistent, 4 inconsistent, 0 errors in 2 files" in proc.stdout
    assert "config.yaml" not in proc.stdout  # not a claims file: never passed to the hook
