"""The article body of a page as a fact-checker saves it from the browser.

Two forms are read:

- an **HTML page** (``.html``/``.htm``, or text that starts as HTML): its
  main text is found by trafilatura (the optional extra ``[html]``: about
  60 MB installed and a third of a second to import, so it is imported here,
  on this path only);
- the **saved text of a page** (the browser's "save as text", as the shipped
  seed is): the body runs from the line after the title's second printing
  (and its ``来源:`` line) to the reporter's credit (``（…记者 张晋）``), or
  to the first line of the page's footer (``[ 责编:…]``, ``相关阅读``).

Plain article text is neither, and is used as it is (:func:`find_body`
returns None). The body is written beside the draft (:func:`body_path`) and
the draft's ``article.text`` names it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from licang_check._i18n.messages import t
from licang_check.claims.article import ArticleError

__all__ = ["Page", "PageError", "body_path", "find_body", "is_html"]

_HTML_START = re.compile(r"\s*(?:<!doctype\s+html|<html|<head|<body|<meta|<!--)", re.I)
_READING = re.compile(r"^\s*(?:正在阅读|当前位置)[:：]\s*(?P<title>.+?)\s*$")
_SOURCE = re.compile(r"^\s*(?:来源|來源|稿源)[:：]")
_META = re.compile(
    r"^[0-9]{4}[-年/.][0-9]{1,2}[-月/.][0-9]{1,2}日?\s*[0-9:：]*\s*(?:来源|來源)[:：]\S*$"
)
_CREDIT = re.compile(r"[（(][^（()）\n]{0,30}(?:记者|記者|通讯员|通訊員)[^（()）\n]{0,20}[)）]\s*$")
_FOOTER = re.compile(
    r"^\s*(?:\[\s*责编|\[\s*責編|责任编辑|責任編輯|【责任编辑|相关阅读|相關閱讀|阅读剩余全文|分享到)"
)


class PageError(ArticleError):
    """The page could not be read (the message says why): reported, as an
    article that is not read is, at line 1, column 1 of the page."""


@dataclass(frozen=True, slots=True)
class Page:
    """The body of a saved page."""

    body: str
    title: str | None
    kind: str
    """``html`` or ``text``: what the page was saved as."""


def is_html(path: Path, text: str) -> bool:
    """Whether ``text`` (read from ``path``) is an HTML page."""
    return path.suffix.lower() in (".html", ".htm", ".xhtml") or bool(_HTML_START.match(text))


def find_body(path: Path, text: str) -> Page | None:
    """The body of the page ``text`` read from ``path``; None when the text
    is an article already (no page around it)."""
    if is_html(path, text):
        return _from_html(text, path)
    return _from_saved_text(text)


def _from_html(html: str, path: Path) -> Page:
    try:
        import trafilatura
    except ImportError:
        raise PageError(t("page.no_trafilatura", path=path)) from None
    body = trafilatura.extract(
        html,
        output_format="txt",
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        favor_precision=True,
    )
    meta = trafilatura.extract_metadata(html)
    title = meta.title if meta is not None and meta.title else None
    lines = [line.strip() for line in (body or "").splitlines()]
    # The headline and the date-and-source line above the text are the page's.
    while lines and (not lines[0] or lines[0] == title or _META.search(lines[0])):
        lines.pop(0)
    if not lines:
        raise PageError(t("page.no_body", path=path))
    return Page("\n".join(lines) + "\n", title, "html")


def _from_saved_text(text: str) -> Page | None:
    lines = text.splitlines()
    title = None
    for line in lines[:40]:
        m = _READING.match(line)
        if m:
            title = m["title"]
            break
    if title is None:
        return None
    printed = [i for i, line in enumerate(lines) if line.strip() == title]
    if not printed:
        return None
    start = printed[0] + 1
    while start < len(lines) and (not lines[start].strip() or _SOURCE.match(lines[start])):
        start += 1
    end = len(lines)
    for i in range(start, len(lines)):
        if _CREDIT.search(lines[i]):
            end = i + 1
            break
        if _FOOTER.match(lines[i]):
            end = i
            break
    body = [line.strip() for line in lines[start:end]]
    while body and not body[-1]:
        body.pop()
    if not body:
        return None
    return Page("\n".join(body) + "\n", title, "text")


def body_path(page_path: Path, folder: Path) -> Path:
    """Where the body of ``page_path`` is written: ``NAME.body.txt`` in the
    draft's ``folder`` (a hidden page's name without its dot: verify reads
    no hidden file)."""
    return folder / ((page_path.stem.lstrip(".") or "page") + ".body.txt")
