"""Drafting a claims file: the printed figures of Chinese news text.

:func:`extract` scans an article with regular expressions for candidate
spans and reads each one's figure with :func:`~licang_check.figures.grammar.parse_figure`,
so every extracted ``value`` is, by construction, a printed figure of the
claims format. Dates and names (``2022年``, ``二十大``, ``第一``, ``“3+2+4”``,
``“四上”``) are found first, listed with kind ``date`` or ``name``, and masked
out of the text before figures are looked for: no figure can overlap one.
:func:`draft_claims` turns the figures into claims: ids from the unit and the
number, ``count`` for counts, growth attached, repeats merged.

Chinese numerals are read by the project's own :mod:`~licang_check.figures.numerals`,
through the figure grammar, which reads mixed forms such as ``448.6亿元``
and ``百万`` (cn2an, which fails on them, is not used).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from typing import Literal

from licang_check._i18n.messages import t
from licang_check.claims.article import LINE_BREAK
from licang_check.claims.load import MAX_QUOTE_LENGTH
from licang_check.draft.normal import scan_form
from licang_check.draft.tables import read_tables
from licang_check.draft.vocabulary import (
    AREA,
    CHINESE_UNITS,
    COMPARED,
    COUNT,
    DECREASE,
    DURATION,
    INCREASE,
    LENGTH,
    MONEY,
    MULT_SLUGS,
    RATE_NOUNS,
    REAL,
    SLOGANS,
    UNIT_SLUGS,
    UNITS,
    WEIGHT,
)
from licang_check.figures.grammar import (
    MULTIPLIERS,
    FigureError,
    as_growth,
    parse_figure,
)
from licang_check.figures.normalize import fold
from licang_check.figures.numerals import NUMERAL_CHARS
from licang_check.figures.qualifiers import (
    AFTER,
    AT_LEAST,
    AT_MOST,
    BEFORE,
    BY_WORD,
    CONVERTED,
    INSIDE,
    group_of,
    turned,
    words,
)
from licang_check.numeric.exact import Fraction

__all__ = [
    "DraftClaim",
    "Extracted",
    "Kind",
    "draft_claims",
    "extract",
    "title_of",
]

Kind = Literal["figure", "date", "name"]

QUOTE_BEFORE = 8
"""Characters of context a quote takes before its figure (within the clause)."""
QUOTE_AFTER = 8
"""… and after it (or after its growth)."""


@dataclass(frozen=True, slots=True)
class Extracted:
    """One span of the article: a printed figure, or a date or name that is not one."""

    kind: Kind
    text: str
    """The span as printed, ``article[start:end]``: ``50亿元以上``, ``149个``, ``2022年``."""
    start: int
    end: int
    line: int
    """The 1-based line of ``start`` in the article."""
    quote: str
    """Words around the span, verbatim, within its clause (and holding its growth)."""
    value: str | None = None
    """For a figure: the printed figure for the claims file (``50亿以上``, ``149``)."""
    unit: str | None = None
    count: bool = False
    growth: str | None = None
    """The attached change on the previous period, as printed (``273%``, ``-3.5%``)."""
    growth_start: int | None = None
    growth_end: int | None = None
    modifies: int | None = None
    """For a change in percentage points: the ``start`` of the figure it changes."""
    note: str | None = None
    amount: str | None = None
    """For a figure: its printed number in base units, an exact plain decimal
    (``617.50亿`` → ``61750000000``; a percentage or percentage point as a
    fraction of one, ``5.2%`` → ``0.052``; a fall negative)."""
    amount_high: str | None = None
    """For a range (``60-120元``): its high end; ``amount`` is its low end."""
    growth_amount: str | None = None
    """The attached growth as a fraction of one (``-3.5%`` → ``-0.035``)."""
    real: bool = False
    """The attached growth (or this change) is at comparable prices (按可比价格计算)."""
    change: Literal["up", "down"] | None = None
    """This figure is a change on the previous period (增长/下降 …) printed alone."""
    ratio: bool = False
    """This figure is one term of a printed ratio (``6.01:55.04:38.95``)."""
    cell: bool = False
    """This figure is a cell of a table printed as text."""


# -- the patterns -------------------------------------------------------------


def _alt(words: tuple[str, ...] | list[str] | frozenset[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


_ALL_CN = "".join(sorted(NUMERAL_CHARS))
_CN_DIGITS = "零〇一二两三四五六七八九"
_CN = rf"[{_CN_DIGITS}十百千][{_ALL_CN}]*"
"""A Chinese numeral: never starting with 万 or 亿 (过亿元 is not 1亿元)."""
_AR = r"(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?(?![0-9])"


def _guarded(word: str) -> str:
    """A qualifier, except inside another word (签约, 最近, 出超: ``not_after``)."""
    before = BY_WORD[word].not_after
    return (f"(?<![{before}])" if before else "") + re.escape(word)


_PRE = "|".join(
    _guarded(w)
    for w in sorted(words(BEFORE, english=False, interval=True), key=lambda w: (-len(w), w))
)
"""The Chinese qualifiers before a figure that give it its interval (达 and
约合 leave it as printed: they stay outside the value)."""
_SUF = _alt(words(AFTER, english=False))
_INFIX = _alt(INSIDE)
_REACHED = _alt([w for w in words(BEFORE, english=False, interval=False) if w not in CONVERTED])
"""达, 达到: before a figure that is as printed."""
_BOUND_WORDS = _alt([w for w in words(AFTER, english=False) if group_of(w) in (AT_LEAST, AT_MOST)])
"""以上, 以下: after an age, a class of ages (18岁以下), not a figure."""

_MARKERS = ("%", "‰", "‱", "个百分点", "百分点", "成", "折", "倍")
_FIGURE = re.compile(
    rf"(?P<pre>{_PRE})?"
    r"(?P<sign>(?<![0-9a-z.%-])-)?"
    rf"(?:(?P<pctword>(?:[百千万]|[0-9]+|[{_CN_DIGITS}十]+)分之)(?P<pnum>{_AR}|{_CN})(?![点.0-9])"
    rf"|(?P<double>翻了?(?:[一二两三四五六七八九十]|[0-9]+)番)"
    rf"|(?P<arabic>(?<![0-9.]){_AR})"
    rf"|(?P<chinese>(?<![{_ALL_CN}.]){_CN}(?:[.点][{_CN_DIGITS}]+)?))"
    r"(?P<half>个半(?=月)|半)?"
    rf"(?P<infix>{_INFIX})?"
    rf"(?:[ \u00a0]?(?P<mult>{_alt(list(MULTIPLIERS))}))?"
    rf"(?P<pct>{_alt(_MARKERS)})?"
    r"(?P<half2>半)?"
    rf"(?P<post>{_SUF})?"
    rf"(?P<unit>{_alt(UNITS)})?"
    rf"(?P<post2>{_SUF})?"
)
_GROWTH_VERB = re.compile(
    rf"[，,、]?\s*(?:[（(]?(?P<real>{_alt(REAL)})[)）]?[，,]?\s*)?"
    rf"(?:{_alt(COMPARED)}|年)?(?P<actual>实际)?(?:名义)?"
    rf"(?P<verb>{_alt(INCREASE + DECREASE + RATE_NOUNS)})(?:了|为|{_REACHED})?"
)
_VERB_BEFORE = re.compile(rf"(?P<actual>实际)?(?P<verb>{_alt(INCREASE + DECREASE)})了?$")
_RESPECTIVELY = re.compile(
    rf"分别(?:{_alt(COMPARED)})?(?P<actual>实际)?(?P<verb>{_alt(INCREASE + DECREASE)})了?"
)
_LIST_GAP = re.compile(r"\s*(?:[、，,]|和|与|及|以及)\s*")
_RATIO = re.compile(
    r"(?<![0-9.:])[0-9]+(?:\.[0-9]+)?(?:\s*[:：]\s*[0-9]+(?:\.[0-9]+)?){1,5}(?![0-9.:])"
)
_RATIO_TERM = re.compile(r"[0-9]+(?:\.[0-9]+)?")
# A Chinese numeral and 年 make a duration only before these (三年来, 两年内);
# otherwise it is a programme's name (三年攻坚行动) or a year.
_YEARS_AFTER = re.compile(rf"来|内|间|以来|{_INFIX}|前|后|里|时间|中|的|[，,。、；;]|$")

_YEAR = r"(?<![0-9.])(?:1[5-9]|20|21)[0-9]{2}"
_MONTH_DAY = r"[0-9]{1,2}(?:\s*[-—–~至到]\s*[0-9]{1,2})?\s*月(?:份)?(?:[0-9]{1,2}[日号])?"
_MONTHS_EN = "January|February|March|April|May|June|July|August|September|October|November|December"
_DATES = [
    rf"{_YEAR}\s*[-—–~至到]\s*{_YEAR[len('(?<![0-9.])') :]}(?:学年|年度|年)",
    rf"{_YEAR}\s*[-—–~]\s*{_YEAR[len('(?<![0-9.])') :]}(?![0-9.]|\s*[万亿千百元个人%])",
    rf"{_YEAR}[-/.][0-9]{{1,2}}[-/.][0-9]{{1,2}}(?![0-9])(?:\s*[0-9]{{1,2}}:[0-9]{{2}})?",
    rf"{_YEAR}年(?:{_MONTH_DAY})?",
    rf"(?<![0-9.]){_MONTH_DAY}",
    r"(?<![0-9.])[0-9]{1,2}日",
    r"(?<![0-9.])[0-9]{1,2}[:：][0-9]{2}(?:[:：][0-9]{2})?(?![0-9])",
    r"(?<![0-9.])[0-9]{1,2}时(?:[0-9]{1,2}分)?",
    r"(?<![0-9.])[0-9]{2,4}年代",
    r"[〇零一二三四五六七八九]{4}年",
    r"(?<![一二三四五六七八九十两])(?:十[一二]?|[一二三四五六七八九])月(?:[一二三四五六七八九十]{1,3}[日号])?",
    r"(?:周|星期)[一二三四五六日天]",
    rf"\b(?:{_MONTHS_EN}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?)"
    r"(?:\s+[0-9]{1,2},?)?\s+(?:1[5-9]|20)[0-9]{2}\b",
    r"(?<![0-9.])[0-9]{1,2}\s+(?:" + _MONTHS_EN + r")(?:\s+(?:1[5-9]|20)[0-9]{2})?\b",
    r"(?<![0-9.])(?:1[5-9]|20)[0-9]{2}年度",
    r"[一二三四]季度|上半年|下半年|前三季度",
    # a period, not a figure: 首两个月, 未来三个月, 前三天
    rf"(?:首|头|前|后|未来|过去)[{_CN_DIGITS}十]{{1,3}}(?:个月|个季度|天|周|年)",
]
_NAMES = [
    rf"第[0-9{_ALL_CN}]+",
    r"(?<![0-9.])[0-9]+(?:\s*\+\s*[0-9A-Za-z]+)+",
    r"[A-Za-z]+[0-9]+(?:\.[0-9]+)?[A-Za-z0-9]*",
    r"(?<![0-9.])[0-9]+(?:\.[0-9]+)?(?!(?:km|kg|mm|cm|MW|GW|kWh|kW|TEU|t|m)(?![A-Za-z]))[A-Za-z]+",
    r"(?:工业|Web|web)\s*[0-9]\.0",
    rf"(?<![{_ALL_CN}0-9])[0-9{_ALL_CN}]+(?:号线|号|期|届)",
    r"(?:十[一二三四五六七八九]|二十[一二三四五六七八九]?)(?:大|届)",
    r"十[一二三四五六七八九]五",
    r"[一二三四五六七八九十两]+年(?:攻坚|行动|计划|规划)",
    r"(?<![0-9.])[0-9]{2}后",
    r"(?m)^[ \t\u3000]*[0-9]{1,2}[.、．)）](?![0-9])",
    r"[（(](?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})[)）]",
    _alt(SLOGANS),
    # around the clock: 7×24小时
    r"(?<![0-9.])[0-9]{1,2}\s*[×xX*]\s*24\s*小时",
    # age classes: 18岁以下, 18-34岁, 60岁及以上, 0～14岁
    r"(?<![0-9.])[0-9]{1,3}\s*[-—–~至到]\s*[0-9]{1,3}\s*(?:周)?岁",
    r"(?<![0-9.])[0-9]{1,3}(?:周)?岁(?:及|或)?"
    rf"(?:{_BOUND_WORDS}|以内|以前|以后)",
    # tables, notes, figures and list numbers: 表1, 附注二, 图3, 注1
    rf"(?:附表|附注|附录|附件|表|图|注)\s*[0-9{_CN_DIGITS}十]+(?:[-—.][0-9]+)?",
    # anniversaries
    rf"[0-9{_CN_DIGITS}十百]+(?:周年|年华诞)",
    # phone numbers
    r"(?:电话|热线|传真|联系方式|Tel|TEL)[:：]?\s*[0-9(（][0-9()（）\s-]{4,20}[0-9]",
    r"(?<![0-9])[(（]?0[0-9]{2,3}[)）]?-?[0-9]{7,8}(?![0-9.])",
    r"(?<![0-9.,])1[3-9][0-9]{9}(?![0-9.])",
    r"(?<![0-9.])[0-9]{5}(?=热线|服务热线)",
]
_PATTERNS: list[tuple[Kind, re.Pattern[str]]] = [("date", re.compile(p, re.I)) for p in _DATES]
_PATTERNS += [("name", re.compile(p, re.I)) for p in _NAMES]
_QUOTED = re.compile(r"[“‘\"「『]([^“”‘’\"「」『』\n]{1,10})[”’\"」』]")
_HAS_NUMERAL = re.compile(rf"[0-9{_ALL_CN}]")

_BOUNDARY = frozenset('，,。；;：:！!？?…\n\r“”"‘’「」『』（）()【】《》')
_MASK = "\x00"


# -- scanning -----------------------------------------------------------------


def extract(text: str) -> list[Extracted]:
    """Every printed figure of ``text``, and every date and name that is not
    one, in text order (figures never overlap dates or names).

    The text is scanned in its :func:`~licang_check.draft.normal.scan_form`
    (full-width digits as ASCII, traditional figure words simplified), so a
    span's ``text`` and ``quote`` are the article's own, its ``value`` the
    normal form. Tables are read first, cell by cell, with their header's
    unit; ratios next; then the prose."""
    scan = scan_form(text)
    protected = _protected(text, scan)
    masked = _mask(scan, protected)
    found = _table_figures(text, masked)
    masked = _mask(masked, found)
    rates = _rates(text, masked)
    for m in _RATE.finditer(masked):  # 1美元 of 1美元兑7.1元 is the rate's unit
        masked = masked[: m.start()] + _MASK * (m.end() - m.start()) + masked[m.end() :]
    ratios = _ratios(text, masked) + rates
    masked = _mask(masked, ratios)
    ranges = _ranges(text, masked) + _english(text, masked)
    masked = _mask(masked, ranges)
    prose = _respectively(text, masked, _figures(text, masked))
    prose = _compared_with(text, masked, prose)
    figures = [_with_amounts(e) for e in found + ratios + ranges + prose]
    spans = sorted(protected + figures, key=lambda e: (e.start, e.end))
    newlines = [m.start() for m in LINE_BREAK.finditer(text)]  # CR, CR LF, LF
    return [replace(e, line=bisect.bisect_left(newlines, e.start) + 1) for e in spans]


def _protected(text: str, scan: str) -> list[Extracted]:
    """Dates and names, longest first where they overlap."""
    found: list[tuple[int, int, Kind]] = []
    for kind, rx in _PATTERNS:
        found += [(m.start(), m.end(), kind) for m in rx.finditer(scan)]
    taken = _non_overlapping(found)
    masked = _mask(scan, [_span(text, a, b, k) for a, b, k in taken])
    for m in _QUOTED.finditer(scan):
        a, b = m.span(1)
        inner = m.group(1)
        # A short quoted term with a numeral in it (“四上”, ‘一号工程’) is a
        # name, unless a figure is found in it (“10分钟生活圈” keeps its 10).
        if _HAS_NUMERAL.search(inner) and not _figures(text, masked, a, b):
            found.append((a, b, "name"))
    return [_span(text, a, b, k) for a, b, k in _non_overlapping(found)]


def _non_overlapping(found: list[tuple[int, int, Kind]]) -> list[tuple[int, int, Kind]]:
    taken: list[tuple[int, int, Kind]] = []
    for a, b, kind in sorted(found, key=lambda t: (t[0], -(t[1] - t[0]))):
        if not taken or a >= taken[-1][1]:
            taken.append((a, b, kind))
    return taken


def _span(text: str, start: int, end: int, kind: Kind) -> Extracted:
    return Extracted(
        kind=kind,
        text=text[start:end],
        start=start,
        end=end,
        line=0,  # set by extract()
        quote=_quote(text, start, end),
    )


def _mask(text: str, spans: list[Extracted]) -> str:
    """``text`` with every span (and every attached growth) blanked out."""
    chars = list(text)
    for e in spans:
        chars[e.start : e.end] = _MASK * (e.end - e.start)
        if e.growth_start is not None and e.growth_end is not None:
            chars[e.growth_start : e.growth_end] = _MASK * (e.growth_end - e.growth_start)
    return "".join(chars)


def _quote(text: str, start: int, end: int) -> str:
    a = start
    while a > 0 and start - a < QUOTE_BEFORE and text[a - 1] not in _BOUNDARY:
        a -= 1
    b = end
    while b < len(text) and b - end < QUOTE_AFTER and text[b] not in _BOUNDARY:
        b += 1
    # Never cut a number in two (…回望202|2年).
    while a < start and text[a - 1 : a + 1].isdigit() and text[a].isascii():
        a += 1
    while b > end and b < len(text) and text[b - 1 : b + 1].isdigit() and text[b].isascii():
        b -= 1
    return _within_limit(text, a, b, start, end)


def _within_limit(text: str, a: int, b: int, start: int, end: int) -> str:
    """``text[a:b]`` stripped, cut to at most :data:`MAX_QUOTE_LENGTH`
    characters (a claims file allows no longer quote) around what it must
    show, ``text[start:end]``: what is cut goes first before ``start``, then
    after ``end``, then from the end of what it must show."""
    if b - a > MAX_QUOTE_LENGTH:
        a = max(a, min(start, b - MAX_QUOTE_LENGTH))
        b = a + MAX_QUOTE_LENGTH
    return text[a:b].strip()


def _table_figures(text: str, masked: str) -> list[Extracted]:
    """The figures of the article's tables, each cell read with its column's
    unit, the row's growth attached; a table's whole rows are taken."""
    out: list[Extracted] = []
    for cell in read_tables(masked):
        row_end = cell.growth[2] if cell.growth else cell.end
        quote = _within_limit(text, cell.row_start, row_end, cell.start, row_end)
        e = Extracted(
            kind="figure",
            text=text[cell.start : cell.end],
            start=cell.start,
            end=cell.end,
            line=0,
            quote=quote,
            value=cell.value,
            unit=cell.unit,
            count=cell.count,
            note=t("draft.note.table", header=cell.header) if cell.header else None,
            change=(None if not cell.change else "down" if cell.value.startswith("-") else "up"),
            cell=True,
        )
        if cell.growth is not None:
            g, gs, ge = cell.growth
            e = replace(e, growth=g, growth_start=gs, growth_end=ge)
        out.append(e)
    return out


def _is_figure(value: str) -> bool:
    """Whether ``value`` reads as a figure (one of too many digits does not)."""
    try:
        parse_figure(value)
    except FigureError:
        return False
    return True


def _ratios(text: str, masked: str) -> list[Extracted]:
    """The terms of printed ratios (``6.01:55.04:38.95``), each a figure; two
    whole terms alone (``1:2``, ``16:34``) are a ratio only after 比 or 比例."""
    out: list[Extracted] = []
    for m in _RATIO.finditer(masked):
        terms = list(_RATIO_TERM.finditer(m.group()))
        decimal = any("." in x.group() for x in terms)
        said = re.search("比例?为?|之比[为是]?$", masked[max(0, m.start() - 4) : m.start()])
        if not (decimal or said) or (len(terms) == 2 and not said):
            continue
        if not all(_is_figure(x.group()) for x in terms):
            continue  # a term past the digits a figure may have
        quote = _quote(text, m.start(), m.end())
        for x in terms:
            a, b = m.start() + x.start(), m.start() + x.end()
            out.append(
                Extracted(
                    kind="figure",
                    text=text[a:b],
                    start=a,
                    end=b,
                    line=0,
                    quote=quote,
                    value=x.group(),
                    note=t("draft.note.ratio"),
                    ratio=True,
                )
            )
    return out


_RATE = re.compile(
    rf"(?<![0-9.])1\s*(?P<per>{_alt(MONEY)})\s*(?:兑换?|{_alt(CONVERTED)})\s*"
    r"(?P<number>[0-9]+(?:\.[0-9]+)?)\s*(?P<unit>元|港元|美元|欧元|日元|英镑)?(?:人民币)?"
)


def _rates(text: str, masked: str) -> list[Extracted]:
    """Exchange rates printed as ``1美元兑7.1元人民币``: one figure, 7.1, in 元/美元."""
    out: list[Extracted] = []
    for m in _RATE.finditer(masked):
        if not _is_figure(m["number"]):
            continue
        a, b = m.span("number")
        unit = f"{m['unit'] or '元'}/{m['per']}"
        e = Extracted(
            kind="figure",
            text=text[a:b],
            start=a,
            end=b,
            line=0,
            quote=_quote(text, m.start(), m.end()),
            value=m["number"],
            unit=unit,
        )
        out.append(e)
    return out


_NUM = rf"(?:{_AR}|{_CN}(?:[.点][{_CN_DIGITS}]+)?)"
_END = rf"{_NUM}(?:{_alt(list(MULTIPLIERS))})?%?"
_RANGE = re.compile(
    rf"(?<![0-9.{_ALL_CN}])(?P<low>{_END})\s*(?P<sep>至|到|-|~)\s*(?P<high>{_END})"
    rf"(?P<unit>{_alt(UNITS)})?(?P<after>之间)?"
)


def _ranges(text: str, masked: str) -> list[Extracted]:
    """Ranges printed as one figure (``60-120元``, ``85%至92%``, ``三至五天``):
    with a unit, a percentage or a multiplier, and the high end above the low."""
    out: list[Extracted] = []
    for m in _RANGE.finditer(masked):
        sep = "-" if m["sep"] in "-~" else m["sep"]
        value = m["low"] + sep + m["high"]
        try:
            fig = parse_figure(value)
        except FigureError:
            continue
        if fig.high is None or fig.high.value <= fig.value:
            continue
        if not (m["unit"] or fig.percent or fig.multiplier):
            continue
        if m["unit"] and not m["low"][0].isdigit() and m["unit"] not in CHINESE_UNITS:
            continue
        a, b = m.start(), m.end("unit") if m["unit"] else m.end("high")
        out.append(
            Extracted(
                kind="figure",
                text=text[a:b],
                start=a,
                end=b,
                line=0,
                quote=_quote(text, a, b),
                value=value,
                unit=m["unit"],
                note=t("draft.note.range"),
            )
        )
    return out


_EN_PRE = _alt(words(BEFORE, english=True))
_EN_POST = _alt(words(AFTER, english=True))
_EN_UNITS = (
    "yuan|us dollars|dollars|tons|tonnes|kilometres|kilometers|square metres|square meters|"
    "hectares|people|visitors"
)
_EN_FIGURE = re.compile(
    rf"(?<![\w.])(?:(?P<pre>{_EN_PRE})\s+)?"
    r"(?P<number>[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?)"
    r"(?:\s+(?P<mult>thousand|million|billion|trillion))?"
    r"(?:\s*(?P<marker>percentage points?|per cent|percent|%|times))?"
    rf"(?:\s+(?P<post>{_EN_POST}))?"
    rf"(?:\s+(?P<unit>{_EN_UNITS}))?"
    rf"(?:\s+(?P<post2>{_EN_POST}))?"
    r"(?![\w])"
)
_EN_UP = re.compile(r"(?:up|grew|grew by|rose|rose by|increased|increased by|an increase of)\s+$")
_EN_DOWN = re.compile(r"(?:down|fell|fell by|dropped|decreased|decreased by|a drop of)\s+$")
_EN_AFTER = re.compile(r"\s+(?P<dir>faster|higher|slower|lower)\b")
_EN_GROWTH = re.compile(r",?\s+(?P<dir>up|down)\s+$")
_EN_CONTEXT = re.compile(r"[a-z][a-z ,]{0,11}$")


def _english(text: str, masked: str) -> list[Extracted]:
    """Figures of English sentences (bilingual releases): ``390.83 billion
    yuan``, ``up 17.1 percent``, ``0.1 percentage points faster``, ``more
    than 12,000``; a growth after a figure (``…yuan, up 17.1 percent``) is
    attached to it."""
    out: list[Extracted] = []
    for m in _EN_FIGURE.finditer(masked):
        lead = masked[max(0, m.start() - 12) : m.start()]
        post = m["post"] or m["post2"]
        english = m["pre"] or post or m["mult"] or (m["marker"] and m["marker"] != "%") or m["unit"]
        if not english and not _EN_CONTEXT.search(lead):
            continue
        if not _EN_CONTEXT.search(lead) and not (m["pre"] or post):
            continue  # a number of a Chinese sentence
        a = m.start()
        b = m.end("marker") if m["marker"] else m.end("mult") if m["mult"] else m.end("number")
        b = m.end("post") if m["post"] else b
        value = text[a:b]
        if m["post2"]:  # 12,000 tons or more: the figure is 12,000 or more
            value += " " + text[m.start("post2") : m.end("post2")]
        try:
            fig = parse_figure(value)
        except FigureError:
            continue
        e = Extracted(
            kind="figure",
            text=text[a : m.end()],
            start=a,
            end=m.end(),
            line=0,
            quote=_quote(text, a, m.end()),
            value=value,
            unit=m["unit"],
            count=fig.exact_whole and not m["unit"],
        )
        up, down = _EN_UP.search(lead), _EN_DOWN.search(lead)
        after = _EN_AFTER.match(masked, m.end())
        if fig.kind != "number" and (up or down or after):
            falls = bool(down) or bool(after and after["dir"] in ("slower", "lower"))
            value = _negated(value) or value if falls else value
            e = replace(e, value=value, change="down" if falls else "up")
            grow = _EN_GROWTH.search(lead)
            prev = out[-1] if out else None
            if (
                grow
                and prev is not None
                and fig.percent
                and prev.growth is None
                and parse_figure(prev.value or "").kind == "number"
                and not masked[prev.end : a].strip(", ").replace(grow["dir"], "").strip()
            ):
                out[-1] = replace(
                    prev,
                    growth=value,
                    growth_start=a,
                    growth_end=b,
                    quote=_quote(text, prev.start, b),
                )
                continue
        out.append(e)
    return out


def _compared_with(text: str, masked: str, found: list[Extracted]) -> list[Extracted]:
    """A growth attached to the base of a comparison (…较去年同期的191.0万人次
    增长4.82倍) belongs to the figure before it, in the same clause."""
    out = list(found)
    for i, e in enumerate(out):
        if e.growth is None or i == 0:
            continue
        prev = out[i - 1]
        between = masked[prev.end : e.start]
        if prev.growth or prev.change or re.search("[。;；\n]", between):
            continue
        if not re.fullmatch("[,，]?\\s*[较比][^,，。;；]{0,10}的", between):
            continue
        if prev.unit != e.unit or parse_figure(prev.value or "").kind != "number":
            continue
        out[i - 1] = replace(
            prev,
            growth=e.growth,
            growth_start=e.growth_start,
            growth_end=e.growth_end,
            real=e.real,
            quote=_quote(text, prev.start, e.growth_end or e.end),
        )
        out[i] = replace(
            e,
            growth=None,
            growth_start=None,
            growth_end=None,
            real=False,
            quote=_quote(text, e.start, e.end),
        )
    return out


def _figures(text: str, masked: str, pos: int = 0, endpos: int | None = None) -> list[Extracted]:
    out: list[Extracted] = []
    stop = len(masked) if endpos is None else endpos
    while (m := _FIGURE.search(masked, pos, stop)) is not None:
        fig = _figure(text, masked, m)
        if fig is None:
            pos = m.start() + 1
            continue
        # Always move on: a scan that could stand still never ends.
        pos = max(fig.end, m.start() + 1)
        taken = [fig]
        at = fig.end
        # A growth after the figure (149个、增长273%), maybe after an
        # absolute change in the same unit (增加12万吨，增长2.7%).
        for _ in range(2):
            g = _GROWTH_VERB.match(masked, at, stop)
            gm = _FIGURE.match(masked, g.end(), stop) if g else None
            change = _figure(text, masked, gm) if gm else None
            if g is None or change is None:
                break
            real = bool(g["real"] or g["actual"])
            if change.unit is not None and change.unit == fig.unit and len(taken) == 1:
                signed = _signed(change, g["verb"], real)
                taken.append(signed)
                at = pos = max(pos, change.end)
                continue
            attached = _attach(text, taken[0], g["verb"], change, real)
            if attached is not None:
                taken[0:1] = attached
                pos = max(pos, change.end)
            break
        out += taken
    return out


def _signed(change: Extracted, verb: str, real: bool) -> Extracted:
    """A change printed alone (下降0.6%, 增加12万吨, 回落0.7个百分点): its
    value negative for a fall, ``change`` set."""
    assert change.value is not None
    if change.change is not None:  # signed already, by the verb just before it
        return replace(change, real=change.real or real)
    down = verb in DECREASE
    value = _negated(change.value) if down else change.value
    if value is None:  # a directional fall (下降超5%): kept as printed
        value = change.value
    note = change.note or t("draft.note.change")
    return replace(change, value=value, change="down" if down else "up", real=real, note=note)


_BEFORE_WORDS = sorted(words(BEFORE), key=len, reverse=True)
_AFTER_WORDS = sorted(words(AFTER), key=len, reverse=True)


def _minus(value: str) -> str:
    """``value`` with a minus before its number, after any qualifier before it
    (``超5%`` → ``超-5%``, ``more than 5%`` → ``more than -5%``)."""
    norm = fold(value)  # the same length: offsets carry over
    pre = next((q for q in _BEFORE_WORDS if norm.startswith(q)), "")
    rest = value[len(pre) :]
    number = rest.lstrip()
    return value[: len(value) - len(number)] + "-" + number


def _negated(value: str) -> str | None:
    """``value`` with its sign turned (``0.6%`` → ``-0.6%``, ``超5%`` → ``不足-5%``,
    ``5%以上`` → ``-5%以下``); None where a qualifier cannot be turned (余, 多)."""
    fig = parse_figure(value)
    if fig.value < 0:
        return value.replace("-", "", 1)
    if any(turned(q) is None for q in fig.printed_qualifiers):
        return None
    value = _minus(value)
    norm = fold(value)
    pre = next((q for q in _BEFORE_WORDS if norm.startswith(q)), "")
    post = next((q for q in _AFTER_WORDS if norm.endswith(q)), "")
    middle = value[len(pre) : len(value) - len(post)]
    return (turned(pre) or "" if pre else "") + middle + (turned(post) or "" if post else "")


def _figure(text: str, masked: str, m: re.Match[str]) -> Extracted | None:
    """The figure a match of :data:`_FIGURE` stands for, or None."""
    number = m["pnum"] or m["arabic"] or m["chinese"] or m["double"]
    unit = m["unit"]
    end = m.end()
    start = m.start()
    post = m["post"] or ""
    post2 = m["post2"] or ""
    marker = m["pct"] or ""
    half = m["half"] or ""
    sign = bool(m["sign"])
    if sign and text[m.start("sign")] in "—–‒―":  # a dash of the prose (画面——15个), no sign
        sign = False
        if not m["pre"]:
            start = m.end("sign")
    if half == "个半" and masked.startswith("月", m.end("half")) and unit is None:
        unit = "月"  # 一个半月: one and a half (个半) months
        end = m.end("half") + 1
    if unit == "个" and post2 in INSIDE and masked.startswith("月", m.end()):
        end, unit = m.end() + 1, "个月"  # 10个多月: more than 10 months
    elif post2 and (post or (post2 in INSIDE and not _ends_word(masked, m.end("post2")))):
        # 5个多部门 is not "more than 5"; 6亿多多元 ends at its first 多.
        end, post2 = m.start("post2"), ""
    count = unit in COUNT
    hundredths = ""
    if marker == "成" and masked[end : end + 1] in _CN_DIGITS:
        hundredths = masked[end]  # 四成六: 46%, the hundredths after 成
        end += 1
    if m["chinese"] and not m["pre"]:
        if number in ("一", "零", "〇") and not (m["infix"] or marker or half):
            return None  # 一个, 一批, 一把手: the article "a", not a count of one
        big = len(number) == 1 and number in "两三四五六七八九十"
        big = big and masked.startswith("大", m.end())
        if unit is None and not big and not marker:
            return None
        if unit is not None and unit not in CHINESE_UNITS and not half:
            return None
        if unit == "年" and not _YEARS_AFTER.match(masked, m.end("unit")):
            return None
        if big and unit is None:
            count, unit = True, "个"  # 三大低效片区: three (of them)
    elif m["chinese"] and unit is None and not marker and not re.search("[十百千万亿]", number):
        return None  # 超一流 is not a figure
    value = (
        (m["pre"] or "")
        + ("-" if sign else "")
        + (m["pctword"] or "")
        + number
        + ("个半" if half == "个半" else half)
        + (m["infix"] or "")
        + (m["mult"] or "")
        + marker
        + hundredths
        + (m["half2"] or "")
        + (post or post2)
    )
    try:
        fig = parse_figure(value)
    except FigureError:
        return None
    if fig.kind != "number" or fig.value.denominator != 1:
        count = False
    e = Extracted(
        kind="figure",
        text=text[start:end],
        start=start,
        end=end,
        line=0,  # set by extract()
        quote=_quote(text, start, end),
        value=value,
        unit=unit,
        count=count,
    )
    if unit is None and fig.kind == "number":
        e = replace(e, unit=_implied_unit(masked, start))
    before = _VERB_BEFORE.search(masked, max(0, start - 5), start)
    if m["double"]:
        e = replace(e, change="up", note=t("draft.note.change"))
    elif before and (fig.kind != "number"):
        if fig.times and before["verb"] in DECREASE:
            return e
        e = _signed(e, before["verb"], bool(before["actual"]))
        if _REAL_BEFORE.search(masked, max(0, start - 24), start):
            e = replace(e, real=True)
    return e


_VISITORS = re.compile(rf"(?:客流量?|游客|旅客|观众)(?:{_alt(words(BEFORE, english=False))})?$")
_RATE_WORD = re.compile(r"汇率(?:为|是)?$")
_PEOPLE = re.compile(rf"(?:人口|人数)(?:总数|总量)?(?:{_REACHED}|为|是|有)?$")
_FOREIGN = re.compile(rf"[^。；;\n]*?(?P<money>{_alt(tuple(m for m in MONEY if m != '元'))})")


def _implied_unit(masked: str, start: int) -> str | None:
    """The unit a figure printed without one has by its words: 客流量超过百万 is
    in 人次; 汇率7.0467 in a sentence about 美元 is in 元/美元."""
    lead = masked[max(0, start - 8) : start]
    if _VISITORS.search(lead):
        return "人次"
    if _PEOPLE.search(lead):
        return "人"
    if _RATE_WORD.search(lead):
        sentence_start = max(masked.rfind(c, 0, start) for c in "。；;\n") + 1
        m = _FOREIGN.match(masked, sentence_start)
        if m is not None:
            return f"元/{m['money']}"
    return None


_REAL_BEFORE = re.compile(
    rf"(?:{_alt(REAL)})[)）]?[，,]?\s*(?:{_alt(COMPARED)})?实?际?[^，,。；;]{{0,4}}$"
)


def _ends_word(masked: str, pos: int) -> bool:
    """余 or 多 after a unit ends the figure (1年多来, 100人多的) unless a
    word goes on (5个多部门)."""
    return pos >= len(masked) or not ("\u4e00" <= masked[pos] <= "\u9fff") or masked[pos] in "来的"


def _attach(
    text: str, fig: Extracted, verb: str, change: Extracted, real: bool = False
) -> list[Extracted] | None:
    """``fig`` with the change printed after it: a growth (149个、增长273%),
    or a change in percentage points, which stays a figure of its own and
    says which figure it changes. None when the change is not ``fig``'s."""
    assert fig.value is not None
    assert change.value is not None
    quote = _quote(text, fig.start, change.end)
    growth = parse_figure(change.value)
    if growth.points:
        note = t("draft.note.points_at", start=fig.start, text=fig.text)
        signed = _signed(change, verb, real)
        return [replace(fig, quote=quote), replace(signed, modifies=fig.start, note=note)]
    if growth.times and (verb in DECREASE or change.unit is not None):
        return None
    base = parse_figure(fig.value)
    if not (growth.percent or growth.times) or change.unit is not None:
        return None
    if base.kind != "number" or base.high is not None or growth.high is not None:
        return None
    value = change.value
    if change.change is not None:  # read as signed already (a verb before it)
        value = change.value
    elif verb in DECREASE:
        if growth.value < 0 or any(turned(q) != q for q in growth.qualifiers):
            return None  # a qualifier that says which way (超, 以上): no growth
        value = _minus(value)
    if as_growth(parse_figure(value)).value <= -1:
        return None  # nothing to grow from: not a growth
    grown = replace(
        fig,
        growth=value,
        growth_start=change.start,
        growth_end=change.end,
        quote=quote,
        real=real or change.real,
    )
    return [grown]


def _respectively(text: str, masked: str, found: list[Extracted]) -> list[Extracted]:
    """Changes printed as a list after 分别 (…分别增长10.8%、14.2%和9.0%)
    attached one by one to as many figures printed just before, in the same
    sentence; without such figures each change stays alone, signed."""
    out = list(found)
    for m in _RESPECTIVELY.finditer(masked):
        first = next((i for i, e in enumerate(out) if e.start >= m.end()), None)
        if first is None or out[first].start != m.end():
            continue
        changes = [first]
        while changes[-1] + 1 < len(out):
            prev, nxt = out[changes[-1]], out[changes[-1] + 1]
            if not _LIST_GAP.fullmatch(masked, prev.end, nxt.start):
                break
            changes.append(changes[-1] + 1)
        verb, real = m["verb"], bool(m["actual"])
        for i in changes:
            out[i] = _signed(replace(out[i], value=_unsigned(out[i]), change=None), verb, real)
        n = len(changes)
        lo = first - n
        bases = out[lo:first] if lo >= 0 else []
        in_sentence = bases and not re.search("[。；;\n]", masked[bases[0].start : m.start()])
        if not in_sentence or any(b.growth or b.change or b.ratio for b in bases):
            continue
        pairs = [_attach(text, b, verb, out[i], real) for b, i in zip(bases, changes, strict=True)]
        if any(p is None for p in pairs):
            continue
        merged: list[Extracted] = []
        for p in pairs:
            assert p is not None
            merged += p
        quote = _quote(text, bases[0].start, out[changes[-1]].end)
        merged = [replace(e, quote=quote) if e.growth else e for e in merged]
        points = [e for e in merged if e.modifies is not None]
        grown = [e for e in merged if e.modifies is None]
        out[lo : changes[-1] + 1] = sorted(grown + points, key=lambda e: e.start)
    return out


def _unsigned(e: Extracted) -> str:
    """The value of a change as printed, before a verb's sign was applied."""
    assert e.value is not None
    if e.change == "down":
        back = _negated(e.value)
        return back if back is not None else e.value
    return e.value


def _with_amounts(e: Extracted) -> Extracted:
    """``e`` with ``amount`` (and ``amount_high``, ``growth_amount``) set."""
    if e.value is None:
        return e
    fig = parse_figure(e.value)
    value = as_growth(fig).value if fig.marker == "番" else fig.value
    high = None if fig.high is None else plain_decimal(fig.high.value)
    growth = as_growth(parse_figure(e.growth)).value if e.growth else None
    return replace(
        e,
        amount=plain_decimal(value),
        amount_high=high,
        growth_amount=None if growth is None else plain_decimal(growth),
    )


def plain_decimal(x: Fraction) -> str:
    """``x`` as a plain decimal string: exact where it ends (every printed
    figure does), else to 12 places."""
    sign = "-" if x < 0 else ""
    x = abs(x)
    whole, rest = divmod(x.numerator, x.denominator)
    digits = ""
    for _ in range(40):
        if not rest:
            break
        rest *= 10
        d, rest = divmod(rest, x.denominator)
        digits += str(d)
    if rest:
        digits = digits[:12]
    return sign + str(whole) + ("." + digits.rstrip("0") if digits.rstrip("0") else "")


# -- the draft ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DraftClaim:
    """One claim of the draft: a figure, with every place it is printed."""

    id: str
    value: str
    unit: str | None
    count: bool
    growth: str | None
    occurrences: tuple[Extracted, ...]
    note: str | None = None
    real: bool = False
    """Its growth is real (at comparable prices), not the ratio of two printed values."""


def draft_claims(text: str, items: list[Extracted]) -> list[DraftClaim]:
    """The figures of ``items`` (extracted from ``text``) as claims, in text
    order. A figure printed again with the same value, unit and growth, and
    the same two characters just before or just after it, is one claim with
    several quotes (15个省、市 twice); otherwise a repeat is a claim of its own."""
    groups: list[list[Extracted]] = []
    for e in items:
        if e.kind != "figure":
            continue
        for g in groups:
            if _same_claim(text, g[0], e):
                g.append(e)
                break
        else:
            groups.append([e])
    used: set[str] = set()
    id_at: dict[int, str] = {}
    claims: list[DraftClaim] = []
    for g in groups:
        first = g[0]
        assert first.value is not None
        cid = _unused(_claim_id(first), used)
        used.add(cid)
        id_at.update((e.start, cid) for e in g)
        growth, note = first.growth, first.note
        if growth is not None and first.real:
            note = t("draft.note.real")
        claims.append(
            DraftClaim(
                cid,
                first.value,
                first.unit,
                first.count,
                growth,
                tuple(g),
                note,
                growth is not None and first.real,
            )
        )
    return [_name_the_changed(c, id_at) for c in claims]


def _unused(base: str, used: set[str]) -> str:
    """``base``, or the first of ``base_2``, ``base_3``, ... not in ``used``
    (a repeated 0 is ``figure_0_2``, so a printed 0.2 then becomes
    ``figure_0_2_2``)."""
    if base not in used:
        return base
    n = 2
    while f"{base}_{n}" in used:
        n += 1
    return f"{base}_{n}"


def _name_the_changed(c: DraftClaim, id_at: dict[int, str]) -> DraftClaim:
    """A change in percentage points names the claim it changes."""
    target = c.occurrences[0].modifies
    if target is None or target not in id_at:
        return c
    note = t("draft.note.points_of", id=id_at[target])
    return replace(c, note=note)


def _same_claim(text: str, a: Extracted, b: Extracted) -> bool:
    if (a.value, a.unit, a.growth) != (b.value, b.unit, b.growth):
        return False
    a_end, b_end = a.growth_end or a.end, b.growth_end or b.end
    before = text[max(0, a.start - 2) : a.start] == text[max(0, b.start - 2) : b.start]
    return before or text[a_end : a_end + 2] == text[b_end : b_end + 2]


def _claim_id(e: Extracted) -> str:
    assert e.value is not None
    fig = parse_figure(e.value)
    quals = [group_of(q).slug for q in fig.qualifiers if group_of(q).slug]
    plain = fig.digits.replace(",", "")
    if plain.replace(".", "").isdigit():
        number = plain.replace(".", "_")
    else:
        shown = fig.value * (100 if fig.percent or fig.points else 1)
        if fig.multiplier in MULTIPLIERS:
            shown /= 10 ** MULTIPLIERS[fig.multiplier]
        number = plain_decimal(abs(shown)).replace(".", "_")
    if fig.high is not None:
        number += "_" + plain_decimal(abs(fig.high.value)).replace(".", "_")
    number += MULT_SLUGS.get(fig.multiplier, "") + ("pct" if fig.percent else "")
    if fig.value < 0:
        number = "minus_" + number
    unit = e.unit or ""
    slug = UNIT_SLUGS.get(unit, "")
    if fig.percent:
        category = "rate"
    elif fig.points:
        category = "points"
    elif fig.times:
        category = "times"
    elif unit in MONEY:
        category = "amount"
    elif unit in AREA:
        category = "area"
    elif unit in LENGTH:
        category = "length"
    elif unit in DURATION:
        category = "duration"
    elif unit in WEIGHT:
        category = "weight"
    elif e.count:
        category = "count"
    else:
        category = "figure"
    ident = "_".join(p for p in (category, *dict.fromkeys(quals), number, slug) if p)
    return re.sub("[^a-z0-9_]", "", ident.lower())


def title_of(text: str) -> str:
    """The article's first non-empty line, the draft's title."""
    return next((line.strip() for line in text.splitlines() if line.strip()), "untitled")
