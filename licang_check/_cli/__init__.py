"""The command-line interface (private): option parsing, rendering and exit codes."""
