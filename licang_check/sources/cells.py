"""A source cell as a printed figure, and the one rule that turns a
spreadsheet's binary float into one.

A CSV or TSV cell is text: its printed digits are its precision (``617.50``
is known to the hundredth). A spreadsheet stores a number as a binary float
and prints it through the cell's number format. The rule
(:func:`float_text`), applied to every numeric spreadsheet cell:

1. the float's shortest decimal that reads back as the same float
   (``repr``: the float nearest 2.675 is ``2.675``, not
   ``2.67499999999999982236431605997495353221893310546875``);
2. where the reader gives the cell's number format and it fixes the decimals
   (``0.00``, ``#,##0.0``, ``0.0%``), that decimal rounded half away from
   zero to the format's decimals, trailing zeros kept (``617.5`` under
   ``0.00`` is ``617.50``; ``2.675`` under ``0.00`` is ``2.68``, as the
   spreadsheet shows it); a percent format prints the number times 100
   with ``%``;
3. otherwise (``General``, no format given, a scientific or unreadable
   format) the decimal of step 1 as it is, an integer without a point.

No float reaches a verdict: the text this makes is read by the figure
grammar like any printed figure.
"""

from __future__ import annotations

import math
import re
from decimal import ROUND_HALF_UP, Decimal
from typing import NamedTuple

from licang_check.figures.grammar import MAX_DIGITS, Figure, FigureError, parse_figure
from licang_check.numeric.exact import Fraction

__all__ = ["Cell", "CellKind", "float_text", "format_decimals", "text_cell"]

CellKind = str
"""``number``, ``text``, ``empty`` or ``formula`` (a formula with no cached value)."""

NUMBER, TEXT, EMPTY, FORMULA = "number", "text", "empty", "formula"


class Cell(NamedTuple):
    """One cell as printed: its text, and its figure where it is a number."""

    text: str
    kind: CellKind
    figure: Figure | None = None


_EMPTY = Cell("", EMPTY)
_NUMERIC = re.compile(r"[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?")


def text_cell(raw: str) -> Cell:
    """A cell read as text (CSV, TSV, JSON string, ODS display text): a
    number where its text, stripped, is a plain printed number (``617.50``,
    ``1,234``, ``-3.5``, ``12.5%``), text otherwise. A multiplier word or a
    qualifier in a cell (``约3亿``) is text: a table's figures are its
    numbers, the unit goes in ``scale:``."""
    s = raw.strip()
    if not s:
        return _EMPTY
    if _NUMERIC.fullmatch(s):
        fig = _plain_figure(s)
        return Cell(s, NUMBER, fig) if fig is not None else Cell(s, TEXT)
    return Cell(s, TEXT)


def _plain_figure(s: str) -> Figure | None:
    """The figure of a plain printed number (``-1,234.50``, ``12.5%``), read
    as the figure grammar reads it, without its general matcher: a table has
    many thousands of cells, the grammar is built for an article's figures.
    None past the grammar's digit limit."""
    percent = s.endswith("%")
    body = s[:-1] if percent else s
    sign = -1 if body.startswith("-") else 1
    digits = body.lstrip("+-")
    plain = digits.replace(",", "")
    whole, _, frac = plain.partition(".")
    if len(whole) + len(frac) > MAX_DIGITS:
        return None
    value = Fraction(int(whole + frac), 10 ** len(frac))
    unit = Fraction(1, 10 ** len(frac))
    if percent:
        value, unit = value / 100, unit / 100
    exact = not frac and not percent
    return Figure(s, digits, sign * value, unit, percent, "", (), exact)


_QUOTED = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]|_.|\*.')


def format_decimals(number_format: str | None) -> tuple[int, bool] | None:
    """The decimals a number format shows and whether it is a percent
    (``0.00`` → (2, False), ``0.0%`` → (1, True), ``#,##0`` → (0, False));
    None where it does not fix them (``General``, scientific, a date, none)."""
    if not number_format:
        return None
    section = _QUOTED.sub("", number_format.split(";")[0])
    if not section or section.lower() == "general" or "e" in section.lower():
        return None
    if any(c in section.lower() for c in "ymdhs@"):
        return None
    if not any(c in section for c in "0#?"):
        return None
    _, point, frac = section.partition(".")
    decimals = sum(1 for c in frac if c in "0#?") if point else 0
    return decimals, "%" in section


def _shortest(x: float | int) -> Decimal:
    """The shortest decimal that round-trips a float; an int exactly."""
    return Decimal(repr(x))


def float_text(x: float | int, number_format: str | None = None) -> str:
    """The printed figure of a spreadsheet number (see the module's rule)."""
    if not math.isfinite(x):
        raise ValueError(repr(x))
    d = _shortest(x)
    fixed = format_decimals(number_format)
    if fixed is not None:
        decimals, percent = fixed
        if percent:
            d = d.scaleb(2)
        q = d.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
        text = f"{q:f}"
        if text.startswith("-") and q == 0:
            text = text[1:]
        return text + ("%" if percent else "")
    if d == d.to_integral_value():
        return f"{d.to_integral_value():f}".removeprefix("-") if d == 0 else f"{int(d)}"
    return f"{d.normalize():f}"


def number_cell(x: float | int, number_format: str | None = None) -> Cell:
    """A spreadsheet's numeric cell, by :func:`float_text` (a whole number the
    reader gives as an int is taken exactly, never through a float)."""
    if not math.isfinite(x):
        return Cell(repr(x), TEXT)
    text = float_text(x, number_format)
    try:
        return Cell(text, NUMBER, parse_figure(text))
    except FigureError:  # more digits than a figure may have (1e300)
        return Cell(text, TEXT)


EMPTY_CELL = _EMPTY
FORMULA_CELL = Cell("", FORMULA)
