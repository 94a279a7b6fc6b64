"""explain: the steps of a claim's or check's arithmetic, in words; the CLI.

The expected sentences hold numbers worked out by hand from the format
(half-up unless said otherwise), not copied from a run.
"""

from __future__ import annotations

import json
from fractions import Fraction as F
from pathlib import Path

import pytest
from conftest import WriteClaims, run_cli
from hypothesis import given, settings
from kinds.test_transparency import claims_files

from licang_check.claims.article import Article
from licang_check.claims.expr import parse_check
from licang_check.claims.load import load_claims, parse_claims
from licang_check.figures.display import PERCENT
from licang_check.numeric.intervals import Interval
from licang_check.run.explain import (
    Explainer,
    Explanation,
    UnknownId,
    describe_interval,
    render_text,
    unparse,
)
from licang_check.run.results import Kind

ROOT = Path(__file__).parents[2]
INCONSISTENT = Path(__file__).parents[1] / "data" / "ci" / "inconsistent" / "claims.yaml"


def texts(e: Explanation) -> str:
    return "\n".join(f"{s.label}: {s.text}" for s in e.steps)


def explained(path: Path, wanted: str, kind: Kind) -> Explanation:
    (e,) = [x for x in Explainer(load_claims(path)).explain(wanted) if x.result.kind is kind]
    return e


# -- words ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("iv", "text"),
    [
        (
            Interval(F("2.725"), F("2.735"), True, False),
            "[272.5%, 273.5%): from 272.5% (included) to 273.5% (not included)",
        ),
        (Interval.point(F("0.4")), "exactly 40%"),
        (Interval(F("0.3"), None, False, False), "(30%, ∞): anything from 30% (not included) up"),
        (Interval(None, F("0.1"), False, True), "(−∞, 10%]: anything up to 10% (included)"),
        (Interval(F(1), F(0), False, False), "∅, no number at all"),
    ],
)
def test_describe_interval(iv: Interval, text: str) -> None:
    assert describe_interval(iv, PERCENT) == text


@pytest.mark.parametrize(
    "expr",
    [
        "a + b * c == 1",
        "(a + b) * c == 1",
        "a - (b - c) == 1",
        "a / (b / c) > 2",
        "a - b - c < 1亿",
        "-(a + b) != prior(a)",
        "a / prior(a) - 1 == 273%",
    ],
)
def test_unparse_gives_the_same_expression_back(expr: str) -> None:
    tree = parse_check(expr)
    assert unparse(tree) == expr
    assert _shape(parse_check(unparse(tree))) == _shape(tree)


def _shape(node: object) -> object:
    """A tree without offsets, to compare parses."""
    fields = getattr(node, "__slots__", ())
    if not fields:
        return node
    return (type(node).__name__, *(_shape(getattr(node, f)) for f in fields if f != "offset"))


# -- the shipped file ---------------------------------------------------------------------


def test_growth_of_149_up_273_percent() -> None:
    e = explained(ROOT / "claims.yaml", "projects_landed", Kind.GROWTH)
    t = texts(e)
    assert "current 149 is a count printed as a whole number: exactly 149" in t
    assert "[272.5%, 273.5%): from 272.5% (included) to 273.5% (not included)" in t
    # 149/3.735 = 39.892…, 149/3.725 = 40
    assert "149 ÷ [3.725, 3.735) = (39.89…, 40]: from 39.89… (not included) to 40 (included)" in t
    assert "the whole numbers that fit: 40" in t
    assert "149 ÷ 40 = 3.725: a growth of +272.5%, which prints as 273% under half-up" in t
    assert e.result.edge
    assert e.heading == "growth projects_landed: consistent, edge"
    edge = [s for s in e.steps if s.label == "edge"]
    assert len(edge) == 1
    assert "(half-even) rejects it" in edge[0].text
    rounding = next(s.text for s in e.steps if s.label == "rounding")
    assert "half-even: inconsistent" in rounding
    assert "down: inconsistent" in rounding


def test_half_even_says_why_its_ends_are_open(write_claims: WriteClaims) -> None:
    path = write_claims(
        """
        version: 1
        article: {title: t}
        rounding: half-even
        claims:
          g: {quote: q, value: 150, count: true, growth: 275%}
        """
    )
    t = texts(explained(path, "g", Kind.GROWTH))
    # 275 is odd: (274.5%, 275.5%), both ends open
    assert "the last digit 5 is odd" in t
    assert "(274.5%, 275.5%): from 274.5% (not included) to 275.5% (not included)" in t


def test_a_share_of_a_count_with_only_an_upper_bound(write_claims: WriteClaims) -> None:
    path = write_claims(
        """
        version: 1
        article: {title: t}
        claims:
          pigs: {quote: q, value: 不足150, count: true}
          sows: {quote: q, value: 54.2%, of: pigs, count: true}
        """
    )
    t = texts(explained(path, "sows", Kind.SHARE))
    # the whole of a share is a positive count: 1 to 149
    assert "[54.15%, 54.25%) × [1, 149] = [0.5415, 80.8325)" in t
    assert "whole numbers that fit: 13, 26, 32, 39, 45, 52, 58, 64, 65, 71, 77, 78" in t
    assert "verdict: consistent: part one of 12 whole numbers 13–78 in [0.5415, 80.8325)" in t


def test_an_expression_step_by_step() -> None:
    e = explained(ROOT / "claims.yaml", "landed_projects_each_over_100m", Kind.EXPR)
    t = texts(e)
    assert "[448.55亿, 448.65亿): from 448.55亿 (included) to 448.65亿 (not included)" in t
    assert "1亿 is a figure in the check: exactly 100000000" in t
    assert "projects_landed * 1亿 = 149 × 1亿 = 149亿" in t
    assert "'>' holds when the left's upper end is above the right's lower end" in t
    assert "no figure" not in t  # 448.6亿 is rounded: each mode is shown


def test_a_prior_in_an_expression() -> None:
    t = texts(explained(ROOT / "claims.yaml", "headline_growth_matches_landed_projects", Kind.EXPR))
    assert "prior(projects_landed) is the prior that projects_landed's growth implies" in t
    assert "projects_landed / prior(projects_landed) = 149 ÷ 40 = 3.725" in t
    assert "projects_landed / prior(projects_landed) - 1 = 3.725 - 1 = 2.725" in t


def test_a_quote() -> None:
    e = explained(ROOT / "claims.yaml", "projects_landed", Kind.QUOTE)
    assert "is in the article and holds '149' as printed" in texts(e)
    assert "no figure here depends on the rounding: consistent under every mode" in texts(e)


# -- inconsistent results ----------------------------------------------------------------------


def test_grim_explained_with_the_nearest_figures() -> None:
    e = explained(INCONSISTENT, "sows_share", Kind.SHARE)
    t = texts(e)
    # [54.15%, 54.25%) × 150 = [81.225, 81.375)
    assert "part = share × whole = [54.15%, 54.25%) × 150 = [81.225, 81.375)" in t
    assert "no whole number fits" in t
    assert "share 54.0% or 54.7%; whole 153 or 144" in t
    assert not e.result.consistent


def test_a_missing_quote() -> None:
    e = explained(INCONSISTENT, "pigs", Kind.QUOTE)
    assert "'生猪存栏160头' is not in the article, even with whitespace ignored" in texts(e)


def test_an_unknown_id_suggests_the_near_ones() -> None:
    with pytest.raises(UnknownId) as info:
        Explainer(load_claims(INCONSISTENT)).explain("sow_share")
    assert info.value.suggestions == ["sows_share"]
    assert str(info.value) == "unknown id 'sow_share' (did you mean 'sows_share'?)"


def test_render_text_numbers_the_steps() -> None:
    e = explained(INCONSISTENT, "pigs", Kind.QUOTE)
    text = render_text("c.yaml", [e])
    assert text.startswith("c.yaml:20:3: quote pigs: inconsistent\n  printed: 150\n  1. quote: ")


# -- locating quotes -------------------------------------------------------------------------------


def test_a_quote_is_found_across_whitespace_and_mapped_back() -> None:
    article = Article("李沧区落地过亿元\n  项目149个、增长273%,总投资")
    span = article.find("落地过亿元项目149个")
    # 李沧区 is 0-2, 落地过亿元 3-7, the newline and two spaces 8-10, 项目 11-12,
    # 149 13-15, 个 16
    assert span == (3, 17)
    assert article.text[3:17] == "落地过亿元\n  项目149个"
    figure = article.find_figure(span, "149")
    assert figure is not None
    assert article.text[figure[0] : figure[1]] == "149"
    assert article.find("项目150个") is None


def test_full_width_digits_are_the_figure() -> None:
    article = Article("增长２７３％")
    span = article.find("增长２７３％")
    assert span == (0, 6)
    assert article.find_figure(span, "273") == (2, 5)


def test_a_repeated_quote_is_found_again_after_the_first() -> None:
    article = Article("增长3%。又增长3%。")
    first = article.find("增长3%")
    assert first == (0, 4)
    assert article.find("增长3%", first[1]) == (6, 10)


# -- the command line ------------------------------------------------------------------------


def run(*args: str) -> tuple[int, str, str]:
    result = run_cli("explain", *args)
    return result.exit_code, result.stdout, result.stderr


def test_cli_exit_codes_and_streams(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    code, out, _ = run("projects_landed", "--isolated")
    assert code == 0
    assert "claims.yaml:" in out
    assert "growth projects_landed: consistent, edge" in out
    code, out, _ = run("sows_share", str(INCONSISTENT), "--isolated")
    assert code == 1
    code, out, err = run("projects_land", "--isolated")
    assert code == 2
    assert out == ""
    assert err.strip() == (
        "licang-check: error: claims.yaml: unknown id 'projects_land' "
        "(did you mean 'projects_landed' or 'key_projects'?)"
    )


def test_cli_a_broken_file_is_reported_at_its_line(write_claims: WriteClaims) -> None:
    path = write_claims(
        "version: 1\narticle: {title: t}\nclaims:\n  a: {quote: q, value: 1, grwoth: 3%}\n"
    )
    code, _, err = run("a", str(path), "--isolated")
    assert code == 2
    assert err.startswith(f"{path}:4:")
    assert ": error: unknown key 'grwoth'" in err


def test_cli_json(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    code, out, _ = run("landed_projects_prior_is_40", "--format", "json", "--isolated")
    assert code == 0
    data = json.loads(out)
    (r,) = data["results"]
    assert (r["kind"], r["verdict"], r["modes"], r["edge"]) == (
        "expr",
        "consistent",
        ["half-up", "any"],
        True,
    )
    assert {"label": "check", "text": "prior(projects_landed) == 40"} in r["steps"]


def test_cli_bad_format() -> None:
    code, _, err = run("x", "--format", "xml")
    assert code == 2
    assert "--format must be text or json" in err


def test_a_file_that_parses_from_text() -> None:
    text = (
        "version: 1\narticle: {title: t}\nclaims:\n  a: {quote: q, value: 3}\n"
        "checks:\n  - {id: c, expr: a == 2.5}\n"
    )
    e = Explainer(parse_claims(text, Path("c.yaml"))).explain("c")
    # a printed 3 is [2.5, 3.5) under half-up: 2.5 is in; not under half-even or down
    assert e[0].result.modes is not None
    assert [m.value for m in e[0].result.modes] == ["half-up", "any"]


# -- every id of any file explains, and the HTML page renders ------------------------------


@settings(max_examples=150, deadline=None)
@given(claims_files())
def test_every_id_of_a_random_file_explains(text: str) -> None:
    """(The files of test_transparency's property: growths, shares and checks
    on and off the halves.) Each id's explanation has a verdict step that
    agrees with its result, and the HTML page renders every one."""
    from licang_check.claims.diagnostics import ClaimsFileError
    from licang_check.formats.html import HtmlFormatter
    from licang_check.run.results import FileReport, Summary

    try:
        cf = parse_claims(text, Path("claims.yaml"))
        explainer = Explainer(cf)
    except ClaimsFileError:
        return
    for wanted in explainer.ids():
        for e in explainer.explain(wanted):
            verdicts = [s.text for s in e.steps if s.label == "verdict"]
            assert verdicts == [f"{e.result.verdict.value}: {e.result.message}"]
    rep = FileReport("claims.yaml", explainer.results, claims=cf)
    page = HtmlFormatter().render([rep], Summary.of([rep]), color=False)
    assert page.count("<details id=") == len({r.id for r in explainer.results})
