"""Sources: each source type, the float-cell rule at its edges, each bad
source at its line, and ``match`` finding a planted cell among thousands."""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

import pytest
from sources_data import bulletin_csv, write_bulletin_xlsx

from licang_check.claims.diagnostics import ClaimsFileError
from licang_check.claims.load import load_claims
from licang_check.run.results import Kind
from licang_check.run.verify import verify_file
from licang_check.sources.cells import float_text, format_decimals, text_cell
from licang_check.sources.match import match_table
from licang_check.sources.readers import read_table

HEAD = "version: 1\narticle:\n  title: t\n"


def _file(tmp_path: Path, sources: str, claims: str) -> Path:
    (tmp_path / "bulletin.csv").write_text(bulletin_csv(), encoding="utf-8")
    path = tmp_path / "claims.yaml"
    path.write_text(f"{HEAD}sources:\n{sources}claims:\n{claims}", encoding="utf-8")
    return path


def _sources(path: Path) -> list[tuple[str, str, str]]:
    rep = verify_file(str(path))
    assert not rep.errors, rep.errors
    return [(r.id, r.verdict.value, r.message) for r in rep.results if r.kind is Kind.SOURCE]


def _errors(path: Path) -> list[tuple[int, int, str]]:
    with pytest.raises(ClaimsFileError) as e:
        load_claims(path)
    return [(d.line, d.column, d.message) for d in e.value.diagnostics]


# -- cells as printed figures ------------------------------------------------------


def test_a_csv_cell_is_text_and_its_digits_are_its_precision() -> None:
    cell = text_cell(" 617.50 ")
    assert cell.kind == "number"
    assert cell.text == "617.50"
    assert cell.figure is not None
    assert cell.figure.unit == pytest.approx(0.01)
    assert text_cell("n/a").kind == "text"
    assert text_cell("").kind == "empty"
    assert text_cell("约3亿").kind == "text"  # a unit or qualifier in a cell is not a number


def test_617_50_agrees_with_617_5yi_and_671_5yi_does_not(tmp_path: Path) -> None:
    path = _file(
        tmp_path,
        "  b: {path: bulletin.csv, scale: 亿}\n",
        "  ok: {quote: x, value: 671.5亿, source: {from: b, row: 北城, column: 2024年}}\n"
        "  bad: {quote: x, value: 617.5亿, source: {from: b, cell: C5}}\n"
        "  near: {quote: x, value: 671.50亿, source: {from: b, cell: C5}}\n"
        "  off: {quote: x, value: 671.51亿, source: {from: b, cell: C5}}\n",
    )
    got = {cid: (verdict, message) for cid, verdict, message in _sources(path)}
    assert got["ok"][0] == "consistent"
    assert got["bad"][0] == "inconsistent"
    assert "671.50亿" in got["bad"][1]
    assert "prints as 671.5亿" in got["bad"][1]
    assert got["near"][0] == "consistent"
    assert got["off"][0] == "inconsistent"  # 671.50 is [671.495, 671.505); 671.51 is not in it


def test_an_expression_totals_shares_and_growth(tmp_path: Path) -> None:
    path = _file(
        tmp_path,
        "  b: {path: bulletin.csv, scale: 亿}\n",
        "  total: {quote: x, value: 4315.9亿, source: {expr: 'sum(b[C2:C5])'}}\n"
        "  col: {quote: x, value: 4315.85亿, source: {expr: 'sum(b[:, \"2024年\"])'}}\n"
        "  mean: {quote: x, value: 1079亿, source: {expr: 'mean(b[C2:C5])'}}\n"
        "  share: {quote: x, value: 15.6%, source: {expr: 'b[C5] / sum(b[C2:C5])'}}\n"
        "  growth:\n"
        "    quote: x\n"
        "    value: 1502.35亿\n"
        "    growth: 5.5%\n"
        "    source:\n"
        "      - {from: b, row: 东城, column: 2024年}\n"
        '      - {expr: \'b["东城", "2024年"] / b["东城", "2023年"] - 1\', figure: growth}\n'
        "  wrong: {quote: x, value: 15.7%, source: {expr: 'b[C5] / sum(b[C2:C5])'}}\n",
    )
    got = {(cid, verdict) for cid, verdict, _ in _sources(path)}
    assert got == {
        ("total", "consistent"),
        ("col", "consistent"),
        ("mean", "consistent"),
        ("share", "consistent"),
        ("growth", "consistent"),
        ("wrong", "inconsistent"),
    }


def test_tsv_json_and_text_sources(tmp_path: Path) -> None:
    (tmp_path / "t.tsv").write_text("地区\t2024年\n北城\t671.50\n", encoding="utf-8")
    (tmp_path / "t.json").write_text(
        '[{"地区": "北城", "2024年": 671.50}]', encoding="utf-8"
    )  # a JSON number keeps its printed digits
    (tmp_path / "b.html").write_text(
        "<html><head><style>x{}</style></head><body><p>北城全年产出"
        "<b>671.50</b>亿元，增长4.9%。</p><script>var x = 1;</script></body></html>",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text("北城全年产出671.50亿元。\n", encoding="utf-8")
    path = _file(
        tmp_path,
        "  t: {path: t.tsv, scale: 亿}\n  j: {path: t.json, scale: 亿}\n  h: b.html\n  x: b.txt\n",
        "  a: {quote: x, value: 671.5亿, source: {from: t, row: 北城, column: 2024年}}\n"
        "  b: {quote: x, value: 671.5亿, source: {from: j, cell: B2}}\n"
        "  c: {quote: x, value: 671.5亿, source: {from: h, quote: 产出671.50亿元}}\n"
        "  d:\n"
        "    quote: x\n    value: 671.5亿\n    growth: 4.9%\n"
        "    source: {from: h, quote: 增长4.9%, figure: growth}\n"
        "  e: {quote: x, value: 617.5亿, source: {from: x, quote: 北城全年产出671.50亿元}}\n",
    )
    got = {cid: verdict for cid, verdict, _ in _sources(path)}
    assert got == {
        "a": "consistent",
        "b": "consistent",
        "c": "consistent",
        "d": "consistent",
        "e": "inconsistent",
    }
    table = read_table(tmp_path / "t.json", "t.json", "json")
    assert table.cell(1, 1).text == "671.50"


def test_another_claims_file_is_a_source(tmp_path: Path) -> None:
    (tmp_path / "bulletin.yaml").write_text(
        f"{HEAD}claims:\n  grain: {{quote: x, value: 69541万, growth: 2.6%}}\n",
        encoding="utf-8",
    )
    path = _file(
        tmp_path,
        "  g: bulletin.yaml\n",
        "  a: {quote: x, value: 6.95亿, source: {from: g, claim: grain}}\n"
        "  b:\n    quote: x\n    value: 6.95亿\n    growth: 2.6%\n"
        "    source: {from: g, claim: grain, figure: growth}\n"
        "  c: {quote: x, value: 6.96亿, source: {from: g, claim: grain}}\n",
    )
    got = {cid: verdict for cid, verdict, _ in _sources(path)}
    assert got == {"a": "consistent", "b": "consistent", "c": "inconsistent"}


def test_a_claims_file_that_is_its_own_source_is_an_error(tmp_path: Path) -> None:
    path = _file(
        tmp_path, "  me: claims.yaml\n", "  a: {quote: x, value: 1, source: {from: me, claim: a}}\n"
    )
    ((line, _, message),) = _errors(path)
    assert line == 7
    assert "its own source" in message


# -- spreadsheets ------------------------------------------------------------------


def test_an_xlsx_cell_prints_through_its_number_format(tmp_path: Path) -> None:
    write_bulletin_xlsx(tmp_path / "bulletin.xlsx")
    table = read_table(tmp_path / "bulletin.xlsx", "bulletin.xlsx", "xlsx", "2024")
    assert table.cell(4, 1).text == "640.00"  # the float 640.0, formatted 0.00
    assert table.cell(2, 2).text == "1240.90"
    assert table.cell(0, 1).text == "2023年"
    path = _file(
        tmp_path,
        "  x: {path: bulletin.xlsx, sheet: '2024', scale: 亿}\n",
        "  a: {quote: x, value: 640亿, source: {from: x, row: 北城, column: 2023年}}\n"
        "  b: {quote: x, value: 640.0亿, source: {from: x, cell: B5}}\n"
        "  c: {quote: x, value: 640.1亿, source: {from: x, cell: B5}}\n",
    )
    got = {cid: verdict for cid, verdict, _ in _sources(path)}
    assert got == {"a": "consistent", "b": "consistent", "c": "inconsistent"}


@pytest.mark.parametrize(
    ("x", "fmt", "text"),
    [
        (617.5, "0.00", "617.50"),  # the format's decimals, trailing zero kept
        (2.675, "0.00", "2.68"),  # the float nearest 2.675 is below it; its shortest decimal is not
        (0.1 + 0.2, None, "0.30000000000000004"),  # no format: the shortest round-trip decimal
        (0.1 + 0.2, "General", "0.30000000000000004"),
        (0.1 + 0.2, "0.00", "0.30"),
        (100.0, None, "100"),  # a whole number has no point
        (1e16, None, "10000000000000000"),
        (1e-7, None, "0.0000001"),
        (-0.004, "0.00", "0.00"),  # no minus zero
        (-2.5, "0", "-3"),  # half away from zero, as a spreadsheet shows it
        (1234.5, "#,##0", "1235"),
        (0.125, "0%", "13%"),
        (0.125, "0.0%", "12.5%"),
        (0.5, "0.00E+00", "0.5"),  # scientific: not the format's decimals
        (0.5, "0.0#", "0.50"),  # optional digits count as shown places
        (45000.0, "yyyy-mm-dd", "45000"),  # a date format fixes no decimals
        (3.14159, '0.00" 亿"', "3.14"),  # quoted text in a format is not a digit
    ],
)
def test_the_float_cell_rule(x: float, fmt: str | None, text: str) -> None:
    assert float_text(x, fmt) == text


def test_format_decimals() -> None:
    assert format_decimals("0.00") == (2, False)
    assert format_decimals("#,##0.0%") == (1, True)
    assert format_decimals("General") is None
    assert format_decimals("0.00;[Red]-0.00") == (2, False)
    assert format_decimals(None) is None


# -- queries -----------------------------------------------------------------------


def test_a_total_checked_by_a_query(tmp_path: Path) -> None:
    path = _file(
        tmp_path,
        "  b: {path: bulletin.csv, scale: 亿}\n",
        "  total:\n    quote: x\n    value: 4315.9亿\n"
        "    source: {from: b, query: 'SELECT sum(\"2024年\") FROM b'}\n"
        "  count:\n    quote: x\n    value: 4\n"
        "    source: {from: b, query: 'SELECT count(*) FROM b', scale: ''}\n"
        "  off:\n    quote: x\n    value: 4316亿\n"
        "    source: {from: b, query: 'SELECT sum(\"2024年\") - 1 FROM b'}\n",
    )
    rep = verify_file(str(path))
    assert rep.errors
    assert "scale" in rep.errors[0].message
    path.write_text(path.read_text(encoding="utf-8").replace(", scale: ''", ""), encoding="utf-8")
    got = {cid: verdict for cid, verdict, _ in _sources(path)}
    assert got == {"total": "consistent", "count": "inconsistent", "off": "inconsistent"}


# -- bad sources -------------------------------------------------------------------


def _bad(
    tmp_path: Path, claim_source: str, sources: str = "  b: bulletin.csv\n"
) -> tuple[int, int, str]:
    path = _file(tmp_path, sources, f"  a: {{quote: x, value: 1, source: {claim_source}}}\n")
    errors = _errors(path)
    assert len(errors) == 1, errors
    return errors[0]


@pytest.mark.parametrize(
    ("source", "at", "words"),
    [
        ("{from: b, row: 北成, column: 2024年}", "北成", ["no row labelled '北成'", "'北城'"]),
        (
            "{from: b, row: 北城, column: 2025年}",
            "2025年",
            ["no column labelled '2025年'", "'2024年'"],
        ),
        ("{from: b, cell: A2}", "A2", ["holds text ('东城')"]),
        ("{from: b, cell: D2}", "D2", ["is empty"]),
        ("{from: c, cell: B2}", "c,", ["no source 'c'"]),
        ("{from: b, cell: 2B}", "2B", ["not an A1 reference"]),
        ("{from: b, query: 'SELECT avg(\"2024年\") FROM b'}", "'SELECT", ["DOUBLE", "not exact"]),
        ("{from: b, query: 'DROP TABLE b'}", "'DROP", ["only read", "DROP"]),
        ("{from: b, query: 'SELECT 1; SELECT 2'}", "'SELECT", ["one SELECT"]),
        ("{from: b, query: 'SELEC 1'}", "'SELEC", ["the query failed", "syntax"]),
        (
            "{from: b, query: \"SELECT count(*) FROM read_csv('/etc/passwd')\"}",
            '"SELECT',
            ["disabled"],
        ),
        ("{from: b, query: 'SELECT \"2024年\" FROM b'}", "'SELECT", ["one row of one value"]),
        ("{expr: 'b[C2:C3]'}", ":C3", ["inside sum() or mean()"]),
        ("{expr: 'b + 1'}", "b +", ["is not a cell"]),
    ],
)
def test_a_bad_source_is_an_error_at_the_claim(
    tmp_path: Path, source: str, at: str, words: list[str]
) -> None:
    line, col, message = _bad(tmp_path, source)
    assert line == 7, message
    written = (tmp_path / "claims.yaml").read_text(encoding="utf-8").splitlines()[line - 1]
    assert written[col - 1 :].startswith(at), (message, written[col - 1 :])
    for w in words:
        assert w in message


def test_an_ambiguous_label_names_its_rows(tmp_path: Path) -> None:
    (tmp_path / "twice.csv").write_text("地区,v\n北城,1\n北城,2\n", encoding="utf-8")
    line, _, message = _bad(tmp_path, "{from: t, row: 北城, column: v}", "  t: twice.csv\n")
    assert line == 7
    assert "more than one row" in message
    assert "2, 3" in message


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ('地区,v\n北城,"1\n', ["malformed at line"]),
        ("地区,v\n北城,1,2\n", ["line 2 has 3 cells"]),
        ("", ["is empty"]),
    ],
)
def test_a_malformed_csv_is_an_error(tmp_path: Path, content: str, words: list[str]) -> None:
    (tmp_path / "bad.csv").write_text(content, encoding="utf-8")
    line, _, message = _bad(tmp_path, "{from: t, cell: B2}", "  t: bad.csv\n")
    assert line == 7
    for w in words:
        assert w in message


def test_a_missing_file_is_reported_once_at_the_first_claim(tmp_path: Path) -> None:
    path = _file(
        tmp_path,
        "  m: missing.csv\n",
        "  a: {quote: x, value: 1, source: {from: m, cell: B2}}\n"
        "  b: {quote: x, value: 1, source: {from: m, cell: B3}}\n",
    )
    ((line, col, message),) = _errors(path)
    assert (line, col) == (7, 42)
    assert "'missing.csv' not found" in message


def test_a_source_outside_the_folder_is_refused(tmp_path: Path) -> None:
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "claims.yaml").write_text(
        f"{HEAD}sources:\n  b: ../../etc/passwd.csv\nclaims:\n"
        "  a: {quote: x, value: 1, source: {from: b, cell: B2}}\n",
        encoding="utf-8",
    )
    errors = _errors(sub / "claims.yaml")
    assert errors[0][0] == 5
    assert "outside" in errors[0][2]
    assert "source 'b' path" in errors[0][2]


def test_a_table_past_the_limits_is_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from licang_check.sources import readers

    monkeypatch.setattr(readers, "MAX_SOURCE_ROWS", 3)
    line, _, message = _bad(tmp_path, "{from: b, cell: B2}")
    assert line == 7
    assert "more than 3 rows" in message


def test_a_workbook_sheet_that_does_not_exist_and_an_uncalculated_formula(tmp_path: Path) -> None:
    write_bulletin_xlsx(tmp_path / "f.xlsx", formula=True)
    line, _, message = _bad(tmp_path, "{from: x, cell: B2}", "  x: {path: f.xlsx, sheet: nope}\n")
    assert line == 7
    assert "no sheet 'nope'" in message
    assert "'2024'" in message
    line, _col, message = _bad(tmp_path, "{from: x, cell: C6}", "  x: f.xlsx\n")
    assert line == 7
    assert "formula with no saved value" in message
    assert "C6" in message


def test_the_cli_prints_path_line_col_and_exits_2(tmp_path: Path) -> None:
    path = _file(
        tmp_path,
        "  b: bulletin.csv\n",
        "  a: {quote: x, value: 1, source: {from: b, row: 北成, column: 2024年}}\n",
    )
    proc = subprocess.run(
        [sys.executable, "-m", "licang_check", "verify", str(path)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        env={"LC_ALL": "zh_CN.UTF-8", "PATH": "/usr/bin:/bin"},
    )
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert f"{path}:7:50: error: 没有标签为 '北成' 的行" in proc.stdout + proc.stderr


# -- match ---------------------------------------------------------------------------


def test_match_finds_the_planted_cell_among_thousands(tmp_path: Path) -> None:
    rng = random.Random(16)
    lines = ["地区,2023年,2024年,人口"]
    for i in range(4000):
        a = rng.randrange(10_000, 99_999) / 100
        lines.append(f"区{i},{a:.2f},{a * 1.05:.2f},{rng.randrange(1000, 9999)}")
    lines.insert(2718, "青山区,7310.25,7712.40,5120")  # the planted row
    (tmp_path / "big.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    table = read_table(tmp_path / "big.csv", "big.csv", "csv")
    article = "青山区全年地区生产总值7712.4亿元，比上年增长5.5%。"
    matches = match_table(article, table)
    value = next(m for m in matches if m.figure == "value")
    best = value.candidates[0]
    assert best.how == "cell"
    assert best.entry == {"row": "青山区", "column": "2024年", "scale": "亿"}
    growth = next(m for m in matches if m.figure == "growth")
    assert growth.candidates[0].how == "growth"
    assert "青山区" in growth.candidates[0].entry["expr"]


def test_match_drafts_source_entries_that_verify(tmp_path: Path) -> None:
    (tmp_path / "bulletin.csv").write_text(bulletin_csv(), encoding="utf-8")
    (tmp_path / "a.txt").write_text(
        "北城产出671.5亿元。四区合计4315.85亿元，北城占15.6%。\n", encoding="utf-8"
    )
    proc = subprocess.run(
        [sys.executable, "-m", "licang_check", "match", "a.txt", "--source", "bulletin.csv"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    draft = proc.stdout
    assert "source: {from: bulletin, row: '北城', column: '2024年', scale: '亿'}" in draft
    assert "sum(bulletin[C2:C5])" in draft
    assert "3 of 3 figures" in proc.stderr
    # the drafted entries, put into a claims file, verify
    import yaml

    drafted = yaml.safe_load(draft)
    values = {"amount_671_5yi": "671.5亿", "amount_4315_85yi": "4315.85亿", "rate_15_6pct": "15.6%"}
    assert set(drafted["claims"]) == set(values)
    claims = ""
    for cid, c in drafted["claims"].items():
        source = yaml.safe_dump(c["source"], default_flow_style=True, allow_unicode=True).strip()
        claims += f"  {cid}: {{quote: x, value: {values[cid]}, source: {source}}}\n"
    path = tmp_path / "claims.yaml"
    path.write_text(
        f"{HEAD}sources:\n  bulletin: bulletin.csv\nclaims:\n{claims}", encoding="utf-8"
    )
    assert {v for _, v, _ in _sources(path)} == {"consistent"}


def test_a_whole_number_cell_is_taken_exactly() -> None:
    from licang_check.sources.cells import number_cell

    big = 12345678901234567891  # more digits than a float holds
    assert number_cell(big).text == "12345678901234567891"
    assert number_cell(float(big)).text != "12345678901234567891"
