"""What the relation kinds of the claims-format extensions share (points,
change, ratio, proportion, conversion): intervals of stated figures, the
changes of a claim's ``changes:`` list as claims the kinds can check, and
the prior ``prior(id)`` stands for when a claim's change is in points or
absolute. Not a kind itself (the registry test lists it as shared)."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from licang_check._i18n.messages import t
from licang_check.claims.extensions import Change, Relations
from licang_check.claims.load import Claim, ClaimsFile
from licang_check.figures.grammar import Figure
from licang_check.numeric.intervals import Interval
from licang_check.numeric.unions import Union

if TYPE_CHECKING:
    from licang_check.kinds.base import Context, Figures
    from licang_check.kinds.steps import Step

__all__ = [
    "ENTRY_MARK",
    "entry_claim",
    "extended_prior",
    "extended_prior_figures",
    "figure_interval",
    "main_change",
    "points_step",
    "ref_figures",
    "ref_interval",
    "stated_prior",
    "uses_extended_prior",
]

ENTRY_MARK = "@"
"""Between a claim's id and a change's ``on`` in the id of the claim that
stands for that change (``retail@环比``): its own id, so that what the kinds
work out per claim id (a growth's priors) is never mixed with the claim's."""


def figure_interval(cf: ClaimsFile, fig: Figure, *, count: bool = False) -> Interval:
    iv = fig.interval(cf.rounding, cf.tolerance, count=count)
    return iv.integer_hull() if count and not fig.percent else iv


def ref_interval(cf: ClaimsFile, ref: Figure | str, *, count: bool = False) -> Interval:
    """A stated figure's interval, or the interval of the claim it names."""
    if isinstance(ref, str):
        iv = cf.interval(cf.claims[ref])
        return iv.integer_hull() if count else iv
    return figure_interval(cf, ref, count=count)


def ref_figures(cf: ClaimsFile, ref: Figure | str, *, count: bool = False) -> Figures:
    if isinstance(ref, str):
        other = cf.claims[ref]
        return [(other.value, other.count)]
    return [(ref, count)]


def main_change(claim: Claim) -> Change:
    main = claim.relations.main
    assert main is not None
    return main


def stated_prior(cf: ClaimsFile, claim: Claim, ch: Change) -> Interval | None:
    if ch.prior is None:
        return None
    return ref_interval(cf, ch.prior, count=claim.count and not claim.value.percent)


def entry_claim(claim: Claim, on: str) -> Claim:
    """The claim that stands for its change on ``on``: that change as its
    own (growth, points, change, prior, real), and nothing else to check."""
    ch = next(c for c in claim.relations.changes if c.on == on)
    return dataclasses.replace(
        claim,
        id=f"{claim.id}{ENTRY_MARK}{on}",
        growth=None if ch.real else ch.growth,
        growth_pos=ch.growth_pos,
        prior=ch.prior,
        prior_pos=ch.prior_pos,
        of=None,
        quotes=[],
        relations=Relations(main=ch),
    )


def uses_extended_prior(claim: Claim) -> bool:
    """Whether ``prior(id)`` of this claim is more than v1's implied prior."""
    main = claim.relations.main
    return main is not None and (main.points is not None or main.change is not None or main.real)


def extended_prior(cf: ClaimsFile, claim: Claim) -> Union:
    """What ``prior(id)`` stands for when the claim's change is in points
    (value − points) or absolute (value − change; with a nominal growth, the
    priors both allow), narrowed by a stated prior."""
    from licang_check.kinds import change, points
    from licang_check.kinds.growth import implied_prior, prior_values

    main = main_change(claim)
    if main.points is not None:
        iv = points.implied_prior_rate(cf, claim, main)
        stated = stated_prior(cf, claim, main)
        return Union.of(iv if stated is None else iv.intersect(stated))
    if main.change is not None:
        prior = change.change_prior(cf, claim, main)
        if main.growth is not None and not main.real and not prior.is_empty:
            return prior_values(change.solve_with_growth(cf, claim, main, prior))
        return Union.of(prior)
    return prior_values(implied_prior(cf, claim))


def extended_prior_figures(cf: ClaimsFile, claim: Claim) -> Figures:
    """The printed figures ``prior(id)`` of such a claim stands on."""
    main = main_change(claim)
    figs: Figures = [(claim.value, claim.count)]
    for f in (main.points, main.change):
        if f is not None:
            figs.append((f, claim.count and f is main.change))
    if main.growth is not None and not main.real:
        figs.append((main.growth, False))
    if main.prior is not None:
        figs += ref_figures(cf, main.prior, count=claim.count)
    return figs


def figure_step(ctx: Context, label: str, f: Figure, *, count: bool = False) -> Step:
    from licang_check.kinds.steps import Step, describe_figure

    return Step(label, describe_figure(f, ctx.cf, count=count, what=label), ref=True)


def ref_step(ctx: Context, label: str, target: Figure | str) -> Step:
    if isinstance(target, str):
        other = ctx.cf.claims[target]
        return figure_step(ctx, target, other.value, count=other.count)
    return figure_step(ctx, label, target)


def points_step(cf: ClaimsFile, f: Figure) -> Step:
    """A change in points read in points, not as the percentage it is held as."""
    from licang_check.figures.display import format_interval, format_number
    from licang_check.kinds.steps import Step

    iv = format_interval(figure_interval(cf, f) * Interval.point(100))
    unit = format_number(f.unit * 100)
    return Step("points", t("explain.points", text=f.text, unit=unit, interval=iv))
