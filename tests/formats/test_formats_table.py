"""``--format table``: the verdicts' colours, or no escape at all; a narrow
terminal; Chinese headings and cells lined up by terminal cells."""

from __future__ import annotations

import pytest
from ci_reports import BAD, GOOD, sample_reports
from rich.cells import cell_len

from licang_check._i18n.messages import set_language
from licang_check.formats.table import TableFormatter
from licang_check.run.results import FileReport, Summary


def _render(color: bool, columns: int, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("COLUMNS", str(columns))
    reports, summary = sample_reports()
    return TableFormatter().render(reports, summary, color=color, show_all=True)


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
    out = TableFormatter().render(reports, summary, color=True, show_all=True)
    assert "\x1b[33mconsistent, edge\x1b[0m" in out


def _columns_read_back(out: str) -> list[str]:
    """Each column's body cells, read back line by line, without spaces."""
    parts = [line.split("│")[1:-1] for line in out.splitlines() if line.startswith("│")]
    return ["".join("".join(column).split()) for column in zip(*parts, strict=True)]


@pytest.mark.parametrize("columns", [150, 160, 200])
def test_a_wide_terminal_gets_a_table_that_crops_nothing(
    columns: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = _render(False, columns, monkeypatch)
    (width,) = _widths(out)
    assert width <= columns
    reports, _ = sample_reports()
    # failures first (--all sorts by verdict), then the rest
    expected = [
        [f"{r.line}:{r.column}", r.kind.value, r.id, r.printed, r.message, r.verdict.value]
        for r in sorted(reports[0].results, key=lambda r: r.consistent)
    ]
    read = _columns_read_back(out)
    for i in range(6):
        assert read[i] == "".join("".join(row[i].split()) for row in expected)


@pytest.mark.parametrize("columns", [20, 40, 60, 80, 100])
def test_a_narrow_terminal_gets_blocks_with_every_word_whole(
    columns: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = _render(False, columns, monkeypatch)
    assert "┃" not in out
    if columns >= 60:
        assert max(_widths(out)) <= columns, out
    reports, _ = sample_reports()
    words = out.split()
    for r in reports[0].results:  # every word of every text, whole
        assert f"{r.id}:" in words
        for text in (r.printed, r.message, r.kind.value):
            for word in text.split():
                assert word in words, (word, out)
    # the failure comes first
    assert out.index(BAD.id) < out.index(GOOD.id)


def test_chinese_headings_and_cells_line_up(monkeypatch: pytest.MonkeyPatch) -> None:
    set_language("zh")
    for columns in (160, 200):
        out = _render(False, columns, monkeypatch)
        lines = out.splitlines()
        assert "行:列" in lines[2]
        assert len(_widths(out)) == 1, out
        # every border of every line at the same cell
        bars = {
            tuple(cell_len(line[:i]) for i, ch in enumerate(line) if ch in "┃│┏┳┓┡╇┩└┴┘")
            for line in lines[1:]
        }
        assert len(bars) == 1, out


def _failing_at(columns: int, monkeypatch: pytest.MonkeyPatch, **kw: bool) -> str:
    monkeypatch.setenv("COLUMNS", str(columns))
    reports, summary = sample_reports()
    return TableFormatter().render(reports, summary, color=False, **kw)


def test_without_all_failures_are_listed_and_consistent_results_counted(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    out = _failing_at(160, monkeypatch)
    assert BAD.message in out
    assert GOOD.id not in out
    assert out.splitlines()[-1] == (
        "news/claims.yaml: 1 consistent result not listed (--all lists it)"
    )


def test_a_file_with_nothing_to_look_at_is_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    reports = [FileReport("a/claims.yaml", results=[GOOD, GOOD._replace(id="other")])]
    out = TableFormatter().render(reports, Summary.of(reports), color=False)
    assert out == "a/claims.yaml: 2 consistent results not listed (--all lists them)\n"


def test_at_80_columns_a_failure_reads_as_words_not_pieces(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    out = _failing_at(80, monkeypatch)
    assert max(_widths(out)) <= 80
    lines = out.splitlines()
    assert lines[1] == "  25:3 share sows_share: inconsistent"
    assert "    printed  54.2% of 150" in lines
    implies = [line for line in lines if line.startswith(("    implies", "             "))]
    assert " ".join(" ".join(implies).split()[1:]) == BAD.message


def test_the_table_gives_implies_its_width_before_printed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Where both must wrap, "printed" goes down to its longest word first."""
    long = BAD._replace(
        printed="total_investment > projects_landed * 1亿 and more words here",
        message="a message long enough to need two lines in a table of this width " * 2,
    )
    monkeypatch.setenv("COLUMNS", "170")
    reports = [FileReport("c.yaml", results=[long])]
    out = TableFormatter().render(reports, Summary.of(reports), color=False)
    header = next(line for line in out.splitlines() if line.startswith("┃"))
    cells = [c.strip() for c in header.split("┃")[1:-1]]
    spans = [len(c) for c in header.split("┃")[1:-1]]
    assert cells[3] == "printed"
    assert spans[3] - 2 == len("total_investment")  # its longest word
    assert spans[4] - 2 > 70  # implies keeps the room


def test_chinese_blocks_are_chinese(monkeypatch: pytest.MonkeyPatch) -> None:
    set_language("zh")
    out = _failing_at(80, monkeypatch)
    assert "    印出      54.2% of 150" in out.splitlines()
    assert "另有 1 项一致，未列出" in out
