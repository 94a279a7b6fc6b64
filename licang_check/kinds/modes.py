"""Rounding transparency: under which rounding modes a result holds, and
whether it holds only at the edge of rounding.

``verify`` checks a file under its own rounding (``half-up`` unless the file
says otherwise). :func:`annotate` adds to every result

- ``modes``: the rounding modes (``half-up``, ``half-even``, ``down``,
  ``any``) under which it would be consistent;
- ``edge``: consistent under the file's rounding, but not under every
  reading of halves. ``half-up``, ``half-even`` and ``any`` differ only in
  whether a true value exactly on a half (272.5% for a printed 273%) prints
  as the figure, so an edge result fits only through such a value: 149
  projects up 273% need a prior of 40, and 149/40 is exactly +272.5%, which
  half-up prints as 273% and half-even as 272%. Under ``down`` there are no
  halves, and no result is an edge.

Cheaply: a result whose figures are all exact or qualified (近, 约, 超 …) has
the same verdict under every mode and is not worked on again; neither is a
quote, a growth without ``count`` or stated prior, or a share without
``count`` (these hold under every mode or none; see :func:`_Modes.growth`).
A count's growth on an exact current (149 projects) and a share of an exact
count (54.2% of 150) are settled for all four modes with a few integer
divisions. Everything else is checked again under the other modes, skipping
those that follow from the file's verdict: ``half-up`` and ``half-even``
admit only values that ``any`` admits, so a result consistent under either
is consistent under ``any``, and one inconsistent under ``any`` is
inconsistent under both. Re-checking spends its own work budget
(``budget.MAX_WORK`` steps per file); results past it keep ``modes`` None.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable

from licang_check._i18n.messages import t as _t
from licang_check.claims.expr import Prior, names
from licang_check.claims.load import Check, Claim, ClaimsFile
from licang_check.figures.grammar import Figure
from licang_check.kinds.checks import (
    ExprEvaluationError,
    compare,
    evaluate,
    implied_prior,
    prior_values,
)
from licang_check.numeric.exact import Fraction
from licang_check.numeric.intervals import Interval
from licang_check.numeric.rounding import RoundingMode
from licang_check.numeric.unions import MAX_PIECES, Union
from licang_check.numeric.wholes import growth_factor, share_part
from licang_check.run import budget
from licang_check.run.results import Kind, Result

__all__ = ["HALVES", "MODES", "NEAREST_WORK", "annotate", "is_exact", "mode_verdicts", "rounds"]

MODES: tuple[RoundingMode, ...] = tuple(RoundingMode)
"""Every rounding mode, in the order results list them."""
HALVES = frozenset({RoundingMode.HALF_UP, RoundingMode.HALF_EVEN, RoundingMode.ANY})
"""The modes that differ only in how a value exactly on a half prints."""

_HU, _HE, _DOWN, _ANY = (
    RoundingMode.HALF_UP,
    RoundingMode.HALF_EVEN,
    RoundingMode.DOWN,
    RoundingMode.ANY,
)
_NO_INTERVAL = frozenset({"达", "达到"})

Verdicts = tuple[bool, ...]
"""A result's verdict under each mode, in the order of :data:`MODES`."""
_Range = tuple[int, int]


def _qualified(fig: Figure) -> bool:
    return bool(fig.qualifiers) and any(q not in _NO_INTERVAL for q in fig.qualifiers)


def is_exact(fig: Figure, *, count: bool) -> bool:
    """An exact whole count (``149`` on a ``count: true`` claim): a single number."""
    return count and fig.exact_whole and not _qualified(fig)


def rounds(fig: Figure, *, count: bool) -> bool:
    """Whether the interval of ``fig`` depends on the rounding mode: a plain
    printed figure's does; a qualified one's (近, 约, 超 …) and an exact
    whole count's do not."""
    return not _qualified(fig) and not (count and fig.exact_whole)


# An end of an interval as whole numbers: numerator, denominator (> 0), closed.
_End = tuple[int, int, bool]


def _end(x: Fraction, closed: bool) -> _End:
    return x.numerator, x.denominator, closed


def _ceil_times(x: int, end: _End) -> int:
    """The least whole number from ``x·end`` on (``x·end`` itself only if closed)."""
    q, r = divmod(x * end[0], end[1])
    return q + 1 if r or not end[2] else q


def _floor_times(x: int, end: _End) -> int:
    """The greatest whole number up to ``x·end`` (``x·end`` itself only if closed)."""
    q, r = divmod(x * end[0], end[1])
    return q if r or end[2] else q - 1


class _Lazy(dict[str, Union]):
    def __init__(self, make: Callable[[str], Union]) -> None:
        super().__init__()
        self.make = make

    def __missing__(self, key: str) -> Union:
        value = self[key] = self.make(key)
        return value


class _Env(dict[str, Interval]):
    def __init__(self, cf: ClaimsFile) -> None:
        super().__init__()
        self.cf = cf

    def __missing__(self, key: str) -> Interval:
        value = self[key] = self.cf.interval(self.cf.claims[key])
        return value


class _Modes:
    """The verdicts of one file's results under every rounding mode."""

    def __init__(self, cf: ClaimsFile) -> None:
        self.cf = cf
        self.checks = {c.id: c for c in cf.checks}
        self.files: dict[RoundingMode, ClaimsFile] = {cf.rounding: cf}
        self.envs: dict[RoundingMode, _Env] = {}
        self.priors: dict[RoundingMode, _Lazy] = {}
        # claim id -> per mode the whole priors (least, greatest), from the fast path
        self.prior_ranges: dict[str, tuple[_Range, ...]] = {}
        # growth as printed -> per mode the ends of 1 / (1 + growth), or None
        self.factors: dict[str, list[tuple[_End, _End]] | None] = {}
        # share as printed -> per mode its ends
        self.shares: dict[str, list[tuple[_End, _End]]] = {}

    # -- the file under another mode ----------------------------------------

    def file(self, mode: RoundingMode) -> ClaimsFile:
        cf = self.files.get(mode)
        if cf is None:
            cf = self.files[mode] = dataclasses.replace(self.cf, rounding=mode)
        return cf

    def env(self, mode: RoundingMode) -> _Env:
        env = self.envs.get(mode)
        if env is None:
            env = self.envs[mode] = _Env(self.file(mode))
        return env

    def prior_union(self, mode: RoundingMode) -> _Lazy:
        priors = self.priors.get(mode)
        if priors is None:

            def make(claim_id: str) -> Union:
                known = self.prior_ranges.get(claim_id)
                if known is not None:
                    lo, hi = known[MODES.index(mode)]
                    if hi - lo + 1 > MAX_PIECES:  # as prior_values: the hull
                        return Union.of(Interval.closed(lo, hi))
                    return Union.points(range(lo, hi + 1))
                cf = self.file(mode)
                return prior_values(implied_prior(cf, cf.claims[claim_id]))

            priors = self.priors[mode] = _Lazy(make)
        return priors

    # -- one result -----------------------------------------------------------

    def verdicts(self, r: Result) -> Verdicts | None:
        """The verdict under each mode; None when no mode can change it."""
        if r.kind is Kind.GROWTH:
            return self.growth(self.cf.claims[r.id], r.consistent)
        if r.kind is Kind.SHARE:
            return self.share(self.cf.claims[r.id], r.consistent)
        if r.kind is Kind.EXPR:
            return self.expr(self.checks[r.id], r.consistent)
        if r.kind is Kind.SOURCE:
            from licang_check.sources.check import mode_verdicts as source_verdicts

            return source_verdicts(self.cf, self.cf.claims[r.id], r.line, r.column)
        return None  # a quote: found or not, under any rounding

    def _growth_figures(self, claim: Claim) -> list[tuple[Figure, bool]]:
        assert claim.growth is not None
        figs = [(claim.value, claim.count), (claim.growth, False)]
        if isinstance(claim.prior, str):
            other = self.cf.claims[claim.prior]
            figs.append((other.value, other.count))
        elif claim.prior is not None:
            figs.append((claim.prior, claim.count))
        return figs

    def growth(self, claim: Claim, ok: bool) -> Verdicts | None:
        if claim.prior is None and claim.count:
            fast = self._count_growth(claim)
            if fast is not None:
                return fast
        if not any(rounds(f, count=c) for f, c in self._growth_figures(claim)):
            return None
        if claim.prior is None and not claim.count:
            # prior = current / (1 + growth), kept positive: some prior fits
            # unless the current is negative, which a printed figure is under
            # every mode or none (its interval holds zero only when it prints
            # as 0, under every mode). No mode changes the verdict.
            return None
        return self._general(ok, lambda m: implied_prior(self.file(m), claim).consistent)

    def _count_growth(self, claim: Claim) -> Verdicts | None:
        """A count's growth on an exact current ``c``: under each mode the
        whole priors are those in ``c / (1 + growth)``, its ends found by
        integer division."""
        growth = claim.growth
        assert growth is not None
        if not is_exact(claim.value, count=True) or _qualified(growth):
            return None
        c = int(claim.value.value)
        if c <= 0:
            return None  # left to the general path
        if growth.text in self.factors:
            ends = self.factors[growth.text]
        else:
            ends = self.factors[growth.text] = self._reciprocal_factors(growth)
        if ends is None:
            return None
        ranges = tuple((max(1, _ceil_times(c, low)), _floor_times(c, high)) for low, high in ends)
        self.prior_ranges[claim.id] = ranges
        return tuple(lo <= hi for lo, hi in ranges)

    def _reciprocal_factors(self, growth: Figure) -> list[tuple[_End, _End]] | None:
        """Per mode, the ends of ``1 / (1 + growth)``: a prior is the current
        times it. None for a growth down to −100% (no bound on the prior)."""
        out = []
        for m in MODES:
            f = growth_factor(growth.interval(m, self.cf.tolerance))
            if f.low is None or f.high is None or f.low <= 0:
                return None
            out.append((_end(1 / f.high, f.high_closed), _end(1 / f.low, f.low_closed)))
        return out

    def share(self, claim: Claim, ok: bool) -> Verdicts | None:
        assert claim.of is not None
        whole = self.cf.claims[claim.of]
        if not rounds(claim.value, count=False) and not rounds(whole.value, count=whole.count):
            return None
        if not claim.count:
            return None  # a share of a whole is some part: under every mode
        if is_exact(whole.value, count=whole.count) and not _qualified(claim.value):
            w = int(whole.value.value)
            if w > 0:
                return self._count_share(claim.value, w)

        def share_ok(mode: RoundingMode) -> bool:
            cf = self.file(mode)
            share = claim.value.interval(mode, cf.tolerance)
            part, wholes = share_part(
                share, cf.interval(whole), count=claim.count, whole_count=whole.count
            )
            return wholes.any if wholes is not None else not part.is_empty

        return self._general(ok, share_ok)

    def _count_share(self, share: Figure, w: int) -> Verdicts:
        """A whole part of an exact whole ``w``: under each mode, the whole
        numbers in ``share × w`` (the GRIM test)."""
        ends = self.shares.get(share.text)
        if ends is None:
            ends = self.shares[share.text] = []
            for m in MODES:
                s = share.interval(m, self.cf.tolerance)
                assert s.low is not None
                assert s.high is not None
                ends.append((_end(s.low, s.low_closed), _end(s.high, s.high_closed)))
        return tuple(_ceil_times(w, low) <= _floor_times(w, high) for low, high in ends)

    def expr(self, check: Check, ok: bool) -> Verdicts | None:
        dependent = False
        for ref in names(check.expr):
            claim = self.cf.claims[ref.id]
            if isinstance(ref, Prior):
                ranges = self.prior_ranges.get(ref.id)
                if ranges is not None:
                    # the same whole priors under every mode: the same values here
                    if len({(lo, hi) if lo <= hi else None for lo, hi in ranges}) == 1:
                        continue
                    dependent = True
                    break
                figs = self._growth_figures(claim)
            else:
                figs = [(claim.value, claim.count)]
            if any(rounds(f, count=c) for f, c in figs):
                dependent = True
                break
        if not dependent:
            return None  # every value in it is the same under every mode

        def holds(mode: RoundingMode) -> bool:
            env, priors = self.env(mode), self.prior_union(mode)
            try:
                left = evaluate(check.expr.left, env, priors, check)
                right = evaluate(check.expr.right, env, priors, check)
            except ExprEvaluationError:
                return False
            return left.any_pair(right, lambda a, b: compare(check.expr.op, a, b))

        return self._general(ok, holds)

    # -- the other modes, skipping what follows --------------------------------

    def _general(self, ok: bool, holds: Callable[[RoundingMode], bool]) -> Verdicts:
        v = {self.cf.rounding: ok}
        for m in (_ANY, _HU, _HE, _DOWN):
            if m in v:
                continue
            if m is _ANY and (v.get(_HU) or v.get(_HE)):
                v[m] = True  # any admits every value half-up and half-even admit
            elif m in (_HU, _HE) and v.get(_ANY) is False:
                v[m] = False
            else:
                v[m] = holds(m)
        return tuple(v[m] for m in MODES)


def mode_verdicts(cf: ClaimsFile, results: list[Result]) -> list[Verdicts | None]:
    """The verdict of each result under every mode (None: the same under all).

    Outside a work budget; for tests and ``explain``."""
    t = _Modes(cf)
    return [t.verdicts(r) for r in results]


_HALF_INDEX = tuple(MODES.index(m) for m in MODES if m in HALVES)


@functools.cache
def _modes_and_edge(
    v: Verdicts | None, consistent: bool, mode: RoundingMode
) -> tuple[tuple[RoundingMode, ...], bool]:
    if v is None:
        return (MODES if consistent else ()), False
    modes = tuple(m for m, ok in zip(MODES, v, strict=True) if ok)
    edge = consistent and mode in HALVES and not all(v[i] for i in _HALF_INDEX)
    return modes, edge


def _annotated(r: Result, v: Verdicts | None, mode: RoundingMode) -> Result:
    modes, edge = _modes_and_edge(v, r.consistent, mode)
    return r.with_modes(modes, edge=edge)


NEAREST_WORK = 20_000
"""Steps for the nearest consistent figures of one file (a figure stepped
once is a step): a second or so; past it, results get no ``nearest``."""


def annotate(cf: ClaimsFile, results: list[Result]) -> list[Result]:
    """``results`` with ``modes`` and ``edge`` filled in (see the module), and
    for an inconsistent growth or share, the nearest consistent figures
    (``nearest``, also at the end of its message; see ``nearest.py``)."""
    t = _Modes(cf)
    out: list[Result] = []
    try:
        with budget.work_budget(budget.MAX_WORK):
            for r in results:
                out.append(_annotated(r, t.verdicts(r), cf.rounding))
    except budget.WorkLimitExceeded:
        out.extend(results[len(out) :])
    if any(not r.consistent and r.kind in _NEAREST_KINDS for r in out):
        out = _with_nearest(cf, out)
    return out


_NEAREST_KINDS = frozenset({Kind.GROWTH, Kind.SHARE})


def _with_nearest(cf: ClaimsFile, results: list[Result]) -> list[Result]:
    from licang_check.kinds.nearest import describe, nearest_growth, nearest_share

    out = list(results)
    try:
        with budget.work_budget(NEAREST_WORK):
            for i, r in enumerate(results):
                if r.consistent or r.kind not in _NEAREST_KINDS:
                    continue
                claim = cf.claims[r.id]
                found = (nearest_growth if r.kind is Kind.GROWTH else nearest_share)(cf, claim)
                if found:
                    out[i] = r._replace(
                        nearest=found, message=r.message + _t("sep.list") + describe(found)
                    )
    except budget.WorkLimitExceeded:
        pass  # the rest without
    return out
