"""``verify``: check claims files and report every result."""

from __future__ import annotations

import contextlib
import gc
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from licang_check._i18n.messages import t
from licang_check.claims.diagnostics import ClaimsFileError, Diagnostic
from licang_check.claims.load import ClaimsFile, Defaults, capped, load_claims, load_stdin
from licang_check.kinds import CHECK_KINDS, CLAIM_KINDS
from licang_check.kinds.base import CheckError, Context
from licang_check.run.budget import WorkLimitExceeded, work_budget
from licang_check.run.paths import STDIN, expand_paths
from licang_check.run.results import FileReport, Result

__all__ = ["run_checks", "verify_file", "verify_paths"]


def run_checks(cf: ClaimsFile) -> list[Result]:
    """Every result for a loaded claims file: each claim's results in file
    order (its kinds in the registry's order), then each check's.

    Raises :class:`ClaimsFileError` if a check cannot be evaluated, or if the
    file spends more than its work budget (``budget.MAX_WORK``).
    """
    results: list[Result] = []
    ctx = Context(cf)
    with work_budget():
        for claim in cf.claims.values():
            try:
                for kind in CLAIM_KINDS:
                    if kind.applies(cf, claim):
                        results.append(kind.check(ctx, claim))
            except WorkLimitExceeded as e:
                message = t("load.detail", what=t("what.claim", id=claim.id), detail=e)
                d = Diagnostic(claim.pos.line, claim.pos.column, message)
                raise ClaimsFileError([d]) from None
        errors = []
        for check in cf.checks:
            try:
                for kind in CHECK_KINDS:
                    results.append(kind.check(ctx, check))
            except CheckError as e:
                errors.append(e.diagnostic)
            except WorkLimitExceeded as e:
                at = check.pos
                message = t("load.detail", what=t("what.check_named", id=check.id), detail=e)
                errors.append(Diagnostic(at.line, at.column, message))
                break
    if errors:
        raise ClaimsFileError(capped(errors))
    return results


def verify_file(
    path: str, defaults: Defaults | None = None, *, keep_claims: bool = False
) -> FileReport:
    """Load and check one claims file (``-``: the standard input); errors
    are reported, not raised.

    ``defaults`` (rounding, tolerance) apply where the file gives none;
    ``keep_claims`` keeps the loaded file in the report."""
    report = FileReport(path)
    try:
        with gc_paused():
            cf = load_stdin(defaults) if path == STDIN else load_claims(Path(path), defaults)
            results = run_checks(cf)
            from licang_check.kinds.modes import annotate

            report.results = annotate(cf, results)
            if keep_claims:
                report.claims = cf
    except ClaimsFileError as e:
        report.errors = e.diagnostics
    return report


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a file is loaded and checked.

    Composing YAML allocates a node and two marks for every scalar, none of
    them in a cycle; with the collector on, its passes over those objects
    cost more than the parsing itself (measured: 20,000 claims load in 0.8 s
    with it paused, 2.6 s without; see benchmarks/). Reference counting
    still frees everything; the collector runs again afterwards.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


POOL_MIN_BYTES = 128 * 1024
"""Files to check adding up to at least this many bytes are shared out to a
pool of worker processes, one per core: below it, starting the pool costs
more than it saves (measured in benchmarks/README.md). A single file is
always checked here, whatever its size."""


def verify_paths(
    paths: list[str],
    defaults: Defaults | None = None,
    *,
    keep_claims: bool = False,
    jobs: int | None = None,
) -> list[FileReport]:
    """One report per file, in order; a glob stands for the files it matches,
    and one that matches none is reported as an error (see ``paths``).

    Many files are checked by a pool of processes when there is more than one
    core to use (``jobs``, by default the cores this process may run on) and
    enough work to pay for starting it (:data:`POOL_MIN_BYTES`); the reports
    are the same, in the same order, as checking them one by one."""
    targets = expand_paths(paths)
    files = [t.path for t in targets if not t.error]
    checked: Iterator[FileReport]
    workers = _workers(files, jobs, keep_claims)
    if workers > 1:
        checked = _in_pool(files, defaults, workers)
    else:
        checked = (verify_file(f, defaults, keep_claims=keep_claims) for f in files)
    return [
        FileReport(t.path, errors=[Diagnostic(1, 1, t.error)], matched=t.matched)
        if t.error
        else next(checked)
        for t in targets
    ]


def _workers(files: list[str], jobs: int | None, keep_claims: bool) -> int:
    """How many processes to check ``files`` with: 1 (this one) unless there
    are several files, several cores, and work enough."""
    if len(files) < 2 or keep_claims or STDIN in files or not _can_fork():
        # keep_claims: the HTML report's loaded files stay in this process;
        # standard input is read here
        return 1
    if jobs is None:
        cores = os.sched_getaffinity(0) if hasattr(os, "sched_getaffinity") else None
        jobs = len(cores) if cores is not None else (os.cpu_count() or 1)
        if jobs < 2 or _total_bytes(files) < POOL_MIN_BYTES:
            return 1
    return max(1, min(jobs, len(files)))


def _can_fork() -> bool:
    """A forked worker starts with every module already imported and the
    run's language set; elsewhere (spawn) the pool would start too slowly."""
    return sys.platform.startswith("linux")


def _total_bytes(files: list[str]) -> int:
    total = 0
    for f in files:
        with contextlib.suppress(OSError):  # reported by the loader, in its turn
            total += os.stat(f).st_size
        if total >= POOL_MIN_BYTES:
            break
    return total


_pool_defaults: Defaults | None = None


def _check_in_worker(path: str) -> FileReport:
    return verify_file(path, _pool_defaults)


def _in_pool(files: list[str], defaults: Defaults | None, workers: int) -> Iterator[FileReport]:
    """The reports of ``files``, in order, checked by ``workers`` forked processes."""
    import multiprocessing  # only on this path: one file never pays for it

    global _pool_defaults
    _pool_defaults = defaults  # inherited by the forked workers
    # Chunks small enough to share the work out evenly, large enough that
    # sending the reports back is not per file.
    chunk = max(1, min(32, len(files) // (workers * 8)))
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        yield from pool.imap(_check_in_worker, files, chunksize=chunk)
