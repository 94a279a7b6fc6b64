"""``--format table`` (the default): what a person reads, failures first.

For each claims file, the results that need a look (inconsistent ones, and
accepted findings: see ``accept:`` in docs/claims-format.md) come first; the
consistent ones are only counted, unless ``--all`` lists them too (sorted by
verdict: inconsistent, accepted, edge, consistent; file order within each).

They are drawn as a table (:mod:`licang_check.formats.grid`) when the table
fits the terminal with every word whole and the "implies" column, which
carries the meaning, at least :data:`IMPLIES_MIN` cells wide; otherwise (an
80-column terminal, a pre-commit hook) as one block per result, each
figure's text wrapped under its label. The width is ``COLUMNS``, else the
terminal's, else 80 (a pipe, a pre-commit hook).
"""

from __future__ import annotations

import shutil
from typing import Final

from licang_check._i18n.messages import t, tn
from licang_check.formats.cells import modes_text, needs_a_look, verdict_rank, verdict_text
from licang_check.formats.grid import Column, Grid, Style, longest_word, visible, wrap
from licang_check.run.results import FileReport, Result, Summary

__all__ = ["IMPLIES_MIN", "TableFormatter", "modes_text", "verdict_text"]

IMPLIES_MIN: Final = 30
"""The narrowest "implies" column a table may have; narrower, blocks are drawn."""

_FALLBACK_WIDTH: Final = 80


class TableFormatter:
    def render(
        self, reports: list[FileReport], summary: Summary, *, color: bool, show_all: bool = False
    ) -> str:
        width = shutil.get_terminal_size(fallback=(_FALLBACK_WIDTH, 24)).columns
        out = []
        for rep in reports:
            if rep.errors:
                continue  # errors go to stderr, one line each
            if show_all:
                shown = sorted(rep.results, key=verdict_rank)
            else:
                shown = [r for r in rep.results if needs_a_look(r)]
            hidden = len(rep.results) - len(shown)
            if shown:
                out.append(_render_results(rep.path, shown, width, color=color))
            if hidden:
                line = tn("table.not_listed", hidden, path=visible(rep.path))
                out.append(_styled_line(line, "dim" if color else None))
        return "".join(out)


def _render_results(path: str, results: list[Result], width: int, *, color: bool) -> str:
    grid = Grid(_columns(), title=path)
    for r in results:
        grid.add_row(
            [
                f"{r.line}:{r.column}",
                t(f"kind.{r.kind.value}"),
                r.id,
                r.printed,
                _implies(r),
                verdict_text(r),
                modes_text(r.modes),
            ],
            [None, None, None, None, None, _verdict_style(r)],
        )
    widths = grid.widths(width)
    whole = all(w >= longest_word(texts) for w, texts in zip(widths, grid.texts(), strict=True))
    if whole and widths[_IMPLIES] >= min(IMPLIES_MIN, grid.natural()[_IMPLIES]):
        return grid.render(width, color=color)
    return _blocks(path, results, width, color=color)


_IMPLIES: Final = 4
"""The index of the "implies" column."""


def _columns() -> list[Column]:
    """The columns, headed in the language of the run: "printed" gives way
    first, then "implies" (see :meth:`Grid.widths`)."""
    return [
        Column(t("table.line_col"), justify="right", style="dim"),
        Column(t("table.check")),
        Column(t("table.id")),
        Column(t("table.printed"), wrap=True),
        Column(t("table.implies"), wrap=True, favoured=True),
        Column(t("table.verdict")),
        Column(t("table.modes")),
    ]


def _blocks(path: str, results: list[Result], width: int, *, color: bool) -> str:
    """One block per result: ``LINE:COL KIND ID: VERDICT``, then the
    figures, what they imply and the modes, each under its label."""
    from rich.cells import cell_len

    labels = [t("table.printed"), t("table.implies"), t("table.modes")]
    label_width = max(cell_len(label) for label in labels)
    indent = 4
    text_width = max(width - indent - label_width - 2, 20)
    lines = [_styled(visible(path), "italic" if color else None)]
    for r in results:
        verdict = _styled(verdict_text(r), _verdict_style(r) if color else None)
        where = _styled(f"{r.line}:{r.column}", "dim" if color else None)
        lines.append(f"  {where} {t(f'kind.{r.kind.value}')} {visible(r.id)}: {verdict}")
        texts = (r.printed, _implies(r), modes_text(r.modes))
        for label, text in zip(labels, texts, strict=True):
            if not text:
                continue
            pad = " " * (label_width - cell_len(label))
            head = " " * indent + _styled(label, "dim" if color else None) + pad + "  "
            for i, part in enumerate(wrap(visible(text), text_width)):
                lines.append((head if i == 0 else " " * (indent + label_width + 2)) + part)
    return "".join(line + "\n" for line in lines)


def _implies(r: Result) -> str:
    """What the figures imply, and the reason of an ``accept:`` note."""
    if r.accepted:
        return f"{r.message}\n{t('table.accepted', reason=r.accept)}"
    if r.stale:
        return f"{r.message}\n{t('table.stale', reason=r.accept)}"
    return r.message


def _styled(text: str, style: Style | None) -> str:
    from licang_check.formats.grid import styled

    return styled(text, style)


def _styled_line(text: str, style: Style | None) -> str:
    return _styled(text, style) + "\n"


def _verdict_style(r: Result) -> Style:
    if r.accepted:
        return "yellow"
    if r.edge:
        return "yellow"
    return "green" if r.consistent else "bold red"
