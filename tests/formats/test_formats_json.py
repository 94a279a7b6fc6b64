"""``--format json`` is written out by hand for speed; it must be exactly the
text ``json.dumps(report_dict(...), ensure_ascii=False, indent=2)`` gives."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from licang_check.claims.diagnostics import Diagnostic
from licang_check.formats.json import JsonFormatter, report_dict
from licang_check.numeric.rounding import RoundingMode
from licang_check.run.results import FileReport, Kind, Result, Summary, Verdict

# Any text a message could hold: quotes, backslashes, control characters,
# lone surrogates aside (they never reach a result: the loader refuses them).
TEXT = st.text(st.characters(exclude_categories=["Cs"]), max_size=20)

RESULTS = st.builds(
    Result,
    id=TEXT,
    kind=st.sampled_from(Kind),
    verdict=st.sampled_from(Verdict),
    line=st.integers(1, 10**6),
    column=st.integers(1, 10**4),
    message=TEXT,
    printed=TEXT,
    implied=TEXT,
    modes=st.none() | st.lists(st.sampled_from(RoundingMode), unique=True).map(tuple),
    edge=st.booleans(),
    nearest=st.lists(
        st.tuples(TEXT, st.lists(TEXT, max_size=3).map(tuple)), max_size=3, unique_by=lambda x: x[0]
    ).map(tuple),
)
ERRORS = st.builds(Diagnostic, st.integers(1, 10**6), st.integers(1, 10**4), TEXT)
REPORTS = st.builds(
    FileReport,
    TEXT,
    results=st.lists(RESULTS, max_size=4),
    errors=st.lists(ERRORS, max_size=2),
)


def _dumps(reports: list[FileReport]) -> str:
    summary = Summary.of(reports)
    return json.dumps(report_dict(reports, summary), ensure_ascii=False, indent=2) + "\n"


@given(st.lists(REPORTS, max_size=3))
def test_json_format_is_exactly_what_json_dumps_writes(reports: list[FileReport]) -> None:
    text = JsonFormatter().render(reports, Summary.of(reports), color=False)
    assert text == _dumps(reports)
    json.loads(text)  # and it parses


def test_json_format_of_no_files() -> None:
    assert JsonFormatter().render([], Summary.of([]), color=False) == _dumps([])
