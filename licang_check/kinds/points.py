"""points: a change in percentage points on a rate.

``current − prior = change``: the prior rate the claim implies is its value
less the change; where the prior rate is printed (``prior``), the two must
meet. Without one the result shows the implied prior rate (and a check can
still test it as ``prior(id)``, e.g. against both years' wholes)."""

from __future__ import annotations

from licang_check._i18n.messages import t
from licang_check.claims.extensions import Change
from licang_check.claims.load import Claim, ClaimsFile
from licang_check.figures.display import PERCENT, format_interval, format_number
from licang_check.kinds.base import CheckKind, Context, Figures
from licang_check.kinds.nearest import Nearest, own_value
from licang_check.kinds.relations import (
    figure_interval,
    figure_step,
    main_change,
    points_step,
    ref_figures,
    ref_step,
    stated_prior,
)
from licang_check.kinds.steps import Step
from licang_check.numeric.intervals import Interval
from licang_check.run.results import Kind, Result

__all__ = ["KIND", "PointsKind", "implied_prior_rate"]


def implied_prior_rate(cf: ClaimsFile, claim: Claim, ch: Change) -> Interval:
    """The rate before the change: value − points (a ratio)."""
    assert ch.points is not None
    return cf.interval(claim) - figure_interval(cf, ch.points)


class PointsKind(CheckKind[Claim]):
    """A rate with ``points``: its change in percentage points."""

    kind = Kind.POINTS
    sarif_name = "PointChangeFits"

    def applies(self, cf: ClaimsFile, claim: Claim) -> bool:
        main = claim.relations.main
        return main is not None and main.points is not None

    def check(self, ctx: Context, subject: Claim) -> Result:
        cf, claim = ctx.cf, subject
        ch = main_change(claim)
        assert ch.points is not None
        implied = implied_prior_rate(cf, claim, ch)
        stated = stated_prior(cf, claim, ch)
        pts = format_number(ch.points.value * 100, signed=True)
        printed = t("points.printed", value=claim.value.text, points=pts)
        implied_text = t("points.prior", prior=format_interval(implied, PERCENT))
        if stated is None:
            return self.result(claim, True, implied_text, printed, implied_text)
        ok = implied.meets(stated)
        message = t(
            "points.meets" if ok else "points.misses",
            implied=format_interval(implied, PERCENT),
            stated=format_interval(stated, PERCENT),
        )
        return self.result(claim, ok, message, printed, implied_text)

    def nearest(self, cf: ClaimsFile, subject: Claim) -> Nearest:
        """The nearest printed values of the figure itself that fit."""
        return own_value(self, cf, subject)

    def figures(self, cf: ClaimsFile, subject: Claim) -> Figures:
        """The rate, its change in points and any stated prior rate."""
        ch = main_change(subject)
        assert ch.points is not None
        figs: Figures = [(subject.value, False), (ch.points, False)]
        if ch.prior is not None:
            figs += ref_figures(cf, ch.prior)
        return figs

    def steps(self, ctx: Context, subject: Claim) -> list[Step]:
        ch = main_change(subject)
        assert ch.points is not None
        steps = [figure_step(ctx, subject.id, subject.value), points_step(ctx.cf, ch.points)]
        if ch.prior is not None:
            steps.append(ref_step(ctx, "prior", ch.prior))
        steps.append(Step("compare", self.check(ctx, subject).message))
        return steps

    def result(
        self, subject: Claim, ok: bool, message: str, printed: str, implied: str = ""
    ) -> Result:
        return _with_on(super().result(subject, ok, message, printed, implied), subject)


def _with_on(r: Result, subject: Claim) -> Result:
    """A result on a change of ``changes:`` carries the claim's id and the change's ``on``."""
    on = subject.relations.main.on if subject.relations.main is not None else None
    if not on:
        return r
    return r._replace(id=subject.id[: -len(on) - 1], on=on)


KIND = PointsKind()
