"""--format html: the article with every claimed figure highlighted by
verdict, the derivations, the results; self-contained and escaped.

(tests/formats/test_html_browser.py opens the page in a real browser.)
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import WriteClaims
from typer.testing import CliRunner

from licang_check._cli.app import app
from licang_check.formats.html import HtmlFormatter, Mark, marks
from licang_check.run.results import Result, Summary
from licang_check.run.verify import verify_file, verify_paths

ROOT = Path(__file__).parents[2]
CI = Path(__file__).parents[1] / "data" / "ci"


def report(*paths: Path) -> str:
    reports = verify_paths([str(p) for p in paths], keep_claims=True)
    return HtmlFormatter().render(reports, Summary.of(reports), color=False)


def mark_ids(page: str) -> dict[str, set[str]]:
    """Each claim id highlighted, with the classes of its marks."""
    out: dict[str, set[str]] = {}
    for cls, ids in re.findall(r'<mark class="(\w+)" data-id="([^"]+)"', page):
        for cid in ids.split():
            out.setdefault(cid, set()).add(cls)
    return out


def test_the_shipped_report_highlights_every_claim() -> None:
    page = report(ROOT / "claims.yaml")
    claims = verify_file(str(ROOT / "claims.yaml"), keep_claims=True).claims
    assert claims is not None
    assert set(mark_ids(page)) == set(claims.claims)
    # the three results at a half of 273% (see test_transparency) are amber
    assert mark_ids(page)["projects_landed"] == {"edge"}
    assert mark_ids(page)["total_investment"] == {"consistent"}
    assert "43 of 43 claims highlighted" in page
    assert '<span class="badge edge">3 at the edge of rounding</span>' in page


def test_the_growth_figure_is_highlighted_beside_the_value() -> None:
    page = report(ROOT / "claims.yaml")
    assert re.search(r'data-id="projects_landed"[^>]*>149<span', page)
    assert re.search(r'data-id="projects_landed"[^>]*>273%<span', page)


def test_an_inconsistent_file() -> None:
    page = report(CI / "inconsistent" / "claims.yaml")
    ids = mark_ids(page)
    assert ids["projects_landed"] == {"inconsistent"}
    assert ids["sows_share"] == {"inconsistent"}
    # its own quote holds, but the check that names it cannot hold
    assert ids["total_investment"] == {"inconsistent"}
    assert "pigs" not in ids  # its quote is not in the article: listed instead
    assert re.search(r'href="#explain-0-pigs">pigs</a>: 生猪存栏160头', page)
    details = re.search(
        r'<details id="explain-0-sows_share" class="inconsistent".*?</details>', page, re.S
    )
    assert details is not None
    assert "no whole number fits" in details.group()
    assert "share 54.0% or 54.7%; whole 153 or 144" in details.group()
    assert '<p class="failing">Inconsistent: ' in page


def test_the_tooltip_carries_the_verdict_and_message() -> None:
    page = report(CI / "inconsistent" / "claims.yaml")
    tip = re.search(
        r'data-id="sows_share"[^>]*>54.2%<span class="tip" role="tooltip">(.*?)</span>',
        page,
        re.S,
    )
    assert tip is not None
    assert tip.group(1).startswith("quote sows_share: consistent")
    assert "share sows_share: inconsistent — 54.2% of 150 is [81.225, 81.375)" in tip.group(1)


def test_nothing_external() -> None:
    for page in (report(ROOT / "claims.yaml"), report(CI / "inconsistent" / "claims.yaml")):
        assert "http" not in page  # the articles themselves hold no address
        assert not re.search(r"\b(src|srcset)=", page)
        assert "@import" not in page
        assert "url(" not in page
        assert "<link" not in page
        assert re.findall(r'href="([^"]*)"', page) == [
            h for h in re.findall(r'href="([^"]*)"', page) if h.startswith("#")
        ]


def test_text_from_the_files_is_escaped(write_claims: WriteClaims) -> None:
    path = write_claims(
        """
        version: 1
        article: {title: "<b>title</b>", text: article.txt}
        claims:
          a:
            quote: "有<i>3</i>个"
            value: 3
            count: true
        """,
        article="<script>alert(1)</script>有<i>3</i>个 & more\n",
    )
    page = report(path)
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;b&gt;title&lt;/b&gt;" in page
    assert "<i>" not in page
    assert "&amp; more" in page
    assert mark_ids(page) == {"a": {"consistent"}}


def test_without_article_text_the_results_only(write_claims: WriteClaims) -> None:
    path = write_claims(
        "version: 1\narticle: {title: t}\nclaims:\n  a: {quote: q, value: 3, growth: 50%}\n"
    )
    page = report(path)
    assert "No article text" in page
    assert "<mark class" not in page
    assert '<details id="explain-0-a"' in page


def test_a_file_with_errors(tmp_path: Path) -> None:
    page = report(tmp_path / "missing.yaml")
    assert '<ul class="errors">' in page
    assert "missing.yaml:1:1: error: " in page


def test_overlapping_and_repeated_quotes(write_claims: WriteClaims) -> None:
    path = write_claims(
        """
        version: 1
        article: {title: t, text: article.txt}
        claims:
          a: {quote: [增长3%, 增长3%], value: 3%}
          b: {quote: 增长3%, value: 3%}
        """,
        article="今年增长3%,明年增长3%。\n",
    )
    cf = verify_file(str(path), keep_claims=True).claims
    assert cf is not None
    found, missing = marks(cf)
    # 今年增长 is 0-3; "3%" at 4-6 (a, then b on the same place); "3%" at 11-13 (a again)
    assert found == [Mark(4, 6, ("a", "b")), Mark(11, 13, ("a",))]
    assert missing == []


def test_cli_writes_the_page(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(CI)
    out = tmp_path / "report.html"
    r = CliRunner().invoke(
        app,
        ["verify", "--isolated", "--format", "html", "-o", str(out), "inconsistent/claims.yaml"],
    )
    assert r.exit_code == 1
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert "inconsistent/claims.yaml" in page


def test_raw_controls_never_reach_the_page(write_claims: WriteClaims) -> None:
    """ESC and U+0001 in the title, a quote, a note and the article are
    written as escapes; the article's own line breaks stay."""
    path = write_claims(
        """
        version: 1
        article: {title: "t\\x1b[31mred", text: article.txt}
        claims:
          a:
            quote: "有3\\x01个"
            value: 3
            count: true
        checks:
          - id: c
            says: "says \\x1b]0;x\\x07 \\u202e"
            expr: a > 1
        """,
        article="第一行\x1b[2J有3\x01个\n第二行\u200b\n",
    )
    page = report(path)
    for raw in ("\x1b", "\x01", "\x07", "\u202e", "\u200b"):
        assert raw not in page
    assert "\\x1b[2J" in page
    assert "\\x01" in page
    assert "\\u200b" in page
    assert "第一行" in page
    assert "\n第二行" in page  # a newline of the article is kept


def _html_cli(*args: str) -> str:
    result = CliRunner().invoke(app, ["verify", "--isolated", "-f", "html", *args])
    return result.stdout


def test_the_results_open_filtered_to_failures_and_can_sort(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(CI)
    page = _html_cli("inconsistent/claims.yaml")
    assert '<table class="results failures-only" id="results-0">' in page
    assert 'class="only-failures" checked' in page
    rows = re.findall(r'<tr class="(\w+)( look)?" data-order="(\d+)" data-rank="(\d)">', page)
    assert [(c, look == " look") for c, look, _, _ in rows] == [
        ("consistent", False),
        ("inconsistent", True),
        ("consistent", False),
        ("inconsistent", True),
        ("consistent", False),
        ("inconsistent", True),
        ("inconsistent", True),
    ]
    assert {rank for c, _, _, rank in rows if c == "inconsistent"} == {"0"}
    assert {rank for c, _, _, rank in rows if c == "consistent"} == {"4"}
    everything = _html_cli("--all", "inconsistent/claims.yaml")
    assert '<table class="results" id="results-0">' in everything
    assert 'class="only-failures">' in everything


def test_the_report_is_linear_in_claims() -> None:
    """Each id is explained once, and explaining looks up its results by id:
    the number of results scanned does not grow with the ids explained."""
    from licang_check.claims.load import load_claims
    from licang_check.run.explain import Explainer

    cf = load_claims(ROOT / "claims.yaml")
    explainer = Explainer(cf)
    touched: list[int] = []

    class Counting(list[Result]):
        def __getitem__(self, i: Any) -> Any:
            touched.append(1)
            return super().__getitem__(i)

        def __iter__(self) -> Iterator[Result]:
            touched.extend([1] * len(self))
            return super().__iter__()

    explainer.results = Counting(explainer.results)
    explainer.__dict__.pop("_results", None)  # index the counting list afresh
    for cid in explainer.ids():
        explainer.explain(cid)
    # one pass to index, then one look-up per result: not ids x results
    assert len(touched) <= 2 * len(explainer.results)
