"""What ``verify`` reports: results, per-file reports and the summary."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from licang_check._i18n.messages import t, tn
from licang_check.claims.diagnostics import Diagnostic
from licang_check.numeric.rounding import RoundingMode

if TYPE_CHECKING:
    from licang_check.claims.load import ClaimsFile

__all__ = ["FileReport", "Kind", "Result", "Summary", "Verdict"]


class Kind(enum.StrEnum):
    QUOTE = "quote"
    GROWTH = "growth"
    SHARE = "share"
    EXPR = "expr"
    POINTS = "points"
    CHANGE = "change"
    RATIO = "ratio"
    PROPORTION = "proportion"
    CONVERSION = "conversion"
    SOURCE = "source"

    def __str__(self) -> str:
        return self.value


class Verdict(enum.StrEnum):
    CONSISTENT = "consistent"
    INCONSISTENT = "inconsistent"

    def __str__(self) -> str:
        return self.value


class Result(NamedTuple):
    """One verdict on one claim or check."""

    id: str
    kind: Kind
    verdict: Verdict
    line: int
    column: int
    message: str
    printed: str = ""
    """The figures as printed that the result is about."""
    implied: str = ""
    """What they imply, in short (the derived prior, part or sides)."""
    modes: tuple[RoundingMode, ...] | None = None
    """The rounding modes under which the result is consistent, in the order
    of :class:`RoundingMode`; None where they were not worked out
    (``transparency.annotate`` fills them in)."""
    edge: bool = False
    """Consistent under the file's rounding only through a value exactly on a
    half: another reading of halves (half-up, half-even, any) rejects it."""
    nearest: tuple[tuple[str, tuple[str, ...]], ...] = ()
    """For an inconsistent growth or share: per figure (``current``,
    ``growth``, ``share``, ``whole``), the nearest printed values that fit."""
    on: str = ""
    """For a change in a claim's ``changes:`` list, its ``on`` (``环比``);
    empty for the change on the previous period and for other kinds."""
    accept: str | None = None
    """The reason of the ``accept:`` note that covers this result, if any
    (dropped under ``--no-accept``)."""

    @property
    def consistent(self) -> bool:
        return self.verdict is Verdict.CONSISTENT

    @property
    def accepted(self) -> bool:
        """An inconsistent result that an ``accept:`` note accepts: listed and
        counted, but it does not fail the run."""
        return self.accept is not None and self.verdict is Verdict.INCONSISTENT

    @property
    def stale(self) -> bool:
        """A consistent result that an ``accept:`` note still accepts: the
        note has outlived its reason and should go."""
        return self.accept is not None and self.verdict is Verdict.CONSISTENT

    @property
    def failed(self) -> bool:
        """Inconsistent and not accepted: what fails the run."""
        return self.verdict is Verdict.INCONSISTENT and self.accept is None

    def with_modes(self, modes: tuple[RoundingMode, ...], *, edge: bool) -> Result:
        """A copy with ``modes`` and ``edge`` set (every other field kept)."""
        return Result(*self[:8], modes, edge, *self[10:])


@dataclass
class FileReport:
    """A claims file's results, or the errors that kept it from being checked."""

    path: str
    results: list[Result] = field(default_factory=list)
    errors: list[Diagnostic] = field(default_factory=list)
    claims: ClaimsFile | None = field(default=None, repr=False, compare=False)
    """The loaded file, kept only when asked for (the HTML report shows its
    article and explains its results)."""
    matched: bool = True
    """False for a glob (or folder) that matched no file: its error counts,
    but it is no file."""
    reads: tuple[Path, ...] = ()
    """The other files its check read: the article and the sources (``-o``
    must not name one)."""


class Summary(NamedTuple):
    """The counts over every file of a run, and the exit code they give."""

    consistent: int
    inconsistent: int
    """Inconsistent results not accepted: what fails the run."""
    errors: int
    files: int
    accepted: int = 0
    """Inconsistent results accepted by an ``accept:`` note."""
    stale: int = 0
    """Consistent results that an ``accept:`` note still accepts (counted
    among ``consistent`` too)."""

    @staticmethod
    def of(reports: list[FileReport]) -> Summary:
        good = bad = accepted = stale = 0
        for rep in reports:
            for r in rep.results:
                if r.consistent:
                    good += 1
                    stale += r.accept is not None
                elif r.accept is None:
                    bad += 1
                else:
                    accepted += 1
        return Summary(
            consistent=good,
            inconsistent=bad,
            errors=sum(len(rep.errors) for rep in reports),
            files=sum(1 for rep in reports if rep.matched),
            accepted=accepted,
            stale=stale,
        )

    @property
    def exit_code(self) -> int:
        """2 if any file had an error, else 1 if anything is inconsistent, else 0."""
        if self.errors:
            return 2
        return 1 if self.inconsistent else 0

    def line(self) -> str:
        line = t(
            "summary.line",
            consistent=self.consistent,
            inconsistent=self.inconsistent,
            errors=tn("summary.errors", self.errors),
            files=tn("summary.files", self.files),
        )
        if self.accepted or self.stale:
            notes = [t("summary.accepted", n=self.accepted)]
            if self.stale:
                notes.append(t("summary.stale", n=self.stale))
            line += t("summary.accepted_notes", notes=t("sep.comma").join(notes))
        return line
