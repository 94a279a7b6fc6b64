"""Accepted findings (``accept:`` on a claim or a check): an editor's record
that an article's figure really is wrong and stays as printed. Listed and
counted, they do not fail the run; ``--no-accept`` makes them fail again; a
note whose result has become consistent is reported."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import ARTICLE, WriteClaims, dedent, error_at, load, where
from typer.testing import CliRunner, Result

from licang_check._cli.app import app
from licang_check.claims.load import ACCEPT_ANY

# 149 is never +274% on a whole number; the check cannot hold for 148.6亿.
BODY = """\
    version: 1
    article:
      title: 测试
      text: article.txt
    claims:
      projects_landed:
        quote: 落地过亿元项目149个
        value: 149
        count: true
        growth: 274%
        accept:
          growth: the district's bulletin prints 274% too; confirmed 2023-01-20
      total_investment:
        quote: 总投资额达到448.6亿元
        value: 148.6亿
        accept: a typo in print, kept as published
    checks:
      - id: each_over_100m
        expr: total_investment > projects_landed * 1亿
        accept: follows from the typo above
    """


def run(*args: str) -> Result:
    return CliRunner().invoke(app, ["verify", "--isolated", *args])


@pytest.fixture
def accepted(write_claims: WriteClaims, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "80")
    return write_claims(BODY, article=ARTICLE)


def test_the_loader_reads_both_forms(accepted: Path) -> None:
    cf = load(accepted)
    assert cf.claims["projects_landed"].accept == {
        "growth": "the district's bulletin prints 274% too; confirmed 2023-01-20"
    }
    assert cf.claims["total_investment"].accept == {
        ACCEPT_ANY: "a typo in print, kept as published"
    }
    assert cf.checks[0].accept == "follows from the typo above"


def test_accepted_findings_do_not_fail_the_run_and_are_listed(accepted: Path) -> None:
    r = run("claims.yaml")
    assert r.exit_code == 0, r.stdout + r.stderr
    assert "  6:3 growth projects_landed: inconsistent, accepted" in r.stdout
    assert "accepted: a typo in print, kept as published" in r.stdout
    assert "accepted: follows from the typo above" in r.stdout
    assert r.stderr.strip() == ("1 consistent, 0 inconsistent, 0 errors in 1 file (3 accepted)")


def test_no_accept_makes_them_fail_again(accepted: Path) -> None:
    r = run("--no-accept", "claims.yaml")
    assert r.exit_code == 1
    assert "accepted" not in r.stdout
    assert r.stderr.strip() == "1 consistent, 3 inconsistent, 0 errors in 1 file"


def test_json_records_the_reason_and_counts_apart(accepted: Path) -> None:
    doc = json.loads(run("-f", "json", "claims.yaml").stdout)
    (f,) = doc["files"]
    reasons = {(r["id"], r["kind"]): r.get("accepted") for r in f["results"]}
    assert reasons[("projects_landed", "growth")].startswith("the district's bulletin")
    assert reasons[("projects_landed", "quote")] is None  # the mapping names growth only
    # 148.6亿 is not the quote's 448.6: the claim's one failure, its REASON's
    assert reasons[("total_investment", "quote")] == "a typo in print, kept as published"
    assert doc["summary"] == {
        "consistent": 1,
        "inconsistent": 0,
        "errors": 0,
        "accepted": 3,
        "stale": 0,
    }


def test_github_annotates_no_accepted_finding(accepted: Path) -> None:
    r = run("-f", "github", "claims.yaml")
    assert r.exit_code == 0
    assert r.stdout == ""


def test_a_note_that_outlived_its_reason_is_reported(
    write_claims: WriteClaims, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "80")
    fixed = BODY.replace("value: 148.6亿", "value: 448.6亿").replace("growth: 274%", "growth: 273%")
    path = write_claims(fixed, article=ARTICLE)
    r = run("claims.yaml")
    assert r.exit_code == 0
    assert r.stderr.strip() == (
        "4 consistent, 0 inconsistent, 0 errors in 1 file"
        " (0 accepted, 3 accept: notes now consistent)"
    )
    assert "consistent now: remove the accept: note" in r.stdout
    gh = run("-f", "github", "claims.yaml").stdout.splitlines()
    assert len(gh) == 3
    line, col = where(dedent(fixed), "projects_landed")
    assert gh[0].startswith(f"::warning file=claims.yaml,line={line},col={col},")
    assert path.exists()


@pytest.mark.parametrize(
    ("accept", "fragment", "needle"),
    [
        ("accept:\n      share: x", "accepts a share finding, but gives no share", "share: x"),
        ("accept: '   '", "is blank: say why", "'   '"),
        ("accept:\n      grwoth: x", "unknown key 'grwoth'", "grwoth"),
        ("accept: [a, b]", "not a list", "[a, b]"),
    ],
)
def test_a_note_that_cannot_accept_anything_is_an_error(
    write_claims: WriteClaims, accept: str, fragment: str, needle: str
) -> None:
    body = BODY.replace(
        "accept:\n          growth: the district's bulletin prints 274% too; confirmed 2023-01-20",
        accept.replace("\n      ", "\n          "),
    )
    path = write_claims(body, article=ARTICLE)
    d = error_at(path, fragment)
    assert (d.line, d.column) == where(dedent(body), needle)


def test_a_claim_with_no_result_cannot_accept(write_claims: WriteClaims) -> None:
    path = write_claims(
        """\
        version: 1
        article: {title: t}
        claims:
          alone:
            value: 3
            accept: nothing to accept here
        """
    )
    d = error_at(path, "gives no result")
    assert (d.line, d.column) == (6, 13)
