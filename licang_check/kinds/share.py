"""share: a percentage ``of:`` another claim implies a part; for a count,
some whole part of some whole (the GRIM test)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
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
from licang_check.kinds.nearest import NOT_NEGATIVE, POSITIVE, Nearest, fitting, fresh, roles
from licang_check.kinds.steps import (
    SHOWN,
    Step,
    by_hand_steps,
    describe_figure,
    describe_interval,
    describe_wholes,
    prints_as,
    wholes_text,
)
from licang_check.numeric.exact import Fraction
from licang_check.numeric.intervals import POSITIVE as POSITIVE_VALUES
from licang_check.numeric.intervals import Interval
from licang_check.numeric.rounding import RoundingMode
from licang_check.numeric.wholes import Wholes, has_whole, whole_fits
from licang_check.run.results import Kind, Result

if TYPE_CHECKING:
    from licang_check.kinds.modes import Modes, Verdicts

__all__ = ["KIND", "ShareKind", "share_part", "share_whole"]


def share_whole(whole: Interval, *, whole_count: bool) -> Interval:
    """The whole a share is taken of: a count's is its positive whole numbers."""
    return whole.intersect(POSITIVE_VALUES).integer_hull() if whole_count else whole


def _wholes(iv: Interval, fits: Callable[[int], bool] | None) -> Wholes:
    if iv.is_empty:
        return Wholes([], 0)
    return whole_fits(iv, fits)


def share_part(
    share: Interval, whole: Interval, *, count: bool, whole_count: bool
) -> tuple[Interval, Wholes | None]:
    """The part that ``share`` of ``whole`` implies; with ``count`` the whole
    parts that fit with some (whole, if ``whole_count``) whole: the GRIM test.

    A whole that is a count is a positive whole number (there is no share of
    nothing), so ``不足150`` of them is 1 to 149, as ``derive share`` reads
    its ``--whole`` (the relation's whole is a positive role).

    A positive share of one whole count ``w`` (what a share of an exact
    count is) is worked out by its ends: ``share × w`` and its whole
    numbers, as the general road gives them."""
    sl, sh, wl = share.low, share.high, whole.low
    if (
        whole_count
        and wl is not None
        and wl > 0
        and wl.denominator == 1
        and wl == whole.high
        and whole.low_closed
        and whole.high_closed
        and sl is not None
        and sl > 0
        and (sh is None or sl < sh or (sl == sh and share.low_closed and share.high_closed))
    ):
        part = Interval(
            sl * wl, None if sh is None else sh * wl, share.low_closed, share.high_closed
        )
        return part, whole_fits(part, None) if count else None
    w = share_whole(whole, whole_count=whole_count)
    part = share * w
    if not count:
        return part, None
    if w.is_point or not whole_count or 0 in share:
        return part, _wholes(part, None)

    def fits(k: int) -> bool:
        return has_whole((Interval.point(k) / share).intersect(w))

    return part, _wholes(part, fits)


def _holds(cf: ClaimsFile, share: Figure, claim: Claim, whole_claim: Claim) -> bool:
    """Whether ``share`` (as printed) of ``whole_claim`` fits, for ``claim``'s count."""
    part, wholes = share_part(
        share.interval(cf.rounding, cf.tolerance),
        cf.interval(whole_claim),
        count=claim.count,
        whole_count=whole_claim.count,
    )
    return wholes.any if wholes is not None else not part.is_empty


class ShareKind(CheckKind[Claim]):
    """A claim with ``of:``: a share of another claim."""

    kind = Kind.SHARE
    sarif_name = "ShareFits"

    def applies(self, cf: ClaimsFile, claim: Claim) -> bool:
        return claim.of is not None

    def check(self, ctx: Context, subject: Claim) -> Result:
        cf, claim = ctx.cf, subject
        assert claim.of is not None
        whole_claim = cf.claims[claim.of]
        share = claim.value.interval(cf.rounding, cf.tolerance)
        whole = cf.interval(whole_claim)
        part, wholes = share_part(share, whole, count=claim.count, whole_count=whole_claim.count)
        scale = whole_claim.value.scale
        printed = t("printed.share", share=claim.value.text, whole=whole_claim.value.text)
        real = format_interval(part, scale)
        if wholes is None:
            ok = not part.is_empty
            part_text = t("share.part", part=real)
            return self.result(claim, ok, part_text, printed, part_text)
        if not wholes.any:
            message = t("share.no_whole_in", printed=printed, interval=real)
            return self.result(claim, False, message, printed, t("share.no_whole"))
        implied = t("share.part", part=describe_wholes(wholes, scale, part))
        message = implied if part.is_point else t("growth.in", implied=implied, interval=real)
        if whole.is_point and wholes.total is not None and wholes.total <= SHOWN:
            assert whole.low is not None
            w = whole.low
            if w:
                of = format_number(w)
                shares = []
                for k in wholes.listed:
                    x = k / w
                    shares.append(
                        t(
                            "share.fraction",
                            fraction=f"{k}/{of}",
                            share=format_number(x, PERCENT),
                            prints=prints_as(x, claim.value, cf.rounding, cf.tolerance),
                        )
                    )
                if shares:
                    message += t("sep.detail") + t("sep.list").join(shares)
        return self.result(claim, True, message, printed, implied)

    def figures(self, cf: ClaimsFile, subject: Claim) -> Figures:
        """The share and its whole."""
        assert subject.of is not None
        whole = cf.claims[subject.of]
        return [(subject.value, False), (whole.value, whole.count)]

    # -- under every mode --------------------------------------------------------------

    def verdicts(self, modes: Modes, subject: Claim, ok: bool) -> Verdicts | None:
        claim = subject
        if not claim.count:
            return None  # a share of a whole is some part: under every mode
        if not self.depends(modes.cf, claim):
            return None
        assert claim.of is not None
        whole = modes.cf.claims[claim.of]
        if is_exact(whole.value, count=whole.count) and not qualified(claim.value):
            w = int(whole.value.value)
            if w > 0:
                return _count_share(modes, claim.value, w)

        def holds(mode: RoundingMode) -> bool:
            return _holds(modes.file(mode), claim.value, claim, whole)

        def narrow() -> bool:
            # the part and its whole parts only grow as the share's and the whole's intervals do
            share = common_interval(claim.value, modes.cf.tolerance, count=False)
            part, wholes = share_part(
                share,
                modes.common_values(whole),
                count=claim.count,
                whole_count=whole.count,
            )
            return wholes.any if wholes is not None else not part.is_empty

        return modes.general(ok, holds, narrow)

    # -- explained ---------------------------------------------------------------------

    def steps(self, ctx: Context, subject: Claim) -> list[Step]:
        cf, claim = ctx.cf, subject
        assert claim.of is not None
        whole_claim = cf.claims[claim.of]
        scale = whole_claim.value.scale
        share = claim.value.interval(cf.rounding, cf.tolerance)
        whole = cf.interval(whole_claim)
        part, wholes = share_part(share, whole, count=claim.count, whole_count=whole_claim.count)
        what_whole = t("explain.of.whole_id", id=whole_claim.id)
        steps = [
            Step(
                "share", describe_figure(claim.value, cf, count=False, what=t("explain.of.share"))
            ),
            Step(
                "whole",
                describe_figure(whole_claim.value, cf, count=whole_claim.count, what=what_whole),
            ),
            Step(
                "part",
                t(
                    "explain.part",
                    share=format_interval(share, PERCENT),
                    whole=format_interval(share_whole(whole, whole_count=whole_claim.count), scale),
                    part=describe_interval(part, scale),
                ),
            ),
        ]
        if wholes is None:
            return steps
        w = whole.low

        def by_hand(k: int) -> str:
            assert w is not None
            return t(
                "explain.by_hand_share",
                part=k,
                whole=format_number(w),
                ratio=format_number(k / w, PERCENT),
                prints=prints_as(k / w, claim.value, cf.rounding, cf.tolerance),
                mode=cf.rounding.value,
            )

        keys = ("explain.part_none", "explain.part_listed", "explain.part_many")
        hand = by_hand if whole.is_point and w else None
        steps.append(Step("whole parts", wholes_text(wholes, keys)))
        steps += by_hand_steps(wholes, hand)
        return steps

    def nearest(self, cf: ClaimsFile, subject: Claim) -> Nearest:
        """The nearest shares and wholes, as printed, that fit."""
        claim = subject
        assert claim.of is not None
        whole = cf.claims[claim.of]
        return roles(
            ("share", fitting(claim.value, lambda f: _holds(cf, f, claim, whole), NOT_NEGATIVE)),
            (
                "whole",
                fitting(
                    whole.value,
                    lambda f: _holds(
                        fresh(cf), claim.value, claim, dataclasses.replace(whole, value=f)
                    ),
                    POSITIVE,
                ),
            ),
        )


def _count_share(modes: Modes, share: Figure, w: int) -> Verdicts:
    """A whole part of an exact whole ``w``: under each mode, the whole
    numbers in ``share × w`` (the GRIM test)."""
    shares = modes.memo("share.ends")
    ends: list[tuple[End, End]] | None = shares.get(share.text)
    if ends is None:
        ends = shares[share.text] = _share_ends(modes.cf.tolerance, share)
    return tuple(ceil_times(w, low) <= floor_times(w, high) for low, high in ends)


def _share_ends(tolerance: Fraction, share: Figure) -> list[tuple[End, End]]:
    """Per mode, the ends of a share's interval (a share not qualified); a
    plain one's (``plain_halves``) as ``k·p / 2q``, not in lowest terms."""
    from licang_check.kinds.modes import MODES

    halves = plain_halves(share)
    if halves is not None:
        p, q, per_mode = halves
        return [((lo * p, 2 * q, lc), (hi * p, 2 * q, hc)) for lo, lc, hi, hc in per_mode]
    ends = []
    for m in MODES:
        s = share.interval(m, tolerance)
        assert s.low is not None
        assert s.high is not None
        ends.append((end(s.low, s.low_closed), end(s.high, s.high_closed)))
    return ends


KIND = ShareKind()
