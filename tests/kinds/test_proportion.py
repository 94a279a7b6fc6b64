"""proportion: ``6.01:55.04:38.95``, through every path (common.check)."""

from __future__ import annotations

from kinds.common import NO, OK, check, claims_text
from licang_check.run.results import Kind

PARTS = (
    "  a: {quote: q, value: 67.03亿}\n  b: {quote: q, value: 613.81亿}\n"
    "  c: {quote: q, value: 434.36亿}\n"
)


def test_the_shares_and_their_parts() -> None:
    s = "  s: {{quote: q, value: '{v}', parts: [a, b, c]}}\n"
    assert (
        check(claims_text(PARTS + s.format(v="6.01:55.04:38.95")))["s", Kind.PROPORTION].verdict
        is OK
    )
    # sums to 100, but two shares are not their parts'
    assert (
        check(claims_text(PARTS + s.format(v="6.01:54.04:39.95")))["s", Kind.PROPORTION].verdict
        is NO
    )


def test_shares_alone_must_sum_to_100() -> None:
    s = "  s: {{quote: q, value: '{v}'}}\n"
    assert check(claims_text(s.format(v="6.2:54.6:39.2")))["s", Kind.PROPORTION].verdict is OK
    assert check(claims_text(s.format(v="6.2:54.6:39.7")))["s", Kind.PROPORTION].verdict is NO


def test_nearest_shares_that_fit() -> None:
    # 6.2 + 54.6 + 39.7 is [100.35, 100.65) as printed; one share printed 0.4
    # lower gives [99.95, 100.25), which holds 100 (0.3 lower: [100.05, 100.35))
    s = "  s: {{quote: q, value: '{v}'}}\n"
    r = check(claims_text(s.format(v="6.2:54.6:39.7")))["s", Kind.PROPORTION]
    assert r.verdict is NO
    assert r.nearest == (
        ("share#1", ("5.8",)),
        ("share#2", ("54.2",)),
        ("share#3", ("39.3",)),
    )
    assert "share 1 5.8" in r.message
