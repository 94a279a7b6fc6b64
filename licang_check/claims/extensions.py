"""The claim keys that extend format v1 for the relations bulletins state
(``docs/claims-format.md``, section "Relations"): how each is read and
validated. A v1 file uses none of them and keeps its meaning.

- ``real: true``: the claim's ``growth`` is a real (volume) growth
  (按可比价格计算, 扣除价格因素); it implies no prior in current prices.
- ``points``: a change in percentage points on the previous period, on a
  claim whose value is a rate (``提高0.95个百分点``, ``回落0.2個百分點``,
  ``0.1 percentage points faster``, ``-0.7``); its sign comes from the verb.
- ``change``: an absolute change on the previous period, in the claim's own
  unit (``增加2175``, ``减少12``, ``年增六三四億``).
- ``changes``: more changes on the same figure, each with its own ``on``
  (a label: ``环比``, ``按月``, ``2019年同期``, ``"2015"``) and ``growth``,
  ``points`` or ``change``, ``prior`` and ``real``.
- ``ratio: [a, b]``: the value (``2.5倍``, ``108.3%``) is ``a / b``.
- a proportion value ``6.01:55.04:38.95``: shares of one whole in percent,
  with optional ``parts`` (one claim per share) and ``whole``.
- ``converts`` with ``multiply_by`` or ``divide_by``: the value is another
  claim's converted at a rate (``约合19375美元``).

Growth texts also take a verb (``下降4.4%``), 倍 (``1.72倍`` is +172%) and
翻番 (``翻一番`` is twice, ``翻两番`` four times, each to the whole time).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

from licang_check._i18n.messages import t
from licang_check.claims._record import Record
from licang_check.figures.grammar import Figure, FigureError, parse_figure
from licang_check.figures.qualifiers import CONVERTED
from licang_check.figures.verbs import leading_verb as _verb
from licang_check.numeric.exact import Fraction

if TYPE_CHECKING:
    import yaml

    from licang_check.claims.load import Claim, Pos, _Reader, _What

__all__ = [
    "CHANGE_KEYS",
    "EXTENSION_KEYS",
    "Change",
    "Conversion",
    "Proportion",
    "parse_change",
    "parse_growth",
    "parse_points",
    "parse_value",
    "v1_change",
]

EXTENSION_KEYS = {
    "real": False,
    "points": False,
    "change": False,
    "changes": False,
    "ratio": False,
    "parts": False,
    "whole": False,
    "converts": False,
    "multiply_by": False,
    "divide_by": False,
}
"""Claim keys beyond v1 (none required)."""
CHANGE_KEYS = {
    "on": True,
    "growth": False,
    "points": False,
    "change": False,
    "prior": False,
    "real": False,
    "note": False,
}
"""Keys of one entry of ``changes:``."""

_POINT_SUFFIX = re.compile(
    r"(?:个百分点|個百分點|百分点|百分點|percentage points?|points?|pts?)$", re.IGNORECASE
)
_TIMES = ("倍",)
_DOUBLINGS = re.compile(r"翻(?:了)?(?P<n>[一二两兩三四五1-5])番")
_DOUBLING_N = {"一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5}
_PROPORTION_SEP = re.compile(r"[:：]")


class ExtensionError(ValueError):
    """A value of an extension key that cannot be read."""


def _apply_sign(fig: Figure, sign: int, text: str) -> Figure:
    if sign == 0:
        return fig._replace(text=text)
    if fig.value < 0 or fig.text.lstrip().startswith(("+", "-", "－", "＋")):
        raise ExtensionError(t("ext.sign_and_verb", text=text))
    return fig._replace(text=text, value=sign * fig.value)


def _figure(text: str) -> Figure:
    try:
        return parse_figure(text)
    except FigureError as e:
        raise ExtensionError(str(e)) from None


def parse_growth(text: str) -> Figure:
    """A growth as printed: ``273%``, ``下降4.4%``, ``1.72倍`` (+172%),
    ``翻一番`` (twice the prior: a factor of 2 to the whole, [1.5, 2.5))."""
    sign, rest = _verb(text)
    m = _DOUBLINGS.fullmatch(rest.strip())
    if m:
        if sign < 0:
            raise ExtensionError(t("ext.doubling_down", text=text))
        n = m["n"]
        k = int(n) if n.isdigit() else _DOUBLING_N[n]
        return Figure(text, n, Fraction(2**k - 1), Fraction(1), True, "", (), False)
    if rest.endswith(_TIMES):
        inner = _figure(rest[: -len("倍")])
        if inner.percent:
            raise ExtensionError(t("ext.times_percent", text=text))
        fig = inner._replace(percent=True)  # 1.72倍 is a growth of 1.72: +172%
        return _apply_sign(fig, sign, text)
    if sign == 0 and text == rest:
        return _figure(text)
    return _apply_sign(_figure(rest), sign, text)


def parse_points(text: str) -> Figure:
    """A change in percentage points, as a ratio (``提高0.95个百分点`` is
    +0.0095; ``-0.7`` is −0.007)."""
    sign, rest = _verb(text)
    rest = _POINT_SUFFIX.sub("", rest).strip()
    if sign == 0:
        sign2, rest2 = _verb(rest)  # 0.1 percentage points faster
        if sign2:
            sign, rest = sign2, rest2
    fig = _figure(rest)
    if fig.percent:
        raise ExtensionError(t("ext.points_percent", text=text))
    fig = fig._replace(value=fig.value / 100, unit=fig.unit / 100, percent=True)
    return _apply_sign(fig, sign, text)


def _change_in(unit: str | None, text: str) -> Figure:
    return parse_change(text, unit)


def parse_change(text: str, unit: str | None) -> Figure:
    """An absolute change in the claim's unit (``增加2175``, ``减少12``, ``年增634億``)."""
    sign, rest = _verb(text)
    if unit and rest.endswith(unit) and len(rest) > len(unit):
        rest = rest[: -len(unit)].strip()
    fig = _figure(rest)
    if fig.percent:
        raise ExtensionError(t("ext.change_percent", text=text))
    return _apply_sign(fig, sign, text)


class Proportion(NamedTuple):
    """A printed proportion ``6.01:55.04:38.95``: shares in percent."""

    shares: tuple[Figure, ...]


def parse_value(text: str) -> tuple[Figure, Proportion | None]:
    """A claim's value with the extensions: a proportion (``a:b:c``), a
    multiple (``2.5倍``) and a converted figure (``约合19375``: its printed
    precision, not 约's tolerance). Anything else is :func:`parse_figure`'s."""
    s = text.strip()
    if _PROPORTION_SEP.search(s):
        pieces = _PROPORTION_SEP.split(s)
        if len(pieces) < 2 or any(not p.strip() for p in pieces):
            raise ExtensionError(t("ext.proportion", text=text))
        shares = tuple(_figure(p.strip()) for p in pieces)
        if any(f.percent or f.qualifiers or f.multiplier for f in shares):
            raise ExtensionError(t("ext.proportion", text=text))
        total = sum((f.value for f in shares), Fraction(0))
        unit = min(f.unit for f in shares)
        digits = "".join(c for c in s if not c.isspace())
        fig = Figure(text, digits, total, unit, False, "", (), False)
        return fig, Proportion(shares)
    if s.endswith("倍") and len(s) > 1:
        inner = _figure(s[:-1])
        if inner.percent:
            raise ExtensionError(t("ext.times_percent", text=text))
        return inner._replace(text=text), None
    for prefix in CONVERTED if s.startswith(CONVERTED) else ():
        if s.startswith(prefix) and len(s) > len(prefix):
            inner = _figure(s[len(prefix) :])
            return inner._replace(text=text), None
    return _figure(text), None


class Change(Record):
    """One change on a figure: on the previous period (``on`` None: the
    claim's own ``growth``, ``points``, ``change``, ``prior``, ``real``), or
    one entry of ``changes:``."""

    __slots__ = (  # noqa: RUF023 (__init__'s order: repr follows it)
        "on",
        "pos",
        "growth",
        "growth_pos",
        "points",
        "points_pos",
        "change",
        "change_pos",
        "prior",
        "prior_pos",
        "real",
        "note",
    )

    def __init__(
        self,
        on: str | None,
        pos: Pos,
        growth: Figure | None = None,
        growth_pos: Pos | None = None,
        points: Figure | None = None,
        points_pos: Pos | None = None,
        change: Figure | None = None,
        change_pos: Pos | None = None,
        prior: Figure | str | None = None,
        prior_pos: Pos | None = None,
        real: bool = False,
        note: str | None = None,
    ) -> None:
        self.on = on
        self.pos = pos
        self.growth = growth
        self.growth_pos = growth_pos
        self.points = points
        self.points_pos = points_pos
        self.change = change
        self.change_pos = change_pos
        self.prior = prior
        self.prior_pos = prior_pos
        self.real = real
        self.note = note


class Conversion(Record):
    """``converts: source`` with ``multiply_by`` or ``divide_by`` a rate."""

    __slots__ = (  # noqa: RUF023 (__init__'s order: repr follows it)
        "source",
        "source_pos",
        "rate",
        "rate_pos",
        "divide",
    )

    def __init__(
        self, source: str, source_pos: Pos, rate: Figure | str, rate_pos: Pos, divide: bool
    ) -> None:
        self.source = source
        self.source_pos = source_pos
        self.rate = rate
        self.rate_pos = rate_pos
        self.divide = divide


@dataclass(eq=False)  # compared by identity: nothing compares two by value
class Relations:
    """What the extension keys say about one claim."""

    main: Change | None = None
    changes: list[Change] = field(default_factory=list)
    ratio: tuple[str, str] | None = None
    ratio_pos: Pos | None = None
    proportion: Proportion | None = None
    parts: list[tuple[str, Pos]] = field(default_factory=list)
    whole: tuple[str, Pos] | None = None
    conversion: Conversion | None = None

    def has_any(self) -> bool:
        return bool(
            self.main is not None
            or self.changes
            or self.ratio
            or self.proportion
            or self.conversion
        )


def _key_what(cid: str, key: str) -> _What:
    from licang_check.claims.load import _what

    return _what(cid, key)


def v1_change(claim: Claim) -> Change:
    """The claim's change as v1's keys give it: its ``growth`` and ``prior``."""
    return Change(
        None,
        claim.pos,
        claim.growth,
        claim.growth_pos,
        prior=claim.prior,
        prior_pos=claim.prior_pos,
    )


def read_relations(
    r: _Reader,
    claim: Claim,
    m: dict[str, tuple[yaml.Node, yaml.Node]],
    proportion: Proportion | None,
    pending: list[tuple[Claim, str, str, Pos]],
) -> None:
    """Read the extension keys of one claim into ``claim.relations``."""
    cid = claim.id
    rel = claim.relations
    rel.proportion = proportion
    if m.keys().isdisjoint(EXTENSION_KEYS):  # most claims: v1's keys only
        if claim.growth is not None or claim.prior is not None:
            rel.main = v1_change(claim)
        if proportion is not None and (claim.growth or claim.of or claim.count):
            r.error(claim.value_pos, t("ext.proportion_alone", id=cid))
        return
    from licang_check.claims.load import _pos

    main = v1_change(claim)
    if "real" in m:
        main.real = bool(r.boolean(m["real"][1], _key_what(cid, "real"), 3))
        if main.real and claim.growth is None:
            r.error(m["real"][1], t("ext.real_without_growth", id=cid))
    if "points" in m:
        main.points, main.points_pos = _read_fig(r, m["points"][1], cid, "points", parse_points)
    if "change" in m:
        unit = claim.unit
        main.change, main.change_pos = _read_fig(
            r, m["change"][1], cid, "change", lambda s: parse_change(s, unit)
        )
    _validate_change(r, claim, main)
    if main.growth or main.points or main.change or main.prior is not None:
        rel.main = main
        if main.real and main.prior is not None and main.change is None:
            assert main.prior_pos is not None
            r.error(main.prior_pos, t("ext.real_prior", id=cid))
    if "changes" in m:
        _read_changes(r, claim, m["changes"][1], pending)
    if "ratio" in m:
        ids = _read_ids(r, m["ratio"][1], cid, "ratio", claim, pending)
        if ids is not None:
            if len(ids) != 2:
                r.error(m["ratio"][1], t("ext.ratio_two", id=cid))
            else:
                rel.ratio, rel.ratio_pos = (ids[0][0], ids[1][0]), _pos(m["ratio"][1])
    if "parts" in m:
        ids = _read_ids(r, m["parts"][1], cid, "parts", claim, pending)
        if ids is not None:
            rel.parts = ids
            if proportion is None:
                r.error(m["parts"][1], t("ext.parts_without_proportion", id=cid))
            elif len(ids) != len(proportion.shares):
                r.error(
                    m["parts"][1],
                    t("ext.parts_count", id=cid, n=len(ids), k=len(proportion.shares)),
                )
    if "whole" in m:
        text = r.text(m["whole"][1], _key_what(cid, "whole"), 3)
        if text is not None:
            pos = _pos(m["whole"][1])
            rel.whole = (text, pos)
            pending.append((claim, "whole", text, pos))
            if proportion is None:
                r.error(pos, t("ext.parts_without_proportion", id=cid))
    _read_conversion(r, claim, m, pending)
    if proportion is not None and (claim.growth or claim.of or claim.count):
        r.error(claim.value_pos, t("ext.proportion_alone", id=cid))


def _read_fig(
    r: _Reader, node: yaml.Node, cid: str, key: str, parse: Callable[[str], Figure]
) -> tuple[Figure | None, Pos | None]:
    from licang_check.claims.load import _pos

    text = r.text(node, _key_what(cid, key), 3)
    if text is None:
        return None, None
    try:
        return parse(text), _pos(node)
    except ExtensionError as e:
        r.error(node, t("load.detail", what=_key_what(cid, key), detail=e))
        return None, None


def _validate_change(r: _Reader, claim: Claim, ch: Change) -> None:
    if ch.points is not None:
        if not claim.value.percent:
            r.error(ch.points_pos or claim.pos, t("ext.points_not_rate", id=claim.id))
        if ch.growth is not None or ch.change is not None:
            r.error(ch.points_pos or claim.pos, t("ext.points_and_growth", id=claim.id))
    if ch.change is not None and claim.value.percent:
        r.error(ch.change_pos or claim.pos, t("ext.change_on_rate", id=claim.id))
    if ch.change is not None and claim.count and ch.change.value.denominator != 1:
        r.error(ch.change_pos or claim.pos, t("ext.change_not_whole", id=claim.id))


def _read_changes(
    r: _Reader, claim: Claim, node: yaml.Node, pending: list[tuple[Claim, str, str, Pos]]
) -> None:
    import yaml as _yaml

    from licang_check.claims.load import ID_PATTERN, _pos

    cid = claim.id
    if not r.visit(node, 3):
        return
    if not isinstance(node, _yaml.SequenceNode) or not node.value:
        r.error(node, t("ext.changes_list", id=cid))
        return
    seen: dict[str, Pos] = {}
    for item in node.value:
        m = r.mapping(item, CHANGE_KEYS, _key_what(cid, "changes"), 4)
        if m is None or "on" not in m:
            continue
        on = r.text(m["on"][1], _key_what(cid, "on"), 5)
        if on is None:
            continue
        pos = _pos(item)
        if on in seen:
            r.error(m["on"][1], t("ext.changes_twice", id=cid, on=on, line=seen[on].line))
            continue
        seen[on] = pos
        ch = Change(on, pos)
        if "growth" in m:
            ch.growth, ch.growth_pos = _read_fig(r, m["growth"][1], cid, "growth", parse_growth)
            if ch.growth is not None and (not ch.growth.percent or ch.growth.value <= -1):
                r.error(
                    m["growth"][1],
                    t("load.growth_minus_100", id=cid, growth=ch.growth.text)
                    if ch.growth.percent
                    else t("load.growth_not_percent", id=cid),
                )
                ch.growth = None
        if "points" in m:
            ch.points, ch.points_pos = _read_fig(r, m["points"][1], cid, "points", parse_points)
        if "change" in m:
            ch.change, ch.change_pos = _read_fig(
                r, m["change"][1], cid, "change", functools.partial(_change_in, claim.unit)
            )
        if "real" in m:
            ch.real = bool(r.boolean(m["real"][1], _key_what(cid, "real"), 5))
        if "note" in m:
            ch.note = r.text(m["note"][1], _key_what(cid, "note"), 5)
        if "prior" in m:
            pnode = m["prior"][1]
            ptext = r.text(pnode, _key_what(cid, "prior"), 5)
            if ptext is not None:
                ch.prior_pos = _pos(pnode)
                if ID_PATTERN.fullmatch(ptext):
                    ch.prior = ptext
                    pending.append((claim, "prior", ptext, ch.prior_pos))
                else:
                    ch.prior, _ = _read_fig(r, pnode, cid, "prior", _figure)
        if ch.growth is None and ch.points is None and ch.change is None:
            r.error(item, t("ext.change_empty", id=cid, on=on))
            continue
        if ch.real and ch.prior is not None and ch.change is None:
            assert ch.prior_pos is not None
            r.error(ch.prior_pos, t("ext.real_prior", id=cid))
        if ch.real and ch.growth is None:
            r.error(item, t("ext.real_without_growth", id=cid))
        _validate_change(r, claim, ch)
        claim.relations.changes.append(ch)


def _read_ids(
    r: _Reader,
    node: yaml.Node,
    cid: str,
    key: str,
    claim: Claim,
    pending: list[tuple[Claim, str, str, Pos]],
) -> list[tuple[str, Pos]] | None:
    import yaml as _yaml

    from licang_check.claims.load import _pos

    if not r.visit(node, 3):
        return None
    if not isinstance(node, _yaml.SequenceNode) or not node.value:
        r.error(node, t("ext.id_list", id=cid, key=key))
        return None
    out = []
    for item in node.value:
        text = r.text(item, _key_what(cid, key), 4)
        if text is None:
            continue
        pos = _pos(item)
        pending.append((claim, key, text, pos))
        out.append((text, pos))
    return out


def _read_conversion(
    r: _Reader,
    claim: Claim,
    m: dict[str, tuple[yaml.Node, yaml.Node]],
    pending: list[tuple[Claim, str, str, Pos]],
) -> None:
    from licang_check.claims.load import ID_PATTERN, _pos

    cid = claim.id
    ops = [k for k in ("multiply_by", "divide_by") if k in m]
    if "converts" not in m:
        for k in ops:
            r.error(m[k][0], t("ext.rate_without_converts", id=cid, key=k))
        return
    snode = m["converts"][1]
    source = r.text(snode, _key_what(cid, "converts"), 3)
    if len(ops) != 1:
        r.error(snode, t("ext.converts_rate", id=cid))
        return
    rnode = m[ops[0]][1]
    rtext = r.text(rnode, _key_what(cid, ops[0]), 3)
    if source is None or rtext is None:
        return
    spos, rpos = _pos(snode), _pos(rnode)
    pending.append((claim, "converts", source, spos))
    rate: Figure | str
    if ID_PATTERN.fullmatch(rtext):
        rate = rtext
        pending.append((claim, ops[0], rtext, rpos))
    else:
        fig, _ = _read_fig(r, rnode, cid, ops[0], _figure)
        if fig is None:
            return
        rate = fig
    claim.relations.conversion = Conversion(source, spos, rate, rpos, ops[0] == "divide_by")


def prior_problem(claim: Claim) -> str | None:
    """Why ``prior(id)`` of this claim means nothing (a catalogue key), or None."""
    main = claim.relations.main
    if main is None or (main.growth is None and main.points is None and main.change is None):
        return "load.check_prior_needs_growth"
    if main.real and main.change is None and main.points is None:
        return "ext.prior_of_real"
    return None
