"""The fast paths of interval arithmetic and display agree with the general engine.

``Interval.__add__`` and ``__truediv__`` take bounded, non-empty (for ``/``
positive) intervals by their ends directly, ``__mul__`` non-empty ones
with positive low ends (bounded above or not), and
``format_interval`` tests emptiness on the ends at hand. Each is held here
equal to a route through the general code: a sum written out from
``is_empty``; a product or quotient of positive intervals through the
corner rule, by negating one side (``x·y = −((−x)·y)``); and the display
written out from ``is_empty`` and ``is_point``.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from licang_check.figures.display import (
    PERCENT,
    PLAIN,
    Scale,
    format_interval,
    format_number,
)
from licang_check.numeric.exact import Fraction
from licang_check.numeric.intervals import EMPTY, Interval

SETTINGS = settings(max_examples=300, deadline=None)

ends = st.builds(
    Fraction,
    st.integers(min_value=-(10**6), max_value=10**6),
    st.sampled_from([1, 2, 3, 4, 5, 8, 10, 20, 100, 1000, 7]),
)
maybe = st.none() | ends


@st.composite
def intervals(draw: st.DrawFn, *, bounded: bool = False, positive: bool = False) -> Interval:
    """Any interval: unbounded ends, points, empty ones (low above high, or
    a point with an open end); positive ones where asked."""
    low: Fraction | None
    high: Fraction | None
    if positive:
        low, high = abs(draw(ends)) + Fraction(1, 7), abs(draw(ends)) + Fraction(1, 7)
        if not bounded and draw(st.booleans()):
            high = None  # 超过: positive, unbounded above
    else:
        pick = ends if bounded else maybe
        low, high = draw(pick), draw(pick)
    if draw(st.booleans()) and low is not None:
        high = low  # a point, or empty if an end is open
    return Interval(low, high, draw(st.booleans()), draw(st.booleans()))


def general_add(a: Interval, b: Interval) -> Interval:
    if a.is_empty or b.is_empty:
        return EMPTY
    low = None if a.low is None or b.low is None else a.low + b.low
    high = None if a.high is None or b.high is None else a.high + b.high
    return Interval(low, high, a.low_closed and b.low_closed, a.high_closed and b.high_closed)


def same(x: Interval, y: Interval) -> bool:
    """Equal as sets: every empty interval is the same set."""
    return (x.is_empty and y.is_empty) or x == y


@SETTINGS
@given(intervals(), intervals())
def test_sum_is_the_general_sum(a: Interval, b: Interval) -> None:
    got = a + b
    assert same(got, general_add(a, b))
    assert got.is_empty == (a.is_empty or b.is_empty)


@SETTINGS
@given(intervals(positive=True), intervals(positive=True))
def test_product_of_positives_is_the_corner_rule(a: Interval, b: Interval) -> None:
    # -a is negative: its product with b goes through the corners
    assert same(a * b, -((-a) * b))
    assert same(b * a, a * b)


@SETTINGS
@given(intervals(positive=True), intervals(positive=True))
def test_quotient_of_positives_is_the_product_by_the_reciprocal(a: Interval, b: Interval) -> None:
    got = a / b
    if b.is_empty:
        assert got.is_empty
        return
    assert same(got, -((-a) * b.reciprocal()))


@SETTINGS
@given(intervals(), intervals())
def test_product_of_any_is_the_negated_product(a: Interval, b: Interval) -> None:
    """Any signs, bounded or not: one of ``a·b`` and ``(−a)·b`` goes through
    the corners whenever the other takes the fast path."""
    got = a * b
    assert same(got, -((-a) * b))
    assert got.is_empty == (a.is_empty or b.is_empty)


def general_format(iv: Interval, scale: Scale) -> str:
    if iv.is_empty:
        return "∅"
    if iv.is_point:
        assert iv.low is not None
        return format_number(iv.low, scale)
    left = "[" if iv.low_closed else "("
    right = "]" if iv.high_closed else ")"
    lo = "−∞" if iv.low is None else format_number(iv.low, scale)
    hi = "∞" if iv.high is None else format_number(iv.high, scale)
    return f"{left}{lo}, {hi}{right}"


@SETTINGS
@given(intervals(), st.sampled_from([PLAIN, PERCENT, Scale(1, "倍"), Scale(10**4, "万")]))
def test_interval_text_is_the_general_text(iv: Interval, scale: Scale) -> None:
    assert format_interval(iv, scale) == general_format(iv, scale)


@SETTINGS
@given(ends, st.sampled_from([PLAIN, PERCENT, Scale(1, "倍"), Scale(10**4, "万")]), st.booleans())
def test_number_text_is_the_same_at_every_scale_of_one(
    x: Fraction, scale: Scale, signed: bool
) -> None:
    """A whole number takes the short road; the text is the one a scale of
    the same factor built anew gives."""
    text = format_number(x, scale, signed=signed)
    assert text == format_number(x, Scale(scale.factor, scale.suffix), signed=signed)
    v = x / scale.factor
    if v.denominator == 1:
        sign = "+" if signed and v > 0 else ""
        assert text == f"{sign}{v.numerator}{scale.suffix}"


def general_intersect(a: Interval, b: Interval) -> Interval:
    """The greater low end and the lesser high end, each pair compared as
    (value or None, closed)."""

    def pick(
        x: Fraction | None, xc: bool, y: Fraction | None, yc: bool, low: bool
    ) -> tuple[Fraction | None, bool]:
        if x is None:
            return y, yc
        if y is None:
            return x, xc
        if x == y:
            return x, xc and yc
        return (x, xc) if (x > y) == low else (y, yc)

    low, lc = pick(a.low, a.low_closed, b.low, b.low_closed, True)
    high, hc = pick(a.high, a.high_closed, b.high, b.high_closed, False)
    return Interval(low, high, lc, hc)


@SETTINGS
@given(intervals(), intervals())
def test_intersection_is_the_general_intersection(a: Interval, b: Interval) -> None:
    got = a.intersect(b)
    assert got == general_intersect(a, b)
    assert got == b.intersect(a)
