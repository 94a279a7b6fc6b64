"""The loader's fast paths (claims/load.py: a claim or check that is plainly
right read by type and tag tests alone) against its general walk.

A text with an ``&`` anywhere (here in a comment at its end, where it moves
no line or column) is walked the general way throughout, with nodes for
every claim; every other text takes the fast paths where they apply (its
plainly right claims read straight from their events, and read again with
nodes if one is wrong after all). Both must give the same claims and
checks, or the same errors at the same places.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from licang_check.claims import load
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


# -- claims read straight from their events (load._flat_claim, _read_flat) --------------

_KEYS = ["quote", "value", "unit", "count", "growth", "prior", "of", "note", "valeu", "points"]
_VALUES = [
    "项目41个",
    "41",
    "41.5",
    "9.8%",
    "100.0亿",
    "近1000万",
    "三百",
    "2.5倍",
    "6.01:55.04:38.95",
    "下降4.4%",
    "-100%",
    "5",
    "a",
    "b",
    "a_prior",
    "个",
    "true",
    "false",
    "TRUE",
    "yes",
    "~",
    "",
    "   ",
    "x" * 501,
    "[1, 2]",
    "{k: v}",
    "!!str 41",
    "'41'",
    '"9.8%"',
    "*nowhere",
]


def _claim_text(cid: str, pairs: list[tuple[str, str]]) -> str:
    body = "".join(f"    {k}: {v}\n" for k, v in pairs)
    return f"  {cid}:\n" + (body or "    {}\n")


_LIKELY = ["个", "true", "false", "2.5%", "a_prior", "b", "下降4.4%", "9.8%", "41"]
"""Values the keys beside quote and value mostly get (so that many claims are right)."""
_FIELDS = st.dictionaries(
    st.sampled_from(_KEYS[2:]), st.sampled_from(_LIKELY * 4 + _VALUES), max_size=4
)
_claim = st.builds(
    lambda quote, value, extra, drop, twice: [
        *([] if drop == "quote" else [("quote", quote)]),
        *([] if drop == "value" else [("value", value)]),
        *extra.items(),
        *([("value", value)] if twice else []),
    ],
    st.sampled_from(["项目41个", "占20.0%"] * 10 + _VALUES),
    st.sampled_from(["41", "9.8%", "2.5%", "100.0亿", "近1000万"] * 5 + _VALUES),
    _FIELDS,
    st.sampled_from([None] * 8 + ["quote", "value"]),
    st.sampled_from([False] * 9 + [True]),
)
_claims = st.lists(
    st.tuples(st.sampled_from(["a", "b", "c", "a_prior", "quote", "Bad"]), _claim),
    min_size=1,
    max_size=4,
)


_EXPRS = [
    "a * 2 >= b + 1",
    "'a > b'",
    '"a  >  b"',
    "prior(a) < a",
    "a > zz",
    "a >> 1",
    "(a + b) > c",
    "a > b\n      + 1",
    "|\n      a > b",
    ">\n      a > b",
    "~",
    "",
]
_check = st.builds(
    lambda cid, expr, extra, drop: [
        *([] if drop == "id" else [("id", cid)]),
        *([] if drop == "expr" else [("expr", expr)]),
        *extra.items(),
    ],
    st.sampled_from(["c", "d", "a", "Bad", "true"]),
    st.sampled_from(_EXPRS),
    st.dictionaries(
        st.sampled_from(["says", "note", "accept", "nope", "id"]),
        st.sampled_from(["why", "", "'quoted'", "[x]", "true"]),
        max_size=2,
    ),
    st.sampled_from([None] * 8 + ["id", "expr"]),
)


def _check_text(pairs: list[tuple[str, str]]) -> str:
    if not pairs:
        return "  - {}\n"
    (k, v), *rest = pairs
    return f"  - {k}: {v}\n" + "".join(f"    {k}: {v}\n" for k, v in rest)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(claims=_claims, checks=st.lists(_check, max_size=3))
def test_any_claims_load_alike_from_events_and_from_nodes(
    claims: list[tuple[str, list[tuple[str, str]]]], checks: list[list[tuple[str, str]]]
) -> None:
    text = HEAD + "".join(_claim_text(cid, pairs) for cid, pairs in claims)
    if checks:
        text += "checks:\n" + "".join(_check_text(pairs) for pairs in checks)
    _same(text, Path("claims.yaml"))


_RIGHT = HEAD + "  a:\n    quote: 项目41个\n    value: 41\n  b:\n    quote: 项目9个\n    value: 9\n"


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(checks=st.lists(_check, min_size=1, max_size=4))
def test_any_checks_load_alike_from_events_and_from_nodes(
    checks: list[list[tuple[str, str]]],
) -> None:
    _same(_RIGHT + "checks:\n" + "".join(_check_text(pairs) for pairs in checks), Path("c"))


def test_a_plain_check_is_read_from_its_events() -> None:
    text = _RIGHT + "checks:\n  - id: c\n    says: why\n    expr: 'a > b'\n"
    root = load._compose(text, flat=True)
    assert root is not None
    (item,) = dict((k.value, v) for k, v in root.value)["checks"].value
    assert type(item) is load._FlatCheck
    assert item.expr == ("a > b", (14, 11), 12)  # line 14; 'a' at column 12, past the quote
    outcome = _same(text, Path("c"))
    assert outcome[0] == "loaded"
    assert "expr_column_offset=12" in str(outcome[2])


def test_a_plain_claim_is_read_from_its_events() -> None:
    text = HEAD + "  a:\n    quote: 项目41个\n    value: 41\n    count: true\n    growth: 2.5%\n"
    root = load._compose(text, flat=True)
    assert root is not None
    claims = dict((k.value, v) for k, v in root.value)["claims"]
    ((_, flat),) = claims.value
    assert type(flat) is load._Flat
    assert flat["value"] == ("41", (7, 12))  # line 7, past "    value: "
    nodes = load._compose(text)
    assert nodes is not None
    assert isinstance(
        dict((k.value, v) for k, v in nodes.value)["claims"].value[0][1], yaml.MappingNode
    )
    _same(text, Path("claims.yaml"))


def test_a_wrong_flat_claim_is_read_again_with_nodes() -> None:
    outcome = _same(HEAD + "  a:\n    quote: 项目41个\n    value: 4x1\n", Path("claims.yaml"))
    assert outcome[0] == "errors"
    errors = outcome[1]
    assert isinstance(errors, list)
    assert errors[0][:2] == (7, 12)


def test_an_error_in_a_literal_block_is_placed_by_the_block_s_own_indent() -> None:
    # the line after the block (a check at a smaller indent) once set the indent
    text = _RIGHT + "checks:\n  - id: c\n    expr: |\n      a >> 1\n  - id: d\n    expr: a > b\n"
    outcome = _same(text, Path("c"))
    assert outcome[0] == "errors"
    errors = outcome[1]
    assert isinstance(errors, list)
    assert errors[0][:2] == (14, 10)  # the second '>' of "      a >> 1"
