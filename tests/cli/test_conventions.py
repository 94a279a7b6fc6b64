"""The conventions of ruff, yamllint and git that users take for granted:
``-V``/``-h``, ``--color`` and ``FORCE_COLOR``, ``--quiet``, the global
options after the command, ``verify --rounding/--tolerance/--config``,
shell completion."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ARTICLE, WriteClaims
from typer.testing import CliRunner, Result

from licang_check import __version__
from licang_check._cli.app import app
from licang_check._cli.common import hoist_global_options

CI = Path(__file__).parents[1] / "data" / "ci"


def run(*args: str, env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(app, list(args), env=env)


def test_dash_v_and_dash_h() -> None:
    assert run("-V").stdout == f"licang-check {__version__}\n"
    for args in (["-h"], ["verify", "-h"], ["derive", "growth", "-h"]):
        r = run(*args)
        assert r.exit_code == 0
        assert r.stdout.startswith("Usage: ")
        assert "-h, --help" in r.stdout


def test_global_options_are_hoisted_in_front_of_the_command() -> None:
    assert hoist_global_options(["verify", "a.yaml", "--lang", "zh"]) == [
        "--lang",
        "zh",
        "verify",
        "a.yaml",
    ]
    assert hoist_global_options(["verify", "--color=never", "--", "--lang"]) == [
        "--color=never",
        "verify",
        "--",
        "--lang",
    ]
    assert hoist_global_options(["--lang", "en", "verify"]) == ["--lang", "en", "verify"]


def test_lang_after_the_command(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(CI)
    r = run("verify", "--isolated", "inconsistent/claims.yaml", "--lang", "zh")
    assert r.exit_code == 1
    assert "不一致" in r.stdout
    assert r.stderr.strip() == "3 项一致，4 项不一致，0 个错误，共 1 个文件"


@pytest.mark.parametrize(
    ("args", "env", "coloured"),
    [
        ([], {}, False),  # not a terminal
        ([], {"FORCE_COLOR": "1"}, True),
        ([], {"FORCE_COLOR": "1", "NO_COLOR": "1"}, False),
        (["--color", "always"], {"NO_COLOR": "1"}, True),
        (["--color", "never"], {"FORCE_COLOR": "1"}, False),
        (["--color=always"], {}, True),
    ],
)
def test_color_and_force_color(
    args: list[str], env: dict[str, str], coloured: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(CI)
    for var in ("NO_COLOR", "FORCE_COLOR"):
        monkeypatch.delenv(var, raising=False)
    r = run("verify", "--isolated", "inconsistent/claims.yaml", *args, env=env)
    assert ("\x1b[" in r.stdout) is coloured


def test_quiet_drops_the_summary_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(CI)
    r = run("verify", "--isolated", "-q", "inconsistent/claims.yaml", "broken/claims.yaml")
    assert r.exit_code == 2
    assert "growth projects_landed" in r.stdout
    assert "error:" in r.stderr  # errors still
    assert "consistent," not in r.stderr


def _json(*args: str) -> dict[str, object]:
    r = run("verify", "-f", "json", *args)
    doc: dict[str, object] = json.loads(r.stdout)
    return doc


def test_rounding_and_tolerance_override_the_file(
    write_claims: WriteClaims, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    write_claims(
        """\
        version: 1
        article: {title: t}
        rounding: half-up
        claims:
          projects_landed: {quote: x, value: 149, count: true, growth: 273%}
          near: {quote: x, value: 近100}
        checks:
          - {id: c, expr: near >= 91}
        """,
        article=ARTICLE,
    )
    assert run("verify", "--isolated", "claims.yaml").exit_code == 0
    # 149 on 40 is +272.5%: half-even prints it 272%, no whole prior fits
    r = run("verify", "--isolated", "--rounding", "half-even", "claims.yaml")
    assert r.exit_code == 1
    assert "growth projects_landed: inconsistent" in r.stdout
    # 近100 with 10% reaches 90: with 5%, no lower than 95
    assert run("verify", "--isolated", "--tolerance", "5%", "claims.yaml").exit_code == 0
    r = run("verify", "--isolated", "--tolerance", "12%", "claims.yaml")
    assert r.exit_code == 0
    bad = run("verify", "--isolated", "--tolerance", "5", "claims.yaml")
    assert bad.exit_code == 2
    assert bad.stderr.startswith("licang-check: error: --tolerance 5: tolerance must be")


def test_a_tolerance_override_can_fail_a_check(
    write_claims: WriteClaims, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    write_claims(
        """\
        version: 1
        article: {title: t}
        claims:
          near: {quote: x, value: 近100}
        checks:
          - {id: c, expr: near < 92}
        """
    )
    assert run("verify", "--isolated", "claims.yaml").exit_code == 0  # [90, 100]
    assert run("verify", "--isolated", "--tolerance", "5%", "claims.yaml").exit_code == 1


def test_config_names_the_toml_file(
    write_claims: WriteClaims, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    body = "version: 1\narticle: {title: t}\nclaims:\n  a: {quote: x, value: 1}\n"
    write_claims(body, name="x/c.yaml")
    (tmp_path / "pyproject.toml").write_text(
        '[tool.licang-check]\nformat = "github"\n', encoding="utf-8"
    )
    (tmp_path / "ci.toml").write_text(
        '[tool.licang-check]\nformat = "json"\npaths = ["x/*.yaml"]\n', encoding="utf-8"
    )
    r = run("verify", "--config", "ci.toml")
    assert r.exit_code == 0
    assert json.loads(r.stdout)["files"][0]["path"] == os.path.join("x", "c.yaml")
    missing = run("verify", "--config", "nope.toml")
    assert missing.exit_code == 2
    assert "nope.toml:1:1: error: no such file" in missing.stderr
    both = run("verify", "--config", "ci.toml", "--isolated")
    assert both.exit_code == 2
    assert "--config and --isolated" in both.stderr


def test_shell_completion_is_offered() -> None:
    r = run("--help")
    assert "--install-completion" in r.stdout
    env = dict(
        os.environ,
        _LICANG_CHECK_COMPLETE="complete_bash",
        COMP_WORDS="licang-check ver",
        COMP_CWORD="1",
    )
    script = Path(sys.executable).parent / "licang-check"
    if not script.exists():
        pytest.skip("the licang-check script is not installed beside this Python")
    proc = subprocess.run(
        [str(script)],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert "verify" in proc.stdout.split()
