"""Every qualifier of a printed figure, in one table: its words (simplified,
traditional, English), where it stands, its group (what it says of the true
value: :class:`Group`), the word it turns into when the figure is negated,
its gloss (a catalogue key) and its draft slug.

A qualifier replaces the rounding of the printed value *x* with a side of
*x*; the groups:

==============  ===========================  ===========  =======  ==========
group           true value                   gloss        slug     words
==============  ===========================  ===========  =======  ==========
``nearly``      [x·(1−tol), x]               nearly       near     近
``about``       [x·(1−tol), x·(1+tol)]       about        about    约 大约 左右 上下
``more_than``   (x, ∞)                       more than    over     超 超过 逾 余 多
``at_least``    [x, ∞)                       at least     atleast  以上
``less_than``   (−∞, x)                      less than    under    不足 不到
``at_most``     (−∞, x]                      at most      atmost   以下
``as_printed``  the printed precision        (none)       (none)   达 达到 约合 折合
==============  ===========================  ===========  =======  ==========

(A negative *x* mirrors the tolerance's ends: ``近-5%`` is [−5%, −4.5%].)
The contract's words are the Chinese ones but 约合 and 折合; every other word
(English, 约合, 折合) reads as one of the contract's (``reads_as``), which is
what :attr:`Figure.qualifiers <licang_check.figures.grammar.Figure.qualifiers>`
holds. The as-printed words leave a figure as it is printed: nothing to
gloss, nothing in a drafted id (``达到448.6亿`` is ``448.6亿``). The grammar
reads a figure in normal form (:mod:`~licang_check.figures.normalize`), where
traditional spellings are simplified; ``traditional`` records them for the
schema's sake and the tests'.

Every other module derives what it needs from here: the figure grammar and
the schema their patterns, ``explain`` its glosses, ``extract`` its
vocabulary, the turned words of a fall and the slugs of drafted ids. None
spells a qualifier itself (``tests/figures/test_qualifiers.py`` scans for one).
"""

from __future__ import annotations

from typing import NamedTuple

from licang_check.numeric.exact import Fraction
from licang_check.numeric.intervals import Interval

__all__ = [
    "ABOUT",
    "AFTER",
    "AS_PRINTED",
    "AT_LEAST",
    "AT_MOST",
    "BEFORE",
    "BY_WORD",
    "CONVERTED",
    "GROUPS",
    "INSIDE",
    "LESS_THAN",
    "MORE_THAN",
    "NEARLY",
    "TABLE",
    "Group",
    "Qualifier",
    "group_of",
    "turned",
    "words",
]


class Group(NamedTuple):
    """What the qualifiers of a group say of the true value, given the printed
    value *x*: on which side of *x* it lies, whether *x* is one of the values,
    and how far it may lie (within the tolerance, or without bound)."""

    name: str
    below: bool
    """The true value may lie below *x* (toward −∞)."""
    above: bool
    """The true value may lie above *x*."""
    closed: bool
    """*x* itself is a true value (以上 yes, 超 no)."""
    tolerance: bool
    """The true value lies within ``x·tol`` of *x* (近, 约), not without bound."""
    gloss: str
    """The catalogue key of its gloss (``qualifier.nearly``); empty for as-printed."""
    slug: str
    """Its word in a drafted claim id (``near_7000wan``); empty for as-printed."""

    @property
    def gives_interval(self) -> bool:
        """Whether the group gives the figure its interval (all but as-printed)."""
        return self.below or self.above

    def interval(self, x: Fraction, tol: Fraction) -> Interval | None:
        """The true values a figure of this group printed as ``x`` stands
        for under the tolerance ``tol``; None: the figure's own rounding."""
        if not (self.below or self.above):
            return None
        if self.tolerance:
            a = x * (1 - tol) if self.below else x
            b = x * (1 + tol) if self.above else x
            return Interval.closed(min(a, b), max(a, b))
        if self.above:
            return Interval(x, None, self.closed, False)
        return Interval(None, x, False, self.closed)


NEARLY = Group("nearly", True, False, True, True, "qualifier.nearly", "near")
ABOUT = Group("about", True, True, True, True, "qualifier.about", "about")
MORE_THAN = Group("more_than", False, True, False, False, "qualifier.more_than", "over")
AT_LEAST = Group("at_least", False, True, True, False, "qualifier.at_least", "atleast")
LESS_THAN = Group("less_than", True, False, False, False, "qualifier.less_than", "under")
AT_MOST = Group("at_most", True, False, True, False, "qualifier.at_most", "atmost")
AS_PRINTED = Group("as_printed", False, False, True, False, "", "")
GROUPS = (NEARLY, ABOUT, MORE_THAN, AT_LEAST, LESS_THAN, AT_MOST, AS_PRINTED)

BEFORE = "before"
"""A qualifier printed before the number (近7000万)."""
AFTER = "after"
"""A qualifier printed after the number, its multiplier and marker (50亿以上)."""


class Qualifier(NamedTuple):
    """One qualifier word."""

    word: str
    """As the grammar reads it: simplified Chinese, English in lower case."""
    group: Group
    place: str
    """:data:`BEFORE` or :data:`AFTER` the number."""
    reads_as: str
    """The contract's qualifier it is read as (itself for a contract word)."""
    turned: str | None
    """The word that says the same of the negated figure (超5% fell: 不足-5%);
    None where no word does (余, 多: a fall of 5%多 is kept as printed)."""
    traditional: str = ""
    """Its traditional spelling, where that differs (約, 超過)."""
    english: bool = False
    inside: bool = False
    """It may also stand between the number and its multiplier (一百余万)."""
    not_after: str = ""
    """Characters that, just before it, make it part of another word (签约,
    最近, 出超): ``extract`` does not read it as a qualifier there."""
    converted: bool = False
    """It marks a figure converted at a rate (约合20533美元)."""


def _zh(
    word: str,
    group: Group,
    place: str,
    turned: str | None,
    traditional: str = "",
    *,
    reads_as: str = "",
    inside: bool = False,
    not_after: str = "",
    converted: bool = False,
) -> Qualifier:
    return Qualifier(
        word,
        group,
        place,
        reads_as or word,
        turned,
        traditional,
        False,
        inside,
        not_after,
        converted,
    )


def _en(word: str, group: Group, place: str, reads_as: str, turned: str | None) -> Qualifier:
    return Qualifier(word, group, place, reads_as, turned, english=True)


TABLE: tuple[Qualifier, ...] = (
    # the contract's, before the number
    _zh("近", NEARLY, BEFORE, "近", not_after="最附邻亲"),
    _zh("约", ABOUT, BEFORE, "约", "約", not_after="签节制预特合履违邀相公条盟隐大"),
    _zh("大约", ABOUT, BEFORE, "大约", "大約"),
    _zh("超", MORE_THAN, BEFORE, "不足", not_after="出入"),
    _zh("超过", MORE_THAN, BEFORE, "不足", "超過", not_after="出入"),
    _zh("逾", MORE_THAN, BEFORE, "不足"),
    _zh("不足", LESS_THAN, BEFORE, "超"),
    _zh("不到", LESS_THAN, BEFORE, "超"),
    _zh("达", AS_PRINTED, BEFORE, "达", "達"),
    _zh("达到", AS_PRINTED, BEFORE, "达到", "達到"),
    # the contract's, after the number
    _zh("左右", ABOUT, AFTER, "左右"),
    _zh("上下", ABOUT, AFTER, "上下"),
    _zh("以上", AT_LEAST, AFTER, "以下"),
    _zh("以下", AT_MOST, AFTER, "以上"),
    _zh("余", MORE_THAN, AFTER, None, "餘", inside=True),
    _zh("多", MORE_THAN, AFTER, None, inside=True),
    # a converted figure: rounded at its printed precision, not 约's tolerance
    _zh("约合", AS_PRINTED, BEFORE, "约合", "約合", reads_as="达", converted=True),
    _zh("折合", AS_PRINTED, BEFORE, "折合", reads_as="达", converted=True),
    # English, of bilingual releases
    _en("about", ABOUT, BEFORE, "约", "about"),
    _en("around", ABOUT, BEFORE, "约", "around"),
    _en("approximately", ABOUT, BEFORE, "约", "approximately"),
    _en("roughly", ABOUT, BEFORE, "约", "roughly"),
    _en("or so", ABOUT, AFTER, "左右", "or so"),
    _en("nearly", NEARLY, BEFORE, "近", "nearly"),
    _en("almost", NEARLY, BEFORE, "近", "almost"),
    _en("more than", MORE_THAN, BEFORE, "超过", "less than"),
    _en("over", MORE_THAN, BEFORE, "超过", "less than"),
    _en("less than", LESS_THAN, BEFORE, "不到", "more than"),
    _en("fewer than", LESS_THAN, BEFORE, "不到", "more than"),
    _en("at least", AT_LEAST, BEFORE, "以上", "at most"),
    _en("or more", AT_LEAST, AFTER, "以上", None),
    _en("at most", AT_MOST, BEFORE, "以下", "at least"),
    _en("up to", AT_MOST, BEFORE, "以下", "at least"),
)
"""Every qualifier the figure grammar reads."""

BY_WORD: dict[str, Qualifier] = {q.word: q for q in TABLE}
"""Each qualifier by its word in normal form."""

INSIDE: tuple[str, ...] = tuple(q.word for q in TABLE if q.inside)
"""The qualifiers that may stand between a number and its multiplier (一百余万)."""

CONVERTED: tuple[str, ...] = (
    *(w for q in TABLE if q.converted for w in dict.fromkeys((q.word, q.traditional)) if w),
    "合",
)
"""What the ``value:`` of a conversion may start with (``约合19375美元``): the
converted-figure qualifiers in both scripts, and a bare ``合``, which only
the extension reads."""


def words(
    place: str | None = None,
    *,
    english: bool | None = None,
    interval: bool | None = None,
) -> tuple[str, ...]:
    """The qualifier words, in table order, that stand at ``place``, are (not)
    English, and do (not) give a figure its interval; None: any."""
    return tuple(
        q.word
        for q in TABLE
        if (place is None or q.place == place)
        and (english is None or q.english == english)
        and (interval is None or q.group.gives_interval == interval)
    )


def group_of(word: str) -> Group:
    """The group of a qualifier word in normal form."""
    return BY_WORD[word].group


def turned(word: str) -> str | None:
    """The qualifier that says of a negated figure what ``word`` said of it;
    None where there is none."""
    return BY_WORD[word].turned
