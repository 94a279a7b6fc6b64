"""Hand-made reports for the CI format tests: one file with a consistent and
an inconsistent result, one file that could not be checked."""

from __future__ import annotations

from licang_check.claims.diagnostics import Diagnostic
from licang_check.run.results import FileReport, Kind, Result, Summary, Verdict

GOOD = Result(
    "projects_landed",
    Kind.GROWTH,
    Verdict.CONSISTENT,
    7,
    3,
    "prior 40 in (39.89…, 40]: 149 is +272.5% on 40, prints as 273%",
    "149, +273%",
    "prior 40",
)
BAD = Result(
    "sows_share",
    Kind.SHARE,
    Verdict.INCONSISTENT,
    25,
    3,
    "54.2% of 150 is [81.225, 81.375), which holds no whole number (GRIM)",
    "54.2% of 150",
    "no whole part",
)
ERROR = Diagnostic(9, 5, "unknown key 'grwoth' in claim 'projects_landed'")


def sample_reports() -> tuple[list[FileReport], Summary]:
    reports = [
        FileReport("news/claims.yaml", results=[GOOD, BAD]),
        FileReport("news/broken.yaml", errors=[ERROR]),
    ]
    return reports, Summary.of(reports)
