"""``--format json``: the shape the claims format contract defines."""

from __future__ import annotations

import functools
from collections.abc import Iterator

try:  # CPython's C string escaper, which json.encoder re-exports, without
    # importing the json package around it
    from _json import encode_basestring as _string
except ImportError:  # pragma: no cover - another Python
    from json.encoder import encode_basestring as _string
from typing import TYPE_CHECKING, Any

from licang_check.run.results import FileReport, Result, Summary

if TYPE_CHECKING:
    from licang_check.numeric.rounding import RoundingMode

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
    if r.on:
        out["on"] = r.on
    if r.accept is not None:
        out["accepted"] = r.accept
    return out


def report_dict(reports: list[FileReport], summary: Summary) -> dict[str, Any]:
    return {
        "files": [
            {
                "path": rep.path,
                "results": [result_dict(r) for r in rep.results],
                "errors": report_errors(rep),
            }
            for rep in reports
        ],
        "summary": summary_dict(summary),
    }


def summary_dict(summary: Summary) -> dict[str, int]:
    """The contract's counts; ``accepted`` and ``stale`` only where a file
    has ``accept:`` notes (``inconsistent`` leaves the accepted out)."""
    out = {
        "consistent": summary.consistent,
        "inconsistent": summary.inconsistent,
        "errors": summary.errors,
    }
    if summary.accepted or summary.stale:
        out |= {"accepted": summary.accepted, "stale": summary.stale}
    return out


class JsonFormatter:
    """The document ``json.dumps(report_dict(...), ensure_ascii=False,
    indent=2)`` gives, byte for byte, written out here instead of through the
    json module's pure-Python encoder, which ``indent`` falls back to (a test
    holds the two to the same text)."""

    def render(
        self, reports: list[FileReport], summary: Summary, *, color: bool, show_all: bool = False
    ) -> str:
        return "".join(self.pieces(reports, summary))

    def pieces(
        self,
        reports: list[FileReport],
        summary: Summary,
        *,
        color: bool = False,
        show_all: bool = False,
    ) -> Iterator[str]:
        """The document :meth:`render` gives, in pieces of at most
        :data:`_BATCH` results each, to be written as they come: the whole
        document (and its UTF-8 copy) is never held at once."""
        yield '{\n  "files": '
        if not reports:
            yield "[]"
        for i, rep in enumerate(reports):
            head = "[\n    {\n" if i == 0 else ",\n    {\n"
            yield f'{head}      "path": {_string(rep.path)},\n      "results": '
            results = rep.results
            if results:
                yield "[\n"
                for k in range(0, len(results), _BATCH):
                    batch = ",\n".join(map(_result, results[k : k + _BATCH]))
                    yield f",\n{batch}" if k else batch
                yield "\n      ]"
            else:
                yield "[]"
            errors = _indented(report_errors(rep), "      ")
            yield f',\n      "errors": {errors}\n    }}'
        if reports:
            yield "\n  ]"
        summary_text = _indented(summary_dict(summary), "  ")
        yield f',\n  "summary": {summary_text}\n}}\n'


_BATCH = 512
"""Results per piece of :meth:`JsonFormatter.pieces` (~40 KB of text)."""


def report_errors(rep: FileReport) -> list[dict[str, Any]]:
    return [{"line": e.line, "column": e.column, "message": e.message} for e in rep.errors]


_LITERALS = {True: "true", False: "false", None: "null"}


_P = "          "
"""A result's fields' indent."""


@functools.cache
def _modes(modes: tuple[RoundingMode, ...] | None) -> str:
    """A result's ``modes`` as written (a handful of distinct values per run)."""
    return _indented(None if modes is None else [m.value for m in modes], _P)


def _result(r: Result) -> str:
    """One result at its depth in the document (the fields of result_dict).
    (The enums are ``StrEnum``s: their text is their value.)"""
    p = _P
    text = (
        f"        {{\n"
        f'{p}"id": {_string(r.id)},\n'
        f'{p}"kind": {_string(r.kind)},\n'
        f'{p}"verdict": {_string(r.verdict)},\n'
        f'{p}"line": {int(r.line)},\n'
        f'{p}"column": {int(r.column)},\n'
        f'{p}"message": {_string(r.message)},\n'
        f'{p}"printed": {_string(r.printed)},\n'
        f'{p}"implied": {_string(r.implied)},\n'
        f'{p}"modes": {_modes(r.modes)},\n'
        f'{p}"edge": {_LITERALS[bool(r.edge)]}'
    )
    if r.nearest:
        nearest = {role: list(values) for role, values in r.nearest}
        text += f',\n{p}"nearest": {_indented(nearest, p)}'
    if r.on:
        text += f',\n{p}"on": {_string(r.on)}'
    if r.accept is not None:
        text += f',\n{p}"accepted": {_string(r.accept)}'
    return text + "\n        }"


def _indented(value: Any, indent: str) -> str:
    """A small value as ``json.dumps(indent=2)`` writes it at ``indent``."""
    if isinstance(value, str):
        return _string(value)
    if value is None or isinstance(value, bool):
        return _LITERALS[value]
    if isinstance(value, int):
        return str(int(value))
    inner = indent + "  "
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = [f"{inner}{_string(k)}: {_indented(v, inner)}" for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + indent + "}"
    if isinstance(value, list):
        if not value:
            return "[]"
        return "[\n" + ",\n".join(inner + _indented(v, inner) for v in value) + "\n" + indent + "]"
    raise TypeError(f"not a JSON value here: {type(value).__name__}")
