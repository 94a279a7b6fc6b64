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

Each kind gives its verdict under every mode (``CheckKind.verdicts``): a
result whose figures (``CheckKind.figures``) are all exact or qualified (近,
约, 超 …) has the same verdict under every mode and is not worked on again;
a kind may settle all four modes some cheaper way (a count's growth on an
exact current, a share of an exact count: a few integer divisions).
Everything else is checked again under the other modes (:meth:`Modes.general`),
skipping those that follow from the file's verdict: ``half-up`` and
``half-even`` admit only values that ``any`` admits, so a result consistent
under either is consistent under ``any``, and one inconsistent under ``any``
is inconsistent under both. Re-checking spends its own work budget
(``budget.MAX_WORK`` steps per file); results past it keep ``modes`` None.

Before that, a kind whose verdict is monotone in its figures' intervals
(growth, share, expressions without a division: what holds on narrower
intervals holds on wider ones) checks once on the values that every mode
admits (:meth:`Modes.common`; ``[x, x + unit/2)`` for a positive printed
``x``): a result that holds there holds under every mode. ``any`` is no
such bound from above: ``down``'s ``[x, x + unit)`` reaches past it, so an
inconsistent result is still checked under ``down``.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable
from typing import Any

from licang_check._i18n.messages import t as _t
from licang_check.claims.load import Claim, ClaimsFile
from licang_check.figures.grammar import Figure
from licang_check.kinds import get, subject_for
from licang_check.kinds.base import Context, bits_bound, common_interval
from licang_check.numeric.intervals import Interval
from licang_check.numeric.rounding import RoundingMode
from licang_check.numeric.unions import MAX_PIECES, Union
from licang_check.run import budget
from licang_check.run.results import Result, Verdict

__all__ = ["HALVES", "MODES", "NEAREST_WORK", "Modes", "Verdicts", "annotate", "mode_verdicts"]

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

_CONSISTENT = Verdict.CONSISTENT

Verdicts = tuple[bool, ...]
"""A result's verdict under each mode, in the order of :data:`MODES`."""
_ALL: Verdicts = (True,) * len(MODES)


class Modes:
    """One file under every rounding mode, for the kinds' ``verdicts``."""

    def __init__(self, cf: ClaimsFile) -> None:
        self.cf = cf
        self.files: dict[RoundingMode, ClaimsFile] = {cf.rounding: cf}
        self.contexts: dict[RoundingMode, Context] = {}
        self.prior_ranges: dict[str, tuple[tuple[int, int], ...]] = {}
        """Claim id -> per mode the whole priors (least, greatest) of a count's
        growth, where a kind found them by integer division."""
        self._memo: dict[str, dict[Any, Any]] = {}
        self._common: dict[str, tuple[Figure, Interval, int, bool]] = {}
        self._values: dict[str, tuple[Figure, Interval, bool]] = {}

    def file(self, mode: RoundingMode) -> ClaimsFile:
        """The file under ``mode``."""
        cf = self.files.get(mode)
        if cf is None:
            cf = self.files[mode] = dataclasses.replace(self.cf, rounding=mode)
        return cf

    def context(self, mode: RoundingMode) -> Context:
        """The file under ``mode``, ready to be checked (priors known per mode kept)."""
        ctx = self.contexts.get(mode)
        if ctx is None:
            i = MODES.index(mode)
            prior_ranges = self.prior_ranges  # not ``self``: no cycle through the context

            def known(claim_id: str) -> Union | None:
                ranges = prior_ranges.get(claim_id)
                if ranges is None:
                    return None
                lo, hi = ranges[i]
                if hi - lo + 1 > MAX_PIECES:  # as prior_values: the hull
                    return Union.of(Interval.closed(lo, hi))
                return Union.rising_points(range(lo, hi + 1))

            ctx = self.contexts[mode] = Context(self.file(mode), known)
        return ctx

    def common(self, claim: Claim) -> tuple[Interval, int]:
        """The values of ``claim`` (as ``ClaimsFile.interval`` gives them)
        that every mode admits, and at least the bits of its interval's ends
        under any mode (``base.bits_bound``); worked out once per claim."""
        got = self._common.get(claim.id)
        if got is None or got[0] is not claim.value or got[3] != claim.count:
            fig = claim.value
            most = bits_bound(fig, self.cf.tolerance, count=claim.count)
            got = self._common[claim.id] = (fig, self.common_values(claim), most, claim.count)
        return got[1], got[2]

    def common_values(self, claim: Claim) -> Interval:
        """The first of :meth:`common`, without the bits: worked out once per claim."""
        got = self._values.get(claim.id)
        if got is None or got[0] is not claim.value or got[2] != claim.count:
            fig = claim.value
            iv = common_interval(fig, self.cf.tolerance, count=claim.count)
            if claim.count and not fig.percent:
                iv = iv.integer_hull()
            got = self._values[claim.id] = (fig, iv, claim.count)
        return got[1]

    def memo(self, name: str) -> dict[Any, Any]:
        """A kind's own store for what it works out once per file (``growth.factors``)."""
        return self._memo.setdefault(name, {})

    def verdicts(self, r: Result) -> Verdicts | None:
        """The verdict of ``r`` under each mode; None when no mode can change it."""
        kind = get(r.kind)
        subject = subject_for(kind, self.context(self.cf.rounding), r)
        return kind.verdicts(self, subject, r.consistent)

    def general(
        self,
        ok: bool,
        holds: Callable[[RoundingMode], bool],
        narrow: Callable[[], bool] | None = None,
    ) -> Verdicts:
        """The verdict under each mode: ``ok`` under the file's own, ``holds``
        under the others, skipping those that follow (see the module).

        ``narrow``: the verdict on values that every mode admits (each
        figure's interval the intersection of its intervals under every
        mode: :meth:`common`), for a kind whose verdict is monotone: one that
        holds on narrower intervals holds on wider ones. Where it holds, it
        holds under every mode, and no mode is checked again."""
        if ok and narrow is not None and narrow():
            return _ALL
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

    Outside a work budget; for tests."""
    m = Modes(cf)
    return [m.verdicts(r) for r in results]


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


_new_result: Callable[[type[Result], tuple[object, ...]], Result] = tuple.__new__
"""A :class:`Result` from all its fields at once (``Result.with_modes``
without the call through it)."""


NEAREST_WORK = 20_000
"""Steps for the nearest consistent figures of one file (a figure stepped
once is a step): a second or so; past it, results get no ``nearest``."""


def annotate(cf: ClaimsFile, results: list[Result]) -> list[Result]:
    """``results`` with ``modes`` and ``edge`` filled in (see the module), and
    for an inconsistent result, the nearest consistent figures its kind finds
    (``nearest``, also at the end of its message; see ``nearest.py``)."""
    m = Modes(cf)
    ctx = m.context(cf.rounding)
    mode = cf.rounding
    out: list[Result] = []
    add = out.append
    try:
        with budget.work_budget(budget.MAX_WORK):
            for r in results:  # r.with_modes(...) of m.verdicts(r), without a call per result
                kind = get(r.kind)
                ok = r.verdict is _CONSISTENT
                v = kind.verdicts(m, subject_for(kind, ctx, r), ok)
                modes, edge = _modes_and_edge(v, ok, mode)
                add(_new_result(Result, (*r[:8], modes, edge, *r[10:])))
    except budget.WorkLimitExceeded:
        out.extend(results[len(out) :])
    if not all(r.verdict is _CONSISTENT for r in out):
        out = _with_nearest(m, out)
    return out


def _with_nearest(m: Modes, results: list[Result]) -> list[Result]:
    from licang_check.kinds.nearest import describe

    ctx = m.context(m.cf.rounding)
    out = list(results)
    try:
        with budget.work_budget(NEAREST_WORK):
            for i, r in enumerate(results):
                if r.consistent:
                    continue
                kind = get(r.kind)
                found = kind.nearest(m.cf, subject_for(kind, ctx, r))
                if found:
                    out[i] = r._replace(
                        nearest=found, message=r.message + _t("sep.list") + describe(found)
                    )
    except budget.WorkLimitExceeded:
        pass  # the rest without
    return out
