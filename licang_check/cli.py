"""The command line: parse options, call one library function, render, exit.

Heavy modules (Rich, the checks) are imported inside the commands so that
start-up stays close to the cost of typer itself.
"""

from __future__ import annotations

import os
import sys
from typing import Annotated

import typer

from licang_check import __version__
from licang_check.formats import OutputFormat
from licang_check.rounding import RoundingMode

app = typer.Typer(
    name="licang-check",
    help="Check the numbers of a news article against each other, exactly.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
derive_app = typer.Typer(help="Solve for a figure from the others.", no_args_is_help=True)
app.add_typer(derive_app, name="derive")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"licang-check {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
) -> None:
    """Check the numbers of a news article against each other, exactly."""


def _color(stream: object) -> bool:
    if os.environ.get("NO_COLOR"):
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


@app.command()
def verify(
    paths: Annotated[
        list[str] | None,
        typer.Argument(help="Claims files to check (default: claims.yaml here)."),
    ] = None,
    output_format: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="How to report.")
    ] = OutputFormat.TABLE,
) -> None:
    """Check claims files: every quote, growth, share and check.

    Exit 0 when every result is consistent, 1 when any is inconsistent,
    2 when a file could not be checked.
    """
    from licang_check.formats import get_formatter
    from licang_check.results import Summary
    from licang_check.verify import verify_paths

    reports = verify_paths(paths or ["claims.yaml"])
    summary = Summary.of(reports)
    for rep in reports:
        for err in rep.errors:
            print(err.render(rep.path), file=sys.stderr)
    out = get_formatter(output_format).render(reports, summary, color=_color(sys.stdout))
    sys.stdout.write(out)
    sys.stdout.flush()
    print(summary.line(), file=sys.stderr)
    raise typer.Exit(summary.exit_code)


@derive_app.command("growth")
def derive_growth_cmd(
    current: Annotated[str | None, typer.Option(help="This period's figure, as printed.")] = None,
    prior: Annotated[str | None, typer.Option(help="The previous period's figure.")] = None,
    rate: Annotated[str | None, typer.Option(help="The change, as printed: 273%.")] = None,
    count: Annotated[
        bool, typer.Option("--count", help="Counts: whole numbers, exact as given.")
    ] = False,
    rounding: Annotated[
        RoundingMode, typer.Option(help="How the figures were rounded.")
    ] = RoundingMode.HALF_UP,
    output_format: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
) -> None:
    """Give two of --current, --prior, --rate; the third is solved for.

    Exit 1 when --count leaves no whole number that fits.
    """
    from licang_check.derive import DeriveError, derive_growth

    if output_format not in ("table", "json"):
        _fail(f"--format must be table or json, not {output_format!r}")
    try:
        d = derive_growth(current=current, prior=prior, rate=rate, count=count, rounding=rounding)
    except DeriveError as e:
        _fail(str(e))
    from licang_check.formats import derive as render

    if output_format == "json":
        sys.stdout.write(render.render_json(d))
    else:
        sys.stdout.write(render.render_table(d, color=_color(sys.stdout)))
    raise typer.Exit(0 if d.solution.consistent else 1)


def _fail(message: str) -> typer.Exit:
    print(f"licang-check: error: {message}", file=sys.stderr)
    raise typer.Exit(2)


def main() -> None:
    app()
