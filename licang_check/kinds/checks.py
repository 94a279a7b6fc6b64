"""The four checks of ``verify``: quote, growth, share and expr.

Each takes a loaded claims file and gives a :class:`~licang_check.run.results.Result`
with a verdict and a message a person can check by hand.
"""

from __future__ import annotations

import re

from licang_check._i18n.messages import t
from licang_check.claims.diagnostics import Diagnostic
from licang_check.claims.expr import BinOp, Comparison, Literal, Name, Negate, Node, Prior
from licang_check.claims.load import Check, Claim, ClaimsFile
from licang_check.figures.display import (
    PERCENT,
    Scale,
    auto_scale,
    format_fixed,
    format_interval,
    format_number,
)
from licang_check.figures.grammar import Figure, normalize_digits
from licang_check.numeric.exact import Fraction
from licang_check.numeric.intervals import DivisionByZeroInterval, Interval
from licang_check.numeric.rounding import RoundingMode, reround
from licang_check.numeric.unions import MAX_PIECES, Union, format_union
from licang_check.numeric.wholes import Wholes, share_part
from licang_check.run.budget import ARTICLE_CHARS_PER_STEP, spend
from licang_check.run.results import Kind, Result, Verdict
from licang_check.solve.relations import GROWTH, Solution, solve

__all__ = [
    "MAX_RESULT_DIGITS",
    "ExprEvaluationError",
    "check_expr",
    "check_growth",
    "check_quote",
    "check_share",
    "compare",
    "implied_prior",
    "prior_values",
    "strip_space",
]

_SPACE = re.compile(r"\s+")
_SHOWN = 3


def strip_space(text: str) -> str:
    return _SPACE.sub("", text)


def _joined(items: list[str], sep: str) -> str:
    """``items`` joined by the separator ``sep`` (a catalogue key), which one
    item does not need: the growth check's message is made for every claim."""
    return items[0] if len(items) == 1 else t(sep).join(items)


def _verdict(ok: bool) -> Verdict:
    return Verdict.CONSISTENT if ok else Verdict.INCONSISTENT


def _result(
    claim: Claim, kind: Kind, ok: bool, message: str, printed: str, implied: str = ""
) -> Result:
    return Result(
        claim.id, kind, _verdict(ok), claim.pos.line, claim.pos.column, message, printed, implied
    )


# -- quote -------------------------------------------------------------------


def check_quote(claim: Claim, article: str) -> Result:
    """Each quote is in the article (whitespace ignored) and holds the
    value's digits as printed. ``article`` must already be whitespace-free."""
    spend(len(claim.quotes) * (1 + len(article) // ARTICLE_CHARS_PER_STEP))  # see budget.py
    problems = []
    digits = strip_space(claim.value.digits)
    for quote, pos in claim.quotes:
        q = strip_space(quote)
        if q not in article:
            problems.append(t("quote.missing", line=pos.line, quote=quote))
        elif digits not in normalize_digits(q):
            problems.append(t("quote.no_digits", line=pos.line, digits=claim.value.digits))
    n = len(claim.quotes)
    found = t("quote.found_all", n=n) if n > 1 else t("quote.found")
    message = t("sep.list").join(problems) or found
    return _result(claim, Kind.QUOTE, not problems, message, claim.value.text)


# -- growth ------------------------------------------------------------------


def _stated_prior(cf: ClaimsFile, claim: Claim) -> Interval | None:
    if claim.prior is None:
        return None
    if isinstance(claim.prior, str):
        other = cf.claims[claim.prior]
        return cf.interval(other) if not claim.count else cf.interval(other).integer_hull()
    iv = claim.prior.interval(cf.rounding, cf.tolerance, count=claim.count)
    return iv.integer_hull() if claim.count else iv


def _solve_prior(
    cf: ClaimsFile,
    claim: Claim,
    *,
    count: bool,
    bound: Interval | None = None,
    current: Interval | None = None,
) -> Solution:
    """The prior of ``current = prior × (1 + rate)`` (:data:`~licang_check.solve.relations.GROWTH`)
    for a growth claim's current (``cf.interval(claim)``, unless given) and rate."""
    assert claim.growth is not None
    rate = claim.growth.interval(cf.rounding, cf.tolerance)
    known = {"current": cf.interval(claim) if current is None else current, "rate": rate}
    return solve(GROWTH, "prior", known, count=count, bound=bound)


def implied_prior(cf: ClaimsFile, claim: Claim) -> Solution:
    """The prior a growth claim implies, narrowed by a stated prior; for a
    count, the whole priors that fit with its whole current."""
    return _solve_prior(cf, claim, count=claim.count, bound=_stated_prior(cf, claim))


def prior_values(sol: Solution) -> Union:
    """The implied prior as expressions see it: for a count, its whole-number
    candidates themselves (98, 100, 102 — not 99); otherwise its interval."""
    w = sol.wholes
    if w is None:
        return Union.of(sol.interval)
    if not w.any:
        return Union()
    if w.truncated or len(w.listed) > MAX_PIECES:
        return Union.of(sol.interval.integer_hull())
    return Union.points(w.listed)


def _describe_wholes(w: Wholes, scale: Scale, within: Interval) -> str:
    """The whole numbers that fit, in words; ``within`` is the interval they
    were found in (an unbounded one lists none below or above a bound)."""
    if w.total is None:
        lo, hi = within.integer_bounds()
        if lo is not None:
            return t("wholes.from", low=format_number(Fraction(lo), scale))
        if hi is not None:
            return t("wholes.up_to", high=format_number(Fraction(hi), scale))
        return t("wholes.any")
    if w.total <= _SHOWN:
        return _joined([str(k) for k in w.listed], "sep.or")
    high = w.listed[-1] if not w.truncated else "…"
    return t("wholes.range", n=w.total, low=w.listed[0], high=high)


def prints_as(value: Fraction, fig: Figure, mode: RoundingMode, tolerance: Fraction) -> str:
    """How a true value would be printed at the precision of ``fig``."""
    scale = fig.scale
    if fig.qualifiers:
        iv = fig.interval(mode, tolerance)
        inside = "prints.within" if value in iv else "prints.outside"
        return t(inside, interval=format_interval(iv, scale))
    shown = [format_fixed(v, fig.unit, scale) for v in reround(value, fig.unit, mode)]
    return t("prints.as", shown=_joined(shown, "sep.or"))


def check_growth(cf: ClaimsFile, claim: Claim) -> tuple[Result, Solution]:
    assert claim.growth is not None
    growth = claim.growth
    current = cf.interval(claim)
    sol = _solve_prior(
        cf, claim, count=claim.count, bound=_stated_prior(cf, claim), current=current
    )
    scale = claim.value.scale
    sign = "+" if growth.value >= 0 and not growth.text.lstrip().startswith(("+", "-")) else ""
    printed = f"{claim.value.text}, {sign}{growth.text}"
    if claim.prior is not None:
        stated = claim.prior if isinstance(claim.prior, str) else claim.prior.text
        printed += t("printed.prior", prior=stated)
    real = format_interval(sol.interval, scale)
    if sol.wholes is None:
        ok = not sol.interval.is_empty
        implied = t("growth.prior", prior=real)
        message = implied if ok else _no_prior(cf, claim)
        return _result(claim, Kind.GROWTH, ok, message, printed, implied), sol
    w = sol.wholes
    if not w.any:
        message = (
            t("growth.no_whole_in", interval=real)
            if not sol.interval.is_empty
            else _no_prior(cf, claim)
        )
        return _result(claim, Kind.GROWTH, False, message, printed, t("growth.no_whole")), sol
    implied = t("growth.prior", prior=_describe_wholes(w, scale, sol.interval))
    message = t("growth.in", implied=implied, interval=real)
    if current.is_point and w.total is not None and w.total <= _SHOWN:
        assert current.low is not None
        c = current.low
        parts = []
        for p in w.listed:
            g = c / p - 1
            shown = format_number(g, PERCENT, signed=True)
            prints = prints_as(g, growth, cf.rounding, cf.tolerance)
            parts.append(
                t(
                    "growth.on",
                    current=format_number(c, scale),
                    growth=shown,
                    prior=p,
                    prints=prints,
                )
            )
        message += t("sep.detail") + _joined(parts, "sep.list")
    return _result(claim, Kind.GROWTH, True, message, printed, implied), sol


def _no_prior(cf: ClaimsFile, claim: Claim) -> str:
    unbounded = _solve_prior(cf, claim, count=False)
    stated = _stated_prior(cf, claim)
    if stated is not None and not unbounded.interval.is_empty:
        return t(
            "growth.misses_stated",
            implied=format_interval(unbounded.interval, claim.value.scale),
            stated=format_interval(stated, claim.value.scale),
        )
    return t("growth.no_positive")


# -- share -------------------------------------------------------------------


def check_share(cf: ClaimsFile, claim: Claim) -> Result:
    assert claim.of is not None
    whole_claim = cf.claims[claim.of]
    share = claim.value.interval(cf.rounding, cf.tolerance)
    whole = cf.interval(whole_claim)
    part, wholes = share_part(share, whole, count=claim.count, whole_count=whole_claim.count)
    scale = whole_claim.value.scale
    printed = t("printed.share", share=claim.value.text, whole=whole_claim.value.text)
    real = format_interval(part, scale)
    if wholes is None:
        ok = not part.is_empty
        part_text = t("share.part", part=real)
        return _result(claim, Kind.SHARE, ok, part_text, printed, part_text)
    if not wholes.any:
        message = t("share.no_whole_in", printed=printed, interval=real)
        return _result(claim, Kind.SHARE, False, message, printed, t("share.no_whole"))
    implied = t("share.part", part=_describe_wholes(wholes, scale, part))
    message = implied if part.is_point else t("growth.in", implied=implied, interval=real)
    if whole.is_point and wholes.total is not None and wholes.total <= _SHOWN:
        assert whole.low is not None
        w = whole.low
        shares = [
            t(
                "share.fraction",
                fraction=f"{k}/{format_number(w)}",
                share=format_number(k / w, PERCENT),
                prints=prints_as(k / w, claim.value, cf.rounding, cf.tolerance),
            )
            for k in wholes.listed
            if w
        ]
        if shares:
            message += t("sep.detail") + t("sep.list").join(shares)
    return _result(claim, Kind.SHARE, True, message, printed, implied)


# -- expr --------------------------------------------------------------------


class ExprEvaluationError(Exception):
    def __init__(self, diagnostic: Diagnostic) -> None:
        super().__init__(diagnostic.message)
        self.diagnostic = diagnostic


MAX_RESULT_DIGITS = 1000
"""A number computed in a check with more digits than this (numerator or
denominator) is an error: no stated relation multiplies figures that often,
and arithmetic and printing stay cheap."""
_MAX_RESULT_BITS = 3322  # 1000 digits: 1000 * log2(10), rounded up


def _within_digits(node: BinOp, check: Check, *sides: Union) -> None:
    for side in sides:
        for piece in side.pieces:
            for x in (piece.low, piece.high):
                if x is not None and (
                    abs(x.numerator).bit_length() > _MAX_RESULT_BITS
                    or x.denominator.bit_length() > _MAX_RESULT_BITS
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


def evaluate(node: Node, env: dict[str, Interval], priors: dict[str, Union], check: Check) -> Union:
    if isinstance(node, Literal):
        return Union.of(Interval.point(node.value))
    if isinstance(node, Name):
        return Union.of(env[node.id])
    if isinstance(node, Prior):
        return priors[node.id]
    if isinstance(node, Negate):
        return -evaluate(node.operand, env, priors, check)
    assert isinstance(node, BinOp)
    left = evaluate(node.left, env, priors, check)
    right = evaluate(node.right, env, priors, check)
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


def check_expr(check: Check, env: dict[str, Interval], priors: dict[str, Union]) -> Result:
    expr: Comparison = check.expr
    left = evaluate(expr.left, env, priors, check)
    right = evaluate(expr.right, env, priors, check)
    ok = left.any_pair(right, lambda a, b: compare(expr.op, a, b))
    lh, rh = left.hull(), right.hull()
    scale = auto_scale(lh.low, lh.high, rh.low, rh.high)

    def fmt(iv: Interval) -> str:
        return format_interval(iv, scale)

    sides = f"{format_union(left, fmt)} {expr.op} {format_union(right, fmt)}"
    message = t("expr.can_hold" if ok else "expr.cannot_hold", sides=sides)
    return Result(
        check.id,
        Kind.EXPR,
        _verdict(ok),
        check.pos.line,
        check.pos.column,
        message,
        check.expr_text,
        sides,
    )
