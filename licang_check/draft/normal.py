"""The form an article is scanned in: one character for one character.

Full-width digits and signs become ASCII (``４０２０３﹒５`` → ``40203.5``;
U+FE52 ﹒ and U+FF0E ． are decimal points), and the traditional characters
that figures, units and changes are printed with become simplified (億 萬 個
點 兩 增長 減少 較 …). The mapping keeps every offset, so a span found in the
scanned form is the same span of the article as printed. The full-width comma
``，`` is Chinese punctuation, not a thousands separator, and is kept.
"""

from __future__ import annotations

__all__ = ["scan_form"]

_FROM = "０１２３４５６７８９．﹒％－＋−：﹕～"
_TO = "0123456789..%-+-::~"
_TRADITIONAL = (
    "億亿 萬万 個个 點点 兩两 長长 減减 較较 與与 為为 額额 達达 約约 餘余 過过 噸吨 項项 輛辆 臺台 場场 "
    "頃顷 畝亩 歲岁 週周 號号 屆届 幣币 擴扩 總总 實实 際际 價价 計计 內内 來来 間间 圓圆 於于 務务 區区 "
    "產产 業业 資资 貿贸 進进 營营 銷销 費费 戶户 們们 園园 會会 體体 數数 節节 種种 張张 隻只 條条 處处 "
    "棟栋 筆笔 類类 樓楼 漲涨 縮缩 "
)
_PAIRS = _TRADITIONAL.split()
_TABLE = str.maketrans(_FROM + "".join(p[0] for p in _PAIRS), _TO + "".join(p[1] for p in _PAIRS))
assert len(_FROM) == len(_TO)


def scan_form(text: str) -> str:
    """``text`` with full-width digits as ASCII and traditional figure words
    simplified, character for character (``len`` and offsets unchanged)."""
    out = text.translate(_TABLE)
    assert len(out) == len(text)
    return out
