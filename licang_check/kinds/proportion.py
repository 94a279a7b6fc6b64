"""The ``proportion`` kind: ``三次产业结构比例为6.01:55.04:38.95``.

The printed shares (in percent) of one whole must sum to 100 within their
rounding, and each must be its component's share where the components are
claims (``parts``), of ``whole`` or else of the parts' sum."""

from __future__ import annotations

from licang_check._i18n.messages import t
from licang_check.claims.load import Claim, ClaimsFile
from licang_check.figures.display import format_interval
from licang_check.kinds._relation import figure_interval, make_result
from licang_check.numeric.intervals import DivisionByZeroInterval, Interval
from licang_check.run.results import Kind, Result

__all__ = ["check_proportion", "holds", "problems", "share_sum"]

_HUNDRED = Interval.point(100)


def share_sum(cf: ClaimsFile, claim: Claim) -> Interval:
    """The sum of the printed shares' intervals."""
    assert claim.relations.proportion is not None
    shares = [figure_interval(cf, f) for f in claim.relations.proportion.shares]
    total = shares[0]
    for s in shares[1:]:
        total = total + s
    return total


def problems(cf: ClaimsFile, claim: Claim) -> list[str]:
    """What does not fit, in words; empty when everything does."""
    rel = claim.relations
    assert rel.proportion is not None
    shares = [figure_interval(cf, f) for f in rel.proportion.shares]
    out = []
    total = share_sum(cf, claim)
    if not total.meets(_HUNDRED):
        out.append(t("proportion.sum", total=format_interval(total)))
    if rel.parts:
        parts = [cf.interval(cf.claims[p]) for p, _ in rel.parts]
        if rel.whole is not None:
            whole = cf.interval(cf.claims[rel.whole[0]])
        else:
            whole = parts[0]
            for p in parts[1:]:
                whole = whole + p
        for (pid, _), part, share, fig in zip(
            rel.parts, parts, shares, rel.proportion.shares, strict=True
        ):
            try:
                q = part / whole * _HUNDRED
            except DivisionByZeroInterval:
                out.append(t("ratio.zero", b=rel.whole[0] if rel.whole else "…"))
                continue
            if not q.meets(share):
                out.append(t("proportion.part", id=pid, share=format_interval(q), printed=fig.text))
    return out


def holds(cf: ClaimsFile, claim: Claim) -> bool:
    return not problems(cf, claim)


def check_proportion(cf: ClaimsFile, claim: Claim) -> Result:
    rel = claim.relations
    assert rel.proportion is not None
    printed = claim.value.text
    found = problems(cf, claim)
    if found:
        message = t("sep.list").join(found)
        return make_result(claim, Kind.PROPORTION, False, message, printed)
    n = len(rel.parts)
    total = format_interval(share_sum(cf, claim))
    fits = t("proportion.fits_parts", n=n, total=total) if n else t("proportion.fits", total=total)
    message = fits
    return make_result(claim, Kind.PROPORTION, True, message, printed)
