"""``extract`` on real-article phenomena: tables, signs, lists, real growth,
scripts, English, ranges, what is left out, and the JSON amounts.

Every text here is written for this test, in the project's own words."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from licang_check._cli.app import app
from licang_check.draft.extract import Extracted, extract, plain_decimal
from licang_check.figures.grammar import parse_figure
from licang_check.numeric.exact import Fraction


def figures(text: str) -> list[Extracted]:
    return [e for e in extract(text) if e.kind == "figure"]


def left_out(text: str) -> list[str]:
    return [e.text for e in extract(text) if e.kind != "figure"]


def by_text(text: str) -> dict[str, Extracted]:
    return {e.text: e for e in figures(text)}


# -- amounts (issue #15's examples) -------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "amount"),
    [
        ("第一产业增加值617.50亿元。", "617.50亿元", "61750000000"),
        ("失业率为5.2%。", "5.2%", "0.052"),
        ("工业增加值下降0.6%。", "0.6%", "-0.006"),
        ("增速比上月回落0.7个百分点。", "0.7个百分点", "-0.007"),
        ("比重提高1.2个百分点。", "1.2个百分点", "0.012"),
        ("出口值达一三七九亿美元。", "一三七九亿美元", "137900000000"),
        ("去年出口總值４０２０３﹒５億元。", "４０２０３﹒５億元", "4020350000000"),
        ("五十六％的商户看好后市。", "五十六％", "0.56"),
        ("另有三十億美元融资。", "三十億美元", "3000000000"),
        ("全年投资 1115.2 亿元。", "1115.2 亿元", "111520000000"),
        ("优质稻占七成。", "七成", "0.7"),
        ("三分之一用于餐饮。", "三分之一", "0.333333333333"),
    ],
)
def test_each_figure_has_its_amount(sentence: str, text: str, amount: str) -> None:
    found = by_text(sentence)
    assert text in found, found
    assert found[text].amount == amount
    assert sentence[found[text].start : found[text].end] == text


def test_plain_decimal_is_exact_where_the_decimal_ends() -> None:
    assert plain_decimal(Fraction(61750000000)) == "61750000000"
    assert plain_decimal(Fraction(-6, 1000)) == "-0.006"
    assert plain_decimal(Fraction(1, 8)) == "0.125"
    assert plain_decimal(Fraction(0)) == "0"


def test_json_gives_every_figure_and_growth_a_span_and_amount(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    text = "全年营收617.50亿元，同比下降0.6%；利润率回落0.7个百分点。\n"
    article.write_text(text, encoding="utf-8")
    r = CliRunner().invoke(app, ["extract", str(article), "-f", "json"])
    assert r.exit_code == 0, r.output
    data = [d for d in json.loads(r.stdout) if d["kind"] == "figure"]
    revenue, points = data
    assert (revenue["amount"], revenue["growth"], revenue["growth_amount"]) == (
        "61750000000",
        "-0.6%",
        "-0.006",
    )
    assert text[revenue["start"] : revenue["end"]] == "617.50亿元"
    assert text[revenue["growth_start"] : revenue["growth_end"]] == "0.6%"
    assert (points["amount"], points["change"]) == ("-0.007", "down")
    assert text[points["start"] : points["end"]] == "0.7个百分点"


# -- tables ---------------------------------------------------------------------

TABLE = """表2  2023年主要行业营业收入
                         单位：万元
行业            营业收入      比上年增长(%)     占比(%)
合计            279010          -3.5            100.0
  制造业        180000           4.0             64.5
  服务业         99010         -14.2             35.5
"""


def test_a_table_cell_takes_its_column_unit_and_its_row_growth() -> None:
    cells = {e.text: e for e in figures(TABLE)}
    total = cells["279010"]
    assert (total.value, total.unit, total.amount) == ("279010万", "元", "2790100000")
    assert (total.growth, total.growth_amount) == ("-3.5%", "-0.035")
    assert total.cell
    assert TABLE[total.growth_start : total.growth_end] == "-3.5"
    assert cells["64.5"].value == "64.5%"
    assert "-3.5" not in cells  # the growth is not a figure of its own
    assert "表2" in left_out(TABLE)


def test_a_points_column_and_a_unit_column() -> None:
    text = (
        "指标          单位      数量      比上年增减(百分点)\n"
        "粮食产量      万吨      45.6        \t1.2\n"
        "城镇化率      %         68.4        0.9\n"
    )
    cells = {e.text: e for e in figures(text)}
    assert (cells["45.6"].value, cells["45.6"].unit) == ("45.6万", "吨")
    assert cells["1.2"].value == "1.2个百分点"
    assert cells["1.2"].amount == "0.012"


def test_a_table_quote_is_in_the_article_with_whitespace_ignored() -> None:
    for e in figures(TABLE):
        assert "".join(e.quote.split()) in "".join(TABLE.split())
        assert e.text in e.quote


# -- growth, changes and their signs ----------------------------------------------


def test_growth_at_comparable_prices_is_attached_and_real() -> None:
    e = figures("全市生产总值1234.56亿元，按可比价格计算，比上年增长5.1%。")[0]
    assert (e.value, e.growth, e.real) == ("1234.56亿", "5.1%", True)


def test_a_real_growth_is_named_in_the_draft() -> None:
    from licang_check.draft.extract import draft_claims

    text = "全市生产总值1234.56亿元，按可比价格计算，比上年增长5.1%。"
    (claim,) = draft_claims(text, extract(text))
    assert claim.real
    assert claim.note is not None
    assert "real growth" in claim.note
    from licang_check.formats.extract import render_yaml

    assert "    real: true\n" in render_yaml([claim], [], title="t", text_path="a.txt")


def test_respectively_pairs_each_growth_with_its_figure() -> None:
    text = "三次产业增加值分别为67.03亿元、613.81亿元和434.36亿元，分别增长3.9%、6.2%和5.1%。"
    assert [(e.value, e.growth) for e in figures(text)] == [
        ("67.03亿", "3.9%"),
        ("613.81亿", "6.2%"),
        ("434.36亿", "5.1%"),
    ]


def test_respectively_without_figures_signs_each_change() -> None:
    text = "三个县的税收分别下降1.2%、0.5%和2.0%。"  # one count before three changes
    assert [(e.value, e.change) for e in figures(text)][1:] == [
        ("-1.2%", "down"),
        ("-0.5%", "down"),
        ("-2.0%", "down"),
    ]


def test_an_absolute_change_then_a_growth() -> None:
    found = figures("粮食产量450万吨，比上年增加12万吨，增长2.7%。")
    assert [(e.value, e.unit, e.growth, e.change) for e in found] == [
        ("450万", "吨", "2.7%", None),
        ("12万", "吨", None, "up"),
    ]


def test_a_growth_after_the_base_of_a_comparison_is_the_first_figures() -> None:
    found = figures("客运量1112.4万人次，较去年同期的191.0万人次增长4.82倍。")
    assert [(e.value, e.growth) for e in found] == [("1112.4万", "4.82倍"), ("191.0万", None)]


def test_a_growth_in_times_is_the_drafts_growth() -> None:
    from licang_check.draft.extract import draft_claims

    text = "家庭农场479个，比上年增长303个，增长1.72倍。"
    first = draft_claims(text, extract(text))[0]
    assert first.growth == "1.72倍"


def test_points_keep_their_sign() -> None:
    e = by_text("城镇化率为68.42%，比上年末下降0.95个百分点。")["0.95个百分点"]
    assert (e.value, e.change, e.amount) == ("-0.95个百分点", "down", "-0.0095")


# -- scripts, English, ranges, ratios ------------------------------------------------


def test_traditional_and_full_width_growth_attaches() -> None:
    e = figures("零售總額為３３８億元，按年上升１５﹒７％。")[0]
    assert (e.value, e.unit, e.growth, e.growth_amount) == ("338亿", "元", "15.7%", "0.157")


def test_english_figures_with_their_growth_and_points() -> None:
    text = (
        "Trade totalled 390.83 billion yuan, up 17.1 percent, and 0.1 percentage points "
        "faster than in the first half. More than 12,000 firms traded."
    )
    found = figures(text)
    assert [(e.value, e.unit, e.growth, e.amount) for e in found] == [
        ("390.83 billion", "yuan", "17.1 percent", "390830000000"),
        ("0.1 percentage points", None, None, "0.001"),
        ("More than 12,000", None, None, "12000"),
    ]


@pytest.mark.parametrize(
    ("sentence", "value", "amount", "high"),
    [
        ("门票价格在60—120元之间。", "60-120", "60", "120"),
        ("入住率在85%至92%之间。", "85%至92%", "0.85", "0.92"),
        ("三至五天的线路。", "三至五", "3", "5"),
    ],
)
def test_a_range_is_one_figure(sentence: str, value: str, amount: str, high: str) -> None:
    (e,) = figures(sentence)
    assert (e.value, e.amount, e.amount_high) == (value, amount, high)
    assert parse_figure(value).high is not None


def test_a_ratio_gives_a_figure_per_term() -> None:
    found = figures("三次产业结构比例为6.01:55.04:38.95。")
    assert [(e.value, e.ratio) for e in found] == [
        ("6.01", True),
        ("55.04", True),
        ("38.95", True),
    ]


def test_an_exchange_rate_is_one_figure_in_yuan_per_dollar() -> None:
    assert [(e.value, e.unit) for e in figures("按1美元兑7.1元人民币计。")] == [("7.1", "元/美元")]


# -- what is not a figure --------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "leftover"),
    [
        ("1—10 月份，产值增长。", "1—10 月份"),
        ("16:34:08发布。", "16:34:08"),
        ("Released in July 2018.", "July 2018"),
        ("18岁以下人口有所减少。", "18岁以下"),
        ("18-34岁人群最活跃。", "18-34岁"),
        ("详见表1。", "表1"),
        ("见附注二。", "附注二"),
        ("庆祝建校70周年。", "70周年"),
        ("“十四五”时期。", "十四五"),
        ("咨询电话：0532-88889999。", "电话：0532-88889999"),
        ("首两个月销售额回升。", "首两个月"),
        ("第三季度", "第三"),
        ("2022—2023学年开学。", "2022—2023学年"),
        ("提供7×24小时服务。", "7×24小时"),
    ],
)
def test_not_a_figure_is_left_out_and_listed(sentence: str, leftover: str) -> None:
    assert figures(sentence) == []
    assert leftover in left_out(sentence)


def test_a_figure_without_a_unit_takes_the_one_its_words_imply() -> None:
    assert [(e.value, e.unit) for e in figures("户籍人口约120万，客流量超过百万。")] == [
        ("约120万", "人"),
        ("超过百万", "人次"),
    ]


def test_a_trade_surplus_is_not_more_than() -> None:
    (e,) = figures("全年出超1500億元。")
    assert (e.value, parse_figure(e.value or "").qualifiers) == ("1500亿", ())


def test_a_dash_of_the_prose_is_not_a_minus_sign() -> None:
    (e,) = figures("可以看到这样的画面——15个项目落地。")
    assert (e.value, e.amount) == ("15", "15")
