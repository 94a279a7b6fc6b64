"""Reading a source file: a table (CSV, TSV, JSON, XLSX, ODS), a text (plain
or HTML) or another claims file, within the limits of docs/security.md.

The spreadsheet reader (python-calamine, the ``xlsx`` extra) is imported
only when a file names a workbook.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from licang_check._i18n.messages import t
from licang_check.sources.cells import Cell, text_cell
from licang_check.sources.tables import Table

__all__ = [
    "KINDS",
    "MAX_SOURCE_BYTES",
    "MAX_SOURCE_CELLS",
    "MAX_SOURCE_ROWS",
    "SourceError",
    "kind_of",
    "read_bytes",
    "read_table",
    "read_text",
]

MAX_SOURCE_BYTES = 64 * 1024 * 1024
"""A source file larger than this is refused (a 100,000-row bulletin table is ~4 MB)."""
MAX_UNZIPPED_BYTES = 512 * 1024 * 1024
"""A workbook whose parts unpack to more than this is refused (a zip bomb)."""
MAX_SOURCE_ROWS = 1_000_000
"""Rows in one table."""
MAX_SOURCE_CELLS = 5_000_000
"""Cells in one table (rows times columns)."""
MAX_TEXT_BYTES = 4 * 1024 * 1024
"""A source text (bulletin, saved page) larger than this is refused."""

TABLES = ("csv", "tsv", "json", "xlsx", "ods")
KINDS = (*TABLES, "text", "html", "claims")
_BY_SUFFIX = {
    ".csv": "csv",
    ".tsv": "tsv",
    ".tab": "tsv",
    ".json": "json",
    ".xlsx": "xlsx",
    ".xlsm": "xlsx",
    ".xls": "xlsx",
    ".ods": "ods",
    ".txt": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".yaml": "claims",
    ".yml": "claims",
}


class SourceError(ValueError):
    """A source that cannot be read or used; the message says what to fix."""


def kind_of(path: str) -> str | None:
    """The source type a file's name implies, or None."""
    return _BY_SUFFIX.get(Path(path).suffix.lower())


def read_bytes(path: Path, rel: str, limit: int = MAX_SOURCE_BYTES) -> bytes:
    """A source file's bytes: a regular file (a FIFO does not hang the tool)
    within ``limit``, read as an article is
    (:func:`~licang_check.claims.article.read_regular`)."""
    from licang_check.claims.article import NotReadable, read_regular

    try:
        data = read_regular(path, limit)
    except NotReadable as e:
        raise SourceError(t(f"source.{e.why}", path=rel, reason=e.reason)) from None
    if len(data) > limit:
        raise SourceError(t("source.too_large", path=rel, limit=f"{limit // 2**20} MiB"))
    return data


def _decode(data: bytes, rel: str) -> str:
    try:
        return data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as e:
        raise SourceError(t("source.not_utf8", path=rel, byte=e.start)) from None


def _check_size(rows: list[list[object]], rel: str) -> None:
    if len(rows) > MAX_SOURCE_ROWS:
        raise SourceError(t("source.too_many_rows", path=rel, n=f"{MAX_SOURCE_ROWS:,}"))
    cells = len(rows) * max((len(r) for r in rows[:1000]), default=0)
    if cells > MAX_SOURCE_CELLS:
        raise SourceError(t("source.too_many_cells", path=rel, n=f"{MAX_SOURCE_CELLS:,}"))


def _text_make(raw: object, row: int, col: int) -> Cell:
    return text_cell(raw) if isinstance(raw, str) else text_cell("")


def read_table(path: Path, rel: str, kind: str, sheet: str | None = None) -> Table:
    """A table source; raise :class:`SourceError`."""
    if kind in ("xlsx", "ods"):
        from licang_check.sources._sheet import read_sheet

        return read_sheet(path, rel, kind, sheet)
    data = read_bytes(path, rel)
    text = _decode(data, rel)
    rows = _read_json(text, rel) if kind == "json" else _read_delimited(text, rel, kind)
    _check_size(rows, rel)
    return Table(rows, _text_make)


def _read_delimited(text: str, rel: str, kind: str) -> list[list[object]]:
    delimiter = "\t" if kind == "tsv" else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows: list[list[object]] = []
    width = 0
    try:
        for row in reader:
            if len(rows) >= MAX_SOURCE_ROWS:
                raise SourceError(t("source.too_many_rows", path=rel, n=f"{MAX_SOURCE_ROWS:,}"))
            if not rows:
                width = len(row)
            elif len(row) > width and any(c.strip() for c in row[width:]):
                line = reader.line_num
                raise SourceError(
                    t("source.csv_ragged", path=rel, line=line, n=len(row), width=width)
                )
            rows.append(list(row))
    except csv.Error as e:
        line = reader.line_num
        raise SourceError(t("source.csv_malformed", path=rel, line=line, reason=e)) from None
    if not rows:
        raise SourceError(t("source.empty_table", path=rel))
    return rows


def _read_json(text: str, rel: str) -> list[list[object]]:
    try:
        # every number as its printed text: 617.50 stays 617.50
        data = json.loads(text, parse_float=str, parse_int=str, parse_constant=str)
    except (ValueError, RecursionError) as e:
        raise SourceError(t("source.json_malformed", path=rel, reason=e)) from None
    if isinstance(data, dict) and len(data) == 1:
        data = next(iter(data.values()))
    if not isinstance(data, list) or not data:
        raise SourceError(t("source.json_shape", path=rel))
    if all(isinstance(r, dict) for r in data):
        header: list[str] = []
        for r in data:
            header.extend(k for k in r if k not in header)
        rows: list[list[object]] = [list(header)]
        rows.extend([_json_cell(r.get(k)) for k in header] for r in data)
        return rows
    if all(isinstance(r, list) for r in data):
        return [[_json_cell(c) for c in r] for r in data]
    raise SourceError(t("source.json_shape", path=rel))


def _json_cell(v: object) -> object:
    if v is None or isinstance(v, str):
        return v
    if isinstance(v, bool):
        return "true" if v else "false"
    return json.dumps(v, ensure_ascii=False)


def read_text(path: Path, rel: str, kind: str) -> str:
    """A source text as plain text; HTML with its tags, scripts and styles
    dropped and its entities read."""
    text = _decode(read_bytes(path, rel, MAX_TEXT_BYTES), rel)
    if kind == "html":
        from licang_check.sources._html import html_text

        return html_text(text)
    return text
