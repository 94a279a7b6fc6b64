"""The ``change`` kind: an absolute change on the previous period.

The prior is the value less the change (whole, for a count); it must be
positive where a growth is stated too, and meet the stated ``prior``; with a
nominal ``growth`` on the same change, the growth the two figures give must
round to it (``45862元，比上年增加2175元，增长5.0%``: 45862 on 43687 is
+4.98%, which prints as 5.0%)."""

from __future__ import annotations

from licang_check._i18n.messages import t
from licang_check.claims.extensions import Change
from licang_check.claims.load import Claim, ClaimsFile
from licang_check.figures.display import format_interval
from licang_check.kinds._relation import figure_interval, make_result, stated_prior
from licang_check.numeric.intervals import Interval
from licang_check.run.results import Kind, Result
from licang_check.solve.relations import GROWTH, Solution, solve

__all__ = ["change_prior", "check_change", "holds", "solve_with_growth"]


def change_prior(cf: ClaimsFile, claim: Claim, ch: Change) -> Interval:
    """value − change, narrowed by a stated prior; a count's to whole numbers."""
    assert ch.change is not None
    prior = cf.interval(claim) - figure_interval(cf, ch.change, count=claim.count)
    if claim.count:
        prior = prior.integer_hull()
    stated = stated_prior(cf, claim, ch)
    return prior if stated is None else prior.intersect(stated)


def solve_with_growth(cf: ClaimsFile, claim: Claim, ch: Change, prior: Interval) -> Solution:
    """The priors within ``prior`` that the nominal growth also allows."""
    assert ch.growth is not None
    rate = ch.growth.interval(cf.rounding, cf.tolerance)
    known = {"current": cf.interval(claim), "rate": rate}
    return solve(GROWTH, "prior", known, count=claim.count, bound=prior)


def holds(cf: ClaimsFile, claim: Claim, ch: Change) -> bool:
    prior = change_prior(cf, claim, ch)
    if prior.is_empty:
        return False
    if ch.growth is None or ch.real:
        return True
    return solve_with_growth(cf, claim, ch, prior).consistent


def check_change(cf: ClaimsFile, claim: Claim, ch: Change) -> Result:
    assert ch.change is not None
    scale = claim.value.scale
    printed = t("change.printed", value=claim.value.text, change=ch.change.text)
    if ch.growth is not None and not ch.real:
        printed += ", " + ch.growth.text
    if ch.prior is not None:
        stated_text = ch.prior if isinstance(ch.prior, str) else ch.prior.text
        printed += t("printed.prior", prior=stated_text)
    unstated = cf.interval(claim) - figure_interval(cf, ch.change, count=claim.count)
    if claim.count:
        unstated = unstated.integer_hull()
    prior = change_prior(cf, claim, ch)
    implied = t(
        "growth.prior", prior=format_interval(prior if not prior.is_empty else unstated, scale)
    )
    if prior.is_empty:
        stated = stated_prior(cf, claim, ch)
        message = t(
            "change.misses_stated",
            implied=format_interval(unstated, scale),
            stated=format_interval(stated if stated is not None else unstated, scale),
        )
        return make_result(claim, Kind.CHANGE, False, message, printed, implied, ch.on)
    if ch.growth is None or ch.real:
        return make_result(claim, Kind.CHANGE, True, implied, printed, implied, ch.on)
    sol = solve_with_growth(cf, claim, ch, prior)
    cur = cf.interval(claim)
    positive = prior.low is not None and prior.low > 0
    gtext = format_interval(cur / prior - Interval.point(1), ch.growth.scale) if positive else "?"
    if sol.consistent:
        message = t("change.fits", implied=implied, growth=gtext, printed=ch.growth.text)
        return make_result(claim, Kind.CHANGE, True, message, printed, implied, ch.on)
    message = t("change.growth_misses", implied=implied, growth=gtext, printed=ch.growth.text)
    return make_result(claim, Kind.CHANGE, False, message, printed, implied, ch.on)
