"""The limits that keep a hostile file cheap: each is a named constant in the
module it guards, holds at its value and refuses one past it with a message
that names it; reads are bounded; nothing walks an alias graph."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from licang_check.claims import load as claims
from licang_check.claims.diagnostics import ClaimsFileError, Diagnostic
from licang_check.claims.expr import MAX_EXPR_LENGTH, MAX_NESTING, ExprError, parse_check
from licang_check.claims.load import (
    MAX_ARTICLE_BYTES,
    MAX_CHECKS,
    MAX_CLAIMS,
    MAX_ERRORS,
    MAX_FILE_BYTES,
    MAX_MESSAGE_LENGTH,
    MAX_QUOTE_LENGTH,
    ClaimsFile,
    load_claims,
    parse_claims,
)
from licang_check.figures.grammar import MAX_DIGITS, MAX_FIGURE_LENGTH, FigureError, parse_figure
from licang_check.kinds.expr import MAX_RESULT_DIGITS
from licang_check.run import budget
from licang_check.run.budget import (
    ARTICLE_CHARS_PER_STEP,
    MAX_WORK,
    WorkLimitExceeded,
    spend,
    work_budget,
)
from licang_check.run.verify import run_checks

HEAD = "version: 1\narticle:\n  title: t\nclaims:\n"
ONE = "  a:\n    quote: q\n    value: 149\n"


def errors(text: str, path: Path) -> list[Diagnostic]:
    with pytest.raises(ClaimsFileError) as info:
        parse_claims(text, path)
    return info.value.diagnostics


def messages(text: str, path: Path) -> list[str]:
    return [d.message for d in errors(text, path)]


# -- file and article size -----------------------------------------------------


def _padded(size: int) -> bytes:
    """A valid claims file of exactly ``size`` bytes (a long comment at the end)."""
    body = (HEAD + ONE).encode()
    pad = size - len(body) - 2
    return body + b"#" + b"x" * pad + b"\n"


def test_a_claims_file_of_the_limit_loads(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    path.write_bytes(_padded(MAX_FILE_BYTES))
    assert path.stat().st_size == MAX_FILE_BYTES
    assert list(load_claims(path).claims) == ["a"]


def test_a_claims_file_one_byte_over_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    path.write_bytes(_padded(MAX_FILE_BYTES + 1))
    with pytest.raises(ClaimsFileError) as info:
        load_claims(path)
    (d,) = info.value.diagnostics
    assert (d.line, d.column) == (1, 1)
    assert d.message == "file larger than 4 MiB, the limit for a claims file"


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_reading_is_bounded() -> None:
    """/dev/zero never ends: only a bounded read gets an answer at all."""
    proc = subprocess.run(
        [sys.executable, "-m", "licang_check", "verify", "/dev/zero"],
        capture_output=True,
        text=True,
        timeout=60,  # a hang guard
        check=False,
    )
    assert proc.returncode == 2
    assert "/dev/zero:1:1: error: file larger than 4 MiB" in proc.stderr


@pytest.mark.parametrize(
    ("size", "ok"), [(MAX_ARTICLE_BYTES, True), (MAX_ARTICLE_BYTES + 1, False)]
)
def test_article_size_limit(tmp_path: Path, size: int, ok: bool) -> None:
    (tmp_path / "article.txt").write_bytes(b"q" + b" " * (size - 1))
    text = "version: 1\narticle:\n  title: t\n  text: article.txt\nclaims:\n" + ONE
    if ok:
        cf = parse_claims(text, tmp_path / "c.yaml")
        assert cf.text is not None
        assert len(cf.text) == size
    else:
        (d,) = errors(text, tmp_path / "c.yaml")
        assert (d.line, d.column) == (4, 9)
        assert "larger than 1 MiB, the limit for an article" in d.message


# -- counts --------------------------------------------------------------------


def test_the_limits_are_what_the_docs_say() -> None:
    """docs/security.md has a table of them; the counts below use small stand-ins."""
    assert (MAX_FILE_BYTES, MAX_ARTICLE_BYTES) == (4 * 2**20, 2**20)
    assert (MAX_CLAIMS, MAX_CHECKS, MAX_QUOTE_LENGTH) == (50_000, 50_000, 500)
    assert (MAX_DIGITS, MAX_FIGURE_LENGTH, MAX_EXPR_LENGTH, MAX_NESTING) == (40, 100, 2000, 50)
    assert (MAX_ERRORS, MAX_MESSAGE_LENGTH, MAX_RESULT_DIGITS, MAX_WORK) == (
        100,
        300,
        1000,
        200_000,
    )


@pytest.mark.parametrize(("n", "ok"), [(7, True), (8, False)])
def test_claims_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, n: int, ok: bool) -> None:
    monkeypatch.setattr(claims, "MAX_CLAIMS", 7)
    text = HEAD + "".join(f"  c{i}: {{quote: q, value: {i}}}\n" for i in range(n))
    if ok:
        assert len(parse_claims(text, tmp_path / "c.yaml").claims) == n
    else:
        (d,) = errors(text, tmp_path / "c.yaml")
        assert (d.line, d.column) == (5, 3)
        assert d.message == "more than 7 claims in one file (the limit)"


@pytest.mark.parametrize(("n", "ok"), [(7, True), (8, False)])
def test_checks_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, n: int, ok: bool) -> None:
    monkeypatch.setattr(claims, "MAX_CHECKS", 7)
    checks = "".join(f"  - {{id: k{i}, expr: a > {i}}}\n" for i in range(n))
    text = HEAD + ONE + "checks:\n" + checks
    if ok:
        assert len(parse_claims(text, tmp_path / "c.yaml").checks) == n
    else:
        assert messages(text, tmp_path / "c.yaml") == ["more than 7 checks in one file (the limit)"]


@pytest.mark.parametrize(("n", "ok"), [(MAX_QUOTE_LENGTH, True), (MAX_QUOTE_LENGTH + 1, False)])
def test_quote_length_limit(tmp_path: Path, n: int, ok: bool) -> None:
    text = HEAD + f"  a:\n    quote: {'落' * n}\n    value: 149\n"
    if ok:
        assert parse_claims(text, tmp_path / "c.yaml").claims["a"].quotes[0][0] == "落" * n
    else:
        assert messages(text, tmp_path / "c.yaml") == [
            f"claim 'a' quote is longer than {MAX_QUOTE_LENGTH} characters (the limit)"
        ]


# -- figures and expressions ---------------------------------------------------


def test_figure_digits_limit() -> None:
    assert parse_figure("9" * MAX_DIGITS).value == 10**MAX_DIGITS - 1
    for text in ("9" * (MAX_DIGITS + 1), "9" * 5000, "0." + "0" * MAX_DIGITS, "九" * 5000):
        with pytest.raises(FigureError, match=f"more than {MAX_DIGITS} digits"):
            parse_figure(text)


def test_figure_length_limit() -> None:
    at_limit = "1" + " " * (MAX_FIGURE_LENGTH - 1)  # spaces around a figure are allowed
    assert parse_figure(at_limit).value == 1
    for text in (at_limit + " ", "1" + "万亿" * 5000):
        with pytest.raises(FigureError, match=f"longer than {MAX_FIGURE_LENGTH} characters"):
            parse_figure(text)


def test_expression_length_limit() -> None:
    head = "a > 1"
    assert parse_check(head + " " * (MAX_EXPR_LENGTH - len(head))).op == ">"
    with pytest.raises(ExprError, match=f"longer than {MAX_EXPR_LENGTH} characters"):
        parse_check(head + " " * (MAX_EXPR_LENGTH - len(head) + 1))


def test_expression_nesting_limit() -> None:
    assert parse_check("a > " + "(" * MAX_NESTING + "1" + ")" * MAX_NESTING).op == ">"
    deeper = "a > " + "(" * (MAX_NESTING + 1) + "1" + ")" * (MAX_NESTING + 1)
    with pytest.raises(ExprError, match=f"nested deeper than {MAX_NESTING} levels"):
        parse_check(deeper)


def _power_check(tmp_path: Path, factors: int) -> ClaimsFile:
    """A check that multiplies a 40-digit figure by itself ``factors`` times."""
    big = "1" + "0" * 39
    expr = " * ".join(["big"] * factors) + " > 0"
    text = HEAD + f"  big:\n    quote: q\n    value: {big}\n    count: true\n"
    return parse_claims(text + f"checks:\n  - id: k\n    expr: {expr}\n", tmp_path / "c.yaml")


def test_result_digits_limit(tmp_path: Path) -> None:
    """About 800 digits are computed; about 1200 are refused, at an operator."""
    (result,) = run_checks(_power_check(tmp_path, 20))
    assert result.consistent
    with pytest.raises(ClaimsFileError) as info:
        run_checks(_power_check(tmp_path, 30))
    (d,) = info.value.diagnostics
    assert (
        d.message
        == f"check 'k': a number here has more than {MAX_RESULT_DIGITS} digits (the limit)"
    )


# -- what is reported ----------------------------------------------------------


@pytest.mark.parametrize(
    ("n", "shown"), [(MAX_ERRORS, MAX_ERRORS), (MAX_ERRORS + 7, MAX_ERRORS + 1)]
)
def test_errors_are_capped(tmp_path: Path, n: int, shown: int) -> None:
    keys = "".join(f"    k{i}: 1\n" for i in range(n))
    diags = errors(HEAD + ONE + keys, tmp_path / "c.yaml")
    assert len(diags) == shown
    assert all(d.message.startswith("unknown key") for d in diags[:MAX_ERRORS])
    if n > MAX_ERRORS:
        last = diags[-1]
        assert last.message == "7 more errors from here on are not shown (at most 100 are)"
        assert last.line == 8 + MAX_ERRORS  # where the first one left out is


def test_long_messages_are_cut_in_the_middle(tmp_path: Path) -> None:
    (d,) = errors(
        HEAD.replace("claims:", f"rounding: {'k' * 10_000}\nclaims:") + ONE, tmp_path / "c.yaml"
    )
    assert len(d.message) <= MAX_MESSAGE_LENGTH + 3
    assert d.message.startswith("unknown rounding 'kkk")
    assert " … " in d.message
    assert d.message.endswith("kkk'; use one of half-up, half-even, down, any")


# -- the work budget -----------------------------------------------------------


def test_work_budget_counts_and_refuses() -> None:
    with work_budget(10):
        spend(4)
        spend(6)  # exactly the budget
        with pytest.raises(WorkLimitExceeded, match="more than 10 steps"):
            spend(1)
    spend(10**9)  # outside a budget nothing is counted


SCANNED = HEAD + "  c0:\n    quote: q\n    value: 1.0万\n    count: true\n    growth: 5.0000000%\n"
"""A count whose prior is found by trying 952 whole numbers one by one."""


def test_work_budget_is_per_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each file gets the whole budget: one that spends most of it does not
    starve the next."""
    monkeypatch.setattr(budget, "MAX_WORK", 1500)
    cf = parse_claims(SCANNED, tmp_path / "c.yaml")
    for _ in range(3):  # 952 steps each time: under the budget once, not thrice
        (result,) = run_checks(cf)
        assert result.consistent


def test_work_budget_refuses_a_file_that_needs_more(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(budget, "MAX_WORK", 1500)
    text = SCANNED + SCANNED.removeprefix(HEAD).replace("c0", "c1")
    with pytest.raises(ClaimsFileError) as info:
        run_checks(parse_claims(text, tmp_path / "c.yaml"))
    (d,) = info.value.diagnostics
    assert (d.line, d.column) == (10, 3)  # c1: the claim that went past the budget
    assert d.message.startswith("claim 'c1': checking this file takes more than 1,500 steps")
    assert budget._current.get() is None  # the budget is gone with the file


def test_quote_searches_spend_the_budget(tmp_path: Path) -> None:
    """Each quote costs a step per ARTICLE_CHARS_PER_STEP characters of the
    article: the same quotes pass with a short article and are refused with
    the longest one allowed."""
    per_quote = 1 + MAX_ARTICLE_BYTES // ARTICLE_CHARS_PER_STEP
    n = MAX_WORK // per_quote + 1  # one quote too many for the longest article
    quotes = "".join(f"      - q{i}\n" for i in range(n))
    text = "version: 1\narticle:\n  title: t\n  text: article.txt\nclaims:\n"
    text += f"  a:\n    value: 1\n    quote:\n{quotes}"
    article = tmp_path / "article.txt"
    article.write_text("q1 " * 10, encoding="utf-8")
    (result,) = run_checks(parse_claims(text, tmp_path / "c.yaml"))
    assert not result.consistent  # most quotes are not in it: a verdict, all the same
    article.write_text("q" * MAX_ARTICLE_BYTES, encoding="utf-8")
    with pytest.raises(ClaimsFileError) as info:
        run_checks(parse_claims(text, tmp_path / "c.yaml"))
    (d,) = info.value.diagnostics
    assert (d.line, d.column) == (6, 3)
    assert d.message.startswith(f"claim 'a': checking this file takes more than {MAX_WORK:,}")


# -- aliases: refused at the first reuse, never expanded ----------------------------


def test_billion_laughs_is_never_walked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Twenty levels of twenty aliases (20**20 quotes, if expanded): the walk
    visits each node it is given at most once, so it visits a few hundred."""
    lines = [
        HEAD.rstrip("\n"),
        "  l0:\n    value: 1\n    quote: &l0 [" + ", ".join(["x"] * 20) + "]",
    ]
    for i in range(1, 20):
        lines.append(f"  l{i}:\n    value: 1\n    quote: &l{i} [{', '.join([f'*l{i - 1}'] * 20)}]")
    visits = 0
    visit = claims._Reader.visit

    def counting(self: claims._Reader, node: object, depth: int) -> bool:
        nonlocal visits
        visits += 1
        return visit(self, node, depth)  # type: ignore[arg-type]

    monkeypatch.setattr(claims._Reader, "visit", counting)
    diags = errors("\n".join(lines) + "\n", tmp_path / "c.yaml")
    assert visits < 1000
    assert diags[0].message == "YAML aliases are not allowed in a claims file"
    assert (diags[0].line, diags[0].column) == (10, 17)


# -- unreadable files, in process ------------------------------------------------


def test_unreadable_claims_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """As root, permissions do not stop a read: the denial is simulated here
    (tests/bad_inputs has the real one, through the CLI)."""
    path = tmp_path / "c.yaml"
    path.write_text(HEAD + ONE, encoding="utf-8")

    def denied(self: Path, *args: object, **kwargs: object) -> object:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "open", denied)
    with pytest.raises(ClaimsFileError) as info:
        load_claims(path)
    assert info.value.diagnostics == [Diagnostic(1, 1, "permission denied")]


def test_unreadable_article(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "article.txt").write_text("q", encoding="utf-8")
    real_open = os.open

    def denied(path: str | os.PathLike[str], flags: int, *args: int) -> int:
        if str(path).endswith("article.txt"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *args)

    monkeypatch.setattr(os, "open", denied)
    text = "version: 1\narticle:\n  title: t\n  text: article.txt\nclaims:\n" + ONE
    (d,) = errors(text, tmp_path / "c.yaml")
    assert (d.line, d.column) == (4, 9)
    assert d.message == "article text 'article.txt' cannot be read: Permission denied"
