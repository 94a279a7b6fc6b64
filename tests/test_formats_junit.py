"""``--format junit``: JUnit XML, one testcase per result."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from ci_reports import BAD, ERROR, GOOD, sample_reports

from licang_check.claims.diagnostics import Diagnostic
from licang_check.formats.junit import JunitFormatter, xml_safe
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
    assert (bad.get("file"), bad.get("line")) == ("news/claims.yaml", str(BAD.line))
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
    assert case.get("line") == str(ERROR.line)


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
