"""The check kinds, one module each, and their registry.

Each module (``quote``, ``growth``, ``share``, ``source``, ``expr``) holds one
:class:`~licang_check.kinds.base.CheckKind` as ``KIND``: its verdict, the
figures it depends on, its verdict under every rounding mode, its
explanation steps and its nearest consistent figures. ``verify``,
``explain``, :mod:`~licang_check.kinds.modes` and every format find a kind
here, by the :class:`~licang_check.run.results.Kind` its results carry, and
never by name. Adding a kind: a member of ``Kind``, a module, a line below
(see docs/claims-format.md, "Adding a check kind").
"""

from __future__ import annotations

from typing import Any

from licang_check.claims.load import Claim, ClaimsFile
from licang_check.kinds import (
    change,
    conversion,
    expr,
    growth,
    points,
    proportion,
    quote,
    ratio,
    share,
    source,
)
from licang_check.kinds.base import CheckKind, Context, Scope
from licang_check.kinds.relations import entry_claim
from licang_check.run.results import Kind, Result

__all__ = [
    "CHECK_KINDS",
    "CLAIM_KINDS",
    "KINDS",
    "asked_kinds",
    "entry_results",
    "get",
    "subject_for",
]

KINDS: dict[Kind, CheckKind[Any]] = {
    k.kind: k
    for k in (
        quote.KIND,
        growth.KIND,
        share.KIND,
        expr.KIND,
        # the relations of the claims-format extensions (after v1's kinds, so
        # that those keep their place, and their SARIF rules their index)
        points.KIND,
        change.KIND,
        ratio.KIND,
        proportion.KIND,
        conversion.KIND,
        # where the figures come from (sources:, source:)
        source.KIND,
    )
}
"""Every kind, in the order a claim's results are listed."""

CLAIM_KINDS: tuple[CheckKind[Any], ...] = tuple(k for k in KINDS.values() if k.scope is Scope.CLAIM)
CHECK_KINDS: tuple[CheckKind[Any], ...] = tuple(k for k in KINDS.values() if k.scope is Scope.CHECK)


def get(kind: Kind) -> CheckKind[Any]:
    """The kind whose results carry ``kind``."""
    return KINDS[kind]


def asked_kinds(cf: ClaimsFile, claim: Claim) -> set[str]:
    """The names of the claim kinds a claim asks for a result of as written
    (:meth:`CheckKind.asked`), its ``changes:`` list's included: what its
    ``accept:`` may name."""
    entries = [entry_claim(claim, ch.on) for ch in claim.relations.changes if ch.on is not None]
    return {
        k.kind.value
        for k in CLAIM_KINDS
        if k.asked(cf, claim) or any(k.asked(cf, e) for e in entries)
    }


def entry_results(ctx: Context, claim: Claim) -> list[Result]:
    """The results of the changes in a claim's ``changes:`` list: each
    checked by the claim kinds as a claim of its own (``entry_claim``), its
    results under the claim's id with the change's ``on``."""
    out = []
    for ch in claim.relations.changes:
        assert ch.on is not None
        entry = entry_claim(claim, ch.on)
        for kind in CLAIM_KINDS:
            if kind.applies(ctx.cf, entry):
                r = kind.check(ctx, entry)
                printed = r.printed if r.on else f"{r.printed} ({ch.on})"
                out.append(r._replace(id=claim.id, on=ch.on, printed=printed))
    return out


def subject_for(kind: CheckKind[Any], ctx: Context, r: Result) -> Any:
    """What a result is about: the claim or check named by its id, or for a
    change of a ``changes:`` list (``r.on``), the claim that stands for it."""
    if r.on:
        return entry_claim(ctx.cf.claims[r.id], r.on)
    return kind.subject(ctx, r.id)
