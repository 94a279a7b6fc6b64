"""The command line: parse options, call one library function, render, exit.

Heavy modules (Rich, the checks) are imported inside the commands so that
start-up stays close to the cost of typer itself.
"""

# No `from __future__ import annotations` here: typer reads every command's
# signature with typing.get_type_hints, which would then evaluate each
# annotation string again at start-up (~14 ms for these commands).
import contextlib
import enum
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

from licang_check import __version__
from licang_check._i18n.messages import MESSAGES, Lang, language_from_env, t
from licang_check.formats import OutputFormat
from licang_check.numeric.rounding import RoundingMode

if TYPE_CHECKING:
    from licang_check.solve.derivations import Derivation


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


@app.command(help=_h("verify"))
def verify(
    paths: Annotated[list[str] | None, typer.Argument(help=_h("verify.paths"))] = None,
    output_format: Annotated[
        OutputFormat | None,
        typer.Option("--format", "-f", help=_h("verify.format"), show_default=False),
    ] = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help=_h("verify.output"))] = None,
    force: Annotated[bool, typer.Option("--force", help=_h("force"))] = False,
    isolated: Annotated[bool, typer.Option("--isolated", help=_h("isolated"))] = False,
) -> None:
    from licang_check.claims.config import Config, ConfigError, find_config
    from licang_check.formats import get_formatter
    from licang_check.run.results import FileReport, Summary
    from licang_check.run.verify import verify_paths

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
        _write_report(output, out, force=force)
    print(summary.line(), file=sys.stderr)
    raise typer.Exit(summary.exit_code)


def _write_report(path: Path, text: str, *, force: bool) -> None:
    from licang_check._cli.atomic import FileExistsRefused, write_atomic

    try:
        write_atomic(path, text, force=force)
    except FileExistsRefused as e:
        _fail(str(e))
    except OSError as e:
        _fail(t("cli.cannot_write", path=path, reason=e.strerror or e))


@derive_app.command("growth", help=_h("growth"))
def derive_growth_cmd(
    current: Annotated[str | None, typer.Option(help=_h("growth.current"))] = None,
    prior: Annotated[str | None, typer.Option(help=_h("growth.prior"))] = None,
    rate: Annotated[str | None, typer.Option(help=_h("growth.rate"))] = None,
    count: Annotated[bool, typer.Option("--count", help=_h("growth.count"))] = False,
    rounding: Annotated[RoundingMode, typer.Option(help=_h("rounding"))] = RoundingMode.HALF_UP,
    output_format: Annotated[
        str, typer.Option("--format", "-f", help=_h("table_or_json"))
    ] = "table",
) -> None:
    from licang_check.numeric.wholes import DeriveError
    from licang_check.solve.derivations import derive_growth

    if output_format not in ("table", "json"):
        _fail(_format_choice(("table", "json"), output_format))
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


CountOption = Annotated[bool, typer.Option("--count", help=_h("count"))]
RoundingOption = Annotated[RoundingMode, typer.Option(help=_h("rounding"))]
FormatOption = Annotated[str, typer.Option("--format", "-f", help=_h("table_or_json"))]


def _derived(make: Callable[[], "Derivation"], output_format: str) -> NoReturn:
    """Run a derive command: solve, render, exit 0 (fits) or 1 (no whole number fits)."""
    from licang_check.formats import derivation as render
    from licang_check.numeric.wholes import DeriveError

    if output_format not in ("table", "json"):
        _fail(_format_choice(("table", "json"), output_format))
    try:
        d = make()
    except DeriveError as e:
        _fail(str(e))
    if output_format == "json":
        sys.stdout.write(render.render_json(d))
    else:
        sys.stdout.write(render.render_table(d, color=_color(sys.stdout)))
    raise typer.Exit(0 if d.consistent else 1)


@derive_app.command("share", help=_h("share"))
def derive_share_cmd(
    part: Annotated[str | None, typer.Option(help=_h("share.part"))] = None,
    whole: Annotated[str | None, typer.Option(help=_h("share.whole"))] = None,
    share: Annotated[str | None, typer.Option(help=_h("share.share"))] = None,
    count: CountOption = False,
    rounding: RoundingOption = RoundingMode.HALF_UP,
    output_format: FormatOption = "table",
) -> None:
    from licang_check.solve.derivations import SHARE, derive

    texts = {"part": part, "whole": whole, "share": share}
    _derived(lambda: derive(SHARE, texts, count=count, rounding=rounding), output_format)


@derive_app.command("mean", help=_h("mean"))
def derive_mean_cmd(
    total: Annotated[str | None, typer.Option(help=_h("mean.total"))] = None,
    n: Annotated[str | None, typer.Option("--n", help=_h("mean.n"))] = None,
    mean: Annotated[str | None, typer.Option(help=_h("mean.mean"))] = None,
    count: CountOption = False,
    rounding: RoundingOption = RoundingMode.HALF_UP,
    output_format: FormatOption = "table",
) -> None:
    from licang_check.solve.derivations import MEAN, derive

    texts = {"total": total, "n": n, "mean": mean}
    _derived(lambda: derive(MEAN, texts, count=count, rounding=rounding), output_format)


@derive_app.command("sum", help=_h("sum"))
def derive_sum_cmd(
    parts: Annotated[str | None, typer.Option(help=_h("sum.parts"))] = None,
    part: Annotated[list[str] | None, typer.Option("--part", help=_h("sum.part"))] = None,
    total: Annotated[str | None, typer.Option(help=_h("sum.total"))] = None,
    count: CountOption = False,
    rounding: RoundingOption = RoundingMode.HALF_UP,
    output_format: FormatOption = "table",
) -> None:
    import re

    from licang_check.solve.derivations import derive_sum

    listed = [p for p in re.split(r"[,、;；，]", parts or "") if p.strip()] + list(part or [])
    _derived(lambda: derive_sum(listed, total, count=count, rounding=rounding), output_format)


@derive_app.command("cagr", help=_h("cagr"))
def derive_cagr_cmd(
    years: Annotated[int, typer.Option(help=_h("cagr.years"))],
    start: Annotated[str | None, typer.Option(help=_h("cagr.start"))] = None,
    end: Annotated[str | None, typer.Option(help=_h("cagr.end"))] = None,
    rate: Annotated[str | None, typer.Option(help=_h("cagr.rate"))] = None,
    count: CountOption = False,
    rounding: RoundingOption = RoundingMode.HALF_UP,
    output_format: FormatOption = "table",
) -> None:
    from licang_check.solve.derivations import cagr, derive

    texts = {"start": start, "end": end, "rate": rate}
    _derived(lambda: derive(cagr(years), texts, count=count, rounding=rounding), output_format)


@app.command("extract", help=_h("extract"))
def extract_cmd(
    article: Annotated[str, typer.Argument(help=_h("article"))],
    output_format: Annotated[
        str, typer.Option("--format", "-f", help=_h("extract.format"))
    ] = "yaml",
    output: Annotated[str | None, typer.Option("--output", "-o", help=_h("extract.output"))] = None,
    force: Annotated[bool, typer.Option("--force", help=_h("force"))] = False,
    title: Annotated[str | None, typer.Option(help=_h("extract.title"))] = None,
) -> None:
    from pathlib import Path

    from licang_check.draft.extract import ArticleError, draft_claims, read_article, title_of
    from licang_check.draft.extract import extract as find_spans
    from licang_check.formats import extract as render

    if output_format not in ("yaml", "json"):
        raise _fail(_format_choice(("yaml", "json"), output_format))
    if output is not None and os.path.abspath(output) == os.path.abspath(article):
        raise _fail(t("cli.article_itself", path=output))
    try:
        text = read_article(Path(article))
    except ArticleError as e:
        raise _fail(str(e)) from None
    spans = find_spans(text)
    claims = draft_claims(text, spans)
    if output_format == "json":
        out = render.render_json(spans, claims)
    else:
        base = os.path.dirname(os.path.abspath(output)) if output else os.getcwd()
        try:
            rel = os.path.relpath(os.path.abspath(article), base).replace(os.sep, "/")
        except ValueError:  # another drive: no relative path
            rel = os.path.abspath(article)
        reachable = not (os.path.isabs(rel) or rel == ".." or rel.startswith("../"))
        if not reachable:
            warning = t("cli.article_unreachable", article=article)
            print(f"licang-check: warning: {warning}", file=sys.stderr)
        left_out = [e for e in spans if e.kind != "figure"]
        out = render.render_yaml(
            claims,
            left_out,
            title=title or title_of(text),
            text_path=rel,
            text_reachable=reachable,
        )
    if output is None:
        sys.stdout.write(out)
        sys.stdout.flush()
    else:
        from licang_check._cli.atomic import FileExistsRefused, write_atomic

        try:
            write_atomic(Path(output), out, force=force)
        except FileExistsRefused as e:
            raise _fail(str(e)) from None
        except OSError as e:
            raise _fail(t("cli.cannot_write", path=output, reason=e.strerror or e)) from None
    figures = sum(e.kind == "figure" for e in spans)
    left = len(spans) - figures
    print(t("cli.extracted", figures=figures, claims=len(claims), left=left), file=sys.stderr)
    if not claims:
        print(f"licang-check: warning: {t('cli.no_figures')}", file=sys.stderr)


def _stdin_is_tty() -> bool:
    return sys.stdin.isatty()


@app.command("init", help=_h("init"))
def init_cmd(
    article: Annotated[str, typer.Argument(help=_h("article"))],
    output: Annotated[str | None, typer.Option("--output", "-o", help=_h("init.output"))] = None,
    title: Annotated[str | None, typer.Option(help=_h("init.title"))] = None,
    source: Annotated[str | None, typer.Option(help=_h("init.source"))] = None,
    published: Annotated[str | None, typer.Option(help=_h("init.published"))] = None,
    url: Annotated[str | None, typer.Option(help=_h("init.url"))] = None,
    no_input: Annotated[bool, typer.Option("--no-input", help=_h("init.no_input"))] = False,
) -> None:
    from licang_check._cli.atomic import FileExistsRefused, write_atomic
    from licang_check.draft.extract import ArticleError, read_article, title_of
    from licang_check.draft.init import (
        SCHEMA_NAME,
        InitError,
        Metadata,
        check_published,
        default_output,
        new_claims_file,
    )

    path = Path(output) if output is not None else default_output(Path(article))
    if path.exists() or path.is_symlink():
        _fail(t("init.exists", path=path))
    try:
        text = read_article(Path(article))
        if published:
            check_published(published)
        if not no_input and _stdin_is_tty():
            title = title or typer.prompt(t("init.ask.title"), default=title_of(text))
            source = source or typer.prompt(t("init.ask.source"), default="", show_default=False)
            while not published:
                published = typer.prompt(t("init.ask.published"), default="", show_default=False)
                if not published:
                    break
                try:
                    check_published(published)
                except InitError as e:
                    typer.echo(str(e), err=True)
                    published = None
            url = url or typer.prompt(t("init.ask.url"), default="", show_default=False)
        made = new_claims_file(text, Path(article), path, Metadata(title, source, published, url))
    except (ArticleError, InitError) as e:
        raise _fail(str(e)) from None
    try:
        write_atomic(path, made.text, force=False)
    except FileExistsRefused:
        raise _fail(t("init.exists", path=path)) from None
    except OSError as e:
        raise _fail(t("cli.cannot_write", path=path, reason=e.strerror or e)) from None
    print(t("init.wrote", path=path, claims=made.claims, figures=made.figures), file=sys.stderr)
    if not made.schema_found:
        print(f"licang-check: {t('init.no_schema', name=SCHEMA_NAME)}", file=sys.stderr)
    print(t("init.next", path=path), file=sys.stderr)


@app.command("schema", help=_h("schema"))
def schema_cmd() -> None:
    from licang_check.claims.schema import schema_json

    sys.stdout.write(schema_json())


@app.command("explain", help=_h("explain"))
def explain_cmd(
    wanted: Annotated[str, typer.Argument(metavar="ID", help=_h("explain.id"))],
    path: Annotated[str, typer.Argument(metavar="PATH", help=_h("explain.path"))] = "claims.yaml",
    output_format: Annotated[
        str, typer.Option("--format", "-f", help=_h("explain.format"))
    ] = "text",
    isolated: Annotated[bool, typer.Option("--isolated", help=_h("isolated"))] = False,
) -> None:
    from licang_check.claims.config import Config, ConfigError, find_config
    from licang_check.claims.diagnostics import ClaimsFileError
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
        _fail(f"{path}: {e}")
    if output_format == "json":
        import json

        data = {"path": path, "id": wanted, "results": [explanation_dict(x) for x in explained]}
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(render_text(path, explained))
    raise typer.Exit(0 if all(x.result.consistent for x in explained) else 1)


def _format_choice(choices: tuple[str, ...], value: str) -> str:
    return t("cli.format_choice", choices=t("sep.or").join(choices), value=value)


def _fail(message: str) -> typer.Exit:
    print(f"licang-check: error: {message}", file=sys.stderr)
    raise typer.Exit(2)


def main() -> None:
    """The ``licang-check`` console script: run the app, then end the process
    at once.

    The interpreter's teardown (its last garbage collection over every object
    the run made, then every module taken apart) cost a short run about 20
    ms, more than checking the shipped article, to free memory the ending
    process gives back anyway. So, as mypy does (``util.hard_exit``), the
    script flushes stdout and stderr and calls ``os._exit`` with the run's
    exit code. Everything the commands write is complete by then (``-o``
    files are written and renamed before a command returns); what is skipped
    is ``atexit`` handlers, of which licang-check registers none. An
    exception other than an exit (Ctrl-C) leaves the usual way.
    """
    try:
        app()
    except SystemExit as e:
        _hard_exit(e.code)
    except OSError as e:  # writing the output failed (a full disk); a closed pipe is click's
        print(f"licang-check: error: {e}", file=sys.stderr)
        _hard_exit(2)
    _hard_exit(0)  # pragma: no cover - typer's app always exits


def _hard_exit(code: object) -> NoReturn:
    """``sys.exit(code)`` without the interpreter's teardown: what is left in
    stdout is flushed, and if that fails (but for a reader gone) the run is an
    error, exit 2, as a failed write of the output is."""
    if code is None:
        status = 0
    elif isinstance(code, int):
        status = code
    else:  # sys.exit("message"): printed, status 1, as Python does
        print(code, file=sys.stderr)
        status = 1
    try:
        sys.stdout.flush()
    except BrokenPipeError:  # the reader is gone: nothing more to deliver
        pass
    except OSError as e:
        print(f"licang-check: error: {e}", file=sys.stderr)
        status = max(status, 2)
    with contextlib.suppress(OSError, ValueError):
        sys.stderr.flush()
    os._exit(status)
