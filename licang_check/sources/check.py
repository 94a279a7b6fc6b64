"""The ``source`` result: can the article's figure and its source's be the
same true value?

Both are printed figures, each an interval under the rounding mode (a table
cell ``617.50`` in 亿 is [617.495亿, 617.505亿) under half-up, the article's
``617.5亿`` is [617.45亿, 617.55亿)); an expression over cells is the exact
interval arithmetic of its cells' intervals; a query's value is exact. The
result is consistent when the two intervals meet. When they do not, the
message says what the article should have printed: the source's value as
printed, rounded to the article figure's precision.
"""

from __future__ import annotations

from licang_check._i18n.messages import t
from licang_check.claims.load import Claim, ClaimsFile
from licang_check.figures.display import format_interval
from licang_check.figures.grammar import Figure
from licang_check.numeric.intervals import DivisionByZeroInterval, Interval
from licang_check.numeric.rounding import RoundingMode
from licang_check.sources.model import SourceRef

__all__ = [
    "article_figure",
    "article_interval",
    "describe",
    "holds",
    "shown",
    "source_interval",
]


def article_figure(claim: Claim, ref: SourceRef) -> Figure:
    if ref.figure == "growth":
        assert claim.growth is not None
        return claim.growth
    return claim.value


def article_interval(cf: ClaimsFile, claim: Claim, ref: SourceRef, mode: RoundingMode) -> Interval:
    """The article figure's true values under ``mode``."""
    if ref.figure == "growth":
        assert claim.growth is not None
        return claim.growth.interval(mode, cf.tolerance)
    iv = claim.value.interval(mode, cf.tolerance, count=claim.count)
    return iv.integer_hull() if claim.count and not claim.value.percent else iv


def source_interval(cf: ClaimsFile, ref: SourceRef, mode: RoundingMode) -> Interval | None:
    """The source figure's true values under ``mode``; None where the
    arithmetic divides by what may be zero."""
    assert ref.value is not None
    try:
        return ref.value.interval(mode, cf.tolerance)
    except DivisionByZeroInterval:
        return None


def holds(cf: ClaimsFile, claim: Claim, ref: SourceRef, mode: RoundingMode) -> bool:
    """The verdict under ``mode``."""
    src = source_interval(cf, ref, mode)
    return src is not None and article_interval(cf, claim, ref, mode).meets(src)


def shown(ref: SourceRef, fig: Figure, cf: ClaimsFile) -> str:
    """The source's figure as a reader sees it beside the article's."""
    value = ref.value
    assert value is not None
    if value.exact is not None:
        from licang_check.figures.display import format_number

        return format_number(value.exact, fig.scale)
    if value.tree is None:
        return value.leaves[0].figure.text
    iv = source_interval(cf, ref, cf.rounding)
    from licang_check.sources.evaluate import unparse

    return f"{unparse(value.tree)} = {format_interval(iv, fig.scale) if iv else '?'}"


def should_print(cf: ClaimsFile, ref: SourceRef, fig: Figure) -> str:
    """What the article should have printed, at its figure's precision."""
    from licang_check.kinds.steps import prints_as

    assert ref.value is not None
    point = ref.value.point
    if point is not None:
        return prints_as(point, fig, cf.rounding, cf.tolerance)
    iv = source_interval(cf, ref, cf.rounding)
    ends = [x for x in (iv.low, iv.high) if x is not None] if iv is not None else []
    return t("sep.or").join(prints_as(x, fig, cf.rounding, cf.tolerance) for x in ends)


def describe(cf: ClaimsFile, claim: Claim, ref: SourceRef) -> tuple[bool, str, str, str]:
    """One source of a claim under ``cf``'s rounding: whether it agrees, the
    message, the article's figure as printed and the source's as shown."""
    fig = article_figure(claim, ref)
    source = shown(ref, fig, cf)
    where = ref.value.leaves[0].where if ref.value and len(ref.value.leaves) == 1 else ""
    ok = holds(cf, claim, ref, cf.rounding)
    fields = {"printed": fig.text, "source": source, "where": where or t("source.the_source")}
    if ok:
        message = t("source.agrees", **fields)
    else:
        message = t("source.disagrees", should=should_print(cf, ref, fig), **fields)
    return ok, message, fig.text, source
