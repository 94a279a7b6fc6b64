"""conversion: ``约合19375美元``: the value is another claim's figure
multiplied or divided by a rate, and printed at its own precision (not 约's
tolerance)."""

from __future__ import annotations

from licang_check._i18n.messages import t
from licang_check.claims.load import Claim, ClaimsFile
from licang_check.figures.display import format_interval
from licang_check.kinds.base import CheckKind, Context, Figures
from licang_check.kinds.nearest import Nearest, own_value
from licang_check.kinds.relations import figure_step, ref_figures, ref_interval, ref_step
from licang_check.kinds.steps import Step
from licang_check.numeric.intervals import DivisionByZeroInterval, Interval
from licang_check.run.results import Kind, Result

__all__ = ["KIND", "ConversionKind", "converted"]


def converted(cf: ClaimsFile, claim: Claim) -> Interval | None:
    conv = claim.relations.conversion
    assert conv is not None
    source = cf.interval(cf.claims[conv.source])
    rate = ref_interval(cf, conv.rate)
    try:
        return source / rate if conv.divide else source * rate
    except DivisionByZeroInterval:
        return None


class ConversionKind(CheckKind[Claim]):
    """A claim with ``converts`` and ``multiply_by`` or ``divide_by``."""

    kind = Kind.CONVERSION
    sarif_name = "ConversionFits"

    def applies(self, cf: ClaimsFile, claim: Claim) -> bool:
        return claim.relations.conversion is not None

    def check(self, ctx: Context, subject: Claim) -> Result:
        cf, claim = ctx.cf, subject
        conv = claim.relations.conversion
        assert conv is not None
        rate = conv.rate if isinstance(conv.rate, str) else conv.rate.text
        op = "/" if conv.divide else "*"
        printed = t(
            "conversion.printed", value=claim.value.text, source=conv.source, op=op, rate=rate
        )
        c = converted(cf, claim)
        if c is None:
            return self.result(claim, False, t("ratio.zero", b=rate), printed)
        scale = claim.value.scale
        value = cf.interval(claim)
        ok = c.meets(value)
        shown = format_interval(c, scale)
        key = "conversion.meets" if ok else "conversion.misses"
        message = t(key, converted=shown, value=format_interval(value, scale))
        return self.result(claim, ok, message, printed, t("conversion.implied", converted=shown))

    def nearest(self, cf: ClaimsFile, subject: Claim) -> Nearest:
        """The nearest printed values of the figure itself that fit."""
        return own_value(self, cf, subject)

    def figures(self, cf: ClaimsFile, subject: Claim) -> Figures:
        conv = subject.relations.conversion
        assert conv is not None
        source = cf.claims[conv.source]
        return [(subject.value, False), (source.value, source.count), *ref_figures(cf, conv.rate)]

    def about(self, cf: ClaimsFile, subject: Claim) -> list[str]:
        conv = subject.relations.conversion
        assert conv is not None
        rate = [conv.rate] if isinstance(conv.rate, str) else []
        return [subject.id, conv.source, *rate]

    def steps(self, ctx: Context, subject: Claim) -> list[Step]:
        conv = subject.relations.conversion
        assert conv is not None
        return [
            figure_step(ctx, subject.id, subject.value),
            ref_step(ctx, conv.source, conv.source),
            ref_step(ctx, "rate", conv.rate),
            Step("compare", self.check(ctx, subject).message),
        ]


KIND = ConversionKind()
