"""Whole numbers that fit an interval, exactly.

The whole numbers that fit (:class:`Wholes`, :func:`whole_fits`: the GRIM
idea) and the growth factor ``1 + rate``, for the kinds and the relations of
``derive`` alike. Growth itself,
``current = prior × (1 + rate)``, is solved by the relation engine
(:func:`licang_check.solve.relations.solve` with :data:`~licang_check.solve.relations.GROWTH`)
for ``verify`` and ``derive`` alike.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from licang_check.numeric.intervals import POSITIVE, Interval
from licang_check.run.budget import spend

__all__ = [
    "MAX_LISTED",
    "DeriveError",
    "Wholes",
    "growth_factor",
    "has_whole",
    "whole_fits",
]

MAX_LISTED = 1000
"""At most this many whole-number candidates are listed; the count is kept."""
SCAN_LIMIT = 100_000
"""Past this many candidates, each is no longer tried one by one."""

ONE = Interval.point(1)


class Wholes(NamedTuple):
    """The whole numbers that fit: the first :data:`MAX_LISTED` and how many
    (of infinitely many, the :data:`MAX_LISTED` nearest the interval's bounded
    end, or nearest 0: never none, which would say that none fit)."""

    listed: list[int]
    total: int | None
    """How many fit; None for infinitely many (an unbounded interval)."""

    @property
    def any(self) -> bool:
        return self.total is None or self.total > 0

    @property
    def truncated(self) -> bool:
        return self.total is None or self.total > len(self.listed)


def growth_factor(rate: Interval) -> Interval:
    """``1 + rate``, kept positive (a prior and its current are positive)."""
    factor = rate + ONE
    if factor.low is not None and factor.low > 0:
        return factor  # all positive already: the intersection is itself
    return factor.intersect(POSITIVE)


def whole_fits(candidates: Interval, fits: Callable[[int], bool] | None) -> Wholes:
    """The whole numbers in ``candidates`` for which ``fits`` holds
    (all of them when ``fits`` is None)."""
    lo, hi = candidates.integer_bounds()
    if lo is None or hi is None:  # infinitely many: the MAX_LISTED nearest the bounded end (or 0)
        if lo is None:
            lo = hi - MAX_LISTED + 1 if hi is not None else -(MAX_LISTED // 2)
        return Wholes(list(range(lo, lo + MAX_LISTED)), None)
    n = hi - lo + 1  # as integer_count()
    if n <= 0:
        return Wholes([], 0)
    if fits is None or n > SCAN_LIMIT:
        return Wholes(list(range(lo, lo + min(n, MAX_LISTED))), n)
    spend(n)  # each candidate is tried: a hostile file's budget (budget.py)
    found: list[int] = []
    total = 0
    for k in range(lo, hi + 1):  # as candidates.integers()
        if fits(k):
            total += 1
            if len(found) < MAX_LISTED:
                found.append(k)
    return Wholes(found, total)


def has_whole(iv: Interval) -> bool:
    """Whether ``iv`` holds a whole number."""
    c = iv.integer_count()
    return c is None or c > 0


class DeriveError(ValueError):
    """Bad input to a derive command (names the option at fault)."""
