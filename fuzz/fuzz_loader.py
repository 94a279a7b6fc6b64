"""Atheris fuzz target: the claims-file loader and the checks behind it.

Any input must give results or a clean ClaimsFileError (every diagnostic at a
line and column of at least 1, with a message); any other exception is a
crash. See fuzz/README.md for how to run it.

    python fuzz/fuzz_loader.py -max_total_time=60 CORPUS_DIR fuzz/corpus/loader
"""

from __future__ import annotations

import sys
from pathlib import Path

from harness import FUZZ_WORK, instrumented

with instrumented():
    from licang_check.claims.diagnostics import ClaimsFileError
    from licang_check.claims.load import parse_claims
    from licang_check.formats.json import JsonFormatter
    from licang_check.run import budget
    from licang_check.run.results import FileReport, Summary
    from licang_check.run.verify import run_checks

budget.MAX_WORK = FUZZ_WORK

HERE = Path(__file__).parent
CLAIMS_PATH = HERE / "claims.yaml"
"""Where the input pretends to live: an article.text is looked for next to it."""


def check_one(data: bytes) -> None:
    """The property: results, or a clean error. Raises on anything else."""
    report = FileReport(str(CLAIMS_PATH))
    try:
        report.results = run_checks(parse_claims(data, CLAIMS_PATH))
    except ClaimsFileError as e:
        if not e.diagnostics:
            raise AssertionError("a ClaimsFileError with no diagnostic") from None
        for d in e.diagnostics:
            if d.line < 1 or d.column < 1 or not d.message.strip():
                raise AssertionError(f"a diagnostic without a place or message: {d}") from None
        report.errors = e.diagnostics
    JsonFormatter().render([report], Summary.of([report]), color=False)


def test_one_input(data: bytes) -> None:
    """libFuzzer's entry point: the bytes as they are, or read as text."""
    import atheris

    fdp = atheris.FuzzedDataProvider(data)
    if fdp.ConsumeBool():
        check_one(fdp.ConsumeBytes(fdp.remaining_bytes()))
    else:
        text = fdp.ConsumeUnicodeNoSurrogates(fdp.remaining_bytes())
        check_one(text.encode("utf-8"))


def main() -> None:
    import atheris

    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
