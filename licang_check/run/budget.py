"""A work budget for checking one claims file, so that a hostile file stays cheap.

Three things in ``verify`` take time that a file can multiply: searching the
article for each quote (``checks.check_quote``), trying whole-number
candidates one by one (``derive.whole_fits``) and combining the pieces of two
unions in an expression (``unions.Union.map2``). A candidate spends one step,
a pair of pieces two (it costs about twice as much), a quote one for every
:data:`ARTICLE_CHARS_PER_STEP` characters of the article. ``verify`` checks each
file inside :func:`work_budget`; past :data:`MAX_WORK` steps the claim or
check being worked on is an error. Outside a budget (``derive growth``,
library calls) nothing is counted.

The budget counts steps, not seconds: the same file always gets the same
answer, on any machine.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from licang_check._i18n.messages import t

__all__ = ["ARTICLE_CHARS_PER_STEP", "MAX_WORK", "WorkLimitExceeded", "spend", "work_budget"]

MAX_WORK = 200_000
"""Steps for one claims file: a few seconds of work at most (a step is one
solve of a relation over unions of intervals). The Licang claims file spends
61, 20,000 exact counts none."""
ARTICLE_CHARS_PER_STEP = 4096
"""Searching this many characters of the article for one quote costs a step
(at worst; a search usually stops sooner)."""


class WorkLimitExceeded(Exception):
    """The file's work budget is spent."""

    def __init__(self, limit: int) -> None:
        super().__init__(t("budget.spent", limit=limit))
        self.limit = limit


class _Budget:
    __slots__ = ("left", "limit")

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.left = limit


_current: ContextVar[_Budget | None] = ContextVar("licang_check_work_budget", default=None)


@contextmanager
def work_budget(limit: int | None = None) -> Iterator[None]:
    """Count the work done inside the block against ``limit`` steps
    (:data:`MAX_WORK` when not given)."""
    token = _current.set(_Budget(MAX_WORK if limit is None else limit))
    try:
        yield
    finally:
        _current.reset(token)


def spend(steps: int) -> None:
    """Spend ``steps``; raise :class:`WorkLimitExceeded` once the budget is gone."""
    budget = _current.get()
    if budget is None:
        return
    budget.left -= steps
    if budget.left < 0:
        raise WorkLimitExceeded(budget.limit)
