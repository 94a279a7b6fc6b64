"""``verify``: check claims files and report every result."""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import NamedTuple

from licang_check._i18n.messages import t
from licang_check.claims.diagnostics import ClaimsFileError, Diagnostic
from licang_check.claims.load import (
    ACCEPT_ANY,
    ClaimsFile,
    Defaults,
    capped,
    load_claims,
    load_stdin,
)
from licang_check.kinds import CHECK_KINDS, CLAIM_KINDS, entry_results
from licang_check.kinds import get as kind_of
from licang_check.kinds.base import CheckError, Context, Scope
from licang_check.numeric.exact import Fraction
from licang_check.numeric.rounding import RoundingMode
from licang_check.run.budget import WorkLimitExceeded, work_budget
from licang_check.run.paths import STDIN, expand_paths
from licang_check.run.results import FileReport, Result

__all__ = ["Override", "run_checks", "verify_file", "verify_paths"]


class Override(NamedTuple):
    """``verify --rounding`` / ``--tolerance``: they win over the claims
    file's own ``rounding:`` and ``tolerance:`` and the configuration's
    (None: not given)."""

    rounding: RoundingMode | None = None
    tolerance: Fraction | None = None


def run_checks(cf: ClaimsFile) -> list[Result]:
    """Every result for a loaded claims file: each claim's results in file
    order (its kinds in the registry's order), then each check's.

    Raises :class:`ClaimsFileError` if a check cannot be evaluated, or if the
    file spends more than its work budget (``budget.MAX_WORK``).
    """
    results: list[Result] = []
    ctx = Context(cf)
    kinds = [(kind.applies, kind.check) for kind in CLAIM_KINDS]
    with work_budget():
        for claim in cf.claims.values():
            try:
                for applies, check_claim in kinds:
                    if applies(cf, claim):
                        results.append(check_claim(ctx, claim))
                if claim.relations.changes:
                    results.extend(entry_results(ctx, claim))
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
    path: str,
    defaults: Defaults | None = None,
    *,
    keep_claims: bool = False,
    accept: bool = True,
    override: Override | None = None,
) -> FileReport:
    """Load and check one claims file (``-``: the standard input); errors
    are reported, not raised.

    ``defaults`` (rounding, tolerance) apply where the file gives none;
    ``keep_claims`` keeps the loaded file in the report; ``accept`` (not
    ``--no-accept``) marks the results its ``accept:`` notes cover."""
    report = FileReport(path)
    try:
        with gc_paused():
            # in a function of its own, so that the loaded file is freed
            # before the collector runs again (it would pass over all of it)
            _check_into(report, path, defaults, keep_claims, accept, override)
    except ClaimsFileError as e:
        report.errors = e.diagnostics
    return report


def _check_into(
    report: FileReport,
    path: str,
    defaults: Defaults | None,
    keep_claims: bool,
    accept: bool,
    override: Override | None,
) -> None:
    """Load and check one file into ``report`` (see :func:`verify_file`)."""
    cf = load_stdin(defaults) if path == STDIN else load_claims(Path(path), defaults)
    if override is not None and override != Override():
        cf = dataclasses.replace(
            cf,
            rounding=override.rounding or cf.rounding,
            tolerance=cf.tolerance if override.tolerance is None else override.tolerance,
        )
    results = run_checks(cf)
    from licang_check.kinds.modes import annotate

    report.results = annotate(cf, results)
    if accept:
        report.results = with_accepts(cf, report.results)
    report.reads = _reads(cf)
    if keep_claims:
        report.claims = cf


def _reads(cf: ClaimsFile) -> tuple[Path, ...]:
    """The article and source files ``cf`` names (each read while checking it)."""
    named = [cf.text_path] + [s.path for s in cf.sources.values()]
    return tuple(p for p in named if p is not None)


def with_accepts(cf: ClaimsFile, results: list[Result]) -> list[Result]:
    """``results`` with the reason of the ``accept:`` note that covers each:
    a check's covers its result; a claim's mapping, its results of the kinds
    it names; a claim's ``accept: REASON``, its inconsistent results, or (if
    all are consistent now) its first, so that the note is reported once."""
    checks = {c.id: c.accept for c in cf.checks if c.accept is not None}
    if not checks and all(c.accept is None for c in cf.claims.values()):
        return results
    out = list(results)
    any_note: dict[str, list[int]] = {}  # claim id -> its results' indexes
    for i, r in enumerate(results):
        if kind_of(r.kind).scope is Scope.CHECK:
            reason = checks.get(r.id)
        else:
            claim = cf.claims.get(r.id)
            if claim is None or claim.accept is None:
                continue
            if ACCEPT_ANY in claim.accept:
                any_note.setdefault(r.id, []).append(i)
                continue
            reason = claim.accept.get(r.kind.value)
        if reason is not None:
            out[i] = r._replace(accept=reason)
    for cid, indexes in any_note.items():
        reason = cf.claims[cid].accept[ACCEPT_ANY]  # type: ignore[index]
        covered = [i for i in indexes if not results[i].consistent] or indexes[:1]
        for i in covered:
            out[i] = results[i]._replace(accept=reason)
    return out


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a file is loaded and checked.

    Composing YAML allocates a node and two marks for every scalar, none of
    them in a cycle; with the collector on, its passes over those objects
    cost more than the parsing itself (measured: 20,000 claims load in 0.8 s
    with it paused, 2.6 s without; see benchmarks/). Reference counting
    still frees everything (``tests/run/test_no_cycles.py``); the collector
    runs again afterwards.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


POOL_MIN_BYTES = 256 * 1024
"""Files to check adding up to at least this many bytes are shared out to a
pool of worker processes, one per core: below it, starting the pool costs
more than it saves (measured in benchmarks/README.md). A single file is
always checked here, whatever its size."""


def verify_paths(
    paths: list[str],
    defaults: Defaults | None = None,
    *,
    keep_claims: bool = False,
    accept: bool = True,
    override: Override | None = None,
    jobs: int | None = None,
) -> list[FileReport]:
    """One report per file, in order; a glob stands for the files it matches,
    and one that matches none is reported as an error (see ``paths``).

    Many files are checked by a pool of processes when there is more than one
    core to use (``jobs``, by default the cores this process may run on) and
    enough work to pay for starting it (:data:`POOL_MIN_BYTES`); the reports
    are the same, in the same order, as checking them one by one. A progress
    bar counts the files on a terminal's stderr (``run.progress``)."""
    from licang_check.run.progress import task

    targets = expand_paths(paths)
    files = [t.path for t in targets if not t.error]
    checked: Iterator[FileReport]
    workers = _workers(files, jobs, keep_claims)
    if workers > 1:
        checked = _in_pool(files, _Job(defaults, accept, override), workers)
    else:
        checked = (
            verify_file(f, defaults, keep_claims=keep_claims, accept=accept, override=override)
            for f in files
        )
    bar = task(t("progress.files"), len(targets)) if len(targets) > 1 else None
    reports = []
    for target in targets:
        if target.error:
            errors = [Diagnostic(1, 1, target.error)]
            reports.append(FileReport(target.path, errors=errors, matched=target.matched))
        else:
            reports.append(next(checked))
        if bar is not None:
            bar.advance()
    return reports


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


class _Job(NamedTuple):
    """What every file of a pooled run is checked with."""

    defaults: Defaults | None
    accept: bool
    override: Override | None


_pool_job = _Job(None, True, None)


def _check_in_worker(path: str) -> FileReport:
    job = _pool_job
    return verify_file(path, job.defaults, accept=job.accept, override=job.override)


def _in_pool(files: list[str], job: _Job, workers: int) -> Iterator[FileReport]:
    """The reports of ``files``, in order, checked by ``workers`` forked processes."""
    import multiprocessing  # only on this path: one file never pays for it

    global _pool_job
    _pool_job = job  # inherited by the forked workers
    # Chunks small enough to share the work out evenly, large enough that
    # sending the reports back is not per file.
    chunk = max(1, min(32, len(files) // (workers * 8)))
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        yield from pool.imap(_check_in_worker, files, chunksize=chunk)
