"""Rounding transparency: the modes each result holds under, and ``edge``.

Expected modes are worked out by hand from the format's intervals (the
comments show the arithmetic); a property test then checks the shortcuts of
``transparency`` against checking the whole file again under every mode.
"""

from __future__ import annotations

import dataclasses
import json
import math
from fractions import Fraction
from pathlib import Path

import pytest
from conftest import WriteClaims
from hypothesis import given, settings
from hypothesis import strategies as st

from kinds.common import SHORT, decimal_text
from licang_check.claims.load import ClaimsFile, load_claims, parse_claims
from licang_check.formats.cells import modes_text, verdict_text
from licang_check.formats.json import result_dict
from licang_check.kinds.base import rounds
from licang_check.kinds.modes import MODES, annotate
from licang_check.numeric.rounding import RoundingMode
from licang_check.run import budget
from licang_check.run.results import Kind, Result
from licang_check.run.verify import run_checks, verify_file

HU, HE, DOWN, ANY = (
    RoundingMode.HALF_UP,
    RoundingMode.HALF_EVEN,
    RoundingMode.DOWN,
    RoundingMode.ANY,
)


def claims_text(claims: str, checks: str = "", rounding: str = "half-up") -> str:
    out = f"version: 1\narticle:\n  title: t\nrounding: {rounding}\nclaims:\n{claims}"
    if checks:
        out += f"checks:\n{checks}"
    return out


def annotated(text: str) -> dict[tuple[str, Kind], Result]:
    cf = parse_claims(text, Path("claims.yaml"))
    return {(r.id, r.kind): r for r in annotate(cf, run_checks(cf))}


def growth(value: str, rate: str, *, count: bool = True, extra: str = "") -> str:
    lines = f"  g:\n    quote: q\n    value: {value}\n    growth: {rate}\n"
    if count:
        lines += "    count: true\n"
    return lines + extra


def share(percent: str, whole: str) -> str:
    return (
        f"  w:\n    quote: q\n    value: {whole}\n    count: true\n"
        f"  s:\n    quote: q\n    value: {percent}\n    of: w\n    count: true\n"
    )


# -- growth ------------------------------------------------------------------------------


def test_149_up_273_percent_is_an_edge_under_half_up() -> None:
    # 149 / 40 = 3.725: +272.5% exactly. half-up [272.5%, 273.5%) holds it;
    # half-even (273 is odd) (272.5%, 273.5%) does not, nor does down
    # [273%, 274%) (priors (149/3.74, 149/3.73] = (39.84, 39.95], no whole
    # number); any [272.5%, 273.5%] does.
    r = annotated(claims_text(growth("149", "273%")))[("g", Kind.GROWTH)]
    assert r.consistent
    assert r.modes == (HU, ANY)
    assert r.edge


def test_the_same_figures_under_half_even_are_inconsistent_and_no_edge() -> None:
    r = annotated(claims_text(growth("149", "273%"), rounding="half-even"))[("g", Kind.GROWTH)]
    assert not r.consistent
    assert r.modes == (HU, ANY)
    assert not r.edge  # an edge is a consistent result


def test_a_growth_that_fits_only_when_truncated() -> None:
    # 204 / 74 = 2.756756…: +175.68%; half-up [175.55%, 175.65%) misses it and
    # 73 (+179.45%) and 75 (+172%) are further; down [175.6%, 175.7%) holds it.
    results = annotated(claims_text(growth("204", "175.6%")))
    r = results[("g", Kind.GROWTH)]
    assert not r.consistent
    assert r.modes == (DOWN,)
    assert not r.edge


def test_a_down_file_never_has_an_edge() -> None:
    r = annotated(claims_text(growth("204", "175.6%"), rounding="down"))[("g", Kind.GROWTH)]
    assert r.consistent
    assert r.modes == (DOWN,)
    assert not r.edge


def test_a_growth_inside_every_interval_holds_under_all_modes() -> None:
    # 150 / 40 = 3.75: +275% exactly, inside (274.5%, 275.5%) and at the
    # closed lower end of down's [275%, 276%)
    r = annotated(claims_text(growth("150", "275%")))[("g", Kind.GROWTH)]
    assert r.modes == MODES
    assert not r.edge


def test_no_whole_prior_under_any_mode() -> None:
    # priors over every mode's growth [272.5%, 274%]: [150/3.74, 150/3.725] =
    # [40.11, 40.27]: no whole number
    r = annotated(claims_text(growth("150", "273%")))[("g", Kind.GROWTH)]
    assert not r.consistent
    assert r.modes == ()


def test_a_growth_without_count_holds_under_every_mode() -> None:
    r = annotated(claims_text(growth("448.6亿", "10%", count=False)))[("g", Kind.GROWTH)]
    assert r.modes == MODES


def test_a_stated_prior_goes_through_the_general_path() -> None:
    # prior 40 (a count: exact) with 149 and 273%: as above, half-up and any
    r = annotated(claims_text(growth("149", "273%", extra="    prior: 40\n")))
    assert r[("g", Kind.GROWTH)].modes == (HU, ANY)
    assert r[("g", Kind.GROWTH)].edge


# -- share -------------------------------------------------------------------------------


def test_a_share_at_a_half_is_an_edge() -> None:
    # 1/8 = 12.5%, printed 13%: half-up [12.5%, 13.5%) holds it, half-even
    # (13 odd: open) does not, down [13%, 14%) gives parts [1.04, 1.12): none
    r = annotated(claims_text(share("13%", "8")))[("s", Kind.SHARE)]
    assert r.consistent
    assert r.modes == (HU, ANY)
    assert r.edge


def test_an_even_digit_closes_half_even() -> None:
    # 1/8 = 12.5%, printed 12% under half-even: [11.5%, 12.5%] (12 is even);
    # half-up [11.5%, 12.5%) does not hold it; down [12%, 13%) does
    r = annotated(claims_text(share("12%", "8"), rounding="half-even"))[("s", Kind.SHARE)]
    assert r.consistent
    assert r.modes == (HE, DOWN, ANY)
    assert r.edge  # half-up rejects it


def test_grim_54_2_percent_of_150_fails_under_every_mode() -> None:
    # [54.1%, 54.3%) × 150 = [81.15, 81.45): no whole part whichever mode
    r = annotated(claims_text(share("54.2%", "150")))[("s", Kind.SHARE)]
    assert r.modes == ()


# -- expr --------------------------------------------------------------------------------


def test_an_expression_on_an_edge_prior() -> None:
    text = claims_text(growth("149", "273%"), "  - id: p\n    expr: prior(g) == 40\n")
    r = annotated(text)[("p", Kind.EXPR)]
    assert r.modes == (HU, ANY)
    assert r.edge


@pytest.mark.parametrize(
    ("expr", "modes"),
    [
        # x printed 3: half-up [2.5, 3.5), half-even (2.5, 3.5), down [3, 4), any [2.5, 3.5]
        ("x == 2.5", (HU, ANY)),
        ("x <= 2.5", (HU, ANY)),
        ("x < 2.5", ()),
        ("x >= 3.6", (DOWN,)),
        ("x > 2", MODES),
    ],
)
def test_an_expression_on_a_rounded_figure(expr: str, modes: tuple[RoundingMode, ...]) -> None:
    claims = "  x:\n    quote: q\n    value: 3\n"
    r = annotated(claims_text(claims, f"  - id: c\n    expr: {expr}\n"))[("c", Kind.EXPR)]
    assert r.modes == modes


def test_exact_figures_hold_under_every_mode() -> None:
    claims = "  n:\n    quote: q\n    value: 2\n    count: true\n"
    r = annotated(claims_text(claims, "  - id: c\n    expr: n == 2\n"))[("c", Kind.EXPR)]
    assert r.modes == MODES
    r = annotated(claims_text(claims, "  - id: c\n    expr: n == 3\n"))[("c", Kind.EXPR)]
    assert r.modes == ()


def test_qualified_figures_do_not_round() -> None:
    fig = parse_claims(
        claims_text("  a:\n    quote: q\n    value: 近7000万\n"), Path("c.yaml")
    ).claims["a"]
    assert not rounds(fig.value, count=False)
    plain = parse_claims(claims_text("  a:\n    quote: q\n    value: 达到7000万\n"), Path("c.yaml"))
    assert rounds(plain.claims["a"].value, count=False)  # 达到 adds nothing


# -- the shipped file, quotes, outputs ----------------------------------------------------


def test_the_shipped_file() -> None:
    report = verify_file(str(Path(__file__).parents[2] / "claims.yaml"))
    edges = {(r.kind.value, r.id) for r in report.results if r.edge}
    assert edges == {
        ("growth", "projects_landed"),
        ("expr", "landed_projects_prior_is_40"),
        ("expr", "headline_growth_matches_landed_projects"),
    }
    quotes = [r for r in report.results if r.kind is Kind.QUOTE]
    assert quotes
    assert all(r.modes == MODES for r in quotes)


def test_json_and_table_show_modes_and_edge() -> None:
    r = annotated(claims_text(growth("149", "273%")))[("g", Kind.GROWTH)]
    d = result_dict(r)
    assert d["modes"] == ["half-up", "any"]
    assert d["edge"] is True
    json.dumps(d)
    assert modes_text(r.modes) == "half-up, any"
    assert verdict_text(r) == "consistent, edge"
    assert modes_text(MODES) == "all"
    assert modes_text(()) == "none"
    assert modes_text((HU, HE, ANY)) == "all but down"
    assert modes_text(None) == "?"


def test_a_spent_budget_leaves_modes_unknown(monkeypatch: pytest.MonkeyPatch) -> None:
    # x printed 3 is rounded, so the check is worked out again under other
    # modes; combining two one-piece unions costs 2 steps, more than 1
    claims = "  x:\n    quote: q\n    value: 3\n"
    cf = parse_claims(claims_text(claims, "  - id: c\n    expr: x + x > 2\n"), Path("c.yaml"))
    results = run_checks(cf)
    monkeypatch.setattr(budget, "MAX_WORK", 1)
    (r,) = annotate(cf, results)
    assert r.modes is None
    assert result_dict(r)["modes"] is None


# -- property: the shortcuts agree with checking again under every mode --------------------

_ROUNDINGS = st.sampled_from(["half-up", "half-even", "down", "any"])


@st.composite
def near(draw: st.DrawFn, exact: Fraction, *, percent: bool) -> str:
    """``exact`` printed to 0 or 1 decimals, cut down, up or one step off:
    often on a half, where the modes part ways."""
    places = draw(st.sampled_from([0, 1]))
    scaled = exact * (100 if percent else 1) * 10**places
    n = draw(st.sampled_from([math.floor(scaled), math.ceil(scaled), math.floor(scaled) - 1]))
    return decimal_text(n, places) + ("%" if percent else "")


@st.composite
def claims_files(draw: st.DrawFn) -> str:
    count = draw(st.booleans())
    prior, current = draw(SHORT | st.integers(1, 80)), draw(st.integers(1, 400))
    value = str(current) if count else draw(near(Fraction(current), percent=False))
    rate = draw(near(Fraction(current, prior) - 1, percent=True))
    extra = ""
    if draw(st.booleans()):
        extra = (
            f"    prior: {draw(st.sampled_from([prior, prior + 1, draw(st.integers(1, 80))]))}\n"
        )
    qualifier = draw(st.sampled_from(["", "", "", "", "", "近", "约"]))
    claims = growth(f"{qualifier}{value}", rate, count=count, extra=extra)
    whole, part = draw(SHORT | st.integers(1, 300)), draw(st.integers(0, 300))
    pct = draw(near(Fraction(min(part, whole), whole), percent=True))
    claims += share(pct, str(whole) if draw(st.booleans()) else f"{whole}.0")
    x = draw(near(Fraction(draw(st.integers(1, 200)), draw(st.integers(1, 8))), percent=False))
    claims += f"  x:\n    quote: q\n    value: {x}\n"
    exprs = [
        f"prior(g) == {draw(st.sampled_from([prior, prior + 1]))}",
        "x * 10 >= w",
        f"x == {draw(near(Fraction(draw(st.integers(1, 400)), 8), percent=False))}",
        "prior(g) < x * 3",
        "s * w == 40",
        f"g / prior(g) - 1 == {rate}",
    ]
    chosen = draw(st.lists(st.sampled_from(exprs), max_size=3))
    checks = "".join(f"  - id: k{i}\n    expr: {e}\n" for i, e in enumerate(chosen))
    return claims_text(claims, checks, rounding=draw(_ROUNDINGS))


def _load(text: str) -> ClaimsFile | None:
    from licang_check.claims.diagnostics import ClaimsFileError

    try:
        cf = parse_claims(text, Path("claims.yaml"))
        run_checks(cf)
    except ClaimsFileError:
        return None  # e.g. a whole '.0' count, a growth of -100%: not the point here
    return cf


@settings(max_examples=300, deadline=None)
@given(claims_files())
def test_modes_agree_with_checking_again_under_every_mode(text: str) -> None:
    cf = _load(text)
    if cf is None:
        return
    results = annotate(cf, run_checks(cf))
    again = {m: run_checks(dataclasses.replace(cf, rounding=m)) for m in MODES}
    for i, r in enumerate(results):
        expected = tuple(m for m in MODES if again[m][i].consistent)
        assert r.modes == expected, (r.kind, r.id, text)
        halves = [again[m][i].consistent for m in MODES if m is not DOWN]
        assert r.edge == (r.consistent and cf.rounding is not DOWN and not all(halves))


@pytest.mark.parametrize("rounding", ["half-up", "half-even", "down", "any"])
def test_a_grid_of_counts_on_halves_agrees_with_checking_again(rounding: str) -> None:
    """Every current from 100 to 160 on a prior of 40 (c/40 is a multiple of
    2.5%: on a half whenever c is odd), printed cut down and up, with a share
    of 8 beside it: each result's modes and edge as checking again says."""
    edges = 0
    for current in range(100, 161):
        exact = Fraction(current, 40) * 100 - 100
        for printed in (math.floor(exact), math.ceil(exact)):
            part = current % 9
            eighths = Fraction(part * 100, 8)
            pct = math.floor(eighths) if current % 2 else math.ceil(eighths)
            text = claims_text(
                growth(str(current), f"{printed}%") + share(f"{pct}%", "8"),
                "  - id: k\n    expr: prior(g) == 40\n",
                rounding=rounding,
            )
            cf = parse_claims(text, Path("claims.yaml"))
            results = annotate(cf, run_checks(cf))
            again = {m: run_checks(dataclasses.replace(cf, rounding=m)) for m in MODES}
            for i, r in enumerate(results):
                assert r.modes == tuple(m for m in MODES if again[m][i].consistent), text
                halves = [again[m][i].consistent for m in MODES if m is not DOWN]
                assert r.edge == (r.consistent and rounding != "down" and not all(halves))
                edges += r.edge
    if rounding != "down":
        assert edges > 10  # the grid does reach the edges it is about


def test_verify_file_annotates(write_claims: WriteClaims) -> None:
    path = write_claims(claims_text(growth("149", "273%")))
    (r,) = verify_file(str(path)).results
    assert r.modes == (HU, ANY)
    assert load_claims(path).rounding is HU
