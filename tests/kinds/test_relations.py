"""The relation kinds of the claims-format extensions: points, change,
ratio, proportion, conversion, real growth and more than one change per
figure; and their bad inputs."""

from __future__ import annotations

from pathlib import Path

import pytest

from licang_check.claims.diagnostics import ClaimsFileError
from licang_check.claims.extensions import ExtensionError, parse_change, parse_growth, parse_points
from licang_check.claims.load import parse_claims
from licang_check.formats.json import result_dict
from licang_check.kinds.modes import annotate
from licang_check.numeric.exact import Fraction
from licang_check.run.explain import Explainer
from licang_check.run.verify import run_checks

HEAD = "version: 1\narticle: {title: t}\nclaims:\n"


def _results(body: str, checks: str = "") -> dict[tuple[str, str, str], bool]:
    cf = parse_claims(HEAD + body + checks, Path("c.yaml"))
    return {(r.id, r.kind.value, r.on): r.consistent for r in run_checks(cf)}


def _error(body: str, checks: str = "") -> str:
    with pytest.raises(ClaimsFileError) as e:
        run_checks(parse_claims(HEAD + body + checks, Path("c.yaml")))
    return " | ".join(d.message for d in e.value.diagnostics)


# -- reading ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("提高0.95个百分点", Fraction(95, 10000)),
        ("回落0.7个百分点", Fraction(-7, 1000)),
        ("下降0.02個百分點", Fraction(-2, 10000)),
        ("0.1 percentage points faster", Fraction(1, 1000)),
        ("down 0.3 percentage points", Fraction(-3, 1000)),
        ("-0.7", Fraction(-7, 1000)),
    ],
)
def test_points_take_their_sign_from_the_verb(text: str, value: Fraction) -> None:
    fig = parse_points(text)
    assert fig.value == value
    assert fig.percent


def test_points_refuse_a_percentage_and_a_sign_with_a_verb() -> None:
    with pytest.raises(ExtensionError, match="not a percentage"):
        parse_points("0.95%")
    with pytest.raises(ExtensionError, match="both a sign and a verb"):
        parse_points("下降-0.1个百分点")


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("下降4.4%", Fraction(-44, 1000), Fraction(1, 1000)),
        ("1.72倍", Fraction(172, 100), Fraction(1, 100)),
        ("增长1.72倍", Fraction(172, 100), Fraction(1, 100)),
        ("翻一番", Fraction(1), Fraction(1)),
        ("翻两番", Fraction(3), Fraction(1)),
        ("273%", Fraction(273, 100), Fraction(1, 100)),
    ],
)
def test_growth_texts(text: str, value: Fraction, unit: Fraction) -> None:
    fig = parse_growth(text)
    assert (fig.value, fig.unit, fig.percent) == (value, unit, True)


def test_change_texts() -> None:
    assert parse_change("增加2175", "元").value == 2175
    assert parse_change("减少12家", "家").value == -12
    assert parse_change("年增634亿", None).value == 634 * 10**8


# -- the kinds ------------------------------------------------------------------


def test_points_with_the_prior_printed() -> None:
    body = "  u: {quote: q, value: 68.42%, points: 提高0.95个百分点, prior: 67.47%}\n"
    assert _results(body)[("u", "points", "")] is True
    body = "  u: {quote: q, value: 68.42%, points: 提高1.05个百分点, prior: 67.47%}\n"
    assert _results(body)[("u", "points", "")] is False


def test_points_through_both_wholes() -> None:
    body = (
        "  pop: {quote: q, value: 1035.6万, change: 增加8.3万}\n"
        "  urban: {quote: q, value: 742.5万, change: 增加12.3万}\n"
        "  rate: {quote: q, value: 71.70%, points: 提高0.62个百分点}\n"
    )
    check = "checks:\n  - {id: c, expr: prior(rate) == prior(urban) / prior(pop)}\n"
    assert _results(body, check)[("c", "expr", "")] is True
    assert _results(body.replace("0.62", "0.82"), check)[("c", "expr", "")] is False


def test_change_with_growth() -> None:
    body = "  i: {quote: q, value: '45862', change: 增加2175, growth: 5.0%}\n"
    r = _results(body)
    assert r[("i", "change", "")] is True
    assert r[("i", "growth", "")] is True
    r = _results(body.replace("2175", "2715"))
    assert r[("i", "change", "")] is False
    assert r[("i", "growth", "")] is True


def test_change_on_a_count_is_whole() -> None:
    body = "  f: {quote: q, value: 479, count: true, change: 增长303, growth: 1.72倍}\n"
    check = "checks:\n  - {id: c, expr: prior(f) == 176}\n"
    assert _results(body, check) == {
        ("f", "growth", ""): True,
        ("f", "change", ""): True,
        ("c", "expr", ""): True,
    }
    assert (
        _error("  f: {quote: q, value: 479, count: true, change: 增长30.5}\n").count("not a whole")
        == 1
    )


def test_yoy_and_mom_on_one_figure() -> None:
    body = (
        "  s: {quote: q, value: 386.4亿, growth: 5.9%,"
        " changes: [{on: 环比, growth: 0.8%, prior: p},"
        " {on: '2019', growth: 21.4%, prior: b}]}\n"
        "  p: {quote: q, value: 383.3亿}\n"
        "  b: {quote: q, value: 318.3亿}\n"
    )
    r = _results(body)
    assert r[("s", "growth", "环比")] is True
    assert r[("s", "growth", "2019")] is True
    r = _results(body.replace("0.8%", "1.8%"))
    assert r[("s", "growth", "环比")] is False
    assert r[("s", "growth", "")] is True


def test_doubling_on_a_base_year() -> None:
    body = (
        "  e: {quote: q, value: 12.8亿, changes: [{on: '2018', growth: 翻两番, prior: b}]}\n"
        "  b: {quote: q, value: 3.1亿}\n"
    )
    assert _results(body)[("e", "growth", "2018")] is True
    assert _results(body.replace("3.1亿", "3.9亿"))[("e", "growth", "2018")] is False


def test_ratio_is_not_growth() -> None:
    body = (
        "  a: {quote: q, value: 367.8亿}\n  b: {quote: q, value: 147.1亿}\n"
        "  r: {quote: q, value: 2.5倍, ratio: [a, b]}\n"
    )
    assert _results(body)[("r", "ratio", "")] is True
    assert _results(body.replace("2.5倍", "3.5倍"))[("r", "ratio", "")] is False


def test_proportion_sums_and_parts() -> None:
    body = (
        "  a: {quote: q, value: 67.03亿}\n  b: {quote: q, value: 613.81亿}\n"
        "  c: {quote: q, value: 434.36亿}\n"
        "  s: {quote: q, value: '6.01:55.04:38.95', parts: [a, b, c]}\n"
    )
    assert _results(body)[("s", "proportion", "")] is True
    assert _results(body.replace("55.04", "55.40"))[("s", "proportion", "")] is False
    # sums to 100 but the middle share is not its part's
    moved = body.replace("6.01:55.04:38.95", "6.01:54.04:39.95")
    assert _results(moved)[("s", "proportion", "")] is False


def test_conversion_at_its_printed_precision() -> None:
    body = (
        "  y: {quote: q, value: '136528'}\n  fx: {quote: q, value: '7.0467'}\n"
        "  d: {quote: q, value: 约合19375, converts: y, divide_by: fx}\n"
    )
    assert _results(body)[("d", "conversion", "")] is True
    # 约's ±10% would pass 18,000; a converted figure is its printed precision
    assert _results(body.replace("约合19375", "约合18000"))[("d", "conversion", "")] is False


def test_real_growth_is_never_compared() -> None:
    body = "  g: {quote: q, value: 1115.2亿, growth: 5.6%, real: true}\n"
    assert _results(body) == {}
    check = "checks:\n  - {id: c, expr: prior(g) > 0}\n"
    assert "volume growth" in _error(body, check)
    assert "volume growth" in _error(
        "  g: {quote: q, value: 1115.2亿, growth: 5.6%, real: true, prior: 1000亿}\n"
    )


# -- bad input ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "says"),
    [
        ("  r: {quote: q, value: 12%, change: 增加3}\n", "use points"),
        ("  r: {quote: q, value: '12', points: 0.3}\n", "not a rate"),
        ("  r: {quote: q, value: 12%, points: 0.3%}\n", "not a percentage"),
        ("  r: {quote: q, value: 2.5倍, ratio: [r]}\n", "two claims"),
        ("  r: {quote: q, value: '1', converts: r}\n", "multiply_by or divide_by"),
        ("  r: {quote: q, value: '1', divide_by: '7'}\n", "no converts"),
        ("  r: {quote: q, value: '1', parts: [r]}\n", "not a proportion"),
        ("  r: {quote: q, value: '1', changes: [{on: x}]}\n", "needs growth, points or change"),
        ("  r: {quote: q, value: '1', real: true}\n", "no growth"),
        ("  r: {quote: q, value: '1', ratio: [a, b]}\n", "unknown claim 'a'"),
    ],
)
def test_bad_relation_input(body: str, says: str) -> None:
    assert says in _error(body)


def test_times_and_divide_signs_say_what_to_write() -> None:
    body = "  a: {quote: q, value: '1'}\n"
    assert "use '*'" in _error(body, "checks:\n  - {id: c, expr: a × 2 == 2}\n")
    assert "use '/'" in _error(body, "checks:\n  - {id: c, expr: a ÷ 2 == 2}\n")


def test_proportion_cannot_be_named_in_an_expression() -> None:
    body = "  s: {quote: q, value: '50:50'}\n"
    assert "proportion" in _error(body, "checks:\n  - {id: c, expr: s > 0}\n")


# -- surfaces -------------------------------------------------------------------


def test_modes_json_and_explain_cover_the_new_kinds() -> None:
    text = HEAD + (
        "  u: {quote: q, value: 68.42%, points: 提高0.95个百分点, prior: 67.47%}\n"
        "  s: {quote: q, value: 386.4亿, changes: [{on: 环比, growth: 0.8%, prior: p}]}\n"
        "  p: {quote: q, value: 383.3亿}\n"
    )
    cf = parse_claims(text, Path("c.yaml"))
    results = annotate(cf, run_checks(cf))
    by = {(r.id, r.kind.value): r for r in results}
    assert by[("u", "points")].modes is not None
    assert result_dict(by[("s", "growth")])["on"] == "环比"
    assert "on" not in result_dict(by[("u", "points")])
    steps = Explainer(cf, results).explain("u")[0].steps
    assert [s.label for s in steps][-1] in ("rounding", "edge")
    assert any(s.label == "compare" for s in steps)


def test_an_inconsistent_change_in_the_list_gets_its_nearest_figures() -> None:
    """A growth of ``changes:`` on a claim with no growth of its own: nearest
    works on that change (it once asserted the claim's own growth)."""
    text = HEAD + (
        "  e: {quote: q, value: 12.8亿, changes: [{on: '2018', growth: 翻两番, prior: b}]}\n"
        "  b: {quote: q, value: 3.9亿}\n"
        "  s: {quote: q, value: 386.4亿, changes: [{on: 环比, growth: 1.8%, prior: p}]}\n"
        "  p: {quote: q, value: 383.3亿}\n"
    )
    cf = parse_claims(text, Path("c.yaml"))
    results = {(r.id, r.on): r for r in annotate(cf, run_checks(cf))}
    assert not results[("e", "2018")].consistent
    mom = results[("s", "环比")]
    assert not mom.consistent
    assert dict(mom.nearest)["growth"][0] == "0.8%"
