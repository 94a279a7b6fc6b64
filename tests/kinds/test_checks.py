"""The four checks: quote, growth, share, expr; expected values worked out by hand."""

from __future__ import annotations

from fractions import Fraction as F
from pathlib import Path

import pytest
from conftest import WriteClaims, where

from licang_check._i18n.messages import set_language
from licang_check.claims.diagnostics import ClaimsFileError
from licang_check.claims.load import Claim, ClaimsFile, load_claims
from licang_check.kinds import growth, quote, share
from licang_check.kinds.base import Context, strip_space
from licang_check.kinds.expr import compare
from licang_check.numeric.intervals import EMPTY, Interval
from licang_check.run.results import Kind, Result, Verdict
from licang_check.run.verify import run_checks, verify_file
from licang_check.solve.relations import Solution

OK, NO = Verdict.CONSISTENT, Verdict.INCONSISTENT


def check_quote(cf: ClaimsFile, claim: Claim, article: str) -> Result:
    """The quote kind's verdict on ``claim`` against ``article`` (whitespace-free)."""
    ctx = Context(cf)
    ctx.article = article
    return quote.KIND.check(ctx, claim)


def check_growth(cf: ClaimsFile, claim: Claim) -> tuple[Result, Solution]:
    """The growth kind's verdict on ``claim`` and the implied prior it found."""
    ctx = Context(cf)
    return growth.KIND.check(ctx, claim), ctx.solutions[claim.id]


def check_share(cf: ClaimsFile, claim: Claim) -> Result:
    return share.KIND.check(Context(cf), claim)


def claims_file(
    write: WriteClaims,
    claims: str,
    checks: str = "",
    *,
    rounding: str = "half-up",
    article: str | None = None,
) -> ClaimsFile:
    """A claims file from a YAML fragment of claims (2-space indented ids)."""
    text = "  text: article.txt\n" if article is not None else ""
    body = f"version: 1\narticle:\n  title: t\n{text}rounding: {rounding}\nclaims:\n{claims}"
    if checks:
        body += f"checks:\n{checks}"
    return load_claims(write(body, article=article))


def results(cf: ClaimsFile) -> dict[tuple[str, Kind], Result]:
    out: dict[tuple[str, Kind], Result] = {}
    for r in run_checks(cf):
        assert (r.id, r.kind) not in out
        out[r.id, r.kind] = r
    return out


def verdicts(cf: ClaimsFile) -> dict[str, Verdict]:
    return {f"{i}/{k}": r.verdict for (i, k), r in results(cf).items()}


# -- quote ----------------------------------------------------------------------------

ARTICLE = "这一年,落地过亿元项目149个、增长273%,\n总投资额达到 448.6 亿元。"


def quote_result(write: WriteClaims, quote: str, value: str, article: str = ARTICLE) -> Result:
    cf = claims_file(write, f"  c:\n    quote: {quote}\n    value: {value}\n", article=article)
    return results(cf)["c", Kind.QUOTE]


def test_quote_in_the_article(write_claims: WriteClaims) -> None:
    r = quote_result(write_claims, "落地过亿元项目149个", "149")
    assert r.verdict is OK
    assert r.line == 7  # the claim's line: version, article, title, text, rounding, claims, c


def test_quote_missing_from_the_article(write_claims: WriteClaims) -> None:
    r = quote_result(write_claims, "落地过亿元项目150个", "150")
    assert r.verdict is NO
    assert "not in the article" in r.message


def test_quote_without_the_values_digits(write_claims: WriteClaims) -> None:
    r = quote_result(write_claims, "落地过亿元项目", "149")
    assert r.verdict is NO
    assert "149" in r.message


def test_quote_digits_must_be_as_printed(write_claims: WriteClaims) -> None:
    # 448.6亿 is printed "448.6"; a quote holding only "448" does not hold it
    r = quote_result(write_claims, "总投资额达到448", "448.6亿")
    assert r.verdict is NO


@pytest.mark.parametrize(
    "quote",
    [
        "总投资额达到448.6亿元",  # the article has spaces and a line break around it
        "'总投资额 达到 448.6 亿元'",
        "'总投资额\u3000达到448.6亿元'",  # an ideographic space
        "增长273%,总投资额达到448.6亿元",  # spans the article's line break
    ],
)
def test_quote_whitespace_is_ignored(write_claims: WriteClaims, quote: str) -> None:
    assert quote_result(write_claims, quote, "448.6亿").verdict is OK


def test_list_of_quotes_all_found(write_claims: WriteClaims) -> None:
    claims = "  c:\n    quote:\n      - 落地过亿元项目149个\n"
    claims += "      - 项目149个、增长273%\n    value: 149\n"
    r = results(claims_file(write_claims, claims, article=ARTICLE))["c", Kind.QUOTE]
    assert r.verdict is OK
    assert "2" in r.message


def test_list_of_quotes_one_missing(write_claims: WriteClaims) -> None:
    claims = (
        "  c:\n    quote:\n      - 落地过亿元项目149个\n      - 签约项目149个\n    value: 149\n"
    )
    r = results(claims_file(write_claims, claims, article=ARTICLE))["c", Kind.QUOTE]
    assert r.verdict is NO
    assert "line 10" in r.message  # the missing quote's line
    assert "line 9" not in r.message


def test_list_of_quotes_one_without_digits(write_claims: WriteClaims) -> None:
    claims = "  c:\n    quote:\n      - 落地过亿元项目149个\n      - 总投资额达到\n    value: 149\n"
    r = results(claims_file(write_claims, claims, article=ARTICLE))["c", Kind.QUOTE]
    assert r.verdict is NO


def test_no_article_text_no_quote_result(write_claims: WriteClaims) -> None:
    cf = claims_file(write_claims, "  c:\n    quote: 不在文中\n    value: 149\n")
    assert run_checks(cf) == []


def test_check_quote_directly(write_claims: WriteClaims) -> None:
    cf = claims_file(write_claims, "  c:\n    quote: 项目 149 个\n    value: 149\n")
    claim = cf.claims["c"]
    assert check_quote(cf, claim, strip_space(ARTICLE)).verdict is OK
    assert check_quote(cf, claim, strip_space("项目150个")).verdict is NO


# -- growth -----------------------------------------------------------------------------


def growth_file(
    write: WriteClaims, value: str, growth: str, extra: str = "", *, count: bool = True
) -> ClaimsFile:
    claim = f"  p:\n    quote: q\n    value: {value}\n    growth: {growth}\n"
    if count:
        claim += "    count: true\n"
    return claims_file(write, claim + extra)


def test_growth_149_up_273_percent_has_prior_40(write_claims: WriteClaims) -> None:
    cf = growth_file(write_claims, "149", "273%")
    r, sol = check_growth(cf, cf.claims["p"])
    assert r.verdict is OK
    assert r.kind is Kind.GROWTH
    # 149 / (1 + [2.725, 2.735)) = (149/3.735, 149/3.725] = (39.89..., 40]
    assert sol.interval == Interval(F(149) / F("3.735"), F(40), False, True)
    assert sol.wholes is not None
    assert sol.wholes.listed == [40]
    assert "prior 40" in r.message
    assert "272.5%" in r.message
    assert "273%" in r.message


def test_growth_150_up_273_percent_has_no_whole_prior(write_claims: WriteClaims) -> None:
    cf = growth_file(write_claims, "150", "273%")
    r, sol = check_growth(cf, cf.claims["p"])
    assert r.verdict is NO
    # (150/3.735, 150/3.725] = (40.16..., 40.27...]: no whole number
    assert sol.interval == Interval(F(150) / F("3.735"), F(150) / F("3.725"), False, True)
    assert sol.wholes is not None
    assert not sol.wholes.any
    assert "no whole prior" in r.message


@pytest.mark.parametrize(("prior", "verdict"), [("40", OK), ("41", NO), ("39", NO)])
def test_growth_with_a_stated_prior(
    write_claims: WriteClaims, prior: str, verdict: Verdict
) -> None:
    cf = growth_file(write_claims, "149", "273%", f"    prior: {prior}\n")
    r, _ = check_growth(cf, cf.claims["p"])
    assert r.verdict is verdict
    if verdict is NO:
        assert "misses the stated prior" in r.message


@pytest.mark.parametrize(("prior", "verdict"), [("40", OK), ("41", NO)])
def test_growth_with_a_prior_claim(write_claims: WriteClaims, prior: str, verdict: Verdict) -> None:
    extra = f"    prior: before\n  before:\n    quote: q\n    value: {prior}\n    count: true\n"
    cf = growth_file(write_claims, "149", "273%", extra)
    assert results(cf)["p", Kind.GROWTH].verdict is verdict


def test_growth_not_a_count(write_claims: WriteClaims) -> None:
    cf = growth_file(write_claims, "149", "273%", count=False)
    r, sol = check_growth(cf, cf.claims["p"])
    assert r.verdict is OK
    assert sol.wholes is None
    # [148.5, 149.5) / [3.725, 3.735) = (148.5/3.735, 149.5/3.725), both ends open
    assert sol.interval == Interval(F("148.5") / F("3.735"), F("149.5") / F("3.725"), False, False)


def test_growth_not_a_count_with_a_stated_prior_that_misses(write_claims: WriteClaims) -> None:
    cf = growth_file(write_claims, "149", "273%", "    prior: 50\n", count=False)
    r, sol = check_growth(cf, cf.claims["p"])
    assert r.verdict is NO
    assert sol.interval.is_empty


def test_growth_of_a_negative_current_has_no_positive_prior(write_claims: WriteClaims) -> None:
    cf = growth_file(write_claims, "-5", "10%", count=False)
    r, _ = check_growth(cf, cf.claims["p"])
    assert r.verdict is NO


@pytest.mark.parametrize(
    ("value", "growth", "verdict", "wholes"),
    [
        # 200 × 0.965 = 193; -3.5% half-up is (-3.55%, -3.45%]: prior [199.89..., 200.10...)
        ("193", "-3.5%", OK, [200]),
        # 149 / (0.9645, 0.9655] = [154.32..., 154.48...): no whole prior
        ("149", "-3.5%", NO, []),
        # 130 / [1.27, 1.33] = [97.74..., 102.36...]
        ("130", "30%左右", OK, [98, 99, 100, 101, 102]),
        # 204 / [2.7565, 2.7575) = (73.98..., 74.007...]
        ("204", "175.7%", OK, [74]),
    ],
)
def test_growth_cases(
    write_claims: WriteClaims, value: str, growth: str, verdict: Verdict, wholes: list[int]
) -> None:
    cf = growth_file(write_claims, value, growth)
    r, sol = check_growth(cf, cf.claims["p"])
    assert r.verdict is verdict
    assert sol.wholes is not None
    assert sol.wholes.listed == wholes


@pytest.mark.parametrize(
    ("rounding", "verdict"),
    [("half-up", OK), ("any", OK), ("half-even", NO), ("down", NO)],
)
def test_the_272_5_percent_guard(
    write_claims: WriteClaims, rounding: str, verdict: Verdict
) -> None:
    # 149/40 = 3.725 exactly: +272.5%. Half-up rounds it to 273%; `any` admits it;
    # half-even rounds it to 272% (273 is odd: both ends open); `down` gives 272%.
    claim = "  p:\n    quote: q\n    value: 149\n    count: true\n    growth: 273%\n"
    cf = claims_file(write_claims, claim, rounding=rounding)
    assert results(cf)["p", Kind.GROWTH].verdict is verdict


# -- share --------------------------------------------------------------------------------

PIGS = "  pigs:\n    quote: q\n    value: 150\n    count: true\n"


def share_file(write: WriteClaims, share: str, *, count: bool = True, whole: str = PIGS) -> Result:
    claim = f"  part:\n    quote: q\n    value: {share}\n    of: pigs\n"
    if count:
        claim += "    count: true\n"
    cf = claims_file(write, whole + claim)
    r = check_share(cf, cf.claims["part"])
    assert results(cf)["part", Kind.SHARE] == r
    return r


def test_share_54_0_percent_of_150_is_81(write_claims: WriteClaims) -> None:
    r = share_file(write_claims, "54.0%")
    assert r.verdict is OK
    assert r.kind is Kind.SHARE
    assert "81" in r.message  # [0.5395, 0.5405) × 150 = [80.925, 81.075): 81


def test_share_54_2_percent_of_150_fails_grim(write_claims: WriteClaims) -> None:
    r = share_file(write_claims, "54.2%")
    assert r.verdict is NO  # [81.225, 81.375): no whole number
    assert "GRIM" in r.message


def test_share_not_a_count_is_just_an_interval(write_claims: WriteClaims) -> None:
    r = share_file(write_claims, "54.2%", count=False)
    assert r.verdict is OK
    assert "81.225" in r.message


def test_share_of_an_uncounted_whole(write_claims: WriteClaims) -> None:
    # the whole 150 is [149.5, 150.5): 54.2% of it is [80.95..., 81.64...), holding 81
    whole = "  pigs:\n    quote: q\n    value: 150\n"
    assert share_file(write_claims, "54.2%", whole=whole).verdict is OK


def test_share_of_a_rounded_count(write_claims: WriteClaims) -> None:
    # 1.5万 households are 14950..15049; 0.01% half-up is [0.005%, 0.015%); the part
    # is in [0.7475, 2.25735): 1 or 2 households
    whole = "  pigs:\n    quote: q\n    value: 1.5万\n    count: true\n"
    assert share_file(write_claims, "0.01%", whole=whole).verdict is OK


@pytest.mark.parametrize(
    ("value", "message"),
    [
        # 不足150 is (−∞, 150); the whole of a share is a positive count: 1 to 149;
        # × [54.15%, 54.25%) = [0.5415, 80.8325), where 12 whole parts fit a whole
        # total (this was an IndexError on an empty list, then "any whole number
        # up to 80", which 80 does not fit)
        ("不足150", "part one of 12 whole numbers 13–78 in [0.5415, 80.8325)"),
        ("不到150", "part one of 12 whole numbers 13–78 in [0.5415, 80.8325)"),
        # 150以下 is (−∞, 150]: 1 to 150, [0.5415, 81.375)
        ("150以下", "part one of 12 whole numbers 13–78 in [0.5415, 81.375)"),
        # 150以上 is [150, ∞): [81.225, ∞)
        ("150以上", "part any whole number from 82 up in [81.225, ∞)"),
        # 逾150 is (150, ∞), as a count [151, ∞): [81.7665, ∞)
        ("逾150", "part any whole number from 82 up in [81.7665, ∞)"),
    ],
)
def test_share_of_a_count_bounded_on_one_side(
    write_claims: WriteClaims, value: str, message: str
) -> None:
    whole = f"  pigs:\n    quote: q\n    value: {value}\n    count: true\n"
    r = share_file(write_claims, "54.2%", whole=whole)
    assert r.verdict is OK  # e.g. 13/24 = 54.17%, a whole part of a whole total
    assert r.message == message
    assert r.implied == message.partition(" in ")[0]


def test_share_of_a_count_bounded_on_one_side_in_chinese(write_claims: WriteClaims) -> None:
    whole = "  pigs:\n    quote: q\n    value: 不足150\n    count: true\n"
    set_language("zh")
    r = share_file(write_claims, "54.2%", whole=whole)
    assert r.verdict is OK
    assert r.message == "对应数量 12 个整数 13–78 之一，在 [0.5415, 80.8325) 内"
    whole = "  pigs:\n    quote: q\n    value: 150以上\n    count: true\n"
    assert share_file(write_claims, "54.2%", whole=whole).message == (
        "对应数量 82 及以上的任何整数，在 [81.225, ∞) 内"
    )


def test_share_unbounded_on_both_sides(write_claims: WriteClaims) -> None:
    # 0%以上 is [0, ∞) and the whole 0 is [−0.5, 0.5): the part is (−∞, ∞)
    whole = "  pigs:\n    quote: q\n    value: 0\n"
    r = share_file(write_claims, "0%以上", whole=whole)
    assert r.verdict is OK
    assert r.message == "part any whole number in (−∞, ∞)"
    set_language("zh")
    assert share_file(write_claims, "0%以上", whole=whole).message == (
        "对应数量 任何整数，在 (−∞, ∞) 内"
    )


@pytest.mark.parametrize(
    ("value", "growth", "extra", "verdict", "message"),
    [
        # current 不足150 → (−∞, 149]; / [1.195, 1.205), kept positive: (0, 124.68...]
        # (76 of the whole numbers 1–124 give a whole current: 4 × [1.195, 1.205) is none)
        ("不足150", "20%", "", OK, "prior one of 76 whole numbers 5–124 in (0, 124.68…]"),
        # current 150以上 → [150, ∞) / [1.195, 1.205) = (124.48..., ∞)
        ("150以上", "20%", "", OK, "prior any whole number from 125 up in (124.48…, ∞)"),
        # growth 不足20%: factor (0, 1.2): prior (125, ∞)
        ("150", "不足20%", "", OK, "prior any whole number from 126 up in (125, ∞)"),
        # growth 超过20%: factor (1.2, ∞): prior (0, 125)
        ("150", "超过20%", "", OK, "prior one of 124 whole numbers 1–124 in (0, 125)"),
        # a stated prior bounded on one side narrows the implied (124.48..., 125.52...]
        ("150", "20%", "    prior: 100以上\n", OK, "prior 125 in (124.48…, 125.52…]"),
        ("150", "20%", "    prior: 不足125\n", NO, "misses the stated prior (−∞, 124]"),
        # the same, as the id of a claim bounded on one side
        (
            "150",
            "20%",
            "    prior: before\n  before:\n    quote: q\n    value: 逾124\n    count: true\n",
            OK,
            "prior 125 in [125, 125.52…]: 150 is +20% on 125, prints as 20%",
        ),
    ],
)
def test_growth_bounded_on_one_side(
    write_claims: WriteClaims, value: str, growth: str, extra: str, verdict: Verdict, message: str
) -> None:
    cf = growth_file(write_claims, value, growth, extra)
    r = results(cf)["p", Kind.GROWTH]
    assert r.verdict is verdict
    assert message in r.message


# -- compare: the settled readings -----------------------------------------------------------


def iv(spec: str) -> Interval:
    """'[1, 2)' style text to an interval; 'inf' for an unbounded end."""
    lo_closed = spec[0] == "["
    hi_closed = spec[-1] == "]"
    lo_s, hi_s = (s.strip() for s in spec[1:-1].split(","))
    lo = None if lo_s == "-inf" else F(lo_s)
    hi = None if hi_s == "inf" else F(hi_s)
    return Interval(lo, hi, lo_closed, hi_closed)


@pytest.mark.parametrize(
    ("a", "op", "b", "holds"),
    [
        # == : where the intervals meet
        ("[1, 2]", "==", "[2, 3]", True),
        ("[1, 2)", "==", "[2, 3]", False),
        ("[1, 2]", "==", "(2, 3]", False),
        ("[1, 2]", "==", "[3, 4]", False),
        ("[2, 2]", "==", "[1, 3)", True),
        ("(-inf, 5)", "==", "[4, inf)", True),
        # != : fails only for the same single point on both sides
        ("[2, 2]", "!=", "[2, 2]", False),
        ("[2, 2]", "!=", "[3, 3]", True),
        ("[1, 2]", "!=", "[2, 2]", True),
        ("[2, 2]", "!=", "[1, 3]", True),
        ("[1, 2]", "!=", "[1, 2]", True),
        # < : the left's lower end below the right's upper end, whatever the closures
        ("[1, 2]", "<", "[0, 1]", False),
        ("(1, 2]", "<", "[0, 1]", False),
        ("[1, 2]", "<", "[0, 3/2)", True),
        ("[1, 2]", "<", "(0, 10001/10000)", True),
        ("(-inf, 5)", "<", "[-10, -9]", True),
        ("[10, 20]", "<", "(-inf, 5)", False),
        ("[10, 20]", "<", "(5, inf)", True),
        # <= : the ends may touch only where both are closed
        ("[1, 2]", "<=", "[0, 1]", True),
        ("(1, 2]", "<=", "[0, 1]", False),
        ("[1, 2]", "<=", "[0, 1)", False),
        ("[1, 2]", "<=", "[0, 11/10)", True),
        ("[2, 2]", "<=", "[2, 2]", True),
        # > and >= mirror < and <=
        ("[0, 1]", ">", "[1, 2]", False),
        ("[0, 3/2)", ">", "[1, 2]", True),
        ("[0, 1]", ">=", "[1, 2]", True),
        ("[0, 1)", ">=", "[1, 2]", False),
        ("[0, 1]", ">=", "(1, 2]", False),
    ],
)
def test_compare(a: str, op: str, b: str, holds: bool) -> None:
    assert compare(op, iv(a), iv(b)) is holds


@pytest.mark.parametrize("op", ["==", "!=", "<", "<=", ">", ">="])
def test_compare_with_an_empty_side_never_holds(op: str) -> None:
    assert compare(op, EMPTY, iv("[1, 2]")) is False
    assert compare(op, iv("[1, 2]"), EMPTY) is False


def test_compare_refuses_an_unknown_operator() -> None:
    with pytest.raises(ValueError, match="unknown comparison"):
        compare("=~", iv("[1, 2]"), iv("[1, 2]"))


# -- expr: in claims files ---------------------------------------------------------------------

X3 = "  x:\n    quote: q\n    value: 3\n"
X3_COUNT = X3 + "    count: true\n"
Y3_COUNT = "  y:\n    quote: q\n    value: 3\n    count: true\n"


def expr_verdict(
    write: WriteClaims, claims: str, expr: str, *, rounding: str = "half-up"
) -> Verdict:
    cf = claims_file(write, claims, f"  - id: k\n    expr: '{expr}'\n", rounding=rounding)
    return results(cf)["k", Kind.EXPR].verdict


@pytest.mark.parametrize(
    ("expr", "rounding", "verdict"),
    [
        # x = 3 printed, half-up: [2.5, 3.5)
        ("x <= 2.5", "half-up", OK),
        ("x < 2.5", "half-up", NO),
        ("x < 2.6", "half-up", OK),
        ("x == 3.5", "half-up", NO),
        ("x >= 3.5", "half-up", NO),
        ("x > 3.49", "half-up", OK),
        ("x == 2.5", "half-up", OK),
        ("x != 3", "half-up", OK),
        # half-even: 3 is odd, so (2.5, 3.5)
        ("x <= 2.5", "half-even", NO),
        ("x == 2.5", "half-even", NO),
        # any: [2.5, 3.5]
        ("x == 3.5", "any", OK),
        ("x >= 3.5", "any", OK),
        # down: [3, 4)
        ("x < 3", "down", NO),
        ("x <= 3", "down", OK),
        ("x == 4", "down", NO),
    ],
)
def test_expr_edges_of_a_printed_figure(
    write_claims: WriteClaims, expr: str, rounding: str, verdict: Verdict
) -> None:
    assert expr_verdict(write_claims, X3, expr, rounding=rounding) is verdict


@pytest.mark.parametrize(
    ("expr", "verdict"),
    [
        ("x != y", NO),
        ("x != 3", NO),
        ("x == y", OK),
        ("x < y", NO),
        ("x <= y", OK),
        ("x > y", NO),
        ("x >= y", OK),
        ("x + y == 6", OK),
        ("x * y != 9", NO),
        ("x / y == 1", OK),
        ("x - y < 0", NO),
    ],
)
def test_expr_exact_counts(write_claims: WriteClaims, expr: str, verdict: Verdict) -> None:
    assert expr_verdict(write_claims, X3_COUNT + Y3_COUNT, expr) is verdict


@pytest.mark.parametrize(
    ("claims", "expr", "verdict"),
    [
        # each occurrence is its own interval: x - x is (-1, 1), not 0
        (X3, "x - x > 0", OK),
        (X3, "x - x < 0", OK),
        (X3, "x / x > 1", OK),
        (X3, "x - x != 0", OK),
        # a count is exact, so there is nothing to be independent about
        (X3_COUNT, "x - x > 0", NO),
        (X3_COUNT, "x - x == 0", OK),
    ],
)
def test_expr_occurrences_are_independent(
    write_claims: WriteClaims, claims: str, expr: str, verdict: Verdict
) -> None:
    assert expr_verdict(write_claims, claims, expr) is verdict


@pytest.mark.parametrize(
    ("expr", "verdict"),
    [
        ("1亿 == 100000000", OK),
        ("1亿 + 1 > 1亿", OK),
        ("1亿 != 100000000", NO),  # literals are exact points
        ("273% == 2.73", OK),
        ("273% > 2.73", NO),
        ("千 == 1000", OK),
        ("-x == -3", OK),
        ("2 * 3 + 1 == 7", OK),
        ("2 * (3 + 1) == 8", OK),
        ("8 / 4 / 2 == 1", OK),
        ("8 - 4 - 2 == 2", OK),
        ("--2 == 2", OK),
    ],
)
def test_expr_arithmetic(write_claims: WriteClaims, expr: str, verdict: Verdict) -> None:
    assert expr_verdict(write_claims, X3_COUNT, expr) is verdict


GROWS = "  p:\n    quote: q\n    value: 149\n    count: true\n    growth: 273%\n"
NO_WHOLE = "  q:\n    quote: q\n    value: 150\n    count: true\n    growth: 273%\n"


@pytest.mark.parametrize(
    ("expr", "verdict"),
    [
        ("prior(p) == 40", OK),
        ("prior(p) != 40", NO),
        ("prior(p) > 39", OK),
        ("prior(p) < 40", NO),
        ("p / prior(p) - 1 == 272.5%", OK),
        # prior(q) has no whole candidates: any check that uses it is inconsistent
        ("prior(q) > 0", NO),
        ("prior(q) != 0", NO),
        ("prior(q) == prior(q)", NO),
        ("prior(q) * 0 == 0", NO),
        ("q > 0", OK),
    ],
)
def test_expr_prior(write_claims: WriteClaims, expr: str, verdict: Verdict) -> None:
    assert expr_verdict(write_claims, GROWS + NO_WHOLE, expr) is verdict


@pytest.mark.parametrize(
    ("expr", "verdict"),
    [
        # 149 (not a count) up 273% gives a prior in (39.76, 40.13); the stated
        # prior 40.1 is [40.05, 40.15): together [40.05, 40.134...)
        ("prior(p) < 40.05", NO),
        ("prior(p) >= 40.05", OK),
        ("prior(p) > 40.13", OK),
        ("prior(p) >= 40.14", NO),
    ],
)
def test_expr_prior_is_narrowed_by_the_stated_prior(
    write_claims: WriteClaims, expr: str, verdict: Verdict
) -> None:
    claims = "  p:\n    quote: q\n    value: 149\n    growth: 273%\n    prior: 40.1\n"
    assert expr_verdict(write_claims, claims, expr) is verdict


def test_division_by_an_interval_holding_zero_is_a_file_error(
    write_claims: WriteClaims,
) -> None:
    checks = "  - id: ok\n    expr: x > 0\n  - id: k\n    expr: x / (x - x) > 0\n"
    cf = claims_file(write_claims, X3, checks)
    with pytest.raises(ClaimsFileError) as info:
        run_checks(cf)
    (d,) = info.value.diagnostics
    text = Path(cf.path).read_text(encoding="utf-8")
    assert (d.line, d.column) == where(text, "/ (x")
    assert "division" in d.message
    assert "check 'k'" in d.message


def test_division_by_zero_literal(write_claims: WriteClaims) -> None:
    cf = claims_file(write_claims, X3, "  - id: k\n    expr: '1 / 0 > x'\n")
    report = verify_file(str(cf.path))
    assert report.results == []  # a file with an error gets no verdicts
    assert len(report.errors) == 1
    text = cf.path.read_text(encoding="utf-8")
    assert (report.errors[0].line, report.errors[0].column) == where(text, "/ 0")


def test_division_by_an_interval_touching_zero_at_an_open_end(write_claims: WriteClaims) -> None:
    claims = X3 + "  z:\n    quote: q\n    value: 超0\n"
    assert expr_verdict(write_claims, claims, "x / z > 0") is OK
    assert expr_verdict(write_claims, claims, "x / z < 0") is NO


def test_a_very_long_expression_is_a_file_error_not_a_crash(write_claims: WriteClaims) -> None:
    expr = "x" + " + x" * 400 + " > 0"
    body = f"version: 1\narticle:\n  title: t\nclaims:\n{X3}checks:\n  - id: k\n    expr: {expr}\n"
    report = verify_file(str(write_claims(body)))
    assert report.results == []
    assert len(report.errors) == 1
    assert report.errors[0].line == 10
    assert "operators" in report.errors[0].message


def test_a_long_but_allowed_expression_evaluates(write_claims: WriteClaims) -> None:
    # 150 additions of an exact 3: 3 × 151 = 453
    expr = "x" + " + x" * 150 + " == 453"
    assert expr_verdict(write_claims, X3_COUNT, expr) is OK


def test_expr_result_line_and_message(write_claims: WriteClaims) -> None:
    checks = "  - id: k\n    says: three is below four\n    expr: x < 4\n"
    cf = claims_file(write_claims, X3_COUNT, checks)
    r = results(cf)["k", Kind.EXPR]
    text = cf.path.read_text(encoding="utf-8")
    assert r.line == where(text, "- id: k")[0]
    assert r.verdict is OK
    assert "3" in r.message
    assert "4" in r.message


def test_verdicts_of_a_small_file(write_claims: WriteClaims) -> None:
    claims = (
        GROWS + PIGS + "  part:\n    quote: q\n    value: 54.2%\n    of: pigs\n    count: true\n"
    )
    checks = "  - id: ok\n    expr: p > pigs\n"
    cf = claims_file(write_claims, claims, checks)
    assert verdicts(cf) == {"p/growth": OK, "part/share": NO, "ok/expr": NO}


def test_prior_of_a_count_is_its_candidates_not_their_hull(write_claims: WriteClaims) -> None:
    # 1.5百 as a count is 145..154; +50.00% is [1.49995, 1.50005): an odd prior p gives
    # p × 1.5 = k + 0.5, within 0.00005·p of it, never whole; the candidates are 98, 100, 102
    claims = "  c:\n    quote: q\n    value: 1.5百\n    count: true\n    growth: 50.00%\n"
    cf = claims_file(write_claims, claims)
    _, sol = check_growth(cf, cf.claims["c"])
    assert sol.wholes is not None
    assert sol.wholes.listed == [98, 100, 102]
    assert expr_verdict(write_claims, claims, "prior(c) == 100") is OK
    assert expr_verdict(write_claims, claims, "prior(c) == 99") is NO


def test_quote_with_full_width_digits_holds_the_value(write_claims: WriteClaims) -> None:
    # The figure reads １２３ as 123; the quote keeps the article's full-width digits.
    claims = "  c:\n    quote: 项目１２３个\n    value: １２３\n    count: true\n"
    cf = claims_file(write_claims, claims, article="去年落地项目１２３个。")
    result = check_quote(cf, cf.claims["c"], strip_space(cf.text or ""))
    assert result.verdict is OK, result.message
    other = "  c:\n    quote: 项目１２３个\n    value: 124\n    count: true\n"
    cf2 = claims_file(write_claims, other, article="去年落地项目１２３个。")
    assert check_quote(cf2, cf2.claims["c"], strip_space(cf2.text or "")).verdict is NO
