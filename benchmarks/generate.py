"""Generate a large, valid claims file for benchmarks (and the CI smoke run).

Every claim is a count with a growth; every tenth claim also gets an
expression check. The figures are chosen so that every result is consistent:
current = prior × (1 + rate) exactly, with the rate printed to 0.1%.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def claims_yaml(n: int) -> str:
    lines = [
        "version: 1",
        "article:",
        f"  title: generated benchmark article with {n} claims",
        "  source: benchmark",
        "  published: 2023-01-13",
        "rounding: half-up",
        "claims:",
    ]
    for i in range(n):
        prior = 100 + i % 900
        # growth of (i % 50) percent, exactly; current = prior * (100 + g) / 100
        g = i % 50
        current_x100 = prior * (100 + g)
        if current_x100 % 100:
            # keep counts whole: use a growth that divides evenly (0%, 100%)
            g = 100 if i % 2 else 0
            current_x100 = prior * (100 + g)
        current = current_x100 // 100
        lines += [
            f"  c{i}:",
            f"    quote: 项目{current}个、增长{g}.0%",
            f"    value: {current}",
            "    unit: 个",
            "    count: true",
            f"    growth: {g}.0%",
        ]
    lines.append("checks:")
    for i in range(0, n, 10):
        lines += [
            f"  - id: k{i}",
            "    says: the prior is positive",
            f"    expr: prior(c{i}) > 0",
        ]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("claims", type=int, help="number of claims")
    parser.add_argument("-o", "--output", type=Path, help="file to write (default: stdout)")
    args = parser.parse_args()
    text = claims_yaml(args.claims)
    if args.output:
        args.output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)


if __name__ == "__main__":
    main()
