"""``--format sarif``: a SARIF 2.1.0 log, for code scanning and SARIF viewers.

One run, with the tool ``licang-check`` at this version, one rule per check
kind (``quote``, ``growth``, ``share``, ``expr``) and a rule ``error`` for a
file that could not be checked. Every result is in the log, at its line and
column of the claims file:

- inconsistent: ``kind`` ``fail``, ``level`` ``error``;
- consistent: ``kind`` ``pass``, ``level`` ``none`` (SARIF requires ``none``
  for any result that is not a failure: it records that the check ran and
  held, not a finding of low severity, which ``note`` would claim);
- a file error: rule ``error``, ``kind`` ``fail``, ``level`` ``error``.

Columns count Unicode code points (``columnKind``), as YAML does.

Rule ids and names, ``kind``, ``level`` and the properties are for tools and
stay English; the rules' descriptions and the messages follow ``--lang`` (a
Chinese log says so: the run's ``language`` is ``zh-CN``; English, SARIF's
default, leaves it out).
"""

from __future__ import annotations

import json
import os
from typing import Any
from urllib.parse import quote

from licang_check import __version__
from licang_check._i18n.messages import language, t
from licang_check.claims.diagnostics import Diagnostic
from licang_check.kinds import KINDS
from licang_check.run.results import FileReport, Result, Summary

__all__ = ["ERROR_RULE", "RULES", "SARIF_SCHEMA", "SarifFormatter", "sarif_log"]

SARIF_SCHEMA = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
ERROR_RULE = "error"

# rule id -> name; its short and full descriptions are the catalogue's
# sarif.<id>.short and sarif.<id>.full
RULES: dict[str, str] = {
    **{kind.value: k.sarif_name for kind, k in KINDS.items()},
    ERROR_RULE: "ClaimsFileError",
}
_RULE_INDEX = {rule_id: i for i, rule_id in enumerate(RULES)}


def _uri(path: str) -> str:
    """The path as given, as a URI reference (relative stays relative)."""
    return quote(path.replace(os.sep, "/"), safe="/")


def _location(path: str, line: int, column: int) -> list[dict[str, Any]]:
    return [
        {
            "physicalLocation": {
                "artifactLocation": {"uri": _uri(path)},
                "region": {"startLine": max(line, 1), "startColumn": max(column, 1)},
            }
        }
    ]


def _result(path: str, r: Result) -> dict[str, Any]:
    rule = r.kind.value
    return {
        "ruleId": rule,
        "ruleIndex": _RULE_INDEX[rule],
        "kind": "pass" if r.consistent else "fail",
        "level": "none" if r.consistent else "error",
        "message": {"text": f"{r.id}: {r.message}"},
        "locations": _location(path, r.line, r.column),
        "properties": {
            "id": r.id,
            "verdict": r.verdict.value,
            "printed": r.printed,
            "implied": r.implied,
            "modes": None if r.modes is None else [m.value for m in r.modes],
            "edge": r.edge,
        },
    }


def _error(path: str, d: Diagnostic) -> dict[str, Any]:
    return {
        "ruleId": ERROR_RULE,
        "ruleIndex": _RULE_INDEX[ERROR_RULE],
        "kind": "fail",
        "level": "error",
        "message": {"text": d.message},
        "locations": _location(path, d.line, d.column),
    }


def sarif_log(reports: list[FileReport], *, version: str = __version__) -> dict[str, Any]:
    rules = [
        {
            "id": rule_id,
            "name": name,
            "shortDescription": {"text": t(f"sarif.{rule_id}.short")},
            "fullDescription": {"text": t(f"sarif.{rule_id}.full")},
            "defaultConfiguration": {"level": "error"},
        }
        for rule_id, name in RULES.items()
    ]
    results: list[dict[str, Any]] = []
    for rep in reports:
        results.extend(_error(rep.path, d) for d in rep.errors)
        results.extend(_result(rep.path, r) for r in rep.results)
    run: dict[str, Any] = {
        "tool": {"driver": {"name": "licang-check", "version": version, "rules": rules}},
    }
    if language() == "zh":
        run["language"] = "zh-CN"
    run |= {"columnKind": "unicodeCodePoints", "results": results}
    return {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}


class SarifFormatter:
    def render(self, reports: list[FileReport], summary: Summary, *, color: bool) -> str:
        return json.dumps(sarif_log(reports), ensure_ascii=False, indent=2) + "\n"
