"""explain and the HTML report's derivations: inside the work budget, and
every text from the file shown escaped."""

from __future__ import annotations

import pytest
from conftest import WriteClaims, run_cli

from licang_check.claims.diagnostics import ClaimsFileError
from licang_check.claims.load import load_claims
from licang_check.run import budget
from licang_check.run.explain import Explainer, render_text

LIMIT = 10_000
"""The budget these tests run with: the bomb below takes some 2,000 steps to
check and some 22,000 to explain (each operation's 64-piece values printed,
and the check again under every rounding mode)."""

BOMB = """\
version: 1
article:
  title: t
  text: article.txt
claims:
  a: {quote: '70000', value: 70000, count: true, growth: 5.0%}
  b:
    quote: '3.11111111111111111111111111111111111111'
    value: 3.11111111111111111111111111111111111111
checks:
  - id: k
    expr: prior(a) * b * b * b + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 > 0
"""
"""``prior(a)``: the 64 whole numbers 66635–66698, each times b three times."""
ARTICLE = "70000 3.11111111111111111111111111111111111111"


@pytest.fixture
def small_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(budget, "MAX_WORK", LIMIT)


@pytest.mark.usefixtures("small_budget")
def test_explain_past_the_budget_is_an_error_at_the_check(write_claims: WriteClaims) -> None:
    path = write_claims(BOMB, article=ARTICLE)
    r = run_cli("verify", str(path), "-f", "json", "--isolated")
    assert r.exit_code == 0  # checked, modes and all, inside the budget
    assert '"modes": null' not in r.stdout
    r = run_cli("explain", "k", str(path), "--isolated")
    assert r.exit_code == 2
    assert r.stdout == ""
    assert r.stderr == (
        f"{path}:11:5: error: check 'k': explaining it takes more than {LIMIT:,} steps (the"
        " limit); the figures are too imprecise or the check too long to explain step by step\n"
    )
    r = run_cli("explain", "k", str(path), "-f", "json", "--isolated")
    assert (r.exit_code, r.stdout) == (2, "")
    assert r.stderr.startswith(f"{path}:11:5: error: check 'k': explaining it takes more")
    r = run_cli("explain", "a", str(path), "--isolated")  # a claim stays cheap to explain
    assert r.exit_code == 0
    assert "growth a: consistent" in r.stdout
    assert budget._current.get() is None


def test_the_same_file_explains_under_the_whole_budget(write_claims: WriteClaims) -> None:
    r = run_cli("explain", "k", str(write_claims(BOMB, article=ARTICLE)), "--isolated")
    assert r.exit_code == 0
    assert "expr k: consistent" in r.stdout


@pytest.mark.usefixtures("small_budget")
def test_explainer_raises_at_the_claim_or_check(write_claims: WriteClaims) -> None:
    explainer = Explainer(load_claims(write_claims(BOMB, article=ARTICLE)))
    with pytest.raises(ClaimsFileError) as info:
        explainer.explain("k")
    ((line, column, message),) = info.value.diagnostics
    assert (line, column) == (11, 5)
    assert message.startswith("check 'k': explaining it takes more than 10,000 steps")
    # every id explained under one budget: what fits, then None from the one past it
    assert [(i, e is not None) for i, e in explainer.explain_all()] == [
        ("a", True),
        ("b", True),
        ("k", False),
    ]


@pytest.mark.usefixtures("small_budget")
def test_html_derivation_past_the_budget_is_a_note(write_claims: WriteClaims) -> None:
    path = write_claims(BOMB, article=ARTICLE)
    out = path.parent / "report.html"
    r = run_cli("verify", str(path), "-f", "html", "-o", str(out), "--isolated")
    assert r.exit_code == 0
    page = out.read_text(encoding="utf-8")
    k = page[page.index('data-id="k">') :]
    k = k[: k.index("</details>")]
    assert "<ol>" not in k
    assert (
        f"Not shown: explaining this file takes more than {LIMIT:,} steps (the limit);"
        " the verdict above stands." in k
    )
    a = page[page.index('data-id="a">') :]
    assert "<ol>" in a[: a.index("</details>")]  # explained before the budget ran out


def test_explain_all_agrees_with_explain(write_claims: WriteClaims) -> None:
    explainer = Explainer(load_claims(write_claims(BOMB, article=ARTICLE)))
    every = explainer.explain_all()
    assert [i for i, _ in every] == ["a", "b", "k"]
    for wanted, explained in every:
        assert explained == explainer.explain(wanted)


# -- text from the file, escaped -------------------------------------------------------

FORGED = r"""version: 1
article:
  title: t
  text: article.txt
claims:
  a: {quote: '3', value: 3}
checks:
  - id: k
    says: "fine\n::error file=claims.yaml,line=1::forged\e[31m red\u2028:1:1: error: x"
    expr: a > 2
"""


def test_explain_prints_says_escaped(write_claims: WriteClaims) -> None:
    path = write_claims(FORGED, article="3")
    for args in (("k", str(path)), ("k", str(path), "-f", "text")):
        r = run_cli("explain", *args, "--isolated")
        assert r.exit_code == 0
        assert not any(line.startswith("::") for line in r.stdout.splitlines())
        assert "\x1b" not in r.stdout
        assert "\u2028" not in r.stdout
        assert (
            "1. says: fine\\n::error file=claims.yaml,line=1::forged\\x1b[31m red\\u2028:1:1:"
            " error: x\n" in r.stdout
        )


def test_render_text_escapes_every_line(write_claims: WriteClaims) -> None:
    (e,) = Explainer(load_claims(write_claims(FORGED, article="3"))).explain("k")
    out = render_text("dir\x1b/c.yaml", [e])
    assert "\x1b" not in out
    assert "\u2028" not in out
    assert out.splitlines()[0] == "dir\\x1b/c.yaml:8:5: expr k: consistent"


def test_html_derivation_is_escaped(write_claims: WriteClaims) -> None:
    path = write_claims(FORGED, article="3")
    out = path.parent / "report.html"
    assert run_cli("verify", str(path), "-f", "html", "-o", str(out), "--isolated").exit_code == 0
    page = out.read_text(encoding="utf-8")
    k = page[page.index('data-id="k">') :]
    k = k[: k.index("</details>")]
    assert "fine\\n::error file=claims.yaml,line=1::forged\\x1b[31m red\\u2028" in k
    assert "\x1b" not in k
    assert "\u2028" not in k


def test_an_unknown_id_is_escaped(write_claims: WriteClaims) -> None:
    r = run_cli("explain", "k\x1b[2J", str(write_claims(FORGED, article="3")), "--isolated")
    assert r.exit_code == 2
    assert "\x1b" not in r.stderr
    assert "unknown id 'k\\x1b[2J'" in r.stderr
