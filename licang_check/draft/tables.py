"""Bulletin tables printed as text: cells read with their column's unit.

A table is a run of at least two rows that split into cells (at tabs, ``|``,
or two or more spaces), each row a label and then numbers. The header row
above names the columns; a ``单位：亿元`` line above it (or in it) gives the
table's unit, and a header's own ``(万人)`` or ``(%)`` gives its column's.
Each cell becomes a printed figure in that unit (``617.50`` in a 亿元 table is
``617.50亿`` 元; ``279010`` in a 万元 table is ``279010万`` 元). A growth
column (``比上年增长(%)``) attaches to the value on its left in the same row;
a column in ``百分点`` gives changes in percentage points.

Tables are read in the scanned form of the article
(:func:`~licang_check.draft.normal.scan_form`), with dates and names already
masked; offsets are the article's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from licang_check.draft.vocabulary import COUNT, UNITS
from licang_check.figures.numerals import MULTIPLIERS

__all__ = ["Cell", "read_tables", "split_unit"]

_SEPARATOR = re.compile(r"\t+|\s*[|｜]\s*|[ \u3000\u00a0]{2,}|\u3000")
_NUMBER = re.compile(r"[-+]?[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[-+]?[0-9]+(?:\.[0-9]+)?")
_PLACEHOLDER = re.compile(r"[-—–…/／]+|")
_UNIT_LINE = re.compile(r"单位\s*[:：]\s*([^\s|｜，,；;）)]+)")
_PARENS = re.compile(r"[（(]([^（()）]+)[)）]")
_GROWTH_HEADER = re.compile(r"增长|增速|增幅|增减|比上年|比去年|同比|环比|±|变动|升降")
_SHARE_HEADER = re.compile(r"比重|占比|构成|结构|占")
_MASK = "\x00"


@dataclass(frozen=True, slots=True)
class Cell:
    """One number of a table, as a printed figure."""

    start: int
    end: int
    value: str
    """The printed figure with the column's multiplier or ``%`` (``617.50亿``)."""
    unit: str | None
    count: bool
    row_start: int
    """Where the row's label starts (a quote runs from it to the cell)."""
    header: str
    """The column's header as printed (empty when the table has none)."""
    growth: tuple[str, int, int] | None = None
    """The row's growth for this cell: its printed figure and span."""
    change: int = 0
    """+1 or -1 for a change with no value beside it (a 百分点 column), else 0."""


@dataclass(frozen=True, slots=True)
class _Column:
    header: str
    multiplier: str = ""
    unit: str | None = None
    percent: bool = False
    points: bool = False
    growth: bool = False
    unit_column: bool = False


def split_unit(text: str) -> tuple[str, str | None]:
    """A unit as printed in a header, as (multiplier, unit): ``亿元`` →
    (``亿``, ``元``), ``万人`` → (``万``, ``人``), ``千瓦时`` → ("", ``千瓦时``)."""
    text = text.strip()
    if not text or text in UNITS:
        return "", text or None
    for mult in sorted(MULTIPLIERS, key=len, reverse=True):
        if text.startswith(mult):
            rest = text[len(mult) :]
            if not rest or rest in UNITS or "/" in rest:
                return mult, rest or None
    return "", text


def _cells(line: str, offset: int) -> list[tuple[int, int, str]]:
    """The cells of one line: (start, end, text), stripped, empty ones kept
    out; offsets into the article."""
    out: list[tuple[int, int, str]] = []
    pos = 0
    for m in [*_SEPARATOR.finditer(line), None]:
        a, b = pos, (m.start() if m else len(line))
        piece = line[a:b]
        stripped = piece.strip()
        if stripped:
            lead = len(piece) - len(piece.lstrip())
            out.append((offset + a + lead, offset + a + lead + len(stripped), stripped))
        if m is not None:
            pos = m.end()
    return out


def _is_number(cell: str) -> bool:
    return _NUMBER.fullmatch(cell) is not None


def _is_data(cells: list[tuple[int, int, str]]) -> bool:
    """A label and then numbers (placeholders and one unit cell allowed)."""
    if len(cells) < 2 or _is_number(cells[0][2]):
        return False
    rest = [c[2] for c in cells[1:]]
    numbers = sum(_is_number(c) for c in rest)
    others = [c for c in rest if not _is_number(c) and not _PLACEHOLDER.fullmatch(c)]
    return numbers >= 1 and len(others) <= 1 and all(len(c) <= 6 for c in others)


def _column(header: str, table_unit: str) -> _Column:
    h = header.replace(_MASK, "")
    if h.strip() in ("单位", "计量单位"):
        return _Column(header, unit_column=True)
    inner = [p for p in _PARENS.findall(h)]
    percent = "%" in h or any("%" in p for p in inner)
    points = "百分点" in h
    if points:
        return _Column(header, points=True, growth=bool(_GROWTH_HEADER.search(h)))
    if percent:
        return _Column(header, percent=True, growth=bool(_GROWTH_HEADER.search(h)))
    if "指数" in h:
        return _Column(header)
    unit_text = next((p for p in inner if p.strip() and "%" not in p), table_unit)
    mult, unit = split_unit(unit_text) if unit_text else ("", None)
    return _Column(header, mult, unit)


def read_tables(masked: str) -> list[Cell]:
    """Every number of every table in ``masked`` (the scanned article with
    dates and names masked), in text order."""
    lines: list[tuple[int, str]] = []
    pos = 0
    for line in masked.splitlines(keepends=True):
        lines.append((pos, line.rstrip("\r\n")))
        pos += len(line)
    rows = [_cells(line, off) for off, line in lines]
    data = [_is_data(r) for r in rows]
    out: list[Cell] = []
    i = 0
    while i < len(lines):
        if not data[i]:
            i += 1
            continue
        j = i
        block: list[int] = []
        while j < len(lines) and (data[j] or (len(rows[j]) <= 1 and j + 1 < len(lines))):
            if data[j]:
                block.append(j)
            elif not rows[j] and (j + 1 >= len(lines) or not data[j + 1]):
                break
            j += 1
        if len(block) >= 2:
            out += _read_block(lines, rows, i, block)
        i = max(j, i + 1)
    return out


def _read_block(
    lines: list[tuple[int, str]],
    rows: list[list[tuple[int, int, str]]],
    first: int,
    block: list[int],
) -> list[Cell]:
    header_at = next(
        (k for k in range(first - 1, max(-1, first - 3), -1) if len(rows[k]) >= 2), None
    )
    header = [c[2] for c in rows[header_at]] if header_at is not None else []
    unit_text = ""
    top = header_at if header_at is not None else first
    for k in range(top, max(-1, top - 5), -1):
        m = _UNIT_LINE.search(lines[k][1])
        if m:
            unit_text = m.group(1)
            break
    out: list[Cell] = []
    for r in block:
        cells = rows[r]
        width = len(cells)
        heads = [""] * (width - len(header)) + header if len(header) <= width else header[-width:]
        columns = [_column(h, unit_text) for h in heads]
        row_unit: tuple[str, str | None] | None = None
        for col, (_, _, raw) in zip(columns[1:], cells[1:], strict=True):
            if col.unit_column or (not _is_number(raw) and not _PLACEHOLDER.fullmatch(raw)):
                row_unit = split_unit(raw)
        values: list[Cell] = []
        for col, (a, b, raw) in zip(columns[1:], cells[1:], strict=True):
            if not _is_number(raw):
                continue
            number = raw.lstrip("+")
            if col.points:
                cell = Cell(
                    a, b, number + "个百分点", None, False, cells[0][0], col.header, change=1
                )
                out.append(cell)
                continue
            if col.percent:
                value = number + "%"
                if col.growth:
                    base = next((v for v in reversed(values) if v.growth is None), None)
                    if base is not None and not base.value.endswith("%"):
                        i = out.index(base)
                        grown = Cell(
                            base.start,
                            base.end,
                            base.value,
                            base.unit,
                            base.count,
                            base.row_start,
                            base.header,
                            growth=(value, a, b),
                        )
                        out[i] = grown
                        values[values.index(base)] = grown
                        continue
                    out.append(Cell(a, b, value, None, False, cells[0][0], col.header, change=1))
                    continue
                cell = Cell(a, b, value, None, False, cells[0][0], col.header)
                out.append(cell)
                values.append(cell)
                continue
            mult, unit = (col.multiplier, col.unit)
            if row_unit is not None and not col.multiplier and col.unit is None:
                mult, unit = row_unit
            count = unit in COUNT and not mult and "." not in number
            cell = Cell(a, b, number + mult, unit, count, cells[0][0], col.header)
            out.append(cell)
            values.append(cell)
    return out
