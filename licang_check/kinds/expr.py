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
from licang_check.kinds.steps import Step, describe_figure, spend_printing
from licang_check.numeric.exact import Fraction
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
    for side in sides:
        for piece in side.pieces:
            if _too_big(piece):
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
# (``a > b * 2``, ``a + b > c``). :func:`_fast` works each side out on
# :class:`Interval` directly: no :class:`Union` around each value. It gives
# up (None) wherever the general engine would do something else: a value
# of more than one piece or none (an empty interval), an operand past the
# digit limit, a division by an interval that holds zero. The general
# engine then works that side out from the start (what it looked up, the
# values and priors, is kept, and nothing is spent twice: a side spends
# its pairs of pieces once it has its value, two per operation as
# ``Union.map2`` does, and that is all the general engine spends on it).


def _too_big(iv: Interval) -> bool:
    """Whether an end of ``iv`` has more bits than a check may compute with
    (``MAX_RESULT_DIGITS``; a negative numerator has the bits of its magnitude)."""
    most = _MAX_RESULT_BITS
    low, high = iv.low, iv.high
    return (
        low is not None
        and (low.numerator.bit_length() > most or low.denominator.bit_length() > most)
    ) or (
        high is not None
        and (high.numerator.bit_length() > most or high.denominator.bit_length() > most)
    )


def _fast(
    node: Node, env: dict[str, Interval], priors: dict[str, Union], steps: list[int]
) -> Interval | None:
    """The values of ``node`` as one non-empty interval, as :func:`evaluate`
    would give them; None where that takes the general engine. Adds to
    ``steps[0]`` the budget's steps for each operation (two)."""
    if isinstance(node, Name):
        iv = env[node.id]
        return None if iv.is_empty else iv
    if isinstance(node, BinOp):
        a = _fast(node.left, env, priors, steps)
        if a is None:
            return None
        b = _fast(node.right, env, priors, steps)
        if b is None or _too_big(a) or _too_big(b):
            return None
        op = node.op
        steps[0] += 2
        if op == "+":
            return a + b  # a sum of non-empty intervals is not empty
        if op == "*":
            out = a * b
        elif op == "-":
            out = a - b
        else:
            try:
                out = a / b
            except DivisionByZeroInterval:
                return None
        return None if out.is_empty else out
    if isinstance(node, Literal):
        v = node.value
        return Interval(v, v) if type(v) is Fraction else Interval.point(v)
    if isinstance(node, Prior):
        pieces = priors[node.id].pieces
        return pieces[0] if len(pieces) == 1 else None
    if isinstance(node, Negate):
        neg = _fast(node.operand, env, priors, steps)
        return None if neg is None else -neg
    return None  # source cells: not in checks


def _value(
    node: Node, env: dict[str, Interval], priors: dict[str, Union], check: Check
) -> Interval | Union:
    """The values of one side of a check: one non-empty interval by
    :func:`_fast`, else a union from :func:`evaluate`."""
    steps = [0]
    iv = _fast(node, env, priors, steps)
    if iv is None:
        return evaluate(node, env, priors, check)
    if steps[0]:
        spend(steps[0])
    return iv


def _as_union(v: Interval | Union) -> Union:
    return Union.of(v) if isinstance(v, Interval) else v


_COMPARE: dict[str, Callable[[Interval, Interval], bool]] = {
    "==": Interval.meets,
    "!=": lambda a, b: not (a.is_point and b.is_point and a.low == b.low),
    "<": _lt,
    "<=": _le,
    ">": lambda a, b: _lt(b, a),
    ">=": lambda a, b: _le(b, a),
}
""":func:`compare` on non-empty intervals."""


def _holds_on(op: str, left: Interval | Union, right: Interval | Union) -> bool:
    """Whether ``left op right`` can hold (``Union.any_pair`` of :func:`compare`)."""
    if isinstance(left, Interval) and isinstance(right, Interval):
        return _COMPARE[op](left, right)
    return _as_union(left).any_pair(_as_union(right), lambda a, b: compare(op, a, b))


def _holds_in(env: dict[str, Interval], priors: dict[str, Union], check: Check) -> bool:
    expr: Comparison = check.expr
    left = _value(expr.left, env, priors, check)
    right = _value(expr.right, env, priors, check)
    return _holds_on(expr.op, left, right)


class _Plan:
    """What the verdicts under every mode need of a check's expression, in
    one walk of it: the claims it names (names and priors, left to right,
    as :func:`names` and :func:`_refs` give them), whether it divides, and
    the bits its literals and operations add to :func:`_narrow`'s bound."""

    __slots__ = ("division", "names", "static_bits")

    def __init__(self, expr: Comparison) -> None:
        self.names: list[Name | Prior] = []
        self.division = False
        self.static_bits = 1
        self._walk(expr.left)
        self._walk(expr.right)

    def _walk(self, node: Node) -> None:
        if isinstance(node, (Name, Prior)):
            self.names.append(node)
        elif isinstance(node, Literal):
            v = node.value  # base.bits of the point: both ends are v
            self.static_bits += max(abs(v.numerator).bit_length(), v.denominator.bit_length())
        elif isinstance(node, Negate):
            self.static_bits += 1
            self._walk(node.operand)
        elif isinstance(node, BinOp):
            self.static_bits += 1
            self.division = self.division or node.op == "/"
            self._walk(node.left)
            self._walk(node.right)


def _narrow(modes: Modes, check: Check, plan: _Plan | None = None) -> bool:
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
    if plan is None:
        plan = _Plan(check.expr)
    if plan.division:
        return False
    env: dict[str, Interval] = {}
    priors: dict[str, Union] = {}
    bits = plan.static_bits
    pieces = 1
    for ref in plan.names:
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
        return _holds_in(env, priors, check)
    except ExprEvaluationError:
        return False


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
        expr = subject.expr
        left = _value(expr.left, ctx.env, ctx.priors, subject)
        right = _value(expr.right, ctx.env, ctx.priors, subject)
        ok = _holds_on(expr.op, left, right)
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
        sides = f"{shown[0]} {expr.op} {shown[1]}"
        message = t("expr.can_hold" if ok else "expr.cannot_hold", sides=sides)
        return self.result(subject, ok, message, subject.expr_text, sides)

    def figures(self, cf: ClaimsFile, subject: Check) -> Figures:
        """Each claim's value it names; for ``prior(x)``, the figures of x's growth."""
        return [fig for ref in names(subject.expr) for fig in _ref_figures(cf, ref)]

    def about(self, cf: ClaimsFile, subject: Check) -> list[str]:
        return list(dict.fromkeys(ref.id for ref in names(subject.expr)))

    # -- under every mode --------------------------------------------------------------

    def verdicts(self, modes: Modes, subject: Check, ok: bool) -> Verdicts | None:
        plan = _Plan(subject.expr)
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
                return _holds_in(ctx.env, ctx.priors, subject)
            except ExprEvaluationError:
                return False

        return modes.general(ok, holds, lambda: _narrow(modes, subject, plan))

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
