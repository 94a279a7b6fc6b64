"""Finite unions of intervals: the values an expression can take.

A count's implied prior is a set of whole numbers (98, 100 or 102), not the
interval between them; an expression that uses it must not admit 99. So the
expression evaluator works on unions of disjoint intervals. Arithmetic is
done piece by piece; past :data:`MAX_PIECES` pieces a union is replaced by
its hull, which can only admit more values (a check can then only become
consistent more easily, never falsely inconsistent).
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Iterable

from licang_check.numeric.exact import Fraction
from licang_check.numeric.intervals import Interval
from licang_check.run.budget import spend

__all__ = ["MAX_PIECES", "Union"]

MAX_PIECES = 64


def _low_key(iv: Interval) -> tuple[int, Fraction, int]:
    if iv.low is None:
        return (0, Fraction(0), 0)
    return (1, iv.low, 0 if iv.low_closed else 1)


def _touches(a: Interval, b: Interval) -> bool:
    """Whether ``b`` (starting no earlier than ``a``) overlaps or adjoins ``a``."""
    if a.high is None or b.low is None:
        return True
    if b.low < a.high:
        return True
    return b.low == a.high and (a.high_closed or b.low_closed)


class Union:
    """A finite union of disjoint, non-empty intervals, in increasing order."""

    __slots__ = ("pieces",)

    def __init__(self, pieces: Iterable[Interval] = ()) -> None:
        self.pieces: tuple[Interval, ...] = _normalize(pieces)

    @staticmethod
    def of(iv: Interval) -> Union:
        """The union of one interval (empty if ``iv`` is)."""
        u = Union.__new__(Union)
        u.pieces = () if iv.is_empty else (iv,)
        return u

    @staticmethod
    def points(values: Iterable[int | Fraction]) -> Union:
        return Union(Interval.point(v) for v in values)

    @staticmethod
    def rising_points(values: range | list[int]) -> Union:
        """:meth:`points` of whole numbers in strictly increasing order (a
        range, the whole numbers that fit): already disjoint and in order,
        so nothing to sort or merge; past :data:`MAX_PIECES`, the hull."""
        if len(values) > MAX_PIECES:
            return Union.of(Interval.closed(values[0], values[-1]))
        u = Union.__new__(Union)
        u.pieces = tuple(Interval.point(v) for v in values)
        return u

    @property
    def is_empty(self) -> bool:
        return not self.pieces

    def hull(self) -> Interval:
        if len(self.pieces) == 1:
            return self.pieces[0]
        out = Interval(Fraction(1), Fraction(0), False, False)
        for p in self.pieces:
            out = out.hull(p)
        return out

    def __repr__(self) -> str:
        return f"Union({list(self.pieces)!r})"

    def __str__(self) -> str:
        from licang_check.figures.display import format_interval

        return format_union(self, format_interval)

    def map2(self, other: Union, op: Callable[[Interval, Interval], Interval]) -> Union:
        # A pair costs about twice a candidate tried: a hostile file's budget (budget.py).
        a, b = self.pieces, other.pieces
        spend(2 * len(a) * len(b))
        if len(a) == 1 and len(b) == 1:
            return Union.of(op(a[0], b[0]))  # one piece: nothing to sort or merge
        return Union(op(x, y) for x in a for y in b)

    def __neg__(self) -> Union:
        if len(self.pieces) == 1:
            return Union.of(-self.pieces[0])
        return Union(-p for p in self.pieces)

    def __add__(self, other: Union) -> Union:
        return self.map2(other, operator.add)

    def __sub__(self, other: Union) -> Union:
        return self.map2(other, operator.sub)

    def __mul__(self, other: Union) -> Union:
        return self.map2(other, operator.mul)

    def __truediv__(self, other: Union) -> Union:
        """Raises DivisionByZeroInterval when a piece of ``other`` holds zero."""
        return self.map2(other, operator.truediv)

    def any_pair(self, other: Union, pred: Callable[[Interval, Interval], bool]) -> bool:
        a, b = self.pieces, other.pieces
        if len(a) == 1 and len(b) == 1:
            return pred(a[0], b[0])
        return any(pred(x, y) for x in a for y in b)


def _normalize(pieces: Iterable[Interval]) -> tuple[Interval, ...]:
    items = sorted((p for p in pieces if not p.is_empty), key=_low_key)
    merged: list[Interval] = []
    for p in items:
        if merged and _touches(merged[-1], p):
            merged[-1] = merged[-1].hull(p)
        else:
            merged.append(p)
    if len(merged) > MAX_PIECES:
        hull = merged[0]
        for p in merged[1:]:
            hull = hull.hull(p)
        return (hull,)
    return tuple(merged)


def format_union(u: Union, fmt: Callable[[Interval], str]) -> str:
    if u.is_empty:
        return "∅"
    if len(u.pieces) > 1 and all(p.is_point for p in u.pieces):
        return "{" + ", ".join(fmt(p) for p in u.pieces) + "}"
    return " ∪ ".join(fmt(p) for p in u.pieces)
