"""PATH arguments: literal paths, folders, globs (expanded by the tool, and
what they find held to the article's rules), duplicates, ``-``."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from licang_check._i18n.messages import t
from licang_check.run.paths import _MAGIC, CLAIMS_PATTERN, NO_MATCH, Target, expand_paths
from licang_check.run.results import Summary
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
    assert expand_paths(["b/claims.yaml", "missing.yaml", "-", "./-"]) == [
        Target("b/claims.yaml"),
        Target("missing.yaml"),
        Target("-"),  # the standard input
        Target("./-"),  # a file named -
    ]


def test_a_folder_stands_for_its_claims_files(tree: Path) -> None:
    assert _paths(expand_paths(["a"])) == [
        os.path.join("a", "claims.yaml"),
        os.path.join("a", "deep", "er", "claims.yaml"),
    ]
    assert _paths(expand_paths(["a/deep/"])) == [os.path.join("a/deep", "er", "claims.yaml")]


def test_a_folder_with_no_claims_file(tree: Path) -> None:
    (tree / "empty").mkdir()
    (tree / "empty" / "notes.yaml").write_text("x: 1\n", encoding="utf-8")
    (error,) = expand_paths(["empty"])
    assert error == Target("empty", t("paths.no_claims_file", pattern=CLAIMS_PATTERN), False)


def test_a_glob_is_expanded_sorted_files_only(tree: Path) -> None:
    assert _paths(expand_paths(["*/claims.yaml"])) == ["a/claims.yaml", "b/claims.yaml"]
    # dir.yaml is a folder: the glob matches no file
    assert expand_paths(["*.yaml"]) == [Target("*.yaml", NO_MATCH, matched=False)]


def test_double_star_spans_folders(tree: Path) -> None:
    assert _paths(expand_paths(["**/claims.yaml"])) == [
        "a/claims.yaml",
        os.path.join("a", "deep", "er", "claims.yaml"),
        "b/claims.yaml",
    ]


def test_a_glob_matching_nothing_is_its_own_error(tree: Path) -> None:
    assert expand_paths(["b/claims.yaml", "c/*.yaml"]) == [
        Target("b/claims.yaml"),
        Target("c/*.yaml", NO_MATCH, matched=False),
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


def test_an_unmatched_glob_is_no_file_in_the_summary(tree: Path) -> None:
    summary = Summary.of(verify_paths(["b/claims.yaml", "nothing/*.yaml"]))
    assert (summary.files, summary.errors) == (1, 3)  # b's own two errors, and the glob's


# -- what a glob finds -------------------------------------------------------------------


def test_symlink_loops_are_not_followed(tree: Path) -> None:
    (tree / "a" / "loop").symlink_to(".")
    (tree / "a" / "up").symlink_to("..")
    (tree / "a" / "self.yaml").symlink_to("self.yaml")
    assert _paths(expand_paths(["a/**/claims.yaml"])) == [
        os.path.join("a", "claims.yaml"),
        os.path.join("a", "deep", "er", "claims.yaml"),
    ]
    (loop,) = expand_paths(["a/**/self.yaml"])
    assert loop == Target(os.path.join("a", "self.yaml"), t("paths.not_regular"))


def test_double_star_does_not_enter_a_symlinked_folder(tree: Path) -> None:
    (tree / "c").symlink_to("a")
    assert _paths(expand_paths(["c/**/claims.yaml"])) == [
        os.path.join("c", "claims.yaml"),  # c itself is where the glob starts
        os.path.join("c", "deep", "er", "claims.yaml"),
    ]
    assert _paths(expand_paths(["**/claims.yaml"])) == [
        "a/claims.yaml",
        os.path.join("a", "deep", "er", "claims.yaml"),
        "b/claims.yaml",
    ]


def test_a_symlink_out_of_the_glob_is_refused(
    tree: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    outside = tmp_path_factory.mktemp("outside") / "secret.env"
    outside.write_text("TOKEN=x\n", encoding="utf-8")
    (tree / "b" / "claims-2.yaml").symlink_to(outside)
    (tree / "b" / "claims-3.yaml").symlink_to("../a/claims.yaml")  # out of b/, in the checkout
    assert expand_paths(["b/*.yaml"]) == [
        Target(os.path.join("b", "claims-2.yaml"), t("paths.outside", base="b")),
        Target(os.path.join("b", "claims-3.yaml"), t("paths.outside", base="b")),
        Target(os.path.join("b", "claims.yaml")),
    ]
    found = expand_paths(["*/claims*.yaml"])  # from the checkout, a/ is inside
    assert Target(os.path.join("b", "claims-3.yaml")) in found


def test_hidden_names_are_not_matched_and_not_reached(tree: Path) -> None:
    (tree / "a" / ".drafts").mkdir()
    (tree / "a" / ".drafts" / "claims.yaml").write_text("version: 1\n", encoding="utf-8")
    (tree / "a" / ".claims.yaml").write_text("version: 1\n", encoding="utf-8")
    assert ".drafts" not in "".join(_paths(expand_paths(["a/**/claims.yaml"])))
    assert _paths(expand_paths(["a/*claims.yaml"])) == [os.path.join("a", "claims.yaml")]
    (tree / "a" / "claims-d.yaml").symlink_to(".drafts/claims.yaml")
    assert expand_paths(["a/claims-*.yaml"]) == [
        Target(os.path.join("a", "claims-d.yaml"), t("paths.hidden", base="a"))
    ]
    # spelt out in the pattern, before its first wildcard: the user's word
    assert _paths(expand_paths(["a/.drafts/*.yaml"])) == [os.path.join("a/.drafts", "claims.yaml")]


def test_a_fifo_a_glob_finds_is_not_opened(tree: Path) -> None:
    os.mkfifo(tree / "b" / "claims-fifo.yaml")
    (fifo, _) = expand_paths(["b/claims*.yaml"])
    assert fifo == Target(os.path.join("b", "claims-fifo.yaml"), t("paths.not_regular"))


def test_an_absolute_glob(tree: Path) -> None:
    assert _paths(expand_paths([f"{tree}/*/claims.yaml"])) == [
        f"{tree}/a/claims.yaml",
        f"{tree}/b/claims.yaml",
    ]


_NAMES = st.sampled_from(["a", "b", "claims.yaml", "x.yaml", ".h", ".h.yaml", "c1.yaml"])
_PARTS = st.sampled_from(["*", "**", "a", "b", "*.yaml", "c?.yaml", "[ab]", ".h", "claims*"])


@given(
    st.lists(st.lists(_NAMES, min_size=1, max_size=4), max_size=8),
    st.lists(_PARTS, min_size=1, max_size=4),
)
def test_the_walk_matches_what_glob_matches(files: list[list[str]], parts: list[str]) -> None:
    """Without symlinks, a glob finds the files glob.glob(recursive=True) does."""
    import glob
    import tempfile

    with tempfile.TemporaryDirectory() as root:
        for names in files:
            path = os.path.join(root, *names)
            try:
                os.makedirs(os.path.dirname(path), exist_ok=True)
                if not os.path.isdir(path):
                    Path(path).write_text("x", encoding="utf-8")
            except (FileExistsError, NotADirectoryError):
                continue  # a name is a file in one list and a folder in another
        pattern = os.path.join(root, *parts)
        if _MAGIC.isdisjoint(pattern):
            return
        # (glob itself gives a file twice for `**/**`: a set)
        want = sorted({p for p in glob.glob(pattern, recursive=True) if os.path.isfile(p)})
        got = [t.path for t in expand_paths([pattern]) if t.matched]
        assert got == want


@given(st.text(max_size=12))
def test_a_glob_is_what_glob_calls_one(path: str) -> None:
    """paths tells a glob by glob.has_magic's characters, without importing glob."""
    import glob

    assert (not _MAGIC.isdisjoint(path)) == glob.has_magic(path)


def _every_path(root: Path) -> list[str]:
    """Every name under ``root`` (symlinks not entered), relative to it."""
    out = []
    for folder, dirs, files in os.walk(root):
        for name in dirs + files:
            out.append(os.path.relpath(os.path.join(folder, name), root))
    return sorted(out)


@pytest.mark.parametrize("base", ["", "a", "link-to-a"])
def test_the_plain_rule_is_where_problem_where_it_answers(tree: Path, base: str) -> None:
    """``_plain_rule`` (no symlink below the base, no ``..``) gives what the
    article's rule (``where_problem``, resolving both) gives, and steps aside
    (False) wherever a symlink is on the way."""
    from licang_check.claims.article import where_problem
    from licang_check.run.paths import _plain_rule

    outside = tree.parent / f"{tree.name}-outside.yaml"
    outside.write_text("version: 1\n", encoding="utf-8")
    (tree / "a" / ".hidden").mkdir()
    (tree / "a" / ".hidden" / "claims.yaml").write_text("version: 1\n", encoding="utf-8")
    (tree / "a" / ".dot.yaml").write_text("version: 1\n", encoding="utf-8")
    (tree / "a" / "to-hidden.yaml").symlink_to(".hidden/claims.yaml")
    (tree / "a" / "to-outside.yaml").symlink_to(outside)
    (tree / "a" / "to-b").symlink_to("../b")
    (tree / "a" / "up.yaml").symlink_to("../b/claims.yaml")
    (tree / "link-to-a").symlink_to("a")
    folder = base or "."
    answered = stepped_aside = hidden = 0
    for rel in _every_path(tree / folder):
        plain = _plain_rule(folder, rel)
        if plain is False:
            stepped_aside += 1
            assert any(
                os.path.islink(os.path.join(folder, *rel.split(os.sep)[: i + 1]))
                for i in range(len(rel.split(os.sep)))
            )
            continue
        answered += 1
        hidden += plain == "hidden"
        assert plain == where_problem(rel, Path(folder), current=False), rel
    assert answered > 5
    assert hidden >= 2
    assert stepped_aside >= (4 if base else 1)
    assert _plain_rule(folder, os.path.join("..", "b", "claims.yaml")) is False
