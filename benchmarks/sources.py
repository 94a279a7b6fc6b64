"""Benchmark of sources: a 100,000-row CSV source and a 20,000-claim file.

    python benchmarks/sources.py            # the full run
    python benchmarks/sources.py --smoke    # 1,000 rows, 200 claims: checks it works

Each figure is a ratio against a floor measured in the same run, both in a
fresh process, interleaved over rounds (the median of the per-round ratios):

1. ``verify`` of a claims file whose 20,000 claims each take their figure
   from a cell of the table (by row and column labels), against reading the
   table with the chosen CSV reader alone (the standard library's ``csv``);
2. the same file with every claim's source an expression over its cell (by A1);
3. ``match`` of an article of 50 figures against the table, against the same floor.
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PY = sys.executable
READ_ALONE = (
    "import csv, sys\nwith open(sys.argv[1], newline='', encoding='utf-8') as f:\n"
    "    rows = list(csv.reader(f))"
)


def _write(folder: Path, rows: int, claims: int) -> None:
    rng = random.Random(16)
    lines = ["地区,2023年,2024年,人口"]
    values = []
    for i in range(rows):
        a = rng.randrange(100_000, 9_999_999) / 100
        b = round(a * 1.05, 2)
        values.append(b)
        lines.append(f"区{i},{a:.2f},{b:.2f},{rng.randrange(1000, 99999)}")
    (folder / "t.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    head = "version: 1\narticle:\n  title: t\nsources:\n  t: {path: t.csv, scale: 亿}\nclaims:\n"
    cells, exprs = [head], [head]
    for k in range(claims):
        i = rng.randrange(rows)
        cells.append(
            f"  c{k}:\n    quote: x\n    value: {values[i]:.1f}亿\n"
            f"    source: {{from: t, row: 区{i}, column: 2024年}}\n"
        )
        exprs.append(
            f"  c{k}:\n    quote: x\n    value: {values[i]:.1f}亿\n"
            f"    source: {{expr: 't[C{i + 2}] + 0'}}\n"
        )
    (folder / "cells.yaml").write_text("".join(cells), encoding="utf-8")
    (folder / "exprs.yaml").write_text("".join(exprs), encoding="utf-8")
    figures = "，".join(f"区{i}为{values[i]:.2f}亿元" for i in rng.sample(range(rows), 50))
    (folder / "article.txt").write_text(figures + "。\n", encoding="utf-8")


def _time(cmd: list[str], cwd: Path) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, cwd=cwd, capture_output=True, check=False)
    return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--smoke", action="store_true")
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    rows, claims = (1_000, 200) if args.smoke else (100_000, 20_000)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        _write(folder, rows, claims)
        floor = [PY, "-c", READ_ALONE, "t.csv"]
        runs = {
            f"verify, {claims:,} cell sources": [
                PY,
                "-m",
                "licang_check",
                "verify",
                "-f",
                "json",
                "cells.yaml",
            ],
            f"verify, {claims:,} expr sources": [
                PY,
                "-m",
                "licang_check",
                "verify",
                "-f",
                "json",
                "exprs.yaml",
            ],
            "match, 50 figures": [PY, "-m", "licang_check", "match", "article.txt", "-s", "t.csv"],
        }
        ratios: dict[str, list[float]] = {name: [] for name in runs}
        floors: list[float] = []
        for _ in range(1 if args.smoke else args.rounds):
            base = _time(floor, folder)
            floors.append(base)
            for name, cmd in runs.items():
                ratios[name].append(_time(cmd, folder) / base)
        print(
            f"{rows:,} rows, {claims:,} claims; reading the table alone: "
            f"{statistics.median(floors):.2f} s"
        )
        for name, rs in ratios.items():
            print(f"  {name}: {statistics.median(rs):.1f}x the table read alone")


if __name__ == "__main__":
    main()
