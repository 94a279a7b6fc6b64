"""Printed figures: parse_figure and Figure.interval against the contract.

``[qualifier] number [multiplier] [%] [qualifier]``; the last printed digit
(trailing zeros included) sets the unit, scaled by the multiplier; a
qualifier applies to the printed value itself with no rounding interval; an
Arabic whole number with no multiplier and no % is exact on a count.
All expected values are worked out by hand from the contract.
"""

from __future__ import annotations

from fractions import Fraction as F

import pytest

from licang_check.figures.grammar import MAX_DIGITS, Figure, FigureError, parse_figure
from licang_check.numeric.intervals import Interval
from licang_check.numeric.rounding import RoundingMode

HU = RoundingMode.HALF_UP
HE = RoundingMode.HALF_EVEN
DN = RoundingMode.DOWN
ANY = RoundingMode.ANY
TOL = F(1, 10)  # the default tolerance, 10%

WAN = 10**4
YI = 10**8


def closed(a: F | int, b: F | int) -> Interval:
    return Interval(F(a), F(b), True, True)


def half_open(a: F | int, b: F | int) -> Interval:
    """[a, b)"""
    return Interval(F(a), F(b), True, False)


def interval(text: str, mode: RoundingMode = HU, tol: F = TOL, *, count: bool = False) -> Interval:
    return parse_figure(text).interval(mode, tol, count=count)


# -- reading the number ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        # Arabic, whole and decimal.
        ("149", F(149), F(1)),
        ("0", F(0), F(1)),
        ("0.5", F(1, 2), F(1, 10)),
        ("448.6", F("448.6"), F("0.1")),
        ("3.14159", F("3.14159"), F("0.00001")),
        # Thousands commas.
        ("1,234", F(1234), F(1)),
        ("1,234,567", F(1234567), F(1)),
        ("12,345.67", F("12345.67"), F("0.01")),
        # Trailing zeros are precision.
        ("39.9", F("39.9"), F("0.1")),
        ("39.90", F("39.9"), F("0.01")),
        ("39.900", F("39.9"), F("0.001")),
        ("7000", F(7000), F(1)),
        ("54.0%", F("0.54"), F("0.001")),
        # Percentages are ratios.
        ("273%", F("2.73"), F("0.01")),
        ("163.1%", F("1.631"), F("0.001")),
        ("100%", F(1), F("0.01")),
        ("0.5%", F("0.005"), F("0.001")),
        # Negative and explicitly positive.
        ("-3.5%", F("-0.035"), F("0.001")),
        ("-12", F(-12), F(1)),
        ("+5", F(5), F(1)),
        # Every multiplier of the format, and the compounds.
        ("3百", F(300), F(100)),
        ("5千", F(5000), F(1000)),
        ("2万", F(2 * WAN), F(WAN)),
        ("7000万", F(7000 * WAN), F(WAN)),
        ("448.6亿", F(44_860_000_000), F(10**7)),
        ("215.06亿", F(21_506_000_000), F(10**6)),
        ("3万亿", F(3 * 10**12), F(10**12)),
        ("1.5万亿", F(15 * 10**11), F(10**11)),
        ("2十万", F(2 * 10**5), F(10**5)),
        ("3百万", F(3 * 10**6), F(10**6)),
        ("4千万", F(4 * 10**7), F(10**7)),
        ("5十亿", F(5 * 10**9), F(10**9)),
        ("6百亿", F(6 * 10**10), F(10**10)),
        ("7千亿", F(7 * 10**11), F(10**11)),
        ("1.25万", F(12500), F(100)),
        ("-2.5亿", F(-250_000_000), F(10**7)),
        ("12.5万%", F(1250), F(10)),
        # Chinese numerals.
        ("千", F(1000), F(1000)),
        ("百万", F(10**6), F(10**6)),
        ("两", F(2), F(1)),
        ("三千", F(3000), F(1000)),
        ("一万二", F(12000), F(1000)),
        ("一百零五", F(105), F(1)),
        ("十", F(10), F(10)),
        ("二十", F(20), F(10)),
        ("三千万", F(3 * 10**7), F(10**7)),
        ("十亿", F(10**9), F(10**9)),
        ("一万亿", F(10**12), F(10**12)),
        ("三十%", F(3, 10), F(1, 10)),
        # Full-width digits and signs as pasted from articles.
        ("２７３％", F("2.73"), F("0.01")),
        ("−3.5%", F("-0.035"), F("0.001")),
        ("１，２３４", F(1234), F(1)),
        (" 273% ", F("2.73"), F("0.01")),
    ],
)
def test_value_and_unit(text: str, value: F, unit: F) -> None:
    fig = parse_figure(text)
    assert fig.value == value
    assert fig.unit == unit
    assert fig.text == text
    assert fig.qualifiers == ()


def test_parse_figure_fields() -> None:
    fig = parse_figure("448.6亿")
    assert fig.digits == "448.6"
    assert fig.multiplier == "亿"
    assert not fig.percent
    assert not fig.exact_whole
    assert fig.scale.factor == YI
    assert fig.scale.suffix == "亿"

    pct = parse_figure("273%")
    assert pct.digits == "273"
    assert pct.percent
    assert pct.multiplier == ""
    assert pct.scale.factor == F(1, 100)
    assert pct.scale.suffix == "%"

    plain = parse_figure("1,234")
    assert plain.digits == "1,234"
    assert plain.exact_whole
    assert plain.scale.factor == 1
    assert plain.scale.suffix == ""

    chinese = parse_figure("三千")
    assert chinese.digits == "三千"
    assert not chinese.exact_whole


@pytest.mark.parametrize(
    ("text", "exact"),
    [
        ("149", True),
        ("1,234", True),
        ("-5", True),
        ("149.5", False),
        ("2万", False),
        ("149%", False),
        ("一百零五", False),
        ("三千", False),
        ("近149", True),
    ],
)
def test_exact_whole(text: str, exact: bool) -> None:
    assert parse_figure(text).exact_whole is exact


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "1e3",
        "1E3",
        "12.",
        ".5",
        "%",
        "abc",
        "1,22",
        "1,2345",
        "1234,567",
        "12,34.5",
        "1.2.3",
        "二三",
        "一百千",
        "273%%",
        "3 4",
        "--3",
        "3-",
        "1_000",
        "近",
        "约%",
        "1万万",
        "300余多",
        "300左右以上",
        "三千abc",
        "%5",
        "0x10",
        "NaN",
        "inf",
    ],
)
def test_malformed_figures_raise(text: str) -> None:
    with pytest.raises(FigureError):
        parse_figure(text)


def test_figure_error_is_a_value_error() -> None:
    assert issubclass(FigureError, ValueError)


def test_exponent_hint() -> None:
    with pytest.raises(FigureError, match="exponent"):
        parse_figure("1e3")


def test_too_many_digits() -> None:
    assert parse_figure("1" * MAX_DIGITS).value == int("1" * MAX_DIGITS)
    with pytest.raises(FigureError):
        parse_figure("1" * (MAX_DIGITS + 1))
    with pytest.raises(FigureError):
        parse_figure("0." + "1" * MAX_DIGITS)
    with pytest.raises(FigureError):
        parse_figure("十" + "一" * MAX_DIGITS)


# -- precision: trailing zeros --------------------------------------------------


def test_trailing_zero_narrows_the_interval() -> None:
    a = interval("39.9")
    b = interval("39.90")
    assert a == half_open(F("39.85"), F("39.95"))
    assert b == half_open(F("39.895"), F("39.905"))
    assert F("39.93") in a
    assert F("39.93") not in b


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("448.6亿", half_open(F("448.55") * YI, F("448.65") * YI)),
        ("273%", half_open(F("2.725"), F("2.735"))),
        ("7000万", half_open(F("6999.5") * WAN, F("7000.5") * WAN)),
        ("2万", half_open(15000, 25000)),
        ("千", half_open(500, 1500)),
        ("百万", half_open(500_000, 1_500_000)),
        ("三千", half_open(2500, 3500)),
        ("一万二", half_open(11500, 12500)),
        ("一百零五", half_open(F("104.5"), F("105.5"))),
        ("十", half_open(5, 15)),
        ("二十", half_open(15, 25)),
        ("两", half_open(F("1.5"), F("2.5"))),
        ("3万亿", half_open(F("2.5") * 10**12, F("3.5") * 10**12)),
        ("1,234.5", half_open(F("1234.45"), F("1234.55"))),
        ("54.0%", half_open(F("0.5395"), F("0.5405"))),
        ("-3.5%", Interval(F("-0.0355"), F("-0.0345"), False, True)),
        ("-12", Interval(F("-12.5"), F("-11.5"), False, True)),
    ],
)
def test_half_up_intervals(text: str, expected: Interval) -> None:
    assert interval(text, HU) == expected


# -- each rounding mode at the edges -----------------------------------------------


def test_273_percent_under_each_mode() -> None:
    lo, hi = F("2.725"), F("2.735")
    hu = interval("273%", HU)
    assert lo in hu
    assert hi not in hu
    he = interval("273%", HE)  # 3 is odd: both halves round away from 273
    assert he == Interval(lo, hi, False, False)
    dn = interval("273%", DN)
    assert dn == half_open(F("2.73"), F("2.74"))
    assert lo not in dn
    assert F("2.7399999") in dn
    an = interval("273%", ANY)
    assert an == closed(lo, hi)


def test_half_even_with_even_last_digit_is_closed() -> None:
    assert interval("272%", HE) == closed(F("2.715"), F("2.725"))
    assert interval("448.6亿", HE) == closed(F("448.55") * YI, F("448.65") * YI)
    # 千 is one thousand: odd, open.
    assert interval("千", HE) == Interval(F(500), F(1500), False, False)
    assert interval("两千", HE) == closed(1500, 2500)


@pytest.mark.parametrize(
    ("mode", "expected"),
    [
        (HU, Interval(F("-0.0355"), F("-0.0345"), False, True)),
        (HE, Interval(F("-0.0355"), F("-0.0345"), False, False)),
        (DN, Interval(F("-0.036"), F("-0.035"), False, True)),
        (ANY, closed(F("-0.0355"), F("-0.0345"))),
    ],
)
def test_negative_percentage_under_each_mode(mode: RoundingMode, expected: Interval) -> None:
    assert interval("-3.5%", mode) == expected


def test_down_with_multiplier() -> None:
    assert interval("448.6亿", DN) == half_open(F("448.6") * YI, F("448.7") * YI)
    assert interval("2万", DN) == half_open(20000, 30000)


def test_headline_growth_against_273_percent() -> None:
    growth = F(149, 40) - 1
    assert growth == F("2.725")
    assert growth in interval("273%", HU)
    assert growth in interval("273%", ANY)
    assert growth not in interval("273%", HE)
    assert growth not in interval("273%", DN)


# -- counts ---------------------------------------------------------------------


@pytest.mark.parametrize("mode", list(RoundingMode))
def test_arabic_whole_number_on_count_is_a_point(mode: RoundingMode) -> None:
    assert interval("149", mode, count=True) == Interval.point(149)
    assert interval("1,234", mode, count=True) == Interval.point(1234)
    assert interval("达149", mode, count=True) == Interval.point(149)


def test_whole_number_not_on_count_is_an_interval() -> None:
    assert interval("149", HU) == half_open(F("148.5"), F("149.5"))
    assert interval("149", DN) == half_open(149, 150)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2万", half_open(15000, 25000)),
        ("100%", half_open(F("0.995"), F("1.005"))),
        ("一百零五", half_open(F("104.5"), F("105.5"))),
        ("三千", half_open(2500, 3500)),
        ("149.5", half_open(F("149.45"), F("149.55"))),
    ],
)
def test_count_written_otherwise_is_an_interval(text: str, expected: Interval) -> None:
    got = interval(text, HU, count=True)
    assert got == expected
    assert not got.is_point


def test_2wan_count_holds_ten_thousand_whole_numbers() -> None:
    got = interval("2万", HU, count=True)
    assert got.integer_bounds() == (15000, 24999)
    assert got.integer_count() == 10000


# -- qualifiers: settled readings -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 近: [x(1−tol), x]
        ("近7000万", closed(6300 * WAN, 7000 * WAN)),
        ("近100", closed(90, 100)),
        # 约, 大约, 左右, 上下: [x(1−tol), x(1+tol)]
        ("30%左右", closed(F("0.27"), F("0.33"))),
        ("约100", closed(90, 110)),
        ("大约100", closed(90, 110)),
        ("100左右", closed(90, 110)),
        ("100上下", closed(90, 110)),
        ("约-10%", closed(F("-0.11"), F("-0.09"))),
        # 超, 超过, 逾, 余, 多: (x, ∞)
        ("超300万", Interval(F(300 * WAN), None, False, False)),
        ("超过300万", Interval(F(300 * WAN), None, False, False)),
        ("逾300万", Interval(F(300 * WAN), None, False, False)),
        ("300余万", Interval(F(300 * WAN), None, False, False)),
        ("300多万", Interval(F(300 * WAN), None, False, False)),
        ("300万余", Interval(F(300 * WAN), None, False, False)),
        ("300万多", Interval(F(300 * WAN), None, False, False)),
        ("300多", Interval(F(300), None, False, False)),
        ("超过百万", Interval(F(10**6), None, False, False)),
        # 以上: [x, ∞)
        ("300万以上", Interval(F(300 * WAN), None, True, False)),
        # 不足, 不到: (−∞, x); 以下: (−∞, x]
        ("不足100", Interval(None, F(100), False, False)),
        ("不到100", Interval(None, F(100), False, False)),
        ("不足5%", Interval(None, F("0.05"), False, False)),
        ("100以下", Interval(None, F(100), False, True)),
        # 达, 达到 add nothing: the plain figure's interval.
        ("达448.6亿", half_open(F("448.55") * YI, F("448.65") * YI)),
        ("达到448.6亿", half_open(F("448.55") * YI, F("448.65") * YI)),
        ("达到300万以上", Interval(F(300 * WAN), None, True, False)),
    ],
)
def test_qualifier_intervals(text: str, expected: Interval) -> None:
    assert interval(text) == expected


@pytest.mark.parametrize(
    ("text", "qualifiers"),
    [
        ("近7000万", ("近",)),
        ("30%左右", ("左右",)),
        ("超过300万", ("超过",)),
        ("超300万", ("超",)),
        ("大约100", ("大约",)),
        ("约100", ("约",)),
        ("300余万", ("余",)),
        ("300万以上", ("以上",)),
        ("达到448.6亿", ("达到",)),
        ("达448.6亿", ("达",)),
        ("不到100", ("不到",)),
    ],
)
def test_qualifiers_recorded(text: str, qualifiers: tuple[str, ...]) -> None:
    fig = parse_figure(text)
    assert fig.qualifiers == qualifiers


def test_qualified_value_is_the_printed_value() -> None:
    assert parse_figure("近7000万").value == 7000 * WAN
    assert parse_figure("30%左右").value == F("0.3")
    assert parse_figure("超300万").value == 300 * WAN


def test_strictness_at_the_qualifier_edges() -> None:
    assert 300 * WAN not in interval("超300万")
    assert 300 * WAN + 1 in interval("超300万")
    assert 300 * WAN in interval("300万以上")
    assert 100 not in interval("不足100")
    assert F("99.999") in interval("不足100")
    assert 100 in interval("100以下")
    assert 6300 * WAN in interval("近7000万")
    assert 6300 * WAN - 1 not in interval("近7000万")
    assert 7000 * WAN + 1 not in interval("近7000万")  # 近 is never above


@pytest.mark.parametrize(
    ("text", "tol", "expected"),
    [
        ("近7000万", F(1, 20), closed(6650 * WAN, 7000 * WAN)),
        ("近7000万", F(1, 5), closed(5600 * WAN, 7000 * WAN)),
        ("近7000万", F(0), closed(7000 * WAN, 7000 * WAN)),
        ("30%左右", F(1, 20), closed(F("0.285"), F("0.315"))),
        ("30%左右", F(1, 5), closed(F("0.24"), F("0.36"))),
        ("约100", F(1, 4), closed(75, 125)),
        ("100上下", F(3, 100), closed(97, 103)),
        ("大约-50", F(1, 10), closed(-55, -45)),
        # Tolerance only touches 近/约/左右/上下.
        ("超300万", F(1, 2), Interval(F(300 * WAN), None, False, False)),
        ("100以下", F(1, 2), Interval(None, F(100), False, True)),
        ("273%", F(1, 2), half_open(F("2.725"), F("2.735"))),
    ],
)
def test_tolerance_varied(text: str, tol: F, expected: Interval) -> None:
    assert interval(text, HU, tol) == expected


@pytest.mark.parametrize("mode", list(RoundingMode))
@pytest.mark.parametrize("count", [False, True])
def test_qualifier_adds_no_rounding_interval(mode: RoundingMode, count: bool) -> None:
    """Settled: a qualifier applies to the printed value itself."""
    assert interval("近7000万", mode, count=count) == closed(6300 * WAN, 7000 * WAN)
    assert interval("近7000", mode, count=count) == closed(6300, 7000)
    assert interval("超300", mode, count=count) == Interval(F(300), None, False, False)
    assert interval("30%左右", mode, count=count) == closed(F("0.27"), F("0.33"))


def test_figure_is_frozen() -> None:
    fig = parse_figure("273%")
    assert isinstance(fig, Figure)
    with pytest.raises(AttributeError):
        fig.value = F(3)  # type: ignore[misc]
