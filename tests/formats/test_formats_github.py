"""``--format github``: workflow commands, escaped as the Actions runner reads them."""

from __future__ import annotations

import re

from ci_reports import BAD, ERROR, GOOD, sample_reports

from licang_check.formats.github import (
    GithubFormatter,
    escape_data,
    escape_property,
    workflow_command,
)
from licang_check.run.results import FileReport, Summary


def _unescape(text: str) -> str:
    """What the runner makes of an escaped value (the inverse of the toolkit's escaping)."""
    table = {"%25": "%", "%0D": "\r", "%0A": "\n", "%3A": ":", "%2C": ","}
    return re.sub("%25|%0D|%0A|%3A|%2C", lambda m: table[m.group()], text)


def _parse(line: str) -> tuple[str, dict[str, str], str]:
    m = re.fullmatch(r"::(\w+) ([^:]*)::(.*)", line)
    assert m, line
    props = dict(p.split("=", 1) for p in m.group(2).split(","))
    return m.group(1), {k: _unescape(v) for k, v in props.items()}, _unescape(m.group(3))


def test_data_escapes_percent_cr_lf_and_nothing_else() -> None:
    assert escape_data("50%\r\nnext: a, b") == "50%25%0D%0Anext: a, b"


def test_property_also_escapes_colon_and_comma() -> None:
    assert escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"


def test_percent_is_escaped_first_so_escapes_are_not_doubled() -> None:
    # a literal "%0A" in the text must come back as "%0A", not as a newline
    assert _unescape(escape_data("%0A")) == "%0A"
    assert escape_data("%0A") == "%250A"


def test_one_command_per_inconsistent_result_and_per_error_only() -> None:
    reports, summary = sample_reports()
    out = GithubFormatter().render(reports, summary, color=False)
    lines = out.splitlines()
    assert len(lines) == 2
    assert out.endswith("\n")
    assert all(line.startswith("::error ") for line in lines)
    assert GOOD.message not in _unescape(out)


def test_inconsistent_result_command_has_file_line_col_title_and_message() -> None:
    reports, summary = sample_reports()
    command, props, message = _parse(
        GithubFormatter().render(reports, summary, color=False).splitlines()[0]
    )
    assert command == "error"
    assert list(props) == ["file", "line", "col", "title"]
    assert props["file"] == "news/claims.yaml"
    assert (props["line"], props["col"]) == (str(BAD.line), str(BAD.column))
    assert "share" in props["title"]
    assert BAD.id in props["title"]
    assert message == BAD.message


def test_error_command_has_the_diagnostic_position() -> None:
    reports, summary = sample_reports()
    line = GithubFormatter().render(reports, summary, color=False).splitlines()[1]
    _, props, message = _parse(line)
    assert props["file"] == "news/broken.yaml"
    assert (props["line"], props["col"]) == (str(ERROR.line), str(ERROR.column))
    assert message == ERROR.message


def test_all_consistent_gives_no_output() -> None:
    reports = [FileReport("a.yaml", results=[GOOD])]
    assert GithubFormatter().render(reports, Summary.of(reports), color=False) == ""


def test_hostile_path_and_message_stay_on_one_line_and_round_trip() -> None:
    path = "dir,x/a:b%.yaml"
    message = "line one\nline two\r\n100%: a, b"
    line = workflow_command("error", message, file=path, line=3, col=4, title="t: a, b")
    assert "\n" not in line
    assert "\r" not in line
    _, props, back = _parse(line)
    assert props == {"file": path, "line": "3", "col": "4", "title": "t: a, b"}
    assert back == message
