"""``--format html``: one self-contained page for an editor.

A summary at the top; for each claims file, the article text with every
claimed figure highlighted by verdict (green consistent, red inconsistent,
amber consistent only at the edge of rounding), the verdict and message on
hover (a click pins it), and on a click the whole derivation (the steps of
``explain``); then
every result in a table. A figure is red when any result of its claim, or any
check that names it, is inconsistent. Without the article text (or for a file
that could not be checked) the page shows the results and errors only.

The page has no external resource of any kind (inline CSS, a few lines of
inline JavaScript that only open the derivation clicked, no fonts, no links
out); all text from the files is escaped. Its words follow ``--lang``
(``<html lang>`` too); class names and ``data-*`` attributes stay English.
"""

from __future__ import annotations

import html
from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

from licang_check._i18n.messages import language, t
from licang_check.claims.diagnostics import printable
from licang_check.run.results import FileReport, Result, Summary

if TYPE_CHECKING:
    from licang_check.claims.load import ClaimsFile
    from licang_check.run.explain import Explanation

__all__ = ["HtmlFormatter", "Mark", "marks"]


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


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
td.verdict.edge { color: var(--edge); }
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
    def render(self, reports: list[FileReport], summary: Summary, *, color: bool) -> str:
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
        for i, rep in enumerate(reports):
            out.extend(_file_section(i, rep))
        out += ["</main>", f"<script>{_JS}</script>", "</body>", "</html>"]
        return "\n".join(out) + "\n"


def _file_section(index: int, rep: FileReport) -> list[str]:
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
    out.extend(_results_table(index, rep))
    if cf is not None:
        out.extend(_explanations(index, rep, cf))
    out.append("</section>")
    return out


def _results_by_claim(rep: FileReport, cf: ClaimsFile | None) -> dict[str, list[Result]]:
    """Each claim's own results and those of the checks that name it."""
    out: dict[str, list[Result]] = defaultdict(list)
    if cf is None:
        for r in rep.results:
            out[r.id].append(r)
        return out
    from licang_check.kinds import get
    from licang_check.kinds.base import Context

    ctx = Context(cf)
    for r in rep.results:
        kind = get(r.kind)
        for cid in kind.about(cf, kind.subject(ctx, r.id)):
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
        body.append(_e(text[at : m.start]))
        body.append(
            f'<mark class="{cls}" data-id="{_e(" ".join(m.ids))}" data-explain="{targets}" '
            f'tabindex="0">{_e(text[m.start : m.end])}'
            f'<span class="tip" role="tooltip">{_e(tips)}</span></mark>'
        )
        at = m.end
    body.append(_e(text[at:]))
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


def _results_table(index: int, rep: FileReport) -> list[str]:
    from licang_check.formats.cells import verdict_text

    heads = ("line_col", "check", "id", "printed", "implies", "verdict", "modes")
    out = [
        f"<h3>{_e(t('html.results'))}</h3>",
        '<table class="results"><thead><tr>'
        + "".join(f"<th>{_e(t(f'table.{h}'))}</th>" for h in heads)
        + "</tr></thead><tbody>",
    ]
    for r in rep.results:
        cls = "edge" if r.edge else r.verdict.value
        out.append(
            f'<tr class="{r.verdict.value}"><td>{r.line}:{r.column}</td>'
            f"<td>{_e(t(f'kind.{r.kind.value}'))}</td>"
            f'<td><a href="#{_anchor(index, r.id)}">{_e(r.id)}</a></td><td>{_e(r.printed)}</td>'
            f'<td>{_e(r.message)}</td><td class="verdict {cls}">{_e(verdict_text(r))}</td>'
            f"<td>{_e(_modes(r))}</td></tr>"
        )
    out.append("</tbody></table>")
    return out


def _explanations(index: int, rep: FileReport, cf: ClaimsFile) -> list[str]:
    """Each id's derivation, worked out inside one work budget for the file
    (``Explainer.explain_all``); past it, a note in place of the steps."""
    from licang_check.run import budget
    from licang_check.run.explain import Explainer

    out = [f"<h3>{_e(t('html.derivations'))}</h3>"]
    by_id: dict[str, list[Result]] = {}
    for r in rep.results:
        by_id.setdefault(r.id, []).append(r)
    for item_id, explained in Explainer(cf, rep.results).explain_all():
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
