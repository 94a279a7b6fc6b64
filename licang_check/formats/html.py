"""``--format html``: one self-contained page for an editor.

A summary at the top; for each claims file, the article text with every
claimed figure highlighted by verdict (green consistent, red inconsistent,
amber consistent only at the edge of rounding), the verdict and message on
hover (a click pins it), and on a click the whole derivation (the steps of
``explain``); then
every result in a table. A figure is red when any result of its claim, or any
check that names it, is inconsistent. Without the article text (or for a file
that could not be checked) the page shows the results and errors only.

The results table can be filtered to what needs a look (inconsistent,
accepted, an outlived ``accept:``) and sorted by verdict, with two controls
above it; it opens filtered to failures, or unfiltered with ``--all`` (the
filter is a class on the table, so that it holds without JavaScript too).

The page has no external resource of any kind (inline CSS, a few lines of
inline JavaScript that open the derivation clicked and sort and filter the
table, no fonts, no links out). All text from the files is escaped twice
over: control, bidi and invisible characters as ``\\x1b``-style escapes
(:func:`~licang_check.claims.diagnostics.printable`, newlines and tabs kept
where the page shows lines), then for HTML. Its words follow ``--lang``
(``<html lang>`` too); class names and ``data-*`` attributes stay English.

Its cost is linear in claims: each file's results are explained once each,
every step on an index by id (8,000 claims: 8 s, where a scan per id took
80 s). Explaining is the long part, and advances a progress bar on a
terminal's stderr (:mod:`licang_check.run.progress`).
"""

from __future__ import annotations

import html
import re
from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

from licang_check._i18n.messages import language, t
from licang_check.claims.diagnostics import printable
from licang_check.run.results import FileReport, Result, Summary

if TYPE_CHECKING:
    from licang_check.claims.load import ClaimsFile
    from licang_check.run.explain import Explanation
    from licang_check.run.progress import Task

__all__ = ["HtmlFormatter", "Mark", "marks"]


def _e(text: object) -> str:
    """Text from anywhere, for HTML: what would not show (controls, bidi,
    zero-width) written as an escape, then HTML's own escaping."""
    text = str(text)
    if not text.isprintable():  # every character printable() rewrites is not
        text = printable(text)
    return html.escape(text, quote=True)


_LINE_BREAKS = re.compile(r"(\r\n|\r|\n|\t)")


def _e_lines(text: str) -> str:
    """As :func:`_e`, keeping line breaks and tabs (the article, the tips)."""
    if text.isprintable():
        return html.escape(text, quote=True)
    return "".join(part if i % 2 else _e(part) for i, part in enumerate(_LINE_BREAKS.split(text)))


@dataclass(frozen=True)
class Mark:
    """A highlighted stretch of the article: ``[start, end)`` and the claims in it."""

    start: int
    end: int
    ids: tuple[str, ...]


def marks(cf: ClaimsFile) -> tuple[list[Mark], list[tuple[str, str]]]:
    """Where each claim's figures are in the article text: for every quote
    found, its value and growth as printed inside it (their digits, failing
    that; the whole quote, failing both); overlapping stretches merged. Also
    the quotes not found, as (id, quote)."""
    from licang_check.claims.article import Article

    assert cf.text is not None
    article = Article(cf.text)
    spans: list[tuple[int, int, str]] = []
    missing: list[tuple[str, str]] = []
    for claim in cf.claims.values():
        after: dict[str, int] = defaultdict(int)  # a quote listed twice: its next place
        for quote, _pos in claim.quotes:
            span = article.find(quote, after[quote])
            if span is None:
                missing.append((claim.id, quote))
                continue
            after[quote] = span[1]
            figures = [
                article.find_figure(span, fig.text) or article.find_figure(span, fig.digits)
                for fig in (claim.value, claim.growth)
                if fig is not None
            ]
            found = [f for f in figures if f is not None] or [span]
            spans.extend((start, end, claim.id) for start, end in found)
    spans.sort()
    merged: list[Mark] = []
    for start, end, cid in spans:
        if merged and start < merged[-1].end:
            last = merged[-1]
            ids = last.ids if cid in last.ids else (*last.ids, cid)
            merged[-1] = Mark(last.start, max(last.end, end), ids)
        else:
            merged.append(Mark(start, end, (cid,)))
    return merged, missing


_CSS = """
:root { --ok: #1a7f37; --bad: #cf222e; --edge: #9a6700; --ink: #1f2328; --muted: #656d76;
        --line: #d0d7de; --bg-ok: #dafbe1; --bg-bad: #ffebe9; --bg-edge: #fff8c5; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: #fff; line-height: 1.6;
       font-family: "Noto Sans CJK SC", "WenQuanYi Zen Hei", "PingFang SC",
                    "Microsoft YaHei", system-ui, sans-serif; }
main { max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.5rem; margin: 0 0 .5rem; }
h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1rem; margin: 1.5rem 0 .5rem; }
.summary { display: flex; gap: .75rem; flex-wrap: wrap; margin: .5rem 0 1rem; }
.badge { padding: .2rem .7rem; border-radius: 1rem; font-weight: 600; }
.badge.consistent { background: var(--bg-ok); color: var(--ok); }
.badge.inconsistent { background: var(--bg-bad); color: var(--bad); }
.badge.edge { background: var(--bg-edge); color: var(--edge); }
.badge.errors { background: #eee; color: var(--ink); }
.meta, .legend, .note { color: var(--muted); font-size: .9rem; }
.article { white-space: pre-wrap; font-size: 1.05rem; border: 1px solid var(--line);
           border-radius: .5rem; padding: 1rem 1.25rem; background: #fcfcfd; }
mark { position: relative; cursor: pointer; border-radius: .2rem; padding: 0 .1rem;
       color: inherit; outline-offset: 2px; }
mark.consistent { background: var(--bg-ok); border-bottom: 2px solid var(--ok); }
mark.edge { background: var(--bg-edge); border-bottom: 2px dashed var(--edge); }
mark.inconsistent { background: var(--bg-bad); border-bottom: 2px solid var(--bad); }
mark .tip { display: none; position: absolute; left: 0; top: 1.7em; z-index: 2; width: 26rem;
            white-space: pre-line; font-size: .85rem; line-height: 1.4; padding: .5rem .7rem;
            background: var(--ink); color: #fff; border-radius: .4rem; }
mark:hover .tip, mark:focus .tip, mark.pinned .tip { display: block; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { text-align: left; vertical-align: top; padding: .3rem .5rem;
         border-bottom: 1px solid var(--line); }
td.verdict.consistent { color: var(--ok); }
td.verdict.inconsistent { color: var(--bad); font-weight: 600; }
td.verdict.edge, td.verdict.accepted { color: var(--edge); }
table.failures-only tbody tr:not(.look) { display: none; }
.controls { font-size: .9rem; color: var(--muted); }
.controls label { margin-right: 1rem; cursor: pointer; }
details { border: 1px solid var(--line); border-radius: .4rem; margin: .4rem 0;
          padding: .3rem .7rem; }
details.inconsistent { border-left: 4px solid var(--bad); }
details.consistent { border-left: 4px solid var(--ok); }
details.edge { border-left: 4px solid var(--edge); }
details:target, details.flash { box-shadow: 0 0 0 3px #54aeff66; }
summary { cursor: pointer; font-weight: 600; }
ol { margin: .3rem 0 .6rem; padding-left: 1.6rem; }
li .label { color: var(--muted); }
.errors li { color: var(--bad); font-family: ui-monospace, monospace; }
"""

_JS = """
document.addEventListener("click", function (event) {
  var mark = event.target.closest("mark[data-explain]");
  document.querySelectorAll("mark.pinned").forEach(function (m) {
    if (m !== mark) { m.classList.remove("pinned"); }
  });
  if (mark) { mark.classList.add("pinned"); openExplanations(mark); }
});
document.addEventListener("keydown", function (event) {
  var mark = event.target.closest && event.target.closest("mark[data-explain]");
  if (mark && (event.key === "Enter" || event.key === " ")) {
    event.preventDefault();
    openExplanations(mark);
  }
});
function openExplanations(mark) {
  var first = null;
  mark.getAttribute("data-explain").split(" ").forEach(function (id) {
    var details = document.getElementById(id);
    if (details) {
      details.open = true;
      details.classList.add("flash");
      if (!first) { first = details; }
    }
  });
  if (first) { first.scrollIntoView({block: "center"}); }
}
document.addEventListener("change", function (event) {
  var controls = event.target.closest && event.target.closest(".controls");
  if (!controls) { return; }
  var table = document.getElementById(controls.getAttribute("data-table"));
  var only = controls.querySelector(".only-failures").checked;
  var byVerdict = controls.querySelector(".by-verdict").checked;
  table.classList.toggle("failures-only", only);
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  rows.sort(function (a, b) {
    var key = byVerdict ? a.getAttribute("data-rank") - b.getAttribute("data-rank") : 0;
    return key || a.getAttribute("data-order") - b.getAttribute("data-order");
  });
  rows.forEach(function (row) { body.appendChild(row); });
});
window.addEventListener("load", function () {
  var target = location.hash && document.getElementById(location.hash.slice(1));
  if (target && target.tagName === "DETAILS") { target.open = true; }
});
"""


def _verdict_class(results: list[Result]) -> str:
    if any(not r.consistent for r in results):
        return "inconsistent"
    if any(r.edge for r in results):
        return "edge"
    return "consistent"


def _modes(r: Result) -> str:
    from licang_check.formats.cells import modes_text

    return modes_text(r.modes)


def _anchor(file_index: int, item_id: str) -> str:
    return f"explain-{file_index}-{item_id}"


class HtmlFormatter:
    def render(
        self, reports: list[FileReport], summary: Summary, *, color: bool, show_all: bool = False
    ) -> str:
        edges = sum(1 for rep in reports for r in rep.results if r.edge)
        out = [
            "<!DOCTYPE html>",
            f'<html lang="{language()}">',
            "<head>",
            '<meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{_e(t('html.title'))}</title>",
            f"<style>{_CSS}</style>",
            "</head>",
            "<body>",
            "<main>",
            f"<h1>{_e(t('html.title'))}</h1>",
            '<div class="summary" id="summary">',
            f'<span class="badge consistent">{t("html.consistent", n=summary.consistent)}</span>',
            '<span class="badge inconsistent">'
            f"{t('html.inconsistent', n=summary.inconsistent)}</span>",
            f'<span class="badge edge">{t("html.edge", n=edges)}</span>',
            f'<span class="badge errors">{t("html.errors", n=summary.errors)}</span>',
            "</div>",
            f'<p class="meta">{_e(t("html.meta", summary=summary.line()))}</p>',
        ]
        failing = [
            t(
                "html.failing_item",
                link=f'<a href="#{_anchor(i, r.id)}">{_e(r.id)}</a>',
                kind=_e(t(f"kind.{r.kind.value}")),
            )
            for i, rep in enumerate(reports)
            for r in rep.results
            if not r.consistent
        ]
        if failing:
            listed = t("sep.comma").join(failing)
            out.append(f'<p class="failing">{t("html.failing", listed=listed)}</p>')
        from licang_check.run.progress import task

        steps = sum(len(rep.results) for rep in reports if rep.claims is not None)
        bar = task(t("progress.html"), steps) if steps else None
        for i, rep in enumerate(reports):
            out.extend(_file_section(i, rep, show_all=show_all, bar=bar))
        out += ["</main>", f"<script>{_JS}</script>", "</body>", "</html>"]
        return "\n".join(out) + "\n"


def _file_section(
    index: int, rep: FileReport, *, show_all: bool = False, bar: Task | None = None
) -> list[str]:
    cf = rep.claims
    out = [f'<section class="file" id="file-{index}" data-path="{_e(rep.path)}">']
    title = f" — {_e(cf.title)}" if cf is not None and cf.title else ""
    out.append(f"<h2>{_e(rep.path)}{title}</h2>")
    if cf is not None:
        meta = [x for x in (cf.source, cf.published and cf.published.isoformat()) if x]
        if meta:
            out.append(f'<p class="meta">{_e(" · ".join(str(m) for m in meta))}</p>')
    if rep.errors:
        out.append(f"<p>{_e(t('html.not_checked'))}</p>")
        out.append('<ul class="errors">')
        out.extend(f"<li>{_e(d.render(rep.path))}</li>" for d in rep.errors)
        out.append("</ul>")
        out.append("</section>")
        return out
    by_claim = _results_by_claim(rep, cf)
    if cf is not None and cf.text is not None:
        out.extend(_article(index, rep, cf, by_claim))
    else:
        out.append(f'<p class="note">{_e(t("html.no_text"))}</p>')
    out.extend(_results_table(index, rep, show_all=show_all))
    if cf is not None:
        out.extend(_explanations(index, rep, cf, bar))
    out.append("</section>")
    return out


def _results_by_claim(rep: FileReport, cf: ClaimsFile | None) -> dict[str, list[Result]]:
    """Each claim's own results and those of the checks that name it."""
    out: dict[str, list[Result]] = defaultdict(list)
    if cf is None:
        for r in rep.results:
            out[r.id].append(r)
        return out
    from licang_check.kinds import get, subject_for
    from licang_check.kinds.base import Context

    ctx = Context(cf)
    for r in rep.results:
        kind = get(r.kind)
        for cid in kind.about(cf, subject_for(kind, ctx, r)):
            out[cid].append(r)
    return out


def _tip(cid: str, results: list[Result]) -> str:
    from licang_check.formats.cells import verdict_text

    lines = []
    for r in results:
        lines.append(
            t(
                "html.tip",
                kind=t(f"kind.{r.kind.value}"),
                id=r.id,
                verdict=verdict_text(r),
                message=r.message,
            )
        )
    return "\n".join(lines) or t("html.no_result", id=cid)


def _article(
    index: int, rep: FileReport, cf: ClaimsFile, by_claim: dict[str, list[Result]]
) -> list[str]:
    assert cf.text is not None
    found, missing = marks(cf)
    text = cf.text
    body: list[str] = []
    at = 0
    for m in found:
        results = [r for cid in m.ids for r in by_claim.get(cid, [])]
        cls = _verdict_class(results)
        tips = "\n\n".join(_tip(cid, by_claim.get(cid, [])) for cid in m.ids)
        targets = " ".join(_anchor(index, cid) for cid in m.ids)
        body.append(_e_lines(text[at : m.start]))
        body.append(
            f'<mark class="{cls}" data-id="{_e(" ".join(m.ids))}" data-explain="{targets}" '
            f'tabindex="0">{_e_lines(text[m.start : m.end])}'
            f'<span class="tip" role="tooltip">{_e_lines(tips)}</span></mark>'
        )
        at = m.end
    body.append(_e_lines(text[at:]))
    shown = len({cid for m in found for cid in m.ids})
    out = [
        f"<h3>{_e(t('html.article'))}</h3>",
        f'<p class="legend">{_e(t("html.legend", shown=shown, total=len(cf.claims)))}'
        f'<mark class="consistent">{_e(t("html.legend_consistent"))}</mark> '
        f'<mark class="edge">{_e(t("html.legend_edge"))}</mark> '
        f'<mark class="inconsistent">{_e(t("html.legend_inconsistent"))}</mark></p>',
        f'<div class="article" lang="zh">{"".join(body)}</div>',
    ]
    if missing:
        out.append(f'<p class="note">{_e(t("html.missing"))}</p><ul>')
        out.extend(
            "<li>"
            + t(
                "html.missing_item",
                link=f'<a href="#{_anchor(index, cid)}">{_e(cid)}</a>',
                quote=_e(q),
            )
            + "</li>"
            for cid, q in missing
        )
        out.append("</ul>")
    return out


def _results_table(index: int, rep: FileReport, *, show_all: bool = False) -> list[str]:
    from licang_check.formats.cells import needs_a_look, verdict_rank, verdict_text

    heads = ("line_col", "check", "id", "printed", "implies", "verdict", "modes")
    filtered = "" if show_all else " failures-only"
    table_id = f"results-{index}"
    out = [
        f"<h3>{_e(t('html.results'))}</h3>",
        f'<p class="controls" data-table="{table_id}">'
        f'<label><input type="checkbox" class="only-failures"{"" if show_all else " checked"}>'
        f" {_e(t('html.only_failures'))}</label> "
        f'<label><input type="checkbox" class="by-verdict"> {_e(t("html.by_verdict"))}</label></p>',
        f'<table class="results{filtered}" id="{table_id}"><thead><tr>'
        + "".join(f"<th>{_e(t(f'table.{h}'))}</th>" for h in heads)
        + "</tr></thead><tbody>",
    ]
    for order, r in enumerate(rep.results):
        cls = "accepted" if r.accepted else "edge" if r.edge else r.verdict.value
        look = " look" if needs_a_look(r) else ""
        implies = _e(r.message)
        if r.accept is not None:
            note = t("table.accepted" if r.accepted else "table.stale", reason=r.accept)
            implies += f'<br><span class="note">{_e(note)}</span>'
        out.append(
            f'<tr class="{r.verdict.value}{look}" data-order="{order}" '
            f'data-rank="{verdict_rank(r)}"><td>{r.line}:{r.column}</td>'
            f"<td>{_e(t(f'kind.{r.kind.value}'))}</td>"
            f'<td><a href="#{_anchor(index, r.id)}">{_e(r.id)}</a></td><td>{_e(r.printed)}</td>'
            f'<td>{implies}</td><td class="verdict {cls}">{_e(verdict_text(r))}</td>'
            f"<td>{_e(_modes(r))}</td></tr>"
        )
    out.append("</tbody></table>")
    return out


def _explanations(index: int, rep: FileReport, cf: ClaimsFile, bar: Task | None) -> list[str]:
    """Each id's derivation, worked out inside one work budget for the file
    (``Explainer.explain_all``); past it, a note in place of the steps."""
    from licang_check.run import budget
    from licang_check.run.explain import Explainer

    out = [f"<h3>{_e(t('html.derivations'))}</h3>"]
    by_id: dict[str, list[Result]] = {}
    for r in rep.results:
        by_id.setdefault(r.id, []).append(r)
    for item_id, explained in Explainer(cf, rep.results).explain_all():
        if bar is not None:
            bar.advance(len(by_id[item_id]))
        cls = _verdict_class(by_id[item_id])
        out.append(
            f'<details id="{_anchor(index, item_id)}" class="{cls}" data-id="{_e(item_id)}">'
        )
        verdict = t(f"verdict.{'consistent' if cls == 'edge' else cls}")
        if cls == "edge":
            verdict = t("verdict.edge", verdict=verdict)
        summary = _e(printable(t("html.derivation", id=item_id, verdict=verdict)))
        out.append(f"<summary>{summary}</summary>")
        if explained is None:
            note = t("html.not_explained", limit=budget.MAX_WORK)
            out.append(f'<p class="not-explained">{_e(note)}</p>')
        else:
            out.extend(_explanation(e) for e in explained)
        out.append("</details>")
    return out


def _explanation(e: Explanation) -> str:
    """One explanation's steps, each text made printable, as ``explain`` prints them."""
    steps = "".join(
        f'<li><span class="label">{_e(printable(t("html.step", title=s.title)))}</span>'
        f" {_e(printable(s.text))}</li>"
        for s in e.steps
    )
    return f"<p>{_e(printable(e.heading))}</p><ol>{steps}</ol>"
