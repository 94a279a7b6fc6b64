"""The words of figures: units, multipliers' id slugs, the verbs of change,
and fixed phrases with numerals that are never figures. The qualifiers' words
and slugs are :mod:`licang_check.figures.qualifiers`' table."""

from __future__ import annotations

__all__ = [
    "AREA",
    "CHINESE_UNITS",
    "COMPARED",
    "COUNT",
    "DECREASE",
    "DURATION",
    "INCREASE",
    "LENGTH",
    "MONEY",
    "MULT_SLUGS",
    "OTHER",
    "RATE_NOUNS",
    "REAL",
    "SLOGANS",
    "UNITS",
    "UNIT_SLUGS",
    "WEIGHT",
]

MONEY = ("元", "美元", "港元", "欧元", "日元", "英镑")
AREA = ("平方公里", "平方米", "公顷", "亩")
LENGTH = ("公里", "千米", "米")
DURATION = ("个月", "小时", "分钟", "年", "天", "周")
WEIGHT = ("吨", "公斤", "千克", "克")
COUNT = (
    "个",
    "家",
    "户",
    "条",
    "支",
    "人次",
    "人",
    "名",
    "位",
    "座",
    "所",
    "项",
    "台",
    "辆",
    "件",
    "套",
    "栋",
    "幢",
    "处",
    "间",
    "张",
    "只",
    "头",
    "株",
    "棵",
    "架",
    "艘",
    "部",
    "场",
    "批",
    "种",
    "类",
    "篇",
    "枚",
    "次",
    "床",
    "份",
    "单",
    "笔",
    "宗",
    "例",
    "块",
)
OTHER = ("千瓦时", "千瓦", "标箱", "立方米", "岁")
UNITS = MONEY + AREA + LENGTH + DURATION + WEIGHT + COUNT + OTHER
CHINESE_UNITS = frozenset(UNITS) - {"米", "克", "岁", "次", "周"}
"""Units a Chinese numeral is taken with (三千米 is rarer than 三千 + 米-something)."""

UNIT_SLUGS = {
    "元": "",
    "美元": "usd",
    "港元": "hkd",
    "欧元": "eur",
    "日元": "jpy",
    "英镑": "gbp",
    "平方公里": "km2",
    "平方米": "m2",
    "公顷": "ha",
    "亩": "mu",
    "公里": "km",
    "千米": "km",
    "米": "m",
    "个月": "months",
    "小时": "hours",
    "分钟": "minutes",
    "年": "years",
    "天": "days",
    "周": "weeks",
    "吨": "t",
    "公斤": "kg",
    "千克": "kg",
    "克": "g",
    "个": "ge",
    "家": "jia",
    "户": "hu",
    "条": "tiao",
    "支": "zhi",
    "人次": "renci",
    "人": "ren",
    "名": "ming",
    "位": "wei",
    "座": "zuo",
    "所": "suo",
    "项": "xiang",
    "台": "tai",
    "辆": "liang",
    "件": "jian",
    "套": "tao",
    "千瓦时": "kwh",
    "千瓦": "kw",
    "标箱": "teu",
    "立方米": "m3",
    "岁": "years",
}
MULT_SLUGS = {
    "万亿": "wanyi",
    "千亿": "qianyi",
    "百亿": "baiyi",
    "十亿": "shiyi",
    "亿": "yi",
    "千万": "qianwan",
    "百万": "baiwan",
    "十万": "shiwan",
    "万": "wan",
    "千": "qian",
    "百": "bai",
}
INCREASE: tuple[str, ...] = (
    "增长",
    "增加",
    "提高",
    "提升",
    "上升",
    "上涨",
    "加快",
    "扩大",
    "回升",
    "增",
)
INCREASE += ("升",)
DECREASE: tuple[str, ...] = (
    "下降",
    "减少",
    "降低",
    "下滑",
    "回落",
    "放缓",
    "收窄",
    "缩小",
    "减缓",
    "下跌",
    "降",
)
DECREASE += ("减", "跌")
COMPARED: tuple[str, ...] = ("比上年同期", "较上年同期", "比去年同期", "较去年同期")
COMPARED += ("比上年末", "较上年末", "比年初", "较年初", "比上月", "比上季度")
COMPARED += ("比上年", "较上年", "比去年", "较去年", "同比", "环比", "按年", "按月")
RATE_NOUNS = ("增幅", "增速", "涨幅")
"""Nouns that print a growth rate after a figure (…101亿美元，增幅7.9%)."""
REAL: tuple[str, ...] = (
    "按可比价格计算",
    "按可比价计算",
    "按可比口径计算",
    "扣除价格因素影响",
    "扣除价格因素后",
)
REAL += ("扣除价格因素",)
"""Phrases that make the growth after them a real (volume) growth."""

SLOGANS = (
    "一带一路",
    "两个确立",
    "两个维护",
    "两个一百年",
    "四个意识",
    "四个自信",
    "四个全面",
    "五位一体",
    "八项规定",
    "三个代表",
    "两学一做",
    "三严三实",
    "一国两制",
    "千人计划",
    "万人计划",
    "千家万户",
    "千方百计",
    "千军万马",
    "成千上万",
    "千千万万",
    "四面八方",
    "五湖四海",
    "三番五次",
    "万无一失",
    "七上八下",
    "四梁八柱",
    "两手抓",
    "一成不变",
)
"""Fixed phrases with numerals in them that are never figures."""
