"""Looking up a claim's source: the cell, quote, claim, expression or query
it names, as a :class:`~licang_check.sources.model.SourceValue`."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from licang_check._i18n.messages import t
from licang_check.claims.expr import Aggregate, BinOp, CellRef, Literal, Negate, Node
from licang_check.figures.grammar import Figure, FigureError, parse_figure
from licang_check.sources.cells import EMPTY, FORMULA, NUMBER, Cell
from licang_check.sources.evaluate import Bin, Lit, Neg, Span, Tree
from licang_check.sources.model import Leaf, SourceRef, SourceSpec, SourceValue
from licang_check.sources.readers import TABLES, SourceError, read_table, read_text
from licang_check.sources.tables import LookupError_, Table, column_letters, parse_a1

if TYPE_CHECKING:
    from licang_check.claims.load import ClaimsFile

__all__ = ["Failure", "Sources", "figure_of"]

MAX_CELLS_PER_SOURCE = 1_000_000
"""Cells one claim's source may use (a sum over a whole 100,000-row column is fine)."""

_LOADING: set[Path] = set()
"""Claims files being loaded as sources, to refuse one that names itself."""


class Failure(Exception):
    """A source that cannot be looked up: a message, at a line and column."""

    def __init__(self, message: str, line: int, column: int, source: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column
        self.source = source
        """The source whose file cannot be read (reported once), or None."""


def figure_of(cell: Cell, scale: str) -> Figure:
    """A numeric cell's printed figure in the source's scale (``617.50`` in
    ``亿`` is ``617.50亿``; a percent cell keeps its ``%``)."""
    assert cell.figure is not None
    if not scale or cell.figure.percent:
        return cell.figure
    return parse_figure(cell.text + scale)


class Sources:
    """The sources of one claims file, each read once, when first needed."""

    def __init__(self, specs: dict[str, SourceSpec]) -> None:
        self.specs = specs
        self.loaded: dict[str, object] = {}
        self.failed: dict[str, Failure] = {}

    def _load(self, sid: str) -> object:
        if sid in self.failed:
            raise self.failed[sid]
        if sid not in self.loaded:
            spec = self.specs[sid]
            try:
                self.loaded[sid] = self._read(spec)
            except SourceError as e:
                failure = Failure(str(e), spec.line, spec.column, sid)
                self.failed[sid] = failure
                raise failure from None
        return self.loaded[sid]

    def _read(self, spec: SourceSpec) -> object:
        if spec.kind in TABLES:
            return read_table(spec.path, spec.rel, spec.kind, spec.sheet)
        if spec.kind in ("text", "html"):
            return read_text(spec.path, spec.rel, spec.kind)
        return _read_claims(spec)

    def table(self, sid: str, ref: SourceRef, key: str) -> Table:
        spec = self._spec(sid, ref, key)
        if spec.kind not in TABLES:
            line, col = ref.at(key)
            raise Failure(t("source.not_a_table", id=sid, kind=spec.kind), line, col)
        loaded = self._load(sid)
        assert isinstance(loaded, Table)
        return loaded

    def _spec(self, sid: str, ref: SourceRef, key: str) -> SourceSpec:
        if sid not in self.specs:
            from licang_check.sources.tables import nearest

            line, col = ref.at(key)
            hint = nearest(sid, list(self.specs), key=str)
            raise Failure(t("source.unknown", id=sid, hint=hint), line, col)
        return self.specs[sid]

    # -- one claim's source ---------------------------------------------------

    def resolve(self, ref: SourceRef) -> SourceValue:
        """The figure ``ref`` names; raise :class:`Failure`."""
        if ref.query is not None:
            from licang_check.sources._sql import run_query

            return run_query(self, ref)
        if ref.expr is not None:
            return self._expr(ref)
        assert ref.source is not None
        if ref.quote is not None:
            return self._quote(ref)
        if ref.claim is not None:
            return self._claim(ref)
        table = self.table(ref.source, ref, "from")
        scale = self._scale(ref)
        if ref.cell is not None:
            at = parse_a1(ref.cell)
            assert at is not None  # the loader checked it
            row, col = at
        else:
            assert ref.row is not None
            assert ref.column_label is not None
            row = self._label(lambda: table.row(ref.row or ""), ref, "row")
            col = self._label(lambda: table.column_of(ref.column_label or ""), ref, "column")
        key = "cell" if ref.cell is not None else "row"
        return SourceValue([self._leaf(table, ref.source, row, col, scale, ref, key)])

    def _scale(self, ref: SourceRef) -> str:
        if ref.scale is not None:
            return ref.scale
        return self.specs[ref.source].scale if ref.source in self.specs else ""

    @staticmethod
    def _label(find: object, ref: SourceRef, key: str) -> int:
        assert callable(find)
        try:
            found = find()
            assert isinstance(found, int)
            return found
        except LookupError_ as e:
            line, col = ref.at(key)
            raise Failure(str(e), line, col) from None

    def _leaf(
        self,
        table: Table,
        sid: str,
        row: int,
        col: int,
        scale: str,
        ref: SourceRef,
        key: str,
        pos: tuple[int, int] | None = None,
    ) -> Leaf:
        cell = table.cell(row, col)
        where = _where(table, sid, row, col)
        line, column = pos or ref.at(key)
        if cell.kind != NUMBER:
            if cell.kind == FORMULA:
                message = t("source.formula_no_value", where=where)
            elif cell.kind == EMPTY:
                message = t("source.empty_cell", where=where)
            else:
                message = t("source.text_cell", where=where, text=cell.text[:60])
            raise Failure(message, line, column)
        try:
            return Leaf(where, figure_of(cell, scale))
        except FigureError as e:
            raise Failure(t("source.bad_figure", where=where, reason=e), line, column) from None

    def _quote(self, ref: SourceRef) -> SourceValue:
        assert ref.source is not None
        assert ref.quote is not None
        spec = self._spec(ref.source, ref, "from")
        line, col = ref.at("quote")
        if spec.kind not in ("text", "html"):
            raise Failure(t("source.quote_needs_text", id=ref.source, kind=spec.kind), line, col)
        text = self._load(ref.source)
        assert isinstance(text, str)
        from licang_check.draft.extract import extract
        from licang_check.kinds.base import strip_space

        if strip_space(ref.quote) not in strip_space(text):
            raise Failure(t("source.quote_missing", id=ref.source, quote=ref.quote), line, col)
        figures = [e for e in extract(ref.quote) if e.kind == "figure" and e.value]
        if ref.figure == "growth":
            figures = [e for e in extract(ref.quote) if e.growth] or figures
        if not figures:
            raise Failure(t("source.quote_no_figure", quote=ref.quote), line, col)
        first = figures[0]
        printed = first.growth if ref.figure == "growth" and first.growth else first.value
        assert printed is not None
        where = t("source.where_quote", id=ref.source, quote=ref.quote)
        return SourceValue([Leaf(where, parse_figure(printed))])

    def _claim(self, ref: SourceRef) -> SourceValue:
        assert ref.source is not None
        assert ref.claim is not None
        spec = self._spec(ref.source, ref, "from")
        line, col = ref.at("claim")
        if spec.kind != "claims":
            raise Failure(t("source.claim_needs_claims", id=ref.source, kind=spec.kind), line, col)
        other = self._load(ref.source)
        from licang_check.claims.load import ClaimsFile

        assert isinstance(other, ClaimsFile)
        claim = other.claims.get(ref.claim)
        if claim is None:
            from licang_check.sources.tables import nearest

            hint = nearest(ref.claim, list(other.claims), key=str)
            message = t("source.no_claim", id=ref.source, claim=ref.claim, hint=hint)
            raise Failure(message, line, col)
        fig = claim.value
        if ref.figure == "growth":
            if claim.growth is None:
                raise Failure(t("source.claim_no_growth", claim=ref.claim), line, col)
            fig = claim.growth
        where = t("source.where_claim", path=spec.rel, claim=ref.claim)
        return SourceValue([Leaf(where, fig, other.tolerance)])

    # -- an expression over cells -----------------------------------------------

    def _expr(self, ref: SourceRef) -> SourceValue:
        assert ref.expr is not None
        leaves: list[Leaf] = []
        tree = self._tree(ref.expr, ref, leaves)
        return SourceValue(leaves, tree)

    def _pos(self, ref: SourceRef, offset: int) -> tuple[int, int]:
        line, col = ref.at("expr")
        return (line, ref.expr_column + offset) if ref.expr_column is not None else (line, col)

    def _tree(self, node: Node, ref: SourceRef, leaves: list[Leaf]) -> Tree:
        if isinstance(node, Literal):
            return Lit(node.value, node.text)
        if isinstance(node, Negate):
            return Neg(self._tree(node.operand, ref, leaves))
        if isinstance(node, BinOp):
            left = self._tree(node.left, ref, leaves)
            return Bin(node.op, left, self._tree(node.right, ref, leaves))
        if isinstance(node, CellRef):
            return self._cell_tree(node, ref, leaves)
        if isinstance(node, Aggregate):
            return self._block_tree(node, ref, leaves)
        line, col = self._pos(ref, getattr(node, "offset", 0))  # pragma: no cover - parser
        raise Failure(t("expr.source_needs_cell", name=getattr(node, "id", "?")), line, col)

    def _table_at(self, sid: str, ref: SourceRef, pos: tuple[int, int]) -> Table:
        try:
            return self.table(sid, ref, "expr")
        except Failure as e:
            if e.line == ref.at("expr")[0] and e.column == ref.at("expr")[1]:
                raise Failure(e.message, *pos) from None
            raise

    def _cell_tree(self, node: CellRef, ref: SourceRef, leaves: list[Leaf]) -> Tree:
        pos = self._pos(ref, node.offset)
        table = self._table_at(node.source, ref, pos)
        if node.a1 is not None:
            at = parse_a1(node.a1)
            assert at is not None
            row, col = at
        else:
            assert node.labels is not None
            try:
                row = table.row(node.labels[0])
                col = table.column_of(node.labels[1])
            except LookupError_ as e:
                raise Failure(str(e), *pos) from None
        scale = ref.scale if ref.scale is not None else self.specs[node.source].scale
        leaves.append(self._leaf(table, node.source, row, col, scale, ref, "expr", pos))
        text = f"{node.source}[{column_letters(col)}{row + 1}]"
        return Span("cell", len(leaves) - 1, len(leaves), text)

    def _block_tree(self, node: Aggregate, ref: SourceRef, leaves: list[Leaf]) -> Tree:
        pos = self._pos(ref, node.offset)
        table = self._table_at(node.source, ref, pos)
        scale = ref.scale if ref.scale is not None else self.specs[node.source].scale
        if node.column is not None:
            try:
                col = table.column_of(node.column)
            except LookupError_ as e:
                raise Failure(str(e), *pos) from None
            cells = [(r, col) for r in table.data_rows()]
            text = f'{node.func}({node.source}[:, "{node.column}"])'
        else:
            assert node.start is not None
            assert node.end is not None
            a, b = parse_a1(node.start), parse_a1(node.end)
            assert a is not None
            assert b is not None
            rows = range(min(a[0], b[0]), max(a[0], b[0]) + 1)
            cols = range(min(a[1], b[1]), max(a[1], b[1]) + 1)
            cells = [(r, c) for r in rows for c in cols]
            text = f"{node.func}({node.source}[{node.start}:{node.end}])"
        if not cells:
            raise Failure(t("source.empty_range", text=text), *pos)
        if len(cells) + len(leaves) > MAX_CELLS_PER_SOURCE:
            raise Failure(t("source.too_many_cells_used", n=f"{MAX_CELLS_PER_SOURCE:,}"), *pos)
        start = len(leaves)
        for r, c in cells:
            leaves.append(self._leaf(table, node.source, r, c, scale, ref, "expr", pos))
        return Span(node.func, start, len(leaves), text)


def _where(table: Table, sid: str, row: int, col: int) -> str:
    a1 = f"{sid}!{column_letters(col)}{row + 1}"
    labels = [x for x in (table.label_of_row(row), table.label_of_column(col)) if x]
    if row == 0 or col == 0 or len(labels) < 2:
        return a1
    return f"{a1} ({labels[0]}, {labels[1]})"


def _read_claims(spec: SourceSpec) -> ClaimsFile:
    from licang_check.claims.diagnostics import ClaimsFileError
    from licang_check.claims.load import load_claims

    key = spec.path.resolve()
    if key in _LOADING:
        raise SourceError(t("source.claims_cycle", path=spec.rel))
    _LOADING.add(key)
    try:
        if not spec.path.is_file():
            raise SourceError(t("source.not_found", path=spec.rel))
        return load_claims(spec.path)
    except ClaimsFileError as e:
        first = e.diagnostics[0]
        where = f"{spec.rel}:{first.line}:{first.column}"
        raise SourceError(t("source.claims_invalid", where=where, message=first.message)) from None
    finally:
        _LOADING.discard(key)
