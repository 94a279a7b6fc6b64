"""``format_number``'s short roads (issue #18) against the general rule:
a whole number, and a fraction that ends within six decimals, read from a
table of denominators; everything else cut to four significant figures."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from licang_check.figures.display import (
    PERCENT,
    PLAIN,
    Scale,
    _decimal_text,
    _places,
    format_number,
)
from licang_check.numeric.exact import Fraction

SCALES = [PLAIN, PERCENT, Scale(1, "倍"), Scale(10**4, "万"), Scale(10**8, "亿")]


def general(x: Fraction, scale: Scale, signed: bool) -> str:
    """The rule written out: exact within six decimals, else cut with ``…``."""
    v = x / scale.factor
    sign = "+" if signed and v > 0 else ""
    places = _places(v)
    if places is not None and places <= 6:
        return f"{sign}{_decimal_text(v, places)}{scale.suffix}"
    n, d = abs(v.numerator), v.denominator
    places = 2
    while n and n * 10**places < 1000 * d and places < 12:
        places += 1
    digits = str(n * 10**places // d).rjust(places + 1, "0")
    minus = "-" if v < 0 else ""
    return f"{sign}{minus}{digits[:-places]}.{digits[-places:]}…{scale.suffix}"


denominators = st.sampled_from([1, 2, 3, 4, 5, 7, 8, 16, 20, 25, 64, 125, 128, 640, 10**6, 10**7])


@settings(max_examples=400, deadline=None)
@given(
    st.integers(min_value=-(10**12), max_value=10**12),
    denominators,
    st.sampled_from(SCALES),
    st.booleans(),
)
def test_number_text_is_the_general_text(n: int, d: int, scale: Scale, signed: bool) -> None:
    x = Fraction(n, d)
    assert format_number(x, scale, signed=signed) == general(x, scale, signed)


def test_the_short_road_keeps_trailing_digits_and_signs() -> None:
    assert format_number(Fraction(-1, 8)) == "-0.125"
    assert format_number(Fraction(3, 64), signed=True) == "+0.046875"
    assert format_number(Fraction(1, 128)) == "0.007812…"
    assert format_number(Fraction(2725, 1000), PERCENT) == "272.5%"
