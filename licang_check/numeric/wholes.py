"""Pieces the growth and share checks share, exactly over intervals.

The whole numbers that fit (:class:`Wholes`, :func:`whole_fits`: the GRIM
idea), the growth factor ``1 + rate``, and the part a share of a whole
implies (:func:`share_part`, for ``verify``'s share check). Growth itself,
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
    "share_part",
    "share_whole",
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


def _wholes(iv: Interval, fits: Callable[[int], bool] | None) -> Wholes:
    if iv.is_empty:
        return Wholes([], 0)
    return whole_fits(iv, fits)


def share_whole(whole: Interval, *, whole_count: bool) -> Interval:
    """The whole a share is taken of: a count's is its positive whole numbers."""
    return whole.intersect(POSITIVE).integer_hull() if whole_count else whole


def share_part(
    share: Interval, whole: Interval, *, count: bool, whole_count: bool
) -> tuple[Interval, Wholes | None]:
    """The part that ``share`` of ``whole`` implies; with ``count`` the whole
    parts that fit with some (whole, if ``whole_count``) whole: the GRIM test.

    A whole that is a count is a positive whole number (there is no share of
    nothing), so ``不足150`` of them is 1 to 149, as ``derive share`` reads
    its ``--whole`` (the relation's whole is a positive role)."""
    w = share_whole(whole, whole_count=whole_count)
    part = share * w
    if not count:
        return part, None
    if w.is_point or not whole_count or 0 in share:
        return part, _wholes(part, None)

    def fits(k: int) -> bool:
        return has_whole((Interval.point(k) / share).intersect(w))

    return part, _wholes(part, fits)


class DeriveError(ValueError):
    """Bad input to a derive command (names the option at fault)."""
