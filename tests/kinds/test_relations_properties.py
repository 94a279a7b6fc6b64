"""Property tests: figures printed from true values, under any rounding
mode, never make a relation kind inconsistent under that mode (no false
alarm from points, change, ratio, proportion or conversion)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from licang_check.claims.load import parse_claims
from licang_check.figures.display import format_fixed
from licang_check.numeric.exact import Fraction
from licang_check.numeric.rounding import RoundingMode, reround
from licang_check.run.verify import run_checks

MODES = st.sampled_from(list(RoundingMode))
PICK = st.integers(0, 1)


def _printed(x: Fraction, unit: Fraction, mode: RoundingMode, pick: int) -> str:
    shown = reround(x, unit, mode)
    return format_fixed(shown[min(pick, len(shown) - 1)], unit)


def _all_consistent(mode: RoundingMode, claims: str) -> None:
    text = f"version: 1\narticle: {{title: t}}\nrounding: {mode.value}\nclaims:\n{claims}"
    results = run_checks(parse_claims(text, Path("c.yaml")))
    assert results
    bad = [(r.id, r.kind.value, r.message) for r in results if not r.consistent]
    assert bad == [], text


POSITIVE = st.fractions(min_value=Fraction(1, 10), max_value=Fraction(10**6)).map(Fraction)


@settings(max_examples=150, deadline=None)
@given(prior=st.integers(1, 10**6), current=st.integers(1, 10**6), mode=MODES, pick=PICK)
def test_a_count_change_and_growth_printed_from_true_counts(
    prior: int, current: int, mode: RoundingMode, pick: int
) -> None:
    assume(current * 10 >= prior)  # a printed −100.0% is refused by v1's own rule
    growth = _printed((Fraction(current, prior) - 1) * 100, Fraction(1, 10), mode, pick)
    change = current - prior
    _all_consistent(
        mode,
        f"  x: {{quote: q, value: {current}, count: true, change: '{change}',"
        f" growth: '{growth}%'}}\n",
    )


@settings(max_examples=150, deadline=None)
@given(
    r0=st.fractions(0, 100).map(Fraction),
    r1=st.fractions(0, 100).map(Fraction),
    mode=MODES,
    pick=PICK,
)
def test_points_printed_from_true_rates(
    r0: Fraction, r1: Fraction, mode: RoundingMode, pick: int
) -> None:
    u = Fraction(1, 100)
    now, before = _printed(r1, u, mode, pick), _printed(r0, u, mode, pick)
    points = _printed(r1 - r0, u, mode, pick)
    _all_consistent(
        mode, f"  x: {{quote: q, value: '{now}%', points: '{points}', prior: '{before}%'}}\n"
    )


@settings(max_examples=150, deadline=None)
@given(a=POSITIVE, b=POSITIVE, mode=MODES, pick=PICK)
def test_ratio_and_conversion_printed_from_true_values(
    a: Fraction, b: Fraction, mode: RoundingMode, pick: int
) -> None:
    u = Fraction(1, 10)
    pa, pb = _printed(a, u, mode, pick), _printed(b, u, mode, pick)
    if Fraction(pb) == 0:
        return  # a divisor printed as 0: no ratio to state
    ratio = _printed(a / b, Fraction(1, 100), mode, pick)
    _all_consistent(
        mode,
        f"  a: {{quote: q, value: '{pa}'}}\n  b: {{quote: q, value: '{pb}'}}\n"
        f"  r: {{quote: q, value: '{ratio}倍', ratio: [a, b]}}\n"
        f"  c: {{quote: q, value: '约合{ratio}', converts: a, divide_by: b}}\n",
    )


@settings(max_examples=150, deadline=None)
@given(parts=st.lists(POSITIVE, min_size=2, max_size=4), mode=MODES, pick=PICK)
def test_proportion_printed_from_true_parts(
    parts: list[Fraction], mode: RoundingMode, pick: int
) -> None:
    whole = sum(parts, Fraction(0))
    shares = ":".join(_printed(p / whole * 100, Fraction(1, 100), mode, pick) for p in parts)
    u = Fraction(1, 100)
    body = "".join(
        f"  p{i}: {{quote: q, value: '{_printed(p, u, mode, pick)}'}}\n"
        for i, p in enumerate(parts)
    )
    ids = ", ".join(f"p{i}" for i in range(len(parts)))
    _all_consistent(mode, body + f"  s: {{quote: q, value: '{shares}', parts: [{ids}]}}\n")
