"""The expression language of checks, parsed by hand and never ``eval``-ed.

Grammar::

    check   := sum COMPARE sum
    sum     := product (("+" | "-") product)*
    product := unary (("*" | "/") unary)*
    unary   := "-" unary | atom
    atom    := FIGURE | ID | "prior" "(" ID ")" | "(" sum ")"

A FIGURE is a printed figure without qualifiers (``1亿``, ``273%``, ``10000``,
``千``) and is exact; its digits are ASCII or full-width (a digit of another
script, ``٣``, is an error). An ID is a claim id.

A claim's ``source: {expr: ...}`` is a ``sum`` of the same grammar over
source cells instead of claims (:func:`parse_source_expr`)::

    atom  := FIGURE | cell | ("sum" | "mean") "(" range ")" | "(" sum ")"
    cell  := ID "[" (A1 | STRING "," STRING) "]"
    range := ID "[" (A1 ":" A1 | ":" "," STRING) "]"

``t[B3]`` is a cell by its A1 reference, ``t["广东", "2024年"]`` one by its
row and column labels, ``t[B2:B32]`` a block of cells and ``t[:, "2024年"]``
every data row of a column. A STRING is double-quoted, with no escapes.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import NamedTuple

from licang_check._i18n.messages import t as _t
from licang_check.figures.grammar import MULTIPLIERS, FigureError, parse_figure
from licang_check.figures.numerals import NUMERAL_CHARS
from licang_check.numeric.exact import Fraction

__all__ = [
    "COMPARISONS",
    "MAX_EXPR_LENGTH",
    "Aggregate",
    "BinOp",
    "CellRef",
    "Comparison",
    "ExprError",
    "Literal",
    "Name",
    "Negate",
    "Node",
    "Prior",
    "cells",
    "parse_check",
    "parse_source_expr",
]

COMPARISONS = ("==", "!=", "<=", ">=", "<", ">")
MAX_EXPR_LENGTH = 2000
MAX_NESTING = 50
MAX_OPERATORS = 200
"""Binary operators in one expression: bounds the depth that evaluation recurses to."""


class ExprError(ValueError):
    """A malformed expression; ``offset`` is the 0-based character position."""

    def __init__(self, message: str, offset: int) -> None:
        super().__init__(message)
        self.offset = offset


class Literal(NamedTuple):
    """A figure written in the expression (``1亿``, ``50%``)."""

    value: Fraction
    text: str
    offset: int


class Name(NamedTuple):
    """A claim's id: its interval of true values."""

    id: str
    offset: int


class Prior(NamedTuple):
    """``prior(id)``: the prior a growth claim implies."""

    id: str
    offset: int


class Negate(NamedTuple):
    """``-x``."""

    operand: Node
    offset: int


class BinOp(NamedTuple):
    """``left op right`` for ``+ - * /``."""

    op: str
    left: Node
    right: Node
    offset: int


class CellRef(NamedTuple):
    """A source cell: ``t[B3]`` (``a1``) or ``t["row", "column"]`` (``labels``)."""

    source: str
    a1: str | None
    labels: tuple[str, str] | None
    offset: int


class Aggregate(NamedTuple):
    """``sum(t[B2:B9])`` or ``mean(t[:, "2024年"])``: ``start``/``end`` are A1
    references, or ``column`` a column label (every data row)."""

    func: str
    source: str
    start: str | None
    end: str | None
    column: str | None
    offset: int


Node = Literal | Name | Prior | Negate | BinOp | CellRef | Aggregate


class Comparison(NamedTuple):
    """The whole expression: ``left op right`` for ``== != < <= > >=``."""

    op: str
    left: Node
    right: Node
    offset: int


_MULT_CHARS = "".join(sorted({c for m in MULTIPLIERS for c in m}))
_NUM_CHARS = "".join(sorted(NUMERAL_CHARS | set(_MULT_CHARS)))
_TOKEN = re.compile(
    r"(?P<ws>\s+)"
    r"|(?P<figure>(?:[0-9０-９][0-9０-９,]*(?:\.[0-9０-９]+)?|["
    + _NUM_CHARS
    + r"])["
    + _NUM_CHARS
    + r"]*%?)"
    r"|(?P<id>[A-Za-z_][A-Za-z0-9_]*)"
    r"|(?P<op>==|!=|<=|>=|[<>+\-*/()])"
)


class _Tok(NamedTuple):
    """A token: its kind (figure, id, op, end), text and offset."""

    kind: str  # figure, id, op, end
    text: str
    offset: int


def _tokenize(text: str, pattern: re.Pattern[str] = _TOKEN) -> list[_Tok]:
    if len(text) > MAX_EXPR_LENGTH:
        raise ExprError(_t("expr.too_long", n=MAX_EXPR_LENGTH), 0)
    tokens: list[_Tok] = []
    add, new = tokens.append, tuple.__new__
    pos = 0
    # no token is empty: a match further on than where the last one ended
    # means no token starts there
    for m in pattern.finditer(text):
        if m.start() != pos:
            break
        kind = m.lastgroup
        if kind != "ws":
            add(new(_Tok, (kind, m.group(), pos)))
        pos = m.end()
    if pos < len(text):
        ch = text[pos]
        raise ExprError(_t("expr.unexpected_character", char=ch, hint=_char_hint(ch)), pos)
    tokens.append(_Tok("end", "", len(text)))
    return tokens


def _char_hint(ch: str) -> str:
    if ch.isdigit():
        return _t("expr.hint_other_digits", code=f"U+{ord(ch):04X}")
    if ch in "\"'":
        return _t("expr.hint_strings")
    if ch == ".":
        return _t("expr.hint_attribute")
    if ch in "[]{}":
        return _t("expr.hint_brackets")
    if ch in "=&|!^~@:":
        return _t("expr.hint_operators")
    if ch in _TIMES_SIGNS:
        return _t("expr.times_sign", sign=ch, ascii=_TIMES_SIGNS[ch])
    return ""


_TIMES_SIGNS = {"×": "*", "✕": "*", "·": "*", "＊": "*", "÷": "/", "／": "/"}
"""Multiplication and division signs an editor may type for ``*`` and ``/``."""


class _Parser:
    def __init__(self, text: str, pattern: re.Pattern[str] = _TOKEN) -> None:
        self.tokens = _tokenize(text, pattern)
        self.i = 0
        self.tok = self.tokens[0]
        """The token at ``i`` (kept as an attribute: it is read several times
        per token); the last, ``end``, once ``i`` is past it."""
        self.depth = 0
        self.operators = 0

    def take(self) -> _Tok:
        t = self.tok
        self.i += 1
        if self.i < len(self.tokens):
            self.tok = self.tokens[self.i]
        return t

    def expect(self, text: str) -> _Tok:
        if self.tok.text != text:
            found = _describe(self.tok)
            raise ExprError(_t("expr.expected", text=text, found=found), self.tok.offset)
        return self.take()

    def check(self) -> Comparison:
        left = self.sum()
        if self.tok.kind != "op" or self.tok.text not in COMPARISONS:
            if self.tok.kind == "end":
                raise ExprError(_t("expr.no_comparison"), self.tok.offset)
            raise ExprError(_unexpected(self.tok), self.tok.offset)
        op = self.take()
        right = self.sum()
        if self.tok.kind != "end":
            if self.tok.text in COMPARISONS:
                raise ExprError(_t("expr.two_comparisons"), self.tok.offset)
            raise ExprError(_unexpected(self.tok), self.tok.offset)
        return Comparison(op.text, left, right, op.offset)

    def sum(self) -> Node:
        node = self.product()
        while self.tok.text in ("+", "-") and self.tok.kind == "op":
            op = self._binary()
            node = BinOp(op.text, node, self.product(), op.offset)
        return node

    def product(self) -> Node:
        node = self.unary()
        while self.tok.text in ("*", "/") and self.tok.kind == "op":
            op = self._binary()
            node = BinOp(op.text, node, self.unary(), op.offset)
        return node

    def unary(self) -> Node:
        if self.tok.kind == "op" and self.tok.text == "-":
            op = self.take()
            self._enter(op.offset)
            node = Negate(self.unary(), op.offset)
            self.depth -= 1
            return node
        return self.atom()

    def _binary(self) -> _Tok:
        op = self.take()
        self.operators += 1
        if self.operators > MAX_OPERATORS:
            raise ExprError(_t("expr.too_many_operators", n=MAX_OPERATORS), op.offset)
        return op

    def _enter(self, offset: int) -> None:
        self.depth += 1
        if self.depth > MAX_NESTING:
            raise ExprError(_t("expr.too_deep", n=MAX_NESTING), offset)

    def atom(self) -> Node:
        t = self.tok
        if t.kind == "figure":
            self.take()
            try:
                fig = parse_figure(t.text)
            except FigureError as e:
                raise ExprError(str(e), t.offset) from None
            return Literal(fig.value, t.text, t.offset)
        if t.kind == "id":
            self.take()
            if t.text == "prior":
                self.expect("(")
                arg = self.tok
                if arg.kind != "id" or arg.text == "prior":
                    raise ExprError(_t("expr.prior_argument", found=_describe(arg)), arg.offset)
                self.take()
                self.expect(")")
                return Prior(arg.text, arg.offset)
            if self.tok.text == "(":
                raise ExprError(_t("expr.not_a_function", name=t.text), t.offset)
            return Name(t.text, t.offset)
        if t.kind == "op" and t.text == "(":
            self.take()
            self._enter(t.offset)
            node = self.sum()
            self.depth -= 1
            self.expect(")")
            return node
        hint = _t("expr.hint_power") if t.text == "*" else ""
        raise ExprError(_t("expr.expected_atom", found=_describe(t), hint=hint), t.offset)


def _describe(t: _Tok) -> str:
    if t.kind == "end":
        return _t("expr.the_end")
    return f"'{t.text}'" if len(t.text) <= 40 else f"'{t.text[:40]}…'"


_PYTHON_WORDS = frozenset(
    ("and", "or", "not", "in", "is", "if", "else", "lambda", "for", "import", "None")
)


def _unexpected(t: _Tok) -> str:
    """Something where an operator or the end should be, with a hint."""
    if t.kind == "id" and t.text in _PYTHON_WORDS:
        return _t("expr.python_word", word=t.text)
    if t.kind == "id" and re.fullmatch(r"[eE][0-9]*", t.text):
        return _t("expr.exponent", word=t.text)
    if t.kind in ("id", "figure"):
        return _t("expr.operator_first", found=_describe(t))
    return _t("expr.unexpected", found=_describe(t))


def parse_check(text: str) -> Comparison:
    """Parse a check's expression; raise :class:`ExprError` if malformed."""
    if not text.strip():
        raise ExprError(_t("expr.empty"), 0)
    return _plain_check(text) or _Parser(text).check()


def _joined(total: Node | None, op: tuple[str, int] | None, product: Node) -> Node:
    """The sum so far and the product after its operator, joined as the parser joins them."""
    if op is None or total is None:
        return product
    return BinOp(op[0], total, product, op[1])


_SUMS = ("+", "-")
_PRODUCTS = ("*", "/")


def _plain_check(
    text: str, findall: Callable[[str], list[tuple[str, str, str, str]]] = _TOKEN.findall
) -> Comparison | None:
    """What :class:`_Parser` reads of an expression without brackets, other
    than ``prior(id)``, or a unary minus (most checks: ``a + b > c * 2``),
    read in one pass over its tokens; None for any other text, and for one
    the parser would refuse (it then says why)."""
    if len(text) > MAX_EXPR_LENGTH:
        return None
    tokens: list[tuple[str, str, int]] = []
    add = tokens.append
    pos = 0
    for ws, figure, name, op in findall(text):
        if ws:
            pos += len(ws)
            continue
        if name:
            add(("id", name, pos))
            pos += len(name)
        elif figure:
            add(("figure", figure, pos))
            pos += len(figure)
        else:
            add(("op", op, pos))
            pos += len(op)
    if pos != len(text):  # a character no token matched
        return None
    n = len(tokens)
    i = 0
    operators = 0
    left: Node | None = None  # the comparison's left side, once read
    comparison: tuple[str, int] | None = None
    total: Node | None = None  # the sum so far, and the + or - after it
    total_op: tuple[str, int] | None = None
    product: Node | None = None  # the product so far, and the * or / after it
    product_op: tuple[str, int] | None = None
    while True:
        if i >= n:
            return None  # an operator last
        kind, word, offset = tokens[i]
        atom: Node
        if kind == "id":
            if word == "prior":
                if i + 3 >= n:
                    return None
                if (
                    tokens[i + 1][1] != "("
                    or tokens[i + 2][0] != "id"
                    or tokens[i + 2][1] == "prior"
                    or tokens[i + 3][1] != ")"
                ):
                    return None
                atom = Prior(tokens[i + 2][1], tokens[i + 2][2])
                i += 4
            else:
                if i + 1 < n and tokens[i + 1][1] == "(":
                    return None
                atom = Name(word, offset)
                i += 1
        elif kind == "figure":
            try:
                fig = parse_figure(word)
            except FigureError:
                return None
            atom = Literal(fig.value, word, offset)
            i += 1
        else:
            return None
        if product_op is None or product is None:
            product = atom
        else:
            product = BinOp(product_op[0], product, atom, product_op[1])
        if i == n:
            break
        kind, word, offset = tokens[i]
        i += 1
        if word in _PRODUCTS:
            product_op = (word, offset)
            operators += 1
            continue
        total = _joined(total, total_op, product)
        product = product_op = None
        if word in _SUMS:
            total_op = (word, offset)
            operators += 1
        elif word in COMPARISONS and comparison is None:
            left, comparison = total, (word, offset)
            total = total_op = None
        else:
            return None
    total = _joined(total, total_op, product)
    if comparison is None or left is None or operators > MAX_OPERATORS:
        return None
    return Comparison(comparison[0], left, total, comparison[1])


@cache
def _source_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A source expression's tokens and A1 cell names, compiled when first
    needed (only a file with sources has source expressions)."""
    token = re.compile(
        r"(?P<ws>\s+)"
        r"|(?P<string>\"[^\"\n]*\")"
        r"|(?P<figure>(?:\d[\d,]*(?:\.\d+)?|[" + _NUM_CHARS + r"])[" + _NUM_CHARS + r"]*%?)"
        r"|(?P<id>[A-Za-z_][A-Za-z0-9_]*)"
        r"|(?P<op>[+\-*/()\[\],:])"
    )
    return token, re.compile(r"[A-Za-z]{1,3}[1-9][0-9]{0,6}")


AGGREGATES = ("sum", "mean")


class _SourceParser(_Parser):
    """The expression of a claim's source: arithmetic over source cells."""

    def __init__(self, text: str) -> None:
        super().__init__(text, _source_res()[0])

    def whole(self) -> Node:
        node = self.sum()
        if self.tok.kind != "end":
            raise ExprError(_unexpected(self.tok), self.tok.offset)
        return node

    def atom(self) -> Node:
        t = self.tok
        if t.kind == "id" and t.text in AGGREGATES:
            self.take()
            self.expect("(")
            node = self._range(t)
            self.expect(")")
            return node
        if t.kind == "id":
            self.take()
            if self.tok.text != "[":
                raise ExprError(_t("expr.source_needs_cell", name=t.text), t.offset)
            return self._cell(t)
        if t.kind == "string":
            raise ExprError(_t("expr.source_string_outside", found=_describe(t)), t.offset)
        return super().atom()

    def _string(self) -> str:
        t = self.tok
        if t.kind != "string":
            raise ExprError(_t("expr.source_label", found=_describe(t)), t.offset)
        self.take()
        return t.text[1:-1]

    def _a1(self) -> str:
        t = self.tok
        if t.kind != "id" or not _source_res()[1].fullmatch(t.text):
            raise ExprError(_t("expr.source_a1", found=_describe(t)), t.offset)
        self.take()
        return t.text.upper()

    def _cell(self, name: _Tok) -> CellRef:
        self.expect("[")
        if self.tok.kind == "string":
            row = self._string()
            self.expect(",")
            col = self._string()
            self.expect("]")
            return CellRef(name.text, None, (row, col), name.offset)
        a1 = self._a1()
        if self.tok.text == ":":
            raise ExprError(_t("expr.source_range_outside"), self.tok.offset)
        self.expect("]")
        return CellRef(name.text, a1, None, name.offset)

    def _range(self, func: _Tok) -> Aggregate:
        name = self.tok
        if name.kind != "id" or name.text in AGGREGATES:
            raise ExprError(_t("expr.source_range", found=_describe(name)), name.offset)
        self.take()
        self.expect("[")
        if self.tok.text == ":":
            self.take()
            self.expect(",")
            col = self._string()
            self.expect("]")
            return Aggregate(func.text, name.text, None, None, col, func.offset)
        start = self._a1()
        self.expect(":")
        end = self._a1()
        self.expect("]")
        return Aggregate(func.text, name.text, start, end, None, func.offset)


def parse_source_expr(text: str) -> Node:
    """Parse the expression of a claim's source; raise :class:`ExprError`."""
    if not text.strip():
        raise ExprError(_t("expr.empty"), 0)
    return _SourceParser(text).whole()


def cells(node: Node) -> list[CellRef | Aggregate]:
    """Every source cell and block in a source expression, in order."""
    out: list[CellRef | Aggregate] = []
    stack: list[Node] = [node]
    while stack:
        n = stack.pop()
        if isinstance(n, (CellRef, Aggregate)):
            out.append(n)
        elif isinstance(n, Negate):
            stack.append(n.operand)
        elif isinstance(n, BinOp):
            stack.extend((n.right, n.left))
    return out


def names(node: Node | Comparison) -> list[Name | Prior]:
    """Every claim reference in the expression, in order."""
    out: list[Name | Prior] = []
    stack: list[Node | Comparison] = [node]
    while stack:
        n = stack.pop()
        if isinstance(n, (Name, Prior)):
            out.append(n)
        elif isinstance(n, Negate):
            stack.append(n.operand)
        elif isinstance(n, (BinOp, Comparison)):
            stack.extend((n.right, n.left))
    return out
