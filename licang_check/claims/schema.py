"""The JSON Schema (draft-07) of claims files, format version 1, for editors.

Built from the loader's own definitions, so that the two cannot drift: the
keys and which are required (``TOP_KEYS``, ``ARTICLE_KEYS``, ``CLAIM_KEYS``,
``CHECK_KEYS`` in :mod:`licang_check.claims.load`), ``ID_PATTERN``, the reserved
ids, the limits, the rounding modes, and a pattern for printed figures made
of the figure grammar's pieces (:mod:`licang_check.figures.grammar`: the
qualifiers, the multipliers, the Chinese numerals, the full-width forms the
parser reads). ``claims.schema.json`` at the top of the repository is this
module's output; a test regenerates it and compares.

The schema describes what a YAML 1.2 reader (yaml-language-server) sees:
``value: 149`` is a number there, ``published: 2023-01-13`` a string. It
is meant never to flag a file that ``verify`` loads, so it is looser than
the loader wherever a JSON Schema cannot say more: it knows nothing of the
article, the arithmetic, the expression language or which ids exist, and
its figure pattern accepts some malformed figures (``百千``, ``1余多``,
ranges with a qualifier) that the parser refuses. It is stricter in one
corner: an id written ``true`` or ``false`` (``of: true``) is a boolean to
YAML 1.2 and flagged, though the loader would take it as the text. Digits
are ASCII or full-width in the pattern as in the parser, which refuses
digits of other scripts (``٣``, ``३``).
"""

from __future__ import annotations

import json
from typing import Any

from licang_check._i18n.messages import both
from licang_check.claims.extensions import CHANGE_KEYS
from licang_check.claims.load import (
    ARTICLE_KEYS,
    CHECK_KEYS,
    CLAIM_KEYS,
    ID_PATTERN,
    MAX_CHECKS,
    MAX_CLAIMS,
    MAX_QUOTE_LENGTH,
    RESERVED_IDS,
    TOP_KEYS,
    accept_kinds,
)
from licang_check.figures.grammar import (
    ENGLISH_MULTIPLIERS,
    MAX_FIGURE_LENGTH,
    MULTIPLIERS,
    POINTS_MARKERS,
    RATE_MARKERS,
    TIMES_MARKERS,
    normalize_digits,
)
from licang_check.figures.numerals import NUMERAL_CHARS
from licang_check.figures.qualifiers import AFTER, BEFORE, CONVERTED, INSIDE, words
from licang_check.numeric.rounding import RoundingMode

__all__ = [
    "ARTICLE_PATH_PATTERN",
    "COMPARISON_PATTERN",
    "DATE_PATTERN",
    "FIGURE_PATTERN",
    "ID_SCHEMA_PATTERN",
    "PERCENT_PATTERN",
    "TOLERANCE_PATTERN",
    "claims_schema",
    "schema_json",
]

Schema = dict[str, Any]

DRAFT = "http://json-schema.org/draft-07/schema#"

# -- patterns ---------------------------------------------------------------------
# Written in the common ground of Python's re (jsonschema) and JavaScript's
# RegExp (editors): literal characters, classes, (?:...), anchors, \s.


def _escape(ch: str) -> str:
    return "\\" + ch if ch in "\\]^-[.*+?(){}|$/" else ch


def _class(chars: set[str], extra: str = "") -> str:
    """A character class of ``chars`` (and ``extra``), runs of code points as ranges."""
    codes = sorted(ord(c) for c in chars)
    parts: list[str] = []
    i = 0
    while i < len(codes):
        j = i
        while j + 1 < len(codes) and codes[j + 1] == codes[j] + 1:
            j += 1
        first, last = chr(codes[i]), chr(codes[j])
        if j - i >= 2:
            parts.append(f"{_escape(first)}-{_escape(last)}")
        else:
            parts.extend(_escape(chr(c)) for c in codes[i : j + 1])
        i = j + 1
    return "[" + extra + "".join(parts) + "]"


def _alternatives(words: tuple[str, ...] | list[str]) -> str:
    return "(?:" + "|".join(sorted(words, key=lambda w: (-len(w), w))) + ")"


_BMP = "".join(chr(i) for i in range(0x10000) if not 0xD800 <= i <= 0xDFFF)
_NORMALIZED = {c: n for c, n in zip(_BMP, normalize_digits(_BMP), strict=True) if c != n}
"""Every character the figure parser turns into another before reading (full-width
digits, points, commas, percent, signs and dashes, traditional characters,
capitals), and what it turns it into."""


def _read_as(chars: str | frozenset[str] | set[str]) -> set[str]:
    """The characters the figure parser reads as one of ``chars``: the
    characters themselves and the forms it folds into them (``normalize_digits``)."""
    return set(chars) | {c for c, n in _NORMALIZED.items() if n in chars}


def _spelled(word: str) -> str:
    """``word`` as the parser reads it: each character or a form that folds to
    it (億 for 亿, B for b); a space as any whitespace."""
    out = []
    for ch in word:
        forms = _read_as(ch)
        out.append(r"\s+" if ch == " " else _class(forms) if len(forms) > 1 else _escape(ch))
    return "".join(out)


def _words(words: tuple[str, ...] | list[str]) -> str:
    return "(?:" + "|".join(_spelled(w) for w in sorted(words, key=lambda w: (-len(w), w))) + ")"


# Only the digits the format documents: ASCII and full-width (the parser refuses
# other scripts' digits, ١٤٩ or ३, with a message).
_DIGIT = _class(_read_as("0123456789"))
_COMMA = _class(_read_as(","))
_POINT = _class(_read_as("."))
_SIGN = _class(_read_as("-+"))
_CHN = _class(_read_as(NUMERAL_CHARS))
_ARABIC = f"(?:{_DIGIT}{{1,3}}(?:{_COMMA}{_DIGIT}{{3}})+|{_DIGIT}+)(?:{_POINT}{_DIGIT}+)?"
_CHINESE = f"{_CHN}+(?:{_class(_read_as('.点'))}{_CHN}+)?"
_NUMBER = f"(?:{_ARABIC}|{_CHINESE}|半)"
_PRE = _words(words(BEFORE)) + "?"
_POST = _words(words(AFTER)) + "?"
_INFIX = _words(INSIDE) + "?"  # also after the number (一百余万)
_MULT = _words([*MULTIPLIERS, *ENGLISH_MULTIPLIERS]) + "?"
_HALF = f"(?:{_class(_read_as('个年月天日周岁'))}?半)?"
_DEN = f"(?:{_CHN}+|{_DIGIT}+)分之"
_RATE = _words(list(RATE_MARKERS))
_ANY_MARKER = _words([*RATE_MARKERS, *POINTS_MARKERS, *TIMES_MARKERS])
_RANGE_SEP = rf"\s*(?:至|到|{_class(_read_as('~-'))})\s*"


def _anchored(body: str) -> str:
    return rf"^\s*{body}\s*$"


def _core(marker: str) -> str:
    """A number with what may follow it, no qualifiers: ``marker`` after it."""
    return (
        f"{_SIGN}?(?:{_DEN}{_NUMBER}{_INFIX}"
        rf"|{_NUMBER}{_HALF}{_INFIX}\s*{_MULT}\s*{marker}半?)"
    )


_ANY = _core(f"{_ANY_MARKER}?")
_TENTHS = "[一二三四五六七八九]成[一二三四五六七八九]"
"""``四成六``: 46%."""
_RATIO = f"(?:{_SIGN}?{_DEN}{_NUMBER}{_INFIX}|{_core(_RATE)}|{_TENTHS})"
_DOUBLING = f"翻了?(?:{_CHN}|{_DIGIT}+)番"

FIGURE_PATTERN = _anchored(
    rf"(?:{_PRE}\s*(?:{_ANY}|{_DOUBLING}|{_TENTHS})\s*{_POST}|{_ANY}{_RANGE_SEP}{_ANY})"
)
"""Every printed figure (``[qualifier] number [multiplier] [marker] [qualifier]``,
a range, 翻…番)."""
PERCENT_PATTERN = _anchored(
    rf"(?:{_PRE}\s*{_RATIO}\s*{_POST}|{_core(f'{_RATE}?')}{_RANGE_SEP}{_RATIO})"
)
"""A printed ratio (``273%``, ``-3.5%``, ``30%左右``, ``百分之三十``, ``七成``,
``三分之一``, ``3%-5%``): a growth."""
TOLERANCE_PATTERN = _anchored(rf"(?:{_RATIO}|{_core(f'{_RATE}?')}{_RANGE_SEP}{_RATIO})")
"""A ratio with no qualifier: a tolerance."""
ID_SCHEMA_PATTERN = f"^(?:{ID_PATTERN.pattern})$"
DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
ARTICLE_PATH_PATTERN = r"^(?!/)(?!.*(?:^|/)\.(?!\.?(?:/|$)))[^\x00-\x1f\x7f]*$"
"""``article.text``: relative, no hidden file or folder in it (``.git/config``),
no control character (docs/security.md); ``.`` and ``..`` are not hidden."""
COMPARISON_PATTERN = "[<>]|[=!]="
"""An expression holds one comparison: ``== != < <= > >=``."""

# -- the parts --------------------------------------------------------------------

_SCALAR: Schema = {"type": ["string", "number", "boolean"]}
"""Free text: the loader reads any scalar as the text it is written as
(``unit: 100`` is the text 100), only an empty one is an error."""


def _described(key: str, schema: Schema) -> Schema:
    return {"description": both(f"schema.{key}"), **schema}


def _figure(pattern: str) -> Schema:
    return {"type": "string", "pattern": pattern, "maxLength": MAX_FIGURE_LENGTH}


_ID: Schema = {"type": "string", "pattern": ID_SCHEMA_PATTERN}


_PERCENTAGE: Schema = {"$ref": "#/definitions/percentage"}
_EXTENDED_VALUE: Schema = {
    "type": "string",
    "pattern": r"[:：]|倍\s*$|^\s*(?:" + "|".join(CONVERTED) + ")",
    "maxLength": MAX_FIGURE_LENGTH,
}
_EXTENDED_GROWTH: Schema = {
    "type": "string",
    "pattern": r"倍\s*$|番\s*$|^\s*[^\d\s+\-.,]",
    "maxLength": MAX_FIGURE_LENGTH,
}

_QUOTE: Schema = {
    "type": ["string", "number", "boolean"],
    "pattern": r"\S",
    "maxLength": MAX_QUOTE_LENGTH,
}

_REASON: Schema = {"type": ["string", "number", "boolean"], "pattern": r"\S"}
"""Why a finding is accepted: text that is not blank."""

_ARTICLE_PROPERTIES: dict[str, Schema] = {
    "title": _SCALAR,
    "source": _SCALAR,
    "published": {"type": "string", "pattern": DATE_PATTERN, "format": "date"},
    "url": _SCALAR,
    "text": {**_SCALAR, "pattern": ARTICLE_PATH_PATTERN},
}
_CLAIM_PROPERTIES: dict[str, Schema] = {
    "quote": {"anyOf": [_QUOTE, {"type": "array", "items": _QUOTE, "minItems": 1}]},
    "value": {"anyOf": [{"type": "number"}, {"$ref": "#/definitions/figure"}]},
    "unit": _SCALAR,
    "count": {"type": "boolean"},
    "growth": {"allOf": [{"$ref": "#/definitions/percentage"}]},
    "prior": {
        "anyOf": [
            {"type": "number"},
            {"$ref": "#/definitions/figure"},
            _ID,
        ]
    },
    "of": _ID,
    "note": _SCALAR,
    "source": {
        "anyOf": [
            {"$ref": "#/definitions/source"},
            {"type": "array", "items": {"$ref": "#/definitions/source"}, "minItems": 1},
        ]
    },
    "accept": {
        "anyOf": [
            _REASON,
            {
                "type": "object",
                "properties": dict.fromkeys(accept_kinds(), _REASON),
                "minProperties": 1,
                "additionalProperties": False,
            },
        ]
    },
}
_VERBED: Schema = {"type": ["string", "number"], "maxLength": MAX_FIGURE_LENGTH}
"""A change as printed with its verb (提高0.95个百分点, 增加2175, 下降4.4%):
read by the loader, which says what is wrong with one it cannot read."""
_IDS: Schema = {"type": "array", "items": _ID, "minItems": 1}
_FIGURE_OR_ID: Schema = {"anyOf": [{"type": "number"}, {"$ref": "#/definitions/figure"}, _ID]}
_CHANGE_PROPERTIES: dict[str, Schema] = {
    "on": _SCALAR,
    "growth": _VERBED,
    "points": {**_VERBED, "pattern": "^[^%％]*$"},
    "change": _VERBED,
    "prior": _FIGURE_OR_ID,
    "real": {"type": "boolean"},
    "note": _SCALAR,
}
_CLAIM_PROPERTIES.update(
    {
        "real": {"type": "boolean"},
        "points": {**_VERBED, "pattern": "^[^%％]*$"},  # points, not a percentage
        "change": _VERBED,
        "changes": {
            "type": "array",
            "minItems": 1,
            "items": {"$ref": "#/definitions/change"},
        },
        "ratio": {**_IDS, "minItems": 2, "maxItems": 2},
        "parts": _IDS,
        "whole": _ID,
        "converts": _ID,
        "multiply_by": _FIGURE_OR_ID,
        "divide_by": _FIGURE_OR_ID,
    }
)
# a value or growth may be written as the extensions allow (6.01:55.04:38.95,
# 2.5倍, 约合19375; 下降4.4%, 1.72倍, 翻一番): the loader judges those
_CLAIM_PROPERTIES["value"] = {
    "anyOf": [{"type": "number"}, {"$ref": "#/definitions/figure"}, _EXTENDED_VALUE]
}
_CLAIM_PROPERTIES["growth"] = {"anyOf": [_PERCENTAGE, _EXTENDED_GROWTH]}
_CHECK_PROPERTIES: dict[str, Schema] = {
    "id": _ID,
    "says": _SCALAR,
    "expr": {"type": "string", "pattern": COMPARISON_PATTERN},
    "note": _SCALAR,
    "accept": _REASON,
}


def _source_schemas() -> tuple[Schema, Schema]:
    """The entry of ``sources:`` (a path, or a mapping) and a claim's ``source:``."""
    from licang_check.sources.readers import KINDS
    from licang_check.sources.yaml import SOURCE_KEYS, SPEC_KEYS

    scale: Schema = {"type": "string", "enum": [*sorted(MULTIPLIERS), "%"]}
    path: Schema = {"type": "string", "pattern": ARTICLE_PATH_PATTERN}
    spec = _object(
        SPEC_KEYS,
        {
            "path": path,
            "type": {"type": "string", "enum": list(KINDS)},
            "sheet": _SCALAR,
            "scale": scale,
            "note": _SCALAR,
        },
        "source_spec",
    )
    ref = _object(
        SOURCE_KEYS,
        {
            "from": _ID,
            "cell": {"type": "string", "pattern": "^[A-Za-z]{1,3}[1-9][0-9]{0,6}$"},
            "row": _SCALAR,
            "column": _SCALAR,
            "quote": _QUOTE,
            "claim": _ID,
            "expr": {"type": "string"},
            "query": {"type": "string"},
            "scale": scale,
            "figure": {"type": "string", "enum": ["value", "growth"]},
            "note": _SCALAR,
        },
        "source",
    )
    ref["dependencies"] = {"row": ["column"], "column": ["row"]}
    return {"anyOf": [path, spec]}, ref


def _object(keys: dict[str, bool], properties: dict[str, Schema], prefix: str) -> Schema:
    """An object with exactly the loader's ``keys``, in its order; unknown keys refused."""
    if set(properties) != set(keys):
        raise AssertionError(f"schema and loader disagree on the keys of {prefix or 'a file'}")
    return {
        "type": "object",
        "properties": {k: _described(f"{prefix}.{k}".lstrip("."), properties[k]) for k in keys},
        "required": [k for k, required in keys.items() if required],
        "additionalProperties": False,
    }


def claims_schema() -> Schema:
    """The JSON Schema of a claims file, as a dict (see :func:`schema_json`)."""
    claim = _object(CLAIM_KEYS, _CLAIM_PROPERTIES, "claim")
    claim["dependencies"] = {
        # a prior is checked against a growth, a change in points or an absolute change
        "prior": {"anyOf": [{"required": [k]} for k in ("growth", "points", "change")]},
        "of": {"properties": {"value": _PERCENTAGE}},  # a share is a percentage
        # a rate changes in points, not by an absolute change
        "change": {"not": {"properties": {"value": _PERCENTAGE}, "required": ["value"]}},
    }
    counted: Schema = {"properties": {"count": {"const": True}}, "required": ["count"]}
    claim["allOf"] = [
        {  # a count's value is whole: 149, not 149.5 (a string is left to the parser)
            "if": counted,
            "then": {"properties": {"value": {"type": ["integer", "string"]}}},
        },
        {  # a count given as a percentage says what it is a share of
            "if": {
                "allOf": [counted, {"properties": {"value": _PERCENTAGE}}],
                "required": ["value"],
            },
            "then": {"required": ["of"]},
        },
    ]
    check = _object(CHECK_KEYS, _CHECK_PROPERTIES, "check")
    top_properties: dict[str, Schema] = {
        "version": {"enum": [1, "1"]},
        "article": _object(ARTICLE_KEYS, _ARTICLE_PROPERTIES, "article"),
        "rounding": {"type": "string", "enum": [m.value for m in RoundingMode]},
        "tolerance": _figure(TOLERANCE_PATTERN),
        "claims": {
            "type": "object",
            "minProperties": 1,
            "maxProperties": MAX_CLAIMS,
            "propertyNames": {
                "pattern": ID_SCHEMA_PATTERN,
                "not": {"enum": sorted(RESERVED_IDS)},
            },
            "additionalProperties": {"$ref": "#/definitions/claim"},
        },
        "checks": {
            "type": ["array", "null"],
            "maxItems": MAX_CHECKS,
            "items": {"$ref": "#/definitions/check"},
        },
        "sources": {
            "type": "object",
            "propertyNames": {"pattern": ID_SCHEMA_PATTERN},
            "additionalProperties": {"$ref": "#/definitions/source_spec"},
        },
    }
    source_spec, source = _source_schemas()
    top = _object(TOP_KEYS, top_properties, "")
    return {
        "$schema": DRAFT,
        "title": both("schema.title", sep=" / "),
        "description": both("schema.file"),
        **top,
        "definitions": {
            "claim": {"description": both("schema.claim"), **claim},
            "check": {"description": both("schema.check"), **check},
            "change": {
                "description": both("schema.change"),
                **_object(CHANGE_KEYS, _CHANGE_PROPERTIES, "change"),
            },
            "figure": _figure(FIGURE_PATTERN),
            "percentage": _figure(PERCENT_PATTERN),
            "source_spec": {"description": both("schema.source_spec"), **source_spec},
            "source": {"description": both("schema.source"), **source},
        },
    }


def schema_json() -> str:
    """The schema as ``claims.schema.json`` holds it: UTF-8 JSON, two-space indents."""
    return json.dumps(claims_schema(), ensure_ascii=False, indent=2) + "\n"
