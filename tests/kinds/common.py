"""The one helper through which every check kind is tested (as yamllint's
``RuleTestCase``): :func:`check` runs a claims file through every path that
shows a verdict and holds them to one another.

- ``verify`` (annotated: ``modes``, ``edge``, ``nearest``) gives the results;
- checking the whole file again under every rounding mode gives the same
  ``modes`` and ``edge``;
- ``explain`` explains every result, with the same verdict, and its verdict
  under each mode is ``modes``;
- the JSON format and the HTML report show the same verdicts.

A kind's test file then asserts what is particular to it on the results.
"""

from __future__ import annotations

import dataclasses
import json
import math
from fractions import Fraction
from pathlib import Path

from hypothesis import strategies as st

from licang_check.claims.load import ClaimsFile, parse_claims
from licang_check.formats.json import result_dict
from licang_check.kinds import get, subject_for
from licang_check.kinds.base import Context
from licang_check.kinds.modes import MODES, annotate
from licang_check.numeric.rounding import RoundingMode
from licang_check.run.explain import Explainer, explanation_dict
from licang_check.run.results import Kind, Result, Verdict
from licang_check.run.verify import run_checks

__all__ = ["NO", "OK", "Checked", "agree", "check", "claims_text"]

OK, NO = Verdict.CONSISTENT, Verdict.INCONSISTENT


def claims_text(
    claims: str, checks: str = "", *, rounding: str = "half-up", article: bool = False
) -> str:
    """A claims file around YAML fragments of claims and checks (ids indented 2)."""
    text = "  text: article.txt\n" if article else ""
    out = f"version: 1\narticle:\n  title: t\n{text}rounding: {rounding}\nclaims:\n{claims}"
    if checks:
        out += f"checks:\n{checks}"
    return out


@dataclasses.dataclass
class Checked:
    """A file as checked: its results by (id, kind)."""

    cf: ClaimsFile
    results: dict[tuple[str, Kind], Result]

    def __getitem__(self, key: tuple[str, Kind]) -> Result:
        return self.results[key]

    def verdicts(self, kind: Kind) -> dict[str, Verdict]:
        return {i: r.verdict for (i, k), r in self.results.items() if k is kind}


def agree(cf: ClaimsFile) -> list[Result]:
    """The file's annotated results, after holding every path to them (see
    the module); an AssertionError names the result where two disagree."""
    results = annotate(cf, run_checks(cf))
    again = {m: run_checks(dataclasses.replace(cf, rounding=m)) for m in MODES}
    explainer = Explainer(cf, results)
    for i, r in enumerate(results):
        where = (r.kind.value, r.id, r.on)
        kind = get(r.kind)
        assert kind.kind is r.kind
        # the kind's verdict under its own rounding is verify's
        ctx = Context(cf)
        assert kind.check(ctx, subject_for(kind, ctx, r)).verdict is r.verdict
        if r.modes is not None:
            assert r.modes == tuple(m for m in MODES if again[m][i].consistent), where
            halves = [again[m][i].consistent for m in MODES if m is not RoundingMode.DOWN]
            assert r.edge == (
                r.consistent and cf.rounding is not RoundingMode.DOWN and not all(halves)
            ), where
        same = (r.kind, r.on)
        (e,) = [x for x in explainer.explain(r.id) if (x.result.kind, x.result.on) == same]
        assert e.result == r, where
        labels = [s.label for s in e.steps]
        assert "verdict" in labels, where
        assert "rounding" in labels, where
        if e.by_mode is not None:
            assert r.modes is not None
            assert tuple(m for m, ok in e.by_mode if ok) == r.modes, where
        else:
            # explain says the verdict is the same under every mode: so does verify
            assert r.modes in (None, MODES if r.consistent else ()), where
        d = explanation_dict(e)
        assert d["verdict"] == r.verdict.value
        assert d["modes"] == result_dict(r)["modes"]
        assert json.loads(json.dumps(d)) == d
    return results


def check(text: str, path: Path = Path("claims.yaml"), *, article: str | None = None) -> Checked:
    """Load ``text`` (with ``article`` as its article, written beside ``path``),
    check it through every path (:func:`agree`) and give its results."""
    if article is not None:
        (path.parent / "article.txt").write_text(article, encoding="utf-8")
    cf = parse_claims(text, path)
    out: dict[tuple[str, Kind], Result] = {}
    for r in agree(cf):
        rid = f"{r.id}@{r.on}" if r.on else r.id  # a change of a claim's changes: list
        assert (rid, r.kind) not in out
        out[rid, r.kind] = r
    return Checked(cf, out)


# -- figures for property tests of the fast paths ----------------------------


def decimal_text(n: int, places: int) -> str:
    """``n`` scaled down by ``10**places``, printed with every place kept."""
    digits = str(abs(n)).rjust(places + 1, "0")
    text = digits if not places else f"{digits[:-places]}.{digits[-places:]}"
    return ("-" if n < 0 else "") + text


@st.composite
def near(draw: st.DrawFn, exact: Fraction, *, percent: bool) -> str:
    """``exact`` printed to 0, 1 or 2 decimals (trailing zeros kept), cut
    down, up or one step off: often on a half, where the modes part ways."""
    places = draw(st.sampled_from([0, 1, 2]))
    scaled = exact * (100 if percent else 1) * 10**places
    n = draw(st.sampled_from([math.floor(scaled), math.ceil(scaled), math.floor(scaled) - 1]))
    return decimal_text(n, places) + ("%" if percent else "")


SHORT = st.sampled_from([2, 4, 8, 16, 20, 40, 80, 200])
"""Priors and wholes with short decimal quotients: true values on halves."""
