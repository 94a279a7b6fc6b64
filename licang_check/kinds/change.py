"""change: an absolute change on the previous period.

The prior is the value less the change (whole, for a count); it must meet
the stated ``prior``, and with a nominal ``growth`` on the same change, the
growth the two figures give must round to it (``45862元，比上年增加2175元，
增长5.0%``: 45862 on 43687 is +4.98%, which prints as 5.0%)."""

from __future__ import annotations

from licang_check._i18n.messages import t
from licang_check.claims.extensions import Change
from licang_check.claims.load import Claim, ClaimsFile
from licang_check.figures.display import format_interval
from licang_check.kinds.base import CheckKind, Context, Figures
from licang_check.kinds.nearest import Nearest, own_value
from licang_check.kinds.points import _with_on
from licang_check.kinds.relations import (
    figure_interval,
    figure_step,
    main_change,
    ref_figures,
    ref_step,
    stated_prior,
)
from licang_check.kinds.steps import Step
from licang_check.numeric.intervals import Interval
from licang_check.run.results import Kind, Result
from licang_check.solve.relations import GROWTH, Solution, solve

__all__ = ["KIND", "ChangeKind", "change_prior", "solve_with_growth"]


def _unstated(cf: ClaimsFile, claim: Claim, ch: Change) -> Interval:
    assert ch.change is not None
    prior = cf.interval(claim) - figure_interval(cf, ch.change, count=claim.count)
    return prior.integer_hull() if claim.count else prior


def change_prior(cf: ClaimsFile, claim: Claim, ch: Change) -> Interval:
    """value − change, narrowed by a stated prior; a count's to whole numbers."""
    prior = _unstated(cf, claim, ch)
    stated = stated_prior(cf, claim, ch)
    return prior if stated is None else prior.intersect(stated)


def solve_with_growth(cf: ClaimsFile, claim: Claim, ch: Change, prior: Interval) -> Solution:
    """The priors within ``prior`` that the nominal growth also allows."""
    assert ch.growth is not None
    rate = ch.growth.interval(cf.rounding, cf.tolerance)
    known = {"current": cf.interval(claim), "rate": rate}
    return solve(GROWTH, "prior", known, count=claim.count, bound=prior)


class ChangeKind(CheckKind[Claim]):
    """A figure with ``change``: its absolute change."""

    kind = Kind.CHANGE
    sarif_name = "AbsoluteChangeFits"

    def applies(self, cf: ClaimsFile, claim: Claim) -> bool:
        main = claim.relations.main
        return main is not None and main.change is not None

    def check(self, ctx: Context, subject: Claim) -> Result:
        cf, claim = ctx.cf, subject
        ch = main_change(claim)
        assert ch.change is not None
        scale = claim.value.scale
        printed = t("change.printed", value=claim.value.text, change=ch.change.text)
        nominal = ch.growth is not None and not ch.real
        if ch.growth is not None and nominal:
            printed += ", " + ch.growth.text
        if ch.prior is not None:
            stated_text = ch.prior if isinstance(ch.prior, str) else ch.prior.text
            printed += t("printed.prior", prior=stated_text)
        unstated = _unstated(cf, claim, ch)
        prior = change_prior(cf, claim, ch)
        shown = prior if not prior.is_empty else unstated
        implied = t("growth.prior", prior=format_interval(shown, scale))
        if prior.is_empty:
            stated = stated_prior(cf, claim, ch)
            message = t(
                "change.misses_stated",
                implied=format_interval(unstated, scale),
                stated=format_interval(stated if stated is not None else unstated, scale),
            )
            return self.result(claim, False, message, printed, implied)
        if ch.growth is None or not nominal:
            return self.result(claim, True, implied, printed, implied)
        sol = solve_with_growth(cf, claim, ch, prior)
        positive = prior.low is not None and prior.low > 0
        cur = cf.interval(claim)
        growth = (
            format_interval(cur / prior - Interval.point(1), ch.growth.scale) if positive else "?"
        )
        key = "change.fits" if sol.consistent else "change.growth_misses"
        message = t(key, implied=implied, growth=growth, printed=ch.growth.text)
        return self.result(claim, sol.consistent, message, printed, implied)

    def nearest(self, cf: ClaimsFile, subject: Claim) -> Nearest:
        """The nearest printed values of the figure itself that fit."""
        return own_value(self, cf, subject)

    def figures(self, cf: ClaimsFile, subject: Claim) -> Figures:
        """The value, its change, a nominal growth and any stated prior."""
        ch = main_change(subject)
        assert ch.change is not None
        figs: Figures = [(subject.value, subject.count), (ch.change, subject.count)]
        if ch.growth is not None and not ch.real:
            figs.append((ch.growth, False))
        if ch.prior is not None:
            figs += ref_figures(cf, ch.prior, count=subject.count)
        return figs

    def steps(self, ctx: Context, subject: Claim) -> list[Step]:
        ch = main_change(subject)
        assert ch.change is not None
        steps = [
            figure_step(ctx, subject.id, subject.value, count=subject.count),
            figure_step(ctx, "change", ch.change, count=subject.count),
        ]
        if ch.growth is not None and not ch.real:
            steps.append(figure_step(ctx, "growth", ch.growth))
        if ch.prior is not None:
            steps.append(ref_step(ctx, "prior", ch.prior))
        steps.append(Step("compare", self.check(ctx, subject).message))
        return steps

    def result(
        self, subject: Claim, ok: bool, message: str, printed: str, implied: str = ""
    ) -> Result:
        return _with_on(super().result(subject, ok, message, printed, implied), subject)


KIND = ChangeKind()
