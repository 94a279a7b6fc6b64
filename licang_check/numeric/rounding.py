"""Rounding methods: a printed value back to the interval of true values
(``unround``) and a true value forward to what it prints as (``reround``).

The names follow the claims format: ``half-up`` rounds halves away from zero
(四舍五入), ``half-even`` rounds halves to the even digit, ``down`` truncates
toward zero, and ``any`` admits either neighbour of a half.
"""

from __future__ import annotations

import enum

from licang_check.numeric.exact import Fraction
from licang_check.numeric.intervals import Interval

__all__ = ["RoundingMode", "reround", "unround", "unround_common", "unround_halves"]


class RoundingMode(enum.StrEnum):
    HALF_UP = "half-up"
    HALF_EVEN = "half-even"
    DOWN = "down"
    ANY = "any"

    def __str__(self) -> str:
        return self.value


def unround(printed: Fraction, unit: Fraction, mode: RoundingMode) -> Interval:
    """Every true value that prints as ``printed`` when shown to ``unit``.

    ``printed`` must be a whole multiple of ``unit`` (``unit`` > 0).
    """
    half = unit / 2
    lo, hi = printed - half, printed + half
    if mode is RoundingMode.HALF_UP:
        # Halves go away from zero: the end nearer zero is closed.
        if printed > 0:
            return Interval(lo, hi, True, False)
        if printed < 0:
            return Interval(lo, hi, False, True)
        return Interval(lo, hi, False, False)
    if mode is RoundingMode.HALF_EVEN:
        even = (printed / unit).numerator % 2 == 0
        return Interval(lo, hi, even, even)
    if mode is RoundingMode.DOWN:
        if printed > 0:
            return Interval(printed, printed + unit, True, False)
        if printed < 0:
            return Interval(printed - unit, printed, False, True)
        return Interval(-unit, unit, False, False)
    return Interval(lo, hi, True, True)


def unround_halves(n: int, mode: RoundingMode) -> tuple[int, bool, int, bool]:
    """:func:`unround` of ``n`` units in whole numbers of half units: the
    interval from ``lo·unit/2`` to ``hi·unit/2`` as ``(lo, lo_closed, hi,
    hi_closed)``, the same under ``mode`` for every unit."""
    if mode is RoundingMode.HALF_UP:
        if n > 0:
            return 2 * n - 1, True, 2 * n + 1, False
        if n < 0:
            return 2 * n - 1, False, 2 * n + 1, True
        return -1, False, 1, False
    if mode is RoundingMode.HALF_EVEN:
        even = n % 2 == 0
        return 2 * n - 1, even, 2 * n + 1, even
    if mode is RoundingMode.DOWN:
        if n > 0:
            return 2 * n, True, 2 * n + 2, False
        if n < 0:
            return 2 * n - 2, False, 2 * n, True
        return -2, False, 2, False
    return 2 * n - 1, True, 2 * n + 1, True


def unround_common(printed: Fraction, unit: Fraction) -> Interval:
    """The true values that print as ``printed`` under every mode: the
    intersection of :func:`unround`'s intervals. From ``printed`` half a
    unit away from zero, the end at ``printed`` closed (down's interval
    starts there; the others hold it inside): ``[x, x + unit/2)`` for a
    positive ``x``; ``(−unit/2, unit/2)`` for zero."""
    half = unit / 2
    if printed > 0:
        return Interval(printed, printed + half, True, False)
    if printed < 0:
        return Interval(printed - half, printed, False, True)
    return Interval(-half, half, False, False)


def reround(value: Fraction, unit: Fraction, mode: RoundingMode) -> list[Fraction]:
    """What ``value`` prints as when shown to ``unit``: one figure, or two
    under ``any`` when ``value`` sits exactly on a half."""
    # In whole numbers: value / unit = a·d / (b·c), and r / (b·c) is what
    # is left over, in units (0 <= r < b·c).
    a, b = value.numerator, value.denominator
    c, d = unit.numerator, unit.denominator
    whole = b * c
    q, r = divmod(a * d, whole)  # q = floor(value/unit): q·unit below, (q + 1)·unit above
    if r == 0:
        return [q * unit]
    if mode is RoundingMode.DOWN:
        return [(q if a > 0 else q + 1) * unit]
    twice = 2 * r
    if twice < whole:
        return [q * unit]
    if twice > whole:
        return [(q + 1) * unit]
    # Exactly on a half.
    if mode is RoundingMode.HALF_UP:
        return [(q + 1 if a > 0 else q) * unit]
    if mode is RoundingMode.HALF_EVEN:
        return [(q if q % 2 == 0 else q + 1) * unit]
    return [q * unit, (q + 1) * unit]
