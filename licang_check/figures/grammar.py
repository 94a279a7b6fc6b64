"""Printed figures (``448.6亿``, ``近7000万``, ``273%``, ``超过百万``) read
exactly, and the interval of true values each one stands for.

Grammar: ``[qualifier] number [余|多] [multiplier] [%] [qualifier]``. The
number is Arabic (optional sign, decimals, thousands commas) or a Chinese
numeral. Precision comes from the last printed digit, trailing zeros
included, scaled by the multiplier. ``百分之`` before the number is the
spelled-out ``%`` (``百分之三十`` is 30%, to the 10%), with no multiplier or
``%`` after it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from licang_check._i18n.messages import t
from licang_check.figures.display import PERCENT, Scale
from licang_check.figures.numerals import DIGITS, NUMERAL_CHARS, NumeralError, parse_chinese
from licang_check.numeric.exact import Fraction
from licang_check.numeric.intervals import Interval
from licang_check.numeric.rounding import RoundingMode, unround

__all__ = [
    "MAX_DIGITS",
    "MAX_FIGURE_LENGTH",
    "MULTIPLIERS",
    "QUALIFIERS",
    "Figure",
    "FigureError",
    "parse_figure",
]

MAX_DIGITS = 40
"""A printed figure with more digits than this is refused (no article prints one)."""
MAX_FIGURE_LENGTH = 100
"""A printed figure written with more characters than this is refused before it is read."""

MULTIPLIERS: dict[str, int] = {
    "万亿": 12,
    "千亿": 11,
    "百亿": 10,
    "十亿": 9,
    "亿": 8,
    "千万": 7,
    "百万": 6,
    "十万": 5,
    "万": 4,
    "千": 3,
    "百": 2,
}
"""Multiplier words and their powers of ten (百 千 万 亿 万亿 from the format,
and the compounds 十万 百万 千万 十亿 百亿 千亿 that articles also print)."""

PREFIXES = ("大约", "超过", "不足", "不到", "达到", "近", "约", "超", "逾", "达")
SUFFIXES = ("左右", "上下", "以上", "以下", "余", "多")
QUALIFIERS = frozenset(PREFIXES) | frozenset(SUFFIXES)

_DIGIT_CHARS = frozenset("0123456789") | frozenset(DIGITS)
_FULLWIDTH = str.maketrans("０１２３４５６７８９．，％－＋−", "0123456789.,%-+-")


def normalize_digits(text: str) -> str:
    """Full-width digits, point, comma, percent and signs as ASCII (１２３％ → 123%)."""
    return text.translate(_FULLWIDTH)


_ARABIC = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_CHINESE = "[" + "".join(sorted(NUMERAL_CHARS)) + "]+"
_MULT = "|".join(sorted(MULTIPLIERS, key=len, reverse=True))
_FIGURE = re.compile(
    rf"(?P<pre>{'|'.join(PREFIXES)})?"
    rf"(?P<sign>[-+])?"
    rf"(?P<pctword>百分之)?"
    rf"(?:(?P<arabic>{_ARABIC})|(?P<chinese>{_CHINESE}))"
    rf"(?P<infix>余|多)?"
    rf"(?P<mult>{_MULT})?"
    rf"(?P<pct>%)?"
    rf"(?P<post>{'|'.join(SUFFIXES)})?"
)


class FigureError(ValueError):
    """A printed figure that does not follow the grammar."""


class Figure(NamedTuple):
    """A figure as printed, read exactly."""

    text: str
    """The figure exactly as written in the claims file."""
    digits: str
    """The number as printed, without qualifiers or multiplier: ``448.6``, ``千``."""
    value: Fraction
    """The printed value in base units; a percentage as a ratio (273% → 2.73)."""
    unit: Fraction
    """One step of the last printed digit, in the same units as ``value``."""
    percent: bool
    multiplier: str
    qualifiers: tuple[str, ...]
    exact_whole: bool
    """An Arabic whole number with no multiplier and no ``%``: exact on a count."""

    @property
    def scale(self) -> Scale:
        """How to show numbers of this figure's kind (亿 with 亿, % with %)."""
        if self.percent:
            return PERCENT
        if self.multiplier:
            return Scale(10 ** MULTIPLIERS[self.multiplier], self.multiplier)
        return Scale()

    def interval(
        self, rounding: RoundingMode, tolerance: Fraction, *, count: bool = False
    ) -> Interval:
        """The true values this printed figure stands for (before any
        whole-number narrowing for counts)."""
        x = self.value
        result: Interval | None = None
        for q in self.qualifiers:
            iv = qualifier_interval(q, x, tolerance)
            if iv is not None:
                result = iv if result is None else result.intersect(iv)
        if result is not None:
            return result
        if count and self.exact_whole:
            return Interval.point(x)
        return unround(x, self.unit, rounding)


def qualifier_interval(q: str, x: Fraction, tol: Fraction) -> Interval | None:
    """The interval a qualifier gives the printed value itself; None for 达."""
    if q == "近":
        a, b = x * (1 - tol), x
    elif q in ("约", "大约", "左右", "上下"):
        a, b = x * (1 - tol), x * (1 + tol)
    elif q in ("超", "超过", "逾", "余", "多"):
        return Interval(x, None, False, False)
    elif q == "以上":
        return Interval(x, None, True, False)
    elif q in ("不足", "不到"):
        return Interval(None, x, False, False)
    elif q == "以下":
        return Interval(None, x, False, True)
    else:  # 达, 达到
        return None
    return Interval.closed(min(a, b), max(a, b))


@lru_cache(maxsize=4096)
def parse_figure(text: str) -> Figure:
    """Read a printed figure; raise :class:`FigureError` if it is not one."""
    raw = text
    norm = text.strip().translate(_FULLWIDTH)
    if sum(c in _DIGIT_CHARS for c in norm) > MAX_DIGITS:
        raise FigureError(t("figure.too_many_digits", n=MAX_DIGITS))
    if len(raw) > MAX_FIGURE_LENGTH:
        raise FigureError(t("figure.too_long", n=MAX_FIGURE_LENGTH))
    if not norm:
        raise FigureError(t("figure.empty"))
    m = _FIGURE.fullmatch(norm)
    if m is None:
        raise FigureError(t("figure.not_a_figure", text=raw, hint=_hint(norm)))
    sign = -1 if m["sign"] == "-" else 1
    if m["arabic"]:
        digits = m["arabic"]
        plain = digits.replace(",", "")
        if len(plain) - plain.count(".") > MAX_DIGITS:
            raise FigureError(t("figure.too_many_digits", n=MAX_DIGITS))
        whole, _, frac = plain.partition(".")
        value = Fraction(int(whole + frac), 10 ** len(frac))
        unit = Fraction(1, 10 ** len(frac))
        exact_whole = not frac
    else:
        digits = m["chinese"]
        if len(digits) > MAX_DIGITS:
            raise FigureError(t("figure.too_many_digits", n=MAX_DIGITS))
        try:
            v, u = parse_chinese(digits)
        except NumeralError as e:
            raise FigureError(t("figure.numeral", problem=e, text=raw)) from None
        value, unit = Fraction(v), Fraction(u)
        exact_whole = False
    mult = m["mult"] or ""
    if mult:
        factor = 10 ** MULTIPLIERS[mult]
        value *= factor
        unit *= factor
        exact_whole = False
    if m["pctword"] and (m["mult"] or m["pct"]):
        raise FigureError(t("figure.pct_word", text=raw))
    percent = bool(m["pct"] or m["pctword"])
    if percent:
        value /= 100
        unit /= 100
        exact_whole = False
    qualifiers = tuple(q for q in (m["pre"], m["infix"], m["post"]) if q)
    if m["infix"] and m["post"] in ("余", "多"):
        raise FigureError(t("figure.two_more", a=m["infix"], b=m["post"], text=raw))
    return Figure(
        text=raw,
        digits=digits,
        value=sign * value,
        unit=unit,
        percent=percent,
        multiplier=mult,
        qualifiers=qualifiers,
        exact_whole=exact_whole,
    )


def _hint(norm: str) -> str:
    if re.fullmatch(r"[-+]?\d*\.?\d+[eE][-+]?\d+", norm):
        return t("figure.hint_exponent")
    if norm.endswith("%%"):
        return t("figure.hint_percent_twice")
    if re.search(r"\d\s+\d", norm):
        return t("figure.hint_spaces")
    return ""
