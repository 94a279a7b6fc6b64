"""Checks a fact-checker writes again and again, proposed in the draft.

Each proposal is found from the article's wording, and the printed figures
must come near it (within :data:`NEAR` of each other, relatively), so that a
misprint is still proposed, and caught by ``verify``, while figures that only
stand side by side are not:

- **sum**: the parts listed after a total (``…1115.2亿元…其中，第一产业…``),
  or a table's rows under its first row, at one indent: ``a + b + c == total``;
  in a table whose growth is nominal, also the priors: ``prior(a) + … ==
  prior(total)``;
- **share**: ``占…p%`` after a part, of the largest earlier whole in the same
  unit: ``part == whole * p``;
- **per head**: ``人均`` after a total, of the people counted before it:
  ``total / people == per_head``;
- **ratio**: the terms of a printed ratio that are shares (``6.01:55.04:38.95``):
  they sum to 100;
- **points**: a change in percentage points with the previous rate printed
  beside it: ``rate - prior == points``;
- **headline**: a figure of the title printed again in the body, as another
  claim (or one misprint away from it: a digit replaced, two swapped): ``a ==
  b``; or the title's change is a body figure's nominal growth.

Each is a proposal: the draft marks it so, and the fact-checker keeps or
deletes it. A proposal holds when the article is consistent (it is worked out
with the same interval arithmetic ``verify`` uses before it is proposed at
all: one that would not pass on the printed figures is proposed only when it
comes within :data:`NEAR`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from licang_check._i18n.messages import t
from licang_check.draft.extract import DraftClaim, Extracted
from licang_check.figures.grammar import parse_figure
from licang_check.numeric.exact import Fraction

__all__ = ["NEAR", "Proposal", "propose"]

NEAR = Fraction(1, 10)
"""How far (relatively) printed figures may be from a relation for it to be
proposed: a misprint within it is proposed and caught; figures further apart
are taken for unrelated."""

_PEOPLE = ("人", "人次", "户", "名")
_MONEY = ("元", "美元", "港元", "欧元", "日元", "英镑")


@dataclass(frozen=True, slots=True)
class Proposal:
    """One proposed check of the draft."""

    id: str
    says: str
    expr: str


@dataclass(frozen=True, slots=True)
class _Fig:
    e: Extracted
    id: str
    value: Fraction


def propose(text: str, items: list[Extracted], claims: list[DraftClaim]) -> list[Proposal]:
    """The proposed checks for the draft of ``text`` (its spans ``items``,
    its claims ``claims``), in text order of what they relate."""
    ids = {e.start: c.id for c in claims for e in c.occurrences}
    figs = [
        _Fig(e, ids[e.start], parse_figure(e.value).value)
        for e in items
        if e.kind == "figure" and e.value is not None and e.start in ids
    ]
    out: list[Proposal] = []
    seen: set[str] = set()

    def add(kind: str, says: str, expr: str) -> None:
        if expr in seen:
            return
        seen.add(expr)
        out.append(Proposal(f"proposed_{kind}_{len(out) + 1}", says, expr))

    for parts, total in _sums(text, figs):
        names = " + ".join(p.id for p in parts)
        add("sum", t("draft.proposal.sum", total=total.id), f"{names} == {total.id}")
        grown = [*parts, total]
        nominal = [f.e.growth and parse_figure(f.e.growth).percent and not f.e.real for f in grown]
        if all(nominal) and total.e.cell:
            prior = " + ".join(f"prior({p.id})" for p in parts)
            add(
                "sum",
                t("draft.proposal.prior_sum", total=total.id),
                f"{prior} == prior({total.id})",
            )
    for part, whole, share in _shares(text, figs):
        add(
            "share",
            t("draft.proposal.share", part=part.id, whole=whole.id),
            f"{part.id} == {whole.id} * {share.id}",
        )
    for total, people, each in _per_head(text, figs):
        add(
            "per_head",
            t("draft.proposal.per_head", total=total.id, people=people.id),
            f"{total.id} / {people.id} == {each.id}",
        )
    for terms in _ratio_shares(figs):
        add("ratio", t("draft.proposal.ratio"), " + ".join(f.id for f in terms) + " == 100")
    for rate, before, points in _points(text, figs):
        add(
            "points",
            t("draft.proposal.points", rate=rate.id, prior=before.id),
            f"{rate.id} - {before.id} == {points.id}",
        )
    for a, b, growth in _headline(text, figs):
        expr = f"{a.id} == {b.id} / prior({b.id}) - 1" if growth else f"{a.id} == {b.id}"
        add("headline", t("draft.proposal.headline"), expr)
    return out


def _near(a: Fraction, b: Fraction) -> bool:
    if b == 0:
        return a == 0
    return abs(a - b) <= abs(b) * NEAR


def _plain(f: _Fig) -> bool:
    """A figure that is an amount (not a change, a percentage, a ratio term)."""
    fig = parse_figure(f.e.value or "")
    return not (f.e.change or f.e.ratio or fig.kind != "number" or fig.high is not None)


def _paragraph(text: str, pos: int) -> tuple[int, int]:
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    return a, len(text) if b < 0 else b


def _indent(text: str, pos: int) -> int:
    a, _ = _paragraph(text, pos)
    line = text[a:pos]
    return len(line) - len(line.lstrip(" \t\u3000"))


def _sums(text: str, figs: list[_Fig]) -> list[tuple[list[_Fig], _Fig]]:
    out: list[tuple[list[_Fig], _Fig]] = []
    # prose: a total, 其中, parts in the same unit up to the sentence's end
    for m in re.finditer("其中[，,：:]?", text):
        pa, _ = _paragraph(text, m.start())
        before = [f for f in figs if pa <= f.e.start < m.start() and _plain(f)]
        if not before:
            continue
        total = before[-1]
        end = text.find("。", m.end())
        end = len(text) if end < 0 else end
        parts: list[_Fig] = []
        for f in figs:
            if not (m.end() <= f.e.start < end) or not _plain(f):
                continue
            if f.e.unit != total.e.unit:
                break
            parts.append(f)
        best = _prefix_summing(parts, total)
        if best:
            out.append((best, total))
    # tables: the first row is the total of the rows one indent below it
    rows = [f for f in figs if f.e.cell and _plain(f)]
    groups: dict[int, list[_Fig]] = {}
    for f in rows:
        key = _table_of(text, f.e.start)
        groups.setdefault(key, []).append(f)
    for cells in groups.values():
        columns: dict[int, list[_Fig]] = {}
        for f in cells:
            columns.setdefault(_column_of(text, f.e.start), []).append(f)
        for col in columns.values():
            if len(col) < 3:
                continue
            total, rest = col[0], col[1:]
            level = min(_indent(text, f.e.start) for f in rest)
            if level <= _indent(text, total.e.start):
                continue
            parts = [f for f in rest if _indent(text, f.e.start) == level]
            if len(parts) >= 2 and _near(sum((p.value for p in parts), Fraction(0)), total.value):
                out.append((parts, total))
    return out


def _table_of(text: str, pos: int) -> int:
    """An id for the table holding ``pos``: where its run of lines starts."""
    a, _ = _paragraph(text, pos)
    while a > 0:
        pa, pb = _paragraph(text, a - 1)
        if not text[pa:pb].strip():
            break
        a = pa
    return a


def _column_of(text: str, pos: int) -> int:
    """The index of the cell at ``pos`` in its row."""
    a, _ = _paragraph(text, pos)
    row = text[a:pos].strip(" \t\u3000")
    return len(re.findall(r"\t+|[ \u3000]{2,}|\s*[|｜]\s*", row))


def _prefix_summing(parts: list[_Fig], total: _Fig) -> list[_Fig] | None:
    """The longest run of ``parts`` from the first (at least two) whose sum is
    near ``total``."""
    for n in range(len(parts), 1, -1):
        if _near(sum((p.value for p in parts[:n]), Fraction(0)), total.value):
            return parts[:n]
    return None


def _shares(text: str, figs: list[_Fig]) -> list[tuple[_Fig, _Fig, _Fig]]:
    out: list[tuple[_Fig, _Fig, _Fig]] = []
    for i, share in enumerate(figs):
        v = share.e.value or ""
        if "%" not in v or share.e.change or share.e.growth:
            continue
        lead = text[max(0, share.e.start - 16) : share.e.start]
        if not re.search("占[^，,。；;]*$", lead):
            continue
        clause_start = max(text.rfind(c, 0, share.e.start) for c in "。；;\n")
        part = next((f for f in reversed(figs[:i]) if f.e.start > clause_start and _plain(f)), None)
        if part is None:
            continue
        wholes = [
            f
            for f in figs[: figs.index(part)]
            if _plain(f) and f.e.unit == part.e.unit and f.value > part.value and f.value > 0
        ]
        near = [w for w in wholes if _near(part.value / w.value, share.value)]
        if near:
            out.append((part, max(near, key=lambda w: w.value), share))
            continue
        # 占全省外贸总值的58.4%: the whole is named; it is the paragraph's
        # largest figure in the part's unit, whatever the share printed.
        pa, _ = _paragraph(text, share.e.start)
        named = [w for w in wholes if w.e.start >= pa]
        if named and re.search("占[^，,。；;]*[全总]", lead):
            out.append((part, max(named, key=lambda w: w.value), share))
    return out


def _per_head(text: str, figs: list[_Fig]) -> list[tuple[_Fig, _Fig, _Fig]]:
    out: list[tuple[_Fig, _Fig, _Fig]] = []
    for i, each in enumerate(figs):
        if not _plain(each) or each.e.unit not in _MONEY:
            continue
        if "人均" not in text[max(0, each.e.start - 8) : each.e.start]:
            continue
        pa, _ = _paragraph(text, each.e.start)
        earlier = [f for f in figs[:i] if f.e.start >= pa and _plain(f)]
        totals = [f for f in earlier if f.e.unit == each.e.unit and f.value > each.value]
        people = [f for f in earlier if f.e.unit in _PEOPLE]
        for total in reversed(totals):
            fit = [p for p in people if p.value and _near(total.value / p.value, each.value)]
            if fit:
                best = min(fit, key=lambda p: abs(total.value / p.value - each.value))
                out.append((total, best, each))
                break
    return out


def _ratio_shares(figs: list[_Fig]) -> list[list[_Fig]]:
    out: list[list[_Fig]] = []
    run: list[_Fig] = []
    for f in [*figs, None]:
        if f is not None and f.e.ratio and (not run or run[-1].e.quote == f.e.quote):
            run.append(f)
            continue
        if len(run) >= 2 and _near(sum((r.value for r in run), Fraction(0)), Fraction(100)):
            out.append(run)
        run = [f] if f is not None and f.e.ratio else []
    return out


def _points(text: str, figs: list[_Fig]) -> list[tuple[_Fig, _Fig, _Fig]]:
    out: list[tuple[_Fig, _Fig, _Fig]] = []
    rates = [f for f in figs if parse_figure(f.e.value or "").percent and not f.e.change]
    for points in figs:
        if not parse_figure(points.e.value or "").points or points.e.modifies is None:
            continue
        change = points.value
        target = next((f for f in rates if f.e.start == points.e.modifies), None)
        if target is None:
            continue
        # 较上一期的3.3%回落0.2个百分点: the figure changed is the prior, the
        # rate is the one before it.
        before = [f for f in rates if f.e.end <= target.e.start]
        if before and re.search("[较比与]", text[before[-1].e.end : target.e.start]):
            rate, prior = before[-1], target
            if _near_change(rate, prior, change):
                out.append((rate, prior, points))
            continue
        end = _paragraph(text, points.e.end)[1]
        after = [f for f in rates if points.e.end <= f.e.start < min(end, points.e.end + 40)]
        for prior in after:
            if _near_change(target, prior, change):
                out.append((target, prior, points))
                break
    return out


def _near_change(rate: _Fig, prior: _Fig, change: Fraction) -> bool:
    got = rate.value - prior.value
    return change != 0 and got != 0 and (got > 0) == (change > 0) and _near(got, change)


def _one_slip(a: str, b: str) -> bool:
    """``a`` and ``b`` are the same figure, or one misprint apart: one digit
    replaced or two neighbours swapped (``4.82`` and ``4.28``, ``2.5`` and ``3.5``)."""
    if a == b:
        return True
    if len(a) != len(b):
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    if len(diff) == 1:
        return a[diff[0]].isdigit() and b[diff[0]].isdigit()
    if len(diff) == 2 and diff[1] == diff[0] + 1:
        i, j = diff
        return a[i] == b[j] and a[j] == b[i] and a[i].isdigit() and a[j].isdigit()
    return False


def _headline(text: str, figs: list[_Fig]) -> list[tuple[_Fig, _Fig, bool]]:
    """Figures of the title printed again in the body as another claim, or
    as the nominal growth of a body figure (``True``)."""
    first = text.lstrip()
    title_end = len(text) - len(first) + (first.find("\n") if "\n" in first else len(first))
    out: list[tuple[_Fig, _Fig, bool]] = []
    for h in (f for f in figs if f.e.end <= title_end):
        for f in figs:
            if f.e.start <= title_end or f.id == h.id:
                continue
            same_kind = (f.e.unit, f.e.change, f.e.ratio) == (h.e.unit, h.e.change, h.e.ratio)
            if same_kind and _one_slip(h.e.value or "", f.e.value or ""):
                out.append((h, f, False))
                break
            nominal = f.e.growth is not None and not f.e.real
            if h.e.change and nominal and _one_slip(h.e.value or "", f.e.growth or ""):
                out.append((h, f, True))
                break
    return out
