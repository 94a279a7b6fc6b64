"""The message catalogue (licang_check/_i18n/messages.py) and ``--lang``.

Every message is in both languages with the same placeholders; the language
is chosen once per run (``--lang``, else LC_ALL / LC_MESSAGES / LANG); what
tools parse stays English (the ``PATH:LINE:COL: error:`` prefix, JSON keys,
the verdicts in JSON); the catalogue is cheap to import.
"""

from __future__ import annotations

import ast
import json
import re
import string
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import WriteClaims, licang_yaml, run_cli

from licang_check._i18n.messages import (
    LANGS,
    MESSAGES,
    both,
    language,
    language_from_env,
    set_language,
    t,
    tn,
)
from licang_check.run.results import Summary

ARTICLE = "这一年,李沧区落地过亿元项目149个、增长273%,总投资额达到448.6亿元。\n"
GOOD = licang_yaml(title="李沧")
BAD = GOOD.replace("value: 149", "value: 150").replace("149个", "150个")
TYPO = GOOD.replace("growth:", "grwoth:")


def _fields(text: str) -> set[tuple[str, str | None]]:
    return {(name, conv) for _, name, _, conv in string.Formatter().parse(text) if name is not None}


# -- the catalogue ---------------------------------------------------------------------


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_every_message_is_in_both_languages_with_the_same_placeholders(key: str) -> None:
    entry = MESSAGES[key]
    assert set(entry) == set(LANGS)
    assert all(entry[lang].strip() for lang in LANGS)
    assert _fields(entry["en"]) == _fields(entry["zh"])


def test_plural_keys_come_in_pairs() -> None:
    for key in MESSAGES:
        stem, _, last = key.rpartition(".")
        if last in ("one", "other"):
            assert {f"{stem}.one", f"{stem}.other"} <= set(MESSAGES), key


def test_t_fills_in_the_language_of_the_run() -> None:
    assert t("verdict.edge", verdict="consistent") == "consistent, edge"
    set_language("zh")
    assert language() == "zh"
    assert t("verdict.edge", verdict=t("verdict.consistent")) == "一致，临界"
    assert tn("summary.files", 2) == "2 个文件"
    set_language("en")
    assert tn("summary.files", 1) == "1 file"
    assert tn("summary.files", 2) == "2 files"
    assert both("verdict.consistent") == "一致\n\nconsistent"


def test_a_missing_placeholder_is_an_error_not_a_silent_gap() -> None:
    with pytest.raises(KeyError):
        t("verdict.edge")


@pytest.mark.parametrize(
    ("env", "lang"),
    [
        ({}, "en"),
        ({"LANG": "zh_CN.UTF-8"}, "zh"),
        ({"LANG": "zh_TW.UTF-8"}, "zh"),
        ({"LANG": "en_US.UTF-8"}, "en"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LC_ALL": "C.UTF-8", "LANG": "zh_CN.UTF-8"}, "en"),  # LC_ALL first
        ({"LC_ALL": "zh_CN.UTF-8", "LANG": "en_US.UTF-8"}, "zh"),
        ({"LC_MESSAGES": "zh_CN.UTF-8", "LANG": "en_US.UTF-8"}, "zh"),
        ({"LC_ALL": "", "LANG": "zh_CN.UTF-8"}, "zh"),  # set but empty: the next
        ({"LANG": "ZH_cn"}, "zh"),
    ],
)
def test_language_from_env(env: dict[str, str], lang: str) -> None:
    assert language_from_env(env) == lang


def test_the_catalogue_imports_nothing_heavy() -> None:
    code = (
        "import sys\n"
        "before = set(sys.modules)\n"
        "import licang_check._i18n.messages\n"
        "print('\\n'.join(sorted(set(sys.modules) - before)))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    new = set(out.split())
    assert "licang_check._i18n.messages" in new
    heavy = {"yaml", "rich", "typer", "click", "gettext", "locale", "json", "re", "pydantic"}
    assert {m for m in new if m.split(".")[0] in heavy} == set()
    assert {m.split(".")[0] for m in new} <= {"licang_check", "typing", "_typing", "collections"}


# -- the summary and the table ---------------------------------------------------------


def test_summary_line_in_both_languages() -> None:
    assert Summary(3, 1, 0, 1).line() == "3 consistent, 1 inconsistent, 0 errors in 1 file"
    set_language("zh")
    assert Summary(3, 1, 1, 2).line() == "3 项一致，1 项不一致，1 个错误，共 2 个文件"


def _run(*args: str) -> tuple[int, str, str]:
    result = run_cli(*args)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def files(write_claims: WriteClaims, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    write_claims(GOOD, article=ARTICLE, name="good.yaml")
    write_claims(BAD, article=ARTICLE, name="bad.yaml")
    write_claims(TYPO, article=ARTICLE, name="typo.yaml")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "200")
    return tmp_path


@pytest.mark.usefixtures("files")
def test_lang_zh_table() -> None:
    code, out, err = _run("--lang", "zh", "verify", "--isolated", "--all", "good.yaml")
    assert code == 0
    for heading in ("行:列", "检查", "印出", "推出", "结论", "取舍方式"):
        assert heading in out
    assert "引文" in out  # the quote check, by its Chinese name
    assert "一致，临界" in out  # 149 on 40 is +272.5%: consistent only at the half
    assert err.strip() == "2 项一致，0 项不一致，0 个错误，共 1 个文件"


@pytest.mark.usefixtures("files")
def test_lang_en_is_the_default_here() -> None:
    code, out, err = _run("verify", "--isolated", "--all", "good.yaml")
    assert code == 0
    assert "line:col" in out
    assert "consistent, edge" in out
    assert err.strip() == "2 consistent, 0 inconsistent, 0 errors in 1 file"


@pytest.mark.usefixtures("files")
def test_the_language_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LC_ALL", "zh_CN.UTF-8")
    assert "结论" in _run("verify", "--isolated", "--all", "good.yaml")[1]
    assert "verdict" in _run("--lang", "en", "verify", "--isolated", "--all", "good.yaml")[1]


@pytest.mark.usefixtures("files")
def test_the_language_is_put_back_after_a_run() -> None:
    _run("--lang", "zh", "verify", "--isolated", "good.yaml")
    assert language() == "en"
    assert Summary(1, 0, 0, 1).line() == "1 consistent, 0 inconsistent, 0 errors in 1 file"


@pytest.mark.usefixtures("files")
def test_what_tools_parse_stays_english() -> None:
    code, out, err = _run(
        "--lang", "zh", "verify", "--isolated", "-f", "json", "bad.yaml", "typo.yaml"
    )
    assert code == 2
    doc = json.loads(out)
    bad, typo = doc["files"]
    assert set(doc["summary"]) == {"consistent", "inconsistent", "errors"}
    assert {r["verdict"] for r in bad["results"]} == {"inconsistent"}
    assert {r["kind"] for r in bad["results"]} == {"quote", "growth"}
    assert set(bad["results"][0]) >= {"id", "kind", "verdict", "line", "message"}
    assert typo["errors"][0]["line"] == 10
    assert err.splitlines()[0].startswith("typo.yaml:10:5: error: ")


def test_lang_takes_only_en_or_zh() -> None:
    code, _, err = _run("--lang", "fr", "verify")
    assert code == 2
    assert "'fr' is not one of 'en', 'zh'" in err


# -- errors and derived figures in Chinese ---------------------------------------------


@pytest.mark.usefixtures("files")
def test_an_error_in_chinese_keeps_its_english_prefix() -> None:
    code, _, err = _run("--lang", "zh", "verify", "--isolated", "typo.yaml")
    assert code == 2
    assert err.splitlines() == [
        "typo.yaml:10:5: error: 主张 'projects_landed' 中有未知的键 'grwoth'（是不是 'growth'？）",
        "0 项一致，0 项不一致，1 个错误，共 1 个文件",
    ]


@pytest.mark.usefixtures("files")
def test_derived_figures_in_chinese() -> None:
    code, out, _ = _run(
        "--lang", "zh", "verify", "--isolated", "-f", "json", "good.yaml", "bad.yaml"
    )
    assert code == 1
    good, bad = ({r["kind"]: r["message"] for r in f["results"]} for f in json.loads(out)["files"])
    assert good == {
        "quote": "在原文中找到了引文",
        "growth": "上期 40，在 (39.89…, 40] 内：149 相对 40 为 +272.5%，印作 273%",
    }
    assert bad["growth"] == (
        "上期没有整数解：上期应在 (40.16…, 40.26…] 内，其中没有整数；"
        "最接近的能对上的数字：本期 149 或 153，增长率 275% 或 266%"
    )


def test_share_and_expression_messages_in_chinese(write_claims: WriteClaims) -> None:
    from licang_check.run.verify import verify_file

    body = """\
    version: 1
    article:
      title: 李沧
    claims:
      pigs:
        quote: 生猪存栏150头
        value: 150
        count: true
      sows:
        quote: 其中母猪占54.2%
        value: 54.2%
        of: pigs
        count: true
      total:
        quote: 总投资额达到148.6亿元
        value: 148.6亿
    checks:
      - id: c
        expr: total > pigs * 1亿
    """
    path = write_claims(body)
    set_language("zh")
    messages = [r.message for r in verify_file(str(path)).results]
    assert messages[0].startswith("150 的 54.2% 是 [81.225, 81.375)，其中没有整数（GRIM）")
    assert messages[1] == "[148.55亿, 148.65亿) > 150亿：不可能成立"


def test_derive_in_chinese() -> None:
    code, out, _ = _run(
        "--lang", "zh", "derive", "growth", "--current", "149", "--rate", "273%", "--count"
    )
    assert code == 0
    assert "derive growth：current 149, rate 273%（half-up）" in out
    assert "整数解" in out
    assert "印作" in out
    code, _, err = _run("--lang", "zh", "derive", "share", "--part", "3")
    assert code == 2
    assert "中给出两项以推算第三项" in err
    code, out, _ = _run("--lang", "zh", "derive", "sum", "--parts", "1,2", "--total", "9")
    assert "各部分之和不可能等于印出的总数" in out


# -- no message outside the catalogue ------------------------------------------------------

PACKAGE = Path(__file__).resolve().parents[2] / "licang_check"
_PROSE = re.compile(r"[A-Za-z]{2,}[,;:]? [A-Za-z]{2,}")
_PYTHONS_OWN = {"ValueError", "TypeError", "AssertionError", "RuntimeError", "KeyError"}
_SINKS = {"Diagnostic", "error", "_fail", "print", "echo", "secho", "prompt", "workflow_command"}
_PREFIXES = {"licang-check: error: ", "licang-check: warning: "}
"""Kept English on purpose, as ``PATH:LINE:COL: error:`` is: tools read them."""

NOT_YET: dict[str, str] = {}
"""Modules whose messages are not in the catalogue yet: the catalogue is partial."""
INTERNAL = {
    "numeric/intervals.py": "DivisionByZeroInterval's text is never shown: checks.py words it",
    "claims/_events.py": "PyYAML's composer's own error texts, raised as it raises them: "
    "load.py words them as it words PyYAML's",
}


def _literal(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(
            v.value if isinstance(v, ast.Constant) and isinstance(v.value, str) else "{}"
            for v in node.values
        )
    return None


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    return func.attr if isinstance(func, ast.Attribute) else ""


def scattered(source: str) -> list[tuple[int, str]]:
    """Prose in a string literal where a message is raised, reported or printed."""
    found: set[tuple[int, str]] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
            if _name(node.exc.func) in _PYTHONS_OWN:
                continue  # a mistake of the program's, never shown to a user
            where: ast.AST = node.exc
        elif isinstance(node, ast.Call) and _name(node.func) in _SINKS:
            where = node
        else:
            continue
        inside_fstrings: set[int] = set()
        for inner in ast.walk(where):  # breadth first: an f-string before its parts
            if isinstance(inner, ast.JoinedStr):
                inside_fstrings.update(id(v) for v in inner.values)
            text = _literal(inner) if id(inner) not in inside_fstrings else None
            if text and _PROSE.search(text) and text.replace("{}", "") not in _PREFIXES:
                found.add((getattr(inner, "lineno", 0), text))
    return sorted(found)


def test_the_scan_finds_a_scattered_message() -> None:
    source = 'def f(x):\n    raise FigureError(f"not a printed figure: {x}")\n'
    assert scattered(source) == [(2, "not a printed figure: {}")]
    assert scattered('raise FigureError(t("figure.empty"))\n') == []
    assert scattered('raise ValueError(f"unknown comparison {op!r}")\n') == []  # internal
    assert scattered('print(f"licang-check: error: {m}", file=sys.stderr)\n') == []


@pytest.mark.parametrize(
    "path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE))
)
def test_no_message_outside_the_catalogue(path: Path) -> None:
    rel = str(path.relative_to(PACKAGE))
    found = scattered(path.read_text(encoding="utf-8"))
    if rel in NOT_YET or rel in INTERNAL:
        assert found, f"{rel} is clean now: take it off NOT_YET / INTERNAL"
    elif rel != "_i18n/messages.py":
        assert found == [], f"{rel}: put these in licang_check/_i18n/messages.py"


# -- explain's steps ---------------------------------------------------------------------
# A Step's first argument is its key (``current``, ``prior``, ``verdict`` …): it is
# ``label`` in ``explain --format json``, which tools read, so it stays English and
# stable; what a person reads is its title, ``step.<key>`` in the catalogue, and its
# text. A step about an id or a figure of a check (``ref=True``) is titled by it.

_WORD = re.compile(r"[A-Za-z]{2,}")
_CATALOGUE_CALLS = {"t", "tn", "both"}


def _words(node: ast.AST) -> Iterator[tuple[int, str]]:
    """Literals with a word in them under ``node``, the catalogue's keys aside."""
    if isinstance(node, ast.Call) and _name(node.func) in _CATALOGUE_CALLS:
        return
    text = _literal(node)
    if text is not None:
        if _WORD.search(text):
            yield getattr(node, "lineno", 0), text
        if isinstance(node, ast.JoinedStr):  # and what is in its {…}
            for v in node.values:
                if isinstance(v, ast.FormattedValue):
                    yield from _words(v.value)
        return
    for child in ast.iter_child_nodes(node):
        yield from _words(child)


def step_words(source: str) -> list[tuple[int, str]]:
    """English in what a ``Step(KEY, TEXT …)`` says: everything but its key."""
    found: set[tuple[int, str]] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call) and _name(node.func) == "Step":
            said = [*node.args[1:], *(k.value for k in node.keywords if k.arg != "label")]
            for arg in said:
                found.update(_words(arg))
    return sorted(found)


def step_keys(source: str) -> set[str]:
    """The literal keys of the ``Step(KEY, …)`` calls of a module."""
    return {
        node.args[0].value
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Call)
        and _name(node.func) == "Step"
        and node.args
        and isinstance(node.args[0], ast.Constant)
        and isinstance(node.args[0].value, str)
    }


EXPLAIN = [PACKAGE / "run" / "explain.py", *sorted((PACKAGE / "kinds").glob("*.py"))]
"""Where explanations are made: ``explain`` and each kind's steps."""


def _explain_source() -> str:
    return "\n".join(path.read_text(encoding="utf-8") for path in EXPLAIN)


def test_the_step_scan_finds_english_in_a_step() -> None:
    source = (
        'Step("prior", f"prior = current ÷ {x}")\n'
        'Step("current", describe(fig, what="current"))\n'
        'Step("edge", t("explain.edge", others=x))\n'
        'Step(ref.id, f"{x} = {y}", ref=True)\n'
    )
    assert step_words(source) == [(1, "prior = current ÷ {}"), (2, "current")]
    assert step_keys(source) == {"prior", "current", "edge"}


def test_explain_steps_say_nothing_outside_the_catalogue() -> None:
    for path in EXPLAIN:
        assert step_words(path.read_text(encoding="utf-8")) == [], path


def test_every_step_key_has_a_title_in_the_catalogue() -> None:
    keys = step_keys(_explain_source())
    assert {"current", "prior", "verdict", "rounding"} <= keys
    assert {k for k in keys if f"step.{k}" not in MESSAGES} == set()
    assert all(MESSAGES[f"step.{k}"]["en"] == k for k in keys)  # English as it was


def test_explain_has_no_english_prose_left() -> None:
    """Glosses and rules kept in tables (not in a Step call) are found too."""
    tree = ast.parse(_explain_source())
    skip = {id(n.value) for n in ast.walk(tree) if isinstance(n, ast.Expr)}  # docstrings
    skip |= {
        id(n.args[0])  # a step's key
        for n in ast.walk(tree)
        if isinstance(n, ast.Call) and _name(n.func) == "Step" and n.args
    }
    skip |= {  # a mistake of the program's, never shown to a user (as in scattered())
        id(inner)
        for n in ast.walk(tree)
        if isinstance(n, ast.Raise)
        and isinstance(n.exc, ast.Call)
        and _name(n.exc.func) in _PYTHONS_OWN
        for inner in ast.walk(n.exc)
    }
    prose = [
        (getattr(n, "lineno", 0), text)
        for n in ast.walk(tree)
        if id(n) not in skip and (text := _literal(n)) is not None and _PROSE.search(text)
    ]
    assert prose == []


def test_explain_in_chinese(write_claims: WriteClaims) -> None:
    path = write_claims(BAD, article=ARTICLE, name="bad.yaml")
    code, out, _ = _run("--lang", "zh", "explain", "projects_landed", str(path))
    assert code == 1
    assert "增长 projects_landed：不一致" in out
    assert "印出：150, +273%" in out
    assert "从 272.5%（含） 到 273.5%（不含）" in out
    assert "四舍五入：逢五向远离零的方向进" in out
    assert "上期是计数，没有能对上的整数：无" in out
    assert "5. 结论：不一致：上期没有整数解" in out
    assert "half-up：不一致（文件所用的取舍方式）" in out
    good = write_claims(GOOD, article=ARTICLE, name="good.yaml")
    shown = _run("--lang", "zh", "explain", "projects_landed", str(good))[1]
    assert "'落地过亿元项目149个、增长273%' 在原文中，并含有印出的 '149'" in shown
    assert "能对上的最接近的印出数字（每次只改一个，其余照印出）" in out


CHECKED = """\
version: 1
article:
  title: 李沧
claims:
  projects_landed:
    quote: 落地过亿元项目149个、增长273%
    value: 149
    count: true
    growth: 273%
  pigs:
    quote: 生猪存栏约150头
    value: 约150
    count: true
  sows:
    quote: 其中母猪占54.2%
    value: 54.2%
    of: pigs
    count: true
  herd:
    quote: 存栏2头
    value: 2
    count: true
  half:
    quote: 占50%
    value: 50%
    of: herd
    count: true
  total:
    quote: 总投资额达到448.6亿元
    value: 448.6亿
checks:
  - id: c
    says: 总投资远大于上期项目数
    expr: total >= prior(projects_landed) * 1亿 + 2
"""
_STEP_LINE = re.compile(r"^  \d+\. (.+?)：", re.MULTILINE)


def _explain_zh(path: Path, wanted: str) -> str:
    code, out, _ = _run("--lang", "zh", "explain", wanted, str(path))
    assert code in (0, 1), out  # 1: inconsistent
    return out


def test_explain_steps_of_a_growth_and_a_share_in_chinese(write_claims: WriteClaims) -> None:
    path = write_claims(CHECKED)
    growth = _explain_zh(path, "projects_landed")
    assert "1. 本期：本期 149 是以整数印出的计数：恰为 149" in growth
    assert "2. 增长率：增长率 273% 印到 1% 这一位" in growth
    assert "3. 上期：上期 = 本期 ÷ (1 + 增长率) = 149 ÷ [3.725, 3.735) = (39.89…, 40]" in growth
    assert "4. 整数上期：上期是计数；能对上的整数：40" in growth
    assert "5. 手算：149 ÷ 40 = 3.725：增长 +272.5%，按 half-up 印作 273%" in growth
    assert "各取舍方式下：half-up：一致（文件所用的取舍方式）；half-even：不一致" in growth
    assert "临界：" in growth
    share = _explain_zh(path, "sows")
    assert (
        "总数：总数（pigs） 约150：约（上下浮动），按文件的偏差 10%，不另计取舍：[135, 165]"
        in share
    )
    assert "部分：部分 = 比例 × 总数 = [54.15%, 54.25%) × [135, 165] = [73.1025, 89.5125)" in share
    assert "整数部分：部分是计数（GRIM）；能对上的整数：77, 78, 83, 84" in share
    by_hand = _explain_zh(path, "half")
    assert "手算：1 ÷ 2 = 50%，按 half-up 印作 50%" in by_hand
    for out in (growth, share, by_hand):
        titles = _STEP_LINE.findall(out)
        assert titles
        assert [x for x in titles if _WORD.search(x)] == []


def test_explain_steps_of_a_check_in_chinese(write_claims: WriteClaims) -> None:
    out = _explain_zh(write_claims(CHECKED), "c")
    assert "1. 说明：总投资远大于上期项目数" in out
    assert "2. 校验：total >= prior(projects_landed) * 1亿 + 2" in out
    assert "3. total：total 448.6亿 印到 0.1亿 这一位" in out  # an id titles its own step
    assert (
        "4. prior(projects_landed)：prior(projects_landed) 是 projects_landed 的增长率推出的"
        "上期（推算过程见 explain projects_landed）：40"
    ) in out
    assert "5. 1亿：1亿 是校验式里的数字：恰为 100000000" in out
    assert "7. 运算：prior(projects_landed) * 1亿 = 40 × 1亿 = 40亿" in out
    assert (
        "比较：[448.55亿, 448.65亿) >= 40.00…亿："
        "'>=' 左边的上端高于右边的下端，或两者相等且都含端点时成立" in out
    )
    steps = out.split("\n", 1)[1].replace("prior(projects_landed)", "")
    for english in ("holds", "figure", "prior that", "is the", "step", "compare", "rounding"):
        assert english not in steps


@pytest.mark.parametrize(
    ("op", "rule"),
    [
        ("==", "两边至少有一个共同的数时成立"),
        ("!=", "只有两边是同一个确定的数时才不成立"),
        ("<", "左边的下端低于右边的上端时成立"),
        ("<=", "左边的下端低于右边的上端，或两者相等且都含端点时成立"),
        (">", "左边的上端高于右边的下端时成立"),
    ],
)
def test_each_comparison_rule_in_chinese(write_claims: WriteClaims, op: str, rule: str) -> None:
    path = write_claims(CHECKED.replace("total >= prior", f"total {op} prior"))
    assert f"'{op}' {rule}" in _explain_zh(path, "c")


@pytest.mark.parametrize(
    ("figure", "gloss"),
    [
        ("近448.6亿", "近（接近而不到），按文件的偏差 10%"),
        ("超448.6亿", "超（多于）"),
        ("448.6亿以上", "以上（不少于）"),
        ("不足448.6亿", "不足（少于）"),
        ("448.6亿以下", "以下（不多于）"),
    ],
)
def test_qualifier_glosses_in_chinese(write_claims: WriteClaims, figure: str, gloss: str) -> None:
    body = CHECKED.replace("总投资额达到448.6亿元", f"总投资额{figure}")
    out = _explain_zh(write_claims(body.replace("value: 448.6亿", f"value: {figure}")), "c")
    assert f"3. total：total {figure}：{gloss}，不另计取舍：" in out


def test_explain_json_keeps_its_step_labels_english(write_claims: WriteClaims) -> None:
    path = write_claims(CHECKED)
    code, out, _ = _run("--lang", "zh", "explain", "--format", "json", "projects_landed", str(path))
    assert code == 0
    (growth,) = [e for e in json.loads(out)["results"] if e["kind"] == "growth"]
    labels = [s["label"] for s in growth["steps"]]
    assert labels[:5] == ["current", "growth", "prior", "whole priors", "by hand"]
    assert growth["verdict"] == "consistent"
    assert growth["steps"][2]["text"].startswith("上期 = 本期 ÷ (1 + 增长率)")


# -- the HTML report -------------------------------------------------------------------

CI = Path(__file__).parents[1] / "data" / "ci"


def _html(*paths: Path, lang: str = "zh") -> str:
    code, out, _ = _run("--lang", lang, "verify", "--isolated", "-f", "html", *map(str, paths))
    assert code in (1, 2)
    return out


def _visible(page: str) -> str:
    """What a reader sees: no CSS, no script, no tags or attributes."""
    page = re.sub(r"<style>.*?</style>|<script>.*?</script>", "", page, flags=re.DOTALL)
    return re.sub(r"<[^>]+>", "\n", page)


def test_the_html_report_in_chinese() -> None:
    page = _html(CI / "inconsistent" / "claims.yaml")
    assert page.startswith('<!DOCTYPE html>\n<html lang="zh">\n')
    assert "<title>licang-check 核查报告</title>" in page
    assert '<span class="badge inconsistent">4 项不一致</span>' in page
    assert '<span class="badge edge">0 项处于取舍临界</span>' in page
    assert "鼠标移到标出的数字上可看结论，点击可看完整推算过程。" in page
    assert 'projects_landed</a>（增长），<a href="#explain-0-pigs">pigs</a>（引文）' in page
    assert "<h3>原文</h3>" in page
    assert "<h3>结果</h3>" in page
    assert "<h3>推算过程</h3>" in page
    assert '<p class="legend">4 条主张中标出了 3 条：<mark class="consistent">一致</mark>' in page
    assert "<th>行:列</th><th>检查</th><th>id</th><th>印出</th>" in page
    assert "增长 projects_landed：不一致 — 上期没有整数解" in page  # the tooltip
    assert "<summary>projects_landed：不一致</summary>" in page
    assert '<span class="label">本期：</span> 本期 149 是以整数印出的计数' in page
    assert '<span class="label">结论：</span> 不一致' in page
    seen = _visible(page).replace(str(CI / "inconsistent"), "")  # the path, as given
    for english in (
        "consistent",
        "report",
        "Hover",
        "Inconsistent",
        "The article",
        "highlighted",
        "Results",
        "Derivations",
        "edge",
        "rounding",
        "current",
        "verdict",
        "growth",
        "quote",
    ):
        assert english not in seen, english
    assert 'class="badge consistent"' in page  # what a style sheet or a script reads


def test_the_html_report_in_chinese_errors_and_no_text(write_claims: WriteClaims) -> None:
    page = _html(CI / "broken" / "claims.yaml")
    assert "<p>此文件无法核查：</p>" in page
    assert '<span class="badge errors">1 个错误</span>' in page
    path = write_claims(GOOD.replace("  text: article.txt\n", ""))  # no article text
    page = _html(path, CI / "broken" / "claims.yaml")
    assert '<p class="note">没有原文（article.text）：只列出结果。</p>' in page


def test_the_html_report_in_chinese_names_the_quotes_not_found(write_claims: WriteClaims) -> None:
    path = write_claims(BAD, article=ARTICLE)
    page = _html(path)
    assert '<p class="note">原文中找不到的引文：</p>' in page
    assert "projects_landed</a>：落地过亿元项目150个、增长273%</li>" in page


def test_the_html_report_stays_english_by_default() -> None:
    page = _html(CI / "inconsistent" / "claims.yaml", lang="en")
    assert page.startswith('<!DOCTYPE html>\n<html lang="en">\n')
    assert "<h3>Derivations</h3>" in page
    assert '<span class="label">current:</span>' in page


# -- SARIF and JUnit: descriptions and labels follow --lang, identifiers do not ---------


def _ci(fmt: str, lang: str) -> str:
    code, out, _ = _run(
        "--lang", lang, "verify", "--isolated", "-f", fmt, str(CI / "inconsistent" / "claims.yaml")
    )
    assert code == 1
    return out


def test_sarif_rule_descriptions_in_chinese() -> None:
    (run,) = json.loads(_ci("sarif", "zh"))["runs"]
    assert run["language"] == "zh-CN"
    rules = {r["id"]: r for r in run["tool"]["driver"]["rules"]}
    assert {i: r["name"] for i, r in rules.items()} == {
        "quote": "QuoteInArticle",
        "growth": "GrowthFits",
        "share": "ShareFits",
        "expr": "CheckHolds",
        "points": "PointChangeFits",
        "change": "AbsoluteChangeFits",
        "ratio": "RatioFits",
        "proportion": "ProportionFits",
        "conversion": "ConversionFits",
        "error": "ClaimsFileError",
        "source": "SourceAgrees",
        "accept": "AcceptOutlived",
    }
    assert rules["growth"]["shortDescription"]["text"] == "增长率与本期值和某个为正的上期值相符。"
    assert "GRIM 检验" in rules["share"]["fullDescription"]["text"]
    for rule in rules.values():
        for text in (rule["shortDescription"]["text"], rule["fullDescription"]["text"]):
            assert re.findall(r"[a-z]{3,}", text) == [], text  # GRIM, YAML, id aside
    growth = next(r for r in run["results"] if r["ruleId"] == "growth")
    assert (growth["kind"], growth["level"]) == ("fail", "error")
    assert growth["properties"]["verdict"] == "inconsistent"
    assert growth["message"]["text"].startswith("projects_landed: 上期没有整数解")


def test_sarif_in_english_names_no_language() -> None:
    (run,) = json.loads(_ci("sarif", "en"))["runs"]
    assert "language" not in run  # SARIF's default, en-US
    rules = {r["id"]: r for r in run["tool"]["driver"]["rules"]}
    assert rules["expr"]["shortDescription"]["text"] == "A check between claims can hold."


def test_junit_labels_in_chinese() -> None:
    import xml.etree.ElementTree as ET

    root = ET.fromstring(_ci("junit", "zh").encode())
    cases = {c.get("name"): c for c in root.iter("testcase")}
    assert "growth projects_landed" in cases  # names are identifiers: English
    failure = cases["growth projects_landed"].find("failure")
    assert failure is not None
    assert failure.get("type") == "growth"
    assert failure.get("message", "").startswith("上期没有整数解")
    text = failure.text or ""
    assert ": inconsistent: 上期没有整数解" in text.splitlines()[0]  # what tools read
    assert "\n印出：149, +274%" in text
    assert "\n推出：上期没有整数解" in text
    assert "printed:" not in text
    assert "implied:" not in text


def test_a_chinese_sarif_log_is_valid_sarif() -> None:
    pytest.importorskip("jsonschema")
    from formats.test_formats_sarif import _validator

    _validator().validate(json.loads(_ci("sarif", "zh")))


# -- the comments of a drafted claims file ------------------------------------------------

DRAFTED = (
    "李沧区2023年3月落地过亿元项目149个。民间投资增长44.7%。城镇化率达到70.5%,提高1.2个百分点。\n"
)


def _comments(draft: str) -> list[str]:
    return [line.split("#", 1)[1] for line in draft.splitlines() if "#" in line]


def test_extract_comments_in_chinese(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(DRAFTED, encoding="utf-8")
    (tmp_path / "drafts").mkdir()
    code, _, _ = _run("--lang", "zh", "extract", "a.txt", "-o", "drafts/d.yaml")
    assert code == 0
    draft = (tmp_path / "drafts" / "d.yaml").read_text(encoding="utf-8")
    assert draft.startswith("# 核查文件草稿，由 `licang-check extract` 根据报道原文生成。\n")
    assert "# 未当作数字的（日期和名称，照原文）：\n#   日期：2023年3月\n" in draft
    assert (
        '  # text: "../a.txt"\n  # （verify 只读取本文件所在文件夹及其子文件夹里的原文）' in draft
    )
    assert '"民间投资增长44.7%"  # 第 1 行' in draft
    assert 'note: "与上期相比的变化，印出时没有它所对应的数字"' in draft
    assert re.search(r'note: "\w+ 的变化，以百分点计；不是增长率"', draft)
    english = re.compile(
        r"\b(?!licang|check|extract|count|checks|source|published|id\b|verify)[a-z]{3,}"
    )
    leftover = [c for c in _comments(draft) if english.search(c.replace('"../a.txt"', ""))]
    assert leftover == [' text: "../a.txt"']  # a commented-out key: the format's English
    (tmp_path / "none.txt").write_text("没有数字的稿件。\n", encoding="utf-8")
    # no figure: extract still drafts a file, saying why it will not load
    assert (
        "claims: {}  # 没有找到数字：核查文件至少要有一条主张"
        in _run("--lang", "zh", "extract", "none.txt")[1]
    )


def test_extract_json_notes_in_chinese(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(DRAFTED, encoding="utf-8")
    code, out, _ = _run("--lang", "zh", "extract", "--format", "json", "a.txt")
    assert code == 0
    notes = [e["note"] for e in json.loads(out) if e.get("note")]
    assert notes == [
        "与上期相比的变化，印出时没有它所对应的数字",
        f"位于偏移 {DRAFTED.index('70.5%')} 的数字（70.5%）的变化，以百分点计；不是增长率",
    ]


def test_init_comments_in_chinese(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(DRAFTED, encoding="utf-8")
    code, _, _ = _run("--lang", "zh", "init", "a.txt", "--title", "李沧")
    assert code == 0
    draft = (tmp_path / "claims.yaml").read_text(encoding="utf-8")
    assert "\n# 核查文件草稿，由 `licang-check init` 根据报道原文生成。\n" in draft
    assert "DRAFT" not in draft
    assert "# line" not in draft


# -- --help ------------------------------------------------------------------------------
# typer builds the help when licang_check._cli.app is imported, before --lang is parsed:
# common._help_language reads the command line for it. So these run the CLI anew.

CLI = sorted((PACKAGE / "_cli").glob("*.py"))


def _help(*args: str, env: dict[str, str] | None = None) -> str:
    import os

    base = {k: v for k, v in os.environ.items() if k not in ("LANG", "LC_ALL", "LC_MESSAGES")}
    proc = subprocess.run(
        [sys.executable, "-m", "licang_check", *args, "--help"],
        capture_output=True,
        text=True,
        check=True,
        env={**base, "COLUMNS": "200", **(env or {})},
    )
    return proc.stdout


@pytest.mark.parametrize(
    ("argv", "lang"),
    [
        (["--lang", "zh", "verify"], "zh"),
        (["--lang=zh", "derive", "growth"], "zh"),
        (["--lang", "en"], "en"),
        (["verify", "--", "--lang", "zh"], "en"),  # after --: a path
        (["--lang", "fr"], "en"),  # typer will refuse it
        (["--lang"], "en"),
    ],
)
def test_help_language_from_the_command_line(
    argv: list[str], lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from licang_check._cli.app import _help_language

    for var in ("LANG", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)
    assert _help_language(argv) == lang
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert _help_language(["verify"]) == "zh"
    assert _help_language(["--lang", "en", "verify"]) == "en"


def test_every_help_text_comes_from_the_catalogue() -> None:
    trees = [ast.parse(path.read_text(encoding="utf-8")) for path in CLI]
    helps = [
        k.value
        for tree in trees
        for n in ast.walk(tree)
        if isinstance(n, ast.Call)
        for k in n.keywords
        if k.arg == "help"
    ]
    assert len(helps) > 40
    assert [
        ast.unparse(h) for h in helps if not (isinstance(h, ast.Call) and _name(h.func) == "_h")
    ] == []
    keys = {
        h.args[0].value
        for h in helps
        if isinstance(h, ast.Call)
        and isinstance(h.args[0], ast.Constant)
        and isinstance(h.args[0].value, str)
    }
    assert {k for k in keys if f"help.{k}" not in MESSAGES} == set()
    commands = [
        n
        for tree in trees
        for n in ast.walk(tree)
        if isinstance(n, ast.FunctionDef)
        and any(
            isinstance(d, ast.Call) and _name(d.func) in ("command", "callback")
            for d in n.decorator_list
        )
    ]
    assert len(commands) == 12  # … and match (sources)
    assert [n.name for n in commands if ast.get_docstring(n)] == []  # help=, not a docstring


def test_help_in_chinese() -> None:
    out = _help("--lang", "zh", "verify")
    assert "检查核查文件：每条引文、增长、比例和校验。" in out
    assert "PATH 可以是通配符（'claims/**/*.yaml'）。退出码：全部一致为 0，\n  有不一致为 1" in out
    assert "把报告写入此文件，而不是标准输出（- 即标准输出）。" in out
    english = {MESSAGES[k]["en"] for k in MESSAGES if k.startswith("help.")}
    for page in (out, _help("--lang", "zh"), _help("--lang", "zh", "derive", "cagr")):
        assert [e for e in english if e.split("\n")[0] in page] == []
    top = _help("--lang", "zh")
    assert "  derive   由其余数字推算出一个数字。" in top
    assert re.search(r"\n  --lang <en\|zh> +提示语言：en 或 zh", top)


def test_help_follows_the_environment_and_lang_wins() -> None:
    zh = {"LANG": "zh_CN.UTF-8"}
    assert "一步一步讲解一条主张或校验的运算。" in _help("explain", env=zh)
    english = _help("--lang", "en", "explain", env=zh)
    assert "Explain the arithmetic of one claim or check, step by step." in english
    assert "Explain the arithmetic" in _help("explain")


def test_github_title_of_a_file_error_in_chinese() -> None:
    code, out, _ = _run(
        "--lang", "zh", "verify", "--isolated", "-f", "github", str(CI / "broken" / "claims.yaml")
    )
    assert code == 2
    assert out.startswith("::error file=")
    assert ",title=licang-check%3A 文件无法核查::" in out


def test_the_printed_figures_of_a_share_and_a_stated_prior_in_chinese(
    write_claims: WriteClaims,
) -> None:
    body = CHECKED.replace("    growth: 273%\n", "    growth: 273%\n    prior: 40\n", 1)
    path = write_claims(body)
    out = _run("--lang", "zh", "verify", "--isolated", "-f", "json", str(path))[1]
    printed = {(r["kind"], r["id"]): r["printed"] for r in json.loads(out)["files"][0]["results"]}
    assert printed[("share", "sows")] == "约150 的 54.2%"
    assert printed[("growth", "projects_landed")] == "149, +273%, 上期 40"
    out = _run("verify", "--isolated", "-f", "json", str(path))[1]
    printed = {(r["kind"], r["id"]): r["printed"] for r in json.loads(out)["files"][0]["results"]}
    assert printed[("share", "sows")] == "54.2% of 约150"
    assert printed[("growth", "projects_landed")] == "149, +273%, prior 40"
