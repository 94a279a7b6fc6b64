"""PATH arguments: literal paths, globs (expanded by the tool), duplicates."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from licang_check.run.paths import NO_MATCH, Target, expand_paths
from licang_check.run.verify import verify_paths


@pytest.fixture
def tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in ("b/claims.yaml", "a/claims.yaml", "a/deep/er/claims.yaml", "a/notes.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("version: 1\n", encoding="utf-8")
    (tmp_path / "dir.yaml").mkdir()  # a folder that a glob matches: not a file
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _paths(targets: list[Target]) -> list[str]:
    return [t.path for t in targets]


def test_literal_paths_are_kept_as_given_even_when_missing(tree: Path) -> None:
    assert expand_paths(["b/claims.yaml", "missing.yaml", "a"]) == [
        Target("b/claims.yaml"),
        Target("missing.yaml"),
        Target("a"),
    ]


def test_a_glob_is_expanded_sorted_files_only(tree: Path) -> None:
    assert _paths(expand_paths(["*/claims.yaml"])) == ["a/claims.yaml", "b/claims.yaml"]
    # dir.yaml is a folder: the glob matches no file
    assert expand_paths(["*.yaml"]) == [Target("*.yaml", NO_MATCH)]


def test_double_star_spans_folders(tree: Path) -> None:
    assert _paths(expand_paths(["**/claims.yaml"])) == [
        "a/claims.yaml",
        os.path.join("a", "deep", "er", "claims.yaml"),
        "b/claims.yaml",
    ]


def test_a_glob_matching_nothing_is_its_own_error(tree: Path) -> None:
    assert expand_paths(["b/claims.yaml", "c/*.yaml"]) == [
        Target("b/claims.yaml"),
        Target("c/*.yaml", NO_MATCH),
    ]


def test_a_file_named_twice_is_checked_once_where_it_first_appears(tree: Path) -> None:
    assert _paths(expand_paths(["b/claims.yaml", "*/claims.yaml", "./a/claims.yaml"])) == [
        "b/claims.yaml",
        "a/claims.yaml",
    ]


def test_an_existing_file_with_glob_characters_is_taken_literally(tree: Path) -> None:
    (tree / "[draft].yaml").write_text("version: 1\n", encoding="utf-8")
    assert expand_paths(["[draft].yaml"]) == [Target("[draft].yaml")]


def test_verify_paths_reports_the_unmatched_glob_at_1_1(tree: Path) -> None:
    reports = verify_paths(["nothing/*.yaml"])
    assert len(reports) == 1
    assert reports[0].path == "nothing/*.yaml"
    assert [(e.line, e.column, e.message) for e in reports[0].errors] == [(1, 1, NO_MATCH)]
    assert reports[0].results == []


def test_verify_paths_checks_each_match(tree: Path) -> None:
    reports = verify_paths(["*/claims.yaml"])
    assert [r.path for r in reports] == ["a/claims.yaml", "b/claims.yaml"]
    # these stub files are not claims files: each is checked, and each has its error
    assert all(r.errors for r in reports)


def test_a_directory_stays_an_error(tree: Path) -> None:
    (report,) = verify_paths(["a"])
    assert [(e.line, e.column) for e in report.errors] == [(1, 1)]
    assert "directory" in report.errors[0].message


@given(st.text(max_size=12))
def test_a_glob_is_what_glob_calls_one(path: str) -> None:
    """paths tells a glob by glob.has_magic's characters, without importing glob."""
    import glob

    from licang_check.run.paths import _MAGIC

    assert (not _MAGIC.isdisjoint(path)) == glob.has_magic(path)
