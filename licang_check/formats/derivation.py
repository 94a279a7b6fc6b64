"""Rendering any ``derive`` command: the contract's JSON shape, or a Rich table.

JSON, as ``derive growth`` gives it in the claims format's contract::

    {"solve_for": "prior", "low": "39.8929049531", "high": "40",
     "low_closed": false, "high_closed": true, "integers": [40],
     "candidates": [{"value": 40, "growth": "272.5%", "prints_as": ["273%"]}],
     "rounding": "half-up"}

Numbers are decimal strings in base units, exact where the decimal ends and
otherwise rounded outward to 10 places; a percentage role is in percent with
``%``. ``integers`` appears where the solved role is whole. The other derive
commands add ``years`` (cagr), ``approximate`` (an end rounded outward from
an irrational root) and ``parts_sum`` (sum, checked against a total).
"""

from __future__ import annotations

import io
import json
from typing import Any, Literal

from licang_check._i18n.messages import t
from licang_check.figures.display import (
    PERCENT,
    PLAIN,
    Scale,
    decimal_string,
    format_fixed,
    format_interval,
    format_number,
)
from licang_check.numeric.exact import Fraction
from licang_check.numeric.intervals import Interval
from licang_check.solve.derivations import Derivation
from licang_check.solve.relations import Compound, Sum, Whole

__all__ = ["derivation_dict", "render_json", "render_table"]


def _end(x: Fraction | None, way: Literal["down", "up"], percent: bool) -> str | None:
    if x is None:
        return None
    if percent:
        return decimal_string(x * 100, way) + "%"
    return decimal_string(x, way)


def _interval_dict(iv: Interval, percent: bool) -> dict[str, Any]:
    if iv.is_empty:
        return {"low": None, "high": None, "low_closed": False, "high_closed": False, "empty": True}
    return {
        "low": _end(iv.low, "down", percent),
        "high": _end(iv.high, "up", percent),
        "low_closed": iv.low_closed,
        "high_closed": iv.high_closed,
    }


def _percent(d: Derivation, role: str) -> bool:
    return d.relation.role(role).percent


def derivation_dict(d: Derivation) -> dict[str, Any]:
    sol = d.solution
    out: dict[str, Any] = {"solve_for": sol.solve_for}
    out.update(_interval_dict(sol.interval, _percent(d, sol.solve_for)))
    if sol.wholes is not None:
        out["integers"] = sol.wholes.listed
        if sol.wholes.truncated:
            out["integers_total"] = sol.wholes.total
    if d.candidates:
        key = d.relation.candidate_key
        z = next(
            r.name
            for r in d.relation.roles
            if r.name not in (sol.solve_for,) and not r.is_whole(d.count)
        )
        out["candidates"] = [
            {
                "value": c.value,
                key: _end(c.implied.low, "down", _percent(d, z)),
                "prints_as": [_printed(d, z, v) for v in c.prints_as],
            }
            for c in d.candidates
        ]
    out["rounding"] = d.rounding.value
    if isinstance(d.relation, Compound) and d.relation.years != 1:
        out["years"] = d.relation.years
    if sol.approximate:
        out["approximate"] = True
    if d.checked is not None and isinstance(d.relation, Sum):
        out["parts_sum"] = _interval_dict(d.checked, False)
    elif d.checked is not None:
        out["implied"] = _interval_dict(d.checked, _percent(d, sol.solve_for))
        out["printed"] = d.given[sol.solve_for]
    return out


def _printed(d: Derivation, role: str, v: Fraction) -> str:
    fig = d.figures.get(role)
    assert fig is not None
    return format_fixed(v, fig.unit, fig.scale)


def render_json(d: Derivation) -> str:
    return json.dumps(derivation_dict(d), ensure_ascii=False) + "\n"


def _scale(d: Derivation, role: str) -> Scale:
    """How to show a role's numbers: in % for a percentage, plain for a
    number of items, else like the first figure given of an amount."""
    r = d.relation.role(role)
    if r.percent:
        return PERCENT
    if r.whole is Whole.ALWAYS:
        return PLAIN
    for other in d.relation.roles:
        fig = d.figures.get(other.name)
        if fig is not None and not fig.percent and other.whole is not Whole.ALWAYS:
            return fig.scale
    return PLAIN


def render_table(d: Derivation, *, color: bool) -> str:
    from rich.console import Console
    from rich.table import Table

    sol = d.solution
    scale = _scale(d, sol.solve_for)
    buffer = io.StringIO()
    console = Console(
        file=buffer, force_terminal=color, no_color=not color, width=120, highlight=False
    )
    given = ", ".join(f"{role} {text}" for role, text in d.given.items())
    years = ""
    if isinstance(d.relation, Compound) and d.relation.years != 1:
        years = t("derive.over_years", years=d.relation.years)
    console.print(
        t(
            "derive.heading",
            name=d.relation.name,
            given=given,
            years=years,
            rounding=d.rounding.value,
        )
    )
    table = Table(show_header=False)
    table.add_column("what", style="bold")
    table.add_column("value")
    shown = format_interval(sol.interval, scale)
    if sol.approximate:
        shown += t("derive.irrational")
    if d.checked is not None and isinstance(d.relation, Sum):
        table.add_row(t("derive.parts_add_up"), format_interval(d.checked, scale))
        table.add_row(t("derive.printed_total"), d.given.get("total", ""))
        if sol.interval.is_empty:
            shown = t("derive.cannot_add_up")
        table.add_row(t("derive.both"), shown)
    elif d.checked is not None:
        role = sol.solve_for
        table.add_row(t("derive.implied", role=role), format_interval(d.checked, scale))
        table.add_row(t("derive.printed", role=role), d.given.get(role, ""))
        if sol.interval.is_empty:
            shown = t("derive.cannot_meet")
        table.add_row(t("derive.both"), shown)
    else:
        table.add_row(sol.solve_for, shown)
    if sol.wholes is not None:
        w = sol.wholes
        if not w.any:
            table.add_row(t("derive.whole_numbers"), t("derive.none_fit"))
        elif w.total is None and sol.interval.integer_bounds()[0] is None:
            # unbounded below: no least whole number to list from
            _, hi = sol.interval.integer_bounds()
            text = t("wholes.any") if hi is None else t("wholes.up_to", high=hi)
            table.add_row(t("derive.whole_numbers"), text)
        else:
            listed = ", ".join(str(k) for k in w.listed[:20])
            more = (
                ""
                if w.total is not None and w.total <= 20
                else t("derive.in_all", total=w.total or t("derive.infinitely_many"))
            )
            table.add_row(t("derive.whole_numbers"), listed + more)
    console.print(table)
    if d.candidates:
        z = next(
            r.name for r in d.relation.roles if r.name != sol.solve_for and not r.is_whole(d.count)
        )
        cand = Table(show_header=True)
        cand.add_column(sol.solve_for, justify="right")
        cand.add_column(d.relation.candidate_key, justify="right")
        cand.add_column(t("derive.prints_as"), justify="right")
        zscale = _scale(d, z)
        for c in d.candidates[:50]:
            implied = c.implied
            assert implied.low is not None
            value = format_number(implied.low, zscale, signed=zscale is PERCENT)
            if not implied.is_point:
                value = "≈" + value
            printed = t("derive.or").join(_printed(d, z, v) for v in c.prints_as)
            cand.add_row(str(c.value), value, printed)
        console.print(cand)
        if len(d.candidates) > 50:
            console.print(t("derive.more", n=len(d.candidates) - 50))
    return buffer.getvalue()
