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
import shutil
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

from generate import claims_yaml  # noqa: E402 - the sibling scripts, not a package
from realistic import claims_yaml as realistic  # noqa: E402
from realistic import small_files  # noqa: E402

PY = sys.executable
# The console script pip installs, as a user runs it; `python -m` when there is none.
_SCRIPT = Path(PY).with_name("licang-check")
CLI = [str(_SCRIPT)] if _SCRIPT.exists() else [PY, "-m", "licang_check"]
FLOOR = [PY, "-c", "import typer, rich.table, yaml"]
COMPOSE = (
    "import gc, sys, yaml\ngc.disable()\n"
    "with open(sys.argv[1], 'rb') as f: yaml.compose(f, Loader=yaml.CSafeLoader)"
)
"""The like-for-like floor: libyaml composing the node tree, the collector
paused (as `verify` pauses it); PyYAML's constructor, which `verify` never
runs, is not in it."""
UNLIMITED = (
    "import sys\n"
    "import licang_check.claims.load as load, licang_check.run.budget as budget\n"
    "load.MAX_FILE_BYTES = load.MAX_CLAIMS = load.MAX_CHECKS = budget.MAX_WORK = 10**9\n"
    "from licang_check._cli.app import main\n"
    "sys.argv = ['licang-check', 'verify', '--format', 'json', sys.argv[1]]\n"
    "main()\n"
)
"""`verify --format json` with the size limits raised, for the growth to
100,000 claims (15 MiB, over the 4 MiB and 50,000-claim limits)."""
GENERATORS = {"generate": claims_yaml, "realistic": realistic}


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
        f"verify (table) / floor: {ratio(res['verify'], floor)}   (goal <= 1.0x, #18)",
        f"verify --format json / floor: {ratio(res['verify_json'], floor)}   (goal < 1.0x, #18)",
        f"--help / floor: {ratio(res['help'], floor)}",
    ]


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def size(sizes: Sequence[int], repeat: int) -> list[str]:
    """`verify --format json` against the GC-off compose of the same file, on
    both generators; peak RSS of both."""
    lines = ["## size (generated claims files; fresh process each; CPU time paired per round)"]
    with tempfile.TemporaryDirectory() as tmp:
        commands: dict[str, Sequence[str]] = {}
        files: dict[str, Path] = {}
        for gen, make in GENERATORS.items():
            for n in sizes:
                path = files[f"{gen} {n}"] = _write(Path(tmp) / f"{gen}-{n}.yaml", make(n))
                commands[f"compose {gen} {n}"] = [PY, "-c", COMPOSE, str(path)]
                commands[f"verify {gen} {n}"] = [*CLI, "verify", "--format", "json", str(path)]
        # every size in the same rounds, so that the growth is paired too
        res = compare(commands, Path(tmp), repeat)
        for gen in GENERATORS:
            for n in sizes:
                floor, verify = res[f"compose {gen} {n}"], res[f"verify {gen} {n}"]
                peak_v, peak_p = max(m.rss for m in verify), max(m.rss for m in floor)
                goal = " (goal <= 1.5x)" if gen == "realistic" else ""
                lines.append(
                    f"{gen:>9} {n:>6} claims ({files[f'{gen} {n}'].stat().st_size / 2**20:.1f} "
                    f"MiB): verify / GC-off compose = cpu {paired(verify, floor, 'cpu'):.2f}x"
                    f"{goal} (wall {paired(verify, floor, 'wall'):.2f}x; compose "
                    f"{median_ms(floor, 'cpu'):.0f} ms cpu); peak RSS {peak_v / 1024:.0f} MiB "
                    f"vs {peak_p / 1024:.0f} MiB = {peak_v / peak_p:.2f}x"
                    + (" (goal <= 1.3x)" if goal else "")
                )
    return lines


def growth(sizes: Sequence[int], repeat: int) -> list[str]:
    """CPU time per claim of `verify --format json` on the realistic mix, the
    file-size and claim-count limits raised (100,000 claims are over both)."""
    lines = ["## growth (realistic mix, limits raised; CPU per claim, paired per round)"]
    with tempfile.TemporaryDirectory() as tmp:
        commands: dict[str, Sequence[str]] = {
            str(n): [PY, "-c", UNLIMITED, str(_write(Path(tmp) / f"r{n}.yaml", realistic(n)))]
            for n in sizes
        }
        got = compare(commands, Path(tmp), repeat)
    res = {n: got[str(n)] for n in sizes}
    a = sizes[0]
    for n in sizes:
        per = median_ms(res[n], "cpu") / n * 1000
        lines.append(
            f"{n:>7} claims: {median_ms(res[n], 'cpu'):.0f} ms cpu, {per:.1f} µs a claim; "
            f"x{paired(res[n], res[a], 'cpu'):.2f} of {a} for {n / a:.0f}x the claims"
        )
    b = sizes[-1]
    lines.append(
        f"growth {a} -> {b} claims ({b / a:.0f}x): cpu x{paired(res[b], res[a], 'cpu'):.2f} "
        f"(goal <= {b / a * 1.1:.1f}x, linear)"
    )
    return lines


SPLIT = (
    "import resource, sys\n"
    "from licang_check.formats import OutputFormat, get_formatter\n"
    "from licang_check.run.results import Summary\n"
    "from licang_check.run.verify import verify_paths\n"
    "reports = verify_paths([sys.argv[1]])\n"
    "get_formatter(OutputFormat.JSON).render(reports, Summary.of(reports), color=False)\n"
    "cpu = lambda who: (lambda r: r.ru_utime + r.ru_stime)(resource.getrusage(who))\n"
    "print(cpu(resource.RUSAGE_SELF), cpu(resource.RUSAGE_CHILDREN))\n"
)
"""`verify --format json`'s work in one process, printing the CPU seconds of
the process itself and of its pool's workers."""


def many_files(count: int, claims: int, repeat: int) -> list[str]:
    """`verify --format json` over ``count`` small files in one call, with the
    process free to use every core, against the same run pinned to one core
    (``taskset``: the pool then sees one core and stays serial). On a busy
    machine no core is free and the wall times say nothing of the pool; the
    CPU times say what it would give where the cores are free: the process's
    own CPU plus its workers' shared out over them, against one core's CPU."""
    lines = [f"## many files ({count} files of {claims} claims in one call)"]
    if not shutil.which("taskset") or not hasattr(os, "sched_getaffinity"):
        return [*lines, "skipped: no taskset on this machine"]
    cores = len(os.sched_getaffinity(0))
    with tempfile.TemporaryDirectory() as tmp:
        small_files(Path(tmp), count, claims)
        cmd = [*CLI, "verify", "--format", "json", "f*.yaml"]
        res = compare({"one core": ["taskset", "-c", "0", *cmd], "all": cmd}, Path(tmp), repeat)
        splits = []
        for _ in range(repeat):
            out = subprocess.run(
                [PY, "-c", SPLIT, "f*.yaml"], cwd=tmp, capture_output=True, text=True, check=True
            ).stdout.split()
            splits.append((float(out[0]), float(out[1])))
    one, every = res["one core"], res["all"]
    lines.append(
        f"{cores} cores, measured: one core / all cores = wall {paired(one, every, 'wall'):.2f}x "
        f"(cpu {paired(every, one, 'cpu'):.2f}x of one core's); one core "
        f"{median_ms(one, 'wall'):.0f} ms wall, {median_ms(one, 'cpu'):.0f} ms cpu"
    )
    own, workers = (statistics.median(x[i] for x in splits) for i in (0, 1))
    if workers and cores > 1:
        free = own + workers / cores
        lines.append(
            f"where {cores} cores are free (from CPU: own {own * 1000:.0f} ms + workers "
            f"{workers * 1000:.0f} ms / {cores}): one core / all cores = "
            f"{median_ms(one, 'cpu') / 1000 / free:.2f}x (goal >= 1.6x)"
        )
    else:
        lines.append("no pool: one core, or too little work")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="tiny sizes, one repeat (CI)")
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument(
        "--only", choices=("startup", "size", "growth", "files"), help="run one part only"
    )
    args = parser.parse_args()
    repeat = 1 if args.smoke else args.repeat
    sizes = (50, 200) if args.smoke else (5000, 20000)
    growth_sizes = (50, 200, 1000) if args.smoke else (5000, 20000, 100000)
    files = (20, 10) if args.smoke else (1000, 20)
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
        lines += [*size(sizes, repeat), ""]
    if args.only in (None, "growth"):
        lines += [*growth(growth_sizes, repeat), ""]
    if args.only in (None, "files"):
        lines += many_files(*files, repeat)
    for line in lines:
        print(line, flush=True)
    print(f"\n(total {time.perf_counter() - t0:.0f} s)")


if __name__ == "__main__":
    main()
