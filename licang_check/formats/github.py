"""``--format github``: GitHub Actions workflow commands, one per problem.

Each inconsistent result and each error becomes one line

    ::error file=PATH,line=N,col=C,title=TITLE::MESSAGE

which a GitHub Actions run shows as an annotation on that line of the pull
request. Consistent results produce nothing, and neither do findings an
``accept:`` note accepts; an ``accept:`` note whose result is now consistent
is a ``::warning`` (the note has outlived its reason). Values are escaped as the Actions
runner expects: ``%``, CR and LF everywhere, and also ``:`` and ``,`` inside
the properties. Before that, what comes from the repository (a file name a
glob found, a message quoting the file) is made printable
(:func:`~licang_check.claims.diagnostics.printable`, but for CR and LF): no
escape sequence, line separator or invisible character reaches the log.
"""

from __future__ import annotations

from licang_check._i18n.messages import t
from licang_check.claims.diagnostics import printable
from licang_check.run.results import FileReport, Summary

__all__ = ["GithubFormatter", "escape_data", "escape_property", "workflow_command"]


def escape_data(text: str) -> str:
    """Escape the message of a workflow command."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a property value (``file=``, ``title=``) of a workflow command."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def workflow_command(
    command: str, message: str, *, file: str, line: int, col: int, title: str
) -> str:
    properties = (("file", file), ("line", str(line)), ("col", str(col)), ("title", title))
    props = ",".join(f"{name}={escape_property(_printable(value))}" for name, value in properties)
    return f"::{command} {props}::{escape_data(_printable(message))}"


def _printable(text: str) -> str:
    """``printable(text)``, but for CR and LF, which the runner's own escapes
    (``%0D``, ``%0A``) carry through to the annotation."""
    return "\r".join("\n".join(map(printable, p.split("\n"))) for p in text.split("\r"))


class GithubFormatter:
    def render(
        self, reports: list[FileReport], summary: Summary, *, color: bool, show_all: bool = False
    ) -> str:
        lines: list[str] = []
        for rep in reports:
            for err in rep.errors:
                lines.append(
                    workflow_command(
                        "error",
                        err.message,
                        file=rep.path,
                        line=err.line,
                        col=err.column,
                        title=t("github.cannot_check"),
                    )
                )
            for r in rep.results:
                if r.stale:
                    lines.append(
                        workflow_command(
                            "warning",
                            t("github.stale", reason=r.accept),
                            file=rep.path,
                            line=r.line,
                            col=r.column,
                            title=t("github.stale_title", kind=t(f"kind.{r.kind.value}"), id=r.id),
                        )
                    )
                if not r.failed:
                    continue
                lines.append(
                    workflow_command(
                        "error",
                        r.message,
                        file=rep.path,
                        line=r.line,
                        col=r.column,
                        title=t("github.title", kind=t(f"kind.{r.kind.value}"), id=r.id),
                    )
                )
        return "".join(line + "\n" for line in lines)
