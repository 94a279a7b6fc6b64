"""``extract``: drafting a claims file from an article's text."""

from __future__ import annotations

from fractions import Fraction

import pytest

from licang_check.figures import FigureError, parse_figure

# -- the 百分之 form of the figure grammar ---------------------------------------


@pytest.mark.parametrize(
    ("text", "digits", "value", "unit"),
    [
        ("百分之三十", "三十", Fraction(3, 10), Fraction(1, 10)),
        ("百分之百", "百", Fraction(1), Fraction(1)),
        ("百分之二十五", "二十五", Fraction(1, 4), Fraction(1, 100)),
        ("百分之35", "35", Fraction(35, 100), Fraction(1, 100)),
        ("百分之2.5", "2.5", Fraction(25, 1000), Fraction(1, 1000)),
    ],
)
def test_baifenzhi_is_a_percentage(text: str, digits: str, value: Fraction, unit: Fraction) -> None:
    f = parse_figure(text)
    assert f.percent
    assert (f.digits, f.value, f.unit) == (digits, value, unit)


def test_baifenzhi_takes_qualifiers() -> None:
    assert parse_figure("近百分之三十").qualifiers == ("近",)
    assert parse_figure("百分之三十以上").qualifiers == ("以上",)
    assert parse_figure("百分之五十多").qualifiers == ("多",)


@pytest.mark.parametrize("text", ["百分之三十%", "百分之3万", "百分之", "百分之%"])
def test_baifenzhi_refuses_a_second_percent_or_a_multiplier(text: str) -> None:
    with pytest.raises(FigureError):
        parse_figure(text)


def test_baiwan_is_still_a_million() -> None:
    f = parse_figure("超过百万")
    assert (f.percent, f.value, f.digits) == (False, 1_000_000, "百万")
