"""The guide (docs/guide.md, docs/guide.zh.md) cannot go stale: every command
in it is run here, and what it shows is what the command prints.

A guide is read from top to bottom, as its reader follows it, in a fresh
folder holding the shipped ``article.txt`` and ``claims.schema.json``:

- a fenced ```` ```yaml file=NAME ```` block (or ``csv``, ``plaintext``) is
  written to ``NAME`` (the reader writing that file); the workbook the
  sources section reads, ``bulletin.xlsx``, is made by ``tests/sources_data.py``;
- in a fenced ```` ```console ```` block, each ``$ licang-check …`` line is
  run; a trailing ``# exit N`` is its exit code (0 without one), and the
  lines after it, up to the next ``$``, are output that must appear: each
  one, with table borders and runs of spaces ignored, within a line of what
  the command printed (stdout and stderr). A line ``…`` stands for lines
  left out.

Rich tables are drawn 300 columns wide, so that no row wraps.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GUIDES = {"en": ROOT / "docs" / "guide.md", "zh": ROOT / "docs" / "guide.zh.md"}
LOCALE = {"en": "C.UTF-8", "zh": "zh_CN.UTF-8"}
HANG_GUARD = 120  # seconds: a guard against a hang, not a speed test

_FENCE = re.compile(r"^```(?P<lang>[\w-]*)(?P<info>.*)$")
_EXIT = re.compile(r"^(?P<cmd>.*?)\s+#\s*exit\s+(?P<code>\d+)\s*$")
_BORDERS = re.compile(r"[\u2500-\u257f]")  # box drawing: │ ┃ ━ ┏ …
_FILE_LANGS = {"yaml", "csv", "plaintext"}
_SHELL_LANGS = {"sh", "bash", "shell", "zsh", "console", "terminal", "text", ""}


@dataclass
class Command:
    line: int
    argv: list[str]
    exit_code: int
    shown: list[str] = field(default_factory=list)


@dataclass
class WriteFile:
    line: int
    name: str
    text: str


Step = Command | WriteFile


@dataclass
class Block:
    line: int
    lang: str
    info: str
    body: list[str]


def blocks(markdown: str) -> list[Block]:
    out: list[Block] = []
    current: Block | None = None
    for n, line in enumerate(markdown.splitlines(), 1):
        if current is None:
            m = _FENCE.match(line)
            if m:
                current = Block(n, m["lang"], m["info"].strip(), [])
        elif line.startswith("```"):
            out.append(current)
            current = None
        else:
            current.body.append(line)
    assert current is None, f"a fence opened at line {current.line} is never closed"
    return out


def steps(markdown: str) -> list[Step]:
    out: list[Step] = []
    for b in blocks(markdown):
        if b.lang in _FILE_LANGS and b.info.startswith("file="):
            out.append(WriteFile(b.line, b.info.removeprefix("file="), "\n".join(b.body) + "\n"))
        elif b.lang == "console":
            for offset, text in enumerate(b.body, 1):
                if text.startswith("$ "):
                    m = _EXIT.match(text[2:])
                    cmd, code = (m["cmd"], int(m["code"])) if m else (text[2:], 0)
                    out.append(Command(b.line + offset, shlex.split(cmd), code))
                elif text.strip() and text.strip() != "…":
                    assert out, f"output before any command: {text}"
                    assert isinstance(out[-1], Command), f"output before a command: {text}"
                    out[-1].shown.append(text)
    return out


def normalize(text: str) -> str:
    return " ".join(_BORDERS.sub(" ", text).split())


def run(cmd: Command, folder: Path, lang: str) -> subprocess.CompletedProcess[str]:
    assert cmd.argv[0] == "licang-check", f"line {cmd.line}: only licang-check is run"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env.update(COLUMNS="300", NO_COLOR="1", TERM="dumb", LC_ALL=LOCALE[lang])
    return subprocess.run(
        [sys.executable, "-m", "licang_check", *cmd.argv[1:]],
        cwd=folder,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=HANG_GUARD,
        check=False,
    )


def _read(lang: str) -> str:
    return GUIDES[lang].read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", list(GUIDES))
def test_every_command_of_the_guide(lang: str, tmp_path: Path) -> None:
    for name in ("article.txt", "claims.schema.json"):
        shutil.copy(ROOT / name, tmp_path / name)
    from sources_data import write_bulletin_xlsx

    write_bulletin_xlsx(tmp_path / "bulletin.xlsx")
    ran = 0
    for step in steps(_read(lang)):
        if isinstance(step, WriteFile):
            (tmp_path / step.name).write_text(step.text, encoding="utf-8")
            continue
        proc = run(step, tmp_path, lang)
        where = f"{GUIDES[lang].name}:{step.line}: {shlex.join(step.argv)}"
        assert "Traceback" not in proc.stderr, where
        assert proc.returncode == step.exit_code, f"{where}\n{proc.stdout}\n{proc.stderr}"
        printed = [normalize(line) for line in (proc.stdout + "\n" + proc.stderr).splitlines()]
        for shown in step.shown:
            assert any(normalize(shown) in line for line in printed), (
                f"{where}\nshown but not printed: {shown}\nprinted:\n{proc.stdout}{proc.stderr}"
            )
        ran += 1
    assert ran >= 10


def test_the_guides_have_the_same_commands_and_files() -> None:
    def outline(lang: str) -> list[tuple[str, ...]]:
        return [
            ("run", *s.argv, str(s.exit_code)) if isinstance(s, Command) else ("write", s.name)
            for s in steps(_read(lang))
        ]

    assert outline("en") == outline("zh")


def test_the_guides_have_the_same_sections() -> None:
    def sections(lang: str) -> list[str]:
        return [line.split(".")[0] for line in _read(lang).splitlines() if line.startswith("## ")]

    assert sections("en") == sections("zh")
    assert len(sections("en")) >= 8


@pytest.mark.parametrize("lang", list(GUIDES))
def test_no_command_escapes_the_test(lang: str) -> None:
    """Every shell block is a console block, and every command in one is run."""
    for b in blocks(_read(lang)):
        assert b.lang not in _SHELL_LANGS - {"console"}, f"line {b.line}: use ```console"
        if b.lang == "console":
            assert any(line.startswith("$ licang-check ") for line in b.body), b.line
    text = _read(lang)
    outside = re.sub(r"(?ms)^```console$.*?^```$", "", text)
    assert "$ licang-check" not in outside


@pytest.mark.parametrize("lang", list(GUIDES))
def test_the_yaml_the_guide_writes_is_a_claims_file_or_meant_to_fail(lang: str) -> None:
    written = [s.name for s in steps(_read(lang)) if isinstance(s, WriteFile)]
    assert written == [
        "claims.yaml",
        "typo.yaml",
        "mistake.yaml",
        "district.txt",
        "bulletin.csv",
        "district.yaml",
    ]


def test_the_runner_catches_a_stale_line(tmp_path: Path) -> None:
    (tmp_path / "g.md").write_text(
        "```console\n$ licang-check schema\nno such line\n```\n", encoding="utf-8"
    )
    (cmd,) = steps((tmp_path / "g.md").read_text(encoding="utf-8"))
    assert isinstance(cmd, Command)
    proc = run(cmd, tmp_path, "en")
    assert proc.returncode == 0
    assert normalize("no such line") not in normalize(proc.stdout)
    assert cmd.shown == ["no such line"]


def test_exit_comments_and_elisions_are_read() -> None:
    lines = ["```console", "$ licang-check verify x.yaml   # exit 2", "…"]
    md = "\n".join([*lines, "x.yaml:1:1: error: no such file", "```"])
    (cmd,) = steps(md)
    assert isinstance(cmd, Command)
    assert (cmd.argv, cmd.exit_code, cmd.shown) == (
        ["licang-check", "verify", "x.yaml"],
        2,
        ["x.yaml:1:1: error: no such file"],
    )
