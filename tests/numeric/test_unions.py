"""Unions of intervals: the values expressions take (a count's prior is a set)."""

from __future__ import annotations

from fractions import Fraction as F

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from licang_check.numeric.intervals import DivisionByZeroInterval, Interval
from licang_check.numeric.unions import MAX_PIECES, Union


def test_points_stay_separate() -> None:
    u = Union.points([102, 98, 100])
    assert [p.low for p in u.pieces] == [98, 100, 102]
    assert all(p.is_point for p in u.pieces)
    assert str(u) == "{98, 100, 102}"


def test_overlapping_and_adjoining_pieces_merge() -> None:
    u = Union([Interval.closed(1, 2), Interval(F(2), F(3), False, False), Interval.closed(5, 6)])
    assert len(u.pieces) == 2
    assert u.pieces[0] == Interval(F(1), F(3), True, False)


def test_open_ends_that_meet_do_not_merge() -> None:
    u = Union([Interval(F(1), F(2), True, False), Interval(F(2), F(3), False, True)])
    assert len(u.pieces) == 2  # 2 itself is in neither piece
    assert not u.any_pair(Union.of(Interval.point(2)), lambda a, b: a.meets(b))


def test_empty_pieces_vanish() -> None:
    assert Union([Interval(F(1), F(0), False, False)]).is_empty
    assert (Union() + Union.of(Interval.point(1))).is_empty


def test_arithmetic_piece_by_piece() -> None:
    u = Union.points([98, 100, 102]) - Union.of(Interval.point(99))
    assert [p.low for p in u.pieces] == [-1, 1, 3]
    doubled = Union.points([1, 2]) * Union.of(Interval.point(2))
    assert [p.low for p in doubled.pieces] == [2, 4]
    assert [p.low for p in (-Union.points([1, 2])).pieces] == [-2, -1]


def test_division_by_a_piece_holding_zero_raises() -> None:
    with pytest.raises(DivisionByZeroInterval):
        _ = Union.points([1]) / Union([Interval.point(2), Interval.closed(-1, 1)])


def test_too_many_pieces_become_their_hull() -> None:
    u = Union.points(range(0, 2 * (MAX_PIECES + 1), 2))
    assert u.pieces == (Interval.closed(0, 2 * MAX_PIECES),)
    assert Union.points(range(0, 2 * MAX_PIECES, 2)).pieces[1] == Interval.point(2)


def test_hull_of_pieces() -> None:
    assert Union.points([3, 1]).hull() == Interval.closed(1, 3)


@settings(max_examples=200, deadline=None)
@given(st.integers(-1000, 1000), st.integers(0, 80), st.sets(st.integers(-200, 200), max_size=70))
def test_rising_points_are_the_points_sorted_and_merged(lo: int, n: int, some: set[int]) -> None:
    # a range (the whole priors of a count's growth under a mode) and an increasing list
    for values in (range(lo, lo + n), sorted(some)):
        assert Union.rising_points(values).pieces == Union.points(values).pieces
    # past MAX_PIECES, the hull (as a union of that many pieces becomes)
    wide = range(lo, lo + MAX_PIECES + 1)
    assert Union.rising_points(wide).pieces == (Interval.closed(lo, lo + MAX_PIECES),)
