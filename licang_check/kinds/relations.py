"""The relation kinds of the claims-format extensions, run for one claim:
its changes (``points``, ``change``, and the growths of ``changes:``), a
``ratio``, a ``proportion`` and a ``conversion``; their verdicts under each
rounding mode; and the prior ``prior(id)`` stands for when a claim's change
is in points or absolute."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from licang_check.claims.extensions import Change
from licang_check.claims.load import Claim, ClaimsFile
from licang_check.kinds import change as _change
from licang_check.kinds import conversion as _conversion
from licang_check.kinds import points as _points
from licang_check.kinds import proportion as _proportion
from licang_check.kinds import ratio as _ratio
from licang_check.kinds._relation import mode_verdicts, stated_prior
from licang_check.numeric.unions import Union
from licang_check.run.results import Kind, Result

if TYPE_CHECKING:
    from licang_check.figures.grammar import Figure
    from licang_check.run.explain import Step

__all__ = [
    "RELATION_KINDS",
    "extended_prior",
    "growth_claim_for",
    "relation_results",
    "relation_steps",
    "relation_verdicts",
    "uses_extended_prior",
]

RELATION_KINDS = frozenset({Kind.POINTS, Kind.CHANGE, Kind.RATIO, Kind.PROPORTION, Kind.CONVERSION})


def _growth_claim(claim: Claim, ch: Change) -> Claim:
    """The claim as v1's growth check sees one entry of ``changes:``."""
    return dataclasses.replace(
        claim,
        growth=ch.growth,
        growth_pos=ch.growth_pos,
        prior=ch.prior,
        prior_pos=ch.prior_pos,
    )


def growth_claim_for(claim: Claim, on: str) -> Claim:
    """The claim as v1's growth check (and ``nearest``) sees its change on ``on``."""
    entry = _entry(claim, on)
    assert entry is not None
    assert entry.growth is not None
    return _growth_claim(claim, entry)


def _entry(claim: Claim, on: str | None) -> Change | None:
    rel = claim.relations
    if on is None or on == "":
        return rel.main
    return next((c for c in rel.changes if c.on == on), None)


def relation_results(cf: ClaimsFile, claim: Claim) -> list[Result]:
    """The results of every relation the claim's extension keys state (its
    v1 growth and share are not among them)."""
    from licang_check.kinds.checks import check_growth

    rel = claim.relations
    out: list[Result] = []
    for ch in ([rel.main] if rel.main is not None else []) + rel.changes:
        if ch.points is not None:
            out.append(_points.check_points(cf, claim, ch))
        if ch.change is not None:
            out.append(_change.check_change(cf, claim, ch))
        if ch.on is not None and ch.growth is not None and not ch.real:
            result, _ = check_growth(cf, _growth_claim(claim, ch))
            printed = f"{result.printed} ({ch.on})"
            out.append(result._replace(printed=printed, on=ch.on))
    if rel.ratio is not None:
        out.append(_ratio.check_ratio(cf, claim))
    if rel.proportion is not None:
        out.append(_proportion.check_proportion(cf, claim))
    if rel.conversion is not None:
        out.append(_conversion.check_conversion(cf, claim))
    return out


def _holds(cf: ClaimsFile, claim: Claim, r: Result) -> bool:
    from licang_check.kinds.checks import check_growth

    ch = _entry(claim, r.on)
    if r.kind is Kind.POINTS and ch is not None:
        return _points.holds(cf, claim, ch)
    if r.kind is Kind.CHANGE and ch is not None:
        return _change.holds(cf, claim, ch)
    if r.kind is Kind.GROWTH and ch is not None:
        return check_growth(cf, _growth_claim(claim, ch))[0].consistent
    if r.kind is Kind.RATIO:
        return _ratio.holds(cf, claim)
    if r.kind is Kind.PROPORTION:
        return _proportion.holds(cf, claim)
    if r.kind is Kind.CONVERSION:
        return _conversion.holds(cf, claim)
    raise ValueError(f"not a relation result: {r.kind}")


def relation_verdicts(cf: ClaimsFile, r: Result) -> tuple[bool, ...]:
    """A relation result's verdict under each rounding mode."""
    claim = cf.claims[r.id]
    return mode_verdicts(cf, lambda other: _holds(other, claim, r))


def uses_extended_prior(claim: Claim) -> bool:
    """Whether ``prior(id)`` of this claim is more than v1's implied prior."""
    main = claim.relations.main
    return main is not None and (main.points is not None or main.change is not None or main.real)


def extended_prior(cf: ClaimsFile, claim: Claim) -> Union:
    """What ``prior(id)`` stands for when the claim's change is in points
    (value − points) or absolute (value − change; with a nominal growth, the
    priors both allow), narrowed by a stated prior."""
    from licang_check.kinds.checks import implied_prior, prior_values

    main = claim.relations.main
    assert main is not None
    if main.points is not None:
        iv = _points.implied_prior_rate(cf, claim, main)
        stated = stated_prior(cf, claim, main)
        return Union.of(iv if stated is None else iv.intersect(stated))
    if main.change is not None:
        prior = _change.change_prior(cf, claim, main)
        if main.growth is not None and not main.real and not prior.is_empty:
            return prior_values(_change.solve_with_growth(cf, claim, main, prior))
        if claim.count and not prior.is_empty and prior.is_point:
            return Union.of(prior)
        return Union.of(prior)
    return prior_values(implied_prior(cf, claim))


def relation_steps(cf: ClaimsFile, claim: Claim, r: Result) -> list[Step]:
    """``explain``'s steps for a relation result: each figure it uses, read
    as an interval, then the relation worked out (the result's message)."""
    from licang_check.run.explain import Step, describe_figure

    def fig(label: str, f: Figure, *, count: bool = False) -> Step:
        return Step(label, describe_figure(f, cf, count=count, what=label), ref=True)

    def ref(label: str, target: Figure | str) -> Step:
        if isinstance(target, str):
            other = cf.claims[target]
            return fig(target, other.value, count=other.count)
        return fig(label, target)

    rel = claim.relations
    if rel.proportion is not None:  # each share, not the sum the value holds
        shares = rel.proportion.shares
        steps = [fig(f"{claim.id}[{i}]", f) for i, f in enumerate(shares, 1)]
    else:
        steps = [fig(claim.id, claim.value, count=claim.count)]
    ch = _entry(claim, r.on)
    if r.kind in (Kind.POINTS, Kind.CHANGE, Kind.GROWTH) and ch is not None:
        for label, f in (("points", ch.points), ("change", ch.change), ("growth", ch.growth)):
            if f is not None and (
                label == r.kind.value or (label == "growth" and r.kind is Kind.CHANGE)
            ):
                steps.append(fig(label, f))
        if ch.prior is not None:
            steps.append(ref("prior", ch.prior))
    elif r.kind is Kind.RATIO and rel.ratio is not None:
        steps += [ref(x, x) for x in rel.ratio]
    elif r.kind is Kind.PROPORTION:
        steps += [ref(p, p) for p, _ in rel.parts]
        if rel.whole is not None:
            steps.append(ref(rel.whole[0], rel.whole[0]))
    elif r.kind is Kind.CONVERSION and rel.conversion is not None:
        steps += [
            ref(rel.conversion.source, rel.conversion.source),
            ref("rate", rel.conversion.rate),
        ]
    steps.append(Step("compare", r.message))
    return steps
