"""source, through the common helper: verify, every mode, explain and JSON agree."""

from __future__ import annotations

from pathlib import Path

from kinds.common import NO, OK, check
from licang_check.numeric.rounding import RoundingMode
from licang_check.run.results import Kind

HU, HE, DOWN, ANY = tuple(RoundingMode)

TABLE = "地区,2023年,2024年\n东城,1423.60,1502.35\n北城,640.00,671.50\n"


def _text(claims: str) -> str:
    return (
        "version: 1\narticle:\n  title: t\n"
        "sources:\n  b: {path: b.csv, scale: 亿}\n"
        f"claims:\n{claims}"
    )


def test_a_cell_and_a_growth_of_two_columns(tmp_path: Path) -> None:
    (tmp_path / "b.csv").write_text(TABLE, encoding="utf-8")
    claims = (
        "  north: {quote: q, value: 671.5亿, source: {from: b, row: 北城, column: 2024年}}\n"
        "  east:\n    quote: q\n    value: 1502.35亿\n    growth: 5.5%\n    source:\n"
        "      - {from: b, cell: C2}\n"
        "      - {expr: 'b[C2] / b[B2] - 1', figure: growth}\n"
        "  wrong: {quote: q, value: 617.5亿, source: {from: b, cell: C3}}\n"
    )
    got = check(_text(claims), tmp_path / "claims.yaml")
    assert got["north", Kind.SOURCE].verdict is OK
    assert got["east", Kind.SOURCE].verdict is OK
    wrong = got["wrong", Kind.SOURCE]
    assert wrong.verdict is NO
    assert wrong.modes == ()
    assert "prints as 671.5亿" in wrong.message


def test_a_value_on_a_half_is_an_edge(tmp_path: Path) -> None:
    # 4315.85 exact (a query) prints 4315.9 under half-up, 4315.8 under half-even and down
    (tmp_path / "b.csv").write_text("地区,v\n甲,4315.85\n", encoding="utf-8")
    claims = (
        "  total: {quote: q, value: 4315.9亿, source: {from: b, query: 'SELECT sum(v) FROM b'}}\n"
    )
    r = check(_text(claims), tmp_path / "claims.yaml")["total", Kind.SOURCE]
    assert r.verdict is OK
    assert r.modes == (HU, ANY)
    assert r.edge
