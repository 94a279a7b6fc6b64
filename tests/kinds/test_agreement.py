"""verify, explain (text and JSON) and the HTML report agree on every
result's verdict under each rounding mode, for every kind."""

from __future__ import annotations

import html
import json
import math
from fractions import Fraction
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from kinds.common import SHORT, agree, claims_text, decimal_text
from licang_check._cli.app import app
from licang_check.claims.diagnostics import ClaimsFileError
from licang_check.claims.load import parse_claims
from licang_check.formats.html import HtmlFormatter
from licang_check.run.results import Summary
from licang_check.run.verify import verify_paths

ISSUE = """\
version: 1
article:
  title: t
  text: article.txt
claims:
  p:
    quote: 今年项目近150个，增长超200%
    value: 近150
    growth: 超200%
    prior: "50.0"
"""


def _run(*args: str) -> str:
    return CliRunner().invoke(app, list(args)).stdout


def test_a_stated_prior_that_rounds_agrees_everywhere(tmp_path: Path) -> None:
    # 近150 ÷ (1 + 超200%) is a prior in (0, 50); "50.0" is [49.95, 50.05), but
    # [50, 50.1) under down: consistent under every mode but down
    (tmp_path / "article.txt").write_text("今年项目近150个，增长超200%，去年50.0个。\n", "utf-8")
    path = tmp_path / "claims.yaml"
    path.write_text(ISSUE, encoding="utf-8")
    modes = ["half-up", "half-even", "any"]

    verified = json.loads(_run("verify", "--format", "json", str(path)))
    (growth,) = [r for r in verified["files"][0]["results"] if r["kind"] == "growth"]
    assert growth["modes"] == modes
    assert growth["edge"] is False

    explained = json.loads(_run("explain", "p", str(path), "--format", "json"))
    (e,) = [r for r in explained["results"] if r["kind"] == "growth"]
    assert e["modes"] == modes
    (rounding,) = [s["text"] for s in e["steps"] if s["label"] == "rounding"]
    assert "down: inconsistent" in rounding
    for m in modes:
        assert f"{m}: consistent" in rounding
    assert "no figure here depends on the rounding" not in rounding

    text = _run("explain", "p", str(path))
    assert rounding in text

    reports = verify_paths([str(path)], keep_claims=True)
    page = html.unescape(HtmlFormatter().render(reports, Summary.of(reports), color=False))
    assert rounding in page
    assert "no figure here depends on the rounding: consistent" not in page.split("growth")[-1]

    agree(parse_claims(ISSUE, path))


# -- property: on random files, every path agrees ------------------------------------

_ROUNDINGS = st.sampled_from(["half-up", "half-even", "down", "any"])
_QUALIFIERS = st.sampled_from(["", "", "", "", "近", "约", "超", "不足"])


@st.composite
def near(draw: st.DrawFn, exact: Fraction, *, percent: bool) -> str:
    """``exact`` printed to 0 or 1 decimals, cut down, up or one step off."""
    places = draw(st.sampled_from([0, 1]))
    scaled = exact * (100 if percent else 1) * 10**places
    n = draw(st.sampled_from([math.floor(scaled), math.ceil(scaled), math.floor(scaled) - 1]))
    return decimal_text(n, places) + ("%" if percent else "")


@st.composite
def claims_files(draw: st.DrawFn) -> str:
    """A file with a growth (perhaps a count, qualified, with a stated prior
    that may round: ``"50.0"``), a share, a plain figure and checks on them."""
    count = draw(st.booleans())
    prior, current = draw(SHORT | st.integers(1, 80)), draw(st.integers(1, 400))
    value = str(current) if count else draw(near(Fraction(current), percent=False))
    rate = draw(near(Fraction(current, prior) - 1, percent=True))
    claims = (
        f"  g:\n    quote: q\n    value: {draw(_QUALIFIERS)}{value}\n"
        f"    growth: {draw(_QUALIFIERS)}{rate}\n"
    )
    if count:
        claims += "    count: true\n"
    if draw(st.booleans()):
        stated = draw(near(Fraction(prior), percent=False) | st.just(str(prior)))
        claims += f'    prior: "{stated}"\n'
    whole, part = draw(SHORT | st.integers(1, 300)), draw(st.integers(0, 300))
    pct = draw(near(Fraction(min(part, whole), whole), percent=True))
    whole_text = str(whole) if draw(st.booleans()) else f"{whole}.0"
    claims += f"  w:\n    quote: q\n    value: {whole_text}\n    count: true\n"
    claims += f"  s:\n    quote: q\n    value: {pct}\n    of: w\n"
    if draw(st.booleans()):
        claims += "    count: true\n"
    x = draw(near(Fraction(draw(st.integers(1, 200)), draw(st.integers(1, 8))), percent=False))
    claims += f"  x:\n    quote: q\n    value: {x}\n"
    exprs = [
        f"prior(g) == {draw(st.sampled_from([prior, prior + 1]))}",
        "x * 10 >= w",
        "prior(g) < x * 3",
        "s * w == 40",
        f"g / prior(g) - 1 == {rate}",
    ]
    chosen = draw(st.lists(st.sampled_from(exprs), max_size=3))
    checks = "".join(f"  - id: k{i}\n    expr: {e}\n" for i, e in enumerate(chosen))
    return claims_text(claims, checks, rounding=draw(_ROUNDINGS))


@settings(max_examples=200, deadline=None)
@given(claims_files())
def test_explain_agrees_with_verify_on_modes_and_edge(text: str) -> None:
    try:
        cf = parse_claims(text, Path("claims.yaml"))
        agree(cf)
    except ClaimsFileError:
        return  # a whole '.0' count, a growth of -100% …: not the point here
