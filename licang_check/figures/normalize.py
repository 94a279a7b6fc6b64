"""One normal form for printed figures, in which a figure's text and its quote
are compared, and in which the figure grammar reads a figure.

:func:`fold` maps characters one to one (so an offset in the folded text is
an offset in the original):

- full-width ASCII (``０``–``９``, ``％``, ``，``, ``．``, ``＋``, ``－``, ``Ａ`` …)
  to ASCII; U+FE52 ``﹒`` (small full stop) to ``.``, U+FE50 ``﹐`` to ``,``,
  U+FE6A ``﹪`` to ``%``; U+2212 ``−`` to ``-``;
- dashes and waves that print a range (``—`` ``–`` ``‒`` ``～`` ``〜``) to ``-``
  and ``~``; U+3000 and no-break spaces to a space;
- traditional (and Japanese) characters of the figure and change vocabulary to
  simplified: ``億``→``亿``, ``萬``→``万``, ``個``→``个``, ``點``→``点``,
  ``兩``→``两``, ``長``→``长`` (``增長``), ``増``→``增`` …
  (:data:`TRADITIONAL`);
- ASCII capitals to lower case (``Billion``).

:func:`normal_form` is :func:`fold` with whitespace removed: the form in
which a quote is compared with a figure (an article wraps its lines
anywhere). Both are idempotent. Digits of other scripts (``١٤٩``, ``३``) are
left as they are, for the grammar to refuse.
"""

from __future__ import annotations

import re

__all__ = ["FOLD", "TRADITIONAL", "fold", "normal_form"]

TRADITIONAL: dict[str, str] = {
    "億": "亿",
    "萬": "万",
    "兩": "两",
    "點": "点",
    "個": "个",
    "約": "约",
    "達": "达",
    "過": "过",
    "餘": "余",
    "於": "于",
    "與": "与",
    "幾": "几",
    "長": "长",
    "増": "增",
    "減": "减",
    "緩": "缓",
    "環": "环",
    "為": "为",
    "佔": "占",
    "總": "总",
    "額": "额",
    "產": "产",
    "業": "业",
    "結": "结",
    "構": "构",
    "價": "价",
    "計": "计",
    "現": "现",
    "較": "较",
    "漲": "涨",
    "擴": "扩",
    "縮": "缩",
    "僅": "仅",
    "門": "门",
    "張": "张",
    "輛": "辆",
    "臺": "台",
    "場": "场",
    "噸": "吨",
    "畝": "亩",
    "時": "时",
    "鐘": "钟",
    "歲": "岁",
    "間": "间",
    "戶": "户",
    "項": "项",
    "筆": "笔",
    "單": "单",
    "際": "际",
    "內": "内",
    "國": "国",
    "區": "区",
    "縣": "县",
    "鎮": "镇",
    "務": "务",
    "費": "费",
    "資": "资",
    "貿": "贸",
    "進": "进",
    "來": "来",
    "農": "农",
    "電": "电",
    "車": "车",
    "銷": "销",
    "營": "营",
    "獲": "获",
    "實": "实",
    "數": "数",
    "號": "号",
    "幣": "币",
    "圓": "圆",
}
"""Traditional (and Japanese) characters of the figure vocabulary and their
simplified forms: numerals, multipliers, qualifiers, the words of changes
(``增長``, ``減少``, ``環比``) and the measure words that follow a figure."""

_RANGE_MARKS = {
    "\u2012": "-",  # figure dash
    "\u2013": "-",  # en dash
    "\u2014": "-",  # em dash
    "\u2015": "-",  # horizontal bar
    "\u2212": "-",  # minus sign
    "\ufe58": "-",  # small em dash
    "\ufe63": "-",  # small hyphen-minus
    "\u301c": "~",  # wave dash
    "\ufe52": ".",  # small full stop: a decimal point in Hong Kong and Taiwan print
    "\ufe50": ",",  # small comma
    "\ufe6a": "%",  # small percent sign
    "\u3000": " ",  # ideographic space
    "\u00a0": " ",  # no-break space
    "\u202f": " ",  # narrow no-break space
    "\u2009": " ",  # thin space
}


def _table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0xFF01, 0xFF5F):  # full-width ASCII: ！ to ～
        table[code] = chr(code - 0xFEE0)
    for ch, to in _RANGE_MARKS.items():
        table[ord(ch)] = to
    for ch, to in TRADITIONAL.items():
        table[ord(ch)] = to
    for code in range(ord("A"), ord("Z") + 1):
        table[code] = chr(code + 32)
    table[0xFF5E] = "~"  # ～ full-width tilde: a range mark, as ~
    # Folding goes once: a character that folds is mapped straight to its end form.
    for code, to in list(table.items()):
        while len(to) == 1 and ord(to) in table and table[ord(to)] != to:
            to = table[ord(to)]
        table[code] = to
    return table


FOLD: dict[int, str] = _table()
"""The character map of :func:`fold` (one character to one character)."""

_SPACE = re.compile(r"\s+")


def fold(text: str) -> str:
    """``text`` with each character in its normal form (see the module); the
    same length, so offsets carry over."""
    return text.lower() if text.isascii() else text.translate(FOLD)


def normal_form(text: str) -> str:
    """``text`` folded (:func:`fold`) with its whitespace removed: the form in
    which a figure's text and a quote are compared."""
    return _SPACE.sub("", fold(text))
