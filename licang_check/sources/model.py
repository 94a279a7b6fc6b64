"""What a claims file says of its sources: the ``sources:`` entries, each
claim's ``source:`` and, once looked up, the source's figure.

A source value is kept as printed figures (every cell it uses), with the
arithmetic over them, so that its interval can be worked out under any
rounding mode; a query's value is exact.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from licang_check.figures.grammar import Figure
from licang_check.numeric.exact import Fraction
from licang_check.numeric.intervals import DivisionByZeroInterval, Interval
from licang_check.numeric.rounding import RoundingMode

if TYPE_CHECKING:
    from licang_check.claims.expr import Node
    from licang_check.sources.evaluate import Tree

__all__ = ["LOOKUPS", "Leaf", "SourceRef", "SourceSpec", "SourceValue"]

LOOKUPS = ("cell", "row", "quote", "claim", "expr", "query")
"""How a claim's source names its figure (``row`` goes with ``column``)."""


@dataclass
class SourceSpec:
    """One entry of ``sources:``."""

    id: str
    line: int
    column: int
    rel: str
    path: Path
    kind: str
    sheet: str | None = None
    scale: str = ""
    """A multiplier word or ``%`` the cells are in (``亿``: 617.50 is 617.50亿)."""
    readable: bool = True
    """Whether the path passed the rules of ``article.text``."""


@dataclass
class SourceRef:
    """One claim's ``source:`` (an entry of it, where it is a list)."""

    line: int
    column: int
    source: str | None = None
    figure: str = "value"
    """Which of the claim's figures it is the source of: ``value`` or ``growth``."""
    cell: str | None = None
    row: str | None = None
    column_label: str | None = None
    quote: str | None = None
    claim: str | None = None
    expr: Node | None = None
    expr_text: str | None = None
    expr_column: int | None = None
    """The file column of the expression's first character, where on one line."""
    query: str | None = None
    scale: str | None = None
    note: str | None = None
    key_pos: dict[str, tuple[int, int]] = field(default_factory=dict)
    """Where each key's value is written, for errors about it."""
    value: SourceValue | None = None
    """The source's figure, once looked up."""

    def at(self, key: str) -> tuple[int, int]:
        return self.key_pos.get(key, (self.line, self.column))


class Leaf(NamedTuple):
    """One printed figure a source value uses: where it is, and the figure."""

    where: str
    """``bulletin!C5 (广东, 2024年)``, ``bulletin: “…”``, ``grain.yaml: grain``."""
    figure: Figure
    tolerance: Fraction | None = None
    """For another claims file's claim: that file's tolerance (qualified figures)."""


@dataclass
class SourceValue:
    """The figure a claim's source gives."""

    leaves: list[Leaf]
    tree: Tree | None = None
    """The arithmetic over the leaves (cells in order); None: the one leaf."""
    exact: Fraction | None = None
    """A query's result, exact."""
    sql_type: str | None = None
    """A query's result type (``DECIMAL(18,2)``)."""

    def interval(self, mode: RoundingMode, tolerance: Fraction) -> Interval:
        """The true values the source's figure stands for under ``mode``;
        raise :class:`DivisionByZeroInterval` on a division by what may be 0."""
        if self.exact is not None:
            return Interval.point(self.exact)
        ivs = [
            leaf.figure.interval(mode, leaf.tolerance if leaf.tolerance is not None else tolerance)
            for leaf in self.leaves
        ]
        if self.tree is None:
            return ivs[0]
        from licang_check.sources.evaluate import evaluate

        return evaluate(self.tree, ivs)

    @property
    def point(self) -> Fraction | None:
        """The value as printed: the cells' printed values through the arithmetic."""
        if self.exact is not None:
            return self.exact
        if self.tree is None:
            return self.leaves[0].figure.value
        from licang_check.sources.evaluate import evaluate

        try:
            iv = evaluate(self.tree, [Interval.point(leaf.figure.value) for leaf in self.leaves])
        except DivisionByZeroInterval:
            return None
        return iv.low if iv.is_point else None
