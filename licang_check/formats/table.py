"""``--format table`` (the default): a table per file, drawn by
:mod:`licang_check.formats.grid` (Rich's table cost start-up its own
import and 30–45 ms of layout: issue #6)."""

from __future__ import annotations

import shutil

from licang_check._i18n.messages import t
from licang_check.claims.diagnostics import printable
from licang_check.formats.cells import modes_text, verdict_text
from licang_check.formats.grid import Column, Grid, Style
from licang_check.run.results import FileReport, Result, Summary

__all__ = ["TableFormatter", "modes_text", "verdict_text"]


class TableFormatter:
    def render(self, reports: list[FileReport], summary: Summary, *, color: bool) -> str:
        width = shutil.get_terminal_size(fallback=(160, 24)).columns
        out = []
        for rep in reports:
            if rep.errors:
                continue  # errors go to stderr, one line each
            grid = Grid(_columns(), title=printable(rep.path))  # a glob found it
            for r in rep.results:
                grid.add_row(
                    [
                        f"{r.line}:{r.column}",
                        t(f"kind.{r.kind.value}"),
                        r.id,
                        r.printed,
                        r.message,
                        verdict_text(r),
                        modes_text(r.modes),
                    ],
                    [None, None, None, None, None, _verdict_style(r)],
                )
            out.append(grid.render(width, color=color))
        return "".join(out)


def _columns() -> list[Column]:
    """The columns, headed in the language of the run: only "printed" and
    "implies" wrap while the table can be made to fit by them."""
    return [
        Column(t("table.line_col"), justify="right", style="dim"),
        Column(t("table.check")),
        Column(t("table.id")),
        Column(t("table.printed"), wrap=True),
        Column(t("table.implies"), wrap=True),
        Column(t("table.verdict")),
        Column(t("table.modes")),
    ]


def _verdict_style(r: Result) -> Style:
    if r.edge:
        return "yellow"
    return "green" if r.consistent else "bold red"
