"""The nearest consistent figures: for an inconsistent growth or share, the
printed values nearest to each figure that would make it fit.

"150 projects, up 273%" has no whole prior (150/40 is +275%, 150/41 is
+265.9%). Stepping the current by its last printed digit, 149 fits (149/40 is
+272.5%, 273% under half-up) and so does 153 (41 × 3.73); stepping the
growth, 275% and 266% fit. The editor sees the likely typo.

Each figure is stepped one unit of its last printed digit at a time, down and
up, at most :data:`MAX_STEPS` units each way, and the first value that fits on
each side is kept (the nearer first). The other figures stay as printed, and
the check is the same check, with the same rounding and exact arithmetic. A
qualified figure (近, 约, 超 …) is not stepped: its interval is not a matter
of its last digit. A count or amount never steps to zero or below, a share
below zero, or a growth to −100% or below.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from licang_check._i18n.messages import t
from licang_check.claims.load import Claim, ClaimsFile
from licang_check.figures.display import format_fixed
from licang_check.figures.grammar import Figure
from licang_check.kinds.checks import implied_prior
from licang_check.numeric.exact import Fraction
from licang_check.numeric.wholes import share_part
from licang_check.run.budget import spend

__all__ = ["MAX_STEPS", "Nearest", "describe", "nearest_growth", "nearest_share"]

MAX_STEPS = 50
"""How many units of the last printed digit a figure is stepped each way."""

Nearest = tuple[tuple[str, tuple[str, ...]], ...]
"""Per figure (``current``, ``growth``, ``share``, ``whole``) the nearest
printed values that fit, the nearer first."""


# The least value a stepped figure may take, and whether that value itself is allowed.
_POSITIVE = (Fraction(0), False)  # counts and amounts
_NOT_NEGATIVE = (Fraction(0), True)  # shares
_ABOVE_MINUS_100 = (Fraction(-1), False)  # growths


def _stepped(fig: Figure, steps: int, least: tuple[Fraction, bool]) -> Figure | None:
    value = fig.value + steps * fig.unit
    if value < least[0] or (value == least[0] and not least[1]):
        return None
    text = format_fixed(value, fig.unit, fig.scale)
    return fig._replace(value=value, text=text, digits=text)


def _fitting(
    fig: Figure, fits: Callable[[Figure], bool], least: tuple[Fraction, bool]
) -> tuple[str, ...]:
    """The nearest printed values below and above ``fig`` that fit (none below ``least``)."""
    if any(q not in ("达", "达到") for q in fig.qualifiers):
        return ()
    found: list[tuple[int, str]] = []
    for sign in (-1, 1):
        for k in range(1, MAX_STEPS + 1):
            stepped = _stepped(fig, sign * k, least)
            if stepped is None:
                break
            spend(1)
            if fits(stepped):
                found.append((k, stepped.text))
                break
    return tuple(text for _, text in sorted(found, key=lambda kt: kt[0]))


def _fresh(cf: ClaimsFile) -> ClaimsFile:
    """The file with no claim interval remembered: a stepped claim keeps its
    id, and ``ClaimsFile.interval`` remembers intervals by id."""
    return dataclasses.replace(cf)


def _roles(*pairs: tuple[str, tuple[str, ...]]) -> Nearest:
    return tuple((role, values) for role, values in pairs if values)


def nearest_growth(cf: ClaimsFile, claim: Claim) -> Nearest:
    """The nearest currents and growths, as printed, that fit a claim's growth."""
    assert claim.growth is not None

    def current_fits(fig: Figure) -> bool:
        return implied_prior(_fresh(cf), dataclasses.replace(claim, value=fig)).consistent

    def growth_fits(fig: Figure) -> bool:
        return implied_prior(_fresh(cf), dataclasses.replace(claim, growth=fig)).consistent

    return _roles(
        ("current", _fitting(claim.value, current_fits, _POSITIVE)),
        ("growth", _fitting(claim.growth, growth_fits, _ABOVE_MINUS_100)),
    )


def nearest_share(cf: ClaimsFile, claim: Claim) -> Nearest:
    """The nearest shares and wholes, as printed, that fit a claim's share."""
    assert claim.of is not None
    whole = cf.claims[claim.of]

    def holds(share: Figure, whole_claim: Claim) -> bool:
        part, wholes = share_part(
            share.interval(cf.rounding, cf.tolerance),
            _fresh(cf).interval(whole_claim),
            count=claim.count,
            whole_count=whole_claim.count,
        )
        return wholes.any if wholes is not None else not part.is_empty

    return _roles(
        ("share", _fitting(claim.value, lambda f: holds(f, whole), _NOT_NEGATIVE)),
        (
            "whole",
            _fitting(
                whole.value,
                lambda f: holds(claim.value, dataclasses.replace(whole, value=f)),
                _POSITIVE,
            ),
        ),
    )


def describe(nearest: Nearest) -> str:
    """``nearest that fit: current 149 or 153, growth 275% or 266%``."""
    parts = [f"{t(f'nearest.{role}')} {t('sep.or').join(values)}" for role, values in nearest]
    return t("nearest.fit", parts=t("sep.comma").join(parts)) if parts else ""
