"""``licang-check extract`` and ``init``: draft a claims file from an article."""

# No `from __future__ import annotations` here: typer reads every command's
# signature with typing.get_type_hints, which would then evaluate each
# annotation string again at start-up.
import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from licang_check._cli.common import _article_fail, _fail, _format_choice, _h, commands
from licang_check._i18n.messages import t


@commands.command("extract", help=_h("extract"))
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

    from licang_check.claims.article import ArticleError, draft_text
    from licang_check.draft.extract import draft_claims, title_of
    from licang_check.draft.extract import extract as find_spans
    from licang_check.formats import extract as render

    if output_format not in ("yaml", "json"):
        raise _fail(_format_choice(("yaml", "json"), output_format))
    if output == "-":  # standard output, as verify's -o - (./- is a file named -)
        output = None
    if output is not None and os.path.abspath(output) == os.path.abspath(article):
        raise _fail(t("cli.article_itself", path=output))
    folder = os.path.dirname(os.path.abspath(output)) if output else os.getcwd()
    text, article, page_title = _read(article, folder)
    try:  # a YAML draft's article.text: one that verify reads, or a comment
        named = draft_text(Path(article), Path(folder)) if output_format == "yaml" else None
    except ArticleError as e:
        raise _article_fail(article, e) from None
    title = title or page_title
    spans = find_spans(text)
    claims = draft_claims(text, spans)
    if output is not None and output_format == "yaml" and not claims:
        raise _fail(t("cli.no_figures_written", article=article, path=output))
    if output_format == "json":
        out = render.render_json(spans, claims)
    else:
        assert named is not None
        if not named.named:
            warning = t("article.outside_draft", article=article)
            print(f"licang-check: warning: {warning}", file=sys.stderr)
        from licang_check.draft.proposals import propose

        left_out = [e for e in spans if e.kind != "figure"]
        out = render.render_yaml(
            claims,
            left_out,
            title=title or title_of(text),
            text_path=named.path,
            text_reachable=named.named,
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


def _read(article: str, folder: str) -> tuple[str, str, str | None]:
    """The text to draft, the path the draft names and the page's title.
    For a saved page (HTML, or a page saved as text) the body, written beside
    the draft (in ``folder``) as NAME.body.txt, never over a different file;
    else the article itself. Either is held to the article limit, and a body
    verify would refuse is not written (licang_check.claims.article)."""
    from licang_check.claims.article import (
        ArticleError,
        check_article_size,
        check_body_size,
        draft_text,
        read_page,
    )
    from licang_check.draft.page import body_path, find_body

    try:
        text, size = read_page(Path(article), article)
        page = find_body(Path(article), text)
        if page is None:
            check_article_size(size, article)
            return text, article, None
        check_body_size(page.body, article)
        target = body_path(Path(article), Path(folder))
        draft_text(target, Path(folder))
    except ArticleError as e:  # a PageError too
        raise _article_fail(article, e) from None
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


@commands.command("init", help=_h("init"))
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
    from licang_check.claims.article import ArticleError
    from licang_check.draft.extract import title_of
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
        text, article, page_title = _read(article, str(path.parent))
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
    except ArticleError as e:
        raise _article_fail(article, e) from None
    except InitError as e:
        raise _fail(str(e)) from None
    try:
        write_atomic(path, made.text, force=False)
    except FileExistsRefused:
        raise _fail(t("init.exists", path=path)) from None
    except OSError as e:
        raise _fail(t("cli.cannot_write", path=path, reason=e.strerror or e)) from None
    if not made.text_named:
        print(
            f"licang-check: warning: {t('article.outside_draft', article=article)}", file=sys.stderr
        )
    wrote = t("init.wrote", path=path, claims=made.claims, figures=made.figures, checks=made.checks)
    print(wrote, file=sys.stderr)
    if not made.schema_found:
        print(f"licang-check: {t('init.no_schema', name=SCHEMA_NAME)}", file=sys.stderr)
    print(t("init.next", path=path), file=sys.stderr)
