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

from licang_check.kinds import expr, growth, quote, share, source
from licang_check.kinds.base import CheckKind, Scope
from licang_check.run.results import Kind

__all__ = ["CHECK_KINDS", "CLAIM_KINDS", "KINDS", "get"]

KINDS: dict[Kind, CheckKind[Any]] = {
    k.kind: k
    for k in (
        quote.KIND,
        growth.KIND,
        share.KIND,
        expr.KIND,
        source.KIND,
    )
}
"""Every kind, in the order a claim's results are listed."""

CLAIM_KINDS: tuple[CheckKind[Any], ...] = tuple(k for k in KINDS.values() if k.scope is Scope.CLAIM)
CHECK_KINDS: tuple[CheckKind[Any], ...] = tuple(k for k in KINDS.values() if k.scope is Scope.CHECK)


def get(kind: Kind) -> CheckKind[Any]:
    """The kind whose results carry ``kind``."""
    return KINDS[kind]
