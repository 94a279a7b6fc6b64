"""The command line: parse options, call one library function, render, exit.

Each command lives in its own module (``verify``, ``derive``, ``draft``,
``explain``, ``match``), imported when the command line (or ``--help``) asks
for it (``common.COMMANDS``); importing it registers its commands. Heavy
modules (Rich, the checks) are imported inside the commands so that start-up
stays close to the cost of typer itself.
"""

import contextlib
import errno
import io
import os
import sys
from typing import NoReturn

from licang_check._cli.common import _color, _help_language, app

__all__ = [
    "_color",
    "_help_language",
    "app",
    "main",
]


def main() -> None:
    """The ``licang-check`` console script: run the app, then end the process
    at once.

    The interpreter's teardown (its last garbage collection over every object
    the run made, then every module taken apart) cost a short run about 20
    ms, more than checking the shipped article, to free memory the ending
    process gives back anyway. So, as mypy does (``util.hard_exit``), the
    script flushes stdout and stderr and calls ``os._exit`` with the run's
    exit code. Everything the commands write is complete by then (``-o``
    files are written and renamed before a command returns); what is skipped
    is ``atexit`` handlers, of which licang-check registers none. An
    exception other than an exit (Ctrl-C) leaves the usual way.

    A standard stream closed when the run starts (``>&-``, ``2>&-``) is not a
    crash: see :func:`_closed_streams`.
    """
    _closed_streams()
    try:
        app()
    except SystemExit as e:
        _hard_exit(e.code)
    except OSError as e:  # writing the output failed (a full disk); a closed pipe is click's
        reason = e.strerror if isinstance(e, _Closed) else e
        print(f"licang-check: error: {reason}", file=sys.stderr)
        _hard_exit(2)
    _hard_exit(0)  # pragma: no cover - typer's app always exits


def _hard_exit(code: object) -> NoReturn:
    """``sys.exit(code)`` without the interpreter's teardown: what is left in
    stdout is flushed, and if that fails (but for a reader gone) the run is an
    error, exit 2, as a failed write of the output is."""
    if code is None:
        status = 0
    elif isinstance(code, int):
        status = code
    else:  # sys.exit("message"): printed, status 1, as Python does
        print(code, file=sys.stderr)
        status = 1
    try:
        sys.stdout.flush()
    except BrokenPipeError:  # the reader is gone: nothing more to deliver
        pass
    except OSError as e:
        print(f"licang-check: error: {e}", file=sys.stderr)
        status = max(status, 2)
    with contextlib.suppress(OSError, ValueError):
        sys.stderr.flush()
    os._exit(status)


class _Closed(OSError):
    """Writing to a standard output that was closed when the run started."""


class _ClosedOutput(io.TextIOBase):
    """What ``sys.stdout`` is when fd 1 was closed: writing the report there
    fails (exit 2, said on stderr) rather than vanishing; flushing, with
    nothing written, succeeds."""

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        from licang_check._i18n.messages import t

        raise _Closed(errno.EBADF, t("cli.stdout_closed"))

    def isatty(self) -> bool:
        return False


def _closed_streams() -> None:
    """Make the run safe when stdin, stdout or stderr was closed at start.

    Python then sets ``sys.stdout`` (or ``sys.stderr``) to None, and
    ``print(file=sys.stderr)`` with None writes to *stdout*, so the summary
    would land in the report. Each closed descriptor is opened on the null
    device (so that no file the run opens gets descriptor 1 or 2 and receives
    what is meant for a stream); a closed stderr then discards what is
    written to it, and a closed stdout refuses it (:class:`_ClosedOutput`):
    ``verify >&-`` is exit 2 with a message on stderr, ``verify -o r.json
    >&-`` is the run's own exit code. A closed stdin stays None: ``verify -``
    says that it is closed."""
    if sys.stdout is not None and sys.stderr is not None and sys.stdin is not None:
        return
    for fd in (0, 1, 2):
        try:
            os.fstat(fd)
        except OSError:
            null = os.open(os.devnull, os.O_RDWR)
            if null != fd:
                os.dup2(null, fd)
                os.close(null)
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - for the whole run
    if sys.stdout is None:
        sys.stdout = _ClosedOutput()
