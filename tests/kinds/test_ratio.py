"""ratio: ``是…的2.5倍``, through every path (common.check)."""

from __future__ import annotations

from kinds.common import NO, OK, check, claims_text
from licang_check.run.results import Kind

BODY = (
    "  a: {{quote: q, value: 287.4亿}}\n  b: {{quote: q, value: 115.2亿}}\n"
    "  r: {{quote: q, value: {v}, ratio: [a, b]}}\n"
)


def test_a_multiple_is_not_a_growth() -> None:
    assert check(claims_text(BODY.format(v="2.5倍")))["r", Kind.RATIO].verdict is OK
    assert check(claims_text(BODY.format(v="3.5倍")))["r", Kind.RATIO].verdict is NO


def test_a_percentage_ratio() -> None:
    assert check(claims_text(BODY.format(v="249.5%")))["r", Kind.RATIO].verdict is OK


def test_nearest_multiples_that_fit() -> None:
    # 287.4亿 / 115.2亿 is 2.49…: printed to the 0.1, 2.5 is the one that fits
    r = check(claims_text(BODY.format(v="3.5倍")))["r", Kind.RATIO]
    assert r.verdict is NO
    assert r.nearest == (("value", ("2.5倍",)),)
