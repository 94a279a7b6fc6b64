"""``--format table`` (the default): a Rich table per file."""

from __future__ import annotations

import io
import shutil

from rich.console import Console
from rich.table import Table
from rich.text import Text

from licang_check.results import FileReport, Summary

__all__ = ["TableFormatter"]


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
            table.add_column("line:col", justify="right", style="dim")
            table.add_column("check")
            table.add_column("id")
            table.add_column("printed")
            table.add_column("implies")
            table.add_column("verdict")
            for r in rep.results:
                style = "green" if r.consistent else "bold red"
                table.add_row(
                    f"{r.line}:{r.column}",
                    r.kind.value,
                    r.id,
                    Text(r.printed),
                    Text(r.message),
                    Text(r.verdict.value, style=style),
                )
            console.print(table)
        return buffer.getvalue()
