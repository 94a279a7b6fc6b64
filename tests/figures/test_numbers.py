"""Exact numbers as text: decimal_string, format_number, format_fixed,
format_interval (and the helpers terminates, auto_scale).

Contract: numbers are plain decimal strings in base units (215.06亿 is
21506000000), rounded outward where they do not terminate; `derive growth`
prints the prior behind 149 at 273% as low "39.8929049531", high "40".
"""

from __future__ import annotations

from fractions import Fraction as F

import pytest
from hypothesis import given
from hypothesis import strategies as st

from licang_check.figures.display import (
    PERCENT,
    PLAIN,
    Scale,
    auto_scale,
    decimal_string,
    format_fixed,
    format_interval,
    format_number,
    terminates,
)
from licang_check.numeric.intervals import Interval

YI = Scale(10**8, "亿")
WAN = Scale(10**4, "万")
PRIOR_LOW = F(149, 1) / F("3.735")  # 149 / (1 + 273.5%)


@pytest.mark.parametrize(
    ("x", "expected"),
    [
        (F(5), True),
        (F(0), True),
        (F(1, 8), True),
        (F(7, 20), True),
        (F(-3, 1250), True),
        (F(1, 3), False),
        (F(1, 6), False),
        (F(-2, 7), False),
        (PRIOR_LOW, False),
    ],
)
def test_terminates(x: F, expected: bool) -> None:
    assert terminates(x) is expected


# -- decimal_string ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("x", "expected"),
    [
        (F(0), "0"),
        (F(40), "40"),
        (F(-40), "-40"),
        (F(21_506_000_000), "21506000000"),
        (F("448.6") * 10**8, "44860000000"),
        (F(1, 8), "0.125"),
        (F(-5, 2), "-2.5"),
        (F("2.725"), "2.725"),
        (F(-7, 200), "-0.035"),
        # Terminating beyond 10 places: still exact, never cut.
        (F(1, 2**20), "0.00000095367431640625"),
        (F(1, 10**15), "0.000000000000001"),
    ],
)
def test_decimal_string_exact(x: F, expected: str) -> None:
    assert decimal_string(x) == expected
    assert decimal_string(x, "up") == expected
    assert F(expected) == x


@pytest.mark.parametrize(
    ("x", "down", "up"),
    [
        # The contract's example: 149 / 3.735 = 39.892904953145917…
        (PRIOR_LOW, "39.8929049531", "39.8929049532"),
        (F(1, 3), "0.3333333333", "0.3333333334"),
        (F(2, 3), "0.6666666666", "0.6666666667"),
        (F(-1, 3), "-0.3333333334", "-0.3333333333"),
        (F(-2, 3), "-0.6666666667", "-0.6666666666"),
        (F(10**12, 3), "333333333333.3333333333", "333333333333.3333333334"),
        (F(1, 3 * 10**11), "0", "0.0000000001"),
        (F(-1, 3 * 10**11), "-0.0000000001", "0"),
    ],
)
def test_decimal_string_rounds_outward(x: F, down: str, up: str) -> None:
    assert decimal_string(x) == down
    assert decimal_string(x, "down") == down
    assert decimal_string(x, "up") == up
    assert F(down) < x < F(up)
    assert F(up) - F(down) == F(1, 10**10)


# -- format_number ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("x", "scale", "signed", "expected"),
    [
        (F(40), PLAIN, False, "40"),
        (F(0), PLAIN, True, "0"),
        (F("272.5"), PLAIN, False, "272.5"),
        (F("2.725"), PERCENT, False, "272.5%"),
        (F("2.725"), PERCENT, True, "+272.5%"),
        (F("-0.035"), PERCENT, True, "-3.5%"),
        (F("-0.035"), PERCENT, False, "-3.5%"),
        (F(44_860_000_000), YI, False, "448.6亿"),
        (F(70_000_000), WAN, False, "7000万"),
        (F("1.234567"), PLAIN, False, "1.234567"),
        # Not terminating, or too long: cut toward zero with an ellipsis,
        # to four significant figures (at least two decimals).
        (PRIOR_LOW, PLAIN, False, "39.89…"),
        (F(1, 3), PLAIN, False, "0.3333…"),
        (F(-1, 3), PLAIN, False, "-0.3333…"),
        (F(2, 3), PLAIN, False, "0.6666…"),
        (F(10**6, 3), PLAIN, False, "333333.33…"),
        (F("1.2345678"), PLAIN, False, "1.234…"),
        (F(1, 3), PERCENT, True, "+33.33…%"),
    ],
)
def test_format_number(x: F, scale: Scale, signed: bool, expected: str) -> None:
    assert format_number(x, scale, signed=signed) == expected


def test_format_number_cut_is_a_truncation_of_the_true_value() -> None:
    x = F(149, 3)  # 49.666…
    text = format_number(x)
    assert text.endswith("…")
    shown = F(text.rstrip("…"))
    assert shown <= x
    assert x - shown < F(1, 100)


# -- format_fixed --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("x", "unit", "scale", "expected"),
    [
        (F("1.757"), F("0.001"), PERCENT, "175.7%"),
        (F("2.73"), F("0.01"), PERCENT, "273%"),
        (F("0.54"), F("0.001"), PERCENT, "54.0%"),
        (F("-0.035"), F("0.001"), PERCENT, "-3.5%"),
        (F("39.9"), F("0.01"), PLAIN, "39.90"),
        (F("39.9"), F("0.1"), PLAIN, "39.9"),
        (F("-0.05"), F("0.01"), PLAIN, "-0.05"),
        (F(0), F("0.1"), PLAIN, "0.0"),
        (F(3000), F(1000), PLAIN, "3000"),
        (F(70_000_000), F(10**4), WAN, "7000万"),
        (F(21_506_000_000), F(10**6), YI, "215.06亿"),
        (F(44_860_000_000), F(10**7), YI, "448.6亿"),
    ],
)
def test_format_fixed_keeps_trailing_zeros(x: F, unit: F, scale: Scale, expected: str) -> None:
    assert format_fixed(x, unit, scale) == expected


# -- format_interval -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("interval", "scale", "expected"),
    [
        (Interval(F("2.725"), F("2.735"), True, False), PERCENT, "[272.5%, 273.5%)"),
        (Interval(F("-0.0355"), F("-0.0345"), False, True), PERCENT, "(-3.55%, -3.45%]"),
        (Interval(PRIOR_LOW, F(40), False, True), PLAIN, "(39.89…, 40]"),
        (Interval(F(3_000_000), None, False, False), WAN, "(300万, ∞)"),
        (Interval(None, F(100), False, True), PLAIN, "(−∞, 100]"),
        (Interval.everything(), PLAIN, "(−∞, ∞)"),
        (Interval.point(40), PLAIN, "40"),
        (Interval.point(F("2.725")), PERCENT, "272.5%"),
        (Interval(F(2), F(1)), PLAIN, "∅"),
        (Interval(F(1), F(1), True, False), PLAIN, "∅"),
        (Interval.closed(6300 * 10**4, 7000 * 10**4), WAN, "[6300万, 7000万]"),
    ],
)
def test_format_interval(interval: Interval, scale: Scale, expected: str) -> None:
    assert format_interval(interval, scale) == expected


# -- auto_scale ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("values", "factor", "suffix"),
    [
        ((F(10**8),), 10**8, "亿"),
        ((F(5), F(-3 * 10**9)), 10**8, "亿"),
        ((F(10**5), None), 10**4, "万"),
        ((F(99_999),), 1, ""),
        ((None,), 1, ""),
        ((), 1, ""),
    ],
)
def test_auto_scale(values: tuple[F | None, ...], factor: int, suffix: str) -> None:
    s = auto_scale(*values)
    assert s.factor == factor
    assert s.suffix == suffix


def _format_number_by_fractions(x: F, scale: Scale = PLAIN) -> str:
    """The cut of format_number worked out on Fractions, as it first was:
    the whole-number version must give the same text."""
    v = x / scale.factor
    places = 2
    magnitude = abs(v)
    while magnitude and magnitude * 10**places < 1000 and places < 12:
        places += 1
    cut = int(v * 10**places)
    digits = str(abs(cut)).rjust(places + 1, "0")
    minus = "-" if v < 0 else ""
    return f"{minus}{digits[:-places]}.{digits[-places:]}…{scale.suffix}"


@given(
    st.fractions(min_value=-(10**9), max_value=10**9, max_denominator=10**7),
    st.sampled_from([PLAIN, PERCENT, Scale(10**8, "亿")]),
)
def test_format_number_cut_matches_fraction_arithmetic(x: F, scale: Scale) -> None:
    text = format_number(x, scale)
    if "…" in text:
        assert text == _format_number_by_fractions(x, scale)
