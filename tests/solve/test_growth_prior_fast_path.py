"""``growth_prior``'s short road held equal to the relation engine.

``growth_prior`` solves ``current = prior × (1 + rate)`` for the prior by
the ends where the rate is bounded with a positive factor and the current
positive (for a count: a single whole current, no stated prior), and in
whole numbers for a count's whole priors. Here every solution it gives,
short road or not, is the :class:`Solution` of
``solve(GROWTH, "prior", ...)``: the interval with its open and closed
ends, the whole priors listed and their number, on currents and rates
printed at every precision and rounding, points, zero and negative values,
unbounded rates (超过), factors down to nothing, and stated priors.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from licang_check.numeric.exact import Fraction
from licang_check.numeric.intervals import Interval
from licang_check.numeric.rounding import RoundingMode, unround
from licang_check.solve.relations import GROWTH, Solution, growth_prior, solve

SETTINGS = settings(max_examples=500, deadline=None)

units = st.sampled_from([Fraction(1), Fraction(1, 10), Fraction(1, 100), Fraction(10**4)])
rate_units = st.sampled_from([Fraction(1, 100), Fraction(1, 1000), Fraction(1, 10000)])
modes = st.sampled_from(list(RoundingMode))


@st.composite
def rates(draw: st.DrawFn) -> Interval:
    """A printed rate's interval under some mode, from −150% to +900%, or
    an unbounded one, a point, or an empty one."""
    shape = draw(st.sampled_from(["printed"] * 6 + ["over", "point", "empty"]))
    unit = draw(rate_units)
    n = draw(st.integers(int(-Fraction(3, 2) / unit), int(9 / unit)))
    if shape == "over":
        return Interval(n * unit, None, False, False)
    if shape == "point":
        return Interval.point(n * unit)
    if shape == "empty":
        return Interval(n * unit, n * unit, True, False)
    return unround(n * unit, unit, draw(modes))


@st.composite
def currents(draw: st.DrawFn, rate: Interval, *, count: bool) -> Interval:
    """A printed current's interval (a count's narrowed to its whole
    numbers, or an exact whole count), zero and negatives included; often
    a whole prior times an end of ``1 + rate``, whose prior sits on an end."""
    n = draw(st.integers(-50, 5000))
    ends: list[Fraction] = [x + 1 for x in (rate.low, rate.high) if x is not None and x + 1 > 0]
    on_end = bool(ends) and draw(st.booleans())
    if on_end:
        e = draw(st.sampled_from(ends))
        n = draw(st.integers(1, 30)) * e.numerator  # a whole prior times e
        return Interval.point(n) if count else Interval.point(n * e)
    if count and draw(st.booleans()):
        return Interval.point(n)
    unit = draw(units)
    iv = unround(n * unit, unit, draw(modes))
    return iv.integer_hull() if count else iv


@st.composite
def bounds(draw: st.DrawFn, *, count: bool) -> Interval | None:
    if draw(st.booleans()):
        return None
    unit = draw(units)
    iv = unround(draw(st.integers(1, 5000)) * unit, unit, draw(modes))
    return iv.integer_hull() if count else iv


def _general(current: Interval, rate: Interval, count: bool, bound: Interval | None) -> Solution:
    return solve(GROWTH, "prior", {"current": current, "rate": rate}, count=count, bound=bound)


@SETTINGS
@given(st.data(), st.booleans())
def test_growth_prior_is_the_relation_engine(data: st.DataObject, count: bool) -> None:
    rate = data.draw(rates())
    current = data.draw(currents(rate, count=count))
    bound = data.draw(bounds(count=count))
    got = growth_prior(current, rate, count=count, bound=bound)
    assert got == _general(current, rate, count, bound)
    assert got.consistent == _general(current, rate, count, bound).consistent


def test_the_short_road_counts_whole_priors_at_open_and_closed_ends() -> None:
    # 149 up 273% under half-up: the factor [3.725, 3.735); 149 / 3.725 = 40 is closed
    rate = unround(Fraction(273, 100), Fraction(1, 100), RoundingMode.HALF_UP)
    sol = growth_prior(Interval.point(149), rate, count=True)
    assert sol == _general(Interval.point(149), rate, True, None)
    assert sol.wholes is not None
    assert sol.wholes.listed == [40]
    # under half-even 272.5% is left out (273 is odd): 40 is no prior
    rate = unround(Fraction(273, 100), Fraction(1, 100), RoundingMode.HALF_EVEN)
    sol = growth_prior(Interval.point(149), rate, count=True)
    assert sol == _general(Interval.point(149), rate, True, None)
    assert sol.wholes is not None
    assert sol.wholes.total == 0
    assert not sol.consistent
