"""Property tests (hypothesis) for printed figures, rounding and intervals.

The printed text of a true value is computed here independently of the code
under test, with :mod:`decimal` quantize (ROUND_HALF_UP rounds ties away from
zero, ROUND_HALF_EVEN to even, ROUND_DOWN toward zero; ``any`` takes either
neighbour of a tie). The code must then read that text back into an interval
that holds the true value, and reround the true value to the printed one.
"""

from __future__ import annotations

import decimal
from decimal import ROUND_DOWN, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal
from fractions import Fraction as F

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from licang_check.figures.display import PERCENT, Scale, decimal_string, format_fixed, terminates
from licang_check.figures.grammar import parse_figure
from licang_check.figures.numerals import parse_chinese
from licang_check.numeric.intervals import DivisionByZeroInterval, Interval
from licang_check.numeric.rounding import RoundingMode, reround, unround

SETTINGS = settings(max_examples=150, deadline=None)

# Suffix → factor: what one printed unit of the number is worth in base units.
SCALES: dict[str, F] = {
    "": F(1),
    "%": F(1, 100),
    "百": F(10**2),
    "千": F(10**3),
    "万": F(10**4),
    "十万": F(10**5),
    "百万": F(10**6),
    "千万": F(10**7),
    "亿": F(10**8),
    "十亿": F(10**9),
    "百亿": F(10**10),
    "千亿": F(10**11),
    "万亿": F(10**12),
}

DECIMAL_MODE = {
    RoundingMode.HALF_UP: ROUND_HALF_UP,
    RoundingMode.HALF_EVEN: ROUND_HALF_EVEN,
    RoundingMode.DOWN: ROUND_DOWN,
}

_CTX = decimal.Context(prec=200, rounding=ROUND_HALF_EVEN)


def to_decimal(x: F) -> Decimal:
    """``x`` as a Decimal: exact when it terminates (within 200 digits),
    else far closer than any printed unit used here."""
    return _CTX.divide(Decimal(x.numerator), Decimal(x.denominator))


def print_as(x: F, places: int, rounding: str) -> Decimal:
    """``x`` printed to ``places`` decimals by Decimal's own rounding."""
    return to_decimal(x).quantize(Decimal(1).scaleb(-places), rounding=rounding, context=_CTX)


# -- strategies -----------------------------------------------------------------------

modes = st.sampled_from(list(RoundingMode))
places_st = st.integers(min_value=0, max_value=4)
suffixes = st.sampled_from(list(SCALES))


@st.composite
def true_values(draw: st.DrawFn, places: int) -> F:
    """An exact value in printed units: a decimal, a rational, or an exact tie."""
    unit = F(1, 10**places)
    kind = draw(st.sampled_from(["decimal", "fraction", "tie", "multiple"]))
    if kind == "decimal":
        n = draw(st.integers(min_value=-(10**9), max_value=10**9))
        return F(n, 10 ** draw(st.integers(min_value=0, max_value=8)))
    if kind == "fraction":
        return F(
            draw(st.integers(min_value=-(10**8), max_value=10**8)),
            draw(st.integers(min_value=1, max_value=10**4)),
        )
    k = draw(st.integers(min_value=-(10**6), max_value=10**6))
    if kind == "tie":
        return (k + F(1, 2)) * unit
    return k * unit


@st.composite
def printed_cases(draw: st.DrawFn) -> tuple[RoundingMode, int, str, F, bool]:
    mode = draw(modes)
    places = draw(places_st)
    suffix = draw(suffixes)
    scaled = draw(true_values(places))  # the true value in units of the suffix
    commas = draw(st.booleans())
    return mode, places, suffix, scaled, commas


def _text(q: Decimal, commas: bool) -> str:
    return format(q, ",f" if commas else "f")


# -- printing, then reading back ----------------------------------------------------


@SETTINGS
@given(case=printed_cases(), tol=st.fractions(min_value=0, max_value=F(1, 2)), flip=st.booleans())
def test_printed_figure_interval_holds_true_value(
    case: tuple[RoundingMode, int, str, F, bool], tol: F, flip: bool
) -> None:
    mode, places, suffix, scaled, commas = case
    factor = SCALES[suffix]
    true = scaled * factor
    if mode is RoundingMode.ANY:
        # Either neighbour of a tie is a valid print.
        q = print_as(scaled, places, ROUND_HALF_UP if flip else ROUND_HALF_DOWN)
    else:
        q = print_as(scaled, places, DECIMAL_MODE[mode])
    text = _text(q, commas) + suffix
    fig = parse_figure(text)
    unit = F(1, 10**places) * factor
    assert fig.value == F(q) * factor
    assert fig.unit == unit
    assert fig.percent is (suffix == "%")
    assert fig.qualifiers == ()
    iv = fig.interval(mode, tol)
    assert true in iv, (text, mode, true, iv)
    # Not on a count: still an interval, never a point.
    assert not iv.is_point
    # Reround gives the printed value back.
    again = reround(true, unit, mode)
    assert fig.value in again
    if mode is RoundingMode.ANY:
        other = print_as(scaled, places, ROUND_HALF_DOWN if flip else ROUND_HALF_UP)
        assert sorted(again) == sorted({F(q) * factor, F(other) * factor})
    else:
        assert again == [fig.value]


@SETTINGS
@given(mode=modes, places=places_st, data=st.data())
def test_reround_matches_decimal_quantize(
    mode: RoundingMode, places: int, data: st.DataObject
) -> None:
    value = data.draw(true_values(places))
    unit = F(1, 10**places)
    got = reround(value, unit, mode)
    if mode is RoundingMode.ANY:
        want = {F(print_as(value, places, r)) for r in (ROUND_HALF_UP, ROUND_HALF_DOWN)}
        assert sorted(got) == sorted(want)
    else:
        assert got == [F(print_as(value, places, DECIMAL_MODE[mode]))]


@SETTINGS
@given(
    mode=modes,
    places=st.integers(min_value=0, max_value=3),
    k=st.integers(min_value=-2000, max_value=2000),
    offset=st.fractions(min_value=-2, max_value=2, max_denominator=8),
)
def test_unround_and_reround_agree(mode: RoundingMode, places: int, k: int, offset: F) -> None:
    """v is in unround(p) exactly when p is among reround(v): checked at and
    around the edges (offsets in eighths of a unit hit every half)."""
    unit = F(1, 10**places)
    printed = k * unit
    value = printed + offset * unit
    assert (value in unround(printed, unit, mode)) is (printed in reround(value, unit, mode))


@SETTINGS
@given(
    k=st.integers(min_value=-(10**6), max_value=10**6),
    places=places_st,
    suffix=suffixes,
)
def test_format_fixed_reads_back(k: int, places: int, suffix: str) -> None:
    factor = SCALES[suffix]
    unit = F(1, 10**places) * factor
    scale = PERCENT if suffix == "%" else Scale(factor, suffix)
    text = format_fixed(k * unit, unit, scale)
    fig = parse_figure(text)
    assert fig.value == k * unit
    assert fig.unit == unit


@SETTINGS
@given(
    num=st.integers(min_value=-(10**15), max_value=10**15),
    den=st.integers(min_value=1, max_value=10**6),
)
def test_decimal_string_is_exact_or_outward(num: int, den: int) -> None:
    x = F(num, den)
    down = F(decimal_string(x, "down"))
    up = F(decimal_string(x, "up"))
    assert down <= x <= up
    if terminates(x):
        assert down == x == up
    else:
        assert up - down == F(1, 10**10)


# -- Chinese numerals -----------------------------------------------------------------

_DIGITS = "零一二三四五六七八九"


def _section(n: int) -> str:
    """1 <= n < 10000, the standard full reading (一千零五, 三百二十)."""
    out = ""
    zero_pending = False
    for d, place in zip((n // 1000, n // 100 % 10, n // 10 % 10, n % 10), "千百十 ", strict=True):
        if d == 0:
            zero_pending = bool(out)
            continue
        if zero_pending:
            out += "零"
            zero_pending = False
        out += _DIGITS[d] + place.strip()
    return out


def _below_yi(n: int) -> str:
    """1 <= n < 10⁸."""
    hi, lo = divmod(n, 10**4)
    out = _section(hi) + "万" if hi else ""
    if lo:
        if hi and lo < 1000:
            out += "零"
        out += _section(lo)
    return out


def to_chinese(n: int) -> str:
    """1 <= n < 10¹⁶, the standard reading (万亿 as 万…亿)."""
    yi, rest = divmod(n, 10**8)
    out = _below_yi(yi) + "亿" if yi else ""
    if rest:
        if yi and rest < 10**7:
            out += "零"
        out += _below_yi(rest)
    return out[1:] if out.startswith("一十") else out


def _last_digit_place(n: int) -> int:
    unit = 1
    while n % (unit * 10) == 0:
        unit *= 10
    return unit


def test_to_chinese_helper() -> None:
    assert to_chinese(105) == "一百零五"
    assert to_chinese(12) == "十二"
    assert to_chinese(12000) == "一万二千"
    assert to_chinese(100050000) == "一亿零五万"
    assert to_chinese(35 * 10**11) == "三万五千亿"
    assert to_chinese(1010) == "一千零一十"


@SETTINGS
@given(
    n=st.one_of(
        st.integers(min_value=1, max_value=10**4),
        st.integers(min_value=1, max_value=10**16 - 1),
        st.builds(
            lambda d, e: d * 10**e,
            st.integers(min_value=1, max_value=99),
            st.integers(min_value=0, max_value=13),
        ),
    )
)
def test_chinese_numerals_round_trip(n: int) -> None:
    text = to_chinese(n)
    assert parse_chinese(text) == (n, _last_digit_place(n))
    fig = parse_figure(text)
    assert fig.value == n
    assert fig.unit == _last_digit_place(n)


# -- interval arithmetic soundness ---------------------------------------------------

_ends = st.fractions(min_value=-40, max_value=40, max_denominator=6)


@st.composite
def intervals(draw: st.DrawFn, bounded: bool = False) -> Interval:
    """A non-empty interval, possibly unbounded, possibly a point; ends at
    zero (the interesting ones for × and ÷) are drawn often."""
    end = _ends if bounded else st.one_of(st.none(), _ends)
    end = st.one_of(end, st.just(F(0)))
    a, b = draw(end), draw(end)
    if a is not None and b is not None and a > b:
        a, b = b, a
    lc, hc = draw(st.booleans()), draw(st.booleans())
    if a is not None and a == b:
        lc = hc = True
    return Interval(a, b, lc, hc)


@st.composite
def member(draw: st.DrawFn, iv: Interval) -> F:
    """A number inside ``iv`` (an end only where the end is closed)."""
    if iv.is_point:
        assert iv.low is not None
        return iv.low
    if iv.low is not None and iv.high is not None:
        t = draw(st.fractions(min_value=0, max_value=1, max_denominator=30))
        x = iv.low + t * (iv.high - iv.low)
        if x not in iv:
            x = (iv.low + iv.high) / 2
    elif iv.low is not None:
        d = draw(st.fractions(min_value=0, max_value=100, max_denominator=30))
        x = iv.low + (d if d or iv.low_closed else F(1, 7))
    elif iv.high is not None:
        d = draw(st.fractions(min_value=0, max_value=100, max_denominator=30))
        x = iv.high - (d if d or iv.high_closed else F(1, 7))
    else:
        x = draw(st.fractions(min_value=-100, max_value=100, max_denominator=30))
    assert x in iv
    return x


ARITH = settings(max_examples=300, deadline=None)


@ARITH
@given(a=intervals(), b=intervals(), data=st.data())
def test_arithmetic_is_sound(a: Interval, b: Interval, data: st.DataObject) -> None:
    x = data.draw(member(a))
    y = data.draw(member(b))
    assert x + y in a + b
    assert x - y in a - b
    assert -x in -a
    assert x * y in a * b
    if 0 in b:
        with pytest.raises(DivisionByZeroInterval):
            a / b
    else:
        assert 1 / y in b.reciprocal()
        assert x / y in a / b


def _attained(iv: Interval) -> list[F]:
    return [
        e for e, c in ((iv.low, iv.low_closed), (iv.high, iv.high_closed)) if c and e is not None
    ]


@ARITH
@given(a=intervals(bounded=True), b=intervals(bounded=True))
def test_bounded_sum_and_product_are_tight(a: Interval, b: Interval) -> None:
    """For bounded factors: the ends are the extreme corners, and an end is
    closed exactly when some pair of members attains it."""
    assert a.low is not None
    assert a.high is not None
    assert b.low is not None
    assert b.high is not None
    s = a + b
    assert (s.low, s.high) == (a.low + b.low, a.high + b.high)
    assert s.low_closed is (a.low_closed and b.low_closed)
    assert s.high_closed is (a.high_closed and b.high_closed)

    p = a * b
    corners = [x * y for x in (a.low, a.high) for y in (b.low, b.high)]
    attained = {x * y for x in _attained(a) for y in _attained(b)}
    if 0 in a or 0 in b:
        attained.add(F(0))
    assert p.low == min(corners)
    assert p.high == max(corners)
    assert p.low_closed is (p.low in attained)
    assert p.high_closed is (p.high in attained)


@ARITH
@given(a=intervals(), b=intervals(), x=_ends)
def test_set_operations(a: Interval, b: Interval, x: F) -> None:
    assert (x in a.intersect(b)) is (x in a and x in b)
    assert a.meets(b) is (not a.intersect(b).is_empty)
    h = a.hull(b)
    if x in a or x in b:
        assert x in h
    for end in (a.low, a.high, b.low, b.high):
        if end is not None and (end in a or end in b):
            assert end in h


@ARITH
@given(a=intervals())
def test_integer_bounds_match_membership(a: Interval) -> None:
    lo, hi = a.integer_bounds()
    for k in range(-45, 46):
        inside = (lo is None or lo <= k) and (hi is None or k <= hi)
        assert (k in a) is inside
    count = a.integer_count()
    if a.low is None or a.high is None:
        assert count is None
    else:
        assert count == sum(1 for k in range(-45, 46) if k in a)
        hull = a.integer_hull()
        if count:
            assert hull == Interval(F(min(a.integers())), F(max(a.integers())))
        else:
            assert hull.is_empty


# -- shortcuts equal the computation they skip ---------------------------------------

_maybe_empty = st.one_of(
    intervals(),
    st.builds(lambda x: Interval(x, x, True, False), _ends),  # one end open: empty
    st.just(Interval(F(1), F(0), False, False)),
)


@ARITH
@given(a=_maybe_empty, b=_maybe_empty)
def test_division_is_multiplication_by_the_reciprocal(a: Interval, b: Interval) -> None:
    """``a / b`` divides the ends directly when both are positive and bounded:
    the same interval, ends and closedness, as ``a * b.reciprocal()``."""
    try:
        expected = a * b.reciprocal()
    except DivisionByZeroInterval:
        with pytest.raises(DivisionByZeroInterval):
            a / b
        return
    assert a / b == expected


@ARITH
@given(rate=_maybe_empty)
def test_growth_factor_skips_only_a_needless_intersection(rate: Interval) -> None:
    from licang_check.numeric.intervals import POSITIVE
    from licang_check.numeric.wholes import growth_factor

    assert growth_factor(rate) == (rate + Interval.point(1)).intersect(POSITIVE)
