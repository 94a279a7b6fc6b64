"""``match``: for each figure of an article, the table cells (and sums,
shares and growths of cells) whose value prints as that figure.

The figures are found by the draft's span finder
(:func:`~licang_check.draft.extract.extract`) and grouped into the claims
``extract`` would draft (same ids). Cells are indexed once by their value,
sorted: a figure's candidates are a range of that index (bisection), tried
in each scale a bulletin prints in (as is, 万, 亿, a percent without its
``%``), and only then checked exactly (the cell's interval meets the
figure's). A share is a cell over another cell of its column, found by
looking up, for each denominator, the numerators in the figure's interval
times it; a growth is a row's value in one column over its value in
another, minus one, indexed the same way. Nothing is a full cross product.

Candidates are ranked: a row or column label printed near the figure in the
article first, then the same digits as printed, then a single cell before a
sum, a share or a growth.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from licang_check.draft.extract import DraftClaim, Extracted, draft_claims, extract
from licang_check.figures.grammar import MULTIPLIERS, Figure, FigureError, parse_figure
from licang_check.numeric.exact import Fraction
from licang_check.numeric.intervals import DivisionByZeroInterval, Interval
from licang_check.numeric.rounding import RoundingMode
from licang_check.sources.cells import NUMBER
from licang_check.sources.lookup import figure_of
from licang_check.sources.tables import Table, column_letters

__all__ = ["MAX_CANDIDATES", "Candidate", "FigureMatch", "match_table"]

MAX_CANDIDATES = 5
"""Candidates kept for one figure."""
SCALES = ("", "万", "亿", "%")
NEAR = 40
"""Characters either side of a figure in which a label counts as near it."""
_MODE = RoundingMode.HALF_UP
_TOLERANCE = Fraction(1, 10)
_LOW_SLACK, _HIGH_SLACK = Fraction(99, 100), Fraction(101, 100)
"""A share's numerators are looked up a little outside the interval times
the whole (the cells' own rounding), then checked exactly."""
_KIND_RANK = {"cell": 0, "sum": 1, "share": 2, "growth": 3}
_TOTAL_WORDS = ("合计", "总计", "全国", "全省", "全市", "总", "total", "Total", "TOTAL")


@dataclass(frozen=True)
class Candidate:
    """One way the table gives a figure."""

    how: str  # cell, sum, share, growth
    entry: dict[str, str]
    """The ``source:`` entry to keep (``from`` added by the caller)."""
    shows: str
    """What it is, for a reader: ``C2 (广东, 2024年) = 617.50``."""
    rank: tuple[int, ...]


@dataclass
class FigureMatch:
    """A drafted claim's figure (its value or growth) and its candidates."""

    claim: DraftClaim
    figure: str  # value or growth
    printed: str
    candidates: list[Candidate] = field(default_factory=list)


class _Index:
    def __init__(self, table: Table) -> None:
        self.table = table
        self.cells: list[tuple[Fraction, int, int]] = []
        self.columns: dict[int, list[tuple[Fraction, int]]] = {}
        self.plain: dict[int, dict[int, tuple[Fraction, Fraction, bool]]] = {}
        """Per column, per row: a number's value, unit and whether a percent."""
        for r in table.data_rows():
            for c in range(len(table.rows[r])):
                cell = table.cell(r, c)
                if cell.kind == NUMBER and cell.figure is not None:
                    v = cell.figure.value
                    self.cells.append((v, r, c))
                    self.columns.setdefault(c, []).append((v, r))
                    fig = cell.figure
                    self.plain.setdefault(c, {})[r] = (v, fig.unit, fig.percent)
        self.cells.sort()
        for col in self.columns.values():
            col.sort()
        self.keys = [v for v, _, _ in self.cells]
        self.column_keys = {c: [v for v, _ in col] for c, col in self.columns.items()}
        self._growths: tuple[list[Fraction], list[tuple[Fraction, int, int, int]]] | None = None

    def figure(self, r: int, c: int, scale: str) -> Figure | None:
        cell = self.table.cell(r, c)
        try:
            return figure_of(cell, scale)
        except FigureError:
            return None

    def growths(self) -> tuple[list[Fraction], list[tuple[Fraction, int, int, int]]]:
        """Per row and ordered pair of numeric columns: this / that - 1."""
        if self._growths is None:
            values: dict[tuple[int, int], Fraction] = {(r, c): v for v, r, c in self.cells}
            cols = sorted(self.columns)
            out: list[tuple[Fraction, int, int, int]] = []
            for r in self.table.data_rows():
                for now in cols:
                    for before in cols:
                        a, b = values.get((r, now)), values.get((r, before))
                        if now != before and a is not None and b is not None and b > 0:
                            out.append((a / b - 1, r, now, before))
            out.sort()
            self._growths = ([g for g, *_ in out], out)
        return self._growths


def _range(keys: list[Fraction], low: Fraction, high: Fraction) -> range:
    return range(bisect.bisect_left(keys, low), bisect.bisect_right(keys, high))


def _bounds(iv: Interval, factor: Fraction, slack: Fraction) -> tuple[Fraction, Fraction] | None:
    if iv.low is None or iv.high is None:
        return None
    return iv.low / factor - slack, iv.high / factor + slack


def _factor(scale: str) -> Fraction:
    if scale == "%":
        return Fraction(1, 100)
    return Fraction(10 ** MULTIPLIERS[scale]) if scale else Fraction(1)


def _digits(text: str) -> str:
    plain = text.replace(",", "").lstrip("+-").rstrip("%")
    return plain.rstrip("0").rstrip(".") if "." in plain else plain


class _Matcher:
    def __init__(self, text: str, table: Table) -> None:
        self.text = text
        self.table = table
        self.index = _Index(table)
        self.sum_cache: dict[tuple[int, int, int, str], Interval | None] = {}
        self._blocks: list[tuple[int, int, int]] | None = None

    def near(self, occurrences: tuple[Extracted, ...], *labels: str) -> int:
        """How many of ``labels`` are printed near the figure (more is better)."""
        found = 0
        for label in {x for x in labels if x}:
            if any(label in self.text[max(0, e.start - NEAR) : e.end + NEAR] for e in occurrences):
                found += 1
        return found

    def labels(self, r: int, c: int) -> tuple[str, str]:
        return self.table.label_of_row(r), self.table.label_of_column(c)

    def where(self, r: int, c: int) -> str:
        row, col = self.labels(r, c)
        return f"{column_letters(c)}{r + 1}" + (f" ({row}, {col})" if row and col else "")

    def entry(self, r: int, c: int, scale: str) -> dict[str, str]:
        row, col = self.labels(r, c)
        unique = (
            row
            and col
            and len(self.table.row_labels().get("".join(row.split()), [])) == 1
            and len(self.table.column_labels().get("".join(col.split()), [])) == 1
        )
        out = {"row": row, "column": col} if unique else {"cell": f"{column_letters(c)}{r + 1}"}
        if scale:
            out["scale"] = scale
        return out

    def ref(self, r: int, c: int) -> str:
        row, col = self.labels(r, c)
        entry = self.entry(r, c, "")
        if "row" in entry:
            return f'{{src}}["{row}", "{col}"]'
        return f"{{src}}[{column_letters(c)}{r + 1}]"

    # -- the four kinds ----------------------------------------------------------

    def cells(self, fig: Figure, iv: Interval, occ: tuple[Extracted, ...]) -> list[Candidate]:
        out = []
        for scale in SCALES:
            if scale == "%" and not fig.percent:
                continue
            b = _bounds(iv, _factor(scale), Fraction(1))
            if b is None:
                continue
            for i in _range(self.index.keys, *b):
                _, r, c = self.index.cells[i]
                cf = self.index.figure(r, c, scale)
                if cf is None or not cf.interval(_MODE, _TOLERANCE).meets(iv):
                    continue
                cell = self.table.cell(r, c)
                rank = (
                    -self.near(occ, *self.labels(r, c)),
                    0 if _digits(cell.text) == _digits(fig.digits) else 1,
                    _KIND_RANK["cell"],
                    r,
                    c,
                )
                shows = f"{self.where(r, c)} = {cf.text}"
                out.append(Candidate("cell", self.entry(r, c, scale), shows, rank))
        return out

    def blocks(self) -> list[tuple[int, int, int]]:
        """Per numeric column, its blocks of numbers (column, first, last row):
        all of it, and without a total row at either end."""
        if self._blocks is not None:
            return self._blocks
        out = []
        for c, col in self.index.columns.items():
            if len(col) < 2:
                continue
            rows = sorted(r for _, r in col)
            blocks = [(rows[0], rows[-1])]
            if len(rows) > 2 and any(w in self.table.label_of_row(rows[-1]) for w in _TOTAL_WORDS):
                blocks.append((rows[0], rows[-2]))
            if len(rows) > 2 and any(w in self.table.label_of_row(rows[0]) for w in _TOTAL_WORDS):
                blocks.append((rows[1], rows[-1]))
            for first, end in blocks:
                if end - first + 1 == sum(1 for r in rows if first <= r <= end):  # no gap
                    out.append((c, first, end))
        self._blocks = out
        return out

    def block_sum(self, c: int, first: int, end: int, scale: str) -> Interval | None:
        key = (c, first, end, scale)
        if key not in self.sum_cache:
            self.sum_cache[key] = self._block_sum(c, first, end, scale)
        return self.sum_cache[key]

    def _block_sum(self, c: int, first: int, end: int, scale: str) -> Interval | None:
        """The cells' sum, as the interval of the sum of their values give or
        take the sum of their half units (ends included: a candidate, checked
        exactly by ``verify``); in another scale, that times its factor."""
        plain = self.index.plain.get(c, {})
        total, half, percent = Fraction(0), Fraction(0), False
        for r in range(first, end + 1):
            got = plain.get(r)
            if got is None:
                return None
            total += got[0]
            half += got[1]
            percent = percent or got[2]
        if scale and percent:
            return None
        f = _factor(scale)
        return Interval.closed((total - half / 2) * f, (total + half / 2) * f)

    def sums(self, fig: Figure, iv: Interval, occ: tuple[Extracted, ...]) -> list[Candidate]:
        out = []
        for c, first, end in self.blocks():
            for scale in SCALES:
                if scale == "%" and not fig.percent:
                    continue
                total = self.block_sum(c, first, end, scale)
                if total is None or not total.meets(iv):
                    continue
                block = f"{column_letters(c)}{first + 1}:{column_letters(c)}{end + 1}"
                entry = {"expr": f"sum({{src}}[{block}])"}
                if scale:
                    entry["scale"] = scale
                near = self.near(occ, self.table.label_of_column(c))
                rank = (-near, 1, _KIND_RANK["sum"], first, c)
                shows = f"sum({block}) ({self.table.label_of_column(c)})"
                out.append(Candidate("sum", entry, shows, rank))
        return out

    def shares(self, fig: Figure, iv: Interval, occ: tuple[Extracted, ...]) -> list[Candidate]:
        out: list[Candidate] = []
        if not fig.percent or iv.low is None or iv.high is None or iv.low <= 0 or iv.high > 1:
            return out
        for c, first, end in self.blocks():  # a cell's share of its column's sum
            total = self.block_sum(c, first, end, "")
            if total is None or total.low is None or total.high is None or total.low <= 0:
                continue
            keys = self.index.column_keys[c]
            for i in _range(
                keys, iv.low * total.low * _LOW_SLACK, iv.high * total.high * _HIGH_SLACK
            ):
                _, rp = self.index.columns[c][i]
                fp = self.index.figure(rp, c, "")
                if fp is None or not first <= rp <= end:
                    continue
                if not (fp.interval(_MODE, _TOLERANCE) / total).meets(iv):
                    continue
                block = f"{column_letters(c)}{first + 1}:{column_letters(c)}{end + 1}"
                near = self.near(occ, *self.labels(rp, c))
                rank = (-near, 1, _KIND_RANK["share"], rp, c)
                shows = f"{self.where(rp, c)} / sum({block})"
                expr = f"{self.ref(rp, c)} / sum({{src}}[{block}])"
                out.append(Candidate("share", {"expr": expr}, shows, rank))
        for c, col in self.index.columns.items():
            keys = self.index.column_keys[c]
            for whole, rw in reversed(col):  # the larger wholes first
                if whole <= 0:
                    break
                low, high = iv.low * whole * _LOW_SLACK, iv.high * whole * _HIGH_SLACK
                for i in _range(keys, low, high):
                    _part, rp = col[i]
                    if rp == rw:
                        continue
                    fp, fw = self.index.figure(rp, c, ""), self.index.figure(rw, c, "")
                    if fp is None or fw is None:
                        continue
                    try:
                        q = fp.interval(_MODE, _TOLERANCE) / fw.interval(_MODE, _TOLERANCE)
                    except DivisionByZeroInterval:
                        continue
                    if not q.meets(iv):
                        continue
                    near = self.near(occ, *self.labels(rp, c), self.table.label_of_row(rw))
                    rank = (-near, 1, _KIND_RANK["share"], rp, c)
                    shows = f"{self.where(rp, c)} / {self.where(rw, c)}"
                    expr = f"{self.ref(rp, c)} / {self.ref(rw, c)}"
                    out.append(Candidate("share", {"expr": expr}, shows, rank))
                    if len(out) > 50 * MAX_CANDIDATES:
                        return out
        return out

    def growths(self, fig: Figure, iv: Interval, occ: tuple[Extracted, ...]) -> list[Candidate]:
        out: list[Candidate] = []
        if not fig.percent or iv.low is None or iv.high is None:
            return out
        keys, items = self.index.growths()
        slack = Fraction(1, 100)
        for i in _range(keys, iv.low - slack, iv.high + slack):
            _, r, now, before = items[i]
            fa, fb = self.index.figure(r, now, ""), self.index.figure(r, before, "")
            if fa is None or fb is None:
                continue
            try:
                g = fa.interval(_MODE, _TOLERANCE) / fb.interval(_MODE, _TOLERANCE)
            except DivisionByZeroInterval:
                continue
            if not (g - Interval.point(1)).meets(iv):
                continue
            labels = (self.table.label_of_row(r), self.table.label_of_column(now))
            rank = (-self.near(occ, *labels), 1, _KIND_RANK["growth"], r, now)
            shows = f"{self.where(r, now)} / {self.where(r, before)} - 1"
            expr = f"{self.ref(r, now)} / {self.ref(r, before)} - 1"
            out.append(Candidate("growth", {"expr": expr}, shows, rank))
            if len(out) > 50 * MAX_CANDIDATES:
                break
        return out

    def candidates(
        self, printed: str, occ: tuple[Extracted, ...], *, growth: bool = False
    ) -> list[Candidate]:
        try:
            fig = parse_figure(printed)
        except FigureError:
            return []
        iv = fig.interval(_MODE, _TOLERANCE)
        found = [
            *self.cells(fig, iv, occ),
            *self.sums(fig, iv, occ),
            *self.shares(fig, iv, occ),
            *self.growths(fig, iv, occ),
        ]
        # a growth figure is most likely a growth between two columns
        found.sort(key=lambda c: (c.how != "growth", *c.rank) if growth else c.rank)
        return found[:MAX_CANDIDATES]


def match_table(text: str, table: Table) -> list[FigureMatch]:
    """Every figure of the article ``text`` with its candidates in ``table``."""
    m = _Matcher(text, table)
    out = []
    for claim in draft_claims(text, extract(text)):
        occ = claim.occurrences
        out.append(FigureMatch(claim, "value", claim.value, m.candidates(claim.value, occ)))
        if claim.growth:
            out.append(
                FigureMatch(
                    claim, "growth", claim.growth, m.candidates(claim.growth, occ, growth=True)
                )
            )
    return out


def render_yaml(matches: list[FigureMatch], sid: str, rel: str, spec: dict[str, str]) -> str:
    """The draft: a ``sources:`` entry and, per drafted claim, its ``source:``
    (the best candidate; the others as comments), to merge into the claims
    file that ``extract`` drafts (the same claim ids)."""
    from licang_check._i18n.messages import t
    from licang_check.formats.extract import yaml_string

    def scalar(v: str) -> str:
        if v.isprintable() and "\\" not in v:
            return "'" + v.replace("'", "''") + "'"
        return yaml_string(v)

    def flow(entry: dict[str, str]) -> str:
        items = [f"from: {sid}"] + [
            f"{k}: {scalar(v.replace('{src}', sid))}" for k, v in entry.items()
        ]
        return "{" + ", ".join(items) + "}"

    lines = [f"# {t('match.header', path=rel)}", "sources:", f"  {sid}:"]
    lines.append(f"    path: {yaml_string(rel)}")
    lines.extend(f"    {k}: {yaml_string(v)}" for k, v in spec.items())
    lines.append("claims:")
    by_claim: dict[str, list[FigureMatch]] = {}
    for fm in matches:
        by_claim.setdefault(fm.claim.id, []).append(fm)
    for cid, fms in by_claim.items():
        first = fms[0].claim.occurrences[0]
        lines.append(f"  {cid}:  # {yaml_string(first.text)}, {t('match.line', line=first.line)}")
        found = [fm for fm in fms if fm.candidates]
        if not found:
            lines.append(f"    # {t('match.none', printed=fms[0].printed)}")
            continue
        if len(found) == 1 and found[0].figure == "value":
            best = found[0].candidates[0]
            lines.append(f"    source: {flow(best.entry)}  # {best.shows}")
        else:
            lines.append("    source:")
            for fm in found:
                best = fm.candidates[0]
                entry = dict(best.entry)
                if fm.figure == "growth":
                    entry["figure"] = "growth"
                lines.append(f"      - {flow(entry)}  # {best.shows}")
        for fm in found:
            for other in fm.candidates[1:]:
                also = t("match.also", printed=fm.printed)
                lines.append(f"    # {also} {flow(other.entry)}  # {other.shows}")
        for fm in fms:
            if not fm.candidates:
                lines.append(f"    # {t('match.none', printed=fm.printed)}")
    return "\n".join(lines) + "\n"


def render_json(matches: list[FigureMatch], sid: str) -> str:
    """The candidates as JSON, for tools."""
    import json

    data = [
        {
            "id": fm.claim.id,
            "figure": fm.figure,
            "printed": fm.printed,
            "line": fm.claim.occurrences[0].line,
            "candidates": [
                {
                    "how": c.how,
                    "source": {"from": sid}
                    | {k: v.replace("{src}", sid) for k, v in c.entry.items()},
                    "shows": c.shows,
                }
                for c in fm.candidates
            ],
        }
        for fm in matches
    ]
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
