"""expr: a check of ``checks:``, a comparison of expressions over the claims,
can hold for some values the printed figures allow."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from licang_check._i18n.messages import t
from licang_check.claims.diagnostics import Diagnostic
from licang_check.claims.expr import (
    BinOp,
    Comparison,
    Literal,
    Name,
    Negate,
    Node,
    Prior,
    names,
)
from licang_check.claims.load import Check, ClaimsFile
from licang_check.figures.display import auto_scale, format_interval, format_number
from licang_check.kinds.base import CheckError, CheckKind, Context, Figures, Scope, rounds
from licang_check.kinds.base import bits as base_bits
from licang_check.kinds.steps import Step, describe_figure, spend_printing
from licang_check.numeric.intervals import DivisionByZeroInterval, Interval
from licang_check.numeric.rounding import RoundingMode
from licang_check.numeric.unions import MAX_PIECES, Union, format_union
from licang_check.run.budget import spend
from licang_check.run.results import Kind, Result

if TYPE_CHECKING:
    from licang_check.kinds.modes import Modes, Verdicts

__all__ = [
    "KIND",
    "MAX_RESULT_DIGITS",
    "ExprEvaluationError",
    "ExprKind",
    "compare",
    "evaluate",
    "unparse",
]


class ExprEvaluationError(CheckError):
    """A check that cannot be evaluated: a division by an interval that
    holds zero, or a number with too many digits."""


MAX_RESULT_DIGITS = 1000
"""A number computed in a check with more digits than this (numerator or
denominator) is an error: no stated relation multiplies figures that often,
and arithmetic and printing stay cheap."""
_MAX_RESULT_BITS = 3322  # 1000 digits: 1000 * log2(10), rounded up


def _within_digits(node: BinOp, check: Check, *sides: Union) -> None:
    most = _MAX_RESULT_BITS
    for side in sides:
        for piece in side.pieces:
            low, high = piece.low, piece.high
            # a negative numerator has the bits of its magnitude
            if (
                low is not None
                and (low.numerator.bit_length() > most or low.denominator.bit_length() > most)
            ) or (
                high is not None
                and (high.numerator.bit_length() > most or high.denominator.bit_length() > most)
            ):
                pos = check.offset_pos(node.offset)
                message = t("expr.too_many_digits", id=check.id, n=MAX_RESULT_DIGITS)
                raise ExprEvaluationError(Diagnostic(pos.line, pos.column, message))


def compare(op: str, a: Interval, b: Interval) -> bool:
    """Whether ``a op b`` can hold for some a, b in the intervals."""
    if a.is_empty or b.is_empty:
        return False
    if op == "==":
        return a.meets(b)
    if op == "!=":
        return not (a.is_point and b.is_point and a.low == b.low)
    if op == "<":
        return _lt(a, b)
    if op == "<=":
        return _le(a, b)
    if op == ">":
        return _lt(b, a)
    if op == ">=":
        return _le(b, a)
    raise ValueError(f"unknown comparison {op!r}")


def _lt(a: Interval, b: Interval) -> bool:
    if a.low is None or b.high is None:
        return True
    return a.low < b.high


def _le(a: Interval, b: Interval) -> bool:
    if a.low is None or b.high is None:
        return True
    return a.low < b.high or (a.low == b.high and a.low_closed and b.high_closed)


def evaluate(
    node: Node,
    env: dict[str, Interval],
    priors: dict[str, Union],
    check: Check,
    seen: dict[int, Union] | None = None,
) -> Union:
    """The values of ``node``; ``seen`` (where given) keeps each operation's
    values by ``id(node)``, so that ``explain`` works each out once."""
    if isinstance(node, Literal):
        return Union.of(Interval.point(node.value))
    if isinstance(node, Name):
        return Union.of(env[node.id])
    if isinstance(node, Prior):
        return priors[node.id]
    if seen is not None and id(node) in seen:
        return seen[id(node)]
    if isinstance(node, Negate):
        value = -evaluate(node.operand, env, priors, check, seen)
    else:
        assert isinstance(node, BinOp)
        value = _binop(node, env, priors, check, seen)
    if seen is not None:
        seen[id(node)] = value
    return value


def _binop(
    node: BinOp,
    env: dict[str, Interval],
    priors: dict[str, Union],
    check: Check,
    seen: dict[int, Union] | None,
) -> Union:
    left = evaluate(node.left, env, priors, check, seen)
    right = evaluate(node.right, env, priors, check, seen)
    _within_digits(node, check, left, right)
    if node.op == "+":
        return left + right
    if node.op == "-":
        return left - right
    if node.op == "*":
        return left * right
    try:
        return left / right
    except DivisionByZeroInterval:
        pos = check.offset_pos(node.offset)
        raise ExprEvaluationError(
            Diagnostic(
                pos.line,
                pos.column,
                t("expr.division_by_zero", id=check.id, interval=right),
            )
        ) from None


# -- the common shapes, on intervals by their ends ---------------------------------
#
# Most checks are sums, products and comparisons of one-interval values
# (``a > b * 2``, ``a + b > c``). Each side of a check is compiled once into
# closures that work on :class:`Interval` directly: no :class:`Union`, no
# dispatch on the node's type. A side gives up (None) wherever the general
# engine would do something else: a value of more than one piece or none
# (an empty interval), an operand past the digit limit, a division by an
# interval that holds zero; the general engine then works that side out
# from the start (what it looked up, the values and priors, is kept, and
# nothing is spent twice: a side spends its pairs of pieces only once it
# has its value, two per operation as ``Union.map2`` does).

_Value = Callable[[dict[str, Interval], dict[str, Union]], Interval | None]


def _too_big(iv: Interval) -> bool:
    """Whether an end of ``iv`` has more bits than a check may compute with
    (:func:`_within_digits`, on one interval)."""
    most = _MAX_RESULT_BITS
    low, high = iv.low, iv.high
    return (
        low is not None
        and (low.numerator.bit_length() > most or low.denominator.bit_length() > most)
    ) or (
        high is not None
        and (high.numerator.bit_length() > most or high.denominator.bit_length() > most)
    )


def _compile(node: Node) -> tuple[_Value, int]:
    """A closure that gives the values of ``node`` as one non-empty interval
    (None where the general engine is needed), and the operations in it."""
    if isinstance(node, Name):
        key = node.id

        def name(env: dict[str, Interval], priors: dict[str, Union]) -> Interval | None:
            iv = env[key]
            return None if iv.is_empty else iv

        return name, 0
    if isinstance(node, Literal):
        point = Interval.point(node.value)
        return (lambda env, priors: point), 0
    if isinstance(node, Prior):
        key = node.id

        def prior(env: dict[str, Interval], priors: dict[str, Union]) -> Interval | None:
            pieces = priors[key].pieces
            return pieces[0] if len(pieces) == 1 else None

        return prior, 0
    if isinstance(node, Negate):
        inner, n = _compile(node.operand)

        def negate(env: dict[str, Interval], priors: dict[str, Union]) -> Interval | None:
            iv = inner(env, priors)
            return None if iv is None else -iv

        return negate, n
    assert isinstance(node, BinOp)  # source cells are not in checks
    left, nl = _compile(node.left)
    right, nr = _compile(node.right)
    apply = _OPERATIONS[node.op]

    def binop(env: dict[str, Interval], priors: dict[str, Union]) -> Interval | None:
        a = left(env, priors)
        if a is None:
            return None
        b = right(env, priors)
        if b is None or _too_big(a) or _too_big(b):
            return None
        try:
            out = apply(a, b)
        except DivisionByZeroInterval:
            return None
        return None if out.is_empty else out

    return binop, nl + nr + 1


_OPERATIONS: dict[str, Callable[[Interval, Interval], Interval]] = {
    "+": Interval.__add__,
    "-": Interval.__sub__,
    "*": Interval.__mul__,
    "/": Interval.__truediv__,
}

_COMPARE: dict[str, Callable[[Interval, Interval], bool]] = {
    "==": Interval.meets,
    "!=": lambda a, b: not (a.is_point and b.is_point and a.low == b.low),
    "<": _lt,
    "<=": _le,
    ">": lambda a, b: _lt(b, a),
    ">=": lambda a, b: _le(b, a),
}
""":func:`compare` on non-empty intervals."""


class _Plan:
    """What a check's expression needs, worked out once: each side compiled
    (:func:`_compile`) with its operations, the claims it names, and for
    :func:`_narrow`, its names, priors and literals, and the bits its
    literals and operations add."""

    __slots__ = (
        "compare",
        "division",
        "expr",
        "left",
        "left_steps",
        "names",
        "op",
        "refs",
        "right",
        "right_steps",
        "static_bits",
    )

    def __init__(self, expr: Comparison) -> None:
        self.expr = expr
        self.op = expr.op
        self.compare = _COMPARE[expr.op]
        self.left, n = _compile(expr.left)
        self.left_steps = 2 * n
        self.right, n = _compile(expr.right)
        self.right_steps = 2 * n
        self.names = names(expr)
        refs = _refs(expr)
        self.refs = [r for r in refs if isinstance(r, (Name, Prior))]
        static = 1 + sum(base_bits(Interval.point(r.value)) for r in refs if isinstance(r, Literal))
        ops = [*_binops(expr.left), *_binops(expr.right)]
        self.division = any(isinstance(o, BinOp) and o.op == "/" for o in ops)
        self.static_bits = static + len(ops)


_PLANS: dict[int, _Plan] = {}
_MAX_PLANS = 1 << 16


def _plan(expr: Comparison) -> _Plan:
    """The plan of ``expr``, kept by its identity (the plan holds ``expr``,
    so the identity is not reused while it is kept)."""
    plan = _PLANS.get(id(expr))
    if plan is None or plan.expr is not expr:
        if len(_PLANS) >= _MAX_PLANS:
            _PLANS.clear()
        plan = _PLANS[id(expr)] = _Plan(expr)
    return plan


def _sides(
    plan: _Plan, env: dict[str, Interval], priors: dict[str, Union], check: Check
) -> tuple[Interval | Union, Interval | Union]:
    """Each side's values: one non-empty interval by the fast path, else a
    union from the general engine (:func:`evaluate`)."""
    left: Interval | Union | None = plan.left(env, priors)
    if left is None:
        left = evaluate(plan.expr.left, env, priors, check)
    elif plan.left_steps:
        spend(plan.left_steps)
    right: Interval | Union | None = plan.right(env, priors)
    if right is None:
        right = evaluate(plan.expr.right, env, priors, check)
    elif plan.right_steps:
        spend(plan.right_steps)
    return left, right


def _as_union(v: Interval | Union) -> Union:
    return Union.of(v) if isinstance(v, Interval) else v


def _holds_on(plan: _Plan, left: Interval | Union, right: Interval | Union) -> bool:
    if isinstance(left, Interval) and isinstance(right, Interval):
        return plan.compare(left, right)
    op = plan.op
    return _as_union(left).any_pair(_as_union(right), lambda a, b: compare(op, a, b))


def _holds_in(env: dict[str, Interval], priors: dict[str, Union], check: Check) -> bool:
    plan = _plan(check.expr)
    left, right = _sides(plan, env, priors, check)
    return _holds_on(plan, left, right)


def _narrow(modes: Modes, check: Check) -> bool:
    """Whether ``check`` holds on the values that every mode admits
    (``Modes.general``'s ``narrow``); False where that would not settle every
    mode.

    A comparison can hold for some values of its sides, and with ``+``,
    ``-`` and ``*`` each side's values only grow as the figures' do, so one
    that holds on narrower intervals holds on wider ones. Not so for what
    makes a check an error, and an error is inconsistent under that mode:
    a division (by an interval that holds zero under one mode and not
    another) leaves the check to every mode; so does a number with too many
    digits, which no mode can reach when the digits of every value it uses,
    under every mode, add up to fewer than the limit (a sum or product of
    ``a`` and ``b`` has at most ``bits(a) + bits(b) + 1``). Nor may a side
    be cut to its hull (past ``MAX_PIECES`` pieces), which would admit
    values outside it.
    """
    plan = _plan(check.expr)
    if plan.division:
        return False
    env: dict[str, Interval] = {}
    priors: dict[str, Union] = {}
    bits = plan.static_bits
    pieces = 1
    for ref in plan.refs:
        if isinstance(ref, Prior):
            ranges = modes.prior_ranges.get(ref.id)
            if ranges is None or _extended(modes.cf, ref.id):
                return False  # solved per mode: left to every mode
            lo = max(r[0] for r in ranges)
            hi = min(r[1] for r in ranges)
            bits += max(max(abs(a).bit_length(), abs(b).bit_length()) for a, b in ranges)
            if lo > hi:
                return False  # no prior every mode admits: nothing to settle them on
            if hi - lo + 1 > MAX_PIECES:  # as Modes.context: the hull
                value = Union.of(Interval.closed(lo, hi))
            else:
                value = Union.points(range(lo, hi + 1))
            priors[ref.id] = value
            pieces *= max(1, len(value.pieces))
            continue
        env[ref.id], most = modes.common(modes.cf.claims[ref.id])
        bits += most
    if bits > _MAX_RESULT_BITS or pieces > MAX_PIECES:
        return False
    try:
        left, right = _sides(plan, env, priors, check)
    except ExprEvaluationError:
        return False
    return _holds_on(plan, left, right)


# -- the expression, written back -------------------------------------------------

_PRECEDENCE = {"+": 1, "-": 1, "*": 2, "/": 2}


def unparse(node: Node | Comparison) -> str:
    """An expression (or part of one) as text, with the parentheses it needs."""
    if isinstance(node, Comparison):
        return f"{unparse(node.left)} {node.op} {unparse(node.right)}"
    if isinstance(node, Literal):
        return node.text
    if isinstance(node, Name):
        return node.id
    if isinstance(node, Prior):
        return f"prior({node.id})"
    if isinstance(node, Negate):
        inner = unparse(node.operand)
        return f"-({inner})" if isinstance(node.operand, BinOp) else f"-{inner}"
    assert isinstance(node, BinOp)  # source cells (CellRef, Aggregate) are not in checks
    left, right = unparse(node.left), unparse(node.right)
    p = _PRECEDENCE[node.op]
    if isinstance(node.left, BinOp) and _PRECEDENCE[node.left.op] < p:
        left = f"({left})"
    if isinstance(node.right, BinOp) and (
        _PRECEDENCE[node.right.op] < p or (_PRECEDENCE[node.right.op] == p and node.op in "-/")
    ):
        right = f"({right})"
    return f"{left} {node.op} {right}"


def _binops(node: Node) -> Iterator[BinOp | Negate]:
    """The operations of an expression, innermost first."""
    if isinstance(node, BinOp):
        yield from _binops(node.left)
        yield from _binops(node.right)
        yield node
    elif isinstance(node, Negate):
        yield from _binops(node.operand)
        yield node


def _refs(expr: Comparison) -> list[Node]:
    """The names, priors and literals of an expression, left to right."""
    stack: list[Node] = [expr.left, expr.right]
    refs: list[Node] = []
    while stack:
        node = stack.pop(0)
        if isinstance(node, (Name, Prior, Literal)):
            refs.append(node)
        elif isinstance(node, Negate):
            stack.insert(0, node.operand)
        elif isinstance(node, BinOp):
            stack[:0] = [node.left, node.right]
    return refs


_RULES = {"==": "eq", "!=": "ne", "<": "lt", "<=": "le", ">": "gt", ">=": "ge"}
"""Each comparison's rule: the catalogue's ``rule.<name>``."""


def _side(u: Union) -> str:
    """A value in an expression, in 亿 or 万 where it is that large (its
    printing spent from the work budget)."""
    spend_printing(u)
    h = u.hull()
    scale = auto_scale(h.low, h.high)
    return format_union(u, lambda iv: format_interval(iv, scale))


def _extended(cf: ClaimsFile, claim_id: str) -> bool:
    from licang_check.kinds.relations import uses_extended_prior

    return uses_extended_prior(cf.claims[claim_id])


def _ref_figures(cf: ClaimsFile, ref: Name | Prior) -> Figures:
    """The figures a name stands on: a claim's value; ``prior(x)``, x's growth's."""
    from licang_check.kinds.growth import KIND as GROWTH
    from licang_check.kinds.relations import extended_prior_figures, uses_extended_prior

    claim = cf.claims[ref.id]
    if isinstance(ref, Prior) and uses_extended_prior(claim):
        return extended_prior_figures(cf, claim)
    if isinstance(ref, Prior):
        return GROWTH.figures(cf, claim)
    return [(claim.value, claim.count)]


class ExprKind(CheckKind[Check]):
    """An entry of ``checks:``."""

    kind = Kind.EXPR
    scope = Scope.CHECK
    sarif_name = "CheckHolds"

    def check(self, ctx: Context, subject: Check) -> Result:
        plan = _plan(subject.expr)
        left, right = _sides(plan, ctx.env, ctx.priors, subject)
        ok = _holds_on(plan, left, right)
        if isinstance(left, Interval) and isinstance(right, Interval):
            # one piece each (the fast path's): as format_union prints them
            scale = auto_scale(left.low, left.high, right.low, right.high)
            shown = (format_interval(left, scale), format_interval(right, scale))
        else:
            lu, ru = _as_union(left), _as_union(right)
            lh, rh = lu.hull(), ru.hull()
            scale = auto_scale(lh.low, lh.high, rh.low, rh.high)

            def fmt(iv: Interval) -> str:
                return format_interval(iv, scale)

            shown = (format_union(lu, fmt), format_union(ru, fmt))
        sides = f"{shown[0]} {plan.op} {shown[1]}"
        message = t("expr.can_hold" if ok else "expr.cannot_hold", sides=sides)
        return self.result(subject, ok, message, subject.expr_text, sides)

    def figures(self, cf: ClaimsFile, subject: Check) -> Figures:
        """Each claim's value it names; for ``prior(x)``, the figures of x's growth."""
        return [fig for ref in names(subject.expr) for fig in _ref_figures(cf, ref)]

    def about(self, cf: ClaimsFile, subject: Check) -> list[str]:
        return list(dict.fromkeys(ref.id for ref in names(subject.expr)))

    # -- under every mode --------------------------------------------------------------

    def verdicts(self, modes: Modes, subject: Check, ok: bool) -> Verdicts | None:
        plan = _plan(subject.expr)
        cf = modes.cf
        dependent = False
        for ref in plan.names:
            if isinstance(ref, Name):
                claim = cf.claims[ref.id]  # _ref_figures: the claim's value
                if rounds(claim.value, count=claim.count):
                    dependent = True
                    break
                continue
            ranges = modes.prior_ranges.get(ref.id)
            if ranges is not None and not _extended(cf, ref.id):
                # whole priors worked out per mode: the same under every mode, or not
                if len({(lo, hi) if lo <= hi else None for lo, hi in ranges}) == 1:
                    continue
                dependent = True
                break
            if any(rounds(f, count=c) for f, c in _ref_figures(cf, ref)):
                dependent = True
                break
        if not dependent:
            return None  # every value in it is the same under every mode

        def holds(mode: RoundingMode) -> bool:
            ctx = modes.context(mode)
            try:
                left, right = _sides(plan, ctx.env, ctx.priors, subject)
            except ExprEvaluationError:
                return False
            return _holds_on(plan, left, right)

        return modes.general(ok, holds, lambda: _narrow(modes, subject))

    # -- explained ---------------------------------------------------------------------

    def steps(self, ctx: Context, subject: Check) -> list[Step]:
        cf, check = ctx.cf, subject
        steps: list[Step] = []
        if check.says:
            steps.append(Step("says", check.says))
        steps.append(Step("check", check.expr_text))
        seen: set[str] = set()
        for ref in _refs(check.expr):
            key = unparse(ref)
            if key in seen:
                continue
            seen.add(key)
            if isinstance(ref, Name):
                claim = cf.claims[ref.id]
                text = describe_figure(claim.value, cf, count=claim.count, what=ref.id)
                steps.append(Step(ref.id, text, ref=True))
            elif isinstance(ref, Prior):
                text = t("explain.prior_ref", key=key, id=ref.id, values=_side(ctx.priors[ref.id]))
                steps.append(Step(key, text, ref=True))
            else:
                assert isinstance(ref, Literal)
                text = t("explain.literal", text=ref.text, value=format_number(ref.value))
                steps.append(Step(key, text, ref=True))
        values: dict[int, Union] = {}

        def value(node: Node) -> Union:
            return evaluate(node, ctx.env, ctx.priors, check, values)

        for side in (check.expr.left, check.expr.right):
            for node in _binops(side):
                if isinstance(node, Negate):
                    shown = f"-{_side(value(node.operand))}"
                else:
                    op = {"*": "×", "/": "÷"}.get(node.op, node.op)
                    shown = f"{_side(value(node.left))} {op} {_side(value(node.right))}"
                steps.append(Step("step", f"{unparse(node)} = {shown} = {_side(value(node))}"))
        text = t(
            "explain.compare",
            left=_side(value(check.expr.left)),
            op=check.expr.op,
            right=_side(value(check.expr.right)),
            rule=t(f"rule.{_RULES[check.expr.op]}"),
        )
        steps.append(Step("compare", text))
        return steps


KIND = ExprKind()
