"""Relations of three figures, any one solved from the other two, exactly.

Every ``derive`` command is one of three shapes:

- :class:`Compound`: ``end = start × (1 + rate) ^ years``. ``derive growth``
  (current, prior, rate; one year) and ``derive cagr`` (end, start, rate over
  N years);
- :class:`Product`: ``product = a × b``. ``derive share`` (part = whole ×
  share) and ``derive mean`` (total = n × mean);
- :class:`Sum`: ``total = a + b``. ``derive sum`` (the other parts together
  and one part).

:func:`solve` takes the intervals of two roles and gives the third's (``verify``
solves :data:`GROWTH` for the prior a growth claim implies, too). Where
a role is a whole number (a count with ``--count``; ``n`` always), only the
whole numbers that fit with some whole partner are kept (the GRIM idea): 81
of 150 pigs is 54.0%, and no whole number of 150 is 54.2%. :func:`candidates`
lists, for each whole number found, the figure it implies for the third role
and how that prints.

Roots: a compound rate over several years is ``(end / start) ^ (1/years) − 1``.
Where the root of a ratio is rational (``(121/100) ^ (1/2)`` is ``11/10``) the
end is exact; otherwise it is found to :data:`ROOT_PLACES` decimal places by
an exact integer root and rounded outward (down at the low end, up at the
high end), and the end is left open: the interval is a little wider than the
truth, never narrower, and :attr:`Solution.approximate` says so.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from typing import NamedTuple

from licang_check.figures.grammar import Figure
from licang_check.numeric.exact import Fraction
from licang_check.numeric.intervals import POSITIVE, DivisionByZeroInterval, Interval
from licang_check.numeric.rounding import RoundingMode, reround, unround
from licang_check.numeric.wholes import MAX_LISTED, Wholes, growth_factor, has_whole, whole_fits

__all__ = [
    "GROWTH",
    "ROOT_PLACES",
    "Compound",
    "Product",
    "Relation",
    "Role",
    "RootCandidate",
    "Solution",
    "Sum",
    "Whole",
    "candidates",
    "growth_prior",
    "integer_root",
    "root_interval",
    "solve",
]

ROOT_PLACES = 12
"""Decimal places of a root that is not rational (ends rounded outward)."""

ONE = Interval.point(1)


def _positive(iv: Interval) -> Interval:
    """``iv``'s positive values (``iv`` itself, without work, when all are)."""
    if iv.low is not None and iv.low > 0:
        return iv
    return iv.intersect(POSITIVE)


class Whole(enum.Enum):
    """When a role's values are whole numbers."""

    NEVER = "never"
    COUNT = "count"  # with --count
    ALWAYS = "always"  # a number of items, such as a mean's n


class Role(NamedTuple):
    name: str
    """The role, as the command's option names it: ``current``, ``share``, ``n``."""
    percent: bool = False
    """Given and shown as a percentage."""
    whole: Whole = Whole.NEVER
    positive: bool = False
    """Only positive values make sense (a prior, a whole, a count of items)."""

    def is_whole(self, count: bool) -> bool:
        return self.whole is Whole.ALWAYS or (self.whole is Whole.COUNT and count)


class Relation:
    """Three roles and how each is solved from the other two."""

    name: str
    roles: tuple[Role, Role, Role]
    candidate_key: str
    """What a candidate's implied third figure is called in JSON (``growth``)."""

    def role(self, name: str) -> Role:
        for r in self.roles:
            if r.name == name:
                return r
        raise KeyError(name)

    def solve_for(self, target: str, known: Mapping[str, Interval]) -> Interval:
        """The values of ``target`` that the other two roles' intervals allow
        (:func:`solve` then keeps a positive role positive).

        May raise :class:`DivisionByZeroInterval`."""
        raise NotImplementedError

    def approximate(self, target: str, known: Mapping[str, Interval]) -> bool:
        """Whether the ends of ``solve_for(target, known)`` were rounded outward."""
        return False

    def given(self, target: str, fixed: str, value: Interval) -> Callable[[Interval], Interval]:
        """``solve_for(target, …)`` with role ``fixed`` at ``value``, as a function
        of the remaining role's interval: worked out once, tried on many."""
        other = next(r.name for r in self.roles if r.name not in (target, fixed))
        return lambda x: self.solve_for(target, {other: x, fixed: value})


class Compound(Relation):
    """``end = start × (1 + rate) ^ years``; start and end positive."""

    def __init__(
        self,
        name: str,
        end: str,
        start: str,
        rate: str = "rate",
        years: int = 1,
        candidate_key: str = "rate",
    ) -> None:
        self.name = name
        self.end = end
        self.start = start
        self.rate = rate
        self.years = years
        self.candidate_key = candidate_key
        self.roles = (
            Role(end, whole=Whole.COUNT),
            Role(start, whole=Whole.COUNT, positive=True),
            Role(rate, percent=True),
        )

    def _power(self, factor: Interval) -> Interval:
        out = factor
        for _ in range(self.years - 1):
            out = out * factor
        return out

    def solve_for(self, target: str, known: Mapping[str, Interval]) -> Interval:
        if target == self.end:
            start = _positive(known[self.start])
            return start * self._power(growth_factor(known[self.rate]))
        if target == self.start:
            factor = growth_factor(known[self.rate])
            if factor.is_empty:
                return factor
            return known[self.end] / self._power(factor)  # kept positive by solve()
        start = _positive(known[self.start])
        if start.is_empty:
            return start
        ratio = known[self.end] / start
        if self.years == 1:
            return ratio - ONE
        return root_interval(ratio.intersect(POSITIVE), self.years)[0] - ONE

    def given(self, target: str, fixed: str, value: Interval) -> Callable[[Interval], Interval]:
        if fixed != self.rate:
            return super().given(target, fixed, value)
        factor = growth_factor(value)
        power = self._power(factor)  # the rate fixed: (1 + rate) ^ years once
        if target == self.end:
            return lambda start: _positive(start) * power
        if factor.is_empty:
            return lambda _: factor
        inverse = power.reciprocal()
        return lambda end: end * inverse

    def approximate(self, target: str, known: Mapping[str, Interval]) -> bool:
        if target != self.rate or self.years == 1:
            return False
        start = _positive(known[self.start])
        if start.is_empty:
            return False
        return root_interval((known[self.end] / start).intersect(POSITIVE), self.years)[1]


class Product(Relation):
    """``product = a × b``: part = whole × share, total = n × mean."""

    def __init__(self, name: str, product: Role, a: Role, b: Role, candidate_key: str) -> None:
        self.name = name
        self.product = product
        self.a = a
        self.b = b
        self.candidate_key = candidate_key
        self.roles = (product, a, b)

    def solve_for(self, target: str, known: Mapping[str, Interval]) -> Interval:
        p, a, b = self.product.name, self.a.name, self.b.name
        if target == p:
            return known[a] * known[b]
        other = b if target == a else a
        return known[p] / known[other]


class Sum(Relation):
    """``total = a + b``: the parts of a total."""

    def __init__(
        self,
        name: str,
        total: str = "total",
        a: str = "parts",
        b: str = "part",
        candidate_key: str = "part",
    ) -> None:
        self.name = name
        self.total = total
        self.a = a
        self.b = b
        self.candidate_key = candidate_key
        self.roles = (
            Role(total, whole=Whole.COUNT),
            Role(a, whole=Whole.COUNT),
            Role(b, whole=Whole.COUNT),
        )

    def solve_for(self, target: str, known: Mapping[str, Interval]) -> Interval:
        if target == self.total:
            return known[self.a] + known[self.b]
        other = self.b if target == self.a else self.a
        return known[self.total] - known[other]


GROWTH = Compound("growth", end="current", start="prior", rate="rate", candidate_key="growth")
"""``current = prior × (1 + rate)``: ``derive growth``'s relation, and the one
``verify`` solves for the prior a growth claim implies (``checks.implied_prior``);
here rather than with the other commands' relations so that ``verify`` needs
nothing of :mod:`licang_check.solve.derivations`."""


# -- solving ------------------------------------------------------------------------


class Solution(NamedTuple):
    solve_for: str
    interval: Interval
    wholes: Wholes | None = None
    """The whole numbers that fit, where the solved role is whole."""
    approximate: bool = False
    """The ends were rounded outward (a root that is not rational)."""

    @property
    def consistent(self) -> bool:
        if self.wholes is not None:
            return self.wholes.any
        return not self.interval.is_empty


def solve(
    relation: Relation,
    target: str,
    known: Mapping[str, Interval],
    *,
    count: bool,
    bound: Interval | None = None,
) -> Solution:
    """Solve ``relation`` for ``target`` from the intervals ``known`` of the
    other two roles (a whole role's interval already narrowed to its whole
    numbers), narrowed by ``bound`` where given.

    Raises :class:`DivisionByZeroInterval` when a divisor may be zero."""
    role = relation.role(target)
    interval = relation.solve_for(target, known)
    if role.positive:
        interval = _positive(interval)
    if bound is not None:
        interval = interval.intersect(bound)
    approximate = relation.approximate(target, known)
    if not role.is_whole(count):
        return Solution(target, interval, None, approximate)
    if interval.is_empty:
        return Solution(target, interval, Wholes([], 0), approximate)
    fits = _partner_fits(relation, target, known, count=count)
    return Solution(target, interval, whole_fits(interval, fits), approximate)


def growth_prior(
    current: Interval, rate: Interval, *, count: bool, bound: Interval | None = None
) -> Solution:
    """``solve(GROWTH, "prior", {"current": current, "rate": rate}, count=count,
    bound=bound)``, the same :class:`Solution`, with a short road for what
    ``verify`` meets most: a bounded rate whose factor ``1 + rate`` is
    positive, and a positive bounded current, or for a count, a single
    whole current ``c`` and no bound. The prior is then
    ``(current.low / (1 + rate.high), current.high / (1 + rate.low))`` by
    the ends, and a count's whole priors are the ceiling and the floor of
    ``c`` over the factor's ends, in whole numbers."""
    rl, rh, cl, ch = rate.low, rate.high, current.low, current.high
    if rl is None or rh is None or cl is None or ch is None or (count and bound is not None):
        return solve(GROWTH, "prior", {"current": current, "rate": rate}, count=count, bound=bound)
    fl, fh = rl + 1, rh + 1
    rlc, rhc, clc, chc = rate.low_closed, rate.high_closed, current.low_closed, current.high_closed
    if not (
        fl > 0
        and (fl < fh or (fl == fh and rlc and rhc))
        and cl > 0
        and (cl < ch or (cl == ch and clc and chc))
        and (not count or (cl == ch and cl.denominator == 1))
    ):
        return solve(GROWTH, "prior", {"current": current, "rate": rate}, count=count, bound=bound)
    low, high = cl / fh, ch / fl
    interval = Interval(low, high, clc and rhc, chc and rlc)
    if not count:
        return Solution("prior", interval if bound is None else interval.intersect(bound))
    # a count: a single whole current (closed at both ends), so no partner to fit
    lo = -(-low.numerator // low.denominator)
    if low.denominator == 1 and not rhc:
        lo += 1
    hi = high.numerator // high.denominator
    if high.denominator == 1 and not rlc:
        hi -= 1
    n = hi - lo + 1
    wholes = Wholes(list(range(lo, lo + min(n, MAX_LISTED))), n) if n > 0 else Wholes([], 0)
    return Solution("prior", interval, wholes)


def _loose_partner(
    relation: Relation, target: str, known: Mapping[str, Interval], *, count: bool
) -> str | None:
    """A whole role other than ``target`` whose interval is not a single number."""
    for r in relation.roles:
        if r.name != target and not known[r.name].is_point and r.is_whole(count):
            return r.name
    return None


def _partner_fits(
    relation: Relation, target: str, known: Mapping[str, Interval], *, count: bool
) -> Callable[[int], bool] | None:
    """The test of a whole candidate for ``target``: that it fits with some
    whole value of a whole partner that is not a single number (the third
    role varying continuously); None without such a partner: every one fits."""
    partner = _loose_partner(relation, target, known, count=count)
    if partner is None:
        return None
    third = next(r.name for r in relation.roles if r.name not in (target, partner))
    solve_partner = relation.given(partner, third, known[third])
    wholes = known[partner]

    def fits(k: int) -> bool:
        try:
            return has_whole(solve_partner(Interval.point(k)).intersect(wholes))
        except DivisionByZeroInterval:
            return True  # k with a zero divisor: anything fits, as the interval says

    return fits


# -- candidates ------------------------------------------------------------------------


class RootCandidate(NamedTuple):
    """A whole number found, the third figure it implies and how that prints."""

    value: int
    implied: Interval
    """A single number, or a tight interval around an irrational root."""
    prints_as: list[Fraction]


def candidates(
    relation: Relation,
    solution: Solution,
    known: Mapping[str, Interval],
    figures: Mapping[str, Figure | None],
    *,
    count: bool,
    rounding: RoundingMode,
) -> list[RootCandidate]:
    """For each whole number of the solution, the implied value of the one
    role that is not whole (when every whole partner is a single number),
    and how it prints at its given figure's precision."""
    w = solution.wholes
    target = solution.solve_for
    if w is None or w.total is None:
        return []
    others = [r for r in relation.roles if r.name != target]
    loose = [r for r in others if not r.is_whole(count)]
    fixed = [r for r in others if r.is_whole(count)]
    if len(loose) != 1 or any(not known[r.name].is_point for r in fixed):
        return []
    z = loose[0].name
    fig = figures.get(z)
    out = []
    for k in w.listed:
        given = {target: Interval.point(k), **{r.name: known[r.name] for r in fixed}}
        try:
            implied = relation.solve_for(z, given)
        except DivisionByZeroInterval:
            continue
        if implied.is_empty or implied.low is None or implied.high is None:
            continue
        shown: list[Fraction] = []
        if fig is not None and not fig.qualifiers:
            shown = _prints(relation, target, k, given, z, implied, fig, rounding)
        out.append(RootCandidate(k, implied, shown))
    return out


def _prints(
    relation: Relation,
    target: str,
    k: int,
    given: dict[str, Interval],
    z: str,
    implied: Interval,
    fig: Figure,
    rounding: RoundingMode,
) -> list[Fraction]:
    """How the implied value prints at ``fig``'s precision, exactly."""
    assert implied.low is not None
    assert implied.high is not None
    if implied.is_point:
        return reround(implied.low, fig.unit, rounding)
    # An irrational root inside a tight interval: each printed value it might
    # round to is kept when k fits with the third role anywhere in what that
    # printed value stands for (a product or a power: exact).
    u = fig.unit
    lo, hi = implied.low // u, -(-implied.high // u)
    out = []
    for n in range(int(lo), int(hi) + 1):
        printed = n * u
        others = {**{r: iv for r, iv in given.items() if r != target}}
        others[z] = unround(printed, u, rounding)
        if Fraction(k) in relation.solve_for(target, others):
            out.append(printed)
    return out


# -- roots ---------------------------------------------------------------------------------


def integer_root(n: int, k: int) -> int:
    """The greatest whole number whose ``k``-th power is at most ``n`` (n ≥ 0)."""
    if n < 0:
        raise ValueError("no real root of a negative number is taken here")
    if n < 2:
        return n
    x = 1 << -(-n.bit_length() // k)  # 2^ceil(bits/k): at least the root
    while True:
        y = ((k - 1) * x + n // x ** (k - 1)) // k
        if y >= x:
            return x
        x = y


def _root(x: Fraction, k: int, up: bool) -> tuple[Fraction, bool]:
    """``x ^ (1/k)`` (x ≥ 0): exact when rational, else to ROOT_PLACES decimals,
    down or ``up``; and whether it is exact."""
    p, q = x.numerator, x.denominator
    rp, rq = integer_root(p, k), integer_root(q, k)
    if rp**k == p and rq**k == q:
        return Fraction(rp, rq), True
    scale = 10**ROOT_PLACES
    m = integer_root(p * scale**k // q, k)
    return Fraction(m + 1 if up else m, scale), False


def root_interval(iv: Interval, k: int) -> tuple[Interval, bool]:
    """``{x ^ (1/k)}`` for a non-negative interval, and whether an end was
    rounded outward (then that end is open: the true root lies inside)."""
    if iv.is_empty:
        return iv, False
    inexact = False
    low: Fraction | None = None
    high: Fraction | None = None
    low_closed = high_closed = False
    if iv.low is not None:
        low, exact = _root(max(iv.low, Fraction(0)), k, up=False)
        low_closed = iv.low_closed and exact
        inexact |= not exact
    if iv.high is not None:
        high, exact = _root(iv.high, k, up=True)
        high_closed = iv.high_closed and exact
        inexact |= not exact
    return Interval(low, high, low_closed, high_closed), inexact
