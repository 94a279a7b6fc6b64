"""``reround``, ``format_fixed`` and ``unround_halves`` in whole numbers,
held equal to the rule written out in fractions.

Both now work on numerators and denominators (``reround`` divides
``a·d`` by ``b·c``; ``format_fixed`` rounds half to even by ``divmod`` and
keeps each unit's decimals): each is compared here with the fraction
arithmetic it replaces, on values on and beside halves, negatives and zero,
units of every kind (``0.1``, ``0.01%``, ``1万``, a third) and every mode.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from licang_check.figures.display import (
    PERCENT,
    PLAIN,
    Scale,
    _places,
    format_fixed,
)
from licang_check.numeric.exact import Fraction
from licang_check.numeric.intervals import Interval
from licang_check.numeric.rounding import RoundingMode, reround, unround, unround_halves

SETTINGS = settings(max_examples=400, deadline=None)

units = st.sampled_from(
    [
        Fraction(1),
        Fraction(1, 10),
        Fraction(1, 100),
        Fraction(1, 1000),
        Fraction(1, 10000),  # 0.01%
        Fraction(10**4),  # 1万
        Fraction(10**7),  # 0.1亿
        Fraction(1, 3),
        Fraction(5, 2),
    ]
)
scales = st.sampled_from([PLAIN, PERCENT, Scale(10**4, "万"), Scale(10**8, "亿"), Scale(1, "倍")])
modes = st.sampled_from(list(RoundingMode))


def reround_general(value: Fraction, unit: Fraction, mode: RoundingMode) -> list[Fraction]:
    """The rule in fractions (the engine before whole numbers)."""
    q, r = divmod(value, unit)
    low = q * unit
    if r == 0:
        return [low]
    high = low + unit
    if mode is RoundingMode.DOWN:
        return [low if value > 0 else high]
    twice = 2 * r
    if twice < unit:
        return [low]
    if twice > unit:
        return [high]
    if mode is RoundingMode.HALF_UP:
        return [high if value > 0 else low]
    if mode is RoundingMode.HALF_EVEN:
        return [low if (low / unit).numerator % 2 == 0 else high]
    return [low, high]


@st.composite
def values(draw: st.DrawFn, unit: Fraction) -> Fraction:
    """A multiple of half the unit (on a half, or printed exactly), or any
    fraction near one."""
    n = draw(st.integers(-5000, 5000))
    if draw(st.booleans()):
        return n * unit / 2
    return n * unit / 2 + Fraction(draw(st.integers(-99, 99)), draw(st.integers(100, 10**6)))


@SETTINGS
@given(st.data(), units, modes)
def test_reround_is_the_fraction_rule(
    data: st.DataObject, unit: Fraction, mode: RoundingMode
) -> None:
    value = data.draw(values(unit))
    got = reround(value, unit, mode)
    assert got == reround_general(value, unit, mode)
    assert all(type(x) is Fraction for x in got)


def fixed_general(x: Fraction, unit: Fraction, scale: Scale) -> str:
    """``format_fixed`` in fractions (before whole numbers)."""
    places = _places(unit / scale.factor)
    places = 40 if places is None else min(places, 40)
    n = round(x / scale.factor * 10**places)
    sign = "-" if n < 0 else ""
    digits = str(abs(n)).rjust(places + 1, "0")
    text = digits if not places else f"{digits[:-places]}.{digits[-places:]}"
    return f"{sign}{text}{scale.suffix}"


@SETTINGS
@given(st.data(), units, scales)
def test_format_fixed_is_the_fraction_rule(
    data: st.DataObject, unit: Fraction, scale: Scale
) -> None:
    value = data.draw(values(unit))
    assert format_fixed(value, unit, scale) == fixed_general(value, unit, scale)


def test_format_fixed_rounds_halves_to_even_on_both_sides() -> None:
    # a third's 40 decimals are cut; the exact halves of a hundredth round to even
    assert format_fixed(Fraction(1, 3), Fraction(1, 3)) == "0." + "3" * 40
    assert format_fixed(Fraction(5, 1000), Fraction(1, 100)) == "0.00"
    assert format_fixed(Fraction(15, 1000), Fraction(1, 100)) == "0.02"
    assert format_fixed(Fraction(-15, 1000), Fraction(1, 100)) == "-0.02"
    assert format_fixed(Fraction(-25, 1000), Fraction(1, 100)) == "-0.02"


@SETTINGS
@given(st.integers(-(10**6), 10**6), units, modes)
def test_unround_halves_is_unround_in_half_units(
    n: int, unit: Fraction, mode: RoundingMode
) -> None:
    lo, lo_closed, hi, hi_closed = unround_halves(n, mode)
    half = unit / 2
    assert Interval(lo * half, hi * half, lo_closed, hi_closed) == unround(n * unit, unit, mode)
