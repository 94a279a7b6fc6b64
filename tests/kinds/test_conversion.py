"""conversion: ``约合19375美元``, through every path (common.check)."""

from __future__ import annotations

from kinds.common import NO, OK, check, claims_text
from licang_check.run.results import Kind

BODY = (
    "  y: {{quote: q, value: '136528'}}\n  fx: {{quote: q, value: '7.0467'}}\n"
    "  d: {{quote: q, value: {v}, converts: y, divide_by: fx}}\n"
)


def test_at_its_printed_precision() -> None:
    assert check(claims_text(BODY.format(v="约合19375")))["d", Kind.CONVERSION].verdict is OK
    # 约's ±10% would let 18000 pass; a converted figure has its printed precision
    assert check(claims_text(BODY.format(v="约合18000")))["d", Kind.CONVERSION].verdict is NO


def test_multiplied_by_a_printed_rate() -> None:
    body = (
        "  u: {quote: q, value: 1820万}\n"
        "  c: {quote: q, value: 约合1.3亿, converts: u, multiply_by: '7.1'}\n"
    )
    assert check(claims_text(body))["c", Kind.CONVERSION].verdict is OK
