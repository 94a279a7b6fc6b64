"""The expression checks' fast path, held equal to the general engine.

``kinds/expr.py`` works a side of a check out on one interval by its ends
(``_fast``) and leaves to the general engine (``evaluate``, unions of
intervals) whatever that cannot do. These tests hold, on random
expressions over random values (unbounded, empty, points, unions of
several pieces, divisors that hold zero, and a digit limit drawn low so
that it is reached):

- a side the fast path works out is the general engine's one piece, and
  it counts the work budget's steps the general engine spends;
- a side's values (``_value``), a comparison (``_holds_on``) and a whole
  check's result and message are the general engine's, errors included;
- the walk the verdicts take of an expression (``_Plan``) finds what
  ``_refs`` and ``_binops`` find.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from kinds.common import claims_text
from licang_check._i18n.messages import t
from licang_check.claims.expr import BinOp, Comparison, Literal, Name, Negate, Node, Prior
from licang_check.claims.load import Check, Pos, parse_claims
from licang_check.figures.display import auto_scale, format_interval
from licang_check.kinds import expr as expr_kind
from licang_check.kinds.base import Context
from licang_check.kinds.base import bits as base_bits
from licang_check.kinds.expr import KIND, ExprEvaluationError, compare, evaluate
from licang_check.numeric.exact import Fraction
from licang_check.numeric.intervals import Interval
from licang_check.numeric.unions import Union, format_union
from licang_check.run import budget
from licang_check.run.results import Result

SETTINGS = settings(max_examples=400, deadline=None)

NAMES = ("a", "b", "c")
PRIORS = ("p", "q")
OPS = ("==", "!=", "<", "<=", ">", ">=")

ends = st.builds(
    Fraction,
    st.integers(min_value=-(10**4), max_value=10**4),
    st.sampled_from([1, 2, 3, 10, 100, 7]),
)


near = st.builds(Fraction, st.integers(-3, 3), st.sampled_from([1, 2]))
"""Ends from a few values, so that two intervals often touch."""


@st.composite
def intervals(draw: st.DrawFn, *, nonempty: bool = False) -> Interval:
    """Any interval: unbounded ends, points, and (unless ``nonempty``) empty ones."""
    pick = ends | near
    low = draw(st.none() | pick)
    high = draw(st.none() | pick)
    if draw(st.booleans()) and low is not None:
        high = low
    iv = Interval(low, high, draw(st.booleans()), draw(st.booleans()))
    if nonempty and iv.is_empty:
        return Interval.point(low if low is not None else 0)
    return iv


unions = st.one_of(
    st.builds(Union.of, intervals()),
    st.builds(Union, st.lists(intervals(), max_size=3)),
    st.builds(Union.points, st.lists(st.integers(-5, 40), min_size=1, max_size=4)),
)

leaves = st.one_of(
    st.builds(Name, st.sampled_from(NAMES), st.just(0)),
    st.builds(Prior, st.sampled_from(PRIORS), st.just(0)),
    st.builds(lambda v: Literal(v, str(v), 0), ends),
)


def _extend(children: st.SearchStrategy[Node]) -> st.SearchStrategy[Node]:
    return st.one_of(
        st.builds(Negate, children, st.just(0)),
        st.builds(BinOp, st.sampled_from("+-*/"), children, children, st.just(0)),
    )


exprs: st.SearchStrategy[Node] = st.recursive(leaves, _extend, max_leaves=6)
envs = st.fixed_dictionaries({n: intervals() for n in NAMES})
priorses = st.fixed_dictionaries({p: unions for p in PRIORS})
limits = st.sampled_from([expr_kind._MAX_RESULT_BITS, 6, 12, 24, 48])

_CF = parse_claims(claims_text("  a:\n    quote: q\n    value: 1\n"), Path("claims.yaml"))


def _check(expr: Comparison) -> Check:
    return Check("k", Pos(1, 1), "k", expr, Pos(1, 1), None)


def _spent(f: Callable[[], Any]) -> tuple[Any, int]:
    """What ``f`` gives (or the message of the ``ExprEvaluationError`` it
    raises) and the budget's steps it spends."""
    with budget.work_budget(10**9):
        state = budget._current.get()
        assert state is not None
        try:
            got: Any = f()
        except ExprEvaluationError as e:
            got = ("error", str(e))
        return got, 10**9 - state.left


def _with_limit(limit: int, f: Callable[[], Any]) -> Any:
    saved = expr_kind._MAX_RESULT_BITS
    expr_kind._MAX_RESULT_BITS = limit
    try:
        return f()
    finally:
        expr_kind._MAX_RESULT_BITS = saved


@SETTINGS
@given(exprs, envs, priorses, limits)
def test_the_fast_path_is_the_general_engines_one_piece(
    node: Node, env: dict[str, Interval], priors: dict[str, Union], limit: int
) -> None:
    check = _check(Comparison("<", node, node, 0))
    general, spent = _with_limit(limit, lambda: _spent(lambda: evaluate(node, env, priors, check)))
    steps = [0]
    fast = _with_limit(limit, lambda: expr_kind._fast(node, env, priors, steps))
    if fast is not None:
        assert isinstance(general, Union)
        assert general.pieces == (fast,)
        assert steps[0] == spent
    value, value_spent = _with_limit(
        limit, lambda: _spent(lambda: expr_kind._value(node, env, priors, check))
    )
    if isinstance(value, Interval):
        value = Union.of(value)
    if isinstance(general, Union):
        assert isinstance(value, Union)
        assert value.pieces == general.pieces
    else:
        assert value == general  # the same error
    assert value_spent == spent


@SETTINGS
@given(
    st.sampled_from(OPS),
    intervals(nonempty=True) | unions,
    intervals(nonempty=True) | unions,
)
def test_a_comparison_is_any_pair_of_compare(
    op: str, left: Interval | Union, right: Interval | Union
) -> None:
    lu = Union.of(left) if isinstance(left, Interval) else left
    ru = Union.of(right) if isinstance(right, Interval) else right
    expected = lu.any_pair(ru, lambda a, b: compare(op, a, b))
    assert expr_kind._holds_on(op, left, right) == expected


def _general_check(ctx: Context, subject: Check) -> Result:
    """``ExprKind.check`` on unions throughout, as the general engine has it."""
    expr = subject.expr
    left = evaluate(expr.left, ctx.env, ctx.priors, subject)
    right = evaluate(expr.right, ctx.env, ctx.priors, subject)
    ok = left.any_pair(right, lambda a, b: compare(expr.op, a, b))
    lh, rh = left.hull(), right.hull()
    scale = auto_scale(lh.low, lh.high, rh.low, rh.high)

    def fmt(iv: Interval) -> str:
        return format_interval(iv, scale)

    sides = f"{format_union(left, fmt)} {expr.op} {format_union(right, fmt)}"
    message = t("expr.can_hold" if ok else "expr.cannot_hold", sides=sides)
    return KIND.result(subject, ok, message, subject.expr_text, sides)


@SETTINGS
@given(st.sampled_from(OPS), exprs, exprs, envs, priorses, limits)
def test_a_checks_result_is_the_general_engines(
    op: str,
    left: Node,
    right: Node,
    env: dict[str, Interval],
    priors: dict[str, Union],
    limit: int,
) -> None:
    subject = _check(Comparison(op, left, right, 0))

    def run(f: Callable[[Context, Check], Result]) -> tuple[Any, int]:
        ctx = Context(_CF)
        ctx.env.update(env)
        ctx.priors.update(priors)
        return _spent(lambda: f(ctx, subject))

    got = _with_limit(limit, lambda: run(KIND.check))
    assert got == _with_limit(limit, lambda: run(_general_check))


@SETTINGS
@given(exprs, exprs)
def test_the_plan_finds_what_refs_and_binops_find(left: Node, right: Node) -> None:
    expr = Comparison("<", left, right, 0)
    plan = expr_kind._Plan(expr)
    refs = expr_kind._refs(expr)
    assert plan.names == [r for r in refs if not isinstance(r, Literal)]
    ops = [*expr_kind._binops(left), *expr_kind._binops(right)]
    assert plan.division == any(isinstance(o, BinOp) and o.op == "/" for o in ops)
    literal_bits = sum(base_bits(Interval.point(r.value)) for r in refs if isinstance(r, Literal))
    assert plan.static_bits == 1 + literal_bits + len(ops)
