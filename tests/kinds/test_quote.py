"""quote, through the common helper: expected verdicts by reading the article."""

from __future__ import annotations

from pathlib import Path

from kinds.common import NO, OK, check, claims_text
from licang_check.run.results import Kind

ARTICLE = "这一年,落地过亿元项目149个、增长273%,\n总投资额达到 448.6 亿元。"


def test_a_quote_in_the_article_with_its_digits(tmp_path: Path) -> None:
    claims = "  c:\n    quote: 项目 149 个\n    value: 149\n"
    r = check(claims_text(claims, article=True), tmp_path / "c.yaml", article=ARTICLE)[
        "c", Kind.QUOTE
    ]
    assert r.verdict is OK
    assert r.modes is not None
    assert len(r.modes) == 4
    assert not r.edge


def test_a_quote_without_the_digits_or_not_in_the_article(tmp_path: Path) -> None:
    claims = "  a:\n    quote: 项目149个\n    value: 150\n  b:\n    quote: 不在文中\n    value: 1\n"
    got = check(claims_text(claims, article=True), tmp_path / "c.yaml", article=ARTICLE)
    assert got.verdicts(Kind.QUOTE) == {"a": NO, "b": NO}
    assert "150" in got["a", Kind.QUOTE].message
    assert got["b", Kind.QUOTE].modes == ()


def test_no_quote_result_without_an_article() -> None:
    got = check(claims_text("  c:\n    quote: q\n    value: 149\n"))
    assert got.verdicts(Kind.QUOTE) == {}
