"""The expression language: a hand-written parser, never Python's eval."""

from __future__ import annotations

from fractions import Fraction

import pytest
from conftest import WriteClaims, dedent, error_at, errors_of, load, where

from licang_check.claims.expr import (
    BinOp,
    Comparison,
    ExprError,
    Literal,
    Name,
    Negate,
    Node,
    Prior,
    names,
    parse_check,
)


def show(node: Node) -> str:
    """A fully parenthesised rendering of a tree, to compare against by hand."""
    if isinstance(node, Literal):
        return str(node.value)
    if isinstance(node, Name):
        return node.id
    if isinstance(node, Prior):
        return f"prior({node.id})"
    if isinstance(node, Negate):
        return f"(-{show(node.operand)})"
    assert isinstance(node, BinOp)
    return f"({show(node.left)} {node.op} {show(node.right)})"


def sides(text: str) -> tuple[str, str, str]:
    c = parse_check(text)
    assert isinstance(c, Comparison)
    return show(c.left), c.op, show(c.right)


# -- structure -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("a + b * c == 0", "(a + (b * c))"),
        ("a * b + c == 0", "((a * b) + c)"),
        ("a - b - c == 0", "((a - b) - c)"),
        ("a / b / c == 0", "((a / b) / c)"),
        ("a - b + c == 0", "((a - b) + c)"),
        ("a / b * c == 0", "((a / b) * c)"),
        ("(a + b) * c == 0", "((a + b) * c)"),
        ("a * (b - c) == 0", "(a * (b - c))"),
        ("((a)) == 0", "a"),
        ("-a == 0", "(-a)"),
        ("--a == 0", "(-(-a))"),
        ("-a * b == 0", "((-a) * b)"),
        ("a - -b == 0", "(a - (-b))"),
        ("a * -b == 0", "(a * (-b))"),
        ("-(a + b) == 0", "(-(a + b))"),
        ("prior(a) * 2 == 0", "(prior(a) * 2)"),
        ("prior ( a ) == 0", "prior(a)"),
    ],
)
def test_precedence_and_associativity(text: str, left: str) -> None:
    assert sides(text) == (left, "==", "0")


@pytest.mark.parametrize("op", ["==", "!=", "<", "<=", ">", ">="])
def test_each_comparison(op: str) -> None:
    c = parse_check(f"a {op} b")
    assert c.op == op
    assert c.offset == 2
    assert show(c.left) == "a"
    assert show(c.right) == "b"


def test_comparison_binds_loosest() -> None:
    assert sides("a + 1 < b * 2") == ("(a + 1)", "<", "(b * 2)")


def test_no_spaces_needed() -> None:
    assert sides("a+b*2>=-c") == ("(a + (b * 2))", ">=", "(-c)")


@pytest.mark.parametrize(
    ("literal", "value"),
    [
        ("1亿", Fraction(10**8)),
        ("273%", Fraction(273, 100)),
        ("163.1%", Fraction(1631, 1000)),
        ("448.6亿", Fraction(44860000000)),
        ("1万亿", Fraction(10**12)),
        ("千", Fraction(1000)),
        ("两", Fraction(2)),
        ("一万二", Fraction(12000)),
        ("1,000", Fraction(1000)),
        ("0.5", Fraction(1, 2)),
        ("40", Fraction(40)),
    ],
)
def test_literals_are_exact_printed_figures(literal: str, value: Fraction) -> None:
    c = parse_check(f"a == {literal}")
    assert isinstance(c.right, Literal)
    assert c.right.value == value
    assert c.right.text == literal
    assert c.right.offset == 5


def test_names_in_order_with_offsets() -> None:
    c = parse_check("total > landed * 1亿 + prior(landed)")
    refs = names(c)
    assert [(type(r).__name__, r.id, r.offset) for r in refs] == [
        ("Name", "total", 0),
        ("Name", "landed", 8),
        ("Prior", "landed", 28),
    ]


def test_tree_node_offsets() -> None:
    c = parse_check("a + b * c > 1")
    assert isinstance(c.left, BinOp)
    assert c.left.offset == 2
    assert isinstance(c.left.right, BinOp)
    assert c.left.right.offset == 6
    assert c.offset == 10


# -- what is refused ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "offset", "fragment"),
    [
        ("a.b > 0", 1, "attribute"),
        ("a.__class__ > 0", 1, "attribute"),
        ("abs(a) > 0", 0, "not a function"),
        ("__import__('os') > 0", 11, "string"),
        ("exec(a) > 0", 0, "not a function"),
        ('a == "x"', 5, "string"),
        ("a == 'x'", 5, "string"),
        ("a ** 2 > 0", 3, "'*'"),
        ("a // 2 > 0", 3, "'/'"),
        ("a > 0 and b > 0", 6, "'and'"),
        ("a > 0 or b > 0", 6, "'or'"),
        ("not a > 0", 4, "'a'"),
        ("lambda: 0 > 1", 6, "':'"),
        ("a if b else c > 0", 2, "'if'"),
        ("a < b < c", 6, "one comparison"),
        ("a == b == c", 7, "one comparison"),
        ("a + b", 5, "needs one comparison"),
        ("a", 1, "needs one comparison"),
        ("", 0, "empty"),
        ("   ", 0, "empty"),
        ("a[0] > 1", 1, "'['"),
        ("{a} > 1", 0, "'{'"),
        ("a = b", 2, "'='"),
        ("a => b", 2, "'='"),
        ("a > b; c", 5, "';'"),
        ("(a + b > 0", 7, "expected ')'"),
        ("a + b) > 0", 5, "')'"),
        ("a > ", 4, "the end of the expression"),
        ("> a", 0, "'>'"),
        ("prior(1) > 0", 6, "prior() takes a claim id"),
        ("prior(prior) > 0", 6, "prior() takes a claim id"),
        ("prior > 0", 6, "expected '('"),
        ("prior(a, b) > 0", 7, "','"),
        ("1e3 > 0", 1, "'e3'"),
        ("a > 1.5.5", 7, "'.'"),
        ("a % b > 0", 2, "'%'"),
        ("a @ b > 0", 2, "'@'"),
        ("a & b > 0", 2, "'&'"),
        ("约5 > a", 0, "'约'"),
    ],
)
def test_refused(text: str, offset: int, fragment: str) -> None:
    with pytest.raises(ExprError) as info:
        parse_check(text)
    assert fragment in str(info.value)
    assert info.value.offset == offset


def test_deep_nesting_is_refused_not_a_crash() -> None:
    with pytest.raises(ExprError, match="nested"):
        parse_check("(" * 200 + "a" + ")" * 200 + " > 0")
    with pytest.raises(ExprError, match="nested"):
        parse_check("-" * 200 + "a > 0")


def test_overlong_expression_is_refused() -> None:
    with pytest.raises(ExprError, match="longer than"):
        parse_check("a" * 2001 + " > 0")


def test_eval_is_never_used(monkeypatch: pytest.MonkeyPatch) -> None:
    import builtins

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("eval/exec/compile must not be used")

    monkeypatch.setattr(builtins, "eval", refuse)
    monkeypatch.setattr(builtins, "exec", refuse)
    monkeypatch.setattr(builtins, "compile", refuse)
    assert sides("a + b * 2 > 1亿") == ("(a + (b * 2))", ">", "100000000")


# -- errors in a claims file, at the file's column -------------------------------------

HEAD = dedent(
    """
    version: 1
    article:
      title: t
    claims:
      a:
        quote: q
        value: 5
      g:
        quote: q
        value: 149
        count: true
        growth: 273%
    checks:
    """
)


@pytest.mark.parametrize(
    ("line", "needle"),
    [
        ("  - id: c\n    expr: a + . > 1\n", "."),
        ("  - id: c\n    expr: 'a + . > 1'\n", "."),
        ('  - id: c\n    expr: "a + . > 1"\n', "."),
        ("  - {id: c, expr: a + . > 1}\n", "."),
        ("  - id: c\n    expr: a >> 1\n", "> 1"),
        ("  - id: c\n    expr: a > 1 > 0\n", "> 0"),
        ("  - id: c\n    expr: abs(a) > 1\n", "abs"),
        ("  - id: c\n    expr:    a == 'x'\n", "'x'"),
        ("  - id: c\n    expr: a ** 2 > 1\n", "* 2"),
        ("  - id: c\n    expr: 总数 > 1\n", "总"),
    ],
)
def test_parse_error_at_the_file_column(write_claims: WriteClaims, line: str, needle: str) -> None:
    body = HEAD + line
    d = error_at(write_claims(body), "check 'c'")
    assert (d.line, d.column) == where(body, needle, body.count(needle))


def test_unknown_claim_in_an_expression_at_its_column(write_claims: WriteClaims) -> None:
    body = HEAD + "  - id: c\n    expr: a + b * 2 > totl\n"
    diags = errors_of(write_claims(body))
    assert [(d.line, d.column) for d in diags] == [where(body, "b *"), where(body, "totl")]
    assert "unknown claim 'b'" in diags[0].message


def test_unknown_claim_gets_a_hint(write_claims: WriteClaims) -> None:
    body = HEAD + "  - id: c\n    expr: prior(gg) > 0\n"
    d = error_at(write_claims(body), "unknown claim 'gg'")
    assert (d.line, d.column) == where(body, "gg")
    assert "did you mean 'g'" in d.message


def test_prior_of_a_claim_without_growth(write_claims: WriteClaims) -> None:
    body = HEAD + "  - id: c\n    expr: prior(a) > 0\n"
    d = error_at(write_claims(body), "prior(a)")
    assert (d.line, d.column) == where(body, "a) >")
    assert "growth" in d.message


def test_escaped_quoted_expression_falls_back_to_its_start(write_claims: WriteClaims) -> None:
    # "\x61" is an escape: the text differs from the source, so the column of
    # the scalar itself is given (still the right line).
    body = HEAD + '  - id: c\n    expr: "\\x61 + . > 1"\n'
    d = error_at(write_claims(body), "check 'c'")
    assert (d.line, d.column) == where(body, '"\\x61')


def test_multi_line_expression_reports_its_line(write_claims: WriteClaims) -> None:
    body = HEAD + "  - id: c\n    expr: >-\n      a + . > 1\n"
    d = error_at(write_claims(body), "check 'c'")
    assert d.line in (where(body, ">-")[0], where(body, "a + .")[0])


def test_valid_expressions_load(write_claims: WriteClaims) -> None:
    body = HEAD + (
        "  - id: c1\n    expr: a * 1亿 < g * 1万亿\n"
        "  - id: c2\n    expr: prior(g) == 40\n"
        "  - id: c3\n    expr: '-a != -(g - 273%)'\n"
    )
    cf = load(write_claims(body))
    assert [c.id for c in cf.checks] == ["c1", "c2", "c3"]
    assert [c.pos.line for c in cf.checks] == [14, 16, 18]
    assert sides(cf.checks[2].expr_text) == ("(-a)", "!=", "(-(g - 273/100))")
