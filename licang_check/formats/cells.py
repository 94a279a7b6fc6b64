"""Short texts for a result's verdict and rounding modes, shared by the
table and the HTML report (no Rich here: only the table pays for it)."""

from __future__ import annotations

from licang_check._i18n.messages import t
from licang_check.numeric.rounding import RoundingMode
from licang_check.run.results import Result

__all__ = ["modes_text", "needs_a_look", "verdict_rank", "verdict_text"]


def needs_a_look(r: Result) -> bool:
    """Listed without ``--all``: inconsistent (accepted or not), or
    consistent under an ``accept:`` note that has outlived its reason."""
    return not r.consistent or r.stale


def verdict_rank(r: Result) -> int:
    """The order of ``--all`` and of the HTML report's sort: inconsistent,
    accepted, an outlived ``accept:``, edge, consistent."""
    if r.failed:
        return 0
    if r.accepted:
        return 1
    if r.stale:
        return 2
    return 3 if r.edge else 4


def verdict_text(r: Result) -> str:
    """The verdict, and ``edge`` on a result consistent only at a half,
    ``accepted`` on one an ``accept:`` note accepts (or still does)."""
    verdict = t(f"verdict.{r.verdict.value}")
    if r.edge:
        verdict = t("verdict.edge", verdict=verdict)
    if r.accepted:
        return t("verdict.accepted", verdict=verdict)
    if r.stale:
        return t("verdict.stale", verdict=verdict)
    return verdict


def modes_text(modes: tuple[RoundingMode, ...] | None) -> str:
    """The rounding modes a result holds under, compactly: ``all``, ``none``,
    ``half-up, any``, ``all but down``; ``?`` where they were not worked out."""
    if modes is None:
        return "?"
    if len(modes) == len(RoundingMode):
        return t("modes.all")
    if len(modes) == len(RoundingMode) - 1:
        return t("modes.all_but", mode="".join(m.value for m in RoundingMode if m not in modes))
    return ", ".join(m.value for m in modes) or t("modes.none")
