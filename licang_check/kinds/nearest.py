"""The nearest consistent figures: for an inconsistent result, the printed
values nearest to each figure that would make it fit (each kind's
``nearest`` says which figures and what fitting means).

"150 projects, up 273%" has no whole prior (150/40 is +275%, 150/41 is
+265.9%). Stepping the current by its last printed digit, 149 fits (149/40 is
+272.5%, 273% under half-up) and so does 153 (41 × 3.73); stepping the
growth, 275% and 266% fit. The editor sees the likely typo.

Each figure is stepped one unit of its last printed digit at a time, down and
up, at most :data:`MAX_STEPS` units each way, and the first value that fits on
each side is kept (the nearer first). The other figures stay as printed, and
the check is the same check, with the same rounding and exact arithmetic. A
qualified figure (近, 约, 超 …) is not stepped: its interval is not a matter
of its last digit. A count or amount never steps to zero or below
(:data:`POSITIVE`), a share below zero (:data:`NOT_NEGATIVE`), or a growth to
−100% or below (:data:`ABOVE_MINUS_100`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from licang_check._i18n.messages import t
from licang_check.claims.load import Claim, ClaimsFile
from licang_check.figures.display import format_fixed
from licang_check.figures.grammar import Figure
from licang_check.kinds.base import CheckError, CheckKind, Context, qualified
from licang_check.numeric.exact import Fraction
from licang_check.run.budget import spend

__all__ = [
    "ABOVE_MINUS_100",
    "MAX_STEPS",
    "NOT_NEGATIVE",
    "POSITIVE",
    "Least",
    "Nearest",
    "describe",
    "fitting",
    "fresh",
    "own_value",
    "role_name",
    "roles",
]

MAX_STEPS = 50
"""How many units of the last printed digit a figure is stepped each way."""

Nearest = tuple[tuple[str, tuple[str, ...]], ...]
"""Per figure (``current``, ``growth``, ``share``, ``whole`` …; the catalogue's
``nearest.<role>``) the nearest printed values that fit, the nearer first."""

Least = tuple[Fraction, bool]
"""The least value a stepped figure may take, and whether that value itself is allowed."""
POSITIVE: Least = (Fraction(0), False)  # counts and amounts
NOT_NEGATIVE: Least = (Fraction(0), True)  # shares
ABOVE_MINUS_100: Least = (Fraction(-1), False)  # growths


def _stepped(fig: Figure, steps: int, least: Least) -> Figure | None:
    value = fig.value + steps * fig.unit
    if value < least[0] or (value == least[0] and not least[1]):
        return None
    text = format_fixed(value, fig.unit, fig.scale)
    if fig.times or fig.text.endswith("倍"):  # a multiple keeps its 倍: 2.5倍, not 2.5
        text += fig.marker if fig.times else "倍"
    return fig._replace(value=value, text=text, digits=text)


def fitting(fig: Figure, fits: Callable[[Figure], bool], least: Least) -> tuple[str, ...]:
    """The nearest printed values below and above ``fig`` that fit (none below ``least``)."""
    if qualified(fig):
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


def fresh(cf: ClaimsFile) -> ClaimsFile:
    """The file with no claim interval remembered: a stepped claim keeps its
    id, and ``ClaimsFile.interval`` remembers intervals by id."""
    return dataclasses.replace(cf)


def own_value(kind: CheckKind[Claim], cf: ClaimsFile, claim: Claim) -> Nearest:
    """The nearest printed values of the claim's own figure under which
    ``kind``'s check on it holds, the other figures as printed (the relation
    kinds of the extensions: a point change, an absolute change, a ratio, a
    conversion)."""

    def holds(fig: Figure) -> bool:
        stepped = dataclasses.replace(claim, value=fig)
        file = dataclasses.replace(cf, claims={**cf.claims, claim.id: stepped})
        try:
            return kind.check(Context(file), stepped).consistent
        except CheckError:
            return False

    least = NOT_NEGATIVE if claim.value.percent else POSITIVE
    return roles(("value", fitting(claim.value, holds, least)))


def roles(*pairs: tuple[str, tuple[str, ...]]) -> Nearest:
    """The roles that have values that fit, in order."""
    return tuple((role, values) for role, values in pairs if values)


def role_name(role: str) -> str:
    """A role's name from the catalogue; ``share#2`` is the second share of a
    proportion."""
    name, _, n = role.partition("#")
    return t(f"nearest.{name}") + (f" {n}" if n else "")


def describe(nearest: Nearest) -> str:
    """``nearest that fit: current 149 or 153, growth 275% or 266%``."""
    parts = [f"{role_name(role)} {t('sep.or').join(values)}" for role, values in nearest]
    return t("nearest.fit", parts=t("sep.comma").join(parts)) if parts else ""
