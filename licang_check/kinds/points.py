"""The ``points`` kind: a change in percentage points on a rate.

``current − prior = change``: the prior rate the claim implies is its value
less the change; where the prior rate is printed (``prior``), the two must
meet. Without one the result shows the implied prior rate (and a check can
still test it as ``prior(id)``, e.g. against both years' wholes)."""

from __future__ import annotations

from licang_check._i18n.messages import t
from licang_check.claims.extensions import Change
from licang_check.claims.load import Claim, ClaimsFile
from licang_check.figures.display import PERCENT, format_interval, format_number
from licang_check.kinds._relation import figure_interval, make_result, stated_prior
from licang_check.numeric.intervals import Interval
from licang_check.run.results import Kind, Result

__all__ = ["check_points", "holds", "implied_prior_rate"]


def implied_prior_rate(cf: ClaimsFile, claim: Claim, ch: Change) -> Interval:
    """The rate before the change: value − points (a ratio)."""
    assert ch.points is not None
    return cf.interval(claim) - figure_interval(cf, ch.points)


def holds(cf: ClaimsFile, claim: Claim, ch: Change) -> bool:
    implied = implied_prior_rate(cf, claim, ch)
    stated = stated_prior(cf, claim, ch)
    return not implied.is_empty and (stated is None or implied.meets(stated))


def check_points(cf: ClaimsFile, claim: Claim, ch: Change) -> Result:
    assert ch.points is not None
    implied = implied_prior_rate(cf, claim, ch)
    stated = stated_prior(cf, claim, ch)
    pts = format_number(ch.points.value * 100, signed=True)
    printed = t("points.printed", value=claim.value.text, points=pts)
    implied_text = t("points.prior", prior=format_interval(implied, PERCENT))
    if stated is None:
        return make_result(claim, Kind.POINTS, True, implied_text, printed, implied_text, ch.on)
    ok = implied.meets(stated)
    key = "points.meets" if ok else "points.misses"
    message = t(
        key, implied=format_interval(implied, PERCENT), stated=format_interval(stated, PERCENT)
    )
    return make_result(claim, Kind.POINTS, ok, message, printed, implied_text, ch.on)
