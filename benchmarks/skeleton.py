"""The least Python work a `verify` of a claims file could do, against the
GC-off compose: what #18's 1.5x leaves once libyaml has given the events.

    python benchmarks/realistic.py 20000 -o mix.yaml
    python benchmarks/skeleton.py mix.yaml

In one process with the collector off, each step's CPU as a multiple of
`yaml.compose(data, Loader=CSafeLoader)`:

1. libyaml's events alone (`CParser.get_event` until the stream ends);
2. the events made into plain dicts and lists of `(text, line)` pairs: a
   loader that keeps a line per scalar and validates nothing;
3. each claim's `value:` read by one regular expression into an exact
   `Fraction` and its decimal places;
4. one check per claim: the value's half-up interval, and for a growth the
   interval of the prior it implies (two divisions, one comparison);
5. one small dict per claim written as JSON.

Nothing else `verify` does is here: no diagnostics, no positions beyond the
line, no qualifiers, units, shares, expressions or Chinese numerals, no
rounding modes other than half-up, no messages. The sum is a floor for any
design that builds claims in Python from PyYAML's events.
"""

from __future__ import annotations

import argparse
import gc
import json
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import yaml
from yaml import _yaml, events

from licang_check.numeric.exact import Fraction

_T = TypeVar("_T")
_FIGURE = re.compile(r"(近|超过)?(-?\d+(?:\.\d+)?)(%|亿|万)?(以上)?")
Scalar = tuple[str, int]


def _events(data: bytes) -> None:
    get = _yaml.CParser(data).get_event
    while type(get()) is not events.StreamEndEvent:
        pass


def _dicts(data: bytes) -> Any:
    get = _yaml.CParser(data).get_event
    stack: list[Any] = []
    keys: list[str | None] = []
    top: Any = None
    while True:
        ev: Any = get()
        c = type(ev)
        if c is events.ScalarEvent:
            node: Any = (ev.value, ev.start_mark.line)
        elif c is events.MappingStartEvent or c is events.SequenceStartEvent:
            node = {} if c is events.MappingStartEvent else []
        elif c is events.MappingEndEvent or c is events.SequenceEndEvent:
            top = stack.pop()
            keys.pop()
            continue
        elif c is events.StreamEndEvent:
            return top
        else:
            continue
        if stack:
            parent = stack[-1]
            if type(parent) is list:
                parent.append(node)
            elif keys[-1] is None:
                keys[-1] = node[0]
            else:
                parent[keys[-1]] = node
                keys[-1] = None
        if type(node) is not tuple:
            stack.append(node)
            keys.append(None)


def _figures(doc: Any) -> list[tuple[str, Fraction, int, Scalar | None]]:
    out = []
    for cid, claim in doc["claims"].items():
        value = claim.get("value")
        m = _FIGURE.fullmatch(value[0]) if value else None
        if m:
            places = len(m[2].partition(".")[2])
            out.append((cid, Fraction(m[2]), places, claim.get("growth")))
    return out


def _checks(figures: list[tuple[str, Fraction, int, Scalar | None]]) -> list[dict[str, Any]]:
    results = []
    for cid, x, places, growth in figures:
        half = Fraction(5, 10 ** (places + 1))
        lo, hi = x - half, x + half
        ok = True
        m = _FIGURE.fullmatch(growth[0]) if growth else None
        if m:
            g = Fraction(m[2]) / 100
            ok = lo / (1 + g + Fraction(1, 2000)) <= hi / (1 + g - Fraction(1, 2000))
        results.append({"id": cid, "kind": "growth", "consistent": ok, "message": f"{lo}..{hi}"})
    return results


def _cpu(f: Callable[[], _T]) -> tuple[float, _T]:
    t = time.process_time()
    got = f()
    return time.process_time() - t, got


def main() -> None:
    """Print each step's CPU against the compose's."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("file", type=Path)
    data = parser.parse_args().file.read_bytes()
    gc.disable()
    compose, _ = _cpu(lambda: yaml.compose(data, Loader=yaml.CSafeLoader))
    alone, _ = _cpu(lambda: _events(data))
    loading, doc = _cpu(lambda: _dicts(data))
    reading, figures = _cpu(lambda: _figures(doc))
    checking, results = _cpu(lambda: _checks(figures))
    writing, _ = _cpu(lambda: json.dumps(results, ensure_ascii=False))
    total = loading + reading + checking + writing
    print(f"GC-off compose: {compose * 1000:.0f} ms CPU")
    for name, spent in (
        ("events alone", alone),
        ("events -> dicts", loading),
        ("+ values read", reading),
        ("+ one check each", checking),
        ("+ JSON", writing),
        ("skeleton in all", total),
    ):
        print(f"{name:>17}: {spent / compose:.2f}x")


if __name__ == "__main__":
    main()
