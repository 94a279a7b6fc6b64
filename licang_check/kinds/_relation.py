"""What the relation kinds (points, change, ratio, proportion, conversion)
share: a result in the common shape, intervals of a claim or a stated
figure, and verdicts under every rounding mode by checking again."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from licang_check.claims.extensions import Change
from licang_check.claims.load import Claim, ClaimsFile
from licang_check.figures.grammar import Figure
from licang_check.numeric.intervals import Interval
from licang_check.numeric.rounding import RoundingMode
from licang_check.run.results import Kind, Result, Verdict

__all__ = ["figure_interval", "make_result", "mode_verdicts", "ref_interval", "stated_prior"]


def make_result(
    claim: Claim,
    kind: Kind,
    ok: bool,
    message: str,
    printed: str,
    implied: str = "",
    on: str | None = None,
) -> Result:
    verdict = Verdict.CONSISTENT if ok else Verdict.INCONSISTENT
    return Result(
        claim.id,
        kind,
        verdict,
        claim.pos.line,
        claim.pos.column,
        message,
        printed,
        implied,
        on=on or "",
    )


def figure_interval(cf: ClaimsFile, fig: Figure, *, count: bool = False) -> Interval:
    iv = fig.interval(cf.rounding, cf.tolerance, count=count)
    return iv.integer_hull() if count and not fig.percent else iv


def ref_interval(cf: ClaimsFile, ref: Figure | str, *, count: bool = False) -> Interval:
    """A stated figure's interval, or the interval of the claim it names."""
    if isinstance(ref, str):
        iv = cf.interval(cf.claims[ref])
        return iv.integer_hull() if count else iv
    return figure_interval(cf, ref, count=count)


def stated_prior(cf: ClaimsFile, claim: Claim, ch: Change) -> Interval | None:
    if ch.prior is None:
        return None
    return ref_interval(cf, ch.prior, count=claim.count and not claim.value.percent)


def mode_verdicts(cf: ClaimsFile, check: Callable[[ClaimsFile], bool]) -> tuple[bool, ...]:
    """``check`` under each rounding mode, in the order of :class:`RoundingMode`."""
    out = []
    for mode in RoundingMode:
        other = cf if mode is cf.rounding else dataclasses.replace(cf, rounding=mode)
        out.append(check(other))
    return tuple(out)
