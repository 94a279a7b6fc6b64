"""``[tool.licang-check]`` in pyproject.toml: found like ruff's, strict like a claims file."""

from __future__ import annotations

import json
import textwrap
from fractions import Fraction
from pathlib import Path

import pytest
from conftest import licang_yaml, run_cli

from licang_check.claims.config import Config, ConfigError, find_config, parse_config
from licang_check.claims.load import Defaults
from licang_check.formats import OutputFormat
from licang_check.numeric.rounding import RoundingMode
from licang_check.run.results import Verdict
from licang_check.run.verify import verify_file

PYPROJECT = Path("/project/pyproject.toml")


def _parse(body: str) -> Config | None:
    return parse_config(textwrap.dedent(body), PYPROJECT, cwd=PYPROJECT.parent)


def _error(body: str) -> tuple[int, int, str]:
    with pytest.raises(ConfigError) as info:
        _parse(body)
    d = info.value.diagnostic
    return d.line, d.column, d.message


def test_no_table_means_no_configuration() -> None:
    assert _parse("[project]\nname = 'x'\n") is None
    assert _parse("[tool.ruff]\nline-length = 100\n") is None


def test_every_key() -> None:
    config = _parse(
        """
        [tool.licang-check]
        paths = ["claims/*.yaml", "extra.yaml"]
        rounding = "half-even"
        tolerance = "5%"
        format = "github"
        """
    )
    assert config is not None
    assert config.path == PYPROJECT
    assert config.paths == ["claims/*.yaml", "extra.yaml"]
    assert config.defaults == Defaults(RoundingMode.HALF_EVEN, Fraction(5, 100))
    assert config.format is OutputFormat.GITHUB


def test_an_empty_table_gives_the_built_in_defaults() -> None:
    config = _parse("[tool.licang-check]\n")
    assert config is not None
    assert (config.paths, config.defaults, config.format) == (None, Defaults(), None)


def test_quoted_table_name_and_single_path_string() -> None:
    config = _parse('[tool."licang-check"]\npaths = "claims.yaml"\n')
    assert config is not None
    assert config.paths == ["claims.yaml"]


@pytest.mark.parametrize(
    ("body", "where", "fragment"),
    [
        ('rounding = "banker"\n', (3, 1), "unknown rounding 'banker'; use one of half-up"),
        ('  tolerance = "150%"\n', (3, 3), "tolerance must be a percentage"),
        ("tolerance = 0.1\n", (3, 1), "tolerance must be a percentage"),
        ('tolerance = "约10%"\n', (3, 1), "tolerance must be a percentage"),
        ('format = "xml"\n', (3, 1), "unknown format 'xml'; use one of table, json"),
        ("paths = [1, 2]\n", (3, 1), "paths must be a list of file names or globs"),
        ("paths = []\n", (3, 1), "paths is empty"),
        ('roundng = "down"\n', (3, 1), "unknown key 'roundng' in [tool.licang-check]"),
    ],
)
def test_bad_values_are_errors_at_their_line(
    body: str, where: tuple[int, int], fragment: str
) -> None:
    line, column, message = _error("# settings\n[tool.licang-check]\n" + body)
    assert (line, column) == where
    assert fragment in message


def test_a_misspelt_key_gets_a_suggestion() -> None:
    assert "(did you mean 'rounding'?)" in _error('[tool.licang-check]\nroundng = "down"\n')[2]


def test_the_line_is_found_in_the_right_table() -> None:
    body = '[tool.other]\nformat = "x"\n\n[tool.licang-check]\npaths = ["a"]\nformat = "x"\n'
    assert _error(body)[:2] == (6, 1)


def test_where_the_line_cannot_be_told_it_is_1_1() -> None:
    assert _error('tool.licang-check.format = "xml"\n')[:2] == (1, 1)


def test_a_table_that_is_not_a_table() -> None:
    line, column, message = _error('[tool]\n"licang-check" = 3\n')
    assert (line, column) == (1, 1)
    assert "must be a table" in message


def test_toml_syntax_error_has_its_position() -> None:
    line, column, message = _error('[tool.licang-check]\nformat = "json\n')
    assert (line, column) == (2, 15)
    assert message.startswith("TOML: ")
    assert "line 2" not in message  # the position is in LINE:COL, not repeated


def test_paths_are_relative_to_the_pyproject_folder(tmp_path: Path) -> None:
    config = parse_config(
        '[tool.licang-check]\npaths = ["claims/*.yaml", "/abs/x.yaml"]\n',
        tmp_path / "pyproject.toml",
        cwd=tmp_path / "sub" / "dir",
    )
    assert config is not None
    assert config.paths == [str(Path("..", "..", "claims", "*.yaml")), "/abs/x.yaml"]


# -- discovery -------------------------------------------------------------------


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def test_discovery_walks_up_past_a_pyproject_without_the_table(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    top = _write(tmp_path / "pyproject.toml", '[tool.licang-check]\nrounding = "down"\n')
    _write(tmp_path / "a" / "pyproject.toml", "[tool.ruff]\nline-length = 100\n")
    (tmp_path / "a" / "b").mkdir()
    monkeypatch.chdir(tmp_path / "a" / "b")
    config = find_config()
    assert config.path == top
    assert config.defaults.rounding is RoundingMode.DOWN


def test_the_nearest_table_wins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _write(tmp_path / "pyproject.toml", '[tool.licang-check]\nrounding = "down"\n')
    near = _write(tmp_path / "a" / "pyproject.toml", '[tool.licang-check]\nrounding = "any"\n')
    monkeypatch.chdir(tmp_path / "a")
    assert find_config().path == near


def test_no_pyproject_anywhere_gives_the_built_in_defaults(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    config = find_config(tmp_path)
    if config.path is not None:  # a pyproject.toml above the temporary folder
        pytest.skip(f"found {config.path} above the temporary folder")
    assert config == Config()


def test_a_broken_pyproject_on_the_way_is_an_error_shown_relative(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _write(tmp_path / "pyproject.toml", "[tool.licang-check\n")
    (tmp_path / "sub").mkdir()
    monkeypatch.chdir(tmp_path / "sub")
    with pytest.raises(ConfigError) as info:
        find_config()
    assert str(info.value).startswith(str(Path("..", "pyproject.toml")) + ":1:")


def test_a_broken_pyproject_that_never_names_the_tool_is_passed_over(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # It cannot hold [tool.licang-check], so it is not parsed at all (nor is tomllib
    # imported): another tool's broken file is that tool's business.
    _write(tmp_path / "pyproject.toml", "[tool.black\n")
    monkeypatch.chdir(tmp_path)
    config = find_config()
    if config.path is not None:
        pytest.skip(f"found {config.path} above the temporary folder")
    assert config == Config()


# -- defaults reach the checks, and a claims file's own settings win ---------------


def growth_file(own: str) -> str:
    """The sample's claim under the file's own settings ``own``."""
    return licang_yaml(text=None, settings=own)


@pytest.mark.parametrize(
    ("own", "default", "verdict"),
    [
        ("", RoundingMode.HALF_UP, Verdict.CONSISTENT),  # 149/40 = +272.5%: prints 273%
        ("", RoundingMode.HALF_EVEN, Verdict.INCONSISTENT),  # ... and half-even prints 272%
        ("rounding: half-up", RoundingMode.HALF_EVEN, Verdict.CONSISTENT),  # the file wins
        ("rounding: half-even", RoundingMode.HALF_UP, Verdict.INCONSISTENT),
    ],
)
def test_rounding_default_applies_unless_the_file_says(
    tmp_path: Path, own: str, default: RoundingMode, verdict: Verdict
) -> None:
    path = _write(tmp_path / "claims.yaml", growth_file(own))
    report = verify_file(str(path), Defaults(rounding=default))
    assert report.errors == []
    assert [r.verdict for r in report.results] == [verdict]


ABOUT = """\
version: 1
article: {title: t}
%s
claims:
  visitors:
    quote: 约100人
    value: 约100
checks:
  - id: more_than_106
    expr: visitors > 106
"""


@pytest.mark.parametrize(
    ("own", "default", "verdict"),
    [
        ("", Fraction(1, 10), Verdict.CONSISTENT),  # 约100 is [90, 110]
        ("", Fraction(5, 100), Verdict.INCONSISTENT),  # 约100 is [95, 105]
        ("tolerance: 10%", Fraction(5, 100), Verdict.CONSISTENT),  # the file wins
    ],
)
def test_tolerance_default_applies_unless_the_file_says(
    tmp_path: Path, own: str, default: Fraction, verdict: Verdict
) -> None:
    path = _write(tmp_path / "claims.yaml", ABOUT % own)
    report = verify_file(str(path), Defaults(tolerance=default))
    assert report.errors == []
    assert [r.verdict for r in report.results] == [verdict]


# -- the command line ---------------------------------------------------------------


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    _write(tmp_path / "news" / "one.yaml", growth_file(""))
    _write(tmp_path / "news" / "two.yaml", ABOUT % "")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _run(*args: str) -> tuple[int, str, str]:
    result = run_cli("verify", *args)
    return result.exit_code, result.stdout, result.stderr


def test_verify_without_paths_checks_the_configured_ones(project: Path) -> None:
    _write(project / "pyproject.toml", '[tool.licang-check]\npaths = ["news/*.yaml"]\n')
    code, out, _ = _run("-f", "json")
    assert code == 0
    assert [f["path"] for f in json.loads(out)["files"]] == ["news/one.yaml", "news/two.yaml"]


def test_configured_paths_from_a_subfolder_are_shown_relative_to_it(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _write(project / "pyproject.toml", '[tool.licang-check]\npaths = ["news/*.yaml"]\n')
    (project / "sub").mkdir()
    monkeypatch.chdir(project / "sub")
    code, out, _ = _run("-f", "json")
    assert code == 0
    assert [f["path"] for f in json.loads(out)["files"]] == [
        str(Path("..", "news", "one.yaml")),
        str(Path("..", "news", "two.yaml")),
    ]


def test_paths_given_win_over_configured_ones(project: Path) -> None:
    _write(project / "pyproject.toml", '[tool.licang-check]\npaths = ["news/*.yaml"]\n')
    code, out, _ = _run("-f", "json", "news/two.yaml")
    assert code == 0
    assert [f["path"] for f in json.loads(out)["files"]] == ["news/two.yaml"]


def test_configured_rounding_and_format_apply_and_isolated_ignores_them(project: Path) -> None:
    _write(
        project / "pyproject.toml",
        '[tool.licang-check]\nrounding = "half-even"\nformat = "json"\n',
    )
    code, out, _ = _run("news/one.yaml")
    assert code == 1  # half-even: 149 on 40 prints as 272%, not 273%
    assert json.loads(out)["summary"]["inconsistent"] == 1
    code, out, _ = _run("--format", "github", "news/one.yaml")
    assert code == 1
    assert out.startswith("::error ")  # --format wins over format =
    code, out, _ = _run("--isolated", "-f", "json", "news/one.yaml")
    assert code == 0


def test_a_bad_configuration_is_exit_2_at_its_line_and_checks_nothing(project: Path) -> None:
    _write(project / "pyproject.toml", '[tool.licang-check]\n\nrounding = "banker"\n')
    code, out, err = _run("-f", "json", "news/one.yaml")
    assert code == 2
    assert "pyproject.toml:3:1: error: unknown rounding 'banker'" in err
    files = json.loads(out)["files"]
    assert [f["path"] for f in files] == ["pyproject.toml"]
    assert files[0]["errors"][0]["line"] == 3
    assert files[0]["results"] == []


@pytest.mark.parametrize(
    ("text", "may"),
    [
        ("[tool.licang-check]\npaths = []\n", True),
        ('[tool."licang-check"]\n', True),
        ("[tool]\nlicang-check = {paths = []}\n", True),
        ('[tool]\n"licang-check".paths = []\n', True),
        ("tool.licang-check.paths = []\n", True),
        ('[project]\nname = "x"\ndependencies = ["licang-check>=0.1"]\n', False),
        ("[tool.ruff]\nline-length = 100\n", False),
        ('[ "tool" ]  # ours\n licang-check = {paths = []}\n', True),
        ("[[tool]]\nlicang-check = {paths = []}\n", True),
        ("[tool]\n'licang-check' . paths = []\n", True),
        (
            '[project]\ndependencies = [\n  "licang-check>=0.1",\n  "licang-check-extra",\n]\n',
            False,
        ),
        ('[tool]\nx = [\n  ["y"]\n]\nlicang-check = {paths = []}\n', True),
        ('[ "tool" ] # ours\n[tool.ruff]\nx = 1\n[tool]\nlicang-check = {paths = []}\n', True),
        ("[ 'tool' ]\nlicang-check.paths = []\n", True),
        (
            '[project.scripts]\nlicang-check = "licang_check._cli.app:main"\n[tool.ruff]\nx = 1\n',
            False,
        ),
        ('[project.scripts]\nlicang-check = "licang_check._cli.app:main"\n[tool]\nx = 1\n', True),
    ],
)
def test_only_a_file_that_may_hold_the_table_is_parsed(text: str, may: bool) -> None:
    from licang_check.claims.config import _may_hold_table

    assert _may_hold_table(text) is may
    # where it may not, a real parse agrees: there is no table to miss
    import tomllib

    if not may:
        assert "licang-check" not in tomllib.loads(text).get("tool", {})
