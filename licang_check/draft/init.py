"""``licang-check init``: a new claims file for a new article, in one step.

The article's printed figures are drafted by :mod:`licang_check.draft.extract`
(each a claim with its quotes), the article's metadata is written as given,
and the first line names ``claims.schema.json`` for editors. The command
line asks for what is missing and writes the file (never over one).
"""

from __future__ import annotations

import datetime
import os
import re
from dataclasses import dataclass
from pathlib import Path

from licang_check._i18n.messages import t
from licang_check.claims.article import draft_text
from licang_check.draft.extract import draft_claims, extract, title_of
from licang_check.draft.proposals import propose
from licang_check.formats.extract import render_yaml

__all__ = [
    "SCHEMA_NAME",
    "InitError",
    "Metadata",
    "NewClaimsFile",
    "check_published",
    "default_output",
    "find_schema",
    "new_claims_file",
]

SCHEMA_NAME = "claims.schema.json"


class InitError(ValueError):
    """A claims file cannot be made (the message says why)."""


@dataclass(frozen=True, slots=True)
class Metadata:
    """The article's keys in the claims file; None is left out (title: the first line)."""

    title: str | None = None
    source: str | None = None
    published: str | None = None
    url: str | None = None


@dataclass(frozen=True, slots=True)
class NewClaimsFile:
    text: str
    """The claims file."""
    claims: int
    figures: int
    checks: int
    """How many checks are proposed."""
    schema_found: bool
    """Whether the modeline names a ``claims.schema.json`` that exists."""
    text_named: bool = True
    """Whether ``article.text`` is named (else it is a comment: the article
    is outside the claims file's folder)."""


def default_output(article: Path) -> Path:
    """``claims.yaml`` next to the article."""
    return article.parent / "claims.yaml"


def check_published(text: str) -> str:
    """``text`` if it is a date YYYY-MM-DD, as the loader reads one; else InitError."""
    try:
        if not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", text):
            raise ValueError
        datetime.date.fromisoformat(text)
    except ValueError:
        raise InitError(t("init.bad_date", text=text)) from None
    return text


def find_schema(folder: Path) -> Path | None:
    """The nearest ``claims.schema.json`` in ``folder`` or above it, up to the
    repository's top (the first folder holding ``.git``)."""
    folder = folder.resolve()
    for place in (folder, *folder.parents):
        if (place / SCHEMA_NAME).is_file():
            return place / SCHEMA_NAME
        if (place / ".git").exists():
            return None
    return None


def _relative(target: Path, folder: Path) -> str:
    rel = os.path.relpath(target.resolve(), folder.resolve()).replace(os.sep, "/")
    return rel if rel.startswith("../") else "./" + rel


def new_claims_file(
    article_text: str, article: Path, output: Path, meta: Metadata
) -> NewClaimsFile:
    """The claims file for ``article`` (its text ``article_text``) to be
    written at ``output``. InitError when the article has no figure: a claims
    file needs a claim, and one with none would not load; ArticleError when
    verify would refuse the ``article.text`` it would hold
    (:func:`~licang_check.claims.article.draft_text`)."""
    folder = output.parent
    named = draft_text(article, folder)
    spans = extract(article_text)
    claims = draft_claims(article_text, spans)
    figures = sum(e.kind == "figure" for e in spans)
    if not claims:
        raise InitError(t("init.no_figures", article=article))
    schema = find_schema(folder)
    modeline = _relative(schema, folder) if schema else f"./{SCHEMA_NAME}"
    metadata = [
        (key, value)
        for key, value in (
            ("source", meta.source),
            ("published", meta.published),
            ("url", meta.url),
        )
        if value
    ]
    proposals = propose(article_text, spans, claims)
    text = render_yaml(
        claims,
        [e for e in spans if e.kind != "figure"],
        title=meta.title or title_of(article_text),
        text_path=named.path,
        text_reachable=named.named,
        metadata=metadata,
        schema=modeline.replace(" ", "%20"),
        command="init",
        proposals=proposals,
    )
    return NewClaimsFile(
        text, len(claims), figures, len(proposals), schema is not None, named.named
    )
