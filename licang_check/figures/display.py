"""Exact numbers as text: reading decimal strings and writing them back.

Two ways out: :func:`decimal_string` for machine output (exact where the
decimal terminates, otherwise rounded outward to a fixed number of places)
and :func:`format_number` for people (short, with ``…`` where it was cut).
"""

from __future__ import annotations

from math import gcd
from typing import TYPE_CHECKING, Literal

from licang_check.numeric.exact import Fraction

if TYPE_CHECKING:
    from licang_check.numeric.intervals import Interval

__all__ = ["Scale", "decimal_string", "format_interval", "format_number", "terminates"]

PLACES = 10


def terminates(x: Fraction) -> bool:
    """True when ``x`` has a finite decimal expansion."""
    d = x.denominator
    for p in (2, 5):
        while d % p == 0:
            d //= p
    return d == 1


def _places(x: Fraction) -> int | None:
    """The decimals of ``x``'s finite expansion (None where it has none): the
    least ``k`` with ``x·10^k`` whole, the larger of the powers of 2 and 5 in
    its denominator."""
    d = x.denominator
    twos = (d & -d).bit_length() - 1
    d >>= twos
    fives = 0
    while d % 5 == 0:
        d //= 5
        fives += 1
    return max(twos, fives) if d == 1 else None


def _decimal_text(x: Fraction, places: int) -> str:
    """``x`` (``x·10^places`` whole) with exactly ``places`` decimals."""
    n = abs(x.numerator) * (10**places // x.denominator)
    sign = "-" if x.numerator < 0 else ""
    if not places:
        return f"{sign}{n}"
    digits = str(n).rjust(places + 1, "0")
    return f"{sign}{digits[:-places]}.{digits[-places:]}"


def _exact_decimal(x: Fraction) -> str:
    """The finite decimal expansion of a terminating fraction."""
    places = _places(x)
    assert places is not None
    return _decimal_text(x, places)


def _fixed(x: Fraction, places: int, direction: Literal["down", "up", "zero"]) -> str:
    """``x`` cut to ``places`` decimals: toward −∞, +∞ or zero."""
    scaled = x * 10**places
    if direction == "down":
        n = scaled.numerator // scaled.denominator
    elif direction == "up":
        n = -((-scaled.numerator) // scaled.denominator)
    else:
        n = int(scaled)  # truncates toward zero
    text = _exact_decimal(Fraction(n, 10**places))
    return text


def decimal_string(x: Fraction, direction: Literal["down", "up"] = "down") -> str:
    """Exact decimal text, or rounded outward (``direction``) to 10 places."""
    if terminates(x):
        return _exact_decimal(x)
    return _fixed(x, PLACES, direction)


class Scale:
    """How to show a number: divided by ``factor``, followed by ``suffix``."""

    __slots__ = ("factor", "suffix")

    def __init__(self, factor: Fraction | int = 1, suffix: str = "") -> None:
        self.factor = Fraction(factor)
        self.suffix = suffix

    def __repr__(self) -> str:
        return f"Scale({self.factor}, {self.suffix!r})"


PLAIN = Scale()
PERCENT = Scale(Fraction(1, 100), "%")


_SHORT: dict[int, tuple[int, int]] = {
    2**a * 5**b: (max(a, b), 10 ** max(a, b) // (2**a * 5**b))
    for a in range(7)
    for b in range(7)
    if a or b
}
"""Each denominator ``d > 1`` whose fractions end within six decimals
(``2^a·5^b``, ``a, b <= 6``): those decimals (:func:`_places`) and
``10^places / d``, what a numerator is multiplied by to give the digits."""


def format_number(x: Fraction, scale: Scale = PLAIN, *, signed: bool = False) -> str:
    """A short human form: exact when short, else cut with ``…``."""
    # v = x / scale.factor, as its numerator and denominator in lowest terms
    num, d = x.numerator, x.denominator
    if scale is not PLAIN:
        f = scale.factor
        if f.denominator != 1 or f.numerator != 1:
            num, d = num * f.denominator, d * f.numerator
            g = gcd(num, d)
            if g != 1:
                num, d = num // g, d // g
    if d == 1:
        return f"+{num}{scale.suffix}" if signed and num > 0 else f"{num}{scale.suffix}"
    sign = "+" if signed and num > 0 else ""
    minus = "-" if num < 0 else ""
    n = -num if num < 0 else num
    short = _SHORT.get(d)
    if short is not None:  # as _decimal_text(v, _places(v)), _places(v) <= 6
        places, times = short
        digits = str(n * times).rjust(places + 1, "0")
        return f"{sign}{minus}{digits[:-places]}.{digits[-places:]}{scale.suffix}"
    # Enough decimals for four significant figures, at least two (in whole
    # numbers: |v| * 10**places >= 1000 is n * 10**places >= 1000 * d).
    places = 2
    least = 1000 * d
    while n * _TENS[places] < least and places < 12:
        places += 1
    cut = n * _TENS[places] // d  # toward zero, on the magnitude
    digits = str(cut).rjust(places + 1, "0")
    return f"{sign}{minus}{digits[:-places]}.{digits[-places:]}…{scale.suffix}"


_TENS = tuple(10**k for k in range(13))


def format_interval(iv: Interval, scale: Scale = PLAIN) -> str:
    """``[a, b)``-style text; a single point prints as the number."""
    low, high = iv.low, iv.high
    if low is not None and high is not None and not low < high:
        # ``is_point`` or ``is_empty``, tested on the ends at hand
        if low == high and iv.low_closed and iv.high_closed:
            return format_number(low, scale)
        return "∅"
    left = "[" if iv.low_closed else "("
    right = "]" if iv.high_closed else ")"
    lo = "−∞" if low is None else format_number(low, scale)
    hi = "∞" if high is None else format_number(high, scale)
    return f"{left}{lo}, {hi}{right}"


_FIXED_PLACES: dict[tuple[int, int, int, int], int] = {}
""":func:`format_fixed`'s decimals by its unit and scale factor (numerators
and denominators): a few per file."""


def format_fixed(x: Fraction, unit: Fraction, scale: Scale = PLAIN) -> str:
    """``x`` (a multiple of ``unit``) with exactly the decimals ``unit`` has,
    trailing zeros kept: 1.757 at a unit of 0.001 in percent is ``175.7%``."""
    f = scale.factor
    key = (unit.numerator, unit.denominator, f.numerator, f.denominator)
    places = _FIXED_PLACES.get(key)
    if places is None:
        found = _places(unit / f)
        places = _FIXED_PLACES[key] = 40 if found is None else min(found, 40)
    # round(x / f · 10^places), half to even, in whole numbers (f > 0)
    den = x.denominator * f.numerator
    n, r = divmod(x.numerator * f.denominator * 10**places, den)
    if 2 * r > den or (2 * r == den and n % 2):
        n += 1
    sign = "-" if n < 0 else ""
    digits = str(abs(n)).rjust(places + 1, "0")
    text = digits if not places else f"{digits[:-places]}.{digits[-places:]}"
    return f"{sign}{text}{scale.suffix}"


_YI = Scale(10**8, "亿")
_WAN = Scale(10**4, "万")


def auto_scale(*values: Fraction | None) -> Scale:
    """亿 or 万 when the numbers are that large, else plain."""
    biggest: Fraction | int = 0
    for v in values:
        if v is not None:
            size = abs(v)
            if size > biggest:
                biggest = size
    if biggest >= 10**8:
        return _YI
    if biggest >= 10**5:
        return _WAN
    return PLAIN
