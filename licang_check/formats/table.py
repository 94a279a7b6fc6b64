"""``--format table`` (the default): a Rich table per file."""

from __future__ import annotations

import io
import shutil
from typing import Any

from rich.cells import cell_len
from rich.console import Console
from rich.table import Table
from rich.text import Text

from licang_check.results import FileReport, Result, Summary
from licang_check.rounding import RoundingMode

__all__ = ["TableFormatter", "modes_text", "verdict_text"]


def verdict_text(r: Result) -> str:
    """The verdict, and ``edge`` on a result consistent only at a half."""
    return f"{r.verdict.value}, edge" if r.edge else r.verdict.value


def modes_text(modes: tuple[RoundingMode, ...] | None) -> str:
    """The rounding modes a result holds under, compactly: ``all``, ``none``,
    ``half-up, any``, ``all but down``; ``?`` where they were not worked out."""
    if modes is None:
        return "?"
    if len(modes) == len(RoundingMode):
        return "all"
    if len(modes) == len(RoundingMode) - 1:
        return "all but " + "".join(m.value for m in RoundingMode if m not in modes)
    return ", ".join(m.value for m in modes) or "none"


class TableFormatter:
    def render(self, reports: list[FileReport], summary: Summary, *, color: bool) -> str:
        buffer = io.StringIO()
        console = Console(
            file=buffer,
            force_terminal=color,
            no_color=not color,
            width=shutil.get_terminal_size(fallback=(160, 24)).columns,
            highlight=False,
            soft_wrap=False,
        )
        for rep in reports:
            if rep.errors:
                continue  # errors go to stderr, one line each
            table = Table(title=rep.path, title_justify="left", show_lines=False)
            # Columns of short values get their width up front and never wrap:
            # Rich then measures only the columns that wrap, "printed" and
            # "implies" (measuring every cell was a third of a whole run).
            fixed = _widths(rep, console.width)
            table.add_column("line:col", justify="right", style="dim", **fixed["line:col"])
            table.add_column("check", **fixed["check"])
            table.add_column("id", **fixed["id"])
            table.add_column("printed")
            table.add_column("implies")
            table.add_column("verdict", **fixed["verdict"])
            table.add_column("modes", **fixed["modes"])
            for r in rep.results:
                style = "green" if r.consistent else "bold red"
                if r.edge:
                    style = "yellow"
                table.add_row(
                    f"{r.line}:{r.column}",
                    r.kind.value,
                    r.id,
                    Text(r.printed),
                    Text(r.message),
                    Text(verdict_text(r), style=style),
                    Text(modes_text(r.modes)),
                )
            console.print(table)
        return buffer.getvalue()


def _widths(rep: FileReport, width: int) -> dict[str, dict[str, Any]]:
    """Fixed widths for the short columns, where they leave room for "printed"
    and "implies" (30 cells each); on a narrower terminal, none: Rich shares
    the width out."""
    cells = {
        "line:col": [f"{r.line}:{r.column}" for r in rep.results],
        "check": [r.kind.value for r in rep.results],
        "id": [r.id for r in rep.results],
        "verdict": [verdict_text(r) for r in rep.results],
        "modes": [modes_text(r.modes) for r in rep.results],
    }
    widths = {
        name: max([cell_len(name), *(cell_len(v) for v in values)])
        for name, values in cells.items()
    }
    borders = 3 * 7 + 1  # "│ " and " " around each of seven columns, and the last "│"
    if sum(widths.values()) + 2 * 30 + borders > width:
        return {name: {} for name in cells}
    return {name: {"width": w, "no_wrap": True} for name, w in widths.items()}
