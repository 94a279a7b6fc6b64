"""The command line: exit codes, stdout/stderr, the JSON shapes of the contract."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import ARTICLE, CONTRACT_EXAMPLE, WriteClaims, run_cli, where
from typer.testing import CliRunner, Result

from licang_check._cli.app import app
from licang_check.claims.load import load_claims

ROOT = Path(__file__).resolve().parents[2]

INCONSISTENT = CONTRACT_EXAMPLE.replace("149", "150")
TYPO = CONTRACT_EXAMPLE.replace("    growth: 273%", "    grwoth: 273%")

ERROR_LINE = re.compile(r"^(?P<path>.+):(?P<line>\d+):(?P<col>\d+): error: (?P<msg>.+)$")
SUMMARY_LINE = re.compile(r"^\d+ consistent, \d+ inconsistent, \d+ errors? in \d+ files?$")


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run every command in a fresh folder (no claims.yaml, no pyproject.toml)."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NO_COLOR", "1")


def run(*args: str) -> Result:
    return run_cli(*args)


def verify_json(*args: str) -> tuple[int, dict[str, Any], str]:
    r = run("verify", *args, "--format", "json")
    return r.exit_code, json.loads(r.stdout), r.stderr


def stderr_errors(stderr: str) -> list[tuple[str, int, int, str]]:
    out = []
    for line in stderr.splitlines():
        m = ERROR_LINE.match(line)
        if m:
            out.append((m["path"], int(m["line"]), int(m["col"]), m["msg"]))
    return out


# -- verify --format json -------------------------------------------------------------


def test_verify_json_shape_of_the_contract_example(write_claims: WriteClaims) -> None:
    write_claims(CONTRACT_EXAMPLE, article=ARTICLE)
    code, doc, stderr = verify_json("claims.yaml")
    assert code == 0
    assert set(doc) == {"files", "summary"}
    assert len(doc["files"]) == 1
    f = doc["files"][0]
    assert set(f) == {"path", "results", "errors"}
    assert f["path"] == "claims.yaml"
    assert f["errors"] == []
    for r in f["results"]:
        assert {"id", "kind", "verdict", "line", "message"} <= set(r)
        assert isinstance(r["line"], int)
        assert isinstance(r["message"], str)
        assert r["message"]
    got = [(r["id"], r["kind"], r["verdict"], r["line"]) for r in f["results"]]
    assert got == [
        ("projects_landed", "quote", "consistent", 11),
        ("projects_landed", "growth", "consistent", 11),  # "line": 11, as in the contract
        ("total_investment", "quote", "consistent", 17),
        ("landed_projects_each_over_100m", "expr", "consistent", 23),
    ]
    growth = f["results"][1]["message"]
    assert "40" in growth
    assert "272.5%" in growth
    assert "273%" in growth
    assert {"consistent", "inconsistent", "errors"} <= set(doc["summary"])
    assert (doc["summary"]["consistent"], doc["summary"]["inconsistent"]) == (4, 0)
    assert doc["summary"]["errors"] == 0
    assert SUMMARY_LINE.match(stderr.strip())
    assert stderr.strip() == "4 consistent, 0 inconsistent, 0 errors in 1 file"


def test_verify_json_inconsistent_exits_1(write_claims: WriteClaims) -> None:
    write_claims(INCONSISTENT, article=ARTICLE.replace("149", "150"))
    code, doc, _ = verify_json("claims.yaml")
    assert code == 1
    verdicts = {(r["id"], r["kind"]): r["verdict"] for r in doc["files"][0]["results"]}
    assert verdicts["projects_landed", "growth"] == "inconsistent"
    assert verdicts["projects_landed", "quote"] == "consistent"
    assert doc["summary"] == {"consistent": 3, "inconsistent": 1, "errors": 0}


def test_verify_json_error_exits_2_with_no_verdicts(write_claims: WriteClaims) -> None:
    write_claims(TYPO, article=ARTICLE)
    code, doc, stderr = verify_json("claims.yaml")
    assert code == 2
    f = doc["files"][0]
    assert f["results"] == []
    line, col = where(TYPO, "grwoth")
    assert len(f["errors"]) == 1
    err = f["errors"][0]
    assert set(err) >= {"line", "column", "message"}
    assert (err["line"], err["column"]) == (line, col) == (16, 5)
    assert err["message"].startswith("unknown key 'grwoth'")
    # the same error on stderr, as PATH:LINE:COL: error: MESSAGE
    assert stderr_errors(stderr) == [("claims.yaml", line, col, err["message"])]
    assert doc["summary"] == {"consistent": 0, "inconsistent": 0, "errors": 1}
    assert stderr.splitlines()[-1] == "0 consistent, 0 inconsistent, 1 error in 1 file"


def test_two_outranks_one_across_several_paths(write_claims: WriteClaims) -> None:
    write_claims(CONTRACT_EXAMPLE, article=ARTICLE, name="good/claims.yaml")
    write_claims(INCONSISTENT, article=ARTICLE.replace("149", "150"), name="bad/claims.yaml")
    write_claims(TYPO, article=ARTICLE, name="typo/claims.yaml")
    paths = ["good/claims.yaml", "bad/claims.yaml", "typo/claims.yaml"]
    code, doc, stderr = verify_json(*paths)
    assert code == 2
    assert [f["path"] for f in doc["files"]] == paths
    assert [len(f["results"]) for f in doc["files"]] == [4, 4, 0]
    assert [len(f["errors"]) for f in doc["files"]] == [0, 0, 1]
    assert doc["summary"] == {"consistent": 7, "inconsistent": 1, "errors": 1}
    assert [e[:3] for e in stderr_errors(stderr)] == [("typo/claims.yaml", 16, 5)]
    code, _, _ = verify_json(*paths[:2])
    assert code == 1
    code, _, _ = verify_json(paths[0])
    assert code == 0
    code, _, _ = verify_json(paths[2], paths[0])
    assert code == 2


def test_missing_directory_and_binary_files(tmp_path: Path) -> None:
    (tmp_path / "folder").mkdir()
    (tmp_path / "binary.yaml").write_bytes(b"\x00\xff\xfe garbage \x80")
    code, doc, stderr = verify_json("absent.yaml", "folder", "binary.yaml")
    assert code == 2
    assert all(f["results"] == [] for f in doc["files"])
    errors = stderr_errors(stderr)
    assert [e[:3] for e in errors] == [
        ("absent.yaml", 1, 1),
        ("folder", 1, 1),  # a folder with no claims file
        ("binary.yaml", 1, 2),
    ]
    assert doc["summary"]["errors"] == 3


def test_errors_are_on_stderr_not_stdout(write_claims: WriteClaims) -> None:
    write_claims(TYPO, article=ARTICLE)
    r = run("verify", "claims.yaml")
    assert r.exit_code == 2
    assert "grwoth" not in r.stdout
    assert stderr_errors(r.stderr)[0][:3] == ("claims.yaml", 16, 5)


# -- verify, default format -------------------------------------------------------------


def test_verify_table_is_the_default(write_claims: WriteClaims) -> None:
    write_claims(CONTRACT_EXAMPLE, article=ARTICLE)
    r = run("verify", "claims.yaml")
    assert r.exit_code == 0
    assert r.stdout == "claims.yaml: 4 consistent results not listed (--all lists them)\n"
    r = run("verify", "--all", "claims.yaml")
    assert r.exit_code == 0
    for word in ("projects_landed", "total_investment", "landed_projects_each_over_100m"):
        assert word in r.stdout
    assert "inconsistent" not in r.stdout
    with pytest.raises(json.JSONDecodeError):
        json.loads(r.stdout)
    assert r.stderr.strip() == "4 consistent, 0 inconsistent, 0 errors in 1 file"


def test_verify_table_inconsistent(write_claims: WriteClaims) -> None:
    write_claims(INCONSISTENT, article=ARTICLE.replace("149", "150"))
    r = run("verify", "claims.yaml")
    assert r.exit_code == 1
    assert "inconsistent" in r.stdout


def test_verify_without_a_path_checks_claims_yaml_here(write_claims: WriteClaims) -> None:
    write_claims(CONTRACT_EXAMPLE, article=ARTICLE)
    code, doc, _ = verify_json()
    assert code == 0
    assert [f["path"] for f in doc["files"]] == ["claims.yaml"]
    assert doc["summary"]["consistent"] == 4


def test_verify_without_a_path_and_no_claims_yaml() -> None:
    r = run("verify")
    assert r.exit_code == 2
    assert stderr_errors(r.stderr) == [("claims.yaml", 1, 1, "no such file")]


def test_bad_format_is_a_usage_error(write_claims: WriteClaims) -> None:
    write_claims(CONTRACT_EXAMPLE, article=ARTICLE)
    r = CliRunner().invoke(app, ["verify", "claims.yaml", "--format", "xml"])
    assert r.exit_code == 2


# -- no traceback, ever (a real process) ----------------------------------------------------


def cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "licang_check", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
        env={"NO_COLOR": "1", "PATH": "/usr/bin:/bin", "PYTHONIOENCODING": "utf-8"},
    )


def test_no_traceback_in_a_real_process(write_claims: WriteClaims, tmp_path: Path) -> None:
    long_sum = "x" + " + x" * 900 + " > 0"  # under 2000 characters, far too many operators
    cases = {
        "tag.yaml": "version: 1\narticle: !!python/object/apply:os.system ['touch pwned']\n",
        "div.yaml": (
            "version: 1\narticle: {title: t}\nclaims:\n  x: {quote: q, value: 3}\n"
            "checks:\n  - id: k\n    expr: x / (x - x) > 0\n"
        ),
        "long.yaml": (
            "version: 1\narticle: {title: t}\nclaims:\n  x: {quote: q, value: 3}\n"
            f"checks:\n  - id: k\n    expr: {long_sum}\n"
        ),
        "deep.yaml": "a: " + "[" * 5000 + "]" * 5000 + "\n",
        "syntax.yaml": "version: 1\narticle: {title: t\n",
    }
    for name, body in cases.items():
        write_claims(body, name=name)
    p = cli("verify", "--format", "json", *cases, "missing.yaml", cwd=tmp_path)
    assert "Traceback" not in p.stderr
    assert p.returncode == 2
    assert not (tmp_path / "pwned").exists()
    doc = json.loads(p.stdout)
    assert [len(f["errors"]) >= 1 for f in doc["files"]] == [True] * 6
    assert {e[0] for e in stderr_errors(p.stderr)} == {*cases, "missing.yaml"}
    div = next(e for e in stderr_errors(p.stderr) if e[0] == "div.yaml")
    assert (div[1], div[2]) == (7, 13)  # the "/" in "    expr: x / (x - x) > 0"


# -- derive growth ------------------------------------------------------------------------------


def derive(*args: str) -> tuple[int, dict[str, Any]]:
    r = run("derive", "growth", *args, "--format", "json")
    return r.exit_code, json.loads(r.stdout)


def test_derive_the_contract_example_exactly() -> None:
    r = run("derive", "growth", "--current", "149", "--rate", "273%", "--count", "--format", "json")
    assert r.exit_code == 0
    out = json.loads(r.stdout)
    expected = {
        "solve_for": "prior",
        "low": "39.8929049531",
        "high": "40",
        "low_closed": False,
        "high_closed": True,
        "integers": [40],
    }
    assert {k: out[k] for k in expected} == expected


def test_derive_no_whole_number_exits_1() -> None:
    code, out = derive("--current", "150", "--rate", "273%", "--count")
    assert code == 1
    assert out["integers"] == []
    assert out["solve_for"] == "prior"


@pytest.mark.parametrize(
    ("mode", "code"), [("half-up", 0), ("any", 0), ("half-even", 1), ("down", 1)]
)
def test_derive_rounding(mode: str, code: int) -> None:
    got, out = derive("--current", "149", "--rate", "273%", "--count", "--rounding", mode)
    assert got == code
    assert out["integers"] == ([40] if code == 0 else [])


@pytest.mark.parametrize(
    "args",
    [
        ["--current", "149"],
        ["--rate", "273%"],
        [],
    ],
)
def test_derive_two_of_three(args: list[str]) -> None:
    r = run("derive", "growth", *args, "--count", "--format", "json")
    assert r.exit_code == 2
    assert r.stdout == ""
    assert "give two of" in r.stderr
    assert r.stderr.startswith("licang-check: error:")


@pytest.mark.parametrize(
    "args",
    [
        ["--current", "149", "--rate", "273"],
        ["--current", "149%", "--rate", "273%"],
        ["--current", "abc", "--rate", "273%"],
        ["--current", "149", "--rate", "273%", "--format", "xml"],
        ["--current", "149", "--rate", "273%", "--rounding", "nearest"],
    ],
)
def test_derive_bad_input_exits_2(args: list[str]) -> None:
    r = CliRunner().invoke(app, ["derive", "growth", *args])
    assert r.exit_code == 2
    assert "Traceback" not in r.stdout + r.stderr


def test_derive_solves_for_current() -> None:
    code, out = derive("--prior", "40", "--rate", "273%", "--count")
    assert code == 0
    # 40 × [3.725, 3.735) = [149, 149.4)
    assert (out["solve_for"], out["low"], out["high"]) == ("current", "149", "149.4")
    assert (out["low_closed"], out["high_closed"]) == (True, False)
    assert out["integers"] == [149]


def test_derive_solves_for_rate() -> None:
    code, out = derive("--current", "149", "--prior", "40", "--count")
    assert code == 0
    assert (out["solve_for"], out["low"], out["high"]) == ("rate", "272.5%", "272.5%")
    code, out = derive("--current", "149", "--prior", "40")
    # [148.5, 149.5) / [39.5, 40.5) − 1 = (266.66…%, 278.48…%)
    assert (out["low"], out["high"]) == ("266.6666666666%", "278.4810126583%")
    assert (out["low_closed"], out["high_closed"]) == (False, False)


def test_derive_without_count_149_is_an_interval() -> None:
    code, out = derive("--current", "149", "--rate", "273%")
    assert code == 0
    assert "integers" not in out
    # [148.5, 149.5) / [3.725, 3.735) = (39.7590361445…, 40.1342281879…)
    assert (out["low"], out["high"]) == ("39.7590361445", "40.134228188")
    assert (out["low_closed"], out["high_closed"]) == (False, False)


def test_derive_negative_rate() -> None:
    # -3.5% half-up is (-3.55%, -3.45%]: 149 / (0.9645, 0.9655] = [154.32…, 154.48…)
    code, out = derive("--current", "149", "--rate=-3.5%", "--count")
    assert code == 1
    assert out["integers"] == []
    assert (out["low_closed"], out["high_closed"]) == (True, False)
    code, out = derive("--current", "193", "--rate=-3.5%", "--count")
    assert code == 0
    assert out["integers"] == [200]


def test_derive_table() -> None:
    r = run("derive", "growth", "--current", "149", "--rate", "273%", "--count")
    assert r.exit_code == 0
    assert "prior" in r.stdout
    assert "40" in r.stdout
    r = run("derive", "growth", "--current", "150", "--rate", "273%", "--count")
    assert r.exit_code == 1


# -- the shipped claims file ---------------------------------------------------------------------


def test_the_shipped_claims_file(monkeypatch: pytest.MonkeyPatch) -> None:
    shipped = ROOT / "claims.yaml"
    if not shipped.exists():
        pytest.skip("the shipped claims.yaml is not in this checkout")
    monkeypatch.chdir(ROOT)
    code, doc, stderr = verify_json()
    assert "Traceback" not in stderr
    assert code == 0, stderr
    (f,) = doc["files"]
    assert f["path"] == "claims.yaml"
    assert f["errors"] == []
    ids = list(load_claims(shipped).claims)
    quoted = [r["id"] for r in f["results"] if r["kind"] == "quote"]
    assert quoted == ids  # every claim has one quote result, in file order
    assert all(r["verdict"] == "consistent" for r in f["results"])
    growth = {r["id"]: r["message"] for r in f["results"] if r["kind"] == "growth"}
    if "projects_landed" in growth:
        assert "40" in growth["projects_landed"]
    assert doc["summary"]["inconsistent"] == 0
    assert doc["summary"]["consistent"] == len(f["results"])


def _console_script(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``main()`` run as the console script runs it, with an ``atexit`` hook
    that says whether the interpreter's teardown ran."""
    script = (
        "import atexit, sys\n"
        "atexit.register(lambda: print('teardown ran', file=sys.stderr))\n"
        "from licang_check._cli.app import main\n"
        "sys.argv = ['licang-check', *sys.argv[1:]]\n"
        "main()\n"
    )
    return subprocess.run(
        [sys.executable, "-c", script, *args],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
    )


def test_console_script_ends_without_the_teardown_and_keeps_code_and_output(
    tmp_path: Path,
) -> None:
    """``main`` ends the process with ``os._exit`` (the interpreter's teardown
    cost a short run ~20 ms), after everything is written: stdout, stderr,
    the exit code, and an ``-o`` file."""
    shipped = Path(__file__).resolve().parents[2] / "claims.yaml"
    done = _console_script(tmp_path, "verify", "--format", "json", str(shipped))
    assert done.returncode == 0
    assert json.loads(done.stdout)["summary"]["consistent"] > 0  # all of it, flushed
    assert "consistent, 0 inconsistent, 0 errors in 1 file" in done.stderr
    assert "teardown ran" not in done.stderr

    missing = _console_script(tmp_path, "verify", "-f", "json", "-o", "out.json", "missing.yaml")
    assert missing.returncode == 2
    assert json.loads((tmp_path / "out.json").read_text())["summary"]["errors"] == 1
    assert "missing.yaml:1:1: error:" in missing.stderr

    usage = _console_script(tmp_path, "verify", "--format", "nope")
    assert usage.returncode == 2
    assert "nope" in usage.stderr

    version = _console_script(tmp_path, "--version")
    assert (version.returncode, version.stdout.startswith("licang-check ")) == (0, True)


@pytest.mark.parametrize(
    ("code", "status", "err"), [(None, 0, ""), (3, 3, ""), ("bye", 1, "bye\n")]
)
def test_hard_exit_keeps_what_sys_exit_would_do(code: object, status: int, err: str) -> None:
    script = (
        "from licang_check._cli.app import _hard_exit\n"
        f"print('out', end='')\n_hard_exit({code!r})\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False
    )
    assert (done.returncode, done.stdout, done.stderr) == (status, "out", err)


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("args", [["verify", "-f", "json"], ["verify"], ["--version"]])
def test_output_to_a_full_disk_is_an_error_not_a_traceback(args: list[str]) -> None:
    shipped = Path(__file__).resolve().parents[2]
    with open("/dev/full", "w") as full:
        done = subprocess.run(
            [sys.executable, "-m", "licang_check", *args],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
            cwd=shipped,
        )
    assert done.returncode == 2
    assert "licang-check: error: [Errno 28] No space left on device" in done.stderr
    assert "Traceback" not in done.stderr


def test_derive_growth_checks_all_three() -> None:
    ok = run("derive", "growth", "--current", "149", "--prior", "40", "--rate", "273%", "--count")
    assert ok.exit_code == 0
    assert "rate implied by the others" in ok.stdout
    bad = run(
        "derive", "growth", "--current", "149", "--prior", "41", "--rate", "273%", "-f", "json"
    )
    assert bad.exit_code == 1
    assert json.loads(bad.stdout)["printed"] == "273%"


@pytest.mark.parametrize("n", ["0", "-2", "2.5"])
def test_derive_mean_bad_n_is_bad_input(n: str) -> None:
    r = run("derive", "mean", "--n", n, "--total", "5", "--count")
    assert r.exit_code == 2
    assert r.stdout == ""
    assert r.stderr.startswith("licang-check: error: --n must be")
