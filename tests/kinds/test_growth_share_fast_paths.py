"""The growth and share kinds' short roads, held equal to the general engine.

The growth kind solves a prior through ``relations.growth_prior`` (the
ends divided directly, a count's whole priors by integer division); the
share kind takes a share of one whole count by its ends
(``share.share_part``); both print how a value would print through the
whole-number ``reround`` and ``format_fixed``; a plain rate or share has its
ends under every mode in half units (``base.plain_halves``) for a count's
verdicts under every mode. Here each file's results
(verdict, message, printed and implied figures, modes, edge, nearest) and
each result's explanation are the same byte for byte as with every one of
those replaced by the general engine: ``solve(GROWTH, ...)``, the share's
intersection and interval product, each mode's interval, and the fraction
rules.

Files are made to sit on halves (149 up 273%), with trailing zeros, counts
and amounts, exact and printed wholes, stated priors by id and as printed,
qualified figures, zero and negative values, under every rounding mode.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from unittest import mock

from hypothesis import given, settings
from hypothesis import strategies as st
from numeric.test_rounding_fast_paths import fixed_general, reround_general

from kinds.common import SHORT, decimal_text, near
from licang_check.claims.diagnostics import ClaimsFileError
from licang_check.claims.load import parse_claims
from licang_check.figures.grammar import Figure, parse_figure
from licang_check.kinds import get, growth, share, subject_for
from licang_check.kinds.base import Context, End, plain_halves
from licang_check.kinds.modes import HALVES, MODES, annotate, mode_verdicts
from licang_check.numeric.exact import Fraction
from licang_check.numeric.intervals import Interval
from licang_check.numeric.wholes import Wholes, has_whole, whole_fits
from licang_check.run.explain import Explainer, explanation_dict
from licang_check.run.results import Kind, Result
from licang_check.run.verify import run_checks
from licang_check.solve import relations
from licang_check.solve.relations import GROWTH, Solution, solve

SETTINGS = settings(max_examples=250, deadline=None)


def _prior_general(
    current: Interval, rate: Interval, *, count: bool, bound: Interval | None = None
) -> Solution:
    return solve(GROWTH, "prior", {"current": current, "rate": rate}, count=count, bound=bound)


def share_part_general(
    sh: Interval, whole: Interval, *, count: bool, whole_count: bool
) -> tuple[Interval, Wholes | None]:
    """``share_part`` by its general road alone: the whole's positive whole
    numbers, the interval product, the whole parts that fit."""
    w = share.share_whole(whole, whole_count=whole_count)
    part = sh * w
    if not count:
        return part, None
    if w.is_point or not whole_count or 0 in sh:
        return part, (Wholes([], 0) if part.is_empty else whole_fits(part, None))

    def fits(k: int) -> bool:
        return has_whole((Interval.point(k) / sh).intersect(w))

    return part, (Wholes([], 0) if part.is_empty else whole_fits(part, fits))


def _not_plain(fig: Figure) -> None:
    return None


GENERAL: dict[str, Callable[..., Any]] = {
    "licang_check.kinds.growth.plain_halves": _not_plain,
    "licang_check.kinds.share.plain_halves": _not_plain,
    "licang_check.kinds.growth.growth_prior": _prior_general,
    "licang_check.kinds.share.share_part": share_part_general,
    "licang_check.kinds.steps.reround": reround_general,
    "licang_check.kinds.steps.format_fixed": fixed_general,
}
"""Every short road of the two kinds, and the general engine it stands for."""


@contextlib.contextmanager
def general_engine() -> Iterator[None]:
    with contextlib.ExitStack() as stack:
        for target, general in GENERAL.items():
            stack.enter_context(mock.patch(target, general))
        yield


@st.composite
def claims_files(draw: st.DrawFn) -> str:
    """Growths of counts and amounts (none, by id or printed prior), shares
    of exact and printed counts and of amounts, qualified figures, a negative current."""
    lines = []
    for i in range(draw(st.integers(1, 3))):
        count = draw(st.booleans())
        prior = draw(SHORT | st.integers(1, 80))
        current = draw(st.integers(1, 400))
        value = str(current) if count else draw(near(Fraction(current), percent=False))
        value += draw(st.sampled_from(["", "", "万", "亿"])) if not count else ""
        value = draw(
            st.sampled_from([value, value, value, f"近{current + 1}", f"超过{prior}", "-5"])
        )
        rate = draw(near(Fraction(current, prior) - 1, percent=True))
        rate = draw(st.sampled_from([rate, rate, rate, "超过5%", "-99.5%", "-99%"]))
        stated = draw(st.sampled_from([prior, prior + 1]))
        stated_text = str(stated) if count else draw(near(Fraction(stated), percent=False))
        lines.append(f"  last{i}:\n    quote: q\n    value: {stated_text}\n")
        if count:
            lines.append("    count: true\n")
        lines.append(f"  g{i}:\n    quote: q\n    value: {value}\n    growth: {rate}\n")
        if count:
            lines.append("    count: true\n")
        how = draw(st.sampled_from(["id", "printed", "none", "none"]))
        if how == "id":
            lines.append(f"    prior: last{i}\n")
        elif how == "printed":
            lines.append(f"    prior: {stated_text}\n")
        whole, part = draw(SHORT | st.integers(1, 300)), draw(st.integers(0, 300))
        pct = draw(near(Fraction(min(part, whole), whole), percent=True))
        pct = draw(st.sampled_from([pct, pct, pct, "超过5%", "0%", "0.0%"]))
        whole_text = (
            str(whole) if draw(st.booleans()) else draw(near(Fraction(whole), percent=False))
        )
        whole_count = draw(st.booleans())
        lines.append(f"  w{i}:\n    quote: q\n    value: {whole_text}\n")
        if whole_count:
            lines.append("    count: true\n")
        lines.append(f"  s{i}:\n    quote: q\n    value: {pct}\n    of: w{i}\n")
        if draw(st.booleans()):
            lines.append("    count: true\n")
    rounding = draw(st.sampled_from(["half-up", "half-even", "down", "any"]))
    head = f"version: 1\narticle:\n  title: t\nrounding: {rounding}\ntolerance: 10%\nclaims:\n"
    return head + "".join(lines)


def _run(text: str) -> tuple[list[Result], list[list[dict[str, Any]]]] | None:
    """The annotated results of a file, and the explanation of each."""
    try:
        cf = parse_claims(text, Path("claims.yaml"))
        results = annotate(cf, run_checks(cf))
    except ClaimsFileError:
        return None
    explained = [
        [explanation_dict(e) for e in es or ()] for _, es in Explainer(cf, results).explain_all()
    ]
    return results, explained


@SETTINGS
@given(claims_files())
def test_growth_and_share_agree_with_the_general_engine(text: str) -> None:
    fast = _run(text)
    with general_engine():
        slow = _run(text)
    assert fast == slow, text


def test_the_short_roads_are_taken(monkeypatch: Any) -> None:
    """The file below goes through each short road (not only the general one)."""
    text = (
        "version: 1\narticle:\n  title: t\nclaims:\n"
        "  p:\n    quote: q\n    value: 149\n    count: true\n    growth: 273%\n"
        "  a:\n    quote: q\n    value: 100.0亿\n    growth: 5.0%\n"
        "  w:\n    quote: q\n    value: 150\n    count: true\n"
        "  s:\n    quote: q\n    value: 54.0%\n    of: w\n    count: true\n"
    )
    cf = parse_claims(text, Path("claims.yaml"))
    ctx = Context(cf)
    calls = {"solve": 0, "share_whole": 0}
    real_solve, real_whole = relations.solve, share.share_whole

    def counting_solve(*args: Any, **kwargs: Any) -> Solution:
        calls["solve"] += 1
        return real_solve(*args, **kwargs)

    def counting_whole(*args: Any, **kwargs: Any) -> Interval:
        calls["share_whole"] += 1
        return real_whole(*args, **kwargs)

    monkeypatch.setattr(relations, "solve", counting_solve)
    monkeypatch.setattr(share, "share_whole", counting_whole)
    results = run_checks(cf)
    assert calls == {"solve": 0, "share_whole": 0}
    by_id = {(r.id, r.kind): r for r in results}
    assert by_id["p", Kind.GROWTH].message.startswith("prior 40 in ")
    assert by_id["s", Kind.SHARE].message.startswith("part 81")
    for r in results:
        kind = get(r.kind)
        assert kind.check(ctx, subject_for(kind, ctx, r)) == r


def _value(e: End) -> tuple[Fraction, bool]:
    return Fraction(e[0], e[1]), e[2]


plain_texts = st.builds(
    lambda n, places, pct: decimal_text(n, places) + ("%" if pct else ""),
    st.integers(-3000, 30_000),
    st.integers(0, 3),
    st.booleans(),
)


@SETTINGS
@given(plain_texts)
def test_plain_ends_under_every_mode_are_each_modes_interval(text: str) -> None:
    fig = parse_figure(text)
    halves = plain_halves(fig)
    assert halves is not None
    tolerance = Fraction(1, 10)
    fast = growth._plain_reciprocals(*halves)
    general = growth._general_reciprocals(tolerance, fig)
    if general is None:
        assert fast is None
    else:
        assert fast is not None
        assert [(_value(a), _value(b)) for a, b in fast] == [
            (_value(a), _value(b)) for a, b in general
        ]
    with mock.patch("licang_check.kinds.share.plain_halves", _not_plain):
        slow_share = share._share_ends(tolerance, fig)
    assert [(_value(a), _value(b)) for a, b in share._share_ends(tolerance, fig)] == [
        (_value(a), _value(b)) for a, b in slow_share
    ]


def test_a_qualified_range_or_exact_figure_is_not_plain() -> None:
    for text in ("近7000", "超过5%", "3-5%", "翻一番", "50以上"):
        assert plain_halves(parse_figure(text)) is None, text
    # 2.50% is 250 units of 0.01%: [2.495%, 2.505%) under half-up is 499 to 501 half units
    halves = plain_halves(parse_figure("2.50%"))
    assert halves is not None
    p, q, per_mode = halves
    assert (p, q) == (1, 10000)
    assert per_mode[0] == (499, True, 501, False)


def test_results_are_built_as_result_and_with_modes_would() -> None:
    """``CheckKind.result`` and ``annotate`` build their tuples at once: the
    same results as ``Result(...)`` and ``Result.with_modes``."""
    text = (
        "version: 1\narticle:\n  title: t\nclaims:\n"
        "  p:\n    quote: q\n    value: 149\n    count: true\n    growth: 273%\n"
        "  w:\n    quote: q\n    value: 8\n    count: true\n"
        "  s:\n    quote: q\n    value: 13%\n    of: w\n    count: true\n"
    )
    cf = parse_claims(text, Path("claims.yaml"))
    results = run_checks(cf)
    for r in results:
        assert type(r) is Result
        assert r == Result(
            r.id, r.kind, r.verdict, r.line, r.column, r.message, r.printed, r.implied
        )
    verdicts = mode_verdicts(cf, results)
    annotated = annotate(cf, results)
    halves = [i for i, m in enumerate(MODES) if m in HALVES]
    for r, v, a in zip(results, verdicts, annotated, strict=True):
        assert type(a) is Result
        if v is None:
            modes, edge = (MODES if r.consistent else ()), False
        else:
            modes = tuple(m for m, ok in zip(MODES, v, strict=True) if ok)
            edge = r.consistent and cf.rounding in HALVES and not all(v[i] for i in halves)
        assert a == r.with_modes(modes, edge=edge)
    # 149 up 273% needs 40, on a half: half-up and any only, an edge
    assert annotated[0].modes == (MODES[0], MODES[3])
    assert annotated[0].edge
