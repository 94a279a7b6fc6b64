"""Loading a claims file (format version 1) with the line of everything in it.

The YAML is composed into nodes with libyaml's C parser where available (no
object is ever constructed from a tag), and every scalar is read from its
printed text, so ``39.90`` stays ``39.90`` and never becomes a float. Unknown
and duplicate keys are errors; every error found is reported at its line and
column.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar, cast

import yaml

from licang_check._i18n.messages import t
from licang_check.claims import _events
from licang_check.claims._record import Record
from licang_check.claims.article import MAX_ARTICLE_BYTES as MAX_ARTICLE_BYTES  # re-exported
from licang_check.claims.article import ArticleError, place_problem, read_article
from licang_check.claims.diagnostics import ClaimsFileError, Diagnostic, printable
from licang_check.claims.expr import Comparison, ExprError, Name, Prior, names, parse_check
from licang_check.claims.extensions import (
    EXTENSION_KEYS,
    ExtensionError,
    Proportion,
    Relations,
    parse_growth,
    parse_value,
    prior_problem,
    read_relations,
    v1_change,
)
from licang_check.figures.grammar import Figure, FigureError, parse_figure
from licang_check.numeric.exact import Fraction
from licang_check.numeric.intervals import Interval
from licang_check.numeric.rounding import RoundingMode

if TYPE_CHECKING:  # a file's sources are read by licang_check.sources, only when it has any
    from licang_check.sources.model import SourceRef, SourceSpec

__all__ = [
    "ACCEPT_ANY",
    "ID_PATTERN",
    "Check",
    "Claim",
    "ClaimsFile",
    "Defaults",
    "capped",
    "load_claims",
    "load_stdin",
    "parse_claims",
]

_T = TypeVar("_T")

ID_PATTERN = re.compile(r"[a-z][a-z0-9_]*")
RESERVED_IDS = frozenset({"prior"})
MAX_FILE_BYTES = 4 * 1024 * 1024
"""A claims file larger than this is refused (at most this much plus one byte
is read): 20,000 claims are 2.3 MB, the Licang file (43) is 15 KB; the worst
4 MiB of YAML takes some 4 s and 400 MB to compose."""
MAX_DEPTH = 20
"""YAML nesting the loader walks; libyaml itself stops at 1000."""
MAX_CLAIMS = 50_000
"""Claims in one file."""
MAX_CHECKS = 50_000
"""Checks in one file."""
MAX_QUOTE_LENGTH = 500
"""Characters in one quote."""
MAX_ERRORS = 100
"""Errors reported for one file; one more error says how many were left out."""
MAX_MESSAGE_LENGTH = 300
"""An error message longer than this (it quotes the file) is cut in the middle."""

_STANDARD_TAGS = frozenset(
    "tag:yaml.org,2002:" + t
    for t in ("str", "int", "float", "bool", "null", "map", "seq", "timestamp")
)

TOP_KEYS = {
    "version": True,
    "article": True,
    "rounding": False,
    "tolerance": False,
    "claims": True,
    "checks": False,
    "sources": False,
}
ARTICLE_KEYS = {"title": True, "source": False, "published": False, "url": False, "text": False}
CLAIM_KEYS = {
    "quote": True,
    "value": True,
    "unit": False,
    "count": False,
    "growth": False,
    "prior": False,
    "of": False,
    "note": False,
    **EXTENSION_KEYS,
    "source": False,
    "accept": False,
}
CHECK_KEYS = {"id": True, "says": False, "expr": True, "note": False, "accept": False}
_REQUIRED = {
    id(keys): (keys, tuple(k for k, required in keys.items() if required))
    for keys in (TOP_KEYS, ARTICLE_KEYS, CLAIM_KEYS, CHECK_KEYS)
}
"""The required keys of each mapping the loader reads many of, by the id of
its keys (the dict itself kept with it: these live as long as the module)."""


def accept_kinds() -> tuple[str, ...]:
    """What a claim's ``accept:`` mapping may name: every claim kind of the
    registry (:data:`licang_check.kinds.CLAIM_KINDS`), by its name."""
    from licang_check.kinds import CLAIM_KINDS

    return tuple(k.kind.value for k in CLAIM_KINDS)


ACCEPT_ANY = "*"
"""The key of ``Claim.accept`` for ``accept: REASON``: whichever of the
claim's results is inconsistent."""


class Defaults(NamedTuple):
    """What a claims file gets when it gives no ``rounding:`` or ``tolerance:``
    (a newsroom's defaults, from ``[tool.licang-check]``; the file's own win)."""

    rounding: RoundingMode = RoundingMode.HALF_UP
    tolerance: Fraction = Fraction(1, 10)


class Pos(NamedTuple):
    """A 1-based line and column in the claims file. (A named tuple: the
    loader makes one per key, and a frozen dataclass took four times as long
    to make.)"""

    line: int
    column: int


@dataclass(eq=False)  # compared by identity: nothing compares two by value
class Claim:
    """One entry of ``claims:``: a printed figure and what the article says of it."""

    id: str
    pos: Pos
    quotes: list[tuple[str, Pos]]
    value: Figure
    value_pos: Pos
    unit: str | None = None
    count: bool = False
    growth: Figure | None = None
    growth_pos: Pos | None = None
    prior: Figure | str | None = None
    prior_pos: Pos | None = None
    of: str | None = None
    of_pos: Pos | None = None
    note: str | None = None
    relations: Relations = field(default_factory=Relations)
    """What the keys beyond v1 say (``claims/extensions.py``)."""
    sources: list[SourceRef] = field(default_factory=list)
    """Where its figures come from (``source:``), looked up."""
    accept: dict[str, str] | None = None
    """An editor's accepted findings: result kind (``quote``, ``growth``,
    ``share``) -> the reason; ``accept: REASON`` is ``{"*": REASON}``, for
    whichever of the claim's results is inconsistent."""


class Check(Record):
    """One entry of ``checks:``: a comparison of expressions over the claims.

    ``expr_column_offset`` is the column of the expression's first
    character, where it is on one line; ``line_starts`` where each line of a
    multi-line literal (``expr: |``) expression starts in the file;
    ``accept`` the reason an editor accepted this check's finding
    (``accept:``)."""

    __slots__ = (  # noqa: RUF023 (__init__'s order: repr follows it)
        "id",
        "pos",
        "expr_text",
        "expr",
        "expr_pos",
        "expr_column_offset",
        "says",
        "note",
        "accept",
        "line_starts",
    )

    def __init__(
        self,
        id: str,
        pos: Pos,
        expr_text: str,
        expr: Comparison,
        expr_pos: Pos,
        expr_column_offset: int | None,
        says: str | None = None,
        note: str | None = None,
        accept: str | None = None,
        line_starts: tuple[Pos, ...] | None = None,
    ) -> None:
        self.id = id
        self.pos = pos
        self.expr_text = expr_text
        self.expr = expr
        self.expr_pos = expr_pos
        self.expr_column_offset = expr_column_offset
        self.says = says
        self.note = note
        self.accept = accept
        self.line_starts = line_starts

    def offset_pos(self, offset: int) -> Pos:
        """The file position of a character of the expression."""
        if self.line_starts:
            return _block_pos(self.line_starts, self.expr_text, offset)
        if self.expr_column_offset is None:
            return self.expr_pos
        return Pos(self.expr_pos.line, self.expr_column_offset + offset)


def _block_pos(starts: tuple[Pos, ...], text: str, offset: int) -> Pos:
    """The file position of ``text[offset]``, ``text`` being a literal block
    whose lines start at ``starts``."""
    k = min(text.count("\n", 0, offset), len(starts) - 1)
    start = starts[k]
    return Pos(start.line, start.column + offset - (text.rfind("\n", 0, offset) + 1))


@dataclass(eq=False)  # compared by identity: nothing compares two by value
class ClaimsFile:
    """A claims file as loaded: its article, rounding, claims and checks."""

    path: Path
    title: str
    rounding: RoundingMode
    tolerance: Fraction
    claims: dict[str, Claim]
    checks: list[Check]
    source: str | None = None
    published: datetime.date | None = None
    url: str | None = None
    text_path: Path | None = None
    text_pos: Pos | None = None
    text: str | None = None
    extra: dict[str, object] = field(default_factory=dict)
    sources: dict[str, SourceSpec] = field(default_factory=dict)
    """The ``sources:`` entries, by id."""
    _intervals: dict[tuple[int, bool], tuple[Figure, Interval]] = field(
        default_factory=dict, init=False, repr=False
    )
    """Intervals worked out once, keyed by what they depend on besides the
    file's rounding and tolerance: the figure object (its id, the figure
    kept beside the interval so that the id stays its own) and whether it
    is a count (a copy made with ``dataclasses.replace``, e.g. under another
    rounding, starts afresh)."""

    def interval(self, claim: Claim) -> Interval:
        """A claim's true values; a count's narrowed to its whole numbers."""
        fig = claim.value
        key = (id(fig), claim.count)
        hit = self._intervals.get(key)
        if hit is not None and hit[0] is fig:
            return hit[1]
        iv = fig.interval(self.rounding, self.tolerance, count=claim.count)
        if claim.count and not fig.percent:
            iv = iv.integer_hull()
        self._intervals[key] = (fig, iv)
        return iv


class _What:
    """What an error is about (``claim 'x' growth``), put into words only
    when there is an error: naming every key of every claim up front was
    15,000 catalogue look-ups for a 5,000-claim file with no error at all."""

    __slots__ = ("fields", "message")

    def __init__(self, message: str, /, **fields: object) -> None:
        self.message = message
        self.fields = fields

    def __str__(self) -> str:
        return t(self.message, **self.fields)


What = _What | str


_new_pos: Callable[[type[Pos], tuple[int, int]], Pos] = tuple.__new__


def _pos(node: yaml.Node, _new: Callable[..., Pos] = tuple.__new__) -> Pos:
    # the ints of an event-built node (claims/_events.py), not its start_mark;
    # made as the tuple it is (Pos(...) is a Python call more, per key)
    return _new(Pos, (node.line + 1, node.column + 1))  # type: ignore[attr-defined]


class _Reader:
    """Walks the composed YAML nodes, collecting diagnostics."""

    def __init__(self, anchors: bool = True) -> None:
        self.errors: list[Diagnostic] = []
        self.seen: set[int] = set()
        # Whether the text has an anchor (an alias names one, or is a YAML
        # error): without one, no node can be met twice, and none is noted.
        self.anchors = anchors
        self.hints: dict[int, tuple[Callable[[str], str], str, Iterable[str]]] = {}
        """For an error that can suggest a name (by ``id`` of its diagnostic):
        its message given the hint, the name, and the names to suggest from."""
        self.source = ""
        """The file's text (where a multi-line expression's lines start)."""
        self.broken: set[str] = set()
        """Claims given but not loaded for an error of their own: a
        reference to one is not a second error (no cascade)."""
        self.values: dict[str, tuple[Figure, Proportion | None]] = {}
        """:func:`parse_value`'s readings of the claims' values, by text (a
        file repeats its values: 20,000 claims of the realistic mix have
        8,818 distinct ones; ``parse_figure``'s cache holds 4,096)."""
        self.growths: dict[str, Figure] = {}
        """:func:`parse_growth`'s readings, by text, likewise."""
        self.has_sources = False
        """Whether a claim has a ``source:`` key (its sources are looked up)."""

    def error(self, where: Pos | yaml.Node, message: str) -> None:
        pos = where if isinstance(where, Pos) else _pos(where)
        self.errors.append(Diagnostic(pos.line, pos.column, _shown(message)))

    def error_suggesting(
        self,
        where: Pos | yaml.Node,
        message: Callable[[str], str],
        name: str,
        names: Iterable[str],
    ) -> None:
        """An error that ends with "did you mean ...?": its message, the
        suggestion with it, is worked out by :meth:`shown` only if the error
        is shown (600,000 unknown keys are 600,000 errors past the cap: each
        costs a record, not a message)."""
        pos = where if isinstance(where, Pos) else _pos(where)
        d = Diagnostic(pos.line, pos.column, "")
        self.errors.append(d)
        self.hints[id(d)] = (message, name, names)

    def shown(self, errors: list[Diagnostic]) -> list[Diagnostic]:
        """``errors`` (the ones shown) with their suggestions filled in."""
        out = []
        for d in errors:
            hint = self.hints.get(id(d))
            if hint is not None:
                message, name, names = hint
                d = d._replace(message=_shown(message(_did_you_mean(name, names))))
            out.append(d)
        return out

    def visit(self, node: yaml.Node, depth: int) -> bool:
        """Refuse aliases (a node met twice), odd tags and deep nesting."""
        if self.anchors:
            if id(node) in self.seen:
                self.error(node, t("load.no_aliases"))
                return False
            self.seen.add(id(node))
        if node.tag not in _STANDARD_TAGS:
            self.error(node, t("load.tag", tag=node.tag))
            return False
        if depth > MAX_DEPTH:
            self.error(node, t("load.too_deep", n=MAX_DEPTH))
            return False
        return True

    def mapping(
        self, node: yaml.Node, keys: dict[str, bool], what: What, depth: int
    ) -> dict[str, tuple[yaml.Node, yaml.Node]] | None:
        if not self.visit(node, depth):
            return None
        if not isinstance(node, yaml.MappingNode):
            self.error(node, t("load.not_mapping", what=what, kind=_kind(node)))
            return None
        out: dict[str, tuple[yaml.Node, yaml.Node]] = {}
        plain = not self.anchors and depth + 1 <= MAX_DEPTH
        for k, v in node.value:
            # visit(k) itself only where it could refuse k (as in text())
            if (not plain or k.tag not in _STANDARD_TAGS) and not self.visit(k, depth + 1):
                continue
            if not isinstance(k, yaml.ScalarNode):
                self.error(k, t("load.key_not_plain", what=what))
                continue
            name = k.value
            if name in out:
                first = _pos(out[name][0])
                self.error(k, t("load.duplicate_key", key=name, what=what, line=first.line))
                continue
            if name not in keys:
                self.error_suggesting(k, _unknown_key(name, what), name, keys)
                continue
            out[name] = (k, v)
        cached = _REQUIRED.get(id(keys))
        required = cached[1] if cached and cached[0] is keys else [k for k, r in keys.items() if r]
        for name in required:
            if name not in out:
                self.error(node, t("load.missing_key", what=what, key=name))
        return out

    def text(self, node: yaml.Node, what: What, depth: int) -> str | None:
        """A scalar's text as written; None (with an error) for anything else."""
        # visit() itself only where it could refuse the node: called for every
        # key and value of every claim, the call cost more than its checks
        odd = self.anchors or node.tag not in _STANDARD_TAGS or depth > MAX_DEPTH
        if odd and not self.visit(node, depth):
            return None
        if not isinstance(node, yaml.ScalarNode):
            self.error(node, t("load.not_single", what=what, kind=_kind(node)))
            return None
        if node.tag == "tag:yaml.org,2002:null" and not node.style:  # plain: None or ""
            self.error(node, t("load.empty", what=what))
            return None
        return str(node.value)

    def figure(self, node: yaml.Node, what: What, depth: int) -> Figure | None:
        text = self.text(node, what, depth)
        if text is None:
            return None
        try:
            return parse_figure(text)
        except FigureError as e:
            self.error(node, t("load.detail", what=what, detail=e))
            return None

    def boolean(self, node: yaml.Node, what: What, depth: int) -> bool | None:
        text = self.text(node, what, depth)
        if text is None:
            return None
        if node.tag != "tag:yaml.org,2002:bool" or text.lower() not in ("true", "false"):
            self.error(node, t("load.not_boolean", what=what, text=text))
            return None
        return text.lower() == "true"


def _shown(message: str) -> str:
    """A message as shown: escaped, so that a key with a newline cannot forge
    a line, and cut in the middle past :data:`MAX_MESSAGE_LENGTH`."""
    message = printable(message)
    if len(message) > MAX_MESSAGE_LENGTH:
        half = MAX_MESSAGE_LENGTH // 2
        message = f"{message[:half]} … {message[-half:]}"
    return message


def _unknown_key(name: str, what: What) -> Callable[[str], str]:
    return lambda hint: t("load.unknown_key", key=name, what=what, hint=hint)


def _kind(node: yaml.Node) -> str:
    if isinstance(node, yaml.MappingNode):
        return t("kind.mapping")
    if isinstance(node, yaml.SequenceNode):
        return t("kind.list")
    return t("kind.value", value=node.value)


def _did_you_mean(name: str, keys: Iterable[str]) -> str:
    import difflib

    close = difflib.get_close_matches(name, list(keys), n=1, cutoff=0.6)
    return t("load.did_you_mean", name=close[0]) if close else ""


def load_claims(path: Path, defaults: Defaults | None = None) -> ClaimsFile:
    """Read and validate a claims file; raise :class:`ClaimsFileError`."""
    try:
        if path.is_dir():
            raise ClaimsFileError([Diagnostic(1, 1, t("load.directory"))])
        with path.open("rb") as f:
            data = f.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise ClaimsFileError([Diagnostic(1, 1, t("load.no_such_file"))]) from None
    except PermissionError:
        raise ClaimsFileError([Diagnostic(1, 1, t("load.permission"))]) from None
    except OSError as e:
        message = t("load.cannot_read", reason=e.strerror or e)
        raise ClaimsFileError([Diagnostic(1, 1, message)]) from None
    return parse_claims(_within_limit(data), path, defaults)


def load_stdin(defaults: Defaults | None = None) -> ClaimsFile:
    """Read and validate a claims file from the standard input (``verify -``);
    its ``article.text`` is relative to the current folder."""
    import sys

    try:
        if sys.stdin is None:  # closed when the process started
            raise ValueError
        data = sys.stdin.buffer.read(MAX_FILE_BYTES + 1)
    except ValueError:  # None, or closed since
        raise ClaimsFileError([Diagnostic(1, 1, t("load.stdin_closed"))]) from None
    except OSError as e:
        message = t("load.cannot_read", reason=e.strerror or e)
        raise ClaimsFileError([Diagnostic(1, 1, message)]) from None
    return parse_claims(_within_limit(data), Path("-"), defaults)


def _within_limit(data: bytes) -> bytes:
    if len(data) > MAX_FILE_BYTES:
        limit = f"{MAX_FILE_BYTES // (1024 * 1024)} MiB"
        raise ClaimsFileError([Diagnostic(1, 1, t("load.too_large", limit=limit))])
    return data


_BOMS = (
    (b"\xff\xfe\x00\x00", "UTF-32LE"),  # before UTF-16LE's, which it starts with
    (b"\x00\x00\xfe\xff", "UTF-32BE"),
    (b"\xff\xfe", "UTF-16LE"),
    (b"\xfe\xff", "UTF-16BE"),
)


def _other_encoding(data: bytes) -> str | None:
    """The error for a file in UTF-16 or UTF-32, or None. With a BOM, the BOM
    names it; without one, the NUL bytes among the first four do, as the YAML
    spec (1.2, 5.2) detects an encoding: a claims file starts with an ASCII
    character, which UTF-16 and UTF-32 write with NULs beside it."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return t("load.utf_bom", encoding=name)
    head = data[:4]
    if len(head) < 2 or 0 not in head:
        return None
    if head[:3] == b"\x00\x00\x00" and len(head) == 4 and 0 < head[3] < 0x80:
        name = "UTF-32BE"
    elif head[1:4] == b"\x00\x00\x00" and 0 < head[0] < 0x80:
        name = "UTF-32LE"
    elif head[0] == 0 and 0 < head[1] < 0x80:
        name = "UTF-16BE"
    elif 0 < head[0] < 0x80 and head[1] == 0:
        name = "UTF-16LE"
    else:
        return None
    return t("load.utf_no_bom", encoding=name)


@cache
def _break_re() -> re.Pattern[str]:
    """A line break as libyaml counts one (CR LF, CR, LF, NEL, LS, PS), so that a
    position found here is the one libyaml gives for the same file (compiled
    when first needed)."""
    return re.compile("\r\n?|[\n\x85\u2028\u2029]")


def _line_col(text: str, at: int) -> tuple[int, int]:
    """The 1-based line and column (in characters) of ``text[at]``."""
    line, start = 1, 0
    for m in _break_re().finditer(text, 0, at):
        line, start = line + 1, m.end()
    return line, at - start + 1


def _decode(data: bytes) -> str:
    other = _other_encoding(data)
    if other is not None:
        raise ClaimsFileError([Diagnostic(1, 1, other)])
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        before = data[: e.start].decode("utf-8").removeprefix("\ufeff")
        line, col = _line_col(before, len(before))
        message = t("load.not_utf8", byte=data[e.start])
        raise ClaimsFileError([Diagnostic(line, col, message)]) from None
    return text.removeprefix("\ufeff")


def _encodable(text: str) -> str:
    """Text given as ``str`` (not read from a file) can hold what UTF-8 cannot
    encode, a lone surrogate; libyaml would fail on it with an exception."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as e:
        line, col = _line_col(text, e.start)
        message = t("load.surrogate", code=ord(text[e.start]))
        raise ClaimsFileError([Diagnostic(line, col, message)]) from None
    return text.removeprefix("\ufeff")


_NULLS = frozenset({"", "~", "null", "Null", "NULL"})
_BOOLS = frozenset({"true", "false", "True", "False", "TRUE", "FALSE"})
_NULLS_BOOLS = _NULLS | _BOOLS
_TAG = "tag:yaml.org,2002:"
_STR, _NULL, _BOOL, _SEQ, _MAP = (_TAG + k for k in ("str", "null", "bool", "seq", "map"))
_Scalar, _Mapping = _events.Scalar, _events.Mapping


class _TextLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """libyaml's parser and composer, with a resolver that does not type plain
    scalars by regular expression: every scalar is read as printed text, so
    only null and true/false need telling apart. (YAML's own resolver is
    Python code run on every scalar; this one is a few comparisons.) Explicit
    tags never reach it, and are refused by the walk."""

    # The composer calls these around every node for path resolvers, which
    # this loader has none of: C callables that do nothing of use are cheaper
    # than the inherited Python methods that return at once.
    descend_resolver = staticmethod(slice)  # (parent, index)
    ascend_resolver = staticmethod(tuple)  # ()

    def resolve(self, kind: type, value: str, implicit: tuple[bool, bool]) -> str:
        if kind is yaml.ScalarNode:
            if implicit[0]:
                if value in _NULLS:
                    return _NULL
                if value in _BOOLS:
                    return _BOOL
            return _STR
        return _SEQ if kind is yaml.SequenceNode else _MAP


_NOT_PRINTABLE = "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]"
"""A character outside YAML's printable set (the complement of tab, LF, CR,
x20-x7E, x85, xA0-uD7FF, uE000-uFFFD and the astral planes, written as the
few ranges it leaves out, which compiles far faster than a negated class
over all of Unicode). Compiled by ``re`` on first use, which only a file
that libyaml refuses for such a character reaches."""


def _compose(text: str, flat: bool = False) -> yaml.Node | None:
    try:
        return _events.compose(text, _TextLoader, _FLATS if flat else None)
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        mistake = _writer_mistake(text, e)
        if mistake is not None:
            raise ClaimsFileError([mistake]) from None
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        problem = e.problem or "invalid YAML"
        if mark is not None and 0 <= mark.index < len(text) and text[mark.index] == "\t":
            problem = t("load.yaml_tab")
        elif "maximum nesting depth" in problem:
            problem = t("load.yaml_too_deep", n=MAX_DEPTH)
        elif "another document" in problem:
            problem = t("load.yaml_second_document")
        elif "undefined alias" in problem:
            problem = t("load.yaml_alias")
        elif e.context:
            ctx = e.context_mark
            elsewhere = ctx is not None and ctx.line != line - 1
            where = t("load.yaml_at_line", line=ctx.line + 1) if ctx and elsewhere else ""
            problem = t("load.yaml_context", problem=problem, context=e.context, where=where)
        if "mapping values are not allowed" in problem:
            problem += t("load.yaml_quote_colon")
        colons = _fullwidth_colons(text)
        if colons:  # the likelier cause, said where it is
            raise ClaimsFileError(colons) from None
        raise ClaimsFileError([Diagnostic(line, col, t("load.yaml", problem=problem))]) from None
    except RecursionError:  # the pure-Python composer on deep nesting
        raise ClaimsFileError([Diagnostic(1, 1, t("load.yaml_recursion", n=MAX_DEPTH))]) from None
    except yaml.reader.ReaderError as e:  # a character YAML does not allow
        # libyaml counts its position in bytes: find the character instead.
        bad = re.search(_NOT_PRINTABLE, text)
        line, col = _line_col(text, bad.start() if bad else 0)
        what = f"U+{ord(bad.group()):04X}" if bad else t("load.yaml_a_character")
        message = t("load.yaml_character", what=what, reason=e.reason)
        raise ClaimsFileError([Diagnostic(line, col, message)]) from None
    except yaml.YAMLError as e:
        raise ClaimsFileError([Diagnostic(1, 1, t("load.yaml", problem=e))]) from None


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _writer_mistake(text: str, e: yaml.MarkedYAMLError) -> Diagnostic | None:
    """What a person most likely did, where libyaml only says what it
    expected: a full-width colon (``unit：元``) where YAML needs ``: ``, or
    keys of one mapping indented differently. None when it is neither."""
    marks = [m for m in (e.context_mark, e.problem_mark) if m is not None]
    if not marks:
        return None
    lines = text.splitlines()
    low, high = min(m.line for m in marks), max(m.line for m in marks)
    for i in range(low, min(high, len(lines) - 1) + 1):
        line = lines[i].split("#", 1)[0]
        key, colon, value = line.partition("：")
        if colon and ":" not in key and key.strip():
            col = len(key) + 1
            fixed = f"{key.strip()}: {value.strip()}".rstrip()
            return Diagnostic(i + 1, col, t("load.yaml_fullwidth_colon", fixed=repr(fixed)))
    problem = e.problem or ""
    at = e.problem_mark
    deeper = problem.startswith("mapping values are not allowed")  # "x\n   value: 3"
    if at is None or at.line >= len(lines):
        return None
    if not deeper and not problem.startswith(("did not find expected key", "expected <block end>")):
        return None
    here = lines[at.line]
    above = next(
        (j for j in range(at.line - 1, -1, -1) if lines[j].strip() and lines[j].lstrip()[0] != "#"),
        None,
    )
    if above is None or _indent(lines[above]) == _indent(here):
        return None
    if deeper and not (
        _indent(here) > _indent(lines[above]) and ": " in lines[above] and ": " in here
    ):
        return None  # a value with ': ' in it: the quoting hint says what to do
    message = t(
        "load.yaml_indent",
        line=at.line + 1,
        n=_indent(here) + 1,
        above=above + 1,
        m=_indent(lines[above]) + 1,
    )
    return Diagnostic(at.line + 1, _indent(here) + 1, message)


def parse_claims(data: bytes | str, path: Path, defaults: Defaults | None = None) -> ClaimsFile:
    """Validate claims-file content; ``path`` locates ``article.text``.

    A text without anchors is first read with its plainly right claims
    straight from their events (:func:`_flat_claim`, :func:`_read_flat`);
    should one of them be wrong after all, the whole text is read again
    the general way, which finds and words the errors."""
    text = _decode(data) if isinstance(data, bytes) else _encodable(data)
    if "&" not in text:
        try:
            return _parse(text, path, defaults, flat=True)
        except _NotPlain:
            pass
    return _parse(text, path, defaults, flat=False)


class _NotPlain(Exception):
    """A claim read from its events is not plainly right: read the text again
    with nodes for every claim."""


def _parse(text: str, path: Path, defaults: Defaults | None, *, flat: bool) -> ClaimsFile:
    root = _compose(text, flat)
    if root is None:
        raise ClaimsFileError([Diagnostic(1, 1, t("load.file_empty"))])
    if not isinstance(root, yaml.MappingNode) and root.tag in _STANDARD_TAGS:
        # not a claims file: say what it is, never what it holds (a symlink to
        # a secret must not put the secret into a CI annotation)
        kind = t("kind.list") if isinstance(root, yaml.SequenceNode) else t("kind.single_value")
        message = t("load.not_mapping", what=t("what.file"), kind=kind)
        raise ClaimsFileError([Diagnostic(*_pos(root), message)])
    r = _Reader(anchors="&" in text)
    r.source = text
    top = r.mapping(root, TOP_KEYS, t("what.file"), 0)
    if top is None:
        raise ClaimsFileError(r.shown(r.errors))

    if "version" in top:
        node = top["version"][1]
        v = r.text(node, "version", 1)
        if v is not None and v != "1":
            r.error(node, t("load.version", version=v))

    defaults = defaults or Defaults()
    rounding = defaults.rounding
    if "rounding" in top:
        node = top["rounding"][1]
        name = r.text(node, "rounding", 1)
        if name is not None:
            try:
                rounding = RoundingMode(name)
            except ValueError:
                modes = ", ".join(m.value for m in RoundingMode)
                r.error(node, t("load.rounding", name=name, modes=modes))

    tolerance = defaults.tolerance
    if "tolerance" in top:
        node = top["tolerance"][1]
        fig = r.figure(node, "tolerance", 1)
        if fig is not None:
            if not fig.percent or fig.qualifiers or not 0 <= fig.value < 1:
                r.error(node, t("load.tolerance"))
            else:
                tolerance = fig.value

    cf = ClaimsFile(
        path=path, title="", rounding=rounding, tolerance=tolerance, claims={}, checks=[]
    )
    if "article" in top:
        _read_article(r, top["article"][1], cf)
    if "sources" in top:
        _read_sources(r, top["sources"][1], cf)
    if "claims" in top:
        _read_claims(r, top["claims"][1], cf)
    if "checks" in top:
        _read_checks(r, top["checks"][1], cf)
    if r.has_sources and any(c.sources for c in cf.claims.values()):
        _look_up_sources(r, cf)
    if r.errors:
        errors = _aliases_where_written(text, r.errors) + _fullwidth_colons(text)
        raise ClaimsFileError(r.shown(capped(sorted(errors, key=lambda d: (d.line, d.column)))))
    return cf


_FULLWIDTH_COLON_KEY = r"^(?P<indent>[ \t]*(?:-[ \t]+)?)(?P<key>[A-Za-z_][A-Za-z0-9_-]*)[ \t]*："


def _fullwidth_colons(text: str) -> list[Diagnostic]:
    """Lines where a key is followed by a full-width colon (``quote：``), as
    an IME types it: YAML reads no key there, and says something obscure.
    Looked for only in a file that has an error already."""
    found: list[Diagnostic] = []
    if "：" not in text:
        return found
    match = re.compile(_FULLWIDTH_COLON_KEY).match
    for n, line in enumerate(text.splitlines(), 1):
        m = match(line) if "：" in line else None
        if m:
            col = len(m["indent"]) + len(m["key"]) + 1
            at = line.index("：", col - 1) + 1
            found.append(Diagnostic(n, at, t("load.fullwidth_colon", key=m["key"])))
    return found


def _aliases_where_written(text: str, errors: list[Diagnostic]) -> list[Diagnostic]:
    """The walk meets an alias as its anchor's node a second time; report each
    alias where its ``*name`` is written instead. Only on this error path is the
    text parsed a second time (for its events)."""
    no_aliases = t("load.no_aliases")
    if not any(d.message == no_aliases for d in errors):
        return errors
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    written = [
        Diagnostic(m.line + 1, m.column + 1, no_aliases)
        for e in yaml.parse(text, Loader=loader)
        if isinstance(e, yaml.AliasEvent) and (m := e.start_mark) is not None
    ]
    return [d for d in errors if d.message != no_aliases] + written


def capped(errors: list[Diagnostic]) -> list[Diagnostic]:
    """At most :data:`MAX_ERRORS` errors, and one that counts the rest, at
    the place of the first left out."""
    if len(errors) <= MAX_ERRORS:
        return errors
    first_left_out = errors[MAX_ERRORS]
    more = Diagnostic(
        first_left_out.line,
        first_left_out.column,
        t("load.more_errors", n=len(errors) - MAX_ERRORS, limit=MAX_ERRORS),
    )
    return [*errors[:MAX_ERRORS], more]


def _read_article(r: _Reader, node: yaml.Node, cf: ClaimsFile) -> None:
    art = r.mapping(node, ARTICLE_KEYS, "article", 1)
    if art is None:
        return
    if "title" in art:
        cf.title = r.text(art["title"][1], "article.title", 2) or ""
    if "source" in art:
        cf.source = r.text(art["source"][1], "article.source", 2)
    if "url" in art:
        cf.url = r.text(art["url"][1], "article.url", 2)
    if "published" in art:
        pnode = art["published"][1]
        published = r.text(pnode, "article.published", 2)
        if published is not None:
            try:
                if not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", published):
                    raise ValueError
                cf.published = datetime.date.fromisoformat(published)
            except ValueError:
                r.error(pnode, t("load.published", text=published))
    if "text" in art:
        tnode = art["text"][1]
        rel = r.text(tnode, "article.text", 2)
        if rel is not None:
            cf.text_pos = _pos(tnode)
            cf.text_path = cf.path.parent / rel
            if _article_inside(r, tnode, cf.path.parent, rel):
                cf.text = _read_article_text(r, tnode, cf.text_path, rel)


def _article_inside(
    r: _Reader, node: yaml.Node, folder: Path, rel: str, what: str | None = None
) -> bool:
    """Whether ``rel`` (relative to ``folder``) may be read, by the rules of
    :func:`~licang_check.claims.article.place_problem`; an error where it may
    not. ``what`` names the file in errors (a source's path)."""
    problem = place_problem(rel, folder, what=what)
    if problem is not None:
        r.error(node, problem.message)
    return problem is None


def _read_article_text(r: _Reader, node: yaml.Node, path: Path, rel: str) -> str | None:
    try:
        return read_article(path, rel, in_claims=True)
    except ArticleError as e:
        r.error(node, str(e))
        return None


def _read_claims(r: _Reader, node: yaml.Node, cf: ClaimsFile) -> None:
    if not r.visit(node, 1):
        return
    if not isinstance(node, yaml.MappingNode):
        r.error(node, t("load.claims_not_mapping", kind=_kind(node)))
        return
    if not node.value:
        r.error(node, t("load.claims_empty"))
    if len(node.value) > MAX_CLAIMS:
        r.error(node, t("load.too_many_claims", n=MAX_CLAIMS))
        return
    first_seen: dict[str, Pos] = {}
    pending_refs: list[tuple[Claim, str, str, Pos]] = []
    previous: str | None = None
    what_id = t("what.claim_id")
    plain = not r.anchors
    for knode, vnode in _freeing(node.value):
        if plain and type(knode) is _Scalar and knode.tag == _STR:
            cid = knode.value
        else:
            cid = r.text(knode, what_id, 2)
            if cid is None:
                continue
        kpos = _new_pos(Pos, (knode.line + 1, knode.column + 1))  # _pos(knode), inline
        if cid in first_seen:
            r.error(knode, t("load.duplicate_claim", id=cid, line=first_seen[cid].line))
            continue
        first_seen[cid] = kpos
        if not ID_PATTERN.fullmatch(cid) or cid in RESERVED_IDS:
            why = "load.id_reserved" if cid in RESERVED_IDS else "load.id_pattern"
            r.error(knode, t(why, id=cid))
            r.broken.add(cid)
            continue
        if cid in CLAIM_KEYS and isinstance(vnode, yaml.ScalarNode) and previous is not None:
            _dedented_key(r, knode, cid, previous)
            continue
        if type(vnode) is _Flat:
            claim = _read_flat(r, cid, kpos, vnode, pending_refs)
            if claim is None:
                raise _NotPlain
        else:
            claim = _read_claim(r, cid, kpos, vnode, cf, pending_refs)
        if claim is not None:
            cf.claims[cid] = claim
        else:
            r.broken.add(cid)
        previous = cid
    for claim, key, ref, pos in pending_refs:
        _resolve_ref(r, cf, claim, key, ref, pos)
    if pending_refs:  # a cycle needs a claim that names another
        _report_cycles(r, cf, pending_refs)


def _dedented_key(r: _Reader, knode: yaml.Node, key: str, claim: str) -> None:
    """A claim's key (``value: 3``) written at the indent of the claims: YAML
    reads it as a claim of its own. Say so, once, instead of "claim 'a' is
    missing 'value'" and "claim 'value' must be a mapping"."""
    missing = t("load.missing_key", what=t("what.claim", id=claim), key=key)
    r.errors = [d for d in r.errors if d.message != printable(missing)]
    pos = _pos(knode)
    r.error(knode, t("load.dedented_key", key=key, claim=claim, n=pos.column - 1 + 2))


def _freeing(items: list[_T]) -> Iterator[_T]:
    """The items of a claims or checks list, each let go of as it is read:
    the walk never comes back to them, and no claim's nodes then outlive it
    (peak memory: see benchmarks/README.md)."""
    for i, item in enumerate(items):
        items[i] = None  # type: ignore[assignment]
        yield item


def _report_cycles(r: _Reader, cf: ClaimsFile, pending: list[tuple[Claim, str, str, Pos]]) -> None:
    """A chain of ``prior`` ids, or of ``of`` longer than two (two, and a
    claim naming itself, are reported by :func:`_resolve_ref`), that comes
    back to where it started: an error at each claim on it."""
    for key in ("of", "prior"):
        done: set[str] = set()
        # only a claim that names another can be on a cycle: one with a
        # pending reference by this key (in the order of the claims)
        naming = [c.id for c, k, _, _ in pending if k == key]
        for start in naming:
            path: list[str] = []
            on_path: set[str] = set()
            cid: str | None = start
            while cid is not None and cid not in done and cid not in on_path:
                path.append(cid)
                on_path.add(cid)
                ref = cf.claims[cid].of if key == "of" else cf.claims[cid].prior
                cid = ref if isinstance(ref, str) and ref in cf.claims else None
            done.update(path)
            if cid is None or cid not in on_path:
                continue
            cycle = path[path.index(cid) :]
            if len(cycle) <= (2 if key == "of" else 1):
                continue
            ring = " → ".join([*cycle, cycle[0]])
            for member in cycle:
                c = cf.claims[member]
                pos = c.of_pos if key == "of" else c.prior_pos
                assert pos is not None
                r.error(pos, t("load.cycle", id=member, key=key, ring=ring))


def _read_claim(
    r: _Reader,
    cid: str,
    kpos: Pos,
    node: yaml.Node,
    cf: ClaimsFile,
    pending: list[tuple[Claim, str, str, Pos]],
) -> Claim | None:
    m = None if r.anchors else _plain_keys(node, CLAIM_KEYS)
    if m is None:
        m = r.mapping(node, CLAIM_KEYS, _What("what.claim", id=cid), 2)
        if m is None:
            return None
    quotes = _read_quotes(r, cid, m["quote"][1]) if "quote" in m else []
    value, proportion = _read_value(r, m["value"][1], cid) if "value" in m else (None, None)
    if value is None:
        return None
    vnode = m["value"][1]
    # _pos(vnode), inline
    value_pos = _new_pos(Pos, (vnode.line + 1, vnode.column + 1))  # type: ignore[attr-defined]
    claim = Claim(id=cid, pos=kpos, quotes=quotes, value=value, value_pos=value_pos)
    if "unit" in m:
        claim.unit = _key_text(r, m["unit"][1], cid, "unit")
    if "note" in m:
        claim.note = _key_text(r, m["note"][1], cid, "note")
    if "count" in m:
        cnode = m["count"][1]
        if (
            not r.anchors
            and type(cnode) is _Scalar
            and cnode.tag == _BOOL
            and cnode.value in _BOOLS
        ):
            claim.count = cnode.value.lower() == "true"  # a plain true/false spelling
        else:
            claim.count = bool(r.boolean(cnode, _what(cid, "count"), 3))
    if "growth" in m:
        gnode = m["growth"][1]
        growth = _read_growth(r, gnode, cid)
        if growth is not None:
            if not growth.percent:
                r.error(gnode, t("load.growth_not_percent", id=cid))
            elif growth.value <= -1:
                r.error(gnode, t("load.growth_minus_100", id=cid, growth=growth.text))
            else:
                claim.growth, claim.growth_pos = growth, _pos(gnode)
    if "prior" in m:
        pnode = m["prior"][1]
        ptext = _key_text(r, pnode, cid, "prior")
        if ptext is not None:
            claim.prior_pos = _pos(pnode)
            if ID_PATTERN.fullmatch(ptext):
                pending.append((claim, "prior", ptext, claim.prior_pos))
                claim.prior = ptext
            else:
                try:  # not r.figure: it would visit pnode a second time, as an alias
                    claim.prior = parse_figure(ptext)
                except FigureError as e:
                    r.error(pnode, t("load.detail", what=_what(cid, "prior"), detail=e))
            if not any(k in m for k in ("growth", "points", "change")):
                r.error(pnode, t("load.prior_without_growth", id=cid))
    if "of" in m:
        onode = m["of"][1]
        ref = _key_text(r, onode, cid, "of")
        if ref is not None:
            claim.of, claim.of_pos = ref, _pos(onode)
            pending.append((claim, "of", ref, claim.of_pos))
            if not value.percent:
                r.error(onode, t("load.of_not_percent", id=cid, value=value.text))
    if "source" in m:
        r.has_sources = True
        _read_claim_source(r, claim, m["source"][1], cf)
    if claim.count and not value.percent and value.value.denominator != 1:
        r.error(claim.value_pos, t("load.count_not_whole", id=cid, value=value.text))
    if claim.count and value.percent and claim.of is None:
        r.error(claim.value_pos, t("load.count_percent", id=cid))
    read_relations(r, claim, m, proportion, pending)
    if "accept" in m:  # after the relations: which results the claim gives
        claim.accept = _read_accept(r, cid, m["accept"][1], claim, cf)
    return claim


# -- claims straight from their events --------------------------------------------

_FLAT_KEYS = frozenset(("quote", "value", "unit", "count", "growth", "prior", "of", "note"))
"""The keys of a claim read from its events: v1's. (None of them is a
spelling of null or a boolean.)"""


class _Flat(dict[str, tuple[str, Pos]]):
    """A claim's mapping made of its scalar events (:func:`_flat_claim`):
    each key's text and the position of its value."""

    __slots__ = ()


def _flat_claim(
    start: object, events: list[Any], _new: Callable[..., Pos] = tuple.__new__
) -> _Flat | None:
    """A claim's mapping from its scalar events (key, value, ...), when
    :func:`_plain_keys` would find nothing wrong with its nodes, each value
    a plain text (``count`` a true/false spelling); else None, and it is
    made of nodes (claims/_events.py)."""
    out = _Flat()
    it = iter(events)
    for k in it:
        v = next(it)
        name = k.value
        if k.tag is not None or name in out or name not in _FLAT_KEYS or v.tag is not None:
            return None
        text = v.value
        if v.implicit[0] and text in _NULLS_BOOLS:
            if name != "count" or text not in _BOOLS:
                return None
        elif name == "count":
            return None
        m = v.start_mark
        out[name] = (text, _new(Pos, (m.line + 1, m.column + 1)))
    if "quote" not in out or "value" not in out:
        return None
    return out


def _read_flat(
    r: _Reader, cid: str, kpos: Pos, f: _Flat, pending: list[tuple[Claim, str, str, Pos]]
) -> Claim | None:
    """What :func:`_read_claim` reads of a claim from its events, when it
    finds nothing wrong; None for a claim it would report an error in."""
    quote = f["quote"]
    text = quote[0]
    if len(text) > MAX_QUOTE_LENGTH or not text.strip():
        return None
    vtext, value_pos = f["value"]
    read = r.values.get(vtext)
    if read is None:
        try:
            read = r.values[vtext] = parse_value(vtext)
        except ExtensionError:
            return None
    value, proportion = read
    claim = Claim(id=cid, pos=kpos, quotes=[quote], value=value, value_pos=value_pos)
    if "unit" in f:
        claim.unit = f["unit"][0]
    if "note" in f:
        claim.note = f["note"][0]
    if "count" in f:
        claim.count = f["count"][0].lower() == "true"
    g = f.get("growth")
    if g is not None:
        growth = r.growths.get(g[0])
        if growth is None:
            try:
                growth = r.growths[g[0]] = parse_growth(g[0])
            except ExtensionError:
                return None
        if not growth.percent or growth.value <= -1:
            return None
        claim.growth, claim.growth_pos = growth, g[1]
    p = f.get("prior")
    if p is not None:
        if g is None:
            return None  # a prior without a growth
        ptext, claim.prior_pos = p
        if ID_PATTERN.fullmatch(ptext):
            pending.append((claim, "prior", ptext, p[1]))
            claim.prior = ptext
        else:
            try:
                claim.prior = parse_figure(ptext)
            except FigureError:
                return None
    o = f.get("of")
    if o is not None:
        if not value.percent:
            return None
        claim.of, claim.of_pos = o
        pending.append((claim, "of", o[0], o[1]))
    if claim.count and (
        (not value.percent and value.value.denominator != 1) or (value.percent and claim.of is None)
    ):
        return None
    if proportion is not None and (claim.growth or claim.of or claim.count):
        return None
    rel = claim.relations
    rel.proportion = proportion
    if claim.growth is not None or claim.prior is not None:
        rel.main = v1_change(claim)
    return claim


_FLAT_CHECK_KEYS = frozenset(("id", "expr", "says", "note"))
"""The keys of a check read from its events."""


class _FlatCheck:
    """A check's mapping made of its events (:func:`_flat_check`): its
    position, its id and where it is, its expression, where it is and the
    column of its first character (:func:`_expr_column`), says and note."""

    __slots__ = ("expr", "id", "note", "pos", "says")

    def __init__(
        self,
        pos: Pos,
        id: tuple[str, Pos],
        expr: tuple[str, Pos, int | None],
        says: str | None,
        note: str | None,
    ) -> None:
        self.pos, self.id, self.expr, self.says, self.note = pos, id, expr, says, note


def _flat_check(
    start: Any, events: list[Any], _new: Callable[..., Pos] = tuple.__new__
) -> _FlatCheck | None:
    """A check's mapping from its events, when :func:`_plain_keys` would find
    nothing wrong with its nodes and each value is a plain text, the
    expression not a literal block (``|``); else None, and it is made of
    nodes (claims/_events.py)."""
    texts: dict[str, Any] = {}
    it = iter(events)
    for k in it:
        v = next(it)
        name = k.value
        if k.tag is not None or name in texts or name not in _FLAT_CHECK_KEYS or v.tag is not None:
            return None
        if v.implicit[0] and v.value in _NULLS_BOOLS:
            return None
        texts[name] = v
    if "id" not in texts or "expr" not in texts:
        return None
    i, e = texts["id"], texts["expr"]
    if e.style == "|":
        return None
    m, end = e.start_mark, e.end_mark
    col0 = _column_of(end.line - m.line, e.style, m.column, end.column, e.value)
    epos = _new(Pos, (m.line + 1, m.column + 1))
    m = i.start_mark
    ipos = _new(Pos, (m.line + 1, m.column + 1))
    m = start.start_mark
    says, note = texts.get("says"), texts.get("note")
    return _FlatCheck(
        _new(Pos, (m.line + 1, m.column + 1)),
        (i.value, ipos),
        (e.value, epos, col0),
        None if says is None else says.value,
        None if note is None else note.value,
    )


def _read_flat_check(
    r: _Reader, item: _FlatCheck, seen: dict[str, Pos], cf: ClaimsFile
) -> Check | None:
    """What :func:`_read_checks` reads of a check from its events, when it
    finds nothing wrong; None for a check it would report an error in."""
    cid, ipos = item.id
    if not ID_PATTERN.fullmatch(cid) or cid in seen or cid in cf.claims:
        return None
    seen[cid] = ipos
    etext, epos, col0 = item.expr
    try:
        expr = parse_check(etext)
    except ExprError:
        return None
    check = Check(
        id=cid,
        pos=item.pos,
        expr_text=etext,
        expr=expr,
        expr_pos=epos,
        expr_column_offset=col0,
        line_starts=None,
    )
    check.says, check.note = item.says, item.note
    claims = cf.claims
    for ref in names(expr):
        if ref.id in r.broken:
            continue  # its own error is reported
        if ref.id not in claims or _ref_problem(cf, ref) is not None:
            return None
    return check


_FLATS: _events.Flats = {"claims": (True, _flat_claim), "checks": (False, _flat_check)}
"""What the composer hands to the readers above (claims/_events.py)."""


# -- the keys beyond v1 (claims/extensions.py reads them) ----------------------------


def _read_value(r: _Reader, node: yaml.Node, cid: str) -> tuple[Figure | None, Proportion | None]:
    """A claim's value: a printed figure, or one of the extensions' values
    (a proportion ``6.01:55.04:38.95``, a multiple ``2.5倍``, ``约合19375``)."""
    text = _key_text(r, node, cid, "value")
    if text is None:
        return None, None
    hit = r.values.get(text)
    if hit is not None:
        return hit
    try:
        read = r.values[text] = parse_value(text)
    except ExtensionError as e:
        r.error(node, t("load.detail", what=_what(cid, "value"), detail=e))
        return None, None
    return read


def _read_growth(r: _Reader, node: yaml.Node, cid: str) -> Figure | None:
    """A growth as printed, with a verb (``下降4.4%``), 倍 or 翻番 allowed."""
    text = _key_text(r, node, cid, "growth")
    if text is None:
        return None
    hit = r.growths.get(text)
    if hit is not None:
        return hit
    try:
        growth = r.growths[text] = parse_growth(text)
    except ExtensionError as e:
        r.error(node, t("load.detail", what=_what(cid, "growth"), detail=e))
        return None
    return growth


def _ref_problem(cf: ClaimsFile, ref: Name | Prior) -> str | None:
    """Why an expression cannot name this claim (a catalogue key), or None."""
    claim = cf.claims[ref.id]
    if isinstance(ref, Prior):
        return prior_problem(claim)
    if claim.relations.proportion is not None:
        return "ext.proportion_in_expr"
    return None


def _read_accept(
    r: _Reader, cid: str, node: yaml.Node, claim: Claim, cf: ClaimsFile
) -> dict[str, str] | None:
    """A claim's ``accept:``: a reason (every result of the claim), or a
    mapping from the kinds of result it accepts (any claim kind of the
    registry) to a reason each; a kind the claim gives no result of is an
    error, as the note would accept nothing."""
    from licang_check.kinds import asked_kinds

    what = _what(cid, "accept")
    gives = asked_kinds(cf, claim)
    if isinstance(node, yaml.ScalarNode):
        reason = _reason(r, node, what, 3)
        if reason is not None and not gives:
            r.error(node, t("load.accept_no_result", id=cid, kinds=", ".join(accept_kinds())))
            return None
        return None if reason is None else {ACCEPT_ANY: reason}
    m = r.mapping(node, dict.fromkeys(accept_kinds(), False), what, 3)
    if m is None:
        return None
    out = {}
    for kind, (knode, vnode) in m.items():
        reason = _reason(r, vnode, _What("what.claim_accept", id=cid, kind=kind), 4)
        if reason is None:
            continue
        if kind not in gives:
            r.error(knode, t("load.accept_nothing", id=cid, kind=kind))
            continue
        out[kind] = reason
    return out or None


def _reason(r: _Reader, node: yaml.Node, what: What, depth: int) -> str | None:
    """The reason of an ``accept:``: text that says why, not a blank."""
    text = r.text(node, what, depth)
    if text is not None and not text.strip():
        r.error(node, t("load.accept_blank", what=what))
        return None
    return text


class _KeyWhat(_What):
    """A key of a claim (``claim 'x' growth``), as :class:`_What` gives it,
    made without a dict of fields (one per key of every claim)."""

    __slots__ = ("cid", "key")

    def __init__(self, cid: str, key: str) -> None:
        self.cid = cid
        self.key = key

    def __str__(self) -> str:
        return t("what.claim_key", id=self.cid, key=self.key)


def _plain_keys(
    node: yaml.Node, keys: dict[str, bool]
) -> dict[str, tuple[yaml.Node, yaml.Node]] | None:
    """What :meth:`_Reader.mapping` gives for a mapping (of a text without
    anchors, within the depth) that it finds nothing wrong with: every key a
    plain text among ``keys``, none twice, the required ones there. None
    for any other node, which the general walk then reads, errors and all."""
    if type(node) is not _Mapping or node.tag != _MAP:
        return None
    out: dict[str, tuple[yaml.Node, yaml.Node]] = {}
    for pair in node.value:
        k = pair[0]
        if type(k) is not _Scalar or k.tag != _STR:
            return None
        name = k.value
        if name in out or name not in keys:
            return None
        out[name] = pair
    for name in _REQUIRED[id(keys)][1]:
        if name not in out:
            return None
    return out


def _key_text(r: _Reader, node: yaml.Node, cid: str, key: str) -> str | None:
    """:meth:`_Reader.text` of a claim's key, its error naming the key; a
    plain text (the one that cannot be wrong) read without naming it."""
    if not r.anchors and type(node) is _Scalar and node.tag == _STR:
        return node.value  # type: ignore[no-any-return]
    return r.text(node, _what(cid, key), 3)


def _what(cid: str, key: str) -> _What:
    """What an error is about: a key of a claim (``claim 'x' growth``)."""
    return _KeyWhat(cid, key)


def _read_quotes(r: _Reader, cid: str, node: yaml.Node) -> list[tuple[str, Pos]]:
    if not r.anchors and type(node) is _Scalar and node.tag == _STR:
        text = node.value
        if len(text) <= MAX_QUOTE_LENGTH and text.strip():  # else the errors below
            return [(text, _new_pos(Pos, (node.line + 1, node.column + 1)))]  # _pos, inline
    what = _what(cid, "quote")
    if isinstance(node, yaml.SequenceNode):
        if not r.visit(node, 3):
            return []
        if not node.value:
            r.error(node, t("load.quote_empty_list", what=what))
        out = []
        for item in node.value:
            text = r.text(item, what, 4)
            if text is not None and _quote_ok(r, item, what, text):
                out.append((text, _pos(item)))
        return out
    text = r.text(node, what, 3)
    if text is None:
        return []
    if not text.strip():
        r.error(node, t("load.quote_blank", what=what))
    if not _quote_ok(r, node, what, text):
        return []
    return [(text, _pos(node))]


def _quote_ok(r: _Reader, node: yaml.Node, what: What, text: str) -> bool:
    """Within :data:`MAX_QUOTE_LENGTH` (how many are searched for is the work
    budget's business: ``budget.py``)."""
    if len(text) > MAX_QUOTE_LENGTH:
        r.error(node, t("load.quote_too_long", what=what, n=MAX_QUOTE_LENGTH))
        return False
    return True


def _resolve_ref(r: _Reader, cf: ClaimsFile, claim: Claim, key: str, ref: str, pos: Pos) -> None:
    if ref == claim.id:
        r.error(pos, t("load.ref_itself", id=claim.id, key=key))
    elif ref in r.broken:
        return  # its own error is reported
    elif ref not in cf.claims:
        message = _ref_unknown(claim.id, key, ref)
        r.error_suggesting(pos, message, ref, cf.claims)
    elif key == "of" and cf.claims[ref].value.percent and cf.claims[ref].of == claim.id:
        r.error(pos, t("load.share_of_each_other", a=claim.id, b=ref))


def _ref_unknown(cid: str, key: str, ref: str) -> Callable[[str], str]:
    return lambda hint: t("load.ref_unknown", id=cid, key=key, ref=ref, hint=hint)


def _check_unknown_claim(what: What, ref: str) -> Callable[[str], str]:
    return lambda hint: t("load.check_unknown_claim", what=what, ref=ref, hint=hint)


def _read_checks(r: _Reader, node: yaml.Node, cf: ClaimsFile) -> None:
    if not r.visit(node, 1):
        return
    if isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:null":
        return
    if not isinstance(node, yaml.SequenceNode):
        r.error(node, t("load.checks_not_list", kind=_kind(node)))
        return
    if len(node.value) > MAX_CHECKS:
        r.error(node, t("load.too_many_checks", n=MAX_CHECKS))
        return
    seen: dict[str, Pos] = {}
    what_check = t("what.check")
    what_id, what_expr = (t("what.check_key", key=k) for k in ("id", "expr"))
    plain = not r.anchors
    for item in _freeing(node.value):
        if type(item) is _FlatCheck:
            check = _read_flat_check(r, item, seen, cf)
            if check is None:
                raise _NotPlain
            cf.checks.append(check)
            continue
        m = _plain_keys(item, CHECK_KEYS) if plain else None
        if m is None:
            m = r.mapping(item, CHECK_KEYS, what_check, 2)
            if m is None or "id" not in m or "expr" not in m:
                continue
        inode, enode = m["id"][1], m["expr"][1]
        if plain and type(inode) is _Scalar and inode.tag == _STR:
            cid = inode.value
        else:
            cid = r.text(inode, what_id, 3)
        if plain and type(enode) is _Scalar and enode.tag == _STR:
            etext = enode.value
        else:
            etext = r.text(enode, what_expr, 3)
        if cid is None or etext is None:
            continue
        ipos = _new_pos(Pos, (inode.line + 1, inode.column + 1))  # type: ignore[attr-defined]
        if not ID_PATTERN.fullmatch(cid):
            r.error(ipos, t("load.check_id_pattern", id=cid))
            continue
        if cid in seen:
            r.error(ipos, t("load.duplicate_check", id=cid, line=seen[cid].line))
            continue
        if cid in cf.claims:
            r.error(ipos, t("load.check_id_is_claim", id=cid))
            continue
        seen[cid] = ipos
        epos = _new_pos(Pos, (enode.line + 1, enode.column + 1))  # type: ignore[attr-defined]
        col0 = _expr_column(enode)
        starts = _block_line_starts(r.source, enode, etext) if col0 is None else None
        try:
            expr = parse_check(etext)
        except ExprError as e:
            if col0 is not None:
                at = Pos(epos.line, col0 + e.offset)
            elif starts:
                at = _block_pos(starts, etext, e.offset)
            else:
                at = epos
            r.error(at, t("load.detail", what=_What("what.check_named", id=cid), detail=e))
            continue
        check = Check(
            id=cid,
            pos=_pos(item),
            expr_text=etext,
            expr=expr,
            expr_pos=epos,
            expr_column_offset=col0,
            line_starts=starts,
        )
        if "says" in m:
            snode = m["says"][1]
            if plain and type(snode) is _Scalar and snode.tag == _STR:
                check.says = snode.value  # as r.text reads a plain text
            else:
                what_says = _What("what.check_named_key", id=cid, key="says")
                check.says = r.text(snode, what_says, 3)
        if "note" in m:
            check.note = r.text(m["note"][1], _What("what.check_named_key", id=cid, key="note"), 3)
        if "accept" in m:
            what_accept = _What("what.check_named_key", id=cid, key="accept")
            check.accept = _reason(r, m["accept"][1], what_accept, 3)
        for ref in names(expr):
            if ref.id in r.broken:
                continue  # its own error is reported
            if ref.id not in cf.claims:
                message = _check_unknown_claim(_What("what.check_named", id=cid), ref.id)
                r.error_suggesting(check.offset_pos(ref.offset), message, ref.id, cf.claims)
            elif (problem := _ref_problem(cf, ref)) is not None:
                what = _What("what.check_named", id=cid)
                r.error(check.offset_pos(ref.offset), t(problem, what=what, id=ref.id))
        cf.checks.append(check)


def _block_line_starts(source: str, node: yaml.Node, text: str) -> tuple[Pos, ...] | None:
    """Where each line of a literal block scalar (``expr: |``) starts: on
    the lines after its ``|``, past the block's indent. None for any other
    style (a folded ``>`` joins lines, so its characters are not in place)."""
    if getattr(node, "style", None) != "|" or not source:
        return None
    lines = source.splitlines()
    first = node.start_mark.line + 1  # 0-based: the line after the indicator
    count = text.rstrip("\n").count("\n") + 1  # not the line past a final newline
    block = lines[first : first + count]
    indents = [len(line) - len(line.lstrip(" ")) for line in block if line.strip()]
    if not indents:
        return None
    indent = min(indents)  # the block's: deeper lines keep their spaces in the text
    return tuple(Pos(first + k + 1, indent + 1) for k in range(len(block)))


def _expr_column(node: yaml.Node) -> int | None:
    """The 1-based column of an expression's first character, when the scalar
    sits on one line and its text is the source text."""
    scalar = cast(_events.Scalar, node)  # its ints, not its marks (claims/_events.py)
    return _column_of(
        scalar.end_lines, scalar.style, scalar.column, scalar.end_column, scalar.value
    )


def _column_of(
    end_lines: int, style: str | None, column: int, end_column: int, value: str
) -> int | None:
    """:func:`_expr_column` of a scalar given by its fields (0-based column)."""
    if end_lines:
        return None
    if not style:  # plain: None from the Python loader, "" from libyaml's
        return column + 1
    if style in ("'", '"'):
        raw_len = end_column - column - 2
        return column + 2 if raw_len == len(value) else None
    return None


# -- sources (docs/claims-format.md, "Sources") ----------------------------------


def _read_sources(r: _Reader, node: yaml.Node, cf: ClaimsFile) -> None:
    """``sources:``: id → a path, or a mapping with ``path`` and options; each
    path under the rules of ``article.text``."""
    from licang_check.sources.yaml import read_sources

    read_sources(r, node, cf)


def _read_claim_source(r: _Reader, claim: Claim, node: yaml.Node, cf: ClaimsFile) -> None:
    """A claim's ``source:``: one mapping, or a list of them."""
    from licang_check.sources.yaml import read_claim_source

    read_claim_source(r, claim, node, cf)


def _look_up_sources(r: _Reader, cf: ClaimsFile) -> None:
    """Every claim's source looked up (its files read once each); an error at
    the claim's ``source:`` for each that cannot be."""
    from licang_check.sources.yaml import look_up

    look_up(r, cf)
