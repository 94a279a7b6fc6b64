"""``--format table`` (the default): a Rich table per file."""

from __future__ import annotations

import io
import shutil
from typing import Any

from rich.cells import cell_len
from rich.console import Console
from rich.table import Table
from rich.text import Text

from licang_check.formats.cells import modes_text, verdict_text
from licang_check.messages import t
from licang_check.results import FileReport, Summary

__all__ = ["TableFormatter", "modes_text", "verdict_text"]


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
            table.add_column(t("table.line_col"), justify="right", style="dim", **fixed["line:col"])
            table.add_column(t("table.check"), **fixed["check"])
            table.add_column(t("table.id"), **fixed["id"])
            table.add_column(t("table.printed"))
            table.add_column(t("table.implies"))
            table.add_column(t("table.verdict"), **fixed["verdict"])
            table.add_column(t("table.modes"), **fixed["modes"])
            for r in rep.results:
                style = "green" if r.consistent else "bold red"
                if r.edge:
                    style = "yellow"
                table.add_row(
                    f"{r.line}:{r.column}",
                    t(f"kind.{r.kind.value}"),
                    r.id,
                    Text(r.printed),
                    Text(r.message),
                    Text(verdict_text(r), style=style),
                    Text(modes_text(r.modes)),
                )
            console.print(table)
        return buffer.getvalue()


_HEADINGS = {
    "line:col": "table.line_col",
    "check": "table.check",
    "id": "table.id",
    "verdict": "table.verdict",
    "modes": "table.modes",
}


def _widths(rep: FileReport, width: int) -> dict[str, dict[str, Any]]:
    """Fixed widths for the short columns, where they leave room for "printed"
    and "implies" (30 cells each); on a narrower terminal, none: Rich shares
    the width out."""
    cells = {
        "line:col": [f"{r.line}:{r.column}" for r in rep.results],
        "check": [t(f"kind.{r.kind.value}") for r in rep.results],
        "id": [r.id for r in rep.results],
        "verdict": [verdict_text(r) for r in rep.results],
        "modes": [modes_text(r.modes) for r in rep.results],
    }
    widths = {
        name: max([cell_len(t(_HEADINGS[name])), *(cell_len(v) for v in values)])
        for name, values in cells.items()
    }
    borders = 3 * 7 + 1  # "│ " and " " around each of seven columns, and the last "│"
    if sum(widths.values()) + 2 * 30 + borders > width:
        return {name: {} for name in cells}
    return {name: {"width": w, "no_wrap": True} for name, w in widths.items()}
