"""A claim's source as an SQL query, run by DuckDB (the ``sql`` extra) in
process, over the claims file's table sources only.

Each table source becomes a DuckDB table of the same name, built from the
parsed cells (no pandas, no file read by DuckDB): a column whose data cells
are all numbers is ``DECIMAL(38, s)`` with ``s`` the most decimals printed in
it, any other column ``VARCHAR``; an empty cell is NULL. Then external access
is switched off and the configuration locked, so that a query can read no
file and reach no network. A query must be one ``SELECT``; its result one
row of one exact value (DECIMAL or an integer type). A DOUBLE or FLOAT
result is an error: it is not exact.
"""

from __future__ import annotations

import threading
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from licang_check._i18n.messages import t
from licang_check.numeric.exact import Fraction
from licang_check.sources.cells import NUMBER
from licang_check.sources.model import Leaf, SourceRef, SourceValue
from licang_check.sources.readers import TABLES
from licang_check.sources.tables import Table, column_letters

if TYPE_CHECKING:
    from licang_check.sources.lookup import Sources

__all__ = ["QUERY_SECONDS", "run_query"]

QUERY_SECONDS = 10.0
"""A query still running after this long is interrupted (an error)."""
MEMORY_LIMIT = "1GB"
_EXACT: tuple[str, ...] = ("DECIMAL", "TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT")
_EXACT += ("UTINYINT", "USMALLINT", "UINTEGER", "UBIGINT", "UHUGEINT", "INT")
_MAX_PRECISION = 38


def _columns(table: Table) -> list[str]:
    names: list[str] = []
    for c in range(table.width):
        label = table.label_of_column(c) or column_letters(c)
        name, n = label, 2
        while name in names:
            name, n = f"{label}_{n}", n + 1
        names.append(name)
    return names


def _quote_name(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _decimal(x: Fraction) -> str:
    from licang_check.figures.display import decimal_string

    return decimal_string(x)


def _load_table(con: Any, sid: str, table: Table) -> None:
    selects: list[str] = []
    params: list[list[str | None]] = []
    for c, name in enumerate(_columns(table)):
        cells = [table.cell(r, c) for r in table.data_rows()]
        numbers = [cell for cell in cells if cell.kind == NUMBER and cell.figure is not None]
        filled = [cell for cell in cells if cell.text]
        values: list[str | None]
        if numbers and len(numbers) == len(filled):
            values = [
                _decimal(cell.figure.value) if cell.figure is not None else None for cell in cells
            ]
            scale = max(len(v.partition(".")[2]) for v in values if v is not None)
            whole = max(len(v.lstrip("-").partition(".")[0]) for v in values if v is not None)
            if scale + whole <= _MAX_PRECISION:
                cast = f"::DECIMAL({_MAX_PRECISION}, {scale})"
            else:
                cast = ""
        else:
            values = [cell.text if cell.text else None for cell in cells]
            cast = ""
        params.append(values)
        selects.append(f"UNNEST(${len(params)}::VARCHAR[]){cast} AS {_quote_name(name)}")
    if not selects:
        return
    sql = f"CREATE TABLE {_quote_name(sid)} AS SELECT {', '.join(selects)}"
    con.execute(sql, params)


def run_query(sources: Sources, ref: SourceRef) -> SourceValue:
    """The exact value of a claim's query; raise ``Failure``."""
    from licang_check.sources.lookup import Failure

    assert ref.query is not None
    line, col = ref.at("query")
    try:
        import duckdb
    except ImportError:
        raise Failure(t("source.needs_extra", path="query", extra="sql"), line, col) from None
    tables = {sid: spec for sid, spec in sources.specs.items() if spec.kind in TABLES}
    con = duckdb.connect(":memory:")
    try:
        for sid in tables:
            _load_table(con, sid, sources.table(sid, ref, "query"))
        con.execute(f"SET memory_limit = '{MEMORY_LIMIT}'")
        con.execute("SET enable_external_access = false")
        con.execute("SET lock_configuration = true")
        try:
            statements = con.extract_statements(ref.query)
        except duckdb.Error as e:
            raise Failure(t("source.sql_error", reason=_first_line(e)), line, col) from None
        if len(statements) != 1:
            raise Failure(t("source.sql_one", n=len(statements)), line, col)
        if statements[0].type != duckdb.StatementType.SELECT:
            kind = str(statements[0].type).rsplit(".", 1)[-1]
            raise Failure(t("source.sql_not_select", kind=kind), line, col)
        timer = threading.Timer(QUERY_SECONDS, con.interrupt)
        timer.start()
        try:
            cur = con.execute(ref.query)
            rows = cur.fetchmany(2)
            description = cur.description or []
        except duckdb.Error as e:
            reason = _first_line(e)
            if isinstance(e, duckdb.InterruptException):
                reason = t("source.sql_timeout", seconds=int(QUERY_SECONDS))
            raise Failure(t("source.sql_error", reason=reason), line, col) from None
        finally:
            timer.cancel()
    finally:
        con.close()
    if len(rows) != 1 or len(rows[0]) != 1:
        n_cols = len(description)
        raise Failure(t("source.sql_shape", rows=len(rows), columns=n_cols), line, col)
    type_name = str(description[0][1]).upper()
    value = rows[0][0]
    if value is None:
        raise Failure(t("source.sql_null"), line, col)
    if not type_name.startswith(_EXACT) or isinstance(value, float):
        raise Failure(t("source.sql_inexact", type=type_name), line, col)
    if isinstance(value, (Decimal, int)):
        exact = Fraction(value)
    else:
        raise Failure(t("source.sql_inexact", type=type_name), line, col)
    scale = ref.scale
    if scale is None:
        spec = sources.specs.get(ref.source or "")
        scale = spec.scale if spec is not None else ""
    if scale:
        from licang_check.figures.grammar import MULTIPLIERS

        exact = exact / 100 if scale == "%" else exact * 10 ** MULTIPLIERS[scale]
    where = t("source.where_query", query=ref.query)
    return SourceValue([Leaf(where, _point_figure(exact))], exact=exact, sql_type=type_name)


def _point_figure(x: Fraction) -> Any:
    """A stand-in figure for a query's value (only its text is shown)."""
    from licang_check.figures.display import format_number
    from licang_check.figures.grammar import Figure

    return Figure(format_number(x), format_number(x), x, Fraction(0), False, "", (), True)


def _first_line(e: BaseException) -> str:
    return str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
