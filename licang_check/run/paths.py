"""Turning the PATH arguments of ``verify`` into the files to check.

- ``-`` is the standard input (the claims file is read from it; its
  ``article.text`` is then relative to the current folder). ``./-`` is a
  file named ``-``.
- A path that is neither a glob nor a folder is taken as it is: it is the
  user's word, and a missing file is reported by the loader.
- A folder stands for the claims files in and below it, ``FOLDER/**/claims*.yaml``
  (the pattern ``docs/ci.md`` recommends); one with none is an error.
- Anything with a glob character (``*``, ``?``, ``[``) that is not an
  existing path is a glob, expanded here rather than by a shell (so that
  ``'claims/**/*.yaml'`` works the same everywhere): ``**`` spans folders
  (without descending into symlinked folders, so a symlink loop cannot make
  it walk forever), ``*`` matches no hidden name, matches are sorted, folders
  are skipped, and a glob that matches no file is an error of its own,
  reported at ``PATTERN:1:1`` and not counted as a file.
- What a glob (or a folder) finds is not the user's word but the
  repository's: like ``article.text``, it must be a regular file that
  resolves, symlinks followed, inside the folder the glob starts from (its
  part before the first wildcard), with no hidden file or folder on the way
  there. A match that breaks a rule is an error at ``PATH:1:1`` and is never
  opened, so a symlink to a secret outside cannot be read into a report.
- A file named twice (by two patterns, or a pattern and a path) is checked
  once, where it first appears.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Literal, NamedTuple

from licang_check._i18n.messages import MESSAGES, t

__all__ = ["CLAIMS_PATTERN", "NO_MATCH", "STDIN", "Target", "expand_paths"]

NO_MATCH = MESSAGES["paths.no_match"]["en"]
"""The error of a glob that matches no file (in English; shown in the run's language)."""

STDIN = "-"
"""The PATH that stands for the standard input."""

CLAIMS_PATTERN = "**/claims*.yaml"
"""What a folder given as a PATH is searched for."""


class Target(NamedTuple):
    """A file to check; or one not to open, or a pattern that matched nothing
    (``error`` set; ``matched`` false for the pattern, which is no file)."""

    path: str
    error: str | None = None
    matched: bool = True


_MAGIC = frozenset("*?[")
"""What makes a path a glob (glob.has_magic's characters)."""


def _split(pattern: str) -> tuple[str, list[str]]:
    """The folder a glob starts from (its components before the first one
    with a wildcard; ``""`` for the current folder) and the rest."""
    parts = pattern.split("/")
    base: list[str] = []
    for i, part in enumerate(parts):
        if not _MAGIC.isdisjoint(part):
            rest = [p for p in parts[i:] if p]
            break
        base.append(part)
    else:  # pragma: no cover - only called with a wildcard
        rest = []
    root = "/".join(base)
    if not root and pattern.startswith("/"):
        root = "/"
    return root, rest


def _walk(folder: str, parts: list[str], seen: set[tuple[str, int]]) -> Iterator[str]:
    """Paths under ``folder`` that match ``parts``, a glob split at ``/``."""
    import fnmatch

    if (folder, len(parts)) in seen:  # `a/**/**/x` would reach a place twice
        return
    seen.add((folder, len(parts)))
    part, rest = parts[0], parts[1:]
    if part == "**":
        if rest:
            yield from _walk(folder, rest, seen)
        for name, path, entry in _entries(folder):
            if name[:1] == ".":
                continue
            # not into a symlinked folder: a loop would be walked to ELOOP depth
            if entry.is_dir(follow_symlinks=False):
                yield from _walk(path, parts, seen)
            elif not rest:
                yield path
    elif _MAGIC.isdisjoint(part):
        path = os.path.join(folder, part) if folder else part
        if not rest:
            if os.path.lexists(path):
                yield path
        elif os.path.isdir(path):
            yield from _walk(path, rest, seen)
    else:
        for name, path, entry in _entries(folder):
            if name[:1] == "." and part[:1] != ".":
                continue  # as glob: a wildcard does not match a hidden name
            if not fnmatch.fnmatch(name, part):
                continue
            if not rest:
                yield path
            elif entry.is_dir():
                yield from _walk(path, rest, seen)


def _entries(folder: str) -> list[tuple[str, str, os.DirEntry[str]]]:
    """``(name, path, entry)`` of each entry of ``folder`` (``""``: the current
    one, whose entries are named without ``./``, as glob names them)."""
    try:
        with os.scandir(folder or ".") as it:
            return [(e.name, os.path.join(folder, e.name) if folder else e.name, e) for e in it]
    except OSError:
        return []


def _check_found(path: str, base: str) -> str | None:
    """Why a file a glob found under ``base`` must not be read; None if it may.

    The rules of ``article.text``
    (:func:`~licang_check.claims.article.where_problem`): a regular file,
    resolving inside ``base``, with no hidden component below it (the
    match's own, or its target's)."""
    try:
        mode = os.stat(path).st_mode
    except OSError:  # a broken symlink, a loop
        return t("paths.not_regular")
    if stat.S_ISDIR(mode):
        return ""  # a folder a glob matched: skipped, not an error
    folder = base or "."
    rel = os.path.relpath(path, folder)
    try:
        rule: str | bool | None = _plain_rule(folder, rel)
        if rule is False:
            from licang_check.claims.article import where_problem

            rule = where_problem(rel, Path(folder), current=False)
    except (OSError, RuntimeError):  # pragma: no cover - os.stat resolved it
        return t("paths.not_regular")
    if rule:
        return t(f"paths.{rule}", base=folder)
    if not stat.S_ISREG(mode):
        return t("paths.not_regular")
    return None


def _plain_rule(folder: str, rel: str) -> Literal["hidden", False] | None:
    """``where_problem(rel, folder, current=False)`` for a match with no
    symlink below ``folder`` and no ``..``: it resolves to the same path under
    the resolved ``folder``, so it is inside, and hidden only by its own
    components. False where that does not hold (resolve it, then). A few
    ``lstat`` calls where resolving took ~85 µs a file (1,000 files: the
    parent's largest serial cost beside the pool)."""
    parts = rel.split(os.sep)
    if ".." in parts:
        return False
    at = folder
    for part in parts:
        at = os.path.join(at, part)
        if stat.S_ISLNK(os.lstat(at).st_mode):
            return False
    return "hidden" if any(p[:1] == "." and p != "." for p in parts) else None


def _expand(pattern: str, parts: list[str], base: str, none: str) -> list[Target]:
    found: list[Target] = []
    for path in sorted(_walk(base, parts, set())):
        why = _check_found(path, base)
        if why != "":
            found.append(Target(path, why))
    return found or [Target(pattern, none, matched=False)]


def expand_paths(patterns: Iterable[str]) -> list[Target]:
    """The files the PATH arguments stand for, in order (see the module)."""
    targets: list[Target] = []
    seen: set[str] = set()
    for pattern in patterns:
        if pattern == STDIN:
            found = [Target(pattern)]
        elif os.path.isdir(pattern):
            folder = pattern.rstrip("/") or "/"
            none = t("paths.no_claims_file", pattern=CLAIMS_PATTERN)
            found = _expand(pattern, CLAIMS_PATTERN.split("/"), folder, none)
        elif _MAGIC.isdisjoint(pattern) or os.path.lexists(pattern):
            found = [Target(pattern)]
        else:
            base, parts = _split(pattern)
            found = _expand(pattern, parts, base, t("paths.no_match"))
        for target in found:
            key = (
                target.path
                if target.path == STDIN
                else os.path.normcase(os.path.abspath(target.path))
            )
            if not target.matched or key not in seen:
                seen.add(key)
                targets.append(target)
    return targets
