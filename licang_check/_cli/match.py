"""``licang-check match``: draft the ``source:`` of an article's figures from a table."""

# No `from __future__ import annotations` here (see draft.py): typer reads the
# signature with typing.get_type_hints.
import os
import re
import sys
from pathlib import Path
from typing import Annotated

import typer

from licang_check._cli.common import _article_fail, _fail, _format_choice, _h, commands
from licang_check._i18n.messages import t


@commands.command("match", help=_h("match"))
def match_cmd(
    article: Annotated[str, typer.Argument(help=_h("article"))],
    source: Annotated[str, typer.Option("--source", "-s", help=_h("match.source"))],
    sheet: Annotated[str | None, typer.Option(help=_h("match.sheet"))] = None,
    source_id: Annotated[str | None, typer.Option("--id", help=_h("match.id"))] = None,
    output_format: Annotated[str, typer.Option("--format", "-f", help=_h("match.format"))] = "yaml",
) -> None:
    from licang_check.claims.article import ArticleError, read_article
    from licang_check.sources.match import match_table, render_json, render_yaml
    from licang_check.sources.readers import TABLES, SourceError, kind_of, read_table

    if output_format not in ("yaml", "json"):
        raise _fail(_format_choice(("yaml", "json"), output_format))
    kind = kind_of(source)
    if kind not in TABLES:
        raise _fail(t("match.not_a_table", path=source, types=", ".join(TABLES)))
    assert kind is not None
    try:
        text = read_article(Path(article), article)
    except ArticleError as e:
        raise _article_fail(article, e) from None
    try:
        table = read_table(Path(source), source, kind, sheet)
    except SourceError as e:
        raise _fail(str(e)) from None
    sid = source_id or _slug(Path(source).stem)
    matches = match_table(text, table)
    if output_format == "json":
        out = render_json(matches, sid)
    else:
        rel = source.replace(os.sep, "/")
        out = render_yaml(matches, sid, rel, {"sheet": sheet} if sheet else {})
    sys.stdout.write(out)
    sys.stdout.flush()
    found = sum(1 for m in matches if m.candidates)
    print(t("match.summary", found=found, figures=len(matches)), file=sys.stderr)


def _slug(stem: str) -> str:
    """A source id from a file name: ``Bulletin-2024`` → ``bulletin_2024``."""
    slug = re.sub(r"[^a-z0-9_]+", "_", stem.lower()).strip("_")
    return slug if slug[:1].isalpha() else f"t_{slug}" if slug else "table"
