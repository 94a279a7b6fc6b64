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
through the figure grammar: no cn2an, which fails on mixed forms such as
``448.6亿元`` and ``百万`` and costs about 120 ms to import.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal

from licang_check._i18n.messages import t
from licang_check.figures.grammar import MULTIPLIERS, PREFIXES, SUFFIXES, FigureError, parse_figure
from licang_check.figures.numerals import NUMERAL_CHARS, NumeralError, parse_chinese

__all__ = [
    "ArticleError",
    "DraftClaim",
    "Extracted",
    "Kind",
    "draft_claims",
    "extract",
    "read_article",
    "title_of",
]

Kind = Literal["figure", "date", "name"]

MAX_ARTICLE_BYTES = 20 * 1024 * 1024
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


# -- the vocabulary -----------------------------------------------------------

MONEY = ("元", "美元", "港元", "欧元", "日元", "英镑")
AREA = ("平方公里", "平方米", "公顷", "亩")
LENGTH = ("公里", "千米", "米")
DURATION = ("个月", "小时", "分钟", "年", "天", "周")
WEIGHT = ("吨", "公斤", "千克", "克")
COUNT = (
    "个",
    "家",
    "户",
    "条",
    "支",
    "人次",
    "人",
    "名",
    "位",
    "座",
    "所",
    "项",
    "台",
    "辆",
    "件",
    "套",
    "栋",
    "幢",
    "处",
    "间",
    "张",
    "只",
    "头",
    "株",
    "棵",
    "架",
    "艘",
    "部",
    "场",
    "批",
    "种",
    "类",
    "篇",
    "枚",
    "次",
    "床",
)
OTHER = ("个百分点", "倍", "千瓦时", "千瓦", "标箱", "立方米", "岁")
UNITS = MONEY + AREA + LENGTH + DURATION + WEIGHT + COUNT + OTHER
CHINESE_UNITS = frozenset(UNITS) - {"米", "克", "岁", "次", "周"}
"""Units a Chinese numeral is taken with (三千米 is rarer than 三千 + 米-something)."""

UNIT_SLUGS = {
    "元": "",
    "美元": "usd",
    "港元": "hkd",
    "欧元": "eur",
    "日元": "jpy",
    "英镑": "gbp",
    "平方公里": "km2",
    "平方米": "m2",
    "公顷": "ha",
    "亩": "mu",
    "公里": "km",
    "千米": "km",
    "米": "m",
    "个月": "months",
    "小时": "hours",
    "分钟": "minutes",
    "年": "years",
    "天": "days",
    "周": "weeks",
    "吨": "t",
    "公斤": "kg",
    "千克": "kg",
    "克": "g",
    "个": "ge",
    "家": "jia",
    "户": "hu",
    "条": "tiao",
    "支": "zhi",
    "人次": "renci",
    "人": "ren",
    "名": "ming",
    "位": "wei",
    "座": "zuo",
    "所": "suo",
    "项": "xiang",
    "台": "tai",
    "辆": "liang",
    "件": "jian",
    "套": "tao",
    "个百分点": "",
    "倍": "times",
    "千瓦时": "kwh",
    "千瓦": "kw",
    "标箱": "teu",
    "立方米": "m3",
    "岁": "years",
}
MULT_SLUGS = {
    "万亿": "wanyi",
    "千亿": "qianyi",
    "百亿": "baiyi",
    "十亿": "shiyi",
    "亿": "yi",
    "千万": "qianwan",
    "百万": "baiwan",
    "十万": "shiwan",
    "万": "wan",
    "千": "qian",
    "百": "bai",
}
QUALIFIER_SLUGS = {
    "近": "near",
    "约": "about",
    "大约": "about",
    "左右": "about",
    "上下": "about",
    "超": "over",
    "超过": "over",
    "逾": "over",
    "余": "over",
    "多": "over",
    "以上": "atleast",
    "不足": "under",
    "不到": "under",
    "以下": "atmost",
}
DIRECTIONAL = frozenset(QUALIFIER_SLUGS) - {"近", "约", "大约", "左右", "上下"}
"""Qualifiers that say which way a figure strays: negating the figure would
turn them around, so a decrease printed with one is not made a growth."""

INCREASE = ("增长", "增加", "提高", "提升", "上升", "上涨", "增")
DECREASE = ("下降", "减少", "降低", "下滑", "回落", "降", "减")
COMPARED: tuple[str, ...] = ("比上年同期", "较上年同期", "比去年同期", "较去年同期")
COMPARED += ("比上年", "较上年", "比去年", "较去年", "同比", "环比")

SLOGANS = (
    "一带一路",
    "两个确立",
    "两个维护",
    "两个一百年",
    "四个意识",
    "四个自信",
    "四个全面",
    "五位一体",
    "八项规定",
    "三个代表",
    "两学一做",
    "三严三实",
    "一国两制",
    "千人计划",
    "万人计划",
    "千家万户",
    "千方百计",
    "千军万马",
    "成千上万",
    "千千万万",
    "四面八方",
    "五湖四海",
    "三番五次",
    "万无一失",
    "七上八下",
    "四梁八柱",
    "两手抓",
)
"""Fixed phrases with numerals in them that are never figures."""

# -- the patterns -------------------------------------------------------------


def _alt(words: tuple[str, ...] | list[str] | frozenset[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


_ALL_CN = "".join(sorted(NUMERAL_CHARS))
_CN_DIGITS = "零〇一二两三四五六七八九"
_CN = rf"[{_CN_DIGITS}十百千][{_ALL_CN}]*"
"""A Chinese numeral: never starting with 万 or 亿 (过亿元 is not 1亿元)."""
_AR = r"(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?(?![0-9])"
# 约 and 近 are qualifiers except inside words: 签约, 节约, 制约 …; 最近, 附近 …
_PRE = "|".join(
    (
        "大约|超过|不足|不到|超|逾",
        r"(?<![签节制预特合履违邀相公条盟隐])约",
        r"(?<![最附邻亲])近",
    )
)
assert {"大约", "超过", "不足", "不到", "超", "逾", "约", "近"} == set(PREFIXES) - {"达", "达到"}
_SUF = _alt(SUFFIXES)

_FIGURE = re.compile(
    rf"(?P<pre>{_PRE})?"
    r"(?P<sign>(?<![0-9A-Za-z.%])[-−])?"
    rf"(?:(?P<pctword>百分之)(?P<pnum>{_AR}|{_CN})(?![点.0-9])"
    rf"|(?P<arabic>(?<![0-9.]){_AR})"
    rf"|(?P<chinese>(?<![{_ALL_CN}]){_CN}))"
    r"(?P<infix>余|多)?"
    rf"(?P<mult>{_alt(list(MULTIPLIERS))})?"
    r"(?P<pct>[%％])?"
    rf"(?P<post>{_SUF})?"
    rf"(?P<unit>{_alt(UNITS)})?"
    rf"(?P<post2>{_SUF})?"
)
_GROWTH_VERB = re.compile(
    rf"[，,、]?\s*(?:{_alt(COMPARED)})?(?P<verb>{_alt(INCREASE + DECREASE)})了?"
)
_VERB_BEFORE = re.compile(rf"(?:{_alt(INCREASE + DECREASE)})了?$")
# A Chinese numeral and 年 make a duration only before these (三年来, 两年内);
# otherwise it is a programme's name (三年攻坚行动) or a year.
_YEARS_AFTER = re.compile(r"来|内|间|以来|多|前|后|里|时间|中|的|[，,。、；;]|$")

_YEAR = r"(?<![0-9.])(?:1[5-9]|20|21)[0-9]{2}"
_MONTH_DAY = r"[0-9]{1,2}(?:\s*[-—–~至到]\s*[0-9]{1,2})?月(?:份)?(?:[0-9]{1,2}[日号])?"
_DATES = [
    rf"{_YEAR}\s*[-—–~至到]\s*{_YEAR[len('(?<![0-9.])') :]}年",
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
]
_PATTERNS: list[tuple[Kind, re.Pattern[str]]] = [("date", re.compile(p)) for p in _DATES]
_PATTERNS += [("name", re.compile(p)) for p in _NAMES]
_QUOTED = re.compile(r"[“‘\"「『]([^“”‘’\"「」『』\n]{1,10})[”’\"」』]")
_HAS_NUMERAL = re.compile(rf"[0-9{_ALL_CN}]")

_BOUNDARY = frozenset('，,。；;：:！!？?…\n\r“”"‘’「」『』（）()【】《》')
_MASK = "\x00"


# -- scanning -----------------------------------------------------------------


def extract(text: str) -> list[Extracted]:
    """Every printed figure of ``text``, and every date and name that is not
    one, in text order (figures never overlap dates or names)."""
    protected = _protected(text)
    masked = _mask(text, protected)
    spans = sorted(protected + _figures(text, masked), key=lambda e: (e.start, e.end))
    newlines = [m.start() for m in re.finditer("\n", text)]
    return [replace(e, line=bisect.bisect_left(newlines, e.start) + 1) for e in spans]


def _protected(text: str) -> list[Extracted]:
    """Dates and names, longest first where they overlap."""
    found: list[tuple[int, int, Kind]] = []
    for kind, rx in _PATTERNS:
        found += [(m.start(), m.end(), kind) for m in rx.finditer(text)]
    taken = _non_overlapping(found)
    masked = _mask(text, [_span(text, a, b, k) for a, b, k in taken])
    for m in _QUOTED.finditer(text):
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
    chars = list(text)
    for e in spans:
        chars[e.start : e.end] = _MASK * (e.end - e.start)
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
    return text[a:b].strip()


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
        g = _GROWTH_VERB.match(masked, fig.end, stop)
        gm = _FIGURE.match(masked, g.end(), stop) if g else None
        change = _figure(text, masked, gm) if gm else None
        attached = _attach(text, fig, g["verb"], change) if g and change else None
        if attached is None or change is None:
            out.append(fig)
            continue
        out += attached
        pos = change.end
    return out


def _figure(text: str, masked: str, m: re.Match[str]) -> Extracted | None:
    """The figure a match of :data:`_FIGURE` stands for, or None."""
    number = m["pnum"] or m["arabic"] or m["chinese"]
    unit = m["unit"]
    end = m.end()
    post = m["post"] or ""
    post2 = m["post2"] or ""
    if unit == "个" and post2 == "多" and masked.startswith("月", m.end()):
        end, unit = m.end() + 1, "个月"  # 10个多月: more than 10 months
    elif post2 and (post or (post2 in "余多" and not _ends_word(masked, m.end("post2")))):
        # 5个多部门 is not "more than 5"; 6亿多多元 ends at its first 多.
        end, post2 = m.start("post2"), ""
    count = unit in COUNT
    if m["chinese"] and not m["pre"]:
        if number in ("一", "零", "〇") and not m["infix"]:
            return None  # 一个, 一批, 一把手: the article "a", not a count of one
        big = len(number) == 1 and number in "两三四五六七八九十"
        big = big and masked.startswith("大", m.end())
        if unit is None and not big:
            return None
        if unit is not None and unit not in CHINESE_UNITS:
            return None
        if unit == "年" and not _YEARS_AFTER.match(masked, m.end("unit")):
            return None
        if big and unit is None:
            count = True  # 三大低效片区: three (of them)
    elif m["chinese"] and unit is None and not re.search("[十百千万亿]", number):
        return None  # 超一流 is not a figure
    value = (
        (m["pre"] or "")
        + ("-" if m["sign"] else "")
        + (m["pctword"] or "")
        + number
        + (m["infix"] or "")
        + (m["mult"] or "")
        + (m["pct"] or "")
        + (post or post2)
    )
    try:
        fig = parse_figure(value)
    except FigureError:
        return None
    start = m.start()
    if fig.percent or fig.value.denominator != 1:
        count = False
    note = None
    if fig.percent and _VERB_BEFORE.search(masked, max(0, start - 3), start):
        note = t("draft.note.change")
    return Extracted(
        kind="figure",
        text=text[start:end],
        start=start,
        end=end,
        line=0,  # set by extract()
        quote=_quote(text, start, end),
        value=value,
        unit=unit,
        count=count,
        note=note,
    )


def _ends_word(masked: str, pos: int) -> bool:
    """余 or 多 after a unit ends the figure (1年多来, 100人多的) unless a
    word goes on (5个多部门)."""
    return pos >= len(masked) or not ("\u4e00" <= masked[pos] <= "\u9fff") or masked[pos] in "来的"


def _attach(text: str, fig: Extracted, verb: str, change: Extracted) -> list[Extracted] | None:
    """``fig`` with the change printed after it: a growth (149个、增长273%),
    or a change in percentage points, which stays a figure of its own and
    says which figure it changes. None when the change is not ``fig``'s."""
    assert fig.value is not None
    assert change.value is not None
    quote = _quote(text, fig.start, change.end)
    if change.unit == "个百分点":
        note = t("draft.note.points_at", start=fig.start, text=fig.text)
        return [replace(fig, quote=quote), replace(change, modifies=fig.start, note=note)]
    growth = parse_figure(change.value)
    if not growth.percent or change.unit is not None or parse_figure(fig.value).percent:
        return None
    value = change.value
    if verb in DECREASE:
        if growth.value < 0 or set(growth.qualifiers) & DIRECTIONAL:
            return None
        pre = next((q for q in PREFIXES if value.startswith(q)), "")
        value = pre + "-" + value[len(pre) :]
    if parse_figure(value).value <= -1:
        return None  # nothing to grow from: not a growth
    grown = replace(
        fig, growth=value, growth_start=change.start, growth_end=change.end, quote=quote
    )
    return [grown]


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
    seen: dict[str, int] = {}
    id_at: dict[int, str] = {}
    claims: list[DraftClaim] = []
    for g in groups:
        first = g[0]
        assert first.value is not None
        cid = _claim_id(first)
        seen[cid] = seen.get(cid, 0) + 1
        if seen[cid] > 1:
            cid = f"{cid}_{seen[cid]}"
        id_at.update((e.start, cid) for e in g)
        claims.append(
            DraftClaim(
                cid, first.value, first.unit, first.count, first.growth, tuple(g), first.note
            )
        )
    return [_name_the_changed(c, id_at) for c in claims]


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
    quals = [QUALIFIER_SLUGS[q] for q in fig.qualifiers if q in QUALIFIER_SLUGS]
    if fig.digits.replace(",", "").replace(".", "").isdigit():
        number = fig.digits.replace(",", "").replace(".", "_")
    else:
        try:
            number = str(parse_chinese(fig.digits)[0])
        except NumeralError:  # pragma: no cover - parse_figure read it
            number = "n"
    number += MULT_SLUGS.get(fig.multiplier, "") + ("pct" if fig.percent else "")
    if fig.value < 0:
        number = "minus_" + number
    unit = e.unit or ""
    slug = UNIT_SLUGS.get(unit, "")
    if fig.percent:
        category = "rate"
    elif unit == "个百分点":
        category = "points"
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
    return "_".join(p for p in (category, *dict.fromkeys(quals), number, slug) if p)


# -- reading an article -------------------------------------------------------


class ArticleError(ValueError):
    """The article could not be read."""


def read_article(path: Path) -> str:
    """The article's text (UTF-8, a byte-order mark dropped); offsets into
    this text are offsets into the file's characters, line ends as they are."""
    try:
        if path.is_dir():
            raise ArticleError(t("article.directory", path=path))
        with path.open("rb") as f:
            data = f.read(MAX_ARTICLE_BYTES + 1)
    except FileNotFoundError:
        raise ArticleError(t("article.no_such_file", path=path)) from None
    except OSError as e:
        raise ArticleError(t("article.cannot_read", path=path, reason=e.strerror or e)) from None
    if len(data) > MAX_ARTICLE_BYTES:
        limit = f"{MAX_ARTICLE_BYTES // 2**20} MiB"
        raise ArticleError(t("article.too_large", path=path, limit=limit))
    try:
        return data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as e:
        raise ArticleError(t("article.not_utf8", path=path, byte=e.start)) from None


def title_of(text: str) -> str:
    """The article's first non-empty line, the draft's title."""
    return next((line.strip() for line in text.splitlines() if line.strip()), "untitled")
