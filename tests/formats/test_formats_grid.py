"""The hand-drawn table of ``verify`` (``formats/grid.py``): every line as
wide as every other, within the width whenever the narrowest table fits, and
no character of any cell lost to wrapping; Rich's ``rich.cells`` says how wide
a character is."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len

from licang_check.formats.grid import Column, Grid, level, wrap

SETTINGS = settings(max_examples=300, deadline=None)

# ASCII, Chinese (two cells each), spaces, tabs and newlines, a combining
# accent and an emoji made wide by a variation selector; words long and short.
_CHARS = st.sampled_from(
    [*"abcxyz019.,:%()_-", *"中文亿万增长", " ", " ", " ", "\n", "\t", "e\u0301", "\u2764\ufe0f"]
)
_WORD_CHARS = _CHARS.filter(lambda c: not c.isspace())
TEXT = st.lists(_CHARS, max_size=40).map("".join) | st.builds(
    " ".join,
    st.lists(st.lists(_WORD_CHARS, min_size=1, max_size=25).map("".join), max_size=4),
)
COLUMN = st.builds(
    Column,
    heading=st.lists(_CHARS, max_size=12).map("".join),
    justify=st.sampled_from(["left", "right"]),
    wrap=st.booleans(),
    style=st.sampled_from([None, "dim", "bold"]),
)


def _chars(text: str) -> str:
    """What must survive wrapping: every character but the spaces, in order."""
    return "".join(text.split())


def _narrowest(columns: list[Column], rows: list[list[str]]) -> int:
    """The narrowest table: borders, padding, and two cells (the widest
    character) for each column that has that much."""
    natural = [
        max(cell_len(line) for t in [col.heading, *(r[i] for r in rows)] for line in t.split("\n"))
        for i, col in enumerate(columns)
    ]
    return 3 * len(columns) + 1 + sum(min(n, 2) for n in natural)


@st.composite
def grids(draw: st.DrawFn, max_rows: int = 4) -> tuple[Grid, list[list[str]]]:
    columns = draw(st.lists(COLUMN, min_size=1, max_size=5))
    rows = draw(
        st.lists(st.lists(TEXT, min_size=len(columns), max_size=len(columns)), max_size=max_rows)
    )
    grid = Grid(columns, title=draw(TEXT))
    for row in rows:
        grid.add_row(row)
    return grid, rows


@SETTINGS
@given(grids(), st.integers(1, 120))
def test_every_line_is_as_wide_as_every_other_and_fits(
    drawn: tuple[Grid, list[list[str]]], width: int
) -> None:
    grid, rows = drawn
    out = grid.render(width, color=False)
    assert out.endswith("\n")
    sizes = {cell_len(line) for line in out.splitlines()}
    assert len(sizes) == 1, out
    if _narrowest(list(grid.columns), rows) <= width:
        assert sizes.pop() <= width, out


def _cell_texts(out: str, bar: str, first: str, last: str) -> list[str]:
    """The lines of a table's one row (or its headings) read back, column by
    column, joined."""
    lines = out.splitlines()
    top = next(i for i, line in enumerate(lines) if line.startswith(first))
    bottom = next(i for i, line in enumerate(lines) if i > top and line.startswith(last))
    parts = [line.split(bar)[1:-1] for line in lines[top + 1 : bottom]]
    return ["".join(column) for column in zip(*parts, strict=True)]


@SETTINGS
@given(
    st.lists(st.tuples(COLUMN, TEXT), min_size=1, max_size=5),
    TEXT,
    st.integers(1, 120),
)
def test_no_character_of_a_cell_is_lost(
    cells: list[tuple[Column, str]], title: str, width: int
) -> None:
    columns = [c for c, _ in cells]
    grid = Grid(columns, title=title)
    grid.add_row([t for _, t in cells])
    out = grid.render(width, color=False)
    body = _cell_texts(out, "│", "┡", "└")
    assert [_chars(t) for t in body] == [_chars(t) for _, t in cells]
    headings = _cell_texts(out, "┃", "┏", "┡")
    assert [_chars(t) for t in headings] == [_chars(c.heading) for c in columns]
    title_lines = out.split("┏")[0]
    assert _chars(title_lines) == _chars(title)


@SETTINGS
@given(TEXT, st.integers(2, 60))
def test_wrap_keeps_words_and_breaks_only_the_ones_too_long(text: str, width: int) -> None:
    lines = wrap(text, width)
    assert all(cell_len(line) <= width for line in lines)
    assert _chars("".join(lines)) == _chars(text)
    if all(cell_len(word) <= width for word in text.split()):
        assert " ".join(lines).split() == text.split()


@SETTINGS
@given(
    st.lists(st.tuples(st.integers(0, 80), st.integers(0, 80)), min_size=1, max_size=7),
    st.integers(0, 300),
)
def test_level_cuts_the_widest_first_never_below_a_floor(
    pairs: list[tuple[int, int]], room: int
) -> None:
    widths = [w for w, _ in pairs]
    floors = [min(w, f) for w, f in pairs]
    cut = level(widths, floors, room)
    assert all(f <= c <= w for c, w, f in zip(cut, widths, floors, strict=True))
    if sum(widths) <= room:
        assert cut == widths
    elif sum(floors) <= room:
        assert sum(cut) == room  # the whole room is used
        # a column is cut (above its floor) only while no other is wider by
        # more than a cell, but for one held at its floor
        for c, w, f in zip(cut, widths, floors, strict=True):
            if f < c < w:
                assert all(o <= c + 1 or o == g for o, g in zip(cut, floors, strict=True))
    else:
        assert cut == floors


def test_wrap_breaks_chinese_between_characters_never_inside_one() -> None:
    assert wrap("在原文中找到了引文", 5) == ["在原", "文中", "找到", "了引", "文"]
    assert wrap("30%左右", 4) == ["30%", "左右"]
    assert wrap("中", 1) == ["中"]  # wider than the column: a line of its own


def test_wrap_at_spaces_and_newlines() -> None:
    assert wrap("found the quote in the article", 12) == ["found the", "quote in the", "article"]
    assert wrap("a  b\n\nc", 10) == ["a b", "", "c"]
    assert wrap("", 5) == [""]
    assert wrap("abcdefgh ij", 3) == ["abc", "def", "gh", "ij"]


def test_the_box_is_richs_heavy_head() -> None:
    grid = Grid([Column("a"), Column("n", justify="right")], title="t")
    grid.add_row(["x", "10"])
    grid.add_row(["yy", "2"])
    assert grid.render(80, color=False) == (
        "t          \n"
        "┏━━━━┳━━━━┓\n"
        "┃ a  ┃  n ┃\n"
        "┡━━━━╇━━━━┩\n"
        "│ x  │ 10 │\n"
        "│ yy │  2 │\n"
        "└────┴────┘\n"
    )


def test_an_empty_table_has_its_headings() -> None:
    assert Grid([Column("a")]).render(80, color=False) == "┏━━━┓\n┃ a ┃\n┡━━━┩\n└───┘\n"


def test_colour_is_sgr_only_when_asked_for() -> None:
    grid = Grid([Column("n", justify="right", style="dim"), Column("v")], title="f")
    grid.add_row(["1:2", "ok"], [None, "green"])
    grid.add_row(["3:4", "bad"], [None, "bold red"])
    plain = grid.render(80, color=False)
    assert "\x1b" not in plain
    colour = grid.render(80, color=True)
    assert "\x1b[3mf            \x1b[0m\n" in colour  # the title, italic
    assert "┃ \x1b[1m  n\x1b[0m ┃ \x1b[1mv  \x1b[0m ┃" in colour  # headings bold
    assert "│ \x1b[2m1:2\x1b[0m │ \x1b[32mok \x1b[0m │" in colour
    assert "│ \x1b[2m3:4\x1b[0m │ \x1b[1;31mbad\x1b[0m │" in colour
    # without the escapes, the same table
    assert colour.replace("\x1b[0m", "").replace("\x1b[1;31m", "").translate(
        {ord(c): None for c in "\x1b"}
    ).count("│") == plain.count("│")


def test_control_characters_are_shown_not_sent() -> None:
    grid = Grid([Column("a")])
    grid.add_row(["x\x1b[31my\rz\x07"])
    out = grid.render(80, color=False)
    assert "\x1b" not in out
    assert "\r" not in out
    assert "x\\x1b[31my\\x0dz\\x07" in out


def test_the_wrapping_columns_shrink_first() -> None:
    grid = Grid([Column("id"), Column("text", wrap=True), Column("verdict")])
    grid.add_row(["a_long_identifier", "one two three four five six seven", "consistent, edge"])
    widths = grid.widths(60)
    assert widths[0] == len("a_long_identifier")
    assert widths[2] == len("consistent, edge")
    assert sum(widths) + 3 * 3 + 1 == 60  # the text column takes what is left
    # narrower: every column wraps at its spaces before any word is broken
    assert grid.widths(43) == [17, 5, 11]
    assert grid.widths(42) == [11, 11, 10]
    # narrower still: words are broken, every column shrinks
    narrow = grid.render(25, color=False)
    assert {cell_len(line) for line in narrow.splitlines()} == {25}


def test_a_title_wider_than_the_table_wraps_to_it() -> None:
    grid = Grid([Column("a")], title="a/very/long/path/claims.yaml")
    lines = grid.render(80, color=False).splitlines()
    assert lines[:6] == ["a/ver", "y/lon", "g/pat", "h/cla", "ims.y", "aml  "]


def test_cells_must_match_the_columns() -> None:
    with pytest.raises(ValueError, match="2 cells for 1 columns"):
        Grid([Column("a")]).add_row(["x", "y"])
