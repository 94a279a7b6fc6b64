"""ratio: ``是…的2.5倍``, ``恢复至…的108.3%``: the value is ``a / b`` of two
claims (a multiple, not a growth: 2.5倍 of b is 2.5·b, where 增长2.5倍 would
be 3.5·b)."""

from __future__ import annotations

from licang_check._i18n.messages import t
from licang_check.claims.load import Claim, ClaimsFile
from licang_check.figures.display import auto_scale, format_interval
from licang_check.kinds.base import CheckKind, Context, Figures
from licang_check.kinds.nearest import Nearest, own_value
from licang_check.kinds.relations import figure_step, ref_step
from licang_check.kinds.steps import Step
from licang_check.numeric.intervals import DivisionByZeroInterval, Interval
from licang_check.run.results import Kind, Result

__all__ = ["KIND", "RatioKind", "quotient"]


def quotient(cf: ClaimsFile, claim: Claim) -> Interval | None:
    assert claim.relations.ratio is not None
    a, b = claim.relations.ratio
    try:
        return cf.interval(cf.claims[a]) / cf.interval(cf.claims[b])
    except DivisionByZeroInterval:
        return None


class RatioKind(CheckKind[Claim]):
    """A claim with ``ratio: [a, b]``."""

    kind = Kind.RATIO
    sarif_name = "RatioFits"

    def applies(self, cf: ClaimsFile, claim: Claim) -> bool:
        return claim.relations.ratio is not None

    def check(self, ctx: Context, subject: Claim) -> Result:
        cf, claim = ctx.cf, subject
        assert claim.relations.ratio is not None
        a, b = claim.relations.ratio
        printed = t("ratio.printed", value=claim.value.text, a=a, b=b)
        q = quotient(cf, claim)
        if q is None:
            return self.result(claim, False, t("ratio.zero", b=b), printed)
        value = cf.interval(claim)
        scale = claim.value.scale if claim.value.percent else auto_scale(q.low, q.high)
        shown = format_interval(q, scale)
        ok = q.meets(value)
        message = t(
            "ratio.meets" if ok else "ratio.misses",
            a=a,
            b=b,
            quotient=shown,
            value=format_interval(value, scale),
        )
        return self.result(claim, ok, message, printed, t("ratio.implied", quotient=shown))

    def nearest(self, cf: ClaimsFile, subject: Claim) -> Nearest:
        """The nearest printed values of the figure itself that fit."""
        return own_value(self, cf, subject)

    def figures(self, cf: ClaimsFile, subject: Claim) -> Figures:
        assert subject.relations.ratio is not None
        others = [cf.claims[x] for x in subject.relations.ratio]
        return [(subject.value, False), *((o.value, o.count) for o in others)]

    def about(self, cf: ClaimsFile, subject: Claim) -> list[str]:
        assert subject.relations.ratio is not None
        return [subject.id, *subject.relations.ratio]

    def steps(self, ctx: Context, subject: Claim) -> list[Step]:
        assert subject.relations.ratio is not None
        steps = [figure_step(ctx, subject.id, subject.value)]
        steps += [ref_step(ctx, x, x) for x in subject.relations.ratio]
        steps.append(Step("compare", self.check(ctx, subject).message))
        return steps


KIND = RatioKind()
