"""growth: a claim's current, its growth and any stated prior fit with some
positive prior (``current = prior × (1 + growth)``); for a count, some whole
prior."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from licang_check._i18n.messages import t
from licang_check.claims.load import Claim, ClaimsFile
from licang_check.figures.display import PERCENT, format_interval, format_number
from licang_check.figures.grammar import Figure
from licang_check.kinds.base import (
    CheckKind,
    Context,
    End,
    Figures,
    ceil_times,
    common_interval,
    end,
    floor_times,
    is_exact,
    plain_halves,
    qualified,
)
from licang_check.kinds.nearest import ABOVE_MINUS_100, POSITIVE, Nearest, fitting, fresh, roles
from licang_check.kinds.steps import (
    SHOWN,
    Step,
    by_hand_steps,
    describe_figure,
    describe_interval,
    describe_wholes,
    joined,
    prints_as,
    wholes_text,
)
from licang_check.numeric.exact import Fraction
from licang_check.numeric.intervals import Interval
from licang_check.numeric.unions import MAX_PIECES, Union
from licang_check.numeric.wholes import growth_factor
from licang_check.run.results import Kind, Result
from licang_check.solve.relations import Solution, growth_prior

if TYPE_CHECKING:
    from licang_check.kinds.modes import Modes, Verdicts

__all__ = ["KIND", "GrowthKind", "implied_prior", "prior_values"]


def _stated_prior(cf: ClaimsFile, claim: Claim) -> Interval | None:
    if claim.prior is None:
        return None
    if isinstance(claim.prior, str):
        other = cf.claims[claim.prior]
        return cf.interval(other) if not claim.count else cf.interval(other).integer_hull()
    iv = claim.prior.interval(cf.rounding, cf.tolerance, count=claim.count)
    return iv.integer_hull() if claim.count else iv


def _solve_prior(
    cf: ClaimsFile,
    claim: Claim,
    *,
    count: bool,
    bound: Interval | None = None,
    current: Interval | None = None,
) -> Solution:
    """The prior of ``current = prior × (1 + rate)`` (:data:`~licang_check.solve.relations.GROWTH`)
    for a growth claim's current (``cf.interval(claim)``, unless given) and rate."""
    assert claim.growth is not None
    rate = claim.growth.interval(cf.rounding, cf.tolerance)
    current = cf.interval(claim) if current is None else current
    return growth_prior(current, rate, count=count, bound=bound)


def implied_prior(cf: ClaimsFile, claim: Claim) -> Solution:
    """The prior a growth claim implies, narrowed by a stated prior; for a
    count, the whole priors that fit with its whole current."""
    return _solve_prior(cf, claim, count=claim.count, bound=_stated_prior(cf, claim))


def prior_values(sol: Solution) -> Union:
    """The implied prior as expressions see it (``prior(x)``): for a count,
    its whole-number candidates themselves (98, 100, 102 — not 99); otherwise
    its interval."""
    w = sol.wholes
    if w is None:
        return Union.of(sol.interval)
    if not w.any:
        return Union()
    if w.truncated or len(w.listed) > MAX_PIECES:
        return Union.of(sol.interval.integer_hull())
    return Union.rising_points(w.listed)


def _no_prior(cf: ClaimsFile, claim: Claim) -> str:
    unbounded = _solve_prior(cf, claim, count=False)
    stated = _stated_prior(cf, claim)
    if stated is not None and not unbounded.interval.is_empty:
        return t(
            "growth.misses_stated",
            implied=format_interval(unbounded.interval, claim.value.scale),
            stated=format_interval(stated, claim.value.scale),
        )
    return t("growth.no_positive")


class GrowthKind(CheckKind[Claim]):
    """A claim with ``growth:`` (and perhaps ``prior:``)."""

    kind = Kind.GROWTH
    sarif_name = "GrowthFits"

    def applies(self, cf: ClaimsFile, claim: Claim) -> bool:
        # a real growth (按可比价格计算, ``real: true``) implies no prior: no result
        main = claim.relations.main
        return claim.growth is not None and not (main is not None and main.real)

    def check(self, ctx: Context, subject: Claim) -> Result:
        cf, claim = ctx.cf, subject
        growth = claim.growth
        assert growth is not None
        current = cf.interval(claim)
        sol = _solve_prior(
            cf, claim, count=claim.count, bound=_stated_prior(cf, claim), current=current
        )
        ctx.solutions[claim.id] = sol
        scale = claim.value.scale
        sign = "+" if growth.value >= 0 and not growth.text.lstrip().startswith(("+", "-")) else ""
        printed = f"{claim.value.text}, {sign}{growth.text}"
        if claim.prior is not None:
            stated = claim.prior if isinstance(claim.prior, str) else claim.prior.text
            printed += t("printed.prior", prior=stated)
        real = format_interval(sol.interval, scale)
        if sol.wholes is None:
            ok = not sol.interval.is_empty
            implied = t("growth.prior", prior=real)
            message = implied if ok else _no_prior(cf, claim)
            return self.result(claim, ok, message, printed, implied)
        w = sol.wholes
        if not w.any:
            message = (
                t("growth.no_whole_in", interval=real)
                if not sol.interval.is_empty
                else _no_prior(cf, claim)
            )
            return self.result(claim, False, message, printed, t("growth.no_whole"))
        implied = t("growth.prior", prior=describe_wholes(w, scale, sol.interval))
        message = t("growth.in", implied=implied, interval=real)
        if current.is_point and w.total is not None and w.total <= SHOWN:
            assert current.low is not None
            c = current.low
            shown_current = format_number(c, scale)
            parts = []
            for p in w.listed:
                g = c / p - 1
                shown = format_number(g, PERCENT, signed=True)
                prints = prints_as(g, growth, cf.rounding, cf.tolerance)
                parts.append(
                    t(
                        "growth.on",
                        current=shown_current,
                        growth=shown,
                        prior=p,
                        prints=prints,
                    )
                )
            message += t("sep.detail") + joined(parts, "sep.list")
        return self.result(claim, True, message, printed, implied)

    def figures(self, cf: ClaimsFile, subject: Claim) -> Figures:
        """The current, the growth and any stated prior (a claim's value, if named)."""
        assert subject.growth is not None
        figs = [(subject.value, subject.count), (subject.growth, False)]
        if isinstance(subject.prior, str):
            other = cf.claims[subject.prior]
            figs.append((other.value, other.count))
        elif subject.prior is not None:
            figs.append((subject.prior, subject.count))
        return figs

    # -- under every mode --------------------------------------------------------------

    def verdicts(self, modes: Modes, subject: Claim, ok: bool) -> Verdicts | None:
        claim = subject
        if claim.prior is None:
            if not claim.count:
                # prior = current / (1 + growth), kept positive: some prior fits
                # unless the current is negative, which a printed figure is under
                # every mode or none (its interval holds zero only when it prints
                # as 0, under every mode). No mode changes the verdict.
                return None
            fast = _count_growth(modes, claim)
            if fast is not None:
                return fast
        if not self.depends(modes.cf, claim):
            return None
        return modes.general(
            ok,
            lambda m: implied_prior(modes.file(m), claim).consistent,
            lambda: _narrow(modes, claim),
        )

    # -- explained ---------------------------------------------------------------------

    def steps(self, ctx: Context, subject: Claim) -> list[Step]:
        cf, claim = ctx.cf, subject
        growth = claim.growth
        assert growth is not None
        scale = claim.value.scale
        steps = [
            Step(
                "current",
                describe_figure(claim.value, cf, count=claim.count, what=t("explain.of.current")),
            ),
            Step("growth", describe_figure(growth, cf, count=False, what=t("explain.of.growth"))),
        ]
        if claim.prior is not None:
            if isinstance(claim.prior, str):
                other = cf.claims[claim.prior]
                what = t("explain.of.stated_prior_id", id=other.id)
                text = describe_figure(other.value, cf, count=other.count, what=what)
            else:
                what = t("explain.of.stated_prior")
                text = describe_figure(claim.prior, cf, count=claim.count, what=what)
            steps.append(Step("stated prior", text))
        current = cf.interval(claim)
        factor = growth_factor(growth.interval(cf.rounding, cf.tolerance))
        sol = ctx.solutions.get(claim.id) or implied_prior(cf, claim)
        steps.append(
            Step(
                "prior",
                t(
                    "explain.prior",
                    current=format_interval(current, scale),
                    factor=format_interval(factor),
                    kept=t("explain.kept_positive") if claim.prior else "",
                    interval=describe_interval(sol.interval, scale),
                ),
            )
        )
        w = sol.wholes
        if w is None:
            return steps

        def by_hand(p: int) -> str:
            c = current.low
            assert c is not None
            g = c / p - 1
            return t(
                "explain.by_hand_growth",
                current=format_number(c, scale),
                prior=p,
                ratio=format_number(c / p),
                growth=format_number(g, PERCENT, signed=True),
                prints=prints_as(g, growth, cf.rounding, cf.tolerance),
                mode=cf.rounding.value,
            )

        keys = ("explain.prior_none", "explain.prior_listed", "explain.prior_many")
        suffix = "" if current.is_point else t("explain.each_current")
        hand = by_hand if current.is_point else None
        steps.append(Step("whole priors", wholes_text(w, keys, suffix)))
        steps += by_hand_steps(w, hand)
        return steps

    def nearest(self, cf: ClaimsFile, subject: Claim) -> Nearest:
        """The nearest currents and growths, as printed, that fit."""
        claim = subject
        assert claim.growth is not None

        def current_fits(fig: Figure) -> bool:
            return implied_prior(fresh(cf), dataclasses.replace(claim, value=fig)).consistent

        def growth_fits(fig: Figure) -> bool:
            return implied_prior(fresh(cf), dataclasses.replace(claim, growth=fig)).consistent

        return roles(
            ("current", fitting(claim.value, current_fits, POSITIVE)),
            ("growth", fitting(claim.growth, growth_fits, ABOVE_MINUS_100)),
        )


def _narrow(modes: Modes, claim: Claim) -> bool:
    """Whether some prior fits with the values of the current, the growth and
    any stated prior that every mode admits (``Modes.general``'s ``narrow``):
    the solution's interval and its whole priors only grow as the figures'
    intervals do."""
    growth = claim.growth
    assert growth is not None
    tolerance = modes.cf.tolerance
    current = modes.common_values(claim)
    rate = common_interval(growth, tolerance, count=False)
    bound = None
    if isinstance(claim.prior, str):
        bound = modes.common_values(modes.cf.claims[claim.prior])
    elif claim.prior is not None:
        bound = common_interval(claim.prior, tolerance, count=claim.count)
    if bound is not None and claim.count:
        bound = bound.integer_hull()
    return growth_prior(current, rate, count=claim.count, bound=bound).consistent


def _count_growth(modes: Modes, claim: Claim) -> Verdicts | None:
    """A count's growth on an exact current ``c``: under each mode the whole
    priors are those in ``c / (1 + growth)``, its ends found by integer
    division (and kept in ``modes.prior_ranges`` for ``prior(x)``)."""
    growth = claim.growth
    assert growth is not None
    if not is_exact(claim.value, count=True) or qualified(growth):
        return None
    c = int(claim.value.value)
    if c <= 0:
        return None  # left to the general path
    factors = modes.memo("growth.factors")
    if growth.text in factors:
        ends = factors[growth.text]
    else:
        ends = factors[growth.text] = _reciprocal_factors(modes, growth)
    if ends is None:
        return None
    ranges = tuple((max(1, ceil_times(c, low)), floor_times(c, high)) for low, high in ends)
    modes.prior_ranges[claim.id] = ranges
    return tuple(lo <= hi for lo, hi in ranges)


def _reciprocal_factors(modes: Modes, growth: Figure) -> list[tuple[End, End]] | None:
    """Per mode, the ends of ``1 / (1 + growth)``: a prior is the current
    times it. None for a growth down to −100% (no bound on the prior)."""
    halves = plain_halves(growth)
    if halves is not None:
        return _plain_reciprocals(*halves)
    return _general_reciprocals(modes.cf.tolerance, growth)


def _plain_reciprocals(
    p: int, q: int, ends: list[tuple[int, bool, int, bool]]
) -> list[tuple[End, End]] | None:
    """:func:`_general_reciprocals` of a plain growth (``plain_halves``): a
    factor's end ``1 + k·p/(2q)`` is ``(2q + k·p) / 2q``, its reciprocal
    ``2q / (2q + k·p)`` (ends not in lowest terms: only divided by)."""
    two_q = 2 * q
    out = []
    for k_lo, lo_closed, k_hi, hi_closed in ends:
        low = two_q + k_lo * p
        if low <= 0:
            return None
        out.append(((two_q, two_q + k_hi * p, hi_closed), (two_q, low, lo_closed)))
    return out


def _general_reciprocals(tolerance: Fraction, growth: Figure) -> list[tuple[End, End]] | None:
    """:func:`_reciprocal_factors` from the growth's interval under each mode."""
    from licang_check.kinds.modes import MODES

    out = []
    for m in MODES:
        f = growth_factor(growth.interval(m, tolerance))
        if f.low is None or f.high is None or f.low <= 0:
            return None
        out.append((end(1 / f.high, f.high_closed), end(1 / f.low, f.low_closed)))
    return out


KIND = GrowthKind()
