"""Exact intervals: ends open, closed or unbounded, and their arithmetic.

Every expected interval here was worked out by hand from the definition
``{x * y : x in A, y in B}`` (and likewise for +, -, /), paying attention to
whether each end is attained.
"""

from __future__ import annotations

from fractions import Fraction as F

import pytest

from licang_check.numeric.intervals import POSITIVE, ZERO, DivisionByZeroInterval, Interval

INF = None


def iv(low: F | int | None, high: F | int | None, lc: bool = True, hc: bool = True) -> Interval:
    """Shorthand: ``iv(1, 2, True, False)`` is [1, 2)."""
    return Interval(
        None if low is None else F(low),
        None if high is None else F(high),
        lc,
        hc,
    )


# -- construction and predicates ----------------------------------------------


def test_point_is_closed_single_number() -> None:
    p = Interval.point(7)
    assert p == iv(7, 7)
    assert p.is_point
    assert not p.is_empty
    assert 7 in p
    assert F(7) in p
    assert F(70001, 10000) not in p


def test_closed_constructor() -> None:
    c = Interval.closed(F(1, 2), 3)
    assert c.low == F(1, 2)
    assert c.high == 3
    assert c.low_closed
    assert c.high_closed
    assert not c.is_point


def test_everything_is_unbounded_and_open() -> None:
    e = Interval.everything()
    assert e.low is None
    assert e.high is None
    assert not e.low_closed
    assert not e.high_closed
    assert 0 in e
    assert -(10**30) in e
    assert 10**30 in e


def test_unbounded_end_is_never_closed() -> None:
    i = Interval(None, F(3), True, True)
    assert not i.low_closed
    assert i.high_closed
    j = Interval(F(3), None, True, True)
    assert j.low_closed
    assert not j.high_closed


@pytest.mark.parametrize(
    ("interval", "empty"),
    [
        (iv(1, 1), False),
        (iv(1, 1, True, False), True),
        (iv(1, 1, False, True), True),
        (iv(1, 1, False, False), True),
        (iv(2, 1), True),
        (iv(1, 2, False, False), False),
        (iv(None, 1, False, False), False),
        (iv(1, None, False, False), False),
    ],
)
def test_is_empty(interval: Interval, empty: bool) -> None:
    assert interval.is_empty is empty
    if empty:
        assert not interval.is_point


def test_membership_respects_each_end() -> None:
    half_open = iv(F(2725, 1000), F(2735, 1000), True, False)  # [2.725, 2.735)
    assert F(2725, 1000) in half_open
    assert F(2735, 1000) not in half_open
    assert F(2734999, 1000000) in half_open
    assert F(2724999, 1000000) not in half_open
    other = iv(F(2725, 1000), F(2735, 1000), False, True)  # (2.725, 2.735]
    assert F(2725, 1000) not in other
    assert F(2735, 1000) in other


def test_membership_unbounded() -> None:
    above = iv(300, None, False, False)  # (300, ∞)
    assert 300 not in above
    assert F(3001, 10) in above
    assert 10**40 in above
    below = iv(None, 5, False, True)  # (−∞, 5]
    assert 5 in below
    assert -(10**40) in below
    assert F(501, 100) not in below


def test_positive_and_zero_constants() -> None:
    assert 0 not in POSITIVE
    assert F(1, 10**20) in POSITIVE
    assert 10**20 in POSITIVE
    assert ZERO.is_point
    assert 0 in ZERO
    assert F(1, 10**20) not in ZERO


# -- intersect, hull, meets ---------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (iv(1, 3), iv(2, 5, False, True), iv(2, 3, False, True)),
        (iv(1, 3, True, False), iv(1, 3, False, True), iv(1, 3, False, False)),
        (iv(1, 3), iv(1, 3), iv(1, 3)),
        (iv(None, 3, False, True), iv(0, None, True, False), iv(0, 3)),
        (iv(None, None, False, False), iv(2, 4, False, True), iv(2, 4, False, True)),
        (iv(1, 2), iv(2, 3), iv(2, 2)),
    ],
)
def test_intersect(a: Interval, b: Interval, expected: Interval) -> None:
    assert a.intersect(b) == expected
    assert b.intersect(a) == expected
    assert a.meets(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (iv(1, 2, True, False), iv(2, 3)),  # [1, 2) and [2, 3]: touch, share nothing
        (iv(1, 2), iv(2, 3, False, True)),
        (iv(1, 2), iv(3, 4)),
        (iv(None, 0, False, False), iv(0, None, False, False)),
        (iv(None, 0, False, True), iv(F(1, 10**9), None, True, False)),
    ],
)
def test_disjoint_intervals_do_not_meet(a: Interval, b: Interval) -> None:
    assert not a.meets(b)
    assert not b.meets(a)
    assert a.intersect(b).is_empty


def test_touching_closed_ends_meet_in_one_point() -> None:
    both = iv(1, 2).intersect(iv(2, 3))
    assert both.is_point
    assert 2 in both


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (iv(1, 2, True, False), iv(3, 4, False, True), iv(1, 4)),
        (iv(1, 2, False, False), iv(1, 3, True, False), iv(1, 3, True, False)),
        (iv(1, 3, False, True), iv(1, 3, False, False), iv(1, 3, False, True)),
        (iv(None, 0, False, False), iv(5, 6), iv(None, 6, False, True)),
        (iv(5, 6), iv(7, None, False, False), iv(5, None, True, False)),
        (iv(-3, -1, False, False), iv(-2, 0, True, False), iv(-3, 0, False, False)),
    ],
)
def test_hull(a: Interval, b: Interval, expected: Interval) -> None:
    assert a.hull(b) == expected
    assert b.hull(a) == expected


def test_hull_ignores_an_empty_side() -> None:
    empty = iv(5, 1)
    assert empty.is_empty
    assert empty.hull(iv(2, 3, False, True)) == iv(2, 3, False, True)
    assert iv(2, 3, False, True).hull(empty) == iv(2, 3, False, True)
    # An empty interval far away must not stretch the hull toward it.
    assert 4 not in iv(100, 4).hull(iv(0, 1))


# -- whole numbers ------------------------------------------------------------


@pytest.mark.parametrize(
    ("interval", "bounds", "count"),
    [
        # The prior behind 149 projects, up 273%: (39.89…, 40]
        (iv(F(149000, 3735), 40, False, True), (40, 40), 1),
        (iv(F(149000, 3735), 40, False, False), (40, 39), 0),
        (iv(1, 3, False, False), (2, 2), 1),
        (iv(1, 3, True, False), (1, 2), 2),
        (iv(1, 3, False, True), (2, 3), 2),
        (iv(1, 3), (1, 3), 3),
        (iv(1, 2, False, False), (2, 1), 0),
        (iv(F(1, 2), F(7, 10)), (1, 0), 0),
        (iv(F(-7, 2), F(-1, 2)), (-3, -1), 3),
        (iv(-3, -1, False, False), (-2, -2), 1),
        (iv(F(3, 2), None, False, False), (2, None), None),
        (iv(None, F(-3, 2), False, False), (None, -2), None),
        (iv(2, None, False, False), (3, None), None),
        (iv(None, None, False, False), (None, None), None),
        (iv(5, 5), (5, 5), 1),
    ],
)
def test_integer_bounds_and_count(
    interval: Interval, bounds: tuple[int | None, int | None], count: int | None
) -> None:
    assert interval.integer_bounds() == bounds
    assert interval.integer_count() == count
    if count is not None:
        listed = list(interval.integers())
        assert len(listed) == count
        assert all(k in interval for k in listed)
        lo, hi = bounds
        assert lo is not None
        assert hi is not None
        assert lo - 1 not in interval
        assert hi + 1 not in interval


def test_integers_of_unbounded_interval_refused() -> None:
    with pytest.raises(ValueError, match="unbounded"):
        list(iv(0, None, True, False).integers())


@pytest.mark.parametrize(
    ("interval", "hull"),
    [
        (iv(1, 4, False, False), iv(2, 3)),
        (iv(F(1, 2), F(9, 2), False, True), iv(1, 4)),
        (iv(None, F(7, 2), False, False), iv(None, 3, False, True)),
        (iv(F(-1, 2), None, True, False), iv(0, None, True, False)),
        (iv(-5, -2, False, False), iv(-4, -3)),
        (iv(F(149000, 3735), 40, False, True), iv(40, 40)),
    ],
)
def test_integer_hull(interval: Interval, hull: Interval) -> None:
    assert interval.integer_hull() == hull


@pytest.mark.parametrize(
    "interval",
    [iv(F(1, 2), F(7, 10)), iv(1, 2, False, False), iv(3, 3, True, False)],
)
def test_integer_hull_without_whole_numbers_is_empty(interval: Interval) -> None:
    assert interval.integer_hull().is_empty


# -- negation, addition, subtraction ------------------------------------------


def test_negation_swaps_and_mirrors_ends() -> None:
    assert -iv(1, 2, False, True) == iv(-2, -1, True, False)
    assert -iv(None, 3, False, True) == iv(-3, None, True, False)
    assert -iv(-1, None, False, False) == iv(None, 1, False, False)


@pytest.mark.parametrize(
    ("a", "b", "total"),
    [
        (iv(1, 2), iv(3, 4), iv(4, 6)),
        (iv(1, 2, True, False), iv(3, 4, False, True), iv(4, 6, False, False)),
        (iv(1, 2, True, False), iv(3, 4, True, True), iv(4, 6, True, False)),
        (
            iv(F(1, 2), F(3, 2)),
            iv(F(-1, 3), F(1, 3), False, False),
            iv(F(1, 6), F(11, 6), False, False),
        ),
        (iv(1, None, True, False), iv(2, 3), iv(3, None, True, False)),
        (iv(None, 1, False, True), iv(2, 3, False, True), iv(None, 4, False, True)),
        (iv(None, 1, False, True), iv(2, None, True, False), iv(None, None, False, False)),
        (Interval.everything(), Interval.point(5), Interval.everything()),
    ],
)
def test_addition(a: Interval, b: Interval, total: Interval) -> None:
    assert a + b == total
    assert b + a == total


def test_addition_with_empty_is_empty() -> None:
    assert (iv(2, 1) + iv(0, 10)).is_empty
    assert (iv(0, 10) + iv(1, 1, False, False)).is_empty


@pytest.mark.parametrize(
    ("a", "b", "diff"),
    [
        (iv(1, 2), iv(0, 1, False, False), iv(0, 2, False, False)),
        # Each occurrence is independent: A − A is not {0}.
        (iv(1, 2), iv(1, 2), iv(-1, 1)),
        (iv(10, 20, True, False), iv(1, 2, True, False), iv(8, 19, False, False)),
        (iv(0, None, False, False), iv(1, 1), iv(-1, None, False, False)),
        (iv(0, 5), iv(0, None, False, False), iv(None, 5, False, False)),
    ],
)
def test_subtraction(a: Interval, b: Interval, diff: Interval) -> None:
    assert a - b == diff


# -- multiplication -----------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "product"),
    [
        # Positive, closed.
        (iv(2, 3), iv(4, 5), iv(8, 15)),
        # Open ends stay open where the extreme corner uses an open end.
        (iv(2, 3, False, True), iv(4, 5, True, False), iv(8, 15, False, False)),
        (iv(2, 3, True, False), iv(4, 5, True, True), iv(8, 15, True, False)),
        # Negative times positive.
        (iv(-3, -2), iv(4, 5), iv(-15, -8)),
        # max is −2·4, both ends closed; min is −3·5, both open.
        (iv(-3, -2, False, True), iv(4, 5, True, False), iv(-15, -8, False, True)),
        (iv(-3, -2, True, False), iv(4, 5, False, True), iv(-15, -8, True, False)),
        # Negative times negative.
        (iv(-3, -2), iv(-5, -4), iv(8, 15)),
        # Mixed sign: min is −1·4 (both ends closed), max is 2·4 (2 excluded).
        (iv(-1, 2, True, False), iv(3, 4, False, True), iv(-4, 8, True, False)),
        (iv(-1, 2), iv(-3, 4), iv(-6, 8)),
        # Touching 0 at an open end: 0 is never reached.
        (iv(0, 1, False, True), iv(2, 3), iv(0, 3, False, True)),
        (iv(-1, 0, False, False), iv(0, 1, False, False), iv(-1, 0, False, False)),
        (iv(0, 1, False, False), iv(0, 1, False, False), iv(0, 1, False, False)),
        # 0 inside a factor: 0 is reached even though no closed corner gives it.
        (iv(0, 1), iv(2, 3, False, False), iv(0, 3, True, False)),
        (iv(-1, 1, False, False), iv(2, 3, False, False), iv(-3, 3, False, False)),
        (iv(0, 1, False, True), iv(-1, 1, False, False), iv(-1, 1, False, False)),
        (ZERO, iv(5, 7, False, False), ZERO),
        # Unbounded factors.
        (iv(1, None, True, False), iv(2, 3), iv(2, None, True, False)),
        (iv(None, -1, False, True), iv(2, 3), iv(None, -2, False, True)),
        (iv(1, None, True, False), iv(-1, 1), Interval.everything()),
        (iv(0, None, False, False), iv(0, None, False, False), iv(0, None, False, False)),
        (iv(0, None, True, False), iv(0, None, True, False), iv(0, None, True, False)),
        (iv(None, 0, False, True), iv(0, None, True, False), iv(None, 0, False, True)),
        (iv(None, -1, False, True), iv(None, -1, False, True), iv(1, None, True, False)),
        (iv(-1, 0, False, False), iv(None, -1, False, True), iv(0, None, False, False)),
        (ZERO, Interval.everything(), ZERO),
        (iv(0, 1), Interval.everything(), Interval.everything()),
        (ZERO, iv(1, None, True, False), ZERO),
    ],
)
def test_multiplication(a: Interval, b: Interval, product: Interval) -> None:
    assert a * b == product
    assert b * a == product


def test_multiplication_with_empty_is_empty() -> None:
    assert (iv(2, 1) * iv(0, 10)).is_empty
    assert (Interval.everything() * iv(3, 3, False, True)).is_empty


def test_multiplication_by_exact_literal() -> None:
    # 149 projects each over 1亿: (1亿, ∞) * 149 = (149亿, ∞)
    each = iv(10**8, None, False, False)
    assert each * Interval.point(149) == iv(149 * 10**8, None, False, False)


# -- reciprocal and division --------------------------------------------------


@pytest.mark.parametrize(
    ("a", "recip"),
    [
        (iv(2, 4), iv(F(1, 4), F(1, 2))),
        (iv(2, 4, False, True), iv(F(1, 4), F(1, 2), True, False)),
        (iv(-4, -2, True, False), iv(F(-1, 2), F(-1, 4), False, True)),
        (iv(0, 2, False, True), iv(F(1, 2), None, True, False)),
        (iv(0, 2, False, False), iv(F(1, 2), None, False, False)),
        (iv(-2, 0, True, False), iv(None, F(-1, 2), False, True)),
        (iv(1, None, True, False), iv(0, 1, False, True)),
        (iv(None, -1, False, False), iv(-1, 0, False, False)),
        (iv(0, None, False, False), iv(0, None, False, False)),
        (iv(None, 0, False, False), iv(None, 0, False, False)),
        (Interval.point(F(-3, 7)), Interval.point(F(-7, 3))),
    ],
)
def test_reciprocal(a: Interval, recip: Interval) -> None:
    assert a.reciprocal() == recip


@pytest.mark.parametrize(
    "a",
    [
        iv(-1, 1),
        iv(0, 1),
        iv(-1, 0),
        iv(0, 1, True, False),
        ZERO,
        Interval.everything(),
        iv(0, None, True, False),
        iv(None, 0, False, True),
    ],
)
def test_reciprocal_of_interval_holding_zero_raises(a: Interval) -> None:
    with pytest.raises(DivisionByZeroInterval):
        a.reciprocal()
    with pytest.raises(DivisionByZeroInterval):
        Interval.point(1) / a


def test_division_by_zero_interval_is_an_arithmetic_error() -> None:
    assert issubclass(DivisionByZeroInterval, ArithmeticError)


@pytest.mark.parametrize(
    ("a", "b", "quotient"),
    [
        (iv(1, 2), iv(4, 8), iv(F(1, 8), F(1, 2))),
        (iv(1, 2, False, True), iv(4, 8, True, False), iv(F(1, 8), F(1, 2), False, True)),
        (iv(-2, -1), iv(4, 8), iv(F(-1, 2), F(-1, 8))),
        (iv(-2, 1), iv(-4, -2), iv(F(-1, 2), 1)),
        (iv(1, 2), iv(0, 1, False, True), iv(1, None, True, False)),
        (iv(0, 1), iv(2, None, True, False), iv(0, F(1, 2))),
        (iv(1, 1), iv(-1, 0, False, False), iv(None, -1, False, False)),
    ],
)
def test_division(a: Interval, b: Interval, quotient: Interval) -> None:
    assert a / b == quotient


def test_headline_growth_is_exactly_two_point_seven_two_five() -> None:
    # 149 now, 40 before: growth = 149/40 − 1, exactly 2.725 (272.5%).
    growth = Interval.point(149) / Interval.point(40) - Interval.point(1)
    assert growth == Interval.point(F(2725, 1000))
    assert growth.low == F(109, 40)


def test_prior_from_printed_growth_and_count() -> None:
    # 149 = prior · (1 + g), g in [2.725, 2.735): prior in (149/3.735, 149/3.725] = (39.89…, 40]
    growth = iv(F(2725, 1000), F(2735, 1000), True, False)
    prior = Interval.point(149) / (growth + Interval.point(1))
    assert prior == iv(F(149000, 3735), 40, False, True)
    assert list(prior.integers()) == [40]


def test_str_uses_format_interval() -> None:
    assert str(iv(1, 2, False, True)) == "(1, 2]"
    assert str(Interval.point(F(1, 2))) == "0.5"
