"""The ``[tool.licang-check]`` table of ``pyproject.toml``: a newsroom's defaults.

Found like ruff finds its settings: from the current folder upward, the first
``pyproject.toml`` that has the table is the one used (a ``pyproject.toml``
without it is passed over). Keys:

- ``paths``: the files or globs ``verify`` checks when given no PATH,
  relative to the folder of that ``pyproject.toml``;
- ``rounding``: ``half-up``, ``half-even``, ``down`` or ``any``;
- ``tolerance``: a percentage, as in a claims file (``"10%"``);
- ``format``: the default ``--format``.

``rounding`` and ``tolerance`` are defaults: a claims file's own
``rounding:`` and ``tolerance:`` win, since the claims file is the record of
its article. A value that cannot be used is an error at its line in
``pyproject.toml`` (``1:1`` where the line cannot be told).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

from licang_check._i18n.messages import t
from licang_check.claims.diagnostics import Diagnostic
from licang_check.claims.load import Defaults
from licang_check.figures.grammar import FigureError, parse_figure
from licang_check.formats import OutputFormat
from licang_check.numeric.exact import Fraction
from licang_check.numeric.rounding import RoundingMode

__all__ = ["TABLE", "Config", "ConfigError", "find_config", "load_config", "parse_config"]

TABLE = "licang-check"
KEYS = ("paths", "rounding", "tolerance", "format")


class Config(NamedTuple):
    """``[tool.licang-check]`` as read from ``pyproject.toml``."""

    path: Path | None = None
    """The ``pyproject.toml`` it came from; None for the built-in defaults."""
    paths: list[str] | None = None
    """Default paths, already relative to the current folder."""
    defaults: Defaults = Defaults()
    format: OutputFormat | None = None


class ConfigError(Exception):
    """A ``pyproject.toml`` that cannot be used; ``display`` is its path as shown."""

    def __init__(self, display: str, diagnostic: Diagnostic) -> None:
        super().__init__(diagnostic.render(display))
        self.display = display
        self.diagnostic = diagnostic


def find_config(start: Path | None = None) -> Config:
    """The configuration in force in ``start`` (default: the current folder)."""
    cwd = Path.cwd()
    folder = (start or cwd).resolve()
    for candidate in (folder, *folder.parents):
        pyproject = candidate / "pyproject.toml"
        if not pyproject.is_file():
            continue
        display = _display(pyproject, cwd)
        try:
            text = pyproject.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as e:
            message = t("load.cannot_read", reason=e)
            raise ConfigError(display, Diagnostic(1, 1, message)) from None
        config = parse_config(text, pyproject, display=display, cwd=cwd)
        if config is not None:
            return config
    return Config()


def load_config(path: Path) -> Config:
    """The configuration of ``path`` (``verify --config``): a
    ``pyproject.toml``, or any TOML file, with a ``[tool.licang-check]``
    table (without one, the built-in defaults); ``paths`` are relative to
    its folder. A file that is missing or cannot be read is an error."""
    cwd = Path.cwd()
    display = _display(path, cwd)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(display, Diagnostic(1, 1, t("load.no_such_file"))) from None
    except IsADirectoryError:
        raise ConfigError(display, Diagnostic(1, 1, t("config.directory"))) from None
    except (OSError, UnicodeDecodeError) as e:
        message = t("load.cannot_read", reason=e)
        raise ConfigError(display, Diagnostic(1, 1, message)) from None
    config = parse_config(text, path.resolve(), display=display, cwd=cwd)
    return config if config is not None else Config(path=path)


def _display(path: Path, cwd: Path) -> str:
    try:
        return os.path.relpath(path, cwd)
    except ValueError:  # another drive
        return str(path)


def _may_hold_table(text: str) -> bool:
    """Whether ``text`` could define ``[tool.licang-check]``, read line by line
    without parsing, so that tomllib is imported only for a file that may
    hold it. The table can only be written with ``tool`` and ``licang-check``
    on one line (``[tool.licang-check]``, ``tool.licang-check.x =``, ``tool =
    {licang-check = …}``), or as a key named ``licang-check`` (``licang-check
    =``, ``"licang-check".paths =``) in a file with a ``[tool]`` table. So a
    project that depends on licang-check (``"licang-check>=0.1",``) or names
    its console script (``licang-check = "…"`` under ``[project.scripts]``)
    is not parsed, unless it also has a bare ``[tool]`` table."""
    lines = text.splitlines()
    for line in lines:
        if TABLE not in line:
            continue
        if "tool" in line:
            return True
        key = line.strip().lstrip("\"'")
        if key.startswith(TABLE) and key[len(TABLE) :].lstrip("\"' ")[:1] in ("=", "."):
            return any(map(_is_tool_header, lines))
    return False


def _is_tool_header(line: str) -> bool:
    """``[tool]``, spaced, quoted or commented as TOML allows (a line of a
    multi-line array or string that looks like one only costs a parse)."""
    s = line.split("#", 1)[0].strip()
    return s[:1] == "[" and s[-1:] == "]" and s.strip("[] \t").strip("\"'") == "tool"


_TOML_POSITION = r"\(at line (\d+), column (\d+)\)$"
"""Where tomllib says an error is (compiled by ``re`` on first use: only an error needs it)."""


def parse_config(
    text: str, path: Path, *, display: str | None = None, cwd: Path | None = None
) -> Config | None:
    """The configuration in ``text`` (a ``pyproject.toml`` at ``path``), or
    None if it has no ``[tool.licang-check]`` table."""
    shown = display or path.name
    if not _may_hold_table(text):
        return None  # cannot hold our table: no need to parse it (or pay for tomllib)
    import tomllib

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        m = re.search(_TOML_POSITION, str(e))
        line, col = (int(m.group(1)), int(m.group(2))) if m else (1, 1)
        message = re.sub(_TOML_POSITION, "", str(e)).strip()
        raise ConfigError(shown, Diagnostic(line, col, f"TOML: {message}")) from None
    tool = data.get("tool")
    if not isinstance(tool, dict) or TABLE not in tool:
        return None
    table = tool[TABLE]
    locate = _Locator(text)

    def fail(key: str | None, message: str) -> ConfigError:
        line, col = locate(key)
        return ConfigError(shown, Diagnostic(line, col, message))

    if not isinstance(table, dict):
        raise fail(None, t("config.not_table", table=TABLE))
    for key in table:
        if key not in KEYS:
            hint = _did_you_mean(key)
            raise fail(key, t("config.unknown_key", key=key, table=TABLE, hint=hint))
    return Config(
        path=path,
        paths=_paths(table, path.parent, cwd or Path.cwd(), fail),
        defaults=Defaults(
            rounding=_rounding(table, fail),
            tolerance=_tolerance(table, fail),
        ),
        format=_format(table, fail),
    )


def _did_you_mean(key: str) -> str:
    import difflib

    close = difflib.get_close_matches(key, KEYS, n=1, cutoff=0.6)
    return t("load.did_you_mean", name=close[0]) if close else ""


class _Locator:
    """Finds the line of a key of the table in the TOML text; tomllib keeps
    no positions, so this reads the lines: good for the usual layout
    (``[tool.licang-check]`` then ``key = value``), 1:1 otherwise."""

    def __init__(self, text: str) -> None:
        # compiled here, not with the class: only a configuration file needs them
        self._header = re.compile(
            r'^\s*\[\s*tool\s*\.\s*(?:"licang-check"|licang-check)\s*\]\s*(#.*)?$'
        )
        self._any_header = re.compile(r"^\s*\[")
        self.lines = text.splitlines()
        self.header: int | None = next(
            (i for i, line in enumerate(self.lines) if self._header.match(line)), None
        )

    def __call__(self, key: str | None) -> tuple[int, int]:
        if self.header is None:
            return (1, 1)
        if key is None:
            return (self.header + 1, 1)
        pattern = re.compile(rf'^(\s*)(?:{re.escape(key)}|"{re.escape(key)}")\s*=')
        for i in range(self.header + 1, len(self.lines)):
            line = self.lines[i]
            if self._any_header.match(line):
                break
            m = pattern.match(line)
            if m:
                return (i + 1, len(m.group(1)) + 1)
        return (self.header + 1, 1)


Fail = Callable[[str | None, str], ConfigError]
"""Makes the error for a key of the table (None: the table itself)."""


def _paths(table: dict[str, Any], base: Path, cwd: Path, fail: Fail) -> list[str] | None:
    if "paths" not in table:
        return None
    value = table["paths"]
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(p, str) and p for p in value):
        raise fail("paths", t("config.paths_type"))
    if not value:
        raise fail("paths", t("config.paths_empty"))
    prefix = os.path.relpath(base, cwd) if base.resolve() != cwd.resolve() else ""
    return [p if os.path.isabs(p) or not prefix else os.path.join(prefix, p) for p in value]


def _rounding(table: dict[str, Any], fail: Fail) -> RoundingMode:
    value = table.get("rounding", RoundingMode.HALF_UP.value)
    try:
        return RoundingMode(value)
    except ValueError:
        modes = ", ".join(m.value for m in RoundingMode)
        raise fail("rounding", t("load.rounding", name=value, modes=modes)) from None


def _tolerance(table: dict[str, Any], fail: Fail) -> Fraction:
    if "tolerance" not in table:
        return Defaults().tolerance
    value = table["tolerance"]
    problem = t("config.tolerance")
    if not isinstance(value, str):
        raise fail("tolerance", problem)
    try:
        fig = parse_figure(value)
    except FigureError as e:
        raise fail("tolerance", t("load.detail", what="tolerance", detail=e)) from None
    if not fig.percent or fig.qualifiers or not 0 <= fig.value < 1:
        raise fail("tolerance", problem)
    return fig.value


def _format(table: dict[str, Any], fail: Fail) -> OutputFormat | None:
    if "format" not in table:
        return None
    value = table["format"]
    try:
        return OutputFormat(value)
    except ValueError:
        formats = ", ".join(f.value for f in OutputFormat)
        raise fail("format", t("config.format", value=value, formats=formats)) from None
