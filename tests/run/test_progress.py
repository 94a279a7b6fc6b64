"""The progress bar: on a terminal's stderr only, and Rich only then."""

from __future__ import annotations

import io
import subprocess
import sys

from licang_check.run import progress


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_no_terminal_no_bar_at_no_cost() -> None:
    stream = io.StringIO()
    with progress.shown(stream):
        bar = progress.task("explaining", 3)
        bar.advance()
    assert stream.getvalue() == ""
    assert type(bar).__name__ == "_Silent"


def test_a_terminal_gets_a_bar_that_goes_away() -> None:
    stream = _Terminal()
    with progress.shown(stream):
        bar = progress.task("explaining", 2)
        bar.advance(2)
    assert "explaining" in stream.getvalue()
    assert progress.task("after", 1).__class__.__name__ == "_Silent"


def test_a_piped_html_run_never_imports_rich_progress(tmp_path: object) -> None:
    code = (
        "import sys; from licang_check._cli.app import app\n"
        "sys.argv = ['licang-check', 'verify', '--isolated', '-f', 'html', 'claims.yaml']\n"
        "try:\n    app()\nexcept SystemExit:\n    pass\n"
        "assert 'rich.progress' not in sys.modules, 'rich.progress imported'\n"
    )
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    proc = subprocess.run(
        [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("<!DOCTYPE html>")
