"""Loading claims files: positions, printed text, and every way a file is refused."""

from __future__ import annotations

import datetime
from fractions import Fraction
from pathlib import Path

import pytest
from conftest import (
    ARTICLE,
    CONTRACT_EXAMPLE,
    WriteClaims,
    dedent,
    error_at,
    errors_of,
    load,
    where,
)

from licang_check.claims.diagnostics import ClaimsFileError
from licang_check.claims.load import ID_PATTERN, load_claims, parse_claims
from licang_check.figures.grammar import Figure
from licang_check.numeric.rounding import RoundingMode

# A small valid file (already dedented); tests add or replace pieces of it.
BASE = dedent(
    """
    version: 1
    article:
      title: t
    claims:
      a:
        quote: q
        value: 5
    """
)


def base_with(**replace: str) -> str:
    text = BASE
    for old, new in replace.items():
        text = text.replace(old, new)
    return text


# -- the contract's example ----------------------------------------------------


def test_contract_example_loads_with_lines_and_columns(write_claims: WriteClaims) -> None:
    path = write_claims(CONTRACT_EXAMPLE, article=ARTICLE)
    cf = load(path)
    assert list(cf.claims) == ["projects_landed", "total_investment"]
    landed = cf.claims["projects_landed"]
    # line 11 as in the contract's JSON example (`"line": 11`), indented by 2.
    assert (landed.pos.line, landed.pos.column) == (11, 3)
    assert (cf.claims["total_investment"].pos.line, cf.claims["total_investment"].pos.column) == (
        17,
        3,
    )
    assert len(cf.checks) == 1
    check = cf.checks[0]
    assert check.id == "landed_projects_each_over_100m"
    # the check's line is the list item's line; the item's mapping starts after "- "
    assert (check.pos.line, check.pos.column) == (23, 5)
    assert check.says == "every 过亿元 project is over 1亿, so the total must be too"
    assert check.expr_text == "total_investment > projects_landed * 1亿"
    assert cf.title == "记者区市行 | 青岛李沧:全面塑造高质量发展新优势"
    assert cf.source == "青岛日报"
    assert cf.published == datetime.date(2023, 1, 13)
    assert cf.rounding is RoundingMode.HALF_UP
    assert cf.tolerance == Fraction(1, 10)
    assert cf.text == ARTICLE
    assert landed.count is True
    assert landed.unit == "个"
    assert landed.growth is not None
    assert landed.growth.value == Fraction(273, 100)
    assert landed.quotes == [("落地过亿元项目149个、增长273%", landed.quotes[0][1])]
    assert (landed.quotes[0][1].line, landed.quotes[0][1].column) == (12, 12)
    assert cf.claims["total_investment"].value.value == 448_6000_0000


def test_defaults_without_rounding_and_tolerance(write_claims: WriteClaims) -> None:
    cf = load(write_claims(BASE))
    assert cf.rounding is RoundingMode.HALF_UP
    assert cf.tolerance == Fraction(1, 10)
    assert cf.text is None
    assert cf.checks == []


@pytest.mark.parametrize("mode", ["half-up", "half-even", "down", "any"])
def test_every_rounding_mode_is_accepted(write_claims: WriteClaims, mode: str) -> None:
    cf = load(write_claims(BASE + f"rounding: {mode}\n"))
    assert cf.rounding is RoundingMode(mode)
    assert cf.rounding.value == mode


@pytest.mark.parametrize(("text", "value"), [("5%", Fraction(1, 20)), ("0%", Fraction(0))])
def test_tolerance_is_read(write_claims: WriteClaims, text: str, value: Fraction) -> None:
    assert load(write_claims(BASE + f"tolerance: {text}\n")).tolerance == value


# -- scalars are the printed text ------------------------------------------------


@pytest.mark.parametrize(
    ("printed", "value", "unit"),
    [
        ("39.90", Fraction(399, 10), Fraction(1, 100)),  # a YAML float stays as printed
        ("149", Fraction(149), Fraction(1)),
        ("1122.80", Fraction(112280, 100), Fraction(1, 100)),
        ("0.10", Fraction(1, 10), Fraction(1, 100)),
        ("7000万", Fraction(7000_0000), Fraction(1_0000)),
        ('"39.90"', Fraction(399, 10), Fraction(1, 100)),
    ],
)
def test_value_is_kept_as_printed(
    write_claims: WriteClaims, printed: str, value: Fraction, unit: Fraction
) -> None:
    cf = load(write_claims(base_with(**{"value: 5": f"value: {printed}"})))
    fig = cf.claims["a"].value
    assert isinstance(fig, Figure)
    assert fig.text == printed.strip('"')
    assert fig.value == value
    assert fig.unit == unit


def test_value_and_quote_positions(write_claims: WriteClaims) -> None:
    path = write_claims(BASE)
    text = dedent(BASE)
    claim = load(path).claims["a"]
    assert (claim.pos.line, claim.pos.column) == where(text, "a:") == (5, 3)
    assert (claim.value_pos.line, claim.value_pos.column) == where(text, "5") == (7, 12)
    assert [(p.line, p.column) for _, p in claim.quotes] == [(6, 12)]


def test_list_of_quotes(write_claims: WriteClaims) -> None:
    body = base_with(**{"quote: q": "quote:\n      - 第一处\n      - 第二处"})
    claim = load(write_claims(body)).claims["a"]
    assert [q for q, _ in claim.quotes] == ["第一处", "第二处"]
    assert [(p.line, p.column) for _, p in claim.quotes] == [(7, 9), (8, 9)]


@pytest.mark.parametrize("flag", ["true", "True", "false"])
def test_count_is_a_yaml_boolean(write_claims: WriteClaims, flag: str) -> None:
    cf = load(write_claims(BASE + f"    count: {flag}\n"))
    assert cf.claims["a"].count is (flag.lower() == "true")


# -- unknown and duplicate keys ------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "key", "hint"),
    [
        (BASE + "extra: 1\n", "extra", ""),
        (base_with(**{"title: t": "title: t\n  tittle: u"}), "tittle", "title"),
        (BASE + "    grwoth: 273%\n", "grwoth", "growth"),
        (BASE + "checks:\n  - id: c\n    expr: a > 1\n    exp: 1\n", "exp", "expr"),
    ],
    ids=["top", "article", "claim", "check"],
)
def test_unknown_key_at_every_level(
    write_claims: WriteClaims, body: str, key: str, hint: str
) -> None:
    path = write_claims(body)
    d = error_at(path, f"unknown key '{key}'")
    assert (d.line, d.column) == where(dedent(body), f"{key}:")
    if hint:
        assert f"did you mean '{hint}'" in d.message


def test_grwoth_is_not_silently_ignored(write_claims: WriteClaims) -> None:
    body = """
        version: 1
        article:
          title: t
        claims:
          p:
            quote: q
            value: 149
            count: true
            grwoth: 273%
        """
    d = error_at(write_claims(body), "grwoth")
    assert (d.line, d.column) == (9, 5)
    assert d.message.startswith("unknown key 'grwoth'")
    assert "(did you mean 'growth'?)" in d.message


@pytest.mark.parametrize(
    ("body", "needle", "first_line"),
    [
        (base_with(**{"version: 1": "version: 1\nversion: 1"}), "version", 1),
        (base_with(**{"title: t": "title: t\n  title: u"}), "title", 3),
        (base_with(**{"value: 5": "value: 5\n    value: 6"}), "value", 7),
        (
            BASE + "checks:\n  - id: c\n    expr: a > 1\n    expr: a > 2\n",
            "expr",
            10,
        ),
    ],
    ids=["top", "article", "claim", "check"],
)
def test_duplicate_key_in_a_mapping(
    write_claims: WriteClaims, body: str, needle: str, first_line: int
) -> None:
    path = write_claims(body)
    d = error_at(path, f"duplicate key '{needle}'")
    assert (d.line, d.column) == where(dedent(body), f"{needle}:", 2)
    assert d.line == first_line + 1
    assert f"first at line {first_line}" in d.message


def test_duplicate_claim_id(write_claims: WriteClaims) -> None:
    body = BASE + "  a:\n    quote: r\n    value: 6\n"
    d = error_at(write_claims(body), "duplicate claim id 'a'")
    assert (d.line, d.column) == (8, 3)
    assert "first at line 5" in d.message


def test_duplicate_check_id(write_claims: WriteClaims) -> None:
    body = BASE + ("checks:\n  - id: c\n    expr: a > 1\n  - id: c\n    expr: a > 2\n")
    d = error_at(write_claims(body), "duplicate check id 'c'")
    assert (d.line, d.column) == (11, 9)
    assert "first at line 9" in d.message


def test_check_id_may_not_be_a_claim_id(write_claims: WriteClaims) -> None:
    body = BASE + "checks:\n  - id: a\n    expr: a > 1\n"
    d = error_at(write_claims(body), "check id 'a'")
    assert (d.line, d.column) == (9, 9)


# -- required keys and types ---------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "key", "at"),
    [
        (base_with(**{"version: 1\n": ""}), "version", (1, 1)),
        (
            "claims:\n  a:\n    quote: q\n    value: 5\nversion: 1\n",
            "article",
            (1, 1),
        ),
        ("version: 1\narticle:\n  title: t\n", "claims", (1, 1)),
        (base_with(**{"title: t": "source: s"}), "title", (3, 3)),
        (base_with(**{"    quote: q\n": ""}), "quote", (6, 5)),
        (base_with(**{"    value: 5\n": "    unit: 个\n"}), "value", (6, 5)),
        (BASE + "checks:\n  - expr: a > 1\n", "id", (9, 5)),
        (BASE + "checks:\n  - id: c\n", "expr", (9, 5)),
    ],
    ids=["version", "article", "claims", "title", "quote", "value", "check-id", "check-expr"],
)
def test_missing_required_key(
    write_claims: WriteClaims, body: str, key: str, at: tuple[int, int]
) -> None:
    d = error_at(write_claims(body), f"missing the required key '{key}'")
    assert (d.line, d.column) == at


@pytest.mark.parametrize(
    ("old", "new", "fragment", "at"),
    [
        ("  a:\n    quote: q\n    value: 5", "  - a", "claims must be a mapping", (5, 3)),
        ("article:\n  title: t", "article: t", "article must be a mapping", (2, 10)),
        ("  a:\n    quote: q\n    value: 5", "  a: 5", "claim 'a' must be a mapping", (5, 6)),
        ("quote: q", "quote: {x: 1}", "quote must be a single value", (6, 12)),
        ("value: 5", "value: [5]", "value must be a single value", (7, 12)),
        ("value: 5", 'value: 5\n    count: "true"', "count must be true or false", (8, 12)),
        ("value: 5", "value: 5\n    count: 1", "count must be true or false", (8, 12)),
        ("value: 5", "value: 5\n    count: yes", "count must be true or false", (8, 12)),
        ("title: t", "title: [t]", "article.title must be a single value", (3, 10)),
    ],
)
def test_wrong_types(
    write_claims: WriteClaims, old: str, new: str, fragment: str, at: tuple[int, int]
) -> None:
    assert old in BASE
    body = BASE.replace(old, new)
    d = error_at(write_claims(body), fragment)
    assert (d.line, d.column) == at


def test_checks_must_be_a_list(write_claims: WriteClaims) -> None:
    d = error_at(write_claims(BASE + "checks:\n  c: a > 1\n"), "checks must be a list")
    assert (d.line, d.column) == (9, 3)


def test_empty_checks_are_allowed(write_claims: WriteClaims) -> None:
    assert load(write_claims(BASE + "checks:\n")).checks == []
    assert load(write_claims(BASE + "checks: []\n")).checks == []


def test_empty_claims_are_refused(write_claims: WriteClaims) -> None:
    d = error_at(write_claims("version: 1\narticle: {title: t}\nclaims: {}\n"), "claims is empty")
    assert (d.line, d.column) == (3, 9)


@pytest.mark.parametrize("key", ["title", "quote", "value", "expr", "id"])
def test_an_empty_required_value_is_an_error(write_claims: WriteClaims, key: str) -> None:
    body = BASE + "checks:\n  - id: c\n    expr: 1 > 0\n"
    line = next(ln for ln in body.splitlines() if ln.lstrip(" -").startswith(f"{key}:"))
    body = body.replace(line, line.split(":")[0] + ":")
    path = write_claims(body)
    diags = errors_of(path)
    assert [d.line for d in diags] == [where(body, f"{key}:")[0]], diags


def test_a_blank_title_is_an_error(write_claims: WriteClaims) -> None:
    body = base_with(**{"title: t": "title:"})
    d = error_at(write_claims(body), "article.title")
    assert d.line == 3
    assert "empty" in d.message


# -- version, rounding, tolerance, published -------------------------------------------


@pytest.mark.parametrize("version", ["2", "1.0", "v1", "0"])
def test_bad_version(write_claims: WriteClaims, version: str) -> None:
    d = error_at(write_claims(base_with(**{"version: 1": f"version: {version}"})), "version")
    assert (d.line, d.column) == (1, 10)
    assert "version 1" in d.message


@pytest.mark.parametrize("mode", ["nearest", "HALF-UP", "half_up", "up"])
def test_bad_rounding(write_claims: WriteClaims, mode: str) -> None:
    d = error_at(write_claims(BASE + f"rounding: {mode}\n"), "rounding")
    assert (d.line, d.column) == (8, 11)
    for m in ("half-up", "half-even", "down", "any"):
        assert m in d.message


@pytest.mark.parametrize("tol", ["10", "100%", "150%", "-5%", "约10%", "abc", "0.1"])
def test_bad_tolerance(write_claims: WriteClaims, tol: str) -> None:
    d = error_at(write_claims(BASE + f"tolerance: {tol}\n"), "tolerance")
    assert (d.line, d.column) == (8, 12)


@pytest.mark.parametrize(
    "date", ["2023-02-30", "13/01/2023", "2023-1-13", "yesterday", "2023", "٢٠٢٣-01-13"]
)
def test_bad_published_date(write_claims: WriteClaims, date: str) -> None:
    body = base_with(**{"title: t": f"title: t\n  published: {date}"})
    d = error_at(write_claims(body), "article.published")
    assert (d.line, d.column) == (4, 14)
    assert "YYYY-MM-DD" in d.message


# -- ids ----------------------------------------------------------------------------


@pytest.mark.parametrize("cid", ["Bad", "1abc", "a-b", "_a", "项目"])
def test_claim_id_pattern(write_claims: WriteClaims, cid: str) -> None:
    assert not ID_PATTERN.fullmatch(cid)
    d = error_at(write_claims(base_with(**{"  a:": f"  {cid}:"})), f"claim id '{cid}'")
    assert (d.line, d.column) == (5, 3)
    assert "[a-z][a-z0-9_]*" in d.message


def test_claim_id_prior_is_reserved(write_claims: WriteClaims) -> None:
    d = error_at(write_claims(base_with(**{"  a:": "  prior:"})), "claim id 'prior'")
    assert (d.line, d.column) == (5, 3)


@pytest.mark.parametrize("cid", ["a1_b", "x", "z9"])
def test_good_claim_ids(write_claims: WriteClaims, cid: str) -> None:
    assert list(load(write_claims(base_with(**{"  a:": f"  {cid}:"}))).claims) == [cid]


def test_check_id_pattern(write_claims: WriteClaims) -> None:
    body = BASE + "checks:\n  - id: Bad-Check\n    expr: a > 1\n"
    d = error_at(write_claims(body), "check id 'Bad-Check'")
    assert (d.line, d.column) == (9, 9)


# -- prior, of, count, growth ---------------------------------------------------------

GROWTH = dedent(
    """
    version: 1
    article:
      title: t
    claims:
      now:
        quote: q
        value: 149
        count: true
        growth: 273%
    """
)


def test_prior_as_a_figure(write_claims: WriteClaims) -> None:
    cf = load(write_claims(GROWTH + "    prior: 40\n"))
    prior = cf.claims["now"].prior
    assert isinstance(prior, Figure)
    assert prior.value == 40
    assert prior.text == "40"
    pos = cf.claims["now"].prior_pos
    assert pos is not None
    assert (pos.line, pos.column) == (10, 12)


def test_prior_as_a_figure_with_a_multiplier(write_claims: WriteClaims) -> None:
    body = GROWTH.replace("value: 149\n    count: true", "value: 2.3亿")
    prior = load(write_claims(body + "    prior: 6166万\n")).claims["now"].prior
    assert isinstance(prior, Figure)
    assert prior.value == 6166_0000


def test_prior_as_another_claims_id(write_claims: WriteClaims) -> None:
    body = GROWTH + "    prior: before\n  before:\n    quote: r\n    value: 40\n"
    cf = load(write_claims(body))
    assert cf.claims["now"].prior == "before"


def test_prior_refers_to_an_unknown_claim(write_claims: WriteClaims) -> None:
    d = error_at(write_claims(GROWTH + "    prior: befor\n"), "unknown claim 'befor'")
    assert (d.line, d.column) == (10, 12)


def test_prior_refers_to_itself(write_claims: WriteClaims) -> None:
    d = error_at(write_claims(GROWTH + "    prior: now\n"), "refers to itself")
    assert (d.line, d.column) == (10, 12)


def test_prior_without_growth(write_claims: WriteClaims) -> None:
    d = error_at(write_claims(BASE + "    prior: 4\n"), "no growth")
    assert (d.line, d.column) == (8, 12)


def test_prior_with_a_bad_figure(write_claims: WriteClaims) -> None:
    d = error_at(write_claims(GROWTH + "    prior: 四十个\n"), "prior")
    assert (d.line, d.column) == (10, 12)


def test_of_on_a_percentage(write_claims: WriteClaims) -> None:
    body = BASE + "  b:\n    quote: r\n    value: 54.0%\n    of: a\n"
    cf = load(write_claims(body))
    assert cf.claims["b"].of == "a"


def test_of_on_a_non_percentage(write_claims: WriteClaims) -> None:
    body = BASE + "  b:\n    quote: r\n    value: 3\n    of: a\n"
    d = error_at(write_claims(body), "not a percentage")
    assert (d.line, d.column) == (11, 9)


def test_of_an_unknown_claim(write_claims: WriteClaims) -> None:
    body = BASE + "  b:\n    quote: r\n    value: 3%\n    of: c\n"
    d = error_at(write_claims(body), "unknown claim 'c'")
    assert (d.line, d.column) == (11, 9)


def test_of_itself(write_claims: WriteClaims) -> None:
    body = BASE + "  b:\n    quote: r\n    value: 3%\n    of: b\n"
    d = error_at(write_claims(body), "refers to itself")
    assert (d.line, d.column) == (11, 9)


def test_count_with_a_non_whole_value(write_claims: WriteClaims) -> None:
    body = base_with(**{"value: 5": "value: 149.5\n    count: true"})
    d = error_at(write_claims(body), "not a whole number")
    assert (d.line, d.column) == (7, 12)


@pytest.mark.parametrize("value", ["2万", "1.5万", "千", "149"])
def test_count_with_whole_values(write_claims: WriteClaims, value: str) -> None:
    body = base_with(**{"value: 5": f"value: {value}\n    count: true"})
    assert load(write_claims(body)).claims["a"].count is True


@pytest.mark.parametrize("growth", ["273", "2.73", "1亿", "近30"])
def test_growth_must_be_a_percentage(write_claims: WriteClaims, growth: str) -> None:
    d = error_at(write_claims(GROWTH.replace("273%", growth)), "must be a percentage")
    assert (d.line, d.column) == (9, 13)


@pytest.mark.parametrize("growth", ["-100%", "-150%", "-100.0%"])
def test_growth_at_or_below_minus_100_percent(write_claims: WriteClaims, growth: str) -> None:
    d = error_at(write_claims(GROWTH.replace("273%", growth)), "-100%")
    assert (d.line, d.column) == (9, 13)


@pytest.mark.parametrize("growth", ["-99.5%", "-3.5%", "30%左右", "0%"])
def test_growth_above_minus_100_percent(write_claims: WriteClaims, growth: str) -> None:
    claim = load(write_claims(GROWTH.replace("273%", growth))).claims["now"]
    assert claim.growth is not None
    assert claim.growth.text == growth


# -- YAML features that are refused ----------------------------------------------------


@pytest.mark.parametrize(
    ("template", "needle"),
    [
        ("!!python/object/apply:os.system [{cmd!r}]\n", "!!python"),
        ("version: 1\narticle: !!python/object/apply:os.system [{cmd!r}]\n", "!!python"),
        (
            "version: 1\narticle: {{title: t}}\nclaims:\n"
            "  a:\n    quote: !!python/object/apply:os.system [{cmd!r}]\n    value: 5\n",
            "!!python",
        ),
        (
            "version: 1\narticle: {{title: t}}\nclaims:\n"
            "  a: {{quote: q, value: !!python/object/apply:subprocess.call [[sh, -c, {cmd!r}]]}}\n",
            "!!python",
        ),
        (
            "version: 1\narticle: {{title: t}}\nclaims:\n"
            "  a: {{quote: q, value: 5, unit: !!python/name:os.system }}\n",
            "!!python",
        ),
    ],
    ids=["root", "article", "quote", "value", "name"],
)
def test_python_tags_are_refused_without_running_anything(
    write_claims: WriteClaims, tmp_path: Path, template: str, needle: str
) -> None:
    marker = tmp_path / "pwned"
    body = template.format(cmd=f"touch {marker}")
    path = write_claims(body)
    diags = errors_of(path)
    assert not marker.exists()
    tagged = [d for d in diags if "tag" in d.message]
    assert tagged, diags
    assert (tagged[0].line, tagged[0].column) == where(body, needle)


@pytest.mark.parametrize("tag", ["!!binary", "!custom", "!!set", "!!omap"])
def test_other_tags_are_refused(write_claims: WriteClaims, tag: str) -> None:
    body = base_with(**{"title: t": f"title: {tag} dA=="})
    d = error_at(write_claims(body), "tag")
    assert (d.line, d.column) == (3, 10)


def test_standard_str_tag_is_fine(write_claims: WriteClaims) -> None:
    cf = load(write_claims(base_with(**{"value: 5": "value: !!str 5"})))
    assert cf.claims["a"].value.value == 5


def test_aliases_are_refused(write_claims: WriteClaims) -> None:
    body = """
        version: 1
        article:
          title: t
        claims:
          a: &same
            quote: q
            value: 5
          b: *same
        """
    d = error_at(write_claims(body), "alias")
    assert (d.line, d.column) == (8, 6)


def test_alias_of_a_scalar_is_refused(write_claims: WriteClaims) -> None:
    body = base_with(**{"quote: q": "quote: &q 青岛", "title: t": "title: *q"})
    # the alias comes before its anchor: that is a YAML error, still at a position
    diags = errors_of(write_claims(body))
    assert diags[0].line == 3
    body = base_with(**{"title: t": "title: &q 青岛", "quote: q": "quote: *q"})
    d = error_at(write_claims(body), "alias")
    assert (d.line, d.column) == (6, 12)


def test_an_ampersand_that_is_no_anchor_is_fine(write_claims: WriteClaims) -> None:
    # The walk notes the nodes it meets only where the text has an "&" (an
    # alias needs an anchor); an "&" in a scalar takes that path and loads.
    cf = load(write_claims(base_with(**{"title: t": "title: 'R&D & more'"})))
    assert cf.title == "R&D & more"


def test_an_alias_in_flow_style_is_refused(write_claims: WriteClaims) -> None:
    body = base_with(**{"quote: q": "quote: [&q 青岛, *q]"})
    d = error_at(write_claims(body), "alias")
    assert d.line == 6


# -- the bytes of the file ---------------------------------------------------------------


def test_yaml_syntax_error_position(write_claims: WriteClaims) -> None:
    d = error_at(write_claims("version: 1\narticle:\n  title: a: b\n"), "YAML")
    assert (d.line, d.column) == (3, 11)


def test_unclosed_flow_mapping(write_claims: WriteClaims) -> None:
    diags = errors_of(write_claims("version: 1\narticle: {title: t\nclaims:\n"))
    assert len(diags) == 1
    assert diags[0].message.startswith("YAML:")
    assert diags[0].line == 3


def test_two_documents(write_claims: WriteClaims) -> None:
    d = error_at(write_claims(BASE + "---\nversion: 1\n"), "YAML")
    assert d.line == 8


@pytest.mark.parametrize(
    ("data", "line", "column"),
    [
        (b"version: 1\narticle:\n  title: \xff\n", 3, 10),
        # columns count characters: three bytes of one Chinese character are one column
        ("version: 1\narticle:\n  title: 青岛".encode() + b"\xfe\n", 3, 12),
        (b"\xc3(", 1, 1),
    ],
)
def test_non_utf8_bytes(tmp_path: Path, data: bytes, line: int, column: int) -> None:
    path = tmp_path / "claims.yaml"
    path.write_bytes(data)
    d = error_at(path, "UTF-8")
    assert (d.line, d.column) == (line, column)


def test_utf8_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "claims.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + dedent(BASE).encode())
    claim = load(path).claims["a"]
    assert (claim.pos.line, claim.pos.column) == (5, 3)


@pytest.mark.parametrize("content", ["", "\n\n", "# only a comment\n"])
def test_empty_file(write_claims: WriteClaims, content: str) -> None:
    d = error_at(write_claims(content), "empty")
    assert (d.line, d.column) == (1, 1)


def test_a_list_is_not_a_claims_file(write_claims: WriteClaims) -> None:
    d = error_at(write_claims("- 1\n- 2\n"), "must be a mapping")
    assert (d.line, d.column) == (1, 1)


def test_missing_file(tmp_path: Path) -> None:
    d = error_at(tmp_path / "nope.yaml", "no such file")
    assert (d.line, d.column) == (1, 1)


def test_a_directory(tmp_path: Path) -> None:
    d = error_at(tmp_path, "directory")
    assert (d.line, d.column) == (1, 1)


def test_missing_article_text(write_claims: WriteClaims) -> None:
    body = base_with(**{"title: t": "title: t\n  text: missing.txt"})
    d = error_at(write_claims(body), "missing.txt")
    assert (d.line, d.column) == (4, 9)
    assert "not found" in d.message


def test_article_text_is_relative_to_the_claims_file(
    write_claims: WriteClaims, tmp_path: Path
) -> None:
    body = base_with(**{"title: t": "title: t\n  text: article.txt"})
    path = write_claims(body, article="正文", name="sub/claims.yaml")
    assert path.parent == tmp_path / "sub"
    assert load(path).text == "正文"


def test_article_text_is_a_directory(write_claims: WriteClaims, tmp_path: Path) -> None:
    (tmp_path / "body").mkdir()
    body = base_with(**{"title: t": "title: t\n  text: body"})
    d = error_at(write_claims(body), "directory")
    assert (d.line, d.column) == (4, 9)


def test_article_text_not_utf8(write_claims: WriteClaims, tmp_path: Path) -> None:
    (tmp_path / "gbk.txt").write_bytes("李沧".encode("gbk"))
    body = base_with(**{"title: t": "title: t\n  text: gbk.txt"})
    d = error_at(write_claims(body), "UTF-8")
    assert (d.line, d.column) == (4, 9)


def test_every_error_is_reported_in_order(write_claims: WriteClaims) -> None:
    body = """
        version: 2
        article:
          title: t
          tittle: u
        claims:
          a:
            quote: q
            value: 5
            grwoth: 3%
          B:
            quote: q
            value: 5
        """
    diags = errors_of(write_claims(body))
    assert [(d.line, d.column) for d in diags] == [(1, 10), (4, 3), (9, 5), (10, 3)]


def test_parse_claims_accepts_text_and_bytes(tmp_path: Path) -> None:
    text = dedent(BASE)
    assert list(parse_claims(text, tmp_path / "x.yaml").claims) == ["a"]
    assert list(parse_claims(text.encode(), tmp_path / "x.yaml").claims) == ["a"]
    with pytest.raises(ClaimsFileError):
        parse_claims(b"version: 1\n", tmp_path / "x.yaml")


def test_load_claims_raises_claims_file_error_only(tmp_path: Path) -> None:
    with pytest.raises(ClaimsFileError) as info:
        load_claims(tmp_path / "absent.yaml")
    assert str(info.value) == "no such file"


def test_a_lone_surrogate_in_text_given_as_str_is_a_clean_error() -> None:
    # Only text handed over as str can hold one (bytes from a file are decoded
    # first); libyaml cannot encode it, and that must not escape as a traceback.
    text = "version: 1\narticle:\n  title: a\ud800b\nclaims: {}\n"
    with pytest.raises(ClaimsFileError) as info:
        parse_claims(text, Path("claims.yaml"))
    [d] = info.value.diagnostics
    assert (d.line, d.column) == (3, 11)
    assert "U+D800" in d.message
