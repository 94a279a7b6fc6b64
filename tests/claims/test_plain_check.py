"""The one-pass reading of plain check expressions (``expr._plain_check``,
issue #18) against the recursive parser: the same tree, offsets included,
or the parser's own error for what the pass leaves to it."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from licang_check.claims.expr import Comparison, ExprError, _Parser, _plain_check, parse_check


def _parsed(text: str) -> tuple[object, ...]:
    """What ``parse_check`` gives without its one pass."""
    if not text.strip():
        return _outcome(lambda: parse_check(text))
    return _outcome(lambda: _Parser(text).check())


def _outcome(parse: Callable[[], Comparison]) -> tuple[object, ...]:
    try:
        return ("ok", parse())
    except ExprError as e:
        return ("error", str(e), e.offset)


def _same(text: str) -> tuple[object, ...]:
    general = _parsed(text)
    assert repr(_outcome(lambda: parse_check(text))) == repr(general)
    plain = _plain_check(text)
    assert plain is None or ("ok", plain) == general
    return general


PIECES = ["a", "b_2", "prior", "(", ")", "1", "2.5", "1亿", "50%", "x1", " ", "  ", "+", "-"]
PIECES += ["*", "/", ">", "<", ">=", "<=", "==", "!=", "３", "e5", "١", "\t", "=", "**"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=12).map(" ".join))
@example("g0_revenue > g0_big_projects * 2")
@example("prior(g0_projects) < g0_projects")
@example("g0_output + g0_output_last > g0_investment")
@example("a - b * c / 2 + 1 >= a * b - c")
def test_any_expression_parses_alike_both_ways(text: str) -> None:
    _same(text)


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=12).map("".join))
def test_any_expression_without_spaces_parses_alike_both_ways(text: str) -> None:
    _same(text)


@pytest.mark.parametrize(
    "text",
    [
        "a > b",
        "a+b*c-d/e<=f",
        "prior(a) < a",
        "prior( a ) < a * 1.5",
        "a * 2 >= a + 1",
        "1亿 > a",
    ],
)
def test_plain_expressions_take_the_one_pass(text: str) -> None:
    assert _plain_check(text) is not None
    assert _same(text)[0] == "ok"


@pytest.mark.parametrize(
    "text",
    ["(a) > b", "-a > b", "a > b > c", "a >", "a b > c", "prior(prior) > a", "f(a) > b", "a > b ٣"],
)
def test_other_expressions_are_left_to_the_parser(text: str) -> None:
    assert _plain_check(text) is None
    _same(text)


def test_a_long_chain_is_left_to_the_parser_for_its_limit() -> None:
    text = " + ".join(["a"] * 202) + " > b"
    assert _plain_check(text) is None
    outcome = _same(text)
    assert outcome[0] == "error"
