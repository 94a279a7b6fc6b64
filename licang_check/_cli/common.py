"""What every command shares: the typer app, the language of ``--help``, colour,
and how a command fails or writes a file."""

# No `from __future__ import annotations` here: typer reads every command's
# signature with typing.get_type_hints, which would then evaluate each
# annotation string again at start-up.
import enum
import os
import sys
from collections.abc import Iterator, MutableMapping
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
import typer.main
from typer._click.core import Command, Context
from typer.core import TyperGroup
from typer.models import CommandInfo, TyperInfo

from licang_check import __version__
from licang_check._i18n.messages import MESSAGES, Lang, language_from_env, t

if TYPE_CHECKING:
    from licang_check.claims.article import ArticleError


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


def _click_in_chinese() -> None:
    """Put click's and typer's own words ("Usage:", "Options", "Show this
    message and exit.") into Chinese, from the gettext catalogue shipped in
    ``licang_check/_i18n/locale`` (only for a Chinese run: the English run
    never opens it). typer.core asks gettext for its words; the usage prefix
    and option help that typer's click writes in English are translated as
    they are drawn."""
    import gettext

    import typer.core
    from typer._click import formatting

    from licang_check._i18n.po import CLICK_MO

    try:
        with CLICK_MO.open("rb") as f:
            words = gettext.GNUTranslations(f).gettext
    except OSError:  # pragma: no cover - an installation without its package data
        return
    typer.core._ = words  # type: ignore[attr-defined]
    write_usage = formatting.HelpFormatter.write_usage

    def usage(
        self: formatting.HelpFormatter, prog: str, args: str = "", prefix: str | None = None
    ) -> None:
        write_usage(self, prog, args, words("Usage: ") if prefix is None else prefix)

    formatting.HelpFormatter.write_usage = usage  # type: ignore[method-assign]
    for cls in (typer.core.TyperOption, typer.core.TyperArgument):
        record = cls.get_help_record

        def translated(self: Any, ctx: Any, _record: Any = record) -> Any:
            own = self.help
            self.help = words(own) if own else own
            try:
                return _record(self, ctx)
            finally:
                self.help = own

        cls.get_help_record = translated  # type: ignore[method-assign]
    from licang_check._i18n.click_errors import install

    install()  # and the usage errors ("Error: No such option: --nosuch")


if _HELP_LANG == "zh":
    _click_in_chinese()

GLOBAL_OPTIONS = {"--lang": True, "--color": True}
"""The app's own options that may also come after the command (``verify
--lang zh``), and whether each takes a value."""


class _Group(TyperGroup):
    """The app's group: the global options (``--lang``, ``--color``) are
    taken wherever they are on the command line, before ``--``, as ruff and
    git take theirs; they are moved in front of the command before parsing.

    Its commands are those of :data:`COMMANDS`, each imported and made a
    click command only when it is looked up (:class:`_Commands`): a run
    imports and builds the command it runs, ``--help`` and completion every
    one."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.commands = _Commands(self.commands)

    def list_commands(self, ctx: Context) -> list[str]:
        return list(self.commands)  # the names, without building the commands

    def parse_args(self, ctx: Context, args: list[str]) -> list[str]:
        return super().parse_args(ctx, hoist_global_options(args))


COMMANDS = {
    "extract": "draft",
    "init": "draft",
    "explain": "explain",
    "schema": "explain",
    "match": "match",
    "verify": "verify",
    "derive": "derive",
}
"""Every command of the app, in the order ``--help`` lists them, and the
module of ``licang_check._cli`` that registers it on :data:`commands`:
imported when the command is first looked up."""


class _Commands(MutableMapping[str, Command]):
    """The app's commands by name (:data:`COMMANDS`, after any typer gave
    the group itself); each is converted from its typer registration by
    typer's own functions when first looked up, and kept."""

    def __init__(self, made: MutableMapping[str, Command]) -> None:
        self._made = dict(made)
        self._order = [*self._made, *(n for n in COMMANDS if n not in self._made)]

    def __getitem__(self, name: str) -> Command:
        made = self._made.get(name)
        if made is None:
            import_module(f"licang_check._cli.{COMMANDS[name]}")
            made = self._made[name] = _convert(registered(name))
        return made

    def __setitem__(self, name: str, command: Command) -> None:
        if name not in self._order:
            self._order.append(name)
        self._made[name] = command

    def __delitem__(self, name: str) -> None:
        self._order.remove(name)
        self._made.pop(name, None)

    def __iter__(self) -> Iterator[str]:
        return iter(self._order)

    def __len__(self) -> int:
        return len(self._order)


def registered(name: str) -> CommandInfo | TyperInfo:
    """The registration of the command (or group) ``name`` on :data:`commands`."""
    for info in commands.registered_commands:
        assert info.callback is not None
        if (info.name or typer.main.get_command_name(info.callback.__name__)) == name:
            return info
    for group in commands.registered_groups:
        if group.name == name:
            return group
    raise KeyError(name)


def _convert(info: CommandInfo | TyperInfo) -> Command:
    """A command (or group) registered on :data:`commands` as click's, made
    as typer makes those of ``app`` (with ``app``'s settings)."""
    if isinstance(info, TyperInfo):
        return typer.main.get_group_from_info(
            info,
            pretty_exceptions_short=app.pretty_exceptions_short,
            suggest_commands=app.suggest_commands,
            rich_markup_mode=app.rich_markup_mode,
        )
    return typer.main.get_command_from_info(
        info,
        pretty_exceptions_short=app.pretty_exceptions_short,
        rich_markup_mode=app.rich_markup_mode,
    )


def hoist_global_options(args: list[str]) -> list[str]:
    """``args`` with every global option (and its value) after the first
    word that is not an option moved in front of that word."""
    front: list[str] = []
    rest: list[str] = []
    i, seen_command = 0, False
    while i < len(args):
        arg = args[i]
        if arg == "--":
            rest.extend(args[i:])
            break
        name = arg.split("=", 1)[0]
        if seen_command and name in GLOBAL_OPTIONS:
            takes_value = GLOBAL_OPTIONS[name] and "=" not in arg
            front.extend(args[i : i + 1 + takes_value])
            i += 1 + takes_value
            continue
        if not arg.startswith("-"):
            seen_command = True
        (rest if seen_command else front).append(arg)
        i += 1
    return front + rest


def _h(key: str) -> str:
    """The help text ``help.<key>`` of the catalogue, in the language of --help."""
    return MESSAGES[f"help.{key}"][_HELP_LANG]


CONTEXT = {"help_option_names": ["-h", "--help"]}
"""``-h`` as well as ``--help``, on every command (subcommands inherit it)."""

app = typer.Typer(
    name="licang-check",
    cls=_Group,
    help=_h("app"),
    no_args_is_help=True,
    context_settings=CONTEXT,
    # --install-completion and --show-completion (bash, zsh, fish, PowerShell)
    add_completion=True,
    pretty_exceptions_enable=False,
    # Plain help and usage errors, as ruff and yamllint print them: Rich's help
    # formatter imports Markdown and more, and doubles the cost of `--help`.
    rich_markup_mode=None,
)
commands = typer.Typer()
"""Where the commands are registered (``@commands.command``) and command
groups added: they are the app's (:class:`_Group`), built one at a time."""
derive_app = typer.Typer(
    help=_h("derive"), no_args_is_help=True, rich_markup_mode=None, context_settings=CONTEXT
)
commands.add_typer(derive_app, name="derive")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"licang-check {__version__}")
        raise typer.Exit()


class Language(enum.StrEnum):
    EN = "en"
    ZH = "zh"


class ColorChoice(enum.StrEnum):
    AUTO = "auto"
    ALWAYS = "always"
    NEVER = "never"


_COLOR = ColorChoice.AUTO
"""``--color`` of this run."""


@app.callback(help=_h("app"))
def _main(
    ctx: typer.Context,
    version: Annotated[
        bool,
        typer.Option("--version", "-V", callback=_version, is_eager=True, help=_h("version")),
    ] = False,
    lang: Annotated[Language | None, typer.Option("--lang", help=_h("lang"))] = None,
    color: Annotated[
        ColorChoice, typer.Option("--color", help=_h("color"), show_default=False)
    ] = ColorChoice.AUTO,
) -> None:
    from licang_check._i18n.messages import language, language_from_env, set_language

    global _COLOR
    previous, previous_color = language(), _COLOR
    set_language(language_from_env() if lang is None else lang.value)
    _COLOR = color

    def restore() -> None:
        global _COLOR
        set_language(previous)
        _COLOR = previous_color

    ctx.call_on_close(restore)


def _color(stream: object) -> bool:
    """Whether to colour what goes to ``stream``: ``--color always|never``
    decides; else never with ``NO_COLOR``, always with ``FORCE_COLOR``
    (either set and not empty), else only on a terminal."""
    if _COLOR is not ColorChoice.AUTO:
        return _COLOR is ColorChoice.ALWAYS
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
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


def _article_fail(article: str, e: "ArticleError") -> typer.Exit:
    """``ARTICLE:LINE:COL: error: MESSAGE``, exit 2, for an article the
    command line names that is not read or not named in a draft: the form
    of ``verify``'s errors, which give the same message at ``text:``."""
    from licang_check.claims.diagnostics import Diagnostic

    print(Diagnostic(e.line, e.column, str(e)).render(article), file=sys.stderr)
    raise typer.Exit(2)
