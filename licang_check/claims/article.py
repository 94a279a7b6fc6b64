"""The article: reading it, the rules for where it may be, and where a
quote is in it.

**Reading** (:func:`read_article`, for ``verify``'s ``article.text`` and
``match``; :func:`read_page`, for ``extract`` and ``init``): a regular file
(a FIFO or a device is refused, and it is opened non-blocking, so naming a
FIFO cannot hang the tool), of at most :data:`MAX_ARTICLE_BYTES`, in UTF-8
(a UTF-8 byte-order mark is dropped; UTF-16 and UTF-32 are named as such, by
their BOM or by the NUL bytes UTF-16 writes beside ASCII). The text is kept
as written: offsets are offsets into the file's characters, and a bare CR
(classic Mac OS) or CR LF is one line break, as :data:`LINE_BREAK` counts.

**The one size limit** is on the article text, what ``verify`` reads. A page
saved from a news site (HTML with its scripts and styles, or the browser's
"save as text") can be much larger than its text: ``extract`` and ``init``
read one of up to :data:`MAX_PAGE_BYTES`, and hold the body they find in it
(written beside the draft, and read by ``verify``) to the article limit; a
plain article given to them is held to it as it is.

**Where an article may be** (:func:`place_problem`): a relative path, with
no control character, that resolves (symlinks followed) inside the claims
file's folder or the current folder, with no hidden file or folder on the
way (``.git/config``). ``verify`` refuses any other (docs/security.md);
``extract`` and ``init`` check the ``article.text`` they are about to write
by the same rule (:func:`draft_text`), so that they never write one that
``verify`` refuses.

**Finding quotes** (:class:`Article`): ``verify`` finds quotes with
whitespace ignored (an article wraps its lines anywhere); the HTML report and
``explain`` need the place in the original text, to highlight it and to
point at it. A figure's digits and a quote are compared in the figures'
normal form (:func:`~licang_check.figures.normalize.normal_form`: full-width
as ASCII, traditional as simplified, whitespace ignored), so that
``value: 三十亿`` holds against a printed ``三十億美元`` and
``value: 40203.5亿`` against ``４０２０３﹒５億元``.
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path
from typing import Literal, NamedTuple

from licang_check._i18n.messages import t
from licang_check.figures.normalize import fold, normal_form

__all__ = [
    "LINE_BREAK",
    "MAX_ARTICLE_BYTES",
    "MAX_PAGE_BYTES",
    "Article",
    "ArticleError",
    "DraftText",
    "NotReadable",
    "Place",
    "PlaceProblem",
    "Span",
    "check_article_size",
    "check_body_size",
    "draft_text",
    "place_problem",
    "quote_holds",
    "read_article",
    "read_page",
    "read_regular",
    "where_problem",
]

MAX_ARTICLE_BYTES = 1024 * 1024
"""The article text, at most (a long report is ~100 KB): what ``verify``
reads as ``article.text``, a plain article ``extract`` and ``init`` draft,
and the body they find in a page (UTF-8, as written beside the draft)."""

MAX_PAGE_BYTES = 20 * 1024 * 1024
"""A saved page ``extract`` and ``init`` read to find the article's body in,
at most: a news site's HTML carries scripts, styles and inline images, and is
often several times its text. Only its body is ever read by ``verify``."""

LINE_BREAK = re.compile(r"\r\n?|\n")
"""A line break in an article: LF, CR LF, or a bare CR (classic Mac OS)."""

_SPACE = re.compile(r"\s+")

Span = tuple[int, int]
"""``[start, end)`` in the original text."""


class ArticleError(ValueError):
    """An article that is not read, or not named in a draft (the message says
    why, and what to do); ``line`` and ``column`` (1-based) are where in the
    article, for a byte that is not UTF-8, else 1 and 1."""

    def __init__(self, message: str, line: int = 1, column: int = 1) -> None:
        super().__init__(message)
        self.line = line
        self.column = column


def _size(n: int) -> str:
    """``n`` bytes as the messages give a limit: ``1 MiB``, ``4 KiB``, ``100 bytes``."""
    if n % 2**20 == 0:
        return f"{n // 2**20} MiB"
    if n % 2**10 == 0:
        return f"{n // 2**10} KiB"
    return f"{n} bytes"


# -- reading ---------------------------------------------------------------------


Unreadable = Literal["directory", "not_regular", "not_found", "cannot_read"]


class NotReadable(Exception):
    """A file :func:`read_regular` does not read: ``why`` is the last part of
    the message key each reader gives (``article.not_found``,
    ``source.not_found``); ``reason``, the system's words for ``cannot_read``."""

    def __init__(self, why: Unreadable, reason: object = "") -> None:
        super().__init__(why, reason)
        self.why = why
        self.reason = reason


def read_regular(path: Path, limit: int) -> bytes:
    """At most ``limit`` + 1 bytes of ``path``, a regular file: the one way
    a file a claims file names is read (its article, its sources). A FIFO is
    opened non-blocking, so that naming one cannot hang the tool, and is
    refused with any other file that is not regular."""
    try:
        if path.is_dir():
            raise NotReadable("directory")
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as f:
            if not stat.S_ISREG(os.fstat(f.fileno()).st_mode):
                raise NotReadable("not_regular")
            return f.read(limit + 1)
    except NotReadable:
        raise
    except FileNotFoundError:
        raise NotReadable("not_found") from None
    except OSError as e:
        raise NotReadable("cannot_read", e.strerror or e) from None


def _read_bytes(path: Path, shown: str, limit: int, *, in_claims: bool) -> bytes:
    """:func:`read_regular`, with the article's messages."""
    try:
        return read_regular(path, limit)
    except NotReadable as e:
        why = "not_found_from_claims" if e.why == "not_found" and in_claims else e.why
        raise ArticleError(t(f"article.{why}", path=shown, reason=e.reason)) from None


_BOMS = (
    (b"\xff\xfe\x00\x00", "UTF-32LE"),  # before UTF-16LE's, which it starts with
    (b"\x00\x00\xfe\xff", "UTF-32BE"),
    (b"\xff\xfe", "UTF-16LE"),
    (b"\xfe\xff", "UTF-16BE"),
)


def _decode(data: bytes, shown: str) -> str:
    """The text of an article's bytes (UTF-8, a BOM dropped)."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            raise ArticleError(t("article.other_encoding", path=shown, encoding=name))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        before = data[: e.start].decode("utf-8").removeprefix("\ufeff")
        breaks = list(LINE_BREAK.finditer(before))
        column = len(before) - (breaks[-1].end() if breaks else 0) + 1
        line = len(breaks) + 1
        message = t("article.not_utf8", path=shown, line=line, column=column)
        raise ArticleError(message, line, column) from None
    if "\x00" in text:  # no text holds NUL; UTF-16 writes one beside each ASCII character
        raise ArticleError(t("article.nul", path=shown))
    return text.removeprefix("\ufeff")


def check_article_size(size: int, shown: str) -> None:
    """ArticleError when ``size`` bytes are more than an article may be."""
    if size > MAX_ARTICLE_BYTES:
        raise ArticleError(t("article.too_large", path=shown, limit=_size(MAX_ARTICLE_BYTES)))


def check_body_size(body: str, page: str) -> None:
    """ArticleError when the body found in the page ``page``, written as
    UTF-8, is more than an article may be."""
    if len(body.encode("utf-8")) > MAX_ARTICLE_BYTES:
        limit = _size(MAX_ARTICLE_BYTES)
        raise ArticleError(t("article.body_too_large", page=page, limit=limit))


def read_article(path: Path, shown: str | None = None, *, in_claims: bool = False) -> str:
    """The text of the article at ``path``, under the rules of the module
    (ArticleError if it breaks one). ``shown`` names it in messages (default:
    ``path``); ``in_claims``: it is a claims file's ``article.text``, and a
    missing file is said to be looked for relative to the claims file."""
    shown = str(path) if shown is None else shown
    data = _read_bytes(path, shown, MAX_ARTICLE_BYTES, in_claims=in_claims)
    check_article_size(len(data), shown)
    return _decode(data, shown)


def read_page(path: Path, shown: str | None = None) -> tuple[str, int]:
    """The text of ``path`` and its size in bytes, for a draft: an article
    or a saved page, so read up to :data:`MAX_PAGE_BYTES`. The caller holds
    what it drafts to the article limit (:func:`check_article_size` for an
    article, :func:`check_body_size` for a page's body)."""
    shown = str(path) if shown is None else shown
    data = _read_bytes(path, shown, MAX_PAGE_BYTES, in_claims=False)
    if len(data) > MAX_PAGE_BYTES:
        raise ArticleError(t("article.page_too_large", path=shown, limit=_size(MAX_PAGE_BYTES)))
    return _decode(data, shown), len(data)


# -- where an article may be ---------------------------------------------------


Place = Literal["control", "absolute", "unresolved", "outside", "hidden"]


class PlaceProblem(NamedTuple):
    """Why a path is not read: which rule it breaks, and the message."""

    rule: Place
    message: str


def place_problem(
    rel: str, folder: Path, *, what: str | None = None, current: bool = True
) -> PlaceProblem | None:
    """Why ``rel``, relative to ``folder`` (a claims file's), may not be read;
    None when it may. It must be a relative path with no control character
    that resolves, symlinks followed, in or below ``folder`` or (``current``)
    the current folder (the checkout, in CI), with no hidden component, in
    ``rel`` or from there to the file. A claims file cannot make the tool
    read /etc/passwd or .git/config (see docs/security.md). ``what`` names
    the path in messages (default ``article.text '…'``)."""
    what = what or t("article.what", path=rel)
    if any(ord(c) < 32 or ord(c) == 127 for c in rel):
        return PlaceProblem("control", t("article.control", what=what))
    if Path(rel).is_absolute():
        return PlaceProblem("absolute", t("article.absolute", what=what))
    try:
        rule = where_problem(rel, folder, current=current)
    except (OSError, RuntimeError) as e:  # RuntimeError: a symlink loop
        return PlaceProblem("unresolved", t("article.unresolved", what=what, reason=e))
    return None if rule is None else PlaceProblem(rule, t(f"article.{rule}", what=what))


def where_problem(
    rel: str, folder: Path, *, current: bool = True
) -> Literal["outside", "hidden"] | None:
    """The rule of :func:`place_problem` that says where a file may be, alone:
    ``rel`` (relative to ``folder``) resolves, symlinks followed, in or below
    ``folder`` or (``current``) the current folder, with no hidden component
    in ``rel`` or from there to the file. Raises OSError or RuntimeError (a
    symlink loop) where it cannot be resolved. The files a glob finds are
    held to it too (:mod:`licang_check.run.paths`)."""
    target = (folder / rel).resolve()
    bases = [folder.resolve(), *([Path.cwd().resolve()] if current else [])]
    base = next((b for b in bases if target.is_relative_to(b)), None)
    if base is None:
        return "outside"
    hidden = [p for p in (*Path(rel).parts, *target.relative_to(base).parts) if p[:1] == "."]
    if any(p not in (".", "..") for p in hidden):
        return "hidden"
    return None


class DraftText(NamedTuple):
    """How a draft names its article."""

    path: str
    """``article.text``, relative to the draft's folder."""
    named: bool
    """False: the article is outside the draft's folder, and ``article.text``
    is written as a comment (verify would read it only if run from a folder
    above, which a draft cannot know)."""


def draft_text(article: Path, folder: Path) -> DraftText:
    """The ``article.text`` of a draft written in ``folder`` for ``article``
    (a path from the current folder), checked by :func:`place_problem` with
    the draft's folder as the only base (where ``verify`` will run is not
    known). Outside the folder (plainly or through a symlink): not named.
    Any other rule broken (a hidden file or folder, a control character):
    ArticleError, saying what to do, for verify would refuse it wherever it
    ran."""
    try:
        rel = os.path.relpath(os.path.abspath(article), os.path.abspath(folder))
    except ValueError:  # another drive: no relative path
        return DraftText(os.path.abspath(article), False)
    rel = rel.replace(os.sep, "/")
    problem = place_problem(rel, folder, current=False)
    if problem is None:
        return DraftText(rel, True)
    if problem.rule in ("outside", "absolute"):
        return DraftText(rel, False)
    if problem.rule == "hidden":
        fix = t("article.fix_hidden")
        beside = article.parent / "claims.yaml"
        if place_problem(article.name, article.parent, current=False) is None:
            fix = t("article.fix_beside", fix=fix, path=beside.as_posix())
    else:
        fix = t("article.fix_rename")
    raise ArticleError(t("article.not_named", reason=problem.message, fix=fix))


# -- finding quotes ----------------------------------------------------------------


class Article:
    """An article's text with a whitespace-free copy and the way back."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.positions = [i for i, ch in enumerate(text) if not ch.isspace()]
        self.compact = "".join(text[i] for i in self.positions)
        self.normalized = fold(self.compact)  # the same length: offsets carry over

    def find(self, quote: str, start: int = 0) -> Span | None:
        """The first place from ``start`` (an original offset) where ``quote``
        is, whitespace ignored; None if it is not in the text."""
        q = _SPACE.sub("", quote)
        if not q:
            return None
        from_compact = _compact_index(self.positions, start)
        at = self.compact.find(q, from_compact)
        if at < 0:
            return None
        return self.positions[at], self.positions[at + len(q) - 1] + 1

    def find_figure(self, span: Span, digits: str) -> Span | None:
        """Where the figure's ``digits`` are inside ``span``, compared in normal
        form (full-width matches ASCII, traditional simplified, whitespace
        ignored); None if they are not."""
        d = _SPACE.sub("", digits)
        if not d:
            return None
        lo = _compact_index(self.positions, span[0])
        hi = _compact_index(self.positions, span[1])
        at = self.normalized.find(fold(d), lo, hi)
        if at < 0:
            return None
        return self.positions[at], self.positions[at + len(d) - 1] + 1


def quote_holds(quote: str, digits: str) -> bool:
    """Whether ``quote`` holds a figure's ``digits``
    (:attr:`~licang_check.figures.grammar.Figure.digits`), both in normal form."""
    d = normal_form(digits)
    return bool(d) and d in normal_form(quote)


def _compact_index(positions: list[int], offset: int) -> int:
    """The index in the whitespace-free copy of the first character at or after ``offset``."""
    import bisect

    return bisect.bisect_left(positions, offset)
