"""YAML as an editor reads it, for validating claims files against the schema.

yaml-language-server reads YAML 1.2 with the core schema. PyYAML's
``safe_load`` reads YAML 1.1, where ``published: 2023-01-13`` is a
``datetime.date`` (no JSON Schema type at all), ``yes`` is true and ``1_000``
an integer. This loader resolves plain scalars by the YAML 1.2 core schema's
rules instead: null, true/false, integers, floats, and every other scalar,
dates included, a string. Merge keys (``<<``) are plain keys, as in 1.2.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

__all__ = ["Yaml12Loader", "load_yaml12"]


class Yaml12Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """PyYAML's safe loader (libyaml's parser where there is one, as the
    loader uses) with the YAML 1.2 core schema's implicit types."""


def _int(loader: Yaml12Loader, node: yaml.ScalarNode) -> int | float:
    text = str(loader.construct_scalar(node))
    digits = text.lstrip("+-")
    sign = -1 if text.startswith("-") else 1
    if len(digits) > 4000:  # past Python's int-from-text limit; JavaScript: a float
        return float(text)
    if digits.startswith("0o"):
        return sign * int(digits[2:], 8)
    if digits.startswith("0x"):
        return sign * int(digits[2:], 16)
    return sign * int(digits, 10)  # 1.2: 017 is seventeen, 09 is nine


Yaml12Loader.yaml_implicit_resolvers = {}  # its own, not SafeLoader's (YAML 1.1) ones
Yaml12Loader.add_constructor("tag:yaml.org,2002:int", _int)


_CORE: list[tuple[str, str, str]] = [
    ("null", r"^(?:~|null|Null|NULL|)$", "~nN"),
    ("bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF"),
    ("int", r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", "-+0123456789"),
    (
        "float",
        r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
        r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
        "-+.0123456789",
    ),
]
for _tag, _regex, _first in _CORE:
    Yaml12Loader.add_implicit_resolver(
        f"tag:yaml.org,2002:{_tag}", re.compile(_regex), list(_first)
    )
# The empty plain scalar (a key with no value) has no first character.
Yaml12Loader.add_implicit_resolver("tag:yaml.org,2002:null", re.compile(r"^$"), [""])


def load_yaml12(text: str) -> Any:
    """The data of one YAML document, read as YAML 1.2 (core schema) reads it."""
    return yaml.load(text, Loader=Yaml12Loader)
