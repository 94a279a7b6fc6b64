"""``accept:`` mappings name every claim kind of the registry (points, change,
ratio, proportion, conversion, source as well as quote, growth and share),
from the registry itself; the JSON Schema and the loader agree."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import WriteClaims, dedent, error_at, load, where
from typer.testing import CliRunner, Result

from licang_check._cli.app import app
from licang_check.claims.load import ACCEPT_ANY, accept_kinds
from licang_check.claims.schema import claims_schema
from licang_check.kinds import CHECK_KINDS, CLAIM_KINDS

HEAD = "version: 1\narticle: {title: t}\nsources:\n  b: {path: b.csv, scale: 亿}\nclaims:\n"

# one claim per new kind whose result is inconsistent: (its kind, its YAML)
C = "  c:\n    quote: q\n"
WRONG = {
    # 5.3% − 1.2 points is about 4.1%, not the printed 3.8%
    "points": C + "    value: 5.3%\n    points: 1.2\n    prior: 3.8%\n",
    # 140 − 12 is 128, not 130
    "change": C + "    value: 140\n    count: true\n    change: 12\n    prior: 130\n",
    # 300 / 100 is 3, not 2.5
    "ratio": "  a: {quote: q, value: 300}\n  b2: {quote: q, value: 100}\n"
    + C
    + "    value: 2.5倍\n    ratio: [a, b2]\n",
    # the shares sum to 100.5
    "proportion": C + '    value: "6.2:54.6:39.7"\n',
    # 20 times 7.1 is 142
    "conversion": "  x: {quote: q, value: 20}\n"
    + C
    + "    value: 约合100\n    converts: x\n    multiply_by: 7.1\n",
    # the cell prints as 671.5亿
    "source": C + "    value: 617.5亿\n    source: {from: b, cell: B2}\n",
}


def _write(tmp_path: Path, claims: str, accept: str) -> Path:
    (tmp_path / "b.csv").write_text("地区,2024年\n北城,671.50\n", encoding="utf-8")
    path = tmp_path / "claims.yaml"
    path.write_text(HEAD + claims + accept, encoding="utf-8")
    return path


def _verify(path: Path, *args: str) -> Result:
    return CliRunner().invoke(app, ["verify", "--isolated", "--format", "json", *args, str(path)])


def test_the_kinds_an_accept_may_name_are_the_registrys_claim_kinds() -> None:
    assert accept_kinds() == tuple(k.kind.value for k in CLAIM_KINDS)
    assert not set(accept_kinds()) & {k.kind.value for k in CHECK_KINDS}
    assert set(WRONG) | {"quote", "growth", "share"} == set(accept_kinds())
    accept = claims_schema()["definitions"]["claim"]["properties"]["accept"]["anyOf"][1]
    assert tuple(accept["properties"]) == accept_kinds()


@pytest.mark.parametrize("kind", sorted(WRONG))
def test_a_mapping_accepts_a_finding_of_each_new_kind(tmp_path: Path, kind: str) -> None:
    path = _write(tmp_path, WRONG[kind], f"    accept:\n      {kind}: checked with the bureau\n")
    cf = load(path)
    assert cf.claims["c"].accept == {kind: "checked with the bureau"}
    r = _verify(path)
    assert r.exit_code == 0, r.stdout + r.stderr
    (found,) = [x for x in json.loads(r.stdout)["files"][0]["results"] if x["kind"] == kind]
    assert found["verdict"] == "inconsistent"
    assert found["accepted"] == "checked with the bureau"
    again = _verify(path, "--no-accept")
    assert again.exit_code == 1


@pytest.mark.parametrize("kind", sorted(WRONG))
def test_a_reason_alone_accepts_them_too(tmp_path: Path, kind: str) -> None:
    """``accept: REASON`` covers a finding of a new kind as of any other."""
    path = _write(tmp_path, WRONG[kind], "    accept: checked with the bureau\n")
    assert load(path).claims["c"].accept == {ACCEPT_ANY: "checked with the bureau"}
    assert _verify(path).exit_code == 0


@pytest.mark.parametrize("kind", ["points", "change", "ratio", "proportion", "conversion"])
def test_a_kind_the_claim_gives_no_result_of_is_an_error(
    write_claims: WriteClaims, kind: str
) -> None:
    body = f"""\
        version: 1
        article: {{title: t}}
        claims:
          c:
            quote: q
            value: 5.3%
            growth: 5%
            accept:
              {kind}: nothing of the kind here
        """
    path = write_claims(body)
    d = error_at(path, f"gives no {kind} result")
    assert (d.line, d.column) == where(dedent(body), f"{kind}: nothing")


def test_an_unknown_kind_names_the_kinds(write_claims: WriteClaims) -> None:
    path = write_claims(
        """\
        version: 1
        article: {title: t}
        claims:
          c:
            quote: q
            value: 5.3%
            growth: 5%
            accept:
              expr: a check's kind, not a claim's
        """
    )
    d = error_at(path, "unknown key 'expr'")
    assert (d.line, d.column) == (9, 7)


def test_a_growth_of_the_changes_list_is_covered(tmp_path: Path) -> None:
    claims = (
        "  prev: {quote: q, value: 300}\n"
        "  c:\n    quote: q\n    value: 330\n"
        "    changes:\n      - on: 环比\n        growth: 20%\n        prior: prev\n"
    )
    path = _write(tmp_path, claims, "    accept:\n      growth: the 环比 base is revised\n")
    r = _verify(path)
    assert r.exit_code == 0, r.stdout
    (g,) = [x for x in json.loads(r.stdout)["files"][0]["results"] if x["kind"] == "growth"]
    assert (g["on"], g["verdict"], g["accepted"]) == (
        "环比",
        "inconsistent",
        "the 环比 base is revised",
    )


def test_a_real_growth_gives_no_growth_result_to_accept(write_claims: WriteClaims) -> None:
    body = """\
        version: 1
        article: {title: t}
        claims:
          c:
            quote: q
            value: 5.3亿
            growth: 5%
            real: true
            accept:
              growth: a volume growth is compared with nothing
        """
    path = write_claims(body)
    d = error_at(path, "gives no growth result")
    assert (d.line, d.column) == where(dedent(body), "growth: a volume")


def test_the_v1_kinds_mean_what_they_meant(write_claims: WriteClaims) -> None:
    """quote, growth and share as before: a quote asks for its result even in
    a file without its article."""
    path = write_claims(
        """\
        version: 1
        article: {title: t}
        claims:
          w: {quote: q, value: 150}
          c:
            quote: 其中54.2%
            value: 54.2%
            of: w
            count: true
            growth: 3%
            accept:
              quote: no article here
              growth: no prior printed
              share: the survey's own rounding
        """
    )
    assert set(load(path).claims["c"].accept or {}) == {"quote", "growth", "share"}
