"""Property-based fuzzing: whatever arrives, the library answers with results
or a clean error, never anything else.

Inputs: random YAML documents (nested data dumped by ``yaml.safe_dump``, and
near-claims files with random figures and expressions), raw random text and
bytes, random mutations of the shipped claims.yaml, and random expression
strings. Every outcome must be a list of results (each a verdict at a line),
or :class:`ClaimsFileError` whose diagnostics all have a line and column of
at least 1 and a message; an expression alone parses or raises
:class:`ExprError` at an offset inside it. Any other exception fails.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from licang_check.claims.diagnostics import ClaimsFileError
from licang_check.claims.expr import Comparison, ExprError, parse_check
from licang_check.claims.load import TOP_KEYS, ClaimsFile, parse_claims
from licang_check.formats import OutputFormat, get_formatter
from licang_check.run.results import FileReport, Result, Summary, Verdict
from licang_check.run.verify import run_checks

ROOT = Path(__file__).parents[2]
SHIPPED = ROOT / "claims.yaml"
SHIPPED_LINES = SHIPPED.read_text(encoding="utf-8").splitlines(keepends=True)

EXAMPLES = int(os.environ.get("LICANG_FUZZ_EXAMPLES", "150"))
"""Examples per property; raise it for a long local run (fuzz/README.md)."""

FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

# -- the one property ----------------------------------------------------------


def outcome(data: bytes | str, path: Path) -> list[Result] | ClaimsFileError:
    """Load and check; the results, or the clean error. Anything else raises."""
    error: ClaimsFileError | None = None
    try:
        cf: ClaimsFile = parse_claims(data, path)
        results = run_checks(cf)
    except ClaimsFileError as e:
        error = e
    if error is not None:
        assert error.diagnostics, "an error with nothing in it"
        for d in error.diagnostics:
            assert d.line >= 1, d
            assert d.column >= 1, d
            assert d.message.strip(), d
        return error
    for r in results:
        assert r.verdict in (Verdict.CONSISTENT, Verdict.INCONSISTENT)
        assert r.line >= 1
    return results


def rendered(path: Path, got: list[Result] | ClaimsFileError) -> None:
    """Every output format renders the outcome (a formatter must not crash)."""
    report = FileReport(str(path))
    if isinstance(got, ClaimsFileError):
        report.errors = got.diagnostics
    else:
        report.results = got
    summary = Summary.of([report])
    for fmt in OutputFormat:
        text = get_formatter(fmt).render([report], summary, color=False)
        assert isinstance(text, str)  # (GitHub annotations are empty when all is well)


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder for the claims path (article paths resolve against it)."""
    folder = tmp_path_factory.mktemp("fuzz")
    (folder / "article.txt").write_text(
        "落地过亿元项目149个、增长273%,总投资额达到448.6亿元", encoding="utf-8"
    )
    return folder / "claims.yaml"


# -- strategies ----------------------------------------------------------------

KEYS = [*TOP_KEYS, "title", "text", "quote", "value", "count", "growth", "prior", "of", "id"]
KEYS += ["expr", "says", "note", "unit", "claim", "grwoth", "<<"]

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**60), max_value=10**60),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30),
    st.sampled_from(["149", "448.6亿", "273%", "近7000万", "-100%", "1e5", "两", "article.txt"]),
)
yaml_data = st.recursive(
    scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=5),
        st.dictionaries(
            st.one_of(st.sampled_from(KEYS), st.text(max_size=10)), children, max_size=6
        ),
    ),
    max_leaves=30,
)

FIGURE_CHARS = "0123456789.,%-+ 一二两三十百千万亿近约超余多以上下左右不足达到分之e"
figures = st.one_of(
    st.sampled_from(["149", "448.6亿", "273%", "-3.5%", "近7000万", "30%左右", "千", "1.0百万"]),
    st.text(alphabet=FIGURE_CHARS, min_size=1, max_size=12),
)
EXPR_CHARS = "abxyz_0123456789.%+-*/()=<>! 亿万千百一两prio"
EXPR_JUNK = "'\"[]{}:;,#@$`\\λ\t\n&|^~"
expressions = st.one_of(
    st.text(alphabet=EXPR_CHARS, max_size=40),
    st.text(alphabet=EXPR_CHARS + EXPR_JUNK, max_size=40),
    st.text(max_size=40),
    st.builds(
        lambda a, op, b: f"{a} {op} {b}",
        st.sampled_from(["a", "b", "prior(a)", "a * b", "a / b", "(a - b)", "-a", "1亿"]),
        st.sampled_from(["==", "!=", "<", "<=", ">", ">="]),
        st.sampled_from(["b", "a + 1", "b / a", "prior(b) * 2", "0", "a / (b - b)"]),
    ),
)
ids = st.sampled_from(["a", "b", "c", "prior", "A", "a b"])


@st.composite
def near_claims(draw: st.DrawFn) -> dict[str, Any]:
    """A claims file close to a valid one, with random figures and checks."""
    claims: dict[str, Any] = {}
    for cid in draw(st.lists(ids, min_size=1, max_size=3)):
        claim: dict[str, Any] = {"quote": draw(st.sampled_from(["q", "落地过亿元项目149个"]))}
        claim["value"] = draw(figures)
        if draw(st.booleans()):
            claim["count"] = draw(st.sampled_from([True, False, "yes"]))
        if draw(st.booleans()):
            claim["growth"] = draw(figures)
        if draw(st.booleans()):
            claim["prior"] = draw(st.one_of(figures, ids))
        if draw(st.booleans()):
            claim["of"] = draw(ids)
        claims[cid] = claim
    doc: dict[str, Any] = {"version": 1, "article": {"title": "t"}, "claims": claims}
    if draw(st.booleans()):
        doc["article"]["text"] = draw(st.sampled_from(["article.txt", "../x", "/etc/passwd"]))
    if draw(st.booleans()):
        doc["rounding"] = draw(st.sampled_from(["half-up", "half-even", "down", "any", "up"]))
    checks = draw(st.lists(expressions, max_size=3))
    if checks:
        doc["checks"] = [{"id": f"k{i}", "expr": e} for i, e in enumerate(checks)]
    return doc


# -- random YAML documents -----------------------------------------------------


@FUZZ
@given(doc=yaml_data, unicode=st.booleans())
def test_random_yaml_documents(scratch: Path, doc: object, unicode: bool) -> None:
    text = yaml.safe_dump(doc, allow_unicode=unicode)
    outcome(text.encode("utf-8"), scratch)


@FUZZ
@given(doc=near_claims())
def test_near_claims_files(scratch: Path, doc: dict[str, Any]) -> None:
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False)
    got = outcome(text, scratch)
    rendered(scratch, got)


@FUZZ
@given(text=st.text(max_size=300))
def test_random_text(scratch: Path, text: str) -> None:
    outcome(text, scratch)


@FUZZ
@given(data=st.binary(max_size=300))
def test_random_bytes(scratch: Path, data: bytes) -> None:
    outcome(data, scratch)


# -- random mutations of the shipped claims.yaml ---------------------------------


@st.composite
def mutated_claims(draw: st.DrawFn) -> str:
    """claims.yaml with a few lines deleted, duplicated, replaced or moved,
    characters changed, or two values swapped."""
    lines = list(SHIPPED_LINES)
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        i = draw(st.integers(min_value=0, max_value=len(lines) - 1))
        j = draw(st.integers(min_value=0, max_value=len(lines) - 1))
        op = draw(st.sampled_from(["delete", "duplicate", "replace", "char", "swap", "value"]))
        if op == "delete" and len(lines) > 1:
            del lines[i]
        elif op == "duplicate":
            lines.insert(j, lines[i])
        elif op == "replace":
            lines[i] = lines[j]
        elif op == "char":
            line = lines[i]
            k = draw(st.integers(min_value=0, max_value=len(line)))
            ch = draw(st.one_of(st.sampled_from(list(":-&*!|>'\"#{}[]\t %亿")), st.characters()))
            cut = draw(st.booleans())
            lines[i] = line[:k] + ch + line[k + cut :]
        elif op == "swap":
            lines[i], lines[j] = lines[j], lines[i]
        elif ": " in lines[i] and ": " in lines[j]:
            a_key, _, a_val = lines[i].partition(": ")
            b_key, _, b_val = lines[j].partition(": ")
            lines[i], lines[j] = f"{a_key}: {b_val}", f"{b_key}: {a_val}"
    return "".join(lines)


@FUZZ
@given(text=mutated_claims())
def test_mutated_shipped_claims(text: str) -> None:
    got = outcome(text, SHIPPED)  # the real article.txt is read next to it
    rendered(SHIPPED, got)


def test_the_shipped_claims_file_is_the_baseline() -> None:
    """Unmutated, the shipped file gives only verdicts (so a mutation can fail)."""
    got = outcome("".join(SHIPPED_LINES), SHIPPED)
    assert isinstance(got, list)
    assert len(got) > 40


# -- random expression strings -------------------------------------------------


@FUZZ
@given(text=expressions)
def test_random_expressions_parse_or_fail_cleanly(text: str) -> None:
    parsed: Comparison | ExprError
    try:
        parsed = parse_check(text)
    except ExprError as e:
        parsed = e
    if isinstance(parsed, ExprError):
        assert 0 <= parsed.offset <= len(text), (parsed.offset, text)
        assert str(parsed).strip()
    else:
        assert isinstance(parsed, Comparison)


@FUZZ
@given(expr=expressions)
def test_random_expressions_in_a_claims_file(scratch: Path, expr: str) -> None:
    doc = {
        "version": 1,
        "article": {"title": "t"},
        "claims": {
            "a": {"quote": "q", "value": "149", "count": True, "growth": "273%"},
            "b": {"quote": "q", "value": "448.6亿"},
            "c": {"quote": "q", "value": "0"},
        },
        "checks": [{"id": "k", "expr": expr}],
    }
    outcome(yaml.safe_dump(doc, allow_unicode=True), scratch)


@pytest.mark.parametrize(
    "text",
    [
        "__import__('os').system('true') > 0",
        "a.__class__ > 0",
        "(lambda: a)() > 0",
        "eval('1') > 0",
        "a if b else c > 0",
        "[a for a in b] > 0",
        "a ** b > 0",
        "a // b > 0",
        "a > 0 or b > 0",
        "a @ b > 0",
        "a; b > 0",
        "open('x') > 0",
    ],
)
def test_python_is_not_the_expression_language(text: str) -> None:
    with pytest.raises(ExprError):
        parse_check(text)


def test_no_eval_anywhere() -> None:
    """The library never hands text to Python: no eval, exec or compile."""
    forbidden = re.compile(
        r"(?<![\w.])(eval|exec|compile|__import__)\(|yaml\.(load|unsafe_load|full_load)\("
        r"|\b(C?UnsafeLoader|C?FullLoader|CLoader|yaml\.Loader)\b|pickle|marshal|subprocess"
        r"|os\.system|os\.popen"
    )
    for path in sorted((ROOT / "licang_check").rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        assert not forbidden.search(source), f"{path.name}: {forbidden.search(source)}"


def test_the_fuzz_targets_run_without_atheris(tmp_path: Path) -> None:
    """fuzz/run_corpus.py, CI's fallback, runs both targets' properties over
    the seeds, the catalogue and random mutations."""
    proc = subprocess.run(
        [sys.executable, str(ROOT / "fuzz" / "run_corpus.py"), "--runs", "200", "--seed", "1"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,  # a hang guard
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert "no failure" in proc.stdout
    assert list(tmp_path.iterdir()) == []  # no crash file
