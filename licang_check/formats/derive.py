"""Rendering ``derive growth``: JSON as the contract shows, or a Rich table.

The growth result is one of the derive family's; it renders as they all do
(:mod:`licang_check.formats.derivation`).
"""

from __future__ import annotations

from typing import Any

from licang_check.formats import derivation
from licang_check.solve.derivations import GrowthDerivation

__all__ = ["derivation_dict", "render_json", "render_table"]


def derivation_dict(d: GrowthDerivation) -> dict[str, Any]:
    return derivation.derivation_dict(d.derivation)


def render_json(d: GrowthDerivation) -> str:
    return derivation.render_json(d.derivation)


def render_table(d: GrowthDerivation, *, color: bool) -> str:
    return derivation.render_table(d.derivation, color=color)
