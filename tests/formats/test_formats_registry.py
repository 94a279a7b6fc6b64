"""Every ``--format`` has a formatter, and only the table pays for Rich (its
``rich.cells`` only)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from ci_reports import sample_reports

from licang_check.formats import FORMATTERS, OutputFormat, get_formatter

CLAIMS = Path(__file__).parents[1] / "data" / "ci" / "consistent" / "claims.yaml"


def test_the_mapping_covers_every_format_and_nothing_else() -> None:
    assert set(FORMATTERS) == set(OutputFormat)


@pytest.mark.parametrize("fmt", list(OutputFormat))
def test_every_format_renders(fmt: OutputFormat) -> None:
    reports, summary = sample_reports()
    out = get_formatter(fmt).render(reports, summary, color=False)
    assert isinstance(out, str)
    assert out.endswith("\n")
    # each format says something about the inconsistent result's claim
    assert "sows_share" in out


_PROBE = """
import sys
from licang_check._cli.app import app
try:
    app(["verify", "--isolated", "--format", sys.argv[1], sys.argv[2]])
except SystemExit as e:
    code = e.code
print("rich" in sys.modules, code, file=sys.stderr)
"""


def _probe(fmt: str) -> list[str]:
    proc = subprocess.run(
        [sys.executable, "-c", _PROBE, fmt, str(CLAIMS)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    return proc.stderr.splitlines()[-1].split()


@pytest.mark.parametrize("fmt", [f.value for f in OutputFormat if f is not OutputFormat.TABLE])
def test_non_table_formats_never_import_rich(fmt: str) -> None:
    assert _probe(fmt) == ["False", "0"]


def test_the_probe_sees_rich_when_the_table_is_asked_for() -> None:
    """The check above could fail: the table path does import Rich."""
    assert _probe("table") == ["True", "0"]


_HEAVY_PROBE = """
import sys
from licang_check._cli.app import app
try:
    app(["verify", "--isolated", "--format", "table", sys.argv[1]])
except SystemExit as e:
    code = e.code
heavy = ("rich.table", "rich.console", "rich.text", "rich.style", "rich.segment")
print(*sorted(m for m in heavy if m in sys.modules), code, file=sys.stderr)
"""


def test_the_table_draws_itself_with_rich_cells_only() -> None:
    """The table pays for ``rich.cells`` (how wide a character is), never
    for Rich's Table, Console, Text or Style (#6)."""
    proc = subprocess.run(
        [sys.executable, "-c", _HEAVY_PROBE, str(CLAIMS)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.splitlines()[-1].split() == ["0"]
