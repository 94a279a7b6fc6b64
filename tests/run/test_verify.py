"""verify_file / verify_paths / run_checks: results in order, errors instead of verdicts."""

from __future__ import annotations

from pathlib import Path

from conftest import ARTICLE, WriteClaims, dedent, where

from licang_check.formats.json import report_dict
from licang_check.run.results import FileReport, Kind, Summary, Verdict
from licang_check.run.verify import run_checks, verify_file, verify_paths

GOOD = dedent(
    """
    version: 1
    article:
      title: t
      text: article.txt
    claims:
      projects_landed:
        quote: 落地过亿元项目149个、增长273%
        value: 149
        count: true
        growth: 273%
      total_investment:
        quote: 总投资额达到448.6亿元
        value: 448.6亿
      manufacturing_share:
        quote: 其中54.4%为制造业项目
        value: 54.4%
        of: projects_landed
      manufacturing:
        quote: 其中54.4%为制造业项目
        value: 54.4%
        of: projects_landed
        count: true
    checks:
      - id: each_over_100m
        expr: total_investment > projects_landed * 1亿
      - id: prior_is_40
        expr: prior(projects_landed) == 40
    """
)

# the same, but 150 projects: no whole prior, and 54.4% of 150 is [81.525, 81.675)
BAD = GOOD.replace("149", "150")
BAD_ARTICLE = ARTICLE.replace("149", "150")


def test_results_in_file_order_with_lines(write_claims: WriteClaims) -> None:
    path = write_claims(GOOD, article=ARTICLE)
    report = verify_file(str(path))
    assert report.errors == []
    got = [(r.id, r.kind, r.verdict, r.line) for r in report.results]
    c = Verdict.CONSISTENT
    assert got == [
        ("projects_landed", Kind.QUOTE, c, where(GOOD, "projects_landed:")[0]),
        ("projects_landed", Kind.GROWTH, c, where(GOOD, "projects_landed:")[0]),
        ("total_investment", Kind.QUOTE, c, where(GOOD, "total_investment:")[0]),
        ("manufacturing_share", Kind.QUOTE, c, where(GOOD, "manufacturing_share:")[0]),
        ("manufacturing_share", Kind.SHARE, c, where(GOOD, "manufacturing_share:")[0]),
        ("manufacturing", Kind.QUOTE, c, where(GOOD, "manufacturing:")[0]),
        ("manufacturing", Kind.SHARE, c, where(GOOD, "manufacturing:")[0]),
        ("each_over_100m", Kind.EXPR, c, where(GOOD, "- id: each_over_100m")[0]),
        ("prior_is_40", Kind.EXPR, c, where(GOOD, "- id: prior_is_40")[0]),
    ]
    # 54.4% of 149 projects: [0.5435, 0.5445) × 149 = [80.9815, 81.1305): 81
    share = next(r for r in report.results if r.id == "manufacturing" and r.kind is Kind.SHARE)
    assert "81" in share.message


def test_path_is_kept_as_given(write_claims: WriteClaims, tmp_path: Path) -> None:
    path = write_claims(GOOD, article=ARTICLE)
    assert verify_file(str(path)).path == str(path)
    assert verify_file("no/such/claims.yaml").path == "no/such/claims.yaml"


def test_inconsistent_file(write_claims: WriteClaims) -> None:
    report = verify_file(str(write_claims(BAD, article=BAD_ARTICLE)))
    assert report.errors == []
    bad = {(r.id, r.kind.value) for r in report.results if not r.consistent}
    # 150 / [3.725, 3.735) holds no whole prior, and prior() is then empty
    assert bad == {
        ("projects_landed", "growth"),
        ("manufacturing", "share"),
        ("prior_is_40", "expr"),
    }
    summary = Summary.of([report])
    assert (summary.consistent, summary.inconsistent, summary.errors) == (6, 3, 0)
    assert summary.exit_code == 1


def test_error_file_gets_no_verdicts(write_claims: WriteClaims) -> None:
    body = GOOD + "  - id: broken\n    expr: total_investment / (projects_landed - 149) > 0\n"
    report = verify_file(str(write_claims(body, article=ARTICLE)))
    assert report.results == []
    assert len(report.errors) == 1
    assert (report.errors[0].line, report.errors[0].column) == where(body, "/ (projects")
    assert Summary.of([report]).exit_code == 2


def test_missing_file_is_an_error_not_an_exception(tmp_path: Path) -> None:
    report = verify_file(str(tmp_path / "absent.yaml"))
    assert report.results == []
    assert [(d.line, d.column) for d in report.errors] == [(1, 1)]


def test_several_paths_in_order(write_claims: WriteClaims, tmp_path: Path) -> None:
    good = write_claims(GOOD, article=ARTICLE, name="good/claims.yaml")
    bad = write_claims(BAD, article=BAD_ARTICLE, name="bad/claims.yaml")
    missing = tmp_path / "missing.yaml"
    reports = verify_paths([str(good), str(bad), str(missing)])
    assert [r.path for r in reports] == [str(good), str(bad), str(missing)]
    assert [len(r.errors) for r in reports] == [0, 0, 1]
    summary = Summary.of(reports)
    assert summary.files == 3
    assert summary.errors == 1
    assert summary.inconsistent == 3
    assert summary.exit_code == 2  # 2 outranks 1
    assert Summary.of(reports[:2]).exit_code == 1
    assert Summary.of(reports[:1]).exit_code == 0


def test_summary_line() -> None:
    assert Summary(3, 1, 0, 1).line() == "3 consistent, 1 inconsistent, 0 errors in 1 file"
    assert Summary(0, 0, 1, 2).line() == "0 consistent, 0 inconsistent, 1 error in 2 files"


def test_summary_of_nothing() -> None:
    s = Summary.of([])
    assert (s.consistent, s.inconsistent, s.errors, s.exit_code) == (0, 0, 0, 0)


def test_report_dict_shape(write_claims: WriteClaims, tmp_path: Path) -> None:
    good = write_claims(GOOD, article=ARTICLE)
    reports = [verify_file(str(good)), verify_file(str(tmp_path / "missing.yaml"))]
    d = report_dict(reports, Summary.of(reports))
    assert set(d) == {"files", "summary"}
    assert [set(f) for f in d["files"]] == [{"path", "results", "errors"}] * 2
    for r in d["files"][0]["results"]:
        assert {"id", "kind", "verdict", "line", "message"} <= set(r)
        assert r["kind"] in ("quote", "growth", "share", "expr")
        assert r["verdict"] in ("consistent", "inconsistent")
    assert d["files"][1]["errors"] == [{"line": 1, "column": 1, "message": "no such file"}]
    assert d["summary"] == {"consistent": 9, "inconsistent": 0, "errors": 1}


def test_run_checks_without_article(write_claims: WriteClaims) -> None:
    body = GOOD.replace("  text: article.txt\n", "")
    from licang_check.claims.load import load_claims

    results = run_checks(load_claims(write_claims(body)))
    assert Kind.QUOTE not in {r.kind for r in results}
    assert [r.kind for r in results] == [Kind.GROWTH, Kind.SHARE, Kind.SHARE, Kind.EXPR, Kind.EXPR]


def test_file_report_defaults() -> None:
    rep = FileReport("x.yaml")
    assert (rep.results, rep.errors) == ([], [])
