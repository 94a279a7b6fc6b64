"""``--format junit``: a JUnit XML report, for CI systems that show test results.

One ``testsuite`` per claims file and one ``testcase`` per result, named
``KIND ID``: an inconsistent result carries a ``failure``, a consistent one
its message as ``system-out``. A file that could not be checked has one
``testcase`` per error, each carrying an ``error``. Every case has the file
and line as attributes (``file``, ``line``, as pytest writes them), and its
text starts with ``PATH:LINE:COL:``. Built with ElementTree, never by pasting
strings. Names, types, attributes and the ``PATH:LINE:COL: VERDICT:`` start of a
text are for tools and stay English; messages and the ``printed`` /
``implied`` labels follow ``--lang``.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from licang_check._i18n.messages import t
from licang_check.run.results import FileReport, Summary

__all__ = ["JunitFormatter", "junit_tree", "xml_safe"]

# Characters XML 1.0 cannot hold at all, not even escaped.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """``text`` with the characters XML 1.0 forbids written as ``\\xNN``."""
    return _NOT_XML.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def _set(element: ET.Element, **attributes: str | int) -> ET.Element:
    for name, value in attributes.items():
        element.set(name, xml_safe(str(value)))
    return element


def _counts(element: ET.Element, tests: int, failures: int, errors: int) -> None:
    _set(element, tests=tests, failures=failures, errors=errors, skipped=0)


def junit_tree(reports: list[FileReport], summary: Summary) -> ET.Element:
    root = _set(ET.Element("testsuites"), name="licang-check")
    _counts(
        root,
        summary.consistent + summary.inconsistent + summary.errors,
        summary.inconsistent,
        summary.errors,
    )
    for rep in reports:
        suite = _set(ET.SubElement(root, "testsuite"), name=rep.path)
        failures = 0
        for err in rep.errors:
            case = _set(
                ET.SubElement(suite, "testcase"),
                classname=rep.path,
                name=f"error {err.line}:{err.column}",
                file=rep.path,
                line=err.line,
            )
            element = _set(ET.SubElement(case, "error"), message=err.message, type="error")
            element.text = xml_safe(err.render(rep.path))
        for r in rep.results:
            case = _set(
                ET.SubElement(suite, "testcase"),
                classname=rep.path,
                name=f"{r.kind.value} {r.id}",
                file=rep.path,
                line=r.line,
            )
            if r.consistent:
                element = ET.SubElement(case, "system-out")
            else:
                failures += 1
                element = _set(ET.SubElement(case, "failure"), message=r.message, type=r.kind.value)
            element.text = xml_safe(
                f"{rep.path}:{r.line}:{r.column}: {r.verdict.value}: {r.message}"
                + ("\n" + t("junit.printed", printed=r.printed) if r.printed else "")
                + ("\n" + t("junit.implied", implied=r.implied) if r.implied else "")
            )
        _counts(suite, len(rep.errors) + len(rep.results), failures, len(rep.errors))
    return root


class JunitFormatter:
    def render(
        self, reports: list[FileReport], summary: Summary, *, color: bool, show_all: bool = False
    ) -> str:
        root = junit_tree(reports, summary)
        ET.indent(root)
        return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"
