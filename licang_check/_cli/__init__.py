"""The command-line interface (private): option parsing, rendering and exit codes."""


def main() -> None:
    """The ``licang-check`` console script (and ``python -m licang_check``):
    :func:`licang_check._cli.app.main`, its modules imported with the cyclic
    garbage collector paused.

    Importing the app allocates tens of thousands of objects (functions,
    classes, the message catalogue) of which none is garbage; the collector's
    passes over them cost a few milliseconds of every start. What the imports
    made is then frozen (:func:`gc.freeze`: left out of every later
    collection, as it lives as long as the process) and the collector runs
    again for the command.
    """
    import gc

    enabled = gc.isenabled()
    gc.disable()
    try:
        from licang_check._cli.app import main as run
    finally:
        gc.freeze()
        if enabled:
            gc.enable()
    run()
