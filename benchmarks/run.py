"""Benchmarks for licang-check, as ratios measured side by side in one run.

    python benchmarks/run.py            # the full run (5,000 and 20,000 claims)
    python benchmarks/run.py --smoke    # a tiny run, for CI: checks it works

Absolute times on a shared machine are noise; each figure here is a ratio
against a floor measured in the same run, interleaved with it:

1. start-up: `licang-check verify` (table and JSON) on the shipped
   claims.yaml, and `licang-check --help`, against
   `python -c "import typer, rich.table, yaml"`.
2. size: `verify --format json` on generated claims files, against a bare
   libyaml parse of the same file (`yaml.load(f, Loader=yaml.CSafeLoader)`),
   both in a fresh process; and the growth from 5,000 to 20,000 claims.
3. memory: peak RSS of those two processes.

Each ratio is the median over rounds of the ratio within a round (each
round runs every command once, one after the other, so a machine whose
speed drifts moves both sides of a ratio alike); in wall-clock time, then
in CPU time (user + system) in brackets. When the two disagree, the machine
was busy: run again.
"""

from __future__ import annotations

import argparse
import compileall
import importlib.util
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from generate import claims_yaml  # noqa: E402 - the sibling script, not a package

PY = sys.executable
# The console script pip installs, as a user runs it; `python -m` when there is none.
_SCRIPT = Path(PY).with_name("licang-check")
CLI = [str(_SCRIPT)] if _SCRIPT.exists() else [PY, "-m", "licang_check"]
FLOOR = [PY, "-c", "import typer, rich.table, yaml"]
BARE_PARSE = (
    "import sys, yaml\nwith open(sys.argv[1], 'rb') as f: yaml.load(f, Loader=yaml.CSafeLoader)"
)


class Measure(NamedTuple):
    wall: float
    """Seconds, wall clock."""
    cpu: float
    """Seconds of CPU, user and system."""
    rss: int
    """Peak resident memory, KiB."""


def run_once(cmd: Sequence[str], cwd: Path) -> Measure:
    """Wall time, CPU time and peak RSS of one run of ``cmd`` in a fresh process."""
    wrapper = (
        "import resource, subprocess, sys, time\n"
        "t = time.perf_counter()\n"
        "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
        "t = time.perf_counter() - t\n"
        "r = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
        "print(t, r.ru_utime + r.ru_stime, r.ru_maxrss)\n"
    )
    out = subprocess.run(
        [PY, "-c", wrapper, *cmd], cwd=cwd, capture_output=True, text=True, check=True
    ).stdout.split()
    return Measure(float(out[0]), float(out[1]), int(out[2]))


def compare(named: dict[str, Sequence[str]], cwd: Path, repeat: int) -> dict[str, list[Measure]]:
    """Every run of each command, ``repeat`` rounds of one run each, the
    commands interleaved round-robin within a round."""
    runs: dict[str, list[Measure]] = {k: [] for k in named}
    for _ in range(repeat):
        for name, cmd in named.items():
            runs[name].append(run_once(cmd, cwd))
    return runs


def paired(a: list[Measure], b: list[Measure], field: str) -> float:
    """The median over rounds of ``a / b`` (wall or cpu): each round's two runs
    were made moments apart, so a machine that speeds up or slows down
    between rounds (a shared VM does) moves both alike."""
    return float(
        statistics.median(getattr(x, field) / getattr(y, field) for x, y in zip(a, b, strict=True))
    )


def ratio(a: list[Measure], b: list[Measure]) -> str:
    """``a / b`` in wall time, then in CPU time: ``1.05x (cpu 0.98x)``."""
    return f"{paired(a, b, 'wall'):.2f}x (cpu {paired(a, b, 'cpu'):.2f}x)"


def median_ms(runs: list[Measure], field: str) -> float:
    return float(statistics.median(getattr(m, field) for m in runs)) * 1000


def compile_bytecode() -> str:
    """Write the package's .pyc files, as `pip install` does.

    With PYTHONDONTWRITEBYTECODE set (some sandboxes and CI images set it) and
    an editable install, every run would compile our modules from source: the
    benchmark would time the compiler, which no installed user pays.
    """
    spec = importlib.util.find_spec("licang_check")
    if spec is None or spec.origin is None:
        raise SystemExit("licang_check is not installed: pip install -e .")
    package = Path(spec.origin).parent
    compileall.compile_dir(package, quiet=1)
    return str(package)


def startup(repeat: int) -> list[str]:
    res = compare(
        {
            "floor": FLOOR,
            "verify": [*CLI, "verify"],
            "verify_json": [*CLI, "verify", "--format", "json"],
            "help": [*CLI, "--help"],
        },
        ROOT,
        repeat,
    )
    floor = res["floor"]
    return [
        "## start-up (shipped claims.yaml)",
        f"floor `import typer, rich.table, yaml`: {median_ms(floor, 'wall'):.0f} ms "
        f"(cpu {median_ms(floor, 'cpu'):.0f} ms; median of {repeat})",
        f"verify (table) / floor: {ratio(res['verify'], floor)}   (goal <= 1.2x)",
        f"verify --format json / floor: {ratio(res['verify_json'], floor)}   (goal < 1.0x)",
        f"--help / floor: {ratio(res['help'], floor)}",
    ]


def size(sizes: Sequence[int], repeat: int) -> list[str]:
    lines = ["## size (generated claims files; fresh process each)"]
    with tempfile.TemporaryDirectory() as tmp:
        commands: dict[str, Sequence[str]] = {}
        for n in sizes:
            path = Path(tmp) / f"claims-{n}.yaml"
            path.write_text(claims_yaml(n), encoding="utf-8")
            commands[f"parse {n}"] = [PY, "-c", BARE_PARSE, str(path)]
            commands[f"verify {n}"] = [*CLI, "verify", "--format", "json", str(path)]
        # every size in the same rounds, so that the growth is paired too
        res = compare(commands, Path(tmp), repeat)
        for n in sizes:
            parse, verify = res[f"parse {n}"], res[f"verify {n}"]
            peak_v, peak_p = max(m.rss for m in verify), max(m.rss for m in parse)
            lines.append(
                f"{n:>6} claims ({(Path(tmp) / f'claims-{n}.yaml').stat().st_size / 2**20:.1f} "
                f"MiB): verify / bare parse = {ratio(verify, parse)} (goal <= 1.5x); "
                f"peak RSS {peak_v / 1024:.0f} MiB vs {peak_p / 1024:.0f} MiB "
                f"= {peak_v / peak_p:.2f}x"
            )
    if len(sizes) >= 2:
        a, b = sizes[0], sizes[-1]
        small, big = res[f"verify {a}"], res[f"verify {b}"]
        lines.append(
            f"growth {a} -> {b} claims ({b / a:.0f}x): time x{paired(big, small, 'wall'):.2f} "
            f"(cpu x{paired(big, small, 'cpu'):.2f}; goal <= {b / a * 1.1:.1f}x)"
        )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="tiny sizes, one repeat (CI)")
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--only", choices=("startup", "size"), help="run one part only")
    args = parser.parse_args()
    repeat = 1 if args.smoke else args.repeat
    sizes = (50, 200) if args.smoke else (5000, 20000)
    print(f"# licang-check benchmarks on {platform.node() or 'this machine'}")
    print(
        f"python {platform.python_version()}, {platform.machine()}, "
        f"{os.cpu_count()} cpus, {platform.platform()}"
    )
    print(f"bytecode compiled for {compile_bytecode()}; running {' '.join(CLI)}")
    t0 = time.perf_counter()
    lines: list[str] = []
    if args.only in (None, "startup"):
        lines += [*startup(repeat), ""]
    if args.only in (None, "size"):
        lines += size(sizes, repeat)
    for line in lines:
        print(line, flush=True)
    print(f"\n(total {time.perf_counter() - t0:.0f} s)")


if __name__ == "__main__":
    main()
