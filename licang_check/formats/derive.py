"""Rendering ``derive growth``: JSON as the contract shows, or a Rich table."""

from __future__ import annotations

import json
from fractions import Fraction
from typing import Any

from licang_check.derive import GrowthDerivation, SolveFor
from licang_check.numbers import (
    PERCENT,
    PLAIN,
    decimal_string,
    format_fixed,
    format_interval,
    format_number,
)

__all__ = ["derivation_dict", "render_json", "render_table"]


def _end(x: Fraction | None, direction: str, percent: bool) -> str | None:
    if x is None:
        return None
    if percent:
        return decimal_string(x * 100, "down" if direction == "down" else "up") + "%"
    return decimal_string(x, "down" if direction == "down" else "up")


def derivation_dict(d: GrowthDerivation) -> dict[str, Any]:
    sol = d.solution
    iv = sol.interval
    percent = sol.solve_for is SolveFor.RATE
    out: dict[str, Any] = {"solve_for": sol.solve_for.value}
    if iv.is_empty:
        out.update(low=None, high=None, low_closed=False, high_closed=False, empty=True)
    else:
        out.update(
            low=_end(iv.low, "down", percent),
            high=_end(iv.high, "up", percent),
            low_closed=iv.low_closed,
            high_closed=iv.high_closed,
        )
    if sol.wholes is not None:
        out["integers"] = sol.wholes.listed
        if sol.wholes.truncated:
            out["integers_total"] = sol.wholes.total
    if d.candidates:
        out["candidates"] = [
            {
                "value": c.value,
                "growth": _end(c.growth, "down", True) if c.growth is not None else None,
                "prints_as": [_rate_text(v, d) for v in c.prints_as],
            }
            for c in d.candidates
        ]
    out["rounding"] = d.rounding.value
    return out


def _rate_text(v: Fraction, d: GrowthDerivation) -> str:
    assert d.rate is not None
    return format_fixed(v, d.rate.unit, PERCENT)


def render_json(d: GrowthDerivation) -> str:
    return json.dumps(derivation_dict(d), ensure_ascii=False) + "\n"


def render_table(d: GrowthDerivation, *, color: bool) -> str:
    import io

    from rich.console import Console
    from rich.table import Table

    sol = d.solution
    scale = PERCENT if sol.solve_for is SolveFor.RATE else _scale_of(d)
    buffer = io.StringIO()
    console = Console(
        file=buffer, force_terminal=color, no_color=not color, width=120, highlight=False
    )
    given = ", ".join(
        f"{name} {fig.text}"
        for name, fig in (("current", d.current), ("prior", d.prior), ("rate", d.rate))
        if fig is not None
    )
    console.print(f"derive growth: {given} ({d.rounding.value})")
    table = Table(show_header=False)
    table.add_column("what", style="bold")
    table.add_column("value")
    table.add_row(sol.solve_for.value, format_interval(sol.interval, scale))
    if sol.wholes is not None:
        w = sol.wholes
        if not w.any:
            table.add_row("whole numbers", "none fit: the figures are inconsistent")
        else:
            shown = ", ".join(str(k) for k in w.listed[:20])
            more = (
                ""
                if w.total is not None and w.total <= 20
                else f" … ({w.total or 'infinitely many'} in all)"
            )
            table.add_row("whole numbers", shown + more)
    console.print(table)
    if d.candidates:
        cand = Table(show_header=True)
        cand.add_column(sol.solve_for.value, justify="right")
        cand.add_column("growth", justify="right")
        cand.add_column("prints as", justify="right")
        for c in d.candidates[:50]:
            growth = format_number(c.growth, PERCENT, signed=True) if c.growth is not None else ""
            cand.add_row(str(c.value), growth, " or ".join(_rate_text(v, d) for v in c.prints_as))
        console.print(cand)
        if len(d.candidates) > 50:
            console.print(f"… and {len(d.candidates) - 50} more")
    return buffer.getvalue()


def _scale_of(d: GrowthDerivation) -> Any:
    for fig in (d.current, d.prior):
        if fig is not None:
            return fig.scale
    return PLAIN
