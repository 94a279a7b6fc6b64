"""Every way Chinese news and statistical bulletins print a figure (issue #14):
script and typography, the normal form, and the new printed forms, each
with its printed precision. Expected values are worked out by hand."""

from __future__ import annotations

from fractions import Fraction as F

import pytest
from conftest import WriteClaims, errors_of, where

from licang_check._i18n.messages import set_language
from licang_check.claims.article import Article, quote_holds
from licang_check.claims.expr import ExprError, Literal, parse_check
from licang_check.claims.load import load_claims
from licang_check.figures.grammar import Figure, FigureError, as_growth, as_ratio, parse_figure
from licang_check.figures.normalize import FOLD, fold, normal_form
from licang_check.numeric.intervals import Interval
from licang_check.numeric.rounding import RoundingMode
from licang_check.run.results import Kind, Verdict
from licang_check.run.verify import run_checks

HU = RoundingMode.HALF_UP
TOL = F(1, 10)
WAN = 10**4
YI = 10**8


def iv(text: str, mode: RoundingMode = HU) -> Interval:
    return parse_figure(text).interval(mode, TOL)


def half_open(a: F | int, b: F | int) -> Interval:
    return Interval(F(a), F(b), True, False)


def closed(a: F | int, b: F | int) -> Interval:
    return Interval(F(a), F(b), True, True)


# -- the normal form --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "normal"),
    [
        ("４０２０３﹒５億元", "40203.5亿元"),
        ("１﹒７％", "1.7%"),
        ("６４０．５", "640.5"),
        ("收窄０﹒１個百分點", "收窄0.1个百分点"),
        ("增長", "增长"),
        ("兩萬", "两万"),
        ("増加", "增加"),  # the Japanese form of 增
        ("1115.2 亿元", "1115.2亿元"),
        ("18—34岁", "18-34岁"),
        ("390.83 Billion Yuan", "390.83billionyuan"),
        ("约\u3000三成", "约三成"),
        ("١٤٩", "١٤٩"),  # other scripts' digits are left for the grammar to refuse
    ],
)
def test_normal_form(text: str, normal: str) -> None:
    assert normal_form(text) == normal
    assert normal_form(normal) == normal


def test_fold_keeps_offsets() -> None:
    for code, to in FOLD.items():
        assert len(to) == 1, chr(code)
        assert fold(to) == to, chr(code)  # folded once is folded for good
    text = "香港 ４０２０３﹒５億元"
    assert len(fold(text)) == len(text)


# -- script and typography -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("４０２０３﹒５億", F("40203.5") * YI, F("0.1") * YI),  # U+FE52 is a decimal point
        ("１﹒７％", F("0.017"), F("0.001")),
        ("６４０．５", F("640.5"), F("0.1")),  # U+FF0E too
        ("六四〇．五億", F("640.5") * YI, F("0.1") * YI),  # positional, with a point
        ("一三七九億", F(1379) * YI, F(YI)),  # positional: to the 亿
        ("六一〇億", F(610) * YI, F(YI)),  # the trailing 〇 is a digit, as in 610
        ("二〇二三", F(2023), F(1)),
        ("三点五亿", F("3.5") * YI, F("0.1") * YI),  # 点 is a decimal point
        ("二十三点五", F("23.5"), F("0.1")),
        ("零点七", F("0.7"), F("0.1")),
        ("五十六％", F("0.56"), F("0.01")),  # counting numerals with %
        ("二十五", F(25), F(1)),
        ("三十億", F(30) * YI, F(10) * YI),  # counting: 三十 is to the ten
        ("兩萬", F(2 * WAN), F(WAN)),
        ("1115.2 亿", F("1115.2") * YI, F("0.1") * YI),  # a space before the multiplier
        ("1115.2\u3000亿", F("1115.2") * YI, F("0.1") * YI),
    ],
)
def test_script_and_typography(text: str, value: F, unit: F) -> None:
    fig = parse_figure(text)
    assert (fig.value, fig.unit) == (value, unit)
    assert fig.text == text


def test_the_digits_are_in_normal_form() -> None:
    assert parse_figure("４０２０３﹒５億").digits == "40203.5"
    assert parse_figure("三十億").digits == "三十亿"
    assert parse_figure("六四〇．五億").digits == "六四〇.五亿"


def test_two_positional_digits_are_not_a_number() -> None:
    # 二三 and 三五 print "two or three", "three or five": not 23 and 35
    for text in ("二三", "三五"):
        with pytest.raises(FigureError):
            parse_figure(text)
    assert parse_figure("二〇").value == 20  # a 〇 makes it positional


# -- new printed forms -----------------------------------------------------------------


def test_percentage_points_are_their_own_kind() -> None:
    for text in ("1.2个百分点", "1.2個百分點", "1.2百分点", "１﹒２個百分點"):
        fig = parse_figure(text)
        assert (fig.value, fig.unit) == (F("0.012"), F("0.001")), text
        assert fig.points
        assert not fig.percent
        assert fig.kind == "points"
        assert iv(text) == half_open(F("0.0115"), F("0.0125"))
    english = parse_figure("0.1 percentage points")
    assert english.points
    assert english.value == F("0.001")
    assert parse_figure("0.1 percentage point").points


def test_times_keeps_its_precision_and_has_two_readings() -> None:
    fig = parse_figure("1.72倍")
    assert (fig.value, fig.unit, fig.kind) == (F("1.72"), F("0.01"), "times")
    growth = as_growth(fig)  # 增长1.72倍: +172%
    assert growth.percent
    assert growth.value == F("1.72")
    assert growth.interval(HU, TOL) == half_open(F("1.715"), F("1.725"))
    ratio = as_ratio(fig)  # 是…的1.72倍: a ratio of 1.72
    assert not ratio.percent
    assert ratio.kind == "number"
    assert ratio.value == F("1.72")
    assert parse_figure("2.5 times").kind == "times"
    assert as_growth(parse_figure("149")) == parse_figure("149")


def test_doublings_are_exact() -> None:
    one, two = parse_figure("翻一番"), parse_figure("翻两番")
    assert (one.value, two.value) == (F(2), F(4))
    for mode in RoundingMode:
        assert one.interval(mode, TOL) == Interval.point(F(2))
    assert one.exact
    assert one.unit == 1  # a step to show and reround by; never zero
    assert parse_figure("翻了一番").value == 2
    assert as_growth(one).value == 1
    assert as_growth(one).percent
    assert as_growth(two).interval(HU, TOL) == Interval.point(F(3))  # +300%
    assert as_ratio(two).value == 4
    assert parse_figure("近翻一番").interval(HU, TOL) == closed(F("1.8"), 2)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("七成", F("0.7"), F("0.1")),
        ("三成", F("0.3"), F("0.1")),
        ("三成半", F("0.35"), F("0.05")),
        ("四成六", F("0.46"), F("0.01")),  # four tenths and six hundredths
        ("八折", F("0.8"), F("0.1")),
        ("八五折", F("0.85"), F("0.01")),  # 8.5折
        ("7.5折", F("0.75"), F("0.01")),
        ("千分之三", F("0.003"), F("0.001")),
        ("万分之五", F("0.0005"), F("0.0001")),
        ("萬分之五", F("0.0005"), F("0.0001")),
        ("3‰", F("0.003"), F("0.001")),
        ("三分之一", F(1, 3), F(1, 3)),
        ("四分之三", F(3, 4), F(1, 4)),
        ("百分之三十", F("0.3"), F("0.1")),
        ("17.1 percent", F("0.171"), F("0.001")),
        ("17.1 per cent", F("0.171"), F("0.001")),
    ],
)
def test_ratios(text: str, value: F, unit: F) -> None:
    fig = parse_figure(text)
    assert (fig.value, fig.unit) == (value, unit)
    assert fig.percent
    assert fig.kind == "percent"


def test_ratio_intervals() -> None:
    assert iv("七成") == half_open(F("0.65"), F("0.75"))
    assert iv("三成多") == Interval(F("0.3"), None, False, False)  # more than 30%
    assert iv("八五折") == half_open(F("0.845"), F("0.855"))
    assert iv("三分之一") == half_open(F(1, 6), F(1, 2))  # to the third
    assert iv("近三分之一") == closed(F(3, 10), F(1, 3))


def test_halves() -> None:
    fig = parse_figure("十五年半")
    assert (fig.value, fig.unit, fig.digits) == (F("15.5"), F("0.5"), "十五年半")
    assert iv("近十五年半") == closed(F("13.95"), F("15.5"))
    assert parse_figure("两个半").value == F("2.5")
    assert parse_figure("一倍半").value == F("1.5")
    assert parse_figure("一倍半").times
    assert parse_figure("半").value == F(1, 2)
    with pytest.raises(FigureError, match="半"):
        parse_figure("1.5年半")


@pytest.mark.parametrize(
    ("text", "interval", "digits"),
    [
        ("3-5", half_open(F("2.5"), F("5.5")), "3-5"),
        ("18—34", half_open(F("17.5"), F("34.5")), "18-34"),
        ("六一〇億至六三二億", half_open(F("609.5") * YI, F("632.5") * YI), "六一〇亿至六三二亿"),
        ("六一〇至六三二億", half_open(F("609.5") * YI, F("632.5") * YI), "六一〇至六三二亿"),
        ("3-5万", half_open(F("2.5") * WAN, F("5.5") * WAN), "3-5万"),  # 3万 to 5万
        ("3%-5%", half_open(F("0.025"), F("0.055")), "3%-5%"),
        ("3~5%", half_open(F("0.025"), F("0.055")), "3~5%"),
        ("三至五成", half_open(F("0.25"), F("0.55")), "三至五成"),
        ("-5至-3", Interval(F("-5.5"), F("-2.5"), False, True), "-5至-3"),
        ("3 - 5 billion", half_open(F("2.5") * 10**9, F("5.5") * 10**9), "3-5billion"),
    ],
)
def test_ranges(text: str, interval: Interval, digits: str) -> None:
    fig = parse_figure(text)
    assert fig.high is not None
    assert fig.interval(HU, TOL) == interval
    assert fig.digits == digits


def test_a_range_of_counts_is_whole_at_both_ends() -> None:
    fig = parse_figure("3-5")
    assert fig.interval(HU, TOL, count=True) == closed(3, 5)


@pytest.mark.parametrize("text", ["5-3", "约3-5", "3%-5个百分点", "3-5-7"])
def test_bad_ranges(text: str) -> None:
    with pytest.raises(FigureError):
        parse_figure(text)


def test_a_conversion_is_rounded_at_its_precision() -> None:
    # 约合 marks a converted figure: not 约's ±10%
    assert iv("约合20533") == half_open(F("20532.5"), F("20533.5"))
    assert iv("折合20533") == half_open(F("20532.5"), F("20533.5"))
    assert iv("约20533") == closed(F("18479.7"), F("22586.3"))


@pytest.mark.parametrize(
    ("text", "value", "interval"),
    [
        ("390.83 billion", F("390.83") * 10**9, half_open(F("390.825e9"), F("390.835e9"))),
        ("1,234,567", F(1234567), half_open(F("1234566.5"), F("1234567.5"))),
        ("about 7,000", F(7000), closed(6300, 7700)),
        ("nearly 30 percent", F("0.3"), closed(F("0.27"), F("0.3"))),
        ("more than 2 million", F(2 * 10**6), Interval(F(2 * 10**6), None, False, False)),
        ("1.5 trillion", F("1.5") * 10**12, half_open(F("1.45e12"), F("1.55e12"))),
        ("3 thousand", F(3000), half_open(2500, 3500)),
        ("at least 50", F(50), Interval(F(50), None, True, False)),
        ("less than 3 percent", F("0.03"), Interval(None, F("0.03"), False, False)),
        ("40 or more", F(40), Interval(F(40), None, True, False)),
    ],
)
def test_english(text: str, value: F, interval: Interval) -> None:
    fig = parse_figure(text)
    assert fig.value == value
    assert fig.interval(HU, TOL) == interval


def test_added_qualifiers_read_as_the_contracts() -> None:
    about = parse_figure("about 7,000")
    assert about.qualifiers == ("约",)
    assert about.printed_qualifiers == ("about",)
    converted = parse_figure("约合20533")
    assert converted.qualifiers == ("达",)  # adds nothing: the figure's own precision
    assert converted.printed_qualifiers == ("约合",)
    assert parse_figure("more than 2 million").qualifiers == ("超过",)
    assert parse_figure("40 or more").qualifiers == ("以上",)
    assert parse_figure("近翻一番").printed_qualifiers == ("近",)


def test_english_scale() -> None:
    scale = parse_figure("390.83 billion").scale
    assert (scale.factor, scale.suffix) == (F(10**9), " billion")


def test_traditional_qualifiers() -> None:
    assert parse_figure("約30%").qualifiers == ("约",)
    assert parse_figure("超過百萬").interval(HU, TOL) == Interval(F(10**6), None, False, False)
    assert parse_figure("30餘萬").value == 30 * WAN


# -- bad input -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "english", "chinese"),
    [
        ("448.6亿元", "'元' looks like the unit", "“元”像是单位"),
        ("149个", "'个' looks like the unit", "“个”像是单位"),
        ("390.83 billion yuan", "'yuan' looks like the unit", "“yuan”像是单位"),
        ("1,2345", "'1,2345' is grouped wrong", "“1,2345”分组不对"),
        ("1，2345", "'1,2345' is grouped wrong", "“1,2345”分组不对"),
        ("١٤٩", "'١' (U+0661) is a digit of another script", "“١”（U+0661）是其他文字的数字"),
        ("३%", "(U+0969) is a digit of another script", "（U+0969）是其他文字的数字"),
    ],
)
def test_bad_figures_say_what_to_fix(text: str, english: str, chinese: str) -> None:
    with pytest.raises(FigureError) as e:
        parse_figure(text)
    assert english in str(e.value)
    parse_figure.cache_clear()
    set_language("zh")
    try:
        with pytest.raises(FigureError) as z:
            parse_figure(text)
        assert chinese in str(z.value)
    finally:
        set_language("en")
        parse_figure.cache_clear()


def test_a_bad_value_is_reported_at_its_line(write_claims: WriteClaims) -> None:
    body = "version: 1\narticle:\n  title: t\nclaims:\n  a:\n    quote: q\n    value: 448.6亿元\n"
    (d,) = errors_of(write_claims(body))
    assert (d.line, d.column) == where(body, "448.6亿元")
    assert "looks like the unit" in d.message


def test_other_digits_in_a_value_are_refused(write_claims: WriteClaims) -> None:
    body = "version: 1\narticle:\n  title: t\nclaims:\n  a:\n    quote: q\n    value: ١٤٩\n"
    (d,) = errors_of(write_claims(body))
    assert (d.line, d.column) == where(body, "١٤٩")
    assert "another script" in d.message


@pytest.mark.parametrize(("expr", "offset"), [("a > ٣", 4), ("a > ١٤٩", 4), ("١ < a", 0)])
def test_other_digits_in_an_expression_are_refused(expr: str, offset: int) -> None:
    with pytest.raises(ExprError) as e:
        parse_check(expr)
    assert e.value.offset == offset
    assert "another script" in str(e.value)


def test_full_width_digits_in_an_expression() -> None:
    right = parse_check("a > ３").right
    assert isinstance(right, Literal)
    assert (right.value, right.text) == (F(3), "３")


# -- quotes in normal form -------------------------------------------------------------


@pytest.mark.parametrize(
    ("quote", "value"),
    [
        ("三十億美元", "三十亿"),
        ("三十億美元", "三十億"),
        ("４０２０３﹒５億元", "40203.5亿"),
        ("４０２０３﹒５億元", "４０２０３．５億"),
        ("收窄０﹒１個百分點", "0.1个百分点"),
        ("六四〇．五億", "六四〇.五亿"),
        ("390.83 Billion yuan", "390.83 billion"),
        ("18—34岁", "18-34"),
    ],
)
def test_quote_holds_in_normal_form(quote: str, value: str) -> None:
    assert quote_holds(quote, parse_figure(value).digits)


def test_quote_does_not_hold_other_digits() -> None:
    assert not quote_holds("三十億美元", parse_figure("30亿").digits)
    assert not quote_holds("４０２０３﹒５億元", parse_figure("40203.6亿").digits)
    assert not quote_holds("anything", "")


def test_article_positions_of_a_full_width_figure() -> None:
    article = Article("港府 預計\n４０２０３﹒５億元 收入")
    span = article.find("預計４０２０３﹒５億元")
    assert span is not None
    at = article.find_figure(span, parse_figure("40203.5亿").digits)
    assert at is not None
    assert article.text[at[0] : at[1]] == "４０２０３﹒５"
    at = article.find_figure(span, "40203.5亿")
    assert at is not None
    assert article.text[at[0] : at[1]] == "４０２０３﹒５億"


HK_ARTICLE = "本港去年出口總值達４０２０３﹒５億元，按年增長１﹒７％；吸引外資三十億美元。"


def test_verify_holds_hong_kong_quotes(write_claims: WriteClaims) -> None:
    body = (
        "version: 1\narticle:\n  title: t\n  text: article.txt\nclaims:\n"
        "  exports:\n    quote: 出口總值達４０２０３﹒５億元\n    value: 40203.5亿\n"
        "  exports_growth:\n    quote: 按年增長１﹒７％\n    value: 1.7%\n"
        "  investment:\n    quote: 吸引外資三十億美元\n    value: 三十亿\n"
        "  wrong:\n    quote: 吸引外資三十億美元\n    value: 四十亿\n"
    )
    cf = load_claims(write_claims(body, article=HK_ARTICLE))
    verdicts = {r.id: r.verdict for r in run_checks(cf) if r.kind is Kind.QUOTE}
    assert verdicts == {
        "exports": Verdict.CONSISTENT,
        "exports_growth": Verdict.CONSISTENT,
        "investment": Verdict.CONSISTENT,
        "wrong": Verdict.INCONSISTENT,
    }


def test_figure_fields_default_for_old_callers() -> None:
    fig = Figure("149", "149", F(149), F(1), False, "", (), True)
    assert (fig.marker, fig.high, fig.kind) == ("", None, "number")
