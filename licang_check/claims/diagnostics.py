"""Diagnostics: what went wrong in a file, and where."""

from __future__ import annotations

import re
from typing import NamedTuple

__all__ = ["ClaimsFileError", "Diagnostic", "printable"]

_UNPRINTABLE = "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"
"""Control characters and bidirectional overrides: in a message they could
end the line, recolour the terminal or reorder what is shown. (A pattern
``re`` compiles and caches on first use: a run without errors never needs it.)"""


def printable(text: str) -> str:
    """``text`` with control and bidi characters written as escapes (``\\x1b``),
    so that what a file holds cannot forge or hide a line of output."""
    return re.sub(_UNPRINTABLE, lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


class Diagnostic(NamedTuple):
    """An error in a file at a 1-based line and column."""

    line: int
    column: int
    message: str

    def render(self, path: str) -> str:
        return f"{printable(path)}:{self.line}:{self.column}: error: {printable(self.message)}"


class ClaimsFileError(Exception):
    """A claims file that cannot be checked; carries every diagnostic found."""

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        super().__init__("; ".join(d.message for d in diagnostics))
        self.diagnostics = diagnostics
