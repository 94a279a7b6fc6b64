"""Test data for sources: the guide's bulletin table, as CSV and as XLSX.

The XLSX is written here with openpyxl (a test dependency only: the tool
reads workbooks with python-calamine), so that the project makes its own
data; ``python tests/sources_data.py DIR`` writes both files into DIR.
"""

from __future__ import annotations

import sys
from pathlib import Path

HEADER = ["地区", "2023年", "2024年"]
ROWS = [
    ["东城", 1423.60, 1502.35],
    ["西城", 1188.20, 1240.90],
    ["南城", 866.45, 901.10],
    ["北城", 640.00, 671.50],
]
"""A made-up district bulletin: output in 亿元, printed to the 0.01亿."""


def bulletin_csv() -> str:
    lines = [",".join(HEADER)]
    lines.extend(f"{name},{a:.2f},{b:.2f}" for name, a, b in ROWS)
    return "\n".join(lines) + "\n"


def write_bulletin_xlsx(path: Path, *, formula: bool = False) -> None:
    """The same table as a workbook (sheet ``2024``), numbers formatted ``0.00``;
    with ``formula``, one more row whose cells are formulas never calculated."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "2024"
    ws.append(HEADER)
    for row in ROWS:
        ws.append(row)
    for r in range(2, len(ROWS) + 2):
        for c in ("B", "C"):
            ws[f"{c}{r}"].number_format = "0.00"
    if formula:
        ws.append(["合计", "=SUM(B2:B5)", "=SUM(C2:C5)"])
    wb.create_sheet("notes").append(["made by tests/sources_data.py"])
    wb.save(path)


if __name__ == "__main__":
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path()
    (out / "bulletin.csv").write_text(bulletin_csv(), encoding="utf-8")
    write_bulletin_xlsx(out / "bulletin.xlsx")
