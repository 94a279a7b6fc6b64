"""The quote check compares the verb a quote prints with a change (下降,
减少, 回落, 比上年少, fell, lower …) with the sign of the claim's ``growth``,
``points`` and ``change`` (and of each ``changes:`` entry): a claim that
reads as a rise where its quote says a fall is a wrong figure, whichever of
the two is wrong."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import run_cli

from kinds.common import NO, OK, check, claims_text
from licang_check._i18n.messages import set_language
from licang_check.figures.grammar import normalize_digits
from licang_check.figures.verbs import QuotedVerb, verbs_around
from licang_check.run.results import Kind

RATE = "    value: 5.3%\n"
COUNT = "    value: 140\n    count: true\n    unit: 家\n"
MONEY = "    value: 300\n    unit: 元\n"

# (the article's sentence, the claim's keys) where the two disagree on the direction
CLASHES = [
    ("失业率5.3%，比上年下降1.2个百分点", RATE + "    points: 1.2\n", "下降"),
    ("失业率5.3%，比上年下降1.2个百分点", RATE + "    points: 提高1.2个百分点\n", "下降"),
    ("失业率5.3%，比上年回落1.2个百分点", RATE + "    points: 1.2\n", "回落"),
    ("失业率5.3%，比上年降低1.2个百分点", RATE + "    points: 1.2\n", "降低"),
    ("失業率5.3%，比上年下降1.2個百分點", RATE + "    points: 1.2\n", "下降"),
    ("失业率5.3%，比上年提高1.2个百分点", RATE + "    points: -1.2\n", "提高"),
    ("失业率5.3%，比上年提高1.2个百分点", RATE + "    points: 下降1.2个百分点\n", "提高"),
    ("合作社140家，比上年减少12家", COUNT + "    change: 12\n", "减少"),
    ("合作社140家，比上年減少12家", COUNT + "    change: 增加12\n", "减少"),
    ("合作社140家，比上年少12家", COUNT + "    change: 12\n", "少"),
    ("合作社140家，比上年下滑了12家", COUNT + "    change: 12\n", "下滑"),
    ("合作社140家，比上年增加12家", COUNT + "    change: 减少12\n", "增加"),
    ("收入300元，比上年增长5%", MONEY + "    growth: -5%\n", "增长"),
    ("收入300元，比上年下降5%", MONEY + "    growth: 5%\n", "下降"),
    ("收入300元，同比降幅为5%", MONEY + "    growth: 5%\n", "降幅"),
    ("the rate was 5.3%, having fell 1.2 points", RATE + "    points: 1.2\n", "fell"),
    ("the rate, 5.3%, was 1.2 percentage points lower", RATE + "    points: 1.2\n", "lower"),
    ("income of 300 yuan fell 5 percent", MONEY + "    growth: 5%\n", "fell"),
    ("income of 300 yuan, up 5 percent", MONEY + "    growth: -5%\n", "up"),
]


def _claim(sentence: str, keys: str) -> str:
    return claims_text(f"  c:\n    quote: {sentence}\n{keys}", article=True)


@pytest.mark.parametrize(("sentence", "keys", "verb"), CLASHES)
def test_a_verb_against_the_claims_sign_is_a_finding(
    tmp_path: Path, sentence: str, keys: str, verb: str
) -> None:
    got = check(_claim(sentence, keys), tmp_path / "c.yaml", article=sentence)
    r = got["c", Kind.QUOTE]
    assert r.verdict is NO
    assert r.modes == ()  # a sign is the same under every rounding
    assert repr(normalize_digits(verb)) in r.message
    assert "reads as a" in r.message


# the same figures where the verb and the claim agree, or nothing can be read
AGREE = [
    ("失业率5.3%，比上年下降1.2个百分点", RATE + "    points: 下降1.2个百分点\n"),
    ("失业率5.3%，比上年下降1.2个百分点", RATE + "    points: -1.2\n"),
    ("失业率5.3%，比上年提高1.2个百分点", RATE + "    points: 1.2\n"),
    ("合作社140家，比上年少12家", COUNT + "    change: -12\n"),
    ("合作社140家，比上年增加了12家", COUNT + "    change: 12\n"),
    ("收入300元，比上年增长5%", MONEY + "    growth: 5%\n"),
    ("收入300元，比上年下降5%", MONEY + "    growth: 下降5%\n"),
    ("income of 300 yuan fell 5 percent", MONEY + "    growth: -5%\n"),
    # no verb with the figure: the level reached, a qualifier, a number inside another
    ("失业率下降到5.3%，变动1.2个百分点", RATE + "    points: -1.2\n"),
    ("合作社140家，其中至少12家是新的", COUNT + "    change: -12\n"),
    ("收入300元，比上年下降15%，增长5%的是另一项", MONEY + "    growth: 5%\n"),
    ("收入300元，下降5.0%", MONEY + "    growth: 5%\n"),
    ("income of 300 yuan, rose to 5 percent of the total", MONEY + "    growth: -5%\n"),
    # the digits printed twice, once each way: the quote cannot tell which is meant
    ("收入300元，同比增长5%，环比下降5%", MONEY + "    growth: -5%\n"),
    # the same digits as another kind of figure: points, a percentage
    ("收入300元，增长3%，增速回落5个百分点", MONEY + "    growth: 5%\n"),
    ("失业率5.3%，收入下降1.2%，失业率提高1.2个百分点", RATE + "    points: 1.2\n"),
    ("合作社140家，营收下降12%，数量增加12家", COUNT + "    change: 12\n"),
    ("the rate, 5.3%, rose 1.2 points; output fell 1.2 percent", RATE + "    points: 1.2\n"),
    # the change not in the quote at all
    ("失业率5.3%", RATE + "    points: 1.2\n"),
]


@pytest.mark.parametrize(("sentence", "keys"), AGREE)
def test_no_finding_where_the_quote_agrees_or_says_nothing(
    tmp_path: Path, sentence: str, keys: str
) -> None:
    got = check(_claim(sentence, keys), tmp_path / "c.yaml", article=sentence)
    assert got["c", Kind.QUOTE].verdict is OK, got["c", Kind.QUOTE].message


def test_a_verb_of_size_reads_with_the_sign_of_the_rate(tmp_path: Path) -> None:
    """降幅收窄0.3个百分点: a decline of −2.1% narrowing is a rise of the
    signed rate (points +0.3), of a decline printed as 2.1% a fall."""
    text = "降幅为2.1%，比上月收窄0.3个百分点"
    signed = "    value: -2.1%\n    points: {points}\n"
    size = "    value: 2.1%\n    points: {points}\n"
    for keys, points, want in [
        (signed, "0.3", OK),
        (signed, "-0.3", NO),
        (size, "收窄0.3个百分点", OK),
        (size, "0.3", NO),
    ]:
        got = check(_claim(text, keys.format(points=points)), tmp_path / "c.yaml", article=text)
        assert got["c", Kind.QUOTE].verdict is want, (keys, points)


def test_a_change_of_the_changes_list_is_compared_too(tmp_path: Path) -> None:
    text = "零售额386.4亿元，同比增长5.9%，环比下降0.8%"
    keys = (
        "    value: 386.4亿\n    unit: 元\n    growth: 5.9%\n"
        "    changes:\n      - on: 环比\n        growth: {g}\n"
    )
    ok = check(_claim(text, keys.format(g="-0.8%")), tmp_path / "c.yaml", article=text)
    assert ok["c", Kind.QUOTE].verdict is OK
    got = check(_claim(text, keys.format(g="0.8%")), tmp_path / "c.yaml", article=text)
    r = got["c", Kind.QUOTE]
    assert r.verdict is NO
    assert "growth (环比)" in r.message
    # the 环比 growth itself is consistent (no prior to contradict it): only the quote can tell
    assert got["c@环比", Kind.GROWTH].verdict is OK


def test_growth_minus_five_against_a_rise_of_five(tmp_path: Path) -> None:
    """``growth: -5%`` against 增长5% was consistent on every path before."""
    text = "收入300元，比上年增长5%"
    got = check(_claim(text, MONEY + "    growth: -5%\n"), tmp_path / "c.yaml", article=text)
    assert got["c", Kind.GROWTH].verdict is OK  # 300 on 315.8: the arithmetic holds
    r = got["c", Kind.QUOTE]
    assert r.verdict is NO
    assert r.message == (
        "quote at line 8 prints '5' with '增长', a rise, "
        "but the claim's growth '-5%' reads as a fall"
    )


def test_the_message_in_chinese(tmp_path: Path) -> None:
    text = "失业率5.3%，比上年下降1.2个百分点"
    set_language("zh")
    got = check(_claim(text, RATE + "    points: 1.2\n"), tmp_path / "c.yaml", article=text)
    assert got["c", Kind.QUOTE].message == (
        "第 8 行的引文中 '1.2' 与 '下降' 连用，是下降，而声明的 points '1.2' 读作上升"
    )


def _write(tmp_path: Path, sentence: str, keys: str) -> Path:
    (tmp_path / "article.txt").write_text(sentence, encoding="utf-8")
    path = tmp_path / "claims.yaml"
    path.write_text(_claim(sentence, keys), encoding="utf-8")
    return path


def test_verify_explain_and_the_formats_show_it(tmp_path: Path) -> None:
    path = _write(tmp_path, "合作社140家，比上年减少12家", COUNT + "    change: 12\n")
    table = run_cli("verify", str(path))
    assert table.exit_code == 1
    assert "'减少'" in table.stdout
    out = json.loads(run_cli("verify", "--format", "json", str(path)).stdout)
    (quote,) = [r for r in out["files"][0]["results"] if r["kind"] == "quote"]
    assert quote["verdict"] == "inconsistent"
    assert "'减少'" in quote["message"]
    sarif = json.loads(run_cli("verify", "--format", "sarif", str(path)).stdout)
    texts = [r["message"]["text"] for r in sarif["runs"][0]["results"]]
    assert any("'减少'" in x for x in texts)
    assert "'减少'" in run_cli("verify", "--format", "github", str(path)).stdout
    text = run_cli("explain", "c", str(path))
    assert text.exit_code == 1
    assert "cannot both be right" in text.stdout
    data = json.loads(run_cli("explain", "--format", "json", "c", str(path)).stdout)
    (quote_e,) = [e for e in data["results"] if e["kind"] == "quote"]
    steps = [s["text"] for s in quote_e["steps"] if s["label"] == "quote"]
    assert any("'减少'" in s and "cannot both be right" in s for s in steps)


def test_the_explanation_of_an_agreeing_quote_has_no_such_step(tmp_path: Path) -> None:
    path = _write(tmp_path, "合作社140家，比上年减少12家", COUNT + "    change: 减少12\n")
    out = run_cli("explain", "c", str(path))
    assert out.exit_code == 0
    assert "cannot both be right" not in out.stdout


@pytest.mark.parametrize(
    ("text", "digits", "want"),
    [
        ("比上年下降了约1.2个百分点", "1.2", [QuotedVerb(-1, "下降")]),
        ("比上年下降百分之三十", "三十", [QuotedVerb(-1, "下降")]),
        ("年增六三四亿元", "六三四亿", [QuotedVerb(1, "年增")]),
        ("涨幅收窄0.3个百分点", "0.3", [QuotedVerb(-1, "收窄", True)]),
        ("比2019年多3个", "3", [QuotedVerb(1, "多")]),
        ("差不多3个，最少3个", "3", [None, None]),
        ("增长45%", "5", []),
        ("增长5.0%", "5", []),
        ("增长2,175元", "175", []),
        ("增加2175,增长5%", "2175", [QuotedVerb(1, "增加")]),
        ("下降至5%，回落到5%", "5", [None, None]),
        ("fell by more than 5 percent", "5", [QuotedVerb(-1, "fell")]),
        ("0.1 percentage points faster", "0.1", [QuotedVerb(1, "faster")]),
        ("up to 5% of it", "5", [None]),
        ("rose to 5%", "5", [None]),
    ],
)
def test_the_verb_printed_with_a_figure(text: str, digits: str, want: list[object]) -> None:
    assert verbs_around(normalize_digits(text), digits) == want
