"""licang_check.numeric.exact: quicktions' compiled Fraction where installed, the
standard library's otherwise; the two must give the same answers."""

from __future__ import annotations

import fractions
import os
import subprocess
import sys
from pathlib import Path

import pytest

from licang_check.numeric.exact import Fraction
from licang_check.numeric.intervals import Interval

ROOT = Path(__file__).resolve().parents[2]

# Runs the CLI in a fresh interpreter; with BLOCK set, importing quicktions fails.
RUNNER = """
import sys
if sys.argv[1] == "block":
    sys.modules["quicktions"] = None  # import quicktions -> ImportError
from licang_check.numeric.exact import Fraction
print(Fraction.__module__, file=sys.stderr)
from licang_check._cli.app import main
sys.argv = ["licang-check", *sys.argv[2:]]
main()
"""


def _run(mode: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "200", "LC_ALL": "C.UTF-8"}
    return subprocess.run(
        [sys.executable, "-c", RUNNER, mode, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_quicktions_is_what_runs_when_installed() -> None:
    pytest.importorskip("quicktions")
    assert Fraction.__module__ == "quicktions"


@pytest.mark.parametrize(
    "args",
    [
        ("verify", "--format", "json"),
        ("derive", "growth", "--current", "149", "--rate", "273%", "--count", "--format", "json"),
        ("derive", "cagr", "--start", "74", "--end", "204", "--years", "3", "--format", "json"),
    ],
)
def test_standard_library_fallback_gives_the_same_output(args: tuple[str, ...]) -> None:
    fast, slow = _run("default", *args), _run("block", *args)
    assert slow.stderr.splitlines()[0] == "fractions"
    assert slow.returncode == fast.returncode
    assert slow.stdout == fast.stdout
    assert slow.stdout.strip()


def test_intervals_hold_the_standard_library_fraction_too() -> None:
    """A caller's fractions.Fraction (hypothesis makes them) is a number in
    an interval like any other."""
    iv = Interval(Fraction(797, 20), Fraction(799, 20), True, False)
    assert fractions.Fraction("39.93") in iv
    assert fractions.Fraction("39.95") not in iv
    assert fractions.Fraction(797, 20) in iv


def test_every_module_takes_its_fraction_from_exact() -> None:
    """One rational type throughout: a module on the standard library's own
    Fraction would mix the two types, exact still, but on the slow path."""
    offenders = [
        path.name
        for path in sorted((ROOT / "licang_check").rglob("*.py"))
        if path.name != "exact.py"
        and any(
            line.startswith(("from fractions import", "import fractions"))
            for line in path.read_text(encoding="utf-8").splitlines()
        )
    ]
    assert offenders == []
