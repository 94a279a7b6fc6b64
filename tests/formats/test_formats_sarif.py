"""``--format sarif``: SARIF 2.1.0, checked against the official schema.

``tests/data/sarif-schema-2.1.0.json`` is the OASIS schema (SARIF 2.1.0
errata 01, from the oasis-tcs/sarif-spec repository, ``Schemata/``), kept
here so that nothing is fetched when the tests run.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from ci_reports import BAD, ERROR, GOOD, sample_reports

from licang_check import __version__
from licang_check.formats.sarif import RULES, SarifFormatter, repository_root, sarif_log
from licang_check.run.results import FileReport, Kind, Summary

jsonschema = pytest.importorskip("jsonschema")

SCHEMA_PATH = Path(__file__).parents[1] / "data" / "sarif-schema-2.1.0.json"
CI_DATA = Path(__file__).parents[1] / "data" / "ci"
VERIFY = [sys.executable, "-m", "licang_check", "verify", "--isolated"]


def _validator() -> Any:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    # Every format jsonschema knows, not only draft 4's: the schema's
    # "uri-reference" (checked with rfc3986-validator) is a later draft's name.
    return cls(schema, format_checker=jsonschema.FormatChecker())


def _render(reports: list[FileReport], *, show_all: bool = True) -> dict[str, Any]:
    out = SarifFormatter().render(reports, Summary.of(reports), color=False, show_all=show_all)
    data: dict[str, Any] = json.loads(out)
    return data


def test_the_shipped_schema_is_the_sarif_2_1_0_schema() -> None:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    assert schema["title"] == "Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema"
    assert schema["properties"]["version"]["enum"] == ["2.1.0"]
    assert "result" in schema["definitions"]
    assert "region" in schema["definitions"]


def test_sample_log_is_valid_sarif() -> None:
    reports, _ = sample_reports()
    _validator().validate(_render(reports))


def test_the_validator_rejects_what_sarif_forbids() -> None:
    """The validation above could fail: a log with a result at line 0 does."""
    reports, _ = sample_reports()
    log = _render(reports)
    log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] = 0
    assert not _validator().is_valid(log)
    log = _render(reports)
    log["runs"][0]["results"][0]["level"] = "fatal"
    assert not _validator().is_valid(log)


@pytest.mark.parametrize("folder", ["consistent", "inconsistent", "broken"])
def test_cli_output_on_test_data_is_valid_sarif(folder: str) -> None:
    proc = subprocess.run(
        [*VERIFY, "-f", "sarif", "--all", f"{folder}/claims.yaml", "nothing-here/*.yaml"],
        cwd=CI_DATA,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert proc.returncode == 2, proc.stderr  # the glob that matches nothing
    log = json.loads(proc.stdout)
    _validator().validate(log)
    uris = {
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        for r in log["runs"][0]["results"]
    }
    # relative to the repository root (the checkout; the folder itself outside one)
    prefix = CI_DATA.resolve().relative_to(repository_root(CI_DATA)).as_posix()
    prefix = "" if prefix == "." else prefix + "/"
    assert uris == {f"{prefix}{folder}/claims.yaml", f"{prefix}nothing-here/%2A.yaml"}


def test_driver_name_version_and_one_rule_per_kind_plus_error() -> None:
    reports, _ = sample_reports()
    run = _render(reports)["runs"][0]
    driver = run["tool"]["driver"]
    assert driver["name"] == "licang-check"
    assert driver["version"] == __version__
    ids = [rule["id"] for rule in driver["rules"]]
    assert ids == [k.value for k in Kind] + ["error", "accept"]
    assert all(rule["shortDescription"]["text"] for rule in driver["rules"])


def test_every_result_has_rule_level_message_and_region() -> None:
    reports, _ = sample_reports()
    run = _render(reports)["runs"][0]
    rules = [rule["id"] for rule in run["tool"]["driver"]["rules"]]
    results = run["results"]
    assert len(results) == 3  # consistent, inconsistent, error: all present
    for r in results:
        assert rules[r["ruleIndex"]] == r["ruleId"]
        assert r["level"] in ("error", "none")
        assert r["message"]["text"]
        region = r["locations"][0]["physicalLocation"]["region"]
        assert region["startLine"] >= 1
        assert region["startColumn"] >= 1


def test_levels_and_kinds() -> None:
    reports, _ = sample_reports()
    by_rule = {r["ruleId"]: r for r in _render(reports)["runs"][0]["results"]}
    good, bad, error = by_rule["growth"], by_rule["share"], by_rule["error"]
    assert (good["kind"], good["level"]) == ("pass", "none")
    assert (bad["kind"], bad["level"]) == ("fail", "error")
    assert (error["kind"], error["level"]) == ("fail", "error")
    assert bad["message"]["text"] == f"{BAD.id}: {BAD.message}"
    assert error["message"]["text"] == ERROR.message
    region = bad["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"]) == (BAD.line, BAD.column)
    region = error["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"]) == (ERROR.line, ERROR.column)
    assert good["properties"]["implied"] == GOOD.implied


def test_uri_references_are_really_checked() -> None:
    checker = jsonschema.FormatChecker()
    assert checker.conforms("news/claims.yaml", "uri-reference")
    assert not checker.conforms("news/第 1 篇.yaml", "uri-reference")


def test_uri_stays_relative_and_is_a_valid_uri_reference() -> None:
    reports = [FileReport("稿件/第 1 篇/claims.yaml", results=[GOOD])]
    log = sarif_log(reports, show_all=True, root=Path.cwd().resolve())
    uri = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"][
        "uri"
    ]
    assert uri == "%E7%A8%BF%E4%BB%B6/%E7%AC%AC%201%20%E7%AF%87/claims.yaml"
    _validator().validate(log)


def test_no_files_is_still_a_valid_log() -> None:
    log = sarif_log([])
    assert log["runs"][0]["results"] == []
    _validator().validate(log)


def test_every_rule_is_described() -> None:
    assert set(RULES) == {k.value for k in Kind} | {"error", "accept"}


def test_passes_stay_out_unless_asked_for() -> None:
    reports, _ = sample_reports()
    rules = [r["ruleId"] for r in _render(reports, show_all=False)["runs"][0]["results"]]
    assert rules == ["share", "error"]  # the failure and the error; the pass only with --all
    assert [r["ruleId"] for r in _render(reports)["runs"][0]["results"]] == [
        "growth",
        "share",
        "error",
    ]


def test_uris_are_relative_to_the_repository_root(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / "news" / "2023").mkdir(parents=True)
    monkeypatch.chdir(tmp_path / "news")
    reports = [FileReport("2023/claims.yaml", results=[BAD]), FileReport("../x.yaml")]
    log = _render(reports)
    uris = [
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        for r in log["runs"][0]["results"]
    ]
    assert uris == ["news/2023/claims.yaml"]
    assert repository_root() == tmp_path.resolve()
    # outside any repository: relative to the current folder; outside it, file:
    (tmp_path / ".git").rmdir()
    outside = tmp_path.parent / "elsewhere.yaml"
    reports = [
        FileReport("2023/claims.yaml", results=[BAD]),
        FileReport(str(outside), results=[BAD]),
    ]
    uris = [
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        for r in _render(reports)["runs"][0]["results"]
    ]
    if repository_root() == (tmp_path / "news").resolve():  # no .git above tmp_path
        assert uris == ["2023/claims.yaml", outside.resolve().as_uri()]
    _validator().validate(_render(reports))


def test_an_accepted_finding_is_a_suppression_and_an_outlived_note_a_warning() -> None:
    accepted = BAD._replace(accept="confirmed with the desk")
    stale = GOOD._replace(accept="old reason")
    reports = [FileReport("c.yaml", results=[accepted, stale])]
    results = _render(reports, show_all=False)["runs"][0]["results"]
    assert [r["ruleId"] for r in results] == ["share", "accept"]
    assert results[0]["level"] == "error"
    assert results[0]["suppressions"] == [
        {"kind": "inSource", "justification": "confirmed with the desk"}
    ]
    assert (results[1]["level"], results[1]["kind"]) == ("warning", "fail")
    assert "old reason" in results[1]["message"]["text"]
    assert "suppressions" not in results[1]
    _validator().validate(_render(reports))


def test_the_log_is_the_dict_sarif_log_gives() -> None:
    reports, _ = sample_reports()
    for show_all in (False, True):
        written = _render(reports, show_all=show_all)
        assert written == sarif_log(reports, show_all=show_all)
