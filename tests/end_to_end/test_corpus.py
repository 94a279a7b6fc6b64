"""The corpus (tests/corpus/): per article, no false alarm on the faithful
claims, every planted error caught, and the perturbed copies exactly what
their planted-errors lists make."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import yaml

from licang_check.run.verify import verify_file

CORPUS = Path(__file__).parents[1] / "corpus"
sys.path.insert(0, str(CORPUS))
from perturb import perturbed  # noqa: E402

ARTICLES = sorted(p.name for p in CORPUS.iterdir() if (p / "claims.yaml").is_file())

PENDING: dict[tuple[str, str], str] = {}
"""Articles that do not pass yet: strict xfail, so that the day they pass
these tests fail until the entry is removed."""


def _params(which: str) -> list[object]:
    return [
        pytest.param(a, marks=pytest.mark.xfail(strict=True, reason=PENDING[which, a]))
        if (which, a) in PENDING
        else a
        for a in ARTICLES
    ]


def test_corpus_has_ten_articles() -> None:
    assert len(ARTICLES) >= 10
    for a in ARTICLES:
        folder = CORPUS / a
        for name in ("article.txt", "claims.yaml", "perturbed/errors.yaml"):
            assert (folder / name).is_file(), f"{a}/{name}"


@pytest.mark.parametrize("article", _params("faithful"))
def test_faithful_claims_are_all_consistent(article: str) -> None:
    report = verify_file(str(CORPUS / article / "claims.yaml"))
    assert report.errors == []
    assert report.results, "no results"
    false_alarms = [(r.id, r.kind.value, r.message) for r in report.results if not r.consistent]
    assert false_alarms == []


def _planted(article: str) -> tuple[list[dict[str, object]], set[tuple[str, str, str]]]:
    errors = yaml.safe_load((CORPUS / article / "perturbed" / "errors.yaml").read_text("utf-8"))
    for e in errors["errors"]:
        for c in e["caught_by"]:
            assert True not in c, "quote the key 'on': YAML 1.1 reads a bare on as true"
    caught = {
        (str(c["id"]), str(c["kind"]), str(c.get("on", "")))
        for e in errors["errors"]
        for c in e["caught_by"]
    }
    return errors["errors"], caught


@pytest.mark.parametrize("article", _params("perturbed"))
def test_every_planted_error_is_caught_and_nothing_else(article: str) -> None:
    _, expected = _planted(article)
    report = verify_file(str(CORPUS / article / "perturbed" / "claims.yaml"))
    assert report.errors == []
    found = {(r.id, r.kind.value, r.on) for r in report.results if not r.consistent}
    assert found == expected


@pytest.mark.parametrize("article", ARTICLES)
def test_planted_errors_are_documented(article: str) -> None:
    errors, _ = _planted(article)
    assert errors
    for e in errors:
        assert e["what"]
        assert e.get("article"), "a planted error changes the article"
        assert e["caught_by"] or e.get("why_not"), "say which check catches it, or why none can"


@pytest.mark.parametrize("article", ARTICLES)
def test_perturbed_copies_are_made_from_the_lists(article: str) -> None:
    folder = CORPUS / article
    for name, text in perturbed(folder).items():
        assert (folder / "perturbed" / name).read_text("utf-8") == text, name


@pytest.mark.parametrize("copy", ["claims.yaml", "perturbed/claims.yaml"])
@pytest.mark.parametrize("article", _params("faithful"))
def test_every_path_agrees_on_every_result(article: str, copy: str) -> None:
    """verify, checking again under every mode, explain and JSON agree on
    every result of the corpus, the new kinds' included (kinds/common.py)."""
    from kinds.common import agree

    from licang_check.claims.load import load_claims

    assert agree(load_claims(CORPUS / article / copy))
