"""A table source: rows of printed cells, the first row its column labels and
the first column its row labels; cells found by labels or an A1 reference."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from licang_check._i18n.messages import t
from licang_check.sources.cells import EMPTY_CELL, Cell

__all__ = ["A1", "LookupError_", "Table", "column_letters", "parse_a1"]

A1 = re.compile(r"([A-Za-z]{1,3})([1-9][0-9]{0,6})")
_NEAREST = 3


class LookupError_(ValueError):
    """A cell that cannot be found: the message says why and what is near."""


def column_letters(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA."""
    out = ""
    index += 1
    while index:
        index, r = divmod(index - 1, 26)
        out = chr(65 + r) + out
    return out


def parse_a1(ref: str) -> tuple[int, int] | None:
    """``B3`` → (row 2, column 1), 0-based; None if not an A1 reference."""
    m = A1.fullmatch(ref.strip())
    if m is None:
        return None
    col = 0
    for ch in m[1].upper():
        col = col * 26 + ord(ch) - 64
    return int(m[2]) - 1, col - 1


def _norm(label: str) -> str:
    return "".join(label.split())


@dataclass
class Table:
    """Rows of cells (row 0 holds the column labels)."""

    rows: list[list[object]]
    """The cells as the reader gave them (text, a float, None), made into
    :class:`Cell` only when looked at: most cells of a large table never are."""
    make: Callable[[object, int, int], Cell]
    """Makes a cell from what the reader gave, its row and its column."""
    _columns: dict[str, list[int]] | None = field(default=None, init=False, repr=False)
    _row_labels: dict[str, list[int]] | None = field(default=None, init=False, repr=False)

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)

    def cell(self, row: int, col: int) -> Cell:
        if row < len(self.rows) and col < len(self.rows[row]):
            return self.make(self.rows[row][col], row, col)
        return EMPTY_CELL

    def column_labels(self) -> dict[str, list[int]]:
        if self._columns is None:
            width = len(self.rows[0]) if self.rows else 0
            self._columns = _index([self.cell(0, c) for c in range(width)])
        return self._columns

    def row_labels(self) -> dict[str, list[int]]:
        if self._row_labels is None:
            self._row_labels = _index([self.cell(r, 0) for r in self.data_rows()], 1)
        return self._row_labels

    def column(self, label: str) -> int:
        return _find(self.column_labels(), label, "source.no_column", "source.column_twice")

    def row(self, label: str) -> int:
        return _find(self.row_labels(), label, "source.no_row", "source.row_twice")

    def column_of(self, ref: str) -> int:
        """A column by its label, or by its letters (``B``) where no label is that."""
        if _norm(ref) not in self.column_labels() and re.fullmatch(r"[A-Za-z]{1,3}", ref):
            found = parse_a1(ref + "1")
            assert found is not None
            return found[1]
        return self.column(ref)

    def label_of_row(self, row: int) -> str:
        return self.cell(row, 0).text

    def label_of_column(self, col: int) -> str:
        return self.cell(0, col).text

    def data_rows(self) -> range:
        return range(1, len(self.rows))


def _index(cells: Sequence[Cell], first: int = 0) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for i, c in enumerate(cells, first):
        if c.text:
            out.setdefault(_norm(c.text), []).append(i)
    return out


def _find(index: dict[str, list[int]], label: str, missing: str, twice: str) -> int:
    found = index.get(_norm(label))
    if not found:
        raise LookupError_(t(missing, label=label, hint=nearest(label, list(index))))
    if len(found) > 1:
        where = ", ".join(str(i + 1) for i in found[:5])
        raise LookupError_(t(twice, label=label, where=where))
    return found[0]


def nearest(label: str, labels: list[str], key: Callable[[str], str] = _norm) -> str:
    """The labels nearest ``label``, as a hint (none: the first few)."""
    import difflib

    want = key(label)
    close = difflib.get_close_matches(want, labels[:20_000], n=_NEAREST, cutoff=0.4)
    if not close:
        close = [x for x in labels if want in x or x in want][:_NEAREST]
    if not close:
        close = labels[:_NEAREST]
    if not close:
        return t("source.no_labels")
    return t("source.nearest", labels="、".join(repr(x) for x in close))
