"""derive share, mean, sum and cagr: the relations engine, the library and the CLI.

Expected values are worked out by hand (half-up unless said otherwise); the
comments show the arithmetic.
"""

from __future__ import annotations

import json
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction as F
from typing import Any

import pytest
from conftest import run_cli
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from licang_check._cli.app import app
from licang_check.numeric.intervals import Interval
from licang_check.numeric.rounding import RoundingMode
from licang_check.solve.derivations import GROWTH, MEAN, SHARE, cagr, derive, derive_sum
from licang_check.solve.relations import ROOT_PLACES, integer_root, root_interval

HU = RoundingMode.HALF_UP


def cli(*args: str) -> tuple[int, dict[str, Any]]:
    r = run_cli("derive", *args, "--format", "json")
    assert r.exit_code in (0, 1), r.stderr
    return r.exit_code, json.loads(r.stdout)


def cli_error(*args: str) -> str:
    r = run_cli("derive", *args)
    assert r.exit_code == 2
    assert r.stdout == ""
    return r.stderr


# -- share -----------------------------------------------------------------------------


def test_share_54_0_percent_of_150() -> None:
    # [53.95%, 54.05%) × 150 = [80.925, 81.075): 81, and 81/150 = 54% prints 54.0%
    code, out = cli("share", "--whole", "150", "--share", "54.0%", "--count")
    assert code == 0
    assert out == {
        "solve_for": "part",
        "low": "80.925",
        "high": "81.075",
        "low_closed": True,
        "high_closed": False,
        "integers": [81],
        "candidates": [{"value": 81, "share": "54%", "prints_as": ["54.0%"]}],
        "rounding": "half-up",
    }


def test_share_54_2_percent_of_150_fails_grim() -> None:
    # [54.15%, 54.25%) × 150 = [81.225, 81.375): no whole part
    code, out = cli("share", "--whole", "150", "--share", "54.2%", "--count")
    assert code == 1
    assert (out["low"], out["high"], out["integers"]) == ("81.225", "81.375", [])


def test_share_solves_the_whole() -> None:
    # 81 / [0.5395, 0.5405) = (149.86…, 150.13…]: 150
    code, out = cli("share", "--part", "81", "--share", "54.0%", "--count")
    assert code == 0
    assert out["solve_for"] == "whole"
    assert out["integers"] == [150]
    assert (out["low_closed"], out["high_closed"]) == (False, True)


def test_share_solves_the_share() -> None:
    code, out = cli("share", "--part", "81", "--whole", "150", "--count")
    assert (code, out["low"], out["high"], out["low_closed"]) == (0, "54%", "54%", True)
    assert "integers" not in out  # a share is not a count


def test_share_by_zero_percent_cannot_give_a_whole() -> None:
    err = cli_error("share", "--part", "81", "--share", "0%")
    assert "cannot solve for --whole: a divisor may be zero" in err


# -- mean (GRIM) -------------------------------------------------------------------------


def test_a_mean_of_5_19_over_28_whole_values_is_impossible() -> None:
    # [5.185, 5.195) × 28 = [145.18, 145.46): no whole total
    code, out = cli("mean", "--n", "28", "--mean", "5.19", "--count")
    assert code == 1
    assert out["integers"] == []


def test_a_mean_of_5_18_over_28() -> None:
    # [5.175, 5.185) × 28 = [144.9, 145.18): 145; 145/28 = 5.178571… prints 5.18
    code, out = cli("mean", "--n", "28", "--mean", "5.18", "--count")
    assert code == 0
    assert out["integers"] == [145]
    assert out["candidates"] == [{"value": 145, "mean": "5.1785714285", "prints_as": ["5.18"]}]


def test_mean_solves_n_which_is_always_whole() -> None:
    # no --count: [144.95, 145.05) / [5.175, 5.185) = (27.95…, 28.02…): n = 28 all the same
    code, out = cli("mean", "--total", "145.0", "--mean", "5.18")
    assert (code, out["solve_for"], out["integers"]) == (0, "n", [28])


def test_mean_solves_the_mean() -> None:
    # 145 / 28 = 5.17857142857142…: rounded outward to 10 places
    code, out = cli("mean", "--total", "145", "--n", "28", "--count")
    assert code == 0
    assert (out["low"], out["high"]) == ("5.1785714285", "5.1785714286")
    assert out["low_closed"] is out["high_closed"] is True


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 60), st.integers(0, 600), st.sampled_from([0, 1, 2]))
def test_a_true_total_always_fits_its_own_printed_mean(n: int, total: int, places: int) -> None:
    """Soundness: print total/n half-up (decimal, independently) and derive
    the total back: the true total is among the whole numbers found."""
    exact = Decimal(total) / Decimal(n)
    printed = exact.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    d = derive(MEAN, {"n": str(n), "mean": str(printed)}, count=True, rounding=HU)
    assert d.solution.wholes is not None
    assert total in d.solution.wholes.listed


# -- sum ---------------------------------------------------------------------------------------


def test_sum_checked_against_its_total() -> None:
    # [52.115亿, 52.125亿) + [49.875亿, 49.885亿) = [101.99亿, 102.01亿), inside 102亿's
    # [101.5亿, 102.5亿)
    code, out = cli("sum", "--parts", "52.12亿,49.88亿", "--total", "102亿")
    assert code == 0
    expected = {"low": "10199000000", "high": "10201000000", "low_closed": True}
    assert {k: out[k] for k in expected} == expected
    assert out["parts_sum"]["low"] == "10199000000"


def test_sum_that_cannot_add_up() -> None:
    # 103亿 is [102.5亿, 103.5亿): it misses [101.99亿, 102.01亿)
    code, out = cli("sum", "--parts", "52.12亿、49.88亿", "--total", "103亿")
    assert code == 1
    assert out["empty"] is True


def test_sum_solves_a_missing_part() -> None:
    # [101.5亿, 102.5亿) − [52.115亿, 52.125亿) = (49.375亿, 50.385亿)
    code, out = cli("sum", "--parts", "52.12亿,?", "--total", "102亿")
    assert code == 0
    assert (out["solve_for"], out["low"], out["high"]) == ("part", "4937500000", "5038500000")
    assert (out["low_closed"], out["high_closed"]) == (False, False)


def test_sum_of_counts_and_thousands_commas() -> None:
    code, out = cli("sum", "--part", "1,122", "--part", "3", "--count")
    assert code == 0
    assert (out["low"], out["high"], out["integers"]) == ("1125", "1125", [1125])


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--parts", "3"], "at least two parts"),
        (["--parts", "?,?", "--total", "5"], "at most one part"),
        (["--parts", "3,?"], "needs --total"),
        (["--parts", "3,4%"], "--parts (4%) is a count or amount"),
    ],
)
def test_sum_errors(args: list[str], message: str) -> None:
    assert message in cli_error("sum", *args)


def test_derive_sum_library() -> None:
    d = derive_sum(["3", "4", "5"], "12", count=True, rounding=HU)
    assert d.solution.interval == Interval.point(12)
    assert d.consistent


# -- cagr --------------------------------------------------------------------------------------


def test_cagr_with_a_rational_root_is_exact() -> None:
    # (121/100) ^ (1/2) = 11/10: 10% exactly
    code, out = cli("cagr", "--start", "100", "--end", "121", "--years", "2", "--count")
    assert code == 0
    assert (out["low"], out["high"], out["low_closed"], out["high_closed"]) == (
        "10%",
        "10%",
        True,
        True,
    )
    assert out["years"] == 2
    assert "approximate" not in out


def test_cagr_with_an_irrational_root_is_rounded_outward() -> None:
    # (149.5/100.5, 150.5/99.5) ^ (1/3) − 1: the ends of the true interval are
    # irrational; each printed end lies outside it by less than 10^-12
    code, out = cli("cagr", "--start", "100", "--end", "150", "--years", "3")
    assert code == 0
    assert out["approximate"] is True
    assert out["low_closed"] is out["high_closed"] is False
    low = 1 + F(out["low"].rstrip("%")) / 100
    high = 1 + F(out["high"].rstrip("%")) / 100
    eps = F(1, 10**ROOT_PLACES)
    assert low**3 < F("149.5") / F("100.5") < (low + eps) ** 3
    assert (high - eps) ** 3 < F("150.5") / F("99.5") < high**3


def test_cagr_solves_the_end_with_candidates() -> None:
    # 100 × [1.095, 1.105)^5 = [157.42…, 164.74…): 158 … 164, each a yearly
    # rate that prints as 10%
    code, out = cli("cagr", "--start", "100", "--rate", "10%", "--years", "5", "--count")
    assert code == 0
    assert out["integers"] == list(range(158, 165))
    assert [c["prints_as"] for c in out["candidates"]] == [["10%"]] * 7
    # 161/100 = 1.61, whose fifth root is 1.09993…: +9.993…%
    assert out["candidates"][3]["value"] == 161
    assert out["candidates"][3]["rate"].startswith("9.993")


def test_cagr_solves_the_start() -> None:
    # 161 / [1.095, 1.105)^5 = (97.72…, 102.27…]: 98 … 102
    code, out = cli("cagr", "--end", "161", "--rate", "10%", "--years", "5", "--count")
    assert code == 0
    assert out["integers"] == [98, 99, 100, 101, 102]


def test_cagr_needs_years_in_range() -> None:
    assert "--years must be a whole number from 1 to 100" in cli_error(
        "cagr", "--start", "1", "--end", "2", "--years", "0"
    )


@pytest.mark.parametrize(
    ("current", "prior", "rate"),
    [("149", None, "273%"), (None, "40", "273%"), ("149", "40", None), ("204", None, "175.7%")],
)
@pytest.mark.parametrize("count", [True, False])
def test_one_year_of_cagr_is_growth(
    current: str | None, prior: str | None, rate: str | None, count: bool
) -> None:
    g = derive(GROWTH, {"current": current, "prior": prior, "rate": rate}, count=count, rounding=HU)
    c = derive(cagr(1), {"end": current, "start": prior, "rate": rate}, count=count, rounding=HU)
    assert c.solution.interval == g.solution.interval
    assert c.solution.wholes == g.solution.wholes


# -- the engine ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("n", "k", "root"), [(0, 3, 0), (1, 5, 1), (26, 3, 2), (27, 3, 3), (10**24, 2, 10**12)]
)
def test_integer_root(n: int, k: int, root: int) -> None:
    assert integer_root(n, k) == root


@settings(max_examples=300, deadline=None)
@given(st.integers(0, 10**60), st.integers(1, 12))
def test_integer_root_is_the_floor_of_the_root(n: int, k: int) -> None:
    r = integer_root(n, k)
    assert r**k <= n < (r + 1) ** k


def test_root_interval_keeps_exact_ends_and_opens_rounded_ones() -> None:
    iv, approximate = root_interval(Interval(F(1), F(4), True, False), 2)
    assert iv == Interval(F(1), F(2), True, False)
    assert not approximate
    iv, approximate = root_interval(Interval.closed(2, 9), 2)
    assert approximate
    assert iv.high == 3
    assert iv.high_closed
    assert not iv.low_closed
    assert iv.low is not None
    assert iv.low**2 < 2 < (iv.low + F(1, 10**ROOT_PLACES)) ** 2


def test_two_figures_solve_and_three_check() -> None:
    assert "give two of --part, --whole and --share to solve for the third" in cli_error(
        "share", "--part", "3"
    )
    with pytest.raises(Exception, match="give two of --total, --n and --mean"):
        derive(MEAN, {"total": "3", "n": None, "mean": None}, count=False, rounding=HU)
    # all three: 4 x 5 = 20, so a total of 3 cannot hold; 20 can
    assert not derive(
        MEAN, {"total": "3", "n": "4", "mean": "5"}, count=False, rounding=HU
    ).consistent
    assert derive(MEAN, {"total": "20", "n": "4", "mean": "5"}, count=False, rounding=HU).consistent


def test_a_percentage_where_a_count_belongs() -> None:
    assert "--whole is a count or amount, not a percentage" in cli_error(
        "share", "--whole", "3%", "--share", "5%"
    )
    assert "--share must be a percentage" in cli_error("share", "--whole", "3", "--share", "5")


def test_tables_render() -> None:
    r = CliRunner().invoke(app, ["derive", "mean", "--n", "28", "--mean", "5.18", "--count"])
    assert r.exit_code == 0
    assert "derive mean: n 28, mean 5.18 (half-up)" in r.stdout
    assert "145" in r.stdout
    r = CliRunner().invoke(app, ["derive", "sum", "--parts", "52.12亿,49.88亿", "--total", "103亿"])
    assert r.exit_code == 1
    assert "the parts cannot add up to the printed total" in r.stdout
    r = CliRunner().invoke(
        app, ["derive", "cagr", "--start", "100", "--end", "150", "--years", "3"]
    )
    assert "over 3 years" in r.stdout
    assert "rounded outward" in r.stdout


def test_a_table_of_whole_numbers_with_no_least_one() -> None:
    # 54.2% of 100 people with 不足50% of them: the part is (−∞, 50), and the
    # table once said " … (infinitely many in all)" with nothing before it
    r = CliRunner().invoke(
        app, ["derive", "share", "--whole", "100", "--share", "不足50%", "--count"]
    )
    assert r.exit_code == 0
    assert "any whole number up to 49" in r.stdout
    assert "infinitely many" not in r.stdout


def test_whole_numbers_unbounded_below_are_listed_in_json() -> None:
    """The contract: an empty ``integers`` means no whole number fits (exit 1).
    Of infinitely many with no least one, the 1000 nearest the upper end."""
    d = derive(SHARE, {"whole": "100", "share": "不足50%"}, count=True, rounding=HU)
    assert d.solution.wholes is not None
    assert d.solution.wholes.total is None
    assert d.solution.wholes.listed == list(range(-950, 50))


def test_the_whole_of_a_share_is_positive() -> None:
    # --whole 不足150 --count is 1 to 149, not (−∞, 149]: the parts that fit are
    # the 12 whole numbers the GRIM test finds, not "any whole number up to 80"
    r = CliRunner().invoke(
        app, ["derive", "share", "--whole", "不足150", "--share", "54.2%", "--count"]
    )
    assert r.exit_code == 0
    assert "13, 26, 32, 39, 45, 52, 58, 64, 65, 71, 77, 78" in r.stdout
    d = derive(SHARE, {"whole": "不足150", "share": "54.2%"}, count=True, rounding=HU)
    assert d.solution.interval == Interval(F("0.5415"), F("80.8325"), True, False)


def test_shares_under_another_rounding() -> None:
    # 13% under half-even (13 is odd): (12.5%, 13.5%) × 8 = (1, 1.08): no whole part;
    # under half-up [1, 1.08): 1
    d = derive(SHARE, {"whole": "8", "share": "13%"}, count=True, rounding=RoundingMode.HALF_EVEN)
    assert d.solution.wholes is not None
    assert d.solution.wholes.listed == []
    d = derive(SHARE, {"whole": "8", "share": "13%"}, count=True, rounding=HU)
    assert d.solution.wholes is not None
    assert d.solution.wholes.listed == [1]
