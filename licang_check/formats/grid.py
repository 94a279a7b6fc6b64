"""A text table drawn line by line: ``verify``'s table (``formats/table.py``).

This module draws the box of Rich's ``Table`` (HEAVY_HEAD) with plain
strings, without importing ``rich.table`` or ``rich.console`` (why: see
``benchmarks/README.md``, "Hand-written on purpose"). It uses only
:mod:`rich.cells`, so that Rich stays the one judge of how many terminal
cells a character takes (a Chinese character two).

Widths: every column takes its natural width when the whole table fits the
given width. Otherwise the columns that wrap shrink first, the widest first,
never below their longest word, a favoured column (``verify``'s "implies")
only once the others have; then every column the same way; and if the
table is still too wide, every column shrinks from its natural width, the
widest first, down to two cells (the widest character), words broken between
characters. Text wraps at spaces; text without spaces (Chinese) between
characters; a character is never split. Nothing is cropped: every character
of every cell is drawn, and every line of a table (its title too) is as wide
as every other. Below the narrowest table (three cells of border and padding
and two of text a column), the table is wider than asked.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final, Literal

from rich.cells import cell_len, split_graphemes

__all__ = [
    "Column",
    "Grid",
    "Justify",
    "Style",
    "fold",
    "level",
    "longest_word",
    "styled",
    "visible",
    "wrap",
]

Justify = Literal["left", "right"]
Style = Literal["bold", "dim", "italic", "green", "yellow", "bold red"]

# SGR parameters of each style, as Rich writes them.
_SGR: Final[dict[Style, str]] = {
    "bold": "1",
    "dim": "2",
    "italic": "3",
    "green": "32",
    "yellow": "33",
    "bold red": "1;31",
}
_RESET: Final = "\x1b[0m"

# A control character would act on the terminal, not show: it is drawn as the
# escape that names it (``\x1b``). Newlines break lines; tabs are spaces.
_CONTROLS: Final = {
    c: f"\\x{c:02x}" for c in (*range(0x20), *range(0x7F, 0xA0)) if chr(c) not in "\n\t"
}

# The widest character takes two cells: no column is made narrower than that.
_NARROWEST: Final = 2


class Column:
    """A column: its heading, how its cells are justified, whether it wraps
    (only such columns shrink while the others can keep their width), whether
    it is favoured (a wrapping column that gives way after the other ones),
    and the style of its body cells.

    (A plain class: a dataclass costs a millisecond of start-up to build.)
    """

    __slots__ = ("favoured", "heading", "justify", "style", "wrap")

    def __init__(
        self,
        heading: str,
        *,
        justify: Justify = "left",
        wrap: bool = False,
        favoured: bool = False,
        style: Style | None = None,
    ) -> None:
        self.heading = heading
        self.justify: Justify = justify
        self.wrap = wrap
        self.favoured = favoured
        self.style: Style | None = style

    def __repr__(self) -> str:
        return (
            f"Column({self.heading!r}, justify={self.justify!r}, wrap={self.wrap}, "
            f"style={self.style!r})"
        )


class Grid:
    """A titled table of text cells, drawn by :meth:`render`."""

    __slots__ = ("columns", "rows", "title")

    def __init__(self, columns: Sequence[Column], *, title: str = "") -> None:
        self.columns = columns
        self.title = title
        self.rows: list[tuple[list[str], list[Style | None]]] = []

    def add_row(self, cells: Sequence[str], styles: Sequence[Style | None] = ()) -> None:
        """A row of one text per column; a style given for a cell replaces
        its column's."""
        if len(cells) != len(self.columns) or len(styles) > len(self.columns):
            raise ValueError(f"{len(cells)} cells for {len(self.columns)} columns")
        own = [*styles, *[None] * (len(self.columns) - len(styles))]
        self.rows.append(
            (
                [_visible(c) for c in cells],
                [s or col.style for s, col in zip(own, self.columns, strict=True)],
            )
        )

    def texts(self) -> list[list[str]]:
        """Each column's texts: its heading, then its cells."""
        headings = [_visible(col.heading) for col in self.columns]
        return [[h, *(row[i] for row, _ in self.rows)] for i, h in enumerate(headings)]

    def natural(self) -> list[int]:
        """Each column's width with nothing wrapped."""
        return [
            max(cell_len(line) for t in column for line in t.split("\n")) for column in self.texts()
        ]

    def widths(self, width: int) -> list[int]:
        """Each column's width in cells (padding and borders aside), for a
        table of at most ``width`` cells where that is at all possible."""
        texts = self.texts()
        room = width - (3 * len(self.columns) + 1)  # "│ " before each cell, " " after, "│"
        natural = self.natural()
        if sum(natural) <= room:
            return natural
        # 1. the wrapping columns, down to their longest word, the favoured last
        widths = natural
        for favoured in (False, True):
            floors = [
                longest_word(column) if col.wrap and col.favoured <= favoured else w
                for column, w, col in zip(texts, widths, self.columns, strict=True)
            ]
            widths = level(widths, floors, room)
            if sum(widths) <= room:
                return widths
        # 2. every column, down to its longest word
        widths = level(widths, [longest_word(column) for column in texts], room)
        if sum(widths) <= room:
            return widths
        # 3. every column, from its natural width, words broken by cells
        return level(natural, [min(n, _NARROWEST) for n in natural], room)

    def render(self, width: int, *, color: bool) -> str:
        """The title and the table, each line ending in a newline; SGR
        escapes only if ``color``."""
        widths = self.widths(width)
        total = sum(widths) + 3 * len(widths) + 1
        out: list[str] = []
        if self.title:
            for line in wrap(_visible(self.title), total):
                out.append(_styled(_pad(line, total, "left"), "italic" if color else None))
        out.append(_rule("┏", "━", "┳", "┓", widths))
        headings = [_visible(col.heading) for col in self.columns]
        heading_style: Style | None = "bold" if color else None
        out.extend(_cells(headings, [heading_style] * len(widths), self.columns, widths, "┃"))
        out.append(_rule("┡", "━", "╇", "┩", widths))
        for cells, styles in self.rows:
            shown = styles if color else [None] * len(styles)
            out.extend(_cells(cells, shown, self.columns, widths, "│"))
        out.append(_rule("└", "─", "┴", "┘", widths))
        return "".join(line + "\n" for line in out)


def level(widths: Sequence[int], floors: Sequence[int], room: int) -> list[int]:
    """``widths`` cut down to fit ``room`` cells, the widest first, none below
    its floor: every width above some level comes down to it (or to its
    floor), and the cells left over go one each to the first of those cut to
    that level."""

    def cut(cap: int) -> list[int]:
        return [min(w, max(f, cap)) for w, f in zip(widths, floors, strict=True)]

    if sum(widths) <= room:
        return list(widths)
    low, high = 0, max(widths)  # the highest cap that fits is in [low, high)
    if sum(cut(low)) > room:
        return cut(low)  # the floors themselves do not fit
    while high - low > 1:
        mid = (low + high) // 2
        low, high = (mid, high) if sum(cut(mid)) <= room else (low, mid)
    widths_cut = cut(low)
    spare = room - sum(widths_cut)
    for i, (w, c) in enumerate(zip(widths, widths_cut, strict=True)):
        if spare and c == low < w:  # a column cut to the cap: one more cell
            widths_cut[i] += 1
            spare -= 1
    return widths_cut


def wrap(text: str, width: int) -> list[str]:
    """``text`` in lines of at most ``width`` cells: broken at spaces (which
    are not kept, but one between words), at newlines, and where a word is
    wider than ``width``, between its characters (see :func:`fold`)."""
    if cell_len(text) <= width and " ".join(text.split()) == text:
        return [text]
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line, size = "", 0
        for word in paragraph.split():
            n = cell_len(word)
            if line and size + 1 + n <= width:
                line, size = f"{line} {word}", size + 1 + n
                continue
            if line:
                lines.append(line)
            if n <= width:
                line, size = word, n
                continue
            *whole, line = fold(word, width)
            lines.extend(whole)
            size = cell_len(line)
        lines.append(line)
    return lines


def fold(word: str, width: int) -> list[str]:
    """``word`` cut into pieces of at most ``width`` cells, never inside a
    character (nor a character and its combining marks): a character wider
    than ``width`` is a piece of its own."""
    spans, _ = split_graphemes(word)
    pieces: list[str] = []
    start, size = 0, 0
    for begin, _end, cells in spans:
        if size and size + cells > width:
            pieces.append(word[start:begin])
            start, size = begin, 0
        size += cells
    pieces.append(word[start:])
    return pieces


def longest_word(texts: Sequence[str]) -> int:
    """The widest word of ``texts``, in cells."""
    return max((cell_len(word) for t in texts for word in t.split()), default=0)


def visible(text: str) -> str:
    """``text`` with its control characters drawn as escapes (``\\x1b``)."""
    return text.translate(_CONTROLS)


_visible = visible


def _pad(text: str, width: int, justify: Justify) -> str:
    gap = " " * (width - cell_len(text))
    return gap + text if justify == "right" else text + gap


def styled(text: str, style: Style | None) -> str:
    """``text`` in ``style`` (SGR escapes), as is for None or blank text."""
    if style is None or not text.strip():
        return text
    return f"\x1b[{_SGR[style]}m{text}{_RESET}"


_styled = styled


def _rule(left: str, bar: str, cross: str, right: str, widths: Sequence[int]) -> str:
    return left + cross.join(bar * (w + 2) for w in widths) + right


def _cells(
    texts: Sequence[str],
    styles: Sequence[Style | None],
    columns: Sequence[Column],
    widths: Sequence[int],
    bar: str,
) -> list[str]:
    """The lines of one row: each cell wrapped to its column's width, the
    shorter ones filled out with blank lines."""
    wrapped = [wrap(t, w) for t, w in zip(texts, widths, strict=True)]
    height = max(len(lines) for lines in wrapped)
    out = []
    for i in range(height):
        parts = [
            _styled(_pad(lines[i] if i < len(lines) else "", w, col.justify), style)
            for lines, w, col, style in zip(wrapped, widths, columns, styles, strict=True)
        ]
        out.append(bar + " " + f" {bar} ".join(parts) + " " + bar)
    return out
