"""``extract``: drafting a claims file from an article's text."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from fractions import Fraction
from pathlib import Path

import pytest
import yaml
from conftest import run_cli
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import Result

from licang_check.claims.load import ID_PATTERN, MAX_QUOTE_LENGTH, Claim, load_claims
from licang_check.draft.extract import Extracted, draft_claims, extract, title_of
from licang_check.figures.grammar import Figure, FigureError, parse_figure
from licang_check.formats.extract import render_yaml, yaml_string

# -- the 百分之 form of the figure grammar ---------------------------------------


@pytest.mark.parametrize(
    ("text", "digits", "value", "unit"),
    [
        ("百分之三十", "三十", Fraction(3, 10), Fraction(1, 10)),
        ("百分之百", "百", Fraction(1), Fraction(1)),
        ("百分之二十五", "二十五", Fraction(1, 4), Fraction(1, 100)),
        ("百分之35", "35", Fraction(35, 100), Fraction(1, 100)),
        ("百分之2.5", "2.5", Fraction(25, 1000), Fraction(1, 1000)),
    ],
)
def test_baifenzhi_is_a_percentage(text: str, digits: str, value: Fraction, unit: Fraction) -> None:
    f = parse_figure(text)
    assert f.percent
    assert (f.digits, f.value, f.unit) == (digits, value, unit)


def test_baifenzhi_takes_qualifiers() -> None:
    assert parse_figure("近百分之三十").qualifiers == ("近",)
    assert parse_figure("百分之三十以上").qualifiers == ("以上",)
    assert parse_figure("百分之五十多").qualifiers == ("多",)


@pytest.mark.parametrize("text", ["百分之三十%", "百分之3万", "百分之", "百分之%"])
def test_baifenzhi_refuses_a_second_percent_or_a_multiplier(text: str) -> None:
    with pytest.raises(FigureError):
        parse_figure(text)


def test_baiwan_is_still_a_million() -> None:
    f = parse_figure("超过百万")
    assert (f.percent, f.value, f.digits) == (False, Fraction(1_000_000), "百万")


# -- helpers --------------------------------------------------------------------

ROOT = Path(__file__).resolve().parents[2]
ARTICLE_TEXT = (ROOT / "article.txt").read_text(encoding="utf-8")


def figures(text: str) -> list[Extracted]:
    return [e for e in extract(text) if e.kind == "figure"]


def one_figure(text: str) -> Extracted:
    found = figures(text)
    assert len(found) == 1, found
    return found[0]


def run(*args: str) -> Result:
    return run_cli(*args)


@pytest.fixture
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh folder holding a copy of the shipped article, as the cwd."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NO_COLOR", "1")
    (tmp_path / "article.txt").write_text(ARTICLE_TEXT, encoding="utf-8")
    return tmp_path


# -- figure forms, one by one ---------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit", "count"),
    [
        ("办理留抵退税27.7亿元。", "27.7亿元", "27.7亿", "元", False),
        ("出让土地1,122.8亩。", "1,122.8亩", "1,122.8", "亩", False),
        ("惠及居民2700户。", "2700户", "2700", "户", True),
        ("新增通车里程10.3公里。", "10.3公里", "10.3", "公里", False),
        ("高效利用载体30万平方米。", "30万平方米", "30万", "平方米", False),
        ("总额达1.2万亿元。", "1.2万亿元", "1.2万亿", "元", False),
        ("营收3千万元。", "3千万元", "3千万", "元", False),
        ("产量约3万吨。", "约3万吨", "约3万", "吨", False),
        ("完成投资计划的163.1%。", "163.1%", "163.1%", None, False),
        ("占比百分之三十。", "百分之三十", "百分之三十", None, False),
        ("超过百分之五十的企业", "超过百分之五十", "超过百分之五十", None, False),
        ("瑞金路南侧千亩产业园", "千亩", "千", "亩", False),
        ("景区年客流量超过百万。", "超过百万", "超过百万", "人次", False),
        ("仅用两个月。", "两个月", "两", "个月", False),
        ("戴家和长涧两个旧村", "两个", "两", "个", True),
        ("三千人参加", "三千人", "三千", "人", True),
        ("打造10支团队", "10支", "10", "支", True),
        ("缩短工期10个月。", "10个月", "10", "个月", False),
        ("用时10个多月完成", "10个多月", "10多", "个月", False),
        ("用了3年多,", "3年多", "3多", "年", False),
        ("实现纳税近7000万元。", "近7000万元", "近7000万", "元", False),
        ("超300万平方米的开发工程", "超300万平方米", "超300万", "平方米", False),
        ("增长30%左右。", "30%左右", "30%左右", None, False),
        ("招引的50亿元以上的重点项目", "50亿元以上", "50亿以上", "元", False),
        ("建成30余万平方米。", "30余万平方米", "30余万", "平方米", False),
        ("吸纳百余家企业", "百余家", "百余", "家", True),
        ("2万余人参加", "2万余人", "2万余", "人", True),
        ("不足5%的企业", "不足5%", "不足5%", None, False),
        ("三大低效片区", "三", "三", "个", True),
        ("增长1.5倍。", "1.5倍", "1.5倍", None, False),
        ("增长-3.5%。", "-3.5%", "-3.5%", None, False),
        ("指数为52.3。", "52.3", "52.3", None, False),
    ],
)
def test_figure_forms(sentence: str, text: str, value: str, unit: str | None, count: bool) -> None:
    e = one_figure(sentence)
    assert (e.text, e.value, e.unit, e.count) == (text, value, unit, count)
    assert sentence[e.start : e.end] == text
    assert e.value is not None
    parse_figure(e.value)  # a printed figure by construction


def test_5ge_duobumen_is_five_not_more_than_five() -> None:
    assert one_figure("5个多部门协同").value == "5"


@pytest.mark.parametrize(
    ("sentence", "value"),
    [("签约5个项目", "5"), ("节约3亿元", "3亿"), ("最近3年", "3"), ("约5个项目", "约5")],
)
def test_yue_and_jin_inside_words_are_not_qualifiers(sentence: str, value: str) -> None:
    assert one_figure(sentence).value == value


# -- dates, names and ordinals are not figures --------------------------------------


@pytest.mark.parametrize(
    ("sentence", "kind", "text"),
    [
        ("站在2023年的伊始", "date", "2023年"),
        ("2023-01-13 09:02", "date", "2023-01-13 09:02"),
        ("1月13日召开", "date", "1月13日"),
        ("2021—2025年", "date", "2021—2025年"),
        ("1-11月累计", "date", "1-11月"),
        ("上午9时30分", "date", "9时30分"),
        ("二〇二二年", "date", "二〇二二年"),
        ("党的二十大报告指出", "name", "二十大"),
        ("坚持发展是第一要务", "name", "第一"),
        ("第15个项目", "name", "第15"),
        ("壮大“3+2+4”现代产业集群", "name", "3+2+4"),
        ("新增“四上”企业", "name", "四上"),
        ("相关单位“一把手”为成员", "name", "一把手"),
        ("百发海水淡化二期", "name", "二期"),
        ("‘一号工程’", "name", "一号工程"),
        ("三年攻坚行动首年", "name", "三年攻坚"),
        ("“十四五”时期", "name", "十四五"),
        ("5G基站", "name", "5G"),
        ("G20峰会", "name", "G20"),
        ("两手抓", "name", "两手抓"),
        ("千家万户", "name", "千家万户"),
    ],
)
def test_dates_and_names_are_listed_not_figures(sentence: str, kind: str, text: str) -> None:
    spans = extract(sentence)
    assert not [e for e in spans if e.kind == "figure"], spans
    assert [(e.kind, e.text) for e in spans] == [(kind, text)]
    (e,) = spans
    assert sentence[e.start : e.end] == text
    assert e.value is None


@pytest.mark.parametrize(
    "sentence",
    [
        "一个生动事例",
        "一批优质项目",
        "一揽子政策",
        "一企一策",
        "百发",
        "超一流",
        "十分重要",
        "百姓",
    ],
)
def test_words_with_numerals_are_skipped(sentence: str) -> None:
    assert figures(sentence) == []


def test_a_figure_in_quotes_is_still_a_figure() -> None:
    e = one_figure("打造“10分钟生活圈”")
    assert (e.value, e.unit) == ("10", "分钟")


def test_dates_do_not_swallow_durations() -> None:
    spans = extract("2022年,缩短工期10个月")
    assert [(e.kind, e.text) for e in spans] == [("date", "2022年"), ("figure", "10个月")]


# -- offsets and quotes ----------------------------------------------------------


def test_offsets_and_quotes_are_exact_on_the_article() -> None:
    spans = extract(ARTICLE_TEXT)
    assert spans == sorted(spans, key=lambda e: e.start)
    for e in spans:
        assert ARTICLE_TEXT[e.start : e.end] == e.text
        assert e.text in e.quote
        assert e.quote in ARTICLE_TEXT
        assert e.line == ARTICLE_TEXT.count("\n", 0, e.start) + 1
        if e.growth_start is not None:
            assert e.growth_end is not None
            assert ARTICLE_TEXT[e.growth_start : e.growth_end] in e.quote


def test_quotes_do_not_cut_a_number() -> None:
    (date, figure) = extract("站在2023年的伊始回望2022年")
    assert not date.quote.endswith("202")
    assert "3年" not in figure.quote.removeprefix("年")


def test_offsets_count_characters_not_bytes() -> None:
    text = "“中”\r\n共计149个"
    e = one_figure(text)
    assert (e.start, e.end, e.line) == (text.index("149"), len(text), 2)


# -- growth --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "value", "growth"),
    [
        ("落地过亿元项目149个、增长273%,总投资额", "149", "273%"),
        ("新增“四上”企业204家,增长175.7%。", "204", "175.7%"),
        ("营收5亿元,同比下降3.5%。", "5亿", "-3.5%"),
        ("利润5亿元,比上年增长约20%。", "5亿", "约20%"),
        ("利润5亿元,下降约20%。", "5亿", "约-20%"),
        ("引进企业30家,增长百分之五十。", "30", "百分之五十"),
    ],
)
def test_growth_is_attached_to_the_figure_it_modifies(
    sentence: str, value: str, growth: str
) -> None:
    e = one_figure(sentence)
    assert (e.value, e.growth) == (value, growth)
    assert e.growth_start is not None
    assert e.growth_end is not None
    assert sentence[e.growth_start : e.growth_end].lstrip("-") in growth.replace("-", "")
    assert sentence[e.start : e.growth_end] in e.quote
    assert parse_figure(growth).percent


@pytest.mark.parametrize(
    "sentence",
    [
        "营收5亿元,下降100%。",  # nothing left to grow from
        "占比35%,增长5%。",  # a percentage's growth is ambiguous (points or percent)
        "民间投资增长44.7%。",  # no figure before it
    ],
)
def test_growth_not_attached(sentence: str) -> None:
    found = figures(sentence)
    assert all(e.growth is None for e in found)
    assert found[-1].value is not None
    assert found[-1].value.endswith("%")


@pytest.mark.parametrize(
    ("sentence", "growth"),
    [
        ("营收5亿元,下降超过30%。", "不足-30%"),  # a fall of more than 30%: below -30%
        ("营收5亿元,下降不到30%。", "超-30%"),
        ("营收5亿元,下降30%以上。", "-30%以下"),
    ],
)
def test_a_directional_fall_turns_its_qualifier_around(sentence: str, growth: str) -> None:
    e = one_figure(sentence)
    assert e.growth == growth
    assert e.growth_amount == "-0.3"


def test_standalone_change_is_a_figure_with_a_note() -> None:
    e = one_figure("民间投资增长44.7%")
    assert e.value == "44.7%"
    assert e.note is not None
    assert "previous period" in e.note


def test_percentage_points_are_a_figure_that_names_what_it_changes() -> None:
    text = "城镇化率达到70.5%,提高1.2个百分点。"
    rate, points = figures(text)
    assert (rate.value, rate.growth) == ("70.5%", None)
    assert (points.value, points.unit, points.modifies) == ("1.2个百分点", None, rate.start)
    claims = draft_claims(text, extract(text))
    assert claims[1].note is not None
    assert claims[0].id in claims[1].note


# -- the draft: ids, counts, merging --------------------------------------------------


def test_draft_of_the_article() -> None:
    claims = draft_claims(ARTICLE_TEXT, extract(ARTICLE_TEXT))
    by_id = {c.id: c for c in claims}
    assert len(by_id) == len(claims) == 43
    assert all(ID_PATTERN.fullmatch(c.id) for c in claims)
    landed = by_id["count_149_ge"]
    assert (landed.value, landed.unit, landed.count, landed.growth) == ("149", "个", True, "273%")
    assert len(landed.occurrences) == 2
    assert by_id["rate_273pct"].growth is None  # the subheading: its own claim
    assert by_id["amount_atleast_50yi"].value == "50亿以上"
    assert by_id["duration_10_months"].count is False
    assert len(by_id["count_97_ge"].occurrences) == 2  # the subheading and the paragraph


def test_repeats_merge_only_in_the_same_context() -> None:
    text = "甲地5个项目开工。乙方建成5个工厂。甲地5个项目开工。"
    claims = draft_claims(text, extract(text))
    assert [(c.id, len(c.occurrences)) for c in claims] == [("count_5_ge", 2), ("count_5_ge_2", 1)]


def test_a_repeat_suffix_never_takes_another_claims_id() -> None:
    # The second 0 is figure_0_2, which is also the natural id of 0.2.
    text = "甲数为0，乙数是0；丙数达0.2。"
    claims = draft_claims(text, extract(text))
    assert [c.id for c in claims] == ["figure_0", "figure_0_2", "figure_0_2_2"]


def test_a_quote_is_never_longer_than_a_claims_file_allows() -> None:
    # A table row of 600 characters: the quote keeps the cell and its growth.
    text = "指标\t数值\t增长(%)\n利润总额" + "甲" * 600 + "\t12000\t5.0\n营业收入\t300\t2.0\n"
    (cell,) = [e for e in extract(text) if e.text == "12000"]
    assert len(cell.quote) == MAX_QUOTE_LENGTH
    assert cell.quote.endswith("\t12000\t5.0")
    assert cell.quote in text


@pytest.mark.parametrize(
    "text",
    ["三次产业结构比例为8.1:" + "7" * 45 + ".5:51.4。", "1美元兑" + "7" * 45 + ".1元人民币。"],
)
def test_a_ratio_or_rate_past_the_digits_a_figure_may_have_is_none(text: str) -> None:
    spans = extract(text)
    assert not any(e.ratio for e in spans)
    assert all(e.unit != "元/美元" for e in spans)
    assert all(len(e.text) < 40 for e in spans)


def test_counts_are_whole_and_never_percentages() -> None:
    for e in figures(ARTICLE_TEXT + "增加1.5万人,其中30%为青年。"):
        if e.count:
            assert e.value is not None
            f = parse_figure(e.value)
            assert not f.percent
            assert f.value.denominator == 1


def test_title_is_the_first_non_empty_line() -> None:
    assert title_of("\n  \n 记者区市行 \n正文") == "记者区市行"
    assert title_of("") == "untitled"


@given(st.text())
def test_yaml_string_reads_back_exactly(text: str) -> None:
    assert yaml.safe_load(yaml_string(text)) == text


# -- recall and precision against the shipped claims.yaml ---------------------------

NOT_FIGURES = [
    # from the header of claims.yaml: dates, names, ordinals, slogans
    "2022年",
    "2023年",
    "二十大",
    "第一要务",
    "一号工程",
    "全市首个",
    "二期",
    "百发",
    "三年攻坚行动",
    "首年",
    "3+2+4",
    "四上",
    "四梁八柱",
    "两手抓",
    "一把手",
    "一揽子",
    "一企一策",
    "一线工作法",
    "一项目一方案",
    "一招",
    "一套",
    "一批",
    "一幅幅",
    "一个生动事例",
    "两侧",
    "东西广场",
    "清零",
]


def _occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(re.escape(needle), text)]


def _same_figure(a: Figure, b: Figure) -> bool:
    ignore = {"达", "达到"}
    return (a.value, a.percent, set(a.qualifiers) - ignore) == (
        b.value,
        b.percent,
        set(b.qualifiers) - ignore,
    )


def _matches(e: Extracted, claim: Claim, text: str) -> bool:
    """An extracted figure matches a shipped claim when its printed value reads
    the same (value, %, qualifiers), its unit is the claim's or none (三大 has
    no printed unit), its growth is the claim's, and it lies inside a place
    where one of the claim's quotes is printed."""
    assert e.value is not None
    if claim.growth is None or e.growth is None:
        same_growth = claim.growth is None and e.growth is None
    else:
        same_growth = _same_figure(parse_figure(e.growth), claim.growth)
    spans = [s for q, _ in claim.quotes for s in _occurrences(text, q)]
    return (
        _same_figure(parse_figure(e.value), claim.value)
        and e.unit in (None, claim.unit)
        and same_growth
        and any(a <= e.start and e.end <= b for a, b in spans)
    )


def test_recall_and_precision_against_the_shipped_claims() -> None:
    shipped = load_claims(ROOT / "claims.yaml")
    assert shipped.text == ARTICLE_TEXT
    spans = extract(ARTICLE_TEXT)
    found = [e for e in spans if e.kind == "figure"]
    left_out = [e for e in spans if e.kind != "figure"]
    claims = list(shipped.claims.values())
    recalled = [c for c in claims if any(_matches(e, c, ARTICLE_TEXT) for e in found)]
    right = [e for e in found if any(_matches(e, c, ARTICLE_TEXT) for c in claims)]
    recall, precision = len(recalled) / len(claims), len(right) / len(found)
    missed = sorted(set(shipped.claims) - {c.id for c in recalled})
    wrong = [e.text for e in found if e not in right]
    print(
        f"\nextract on article.txt: recall {recall:.1%} ({len(recalled)}/{len(claims)} claims),"
        f" precision {precision:.1%} ({len(right)}/{len(found)} figures)"
        f"; missed {missed}; not in claims.yaml {wrong}"
    )
    assert recall >= 0.95, missed
    assert precision >= 0.9, wrong
    # No date or name is taken for a figure: not the ones extract lists …
    for e in found:
        assert all(e.end <= o.start or o.end <= e.start for o in left_out), e
    # … and not the ones claims.yaml says are not figures.
    for word in NOT_FIGURES:
        for a, b in _occurrences(ARTICLE_TEXT, word):
            assert all(e.end <= a or b <= e.start for e in found), (word, a)
    assert {e.text for e in left_out if e.kind == "date"} == {"2022年", "2023年"}


# -- the command --------------------------------------------------------------------


def test_yaml_draft_passes_verify(in_tmp: Path) -> None:
    r = run("extract", "article.txt", "-o", "draft.yaml")
    assert r.exit_code == 0, r.stderr
    assert "51 figures in 43 claims" in r.stderr
    draft = (in_tmp / "draft.yaml").read_text(encoding="utf-8")
    assert draft.startswith("# DRAFT")
    assert 'value: "10.3"' in draft  # a string, never the float 10.3
    assert yaml.safe_load(draft)["claims"]["length_10_3_km"]["value"] == "10.3"
    cf = load_claims(in_tmp / "draft.yaml")
    assert (cf.title, len(cf.claims), cf.checks) == ("记者区市行", 43, [])
    assert cf.claims["count_149_ge"].growth is not None
    v = run("verify", "draft.yaml")
    assert v.exit_code == 0, v.stdout + v.stderr
    assert "0 inconsistent, 0 errors" in v.stderr


def test_yaml_draft_of_baifenzhi_passes_verify(in_tmp: Path) -> None:
    (in_tmp / "a.txt").write_text("标题\n引进企业30家,增长百分之五十。占比百分之三十。\n", "utf-8")
    assert run("extract", "a.txt", "-o", "a.yaml").exit_code == 0
    cf = load_claims(in_tmp / "a.yaml")
    assert [c.value.text for c in cf.claims.values()] == ["30", "百分之三十"]
    v = run("verify", "a.yaml")
    assert v.exit_code == 0, v.stdout + v.stderr


def test_text_path_is_relative_to_the_output(in_tmp: Path) -> None:
    (in_tmp / "articles").mkdir()
    (in_tmp / "articles" / "a.txt").write_text(ARTICLE_TEXT, encoding="utf-8")
    r = run("extract", "articles/a.txt", "-o", "d.yaml", "--title", "李沧")
    assert r.exit_code == 0
    assert "warning" not in r.stderr
    cf = load_claims(in_tmp / "d.yaml")
    assert (cf.title, cf.text_path) == ("李沧", in_tmp / "articles" / "a.txt")
    assert run("verify", "d.yaml").exit_code == 0
    assert 'text: "article.txt"' in run("extract", "article.txt").stdout


def test_article_outside_the_drafts_folder_is_a_comment(in_tmp: Path) -> None:
    (in_tmp / "drafts").mkdir()
    r = run("extract", "article.txt", "-o", "drafts/d.yaml")
    assert r.exit_code == 0
    assert "warning: article.txt is not in or below" in r.stderr
    draft = (in_tmp / "drafts" / "d.yaml").read_text(encoding="utf-8")
    assert '  # text: "../article.txt"' in draft
    cf = load_claims(in_tmp / "drafts" / "d.yaml")
    assert (cf.text_path, len(cf.claims)) == (None, 43)
    assert run("verify", "drafts/d.yaml").exit_code == 0


def test_output_never_overwritten_without_force(in_tmp: Path) -> None:
    out = in_tmp / "draft.yaml"
    out.write_text("old\n", encoding="utf-8")
    r = run("extract", "article.txt", "-o", "draft.yaml")
    assert r.exit_code == 2
    assert r.stderr.startswith("licang-check: error: ")
    assert "--force" in r.stderr
    assert out.read_text(encoding="utf-8") == "old\n"
    assert run("extract", "article.txt", "-o", "draft.yaml", "--force").exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("# DRAFT")


def test_never_over_the_article(in_tmp: Path) -> None:
    r = run("extract", "article.txt", "-o", "article.txt", "--force")
    assert r.exit_code == 2
    assert (in_tmp / "article.txt").read_text(encoding="utf-8") == ARTICLE_TEXT


@pytest.mark.parametrize(
    ("setup", "fragment"),
    [("missing", "not found"), ("dir", "is a directory"), ("latin1", "not UTF-8")],
)
def test_unreadable_article_exits_2(in_tmp: Path, setup: str, fragment: str) -> None:
    if setup == "dir":
        (in_tmp / "x").mkdir()
    elif setup == "latin1":
        (in_tmp / "x").write_bytes("李沧 149个".encode("gb18030"))
    r = run("extract", "x")
    assert r.exit_code == 2
    assert r.stderr.startswith("x:1:1: error: article text 'x' ")
    assert fragment in r.stderr
    assert r.stdout == ""


def test_bad_format_exits_2(in_tmp: Path) -> None:
    r = run("extract", "article.txt", "--format", "csv")
    assert r.exit_code == 2
    assert "yaml or json" in r.stderr


def test_json_lists_every_span_with_offsets(in_tmp: Path) -> None:
    r = run("extract", "article.txt", "--format", "json")
    assert r.exit_code == 0
    data = json.loads(r.stdout)
    keys = {"text", "value", "unit", "kind", "quote", "start", "end"}
    assert all(keys <= d.keys() for d in data)
    assert all(ARTICLE_TEXT[d["start"] : d["end"]] == d["text"] for d in data)
    assert {d["kind"] for d in data} == {"figure", "date", "name"}
    landed = [d for d in data if d["text"] == "149个"]
    assert [(d["value"], d["growth"], d["id"]) for d in landed] == [
        ("149", "273%", "count_149_ge")
    ] * 2
    assert all(d["value"] is None for d in data if d["kind"] != "figure")


def test_no_figures_still_writes_a_draft_and_warns(in_tmp: Path) -> None:
    (in_tmp / "e.txt").write_text("标题\n党的二十大报告指出。\n", encoding="utf-8")
    r = run("extract", "e.txt")
    assert r.exit_code == 0
    assert "no figures found" in r.stderr
    assert "claims: {}" in r.stdout
    assert "二十大" in r.stdout  # listed in the header as a name


def test_cli_start_up_does_not_import_extract() -> None:
    code = "import sys, licang_check._cli.app; print('licang_check.draft.extract' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# -- hostile articles (issue #19) ---------------------------------------------


@pytest.mark.parametrize("command", ["extract", "init"])
@pytest.mark.parametrize("text", ["投资6亿多多元\n", "6亿多多" * 200 + "\n", "3万余余多人\n"])
def test_a_figure_ending_in_two_qualifiers_does_not_hang(
    tmp_path: Path, command: str, text: str
) -> None:
    """A figure with no unit before a second 多 once set the scanner back to
    the start of the text, for ever; a hang guard, not a timing assertion."""
    article = tmp_path / "a.txt"
    article.write_text(text, encoding="utf-8")
    args = [command, str(article)] + (["--no-input"] if command == "init" else [])
    proc = subprocess.run(
        [sys.executable, "-m", "licang_check", *args],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
    )
    assert proc.returncode == 0, proc.stderr


def test_the_first_qualifier_ends_a_figure_without_a_unit() -> None:
    figs = [e for e in extract("投资6亿多多元") if e.kind == "figure"]
    assert [(e.text, e.value, e.start, e.end) for e in figs] == [("6亿多", "6亿多", 2, 5)]


def test_left_out_names_with_control_characters_stay_comments(tmp_path: Path) -> None:
    """A name holding U+001B is escaped in the draft's header, so the draft loads."""
    text = "“四\x1b上”企业，投资6亿元。"
    spans = extract(text)
    out = render_yaml(draft_claims(text, spans), spans, title="t", text_path="a.txt")
    assert "\x1b" not in out
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "c.yaml").write_text(out, encoding="utf-8")
    load_claims(tmp_path / "c.yaml")


def test_extract_o_refuses_an_article_with_no_figure(in_tmp: Path) -> None:
    """A draft with no claim would not load: -o refuses it and writes nothing,
    as init does (stdout still shows the preview, with its warning)."""
    (in_tmp / "e.txt").write_text("标题\n党的二十大报告指出。\n", encoding="utf-8")
    r = run("extract", "e.txt", "-o", "c.yaml")
    assert r.exit_code == 2
    assert "no printed figure found in e.txt" in r.stderr
    assert "c.yaml was not written" in r.stderr
    assert not (in_tmp / "c.yaml").exists()
    r = run("extract", "e.txt", "-o", "c.json", "-f", "json")
    assert r.exit_code == 0
    assert json.loads((in_tmp / "c.json").read_text(encoding="utf-8")) != []


def test_extract_o_dash_is_standard_output(in_tmp: Path) -> None:
    r = run("extract", "article.txt", "-o", "-")
    assert r.exit_code == 0
    assert "claims:" in r.stdout
    assert not (in_tmp / "-").exists()
