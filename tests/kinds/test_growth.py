"""growth, through the common helper: priors worked out by hand."""

from __future__ import annotations

from kinds.common import NO, OK, check, claims_text
from licang_check.numeric.rounding import RoundingMode
from licang_check.run.results import Kind

HU, HE, DOWN, ANY = tuple(RoundingMode)


def growth(value: str, rate: str, *, count: bool = True, prior: str | None = None) -> str:
    out = f"  g:\n    quote: q\n    value: {value}\n    growth: {rate}\n"
    if count:
        out += "    count: true\n"
    if prior is not None:
        out += f"    prior: {prior}\n"
    return out


def test_149_up_273_percent_fits_40_only_at_the_half() -> None:
    # 149/40 = 3.725: +272.5%, 273% under half-up, 272% under half-even
    r = check(claims_text(growth("149", "273%")))["g", Kind.GROWTH]
    assert r.verdict is OK
    assert "40" in r.message
    assert r.modes == (HU, ANY)
    assert r.edge


def test_150_up_273_percent_has_no_whole_prior_and_nearest_figures() -> None:
    # 150/40 = +275%, 150/41 = +265.85…%
    r = check(claims_text(growth("150", "273%")))["g", Kind.GROWTH]
    assert r.verdict is NO
    assert r.nearest == (("current", ("149", "153")), ("growth", ("275%", "266%")))


def test_a_stated_prior_narrows_the_implied_one() -> None:
    # 448.6亿 / 1.10 = 407.8…亿; a stated 400亿 is outside [407.6…, 408.0…]
    r = check(claims_text(growth("448.6亿", "10%", count=False, prior="400亿")))["g", Kind.GROWTH]
    assert r.verdict is NO


def test_a_stated_prior_that_rounds_makes_the_verdict_depend_on_the_mode() -> None:
    # 近150 is [135, 150] (10% tolerance), 超200% a factor in (3, ∞): a prior in (0, 50).
    # "50.0" is [49.95, 50.05) under half-up, half-even and any: [49.95, 50) is left;
    # under down it is [50, 50.1), which misses (0, 50)
    got = check(claims_text(growth("近150", "超200%", count=False, prior='"50.0"')))
    r = got["g", Kind.GROWTH]
    assert r.verdict is OK
    assert r.modes == (HU, HE, ANY)
    assert not r.edge  # down is not a reading of halves
