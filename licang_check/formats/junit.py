"""``--format junit``: a JUnit XML report, for CI systems that show test results.

One ``testsuite`` per claims file (its path as ``name`` and ``file``) and one
``testcase`` per result, named ``KIND ID``: an inconsistent result carries a
``failure``; one an ``accept:`` note accepts, a ``skipped`` with the note's
reason; a consistent one its message as ``system-out``. A file that could not
be checked has one ``testcase`` per error, each carrying an ``error``.

The report is valid against the Jenkins xUnit plugin's JUnit schema
(``junit-10.xsd``): no attribute it does not define, a ``time`` on every
suite and case (``0``: licang-check does not time its checks), and a
``classname`` without the dots of a file name (``news/claims_yaml`` for
``news/claims.yaml``: a dot would make a package of ``news/claims``). Each
text starts with ``PATH:LINE:COL:``, which is where the line is. Built with
ElementTree, never by pasting strings. Names, types, attributes and the
``PATH:LINE:COL: VERDICT:`` start of a text are for tools and stay English;
messages and the ``printed`` / ``implied`` labels follow ``--lang``.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from licang_check._i18n.messages import t
from licang_check.run.results import FileReport, Summary

__all__ = ["JunitFormatter", "classname", "junit_tree", "xml_safe"]

# Characters XML 1.0 cannot hold at all, not even escaped.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """``text`` with the characters XML 1.0 forbids written as ``\\xNN``."""
    return _NOT_XML.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def _set(element: ET.Element, **attributes: str | int) -> ET.Element:
    for name, value in attributes.items():
        element.set(name, xml_safe(str(value)))
    return element


def classname(path: str) -> str:
    """A file's ``classname``: its path, with ``_`` for each dot."""
    return path.replace(".", "_")


def _counts(element: ET.Element, tests: int, failures: int, errors: int) -> None:
    _set(element, tests=tests, failures=failures, errors=errors)


def junit_tree(reports: list[FileReport], summary: Summary) -> ET.Element:
    root = _set(ET.Element("testsuites"), name="licang-check")
    _counts(
        root,
        summary.consistent + summary.inconsistent + summary.accepted + summary.errors,
        summary.inconsistent,
        summary.errors,
    )
    root.set("time", "0")
    for rep in reports:
        suite = _set(ET.SubElement(root, "testsuite"), name=rep.path)
        cls = classname(rep.path)
        failures = skipped = 0
        for err in rep.errors:
            case = _set(
                ET.SubElement(suite, "testcase"),
                name=f"error {err.line}:{err.column}",
                classname=cls,
                time=0,
            )
            element = _set(ET.SubElement(case, "error"), message=err.message, type="error")
            element.text = xml_safe(err.render(rep.path))
        for r in rep.results:
            name = f"{r.kind.value} {r.id}"
            case = _set(ET.SubElement(suite, "testcase"), name=name, classname=cls, time=0)
            text = (
                f"{rep.path}:{r.line}:{r.column}: {r.verdict.value}: {r.message}"
                + ("\n" + t("junit.printed", printed=r.printed) if r.printed else "")
                + ("\n" + t("junit.implied", implied=r.implied) if r.implied else "")
            )
            if r.accepted:
                skipped += 1
                reason = t("table.accepted", reason=r.accept)
                _set(ET.SubElement(case, "skipped"), message=reason, type="accepted")
                element = ET.SubElement(case, "system-out")
                text += "\n" + reason
            elif r.consistent:
                element = ET.SubElement(case, "system-out")
                if r.stale:
                    text += "\n" + t("table.stale", reason=r.accept)
            else:
                failures += 1
                element = _set(ET.SubElement(case, "failure"), message=r.message, type=r.kind.value)
            element.text = xml_safe(text)
        _counts(suite, len(rep.errors) + len(rep.results), failures, len(rep.errors))
        _set(suite, skipped=skipped, time=0, file=rep.path)
    return root


class JunitFormatter:
    def render(
        self, reports: list[FileReport], summary: Summary, *, color: bool, show_all: bool = False
    ) -> str:
        root = junit_tree(reports, summary)
        ET.indent(root)
        return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"
