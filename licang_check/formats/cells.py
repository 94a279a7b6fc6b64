"""Short texts for a result's verdict and rounding modes, shared by the
table and the HTML report (no Rich here: only the table pays for it)."""

from __future__ import annotations

from licang_check._i18n.messages import t
from licang_check.numeric.rounding import RoundingMode
from licang_check.run.results import Result

__all__ = ["modes_text", "verdict_text"]


def verdict_text(r: Result) -> str:
    """The verdict, and ``edge`` on a result consistent only at a half."""
    verdict = t(f"verdict.{r.verdict.value}")
    return t("verdict.edge", verdict=verdict) if r.edge else verdict


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
