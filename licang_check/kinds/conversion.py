"""The ``conversion`` kind: ``约合19375美元``: the value is another claim's
figure multiplied or divided by a rate, and printed at its own precision
(not 约's tolerance)."""

from __future__ import annotations

from licang_check._i18n.messages import t
from licang_check.claims.load import Claim, ClaimsFile
from licang_check.figures.display import format_interval
from licang_check.kinds._relation import make_result, ref_interval
from licang_check.numeric.intervals import DivisionByZeroInterval, Interval
from licang_check.run.results import Kind, Result

__all__ = ["check_conversion", "converted", "holds"]


def converted(cf: ClaimsFile, claim: Claim) -> Interval | None:
    conv = claim.relations.conversion
    assert conv is not None
    source = cf.interval(cf.claims[conv.source])
    rate = ref_interval(cf, conv.rate)
    try:
        return source / rate if conv.divide else source * rate
    except DivisionByZeroInterval:
        return None


def holds(cf: ClaimsFile, claim: Claim) -> bool:
    c = converted(cf, claim)
    return c is not None and c.meets(cf.interval(claim))


def check_conversion(cf: ClaimsFile, claim: Claim) -> Result:
    conv = claim.relations.conversion
    assert conv is not None
    rate = conv.rate if isinstance(conv.rate, str) else conv.rate.text
    op = "/" if conv.divide else "*"
    printed = t("conversion.printed", value=claim.value.text, source=conv.source, op=op, rate=rate)
    c = converted(cf, claim)
    scale = claim.value.scale
    if c is None:
        return make_result(claim, Kind.CONVERSION, False, t("ratio.zero", b=rate), printed)
    value = cf.interval(claim)
    ok = c.meets(value)
    shown = format_interval(c, scale)
    key = "conversion.meets" if ok else "conversion.misses"
    message = t(key, converted=shown, value=format_interval(value, scale))
    return make_result(
        claim, Kind.CONVERSION, ok, message, printed, t("conversion.implied", converted=shown)
    )
