"""The ``derive`` commands' library side: printed figures in, a solved figure out.

Every command gives two of three figures as printed and solves for the third,
or all three and checks them (:func:`derive`); ``derive sum`` takes any number
of parts (:func:`derive_sum`).
The relations themselves are in :mod:`licang_check.solve.relations`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from licang_check._i18n.messages import t
from licang_check.figures.grammar import Figure, FigureError, parse_figure
from licang_check.numeric.exact import Fraction
from licang_check.numeric.intervals import POSITIVE, DivisionByZeroInterval, Interval
from licang_check.numeric.rounding import RoundingMode
from licang_check.numeric.wholes import DeriveError
from licang_check.solve.relations import (
    GROWTH,
    Compound,
    Product,
    Relation,
    Role,
    RootCandidate,
    Solution,
    Sum,
    Whole,
    candidates,
    solve,
)

__all__ = [
    "GROWTH",
    "MAX_YEARS",
    "MEAN",
    "SHARE",
    "SUM",
    "Derivation",
    "cagr",
    "derive",
    "derive_sum",
    "given_figure",
]

SHARE = Product(
    "share",
    product=Role("part", whole=Whole.COUNT),
    a=Role("whole", whole=Whole.COUNT, positive=True),
    b=Role("share", percent=True),
    candidate_key="share",
)
MEAN = Product(
    "mean",
    product=Role("total", whole=Whole.COUNT),
    a=Role("n", whole=Whole.ALWAYS, positive=True),
    b=Role("mean"),
    candidate_key="mean",
)
SUM = Sum("sum")
MAX_YEARS = 100


def cagr(years: int) -> Compound:
    """Compound growth over ``years`` years: ``end = start × (1 + rate) ^ years``."""
    if not 1 <= years <= MAX_YEARS:
        raise DeriveError(t("derive.years", max=MAX_YEARS, years=years))
    return Compound("cagr", end="end", start="start", rate="rate", years=years)


@dataclass(frozen=True)
class Derivation:
    relation: Relation
    solution: Solution
    figures: dict[str, Figure | None]
    """Each role's figure as given (None for the one solved for, and for a
    sum's parts, which are several)."""
    given: dict[str, str]
    """Each given role's text, for the heading (a sum's parts joined by +)."""
    rounding: RoundingMode
    count: bool
    candidates: list[RootCandidate]
    checked: Interval | None = None
    """Every figure given (``derive sum`` with every part and the total): what
    the others imply for the checked role, before it was narrowed to that
    role's printed figure (the solution)."""

    @property
    def consistent(self) -> bool:
        return self.solution.consistent


def given_figure(text: str, option: str, *, percent: bool) -> Figure:
    """A figure given on the command line, or a :class:`DeriveError` naming ``option``."""
    try:
        fig = parse_figure(text)
    except FigureError as e:
        raise DeriveError(t("derive.option_error", option=option, error=e)) from None
    if percent and not fig.percent:
        raise DeriveError(t("derive.need_percent", option=option))
    if not percent and fig.percent:
        raise DeriveError(t("derive.not_percent", option=option))
    return fig


def _interval(
    fig: Figure, role: Role, *, count: bool, rounding: RoundingMode, tol: Fraction
) -> Interval:
    whole = role.is_whole(count)
    iv = fig.interval(rounding, tol, count=whole)
    if role.positive:  # a prior, a current, a share's whole, a count of items
        iv = iv.intersect(POSITIVE)
    return iv.integer_hull() if whole else iv


def _solve(
    relation: Relation,
    target: str,
    known: dict[str, Interval],
    figures: dict[str, Figure | None],
    *,
    count: bool,
    rounding: RoundingMode,
    bound: Interval | None = None,
) -> tuple[Solution, list[RootCandidate]]:
    try:
        sol = solve(relation, target, known, count=count, bound=bound)
    except DivisionByZeroInterval:
        raise DeriveError(t("derive.divisor_zero", target=target)) from None
    found = candidates(relation, sol, known, figures, count=count, rounding=rounding)
    return sol, found


def _role_figure(text: str, role: Role, *, count: bool) -> Figure:
    """A role's figure from the command line; a whole role (the ``n`` of a
    mean, a count with ``--count``) must print a whole number, and a positive
    whole role one of at least 1: anything else is bad input, not an
    inconsistency."""
    fig = given_figure(text, f"--{role.name}", percent=role.percent)
    if role.is_whole(count) and fig.value.denominator != 1:
        raise DeriveError(t("derive.not_whole", option=f"--{role.name}", figure=fig.text))
    if role.is_whole(count) and role.positive and fig.value < 1:
        raise DeriveError(t("derive.not_positive", option=f"--{role.name}", figure=fig.text))
    return fig


def derive(
    relation: Relation,
    texts: Mapping[str, str | None],
    *,
    count: bool,
    rounding: RoundingMode,
    tolerance: Fraction = Fraction(1, 10),
) -> Derivation:
    """Solve ``relation`` for the one role of ``texts`` given as None; with
    every role given, check them: the last role (the rate, the share, the
    mean) as the others imply it, narrowed to its printed figure (empty when
    the figures cannot all hold)."""
    options = [f"--{r.name}" for r in relation.roles]
    given = [f"--{r.name}" for r in relation.roles if texts.get(r.name)]
    if len(given) < 2:
        raise DeriveError(
            t("derive.two_of", options=", ".join(options[:-1]), last=options[-1])
            + (t("derive.given", given=", ".join(given)) if given else "")
        )
    figures: dict[str, Figure | None] = {}
    for r in relation.roles:
        text = texts.get(r.name)
        figures[r.name] = _role_figure(text, r, count=count) if text else None
    checking = len(given) == len(relation.roles)
    target = (
        relation.roles[-1].name
        if checking
        else next(r.name for r in relation.roles if figures[r.name] is None)
    )
    known = {
        r.name: _interval(fig, r, count=count, rounding=rounding, tol=tolerance)
        for r in relation.roles
        if (fig := figures[r.name]) is not None
    }
    shown = {r.name: f.text for r in relation.roles if (f := figures[r.name]) is not None}
    if checking:
        bound = known.pop(target)
        sol, _ = _solve(relation, target, known, {}, count=count, rounding=rounding, bound=bound)
        try:
            implied = relation.solve_for(target, known)
        except DivisionByZeroInterval:  # pragma: no cover - _solve raised already
            raise DeriveError(t("derive.divisor_zero", target=target)) from None
        return Derivation(relation, sol, figures, shown, rounding, count, [], implied)
    sol, found = _solve(relation, target, known, figures, count=count, rounding=rounding)
    return Derivation(relation, sol, figures, shown, rounding, count, found)


def derive_sum(
    parts: list[str],
    total: str | None,
    *,
    count: bool,
    rounding: RoundingMode,
    tolerance: Fraction = Fraction(1, 10),
) -> Derivation:
    """The total of ``parts``; or, with ``total`` and one part given as ``?``,
    that part; or, with every part and ``total``, the parts' sum checked
    against the printed total (narrowed to where the two meet: empty when
    they cannot add up)."""
    parts = [p.strip() for p in parts]
    if len(parts) < 2:
        raise DeriveError(t("derive.two_parts"))
    missing = [i for i, p in enumerate(parts) if p == "?"]
    if len(missing) > 1:
        raise DeriveError(t("derive.one_unknown"))
    if missing and total is None:
        raise DeriveError(t("derive.unknown_needs_total"))

    def interval(fig: Figure, role: str) -> Interval:
        return _interval(fig, SUM.role(role), count=count, rounding=rounding, tol=tolerance)

    figs = [given_figure(p, f"--parts ({p})", percent=False) for p in parts if p != "?"]
    ivs = [interval(f, "part") for f in figs]
    total_fig = given_figure(total, "--total", percent=False) if total is not None else None
    total_iv = interval(total_fig, "total") if total_fig is not None else None
    shown = {"parts": " + ".join(parts)}
    if total_fig is not None:
        shown["total"] = total_fig.text
    # figures: what each role was given as (the first part stands for the
    # parts, for the units they are shown in); None for the one solved for
    if missing:
        assert total_iv is not None
        known = {"total": total_iv, "parts": _add(ivs)}
        sol, _ = _solve(SUM, "part", known, {}, count=count, rounding=rounding)
        figures = {"total": total_fig, "parts": figs[0], "part": None}
        return Derivation(SUM, sol, figures, shown, rounding, count, [])
    known = {"parts": _add(ivs[:-1]), "part": ivs[-1]}
    sol, _ = _solve(SUM, "total", known, {}, count=count, rounding=rounding, bound=total_iv)
    checked = SUM.solve_for("total", known) if total_iv is not None else None
    figures = {"total": None, "parts": figs[0], "part": figs[-1]}
    return Derivation(SUM, sol, figures, shown, rounding, count, [], checked)


def _add(ivs: list[Interval]) -> Interval:
    out = ivs[0]
    for iv in ivs[1:]:
        out = out + iv
    return out
