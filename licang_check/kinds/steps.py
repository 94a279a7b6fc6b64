"""The words of an explanation: a step, an interval and a printed figure in
words, how a true value would print, the whole numbers that fit. Every kind's
messages and ``explain`` steps are made of these."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from licang_check._i18n.messages import t
from licang_check.claims.load import ClaimsFile
from licang_check.figures.display import (
    PERCENT,
    PLAIN,
    Scale,
    format_fixed,
    format_interval,
    format_number,
)
from licang_check.figures.grammar import Figure
from licang_check.figures.qualifiers import group_of
from licang_check.kinds.base import is_exact
from licang_check.numeric.exact import Fraction
from licang_check.numeric.intervals import Interval
from licang_check.numeric.rounding import RoundingMode, reround
from licang_check.numeric.unions import Union
from licang_check.numeric.wholes import Wholes
from licang_check.run.budget import spend

__all__ = [
    "SHOWN",
    "Step",
    "by_hand_steps",
    "describe_figure",
    "describe_interval",
    "describe_wholes",
    "joined",
    "prints_as",
    "spend_printing",
    "wholes_text",
]

SHOWN = 3
"""At most this many whole numbers are named in a result's message."""


class Step(NamedTuple):
    """One step: what it is about (``growth``, ``prior``, ``verdict`` …) and
    a sentence a reader can check by hand.

    ``label`` is a key, English whatever the language (``explain --format
    json`` gives it to tools); :attr:`title` is what a reader sees, the
    catalogue's ``step.<label>``, or the label itself for a step about an id
    or a figure of a check (``ref``)."""

    label: str
    text: str
    ref: bool = False

    @property
    def title(self) -> str:
        return self.label if self.ref else t(f"step.{self.label}")


PRINT_BITS_SQUARED_PER_STEP = 1 << 17
"""Printing an exact number in decimals takes time that grows with the
square of its size: a number of ``b`` bits (numerator and denominator
together) costs ``1 + b² / 131,072`` steps of the work budget, about
340 for one with 1,000 digits over 1,000 digits."""


def spend_printing(u: Union) -> None:
    """Spend the work budget on printing every end of ``u``: ``explain``
    prints the values of each operation of an expression, each of which may
    hold many pieces with numbers of hundreds of digits."""
    steps = 0
    for piece in u.pieces:
        for x in (piece.low, piece.high):
            if x is not None:
                bits = x.numerator.bit_length() + x.denominator.bit_length()
                steps += 1 + bits * bits // PRINT_BITS_SQUARED_PER_STEP
    spend(steps)


def joined(items: list[str], sep: str) -> str:
    """``items`` joined by the separator ``sep`` (a catalogue key), which one
    item does not need: the growth check's message is made for every claim."""
    return items[0] if len(items) == 1 else t(sep).join(items)


def prints_as(value: Fraction, fig: Figure, mode: RoundingMode, tolerance: Fraction) -> str:
    """How a true value would be printed at the precision of ``fig``."""
    scale = fig.scale
    if fig.qualifiers:
        iv = fig.interval(mode, tolerance)
        inside = "prints.within" if value in iv else "prints.outside"
        return t(inside, interval=format_interval(iv, scale))
    shown = [format_fixed(v, fig.unit, scale) for v in reround(value, fig.unit, mode)]
    return t("prints.as", shown=joined(shown, "sep.or"))


def describe_wholes(w: Wholes, scale: Scale, within: Interval) -> str:
    """The whole numbers that fit, in words; ``within`` is the interval they
    were found in (an unbounded one lists none below or above a bound)."""
    if w.total is None:
        lo, hi = within.integer_bounds()
        if lo is not None:
            return t("wholes.from", low=format_number(Fraction(lo), scale))
        if hi is not None:
            return t("wholes.up_to", high=format_number(Fraction(hi), scale))
        return t("wholes.any")
    if w.total <= SHOWN:
        return joined([str(k) for k in w.listed], "sep.or")
    high = w.listed[-1] if not w.truncated else "…"
    return t("wholes.range", n=w.total, low=w.listed[0], high=high)


LISTED = 20
"""At most this many whole numbers that fit are listed in ``explain``."""
BY_HAND = 5
"""At most this many whole numbers that fit are worked out by hand in ``explain``."""


def wholes_text(w: Wholes, keys: tuple[str, str, str], suffix: str = "") -> str:
    """The whole numbers that fit, in the words of ``keys`` (the catalogue's
    none / listed / many), ``suffix`` added where some fit; at most
    :data:`LISTED` are listed."""
    none, listed, many = keys
    if not w.any:
        return t(none)
    if w.total is not None and w.total <= LISTED:
        return t(listed, listed=", ".join(str(k) for k in w.listed)) + suffix
    more = t("explain.infinitely_many") if w.total is None else f"{w.total}"
    return t(many, more=more, first=w.listed[0]) + suffix


def by_hand_steps(w: Wholes, by_hand: Callable[[int], str] | None) -> list[Step]:
    """Where at most :data:`BY_HAND` whole numbers fit and ``by_hand`` is
    given, a step for each, in its words."""
    if by_hand is None or w.total is None or not 0 < w.total <= BY_HAND:
        return []
    return [Step("by hand", by_hand(k)) for k in w.listed]


def _end(x: Fraction, closed: bool, scale: Scale) -> str:
    return t("explain.included" if closed else "explain.not_included", x=format_number(x, scale))


def describe_interval(iv: Interval, scale: Scale = PLAIN) -> str:
    """``[272.5%, 273.5%): from 272.5% (included) to 273.5% (not included)``."""
    if iv.is_empty:
        return t("explain.empty")
    if iv.is_point:
        assert iv.low is not None
        return t("explain.exactly", x=format_number(iv.low, scale))
    shown = format_interval(iv, scale)
    if iv.low is None and iv.high is None:
        return t("explain.any", shown=shown)
    if iv.low is None:
        assert iv.high is not None
        return t("explain.up_to", shown=shown, high=_end(iv.high, iv.high_closed, scale))
    if iv.high is None:
        return t("explain.from_up", shown=shown, low=_end(iv.low, iv.low_closed, scale))
    return t(
        "explain.from_to",
        shown=shown,
        low=_end(iv.low, iv.low_closed, scale),
        high=_end(iv.high, iv.high_closed, scale),
    )


def _rounding_words(fig: Figure, mode: RoundingMode) -> str:
    if mode is RoundingMode.HALF_UP:
        return t("explain.half_up")
    if mode is RoundingMode.HALF_EVEN:
        last = (fig.value / fig.unit).numerator % 10
        parity = t("explain.even" if last % 2 == 0 else "explain.odd")
        return t("explain.half_even", last=last, parity=parity)
    if mode is RoundingMode.DOWN:
        return t("explain.down")
    return t("explain.any_mode")


def describe_figure(
    fig: Figure, cf: ClaimsFile, *, count: bool, what: str, mode: RoundingMode | None = None
) -> str:
    """What a printed figure stands for, and why."""
    mode = mode or cf.rounding
    scale = fig.scale
    iv = fig.interval(mode, cf.tolerance, count=count)
    if count and not fig.percent:
        iv = iv.integer_hull()
    qualified = [(q, group_of(q)) for q in fig.qualifiers if group_of(q).gives_interval]
    if qualified:
        words = t("sep.comma").join(
            t("explain.qualifier", q=q, gloss=t(group.gloss)) for q, group in qualified
        )
        tol = ""
        if any(group.tolerance for _, group in qualified):
            tol = t("explain.tolerance", tolerance=format_number(cf.tolerance, PERCENT))
        return t(
            "explain.qualified",
            what=what,
            text=fig.text,
            words=words,
            tol=tol,
            interval=describe_interval(iv, scale),
        )
    if is_exact(fig, count=count):
        return t("explain.exact_count", what=what, text=fig.text)
    unit = format_number(fig.unit, scale)
    text = t(
        "explain.printed_to",
        what=what,
        text=fig.text,
        unit=unit,
        rounding=_rounding_words(fig, mode),
        interval=describe_interval(fig.interval(mode, cf.tolerance), scale),
    )
    if count and not fig.percent:
        text += t("explain.count_wholes", interval=describe_interval(iv, scale))
    return text
