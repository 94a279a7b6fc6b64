"""``--format junit``: JUnit XML, one testcase per result."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from ci_reports import BAD, ERROR, GOOD, sample_reports

from licang_check.claims.diagnostics import Diagnostic
from licang_check.formats.junit import JunitFormatter, junit_tree, xml_safe
from licang_check.run.results import FileReport, Summary


def _root(reports: list[FileReport]) -> ET.Element:
    out = JunitFormatter().render(reports, Summary.of(reports), color=False)
    assert out.startswith("<?xml version='1.0' encoding='utf-8'?>\n")
    return ET.fromstring(out)


def test_suites_counts_and_cases() -> None:
    reports, _ = sample_reports()
    root = _root(reports)
    assert root.tag == "testsuites"
    assert (root.get("tests"), root.get("failures"), root.get("errors")) == ("3", "1", "1")
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == ["news/claims.yaml", "news/broken.yaml"]
    assert (suites[0].get("tests"), suites[0].get("failures"), suites[0].get("errors")) == (
        "2",
        "1",
        "0",
    )
    assert (suites[1].get("tests"), suites[1].get("failures"), suites[1].get("errors")) == (
        "1",
        "0",
        "1",
    )


def test_a_failure_for_the_inconsistent_result_only() -> None:
    reports, _ = sample_reports()
    cases = _root(reports).find("testsuite").findall("testcase")  # type: ignore[union-attr]
    assert [c.get("name") for c in cases] == [f"growth {GOOD.id}", f"share {BAD.id}"]
    good, bad = cases
    assert good.find("failure") is None
    failure = bad.find("failure")
    assert failure is not None
    assert failure.get("message") == BAD.message
    assert failure.get("type") == "share"
    assert bad.get("classname") == "news/claims_yaml"  # no dot of the file name
    assert bad.get("time") == "0"
    assert failure.text is not None
    assert failure.text.startswith(f"news/claims.yaml:{BAD.line}:{BAD.column}: inconsistent: ")


def test_consistent_case_has_its_position_and_message_as_output() -> None:
    reports, _ = sample_reports()
    good = _root(reports).find("testsuite/testcase")
    assert good is not None
    out = good.find("system-out")
    assert out is not None
    assert out.text is not None
    assert out.text.startswith(f"news/claims.yaml:{GOOD.line}:{GOOD.column}: consistent: ")
    assert GOOD.message in out.text


def test_errors_are_error_elements_with_their_position() -> None:
    reports, _ = sample_reports()
    suite = _root(reports).findall("testsuite")[1]
    (case,) = suite.findall("testcase")
    error = case.find("error")
    assert error is not None
    assert error.get("message") == ERROR.message
    assert error.text == ERROR.render("news/broken.yaml")
    assert error.text.startswith(f"news/broken.yaml:{ERROR.line}:{ERROR.column}: ")


def test_characters_xml_cannot_hold_are_written_out() -> None:
    assert xml_safe("a\x00b\x1bc\td\n") == "a\\x00b\\x1bc\td\n"
    reports = [FileReport("bad\x01name.yaml", errors=[Diagnostic(1, 1, "byte \x00 here")])]
    root = _root(reports)  # parses: nothing unrepresentable was written
    error = root.find("testsuite/testcase/error")
    assert error is not None
    assert error.get("message") == "byte \\x00 here"


def test_markup_in_messages_is_escaped_not_interpreted() -> None:
    reports = [FileReport("a.yaml", errors=[Diagnostic(2, 3, "<b>&'\"</b>")])]
    error = _root(reports).find("testsuite/testcase/error")
    assert error is not None
    assert error.get("message") == "<b>&'\"</b>"
    assert list(error) == []


SCHEMA = Path(__file__).parents[1] / "data" / "jenkins-junit-10.xsd"
CI_DATA = Path(__file__).parents[1] / "data" / "ci"


def _jenkins() -> Any:
    xmlschema = pytest.importorskip("xmlschema")
    return xmlschema.XMLSchema(SCHEMA)


def test_reports_are_valid_against_the_jenkins_xunit_schema() -> None:
    schema = _jenkins()
    reports, _ = sample_reports()
    reports.append(
        FileReport(
            "news/accepted.yaml",
            results=[BAD._replace(accept="confirmed"), GOOD._replace(accept="old")],
        )
    )
    out = JunitFormatter().render(reports, Summary.of(reports), color=False)
    schema.validate(out)
    for case in ET.fromstring(out).iter("testcase"):
        assert "." not in (case.get("classname") or "")
        assert case.get("time") == "0"


def test_the_schema_check_can_fail() -> None:
    """The validation above could fail: the old ``file``/``line`` attributes do."""
    schema = _jenkins()
    reports, _ = sample_reports()
    root = junit_tree(reports, Summary.of(reports))
    assert schema.is_valid(ET.tostring(root, encoding="unicode"))
    next(root.iter("testcase")).set("line", "7")
    assert not schema.is_valid(ET.tostring(root, encoding="unicode"))


def test_an_accepted_finding_is_skipped() -> None:
    accepted = BAD._replace(accept="confirmed with the desk")
    reports = [FileReport("c.yaml", results=[GOOD, accepted])]
    root = _root(reports)
    suite = root.find("testsuite")
    assert suite is not None
    assert (suite.get("failures"), suite.get("skipped"), suite.get("tests")) == ("0", "1", "2")
    case = suite.findall("testcase")[1]
    skipped = case.find("skipped")
    assert skipped is not None
    assert skipped.get("message") == "accepted: confirmed with the desk"
    assert case.find("failure") is None


def test_cli_junit_on_test_data_is_valid(monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from licang_check._cli.app import app

    schema = _jenkins()
    monkeypatch.chdir(CI_DATA)
    paths = ["consistent/claims.yaml", "inconsistent/claims.yaml", "broken/claims.yaml"]
    result = CliRunner().invoke(app, ["verify", "--isolated", "-f", "junit", *paths])
    assert result.exit_code == 2
    schema.validate(result.stdout)
