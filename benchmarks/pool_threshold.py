"""Where the pool for many files starts to pay: `verify_paths` over N small
files in one process, with one process and with the pool forced, alternating.

    python benchmarks/pool_threshold.py 44 64 90 120 --rounds 30

For each N, writes N files of 20 claims of the realistic mix (the files of
`run.py`'s many-files part) and prints the medians of both wall times and
of their paired differences. `POOL_MIN_BYTES` (licang_check/run/verify.py)
belongs where the difference turns clearly negative. Run it on an idle
machine with two cores free: the pool's gain is wall time.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from realistic import small_files  # a sibling script, not a package


def main() -> None:
    """Measure each count of files given and print a line for it."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("counts", type=int, nargs="+", help="numbers of files")
    parser.add_argument("--rounds", type=int, default=30)
    args = parser.parse_args()

    from licang_check.run.verify import verify_paths

    gc.freeze()  # as the console script does: the imports are never collected
    with tempfile.TemporaryDirectory() as tmp:
        files = small_files(Path(tmp), max(args.counts))
        for n in args.counts:
            paths = [str(f) for f in files[:n]]
            size = sum(f.stat().st_size for f in files[:n])
            pairs = []
            for _ in range(args.rounds):
                t = time.perf_counter()
                verify_paths(paths, jobs=1)
                one = time.perf_counter() - t
                t = time.perf_counter()
                verify_paths(paths, jobs=2)
                pairs.append((one, time.perf_counter() - t))
            serial = statistics.median(a for a, _ in pairs) * 1000
            pool = statistics.median(b for _, b in pairs) * 1000
            diff = statistics.median(b - a for a, b in pairs) * 1000
            print(
                f"{n:>5} files ({size / 1024:.0f} KiB): one process {serial:.1f} ms, "
                f"pool {pool:.1f} ms, pool - one process {diff:+.1f} ms"
            )


if __name__ == "__main__":
    main()
