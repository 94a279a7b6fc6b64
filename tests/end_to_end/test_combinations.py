"""Small claims files that combine the format's features — qualified figures
(以上, 不足, 近, 约, 余, 多, 超过 …), counts, shares ``of`` another claim,
growth with and without a stated ``prior`` (a figure or an id) and checks
over them — run through the real CLI: ``verify`` (in every output format)
and ``explain`` on each result. Whatever the input, the answer is a verdict
or a ``PATH:LINE:COL: error:``, never a traceback (exit 0, 1 or 2).

``COMBINATIONS_EXAMPLES=5000 pytest tests/end_to_end/test_combinations.py`` hunts longer."""

from __future__ import annotations

import json
import os
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner, Result

from licang_check._cli.app import app
from licang_check.figures.qualifiers import AFTER, BEFORE, INSIDE, words

SETTINGS = settings(
    max_examples=int(os.environ.get("COMBINATIONS_EXAMPLES", "60")),  # more to hunt
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

PREFIXES = ["", "", "", *words(BEFORE)]
SUFFIXES = ["", "", "", *words(AFTER)]
"""Every qualifier of the table (licang_check/figures/qualifiers.py), or none."""
NUMBERS = ["0", "1", "3", "40", "149", "150", "1,122", "39.90", "0.5", "0.0", "99999"]
NUMBERS += ["两", "千", "三千", "一百零五", "十"]
MULTIPLIERS = ["", "", "", "万", "亿", "百", "千万", "万亿"]
RATES = ["0", "1", "20", "54.2", "273", "100", "99.9", "0.1", "0.0", "三十"]
FULL_WIDTH = str.maketrans("0123456789.,%-+", "０１２３４５６７８９．，％－＋")


@st.composite
def figures(draw: st.DrawFn, *, percent: bool, signed: bool = False) -> str:
    pre = draw(st.sampled_from(PREFIXES))
    number = draw(st.sampled_from(RATES if percent else NUMBERS))
    sign = draw(st.sampled_from(["", "", "-", "+"])) if signed else ""
    mult = "" if percent else draw(st.sampled_from(MULTIPLIERS))
    infix = draw(st.sampled_from(["", "", "", *INSIDE]))
    post = draw(st.sampled_from(SUFFIXES))
    pct = "%" if percent else ""
    if infix and post in INSIDE:
        post = ""
    if percent and draw(st.integers(0, 4)) == 0:  # 百分之三十: the spelled-out %
        number = draw(st.sampled_from(["三十", "五", "一百", "零"]))
        return f"{pre}{sign}百分之{number}{post}"
    text = f"{pre}{sign}{number}{infix}{mult}{pct}{post}"
    return text.translate(FULL_WIDTH) if draw(st.integers(0, 9)) == 0 else text


def _quoted(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


@st.composite
def claims_files(draw: st.DrawFn) -> tuple[str, list[str], str]:
    """The text of a claims file, the ids it defines (claims, then checks)
    and its article (where some quotes may be missing)."""
    n_base = draw(st.integers(1, 3))
    base = [f"c{i}" for i in range(n_base)]
    n_share = draw(st.integers(0, 2))
    shares = [f"s{i}" for i in range(n_share)]
    lines = [
        "version: 1",
        "article: {title: t, text: article.txt}",
        f"rounding: {draw(st.sampled_from(['half-up', 'half-even', 'down', 'any']))}",
        f"tolerance: {draw(st.sampled_from(['10%', '0%', '50%', '99.9%']))}",
        "claims:",
    ]
    growing: list[str] = []
    printed: list[str] = []
    for i, cid in enumerate(base):
        value = draw(figures(percent=False, signed=True))
        printed.append(value)
        lines.append(f"  {cid}:")
        lines.append(f"    quote: {_quoted(value)}")
        if draw(st.integers(0, 4)) == 0:
            lines.append(f"    unit: {_quoted(draw(st.sampled_from(['个', '元', '%', '亿元'])))}")
        lines.append(f"    value: {_quoted(value)}")
        if draw(st.booleans()):
            lines.append("    count: true")
        if draw(st.booleans()):
            lines.append(f"    growth: {_quoted(draw(figures(percent=True, signed=True)))}")
            growing.append(cid)
            kind = draw(st.sampled_from(["none", "figure", "id"]))
            if kind == "figure":
                lines.append(f"    prior: {_quoted(draw(figures(percent=False)))}")
            elif kind == "id" and i > 0:
                lines.append(f"    prior: {draw(st.sampled_from(base[:i]))}")
    for i, sid in enumerate(shares):
        value = draw(figures(percent=True, signed=True))
        printed.append(value)
        lines.append(f"  {sid}:")
        lines.append(f"    quote: {_quoted(value)}")
        lines.append(f"    value: {_quoted(value)}")
        lines.append(f"    of: {draw(st.sampled_from(base + shares[:i]))}")
        if draw(st.booleans()):
            lines.append("    count: true")
        if draw(st.integers(0, 3)) == 0:
            lines.append(f"    growth: {_quoted(draw(figures(percent=True, signed=True)))}")
            growing.append(sid)
            if draw(st.booleans()):
                lines.append(f"    prior: {draw(st.sampled_from(base + shares[:i]))}")
    names = base + shares

    atoms = st.one_of(
        st.sampled_from(names),
        st.sampled_from([f"prior({g})" for g in growing] or names),
        st.sampled_from(["-" + n for n in names]),
        st.sampled_from(["0", "1", "2", "1亿", "50%", "149", "0.5"]),
    )
    sums = st.recursive(
        atoms,
        lambda inner: st.tuples(inner, st.sampled_from(["+", "-", "*", "/"]), inner).map(
            lambda t: f"({t[0]} {t[1]} {t[2]})"
        ),
        max_leaves=4,
    )
    checks = draw(
        st.lists(
            st.tuples(sums, st.sampled_from(["==", "!=", "<", "<=", ">", ">="]), sums), max_size=3
        )
    )
    check_ids = [f"k{i}" for i in range(len(checks))]
    if checks:
        lines.append("checks:")
        for kid, (left, op, right) in zip(check_ids, checks, strict=True):
            lines.append(f"  - id: {kid}")
            lines.append(f"    expr: {_quoted(f'{left} {op} {right}')}")
    article = "，".join(draw(st.lists(st.sampled_from(printed), max_size=len(printed))))
    return "\n".join(lines) + "\n", names + check_ids, article


def _ok(result: Result, text: str, what: str) -> None:
    output = result.stdout + result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit), (
        f"{what} raised {result.exception!r} on:\n{text}"
    )
    assert "Traceback" not in output, f"{what} printed a traceback on:\n{text}\n{output}"
    assert result.exit_code in (0, 1, 2), f"{what} exited {result.exit_code} on:\n{text}"


SHARE_OF_A_COUNT_UNDER_150 = """\
version: 1
article: {title: t}
claims:
  pigs: {quote: q, value: 不足150, count: true}
  sows: {quote: q, value: 54.2%, of: pigs, count: true}
"""


@SETTINGS
@example(  # was an IndexError: whole parts with no least one (test_checks.py)
    case=(SHARE_OF_A_COUNT_UNDER_150, ["pigs", "sows"], ""), fmt="table", lang="zh", explain=True
)
@given(
    case=claims_files(),
    fmt=st.sampled_from(["table", "json", "github", "sarif", "junit", "html"]),
    lang=st.sampled_from(["en", "zh"]),
    explain=st.booleans(),
)
def test_no_combination_of_features_crashes(
    tmp_path: Path, case: tuple[str, list[str], str], fmt: str, lang: str, explain: bool
) -> None:
    text, ids, article = case
    path = tmp_path / "claims.yaml"
    path.write_text(text, encoding="utf-8")
    (tmp_path / "article.txt").write_text(article, encoding="utf-8")
    runner = CliRunner()
    r = runner.invoke(app, ["--lang", lang, "verify", str(path), "--format", fmt, "--isolated"])
    _ok(r, text, f"verify --format {fmt}")
    if explain and r.exit_code != 2:
        for id_ in ids:
            for explain_fmt in ("text", "json"):
                e = runner.invoke(
                    app,
                    ["--lang", lang, "explain", id_, str(path), "-f", explain_fmt, "--isolated"],
                )
                _ok(e, text, f"explain {id_} --format {explain_fmt}")
