"""Where a quote is in the article text, as offsets into the text as written,
and whether a quote holds its figure.

``verify`` finds quotes with whitespace ignored (an article wraps its lines
anywhere); the HTML report and ``explain`` need the place in the original
text, to highlight it and to point at it. A figure's digits and a quote are
compared in the figures' normal form
(:func:`~licang_check.figures.normalize.normal_form`: full-width as ASCII,
traditional as simplified, whitespace ignored), so that ``value: 三十亿``
holds against a printed ``三十億美元`` and ``value: 40203.5亿`` against
``４０２０３﹒５億元``.
"""

from __future__ import annotations

import re

from licang_check.figures.normalize import fold, normal_form

__all__ = ["Article", "Span", "quote_holds"]

_SPACE = re.compile(r"\s+")

Span = tuple[int, int]
"""``[start, end)`` in the original text."""


class Article:
    """An article's text with a whitespace-free copy and the way back."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.positions = [i for i, ch in enumerate(text) if not ch.isspace()]
        self.compact = "".join(text[i] for i in self.positions)
        self.normalized = fold(self.compact)  # the same length: offsets carry over

    def find(self, quote: str, start: int = 0) -> Span | None:
        """The first place from ``start`` (an original offset) where ``quote``
        is, whitespace ignored; None if it is not in the text."""
        q = _SPACE.sub("", quote)
        if not q:
            return None
        from_compact = _compact_index(self.positions, start)
        at = self.compact.find(q, from_compact)
        if at < 0:
            return None
        return self.positions[at], self.positions[at + len(q) - 1] + 1

    def find_figure(self, span: Span, digits: str) -> Span | None:
        """Where the figure's ``digits`` are inside ``span``, compared in normal
        form (full-width matches ASCII, traditional simplified, whitespace
        ignored); None if they are not."""
        d = _SPACE.sub("", digits)
        if not d:
            return None
        lo = _compact_index(self.positions, span[0])
        hi = _compact_index(self.positions, span[1])
        at = self.normalized.find(fold(d), lo, hi)
        if at < 0:
            return None
        return self.positions[at], self.positions[at + len(d) - 1] + 1


def quote_holds(quote: str, digits: str) -> bool:
    """Whether ``quote`` holds a figure's ``digits``
    (:attr:`~licang_check.figures.grammar.Figure.digits`), both in normal form."""
    d = normal_form(digits)
    return bool(d) and d in normal_form(quote)


def _compact_index(positions: list[int], offset: int) -> int:
    """The index in the whitespace-free copy of the first character at or after ``offset``."""
    import bisect

    return bisect.bisect_left(positions, offset)
