"""``licang-check extract`` and ``init``: draft a claims file from an article."""

# No `from __future__ import annotations` here: typer reads every command's
# signature with typing.get_type_hints, which would then evaluate each
# annotation string again at start-up.
import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from licang_check._cli.common import _fail, _format_choice, _h, app
from licang_check._i18n.messages import t


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
    if output == "-":  # standard output, as verify's -o - (./- is a file named -)
        output = None
    if output is not None and os.path.abspath(output) == os.path.abspath(article):
        raise _fail(t("cli.article_itself", path=output))
    try:
        text = read_article(Path(article))
    except ArticleError as e:
        raise _fail(str(e)) from None
    folder = os.path.dirname(os.path.abspath(output)) if output else os.getcwd()
    text, article, page_title = _page_body(article, text, folder)
    title = title or page_title
    spans = find_spans(text)
    claims = draft_claims(text, spans)
    if output is not None and output_format == "yaml" and not claims:
        raise _fail(t("cli.no_figures_written", article=article, path=output))
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
        from licang_check.draft.proposals import propose

        left_out = [e for e in spans if e.kind != "figure"]
        out = render.render_yaml(
            claims,
            left_out,
            title=title or title_of(text),
            text_path=rel,
            text_reachable=reachable,
            proposals=propose(text, spans, claims),
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


def _page_body(article: str, text: str, folder: str) -> tuple[str, str, str | None]:
    """The article's text, its path for the draft and its title: for a saved
    page (HTML, or a page saved as text) the body, written beside the draft
    as NAME.body.txt (never over a different file); else ``text`` itself."""
    from licang_check.draft.page import PageError, body_path, find_body

    try:
        page = find_body(Path(article), text)
    except PageError as e:
        raise _fail(str(e)) from None
    if page is None:
        return text, article, None
    target = body_path(Path(article), Path(folder))
    if os.path.abspath(target) == os.path.abspath(article):
        raise _fail(t("cli.article_itself", path=target))
    existing = None
    if target.is_file() and not target.is_symlink():
        try:
            existing = target.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            existing = None
    if existing != page.body:
        from licang_check._cli.atomic import FileExistsRefused, write_atomic

        try:
            write_atomic(target, page.body, force=False)
        except FileExistsRefused:
            raise _fail(t("page.body_exists", path=target)) from None
        except OSError as e:
            raise _fail(t("cli.cannot_write", path=target, reason=e.strerror or e)) from None
    print(t("page.body_written", kind=page.kind, path=target), file=sys.stderr)
    return page.body, str(target), page.title


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
        text, article, page_title = _page_body(article, text, str(path.parent))
        title = title or page_title
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
    wrote = t("init.wrote", path=path, claims=made.claims, figures=made.figures, checks=made.checks)
    print(wrote, file=sys.stderr)
    if not made.schema_found:
        print(f"licang-check: {t('init.no_schema', name=SCHEMA_NAME)}", file=sys.stderr)
    print(t("init.next", path=path), file=sys.stderr)
