"""``Figure.interval`` keeps what it worked out (issue #18): what it gives
from its store is what the figure's own arithmetic (``_interval``) gives,
for every rounding, tolerance and count, and a new figure that is equal
(or takes the id of one gone) is worked out anew."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from licang_check.figures import grammar
from licang_check.figures.grammar import parse_figure
from licang_check.numeric.exact import Fraction
from licang_check.numeric.rounding import RoundingMode

TEXTS = st.sampled_from(
    [
        "149",
        "273%",
        "39.90",
        "-3.2%",
        "1.72倍",
        "近3亿",
        "超过1.5万",
        "3-5",
        "2.5%-3.5%",
        "翻一番",
        "0",
        "约40%",
        "1200万以上",
        "十五万",
        "三成",
    ]
)
TOLERANCES = st.sampled_from([Fraction(0), Fraction(1, 100), Fraction(5, 100)])


@settings(max_examples=200, deadline=None)
@given(TEXTS, st.sampled_from(list(RoundingMode)), TOLERANCES, st.booleans())
def test_the_stored_interval_is_the_figure_s_own(
    text: str, mode: RoundingMode, tolerance: Fraction, count: bool
) -> None:
    fig = parse_figure(text)
    own = fig._interval(mode, tolerance, count)
    assert fig.interval(mode, tolerance, count=count) == own
    assert fig.interval(mode, tolerance, count=count) == own  # from the store
    # the same figure built anew (another object) gets the same interval
    again = fig._replace()
    assert again is not fig
    assert again.interval(mode, tolerance, count=count) == own


def test_a_figure_changed_by_replace_is_worked_out_anew() -> None:
    fig = parse_figure("273%")
    before = fig.interval(RoundingMode.HALF_UP, Fraction(0))
    other = fig._replace(value=Fraction(272, 100))
    after = other.interval(RoundingMode.HALF_UP, Fraction(0))
    assert before.low == Fraction(2725, 1000)
    assert after.low == Fraction(2715, 1000)


def test_the_store_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(grammar, "_MAX_INTERVALS", 4)
    grammar._INTERVALS.clear()
    for i in range(10):
        fig = parse_figure(str(i + 1))
        got = fig.interval(RoundingMode.DOWN, Fraction(0))
        assert got.low == i + 1
        assert got.high == i + 2
        assert len(grammar._INTERVALS) <= 4
