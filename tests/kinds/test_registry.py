"""The registry of check kinds is exhaustive, and nothing outside a kind's
module branches on a kind's name."""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

import licang_check
from licang_check import kinds
from licang_check.formats.sarif import RULES
from licang_check.kinds import CHECK_KINDS, CLAIM_KINDS, KINDS, get
from licang_check.kinds.base import CheckKind, Scope
from licang_check.run.results import Kind

PACKAGE = Path(licang_check.__file__).parent
# modules of kinds/ that are machinery every kind shares, not a kind
SHARED = {"base", "modes", "nearest", "steps"}


def _kind_modules() -> list[str]:
    return sorted(m.name for m in pkgutil.iter_modules(kinds.__path__) if m.name not in SHARED)


def test_every_kind_member_has_a_registered_kind() -> None:
    assert set(KINDS) == set(Kind)
    for member in Kind:
        assert get(member).kind is member


def test_every_kind_module_is_registered_once() -> None:
    modules = _kind_modules()
    registered = []
    for name in modules:
        module = importlib.import_module(f"licang_check.kinds.{name}")
        kind = module.KIND
        assert isinstance(kind, CheckKind), name
        assert KINDS[kind.kind] is kind, f"kinds/{name}.py is not in the registry"
        assert kind.kind.value == name, "a kind's module is named after its Kind member"
        registered.append(kind)
    assert len(registered) == len(KINDS)


def test_scopes_split_the_registry() -> None:
    assert {k.kind for k in CLAIM_KINDS} | {k.kind for k in CHECK_KINDS} == set(Kind)
    assert all(k.scope is Scope.CLAIM for k in CLAIM_KINDS)
    assert all(k.scope is Scope.CHECK for k in CHECK_KINDS)


def test_every_kind_has_its_sarif_rule_and_catalogue_entries() -> None:
    from licang_check._i18n.messages import MESSAGES

    for member, kind in KINDS.items():
        assert RULES[member.value] == kind.sarif_name
        for key in (f"kind.{member.value}", f"sarif.{member.value}.short"):
            assert key in MESSAGES, key


# a kind named in code: Kind.GROWTH, or a kind beside a kind's name ('r.kind.value == "share"')
_MEMBER = re.compile(r"\bKind\.[A-Z]")
_KIND = re.compile(r"\bkind\b")
_NAME = re.compile("[\"'](?:" + "|".join(k.value for k in Kind) + ")[\"']")


def _flags(line: str) -> bool:
    return bool(_MEMBER.search(line) or (_KIND.search(line) and _NAME.search(line)))


def test_the_scan_finds_a_branch_on_a_kind() -> None:
    assert _flags("if r.kind is Kind.EXPR and r.id in checks:")
    assert _flags('growth = [r for r in rs if r.kind.value == "growth"]')
    assert not _flags('if e.kind == "figure":')  # a span of the draft, not a check


def test_nothing_outside_the_kinds_branches_on_a_kind() -> None:
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE).as_posix()
        # the kinds themselves, the enum, the catalogue's kind.<kind> entries
        if rel.startswith(("kinds/", "_i18n/")) or rel == "run/results.py":
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if _flags(line):
                offenders.append(f"{rel}:{n}: {line.strip()}")
    assert offenders == []
