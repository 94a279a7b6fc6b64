"""``--format sarif``: a SARIF 2.1.0 log, for code scanning and SARIF viewers.

One run, with the tool ``licang-check`` at this version, one rule per check
kind (``quote``, ``growth``, ``share``, ``expr``), a rule ``error`` for a
file that could not be checked and a rule ``accept`` for an ``accept:`` note
that has outlived its reason. Findings are in the log, as ruff writes them,
at their line and column of the claims file:

- inconsistent: ``kind`` ``fail``, ``level`` ``error``; accepted by an
  ``accept:`` note, the same with a ``suppressions`` entry (``inSource``,
  the note's reason as its ``justification``), which code scanning shows as
  dismissed;
- a file error: rule ``error``, ``kind`` ``fail``, ``level`` ``error``;
- an outlived ``accept:`` note: rule ``accept``, ``level`` ``warning``.

Consistent results are left out unless asked for (``--all``): then each is
``kind`` ``pass``, ``level`` ``none`` (SARIF requires ``none`` for any
result that is not a failure).

Artifact URIs are relative to the repository root, so that code scanning
matches them to its files wherever licang-check ran: the nearest folder at
or above the current one that holds ``.git``, else the current folder. A
file outside that root gets an absolute ``file:`` URI. Columns count Unicode
code points (``columnKind``), as YAML does.

Rule ids and names, ``kind``, ``level`` and the properties are for tools and
stay English; the rules' descriptions and the messages follow ``--lang`` (a
Chinese log says so: the run's ``language`` is ``zh-CN``; English, SARIF's
default, leaves it out).

A log of 30,000 claims holds 60,000 results: each is written on its own by
the json module's C encoder (``indent`` would send the whole log through the
pure-Python one, at ten times the time and memory).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from licang_check import __version__
from licang_check._i18n.messages import language, t
from licang_check.claims.diagnostics import Diagnostic
from licang_check.kinds import KINDS
from licang_check.run.results import FileReport, Result, Summary

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = [
    "ACCEPT_RULE",
    "ERROR_RULE",
    "RULES",
    "SARIF_SCHEMA",
    "SarifFormatter",
    "repository_root",
    "sarif_log",
]

SARIF_SCHEMA = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
ERROR_RULE = "error"
ACCEPT_RULE = "accept"

# rule id -> name; its short and full descriptions are the catalogue's
# sarif.<id>.short and sarif.<id>.full
RULES: dict[str, str] = {
    **{kind.value: k.sarif_name for kind, k in KINDS.items()},
    ERROR_RULE: "ClaimsFileError",
    ACCEPT_RULE: "AcceptOutlived",
}
_RULE_INDEX = {rule_id: i for i, rule_id in enumerate(RULES)}


def repository_root(cwd: Path | None = None) -> Path:
    """The folder artifact URIs are relative to: the nearest at or above
    ``cwd`` (default: the current folder) that holds ``.git`` (a folder, or a
    file in a worktree or submodule), else ``cwd`` itself."""
    here = (cwd or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / ".git").exists():
            return folder
    return here


def _uri(path: str, root: Path) -> str:
    """``path`` as a URI reference relative to ``root`` (absolute ``file:``
    outside it)."""
    full = Path(os.path.abspath(path))
    try:
        rel = full.relative_to(root)
    except ValueError:
        return full.as_uri()
    return quote(rel.as_posix(), safe="/")


def _location(uri: str, line: int, column: int) -> list[dict[str, Any]]:
    return [
        {
            "physicalLocation": {
                "artifactLocation": {"uri": uri},
                "region": {"startLine": max(line, 1), "startColumn": max(column, 1)},
            }
        }
    ]


def _result(uri: str, r: Result) -> dict[str, Any]:
    if r.stale:
        return {
            "ruleId": ACCEPT_RULE,
            "ruleIndex": _RULE_INDEX[ACCEPT_RULE],
            "kind": "fail",
            "level": "warning",
            "message": {"text": f"{r.id}: {t('github.stale', reason=r.accept)}"},
            "locations": _location(uri, r.line, r.column),
            "properties": {"id": r.id, "check": r.kind.value, "accept": r.accept},
        }
    rule = r.kind.value
    out: dict[str, Any] = {
        "ruleId": rule,
        "ruleIndex": _RULE_INDEX[rule],
        "kind": "pass" if r.consistent else "fail",
        "level": "none" if r.consistent else "error",
        "message": {"text": f"{r.id}: {r.message}"},
        "locations": _location(uri, r.line, r.column),
    }
    if r.accepted:
        out["suppressions"] = [{"kind": "inSource", "justification": r.accept}]
    out["properties"] = {
        "id": r.id,
        "verdict": r.verdict.value,
        "printed": r.printed,
        "implied": r.implied,
        "modes": None if r.modes is None else [m.value for m in r.modes],
        "edge": r.edge,
    }
    return out


def _error(uri: str, d: Diagnostic) -> dict[str, Any]:
    return {
        "ruleId": ERROR_RULE,
        "ruleIndex": _RULE_INDEX[ERROR_RULE],
        "kind": "fail",
        "level": "error",
        "message": {"text": d.message},
        "locations": _location(uri, d.line, d.column),
    }


def _results(reports: list[FileReport], *, show_all: bool, root: Path) -> Iterator[dict[str, Any]]:
    for rep in reports:
        uri = _uri(rep.path, root)  # once per file, not per result
        for d in rep.errors:
            yield _error(uri, d)
        for r in rep.results:
            if show_all or not r.consistent or r.stale:
                yield _result(uri, r)


def _run(version: str) -> dict[str, Any]:
    """The run, its results aside."""
    rules = [
        {
            "id": rule_id,
            "name": name,
            "shortDescription": {"text": t(f"sarif.{rule_id}.short")},
            "fullDescription": {"text": t(f"sarif.{rule_id}.full")},
            "defaultConfiguration": {"level": "warning" if rule_id == ACCEPT_RULE else "error"},
        }
        for rule_id, name in RULES.items()
    ]
    run: dict[str, Any] = {
        "tool": {"driver": {"name": "licang-check", "version": version, "rules": rules}},
    }
    if language() == "zh":
        run["language"] = "zh-CN"
    run["columnKind"] = "unicodeCodePoints"
    return run


def sarif_log(
    reports: list[FileReport],
    *,
    version: str = __version__,
    show_all: bool = False,
    root: Path | None = None,
) -> dict[str, Any]:
    """The log as a dict (what :class:`SarifFormatter` writes, as JSON)."""
    run = _run(version)
    run["results"] = list(_results(reports, show_all=show_all, root=root or repository_root()))
    return {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}


_RESULTS_AT = '"results": []'


class SarifFormatter:
    def render(
        self, reports: list[FileReport], summary: Summary, *, color: bool, show_all: bool = False
    ) -> str:
        """The log of :func:`sarif_log`, the run's header indented and each
        result on a line of its own."""
        run = _run(__version__)
        run["results"] = []
        log = {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}
        head = json.dumps(log, ensure_ascii=False, indent=2)
        before, after = head.rsplit(_RESULTS_AT, 1)
        dumps = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": ")).encode
        results = _results(reports, show_all=show_all, root=repository_root())
        parts = [before, '"results": [']
        first = True
        for result in results:
            parts.append("\n        " if first else ",\n        ")
            parts.append(dumps(result))
            first = False
        parts.append("\n      ]" if not first else "]")
        parts.append(after)
        parts.append("\n")
        return "".join(parts)
