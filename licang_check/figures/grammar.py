"""Printed figures (``448.6亿``, ``近7000万``, ``273%``, ``超过百万``,
``1.2个百分点``, ``七成``, ``三分之一``, ``3-5``, ``17.1 percent``) read
exactly, and the interval of true values each one stands for.

Grammar (read in normal form, :func:`~licang_check.figures.normalize.fold`:
full-width and traditional characters as their plain forms)::

    figure   := range | doubling | single
    single   := [qualifier] [sign] [den 分之] number [[measure] 半] [余|多]
                [multiplier] [marker] [半] [qualifier]
    range    := single (至 | 到 | ~ | -) single         (no qualifiers)
    doubling := [qualifier] 翻[了] n 番 [qualifier]      (×2ⁿ, exact)

The qualifiers, what each says of the true value and where it stands, are
:mod:`~licang_check.figures.qualifiers`' table.

The number is Arabic (decimals, thousands commas grouped by three) or a
Chinese numeral, counting (二十五) or positional (六四〇, with a decimal part
after 点 or a point: 三点五, 六四〇.五). A space may stand between the
number, its multiplier and its marker (``1115.2 亿``, ``390.83 billion``),
never inside the number. Precision comes from the last printed digit,
trailing zeros included, scaled by the multiplier and the marker.

Markers: ``%``, ``percent``, ``per cent``, ``‰``, ``‱``, ``成`` (÷10),
``折`` (÷10; ``八五折`` is 8.5折) make a ratio; ``个百分点``, ``百分点``,
``percentage point(s)`` make percentage points (a distinct kind, never a
percentage); ``倍``, ``times`` make a multiple, whose reading (a growth or
a ratio) the claim decides (:func:`as_growth`, :func:`as_ratio`).
``X分之Y`` before the number is the fraction Y/X (``百分之三十`` is 30%, to
the 10%; ``三分之一`` is 1/3, to the 1/3), with no multiplier or marker.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import NamedTuple

from licang_check._i18n.messages import t
from licang_check.figures.display import PERCENT, PLAIN, Scale
from licang_check.figures.normalize import fold
from licang_check.figures.numerals import (
    DIGITS,
    MULTIPLIERS,
    NUMERAL_CHARS,
    POSITIONAL_DIGITS,
    NumeralError,
    parse_chinese,
    parse_numeral,
)
from licang_check.figures.qualifiers import AFTER, BEFORE, BY_WORD, INSIDE, words
from licang_check.numeric.exact import Fraction
from licang_check.numeric.intervals import Interval
from licang_check.numeric.rounding import RoundingMode, unround

__all__ = [
    "ENGLISH_MULTIPLIERS",
    "FIGURE_RE",
    "MAX_DIGITS",
    "MAX_FIGURE_LENGTH",
    "MULTIPLIERS",
    "POINTS_MARKERS",
    "RATE_MARKERS",
    "TIMES_MARKERS",
    "Figure",
    "FigureError",
    "as_growth",
    "as_ratio",
    "normalize_digits",
    "parse_figure",
]

MAX_DIGITS = 40
"""A printed figure with more digits than this is refused (no article prints one)."""
MAX_FIGURE_LENGTH = 100
"""A printed figure written with more characters than this is refused before it is read."""

ENGLISH_MULTIPLIERS: dict[str, int] = {"thousand": 3, "million": 6, "billion": 9, "trillion": 12}
"""English multiplier words (after a space: ``390.83 billion``) and their powers of ten."""

RATE_MARKERS: dict[str, int] = {
    "%": 100,
    "percent": 100,
    "per cent": 100,
    "‰": 1000,
    "‱": 10000,
    "成": 10,
    "折": 10,
}
"""Markers after a number that make it a ratio, and what they divide it by."""
POINTS_MARKERS: dict[str, int] = {
    "个百分点": 100,
    "百分点": 100,
    "percentage points": 100,
    "percentage point": 100,
}
"""Markers of percentage points (``1.2个百分点`` is a change of 0.012 in a rate)."""
TIMES_MARKERS = ("倍", "times")
"""Markers of a multiple (``1.72倍``: the number 1.72, a growth or a ratio)."""

_DIGIT_CHARS = frozenset("0123456789") | frozenset(DIGITS)


def normalize_digits(text: str) -> str:
    """``text`` in the figures' normal form, character for character
    (:func:`~licang_check.figures.normalize.fold`): full-width digits, points
    (``．`` ``﹒``), commas, percent and signs as ASCII, traditional characters
    as simplified (億 → 亿). The same length as ``text``."""
    return fold(text)


def _alt(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, the longest first."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


_ARABIC = r"(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?"
_CH = "[" + "".join(sorted(NUMERAL_CHARS)) + "]"
_CHINESE = rf"{_CH}+(?:[.点]{_CH}+)?"
_MEASURES = "个年月天日周岁"
_MARKERS = _alt([*RATE_MARKERS, *POINTS_MARKERS, *TIMES_MARKERS])
_PRE = _alt(words(BEFORE))
_POST = _alt(words(AFTER))
_FIGURE = re.compile(
    rf"(?P<pre>{_PRE})?\s*"
    rf"(?P<sign>[-+])?"
    rf"(?:(?P<den>{_CH}+|[0-9]+)分之)?"
    rf"(?:(?P<arabic>{_ARABIC})|(?P<chinese>{_CHINESE})|(?P<halfonly>半))"
    rf"(?P<half>[{_MEASURES}]?半)?"
    rf"(?P<infix>{_alt(INSIDE)})?"
    rf"\s*(?P<mult>{_alt([*MULTIPLIERS, *ENGLISH_MULTIPLIERS])})?"
    rf"\s*(?P<marker>{_MARKERS})?"
    rf"(?P<half2>半)?"
    rf"\s*(?P<post>{_POST})?"
)
_DOUBLING = rf"(?P<pre>{_PRE})?\s*翻了?(?P<n>[一二两三四五六七八九十]|[0-9]+)番(?P<post>{_POST})?"


@lru_cache(maxsize=1)
def _doubling_re() -> re.Pattern[str]:
    """翻…番, compiled when first needed (rare in articles; start-up stays cheap)."""
    return re.compile(_DOUBLING)


FIGURE_RE = _FIGURE
"""The regular expression of one figure (not a range, not 翻…番) in folded text
(:func:`~licang_check.figures.normalize.fold`); what it matches is a candidate
for :func:`parse_figure`, which reads it and checks the rest."""
_OTHER_DIGIT = re.compile(r"(?![0-9])\d")
"""A decimal digit of another script (١, ३): the format's digits are ASCII and full-width."""


@lru_cache(maxsize=1)
def _range_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A range's separators and spaces, compiled when first needed (a range
    is read only when a figure is not a single one)."""
    return re.compile(r"至|到|~|-"), re.compile(r"\s+")


_SCALES: dict[str, Scale] = {}
"""Each multiplier's scale, made once (``Figure.scale``)."""

_INTERVALS: dict[tuple[int, RoundingMode, Fraction, bool], tuple[Figure, Interval]] = {}
"""``Figure.interval``'s results by the figure's id (the figure kept beside
its interval, so that an id reused by a new figure is no hit), rounding,
tolerance and count: a bounded store, emptied when full."""
_MAX_INTERVALS = 1 << 16


class FigureError(ValueError):
    """A printed figure that does not follow the grammar."""


class Figure(NamedTuple):
    """A figure as printed, read exactly."""

    text: str
    """The figure exactly as written in the claims file."""
    digits: str
    """The number as printed, in normal form, without qualifiers, multiplier
    or marker: ``448.6``, ``千``, ``三十亿``, ``十五年半``, ``三分之一``, ``3-5``."""
    value: Fraction
    """The printed value in base units; a ratio as a ratio (273% → 2.73, 七成 → 0.7),
    percentage points as a difference of ratios (1.2个百分点 → 0.012), a multiple
    as printed (1.72倍 → 1.72, 翻一番 → 2). The low end of a range."""
    unit: Fraction
    """One step of the last printed digit, in the same units as ``value``
    (1 for 翻…番, which is exact: see ``exact``)."""
    percent: bool
    """A ratio: ``%``, ``‰``, ``成``, ``折``, ``X分之Y``."""
    multiplier: str
    qualifiers: tuple[str, ...]
    """The contract's qualifiers the figure carries, in normal form: an added
    one as the contract qualifier it reads as (``about`` as ``约``, ``约合`` as
    ``达``; :mod:`~licang_check.figures.qualifiers`)."""
    exact_whole: bool
    """An Arabic whole number with no multiplier and no marker: exact on a count."""
    marker: str = ""
    """The marker after the number, in normal form: ``%``, ``个百分点``, ``倍``,
    ``番`` (翻…番), ``成`` …; empty for a plain number."""
    high: Figure | None = None
    """The high end of a range (``3-5``: the figure ``5``); None for one figure."""
    printed_qualifiers: tuple[str, ...] = ()
    """The qualifiers as printed, in normal form (``about``, ``约合``, ``约``)."""
    exact: bool = False
    """Exact by its words, whatever the rounding (翻一番 is ×2)."""

    @property
    def points(self) -> bool:
        """Percentage points (``个百分点``): a difference of two rates."""
        return self.marker in POINTS_MARKERS

    @property
    def times(self) -> bool:
        """A multiple: ``倍``, ``times`` or ``翻…番``."""
        return self.marker in TIMES_MARKERS or self.marker == "番"

    @property
    def kind(self) -> str:
        """``number``, ``percent`` (a ratio), ``points`` or ``times``."""
        if self.percent:
            return "percent"
        if self.points:
            return "points"
        return "times" if self.times else "number"

    @property
    def scale(self) -> Scale:
        """How to show numbers of this figure's kind (亿 with 亿, % with %)."""
        if self.percent:
            return PERCENT
        if self.points:
            return Scale(Fraction(1, 100), t("figure.points_suffix"))
        if self.times:
            return Scale(1, t("figure.times_suffix"))
        if not self.multiplier:
            return PLAIN
        scale = _SCALES.get(self.multiplier)
        if scale is None:
            m = self.multiplier
            if m in ENGLISH_MULTIPLIERS:
                scale = Scale(10 ** ENGLISH_MULTIPLIERS[m], " " + m)
            else:
                scale = Scale(10 ** MULTIPLIERS[m], m)
            _SCALES[m] = scale
        return scale

    def interval(
        self, rounding: RoundingMode, tolerance: Fraction, *, count: bool = False
    ) -> Interval:
        """The true values this printed figure stands for (before any
        whole-number narrowing for counts); a range: from its low end's
        lowest to its high end's highest.

        Worked out once per figure object, rounding, tolerance and count
        (:data:`_INTERVALS`): a figure is asked under every mode, by more
        than one kind."""
        key = (id(self), rounding, tolerance, count)
        hit = _INTERVALS.get(key)
        if hit is not None and hit[0] is self:
            return hit[1]
        iv = self._interval(rounding, tolerance, count)
        if len(_INTERVALS) >= _MAX_INTERVALS:
            _INTERVALS.clear()
        _INTERVALS[key] = (self, iv)
        return iv

    def _interval(self, rounding: RoundingMode, tolerance: Fraction, count: bool) -> Interval:
        if self.high is not None:
            low = self._replace(high=None)._interval(rounding, tolerance, count)
            return low.hull(self.high.interval(rounding, tolerance, count=count))
        x = self.value
        result: Interval | None = None
        for q in self.qualifiers:
            iv = BY_WORD[q].group.interval(x, tolerance)
            if iv is not None:
                result = iv if result is None else result.intersect(iv)
        if result is not None:
            return result
        if (count and self.exact_whole) or self.exact:
            return Interval.point(x)
        return unround(x, self.unit, rounding)


def as_growth(fig: Figure) -> Figure:
    """A multiple read as a growth (``增长1.72倍`` is +172%; ``翻一番`` is
    +100%): the same figure as a ratio, whose value is the rate. Any other
    figure is returned as it is."""
    if fig.marker == "番":
        return fig._replace(value=fig.value - 1, percent=True, marker="")
    if fig.times:
        high = as_growth(fig.high) if fig.high is not None else None
        return fig._replace(percent=True, marker="", exact_whole=False, high=high)
    return fig


def as_ratio(fig: Figure) -> Figure:
    """A multiple read as a ratio of two values (``是…的2.5倍`` is 2.5;
    ``翻两番`` is 4): the plain number. Any other figure is returned as it is."""
    if fig.times:
        high = as_ratio(fig.high) if fig.high is not None else None
        return fig._replace(marker="", exact_whole=False, high=high)
    return fig


_PLAIN = re.compile(
    r"(-?)(0|[1-9][0-9]{0,19})(?:\.([0-9]{1,19}))?"
    rf"(?:(%)|({_alt(MULTIPLIERS)}))?"
)
"""The plain forms, most figures in real files (``41``, ``-3.2%``,
``100.0亿``): ASCII digits without grouping or leading zeros, at most 39 of
them, then a ``%`` or a Chinese multiplier. :func:`_plain` reads them as the
general grammar does; anything else is the grammar's (:func:`_parse_general`)."""
_POWERS = {m: 10**p for m, p in MULTIPLIERS.items()}
_QUALIFIED = re.compile(rf"(?P<pre>{_PRE})?{_PLAIN.pattern}(?P<post>{_POST})?")
"""A plain form with a qualifier before it or after it, or both, written
next to it (``近1000万``, ``超过100万``, ``10亿以上``): the next most common
figures. :func:`parse_figure` reads them as :func:`_plain` reads the
number, with the qualifiers added as the general grammar adds them."""


@lru_cache(maxsize=4096)
def parse_figure(text: str) -> Figure:
    """Read a printed figure; raise :class:`FigureError` if it is not one."""
    m = _PLAIN.fullmatch(text)
    if m is not None:
        return _plain(m.groups(), text)
    q = _QUALIFIED.fullmatch(text) if not text.isascii() else None
    if q is not None and "成" not in text and fold(text) == text:
        pre, *number, post = q.groups()
        printed = (pre, post) if pre and post else (pre,) if pre else (post,) if post else ()
        if printed:
            return _plain(number, text)._replace(
                qualifiers=tuple(BY_WORD[w].reads_as for w in printed),
                printed_qualifiers=printed,
            )
    return _parse_general(text)


def _plain(groups: Sequence[str | None], raw: str) -> Figure:
    """A figure of :data:`_PLAIN` (its match's groups), the same in every
    field as :func:`_parse_general`'s reading of it."""
    sign, whole, frac, pct, mult = groups
    assert whole is not None
    frac = frac or ""
    n = int(whole + frac)
    if sign:
        n = -n
    den = 10 ** len(frac)
    if pct:
        return Figure(
            raw,
            whole + "." + frac if frac else whole,
            Fraction(n, den * 100),
            Fraction(1, den * 100),
            True,
            "",
            (),
            False,
            "%",
        )
    if mult:
        power = _POWERS[mult]
        value, unit = Fraction(n * power, den), Fraction(power, den)
    else:
        value, unit = Fraction(n, den), Fraction(1, den)
    return Figure(
        raw,
        whole + "." + frac if frac else whole,
        value,
        unit,
        False,
        mult or "",
        (),
        not frac and not mult,
    )


def _parse_general(text: str) -> Figure:
    """:func:`parse_figure` by the whole grammar, for every figure (the
    plain forms too: a test holds :func:`_plain` equal to it)."""
    raw = text
    norm = fold(text).strip()
    if sum(c in _DIGIT_CHARS for c in norm) > MAX_DIGITS:
        raise FigureError(t("figure.too_many_digits", n=MAX_DIGITS))
    if len(raw) > MAX_FIGURE_LENGTH:
        raise FigureError(t("figure.too_long", n=MAX_FIGURE_LENGTH))
    if not norm:
        raise FigureError(t("figure.empty"))
    other = None if norm.isascii() else _OTHER_DIGIT.search(norm)
    if other is not None:
        ch = other.group()
        raise FigureError(t("figure.other_script", char=ch, code=f"U+{ord(ch):04X}"))
    tenths = _tenths_re().fullmatch(norm) if "成" in norm else None
    if tenths is not None:
        return _tenths_and_hundredths(tenths, raw)
    try:
        return _single(norm, raw)
    except FigureError as error:
        fig = _range(norm, raw)
        if fig is None:
            raise error from None
        return fig


@lru_cache(maxsize=1)
def _tenths_re() -> re.Pattern[str]:
    """``四成六``: four tenths and six hundredths, 46% to the 1% (compiled
    when first needed)."""
    return re.compile(
        r"(?P<pre>\D*?)(?P<tens>[一二三四五六七八九])成(?P<ones>[一二三四五六七八九])(?P<post>\D*)"
    )


def _tenths_and_hundredths(m: re.Match[str], raw: str) -> Figure:
    """``X成Y`` read as the percentage ``X十Y%`` (``四成六`` is 46%, printed to
    the 1%), its digits kept as printed so that the quote check finds them."""
    fig = _single(f"{m['pre']}{m['tens']}十{m['ones']}%{m['post']}", raw)
    return fig._replace(digits=f"{m['tens']}成{m['ones']}", marker="成")


def _single(norm: str, raw: str) -> Figure:
    m = _FIGURE.fullmatch(norm)
    if m is None:
        d = _doubling_re().fullmatch(norm) if "番" in norm else None
        if d is not None:
            return _doubling(d, raw)
        raise FigureError(t("figure.not_a_figure", text=raw, hint=_hint(norm)))
    g = m.groupdict()  # one dict: cheaper than a call per group
    marker = g["marker"] or ""
    value, unit, digits, exact_whole = _number(g, marker, raw)
    half = g["half"] or g["half2"]
    if half:
        if g["half2"] and (g["half"] or marker not in ("倍", "成", "times")):
            raise FigureError(t("figure.half", text=raw))
        if unit != 1 or g["halfonly"]:
            raise FigureError(t("figure.half", text=raw))
        value, unit, exact_whole = value + Fraction(1, 2), Fraction(1, 2), False
        digits += g["half"] or (marker + "半")
    mult = g["mult"] or ""
    if mult:
        power = MULTIPLIERS.get(mult, ENGLISH_MULTIPLIERS.get(mult, 0))
        value *= 10**power
        unit *= 10**power
        exact_whole = False
    if g["den"]:
        if mult or marker or half:
            raise FigureError(t("figure.pct_word", text=raw, word=g["den"] + "分之"))
        den = _whole(g["den"], raw)
        value, unit = value / den, unit / den
        if g["den"] not in ("百", "千", "万"):
            digits = g["den"] + "分之" + digits
    if marker in RATE_MARKERS or marker in POINTS_MARKERS:
        div = RATE_MARKERS.get(marker) or POINTS_MARKERS[marker]
        value, unit = value / div, unit / div
    if marker:
        exact_whole = False
    printed = tuple(q for q in (g["pre"], g["infix"], g["post"]) if q)
    if g["infix"] and g["post"] in INSIDE:
        raise FigureError(t("figure.two_more", a=g["infix"], b=g["post"], text=raw))
    sign = -1 if g["sign"] == "-" else 1
    return Figure(
        text=raw,
        digits=digits,
        value=sign * value,
        unit=unit,
        percent=bool(g["den"]) or marker in RATE_MARKERS,
        multiplier=mult,
        qualifiers=tuple(BY_WORD[q].reads_as for q in printed),
        exact_whole=exact_whole,
        marker=marker,
        printed_qualifiers=printed,
    )


def _number(
    g: dict[str, str | None], marker: str, raw: str
) -> tuple[Fraction, Fraction, str, bool]:
    """The number of a match: (value, unit, digits, exact whole)."""
    if g["arabic"]:
        digits = g["arabic"]
        plain = digits.replace(",", "")
        if len(plain) - plain.count(".") > MAX_DIGITS:
            raise FigureError(t("figure.too_many_digits", n=MAX_DIGITS))
        whole, _, frac = plain.partition(".")
        scale = 10 ** len(frac)
        return Fraction(int(whole + frac), scale), Fraction(1, scale), digits, not frac
    if g["halfonly"]:
        return Fraction(1, 2), Fraction(1, 2), "半", False
    digits = g["chinese"] or ""
    if len(digits) > MAX_DIGITS:
        raise FigureError(t("figure.too_many_digits", n=MAX_DIGITS))
    if marker == "折" and len(digits) == 2 and all(c in POSITIONAL_DIGITS for c in digits):
        # 八五折: 8.5折, the second digit a tenth
        tenths = DIGITS[digits[0]] * 10 + DIGITS[digits[1]]
        return Fraction(tenths, 10), Fraction(1, 10), digits, False
    try:
        value, unit = parse_numeral(digits)
    except NumeralError as e:
        raise FigureError(t("figure.numeral", problem=e, text=raw)) from None
    return value, unit, digits, False


def _whole(text: str, raw: str) -> int:
    """A denominator (三 in 三分之一, 百 in 百分之三十): a positive whole number."""
    if text.isascii():
        n = int(text)
    else:
        try:
            n = parse_chinese(text)[0]
        except NumeralError as e:
            raise FigureError(t("figure.numeral", problem=e, text=raw)) from None
    if n <= 0:
        raise FigureError(t("figure.zero_denominator", text=raw))
    return n


def _doubling(d: re.Match[str], raw: str) -> Figure:
    """翻一番 (×2), 翻两番 (×4): exact by their words."""
    n = int(d["n"]) if d["n"].isascii() else parse_chinese(d["n"])[0]
    if n > MAX_DIGITS:
        raise FigureError(t("figure.too_many_digits", n=MAX_DIGITS))
    printed = tuple(q for q in (d["pre"], d["post"]) if q)
    qualifiers = tuple(BY_WORD[q].reads_as for q in printed)
    digits = d.group()[len(d["pre"] or "") : len(d.group()) - len(d["post"] or "")].strip()
    return Figure(
        raw,
        digits,
        Fraction(2**n),
        Fraction(1),
        False,
        "",
        qualifiers,
        False,
        "番",
        None,
        printed,
        True,
    )


def _range(norm: str, raw: str) -> Figure | None:
    """``3-5``, ``六一〇亿至六三二亿``, ``3%~5%``: one figure, an interval;
    None if ``norm`` is not a range."""
    range_sep, space = _range_res()
    for sep in range_sep.finditer(norm):
        i, j = sep.start(), sep.end()
        left, right = norm[:i].strip(), norm[j:].strip()
        if not left or not right or left[-1] in "-+~" or (sep.group() == "-" and right[0] in "-+"):
            continue
        try:
            high = _single(right, right)
            low = _carried(left, right, high)
        except FigureError:
            continue
        if low.printed_qualifiers or high.printed_qualifiers:
            raise FigureError(t("figure.range_qualifier", text=raw))
        if low.kind != high.kind or low.high is not None:
            raise FigureError(t("figure.range_kinds", text=raw))
        if low.value > high.value:
            raise FigureError(t("figure.range_order", text=raw))
        return low._replace(
            text=raw,
            digits=space.sub("", norm),
            exact_whole=low.exact_whole and high.exact_whole,
            high=high._replace(text=raw),
        )
    return None


def _carried(left: str, right: str, high: Figure) -> Figure:
    """The low end of a range, with the high end's multiplier and marker where
    it has none of its own (``3-5万`` is 3万 to 5万, ``三至五成`` 三成 to 五成)."""
    low = _single(left, left)
    if low.marker or low.multiplier or low.value == 0:
        return low
    core = right[: len(right) - len(high.marker)].rstrip() if high.marker else right
    words = sorted([*MULTIPLIERS, *ENGLISH_MULTIPLIERS], key=len, reverse=True)
    mult = next((w for w in words if core.endswith(w)), "")
    if left.endswith(mult) and mult:
        mult = ""
    if not (mult or high.marker):
        return low
    try:
        carried = _single(left + mult + high.marker, left)
    except FigureError:
        return low
    return carried if carried.value <= high.value else low


def _hint(norm: str) -> str:
    if re.fullmatch(r"[-+]?[0-9]*\.?[0-9]+[eE][-+]?[0-9]+", norm):
        return t("figure.hint_exponent")
    if norm.endswith("%%"):
        return t("figure.hint_percent_twice")
    for number in re.findall(r"[0-9][0-9,]*", norm):
        if "," in number.strip(",") and not re.fullmatch(r"[0-9]{1,3}(?:,[0-9]{3})+", number):
            return t("figure.hint_grouping", number=number)
    if re.search(r"[0-9]\s+[0-9]", norm):
        return t("figure.hint_spaces")
    m = _FIGURE.match(norm)
    if m is not None and m.end() > 0:
        rest = norm[m.end() :].strip()
        if rest and all(c.isalpha() and c not in NUMERAL_CHARS for c in rest):
            return t("figure.hint_unit", unit=rest)
    return ""
