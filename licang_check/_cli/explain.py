"""``licang-check explain`` and ``schema``: one claim's arithmetic; the JSON Schema."""

# No `from __future__ import annotations` here: typer reads every command's
# signature with typing.get_type_hints, which would then evaluate each
# annotation string again at start-up.
import sys
from pathlib import Path
from typing import Annotated

import typer

from licang_check._cli.common import _fail, _format_choice, _h, commands


@commands.command("explain", help=_h("explain"))
def explain_cmd(
    wanted: Annotated[str, typer.Argument(metavar="ID", help=_h("explain.id"))],
    path: Annotated[str, typer.Argument(metavar="PATH", help=_h("explain.path"))] = "claims.yaml",
    output_format: Annotated[
        str, typer.Option("--format", "-f", help=_h("explain.format"))
    ] = "text",
    isolated: Annotated[bool, typer.Option("--isolated", help=_h("isolated"))] = False,
) -> None:
    from licang_check.claims.config import Config, ConfigError, find_config
    from licang_check.claims.diagnostics import ClaimsFileError, printable
    from licang_check.claims.load import load_claims
    from licang_check.run.explain import Explainer, UnknownId, explanation_dict, render_text

    if output_format not in ("text", "json"):
        _fail(_format_choice(("text", "json"), output_format))
    try:
        config = Config() if isolated else find_config()
    except ConfigError as e:
        print(e.diagnostic.render(e.display), file=sys.stderr)
        raise typer.Exit(2) from None
    try:
        explainer = Explainer(load_claims(Path(path), config.defaults))
    except ClaimsFileError as e:
        for d in e.diagnostics:
            print(d.render(path), file=sys.stderr)
        raise typer.Exit(2) from None
    try:
        explained = explainer.explain(wanted)
    except UnknownId as e:
        _fail(printable(f"{path}: {e}"))
    except ClaimsFileError as e:  # explaining it took more than the work budget
        for d in e.diagnostics:
            print(d.render(path), file=sys.stderr)
        raise typer.Exit(2) from None
    if output_format == "json":
        import json

        data = {"path": path, "id": wanted, "results": [explanation_dict(x) for x in explained]}
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(render_text(path, explained))
    raise typer.Exit(0 if all(x.result.consistent for x in explained) else 1)


@commands.command("schema", help=_h("schema"))
def schema_cmd() -> None:
    from licang_check.claims.schema import schema_json

    sys.stdout.write(schema_json())
