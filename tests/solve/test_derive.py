"""Solving current = prior × (1 + rate) (the relation engine's GROWTH) and
share × whole = part over intervals."""

from __future__ import annotations

import json
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal, localcontext
from fractions import Fraction as F

import pytest

from licang_check.formats.derivation import derivation_dict, render_json, render_table
from licang_check.kinds.share import share_part
from licang_check.numeric.intervals import Interval
from licang_check.numeric.rounding import RoundingMode
from licang_check.numeric.wholes import MAX_LISTED, DeriveError, whole_fits
from licang_check.solve.derivations import Derivation, cagr, derive
from licang_check.solve.relations import GROWTH, Solution, solve

# 273% printed, half-up: [272.5%, 273.5%)
R273 = Interval(F("2.725"), F("2.735"), True, False)


def outward(x: F, rounding: str) -> str:
    """``x`` to 10 decimal places in the given direction, trailing zeros dropped."""
    with localcontext() as ctx:
        ctx.prec = 80
        d = Decimal(x.numerator) / Decimal(x.denominator)
        return format(d.quantize(Decimal("1e-10"), rounding=rounding).normalize(), "f")


def pt(x: int | F | str) -> Interval:
    return Interval.point(F(x))


def solve_prior(
    current: Interval, rate: Interval, *, count: bool, bound: Interval | None = None
) -> Solution:
    return solve(GROWTH, "prior", {"current": current, "rate": rate}, count=count, bound=bound)


def solve_current(prior: Interval, rate: Interval, *, count: bool) -> Solution:
    return solve(GROWTH, "current", {"prior": prior, "rate": rate}, count=count)


def solve_rate(current: Interval, prior: Interval) -> Solution:
    return solve(GROWTH, "rate", {"current": current, "prior": prior}, count=False)


# -- GROWTH solved for the prior (verify's growth check) -----------------------------


def test_solve_prior_149_at_273_percent() -> None:
    sol = solve_prior(pt(149), R273, count=True)
    assert sol.solve_for == "prior"
    assert sol.interval == Interval(F(149) / F("3.735"), F(40), False, True)
    assert sol.wholes is not None
    assert sol.wholes.listed == [40]
    assert sol.wholes.total == 1
    assert sol.consistent


def test_solve_prior_150_at_273_percent_has_no_whole_prior() -> None:
    sol = solve_prior(pt(150), R273, count=True)
    assert sol.interval == Interval(F(150) / F("3.735"), F(150) / F("3.725"), False, True)
    assert sol.wholes is not None
    assert sol.wholes.listed == []
    assert sol.wholes.total == 0
    assert not sol.consistent


def test_solve_prior_without_count() -> None:
    current = Interval(F("148.5"), F("149.5"), True, False)
    sol = solve_prior(current, R273, count=False)
    assert sol.wholes is None
    assert sol.interval == Interval(F("148.5") / F("3.735"), F("149.5") / F("3.725"), False, False)
    assert sol.consistent


def test_solve_prior_narrowed_by_a_bound() -> None:
    sol = solve_prior(pt(149), R273, count=True, bound=pt(41))
    assert sol.interval.is_empty
    assert sol.wholes is not None
    assert not sol.wholes.any
    assert not sol.consistent
    sol = solve_prior(pt(149), R273, count=True, bound=Interval.closed(40, 45))
    assert sol.interval == pt(40)
    assert sol.wholes is not None
    assert sol.wholes.listed == [40]


def test_solve_prior_is_positive() -> None:
    # current -5 with +10%: the prior would be negative, and a prior is positive
    sol = solve_prior(pt(-5), Interval.closed(F("0.095"), F("0.105")), count=False)
    assert sol.interval.is_empty
    assert not sol.consistent


def test_solve_prior_of_a_rounded_count_checks_each_candidate() -> None:
    # current 2万 as a count is 15000..24999; growth exactly +0%: every whole prior fits
    current = Interval(F(15000), F(25000), True, False)
    sol = solve_prior(current, pt(0), count=True)
    assert sol.wholes is not None
    assert sol.wholes.total == 10000
    assert sol.wholes.listed[:2] == [15000, 15001]
    assert len(sol.wholes.listed) == MAX_LISTED
    assert sol.wholes.truncated


def test_solve_prior_with_a_whole_current_range_filters_candidates() -> None:
    # current 100 or 101, growth exactly +50%: the prior is in [200/3, 202/3], which
    # holds 67, but 67 × 1.5 = 100.5 is no whole current: nothing fits
    sol = solve_prior(Interval.closed(100, 101), pt(F(1, 2)), count=True)
    assert sol.interval == Interval.closed(F(200, 3), F(202, 3))
    assert sol.wholes is not None
    assert sol.wholes.listed == []
    # current 100..103 instead: 68 × 1.5 = 102 fits, 67 still does not
    sol = solve_prior(Interval.closed(100, 103), pt(F(1, 2)), count=True)
    assert sol.wholes is not None
    assert sol.wholes.listed == [68]


# -- GROWTH solved for the current ---------------------------------------------------


def test_solve_current_from_40_at_273_percent() -> None:
    sol = solve_current(pt(40), R273, count=True)
    assert sol.solve_for == "current"
    # 40 × [3.725, 3.735) = [149, 149.4)
    assert sol.interval == Interval(F(149), F("149.4"), True, False)
    assert sol.wholes is not None
    assert sol.wholes.listed == [149]


def test_solve_current_with_a_range_of_priors_keeps_only_fitting_wholes() -> None:
    # prior 10 or 11, growth +10% printed half-up: [9.5%, 10.5%)
    # current in [10 × 1.095, 11 × 1.105) = [10.95, 12.155): 11 or 12 as whole numbers;
    # 11 / (1.095..1.105] = (9.95, 10.05] holds 10, but 12 / ... = (10.86, 10.96] holds none
    rate = Interval(F("0.095"), F("0.105"), True, False)
    sol = solve_current(Interval.closed(10, 11), rate, count=True)
    assert sol.interval == Interval(F("10.95"), F("12.155"), True, False)
    assert sol.wholes is not None
    assert sol.wholes.listed == [11]


def test_solve_current_without_count() -> None:
    prior = Interval(F("39.5"), F("40.5"), True, False)
    sol = solve_current(prior, R273, count=False)
    assert sol.wholes is None
    assert sol.interval == Interval(F("39.5") * F("3.725"), F("40.5") * F("3.735"), True, False)


# -- GROWTH solved for the rate ----------------------------------------------------------


def test_solve_rate_exact() -> None:
    sol = solve_rate(pt(149), pt(40))
    assert sol.solve_for == "rate"
    assert sol.interval == pt(F("2.725"))


def test_solve_rate_of_printed_figures() -> None:
    cur = Interval(F("148.5"), F("149.5"), True, False)
    pri = Interval(F("39.5"), F("40.5"), True, False)
    sol = solve_rate(cur, pri)
    lo = F("148.5") / F("40.5") - 1
    hi = F("149.5") / F("39.5") - 1
    assert sol.interval == Interval(lo, hi, False, False)


def test_solve_rate_with_no_positive_prior() -> None:
    sol = solve_rate(pt(5), Interval.closed(-5, 0))
    assert sol.interval.is_empty
    assert not sol.consistent


# -- Compound.given: the rate fixed once, as solve tries each whole candidate --------


@pytest.mark.parametrize("years", [1, 3])
@pytest.mark.parametrize(
    "rate", [R273, pt(F(-1, 2)), Interval(F("-0.2"), F("0.1"), False, True), pt(-2)]
)
def test_compound_given_a_rate_is_solve_for(years: int, rate: Interval) -> None:
    relation = GROWTH if years == 1 else cagr(years)
    end, start = relation.roles[0].name, relation.roles[1].name
    to_end = relation.given(end, "rate", rate)
    to_start = relation.given(start, "rate", rate)
    for x in (pt(40), pt(-3), Interval.closed(10, 11), Interval(F(0), F(7), True, False)):
        assert to_end(x) == relation.solve_for(end, {start: x, "rate": rate})
        assert to_start(x) == relation.solve_for(start, {end: x, "rate": rate})
    if years == 1:  # the rate solved for: the default given, solve_for itself
        assert relation.given("rate", start, pt(40))(pt(149)) == pt(F("2.725"))


# -- share_part ----------------------------------------------------------------------

S540 = Interval(F("0.5395"), F("0.5405"), True, False)
S542 = Interval(F("0.5415"), F("0.5425"), True, False)


def test_share_54_0_percent_of_150() -> None:
    part, wholes = share_part(S540, pt(150), count=True, whole_count=True)
    assert part == Interval(F("80.925"), F("81.075"), True, False)
    assert wholes is not None
    assert wholes.listed == [81]


def test_share_54_2_percent_of_150() -> None:
    part, wholes = share_part(S542, pt(150), count=True, whole_count=True)
    assert part == Interval(F("81.225"), F("81.375"), True, False)
    assert wholes is not None
    assert not wholes.any


def test_share_without_count() -> None:
    part, wholes = share_part(S542, pt(150), count=False, whole_count=True)
    assert wholes is None
    assert part == Interval(F("81.225"), F("81.375"), True, False)


def test_share_of_a_range_of_whole_wholes_grim() -> None:
    # 50% exactly of a whole 3..4: parts 1.5..2, and 2 = 50% of 4 fits
    part, wholes = share_part(pt(F(1, 2)), Interval.closed(3, 4), count=True, whole_count=True)
    assert part == Interval.closed(F(3, 2), 2)
    assert wholes is not None
    assert wholes.listed == [2]
    # 40% exactly of a whole 3..4: parts 1.2..1.6, no whole part
    _, wholes = share_part(pt(F(2, 5)), Interval.closed(3, 4), count=True, whole_count=True)
    assert wholes is not None
    assert wholes.listed == []


# -- whole_fits -------------------------------------------------------------------------


def test_whole_fits_unbounded() -> None:
    w = whole_fits(Interval(F(5), None, False, False), None)
    assert w.total is None
    assert w.any
    assert w.truncated
    assert w.listed[:3] == [6, 7, 8]
    assert len(w.listed) == MAX_LISTED


def test_whole_fits_filter() -> None:
    w = whole_fits(Interval.closed(1, 10), lambda k: k % 3 == 0)
    assert w.listed == [3, 6, 9]
    assert w.total == 3
    assert not w.truncated


def test_whole_fits_none_inside() -> None:
    w = whole_fits(Interval(F(1), F(2), False, False), None)
    assert w.listed == []
    assert w.total == 0
    assert not w.any


# -- derive growth (the library side of the command) -----------------------------------------


def derive_growth(
    *, current: str | None, prior: str | None, rate: str | None, count: bool, rounding: RoundingMode
) -> Derivation:
    texts = {"current": current, "prior": prior, "rate": rate}
    return derive(GROWTH, texts, count=count, rounding=rounding)


def test_derive_the_contract_example() -> None:
    d = derive_growth(
        current="149", prior=None, rate="273%", count=True, rounding=RoundingMode.HALF_UP
    )
    out = derivation_dict(d)
    expected = {
        "solve_for": "prior",
        "low": "39.8929049531",  # 149/3.735 = 39.89290495314..., rounded down
        "high": "40",
        "low_closed": False,
        "high_closed": True,
        "integers": [40],
    }
    assert {k: out[k] for k in expected} == expected
    assert json.loads(render_json(d)) == out
    assert [(c.value, c.implied.low, c.prints_as) for c in d.candidates] == [
        (40, F("2.725"), [F("2.73")])
    ]
    assert d.candidates[0].implied.is_point


def test_derive_without_count_has_no_integers() -> None:
    d = derive_growth(
        current="149", prior=None, rate="273%", count=False, rounding=RoundingMode.HALF_UP
    )
    out = derivation_dict(d)
    assert "integers" not in out
    assert out["low_closed"] is False
    assert out["high_closed"] is False
    # (148.5/3.735, 149.5/3.725) = (39.75903614457..., 40.13422818791...)
    assert out["low"] == "39.7590361445"
    assert out["high"] == "40.134228188"
    assert d.solution.consistent


def test_derive_no_whole_prior() -> None:
    d = derive_growth(
        current="150", prior=None, rate="273%", count=True, rounding=RoundingMode.HALF_UP
    )
    out = derivation_dict(d)
    assert out["integers"] == []
    assert not d.solution.consistent
    # (150/3.735, 150/3.725] = (40.16064257028..., 40.26845637583...], rounded outward
    assert (out["low"], out["high"]) == ("40.1606425702", "40.2684563759")


@pytest.mark.parametrize(
    ("mode", "integers", "high_closed"),
    [
        (RoundingMode.HALF_UP, [40], True),
        (RoundingMode.ANY, [40], True),
        (RoundingMode.HALF_EVEN, [], False),
        (RoundingMode.DOWN, [], True),
    ],
)
def test_derive_272_5_guard(mode: RoundingMode, integers: list[int], high_closed: bool) -> None:
    d = derive_growth(current="149", prior=None, rate="273%", count=True, rounding=mode)
    out = derivation_dict(d)
    assert out["integers"] == integers
    assert out["high_closed"] is high_closed


def test_derive_solves_for_current() -> None:
    d = derive_growth(
        current=None, prior="40", rate="273%", count=True, rounding=RoundingMode.HALF_UP
    )
    out = derivation_dict(d)
    assert out["solve_for"] == "current"
    assert (out["low"], out["high"], out["low_closed"], out["high_closed"]) == (
        "149",
        "149.4",
        True,
        False,
    )
    assert out["integers"] == [149]


def test_derive_solves_for_rate() -> None:
    d = derive_growth(
        current="149", prior="40", rate=None, count=True, rounding=RoundingMode.HALF_UP
    )
    out = derivation_dict(d)
    assert out["solve_for"] == "rate"
    assert (out["low"], out["high"]) == ("272.5%", "272.5%")
    assert out["low_closed"] is out["high_closed"] is True
    assert "integers" not in out  # a rate is not a count


def test_derive_solves_for_rate_of_printed_figures() -> None:
    d = derive_growth(
        current="149", prior="40", rate=None, count=False, rounding=RoundingMode.HALF_UP
    )
    out = derivation_dict(d)
    # [148.5, 149.5) / [39.5, 40.5) - 1 = (266.666...%, 278.481012658227...%)
    assert (out["low"], out["high"]) == ("266.6666666666%", "278.4810126583%")
    assert (out["low_closed"], out["high_closed"]) == (False, False)


def test_derive_with_multipliers_gives_base_units() -> None:
    d = derive_growth(
        current="215.06亿", prior=None, rate="10%", count=False, rounding=RoundingMode.HALF_UP
    )
    out = derivation_dict(d)
    # [215.055亿, 215.065亿) / [1.095, 1.105): (21505500000/1.105, 21506500000/1.095)
    assert out["low"] == outward(F(21505500000) / F("1.105"), ROUND_FLOOR)
    assert out["high"] == outward(F(21506500000) / F("1.095"), ROUND_CEILING)
    assert out["low"].startswith("19461990950.226")
    assert out["high"].startswith("19640639269.406")


@pytest.mark.parametrize(
    ("current", "prior", "rate"),
    [
        ("149", None, None),
        (None, "40", None),
        (None, None, "273%"),
        (None, None, None),
    ],
)
def test_derive_needs_two_or_three(
    current: str | None, prior: str | None, rate: str | None
) -> None:
    with pytest.raises(DeriveError, match="give two of"):
        derive_growth(
            current=current, prior=prior, rate=rate, count=True, rounding=RoundingMode.HALF_UP
        )


@pytest.mark.parametrize(
    ("current", "prior", "rate", "option"),
    [
        ("149", None, "273", "--rate"),
        ("149%", None, "273%", "--current"),
        (None, "40%", "273%", "--prior"),
        ("abc", None, "273%", "--current"),
        ("149", "四十个", None, "--prior"),
    ],
)
def test_derive_names_the_option_at_fault(
    current: str | None, prior: str | None, rate: str | None, option: str
) -> None:
    with pytest.raises(DeriveError) as info:
        derive_growth(
            current=current, prior=prior, rate=rate, count=True, rounding=RoundingMode.HALF_UP
        )
    assert option in str(info.value)


def test_render_table_mentions_the_solution() -> None:
    d = derive_growth(
        current="149", prior=None, rate="273%", count=True, rounding=RoundingMode.HALF_UP
    )
    table = render_table(d, color=False)
    assert "prior" in table
    assert "40" in table
    assert "\x1b[" not in table  # no colour codes when colour is off
    d = derive_growth(
        current="150", prior=None, rate="273%", count=True, rounding=RoundingMode.HALF_UP
    )
    assert "none fit" in render_table(d, color=False)


# -- all three given: checked, not refused (#17) --------------------------------------------


def test_derive_checks_all_three_when_they_hold() -> None:
    d = derive_growth(
        current="149", prior="40", rate="273%", count=True, rounding=RoundingMode.HALF_UP
    )
    out = derivation_dict(d)
    assert d.consistent
    assert out["solve_for"] == "rate"
    assert out["printed"] == "273%"
    # 149/40 - 1 is exactly 272.5%: the low end of 273% under half-up, so both hold there
    assert (out["implied"]["low"], out["implied"]["high"]) == ("272.5%", "272.5%")
    assert (out["low"], out["high"], out["low_closed"], out["high_closed"]) == (
        "272.5%",
        "272.5%",
        True,
        True,
    )


@pytest.mark.parametrize(
    ("mode", "consistent"),
    [
        (RoundingMode.HALF_UP, True),
        (RoundingMode.HALF_EVEN, False),  # 272.5% prints as 272% under half-even
        (RoundingMode.DOWN, False),
        (RoundingMode.ANY, True),
    ],
)
def test_derive_check_follows_the_rounding(mode: RoundingMode, consistent: bool) -> None:
    d = derive_growth(current="149", prior="40", rate="273%", count=True, rounding=mode)
    assert d.consistent is consistent


def test_derive_check_that_fails_says_so() -> None:
    d = derive_growth(
        current="149", prior="41", rate="273%", count=True, rounding=RoundingMode.HALF_UP
    )
    assert not d.consistent
    table = render_table(d, color=False)
    assert "rate implied by the others" in table
    assert "cannot all hold" in table


@pytest.mark.parametrize(
    ("n", "message"),
    [("0", "at least 1"), ("-3", "at least 1"), ("2.5", "whole number"), ("1.5万", "")],
)
def test_derive_mean_refuses_a_bad_n(n: str, message: str) -> None:
    from licang_check.solve.derivations import MEAN

    texts = {"total": "5", "n": n, "mean": None}
    if n == "1.5万":  # 15000: a whole number of items, accepted
        assert derive(MEAN, texts, count=True, rounding=RoundingMode.HALF_UP).consistent
        return
    with pytest.raises(DeriveError, match=message):
        derive(MEAN, texts, count=True, rounding=RoundingMode.HALF_UP)
