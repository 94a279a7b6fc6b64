"""The fast paths of the per-mode verdicts, held equal to the general engine.

``Modes.general`` settles every rounding mode at once where a check holds on
the values that every mode admits (``Modes.common``,
``base.common_interval``). These tests hold that shortcut to its parts
(the intersection is the intersection of every mode's interval; the bound
on digits bounds every mode's) and the verdicts it gives to checking the
file again under each mode, on files made to sit on halves, with trailing
zeros, qualifiers, counts, stated priors and expressions.
"""

from __future__ import annotations

import dataclasses
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kinds.common import SHORT, decimal_text, near
from licang_check.claims.diagnostics import ClaimsFileError
from licang_check.claims.load import ClaimsFile, parse_claims
from licang_check.figures.grammar import parse_figure
from licang_check.kinds import expr as expr_kind
from licang_check.kinds.base import bits, bits_bound, common_interval
from licang_check.kinds.modes import MODES, Modes, annotate
from licang_check.numeric.intervals import Interval
from licang_check.numeric.rounding import RoundingMode, unround, unround_common
from licang_check.run.results import Kind
from licang_check.run.verify import run_checks

HU, HE, DOWN, ANY = (
    RoundingMode.HALF_UP,
    RoundingMode.HALF_EVEN,
    RoundingMode.DOWN,
    RoundingMode.ANY,
)
TOLERANCE = Fraction(1, 10)


def _meet(ivs: list[Interval]) -> Interval:
    out = ivs[0]
    for iv in ivs[1:]:
        out = out.intersect(iv)
    return out


# -- one figure's interval under every mode ---------------------------------------------


@given(st.integers(-10_000, 10_000), st.integers(0, 4))
def test_unround_common_is_the_intersection_of_every_mode(n: int, places: int) -> None:
    unit = Fraction(1, 10**places)
    printed = n * unit
    expected = _meet([unround(printed, unit, m) for m in MODES])
    assert unround_common(printed, unit) == expected


@st.composite
def figure_texts(draw: st.DrawFn) -> str:
    """Printed figures of every shape the modes treat apart: decimals with
    trailing zeros (``39.90``), negatives and zero, percentages, 万 and 亿,
    qualifiers (近, 超过, 以上, 约, 达到), Chinese numerals and ranges."""
    shape = draw(st.sampled_from(["plain", "plain", "chinese", "range"]))
    if shape == "chinese":
        return draw(st.sampled_from(["三百", "两千", "一万二", "十二", "三成", "四成六", "五十万"]))
    places = draw(st.integers(0, 3))
    n = draw(st.integers(-3000, 30_000))
    text = decimal_text(n, places)
    if shape == "range":
        high = abs(n) + draw(st.integers(1, 50))
        return f"{decimal_text(abs(n), places)}-{decimal_text(high, places)}"
    suffix = draw(st.sampled_from(["", "", "%", "万", "亿", "万亿"]))
    if n < 0:
        return text + suffix
    qualifier = draw(st.sampled_from(["", "", "", "近", "约", "达到"]))
    after = draw(st.sampled_from(["", "", "以上"])) if not qualifier else ""
    before = draw(st.sampled_from(["", "超过"])) if not (qualifier or after) else ""
    return f"{qualifier}{before}{text}{suffix}{after}"


@settings(max_examples=400, deadline=None)
@given(figure_texts(), st.booleans())
def test_common_interval_and_bits_bound_agree_with_every_mode(text: str, count: bool) -> None:
    fig = parse_figure(text)
    per_mode = [fig.interval(m, TOLERANCE, count=count) for m in MODES]
    assert common_interval(fig, TOLERANCE, count=count) == _meet(per_mode), text
    bound = bits_bound(fig, TOLERANCE, count=count)
    for iv in per_mode:
        assert bits(iv) <= bound, text
        if count:
            assert bits(iv.integer_hull()) <= bound, text


def test_the_common_values_of_a_printed_figure() -> None:
    # 39.90 is printed to the hundredth: [39.90, 39.905) under every mode, not 39.9's
    fig = parse_figure("39.90")
    assert common_interval(fig, TOLERANCE, count=False) == Interval(
        Fraction("39.9"), Fraction("39.905"), True, False
    )
    assert common_interval(parse_figure("39.9"), TOLERANCE, count=False) == Interval(
        Fraction("39.9"), Fraction("39.95"), True, False
    )
    # qualified and exact figures are the same under every mode
    near = parse_figure("近1000")
    assert common_interval(near, TOLERANCE, count=False) == near.interval(HU, TOLERANCE)
    assert common_interval(parse_figure("149"), TOLERANCE, count=True) == Interval.point(149)


# -- the verdicts, against checking again under every mode ------------------------------


def claims_text(claims: str, checks: str, rounding: str) -> str:
    out = f"version: 1\narticle:\n  title: t\nrounding: {rounding}\ntolerance: 10%\nclaims:\n"
    return out + claims + (f"checks:\n{checks}" if checks else "")


@st.composite
def claims_files(draw: st.DrawFn) -> str:
    """A growth with a stated prior (by id or as printed), amounts and counts,
    a share, qualified figures and expressions on them."""
    count = draw(st.booleans())
    prior, current = draw(SHORT | st.integers(1, 80)), draw(st.integers(1, 400))
    value = str(current) if count else draw(near(Fraction(current), percent=False))
    rate = draw(near(Fraction(current, prior) - 1, percent=True))
    stated = draw(st.sampled_from([prior, prior + 1, draw(st.integers(1, 80))]))
    stated_text = str(stated) if count else draw(near(Fraction(stated), percent=False))
    claims = f"  last:\n    quote: q\n    value: {stated_text}\n"
    if count:
        claims += "    count: true\n"
    how = draw(st.sampled_from(["id", "printed", "none"]))
    claims += f"  g:\n    quote: q\n    value: {value}\n    growth: {rate}\n"
    if count:
        claims += "    count: true\n"
    if how == "id":
        claims += "    prior: last\n"
    elif how == "printed":
        claims += f"    prior: {stated_text}\n"
    whole, part = draw(SHORT | st.integers(1, 300)), draw(st.integers(0, 300))
    pct = draw(near(Fraction(min(part, whole), whole), percent=True))
    whole_text = str(whole) if draw(st.booleans()) else draw(near(Fraction(whole), percent=False))
    claims += f"  w:\n    quote: q\n    value: {whole_text}\n    count: true\n"
    claims += f"  s:\n    quote: q\n    value: {pct}\n    of: w\n    count: true\n"
    x = draw(near(Fraction(draw(st.integers(1, 200)), draw(st.integers(1, 8))), percent=False))
    claims += f"  x:\n    quote: q\n    value: {x}\n"
    qualified = draw(st.sampled_from(["近", "超过", "", "约"])) + str(draw(st.integers(1, 400)))
    qualified += draw(st.sampled_from(["", "以上"])) if qualified[0].isdigit() else ""
    claims += f"  q:\n    quote: q\n    value: {qualified}\n"
    y = draw(near(Fraction(draw(st.integers(1, 400)), 8), percent=False))
    exprs = [
        f"x == {y}",
        f"x + last >= {y}",
        "x * 10 >= w",
        "g - last > q",
        "g + last > q * 2",
        "x * x <= q",
        "-x < q - w",
        "prior(g) < x * 3",
        f"prior(g) == {prior}",
        "s * w == 40",
        "g != last",
        "w / x >= 2",
    ]
    chosen = draw(st.lists(st.sampled_from(exprs), max_size=4))
    checks = "".join(f"  - id: k{i}\n    expr: {e}\n" for i, e in enumerate(chosen))
    rounding = draw(st.sampled_from(["half-up", "half-even", "down", "any"]))
    return claims_text(claims, checks, rounding)


def _load(text: str) -> ClaimsFile | None:
    try:
        cf = parse_claims(text, Path("claims.yaml"))
        run_checks(cf)
        for m in MODES:
            run_checks(dataclasses.replace(cf, rounding=m))
    except ClaimsFileError:
        return None  # an error under some mode: checked by hand below
    return cf


_taken: dict[str, int] = {}


@pytest.fixture
def count_narrow(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """Counts how often the shortcut settles every mode (so that the
    property below is not about the general path alone)."""
    _taken.clear()
    general = Modes.general

    def spy(self: Modes, ok: bool, holds: object, narrow: object = None) -> tuple[bool, ...]:
        if ok and narrow is not None:
            _taken["tried"] = _taken.get("tried", 0) + 1
            if narrow():  # type: ignore[operator]
                _taken["settled"] = _taken.get("settled", 0) + 1
        return general(self, ok, holds, narrow)  # type: ignore[arg-type]

    monkeypatch.setattr(Modes, "general", spy)
    return _taken


@settings(max_examples=400, deadline=None)
@given(claims_files())
def test_the_shortcut_agrees_with_checking_again(text: str) -> None:
    cf = _load(text)
    if cf is None:
        return
    results = annotate(cf, run_checks(cf))
    again = {m: run_checks(dataclasses.replace(cf, rounding=m)) for m in MODES}
    for i, r in enumerate(results):
        assert r.modes == tuple(m for m in MODES if again[m][i].consistent), (r.kind, r.id, text)
        halves = [again[m][i].consistent for m in MODES if m is not DOWN]
        assert r.edge == (r.consistent and cf.rounding is not DOWN and not all(halves))


def test_the_property_reaches_the_shortcut(count_narrow: dict[str, int]) -> None:
    seen = 0

    @settings(max_examples=150, deadline=None, database=None)
    @given(claims_files())
    def run(text: str) -> None:
        nonlocal seen
        cf = _load(text)
        if cf is not None:
            annotate(cf, run_checks(cf))
            seen += 1

    run()
    assert seen > 50
    assert count_narrow.get("settled", 0) > 50  # the shortcut settles many
    assert count_narrow["tried"] > count_narrow["settled"]  # and leaves some to every mode


def _modes_of(text: str, kind: Kind, rid: str) -> tuple[RoundingMode, ...] | None:
    cf = parse_claims(text, Path("claims.yaml"))
    (r,) = [r for r in annotate(cf, run_checks(cf)) if r.kind is kind and r.id == rid]
    return r.modes


def test_149_up_273_percent_with_a_stated_prior_of_40_is_an_edge() -> None:
    # 149/40 is exactly +272.5%: half-up prints 273%, half-even 272%, down 272%
    claims = "  g:\n    quote: q\n    value: 149\n    count: true\n    growth: 273%\n"
    claims += "    prior: 40\n"
    assert _modes_of(claims_text(claims, "", "half-up"), Kind.GROWTH, "g") == (HU, ANY)


def test_a_division_leaves_every_mode_to_be_checked() -> None:
    # b - c: down [10, 11) - [9.6, 9.7) = (0.3, 1.4), no zero; under the
    # halves [9.5, 10.5) - [9.55, 9.65) holds zero: an error, inconsistent.
    # The values every mode admits ([10, 10.5) - [9.6, 9.65)) hold no zero
    # either, so only checking every mode finds the halves' errors.
    claims = "  b:\n    quote: q\n    value: 10\n  c:\n    quote: q\n    value: 9.6\n"
    checks = "  - id: k\n    expr: 1 / (b - c) > 0\n"
    assert _modes_of(claims_text(claims, checks, "down"), Kind.EXPR, "k") == (DOWN,)


def test_too_many_digits_under_one_mode_is_left_to_every_mode(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # with the digit limit just above the common values' products, the
    # bound on every mode's digits refuses the shortcut
    claims = "  x:\n    quote: q\n    value: 1.23456789\n"
    checks = "  - id: k\n    expr: x * x * x * x > 1\n"
    text = claims_text(claims, checks, "half-up")
    assert _modes_of(text, Kind.EXPR, "k") == MODES
    monkeypatch.setattr(expr_kind, "_MAX_RESULT_BITS", 100)
    cf = parse_claims(text, Path("claims.yaml"))
    check = cf.checks[0]
    assert not expr_kind._narrow(Modes(cf), check)  # the bound is past 100 bits


# -- exact decimals from one scaled integer --------------------------------------------


def _long_division(x: Fraction) -> str:
    """A terminating fraction's decimals, one digit at a time."""
    sign = "-" if x < 0 else ""
    x = abs(x)
    whole, rest = divmod(x.numerator, x.denominator)
    digits = []
    while rest:
        rest *= 10
        digit, rest = divmod(rest, x.denominator)
        digits.append(str(digit))
    return f"{sign}{whole}" + (f".{''.join(digits)}" if digits else "")


@settings(max_examples=500)
@given(st.integers(-(10**15), 10**15), st.integers(0, 25), st.integers(0, 25))
def test_exact_decimals_agree_with_long_division(n: int, twos: int, fives: int) -> None:
    from licang_check.figures.display import _exact_decimal, format_number
    from licang_check.numeric.exact import Fraction as Exact

    x = Exact(n, 2**twos * 5**fives)
    assert _exact_decimal(x) == _long_division(Fraction(n, 2**twos * 5**fives))
    text = format_number(x)
    if "…" not in text:  # six decimals or fewer: exact
        assert text == _long_division(Fraction(n, 2**twos * 5**fives))
    else:
        assert len(_long_division(Fraction(n, 2**twos * 5**fives)).split(".")[1]) > 6


@given(st.integers(-(10**9), 10**9), st.integers(0, 8), st.sampled_from([1, 100, 10**4, 10**8]))
def test_fixed_decimals_keep_the_units_places(n: int, places: int, factor: int) -> None:
    from licang_check.figures.display import Scale, format_fixed
    from licang_check.numeric.exact import Fraction as Exact

    unit = Exact(1, 10**places)
    scale = Scale(Exact(1, factor) if factor == 100 else factor)
    # the places of unit / factor, counted one step at a time
    step, expected_places = unit / scale.factor, 0
    while step.denominator != 1:
        step *= 10
        expected_places += 1
    text = format_fixed(n * unit, unit, scale)
    decimals = text.split(".")[1] if "." in text else ""
    assert len(decimals) == expected_places
    assert Fraction(text) * scale.factor == n * unit
