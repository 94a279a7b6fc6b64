"""Workbooks (XLSX, ODS): values by python-calamine, and for XLSX the number
format and formula of each cell from the sheet's XML (standard library).

calamine gives values only: a cell's number format, which sets how many
decimals it prints, and whether an empty value is a formula that was never
calculated, are read from the workbook's parts (``xl/styles.xml`` and the
sheet's XML) by a regular-expression pass over them, not a full XML parse.
"""

from __future__ import annotations

import datetime
import re
import zipfile
from pathlib import Path, PurePosixPath
from typing import Any

from licang_check._i18n.messages import t
from licang_check.sources.cells import EMPTY_CELL, FORMULA_CELL, Cell, number_cell, text_cell
from licang_check.sources.readers import (
    MAX_SOURCE_CELLS,
    MAX_SOURCE_ROWS,
    MAX_UNZIPPED_BYTES,
    SourceError,
    read_bytes,
)
from licang_check.sources.tables import Table, parse_a1

__all__ = ["BUILTIN_FORMATS", "read_sheet"]

BUILTIN_FORMATS = {
    0: "General",
    1: "0",
    2: "0.00",
    3: "#,##0",
    4: "#,##0.00",
    9: "0%",
    10: "0.00%",
    11: "0.00E+00",
    12: "# ?/?",
    13: "# ??/??",
    37: "#,##0 ;(#,##0)",
    38: "#,##0 ;[Red](#,##0)",
    39: "#,##0.00;(#,##0.00)",
    40: "#,##0.00;[Red](#,##0.00)",
    48: "##0.0E+0",
    49: "@",
}
"""The number formats ECMA-376 numbers without writing them out (dates,
14-22 and 45-47, are left out: they are not numbers)."""

_CELL = re.compile(rb"<c\b([^>]*?)(?:/>|>(.*?)</c>)", re.S)
_ATTR_R = re.compile(rb'\br="([A-Z]+[0-9]+)"')
_ATTR_S = re.compile(rb'\bs="([0-9]+)"')
_VALUE = re.compile(rb"<v>[^<]+</v>")
_NUMFMT = re.compile(rb'<numFmt\b[^>]*numFmtId="([0-9]+)"[^>]*formatCode="([^"]*)"')
_XFS = re.compile(rb"<cellXfs\b[^>]*>(.*?)</cellXfs>", re.S)
_XF = re.compile(rb"<xf\b([^>]*)")
_XF_FMT = re.compile(rb'numFmtId="([0-9]+)"')
_SHEET = re.compile(rb'<sheet\b[^>]*?name="([^"]*)"[^>]*?r:id="([^"]*)"')
_REL = re.compile(rb'<Relationship\b[^>]*?Id="([^"]*)"[^>]*?Target="([^"]*)"')
_REL2 = re.compile(rb'<Relationship\b[^>]*?Target="([^"]*)"[^>]*?Id="([^"]*)"')


def _unescape(b: bytes) -> str:
    import html

    return html.unescape(b.decode("utf-8", "replace"))


class _Meta:
    """Per cell of one XLSX sheet: its number format, and the cells that hold
    a formula with no cached value."""

    def __init__(self) -> None:
        self.formats: dict[tuple[int, int], str] = {}
        self.uncalculated: set[tuple[int, int]] = set()


def _xlsx_meta(z: zipfile.ZipFile, sheet: str) -> _Meta:
    meta = _Meta()
    names = set(z.namelist())
    wb = z.read("xl/workbook.xml") if "xl/workbook.xml" in names else b""
    rels = z.read("xl/_rels/workbook.xml.rels") if "xl/_rels/workbook.xml.rels" in names else b""
    targets = {i: tg for i, tg in _REL.findall(rels)} | {i: tg for tg, i in _REL2.findall(rels)}
    part = None
    for name, rid in _SHEET.findall(wb):
        if _unescape(name) == sheet and rid in targets:
            target = targets[rid].decode()
            part = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
            part = str(PurePosixPath(part))
    if part is None or part not in names:
        return meta
    custom: dict[int, str] = {}
    xf_formats: list[int] = []
    if "xl/styles.xml" in names:
        styles = z.read("xl/styles.xml")
        custom = {int(i): _unescape(code) for i, code in _NUMFMT.findall(styles)}
        xfs = _XFS.search(styles)
        if xfs:
            for attrs in _XF.findall(xfs.group(1)):
                m = _XF_FMT.search(attrs)
                xf_formats.append(int(m.group(1)) if m else 0)
    data = z.read(part)
    for m in _CELL.finditer(data):
        attrs, body = m.group(1), m.group(2) or b""
        ref = _ATTR_R.search(attrs)
        if ref is None:
            continue
        at = parse_a1(ref.group(1).decode())
        if at is None:
            continue
        if b"<f" in body and _VALUE.search(body) is None:
            meta.uncalculated.add(at)
        s = _ATTR_S.search(attrs)
        if s is not None:
            xf = int(s.group(1))
            fmt_id = xf_formats[xf] if xf < len(xf_formats) else 0
            code = custom.get(fmt_id, BUILTIN_FORMATS.get(fmt_id))
            if code is not None and code != "General":
                meta.formats[at] = code
    return meta


def _open_zip(path: Path, rel: str) -> zipfile.ZipFile:
    import io

    data = read_bytes(path, rel)
    try:
        z = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise SourceError(t("source.not_a_workbook", path=rel)) from None
    if sum(i.file_size for i in z.infolist()) > MAX_UNZIPPED_BYTES:
        limit = f"{MAX_UNZIPPED_BYTES // 2**20} MiB"
        raise SourceError(t("source.unzips_too_large", path=rel, limit=limit))
    return z


def read_sheet(path: Path, rel: str, kind: str, sheet: str | None) -> Table:
    """One sheet of a workbook (the first, unless ``sheet`` names one)."""
    try:
        import python_calamine
    except ImportError:
        raise SourceError(t("source.needs_extra", path=rel, extra="xlsx")) from None
    z = _open_zip(path, rel)  # the size check, before calamine unpacks anything
    try:
        wb = python_calamine.CalamineWorkbook.from_filelike(open_bytes(z, path, rel))
        names = list(wb.sheet_names)
        if sheet is None:
            if not names:
                raise SourceError(t("source.no_sheets", path=rel))
            sheet = names[0]
        if sheet not in names:
            shown = "、".join(repr(n) for n in names[:10])
            raise SourceError(t("source.no_sheet", path=rel, sheet=sheet, sheets=shown))
        ws = wb.get_sheet_by_name(sheet)
        if ws.height > MAX_SOURCE_ROWS:
            raise SourceError(t("source.too_many_rows", path=rel, n=f"{MAX_SOURCE_ROWS:,}"))
        if ws.height * ws.width > MAX_SOURCE_CELLS:
            raise SourceError(t("source.too_many_cells", path=rel, n=f"{MAX_SOURCE_CELLS:,}"))
        values: list[list[Any]] = ws.to_python(skip_empty_area=False)
    except SourceError:
        raise
    except Exception as e:  # calamine raises its own errors for a broken workbook
        raise SourceError(t("source.bad_workbook", path=rel, reason=e)) from None
    meta = _xlsx_meta(z, sheet) if kind == "xlsx" else _Meta()
    rows: list[list[object]] = [list(r) for r in values]

    def make(raw: object, row: int, col: int) -> Cell:
        if isinstance(raw, bool):
            return text_cell("TRUE" if raw else "FALSE")
        if isinstance(raw, (int, float)):
            return number_cell(raw, meta.formats.get((row, col)))
        if isinstance(raw, (datetime.date, datetime.time, datetime.timedelta)):
            return Cell(str(raw), "text")
        if raw is None or raw == "":
            return FORMULA_CELL if (row, col) in meta.uncalculated else EMPTY_CELL
        return text_cell(str(raw))

    return Table(rows, make)


def open_bytes(z: zipfile.ZipFile, path: Path, rel: str) -> Any:
    """The workbook as a file object for calamine (read once, already in memory)."""
    import io

    fp = z.fp
    assert fp is not None
    fp.seek(0)
    return io.BytesIO(fp.read())
