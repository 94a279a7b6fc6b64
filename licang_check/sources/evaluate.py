"""The arithmetic of a source expression over its cells' intervals.

A looked-up expression is a small tree whose leaves are runs of the source
value's cells: one cell, or a block to sum or average. Evaluating it under a
rounding mode adds, subtracts, multiplies and divides the cells' intervals
exactly, so that the result holds every true value the printed cells allow.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from licang_check.numeric.exact import Fraction
from licang_check.numeric.intervals import Interval

__all__ = ["Bin", "Lit", "Neg", "Span", "Tree", "evaluate", "unparse"]


class Lit(NamedTuple):
    value: Fraction
    text: str


class Span(NamedTuple):
    """Cells ``start`` to ``stop`` of the value's leaves: one cell, a sum or a mean."""

    func: str  # cell, sum, mean
    start: int
    stop: int
    text: str


class Neg(NamedTuple):
    operand: Tree


class Bin(NamedTuple):
    op: str
    left: Tree
    right: Tree


Tree = Lit | Span | Neg | Bin


def evaluate(tree: Tree, leaves: Sequence[Interval]) -> Interval:
    """The interval of ``tree`` with its cells' intervals ``leaves``; raise
    :class:`~licang_check.numeric.intervals.DivisionByZeroInterval`."""
    if isinstance(tree, Lit):
        return Interval.point(tree.value)
    if isinstance(tree, Span):
        total = leaves[tree.start]
        for iv in leaves[tree.start + 1 : tree.stop]:
            total = total + iv
        if tree.func == "mean":
            total = total / Interval.point(tree.stop - tree.start)
        return total
    if isinstance(tree, Neg):
        return -evaluate(tree.operand, leaves)
    left = evaluate(tree.left, leaves)
    right = evaluate(tree.right, leaves)
    if tree.op == "+":
        return left + right
    if tree.op == "-":
        return left - right
    if tree.op == "*":
        return left * right
    return left / right


def unparse(tree: Tree) -> str:
    """The expression as written (cells by their A1 references)."""
    if isinstance(tree, (Lit, Span)):
        return tree.text
    if isinstance(tree, Neg):
        return f"-{_wrapped(tree.operand)}"
    return f"{_wrapped(tree.left)} {tree.op} {_wrapped(tree.right)}"


def _wrapped(tree: Tree) -> str:
    return f"({unparse(tree)})" if isinstance(tree, Bin) else unparse(tree)
