"""Reading ``sources:`` and a claim's ``source:`` from the composed YAML, with
the claims loader's reader (its errors, positions and path rules)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from licang_check._i18n.messages import t
from licang_check.figures.grammar import MULTIPLIERS
from licang_check.sources.model import SourceRef, SourceSpec
from licang_check.sources.readers import KINDS, kind_of
from licang_check.sources.tables import parse_a1

if TYPE_CHECKING:
    from licang_check.claims.load import Claim, ClaimsFile, _Reader

__all__ = [
    "MAX_SOURCES",
    "SOURCE_KEYS",
    "SPEC_KEYS",
    "look_up",
    "read_claim_source",
    "read_sources",
]

MAX_SOURCES = 100
"""Entries of ``sources:`` in one file."""
MAX_SOURCE_REFS = 20
"""Entries of one claim's ``source:`` list."""
MAX_QUERY_LENGTH = 4000
"""Characters in one query."""

SPEC_KEYS = {"path": True, "type": False, "sheet": False, "scale": False, "note": False}
SOURCE_KEYS = {
    "from": False,
    "cell": False,
    "row": False,
    "column": False,
    "quote": False,
    "claim": False,
    "expr": False,
    "query": False,
    "scale": False,
    "figure": False,
    "note": False,
}
_SCALES = frozenset(MULTIPLIERS) | {"%"}
_FIGURES = ("value", "growth")


def _scale(r: _Reader, node: yaml.Node, what: str, depth: int) -> str | None:
    text = r.text(node, what, depth)
    if text is None:
        return None
    if text not in _SCALES:
        choices = " ".join(sorted(_SCALES, key=lambda s: (len(s), s)))
        r.error(node, t("source.bad_scale", scale=text, choices=choices))
        return None
    return text


def read_sources(r: _Reader, node: yaml.Node, cf: ClaimsFile) -> None:
    from licang_check.claims.load import ID_PATTERN, _article_inside, _kind, _pos

    if not r.visit(node, 1):
        return
    if not isinstance(node, yaml.MappingNode):
        r.error(node, t("source.sources_not_mapping", kind=_kind(node)))
        return
    if len(node.value) > MAX_SOURCES:
        r.error(node, t("source.too_many_sources", n=MAX_SOURCES))
        return
    for knode, vnode in node.value:
        sid = r.text(knode, t("source.what_id"), 2)
        if sid is None:
            continue
        if not ID_PATTERN.fullmatch(sid):
            r.error(knode, t("source.id_pattern", id=sid))
            continue
        if sid in cf.sources:
            r.error(knode, t("source.duplicate", id=sid, line=cf.sources[sid].line))
            continue
        what = t("source.what", id=sid)
        if isinstance(vnode, yaml.ScalarNode):
            fields: dict[str, tuple[yaml.Node, yaml.Node]] | None = {"path": (knode, vnode)}
        else:
            fields = r.mapping(vnode, SPEC_KEYS, what, 2)
        if fields is None or "path" not in fields:
            continue
        pnode = fields["path"][1]
        rel = r.text(pnode, t("source.what_key", id=sid, key="path"), 3)
        if rel is None:
            continue
        kind = kind_of(rel)
        if "type" in fields:
            tnode = fields["type"][1]
            kind = r.text(tnode, t("source.what_key", id=sid, key="type"), 3)
            if kind is not None and kind not in KINDS:
                r.error(tnode, t("source.bad_type", type=kind, types=", ".join(KINDS)))
                continue
        if kind is None:
            r.error(pnode, t("source.unknown_type", path=rel, types=", ".join(KINDS)))
            continue
        ppos = _pos(pnode)
        spec = SourceSpec(sid, ppos.line, ppos.column, rel, cf.path.parent / rel, kind)
        if "sheet" in fields:
            snode = fields["sheet"][1]
            spec.sheet = r.text(snode, t("source.what_key", id=sid, key="sheet"), 3)
            if kind not in ("xlsx", "ods"):
                r.error(snode, t("source.sheet_not_workbook", id=sid, kind=kind))
        if "scale" in fields:
            spec.scale = (
                _scale(r, fields["scale"][1], t("source.what_key", id=sid, key="scale"), 3) or ""
            )
        where = t("source.what_path", id=sid, path=rel)
        spec.readable = _article_inside(r, pnode, cf.path.parent, rel, where)
        cf.sources[sid] = spec


def read_claim_source(r: _Reader, claim: Claim, node: yaml.Node, cf: ClaimsFile) -> None:
    if isinstance(node, yaml.SequenceNode):
        if not r.visit(node, 3):
            return
        if not node.value:
            r.error(node, t("source.empty_list", id=claim.id))
        if len(node.value) > MAX_SOURCE_REFS:
            r.error(node, t("source.too_many_refs", id=claim.id, n=MAX_SOURCE_REFS))
            return
        for item in node.value:
            _read_ref(r, claim, item, 4)
    else:
        _read_ref(r, claim, node, 3)


def _read_ref(r: _Reader, claim: Claim, node: yaml.Node, depth: int) -> None:
    from licang_check.claims.expr import ExprError, parse_source_expr
    from licang_check.claims.load import _expr_column, _pos, _What

    what = _What("what.claim_key", id=claim.id, key="source")
    m = r.mapping(node, SOURCE_KEYS, what, depth)
    if m is None:
        return
    pos = _pos(node)
    ref = SourceRef(pos.line, pos.column)
    ok = True
    texts: dict[str, str] = {}
    for key in SOURCE_KEYS:
        if key in m:
            vnode = m[key][1]
            vpos = _pos(vnode)
            ref.key_pos[key] = (vpos.line, vpos.column)
            if key == "scale":
                ref.scale = _scale(r, vnode, f"{what} scale", depth + 1)
                ok = ok and ref.scale is not None
                continue
            text = r.text(
                vnode, _What("what.claim_key", id=claim.id, key=f"source.{key}"), depth + 1
            )
            if text is None:
                ok = False
            else:
                texts[key] = text
    lookups = [k for k in ("cell", "row", "quote", "claim", "expr", "query") if k in m]
    if "column" in m and "row" not in m:
        r.error(m["column"][1], t("source.column_without_row", id=claim.id))
        return
    if "row" in m and "column" not in m:
        r.error(m["row"][1], t("source.row_without_column", id=claim.id))
        return
    if len(lookups) != 1:
        key = "source.no_lookup" if not lookups else "source.two_lookups"
        r.error(node, t(key, id=claim.id, keys=", ".join(lookups)))
        return
    if "from" not in m and lookups[0] != "expr":
        r.error(node, t("source.no_from", id=claim.id))
        return
    if not ok:
        return
    ref.source = texts.get("from")
    ref.note = texts.get("note")
    figure = texts.get("figure", "value")
    if figure not in _FIGURES:
        r.error(m["figure"][1], t("source.bad_figure_key", figure=figure))
        return
    if figure == "growth" and claim.growth is None:
        r.error(m["figure"][1], t("source.growth_without_growth", id=claim.id))
        return
    ref.figure = figure
    if "cell" in texts:
        if parse_a1(texts["cell"]) is None:
            r.error(m["cell"][1], t("source.bad_a1", cell=texts["cell"]))
            return
        ref.cell = texts["cell"].strip().upper()
    ref.row = texts.get("row")
    ref.column_label = texts.get("column")
    ref.quote = texts.get("quote")
    ref.claim = texts.get("claim")
    if "query" in texts:
        if len(texts["query"]) > MAX_QUERY_LENGTH:
            r.error(m["query"][1], t("source.query_too_long", n=MAX_QUERY_LENGTH))
            return
        ref.query = texts["query"]
    if "expr" in texts:
        enode = m["expr"][1]
        col0 = _expr_column(enode)
        try:
            ref.expr = parse_source_expr(texts["expr"])
        except ExprError as e:
            epos = _pos(enode)
            at = (epos.line, col0 + e.offset) if col0 is not None else (epos.line, epos.column)
            from licang_check.claims.load import Pos

            r.error(Pos(*at), t("load.detail", what=what, detail=e))
            return
        ref.expr_text = texts["expr"]
        ref.expr_column = col0
    claim.sources.append(ref)


def look_up(r: _Reader, cf: ClaimsFile) -> None:
    from licang_check.claims.load import Pos
    from licang_check.sources.lookup import Failure, Sources

    if r.errors:  # a file with errors is not checked: its sources are not read either
        return
    sources = Sources({sid: s for sid, s in cf.sources.items() if s.readable})
    reported: set[str] = set()
    for claim in cf.claims.values():
        for ref in claim.sources:
            try:
                ref.value = sources.resolve(ref)
            except Failure as f:
                if f.source is None:
                    r.error(Pos(f.line, f.column), f.message)
                elif f.source not in reported:
                    # a file that cannot be read: once, at the first claim that uses it
                    reported.add(f.source)
                    line, column = ref.at("from") if "from" in ref.key_pos else ref.at("")
                    r.error(Pos(line, column), f.message)


def source_path(cf: ClaimsFile, sid: str) -> Path | None:
    spec = cf.sources.get(sid)
    return spec.path if spec is not None else None
