"""``licang-check verify``: check claims files and render the results."""

# No `from __future__ import annotations` here: typer reads every command's
# signature with typing.get_type_hints, which would then evaluate each
# annotation string again at start-up.
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from licang_check._cli.common import _color, _fail, _h, _write_report, commands
from licang_check._i18n.messages import t
from licang_check.formats import OutputFormat
from licang_check.numeric.rounding import RoundingMode

if TYPE_CHECKING:
    from licang_check.numeric.exact import Fraction


@commands.command(help=_h("verify"))
def verify(
    paths: Annotated[list[str] | None, typer.Argument(help=_h("verify.paths"))] = None,
    output_format: Annotated[
        OutputFormat | None,
        typer.Option("--format", "-f", help=_h("verify.format"), show_default=False),
    ] = None,
    output_arg: Annotated[
        str | None, typer.Option("--output", "-o", help=_h("verify.output"))
    ] = None,
    force: Annotated[bool, typer.Option("--force", help=_h("force"))] = False,
    show_all: Annotated[bool, typer.Option("--all", help=_h("verify.all"))] = False,
    no_accept: Annotated[bool, typer.Option("--no-accept", help=_h("verify.no_accept"))] = False,
    rounding: Annotated[
        RoundingMode | None,
        typer.Option("--rounding", help=_h("verify.rounding"), show_default=False),
    ] = None,
    tolerance: Annotated[
        str | None, typer.Option("--tolerance", metavar="PERCENT", help=_h("verify.tolerance"))
    ] = None,
    config_path: Annotated[
        Path | None, typer.Option("--config", metavar="TOML", help=_h("verify.config"))
    ] = None,
    isolated: Annotated[bool, typer.Option("--isolated", help=_h("isolated"))] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help=_h("verify.quiet"))] = False,
) -> None:
    from licang_check.claims.config import Config, ConfigError, find_config, load_config
    from licang_check.formats import get_formatter
    from licang_check.run import progress
    from licang_check.run.results import FileReport, Summary
    from licang_check.run.verify import Override, verify_paths

    # `-o -` is the standard output (`-o ./-` a file named -)
    output = None if output_arg in (None, "-") else Path(output_arg)
    if output is not None and not force and (output.exists() or output.is_symlink()):
        _fail(t("atomic.exists", path=output))
    if config_path is not None and isolated:
        _fail(t("cli.config_and_isolated"))
    override = Override(rounding=rounding, tolerance=_tolerance(tolerance))
    with progress.shown(sys.stderr):
        try:
            if isolated:
                config = Config()
            elif config_path is not None:
                config = load_config(config_path)
            else:
                config = find_config()
        except ConfigError as e:  # nothing is checked under a configuration that is wrong
            config, reports = Config(), [FileReport(e.display, errors=[e.diagnostic])]
        else:
            html = (output_format or config.format) is OutputFormat.HTML  # shows each article
            reports = verify_paths(
                paths or config.paths or ["claims.yaml"],
                config.defaults,
                keep_claims=html,
                accept=not no_accept,
                override=override,
            )
        summary = Summary.of(reports)
        for rep in reports:
            for err in rep.errors:
                print(err.render(rep.path), file=sys.stderr)
        formatter = get_formatter(output_format or config.format or OutputFormat.TABLE)
        color = output is None and _color(sys.stdout)
        # a format that can be written as it comes (JSON) is, to stdout
        pieces = getattr(formatter, "pieces", None) if output is None else None
        out = "" if pieces else formatter.render(reports, summary, color=color, show_all=show_all)
    if output is None:
        for piece in pieces(reports, summary) if pieces else [out]:
            sys.stdout.write(piece)
        sys.stdout.flush()
    else:
        if any(_same_file(output, rep.path) for rep in reports):
            _fail(t("cli.output_is_input", path=output))
        if any(_same_file(output, str(p)) for rep in reports for p in rep.reads):
            _fail(t("cli.output_is_read", path=output))
        _write_report(output, out, force=force)
    if not quiet:
        print(summary.line(), file=sys.stderr)
    raise typer.Exit(summary.exit_code)


def _same_file(output: Path, path: str) -> bool:
    """Whether ``output`` is the file at ``path`` (a link to it included)."""
    try:
        return path != "-" and os.path.samefile(output, path)
    except OSError:  # either is missing: not the same file
        return False


def _tolerance(text: str | None) -> "Fraction | None":
    """``--tolerance``: a percentage below 100%, as in a claims file."""
    if text is None:
        return None
    from licang_check.figures.grammar import FigureError, parse_figure

    try:
        fig = parse_figure(text)
    except FigureError as e:
        _fail(t("cli.tolerance", value=text, detail=e))
    if not fig.percent or fig.qualifiers or not 0 <= fig.value < 1:
        _fail(t("cli.tolerance", value=text, detail=t("load.tolerance")))
    return fig.value
