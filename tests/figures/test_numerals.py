"""Chinese numerals: value and unit (the place of the last written digit).

Settled reading: the last printed digit sets the unit, so 千 is to the
thousand, 百万 to the 100万, 一万二 (short for 一万二千) to the thousand and
一百零五 to the one. Every expected pair below was worked out by hand.
"""

from __future__ import annotations

import pytest

from licang_check.figures.numerals import NumeralError, parse_chinese

WAN = 10**4
YI = 10**8


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("零", 0, 1),
        ("〇", 0, 1),
        ("一", 1, 1),
        ("两", 2, 1),
        ("二", 2, 1),
        ("九", 9, 1),
        # Tens.
        ("十", 10, 10),
        ("十二", 12, 1),
        ("二十", 20, 10),
        ("二十三", 23, 1),
        ("九十九", 99, 1),
        # Hundreds.
        ("百", 100, 100),
        ("一百", 100, 100),
        ("两百", 200, 100),
        ("一百零五", 105, 1),
        ("一百一十", 110, 10),
        ("一百一", 110, 10),  # short for 一百一十
        ("二百五", 250, 10),
        ("一百二十三", 123, 1),
        # Thousands.
        ("千", 1000, 1000),
        ("三千", 3000, 1000),
        ("两千", 2000, 1000),
        ("一千二", 1200, 100),  # short for 一千二百
        ("一千零二", 1002, 1),
        ("一千零二十", 1020, 10),
        ("三千二百", 3200, 100),
        ("九千九百九十九", 9999, 1),
        # 万.
        ("万", WAN, WAN),
        ("一万", WAN, WAN),
        ("一万二", 12000, 1000),  # short for 一万二千
        ("一万零五", 10005, 1),
        ("五万三千", 53000, 1000),
        ("十万", 10 * WAN, 10 * WAN),
        ("十二万", 12 * WAN, WAN),
        ("二十三万四", 234000, 1000),
        ("百万", 100 * WAN, 100 * WAN),
        ("三百万", 300 * WAN, 100 * WAN),
        ("千万", 1000 * WAN, 1000 * WAN),
        ("三千二百万", 3200 * WAN, 100 * WAN),
        ("七千万", 7000 * WAN, 1000 * WAN),
        # 亿.
        ("亿", YI, YI),
        ("十亿", 10 * YI, 10 * YI),
        ("百亿", 100 * YI, 100 * YI),
        ("千亿", 1000 * YI, 1000 * YI),
        ("一亿二", 12 * 10**7, 10**7),  # short for 一亿二千万
        ("三亿五千万", 35 * 10**7, 10**7),
        ("一亿零五万", YI + 5 * WAN, WAN),
        # 万亿 (10¹²): the 亿 section itself holds a 万.
        ("万亿", WAN * YI, WAN * YI),
        ("一万亿", WAN * YI, WAN * YI),
        ("两万亿", 2 * WAN * YI, WAN * YI),
        ("三万五千亿", 35 * 10**11, 10**11),
        ("一万亿零五万", WAN * YI + 5 * WAN, WAN),
    ],
)
def test_parse_chinese(text: str, value: int, unit: int) -> None:
    assert parse_chinese(text) == (value, unit)
    assert value % unit == 0


@pytest.mark.parametrize(
    "text",
    [
        "",
        "abc",
        "3千",  # mixed Arabic and Chinese is a figure, not a numeral
        "二三",  # two digits in a row
        "十一二",
        "十十",  # unit twice
        "一百千",  # units out of order
        "千百千",
        "万万",
        "亿亿",
        "一亿万",  # 万 with nothing before it
        "亿万",
        "一万二万",
    ],
)
def test_malformed_numerals_raise(text: str) -> None:
    with pytest.raises(NumeralError):
        parse_chinese(text)


def test_numeral_error_is_a_value_error() -> None:
    assert issubclass(NumeralError, ValueError)


def test_unit_follows_last_written_digit_not_magnitude() -> None:
    # Same value, different precision: 一万 is to the 万, 一万零五 to the one.
    v1, u1 = parse_chinese("一万")
    v2, u2 = parse_chinese("一万二")
    v3, u3 = parse_chinese("一万二千")
    assert (v2, u2) == (v3, u3)
    assert v1 < v2
    assert u1 == 10 * u2
