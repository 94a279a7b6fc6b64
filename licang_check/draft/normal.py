"""The form an article is scanned in: one character for one character.

The figures' own normal form, and a few more traditional characters of units
and change words. The mapping keeps every offset, so a span found in the
scanned form is the same span of the article as printed.
"""

from __future__ import annotations

from licang_check.figures.normalize import TRADITIONAL, fold

__all__ = ["scan_form"]

_PAIRS = (
    "億亿 萬万 個个 點点 兩两 長长 減减 較较 與与 為为 額额 "
    "過过 噸吨 項项 輛辆 臺台 場场 頃顷 畝亩 歲岁 週周 號号 屆届 幣币 擴扩 "
    "總总 實实 際际 價价 計计 內内 來来 間间 圓圆 於于 務务 區区 產产 業业 "
    "資资 貿贸 進进 營营 銷销 費费 戶户 們们 園园 會会 體体 數数 節节 種种 "
    "張张 隻只 條条 處处 棟栋 筆笔 類类 樓楼 漲涨 縮缩 單单 爲为 續续 連连 "
    "錄录 齡龄 "
)
"""Traditional characters of figures, units and change words, with their simplified forms."""
_EXTRA = {
    pair[0]: pair[1] for pair in _PAIRS.split() if pair[0] not in TRADITIONAL and pair[0] != pair[1]
}
_TABLE = str.maketrans(_EXTRA)


def scan_form(text: str) -> str:
    """``text`` in the figures' normal form (:func:`~licang_check.figures.normalize.fold`:
    full-width digits and points as ASCII, traditional figure words simplified,
    dashes as ``-``, ASCII in lower case), with the traditional characters of
    units and change words that it leaves (噸 項 輛 …) simplified too;
    character for character, so ``len`` and offsets are unchanged."""
    out = fold(text).translate(_TABLE)
    assert len(out) == len(text)
    return out
