"""``--format table``: the verdicts' colours, or no escape at all; a narrow
terminal; Chinese headings and cells lined up by terminal cells."""

from __future__ import annotations

import pytest
from ci_reports import sample_reports
from rich.cells import cell_len

from licang_check._i18n.messages import set_language
from licang_check.formats.table import TableFormatter


def _render(color: bool, columns: int, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("COLUMNS", str(columns))
    reports, summary = sample_reports()
    return TableFormatter().render(reports, summary, color=color)


def _widths(out: str) -> set[int]:
    return {cell_len(line) for line in out.splitlines()}


def test_no_colour_is_not_one_escape(monkeypatch: pytest.MonkeyPatch) -> None:
    out = _render(False, 160, monkeypatch)
    assert "\x1b" not in out
    assert out.splitlines()[0].rstrip() == "news/claims.yaml"  # the file with errors: stderr's
    assert "news/broken.yaml" not in out
    assert _widths(out) == {cell_len(out.splitlines()[1])}


def test_colour_as_rich_drew_it(monkeypatch: pytest.MonkeyPatch) -> None:
    out = _render(True, 160, monkeypatch)
    assert "\x1b[1mline:col\x1b[0m" in out  # headings bold
    assert "\x1b[2m     7:3\x1b[0m" in out  # line:col dim
    assert "\x1b[32mconsistent  \x1b[0m" in out
    assert "\x1b[1;31minconsistent\x1b[0m" in out


def test_an_edge_verdict_is_yellow(monkeypatch: pytest.MonkeyPatch) -> None:
    reports, summary = sample_reports()
    reports[0].results[0] = reports[0].results[0]._replace(edge=True)
    monkeypatch.setenv("COLUMNS", "160")
    out = TableFormatter().render(reports, summary, color=True)
    assert "\x1b[33mconsistent, edge\x1b[0m" in out


def _columns_read_back(out: str) -> list[str]:
    """Each column's body cells, read back line by line, without spaces."""
    parts = [line.split("│")[1:-1] for line in out.splitlines() if line.startswith("│")]
    return ["".join("".join(column).split()) for column in zip(*parts, strict=True)]


@pytest.mark.parametrize("columns", [20, 40, 60, 100, 160])
def test_a_narrow_terminal_wraps_and_crops_nothing(
    columns: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = _render(False, columns, monkeypatch)
    (width,) = _widths(out)
    narrowest = 3 * 7 + 1 + 2 * 7  # borders, padding and two cells a column
    if columns < 100:
        assert width == max(columns, narrowest)  # shrunk to fit, down to the narrowest
    else:
        assert width <= columns  # natural widths
    reports, _ = sample_reports()
    expected = [
        [f"{r.line}:{r.column}", r.kind.value, r.id, r.printed, r.message, r.verdict.value]
        for r in reports[0].results
    ]
    read = _columns_read_back(out)
    for i in range(6):
        assert read[i] == "".join("".join(row[i].split()) for row in expected)


def test_chinese_headings_and_cells_line_up(monkeypatch: pytest.MonkeyPatch) -> None:
    set_language("zh")
    for columns in (160, 60, 30):
        out = _render(False, columns, monkeypatch)
        lines = out.splitlines()
        assert "行:列" in lines[2] or columns < 60
        assert len(_widths(out)) == 1, out
        # every border of every line at the same cell
        bars = {
            tuple(cell_len(line[:i]) for i, ch in enumerate(line) if ch in "┃│┏┳┓┡╇┩└┴┘")
            for line in lines[1:]
        }
        assert len(bars) == 1, out
