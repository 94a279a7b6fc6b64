"""The nearest consistent figures of an inconsistent growth or share.

Every expected value is worked out by hand in the comments, under half-up
unless a test says otherwise.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from licang_check.claims.load import ClaimsFile, parse_claims
from licang_check.formats.json import result_dict
from licang_check.kinds import growth, share
from licang_check.kinds import modes as transparency
from licang_check.kinds.modes import annotate
from licang_check.kinds.nearest import MAX_STEPS, describe
from licang_check.run.results import Kind, Result
from licang_check.run.verify import run_checks


def load(claims: str, rounding: str = "half-up") -> ClaimsFile:
    text = f"version: 1\narticle:\n  title: t\nrounding: {rounding}\nclaims:\n{claims}"
    return parse_claims(text, Path("claims.yaml"))


def growth_file(value: str, rate: str, *, count: bool = True, prior: str = "") -> ClaimsFile:
    lines = f"  g:\n    quote: q\n    value: {value}\n    growth: {rate}\n"
    if count:
        lines += "    count: true\n"
    if prior:
        lines += f"    prior: {prior}\n"
    return load(lines)


def share_file(share: str, whole: str) -> ClaimsFile:
    return load(
        f"  pigs:\n    quote: q\n    value: {whole}\n    count: true\n"
        f"  sows:\n    quote: q\n    value: {share}\n    of: pigs\n    count: true\n"
    )


def result(cf: ClaimsFile, kind: Kind) -> Result:
    (r,) = [r for r in annotate(cf, run_checks(cf)) if r.kind is kind]
    return r


def test_150_up_273_percent() -> None:
    # currents: a whole prior p fits c in p × [3.725, 3.735): p = 40 gives
    # [149, 149.4): 149, one below; p = 41 gives [152.725, 153.135): 153,
    # three above. growths: 150/40 = 3.75 is +275% (two above); 150/41 =
    # 3.6585… is +265.85…%, printed 266% (seven below); 274% would need a
    # prior in (150/3.745, 150/3.735] = (40.05, 40.16]: none.
    cf = growth_file("150", "273%")
    found = growth.KIND.nearest(cf, cf.claims["g"])
    assert found == (("current", ("149", "153")), ("growth", ("275%", "266%")))
    assert describe(found) == "nearest that fit: current 149 or 153, growth 275% or 266%"


def test_149_up_274_percent_points_at_273() -> None:
    # growths: 149/40 = +272.5%, printed 273% (one below); 149/39 =
    # 3.8205…, +282.05…%, printed 282% (eight above). currents with 274%
    # ([3.735, 3.745)): p = 39 gives [145.665, 146.055): 146 (three below);
    # p = 40 [149.4, 149.8) and p = 41 [153.135, 153.545) hold no whole
    # number; p = 42 gives [156.87, 157.29): 157 (eight above).
    cf = growth_file("149", "274%")
    r = result(cf, Kind.GROWTH)
    assert r.nearest == (("current", ("146", "157")), ("growth", ("273%", "282%")))
    assert r.message.endswith("; nearest that fit: current 146 or 157, growth 273% or 282%")
    assert result_dict(r)["nearest"] == {"current": ["146", "157"], "growth": ["273%", "282%"]}


def test_grim_54_2_percent_of_150() -> None:
    # shares k/150: 81/150 = 54.0% (two below); 54.1% … 54.6% give parts
    # [81.075, 81.225) … [81.825, 81.975): none; 82/150 = 54.67% prints 54.7%
    # (five above). wholes w with a whole part in w × [54.15%, 54.25%):
    # 151, 152 none, 153 gives [82.85, 83.0): 83 (three above); 149 … 145
    # none, 144 gives [77.976, 78.12): 78 (six below).
    cf = share_file("54.2%", "150")
    found = share.KIND.nearest(cf, cf.claims["sows"])
    assert found == (("share", ("54.0%", "54.7%")), ("whole", ("153", "144")))
    r = result(cf, Kind.SHARE)
    assert r.nearest == found
    assert "(GRIM); nearest that fit: share 54.0% or 54.7%, whole 153 or 144" in r.message


def test_amounts_step_by_their_last_digit_and_keep_their_multiplier() -> None:
    # 448.6亿 up 10% implies a prior in [448.55亿, 448.65亿) / [1.095, 1.105)
    # = (405.93亿, 409.73亿), not the stated [399.5亿, 400.5亿). A growth of
    # 12% ([11.5%, 12.5%)) gives (398.76亿, 402.33亿): it meets; 11% gives
    # (402.37亿, 406.00亿): not; lower growths only raise the prior. The
    # current would have to be below 400.5亿 × 1.105 = 442.55亿, 61 steps of
    # 0.1亿 down: beyond the 50 steps searched.
    cf = growth_file("448.6亿", "10%", count=False, prior="400亿")
    assert growth.KIND.nearest(cf, cf.claims["g"]) == (("growth", ("12%",)),)
    assert MAX_STEPS == 50


def test_a_falling_figure() -> None:
    # 197 down 3.5%: half-up (-3.55%, -3.45%], priors [197/0.9655, 197/0.9645)
    # = [204.04, 204.25): none. growths: 197/204 = 0.96568…, -3.43%, printed
    # -3.4% (one above); -3.6%, -3.7%, -3.8% need priors in [204.25, 204.46),
    # [204.46, 204.68), [204.68, 204.89): none; -3.9% needs [204.89, 205.10):
    # 205 (four below). currents: 196 needs a prior with 196 in
    # p × (0.9645, 0.9655]: p = 203 gives (195.79, 195.99]: no; 195 has p =
    # 202, (194.83, 195.03]: the nearest below.
    cf = growth_file("197", "-3.5%")
    found = dict(growth.KIND.nearest(cf, cf.claims["g"]))
    assert found["growth"] == ("-3.4%", "-3.9%")
    assert found["current"][0] == "195"


def test_a_qualified_figure_is_not_stepped() -> None:
    # 约150 (about: [135, 165]) is not a matter of its last digit
    cf = growth_file("约150", "1000%")
    found = growth.KIND.nearest(cf, cf.claims["g"])
    assert [role for role, _ in found] == ["growth"]


def test_consistent_results_get_none() -> None:
    cf = growth_file("149", "273%")
    assert result(cf, Kind.GROWTH).nearest == ()
    assert "nearest" not in result_dict(result(cf, Kind.GROWTH))


def test_a_spent_budget_leaves_the_rest_without(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(transparency, "NEAREST_WORK", 1)
    cf = growth_file("150", "273%")
    r = result(cf, Kind.GROWTH)
    assert r.nearest == ()
    assert "nearest" not in r.message
    assert not r.consistent
