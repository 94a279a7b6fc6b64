"""The loader's fast paths (claims/load.py: a claim or check that is plainly
right read by type and tag tests alone) against its general walk.

A text with an ``&`` anywhere (here in a comment at its end, where it moves
no line or column) is walked the general way throughout; every other text
takes the fast paths where they apply. Both must give the same claims and
checks, or the same errors at the same places.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from licang_check.claims.diagnostics import ClaimsFileError
from licang_check.claims.load import parse_claims

ROOT = Path(__file__).resolve().parents[2]
FILES = sorted(
    [
        *ROOT.glob("tests/bad_inputs/*.yaml"),
        *ROOT.glob("tests/corpus/*/*.yaml"),
        *ROOT.glob("examples/**/*.yaml"),
    ]
)


def _composes(path: Path) -> bool:
    """Whether the file is UTF-8 YAML without an anchor (else the walk is never reached, and the
    comment at its end could move where the YAML error is)."""
    data = path.read_bytes()
    try:
        yaml.compose(data.decode("utf-8"), Loader=yaml.CSafeLoader)
    except (UnicodeDecodeError, yaml.YAMLError):
        return False
    return b"&" not in data


def _outcome(text: str, path: Path) -> tuple[object, ...]:
    try:
        cf = parse_claims(text, path)
    except ClaimsFileError as e:
        return ("errors", [tuple(d) for d in e.diagnostics])
    return ("loaded", repr(cf.claims), repr(cf.checks), cf.title, cf.rounding, cf.tolerance)


def _same(text: str, path: Path) -> tuple[object, ...]:
    fast = _outcome(text, path)
    general = _outcome(text + "\n# & (walked the general way)\n", path)
    assert fast == general
    return fast


WALKED = [p for p in FILES if _composes(p)]


def test_there_are_files_to_compare() -> None:
    assert len(WALKED) > 30


@pytest.mark.parametrize("path", WALKED, ids=lambda p: str(p.relative_to(ROOT)))
def test_a_file_loads_alike_both_ways(path: Path) -> None:
    _same(path.read_text(encoding="utf-8"), path)


HEAD = "version: 1\narticle:\n  title: t\nclaims:\n"


@pytest.mark.parametrize(
    "claim",
    [
        "  a:\n    quote: 项目41个\n    value: 41\n    count: true\n",
        "  a:\n    quote: 项目41个\n    value: 41\n    count: !!bool yes\n",
        "  a:\n    quote: 项目41个\n    value: 41\n    count: TRUE\n",
        "  a:\n    quote: 项目41个\n    value: 41\n    count: 'true'\n",
        "  a:\n    !!str quote: 项目41个\n    value: 41\n",
        "  a:\n    !!int quote: 项目41个\n    value: 41\n",
        "  a:\n    quote: 项目41个\n    value: !!str 41\n    unit: !!null ''\n",
        "  a:\n    quote: '   '\n    value: 41\n",
        "  a:\n    quote: [项目41个, '']\n    value: 41\n",
        "  a:\n    quote: 项目41个\n    value: 41\n    value: 42\n",
        "  a:\n    quote: 项目41个\n    valeu: 41\n",
        "  a:\n    quote: 项目41个\n    value: 41\n    growth: 下降4.4%\n    prior: 43\n",
        "  a:\n    quote: 项目41个\n    value: 41\n    growth: fell 4.4%\n",
        "  a:\n    quote: 项目41个\n    value: 41\n    growth: 4.4 % lower\n",
        "  a:\n    quote: 项目41个\n    value: 41\n  ~:\n    quote: x\n    value: 1\n",
        "  a:\n    quote: 项目41个\n    value: 41\nchecks:\n"
        "  - id: c\n    expr: a * 2 >= a + 1\n  - id: d\n    expr: a >> 1\n"
        "  - id: e\n    expr: 'a  <  b'\n  - !!map {id: f, expr: a > 1}\n",
    ],
)
def test_an_odd_claim_loads_alike_both_ways(claim: str) -> None:
    _same(HEAD + claim, Path("claims.yaml"))


def test_an_explicit_bool_that_is_no_spelling_of_one_is_refused() -> None:
    outcome = _same(
        HEAD + "  a:\n    quote: 项目41个\n    value: 41\n    count: !!bool yes\n", Path("c")
    )
    assert outcome[0] == "errors"
    assert "count" in str(outcome[1])
