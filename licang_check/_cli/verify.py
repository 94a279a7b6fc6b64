"""``licang-check verify``: check claims files and render the results."""

# No `from __future__ import annotations` here: typer reads every command's
# signature with typing.get_type_hints, which would then evaluate each
# annotation string again at start-up.
import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from licang_check._cli.common import _color, _fail, _h, _write_report, app
from licang_check._i18n.messages import t
from licang_check.formats import OutputFormat


@app.command(help=_h("verify"))
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
    isolated: Annotated[bool, typer.Option("--isolated", help=_h("isolated"))] = False,
) -> None:
    from licang_check.claims.config import Config, ConfigError, find_config
    from licang_check.formats import get_formatter
    from licang_check.run.results import FileReport, Summary
    from licang_check.run.verify import verify_paths

    # `-o -` is the standard output (`-o ./-` a file named -)
    output = None if output_arg in (None, "-") else Path(output_arg)
    if output is not None and not force and (output.exists() or output.is_symlink()):
        _fail(t("atomic.exists", path=output))
    try:
        config = Config() if isolated else find_config()
    except ConfigError as e:  # nothing is checked under a configuration that is wrong
        config, reports = Config(), [FileReport(e.display, errors=[e.diagnostic])]
    else:
        html = (output_format or config.format) is OutputFormat.HTML  # shows each article
        reports = verify_paths(
            paths or config.paths or ["claims.yaml"], config.defaults, keep_claims=html
        )
    summary = Summary.of(reports)
    for rep in reports:
        for err in rep.errors:
            print(err.render(rep.path), file=sys.stderr)
    formatter = get_formatter(output_format or config.format or OutputFormat.TABLE)
    color = output is None and _color(sys.stdout)
    out = formatter.render(reports, summary, color=color)
    if output is None:
        sys.stdout.write(out)
        sys.stdout.flush()
    else:
        if any(_same_file(output, rep.path) for rep in reports):
            _fail(t("cli.output_is_input", path=output))
        _write_report(output, out, force=force)
    print(summary.line(), file=sys.stderr)
    raise typer.Exit(summary.exit_code)


def _same_file(output: Path, path: str) -> bool:
    """Whether ``output`` is the file at ``path`` (a link to it included)."""
    try:
        return path != "-" and os.path.samefile(output, path)
    except OSError:  # either is missing: not the same file
        return False
