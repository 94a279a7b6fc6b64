"""Rendering ``extract``: a draft claims file (YAML), or the spans as JSON.

The YAML is written by hand, every string double-quoted, so that no YAML
reader turns a printed ``39.90`` into the float 39.9 or ``2700`` into an int.
Its comments follow ``--lang``; its keys are the format's, English.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Sequence
from typing import Any

from licang_check._i18n.messages import t
from licang_check.draft.extract import DraftClaim, Extracted
from licang_check.draft.proposals import Proposal

__all__ = ["comment_text", "render_json", "render_yaml", "yaml_string"]

# What YAML may hold unescaped in a double-quoted scalar (its printable set,
# less the line breaks it would fold and the byte-order mark).
_PLAIN = re.compile(
    r"[\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]"
)


def yaml_string(text: str) -> str:
    """``text`` as a YAML double-quoted scalar that reads back as exactly ``text``."""
    out = []
    for ch in text:
        if ch in '"\\':
            out.append("\\" + ch)
        elif _PLAIN.fullmatch(ch):
            out.append(ch)
        elif ord(ch) <= 0xFF:
            out.append(f"\\x{ord(ch):02x}")
        elif ord(ch) <= 0xFFFF:
            out.append(f"\\u{ord(ch):04x}")
        else:  # pragma: no cover - astral characters are printable
            out.append(f"\\U{ord(ch):08x}")
    return '"' + "".join(out) + '"'


def comment_text(text: str) -> str:
    """``text`` for a YAML comment: what YAML may not hold there (control
    characters, line breaks) escaped as in a double-quoted scalar."""
    return "".join(ch if _PLAIN.fullmatch(ch) else yaml_string(ch)[1:-1] for ch in text)


def render_yaml(
    claims: list[DraftClaim],
    left_out: list[Extracted],
    *,
    title: str,
    text_path: str,
    text_reachable: bool = True,
    metadata: Sequence[tuple[str, str]] = (),
    schema: str | None = None,
    command: str = "extract",
    proposals: Sequence[Proposal] = (),
) -> str:
    """A claims file (format version 1) with one claim per figure and no checks.

    ``text_path`` is the article relative to the draft; when it is not in or
    below the draft's folder (``text_reachable`` false) ``verify`` would
    refuse it, so it is written as a comment. ``metadata`` are more keys of
    ``article`` (``source``, ``published``, ``url``) in order; ``schema``, the
    path of ``claims.schema.json`` for a yaml-language-server first line."""
    lines = [f"# yaml-language-server: $schema={schema}"] if schema else []
    lines += [f"# {line}" for line in t("draft.header", command=command).split("\n")]
    if left_out:
        lines.append("#")
        lines.append(f"# {t('draft.left_out')}")
        for kind in ("date", "name"):
            found = list(dict.fromkeys(comment_text(e.text) for e in left_out if e.kind == kind))
            if found:
                lines += _wrapped(f"#   {t(f'draft.{kind}s')}", "#     ", ", ".join(found))
    lines += [
        "",
        "version: 1",
        "article:",
        f"  title: {yaml_string(title)}",
    ]
    lines += [f"  {key}: {yaml_string(value)}" for key, value in metadata]
    if text_reachable:
        lines.append(f"  text: {yaml_string(text_path)}")
    else:
        lines.append(f"  # text: {yaml_string(text_path)}")
        lines.append(f"  # {t('draft.unreachable')}")
    if not claims:
        lines += [f"claims: {{}}  # {t('draft.no_claims')}"]
        return "\n".join(lines) + "\n"
    lines.append("claims:")
    for c in claims:
        lines.append(f"  {c.id}:")
        if len(c.occurrences) == 1:
            e = c.occurrences[0]
            lines.append(f"    quote: {yaml_string(e.quote)}  # {t('draft.line', line=e.line)}")
        else:
            lines.append("    quote:")
            lines += [
                f"      - {yaml_string(e.quote)}  # {t('draft.line', line=e.line)}"
                for e in c.occurrences
            ]
        lines.append(f"    value: {yaml_string(c.value)}")
        if c.unit:
            lines.append(f"    unit: {yaml_string(c.unit)}")
        if c.count:
            lines.append("    count: true")
        if c.growth:
            lines.append(f"    growth: {yaml_string(c.growth)}")
            if c.real:
                lines.append("    real: true")
        if c.note:
            lines.append(f"    note: {yaml_string(c.note)}")
    if proposals:
        lines.append("")
        lines += [f"# {line}" for line in t("draft.proposals").split("\n")]
        lines.append("checks:")
        for p in proposals:
            lines.append(f"  - id: {p.id}")
            lines.append(f"    says: {yaml_string(p.says)}")
            lines.append(f"    expr: {yaml_string(p.expr)}")
    return "\n".join(lines) + "\n"


def _wrapped(first: str, rest: str, text: str, width: int = 79) -> list[str]:
    """``text`` wrapped at spaces to ``width`` columns (a CJK character is two)."""
    out: list[str] = []
    line = first
    for word in text.split(" "):
        if _columns(line + word) > width and line.strip("# "):
            out.append(line.rstrip())
            line = rest
        line += word + " "
    out.append(line.rstrip())
    return out


def _columns(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def extracted_dict(e: Extracted, claim_id: str | None) -> dict[str, Any]:
    d: dict[str, Any] = {
        "text": e.text,
        "value": e.value,
        "unit": e.unit,
        "kind": e.kind,
        "quote": e.quote,
        "start": e.start,
        "end": e.end,
        "line": e.line,
    }
    if e.kind == "figure":
        d["amount"] = e.amount
        d["id"] = claim_id
        d["count"] = e.count
        d["growth"] = e.growth
        if e.growth is not None:
            d["growth_start"], d["growth_end"] = e.growth_start, e.growth_end
            d["growth_amount"] = e.growth_amount
            d["real"] = e.real
        if e.change is not None:
            d["change"] = e.change
            d["real"] = e.real
        if e.ratio:
            d["ratio"] = True
        if e.modifies is not None:
            d["modifies"] = e.modifies
        if e.note is not None:
            d["note"] = e.note
    return d


def render_json(items: list[Extracted], claims: list[DraftClaim]) -> str:
    """Every span, in text order: ``{text, value, unit, kind, quote, start, end, …}``."""
    ids = {e.start: c.id for c in claims for e in c.occurrences}
    data = [extracted_dict(e, ids.get(e.start)) for e in items]
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
