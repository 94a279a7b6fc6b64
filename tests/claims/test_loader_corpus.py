"""The loader gives the same claims files and the same diagnostics as it
did before it read claims straight from libyaml's events: every YAML file
under tests/, and deterministic mutations of each (a line dropped, a line
doubled, a line indented by one more space, a key renamed), loaded in
English and in Chinese, against frozen outputs (``data/loader_corpus.json``).

Each case's expected output is the diagnostics in full, or a digest of the
loaded ``ClaimsFile``'s canonical form (its ``repr``: every claim, figure,
position, relation and check, in order). Regenerate only when a change is
meant to change what the loader gives:

    LICANG_UPDATE_GOLDEN=1 pytest tests/claims/test_loader_corpus.py
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import sys
from pathlib import Path

import pytest

from licang_check._i18n.messages import set_language
from licang_check.claims.diagnostics import ClaimsFileError
from licang_check.claims.load import parse_claims

ROOT = Path(__file__).resolve().parents[2]
TESTS = ROOT / "tests"
GOLDEN = TESTS / "data" / "loader_corpus.json"
UPDATE = os.environ.get("LICANG_UPDATE_GOLDEN") == "1"


def _files() -> list[Path]:
    return sorted(p for p in TESTS.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file())


def _generated() -> dict[str, bytes]:
    """The benchmarks' two generators' files, small: claims that load, of
    every shape the benchmarks time."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from generate import claims_yaml
        from realistic import claims_yaml as realistic
    finally:
        sys.path.pop(0)
    return {"generate.py 60": claims_yaml(60).encode(), "realistic.py 60": realistic(60).encode()}


def _mutations(rel: str, data: bytes, n: int) -> list[tuple[str, bytes]]:
    """The file itself and a few variants, the same on every run."""
    out = [("as is", data)]
    try:
        lines = data.decode("utf-8").split("\n")
    except UnicodeDecodeError:
        return out
    rng = random.Random(rel)
    picks = sorted(rng.sample(range(len(lines)), min(n, len(lines))))
    for k in picks:
        out.append((f"drop {k}", "\n".join(lines[:k] + lines[k + 1 :]).encode()))
        out.append((f"double {k}", "\n".join(lines[: k + 1] + lines[k:]).encode()))
        out.append(
            (f"indent {k}", "\n".join([*lines[:k], " " + lines[k], *lines[k + 1 :]]).encode())
        )
        if ":" in lines[k]:
            key, _, rest = lines[k].partition(":")
            renamed = key[:-1] + "x" + key[-1:] if key.strip() else key
            out.append(
                (
                    f"rename {k}",
                    "\n".join([*lines[:k], f"{renamed}:{rest}", *lines[k + 1 :]]).encode(),
                )
            )
    return out


def _outcome(data: bytes, path: Path) -> object:
    try:
        cf = parse_claims(data, path)
    except ClaimsFileError as e:
        return [list(d) for d in e.diagnostics]
    return hashlib.sha256(repr(cf).encode()).hexdigest()


def _digest(outcome: object) -> str:
    return hashlib.sha256(json.dumps(outcome, ensure_ascii=False).encode()).hexdigest()[:16]


def _outcomes(monkeypatch: pytest.MonkeyPatch) -> dict[str, dict[str, object]]:
    """By file: by language and mutation, the outcome (in full for the file
    as is in English, a digest of it otherwise)."""
    monkeypatch.chdir(ROOT)
    out: dict[str, dict[str, object]] = {}
    for lang in ("en", "zh"):
        set_language(lang)
        files = {p.relative_to(ROOT).as_posix(): p.read_bytes() for p in _files()}
        for rel, content in (files | _generated()).items():
            cases = out.setdefault(rel, {})
            for name, data in _mutations(rel, content, 4 if rel in files else 24):
                outcome = _outcome(data, Path(rel))
                full = lang == "en" and name == "as is"
                cases[f"{lang} {name}"] = outcome if full else _digest(outcome)
    set_language("en")
    return out


def test_loader_gives_what_it_gave(monkeypatch: pytest.MonkeyPatch) -> None:
    got = _outcomes(monkeypatch)
    if UPDATE:
        text = json.dumps(got, ensure_ascii=False, indent=1, sort_keys=True)
        GOLDEN.write_text(text + "\n", encoding="utf-8")
    expected = json.loads(GOLDEN.read_text(encoding="utf-8"))
    assert len(got) > 100  # the corpus is there
    as_is = [cases["en as is"] for cases in got.values()]
    assert sum(isinstance(v, list) for v in as_is) > 30  # files with errors among them
    assert sum(isinstance(v, str) for v in as_is) > 20  # and files that load
    assert sum(len(cases) for cases in got.values()) > 2000  # mutations and all
    assert set(got) == set(expected)
    differ = [
        f"{rel} {case}: {got[rel].get(case)!r}, was {want!r}"
        for rel, cases in expected.items()
        for case, want in cases.items()
        if got[rel].get(case) != want
    ]
    assert not differ, f"{len(differ)} cases differ, first: {differ[0]}"
