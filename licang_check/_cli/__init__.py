"""The command-line interface (private): option parsing, rendering and exit codes."""

GC_THRESHOLD = 200_000
"""Allocations between two collections of the youngest generation in the
console script's process (Python's default is 700; mypy's script raises it
to the same)."""


def main() -> None:
    """The ``licang-check`` console script (and ``python -m licang_check``):
    :func:`licang_check._cli.app.main`, with the cyclic garbage collector
    set for a short run.

    Importing allocates tens of thousands of objects (functions, classes,
    the message catalogue, compiled patterns), none of them garbage; with
    the default threshold the collector passes over them again and again,
    a few milliseconds of every start. So the app is imported with the
    collector paused, what that made is frozen (:func:`gc.freeze`: left out
    of every later collection, as it lives as long as the process), and
    the collector runs for the command only every :data:`GC_THRESHOLD`
    allocations: the modules a command imports when it runs are not
    collected over either, and garbage that is a cycle is still freed.
    """
    import gc

    enabled = gc.isenabled()
    gc.disable()
    try:
        from licang_check._cli.app import main as run
    finally:
        gc.freeze()
        gc.set_threshold(GC_THRESHOLD, *gc.get_threshold()[1:])
        if enabled:
            gc.enable()
    run()
