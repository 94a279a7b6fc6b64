"""Diagnostics: what went wrong in a file, and where."""

from __future__ import annotations

import re
from typing import NamedTuple

__all__ = ["ClaimsFileError", "Diagnostic", "printable"]

_UNPRINTABLE = (
    "[\x00-\x1f\x7f-\x9f\xad\u061c\u180e\u200b-\u200f\u2028-\u202e"
    "\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]"
)
"""Control characters, line and paragraph separators, bidirectional
overrides and invisible format characters (zero-width spaces and joiners,
the BOM): in a message they could end the line (U+2028 does for some
readers), recolour the terminal, reorder what is shown or hide a character
of an id. (A pattern ``re`` compiles and caches on first use: a run without
errors never needs it.)"""


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
