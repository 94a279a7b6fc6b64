"""Diagnostics: what went wrong in a file, and where."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["ClaimsFileError", "Diagnostic"]


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """An error in a file at a 1-based line and column."""

    line: int
    column: int
    message: str

    def render(self, path: str) -> str:
        return f"{path}:{self.line}:{self.column}: error: {self.message}"


class ClaimsFileError(Exception):
    """A claims file that cannot be checked; carries every diagnostic found."""

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        super().__init__("; ".join(d.message for d in diagnostics))
        self.diagnostics = diagnostics
