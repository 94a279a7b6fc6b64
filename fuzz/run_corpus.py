"""The fuzz targets' properties without atheris, in plain Python.

Where atheris (libFuzzer) cannot be installed, CI runs this instead: each
target's ``check_one`` over its seed corpus, the bad-input catalogue and the
shipped claims.yaml, then over a fixed number of random mutations of them
(seeded, so a failure is reproducible with the same ``--seed``). Any exception
other than the clean errors the targets allow is a failure: the input is
saved to ``crash-<target>-<n>`` and the exception raised.

    python fuzz/run_corpus.py --runs 2000 --seed 0
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import fuzz_expr  # noqa: E402
import fuzz_extract  # noqa: E402
import fuzz_loader  # noqa: E402

EXPR_ALPHABET = "abcde_prior()0123456789.,%+-*/=<>! 亿万千百十一两'\"[]{}:;#@$`\\\t\n&|^~λ"


def _mutate(data: bytes, rng: random.Random, others: list[bytes]) -> bytes:
    """A few byte-level edits: flip, insert, delete, duplicate, splice."""
    buf = bytearray(data)
    for _ in range(rng.randint(1, 6)):
        op = rng.choice(("flip", "insert", "delete", "duplicate", "splice"))
        at = rng.randint(0, len(buf))
        if op == "flip" and buf:
            i = min(at, len(buf) - 1)
            buf[i] ^= 1 << rng.randint(0, 7)
        elif op == "insert":
            buf[at:at] = bytes([rng.choice(b":-&*!|>'\"#{}[]\t\n %")]) * rng.randint(1, 3)
        elif op == "delete":
            del buf[at : at + rng.randint(1, 40)]
        elif op == "duplicate":
            end = min(len(buf), at + rng.randint(1, 200))
            buf[at:at] = buf[at:end]
        elif others:
            other = rng.choice(others)
            start = rng.randint(0, len(other))
            buf[at:at] = other[start : start + rng.randint(1, 200)]
    return bytes(buf)


def loader_inputs(runs: int, rng: random.Random) -> Iterator[bytes]:
    seeds = [p.read_bytes()[1:] for p in sorted((HERE / "corpus" / "loader").iterdir())]
    seeds += [p.read_bytes() for p in sorted((ROOT / "tests" / "bad_inputs").glob("*.yaml"))]
    seeds.append((ROOT / "claims.yaml").read_bytes())
    yield from seeds
    for _ in range(runs):
        yield _mutate(rng.choice(seeds), rng, seeds)


def expr_inputs(runs: int, rng: random.Random) -> Iterator[str]:
    seeds = [
        p.read_bytes()[1:].decode("utf-16-le") for p in sorted((HERE / "corpus" / "expr").iterdir())
    ]
    yield from seeds
    for i in range(runs):
        if i % 2:
            yield "".join(rng.choice(EXPR_ALPHABET) for _ in range(rng.randint(0, 40)))
        else:
            raw = _mutate(rng.choice(seeds).encode("utf-8"), rng, [])
            yield raw.decode("utf-8", errors="replace")


def extract_inputs(runs: int, rng: random.Random) -> Iterator[bytes]:
    seeds = [p.read_bytes() for p in sorted((HERE / "corpus" / "extract").iterdir())]
    seeds.append((ROOT / "article.txt").read_bytes())
    yield from seeds
    for _ in range(runs):
        yield _mutate(rng.choice(seeds), rng, seeds)


def _run(name: str, check: Callable[[bytes], None], inputs: Iterator[bytes]) -> int:
    n = 0
    for n, data in enumerate(inputs, 1):
        try:
            check(data)
        except BaseException:
            crash = Path(f"crash-{name}-{n}")
            crash.write_bytes(data)
            print(f"{name}: input {n} failed; saved as {crash}", file=sys.stderr)
            raise
    return n


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=2000, help="random inputs per target")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    done = _run("loader", fuzz_loader.check_one, loader_inputs(args.runs, rng))
    texts = (t.encode("utf-8") for t in expr_inputs(args.runs, rng))
    done_expr = _run("expr", lambda b: fuzz_expr.check_one(b.decode("utf-8")), texts)
    done_extract = _run("extract", fuzz_extract.check_one, extract_inputs(args.runs // 4, rng))
    print(
        f"fuzz (plain Python): loader {done} inputs, expr {done_expr} inputs,"
        f" extract {done_extract} inputs, no failure"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
