"""What every command shares: the typer app, the language of ``--help``, colour,
and how a command fails or writes a file."""

# No `from __future__ import annotations` here: typer reads every command's
# signature with typing.get_type_hints, which would then evaluate each
# annotation string again at start-up.
import enum
import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from licang_check import __version__
from licang_check._i18n.messages import MESSAGES, Lang, language_from_env, t


def _help_language(argv: list[str]) -> Lang:
    """The language of ``--help``: typer builds every command's help when this
    module is imported, before ``--lang`` is parsed, so the command line is
    read for it here (``--lang zh``, ``--lang=zh``), else the environment."""
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        value = argv[i + 1] if arg == "--lang" and i + 1 < len(argv) else arg[7:]
        if (arg == "--lang" or arg.startswith("--lang=")) and value in ("en", "zh"):
            return "zh" if value == "zh" else "en"
    return language_from_env()


_HELP_LANG = _help_language(sys.argv[1:])


def _h(key: str) -> str:
    """The help text ``help.<key>`` of the catalogue, in the language of --help."""
    return MESSAGES[f"help.{key}"][_HELP_LANG]


app = typer.Typer(
    name="licang-check",
    help=_h("app"),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    # Plain help and usage errors, as ruff and yamllint print them: Rich's help
    # formatter imports Markdown and more, and doubles the cost of `--help`.
    rich_markup_mode=None,
)
derive_app = typer.Typer(help=_h("derive"), no_args_is_help=True, rich_markup_mode=None)
app.add_typer(derive_app, name="derive")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"licang-check {__version__}")
        raise typer.Exit()


class Language(enum.StrEnum):
    EN = "en"
    ZH = "zh"


@app.callback(help=_h("app"))
def _main(
    ctx: typer.Context,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help=_h("version"))
    ] = False,
    lang: Annotated[Language | None, typer.Option("--lang", help=_h("lang"))] = None,
) -> None:
    from licang_check._i18n.messages import language, language_from_env, set_language

    previous = language()
    set_language(language_from_env() if lang is None else lang.value)
    ctx.call_on_close(lambda: set_language(previous))


def _color(stream: object) -> bool:
    if os.environ.get("NO_COLOR"):
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def _write_report(path: Path, text: str, *, force: bool) -> None:
    from licang_check._cli.atomic import FileExistsRefused, write_atomic

    try:
        write_atomic(path, text, force=force)
    except FileExistsRefused as e:
        _fail(str(e))
    except OSError as e:
        _fail(t("cli.cannot_write", path=path, reason=e.strerror or e))


def _format_choice(choices: tuple[str, ...], value: str) -> str:
    return t("cli.format_choice", choices=t("sep.or").join(choices), value=value)


def _fail(message: str) -> typer.Exit:
    print(f"licang-check: error: {message}", file=sys.stderr)
    raise typer.Exit(2)
