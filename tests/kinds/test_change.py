"""change: an absolute change, through every path (common.check)."""

from __future__ import annotations

from kinds.common import NO, OK, check, claims_text
from licang_check.run.results import Kind


def test_with_a_growth() -> None:
    body = "  i: {{quote: q, value: '45862', change: 增加{c}, growth: 5.0%}}\n"
    assert check(claims_text(body.format(c=2175)))["i", Kind.CHANGE].verdict is OK
    assert check(claims_text(body.format(c=2715)))["i", Kind.CHANGE].verdict is NO


def test_a_count_against_its_stated_prior() -> None:
    body = "  f: {{quote: q, value: 263, count: true, change: 减少{c}, prior: 275}}\n"
    assert check(claims_text(body.format(c=12)))["f", Kind.CHANGE].verdict is OK
    assert check(claims_text(body.format(c=21)))["f", Kind.CHANGE].verdict is NO


def test_a_real_growth_is_not_compared() -> None:
    body = "  g: {quote: q, value: 1115.2亿, change: 增加62亿, growth: 9.9%, real: true}\n"
    r = check(claims_text(body))
    assert r["g", Kind.CHANGE].verdict is OK
    assert ("g", Kind.GROWTH) not in r.results
