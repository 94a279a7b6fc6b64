"""``explain``: the arithmetic of one claim or check, step by step, in words a
reader can check by hand.

:class:`Explainer` checks a file once (under its own rounding) and then
explains any id through its kind (``CheckKind.steps``): every interval with
its ends included or not, what is derived from what, the whole numbers
tried; then the verdict, the verdict under every rounding mode (the result
checked again under each mode whose verdict may differ, agreeing with
``verify``'s ``modes`` and ``edge``), and for an inconsistent result the
nearest figures that would fit. The CLI prints the steps as text; the HTML
report shows the same steps on a click.

Explaining works inside the same work budget as ``verify``
(``budget.MAX_WORK`` steps): :meth:`Explainer.explain` has one for the id
it explains, :meth:`Explainer.explain_all` one for every id of the file. The
text is made printable (:func:`~licang_check.claims.diagnostics.printable`):
what the file holds (a ``says:``, an id, a quote) cannot start a line of
output or hide in it.
"""

from __future__ import annotations

import difflib
import functools
from dataclasses import dataclass
from typing import Any

from licang_check._i18n.messages import t
from licang_check.claims.diagnostics import ClaimsFileError, Diagnostic, printable
from licang_check.claims.load import ClaimsFile
from licang_check.kinds import get, subject_for
from licang_check.kinds.base import CheckError, CheckKind, Context
from licang_check.kinds.expr import unparse
from licang_check.kinds.modes import MODES, Modes, annotate
from licang_check.kinds.nearest import role_name
from licang_check.kinds.steps import Step, describe_figure, describe_interval
from licang_check.numeric.rounding import RoundingMode
from licang_check.run.budget import WorkLimitExceeded, work_budget
from licang_check.run.results import Result

__all__ = [
    "Explainer",
    "Explanation",
    "Step",
    "UnknownId",
    "describe_figure",
    "describe_interval",
    "explanation_dict",
    "render_text",
    "unparse",
]


@dataclass(frozen=True)
class Explanation:
    """One result of a claim or check, explained."""

    result: Result
    steps: tuple[Step, ...]
    by_mode: tuple[tuple[RoundingMode, bool], ...] | None = None
    """The verdict under each rounding mode, as the rounding step gives it;
    None where it says none (the same under every mode, or not worked out)."""

    @property
    def heading(self) -> str:
        r = self.result
        verdict = t(f"verdict.{r.verdict.value}")
        if r.edge:
            verdict = t("verdict.edge", verdict=verdict)
        return t("explain.heading", kind=t(f"kind.{r.kind.value}"), id=r.id, verdict=verdict)


class UnknownId(LookupError):
    """An id that is neither a claim nor a check of the file."""

    def __init__(self, wanted: str, suggestions: list[str]) -> None:
        hint = ""
        if suggestions:
            names = t("explain.or").join(f"'{s}'" for s in suggestions)
            hint = t("explain.did_you_mean", names=names)
        super().__init__(t("explain.unknown_id", wanted=wanted, hint=hint))
        self.wanted = wanted
        self.suggestions = suggestions


# -- the explainer -------------------------------------------------------------------


class Explainer:
    """A checked claims file, ready to explain any of its ids."""

    def __init__(self, cf: ClaimsFile, results: list[Result] | None = None) -> None:
        """``results``: the file's results as ``verify`` gave them (checked
        here again when not given)."""
        from licang_check.run.verify import run_checks

        self.cf = cf
        self.results = annotate(cf, run_checks(cf)) if results is None else results
        self.modes = Modes(cf)
        self.ctx: Context = self.modes.context(cf.rounding)

    def ids(self) -> list[str]:
        return [*self.cf.claims, *self.ctx.checks]

    def explain(self, wanted: str) -> list[Explanation]:
        """Every result of the claim or check ``wanted``, explained inside a
        work budget of its own.

        Raises :class:`UnknownId` for an id the file does not have, and
        :class:`ClaimsFileError` (at the claim or check) when explaining it
        takes more than the budget."""
        if wanted not in self.cf.claims and wanted not in self.ctx.checks:
            close = difflib.get_close_matches(wanted, self.ids(), n=3, cutoff=0.6)
            raise UnknownId(wanted, close)
        try:
            with work_budget():
                return self._explain(wanted)
        except WorkLimitExceeded as e:
            raise ClaimsFileError([self._spent(wanted, e)]) from None

    def explain_all(self) -> list[tuple[str, list[Explanation] | None]]:
        """Each id with results (in the order of the results), explained
        inside one work budget for them all; None for the id the budget ran
        out on and for every id after it."""
        out: list[tuple[str, list[Explanation] | None]] = []
        try:
            with work_budget():
                for wanted in self._results:
                    out.append((wanted, self._explain(wanted)))
        except WorkLimitExceeded:
            out.extend((wanted, None) for wanted in list(self._results)[len(out) :])
        return out

    @functools.cached_property
    def _results(self) -> dict[str, list[Result]]:
        by_id: dict[str, list[Result]] = {}
        for r in self.results:
            by_id.setdefault(r.id, []).append(r)
        return by_id

    def _spent(self, wanted: str, e: WorkLimitExceeded) -> Diagnostic:
        """The error for an id whose explanation took more than the budget."""
        if wanted in self.cf.claims:
            what, pos = t("what.claim", id=wanted), self.cf.claims[wanted].pos
        else:
            what, pos = t("what.check_named", id=wanted), self.ctx.checks[wanted].pos
        detail = t("budget.explain_spent", limit=e.limit)
        return Diagnostic(pos.line, pos.column, t("load.detail", what=what, detail=detail))

    def _explain(self, wanted: str) -> list[Explanation]:
        out = []
        for r in self._results.get(wanted, ()):
            kind = get(r.kind)
            subject = subject_for(kind, self.ctx, r)
            steps = [*kind.steps(self.ctx, subject), self._verdict(r)]
            by_mode = self._by_mode(kind, subject, r)
            steps += self._modes(r, by_mode)
            if r.nearest:
                found = t("sep.list").join(
                    f"{role_name(role)} {t('explain.or').join(v)}" for role, v in r.nearest
                )
                steps.append(Step("nearest", t("explain.nearest", found=found)))
            verdicts = None if by_mode is None else tuple((m, ok) for m, ok, _ in by_mode)
            out.append(Explanation(r, tuple(steps), verdicts))
        return out

    # -- verdict, modes -------------------------------------------------------------

    def _verdict(self, r: Result) -> Step:
        verdict = t(f"verdict.{r.verdict.value}")
        return Step("verdict", t("explain.verdict", verdict=verdict, message=r.message))

    def _by_mode(
        self, kind: CheckKind[Any], subject: Any, r: Result
    ) -> list[tuple[RoundingMode, bool, Result | None]] | None:
        """Per mode: the verdict and the result under it (None under the
        file's own, or where it cannot be checked); None where the verdict
        cannot change with the mode or ``modes`` was not worked out."""
        if r.modes is None or not kind.depends(self.cf, subject):
            return None
        out = []
        for m in MODES:
            other = None
            if m is not self.cf.rounding:
                try:
                    other = kind.check(self.modes.context(m), subject)
                except CheckError:
                    other = None
            ok = other.consistent if other is not None else m in r.modes
            out.append((m, ok, other))
        return out

    def _modes(
        self, r: Result, by_mode: list[tuple[RoundingMode, bool, Result | None]] | None
    ) -> list[Step]:
        if r.modes is None:
            return [Step("rounding", t("explain.no_modes"))]
        if by_mode is None:
            same = t("verdict.consistent" if r.consistent else "verdict.inconsistent")
            return [Step("rounding", t("explain.no_rounding", same=same))]
        parts = []
        for m, ok, other in by_mode:
            verdict = t("verdict.consistent" if ok else "verdict.inconsistent")
            line = t("explain.mode_line", mode=m.value, verdict=verdict)
            if m is self.cf.rounding:
                line += t("explain.files_rounding")
            elif other is not None:
                line += t("explain.mode_message", message=other.message)
            parts.append(line)
        steps = [Step("rounding", t("explain.each_mode", parts=t("sep.list").join(parts)))]
        if r.edge:
            others = [m.value for m in MODES if m is not RoundingMode.DOWN and m not in r.modes]
            steps.append(Step("edge", t("explain.edge", others=", ".join(others))))
        return steps


def explanation_dict(e: Explanation) -> dict[str, Any]:
    """An explanation for ``explain --format json``."""
    r = e.result
    return {
        "id": r.id,
        "kind": r.kind.value,
        "verdict": r.verdict.value,
        "line": r.line,
        "column": r.column,
        "printed": r.printed,
        "message": r.message,
        "modes": None if r.modes is None else [m.value for m in r.modes],
        "edge": r.edge,
        "nearest": {role: list(values) for role, values in r.nearest},
        "steps": [{"label": s.label, "text": s.text} for s in e.steps],
    }


def render_text(path: str, explanations: list[Explanation]) -> str:
    """The explanations as plain text, one numbered step a line, each line
    made printable (a newline in a ``says:`` is written ``\\n``)."""
    out: list[str] = []
    for e in explanations:
        r = e.result
        out.append(f"{path}:{r.line}:{r.column}: {e.heading}")
        if r.printed:
            out.append(t("explain.printed", printed=r.printed))
        for n, step in enumerate(e.steps, 1):
            out.append(t("explain.step", n=n, label=step.title, text=step.text))
        out.append("")
    return "\n".join(map(printable, out))
