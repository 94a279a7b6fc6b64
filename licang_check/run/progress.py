"""A progress bar on stderr for long work, only where a person watches it.

Work that can take long (checking many files, explaining every result for
the HTML report) reports its steps here: :func:`task` gives a handle whose
``advance()`` moves a bar. Nothing is drawn, and Rich is not imported,
unless the command line turned the bar on with :func:`shown`, which it does
only when stderr is a terminal: a pipe, a file or CI never gets a bar, and
stdout (the report) never does. The bar is transient: gone when the work
ends.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, Protocol

__all__ = ["Task", "shown", "task"]


class Task(Protocol):
    def advance(self, n: int = 1) -> None: ...


class _Silent:
    __slots__ = ()

    def advance(self, n: int = 1) -> None:
        pass


class _Bar:
    __slots__ = ("progress", "task_id")

    def __init__(self, progress: Any, task_id: Any) -> None:
        self.progress = progress
        self.task_id = task_id

    def advance(self, n: int = 1) -> None:
        self.progress.advance(self.task_id, n)


_SILENT = _Silent()
_progress: Any = None
"""The running ``rich.progress.Progress``, while :func:`shown` is on."""


def task(description: str, total: int) -> Task:
    """A bar of ``total`` steps, or a handle that draws nothing."""
    if _progress is None:
        return _SILENT
    return _Bar(_progress, _progress.add_task(description, total=total))


@contextmanager
def shown(stream: Any) -> Iterator[None]:
    """Draw the bars of :func:`task` on ``stream`` (stderr) while in this
    block, if it is a terminal; otherwise do nothing, at no cost."""
    global _progress
    isatty = getattr(stream, "isatty", None)
    if _progress is not None or not (isatty and isatty()):
        yield
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    progress = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        console=Console(file=stream),
        transient=True,
    )
    _progress = progress
    try:
        with progress:
            yield
    finally:
        _progress = None
