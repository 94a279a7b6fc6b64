"""Rounding modes: unround (printed → true values) and reround (true → printed).

Expected intervals come from the contract's "Printed figures" and "Settled
readings": half-up rounds halves away from zero, half-even closes the ends
only where the last digit is even, down truncates toward zero ([d, d+u) for
positive d), any admits either neighbour of a half (closed both ends).
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction as F

import pytest

from licang_check.numeric.intervals import Interval
from licang_check.numeric.rounding import RoundingMode, reround, unround

HU = RoundingMode.HALF_UP
HE = RoundingMode.HALF_EVEN
DN = RoundingMode.DOWN
ANY = RoundingMode.ANY

PCT = F(1, 100)  # one percent, as a ratio
P273 = 273 * PCT  # 273% as printed
HEADLINE = F(149, 40) - 1  # 149 projects now, 40 before


def test_mode_names_are_the_format_names() -> None:
    assert [m.value for m in RoundingMode] == ["half-up", "half-even", "down", "any"]
    assert str(HU) == "half-up"
    assert RoundingMode("half-even") is HE
    assert RoundingMode("down") is DN
    assert RoundingMode("any") is ANY
    with pytest.raises(ValueError, match="half-down"):
        RoundingMode("half-down")


# -- unround: the contract's worked examples ----------------------------------


def test_half_up_273_percent() -> None:
    got = unround(P273, PCT, HU)
    assert got == Interval(F(2725, 1000), F(2735, 1000), True, False)  # [272.5%, 273.5%)
    assert F("2.725") in got
    assert F("2.735") not in got
    assert F("2.7349999999") in got
    assert F("2.7249999999") not in got


def test_half_up_448_6_yi() -> None:
    yi = 10**8
    got = unround(F("448.6") * yi, F("0.1") * yi, HU)
    assert got == Interval(F("448.55") * yi, F("448.65") * yi, True, False)
    assert 44855000000 in got
    assert 44865000000 not in got


def test_half_up_negative_is_mirrored() -> None:
    # Settled: -3.5% is (−3.55%, −3.45%].
    got = unround(F("-0.035"), F("0.001"), HU)
    assert got == Interval(F("-0.0355"), F("-0.0345"), False, True)
    assert F("-0.0355") not in got
    assert F("-0.0345") in got


def test_half_up_zero_is_open_both_ends() -> None:
    # ±0.5 round away from zero, to ±1: neither prints as 0.
    got = unround(F(0), F(1), HU)
    assert got == Interval(F(-1, 2), F(1, 2), False, False)


@pytest.mark.parametrize(
    ("printed", "closed"),
    [
        (272, True),
        (273, False),
        (0, True),
        (-272, True),
        (-273, False),
        (448_6, True),
        (7000, True),
        (3, False),
    ],
)
def test_half_even_closes_ends_only_for_even_last_digit(printed: int, closed: bool) -> None:
    unit = F(1, 10)
    value = printed * unit
    got = unround(value, unit, HE)
    assert got == Interval(value - unit / 2, value + unit / 2, closed, closed)


def test_half_even_273_percent_excludes_both_halves() -> None:
    got = unround(P273, PCT, HE)
    assert F("2.725") not in got  # rounds to 272%
    assert F("2.735") not in got  # rounds to 274%
    assert F("2.7250001") in got


def test_half_even_272_percent_includes_both_halves() -> None:
    got = unround(272 * PCT, PCT, HE)
    assert F("2.715") in got  # 271.5 → 272
    assert F("2.725") in got  # 272.5 → 272


@pytest.mark.parametrize(
    ("printed", "unit", "expected"),
    [
        (P273, PCT, Interval(F("2.73"), F("2.74"), True, False)),
        (F("448.6"), F("0.1"), Interval(F("448.6"), F("448.7"), True, False)),
        (F("-3.5"), F("0.1"), Interval(F("-3.6"), F("-3.5"), False, True)),
        (F(0), F("0.1"), Interval(F("-0.1"), F("0.1"), False, False)),
        (F(7000 * 10**4), F(10**4), Interval(F(7000 * 10**4), F(7001 * 10**4), True, False)),
    ],
)
def test_down(printed: F, unit: F, expected: Interval) -> None:
    assert unround(printed, unit, DN) == expected


@pytest.mark.parametrize(
    ("printed", "unit"),
    [(P273, PCT), (F("-3.5"), F("0.1")), (F(0), F(1)), (F(3000), F(1000))],
)
def test_any_is_closed_both_ends(printed: F, unit: F) -> None:
    got = unround(printed, unit, ANY)
    assert got == Interval(printed - unit / 2, printed + unit / 2, True, True)


# -- the headline case: 149/40 − 1 against 273% -------------------------------


def test_headline_value_is_exactly_2_725() -> None:
    growth = F(149, 40) - 1
    assert growth == F(2725, 1000)
    assert growth == F(109, 40)
    assert growth == HEADLINE


@pytest.mark.parametrize(
    ("mode", "consistent"),
    [(HU, True), (ANY, True), (HE, False), (DN, False)],
)
def test_headline_consistency_per_mode(mode: RoundingMode, consistent: bool) -> None:
    assert (HEADLINE in unround(P273, PCT, mode)) is consistent
    assert (P273 in reround(HEADLINE, PCT, mode)) is consistent


def test_headline_reround_values() -> None:
    assert reround(HEADLINE, PCT, HU) == [F("2.73")]
    assert reround(HEADLINE, PCT, HE) == [F("2.72")]
    assert reround(HEADLINE, PCT, DN) == [F("2.72")]
    assert reround(HEADLINE, PCT, ANY) == [F("2.72"), F("2.73")]


def test_binary_float_gets_the_headline_wrong() -> None:
    """Why the code must never be "simplified" to floats."""
    as_float = 149 / 40 - 1
    # The float is not 2.725: neither 3.725 nor 2.725 has a binary representation.
    assert F(149 / 40) != F(149, 40)
    assert F(as_float) != F(2725, 1000)
    assert Decimal(as_float) != Decimal("2.725")
    # Rounded as a percentage with float arithmetic, it prints as 272
    # (Python's float round goes half-to-even), where the exact value
    # prints as 273 half-up.
    assert round(as_float * 100) == 272
    assert round(149 / 40 * 100 - 100) == 272
    # The exact value, through the code, prints as 273% half-up.
    assert reround(HEADLINE, PCT, HU) == [F(273, 100)]


# -- reround -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "unit", "mode", "expected"),
    [
        # Exact multiples print as themselves in every mode.
        (F("2.73"), PCT, HU, [F("2.73")]),
        (F("2.73"), PCT, HE, [F("2.73")]),
        (F("2.73"), PCT, DN, [F("2.73")]),
        (F("2.73"), PCT, ANY, [F("2.73")]),
        (F("-3.5"), F("0.1"), DN, [F("-3.5")]),
        # Off a half: nearest.
        (F("2.7249"), PCT, HU, [F("2.72")]),
        (F("2.7251"), PCT, HE, [F("2.73")]),
        (F("2.7251"), PCT, ANY, [F("2.73")]),
        (F("-2.7251"), PCT, HU, [F("-2.73")]),
        (F("-2.7249"), PCT, HE, [F("-2.72")]),
        # Halves, positive.
        (F("2.5"), F(1), HU, [F(3)]),
        (F("3.5"), F(1), HU, [F(4)]),
        (F("2.5"), F(1), HE, [F(2)]),
        (F("3.5"), F(1), HE, [F(4)]),
        (F("2.5"), F(1), ANY, [F(2), F(3)]),
        # Halves, negative: half-up goes away from zero, half-even is symmetric.
        (F("-2.5"), F(1), HU, [F(-3)]),
        (F("-0.0355"), F("0.001"), HU, [F("-0.036")]),
        (F("-0.0345"), F("0.001"), HU, [F("-0.035")]),
        (F("-2.5"), F(1), HE, [F(-2)]),
        (F("-3.5"), F(1), HE, [F(-4)]),
        (F("-2.5"), F(1), ANY, [F(-3), F(-2)]),
        (F("0.5"), F(1), HU, [F(1)]),
        (F("-0.5"), F(1), HU, [F(-1)]),
        (F("0.5"), F(1), HE, [F(0)]),
        (F("-0.5"), F(1), HE, [F(0)]),
        # Down truncates toward zero.
        (F("2.739"), PCT, DN, [F("2.73")]),
        (F("-2.739"), PCT, DN, [F("-2.73")]),
        (F("-0.05"), F("0.1"), DN, [F(0)]),
        (F("0.09"), F("0.1"), DN, [F(0)]),
        # Non-terminating values.
        (F(1, 3), PCT, HU, [F("0.33")]),
        (F(2, 3), PCT, DN, [F("0.66")]),
        (F(-2, 3), PCT, DN, [F("-0.66")]),
        (F(-2, 3), PCT, HE, [F("-0.67")]),
        # Large units (万, 亿).
        (F(69_995_000), F(10_000), HU, [F(70_000_000)]),
        (F(69_995_000), F(10_000), HE, [F(70_000_000)]),
        (F(69_985_000), F(10_000), HE, [F(69_980_000)]),
        (F(44_865_000_000), F(10**7), DN, [F(44_860_000_000)]),
    ],
)
def test_reround(value: F, unit: F, mode: RoundingMode, expected: list[F]) -> None:
    got = reround(value, unit, mode)
    assert got == expected
    # And each printed value's unround interval holds the true value.
    for printed in got:
        assert value in unround(printed, unit, mode)


@pytest.mark.parametrize("mode", list(RoundingMode))
@pytest.mark.parametrize("printed", [F(-273), F(-1), F(0), F(1), F(272), F(273)])
def test_edges_of_unround_agree_with_reround(mode: RoundingMode, printed: F) -> None:
    """An end belongs to the interval exactly when it reprints as ``printed``."""
    unit = F(1)
    got = unround(printed, unit, mode)
    assert got.low is not None
    assert got.high is not None
    assert got.low_closed is (printed in reround(got.low, unit, mode))
    assert got.high_closed is (printed in reround(got.high, unit, mode))
    # Just inside each end reprints as printed; just outside does not.
    eps = F(1, 10**9)
    assert reround(got.low + eps, unit, mode) == [printed]
    assert reround(got.high - eps, unit, mode) == [printed]
    assert printed not in reround(got.low - eps, unit, mode)
    assert printed not in reround(got.high + eps, unit, mode)
