"""proportion: ``三次产业结构比例为6.01:55.04:38.95``.

The printed shares (in percent) of one whole must sum to 100 within their
rounding, and each must be its component's share where the components are
claims (``parts``), of ``whole`` or else of the parts' sum."""

from __future__ import annotations

import dataclasses

from licang_check._i18n.messages import t
from licang_check.claims.load import Claim, ClaimsFile
from licang_check.figures.display import format_interval
from licang_check.figures.grammar import Figure
from licang_check.kinds.base import CheckKind, Context, Figures
from licang_check.kinds.nearest import NOT_NEGATIVE, Nearest, fitting, roles
from licang_check.kinds.relations import figure_interval, figure_step, ref_step
from licang_check.kinds.steps import Step
from licang_check.numeric.intervals import DivisionByZeroInterval, Interval
from licang_check.run.results import Kind, Result

__all__ = ["KIND", "ProportionKind", "problems", "share_sum"]

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
        shares = rel.proportion.shares
        for (pid, _), part, fig in zip(rel.parts, parts, shares, strict=True):
            try:
                q = part / whole * _HUNDRED
            except DivisionByZeroInterval:
                out.append(t("ratio.zero", b=rel.whole[0] if rel.whole else "…"))
                continue
            if not q.meets(figure_interval(cf, fig)):
                out.append(t("proportion.part", id=pid, share=format_interval(q), printed=fig.text))
    return out


class ProportionKind(CheckKind[Claim]):
    """A claim whose value is a proportion ``a:b:c``."""

    kind = Kind.PROPORTION
    sarif_name = "ProportionFits"

    def applies(self, cf: ClaimsFile, claim: Claim) -> bool:
        return claim.relations.proportion is not None

    def check(self, ctx: Context, subject: Claim) -> Result:
        cf, claim = ctx.cf, subject
        rel = claim.relations
        found = problems(cf, claim)
        if found:
            return self.result(claim, False, t("sep.list").join(found), claim.value.text)
        total = format_interval(share_sum(cf, claim))
        n = len(rel.parts)
        fits = (
            t("proportion.fits_parts", n=n, total=total) if n else t("proportion.fits", total=total)
        )
        return self.result(claim, True, fits, claim.value.text)

    def nearest(self, cf: ClaimsFile, subject: Claim) -> Nearest:
        """Per share (``share#1`` …), the nearest printed values under which
        the proportion holds, the other shares as printed."""
        rel = subject.relations
        prop = rel.proportion
        assert prop is not None
        found = []
        for i, share in enumerate(prop.shares):

            def holds(fig: Figure, i: int = i) -> bool:
                shares = (*prop.shares[:i], fig, *prop.shares[i + 1 :])
                stepped = dataclasses.replace(rel, proportion=prop._replace(shares=shares))
                return not problems(cf, dataclasses.replace(subject, relations=stepped))

            found.append((f"share#{i + 1}", fitting(share, holds, NOT_NEGATIVE)))
        return roles(*found)

    def figures(self, cf: ClaimsFile, subject: Claim) -> Figures:
        rel = subject.relations
        assert rel.proportion is not None
        figs: Figures = [(f, False) for f in rel.proportion.shares]
        ids = [p for p, _ in rel.parts] + ([rel.whole[0]] if rel.whole else [])
        return figs + [(cf.claims[i].value, cf.claims[i].count) for i in ids]

    def about(self, cf: ClaimsFile, subject: Claim) -> list[str]:
        rel = subject.relations
        return [subject.id, *(p for p, _ in rel.parts), *([rel.whole[0]] if rel.whole else [])]

    def steps(self, ctx: Context, subject: Claim) -> list[Step]:
        rel = subject.relations
        assert rel.proportion is not None
        shares = rel.proportion.shares
        steps = [figure_step(ctx, f"{subject.id}[{i}]", f) for i, f in enumerate(shares, 1)]
        steps += [ref_step(ctx, p, p) for p, _ in rel.parts]
        if rel.whole is not None:
            steps.append(ref_step(ctx, rel.whole[0], rel.whole[0]))
        steps.append(Step("compare", self.check(ctx, subject).message))
        return steps


KIND = ProportionKind()
