"""points: a change in percentage points, through every path (common.check)."""

from __future__ import annotations

from kinds.common import NO, OK, check, claims_text
from licang_check.run.results import Kind

RATE = "  u: {{quote: q, value: 68.42%, points: {points}, prior: {prior}}}\n"


def test_the_prior_rate_printed() -> None:
    ok = check(claims_text(RATE.format(points="提高0.95个百分点", prior="67.47%")))
    assert ok["u", Kind.POINTS].verdict is OK
    no = check(claims_text(RATE.format(points="提高1.05个百分点", prior="67.47%")))
    assert no["u", Kind.POINTS].verdict is NO


def test_the_sign_comes_from_the_verb() -> None:
    no = check(claims_text(RATE.format(points="回落0.95个百分点", prior="67.47%")))
    assert no["u", Kind.POINTS].verdict is NO


def test_without_a_prior_it_shows_the_implied_rate() -> None:
    r = check(claims_text("  u: {quote: q, value: 5.2%, points: 下降0.1个百分点}\n"))
    assert r["u", Kind.POINTS].verdict is OK
    # 5.2% is [5.15%, 5.25%), less −0.1 points, (−0.15, −0.05], is [5.2%, 5.4%)
    assert "[5.2%, 5.4%)" in r["u", Kind.POINTS].message


def test_a_change_of_the_changes_list() -> None:
    text = claims_text(
        "  u: {quote: q, value: 5.2%, changes: [{on: 上月, points: 下降0.1个百分点, prior: 5.3%},"
        " {on: 上年, points: 下降0.5个百分点, prior: 5.3%}]}\n"
    )
    r = check(text)
    assert r["u@上月", Kind.POINTS].verdict is OK
    assert r["u@上年", Kind.POINTS].verdict is NO


def test_nearest_rates_that_fit() -> None:
    # 68.42% less 1.05 points is (67.365%, 67.38%), not the stated [67.465%, 67.475%);
    # 68.51% less them is (67.45%, 67.47%), which meets it
    r = check(claims_text(RATE.format(points="提高1.05个百分点", prior="67.47%")))["u", Kind.POINTS]
    assert r.verdict is NO
    assert r.nearest == (("value", ("68.51%",)),)
