"""Where `verify --format json`'s CPU goes, phase by phase, against the
GC-off compose (#18's floor), in one process with the collector off.

    python benchmarks/realistic.py 20000 -o mix.yaml
    python -m compileall -q licang_check
    python benchmarks/phases.py mix.yaml

Prints the compose's CPU and each phase as a multiple of it: loading
(`parse_claims`), the checks (`run_checks`), the verdicts under every
rounding mode (`annotate`), the accepted results (`with_accepts`), and
their sum. Run it a few times, alternating trees, and compare pairs.
"""

from __future__ import annotations

import argparse
import gc
import time
from pathlib import Path

import yaml


def main() -> None:
    """Time each phase on the file given and print the ratios."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("file", type=Path, help="a claims file")
    path = parser.parse_args().file
    data = path.read_bytes()
    gc.disable()
    cpu = time.process_time
    t = cpu()
    yaml.compose(data, Loader=yaml.CSafeLoader)
    compose = cpu() - t

    from licang_check.claims.load import parse_claims
    from licang_check.kinds.modes import annotate
    from licang_check.run.verify import run_checks, with_accepts

    phases: dict[str, float] = {}
    t = cpu()
    cf = parse_claims(data, path)
    phases["load"] = cpu() - t
    t = cpu()
    results = run_checks(cf)
    phases["checks"] = cpu() - t
    t = cpu()
    results = annotate(cf, results)
    phases["modes"] = cpu() - t
    t = cpu()
    with_accepts(cf, results)
    phases["accepts"] = cpu() - t
    shown = " ".join(f"{k} {v / compose:.2f}x" for k, v in phases.items())
    total = sum(phases.values()) / compose
    print(f"compose {compose * 1000:.0f} ms | {shown} | sum {total:.2f}x")


if __name__ == "__main__":
    main()
