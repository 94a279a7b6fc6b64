"""Turning the PATH arguments of ``verify`` into the files to check.

- A path that exists, or that has no glob character (``*``, ``?``, ``[``), is
  taken as it is: a missing file or a directory is then reported by the
  loader, as for any file that cannot be checked.
- Anything else is a glob, expanded here rather than by a shell (so that
  ``'claims/**/*.yaml'`` works the same everywhere): ``**`` spans folders,
  matches are sorted, only files count, and a glob that matches no file is
  an error of its own, reported at ``PATTERN:1:1``.
- A file named twice (by two patterns, or a pattern and a path) is checked
  once, where it first appears.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import NamedTuple

from licang_check._i18n.messages import MESSAGES, t

__all__ = ["NO_MATCH", "Target", "expand_paths"]

NO_MATCH = MESSAGES["paths.no_match"]["en"]
"""The error of a glob that matches no file (in English; shown in the run's language)."""


class Target(NamedTuple):
    """A file to check, or a pattern that matched nothing (``error`` set)."""

    path: str
    error: str | None = None


_MAGIC = frozenset("*?[")
"""What makes a path a glob (glob.has_magic's characters)."""


def _matches(pattern: str) -> list[str]:
    import glob  # only for a real pattern: a plain path never pays for it

    return sorted(p for p in glob.glob(pattern, recursive=True) if os.path.isfile(p))


def expand_paths(patterns: Iterable[str]) -> list[Target]:
    targets: list[Target] = []
    seen: set[str] = set()
    for pattern in patterns:
        if _MAGIC.isdisjoint(pattern) or os.path.lexists(pattern):
            paths = [pattern]
        else:
            paths = _matches(pattern)
            if not paths:
                targets.append(Target(pattern, t("paths.no_match")))
                continue
        for path in paths:
            key = os.path.normcase(os.path.normpath(path))
            if key not in seen:
                seen.add(key)
                targets.append(Target(path))
    return targets
