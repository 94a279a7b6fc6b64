"""The ``ratio`` kind: ``是…的2.5倍``, ``恢复至…的108.3%``: the value is
``a / b`` of two claims (a multiple, not a growth: 2.5倍 of b is 2.5·b,
where 增长2.5倍 would be 3.5·b)."""

from __future__ import annotations

from licang_check._i18n.messages import t
from licang_check.claims.load import Claim, ClaimsFile
from licang_check.figures.display import auto_scale, format_interval
from licang_check.kinds._relation import make_result
from licang_check.numeric.intervals import DivisionByZeroInterval, Interval
from licang_check.run.results import Kind, Result

__all__ = ["check_ratio", "holds", "quotient"]


def quotient(cf: ClaimsFile, claim: Claim) -> Interval | None:
    assert claim.relations.ratio is not None
    a, b = claim.relations.ratio
    try:
        return cf.interval(cf.claims[a]) / cf.interval(cf.claims[b])
    except DivisionByZeroInterval:
        return None


def holds(cf: ClaimsFile, claim: Claim) -> bool:
    q = quotient(cf, claim)
    return q is not None and q.meets(cf.interval(claim))


def check_ratio(cf: ClaimsFile, claim: Claim) -> Result:
    assert claim.relations.ratio is not None
    a, b = claim.relations.ratio
    printed = t("ratio.printed", value=claim.value.text, a=a, b=b)
    q = quotient(cf, claim)
    value = cf.interval(claim)
    if q is None:
        message = t("ratio.zero", b=b)
        return make_result(claim, Kind.RATIO, False, message, printed)
    scale = claim.value.scale if claim.value.percent else auto_scale(q.low, q.high)
    shown = format_interval(q, scale)
    ok = q.meets(value)
    key = "ratio.meets" if ok else "ratio.misses"
    message = t(key, a=a, b=b, quotient=shown, value=format_interval(value, scale))
    return make_result(claim, Kind.RATIO, ok, message, printed, t("ratio.implied", quotient=shown))
