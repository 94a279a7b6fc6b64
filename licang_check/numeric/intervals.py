"""Exact intervals with open or closed ends, and their arithmetic.

A printed figure stands for an interval of true values. Every end is an exact
:class:`~fractions.Fraction` (or ``None`` for an unbounded side) with a flag
saying whether the end itself belongs to the interval. No binary float is
ever involved.
"""

from __future__ import annotations

import math
import numbers
from collections.abc import Iterator
from typing import Final

from licang_check.numeric.exact import Fraction

__all__ = ["POSITIVE", "ZERO", "DivisionByZeroInterval", "Interval"]


class DivisionByZeroInterval(ArithmeticError):
    """Raised when dividing by an interval that holds zero."""


class Interval:
    """A set of real numbers ``{x : low <(=) x <(=) high}``.

    ``low is None`` means unbounded below, ``high is None`` unbounded above;
    an unbounded end is never closed. An interval may be empty.

    A value: immutable (mypy holds the fields ``Final``), equal and hashed by
    its ends. A slotted class written by hand, not a frozen dataclass (see
    ``benchmarks/README.md``, "Hand-written on purpose").
    """

    __slots__ = ("high", "high_closed", "low", "low_closed")

    def __init__(
        self,
        low: Fraction | None,
        high: Fraction | None,
        low_closed: bool = True,
        high_closed: bool = True,
    ) -> None:
        self.low: Final = low
        self.high: Final = high
        self.low_closed: Final = low_closed and low is not None
        self.high_closed: Final = high_closed and high is not None

    def _key(self) -> tuple[Fraction | None, Fraction | None, bool, bool]:
        return (self.low, self.high, self.low_closed, self.high_closed)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Interval):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return "Interval(low={!r}, high={!r}, low_closed={!r}, high_closed={!r})".format(
            *self._key()
        )

    # -- construction -----------------------------------------------------

    @staticmethod
    def point(value: Fraction | int) -> Interval:
        v = Fraction(value)
        return Interval(v, v, True, True)

    @staticmethod
    def closed(low: Fraction | int, high: Fraction | int) -> Interval:
        return Interval(Fraction(low), Fraction(high), True, True)

    @staticmethod
    def everything() -> Interval:
        return Interval(None, None, False, False)

    # -- predicates -------------------------------------------------------

    @property
    def is_empty(self) -> bool:
        low, high = self.low, self.high
        if low is None or high is None or low < high:
            return False
        return low != high or not (self.low_closed and self.high_closed)

    @property
    def is_point(self) -> bool:
        low = self.low
        return low is not None and low == self.high and self.low_closed and self.high_closed

    def __contains__(self, x: object) -> bool:
        if not isinstance(x, (int, Fraction)):
            if not isinstance(x, numbers.Rational):
                return False
            # the other Fraction type (see licang_check.numeric.exact), from a caller
            x = Fraction(int(x.numerator), int(x.denominator))
        if self.low is not None and (x < self.low or (x == self.low and not self.low_closed)):
            return False
        return not (
            self.high is not None and (x > self.high or (x == self.high and not self.high_closed))
        )

    def meets(self, other: Interval) -> bool:
        """True when the two intervals share at least one number."""
        return not self.intersect(other).is_empty

    # -- set operations ---------------------------------------------------

    def intersect(self, other: Interval) -> Interval:
        # the greater low end and the lesser high end; at a tie, closed if both are
        a, b = self.low, other.low
        if a is None or (b is not None and b > a):
            low, low_closed = b, other.low_closed
        elif b is None or a > b:
            low, low_closed = a, self.low_closed
        else:
            low, low_closed = a, self.low_closed and other.low_closed
        a, b = self.high, other.high
        if a is None or (b is not None and b < a):
            high, high_closed = b, other.high_closed
        elif b is None or a < b:
            high, high_closed = a, self.high_closed
        else:
            high, high_closed = a, self.high_closed and other.high_closed
        return Interval(low, high, low_closed, high_closed)

    def hull(self, other: Interval) -> Interval:
        """The smallest interval holding both (an empty side is ignored)."""
        if self.is_empty:
            return other
        if other.is_empty:
            return self
        if self.low is None or other.low is None:
            low, low_closed = None, False
        elif self.low == other.low:
            low, low_closed = self.low, self.low_closed or other.low_closed
        elif self.low < other.low:
            low, low_closed = self.low, self.low_closed
        else:
            low, low_closed = other.low, other.low_closed
        if self.high is None or other.high is None:
            high, high_closed = None, False
        elif self.high == other.high:
            high, high_closed = self.high, self.high_closed or other.high_closed
        elif self.high > other.high:
            high, high_closed = self.high, self.high_closed
        else:
            high, high_closed = other.high, other.high_closed
        return Interval(low, high, low_closed, high_closed)

    # -- whole numbers ----------------------------------------------------

    def integer_bounds(self) -> tuple[int | None, int | None]:
        """The least and greatest whole numbers inside (None: unbounded).

        For an interval with no whole number the first exceeds the second.
        """
        lo: int | None = None
        hi: int | None = None
        if self.low is not None:
            lo = math.ceil(self.low)
            if lo == self.low and not self.low_closed:
                lo += 1
        if self.high is not None:
            hi = math.floor(self.high)
            if hi == self.high and not self.high_closed:
                hi -= 1
        return lo, hi

    def integer_count(self) -> int | None:
        """How many whole numbers lie inside; None when infinitely many."""
        lo, hi = self.integer_bounds()
        if lo is None or hi is None:
            return None
        return max(0, hi - lo + 1)

    def integers(self) -> Iterator[int]:
        """The whole numbers inside, in order (the interval must be bounded)."""
        lo, hi = self.integer_bounds()
        if lo is None or hi is None:
            raise ValueError("an unbounded interval holds infinitely many whole numbers")
        return iter(range(lo, hi + 1))

    def integer_hull(self) -> Interval:
        """The closed interval from the least to the greatest whole number inside."""
        lo, hi = self.integer_bounds()
        if lo is not None and hi is not None and lo > hi:
            return EMPTY
        return Interval(
            None if lo is None else Fraction(lo),
            None if hi is None else Fraction(hi),
            lo is not None,
            hi is not None,
        )

    # -- arithmetic -------------------------------------------------------

    def __neg__(self) -> Interval:
        return Interval(
            None if self.high is None else -self.high,
            None if self.low is None else -self.low,
            self.high_closed,
            self.low_closed,
        )

    def __add__(self, other: Interval) -> Interval:
        a, b, c, d = self.low, self.high, other.low, other.high
        if a is not None and b is not None and c is not None and d is not None:
            # Both bounded (the common case): emptiness tested on the ends
            # at hand rather than through ``is_empty``, the same test.
            if (a < b or (a == b and self.low_closed and self.high_closed)) and (
                c < d or (c == d and other.low_closed and other.high_closed)
            ):
                return Interval(
                    a + c,
                    b + d,
                    self.low_closed and other.low_closed,
                    self.high_closed and other.high_closed,
                )
            return EMPTY
        if self.is_empty or other.is_empty:
            return EMPTY
        low = None if a is None or c is None else a + c
        high = None if b is None or d is None else b + d
        return Interval(
            low,
            high,
            self.low_closed and other.low_closed,
            self.high_closed and other.high_closed,
        )

    def __sub__(self, other: Interval) -> Interval:
        return self + (-other)

    def __mul__(self, other: Interval) -> Interval:
        a0, a1, b0, b1 = self.low, self.high, other.low, other.high
        if (
            a0 is not None
            and b0 is not None
            and a0 > 0
            and b0 > 0
            and (a1 is None or a0 < a1 or (a0 == a1 and self.low_closed and self.high_closed))
            and (b1 is None or b0 < b1 or (b0 == b1 and other.low_closed and other.high_closed))
        ):
            # The common case, both positive (bounded above or not; 超过 is
            # not) and not empty: ends multiply directly.
            return Interval(
                a0 * b0,
                None if a1 is None or b1 is None else a1 * b1,
                self.low_closed and other.low_closed,
                self.high_closed and other.high_closed,
            )
        if self.is_empty or other.is_empty:
            return EMPTY
        corners = [
            _corner(a, b)
            for a in ((self.low, self.low_closed, -1), (self.high, self.high_closed, 1))
            for b in ((other.low, other.low_closed, -1), (other.high, other.high_closed, 1))
        ]
        zero_inside = 0 in self or 0 in other
        lo = min(corners, key=_sort_key)
        hi = max(corners, key=_sort_key)
        low_closed = any(c[0] == lo[0] and c[1] for c in corners if c[0] is not None)
        high_closed = any(c[0] == hi[0] and c[1] for c in corners if c[0] is not None)
        if zero_inside:
            low_closed = low_closed or lo[0] == 0
            high_closed = high_closed or hi[0] == 0
        low_value = None if lo[2] != 0 else lo[0]
        high_value = None if hi[2] != 0 else hi[0]
        return Interval(low_value, high_value, low_closed, high_closed)

    def reciprocal(self) -> Interval:
        """``{1/x}``; raises :class:`DivisionByZeroInterval` if 0 is inside."""
        if self.is_empty:
            return EMPTY
        if 0 in self:
            raise DivisionByZeroInterval("division by an interval that holds zero")
        # Entirely positive or entirely negative (an open end may touch 0).
        low = _recip_end(self.high)
        high = _recip_end(self.low)
        return Interval(
            low, high, self.high_closed and low is not None, self.low_closed and high is not None
        )

    def __truediv__(self, other: Interval) -> Interval:
        a0, a1, b0, b1 = self.low, self.high, other.low, other.high
        if (
            a0 is not None
            and a1 is not None
            and b0 is not None
            and b1 is not None
            and a0 > 0
            and b0 > 0
            and (a0 < a1 or (a0 == a1 and self.low_closed and self.high_closed))
            and (b0 < b1 or (b0 == b1 and other.low_closed and other.high_closed))
        ):
            # Both bounded and positive, neither empty: ``self * other.reciprocal()``
            # without the reciprocal, its ends divided directly.
            return Interval(
                a0 / b1,
                a1 / b0,
                self.low_closed and other.high_closed,
                self.high_closed and other.low_closed,
            )
        return self * other.reciprocal()

    # -- display ----------------------------------------------------------

    def __str__(self) -> str:
        from licang_check.figures.display import format_interval

        return format_interval(self)


EMPTY = Interval(Fraction(1), Fraction(0), False, False)
ZERO = Interval.point(0)
POSITIVE = Interval(Fraction(0), None, False, False)


# A corner of a product: (finite value or None, attained, sign of infinity).
_Corner = tuple[Fraction | None, bool, int]


def _corner(a: tuple[Fraction | None, bool, int], b: tuple[Fraction | None, bool, int]) -> _Corner:
    """The product of two ends; an unbounded end carries its side's sign."""
    av, ac, aside = a
    bv, bc, bside = b
    if av is not None and bv is not None:
        return av * bv, ac and bc, 0
    # At least one end is infinite. 0 * inf is taken as 0 (never attained
    # through this corner; the zero rule in __mul__ covers attainment).
    a_sign = aside if av is None else (av > 0) - (av < 0)
    b_sign = bside if bv is None else (bv > 0) - (bv < 0)
    sign = a_sign * b_sign
    if sign == 0:
        return Fraction(0), False, 0
    return None, False, sign


def _sort_key(c: _Corner) -> tuple[int, Fraction]:
    value, _, inf = c
    if inf:
        return inf, Fraction(0)
    assert value is not None
    return 0, value


def _recip_end(v: Fraction | None) -> Fraction | None:
    if v is None:
        return Fraction(0)
    if v == 0:
        return None
    return 1 / v
