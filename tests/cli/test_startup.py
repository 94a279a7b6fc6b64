"""What `verify` on the shipped claims.yaml does not pay for at start-up
(#18): the other commands' modules and click commands, the sources' model,
patterns only other files need. Each probe runs in a fresh interpreter;
nothing here is timed (benchmarks/run.py --only startup measures)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import typer.main

from licang_check._cli import GC_THRESHOLD, common

ROOT = Path(__file__).parents[2]

_PROBE = """
import json, sys
import typer.main

built = []
convert = typer.main.get_command_from_info


def counting(*args, **kwargs):
    command = convert(*args, **kwargs)
    built.append(command.name)
    return command


typer.main.get_command_from_info = counting
from licang_check._cli.app import app

try:
    app(sys.argv[1:])
except SystemExit as e:
    code = e.code
from licang_check.claims import expr, load
from licang_check.figures import grammar, verbs

lazy = {
    "source expressions": expr._source_res,
    "四成六": grammar._tenths_re,
    "ranges": grammar._range_res,
    "English verbs": verbs._english_res,
    "line breaks": load._break_re,
    "percent": verbs.percent_re,
    "points or percent": verbs.points_or_percent_re,
}
compiled = sorted(name for name, f in lazy.items() if f.cache_info().currsize)
out = {"code": code, "built": built, "modules": sorted(sys.modules), "compiled": compiled}
print(json.dumps(out), file=sys.stderr)
"""


def _probe(*args: str) -> dict[str, Any]:
    proc = subprocess.run(
        [sys.executable, "-c", _PROBE, *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    out: dict[str, Any] = json.loads(proc.stderr.splitlines()[-1])
    return out


_OTHER_COMMANDS = [f"licang_check._cli.{m}" for m in ("derive", "draft", "explain", "match")]


def test_verify_builds_and_imports_only_what_it_runs() -> None:
    for fmt in ("table", "json"):
        out = _probe("verify", "--format", fmt, "claims.yaml")
        assert out["code"] == 0
        assert out["built"] == ["verify"]  # typer converts no other command
        loaded = set(out["modules"])
        assert loaded.isdisjoint(_OTHER_COMMANDS)
        assert not any(m.startswith("licang_check.sources") for m in loaded)
        assert out["compiled"] == []  # the shipped file's changes are growths


def test_the_probe_sees_every_command_when_help_lists_them() -> None:
    """The checks above could fail: ``--help`` builds and imports every command."""
    out = _probe("--help")
    assert out["code"] == 0
    derive = ["growth", "share", "mean", "sum", "cagr"]  # with their group
    assert sorted(out["built"]) == sorted(
        ["extract", "init", "explain", "schema", "match", "verify", *derive]
    )
    assert set(_OTHER_COMMANDS) <= set(out["modules"])


def test_a_command_of_a_group_builds_its_group_only() -> None:
    out = _probe("derive", "growth", "--help")
    assert out["built"] == ["growth", "share", "mean", "sum", "cagr"]
    assert "licang_check._cli.verify" not in out["modules"]


_FIGURES = """version: 1
article:
  title: t
  text: article.txt
claims:
  tenths:
    quote: 占三成五
    value: 三成五
  range:
    quote: 3至5个
    value: 3至5
  rate:
    quote: 失业率5.3%，下降1.2个百分点
    value: 5.3%
    points: -1.2
  firms:
    quote: 合作社140家，减少12家
    value: 140
    unit: 家
    change: -12
"""


def test_the_probe_sees_the_patterns_a_file_needs_compiled(tmp_path: Path) -> None:
    """The check above could fail: a 四成六, a range, a change in points
    and one in numbers compile theirs."""
    path = tmp_path / "claims.yaml"
    path.write_text(_FIGURES, encoding="utf-8")
    quotes = [line.split(": ", 1)[1] for line in _FIGURES.splitlines() if "quote:" in line]
    (tmp_path / "article.txt").write_text("。".join(quotes), encoding="utf-8")
    out = _probe("verify", "--isolated", "--format", "json", str(path))
    assert out["code"] == 0
    assert out["compiled"] == [
        "percent",
        "points or percent",
        "ranges",
        "四成六",
    ]


def test_every_command_is_registered_by_the_module_commands_names() -> None:
    for module in set(common.COMMANDS.values()):
        __import__(f"licang_check._cli.{module}")
    for name, module in common.COMMANDS.items():
        info = common.registered(name)
        if isinstance(info, typer.models.TyperInfo):
            assert info.typer_instance is not None
            callbacks = [c.callback for c in info.typer_instance.registered_commands]
        else:
            callbacks = [info.callback]
        assert {c.__module__ for c in callbacks if c is not None} == {f"licang_check._cli.{module}"}
    registered = [
        info.name or typer.main.get_command_name(info.callback.__name__)
        for info in common.commands.registered_commands
        if info.callback is not None
    ] + [str(g.name) for g in common.commands.registered_groups]
    assert sorted(registered) == sorted(common.COMMANDS)


_GC_PROBE = """
import gc
import licang_check._cli.app as app

app.main = lambda: print(gc.get_threshold()[0], gc.get_freeze_count() > 0, gc.isenabled())
from licang_check._cli import main

main()
"""


def test_the_console_script_sets_the_collector_for_a_short_run() -> None:
    proc = subprocess.run(
        [sys.executable, "-c", _GC_PROBE], capture_output=True, text=True, check=True
    )
    assert proc.stdout.split() == [str(GC_THRESHOLD), "True", "True"]
