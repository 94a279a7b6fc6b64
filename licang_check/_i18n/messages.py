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
    # -- click's usage errors, in a Chinese run (_i18n/click_errors.py): each English is
    # -- click's sentence as typer's click writes it, read back as a template
    "click.error": {"en": "Error: {message}", "zh": "错误：{message}"},
    "click.try_help": {"en": "Try '{command}' for help.", "zh": "运行 '{command}' 查看帮助。"},
    "click.no_such_option": {"en": "No such option: {name}", "zh": "没有选项：{name}"},
    "click.possible_options": {
        "en": "{message} (Possible options: {names})",
        "zh": "{message}（可能是：{names}）",
    },
    "click.did_you_mean": {
        "en": "{message}. Did you mean {names}?",
        "zh": "{message}。是不是要用 {names}？",
    },
    "click.no_value": {
        "en": "Option {name} does not take a value.",
        "zh": "选项 {name} 不带值。",
    },
    "click.requires_one": {
        "en": "Option {name} requires an argument.",
        "zh": "选项 {name} 需要一个值。",
    },
    "click.requires_n": {
        "en": "Option {name} requires {n} arguments.",
        "zh": "选项 {name} 需要 {n} 个值。",
    },
    "click.argument_values": {
        "en": "Argument {name} takes {n} values.",
        "zh": "参数 {name} 需要 {n} 个值。",
    },
    "click.takes_values": {
        "en": "Takes {n} values but {m} given.",
        "zh": "需要 {n} 个值，却给了 {m} 个。",
    },
    "click.extra_arguments": {
        "en": "Got unexpected extra argument(s) ({args})",
        "zh": "多出了用不上的参数（{args}）",
    },
    "click.invalid_for": {
        "en": "Invalid value for {name}: {message}",
        "zh": "{name} 的值无效：{message}",
    },
    "click.invalid": {"en": "Invalid value: {message}", "zh": "值无效：{message}"},
    "click.missing_argument": {"en": "Missing argument {name}.", "zh": "缺少参数 {name}。"},
    "click.missing_argument_more": {
        "en": "Missing argument {name}. {message}",
        "zh": "缺少参数 {name}。{message}",
    },
    "click.missing_option": {"en": "Missing option {name}.", "zh": "缺少选项 {name}。"},
    "click.missing_option_more": {
        "en": "Missing option {name}. {message}",
        "zh": "缺少选项 {name}。{message}",
    },
    "click.choose_from": {"en": "Choose from:\n\t{choices}", "zh": "可选的值：\n\t{choices}"},
    "click.not_one_of": {
        "en": "{value} is not one of {choices}.",
        "zh": "{value} 不是可选的值之一（{choices}）。",
    },
    "click.not_valid": {"en": "{value} is not a valid {type}.", "zh": "{value} 不是有效的{type}。"},
    "click.type_int": {"en": "int", "zh": "整数"},
    "click.type_int_range": {"en": "int range", "zh": "整数"},
    "click.type_integer": {"en": "integer", "zh": "整数"},
    "click.type_float": {"en": "float", "zh": "小数"},
    "click.type_float_range": {"en": "float range", "zh": "小数"},
    "click.not_in_range": {
        "en": "{value} is not in the range {range}.",
        "zh": "{value} 不在范围 {range} 之内。",
    },
    "click.not_boolean": {
        "en": "{value} is not a valid boolean. Recognized values: {values}",
        "zh": "{value} 不是有效的布尔值。可用的值：{values}",
    },
    "click.open_file": {
        "en": "Could not open file {name}: {message}",
        "zh": "无法打开文件 {name}：{message}",
    },
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
    # -- at the desk and in CI (#17): the table's count, accepted findings -----------------
    "table.not_listed.one": {
        "en": "{path}: {n} consistent result not listed (--all lists it)",
        "zh": "{path}：另有 {n} 项一致，未列出（--all 列出全部）",
    },
    "table.not_listed.other": {
        "en": "{path}: {n} consistent results not listed (--all lists them)",
        "zh": "{path}：另有 {n} 项一致，未列出（--all 列出全部）",
    },
    "verdict.accepted": {"en": "{verdict}, accepted", "zh": "{verdict}，已认可"},
    "verdict.stale": {"en": "{verdict}, accept: outlived", "zh": "{verdict}，accept 已过时"},
    "summary.accepted": {"en": "{n} accepted", "zh": "{n} 项已认可"},
    "summary.stale": {
        "en": "{n} accept: notes now consistent",
        "zh": "{n} 条 accept 说明所指已一致",
    },
    "summary.accepted_notes": {"en": " ({notes})", "zh": "（{notes}）"},
    "table.accepted": {"en": "accepted: {reason}", "zh": "已认可：{reason}"},
    "table.stale": {
        "en": "consistent now: remove the accept: note ({reason})",
        "zh": "现已一致：请删去 accept 说明（{reason}）",
    },
    "github.stale_title": {
        "en": "licang-check: {kind} {id} is consistent under an accept: note",
        "zh": "licang-check：{kind} {id} 已一致，accept 说明可删去",
    },
    "github.stale": {
        "en": "consistent now: remove the accept: note ({reason})",
        "zh": "现已一致：请删去 accept 说明（{reason}）",
    },
    "what.claim_accept": {
        "en": "claim '{id}' accept: {kind}",
        "zh": "主张 '{id}' 的 accept: {kind}",
    },
    "load.accept_nothing": {
        "en": "claim '{id}' accepts a {kind} finding, but gives no {kind} result:"
        " remove '{kind}' from its accept",
        "zh": "主张 '{id}' 认可了 {kind} 的问题，但它没有 {kind} 结果：请从 accept 中删去 '{kind}'",
    },
    "load.accept_no_result": {
        "en": "claim '{id}' has accept, but gives no result (none of {kinds}): remove the accept",
        "zh": "主张 '{id}' 写了 accept，但它没有任何结果（{kinds} 都没有）：请删去 accept",
    },
    "load.accept_blank": {
        "en": "{what} is blank: say why the finding is accepted",
        "zh": "{what} 是空白：请写明为什么认可这个问题",
    },
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
    # -- the JSON Schema's descriptions (licang_check/claims/schema.py) ---------------------------
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
    "schema.claim.real": {
        "en": "true: the growth is real (按可比价格计算, 扣除价格因素), a volume growth that impli"
        "es no prior"
        " in current prices and is compared with nothing.",
        "zh": "true：growth 为实际增长（按可比价格计算、扣除价格因素），是物量增长，不对应现价的上"
        "期值，也不与任何数比较。",
    },
    "schema.claim.points": {
        "en": "On a rate: its change in percentage points, sign from the verb: 提高0.95个百分点,"
        " 回落0.2個百分點, -0.7.",
        "zh": "比率的百分点变化，正负由动词决定：提高0.95个百分点、回落0.2個百分點、-0.7。",
    },
    "schema.claim.change": {
        "en": "The absolute change on the previous period, in the claim's unit: 增加2175, 减少12,"
        " 年增634億.",
        "zh": "与上期相比的增减量，用主张本身的单位：增加2175、减少12、年增634億。",
    },
    "schema.claim.changes": {
        "en": "More changes on this figure (环比, a named base year), each with on and growth,"
        " points or change.",
        "zh": "同一数字的其他变化（环比、指定基期），每项有 on 以及 growth、points 或 change。",
    },
    "schema.claim.ratio": {
        "en": "[a, b]: the value (2.5倍, 108.3%) is a / b, a multiple, not a growth.",
        "zh": "[a, b]：值（2.5倍、108.3%）等于 a / b，是倍数而非增长。",
    },
    "schema.claim.parts": {
        "en": "On a proportion (6.01:55.04:38.95): the claims whose shares it prints, in order.",
        "zh": "构成比（6.01:55.04:38.95）各项所对应的主张，按顺序。",
    },
    "schema.claim.whole": {
        "en": "On a proportion: the claim its shares are of (else the parts' sum).",
        "zh": "构成比所占的整体（缺省为各部分之和）。",
    },
    "schema.claim.converts": {
        "en": "The claim this figure is converted from (约合19375美元), with multiply_by or divide"
        "_by.",
        "zh": "本数由哪条主张折算而来（约合19375美元），配合 multiply_by 或 divide_by。",
    },
    "schema.claim.multiply_by": {
        "en": "The rate the source is multiplied by: a printed figure or a claim id.",
        "zh": "原数所乘的汇率：印出的数字或主张 id。",
    },
    "schema.claim.divide_by": {
        "en": "The rate the source is divided by: a printed figure or a claim id.",
        "zh": "原数所除的汇率：印出的数字或主张 id。",
    },
    "schema.change": {
        "en": "One more change on a figure, on the period named by on.",
        "zh": "数字的另一项变化，相对于 on 所指的时期。",
    },
    "schema.change.on": {
        "en": 'The period the change is on, as a label: 环比, 按月, 2019年同期, "2015".',
        "zh": '变化所相对的时期（标签）：环比、按月、2019年同期、"2015"。',
    },
    "schema.change.growth": {"en": "The growth on that period.", "zh": "相对该时期的增长率。"},
    "schema.change.points": {
        "en": "The change in points on that period.",
        "zh": "相对该时期的百分点变化。",
    },
    "schema.change.change": {
        "en": "The absolute change on that period.",
        "zh": "相对该时期的增减量。",
    },
    "schema.change.prior": {
        "en": "That period's figure, as printed, or the id of another claim.",
        "zh": "该时期的数字，照印；或另一条主张的 id。",
    },
    "schema.change.real": {"en": "true: the growth is real.", "zh": "true：为实际增长。"},
    "schema.change.note": {"en": "Free text.", "zh": "自由文字。"},
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
    "schema.claim.accept": {
        "en": "An editor's accepted finding: why the article's figure stands though it does"
        " not add up (as # noqa does). A reason covers whichever of the claim's results is"
        " inconsistent; a mapping gives one per kind of"
        " result it names (quote, growth, share, points, change …). An accepted"
        " result is listed and counted but does not fail the run (--no-accept: it does).",
        "zh": "编辑已认可的问题：说明为什么这个数字虽对不上、仍照原文保留（类似 # noqa）。"
        "写一句理由，适用于这条主张中不一致的结果；"
        "写成映射则按结果的种类（quote、growth、share、points、change …）分别说明。"
        "已认可的结果照常列出并计数，但不使运行失败（--no-accept 时仍算失败）。",
    },
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
    "schema.check.accept": {
        "en": "An editor's accepted finding: why the check's failure stands (as # noqa does)."
        " Listed and counted, it does not fail the run (--no-accept: it does).",
        "zh": "编辑已认可的问题：说明为什么这条校验的失败可以保留（类似 # noqa）。"
        "照常列出并计数，但不使运行失败（--no-accept 时仍算失败）。",
    },
    # -- what the checks derive (checks.py, nearest.py, verify.py) ------------------------
    "sep.detail": {"en": ": ", "zh": "："},
    "sep.list": {"en": "; ", "zh": "；"},
    "sep.or": {"en": " or ", "zh": " 或 "},
    "sep.comma": {"en": ", ", "zh": "，"},
    "quote.found": {"en": "found the quote in the article", "zh": "在原文中找到了引文"},
    "quote.found_all": {
        "en": "found all {n} quotes in the article",
        "zh": "在原文中找到了全部 {n} 处引文",
    },
    "quote.missing": {
        "en": "quote at line {line} is not in the article: {quote!r}",
        "zh": "第 {line} 行的引文不在原文中：{quote!r}",
    },
    "quote.no_digits": {
        "en": "quote at line {line} does not hold {digits!r}",
        "zh": "第 {line} 行的引文中没有 {digits!r}",
    },
    "quote.verb_sign": {
        "en": "quote at line {line} prints {digits!r} with {verb!r}, a {quoted}, "
        "but the claim's {key} {figure!r} reads as a {claimed}",
        "zh": "第 {line} 行的引文中 {digits!r} 与 {verb!r} 连用，是{quoted}，"
        "而声明的 {key} {figure!r} 读作{claimed}",
    },
    "quote.sign_rise": {"en": "rise", "zh": "上升"},
    "quote.sign_fall": {"en": "fall", "zh": "下降"},
    "quote.sign_entry": {"en": "{key} ({on})", "zh": "{key}（{on}）"},
    "wholes.from": {"en": "any whole number from {low} up", "zh": "{low} 及以上的任何整数"},
    "wholes.up_to": {"en": "any whole number up to {high}", "zh": "{high} 及以下的任何整数"},
    "wholes.any": {"en": "any whole number", "zh": "任何整数"},
    "wholes.range": {
        "en": "one of {n} whole numbers {low}–{high}",
        "zh": "{n} 个整数 {low}–{high} 之一",
    },
    "prints.within": {"en": "within {interval}", "zh": "在 {interval} 内"},
    "prints.outside": {"en": "outside {interval}", "zh": "在 {interval} 外"},
    "prints.as": {"en": "prints as {shown}", "zh": "印作 {shown}"},
    "growth.prior": {"en": "prior {prior}", "zh": "上期 {prior}"},
    "growth.in": {"en": "{implied} in {interval}", "zh": "{implied}，在 {interval} 内"},
    "growth.on": {
        "en": "{current} is {growth} on {prior}, {prints}",
        "zh": "{current} 相对 {prior} 为 {growth}，{prints}",
    },
    "growth.no_whole": {"en": "no whole prior", "zh": "上期没有整数解"},
    "growth.no_whole_in": {
        "en": "no whole prior: the prior would be in {interval}, which holds no whole number",
        "zh": "上期没有整数解：上期应在 {interval} 内，其中没有整数",
    },
    "growth.misses_stated": {
        "en": "the implied prior {implied} misses the stated prior {stated}",
        "zh": "推算出的上期 {implied} 与写明的上期 {stated} 对不上",
    },
    "growth.no_positive": {
        "en": "no positive prior fits this value and growth",
        "zh": "没有正的上期数能符合这个值和增长率",
    },
    "printed.share": {"en": "{share} of {whole}", "zh": "{whole} 的 {share}"},
    "printed.prior": {"en": ", prior {prior}", "zh": ", 上期 {prior}"},
    "share.part": {"en": "part {part}", "zh": "对应数量 {part}"},
    "share.no_whole_in": {
        "en": "{printed} is {interval}, which holds no whole number (GRIM)",
        "zh": "{printed} 是 {interval}，其中没有整数（GRIM）",
    },
    "share.no_whole": {"en": "no whole part", "zh": "对应数量没有整数解"},
    "share.fraction": {
        "en": "{fraction} = {share}, {prints}",
        "zh": "{fraction} = {share}，{prints}",
    },
    "expr.can_hold": {"en": "{sides}: can hold", "zh": "{sides}：可以成立"},
    "expr.cannot_hold": {"en": "{sides}: cannot hold", "zh": "{sides}：不可能成立"},
    "expr.too_many_digits": {
        "en": "check '{id}': a number here has more than {n} digits (the limit)",
        "zh": "校验 '{id}'：这里的数超过 {n} 位（上限）",
    },
    "expr.division_by_zero": {
        "en": "check '{id}': division by {interval}, which holds zero",
        "zh": "校验 '{id}'：除以 {interval}，其中含有零",
    },
    "nearest.fit": {"en": "nearest that fit: {parts}", "zh": "最接近的能对上的数字：{parts}"},
    "nearest.current": {"en": "current", "zh": "本期"},
    "nearest.growth": {"en": "growth", "zh": "增长率"},
    "nearest.share": {"en": "share", "zh": "比例"},
    "nearest.whole": {"en": "whole", "zh": "总数"},
    "nearest.value": {"en": "value", "zh": "数值"},
    # -- loading a claims file (claims.py) ---------------------------------------------
    # What an error is about ({what}): the file, a claim, a check, a key of one.
    "what.file": {"en": "the claims file", "zh": "核查文件"},
    "what.check": {"en": "a check", "zh": "校验"},
    "what.claim": {"en": "claim '{id}'", "zh": "主张 '{id}'"},
    "what.claim_key": {"en": "claim '{id}' {key}", "zh": "主张 '{id}' 的 {key}"},
    "what.claim_id": {"en": "a claim id", "zh": "主张 id"},
    "what.check_named": {"en": "check '{id}'", "zh": "校验 '{id}'"},
    "what.check_key": {"en": "check {key}", "zh": "校验的 {key}"},
    "what.check_named_key": {"en": "check '{id}' {key}", "zh": "校验 '{id}' 的 {key}"},
    "kind.mapping": {"en": "a mapping", "zh": "映射"},
    "kind.list": {"en": "a list", "zh": "列表"},
    "kind.single_value": {"en": "a single value", "zh": "单个值"},
    "kind.value": {"en": "the value {value!r}", "zh": "值 {value!r}"},
    "load.detail": {"en": "{what}: {detail}", "zh": "{what}：{detail}"},
    "load.did_you_mean": {"en": " (did you mean '{name}'?)", "zh": "（是不是 '{name}'？）"},
    "load.no_aliases": {
        "en": "YAML aliases are not allowed in a claims file",
        "zh": "核查文件中不允许使用 YAML 别名（alias）",
    },
    "load.tag": {
        "en": "YAML tag '{tag}' is not allowed in a claims file",
        "zh": "核查文件中不允许使用 YAML 标签 '{tag}'",
    },
    "load.too_deep": {"en": "nested deeper than {n} levels", "zh": "嵌套超过 {n} 层"},
    "load.not_mapping": {
        "en": "{what} must be a mapping, not {kind}",
        "zh": "{what} 应为映射，而不是{kind}",
    },
    "load.key_not_plain": {
        "en": "a key in {what} must be a plain name",
        "zh": "{what} 中的键应为普通名称",
    },
    "load.duplicate_key": {
        "en": "duplicate key '{key}' in {what} (first at line {line})",
        "zh": "{what} 中的键 '{key}' 重复（第一次在第 {line} 行）",
    },
    "load.unknown_key": {
        "en": "unknown key '{key}' in {what}{hint}",
        "zh": "{what} 中有未知的键 '{key}'{hint}",
    },
    "load.missing_key": {
        "en": "{what} is missing the required key '{key}'",
        "zh": "{what} 缺少必需的键 '{key}'",
    },
    "load.not_single": {
        "en": "{what} must be a single value, not {kind}",
        "zh": "{what} 应为单个值，而不是{kind}",
    },
    "load.empty": {"en": "{what} is empty", "zh": "{what} 为空"},
    "load.not_boolean": {
        "en": "{what} must be true or false, not {text!r}",
        "zh": "{what} 应为 true 或 false，而不是 {text!r}",
    },
    "load.directory": {"en": "is a directory, not a claims file", "zh": "是目录，不是核查文件"},
    "load.no_such_file": {"en": "no such file", "zh": "没有这个文件"},
    "load.permission": {"en": "permission denied", "zh": "没有读取权限"},
    "load.cannot_read": {"en": "cannot read: {reason}", "zh": "无法读取：{reason}"},
    "load.too_large": {
        "en": "file larger than {limit}, the limit for a claims file",
        "zh": "文件大于 {limit}，超出核查文件的上限",
    },
    "load.utf_bom": {
        "en": "not UTF-8 but {encoding} (it starts with a {encoding} BOM); save it as UTF-8",
        "zh": "不是 UTF-8 而是 {encoding}（以 {encoding} 字节序标记开头）；请存为 UTF-8",
    },
    "load.utf_no_bom": {
        "en": "not UTF-8 but {encoding} without a BOM"
        " (its first bytes are NUL beside text, as {encoding} writes them); save it as UTF-8",
        "zh": "不是 UTF-8 而是无字节序标记的 {encoding}"
        "（开头的字节中夹着 NUL，正是 {encoding} 的写法）；请存为 UTF-8",
    },
    "load.not_utf8": {
        "en": "not UTF-8: byte 0x{byte:02x} cannot be decoded",
        "zh": "不是 UTF-8：字节 0x{byte:02x} 无法解码",
    },
    "load.surrogate": {
        "en": "not UTF-8: a lone surrogate U+{code:04X} cannot be encoded",
        "zh": "不是 UTF-8：孤立的代理码位 U+{code:04X} 无法编码",
    },
    "load.yaml": {"en": "YAML: {problem}", "zh": "YAML：{problem}"},
    "load.yaml_fullwidth_colon": {
        "en": "a full-width colon '：' here: YAML needs an ASCII colon and a space, as in {fixed}",
        "zh": "这里是全角冒号“：”：YAML 要求半角冒号加一个空格，写成 {fixed}",
    },
    "load.yaml_indent": {
        "en": "line {line} starts at column {n}, but the line above it (line {above}) at"
        " column {m}: the keys of one mapping must line up; indent each level by 2 spaces",
        "zh": "第 {line} 行从第 {n} 列开始，上一行（第 {above} 行）从第 {m} 列开始："
        "同一层的键必须对齐；每一层缩进 2 个空格",
    },
    "load.dedented_key": {
        "en": "'{key}' is indented as a claim of its own: it belongs to claim '{claim}';"
        " indent it {n} spaces, like that claim's other keys",
        "zh": "'{key}' 的缩进使它成了一条单独的主张：它属于主张 '{claim}'，"
        "请缩进 {n} 个空格，与这条主张的其他键对齐",
    },
    "load.yaml_context": {
        "en": "{problem} ({context}{where})",
        "zh": "{problem}（{context}{where}）",
    },
    "load.yaml_at_line": {"en": " at line {line}", "zh": "，第 {line} 行"},
    "load.yaml_tab": {
        "en": "a tab character here; YAML indents with spaces, never tabs",
        "zh": "这里是制表符；YAML 只用空格缩进，不能用制表符",
    },
    "load.yaml_too_deep": {
        "en": "nested too deeply (a claims file needs at most {n} levels)",
        "zh": "嵌套太深（核查文件至多需要 {n} 层）",
    },
    "load.yaml_recursion": {
        "en": "YAML nested too deeply (a claims file needs {n} levels)",
        "zh": "YAML 嵌套太深（核查文件只需要 {n} 层）",
    },
    "load.yaml_second_document": {
        "en": "a second document starts here; a claims file is one YAML document",
        "zh": "这里开始了第二个文档；核查文件只能是一个 YAML 文档",
    },
    "load.yaml_alias": {
        "en": "an alias (*name); YAML aliases are not allowed in a claims file",
        "zh": "别名（*name）；核查文件中不允许使用 YAML 别名",
    },
    "load.fullwidth_colon": {
        "en": "the key '{key}' is followed by a full-width colon '：': YAML needs an ASCII"
        " ':' (and a space after it)",
        "zh": "键 '{key}' 后面是全角冒号 '：'：YAML 要求半角的 ':'（其后加一个空格）",
    },
    "load.yaml_quote_colon": {
        "en": "; a value holding ': ' must be quoted",
        "zh": "；含有 ': ' 的值必须加引号",
    },
    "load.yaml_character": {
        "en": "YAML: {what} is not allowed in YAML ({reason})",
        "zh": "YAML：YAML 中不允许出现 {what}（{reason}）",
    },
    "load.yaml_a_character": {"en": "a character", "zh": "这个字符"},
    "load.file_empty": {
        "en": "the file is empty; expected a claims file",
        "zh": "文件是空的；这里应当是一个核查文件",
    },
    "load.version": {
        "en": "unsupported version {version!r}; this tool reads version 1",
        "zh": "不支持的版本 {version!r}；本工具读取第 1 版",
    },
    "load.rounding": {
        "en": "unknown rounding {name!r}; use one of {modes}",
        "zh": "未知的取舍方式 {name!r}；可用的有 {modes}",
    },
    "load.tolerance": {
        "en": "tolerance must be a percentage from 0% up to (not incl.) 100%",
        "zh": "tolerance 应为 0%（含）到 100%（不含）之间的百分数",
    },
    "load.more_errors": {
        "en": "{n} more errors from here on are not shown (at most {limit} are)",
        "zh": "从这里起还有 {n} 个错误没有显示（至多显示 {limit} 个）",
    },
    "load.published": {
        "en": "article.published must be a date YYYY-MM-DD, not {text!r}",
        "zh": "article.published 应为日期 YYYY-MM-DD，而不是 {text!r}",
    },
    "load.claims_not_mapping": {
        "en": "claims must be a mapping from id to claim, not {kind}",
        "zh": "claims 应为从 id 到主张的映射，而不是{kind}",
    },
    "load.claims_empty": {
        "en": "claims is empty; record at least one claim",
        "zh": "claims 是空的；至少记录一条主张",
    },
    "load.too_many_claims": {
        "en": "more than {n} claims in one file (the limit)",
        "zh": "一个文件中的主张超过 {n} 条（上限）",
    },
    "load.duplicate_claim": {
        "en": "duplicate claim id '{id}' (first at line {line})",
        "zh": "主张 id '{id}' 重复（第一次在第 {line} 行）",
    },
    "load.id_reserved": {"en": "claim id '{id}' is reserved", "zh": "主张 id '{id}' 是保留字"},
    "load.id_pattern": {
        "en": "claim id '{id}' must match [a-z][a-z0-9_]*",
        "zh": "主张 id '{id}' 应符合 [a-z][a-z0-9_]*",
    },
    "load.cycle": {
        "en": "claim '{id}' {key}: a cycle, {ring}",
        "zh": "主张 '{id}' 的 {key}：循环引用，{ring}",
    },
    "load.growth_not_percent": {
        "en": "claim '{id}' growth must be a percentage, like 273% or -3.5%",
        "zh": "主张 '{id}' 的 growth 应为百分数，如 273% 或 -3.5%",
    },
    "load.growth_minus_100": {
        "en": "claim '{id}' growth {growth} leaves nothing to grow from;"
        " a change on the previous period is above -100%",
        "zh": "主张 '{id}' 的 growth {growth} 意味着上期什么也没有；与上期相比的变化应高于 -100%",
    },
    "load.prior_without_growth": {
        "en": "claim '{id}' has a prior but no growth to check it against",
        "zh": "主张 '{id}' 有 prior，却没有可供核对的 growth",
    },
    "load.of_not_percent": {
        "en": "claim '{id}' has 'of' but its value {value} is not a percentage",
        "zh": "主张 '{id}' 有 'of'，但它的值 {value} 不是百分数",
    },
    "load.count_not_whole": {
        "en": "claim '{id}' is a count, but {value} is not a whole number",
        "zh": "主张 '{id}' 是计数，但 {value} 不是整数",
    },
    "load.count_percent": {
        "en": "claim '{id}' is a count given as a percentage;"
        " add 'of' to say what it is a share of",
        "zh": "主张 '{id}' 是以百分数给出的计数；加上 'of' 说明它是谁的比例",
    },
    "load.quote_empty_list": {"en": "{what} is an empty list", "zh": "{what} 是空列表"},
    "load.quote_blank": {"en": "{what} is blank", "zh": "{what} 是空白"},
    "load.quote_too_long": {
        "en": "{what} is longer than {n} characters (the limit)",
        "zh": "{what} 超过 {n} 个字符（上限）",
    },
    "load.ref_itself": {
        "en": "claim '{id}' {key} refers to itself",
        "zh": "主张 '{id}' 的 {key} 指向它自己",
    },
    "load.ref_unknown": {
        "en": "claim '{id}' {key}: unknown claim '{ref}'{hint}",
        "zh": "主张 '{id}' 的 {key}：没有主张 '{ref}'{hint}",
    },
    "load.share_of_each_other": {
        "en": "claims '{a}' and '{b}' are each a share of the other",
        "zh": "主张 '{a}' 和 '{b}' 互为对方的比例",
    },
    "load.checks_not_list": {
        "en": "checks must be a list, not {kind}",
        "zh": "checks 应为列表，而不是{kind}",
    },
    "load.too_many_checks": {
        "en": "more than {n} checks in one file (the limit)",
        "zh": "一个文件中的校验超过 {n} 条（上限）",
    },
    "load.check_id_pattern": {
        "en": "check id '{id}' must match [a-z][a-z0-9_]*",
        "zh": "校验 id '{id}' 应符合 [a-z][a-z0-9_]*",
    },
    "load.duplicate_check": {
        "en": "duplicate check id '{id}' (first at line {line})",
        "zh": "校验 id '{id}' 重复（第一次在第 {line} 行）",
    },
    "load.check_id_is_claim": {
        "en": "check id '{id}' is already a claim's id",
        "zh": "校验 id '{id}' 已被一条主张使用",
    },
    "load.check_unknown_claim": {
        "en": "{what}: unknown claim '{ref}'{hint}",
        "zh": "{what}：没有主张 '{ref}'{hint}",
    },
    "load.check_prior_needs_growth": {
        "en": "{what}: prior({id}) needs a claim with a growth, points or change",
        "zh": "{what}：prior({id}) 需要一条有 growth、points 或 change 的主张",
    },
    # -- printed figures (figures.py, numerals.py) ----------------------------------------
    "figure.too_many_digits": {
        "en": "figure has more than {n} digits",
        "zh": "数字超过 {n} 位",
    },
    "figure.too_long": {"en": "figure longer than {n} characters", "zh": "数字超过 {n} 个字符"},
    "figure.empty": {"en": "empty figure", "zh": "数字是空的"},
    "figure.not_a_figure": {
        "en": "not a printed figure: {text!r}{hint}",
        "zh": "不是印出的数字：{text!r}{hint}",
    },
    "figure.hint_exponent": {
        "en": " (exponents are not printed figures; write the digits)",
        "zh": "（印出的数字不用指数；请写出各位数字）",
    },
    "figure.hint_percent_twice": {"en": " ('%' twice)", "zh": "（写了两个 '%'）"},
    "figure.hint_spaces": {"en": " (spaces inside a number)", "zh": "（数字中间有空格）"},
    "figure.numeral": {"en": "{problem} in {text!r}", "zh": "{text!r} 中{problem}"},
    "figure.pct_word": {
        "en": "'{word}' takes no multiplier or '%' after the number in {text!r}",
        "zh": "{text!r} 中“{word}”后面的数不能再带倍数或 '%'",
    },
    "figure.other_script": {
        "en": "'{char}' ({code}) is a digit of another script: write digits 0-9"
        " (full-width ０-９ too) or Chinese numerals",
        "zh": "“{char}”（{code}）是其他文字的数字：请写 0-9（全角 ０-９ 也可）或中文数字",
    },
    "figure.half": {
        "en": "'半' follows a whole number, after its measure word"
        " (十五年半, 两个半, 一倍半): {text!r}",
        "zh": "“半”要跟在整数和量词后面（十五年半、两个半、一倍半）：{text!r}",
    },
    "figure.zero_denominator": {
        "en": "a fraction of zero parts: {text!r}",
        "zh": "分母为零：{text!r}",
    },
    "figure.range_qualifier": {
        "en": "a range takes no qualifier ({text!r}): write its two ends",
        "zh": "范围不能带限定词（{text!r}）：只写两端的数",
    },
    "figure.range_kinds": {
        "en": "the two ends of {text!r} are of different kinds; write both alike (3%-5%, 3-5万)",
        "zh": "{text!r} 两端的类型不同；两端要一致（3%-5%、3-5万）",
    },
    "figure.range_order": {
        "en": "the low end of {text!r} is above its high end",
        "zh": "{text!r} 的下限大于上限",
    },
    "figure.hint_grouping": {
        "en": " (thousands commas group three digits: '{number}' is grouped wrong;"
        " write 12,345 or 12345)",
        "zh": "（千位分隔符每三位一组：“{number}”分组不对；请写 12,345 或 12345）",
    },
    "figure.hint_unit": {
        "en": " ('{unit}' looks like the unit: write it in 'unit:',"
        " and the figure alone in 'value:')",
        "zh": "（“{unit}”像是单位：请写在 unit: 里，value: 只写数字）",
    },
    "figure.points_suffix": {"en": " points", "zh": "个百分点"},
    "figure.times_suffix": {"en": " times", "zh": "倍"},
    "figure.two_more": {
        "en": "'{a}' and '{b}' both in {text!r}; write one",
        "zh": "{text!r} 中同时有“{a}”和“{b}”；只写一个",
    },
    "numeral.two_digits": {"en": "two digits in a row", "zh": "两个数字连在一起"},
    "numeral.out_of_order": {"en": "'{unit}' out of order", "zh": "“{unit}”的位置不对"},
    "numeral.after_ones": {"en": "digit after the ones", "zh": "个位之后还有数字"},
    "numeral.not_a_numeral": {
        "en": "not a Chinese numeral: {text!r}",
        "zh": "不是中文数字：{text!r}",
    },
    "numeral.two_points": {"en": "two decimal points", "zh": "有两个小数点"},
    "numeral.bad_decimals": {
        "en": "a decimal part goes after the ones, in digits (三点五, 六四〇.五): {text!r}",
        "zh": "小数部分要写在个位之后，逐位写出（三点五、六四〇.五）：{text!r}",
    },
    "numeral.twice": {"en": "'{unit}' twice", "zh": "“{unit}”出现了两次"},
    "numeral.units_order": {"en": "units out of order", "zh": "数位的顺序不对"},
    "numeral.nothing_before": {
        "en": "'{unit}' with nothing before it",
        "zh": "“{unit}”前面什么也没有",
    },
    # -- expressions (expr.py) and the work budget (budget.py) ----------------------------
    "expr.too_long": {
        "en": "expression longer than {n} characters",
        "zh": "表达式超过 {n} 个字符",
    },
    "expr.unexpected_character": {
        "en": "unexpected character {char!r}{hint}",
        "zh": "意外的字符 {char!r}{hint}",
    },
    "expr.hint_other_digits": {
        "en": " (a digit of another script, {code}: write digits 0-9)",
        "zh": "（其他文字的数字 {code}：请写 0-9）",
    },
    "expr.hint_strings": {
        "en": " (strings are not part of the expression language)",
        "zh": "（表达式中不能有字符串）",
    },
    "expr.hint_attribute": {
        "en": " (attribute access is not part of the expression language)",
        "zh": "（表达式中不能访问属性）",
    },
    "expr.hint_brackets": {"en": " (only parentheses group)", "zh": "（只能用圆括号分组）"},
    "expr.hint_operators": {
        "en": " (operators: + - * / and one of == != < <= > >=)",
        "zh": "（运算符：+ - * / 以及 == != < <= > >= 之一）",
    },
    "expr.expected": {
        "en": "expected '{text}', found {found}",
        "zh": "这里应为 '{text}'，却是 {found}",
    },
    "expr.no_comparison": {
        "en": "a check needs one comparison (== != < <= > >=)",
        "zh": "校验需要一个比较（== != < <= > >=）",
    },
    "expr.two_comparisons": {"en": "only one comparison is allowed", "zh": "只能有一个比较"},
    "expr.too_many_operators": {
        "en": "expression has more than {n} operators",
        "zh": "表达式的运算符超过 {n} 个",
    },
    "expr.too_deep": {
        "en": "expression nested deeper than {n} levels",
        "zh": "表达式嵌套超过 {n} 层",
    },
    "expr.prior_argument": {
        "en": "prior() takes a claim id, found {found}",
        "zh": "prior() 的参数应为主张 id，却是 {found}",
    },
    "expr.not_a_function": {
        "en": "'{name}' is not a function; the only function is prior()",
        "zh": "'{name}' 不是函数；唯一的函数是 prior()",
    },
    "expr.expected_atom": {
        "en": "expected a claim id, a figure or '(', found {found}{hint}",
        "zh": "这里应为主张 id、数字或 '('，却是 {found}{hint}",
    },
    "expr.hint_power": {
        "en": " (there is no power operator '**')",
        "zh": "（没有乘方运算符 '**'）",
    },
    "expr.the_end": {"en": "the end of the expression", "zh": "表达式的结尾"},
    "expr.python_word": {
        "en": "unexpected '{word}': the only operators are + - * / and one comparison",
        "zh": "意外的 '{word}'：运算符只有 + - * / 和一个比较",
    },
    "expr.exponent": {
        "en": "unexpected '{word}' (exponents are not printed figures; write the digits)",
        "zh": "意外的 '{word}'（印出的数字不用指数；请写出各位数字）",
    },
    "expr.operator_first": {
        "en": "unexpected {found}: expected an operator (+ - * /) or a comparison first",
        "zh": "意外的 {found}：前面应先有运算符（+ - * /）或比较",
    },
    "expr.unexpected": {"en": "unexpected {found}", "zh": "意外的 {found}"},
    "expr.empty": {"en": "empty expression", "zh": "表达式是空的"},
    "budget.spent": {
        "en": "checking this file takes more than {limit:,} steps (the limit); the figures are"
        " too imprecise or the checks too long to check exhaustively",
        "zh": "检查这个文件需要超过 {limit:,} 步（上限）；数字太不精确，或校验太长，无法逐一检查",
    },
    "budget.explain_spent": {
        "en": "explaining it takes more than {limit:,} steps (the limit); the figures are too"
        " imprecise or the check too long to explain step by step",
        "zh": "解释它需要超过 {limit:,} 步（上限）；数字太不精确，或校验太长，无法逐步解释",
    },
    # -- the command line, configuration, paths, files (cli.py, config.py, paths.py, …) ----
    "cli.format_choice": {
        "en": "--format must be {choices}, not {value!r}",
        "zh": "--format 应为 {choices}，而不是 {value!r}",
    },
    "cli.cannot_write": {"en": "cannot write {path}: {reason}", "zh": "无法写入 {path}：{reason}"},
    "cli.article_itself": {
        "en": "{path} is the article itself; write the draft elsewhere",
        "zh": "{path} 就是稿件本身；请把草稿写到别处",
    },
    "cli.extracted": {
        "en": "{figures} figures in {claims} claims; {left} dates and names left out",
        "zh": "{figures} 个数字，{claims} 条主张；略去了 {left} 个日期和名称",
    },
    "page.no_trafilatura": {
        "en": "{path} is an HTML page; reading its body needs trafilatura:"
        " pip install 'licang-check[html]' (or save the article's text and give that)",
        "zh": "{path} 是 HTML 网页；读取正文需要 trafilatura："
        "pip install 'licang-check[html]'（或保存报道正文的文本后再给出）",
    },
    "page.no_body": {
        "en": "no article body found in the page {path}; save the article's text and give that",
        "zh": "在网页 {path} 中没有找到报道正文；请保存报道正文的文本后再给出",
    },
    "page.body_exists": {
        "en": "{path} exists and is not this page's body; it is never overwritten"
        " (move it, or give the draft another folder with -o)",
        "zh": "{path} 已存在，且不是该网页的正文；不会覆盖它"
        "（请移走它，或用 -o 把草稿放到别的文件夹）",
    },
    "page.body_written": {
        "en": "read the body of the page ({kind}); the draft checks it as {path}",
        "zh": "已读取网页（{kind}）的正文；草稿按 {path} 核对",
    },
    "cli.no_figures_written": {
        "en": "no printed figure found in {article}; a claims file needs at least one claim,"
        " so {path} was not written (write one by hand: see docs/guide.md)",
        "zh": "在 {article} 中没有找到印出的数字；核查文件至少要有一条主张，因此没有写 {path}"
        "（可以手写一条：见 docs/guide.zh.md）",
    },
    "cli.no_figures": {
        "en": "no figures found; add a claim by hand",
        "zh": "没有找到数字；请手动添加一条主张",
    },
    "github.title": {
        "en": "licang-check: {kind} {id} is inconsistent",
        "zh": "licang-check: {kind} {id} 不一致",
    },
    "github.cannot_check": {
        "en": "licang-check: file cannot be checked",
        "zh": "licang-check: 文件无法核查",
    },
    "atomic.exists": {
        "en": "{path} exists; use --force to overwrite it",
        "zh": "{path} 已存在；要覆盖它请加 --force",
    },
    "atomic.special": {
        "en": "{path} is a special file (a block device or a socket); it is not written",
        "zh": "{path} 是特殊文件（块设备或套接字）；不写入",
    },
    "atomic.fifo_no_reader": {
        "en": "{path} is a FIFO that no process reads; it is not written",
        "zh": "{path} 是没有进程读取的 FIFO；不写入",
    },
    "cli.output_is_input": {
        "en": "{path} is a claims file being checked; write the report elsewhere",
        "zh": "{path} 是正在核查的核查文件；请把报告写到别处",
    },
    "cli.output_is_read": {
        "en": "{path} is an article or a source the checks read; write the report elsewhere",
        "zh": "{path} 是核查所读的文章或来源文件；请把报告写到别处",
    },
    "cli.stdout_closed": {
        "en": "cannot write to standard output: it is closed (use -o FILE)",
        "zh": "无法写入标准输出：它已关闭（请用 -o FILE）",
    },
    "paths.no_match": {"en": "no file matches", "zh": "没有匹配的文件"},
    "paths.no_claims_file": {
        "en": "no claims file ({pattern}) in or below this folder",
        "zh": "这个目录及其子目录中没有核查文件（{pattern}）",
    },
    "paths.outside": {
        "en": "not read: a glob found it, and it leads outside {base}, where the glob starts",
        "zh": "未读取：这是通配符找到的文件，但它指向通配符起点 {base} 之外",
    },
    "paths.hidden": {
        "en": "not read: a glob found it, and it is or leads to"
        " a hidden file or folder below {base}",
        "zh": "未读取：这是通配符找到的文件，但它是或指向 {base} 下的隐藏文件或目录",
    },
    "paths.not_regular": {
        "en": "not read: a glob found it, and it is not a regular file"
        " (a FIFO, a device, a broken symlink)",
        "zh": "未读取：这是通配符找到的文件，但它不是普通文件（FIFO、设备或失效的符号链接）",
    },
    "load.stdin_closed": {"en": "standard input is closed", "zh": "标准输入已关闭"},
    "config.not_table": {"en": "[tool.{table}] must be a table", "zh": "[tool.{table}] 应为表"},
    "config.unknown_key": {
        "en": "unknown key {key!r} in [tool.{table}]{hint}",
        "zh": "[tool.{table}] 中有未知的键 {key!r}{hint}",
    },
    "config.paths_type": {
        "en": "paths must be a list of file names or globs",
        "zh": "paths 应为文件名或通配符的列表",
    },
    "config.paths_empty": {
        "en": "paths is empty; list at least one file or glob",
        "zh": "paths 是空的；至少列出一个文件或通配符",
    },
    "config.tolerance": {
        "en": 'tolerance must be a percentage from 0% up to (not incl.) 100%, like "10%"',
        "zh": 'tolerance 应为 0%（含）到 100%（不含）之间的百分数，如 "10%"',
    },
    "config.format": {
        "en": "unknown format {value!r}; use one of {formats}",
        "zh": "未知的格式 {value!r}；可用的有 {formats}",
    },
    # -- the article: reading it, where it may be (claims/article.py) ----------------------
    "article.directory": {
        "en": "article text {path!r} is a directory",
        "zh": "正文文件 {path!r} 是目录",
    },
    "article.not_regular": {
        "en": "article text {path!r} is not a regular file",
        "zh": "正文文件 {path!r} 不是普通文件",
    },
    "article.not_found": {
        "en": "article text {path!r} not found",
        "zh": "找不到正文文件 {path!r}",
    },
    "article.not_found_from_claims": {
        "en": "article text {path!r} not found (it is read relative to the claims file)",
        "zh": "找不到正文文件 {path!r}（路径相对于核查文件）",
    },
    "article.cannot_read": {
        "en": "article text {path!r} cannot be read: {reason}",
        "zh": "正文文件 {path!r} 无法读取：{reason}",
    },
    "article.too_large": {
        "en": "article text {path!r} is larger than {limit}, the limit for an article",
        "zh": "正文文件 {path!r} 大于 {limit}，超出正文的上限",
    },
    "article.page_too_large": {
        "en": "page {path!r} is larger than {limit}, the limit for a saved page",
        "zh": "网页 {path!r} 大于 {limit}，超出保存网页的上限",
    },
    "article.body_too_large": {
        "en": "the article text found in page {page!r} is larger than {limit},"
        " the limit for an article; nothing was written (split the article, or save"
        " the part to check as text and give that)",
        "zh": "在网页 {page!r} 中找到的正文大于 {limit}，超出正文的上限；没有写入任何文件"
        "（请拆分稿件，或把要核查的部分另存为文本后再给出）",
    },
    "article.not_utf8": {
        "en": "article text {path!r} is not UTF-8 (line {line}, column {column}); save it as UTF-8",
        "zh": "正文文件 {path!r} 不是 UTF-8（第 {line} 行第 {column} 列）；请另存为 UTF-8",
    },
    "article.other_encoding": {
        "en": "article text {path!r} is {encoding}, not UTF-8; save it as UTF-8",
        "zh": "正文文件 {path!r} 是 {encoding}，不是 UTF-8；请另存为 UTF-8",
    },
    "article.nul": {
        "en": "article text {path!r} holds NUL bytes, as UTF-16 without a byte-order mark"
        " does; save it as UTF-8",
        "zh": "正文文件 {path!r} 含有 NUL 字节（没有字节顺序标记的 UTF-16 就是这样）；"
        "请另存为 UTF-8",
    },
    "article.what": {"en": "article.text {path!r}", "zh": "article.text {path!r}"},
    "article.control": {"en": "{what} holds a control character", "zh": "{what} 含有控制字符"},
    "article.absolute": {
        "en": "{what} must be relative to the claims file's folder, not absolute",
        "zh": "{what} 应为相对于核查文件所在目录的路径，不能是绝对路径",
    },
    "article.unresolved": {
        "en": "{what} cannot be resolved: {reason}",
        "zh": "{what} 无法解析：{reason}",
    },
    "article.outside": {
        "en": "{what} is outside the claims file's folder and the current folder",
        "zh": "{what} 不在核查文件所在目录内，也不在当前目录内",
    },
    "article.hidden": {
        "en": "{what} names a hidden file or folder (such as .git); that is not read",
        "zh": "{what} 指向隐藏的文件或目录（如 .git）；不会读取",
    },
    "article.not_named": {
        "en": "{reason}. verify would refuse the claims file, so nothing was written: {fix}",
        "zh": "{reason}。verify 会拒绝这样的核查文件，因此没有写入任何文件：{fix}",
    },
    "article.fix_hidden": {
        "en": "move the article out of the hidden folder",
        "zh": "请把稿件移出隐藏目录",
    },
    "article.fix_beside": {
        "en": "{fix}, or write the claims file beside it with -o {path}",
        "zh": "{fix}，或用 -o {path} 把核查文件写在它旁边",
    },
    "article.fix_rename": {
        "en": "rename the article's file",
        "zh": "请给稿件文件改名",
    },
    "article.outside_draft": {
        "en": "{article} is not in or below the draft's folder (symlinks followed);"
        " article.text is left as a comment",
        "zh": "{article} 不在草稿所在目录或其子目录中（按符号链接的目标算）；"
        "article.text 写成了注释",
    },
    # -- init (licang_check/draft/init.py, cli.py) ---------------------------------------------
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
        "en": "wrote {path}: {claims} claims from {figures} printed figures,"
        " {checks} proposed checks",
        "zh": "已写入 {path}：{figures} 个印出的数字，{claims} 条主张，{checks} 条建议的检查",
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
    # -- derive: errors and the table (derivations.py, formats/derivation.py) -------------
    "derive.years": {
        "en": "--years must be a whole number from 1 to {max}, not {years}",
        "zh": "--years 须为 1 到 {max} 之间的整数，而不是 {years}",
    },
    "derive.option_error": {"en": "{option}: {error}", "zh": "{option}：{error}"},
    "derive.need_percent": {
        "en": "{option} must be a percentage, like 273%",
        "zh": "{option} 须为百分比，如 273%",
    },
    "derive.not_percent": {
        "en": "{option} is a count or amount, not a percentage",
        "zh": "{option} 是数量或金额，不是百分比",
    },
    "derive.divisor_zero": {
        "en": "cannot solve for --{target}: a divisor may be zero",
        "zh": "无法求解 --{target}：除数可能为零",
    },
    "derive.two_of": {
        "en": "give two of {options} and {last} to solve for the third, or all three to check them",
        "zh": "{options} 和 {last} 中给出两项以推算第三项，或三项都给出以核对",
    },
    "derive.not_whole": {
        "en": "{option} must be a whole number (a number of items), not {figure}",
        "zh": "{option} 须为整数（个数），不能是 {figure}",
    },
    "derive.not_positive": {
        "en": "{option} must be at least 1 (a number of items), not {figure}",
        "zh": "{option} 至少为 1（个数），不能是 {figure}",
    },
    "derive.given": {"en": " (given: {given})", "zh": "（已给出：{given}）"},
    "derive.two_parts": {
        "en": "give at least two parts (one of them may be '?' with --total)",
        "zh": "至少给出两个部分（配合 --total 时，其中一个可以是 '?'）",
    },
    "derive.one_unknown": {
        "en": "at most one part may be '?'",
        "zh": "至多只能有一个部分为 '?'",
    },
    "derive.unknown_needs_total": {
        "en": "a part given as '?' needs --total",
        "zh": "部分给作 '?' 时需要 --total",
    },
    "derive.heading": {
        "en": "derive {name}: {given}{years} ({rounding})",
        "zh": "derive {name}：{given}{years}（{rounding}）",
    },
    "derive.over_years": {"en": " over {years} years", "zh": "，历时 {years} 年"},
    "derive.irrational": {
        "en": "  (ends rounded outward: an irrational root)",
        "zh": "  （端点向外取整：无理根）",
    },
    "derive.parts_add_up": {"en": "the parts add up to", "zh": "各部分之和"},
    "derive.printed_total": {"en": "the printed total", "zh": "印出的总数"},
    "derive.cannot_add_up": {
        "en": "∅: the parts cannot add up to the printed total",
        "zh": "∅：各部分之和不可能等于印出的总数",
    },
    "derive.both": {"en": "both", "zh": "两者兼顾"},
    "derive.implied": {"en": "{role} implied by the others", "zh": "由其余数字推出的 {role}"},
    "derive.printed": {"en": "{role} as printed", "zh": "印出的 {role}"},
    "derive.cannot_meet": {
        "en": "∅: the figures cannot all hold",
        "zh": "∅：这些数字不可能同时成立",
    },
    "derive.whole_numbers": {"en": "whole numbers", "zh": "整数解"},
    "derive.none_fit": {
        "en": "none fit: the figures are inconsistent",
        "zh": "没有能对上的：数字之间不一致",
    },
    "derive.in_all": {"en": " … ({total} in all)", "zh": " …（共 {total} 个）"},
    "derive.infinitely_many": {"en": "infinitely many", "zh": "无穷多"},
    "derive.prints_as": {"en": "prints as", "zh": "印作"},
    "derive.or": {"en": " or ", "zh": " 或 "},
    "derive.more": {"en": "… and {n} more", "zh": "… 另有 {n} 个"},
    # -- explain: headings and the words for intervals (explain.py; partial) -------------
    "explain.heading": {"en": "{kind} {id}: {verdict}", "zh": "{kind} {id}：{verdict}"},
    "explain.printed": {"en": "  printed: {printed}", "zh": "  印出：{printed}"},
    "explain.step": {"en": "  {n}. {label}: {text}", "zh": "  {n}. {label}：{text}"},
    "explain.unknown_id": {"en": "unknown id '{wanted}'{hint}", "zh": "未知的 id '{wanted}'{hint}"},
    "explain.did_you_mean": {"en": " (did you mean {names}?)", "zh": "（是不是 {names}？）"},
    "explain.or": {"en": " or ", "zh": " 或 "},
    "explain.included": {"en": "{x} (included)", "zh": "{x}（含）"},
    "explain.not_included": {"en": "{x} (not included)", "zh": "{x}（不含）"},
    "explain.empty": {"en": "∅, no number at all", "zh": "∅，没有任何数"},
    "explain.exactly": {"en": "exactly {x}", "zh": "恰为 {x}"},
    "explain.any": {"en": "{shown}: any number", "zh": "{shown}：任意数"},
    "explain.up_to": {
        "en": "{shown}: anything up to {high}",
        "zh": "{shown}：不超过 {high} 的任意数",
    },
    "explain.from_up": {
        "en": "{shown}: anything from {low} up",
        "zh": "{shown}：自 {low} 起的任意数",
    },
    "explain.from_to": {"en": "{shown}: from {low} to {high}", "zh": "{shown}：从 {low} 到 {high}"},
    "explain.half_up": {
        "en": "half-up (四舍五入: a half rounds away from zero)",
        "zh": "half-up（四舍五入：逢五向远离零的方向进）",
    },
    "explain.half_even": {
        "en": "half-even (a half rounds to the even digit; the last digit {last} is {parity})",
        "zh": "half-even（四舍六入五成双：逢五取偶；末位 {last} 是{parity}）",
    },
    "explain.even": {"en": "even, so a half rounds to it", "zh": "偶数，逢五会取到它"},
    "explain.odd": {"en": "odd, so no half rounds to it", "zh": "奇数，逢五不会取到它"},
    "explain.down": {"en": "down (truncated toward zero)", "zh": "down（向零截断）"},
    "explain.any_mode": {
        "en": "any (a half may round either way)",
        "zh": "any（逢五可进可舍）",
    },
    "explain.exact_count": {
        "en": "{what} {text} is a count printed as a whole number: exactly {text}",
        "zh": "{what} {text} 是以整数印出的计数：恰为 {text}",
    },
    "explain.printed_to": {
        "en": "{what} {text} is printed to the {unit}; under {rounding} it stands for {interval}",
        "zh": "{what} {text} 印到 {unit} 这一位；按 {rounding}，它代表 {interval}",
    },
    "explain.count_wholes": {
        "en": "; a count, so the whole numbers in it: {interval}",
        "zh": "；是计数，故取其中的整数：{interval}",
    },
    "explain.prior_none": {
        "en": "the prior is a count, and no whole number fits: none",
        "zh": "上期是计数，没有能对上的整数：无",
    },
    "explain.prior_listed": {
        "en": "the prior is a count; the whole numbers that fit: {listed}",
        "zh": "上期是计数；能对上的整数：{listed}",
    },
    "explain.prior_many": {
        "en": "the prior is a count; {more} whole numbers fit, from {first}",
        "zh": "上期是计数；有 {more} 个整数能对上，从 {first} 起",
    },
    "explain.infinitely_many": {"en": "infinitely many", "zh": "无穷多"},
    "explain.each_current": {
        "en": " (each with some whole current in the current's interval)",
        "zh": "（每个都对应本期区间内的某个整数本期值）",
    },
    "explain.nearest": {
        "en": "the nearest printed figures that would fit, each changed alone"
        " (the others as printed): {found}",
        "zh": "能对上的最接近的印出数字（每次只改一个，其余照印出）：{found}",
    },
    "explain.verdict": {"en": "{verdict}: {message}", "zh": "{verdict}：{message}"},
    "explain.no_modes": {
        "en": "the other rounding modes were not worked out (work limit)",
        "zh": "其他取舍方式未作推算（超出运算上限）",
    },
    "explain.no_rounding": {
        "en": "no figure here depends on the rounding: {same} under every mode",
        "zh": "这里没有数字受取舍方式影响：在每种取舍方式下都{same}",
    },
    "explain.mode_line": {"en": "{mode}: {verdict}", "zh": "{mode}：{verdict}"},
    "explain.mode_message": {"en": " ({message})", "zh": "（{message}）"},
    "explain.files_rounding": {"en": " (the file's rounding)", "zh": "（文件所用的取舍方式）"},
    "explain.each_mode": {
        "en": "under each rounding mode: {parts}",
        "zh": "各取舍方式下：{parts}",
    },
    "explain.edge": {
        "en": "it holds only through a true value exactly on a half of a printed"
        " figure's last digit: a different reading of halves ({others}) rejects it."
        " Worth a second look at how the source rounded.",
        "zh": "只有当真实值恰好落在印出数字末位的“五”上时才成立：换一种“五”的取舍"
        "（{others}）就不成立。值得再确认一下来源的取舍习惯。",
    },
    "explain.quote_where": {
        "en": "quote {n} (line {line}) {quote}",
        "zh": "引文 {n}（第 {line} 行）{quote}",
    },
    "explain.quote_missing": {
        "en": "{where} is not in the article, even with whitespace ignored",
        "zh": "{where} 不在原文中（忽略空白也找不到）",
    },
    "explain.quote_holds": {
        "en": "{where} is in the article and holds {digits} as printed",
        "zh": "{where} 在原文中，并含有印出的 {digits}",
    },
    "explain.quote_lacks": {
        "en": "{where} is in the article but does not hold {digits}",
        "zh": "{where} 在原文中，但不含 {digits}",
    },
    "explain.quote_sign": {
        "en": "{where} prints {digits!r} with {verb!r}, a {quoted}; the claim's {key} "
        "{figure!r} reads as a {claimed}: the two cannot both be right",
        "zh": "{where} 中 {digits!r} 与 {verb!r} 连用，是{quoted}；声明的 {key} {figure!r} "
        "却读作{claimed}：两者不可能都对",
    },
    "explain.kept_positive": {
        "en": ", kept positive and within the stated prior",
        "zh": "，限为正数且在所述上期值之内",
    },
    "explain.part_none": {
        "en": "the part is a count (GRIM): no whole number fits",
        "zh": "部分是计数（GRIM）：没有能对上的整数",
    },
    "explain.part_listed": {
        "en": "the part is a count (GRIM); the whole numbers that fit: {listed}",
        "zh": "部分是计数（GRIM）；能对上的整数：{listed}",
    },
    "explain.part_many": {
        "en": "the part is a count (GRIM); {more} fit",
        "zh": "部分是计数（GRIM）；有 {more} 个能对上",
    },
    # -- the comments of a drafted claims file (formats/extract.py, extract.py) --------
    "draft.header": {
        "en": "DRAFT claims file, written by `licang-check {command}` from the article's text.\n"
        "Every printed figure found is a claim with its quotes; nothing relates them\n"
        "yet. Before relying on it: read each claim against the article, give it a\n"
        "telling id, fix its unit and `count`, drop what is not a claim, merge\n"
        "repeats kept apart (and split repeats merged wrongly), fill in source and\n"
        "published, and add the `checks` that relate the figures.",
        "zh": "核查文件草稿，由 `licang-check {command}` 根据报道原文生成。\n"
        "找到的每个印出数字都是一条主张，附有引文；数字之间尚未建立任何关系。\n"
        "使用前请：逐条对照原文核对主张，给它起一个看得懂的 id，改正单位和\n"
        "`count`，删去不是主张的数字，合并被分开的重复项（也拆开被误合并的），\n"
        "填写 source 和 published，再加上把数字联系起来的 `checks`。",
    },
    "draft.left_out": {
        "en": "Not taken for figures (dates and names, as found):",
        "zh": "未当作数字的（日期和名称，照原文）：",
    },
    "draft.dates": {"en": "dates: ", "zh": "日期："},
    "draft.names": {"en": "names: ", "zh": "名称："},
    "draft.unreachable": {
        "en": "(verify reads an article only in or below this file's folder)",
        "zh": "（verify 只读取本文件所在文件夹及其子文件夹里的原文）",
    },
    "draft.no_claims": {
        "en": "no figures found: the file needs at least one claim",
        "zh": "没有找到数字：核查文件至少要有一条主张",
    },
    "draft.line": {"en": "line {line}", "zh": "第 {line} 行"},
    "draft.note.change": {
        "en": "a change on the previous period, printed without the figure it applies to",
        "zh": "与上期相比的变化，印出时没有它所对应的数字",
    },
    "draft.note.points_at": {
        "en": "the change of the figure at offset {start} ({text}) in percentage points;"
        " not a growth rate",
        "zh": "位于偏移 {start} 的数字（{text}）的变化，以百分点计；不是增长率",
    },
    "draft.note.table": {
        "en": "a table cell, read with its column's unit ({header})",
        "zh": "表格中的数，按所在列的单位读取（{header}）",
    },
    "draft.note.range": {
        "en": "a range: one figure from its low end to its high end",
        "zh": "一个范围：从下限到上限的一个数字",
    },
    "draft.note.ratio": {
        "en": "a term of a printed ratio",
        "zh": "印出的比例中的一项",
    },
    "draft.note.real": {
        "en": "a real growth (at comparable prices): a volume growth, not the ratio of two"
        " printed values, so it implies no prior",
        "zh": "实际增长（按可比价格计算）：是物量增长，不是两个印出数值之比，因此不蕴含上期值",
    },
    "draft.proposals": {
        "en": "PROPOSED checks, drafted from the article's wording: keep each one that\n"
        "the article means, delete the others. Each holds on the figures as printed\n"
        "unless one of them is wrong.",
        "zh": "建议的检查，根据原文的措辞起草：保留原文确实表达的，删去其余的。\n"
        "除非其中某个数字有误，每条检查在照印的数字上都成立。",
    },
    "draft.proposal.sum": {
        "en": "proposed: the parts add up to {total}",
        "zh": "建议：各部分相加等于 {total}",
    },
    "draft.proposal.prior_sum": {
        "en": "proposed: last period's parts add up to last period's {total}",
        "zh": "建议：上期各部分相加等于上期的 {total}",
    },
    "draft.proposal.share": {
        "en": "proposed: {part} is the printed share of {whole}",
        "zh": "建议：{part} 是 {whole} 的印出占比",
    },
    "draft.proposal.per_head": {
        "en": "proposed: {total} shared among {people} gives the per-head figure",
        "zh": "建议：{total} 除以 {people} 得到人均数",
    },
    "draft.proposal.ratio": {
        "en": "proposed: the ratio's terms are shares that add up to 100",
        "zh": "建议：比例的各项是占比，相加等于 100",
    },
    "draft.proposal.points": {
        "en": "proposed: the change in points is {rate} less its previous value {prior}",
        "zh": "建议：百分点变化等于 {rate} 减去上期的 {prior}",
    },
    "draft.proposal.headline": {
        "en": "proposed: the headline's figure is the body's",
        "zh": "建议：标题中的数字与正文一致",
    },
    "draft.note.points_of": {
        "en": "the change of {id} in percentage points; not a growth rate",
        "zh": "{id} 的变化，以百分点计；不是增长率",
    },
    # -- SARIF's rule descriptions (formats/sarif.py: ids and names stay English) -------
    "sarif.points.short": {
        "en": "A change in percentage points fits the rate and its prior.",
        "zh": "百分点变化与本期比率及上期比率相符。",
    },
    "sarif.points.full": {
        "en": "The rate less the change in points meets the stated prior rate, within the"
        " rounding interval of every printed figure.",
        "zh": "在每个印出数字的取舍区间内，本期比率减去百分点变化与所给上期比率相符。",
    },
    "sarif.change.short": {
        "en": "An absolute change fits the value, its growth and its prior.",
        "zh": "增减量与本期值、增长率及上期值相符。",
    },
    "sarif.change.full": {
        "en": "The value less the change is a prior (whole, for a count) that meets the stated"
        " prior and, with a nominal growth, gives a growth that prints as printed.",
        "zh": "本期值减去增减量所得的上期值（计数时为整数）与所给上期相符，"
        "并且在有名义增长率时，由此得出的增长率与所印相符。",
    },
    "sarif.ratio.short": {
        "en": "A multiple (是…的2.5倍) is the quotient of its two claims.",
        "zh": "倍数（是…的2.5倍）等于两条主张之商。",
    },
    "sarif.ratio.full": {
        "en": "Some true values of the two claims give a quotient that prints as the value.",
        "zh": "两条主张的某组真实值之商与所印倍数相符。",
    },
    "sarif.proportion.short": {
        "en": "A proportion's shares sum to 100 and match their parts.",
        "zh": "构成比各项之和为 100，且与各组成部分相符。",
    },
    "sarif.proportion.full": {
        "en": "The printed shares can sum to 100 within their rounding, and each part's share"
        " of the whole prints as its share.",
        "zh": "在取舍区间内各项之和可以为 100，且每个组成部分占整体之比与所印相符。",
    },
    "sarif.conversion.short": {
        "en": "A converted figure (约合) is its source at the stated rate.",
        "zh": "折算数（约合）等于按所给汇率折算的原数。",
    },
    "sarif.conversion.full": {
        "en": "The source converted at the rate prints as the value, at the value's own"
        " precision (not 约's tolerance).",
        "zh": "按汇率折算的原数与所印值相符，以所印值本身的精度计（不是“约”的容差）。",
    },
    "sarif.quote.short": {
        "en": "A claim's quote is in the article and holds its figure as printed.",
        "zh": "主张的引文在原文中，并含有照印的数字。",
    },
    "sarif.quote.full": {
        "en": "Each quote of a claim is found in the article text (whitespace ignored),"
        " and the claim's value, as printed, appears in each quote.",
        "zh": "主张的每条引文都能在原文中找到（忽略空白），且每条引文都含有该主张照印的值。",
    },
    "sarif.growth.short": {
        "en": "A growth figure fits the current value and a positive prior.",
        "zh": "增长率与本期值和某个为正的上期值相符。",
    },
    "sarif.growth.full": {
        "en": "Some true current value, true growth and positive prior (whole, for a count)"
        " fit together within the rounding interval of every printed figure.",
        "zh": "在每个印出数字的取舍区间内，存在彼此相符的真实本期值、增长率和为正的"
        "上期值（计数时为整数）。",
    },
    "sarif.share.short": {
        "en": "A percentage of a whole gives a possible part.",
        "zh": "总数的百分比能得出可能的部分。",
    },
    "sarif.share.full": {
        "en": "Some true share of some true whole gives a part (a whole number, for a count:"
        " the GRIM test).",
        "zh": "某个真实比例乘以某个真实总数能得出部分（计数时须为整数：GRIM 检验）。",
    },
    "sarif.expr.short": {
        "en": "A check between claims can hold.",
        "zh": "主张之间的校验可以成立。",
    },
    "sarif.expr.full": {
        "en": "The relation can hold for some true values within every printed figure's"
        " interval, by exact interval arithmetic.",
        "zh": "按精确的区间运算，在每个印出数字的区间内有真实值能使这一关系成立。",
    },
    "sarif.error.short": {
        "en": "A claims file could not be checked.",
        "zh": "核查文件无法核查。",
    },
    "sarif.error.full": {
        "en": "The file is missing, unreadable, not YAML, not a claims file of format"
        " version 1, or holds a bad expression or an unknown id.",
        "zh": "文件不存在、无法读取、不是 YAML、不是第 1 版格式的核查文件，或含有"
        "写错的表达式或未知的 id。",
    },
    "sarif.accept.short": {
        "en": "An accept: note has outlived its reason",
        "zh": "认可说明已过时",
    },
    "sarif.accept.full": {
        "en": "A claim or check carries an accept: note for a finding that is no longer"
        " there: its result is consistent now. Remove the note, so that it does not"
        " hide a later mistake.",
        "zh": "主张或校验带有认可说明，但它认可的问题已不存在：结果现已一致。"
        "请删去这条说明，以免它掩盖以后的错误。",
    },
    # -- JUnit's labels (formats/junit.py: names, types and attributes stay English) ---
    "junit.printed": {"en": "printed: {printed}", "zh": "印出：{printed}"},
    "junit.implied": {"en": "implied: {implied}", "zh": "推出：{implied}"},
    # -- the HTML report (formats/html.py); class names and data-* stay English ----------
    "html.title": {"en": "licang-check report", "zh": "licang-check 核查报告"},
    "html.consistent": {"en": "{n} consistent", "zh": "{n} 项一致"},
    "html.inconsistent": {"en": "{n} inconsistent", "zh": "{n} 项不一致"},
    "html.edge": {"en": "{n} at the edge of rounding", "zh": "{n} 项处于取舍临界"},
    "html.errors": {"en": "{n} errors", "zh": "{n} 个错误"},
    "html.meta": {
        "en": "{summary}. Hover over a highlighted figure for its verdict;"
        " click it for the whole derivation.",
        "zh": "{summary}。鼠标移到标出的数字上可看结论，点击可看完整推算过程。",
    },
    "html.failing": {"en": "Inconsistent: {listed}", "zh": "不一致：{listed}"},
    "html.failing_item": {"en": "{link} ({kind})", "zh": "{link}（{kind}）"},
    "html.not_checked": {"en": "This file could not be checked:", "zh": "此文件无法核查："},
    "html.no_text": {
        "en": "No article text (article.text): the results only.",
        "zh": "没有原文（article.text）：只列出结果。",
    },
    "html.tip": {
        "en": "{kind} {id}: {verdict} — {message}",
        "zh": "{kind} {id}：{verdict} — {message}",
    },
    "html.no_result": {"en": "{id}: no result", "zh": "{id}：没有结果"},
    "html.article": {"en": "The article", "zh": "原文"},
    "html.legend": {
        "en": "{shown} of {total} claims highlighted: ",
        "zh": "{total} 条主张中标出了 {shown} 条：",
    },
    "html.legend_consistent": {"en": "consistent", "zh": "一致"},
    "html.legend_edge": {
        "en": "consistent only at the edge of rounding",
        "zh": "一致，但仅在取舍临界处",
    },
    "html.legend_inconsistent": {
        "en": "inconsistent, or in a check that fails",
        "zh": "不一致，或所在的校验不成立",
    },
    "html.missing": {
        "en": "Quotes not found in the article:",
        "zh": "原文中找不到的引文：",
    },
    "html.missing_item": {"en": "{link}: {quote}", "zh": "{link}：{quote}"},
    "html.results": {"en": "Results", "zh": "结果"},
    "html.only_failures": {
        "en": "only what needs a look (inconsistent, accepted)",
        "zh": "只看需要核对的（不一致、已认可）",
    },
    "html.by_verdict": {"en": "sort by verdict", "zh": "按结论排序"},
    "progress.html": {"en": "explaining", "zh": "推算讲解"},
    "progress.files": {"en": "checking files", "zh": "核查文件"},
    "html.derivations": {"en": "Derivations", "zh": "推算过程"},
    "html.derivation": {"en": "{id}: {verdict}", "zh": "{id}：{verdict}"},
    "html.step": {"en": "{title}:", "zh": "{title}："},
    "html.not_explained": {
        "en": "Not shown: explaining this file takes more than {limit:,} steps (the limit);"
        " the verdict above stands.",
        "zh": "未显示：解释这个文件需要超过 {limit:,} 步（上限）；上面的判断不变。",
    },
    # -- explain: the steps' titles (Step.label stays English: a key in JSON) ---------------
    "step.quote": {"en": "quote", "zh": "引文"},
    "step.current": {"en": "current", "zh": "本期"},
    "step.growth": {"en": "growth", "zh": "增长率"},
    "step.stated prior": {"en": "stated prior", "zh": "所述上期"},
    "step.prior": {"en": "prior", "zh": "上期"},
    "step.whole priors": {"en": "whole priors", "zh": "整数上期"},
    "step.by hand": {"en": "by hand", "zh": "手算"},
    "step.share": {"en": "share", "zh": "比例"},
    "step.whole": {"en": "whole", "zh": "总数"},
    "step.part": {"en": "part", "zh": "部分"},
    "step.whole parts": {"en": "whole parts", "zh": "整数部分"},
    "step.says": {"en": "says", "zh": "说明"},
    "step.check": {"en": "check", "zh": "校验"},
    "step.step": {"en": "step", "zh": "运算"},
    "step.compare": {"en": "compare", "zh": "比较"},
    "step.verdict": {"en": "verdict", "zh": "结论"},
    "step.rounding": {"en": "rounding", "zh": "取舍方式"},
    "step.edge": {"en": "edge", "zh": "临界"},
    "step.nearest": {"en": "nearest", "zh": "最接近"},
    "step.points": {"en": "points", "zh": "百分点"},
    "explain.points": {
        "en": "{text} is printed to {unit} points; under the file's rounding it stands for"
        " {interval} percentage points",
        "zh": "{text} 印到 {unit} 个百分点；按文件的取舍方式，它代表 {interval} 个百分点",
    },
    "step.change": {"en": "change", "zh": "增减量"},
    # -- explain: the figures, the arithmetic, the comparisons --------------------------
    "explain.of.current": {"en": "current", "zh": "本期"},
    "explain.of.growth": {"en": "growth", "zh": "增长率"},
    "explain.of.stated_prior": {"en": "stated prior", "zh": "所述上期"},
    "explain.of.stated_prior_id": {"en": "stated prior ({id})", "zh": "所述上期（{id}）"},
    "explain.of.share": {"en": "share", "zh": "比例"},
    "explain.of.whole_id": {"en": "whole ({id})", "zh": "总数（{id}）"},
    "explain.qualified": {
        "en": "{what} {text}: {words}{tol}, no rounding added: {interval}",
        "zh": "{what} {text}：{words}{tol}，不另计取舍：{interval}",
    },
    "explain.qualifier": {"en": "{q} ({gloss})", "zh": "{q}（{gloss}）"},
    "explain.tolerance": {
        "en": ", with the file's tolerance of {tolerance}",
        "zh": "，按文件的偏差 {tolerance}",
    },
    "qualifier.nearly": {"en": "nearly", "zh": "接近而不到"},
    "qualifier.about": {"en": "about", "zh": "上下浮动"},
    "qualifier.more_than": {"en": "more than", "zh": "多于"},
    "qualifier.at_least": {"en": "at least", "zh": "不少于"},
    "qualifier.less_than": {"en": "less than", "zh": "少于"},
    "qualifier.at_most": {"en": "at most", "zh": "不多于"},
    "explain.prior": {
        "en": "prior = current ÷ (1 + growth) = {current} ÷ {factor}{kept} = {interval}",
        "zh": "上期 = 本期 ÷ (1 + 增长率) = {current} ÷ {factor}{kept} = {interval}",
    },
    "explain.by_hand_growth": {
        "en": "{current} ÷ {prior} = {ratio}: a growth of {growth}, which {prints} under {mode}",
        "zh": "{current} ÷ {prior} = {ratio}：增长 {growth}，按 {mode} {prints}",
    },
    "explain.part": {
        "en": "part = share × whole = {share} × {whole} = {part}",
        "zh": "部分 = 比例 × 总数 = {share} × {whole} = {part}",
    },
    "explain.by_hand_share": {
        "en": "{part} ÷ {whole} = {ratio}, which {prints} under {mode}",
        "zh": "{part} ÷ {whole} = {ratio}，按 {mode} {prints}",
    },
    "explain.prior_ref": {
        "en": "{key} is the prior that {id}'s growth implies (explain {id} for how): {values}",
        "zh": "{key} 是 {id} 的增长率推出的上期（推算过程见 explain {id}）：{values}",
    },
    "explain.literal": {
        "en": "{text} is a figure in the check: exactly {value}",
        "zh": "{text} 是校验式里的数字：恰为 {value}",
    },
    "explain.compare": {
        "en": "{left} {op} {right}: '{op}' {rule}",
        "zh": "{left} {op} {right}：'{op}' {rule}",
    },
    "rule.eq": {
        "en": "holds when the two sides share at least one number",
        "zh": "两边至少有一个共同的数时成立",
    },
    "rule.ne": {
        "en": "fails only when both sides are the same single number",
        "zh": "只有两边是同一个确定的数时才不成立",
    },
    "rule.lt": {
        "en": "holds when the left's lower end is below the right's upper end",
        "zh": "左边的下端低于右边的上端时成立",
    },
    "rule.le": {
        "en": "holds when the left's lower end is below the right's upper end, or equal to it"
        " with both ends included",
        "zh": "左边的下端低于右边的上端，或两者相等且都含端点时成立",
    },
    "rule.gt": {
        "en": "holds when the left's upper end is above the right's lower end",
        "zh": "左边的上端高于右边的下端时成立",
    },
    "rule.ge": {
        "en": "holds when the left's upper end is above the right's lower end, or equal to it"
        " with both ends included",
        "zh": "左边的上端高于右边的下端，或两者相等且都含端点时成立",
    },
    # -- --help (cli.py): chosen before typer builds the commands; see cli._help ----------
    # A zh paragraph is one line (click would join wrapped lines with a space), or
    # starts with \b to keep its line breaks.
    "help.app": {
        "en": "Check the numbers of a news article against each other, exactly.",
        "zh": "精确核对新闻报道中数字之间是否彼此相符。",
    },
    "help.version": {"en": "Show the version.", "zh": "显示版本号。"},
    "help.lang": {
        "en": "Messages in en or zh (default: zh where LC_ALL/LANG is zh_*).",
        "zh": "提示语言：en 或 zh（默认：LC_ALL/LANG 为 zh_* 时用 zh）。",
    },
    "help.derive": {
        "en": "Solve for a figure from the others.",
        "zh": "由其余数字推算出一个数字。",
    },
    "help.verify": {
        "en": "Check claims files: every quote, growth, share and check.\n\n"
        "PATHs may be globs ('claims/**/*.yaml'). Exit 0 when every result is\n"
        "consistent, 1 when any is inconsistent, 2 when a file could not be checked.",
        "zh": "检查核查文件：每条引文、增长、比例和校验。\n\n"
        "\b\nPATH 可以是通配符（'claims/**/*.yaml'）。退出码：全部一致为 0，\n"
        "有不一致为 1，有文件无法核查为 2。",
    },
    "help.verify.paths": {
        "en": "Claims files, globs, folders (searched for **/claims*.yaml) or - for"
        " stdin (default: configured paths, else claims.yaml).",
        "zh": "核查文件、通配符、目录（在其中查找 **/claims*.yaml）或 -（标准输入）"
        "（默认：配置的 paths，否则 claims.yaml）。",
    },
    "help.verify.format": {
        "en": "How to report (default: table).",
        "zh": "报告格式（默认：table）。",
    },
    "help.verify.output": {
        "en": "Write the report to this file, not stdout (- is stdout).",
        "zh": "把报告写入此文件，而不是标准输出（- 即标准输出）。",
    },
    "help.verify.all": {
        "en": "List consistent results too (the table, SARIF, the HTML report).",
        "zh": "一致的结果也列出（表格、SARIF、HTML 报告）。",
    },
    "help.verify.no_accept": {
        "en": "Ignore accept: notes: an accepted finding fails the run again.",
        "zh": "忽略 accept 说明：已认可的问题重新算作不一致。",
    },
    "help.verify.rounding": {
        "en": "Check under this rounding, whatever the files and pyproject.toml say.",
        "zh": "按此取舍方式核查，不管核查文件和 pyproject.toml 怎么写。",
    },
    "help.verify.tolerance": {
        "en": "The slack of 近/约/左右 (e.g. 5%), whatever the files and pyproject.toml say.",
        "zh": "近、约、左右的幅度（如 5%），不管核查文件和 pyproject.toml 怎么写。",
    },
    "help.verify.config": {
        "en": "Read [tool.licang-check] from this TOML file, not the nearest pyproject.toml.",
        "zh": "从此 TOML 文件读取 [tool.licang-check]，而不是最近的 pyproject.toml。",
    },
    "help.verify.quiet": {
        "en": "No summary line: only the report and the errors.",
        "zh": "不输出汇总行：只输出报告和错误。",
    },
    "help.color": {
        "en": "Colour: auto (on a terminal, unless NO_COLOR; FORCE_COLOR forces it),"
        " always or never.",
        "zh": "颜色：auto（在终端中上色，设了 NO_COLOR 则不上色，设了 FORCE_COLOR 则总上色）、"
        "always 或 never。",
    },
    "cli.config_and_isolated": {
        "en": "--config and --isolated contradict each other: give one",
        "zh": "--config 与 --isolated 互相矛盾：只能给一个",
    },
    "cli.tolerance": {
        "en": "--tolerance {value}: {detail}",
        "zh": "--tolerance {value}：{detail}",
    },
    "config.directory": {
        "en": "is a directory, not a TOML file",
        "zh": "是目录，不是 TOML 文件",
    },
    "help.force": {"en": "Let -o overwrite a file.", "zh": "允许 -o 覆盖已有文件。"},
    "help.isolated": {
        "en": "Ignore tool.licang-check in pyproject.toml.",
        "zh": "忽略 pyproject.toml 中的 tool.licang-check。",
    },
    "help.growth": {
        "en": "Give two of --current, --prior, --rate; the third is solved for.\n\n"
        "Exit 1 when --count leaves no whole number that fits.",
        "zh": "给出 --current、--prior、--rate 中的两项，推算第三项。\n\n"
        "加 --count 时若没有能对上的整数，退出码为 1。",
    },
    "help.growth.current": {
        "en": "This period's figure, as printed.",
        "zh": "本期数字，照印。",
    },
    "help.growth.prior": {"en": "The previous period's figure.", "zh": "上期数字。"},
    "help.growth.rate": {"en": "The change, as printed: 273%.", "zh": "增减幅度，照印：273%。"},
    "help.growth.count": {
        "en": "Counts: whole numbers, exact as given.",
        "zh": "计数：整数，照给出的值精确计算。",
    },
    "help.count": {
        "en": "Counts: whole numbers, exact as given (the GRIM test).",
        "zh": "计数：整数，照给出的值精确计算（GRIM 检验）。",
    },
    "help.rounding": {"en": "How the figures were rounded.", "zh": "数字的取舍方式。"},
    "help.table_or_json": {"en": "table or json.", "zh": "table 或 json。"},
    "help.share": {
        "en": "part = whole × share: give two of --part, --whole, --share.\n\n"
        "With --count the part and the whole are whole numbers: 54.2% of 150 is\n"
        "no whole number (exit 1).",
        "zh": "部分 = 总数 × 比例：给出 --part、--whole、--share 中的两项。\n\n"
        "加 --count 时部分和总数都是整数：150 的 54.2% 不是整数（退出码 1）。",
    },
    "help.share.part": {"en": "The part, as printed: 81.", "zh": "部分，照印：81。"},
    "help.share.whole": {
        "en": "The whole it is a share of: 150.",
        "zh": "比例所对应的总数：150。",
    },
    "help.share.share": {"en": "The share, as printed: 54.0%.", "zh": "比例，照印：54.0%。"},
    "help.mean": {
        "en": "total = n × mean: give two of --total, --n, --mean.\n\n"
        "--n is always a whole number. With --count the values are whole, so the\n"
        "total is too (GRIM): a mean of 3.48 over 15 whole values is impossible.",
        "zh": "总和 = n × 平均数：给出 --total、--n、--mean 中的两项。\n\n"
        "\b\n--n 总是整数。加 --count 时各个值都是整数，总和也是（GRIM）：\n"
        "15 个整数的平均数不可能是 3.48。",
    },
    "help.mean.total": {"en": "The total of the values.", "zh": "各个值的总和。"},
    "help.mean.n": {"en": "How many values (a whole number).", "zh": "值的个数（整数）。"},
    "help.mean.mean": {"en": "The mean, as printed: 3.47.", "zh": "平均数，照印：3.47。"},
    "help.sum": {
        "en": "total = the sum of the parts.\n\n"
        "Every part: the total is solved for (and, with --total, checked: exit 1\n"
        "when the parts cannot add up to it). One part as ? and --total: that\n"
        "part is solved for.",
        "zh": "总数 = 各部分之和。\n\n"
        "\b\n给出全部部分：推算总数（加 --total 时加以核对：各部分之和不可能等于它时\n"
        "退出码为 1）。一个部分写作 ? 并给出 --total：推算这个部分。",
    },
    "help.sum.parts": {
        "en": "The parts, separated by , or 、 (one may be ?): 52.12亿,49.88亿.",
        "zh": "各部分，用 , 或 、 分隔（其中一个可以是 ?）：52.12亿,49.88亿。",
    },
    "help.sum.part": {
        "en": "One part (repeat it); for figures with thousands commas.",
        "zh": "一个部分（可重复）；用于带千位逗号的数字。",
    },
    "help.sum.total": {"en": "The total, as printed.", "zh": "总数，照印。"},
    "help.cagr": {
        "en": "end = start × (1 + rate) ^ years: give --years and two of --start, --end,"
        " --rate.\n\n"
        "A rate that is an irrational root is given to 12 decimal places, its\n"
        'ends rounded outward (JSON: "approximate": true).',
        "zh": "末年 = 首年 × (1 + 年增长率) ^ 年数：给出 --years 及 --start、--end、--rate"
        " 中的两项。\n\n"
        '\b\n是无理数根的增长率给到小数点后 12 位，两端向外取整（JSON："approximate": true）。',
    },
    "help.cagr.years": {"en": "Over how many years (1 to 100).", "zh": "跨越的年数（1 到 100）。"},
    "help.cagr.start": {"en": "The first year's figure.", "zh": "首年数字。"},
    "help.cagr.end": {"en": "The last year's figure.", "zh": "末年数字。"},
    "help.cagr.rate": {"en": "The yearly growth rate: 10%.", "zh": "年增长率：10%。"},
    "help.extract": {
        "en": "Draft a claims file from an article: every printed figure, with its"
        " quotes.\n\n"
        "Dates and names (2022年, 二十大, “3+2+4”) are left out and listed in the\n"
        "draft's header. The draft passes verify as it is; it has no checks yet.",
        "zh": "从报道起草核查文件：每个印出的数字，连同其引文。\n\n"
        "\b\n日期和名称（2022年、二十大、“3+2+4”）不当作数字，列在草稿开头。\n"
        "草稿原样即可通过 verify；其中还没有校验。",
    },
    "help.article": {"en": "The article's text (UTF-8).", "zh": "报道原文（UTF-8）。"},
    "help.extract.format": {
        "en": "yaml (a draft claims file) or json (the spans).",
        "zh": "yaml（核查文件草稿）或 json（找到的各段）。",
    },
    "help.extract.output": {
        "en": "Write to this file, not stdout.",
        "zh": "写入此文件，而不是标准输出。",
    },
    "help.extract.title": {
        "en": "The title (default: the first non-empty line).",
        "zh": "标题（默认：第一个非空行）。",
    },
    "help.init": {
        "en": "Start a claims file for a new article: its figures drafted, never over a"
        " file.\n\n"
        "On a terminal, asks for the metadata not given as options; otherwise\n"
        "leaves it out (the title defaults to the article's first line).",
        "zh": "为新报道建立核查文件：起草其中的数字，绝不覆盖已有文件。\n\n"
        "\b\n在终端中会询问选项里没有给出的报道信息；否则略去\n"
        "（标题默认取原文第一行）。",
    },
    "help.init.output": {
        "en": "The new claims file (default: claims.yaml beside it).",
        "zh": "新的核查文件（默认：原文旁的 claims.yaml）。",
    },
    "help.init.title": {
        "en": "The title (default: its first line).",
        "zh": "标题（默认：原文第一行）。",
    },
    "help.init.source": {"en": "Where it was published.", "zh": "刊发媒体。"},
    "help.init.published": {"en": "The date, YYYY-MM-DD.", "zh": "刊发日期，YYYY-MM-DD。"},
    "help.init.url": {"en": "The article's address.", "zh": "报道网址。"},
    "help.init.no_input": {
        "en": "Ask nothing, even on a terminal.",
        "zh": "什么也不问，在终端中也一样。",
    },
    "help.schema": {
        "en": "Print the JSON Schema of claims files (draft-07), for editors.\n\n"
        "The repository ships it as claims.schema.json; a claims file names it in\n"
        "its first line: '# yaml-language-server: $schema=./claims.schema.json'.",
        "zh": "输出核查文件的 JSON Schema（draft-07），供编辑器使用。\n\n"
        "\b\n仓库中附有 claims.schema.json；核查文件在第一行引用它：\n"
        "'# yaml-language-server: $schema=./claims.schema.json'。",
    },
    "help.explain": {
        "en": "Explain the arithmetic of one claim or check, step by step.\n\n"
        "Every interval with its ends, what is derived from what, the verdict,\n"
        "the rounding modes it holds under and, when inconsistent, the nearest\n"
        "figures that would fit. Exit 0 when consistent, 1 when not, 2 on errors.",
        "zh": "一步一步讲解一条主张或校验的运算。\n\n"
        "\b\n每个区间及其端点、由什么推出什么、结论、在哪些取舍方式下成立，\n"
        "以及不一致时能对上的最接近的数字。退出码：一致为 0，不一致为 1，出错为 2。",
    },
    "help.explain.id": {"en": "A claim's or a check's id.", "zh": "主张或校验的 id。"},
    "help.explain.path": {"en": "The claims file.", "zh": "核查文件。"},
    "help.explain.format": {"en": "text or json.", "zh": "text 或 json。"},
    # -- the relation kinds of the extensions (kinds/points.py, change.py, ratio.py,
    #    proportion.py, conversion.py) and their keys (claims/extensions.py) ----------
    "kind.points": {"en": "points", "zh": "百分点"},
    "kind.change": {"en": "change", "zh": "增减量"},
    "kind.ratio": {"en": "ratio", "zh": "倍数"},
    "kind.proportion": {"en": "proportion", "zh": "构成比"},
    "kind.conversion": {"en": "conversion", "zh": "折算"},
    "points.printed": {"en": "{value}, {points} points", "zh": "{value}，{points} 个百分点"},
    "points.prior": {"en": "prior rate {prior}", "zh": "上期比率 {prior}"},
    "points.meets": {
        "en": "prior rate {implied} meets the stated {stated}",
        "zh": "上期比率 {implied} 与所给的 {stated} 相符",
    },
    "points.misses": {
        "en": "the value less the points leaves a prior rate {implied}, but the stated prior is"
        " {stated}",
        "zh": "现值减去百分点变化得上期比率 {implied}，而所给上期为 {stated}",
    },
    "change.printed": {"en": "{value}, change {change}", "zh": "{value}，增减 {change}"},
    "change.misses_stated": {
        "en": "the value less the change leaves a prior {implied}, but the stated prior is"
        " {stated}",
        "zh": "现值减去增减量得上期 {implied}，而所给上期为 {stated}",
    },
    "change.fits": {
        "en": "{implied}: a growth of {growth}, which fits the printed {printed}",
        "zh": "{implied}：增长 {growth}，与所印的 {printed} 相符",
    },
    "change.growth_misses": {
        "en": "{implied}: a growth of {growth}, which cannot print as {printed}",
        "zh": "{implied}：增长 {growth}，不可能印作 {printed}",
    },
    "ratio.printed": {"en": "{value} = {a} / {b}", "zh": "{value} = {a} / {b}"},
    "ratio.implied": {"en": "ratio {quotient}", "zh": "倍数 {quotient}"},
    "ratio.meets": {
        "en": "{a} / {b} is {quotient}, which meets {value}",
        "zh": "{a} / {b} 为 {quotient}，与 {value} 相符",
    },
    "ratio.misses": {
        "en": "{a} / {b} is {quotient}, which cannot be {value}",
        "zh": "{a} / {b} 为 {quotient}，不可能是 {value}",
    },
    "ratio.zero": {
        "en": "{b} may be zero, so the ratio is not defined",
        "zh": "{b} 可能为零，比值无定义",
    },
    "proportion.sum": {
        "en": "the shares sum to {total}, which cannot be 100",
        "zh": "各部分之和为 {total}，不可能等于 100",
    },
    "proportion.part": {
        "en": "{id} is {share} of the whole, which cannot print as {printed}",
        "zh": "{id} 占整体的 {share}，不可能印作 {printed}",
    },
    "proportion.fits": {
        "en": "the shares sum to {total}, which can be 100",
        "zh": "各部分之和为 {total}，可以等于 100",
    },
    "proportion.fits_parts": {
        "en": "the shares sum to {total}, which can be 100, and each of the {n} parts'"
        " shares prints as printed",
        "zh": "各部分之和为 {total}，可以等于 100；{n} 个组成部分的占比都与所印相符",
    },
    "conversion.printed": {
        "en": "{value} = {source} {op} {rate}",
        "zh": "{value} = {source} {op} {rate}",
    },
    "conversion.implied": {"en": "converted {converted}", "zh": "折算得 {converted}"},
    "conversion.meets": {
        "en": "converted, the source is {converted}, which meets {value}",
        "zh": "折算结果为 {converted}，与 {value} 相符",
    },
    "conversion.misses": {
        "en": "converted, the source is {converted}, which cannot print as {value}",
        "zh": "折算结果为 {converted}，不可能印作 {value}",
    },
    "ext.sign_and_verb": {
        "en": "{text!r} has both a sign and a verb; write one (下降4.4% or -4.4%)",
        "zh": "{text!r} 既有正负号又有动词；只写一种（下降4.4% 或 -4.4%）",
    },
    "ext.doubling_down": {
        "en": "{text!r}: 翻番 is a growth; it takes no falling verb",
        "zh": "{text!r}：翻番是增长，不能与表示下降的动词连用",
    },
    "ext.times_percent": {
        "en": "{text!r}: a multiple takes no %: write 1.72倍 or 172%",
        "zh": "{text!r}：倍数不带 %：写 1.72倍 或 172%",
    },
    "ext.points_percent": {
        "en": "{text!r}: a change in points is not a percentage: write 0.95个百分点 or 0.95",
        "zh": "{text!r}：百分点变化不是百分数：写 0.95个百分点 或 0.95",
    },
    "ext.change_percent": {
        "en": "{text!r}: an absolute change is in the claim's unit; a change in % goes in growth",
        "zh": "{text!r}：增减量用主张本身的单位；百分比变化写在 growth",
    },
    "ext.proportion": {
        "en": "{text!r}: a proportion is plain numbers separated by ':' (6.01:55.04:38.95)",
        "zh": "{text!r}：构成比是以 ':' 分隔的数（6.01:55.04:38.95）",
    },
    "ext.real_without_growth": {
        "en": "claim '{id}' has real: true but no growth for it to describe",
        "zh": "主张 '{id}' 有 real: true，却没有它所修饰的 growth",
    },
    "ext.real_prior": {
        "en": "claim '{id}': a real growth (按可比价格计算) is a volume growth and implies no prio"
        "r in"
        " current prices; drop prior or real",
        "zh": "主张 '{id}'：实际增长（按可比价格计算）是物量增长，不对应现价的上期值；去掉 prior "
        "或 real",
    },
    "ext.prior_of_real": {
        "en": "{what}: prior({id}) means nothing: {id}'s growth is real (按可比价格计算), a volume"
        " growth that implies no prior in current prices",
        "zh": "{what}：prior({id}) 没有意义：{id} 的增长是实际增长（按可比价格计算），是物量增长，"
        "不对应现价的上期值",
    },
    "ext.proportion_in_expr": {
        "en": "{what}: '{id}' is a proportion with no single value; name its parts instead",
        "zh": "{what}：'{id}' 是构成比，没有单一的值；请改用其组成部分",
    },
    "ext.points_not_rate": {
        "en": "claim '{id}' has points, but its value is not a rate (a percentage)",
        "zh": "主张 '{id}' 有 points，但其值不是比率（百分数）",
    },
    "ext.points_and_growth": {
        "en": "claim '{id}': a change in points goes alone, without growth or change",
        "zh": "主张 '{id}'：百分点变化单独给出，不与 growth 或 change 同用",
    },
    "ext.change_on_rate": {
        "en": "claim '{id}': the change of a rate is in points: use points, not change",
        "zh": "主张 '{id}'：比率的变化以百分点计：用 points，不用 change",
    },
    "ext.change_not_whole": {
        "en": "claim '{id}' is a count, but its change is not a whole number",
        "zh": "主张 '{id}' 是计数，但其增减量不是整数",
    },
    "ext.changes_list": {
        "en": "claim '{id}' changes must be a list of changes, each with 'on'",
        "zh": "主张 '{id}' 的 changes 应为变化的列表，每项带 'on'",
    },
    "ext.changes_twice": {
        "en": "claim '{id}' has a change on {on!r} twice (first at line {line})",
        "zh": "主张 '{id}' 对 {on!r} 的变化给了两次（第一次在第 {line} 行）",
    },
    "ext.change_empty": {
        "en": "claim '{id}' change on {on!r} needs growth, points or change",
        "zh": "主张 '{id}' 对 {on!r} 的变化需要 growth、points 或 change",
    },
    "ext.id_list": {
        "en": "claim '{id}' {key} must be a list of claim ids",
        "zh": "主张 '{id}' 的 {key} 应为主张 id 的列表",
    },
    "ext.ratio_two": {
        "en": "claim '{id}' ratio names two claims: [a, b] for a / b",
        "zh": "主张 '{id}' 的 ratio 应列出两条主张：[a, b] 表示 a / b",
    },
    "ext.parts_without_proportion": {
        "en": "claim '{id}' has parts or whole, but its value is not a proportion"
        " (6.01:55.04:38.95)",
        "zh": "主张 '{id}' 有 parts 或 whole，但其值不是构成比（6.01:55.04:38.95）",
    },
    "ext.parts_count": {
        "en": "claim '{id}' names {n} parts for a proportion of {k} shares",
        "zh": "主张 '{id}' 列了 {n} 个组成部分，而构成比有 {k} 项",
    },
    "ext.proportion_alone": {
        "en": "claim '{id}': a proportion takes no growth, of or count",
        "zh": "主张 '{id}'：构成比不带 growth、of 或 count",
    },
    "ext.rate_without_converts": {
        "en": "claim '{id}' has {key} but no converts: name the claim it is converted from",
        "zh": "主张 '{id}' 有 {key} 却没有 converts：请写明它由哪条主张折算而来",
    },
    "ext.converts_rate": {
        "en": "claim '{id}' converts needs exactly one of multiply_by or divide_by (the rate)",
        "zh": "主张 '{id}' 的 converts 需要 multiply_by 或 divide_by 之一（汇率）",
    },
    "expr.times_sign": {
        "en": " ({sign!r} is not an operator here: use {ascii!r})",
        "zh": "（{sign!r} 在这里不是运算符：请用 {ascii!r}）",
    },
    # -- sources (licang_check/sources/, kinds/source.py, _cli/match.py) --------------
    "schema.sources": {
        "en": "The tables, texts and claims files the figures come from: id → a path (relative "
        "to this file) or a mapping.",
        "zh": "数字所出自的表格、文本和核查文件：id → 路径（相对于本文件）或映射。",
    },
    "schema.source_spec": {"en": "One source file.", "zh": "一个来源文件。"},
    "schema.source_spec.path": {
        "en": "The file, relative to this file, as for article.text.",
        "zh": "文件路径，相对于本文件，规则同 article.text。",
    },
    "schema.source_spec.type": {
        "en": "csv, tsv, json, xlsx, ods, text, html or claims, where the name does not tell.",
        "zh": "文件名看不出类型时填写：csv、tsv、json、xlsx、ods、text、html 或 claims。",
    },
    "schema.source_spec.sheet": {
        "en": "The sheet of a workbook (the first, without one).",
        "zh": "工作簿中的工作表（不填则取第一张）。",
    },
    "schema.source_spec.scale": {
        "en": "The multiplier word (万, 亿 …) or % the table's numbers are in.",
        "zh": "表格数字的单位词（万、亿 …）或 %。",
    },
    "schema.source_spec.note": {"en": "Free text.", "zh": "备注，自由填写。"},
    "schema.claim.source": {
        "en": "Where the figure comes from: a cell, a quote, a claim of another file, an "
        "expression over cells or an SQL query (a list for several figures).",
        "zh": "数字的来源：单元格、引文、另一核查文件中的数据、单元格表达式或 SQL 查询"
        "（多个数字用列表）。",
    },
    "schema.source": {"en": "One figure's source.", "zh": "一个数字的来源。"},
    "schema.source.from": {"en": "The id of a source.", "zh": "来源的 id。"},
    "schema.source.cell": {"en": "An A1 reference: C5.", "zh": "A1 引用，如 C5。"},
    "schema.source.row": {
        "en": "The row's label (its first cell).",
        "zh": "行标签（该行第一格）。",
    },
    "schema.source.column": {"en": "The column's header.", "zh": "列标题。"},
    "schema.source.quote": {
        "en": "Words of a text source holding the figure.",
        "zh": "文本来源中含有该数字的原文。",
    },
    "schema.source.claim": {
        "en": "A claim id of the source claims file.",
        "zh": "作为来源的核查文件中的数据 id。",
    },
    "schema.source.expr": {
        "en": 'Arithmetic over cells: t[C5], t["row", "column"], sum(t[C2:C5]), mean(...).',
        "zh": '单元格运算：t[C5]、t["行", "列"]、sum(t[C2:C5])、mean(...)。',
    },
    "schema.source.query": {
        "en": "One SQL SELECT over the table sources, giving one exact value.",
        "zh": "对表格来源的一条 SQL SELECT，得到一个精确值。",
    },
    "schema.source.scale": {
        "en": "The multiplier word or % of this figure's cells (overrides the source's).",
        "zh": "该数字所在单元格的单位词或 %（覆盖来源的设置）。",
    },
    "schema.source.figure": {
        "en": "value (the default) or growth: which of the claim's figures this is the source of.",
        "zh": "value（默认）或 growth：这是数据哪一个数字的来源。",
    },
    "schema.source.note": {"en": "Free text.", "zh": "备注，自由填写。"},
    "sarif.source.short": {
        "en": "A figure can be its source's figure.",
        "zh": "数字与其来源的数字可以是同一个值。",
    },
    "sarif.source.full": {
        "en": "The article's printed figure and the source's (a table cell, a quote, another"
        " claims file's claim, arithmetic over cells or an exact query) can be the same true"
        " value: their rounding intervals meet.",
        "zh": "正文印出的数字与来源的数字（表格单元格、引文、另一核查文件中的数据、"
        "单元格运算或精确查询）可以是同一个真实值：两者的取舍区间有交集。",
    },
    "step.article": {"en": "article", "zh": "正文"},
    "step.lookup": {"en": "lookup", "zh": "查找"},
    "step.arithmetic": {"en": "arithmetic", "zh": "计算"},
    "explain.of.article": {"en": "the article's figure", "zh": "正文的数字"},
    "explain.source_more": {"en": "… and {n} more cells", "zh": "… 另有 {n} 个单元格"},
    "explain.source_query": {
        "en": "the query {query} gives an exact {type}",
        "zh": "查询 {query} 得到精确的 {type}",
    },
    "explain.source_meet": {
        "en": "the article's {article} and the source's {source} meet: they can be the same value",
        "zh": "正文的 {article} 与来源的 {source} 有交集：可以是同一个值",
    },
    "explain.source_apart": {
        "en": "the article's {article} and the source's {source} do not meet",
        "zh": "正文的 {article} 与来源的 {source} 没有交集",
    },
    "kind.source": {"en": "source", "zh": "来源"},
    "match.header": {
        "en": "drafted by licang-check match from {path}: keep the source: lines that are right",
        "zh": "由 licang-check match 根据 {path} 起草：请保留正确的 source: 行",
    },
    "match.line": {"en": "line {line}", "zh": "第 {line} 行"},
    "match.none": {
        "en": "nothing in the table prints as {printed}",
        "zh": "表格中没有能印作 {printed} 的数字",
    },
    "match.also": {"en": "or, for {printed}:", "zh": "或（{printed}）："},
    "match.summary": {
        "en": "{found} of {figures} figures have a candidate in the table",
        "zh": "{figures} 个数字中有 {found} 个在表格中找到候选",
    },
    "match.not_a_table": {
        "en": "{path!r} is not a table: match reads {types}",
        "zh": "{path!r} 不是表格：match 可读 {types}",
    },
    "help.match": {
        "en": "Draft the source: of each figure of an article from a table: the cells, sums, "
        "shares and growths that print as it, ranked.",
        "zh": "根据表格为正文的每个数字起草 source:：列出能印作该数字的单元格、合计、"
        "比例与增速，按可能性排序。",
    },
    "help.match.source": {
        "en": "The table (CSV, TSV, JSON, XLSX, ODS).",
        "zh": "表格（CSV、TSV、JSON、XLSX、ODS）。",
    },
    "help.match.sheet": {"en": "The sheet of a workbook.", "zh": "工作簿中的工作表。"},
    "help.match.id": {
        "en": "The source's id in the draft (default: from the file name).",
        "zh": "草稿中来源的 id（默认取自文件名）。",
    },
    "help.match.format": {"en": "yaml or json.", "zh": "yaml 或 json。"},
    "source.the_source": {"en": "the source", "zh": "来源"},
    "source.agrees": {
        "en": "{where} gives {source}, which can be the article's {printed}",
        "zh": "{where} 为 {source}，与正文的 {printed} 可以是同一个值",
    },
    "source.disagrees": {
        "en": "{where} gives {source}, which cannot be the article's {printed}: at the "
        "article's precision the source {should}",
        "zh": "{where} 为 {source}，与正文的 {printed} 不可能是同一个值："
        "按正文的精度，来源{should}",
    },
    "what.source_check": {"en": "claim {id!r} source", "zh": "数据 {id!r} 的来源"},
    "source.what_id": {"en": "a source id", "zh": "来源 id"},
    "source.what": {"en": "source {id!r}", "zh": "来源 {id!r}"},
    "source.what_path": {"en": "source {id!r} path {path!r}", "zh": "来源 {id!r} 的路径 {path!r}"},
    "source.what_key": {"en": "source {id!r} {key}", "zh": "来源 {id!r} 的 {key}"},
    "source.sources_not_mapping": {
        "en": "sources must be a mapping of source ids to files, not {kind}",
        "zh": "sources 须是“来源 id: 文件”的映射，不能是{kind}",
    },
    "source.too_many_sources": {
        "en": "more than {n} sources in one file",
        "zh": "一个文件的来源超过 {n} 个",
    },
    "source.id_pattern": {
        "en": "source id {id!r} must be lowercase letters, digits and _, starting with a letter",
        "zh": "来源 id {id!r} 只能由小写字母、数字和 _ 组成，并以字母开头",
    },
    "source.duplicate": {
        "en": "source {id!r} is given twice (first at line {line})",
        "zh": "来源 {id!r} 重复（首次出现在第 {line} 行）",
    },
    "source.bad_type": {
        "en": "unknown source type {type!r}; use one of {types}",
        "zh": "未知的来源类型 {type!r}；可用：{types}",
    },
    "source.unknown_type": {
        "en": "cannot tell the type of {path!r} from its name; add type: (one of {types})",
        "zh": "无法从文件名判断 {path!r} 的类型；请加上 type:（{types} 之一）",
    },
    "source.sheet_not_workbook": {
        "en": "source {id!r} is {kind}, not a workbook: it has no sheets (remove sheet:)",
        "zh": "来源 {id!r} 是 {kind}，不是工作簿，没有工作表（请删去 sheet:）",
    },
    "source.bad_scale": {
        "en": "scale {scale!r} is not a multiplier word or %; use one of {choices}",
        "zh": "scale {scale!r} 不是数量单位词或 %；可用：{choices}",
    },
    "source.empty_list": {
        "en": "claim {id!r} source is an empty list",
        "zh": "数据 {id!r} 的 source 是空列表",
    },
    "source.too_many_refs": {
        "en": "claim {id!r} names more than {n} sources",
        "zh": "数据 {id!r} 的来源超过 {n} 个",
    },
    "source.column_without_row": {
        "en": "claim {id!r} source gives column: without row: (give both, or cell: B3)",
        "zh": "数据 {id!r} 的 source 有 column: 而无 row:（请两者都给，或用 cell: B3）",
    },
    "source.row_without_column": {
        "en": "claim {id!r} source gives row: without column: (give both, or cell: B3)",
        "zh": "数据 {id!r} 的 source 有 row: 而无 column:（请两者都给，或用 cell: B3）",
    },
    "source.no_lookup": {
        "en": "claim {id!r} source names no figure: give cell:, row: and column:, quote:, "
        "claim:, expr: or query:",
        "zh": "数据 {id!r} 的 source 没有指明数字：请给出 cell:、row: 与 column:、quote:、"
        "claim:、expr: 或 query:",
    },
    "source.two_lookups": {
        "en": "claim {id!r} source names its figure in more than one way ({keys}): keep one",
        "zh": "数据 {id!r} 的 source 用了多种方式指明数字（{keys}）：只保留一种",
    },
    "source.no_from": {
        "en": "claim {id!r} source does not say which source: add from: (an id of sources:)",
        "zh": "数据 {id!r} 的 source 没有说明来自哪个来源：请加上 from:（sources: 中的 id）",
    },
    "source.bad_figure_key": {
        "en": "figure: {figure!r} must be value or growth",
        "zh": "figure: {figure!r} 只能是 value 或 growth",
    },
    "source.growth_without_growth": {
        "en": "claim {id!r} has no growth: its source cannot be the source of one",
        "zh": "数据 {id!r} 没有 growth，其来源不能作为增速的来源",
    },
    "source.bad_a1": {
        "en": "cell {cell!r} is not an A1 reference (a column's letters and a row's number: B3)",
        "zh": "cell {cell!r} 不是 A1 引用（列字母加行号，如 B3）",
    },
    "source.query_too_long": {
        "en": "a query longer than {n} characters",
        "zh": "查询超过 {n} 个字符",
    },
    "source.unknown": {
        "en": "no source {id!r} in sources:{hint}",
        "zh": "sources: 中没有来源 {id!r}{hint}",
    },
    "source.nearest": {"en": " (nearest: {labels})", "zh": "（最接近的：{labels}）"},
    "source.no_labels": {"en": " (it has no labels)", "zh": "（其中没有标签）"},
    "source.not_a_table": {
        "en": "source {id!r} is {kind}, not a table: a cell, expr or query needs a table",
        "zh": "来源 {id!r} 是 {kind}，不是表格：单元格、表达式和查询都需要表格",
    },
    "source.quote_needs_text": {
        "en": "source {id!r} is {kind}: a quote needs a text source (text or html)",
        "zh": "来源 {id!r} 是 {kind}：引文需要文本来源（text 或 html）",
    },
    "source.claim_needs_claims": {
        "en": "source {id!r} is {kind}: claim: needs a claims file as the source",
        "zh": "来源 {id!r} 是 {kind}：claim: 需要以核查文件为来源",
    },
    "source.no_column": {
        "en": "no column labelled {label!r}{hint}",
        "zh": "没有标签为 {label!r} 的列{hint}",
    },
    "source.no_row": {
        "en": "no row labelled {label!r}{hint}",
        "zh": "没有标签为 {label!r} 的行{hint}",
    },
    "source.column_twice": {
        "en": "more than one column is labelled {label!r} (columns {where}): use cell: with an "
        "A1 reference",
        "zh": "有多列的标签是 {label!r}（第 {where} 列）：请用 cell: 加 A1 引用",
    },
    "source.row_twice": {
        "en": "more than one row is labelled {label!r} (rows {where}): use cell: with an A1 "
        "reference",
        "zh": "有多行的标签是 {label!r}（第 {where} 行）：请用 cell: 加 A1 引用",
    },
    "source.formula_no_value": {
        "en": "{where} holds a formula with no saved value: open the workbook in a spreadsheet "
        "program and save it, so the value is calculated",
        "zh": "{where} 是公式，但没有保存计算结果："
        "请用电子表格软件打开并保存该工作簿，使其算出数值",
    },
    "source.empty_cell": {
        "en": "{where} is empty, where a number is needed",
        "zh": "{where} 是空的，这里需要一个数字",
    },
    "source.text_cell": {
        "en": "{where} holds text ({text!r}), not a number",
        "zh": "{where} 是文字（{text!r}），不是数字",
    },
    "source.bad_figure": {
        "en": "{where} cannot be read as a figure: {reason}",
        "zh": "{where} 无法读作数字：{reason}",
    },
    "source.empty_range": {"en": "{text} holds no cells", "zh": "{text} 不含任何单元格"},
    "source.too_many_cells_used": {
        "en": "a source uses more than {n} cells",
        "zh": "一个来源用到的单元格超过 {n} 个",
    },
    "source.quote_missing": {
        "en": "quote {quote!r} is not in source {id!r} (whitespace ignored)",
        "zh": "来源 {id!r} 中找不到引文 {quote!r}（忽略空白）",
    },
    "source.quote_no_figure": {
        "en": "quote {quote!r} holds no figure",
        "zh": "引文 {quote!r} 中没有数字",
    },
    "source.no_claim": {
        "en": "source {id!r} has no claim {claim!r}{hint}",
        "zh": "来源 {id!r} 中没有数据 {claim!r}{hint}",
    },
    "source.claim_no_growth": {
        "en": "claim {claim!r} of the source has no growth",
        "zh": "来源中的数据 {claim!r} 没有 growth",
    },
    "source.claims_cycle": {
        "en": "claims file {path!r} is its own source (through its sources)",
        "zh": "核查文件 {path!r} 经由来源引用了自身",
    },
    "source.claims_invalid": {
        "en": "the source claims file has an error: {where}: {message}",
        "zh": "作为来源的核查文件有错误：{where}：{message}",
    },
    "source.where_quote": {"en": "{id}: “{quote}”", "zh": "{id}：“{quote}”"},
    "source.where_claim": {"en": "{path}: {claim}", "zh": "{path}：{claim}"},
    "source.where_query": {"en": "query {query}", "zh": "查询 {query}"},
    "source.directory": {
        "en": "source {path!r} is a folder, not a file",
        "zh": "来源 {path!r} 是文件夹，不是文件",
    },
    "source.not_regular": {
        "en": "source {path!r} is not a regular file",
        "zh": "来源 {path!r} 不是普通文件",
    },
    "source.not_found": {
        "en": "source file {path!r} not found (it is read relative to the claims file)",
        "zh": "找不到来源文件 {path!r}（路径相对于核查文件）",
    },
    "source.cannot_read": {
        "en": "cannot read source {path!r}: {reason}",
        "zh": "无法读取来源 {path!r}：{reason}",
    },
    "source.too_large": {
        "en": "source {path!r} is larger than {limit}",
        "zh": "来源 {path!r} 超过 {limit}",
    },
    "source.unzips_too_large": {
        "en": "workbook {path!r} unpacks to more than {limit}",
        "zh": "工作簿 {path!r} 解压后超过 {limit}",
    },
    "source.too_many_rows": {
        "en": "table {path!r} has more than {n} rows",
        "zh": "表格 {path!r} 超过 {n} 行",
    },
    "source.too_many_cells": {
        "en": "table {path!r} has more than {n} cells",
        "zh": "表格 {path!r} 超过 {n} 个单元格",
    },
    "source.not_utf8": {
        "en": "source {path!r} is not UTF-8 (byte {byte}): save it as UTF-8",
        "zh": "来源 {path!r} 不是 UTF-8 编码（第 {byte} 字节）：请另存为 UTF-8",
    },
    "source.csv_malformed": {
        "en": "table {path!r} is malformed at line {line}: {reason}",
        "zh": "表格 {path!r} 第 {line} 行格式有误：{reason}",
    },
    "source.csv_ragged": {
        "en": "table {path!r} line {line} has {n} cells, more than the {width} of its header row",
        "zh": "表格 {path!r} 第 {line} 行有 {n} 格，多于表头的 {width} 格",
    },
    "source.empty_table": {"en": "table {path!r} is empty", "zh": "表格 {path!r} 是空的"},
    "source.json_malformed": {
        "en": "JSON source {path!r} is malformed: {reason}",
        "zh": "JSON 来源 {path!r} 格式有误：{reason}",
    },
    "source.json_shape": {
        "en": "JSON source {path!r} must be a list of rows (lists) or of records (objects)",
        "zh": "JSON 来源 {path!r} 须是行（列表）或记录（对象）的列表",
    },
    "source.bad_workbook": {
        "en": "workbook {path!r} cannot be read: {reason}",
        "zh": "无法读取工作簿 {path!r}：{reason}",
    },
    "source.not_a_workbook": {
        "en": "workbook {path!r} is not an XLSX or ODS file (not a zip archive)",
        "zh": "工作簿 {path!r} 不是 XLSX 或 ODS 文件（不是 zip 压缩包）",
    },
    "source.no_sheets": {
        "en": "workbook {path!r} has no sheets",
        "zh": "工作簿 {path!r} 没有工作表",
    },
    "source.no_sheet": {
        "en": "workbook {path!r} has no sheet {sheet!r} (its sheets: {sheets})",
        "zh": "工作簿 {path!r} 中没有工作表 {sheet!r}（现有：{sheets}）",
    },
    "source.needs_extra": {
        "en": "{path} needs an optional reader: pip install 'licang-check[{extra}]'",
        "zh": "{path} 需要可选的读取组件：pip install 'licang-check[{extra}]'",
    },
    "source.sql_error": {"en": "the query failed: {reason}", "zh": "查询失败：{reason}"},
    "source.sql_timeout": {
        "en": "it ran for more than {seconds} s and was stopped",
        "zh": "运行超过 {seconds} 秒，已中止",
    },
    "source.sql_one": {
        "en": "a query must be one SELECT statement, not {n}",
        "zh": "查询须是一条 SELECT 语句，而不是 {n} 条",
    },
    "source.sql_not_select": {
        "en": "a query may only read (SELECT); this one is {kind}",
        "zh": "查询只能读取（SELECT）；这一条是 {kind}",
    },
    "source.sql_shape": {
        "en": "a query must give one row of one value; this one gave {rows} row(s) of "
        "{columns} column(s)",
        "zh": "查询须返回一行一个值；这一条返回了 {rows} 行、{columns} 列",
    },
    "source.sql_null": {
        "en": "the query gave NULL, not a number",
        "zh": "查询结果是 NULL，不是数字",
    },
    "source.sql_inexact": {
        "en": "the query's result is {type}, not exact: compute in DECIMAL or integers (avg() "
        "and / give DOUBLE; use sum(x) and count(x), or CAST(... AS DECIMAL(38, 6)) before "
        "dividing)",
        "zh": "查询结果是 {type}，不精确：请用 DECIMAL 或整数计算（avg() 和 / 得到 DOUBLE；"
        "请用 sum(x) 与 count(x)，或在相除前 CAST(... AS DECIMAL(38, 6))）",
    },
    "expr.source_needs_cell": {
        "en": "{name!r} is not a cell: write a source's cell as {name}[B3] or "
        '{name}["row", "column"]',
        "zh": '{name!r} 不是单元格：来源单元格写作 {name}[B3] 或 {name}["行", "列"]',
    },
    "expr.source_string_outside": {
        "en": "{found}: a quoted label goes inside a cell's brackets",
        "zh": "{found}：带引号的标签只能写在单元格的方括号内",
    },
    "expr.source_label": {
        "en": 'expected a quoted label ("…") but found {found}',
        "zh": '此处应为带引号的标签（"…"），实为 {found}',
    },
    "expr.source_a1": {
        "en": "expected an A1 reference (B3) or a quoted label but found {found}",
        "zh": "此处应为 A1 引用（如 B3）或带引号的标签，实为 {found}",
    },
    "expr.source_range_outside": {
        "en": "a block of cells (B2:B9) goes inside sum() or mean()",
        "zh": "单元格区域（B2:B9）只能写在 sum() 或 mean() 内",
    },
    "expr.source_range": {
        "en": 'expected a block of a source (t[B2:B9] or t[:, "column"]) but found {found}',
        "zh": '此处应为来源的单元格区域（t[B2:B9] 或 t[:, "列"]），实为 {found}',
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
    return MESSAGES[key][_language].format_map(fields)  # format(**fields), without a copy


def tn(key: str, n: int, /, **fields: object) -> str:
    """``key.one`` for one, ``key.other`` otherwise (``{n}`` is the number)."""
    return t(f"{key}.{'one' if n == 1 else 'other'}", n=n, **fields)


def both(key: str, /, sep: str = "\n\n", **fields: object) -> str:
    """The message in Chinese, then in English (for what is read in both: the schema)."""
    return sep.join(MESSAGES[key][lang].format(**fields) for lang in ("zh", "en"))
