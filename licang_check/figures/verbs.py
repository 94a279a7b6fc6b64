"""The verbs that give a printed change its sign: a claim's own text
(``下降4.4%``, ``回落0.2個百分點``, ``0.1 percentage points faster``) and an
article's words around a figure (``比上年减少12家``, ``exports fell 1.2
percent``, ``1.2 points lower``).

:func:`leading_verb` reads a claim's change (the verb first, or an English
comparative last); :func:`verbs_around` reads, for each place a figure's
digits stand in a quote, the verb printed next to them, so that the quote
check can compare it with the sign of the claim's ``growth``, ``points`` or
``change``. Both read text in normal form (:mod:`licang_check.figures.normalize`:
traditional characters simplified, capitals lower case)."""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from licang_check.figures.numerals import NUMERAL_CHARS
from licang_check.figures.qualifiers import BEFORE, words

__all__ = ["DOWN", "EN_DOWN", "EN_UP", "UP", "QuotedVerb", "leading_verb", "verbs_around"]

UP = (
    "增长",
    "增長",
    "增加",
    "上升",
    "上涨",
    "上漲",
    "提高",
    "提升",
    "加快",
    "扩大",
    "擴大",
    "成长",
    "成長",
    "年增",
    "增",
    "升",
    "多",
)
"""Chinese verbs of a rise (simplified and traditional)."""
DOWN = (
    "下降",
    "下跌",
    "下滑",
    "回落",
    "减少",
    "減少",
    "降低",
    "放缓",
    "放緩",
    "收窄",
    "缩小",
    "縮小",
    "年减",
    "年減",
    "减",
    "減",
    "降",
    "跌",
    "少",
)
"""Chinese verbs of a fall."""
_VERBS = sorted([(v, 1) for v in UP] + [(v, -1) for v in DOWN], key=lambda p: -len(p[0]))
_VERBS_BY_FIRST: dict[str, tuple[tuple[str, int], ...]] = {
    c: tuple(p for p in _VERBS if p[0][0] == c) for c in {v[0] for v, _ in _VERBS}
}
""":data:`_VERBS` by their first character, longest first as there: the only
ones a text can start with."""
EN_UP = ("up", "higher", "faster", "more", "rose", "increased", "wider")
"""English words of a rise, first or last in a claim's change."""
EN_DOWN = ("down", "lower", "slower", "less", "fell", "decreased", "narrower")
"""English words of a fall."""

MAGNITUDE = frozenset({"扩大", "擴大", "收窄", "缩小", "縮小"})
"""Verbs of a size, not of a direction: ``降幅收窄0.3个百分点`` is a rise of a
rate printed as negative (−2.1% to −1.8%) and a fall of one printed as its
size (2.1% to 1.8%)."""

# -- reading a quote -------------------------------------------------------------------

_NOUNS = (("增幅", 1), ("涨幅", 1), ("降幅", -1), ("跌幅", -1))
"""A change named before its figure (``降幅为5%``)."""
_CHINESE_FILLERS = tuple(
    sorted({*words(BEFORE, english=False), "了", "为", "是", "百分之"}, key=len, reverse=True)
)
"""What may stand between a Chinese verb and its figure (``下降了约1.2个百分点``);
never ``到`` or ``至``, which name the level reached, not the change."""
_SINGLE_BEFORE = frozenset("年期月季度周比")
"""What a verb of one character, 多 or 少, must follow to be a change
(``比上年多3个``, ``同比少12家``): not 至少, 最多, 差不多, 许多 …"""
_EN_RISE = "up rose risen rising increased increasing increase grew grown growing growth gained"
_EN_FALL = "down fell fallen falling decreased decreasing decrease dropped drop declined declining"
_EN_BEFORE = {
    **dict.fromkeys((*_EN_RISE.split(), "gain", "climbed", "jumped", "rise", "expanded"), 1),
    **dict.fromkeys(
        (*_EN_FALL.split(), "decline", "slipped", "slid", "shrank", "fall", "contracted"), -1
    ),
}
"""English words of a change before its figure (``fell 1.2 percent``)."""
_EN_AFTER = {
    **dict.fromkeys(("higher", "faster", "more", "wider", "increase", "rise", "gain"), 1),
    **dict.fromkeys(("lower", "slower", "less", "fewer", "narrower", "decrease"), -1),
    **dict.fromkeys(("drop", "fall", "decline"), -1),
}
"""English comparatives after a figure and its marker (``1.2 points lower``)."""
_EN_FILLERS = frozenset({"by", "of", "a", "an", "some", *words(BEFORE, english=True)})


@cache
def _english_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """An English marker and word after a figure, and a word before one:
    compiled when first needed (most quotes are Chinese)."""
    marker = re.compile(r"\s*(?:%|percentage points?|per ?cent|points?|pts?)?\s+([a-z]+)\b")
    return marker, re.compile(r"((?:at )?[a-z]+(?: than)?)\s*$")


_CHINESE_NUMBER = NUMERAL_CHARS | frozenset("点")


class QuotedVerb(NamedTuple):
    """The verb printed with a figure in a quote: its sign (+1 a rise, −1 a
    fall), the word as printed (in normal form) and whether it tells a size
    rather than a direction (:data:`MAGNITUDE`)."""

    sign: int
    word: str
    magnitude: bool = False


def leading_verb(text: str) -> tuple[int, str]:
    """The sign a leading (Chinese) or English verb gives, and the rest."""
    s = text.strip()
    for verb, sign in _VERBS_BY_FIRST.get(s[:1], ()):
        if s.startswith(verb) and len(s) > len(verb):
            return sign, s[len(verb) :].strip()
    if " " not in s and s.isprintable():
        return 0, s  # no whitespace (what else split() splits at is not printable): one word
    words = s.split()
    if len(words) > 1:
        first, last = words[0].lower(), words[-1].lower()
        if first in EN_UP or first in EN_DOWN:
            return (1 if first in EN_UP else -1), " ".join(words[1:])
        if last in EN_UP or last in EN_DOWN:
            return (1 if last in EN_UP else -1), " ".join(words[:-1])
    return 0, s


_POINTS = r"个百分点|百分点|percentage points?\b|points?\b|pts?\b"
_PERCENT = r"%|per ?cent\b"


@cache
def points_re() -> re.Pattern[str]:
    """What follows a change in percentage points (in normal form): compiled
    on first use, as the two below (a file may have no such change)."""
    return re.compile(_POINTS)


@cache
def percent_re() -> re.Pattern[str]:
    """What follows a percentage."""
    return re.compile(_PERCENT)


@cache
def points_or_percent_re() -> re.Pattern[str]:
    """What follows either."""
    return re.compile(f"{_POINTS}|{_PERCENT}")


def verbs_around(
    text: str, digits: str, unlike: re.Pattern[str] | None = None
) -> list[QuotedVerb | None]:
    """For each place ``digits`` stand in ``text`` as a number of their own
    (not inside a longer one, nor followed by one of ``unlike``: a growth's
    ``5`` is not the ``5`` of ``5个百分点``), the verb printed with them, or
    None. Both in normal form; ``text`` may keep its spaces (English needs them)."""
    out: list[QuotedVerb | None] = []
    if not digits:
        return out
    at = text.find(digits)
    while at >= 0:
        end = at + len(digits)
        if _alone(text, at, end) and not (unlike and unlike.match(text[end:].lstrip())):
            out.append(_verb_before(text[:at]) or _word_after(text[end:]))
        at = text.find(digits, at + 1)
    return out


def _alone(text: str, at: int, end: int) -> bool:
    """Whether ``text[at:end]`` is a number of its own, not part of a longer
    one (``5`` in ``45``, ``5.0`` or ``2,5``; ``五`` in ``十五``); a multiplier
    after Arabic digits is the same figure's (``8.3万``)."""
    if text[at].isascii():
        before, after = text[max(0, at - 2) : at], text[end : end + 2]
        return not (
            before[-1:].isdigit()
            or (before[-1:] in (".", ",") and before[:1].isdigit() and len(before) == 2)
            or after[:1].isdigit()
            or (after[:1] in (".", ",") and after[1:].isdigit())
        )
    return (at == 0 or text[at - 1] not in _CHINESE_NUMBER) and (
        end == len(text) or text[end] not in _CHINESE_NUMBER
    )


def _verb_before(lead: str) -> QuotedVerb | None:
    s = lead.rstrip()
    if s and s[-1].isascii():
        return _word_before(s)
    changed = True
    while changed:  # 下降了约 …: the fillers between the verb and its figure
        changed = False
        for filler in _CHINESE_FILLERS:
            if s.endswith(filler) and len(s) > len(filler):
                s, changed = s[: -len(filler)].rstrip(), True
                break
    for noun, sign in _NOUNS:
        if s.endswith(noun):
            return QuotedVerb(sign, noun)
    for verb, sign in _VERBS:
        if s.endswith(verb):
            if len(verb) == 1 and verb in "多少" and (len(s) < 2 or s[-2] not in _SINGLE_BEFORE):
                return None
            return QuotedVerb(sign, verb, verb in MAGNITUDE)
    return None


def _word_before(lead: str) -> QuotedVerb | None:
    s = lead
    word_before = _english_res()[1]
    while m := word_before.search(s):
        word = m[1]
        if word in _EN_FILLERS:
            s = s[: m.start()]
            continue
        sign = _EN_BEFORE.get(word)
        return None if sign is None else QuotedVerb(sign, word)
    return None


def _word_after(rest: str) -> QuotedVerb | None:
    m = _english_res()[0].match(rest)
    if m is None:
        return None
    sign = _EN_AFTER.get(m[1])
    return None if sign is None else QuotedVerb(sign, m[1])
