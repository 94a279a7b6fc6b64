"""What the atheris targets share: instrumenting the code under test, and the
work budget they run it on."""

from __future__ import annotations

import importlib.util
from contextlib import AbstractContextManager, nullcontext

FUZZ_WORK = 20_000
"""A tenth of the work budget (``budget.MAX_WORK`` is 200,000): an input that
exhausts it is refused as surely, ten times sooner, so that mutations of the
budget's own test case stay quick."""


def instrumented() -> AbstractContextManager[object]:
    """Coverage feedback for libFuzzer: instrument the code under test as it is
    imported (only it: instrumenting everything loaded takes half a minute).
    Without atheris (fuzz/run_corpus.py) the same code runs uninstrumented."""
    if importlib.util.find_spec("atheris") is None:
        return nullcontext()
    import atheris

    context: AbstractContextManager[object] = atheris.instrument_imports()
    return context
