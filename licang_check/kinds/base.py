"""What every check kind implements, and the pieces the kinds share.

A kind (:class:`CheckKind`) is one module of :mod:`licang_check.kinds`: the
only place that knows its verdict (:meth:`~CheckKind.check`), the printed
figures the verdict depends on (:meth:`~CheckKind.figures`: the one source of
``modes``, ``edge`` and ``explain``'s rounding step), its verdict under every
rounding mode (:meth:`~CheckKind.verdicts`), its explanation
(:meth:`~CheckKind.steps`) and its nearest consistent figures
(:meth:`~CheckKind.nearest`). The registry (``kinds/__init__.py``) lists
them; ``verify``, ``explain`` and every format go through it.
"""

from __future__ import annotations

import enum
import functools
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, ClassVar, Generic, TypeVar

from licang_check.claims.diagnostics import Diagnostic
from licang_check.claims.load import Check, Claim, ClaimsFile
from licang_check.figures.grammar import Figure
from licang_check.figures.qualifiers import group_of
from licang_check.numeric.exact import Fraction
from licang_check.numeric.intervals import Interval
from licang_check.numeric.rounding import RoundingMode, unround_common, unround_halves
from licang_check.numeric.unions import Union
from licang_check.run.results import Kind, Result, Verdict

if TYPE_CHECKING:
    from licang_check.kinds.modes import Modes, Verdicts
    from licang_check.kinds.nearest import Nearest
    from licang_check.kinds.steps import Step
    from licang_check.solve.relations import Solution

__all__ = [
    "CheckError",
    "CheckKind",
    "Context",
    "Figures",
    "Scope",
    "bits",
    "bits_bound",
    "ceil_times",
    "common_interval",
    "end",
    "floor_times",
    "is_exact",
    "plain_halves",
    "qualified",
    "rounds",
    "strip_space",
    "verdict",
]

_SPACE = re.compile(r"\s+")


def strip_space(text: str) -> str:
    return _SPACE.sub("", text)


def verdict(ok: bool) -> Verdict:
    return Verdict.CONSISTENT if ok else Verdict.INCONSISTENT


_CONSISTENT, _INCONSISTENT = Verdict.CONSISTENT, Verdict.INCONSISTENT
_new_result: Callable[[type[Result], tuple[object, ...]], Result] = tuple.__new__
"""A :class:`Result` from all its fields at once: what its generated
``__new__`` does, without the call through it (one per result)."""
_RESULT_DEFAULTS = tuple(Result._field_defaults[f] for f in Result._fields[8:])
"""The defaults of the fields after ``implied`` (``modes`` on), in order."""


class CheckError(Exception):
    """A check that cannot be worked out: an error of the file, at ``diagnostic``."""

    def __init__(self, diagnostic: Diagnostic) -> None:
        super().__init__(diagnostic.message)
        self.diagnostic = diagnostic


class Scope(enum.Enum):
    """What a kind's results are about."""

    CLAIM = "claim"
    """One result for each claim the kind :meth:`~CheckKind.applies` to, under the claim's id."""
    CHECK = "check"
    """One result for each entry of ``checks:``, under the check's id."""


Figures = list[tuple[Figure, bool]]
"""Printed figures, each with whether it is read as a count."""

S = TypeVar("S", Claim, Check)


class CheckKind(Generic[S]):
    """One kind of check. A new kind subclasses this, sets :attr:`kind`,
    :attr:`scope` and :attr:`sarif_name`, and implements :meth:`check`,
    :meth:`figures` and :meth:`steps` (:meth:`applies` too for a claim kind);
    :meth:`verdicts` and :meth:`nearest` have defaults."""

    kind: ClassVar[Kind]
    """The member of :class:`~licang_check.run.results.Kind` its results carry."""
    scope: ClassVar[Scope] = Scope.CLAIM
    sarif_name: ClassVar[str]
    """Its SARIF rule's name (``GrowthFits``); the rule's descriptions are the
    catalogue's ``sarif.<kind>.short`` and ``.full``, its name in words ``kind.<kind>``."""

    def applies(self, cf: ClaimsFile, claim: Claim) -> bool:
        """Whether a claim of ``cf`` gets a result of this kind (a claim kind only)."""
        raise NotImplementedError

    def asked(self, cf: ClaimsFile, claim: Claim) -> bool:
        """Whether the claim, as written, asks for a result of this kind
        (what its ``accept:`` may name), asked while ``cf`` is loaded: by
        default :meth:`applies`."""
        return self.applies(cf, claim)

    def subject(self, ctx: Context, result_id: str) -> S:
        """The claim or check a result of this kind is about."""
        found = ctx.cf.claims[result_id] if self.scope is Scope.CLAIM else ctx.checks[result_id]
        return found  # type: ignore[return-value]

    def check(self, ctx: Context, subject: S) -> Result:
        """The verdict on ``subject`` under ``ctx.cf``'s rounding, with a message
        a person can check by hand. May raise :class:`CheckError` (an error
        of the file) and :class:`~licang_check.run.budget.WorkLimitExceeded`."""
        raise NotImplementedError

    def figures(self, cf: ClaimsFile, subject: S) -> Figures:
        """Every printed figure the verdict depends on."""
        raise NotImplementedError

    def depends(self, cf: ClaimsFile, subject: S) -> bool:
        """Whether the verdict may change with the rounding mode: some figure
        it depends on :func:`rounds`."""
        return any(rounds(f, count=c) for f, c in self.figures(cf, subject))

    def verdicts(self, modes: Modes, subject: S, ok: bool) -> Verdicts | None:
        """The verdict under each mode (in the order of ``modes.MODES``); None
        when no mode can change it. ``ok``: the verdict under the file's own
        rounding. By default: :meth:`check` again under each mode that does
        not follow from the others (``Modes.general``)."""
        if not self.depends(modes.cf, subject):
            return None

        def holds(mode: RoundingMode) -> bool:
            return self.check(modes.context(mode), subject).consistent

        return modes.general(ok, holds)

    def steps(self, ctx: Context, subject: S) -> list[Step]:
        """The arithmetic of the verdict, step by step (``explain``); the
        verdict, rounding and nearest steps are added by ``explain``."""
        raise NotImplementedError

    def nearest(self, cf: ClaimsFile, subject: S) -> Nearest:
        """For an inconsistent result: per figure, the nearest printed values
        that would fit (none by default)."""
        return ()

    def about(self, cf: ClaimsFile, subject: S) -> list[str]:
        """The ids of the claims a result is about (the HTML report marks them)."""
        return [subject.id]

    def result(self, subject: S, ok: bool, message: str, printed: str, implied: str = "") -> Result:
        """A result of this kind on ``subject``, at its position in the file."""
        pos = subject.pos
        v = _CONSISTENT if ok else _INCONSISTENT
        head: tuple[object, ...] = (
            subject.id,
            self.kind,
            v,
            pos.line,
            pos.column,
            message,
            printed,
            implied,
        )
        return _new_result(Result, (*head, *_RESULT_DEFAULTS))


class _Priors(dict[str, Union]):
    """Each growth claim's implied prior, worked out when first asked for.

    It holds what it needs, not the :class:`Context` it belongs to: a cycle
    between the two would keep the whole file alive after a run until the
    cyclic collector found it."""

    def __init__(
        self,
        cf: ClaimsFile,
        known: Callable[[str], Union | None] | None,
        solutions: dict[str, Solution],
    ) -> None:
        super().__init__()
        self.cf = cf
        self.known = known
        self.solutions = solutions

    def __missing__(self, claim_id: str) -> Union:
        value = self[claim_id] = self._prior(claim_id)
        return value

    def _prior(self, claim_id: str) -> Union:
        from licang_check.kinds.growth import implied_prior, prior_values
        from licang_check.kinds.relations import extended_prior, uses_extended_prior

        claim = self.cf.claims[claim_id]
        if uses_extended_prior(claim):  # a change in points or an absolute change
            return extended_prior(self.cf, claim)
        if self.known is not None:
            known = self.known(claim_id)
            if known is not None:
                return known
        sol = self.solutions.get(claim_id)
        if sol is None:
            sol = implied_prior(self.cf, claim)
        return prior_values(sol)


class _Env(dict[str, Interval]):
    def __init__(self, cf: ClaimsFile) -> None:
        super().__init__()
        self.cf = cf

    def __missing__(self, key: str) -> Interval:
        value = self[key] = self.cf.interval(self.cf.claims[key])
        return value


class Context:
    """A claims file being checked under one rounding, and what its checks
    share: the article without whitespace, each claim's interval (``env``),
    each growth claim's implied prior as expressions see it (``priors``),
    both worked out when first asked for."""

    def __init__(
        self, cf: ClaimsFile, known_priors: Callable[[str], Union | None] | None = None
    ) -> None:
        """``known_priors``: implied priors already known some cheaper way
        (None where not); the others are solved."""
        self.cf = cf
        self.env: dict[str, Interval] = _Env(cf)
        self.solutions: dict[str, Solution] = {}
        """The implied prior of each growth claim checked so far."""
        self.priors: dict[str, Union] = _Priors(cf, known_priors, self.solutions)

    @functools.cached_property
    def article(self) -> str | None:
        return strip_space(self.cf.text) if self.cf.text is not None else None

    @functools.cached_property
    def checks(self) -> dict[str, Check]:
        return {c.id: c for c in self.cf.checks}


# -- figures and the rounding -----------------------------------------------------


def qualified(fig: Figure) -> bool:
    """Whether a qualifier (近, 约, 超 …) gives the figure its interval."""
    return bool(fig.qualifiers) and _gives_interval(fig.qualifiers)


@functools.cache
def _gives_interval(qualifiers: tuple[str, ...]) -> bool:
    """Whether one of ``qualifiers`` gives an interval: asked once per tuple
    (the contract's qualifiers in normal form, a few dozen tuples at most)."""
    return any(group_of(q).gives_interval for q in qualifiers)


def is_exact(fig: Figure, *, count: bool) -> bool:
    """An exact whole count (``149`` on a ``count: true`` claim): a single number."""
    return count and fig.exact_whole and not qualified(fig)


def rounds(fig: Figure, *, count: bool) -> bool:
    """Whether the interval of ``fig`` depends on the rounding mode: a plain
    printed figure's does; a qualified one's (近, 约, 超 …) and an exact
    whole count's do not."""
    if count and fig.exact_whole:
        return False
    return not fig.qualifiers or not qualified(fig)


def plain_halves(fig: Figure) -> tuple[int, int, list[tuple[int, bool, int, bool]]] | None:
    """A figure whose interval is ``unround``'s under every mode (no range,
    no qualifier, not exact by its words), in whole numbers: half its unit
    as ``p / 2q`` and per mode (in the order of :class:`RoundingMode`) its
    interval's ends as multiples of that half (``unround_halves``); None
    for any other figure. Its interval is not narrowed to whole numbers
    (as a count's would be)."""
    if fig.qualifiers or fig.high is not None or fig.exact:
        return None
    unit, x = fig.unit, fig.value
    p, q = unit.numerator, unit.denominator
    n, r = divmod(x.numerator * q, x.denominator * p)
    if r:
        return None
    return p, q, [unround_halves(n, m) for m in RoundingMode]


def common_interval(fig: Figure, tolerance: Fraction, *, count: bool) -> Interval:
    """The values ``fig`` stands for under every rounding mode: the
    intersection of its intervals under each (``Figure.interval``), worked
    out once."""
    if fig.high is None and not fig.exact and rounds(fig, count=count):
        return unround_common(fig.value, fig.unit)
    if fig.high is None:  # qualified, exact: the same under every mode
        return fig.interval(RoundingMode.HALF_UP, tolerance, count=count)
    out = None
    for m in RoundingMode:
        iv = fig.interval(m, tolerance, count=count)
        out = iv if out is None else out.intersect(iv)
    assert out is not None
    return out


def bits(iv: Interval) -> int:
    """The most bits of a numerator or denominator of the ends of ``iv``."""
    out = 0
    for x in (iv.low, iv.high):
        if x is not None:
            out = max(out, abs(x.numerator).bit_length(), x.denominator.bit_length())
    return out


def bits_bound(fig: Figure, tolerance: Fraction, *, count: bool) -> int:
    """At least :func:`bits` of ``fig``'s interval under every rounding mode,
    narrowed to its whole numbers or not. A plain figure's ends are
    ``x + j·h`` (``j`` from −2 to 2, ``x`` a multiple ``2n·h`` of ``h``, half
    its unit, ``p/q``): at most ``(2|n| + 2)·p`` over ``q``, and the whole
    numbers inside, at most ``(2|n| + 2)·p``."""
    if fig.high is None and not fig.exact and rounds(fig, count=count):
        h = fig.unit / 2
        n = fig.value / fig.unit
        if n.denominator == 1:
            top = (2 * abs(n.numerator) + 2) * h.numerator
            return max(top.bit_length(), h.denominator.bit_length())
    varies = fig.high is not None or (not fig.exact and rounds(fig, count=count))
    out = 0
    for m in RoundingMode if varies else (RoundingMode.HALF_UP,):
        iv = fig.interval(m, tolerance, count=count)
        out = max(out, bits(iv), bits(iv.integer_hull()) if count else 0)
    return out


# An end of an interval as whole numbers: numerator, denominator (> 0), closed.
End = tuple[int, int, bool]


def end(x: Fraction, closed: bool) -> End:
    return x.numerator, x.denominator, closed


def ceil_times(x: int, e: End) -> int:
    """The least whole number from ``x·e`` on (``x·e`` itself only if closed)."""
    q, r = divmod(x * e[0], e[1])
    return q + 1 if r or not e[2] else q


def floor_times(x: int, e: End) -> int:
    """The greatest whole number up to ``x·e`` (``x·e`` itself only if closed)."""
    q, r = divmod(x * e[0], e[1])
    return q if r or e[2] else q - 1
