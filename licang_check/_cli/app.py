"""The command line: parse options, call one library function, render, exit.

Each command lives in its own module (``verify``, ``derive``, ``draft``,
``explain``, ``match``); importing them registers them on the one typer app. Heavy
modules (Rich, the checks) are imported inside the commands so that start-up
stays close to the cost of typer itself.
"""

import contextlib
import os
import sys
from typing import NoReturn

from licang_check._cli import derive, draft, explain, match, verify
from licang_check._cli.common import _color, _help_language, app

__all__ = [
    "_color",
    "_help_language",
    "app",
    "derive",
    "draft",
    "explain",
    "main",
    "match",
    "verify",
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
    """
    try:
        app()
    except SystemExit as e:
        _hard_exit(e.code)
    except OSError as e:  # writing the output failed (a full disk); a closed pipe is click's
        print(f"licang-check: error: {e}", file=sys.stderr)
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
