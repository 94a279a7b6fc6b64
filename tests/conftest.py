"""Shared fixtures and helpers: write a claims file (and its article) into
``tmp_path``, load it, find where things are in it by hand, and run the CLI
(:func:`run_cli`); the Licang sample (:data:`CONTRACT_EXAMPLE` and its
:data:`ARTICLE`). Test modules import the helpers (``from conftest import
run_cli``)."""

from __future__ import annotations

import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Protocol

import pytest
from hypothesis import settings
from typer.testing import CliRunner, Result

from licang_check._i18n.messages import set_language
from licang_check.claims.diagnostics import ClaimsFileError, Diagnostic
from licang_check.claims.load import ClaimsFile, load_claims

DATA = Path(__file__).parent / "data"

# No property test has a time limit: hypothesis's default 200 ms deadline is
# a timed assertion, and it failed on a busy machine. A test's own
# @settings(...) still chooses its number of examples.
settings.register_profile("untimed", deadline=None)
settings.load_profile("untimed")

ARTICLE = (
    "这一年,李沧区落地过亿元项目149个、增长273%,总投资额达到448.6亿元。\n其中54.4%为制造业项目。\n"
)

LANDED_QUOTE = "落地过亿元项目149个、增长273%"

CONTRACT_EXAMPLE = """\
version: 1
article:
  title: 记者区市行 | 青岛李沧:全面塑造高质量发展新优势
  source: 青岛日报
  published: 2023-01-13
  text: article.txt          # the article body, relative to this file (optional)
rounding: half-up            # optional, the default: 四舍五入
tolerance: 10%               # optional, the default: how far 近/约/左右 may stray

claims:
  projects_landed:
    quote: 落地过亿元项目149个、增长273%
    value: 149
    unit: 个
    count: true
    growth: 273%
  total_investment:
    quote: 总投资额达到448.6亿元
    value: 448.6亿
    unit: 元

checks:
  - id: landed_projects_each_over_100m
    says: every 过亿元 project is over 1亿, so the total must be too
    expr: total_investment > projects_landed * 1亿
"""
"""The Licang sample: the contract's example claims file (claims-format-v1.md),
word for word; its quotes are in :data:`ARTICLE`. Tests that change it take a
copy (``CONTRACT_EXAMPLE.replace(...)``)."""


def landed(
    claim_id: str = "projects_landed", *, quote: str = LANDED_QUOTE, growth: bool = True
) -> str:
    """The sample's first claim (149 projects, up 273%), as a block under
    ``claims:``; a shorter ``quote`` (``落地过亿元项目149个``) or no growth
    where a test needs less."""
    block = f"  {claim_id}:\n    quote: {quote}\n    value: 149\n    count: true\n"
    return block + ("    growth: 273%\n" if growth else "")


def licang_yaml(
    *claims: str,
    title: str = "t",
    text: str | None = "article.txt",
    settings: str = "",
) -> str:
    """A claims file of the sample's claims (``claims``: blocks such as
    :func:`landed` gives; that one alone by default): ``title``, the article
    at ``text`` (None: no ``text:``), and ``settings`` (``rounding: half-up``)
    as top-level lines after the article."""
    head = f"version: 1\narticle:\n  title: {title}\n"
    if text is not None:
        head += f"  text: {text}\n"
    if settings:
        head += settings.rstrip("\n") + "\n"
    return head + "claims:\n" + "".join(claims or (landed(),))


class WriteClaims(Protocol):
    def __call__(
        self, body: str, *, article: str | None = None, name: str = "claims.yaml"
    ) -> Path: ...


def dedent(body: str) -> str:
    """The YAML as it will be written: dedented, first line is line 1."""
    return textwrap.dedent(body).lstrip("\n")


@pytest.fixture(autouse=True)
def _english_messages(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Messages in English whatever the machine's locale (LANG=zh_CN.UTF-8 would
    otherwise give Chinese ones, CLI runs and subprocesses included); a test of
    Chinese messages asks for them."""
    monkeypatch.setenv("LC_ALL", "C.UTF-8")
    set_language("en")
    yield
    set_language("en")


@pytest.fixture
def write_claims(tmp_path: Path) -> WriteClaims:
    """Write ``body`` (dedented) as a claims file; ``article`` as article.txt."""

    def write(body: str, *, article: str | None = None, name: str = "claims.yaml") -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(dedent(body), encoding="utf-8")
        if article is not None:
            (path.parent / "article.txt").write_text(article, encoding="utf-8")
        return path

    return write


def where(text: str, needle: str, nth: int = 1) -> tuple[int, int]:
    """The 1-based line and (character) column of the ``nth`` ``needle`` in ``text``."""
    start = -1
    for _ in range(nth):
        start = text.index(needle, start + 1)
    line = text.count("\n", 0, start) + 1
    column = start - (text.rfind("\n", 0, start) + 1) + 1
    return line, column


def errors_of(path: Path) -> list[Diagnostic]:
    """The diagnostics of a claims file that must not load."""
    with pytest.raises(ClaimsFileError) as info:
        load_claims(path)
    assert info.value.diagnostics, "a ClaimsFileError carries at least one diagnostic"
    return info.value.diagnostics


def error_at(path: Path, fragment: str) -> Diagnostic:
    """The one diagnostic whose message holds ``fragment``."""
    found = [d for d in errors_of(path) if fragment in d.message]
    assert len(found) == 1, f"want one error with {fragment!r}, got {errors_of(path)}"
    return found[0]


def load(path: Path) -> ClaimsFile:
    return load_claims(path)


def run_cli(*args: str, input: str | None = None) -> Result:
    """``licang-check ARGS`` in this process (typer's ``CliRunner``), its
    standard error apart; asserts that it ends by exiting, with no traceback
    and no other exception."""
    from licang_check._cli.app import app

    result = CliRunner().invoke(app, list(args), input=input)
    assert "Traceback" not in result.stdout + result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(
        result.exception
    )
    return result
