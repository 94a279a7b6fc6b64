"""Where a quote is in the article text, as offsets into the text as written.

``verify`` finds quotes with whitespace ignored (an article wraps its lines
anywhere); the HTML report and ``explain`` need the place in the original
text, to highlight it and to point at it.
"""

from __future__ import annotations

import re

from licang_check.figures.grammar import normalize_digits

__all__ = ["Article", "Span"]

_SPACE = re.compile(r"\s+")

Span = tuple[int, int]
"""``[start, end)`` in the original text."""


class Article:
    """An article's text with a whitespace-free copy and the way back."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.positions = [i for i, ch in enumerate(text) if not ch.isspace()]
        self.compact = "".join(text[i] for i in self.positions)
        self.normalized = normalize_digits(self.compact)

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
        """Where the figure's ``digits`` are inside ``span`` (full-width digits
        match ASCII ones, whitespace ignored); None if they are not."""
        d = _SPACE.sub("", digits)
        if not d:
            return None
        lo = _compact_index(self.positions, span[0])
        hi = _compact_index(self.positions, span[1])
        at = self.normalized.find(normalize_digits(d), lo, hi)
        if at < 0:
            return None
        return self.positions[at], self.positions[at + len(d) - 1] + 1


def _compact_index(positions: list[int], offset: int) -> int:
    """The index in the whitespace-free copy of the first character at or after ``offset``."""
    import bisect

    return bisect.bisect_left(positions, offset)
