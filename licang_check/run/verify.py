"""``verify``: check claims files and report every result."""

from __future__ import annotations

import dataclasses
import gc
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
from licang_check.kinds import CHECK_KINDS, CLAIM_KINDS
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
            if keep_claims:
                report.claims = cf
    except ClaimsFileError as e:
        report.errors = e.diagnostics
    return report


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
    still frees everything; the collector runs again afterwards.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def verify_paths(
    paths: list[str],
    defaults: Defaults | None = None,
    *,
    keep_claims: bool = False,
    accept: bool = True,
    override: Override | None = None,
) -> list[FileReport]:
    """One report per file, in order; a glob stands for the files it matches,
    and one that matches none is reported as an error (see ``paths``)."""
    from licang_check.run.progress import task

    targets = expand_paths(paths)
    bar = task(t("progress.files"), len(targets)) if len(targets) > 1 else None
    reports = []
    for target in targets:
        if target.error:
            reports.append(
                FileReport(
                    target.path,
                    errors=[Diagnostic(1, 1, target.error)],
                    matched=target.matched,
                )
            )
        else:
            report = verify_file(
                target.path, defaults, keep_claims=keep_claims, accept=accept, override=override
            )
            reports.append(report)
        if bar is not None:
            bar.advance()
    return reports
