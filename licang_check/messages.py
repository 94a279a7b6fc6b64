"""Every message a person reads, in English and Chinese: the one catalogue.

``MESSAGES[key]`` holds a message in each language, with the same named
placeholders (``{key}``, ``{where}``); :func:`t` fills one in, in the
language of this run. The language is chosen once per run by the command
line (``--lang``, else :func:`language_from_env`) and is English until then.

This module is a plain dict and imports nothing heavy, so that start-up
stays cheap. What tools parse stays English whatever the language: the
``PATH:LINE:COL: error:`` prefix, JSON keys and the ``consistent`` /
``inconsistent`` values of ``--format json``.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Final, Literal

__all__ = [
    "LANGS",
    "MESSAGES",
    "Lang",
    "both",
    "language",
    "language_from_env",
    "set_language",
    "t",
    "tn",
]

Lang = Literal["en", "zh"]
LANGS: Final[tuple[Lang, ...]] = ("en", "zh")

MESSAGES: Final[dict[str, dict[Lang, str]]] = {
    # -- verdicts, the table, the summary (results.py, formats/table.py) ------------------
    "verdict.consistent": {"en": "consistent", "zh": "一致"},
    "verdict.inconsistent": {"en": "inconsistent", "zh": "不一致"},
    "verdict.edge": {"en": "{verdict}, edge", "zh": "{verdict}，临界"},
    "kind.quote": {"en": "quote", "zh": "引文"},
    "kind.growth": {"en": "growth", "zh": "增长"},
    "kind.share": {"en": "share", "zh": "比例"},
    "kind.expr": {"en": "expr", "zh": "校验"},
    "table.line_col": {"en": "line:col", "zh": "行:列"},
    "table.check": {"en": "check", "zh": "检查"},
    "table.id": {"en": "id", "zh": "id"},
    "table.printed": {"en": "printed", "zh": "印出"},
    "table.implies": {"en": "implies", "zh": "推出"},
    "table.verdict": {"en": "verdict", "zh": "结论"},
    "table.modes": {"en": "modes", "zh": "取舍方式"},
    "modes.all": {"en": "all", "zh": "全部"},
    "modes.none": {"en": "none", "zh": "无"},
    "modes.all_but": {"en": "all but {mode}", "zh": "除 {mode} 外"},
    "summary.line": {
        "en": "{consistent} consistent, {inconsistent} inconsistent, {errors} in {files}",
        "zh": "{consistent} 项一致，{inconsistent} 项不一致，{errors}，共 {files}",
    },
    "summary.errors.one": {"en": "{n} error", "zh": "{n} 个错误"},
    "summary.errors.other": {"en": "{n} errors", "zh": "{n} 个错误"},
    "summary.files.one": {"en": "{n} file", "zh": "{n} 个文件"},
    "summary.files.other": {"en": "{n} files", "zh": "{n} 个文件"},
    # -- the JSON Schema's descriptions (licang_check/schema.py) ---------------------------
    "schema.title": {
        "en": "licang-check claims file, format version 1",
        "zh": "licang-check 核查文件（claims file），格式第 1 版",
    },
    "schema.file": {
        "en": "The numeric claims of one article, as printed, and the relations"
        " that must hold between them.",
        "zh": "一篇报道中印出的数字主张，以及它们之间必须成立的关系。",
    },
    "schema.version": {"en": "Always 1.", "zh": "固定为 1。"},
    "schema.article": {"en": "The article the claims are from.", "zh": "主张所出自的报道。"},
    "schema.article.title": {"en": "The article's title.", "zh": "报道标题。"},
    "schema.article.source": {"en": "Where it was published.", "zh": "刊发媒体。"},
    "schema.article.published": {
        "en": "The date of publication, YYYY-MM-DD.",
        "zh": "刊发日期，格式 YYYY-MM-DD。",
    },
    "schema.article.url": {"en": "The article's address.", "zh": "报道网址。"},
    "schema.article.text": {
        "en": "The article body, a path relative to this file (in or below its folder).",
        "zh": "报道正文文件，相对于本文件的路径（须在本文件所在目录或其子目录中）。",
    },
    "schema.rounding": {
        "en": "How printed figures were rounded: half-up (四舍五入, the default),"
        " half-even, down (truncated) or any.",
        "zh": "印出的数字如何取舍：half-up（四舍五入，默认）、half-even（四舍六入五成双）、"
        "down（截尾）或 any（两种都算）。",
    },
    "schema.tolerance": {
        "en": "How far 近, 约, 左右 may stray, a percentage (default 10%).",
        "zh": "“近”“约”“左右”允许的偏差，百分数（默认 10%）。",
    },
    "schema.claims": {
        "en": "Each claim under its id: lowercase letters, digits and _, starting with a letter.",
        "zh": "每条主张以其 id 为键：小写字母、数字和下划线，以字母开头。",
    },
    "schema.claim": {"en": "One figure as printed.", "zh": "一个印出的数字。"},
    "schema.claim.quote": {
        "en": "The words as printed, or a list of them where the article repeats the figure.",
        "zh": "原文照录的语句；报道多处重复同一数字时，写成列表。",
    },
    "schema.claim.value": {
        "en": "The figure as printed: 149, 448.6亿, 273%, 近7000万, 30%左右, 超过百万.",
        "zh": "印出的数字：149、448.6亿、273%、近7000万、30%左右、超过百万。",
    },
    "schema.claim.unit": {
        "en": "Free text: 元, 个, 平方米, 亩 …",
        "zh": "单位，自由填写：元、个、平方米、亩……",
    },
    "schema.claim.count": {
        "en": "true for a whole-number count: it, and any prior implied for it, are whole.",
        "zh": "计数（整数）时写 true：它本身和推算出的上期数都是整数。",
    },
    "schema.claim.growth": {
        "en": "The change on the previous period, as printed: 273%, -3.5%, 30%左右.",
        "zh": "与上期相比的增减，照印：273%、-3.5%、30%左右。",
    },
    "schema.claim.prior": {
        "en": "The previous period's figure, as printed, or the id of another claim.",
        "zh": "上期数，照印；或另一条主张的 id。",
    },
    "schema.claim.of": {
        "en": "On a percentage: the id of the claim it is a share of.",
        "zh": "百分数专用：它所占比例的那条主张的 id。",
    },
    "schema.claim.note": {"en": "Free text.", "zh": "备注，自由填写。"},
    "schema.checks": {
        "en": "Relations that must hold between the claims.",
        "zh": "主张之间必须成立的关系。",
    },
    "schema.check": {"en": "One relation.", "zh": "一条关系。"},
    "schema.check.id": {
        "en": "The check's id: lowercase letters, digits and _, starting with a letter.",
        "zh": "校验的 id：小写字母、数字和下划线，以字母开头。",
    },
    "schema.check.says": {"en": "The relation in words.", "zh": "用文字说明这条关系。"},
    "schema.check.expr": {
        "en": "The relation: claim ids, prior(id), figures, + - * / ( ) and one of"
        " == != < <= > >=, e.g. total_investment > projects_landed * 1亿.",
        "zh": "关系式：主张 id、prior(id)、数字、+ - * / ( )，以及 == != < <= > >= 之一，"
        "例如 total_investment > projects_landed * 1亿。",
    },
    "schema.check.note": {"en": "Free text.", "zh": "备注，自由填写。"},
    # -- init (licang_check/init.py, cli.py) ---------------------------------------------
    "init.bad_date": {
        "en": "--published must be a date YYYY-MM-DD, not {text!r}",
        "zh": "--published 须为日期 YYYY-MM-DD，而不是 {text!r}",
    },
    "init.no_figures": {
        "en": "no printed figure found in {article}; a claims file needs at least one claim,"
        " so none was written (write one by hand: see docs/guide.md)",
        "zh": "在 {article} 中没有找到印出的数字；核查文件至少要有一条主张，因此没有写文件"
        "（可以手写一条：见 docs/guide.zh.md）",
    },
    "init.exists": {
        "en": "{path} exists; init never overwrites a claims file (name another with -o)",
        "zh": "{path} 已存在；init 从不覆盖核查文件（用 -o 另取一个文件名）",
    },
    "init.ask.title": {"en": "Title", "zh": "标题"},
    "init.ask.source": {
        "en": "Source (publication; empty: none)",
        "zh": "来源（刊发媒体；留空则不填）",
    },
    "init.ask.published": {
        "en": "Published (YYYY-MM-DD; empty: none)",
        "zh": "刊发日期（YYYY-MM-DD；留空则不填）",
    },
    "init.ask.url": {"en": "URL (empty: none)", "zh": "网址（留空则不填）"},
    "init.wrote": {
        "en": "wrote {path}: {claims} claims from {figures} printed figures, no checks yet",
        "zh": "已写入 {path}：{figures} 个印出的数字，{claims} 条主张，尚无校验",
    },
    "init.next": {
        "en": "next: read each claim against the article, give it a telling id, add checks,"
        " then run: licang-check verify {path}",
        "zh": "下一步：逐条对照原文核对主张，改成达意的 id，补上校验，"
        "然后运行：licang-check verify {path}",
    },
    "init.no_schema": {
        "en": "no {name} here or above; for an editor's help run: licang-check schema > {name}",
        "zh": "本目录及上级目录中没有 {name}；如需编辑器提示，运行：licang-check schema > {name}",
    },
}

_language: Lang = "en"


def language_from_env(env: Mapping[str, str] | None = None) -> Lang:
    """Chinese where the first of ``LC_ALL``, ``LC_MESSAGES``, ``LANG`` that is
    set (as POSIX orders them) starts with ``zh``; English otherwise."""
    env = os.environ if env is None else env
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(var)
        if value:
            return "zh" if value.lower().startswith("zh") else "en"
    return "en"


def set_language(lang: Lang) -> None:
    """The language of every message from now on (once per run)."""
    global _language
    _language = lang


def language() -> Lang:
    return _language


def t(key: str, /, **fields: object) -> str:
    """The message ``key`` in this run's language, its placeholders filled in."""
    return MESSAGES[key][_language].format(**fields)


def tn(key: str, n: int, /, **fields: object) -> str:
    """``key.one`` for one, ``key.other`` otherwise (``{n}`` is the number)."""
    return t(f"{key}.{'one' if n == 1 else 'other'}", n=n, **fields)


def both(key: str, /, sep: str = "\n\n", **fields: object) -> str:
    """The message in Chinese, then in English (for what is read in both: the schema)."""
    return sep.join(MESSAGES[key][lang].format(**fields) for lang in ("zh", "en"))
