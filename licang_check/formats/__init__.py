"""Output formats of ``verify``: each a small class behind one interface,
chosen by :class:`OutputFormat`. Modules are imported only when used, so the
JSON path never pays for Rich."""

from __future__ import annotations

import enum
import importlib
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:  # the CLI imports this module on every start: keep it light
    from licang_check.run.results import FileReport, Summary

__all__ = ["Formatter", "OutputFormat", "get_formatter"]


class Formatter(Protocol):
    def render(
        self, reports: list[FileReport], summary: Summary, *, color: bool, show_all: bool = False
    ) -> str:
        """The whole report as text, ready for stdout or a file. ``show_all``
        (``--all``) lists consistent results where a format leaves them out
        by default (the table, SARIF, the HTML report's filter)."""
        ...


class OutputFormat(enum.StrEnum):
    TABLE = "table"
    JSON = "json"
    GITHUB = "github"
    SARIF = "sarif"
    JUNIT = "junit"
    HTML = "html"

    def __str__(self) -> str:
        return self.value


# format -> (module, class): kept as names so that importing this package is cheap.
FORMATTERS: dict[OutputFormat, tuple[str, str]] = {
    OutputFormat.TABLE: ("licang_check.formats.table", "TableFormatter"),
    OutputFormat.JSON: ("licang_check.formats.json", "JsonFormatter"),
    OutputFormat.GITHUB: ("licang_check.formats.github", "GithubFormatter"),
    OutputFormat.SARIF: ("licang_check.formats.sarif", "SarifFormatter"),
    OutputFormat.JUNIT: ("licang_check.formats.junit", "JunitFormatter"),
    OutputFormat.HTML: ("licang_check.formats.html", "HtmlFormatter"),
}


def get_formatter(fmt: OutputFormat) -> Formatter:
    module_name, class_name = FORMATTERS[fmt]
    cls = getattr(importlib.import_module(module_name), class_name)
    formatter: Formatter = cls()
    return formatter
