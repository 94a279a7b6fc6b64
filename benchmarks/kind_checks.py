"""One check kind's work on a claims file, alone, for instruction counts:
load the file, then check every claim the kind applies to (and with
``--modes``, give each result's verdicts under every rounding mode), with
the garbage collector off. ``none`` loads the file and imports the kinds
only: subtract it.

    python -m compileall -q licang_check
    PYTHONHASHSEED=0 PYTHONPATH=TREE valgrind --tool=callgrind \\
        python benchmarks/kind_checks.py FILE growth --modes
"""

from __future__ import annotations

import argparse
import gc
from pathlib import Path


def main() -> None:
    """Run the kind named on the file given."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("file", type=Path, help="a claims file")
    parser.add_argument("kind", help="a claim kind (growth, share …), or none")
    parser.add_argument("--modes", action="store_true", help="the verdicts under every mode too")
    args = parser.parse_args()
    gc.disable()
    from licang_check.claims.load import parse_claims
    from licang_check.kinds import KINDS
    from licang_check.kinds.base import Context
    from licang_check.kinds.modes import Modes
    from licang_check.run.results import Kind

    cf = parse_claims(args.file.read_bytes(), args.file)
    if args.kind == "none":
        return
    kind = KINDS[Kind(args.kind)]
    ctx = Context(cf)
    results = [kind.check(ctx, c) for c in cf.claims.values() if kind.applies(cf, c)]
    if args.modes:
        m = Modes(cf)
        for r in results:
            m.verdicts(r)


if __name__ == "__main__":
    main()
