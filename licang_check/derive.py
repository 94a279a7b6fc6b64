"""Solving growth and share relations exactly over intervals.

``current = prior × (1 + rate)``: given intervals for two, the third is the
interval of values that fit. For counts the solution is narrowed to the whole
numbers that fit together with a whole partner (the GRIM idea).
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass, field

from licang_check.budget import spend
from licang_check.intervals import POSITIVE, Interval

__all__ = [
    "MAX_LISTED",
    "DeriveError",
    "GrowthSolution",
    "SolveFor",
    "Wholes",
    "growth_factor",
    "share_part",
    "solve_current",
    "solve_prior",
    "solve_rate",
    "whole_fits",
]

MAX_LISTED = 1000
"""At most this many whole-number candidates are listed; the count is kept."""
SCAN_LIMIT = 100_000
"""Past this many candidates, each is no longer tried one by one."""

ONE = Interval.point(1)


class SolveFor(enum.StrEnum):
    PRIOR = "prior"
    CURRENT = "current"
    RATE = "rate"


@dataclass(frozen=True)
class Wholes:
    """The whole numbers that fit: the first :data:`MAX_LISTED` and how many."""

    listed: list[int] = field(default_factory=list)
    total: int | None = 0
    """How many fit; None for infinitely many (an unbounded interval)."""

    @property
    def any(self) -> bool:
        return self.total is None or self.total > 0

    @property
    def truncated(self) -> bool:
        return self.total is None or self.total > len(self.listed)


@dataclass(frozen=True)
class GrowthSolution:
    """The figure a growth relation leaves to solve for, and its whole numbers."""

    solve_for: SolveFor
    interval: Interval
    wholes: Wholes | None = None
    """With counts: the whole numbers that fit (None without counts)."""

    @property
    def consistent(self) -> bool:
        if self.wholes is not None:
            return self.wholes.any
        return not self.interval.is_empty


def growth_factor(rate: Interval) -> Interval:
    """``1 + rate``, kept positive (a prior and its current are positive)."""
    return (rate + ONE).intersect(POSITIVE)


def whole_fits(candidates: Interval, fits: Callable[[int], bool] | None) -> Wholes:
    """The whole numbers in ``candidates`` for which ``fits`` holds
    (all of them when ``fits`` is None)."""
    n = candidates.integer_count()
    if n is None:
        lo, _ = candidates.integer_bounds()
        listed = [] if lo is None else list(range(lo, lo + MAX_LISTED))
        return Wholes(listed, None)
    if n == 0:
        return Wholes()
    if fits is None or n > SCAN_LIMIT:
        lo, _ = candidates.integer_bounds()
        assert lo is not None
        return Wholes(list(range(lo, lo + min(n, MAX_LISTED))), n)
    spend(n)  # each candidate is tried: a hostile file's budget (budget.py)
    found: list[int] = []
    total = 0
    for k in candidates.integers():
        if fits(k):
            total += 1
            if len(found) < MAX_LISTED:
                found.append(k)
    return Wholes(found, total)


def _has_whole(iv: Interval) -> bool:
    c = iv.integer_count()
    return c is None or c > 0


def solve_prior(
    current: Interval, rate: Interval, *, count: bool, bound: Interval | None = None
) -> GrowthSolution:
    """The prior that ``current`` and ``rate`` imply (narrowed by ``bound``)."""
    factor = growth_factor(rate)
    prior = (current / factor).intersect(POSITIVE) if not factor.is_empty else factor
    if bound is not None:
        prior = prior.intersect(bound)
    if not count:
        return GrowthSolution(SolveFor.PRIOR, prior)
    cur = current.integer_hull()

    def fits(p: int) -> bool:
        return _has_whole((Interval.point(p) * factor).intersect(cur))

    return GrowthSolution(SolveFor.PRIOR, prior, _wholes(prior, None if cur.is_point else fits))


def solve_current(prior: Interval, rate: Interval, *, count: bool) -> GrowthSolution:
    """The current value that ``prior`` and ``rate`` imply."""
    factor = growth_factor(rate)
    pri = prior.intersect(POSITIVE)
    current = pri * factor
    if not count:
        return GrowthSolution(SolveFor.CURRENT, current)
    pri_whole = pri.integer_hull()
    current = pri_whole * factor

    def fits(c: int) -> bool:
        return _has_whole((Interval.point(c) / factor).intersect(pri_whole))

    wholes = _wholes(current, None if pri_whole.is_point else fits)
    return GrowthSolution(SolveFor.CURRENT, current, wholes)


def solve_rate(current: Interval, prior: Interval) -> GrowthSolution:
    """The rate of change from ``prior`` to ``current`` (a ratio)."""
    pri = prior.intersect(POSITIVE)
    if pri.is_empty:
        return GrowthSolution(SolveFor.RATE, pri)
    return GrowthSolution(SolveFor.RATE, current / pri - ONE)


def _wholes(iv: Interval, fits: Callable[[int], bool] | None) -> Wholes:
    if iv.is_empty:
        return Wholes()
    return whole_fits(iv, fits)


def share_part(
    share: Interval, whole: Interval, *, count: bool, whole_count: bool
) -> tuple[Interval, Wholes | None]:
    """The part that ``share`` of ``whole`` implies; with ``count`` the whole
    parts that fit with some (whole, if ``whole_count``) whole: the GRIM test."""
    w = whole.integer_hull() if whole_count else whole
    part = share * w
    if not count:
        return part, None
    if w.is_point or not whole_count or 0 in share:
        return part, _wholes(part, None)

    def fits(k: int) -> bool:
        return _has_whole((Interval.point(k) / share).intersect(w))

    return part, _wholes(part, fits)


class DeriveError(ValueError):
    """Bad input to a derive command (names the option at fault)."""
