"""expr, through the common helper: sides worked out by hand."""

from __future__ import annotations

from kinds.common import NO, OK, check, claims_text
from licang_check.numeric.rounding import RoundingMode
from licang_check.run.results import Kind

HU, HE, DOWN, ANY = tuple(RoundingMode)

CLAIMS = (
    "  n:\n    quote: q\n    value: 149\n    count: true\n    growth: 273%\n"
    "  total:\n    quote: q\n    value: 448.6亿\n"
    "  x:\n    quote: q\n    value: 3\n"
)


def checks(**exprs: str) -> str:
    return "".join(f"  - id: {i}\n    expr: {e}\n" for i, e in exprs.items())


def test_each_project_over_100m_and_the_prior() -> None:
    got = check(claims_text(CLAIMS, checks(each="total > n * 1亿", prior="prior(n) == 40")))
    assert got.verdicts(Kind.EXPR) == {"each": OK, "prior": OK}
    # the whole prior 40 only where 149/40 = +272.5% prints as 273%: half-up and any
    assert got["prior", Kind.EXPR].modes == (HU, ANY)
    assert got["prior", Kind.EXPR].edge


def test_a_check_that_cannot_hold() -> None:
    # x printed 3 is [2.5, 3.5) half-up: x + x is [5, 7), never 7
    r = check(claims_text(CLAIMS, checks(k="x + x == 7")))["k", Kind.EXPR]
    assert r.verdict is NO
    # down: [3, 4), x + x in [6, 8) holds 7; any: [2.5, 3.5], x + x reaches 7
    assert r.modes == (DOWN, ANY)
