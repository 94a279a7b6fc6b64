"""``--format json``: the shape the claims format contract defines."""

from __future__ import annotations

import json
from typing import Any

from licang_check.results import FileReport, Result, Summary

__all__ = ["JsonFormatter", "report_dict", "result_dict"]


def result_dict(r: Result) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": r.id,
        "kind": r.kind.value,
        "verdict": r.verdict.value,
        "line": r.line,
        "column": r.column,
        "message": r.message,
        "printed": r.printed,
        "implied": r.implied,
        "modes": None if r.modes is None else [m.value for m in r.modes],
        "edge": r.edge,
    }
    if r.nearest:
        out["nearest"] = {role: list(values) for role, values in r.nearest}
    return out


def report_dict(reports: list[FileReport], summary: Summary) -> dict[str, Any]:
    return {
        "files": [
            {
                "path": rep.path,
                "results": [result_dict(r) for r in rep.results],
                "errors": [
                    {"line": e.line, "column": e.column, "message": e.message} for e in rep.errors
                ],
            }
            for rep in reports
        ],
        "summary": {
            "consistent": summary.consistent,
            "inconsistent": summary.inconsistent,
            "errors": summary.errors,
        },
    }


class JsonFormatter:
    def render(self, reports: list[FileReport], summary: Summary, *, color: bool) -> str:
        return json.dumps(report_dict(reports, summary), ensure_ascii=False, indent=2) + "\n"
