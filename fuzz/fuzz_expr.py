"""Atheris fuzz target: the expression parser, and evaluation in a check.

Any text must parse into a comparison or raise ExprError at an offset inside
it; as a check in a claims file it must give a verdict or a clean error. Any
other exception is a crash. See fuzz/README.md for how to run it.

    python fuzz/fuzz_expr.py -max_total_time=60 CORPUS_DIR fuzz/corpus/expr
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from harness import FUZZ_WORK, instrumented

with instrumented():
    from licang_check.claims.diagnostics import ClaimsFileError
    from licang_check.claims.expr import Comparison, ExprError, parse_check
    from licang_check.claims.load import parse_claims
    from licang_check.run import budget
    from licang_check.run.verify import run_checks

budget.MAX_WORK = FUZZ_WORK

CLAIMS_PATH = Path(__file__).parent / "claims.yaml"
CLAIMS = """\
version: 1
article:
  title: t
claims:
  a: {quote: q, value: 149, count: true, growth: 273%}
  b: {quote: q, value: 448.6亿}
  c: {quote: q, value: 0}
  d: {quote: q, value: 近7000万}
  e: {quote: q, value: 54.0%, of: a}
checks:
  - id: k
    expr: """


def check_one(text: str) -> None:
    """The property, for one expression text. Raises on anything else."""
    try:
        parsed = parse_check(text)
    except ExprError as e:
        if not 0 <= e.offset <= len(text):
            raise AssertionError(f"offset {e.offset} outside {text!r}") from None
    else:
        if not isinstance(parsed, Comparison):
            raise AssertionError(f"parsed into {parsed!r}")
    doc = CLAIMS + json.dumps(text, ensure_ascii=False) + "\n"  # a JSON string is YAML
    try:
        run_checks(parse_claims(doc, CLAIMS_PATH))
    except ClaimsFileError as e:
        for d in e.diagnostics:
            if d.line < 1 or d.column < 1:
                raise AssertionError(f"a diagnostic without a place: {d}") from None


def test_one_input(data: bytes) -> None:
    import atheris

    fdp = atheris.FuzzedDataProvider(data)
    check_one(fdp.ConsumeUnicodeNoSurrogates(fdp.remaining_bytes()))


def main() -> None:
    import atheris

    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
