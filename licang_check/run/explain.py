"""``explain``: the arithmetic of one claim or check, step by step, in words a
reader can check by hand.

:class:`Explainer` checks a file once (under its own rounding and, for the
comparison, under every other mode) and then explains any id: every
interval with its ends included or not, what is derived from what, the
whole numbers tried, the verdict, the rounding modes it holds under, and for
an inconsistent growth or share the nearest figures that would fit. The CLI
prints the steps as text; the HTML report shows the same steps on a click.
"""

from __future__ import annotations

import dataclasses
import difflib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from licang_check._i18n.messages import t
from licang_check.claims.diagnostics import ClaimsFileError
from licang_check.claims.expr import BinOp, Comparison, Literal, Name, Negate, Node, Prior
from licang_check.claims.load import Check, Claim, ClaimsFile
from licang_check.figures.display import (
    PERCENT,
    PLAIN,
    Scale,
    auto_scale,
    format_interval,
    format_number,
)
from licang_check.figures.grammar import Figure
from licang_check.kinds.checks import evaluate, implied_prior, prints_as, strip_space
from licang_check.kinds.modes import MODES, annotate, is_exact, rounds
from licang_check.numeric.exact import Fraction
from licang_check.numeric.intervals import Interval
from licang_check.numeric.rounding import RoundingMode
from licang_check.numeric.unions import Union, format_union
from licang_check.numeric.wholes import growth_factor, share_part, share_whole
from licang_check.run.results import Kind, Result

__all__ = [
    "Explainer",
    "Explanation",
    "Step",
    "UnknownId",
    "describe_figure",
    "describe_interval",
    "explanation_dict",
    "render_text",
    "unparse",
]


@dataclass(frozen=True)
class Step:
    """One step: what it is about (``growth``, ``prior``, ``verdict`` …) and
    a sentence a reader can check by hand.

    ``label`` is a key, English whatever the language (``explain --format
    json`` gives it to tools); :attr:`title` is what a reader sees, the
    catalogue's ``step.<label>``, or the label itself for a step about an id
    or a figure of a check (``ref``)."""

    label: str
    text: str
    ref: bool = False

    @property
    def title(self) -> str:
        return self.label if self.ref else t(f"step.{self.label}")


@dataclass(frozen=True)
class Explanation:
    """One result of a claim or check, explained."""

    result: Result
    steps: tuple[Step, ...]

    @property
    def heading(self) -> str:
        r = self.result
        verdict = t(f"verdict.{r.verdict.value}")
        if r.edge:
            verdict = t("verdict.edge", verdict=verdict)
        return t("explain.heading", kind=t(f"kind.{r.kind.value}"), id=r.id, verdict=verdict)


class UnknownId(LookupError):
    """An id that is neither a claim nor a check of the file."""

    def __init__(self, wanted: str, suggestions: list[str]) -> None:
        hint = ""
        if suggestions:
            names = t("explain.or").join(f"'{s}'" for s in suggestions)
            hint = t("explain.did_you_mean", names=names)
        super().__init__(t("explain.unknown_id", wanted=wanted, hint=hint))
        self.wanted = wanted
        self.suggestions = suggestions


# -- words for intervals and figures ---------------------------------------------


def _end(x: Fraction, closed: bool, scale: Scale) -> str:
    return t("explain.included" if closed else "explain.not_included", x=format_number(x, scale))


def describe_interval(iv: Interval, scale: Scale = PLAIN) -> str:
    """``[272.5%, 273.5%): from 272.5% (included) to 273.5% (not included)``."""
    if iv.is_empty:
        return t("explain.empty")
    if iv.is_point:
        assert iv.low is not None
        return t("explain.exactly", x=format_number(iv.low, scale))
    shown = format_interval(iv, scale)
    if iv.low is None and iv.high is None:
        return t("explain.any", shown=shown)
    if iv.low is None:
        assert iv.high is not None
        return t("explain.up_to", shown=shown, high=_end(iv.high, iv.high_closed, scale))
    if iv.high is None:
        return t("explain.from_up", shown=shown, low=_end(iv.low, iv.low_closed, scale))
    return t(
        "explain.from_to",
        shown=shown,
        low=_end(iv.low, iv.low_closed, scale),
        high=_end(iv.high, iv.high_closed, scale),
    )


_QUALIFIER_WORDS = {  # the catalogue's qualifier.<word>
    "近": "nearly",
    "约": "about",
    "大约": "about",
    "左右": "about",
    "上下": "about",
    "超": "more_than",
    "超过": "more_than",
    "逾": "more_than",
    "余": "more_than",
    "多": "more_than",
    "以上": "at_least",
    "不足": "less_than",
    "不到": "less_than",
    "以下": "at_most",
}


def _rounding_words(fig: Figure, mode: RoundingMode) -> str:
    if mode is RoundingMode.HALF_UP:
        return t("explain.half_up")
    if mode is RoundingMode.HALF_EVEN:
        last = (fig.value / fig.unit).numerator % 10
        parity = t("explain.even" if last % 2 == 0 else "explain.odd")
        return t("explain.half_even", last=last, parity=parity)
    if mode is RoundingMode.DOWN:
        return t("explain.down")
    return t("explain.any_mode")


def describe_figure(
    fig: Figure, cf: ClaimsFile, *, count: bool, what: str, mode: RoundingMode | None = None
) -> str:
    """What a printed figure stands for, and why."""
    mode = mode or cf.rounding
    scale = fig.scale
    iv = fig.interval(mode, cf.tolerance, count=count)
    if count and not fig.percent:
        iv = iv.integer_hull()
    qualified = [q for q in fig.qualifiers if q in _QUALIFIER_WORDS]
    if qualified:
        words = t("sep.comma").join(
            t("explain.qualifier", q=q, gloss=t(f"qualifier.{_QUALIFIER_WORDS[q]}"))
            for q in qualified
        )
        tol = ""
        if any(q in ("近", "约", "大约", "左右", "上下") for q in qualified):
            tol = t("explain.tolerance", tolerance=format_number(cf.tolerance, PERCENT))
        return t(
            "explain.qualified",
            what=what,
            text=fig.text,
            words=words,
            tol=tol,
            interval=describe_interval(iv, scale),
        )
    if is_exact(fig, count=count):
        return t("explain.exact_count", what=what, text=fig.text)
    unit = format_number(fig.unit, scale)
    text = t(
        "explain.printed_to",
        what=what,
        text=fig.text,
        unit=unit,
        rounding=_rounding_words(fig, mode),
        interval=describe_interval(fig.interval(mode, cf.tolerance), scale),
    )
    if count and not fig.percent:
        text += t("explain.count_wholes", interval=describe_interval(iv, scale))
    return text


# -- the expression, written back -------------------------------------------------

_PRECEDENCE = {"+": 1, "-": 1, "*": 2, "/": 2}


def unparse(node: Node | Comparison) -> str:
    """An expression (or part of one) as text, with the parentheses it needs."""
    if isinstance(node, Comparison):
        return f"{unparse(node.left)} {node.op} {unparse(node.right)}"
    if isinstance(node, Literal):
        return node.text
    if isinstance(node, Name):
        return node.id
    if isinstance(node, Prior):
        return f"prior({node.id})"
    if isinstance(node, Negate):
        inner = unparse(node.operand)
        return f"-({inner})" if isinstance(node.operand, BinOp) else f"-{inner}"
    assert isinstance(node, BinOp)  # source cells (CellRef, Aggregate) are not in checks
    left, right = unparse(node.left), unparse(node.right)
    p = _PRECEDENCE[node.op]
    if isinstance(node.left, BinOp) and _PRECEDENCE[node.left.op] < p:
        left = f"({left})"
    if isinstance(node.right, BinOp) and (
        _PRECEDENCE[node.right.op] < p or (_PRECEDENCE[node.right.op] == p and node.op in "-/")
    ):
        right = f"({right})"
    return f"{left} {node.op} {right}"


def _binops(node: Node) -> Iterator[BinOp | Negate]:
    """The operations of an expression, innermost first."""
    if isinstance(node, BinOp):
        yield from _binops(node.left)
        yield from _binops(node.right)
        yield node
    elif isinstance(node, Negate):
        yield from _binops(node.operand)
        yield node


_RULES = {"==": "eq", "!=": "ne", "<": "lt", "<=": "le", ">": "gt", ">=": "ge"}
"""Each comparison's rule: the catalogue's ``rule.<name>``."""


# -- the explainer -------------------------------------------------------------------


class Explainer:
    """A checked claims file, ready to explain any of its ids."""

    def __init__(self, cf: ClaimsFile, results: list[Result] | None = None) -> None:
        """``results``: the file's results as ``verify`` gave them (checked
        here again when not given)."""
        from licang_check.run.verify import run_checks

        self.cf = cf
        self.results = annotate(cf, run_checks(cf)) if results is None else results
        self.by_mode: dict[RoundingMode, list[Result] | None] = {cf.rounding: self.results}
        self.checks = {c.id: c for c in cf.checks}
        self.article = strip_space(cf.text) if cf.text is not None else None

    def ids(self) -> list[str]:
        return [*self.cf.claims, *self.checks]

    def results_under(self, mode: RoundingMode) -> list[Result] | None:
        """Every result under ``mode`` (None if the file cannot be checked so)."""
        if mode not in self.by_mode:
            from licang_check.run.verify import run_checks

            try:
                self.by_mode[mode] = run_checks(dataclasses.replace(self.cf, rounding=mode))
            except ClaimsFileError:
                self.by_mode[mode] = None
        return self.by_mode[mode]

    def explain(self, wanted: str) -> list[Explanation]:
        """Every result of the claim or check ``wanted``, explained."""
        if wanted not in self.cf.claims and wanted not in self.checks:
            close = difflib.get_close_matches(wanted, self.ids(), n=3, cutoff=0.6)
            raise UnknownId(wanted, close)
        out = []
        for i, r in enumerate(self.results):
            if r.id != wanted:
                continue
            if r.kind is Kind.QUOTE:
                steps = self._quote(self.cf.claims[r.id])
            elif r.kind is Kind.GROWTH:
                steps = self._growth(self.cf.claims[r.id])
            elif r.kind is Kind.SHARE:
                steps = self._share(self.cf.claims[r.id])
            elif r.kind is Kind.SOURCE:
                from licang_check.sources.explain import source_steps

                n = sum(1 for x in self.results[:i] if x.id == r.id and x.kind is Kind.SOURCE)
                claim = self.cf.claims[r.id]
                steps = [Step(label, text) for label, text in source_steps(self.cf, claim, n)]
            else:
                steps = self._expr(self.checks[r.id])
            steps += [self._verdict(r), *self._modes(i, r)]
            if r.nearest:
                found = t("sep.list").join(
                    f"{t(f'nearest.{role}')} {t('explain.or').join(v)}" for role, v in r.nearest
                )
                steps.append(Step("nearest", t("explain.nearest", found=found)))
            out.append(Explanation(r, tuple(steps)))
        return out

    # -- each kind ------------------------------------------------------------------

    def _quote(self, claim: Claim) -> list[Step]:
        steps = []
        for n, (quote, pos) in enumerate(claim.quotes, 1):
            where = t("explain.quote_where", n=n, line=pos.line, quote=repr(quote))
            assert self.article is not None
            if strip_space(quote) not in self.article:
                text = t("explain.quote_missing", where=where)
            elif strip_space(claim.value.digits) in strip_space(_normal(quote)):
                text = t("explain.quote_holds", where=where, digits=repr(claim.value.digits))
            else:
                text = t("explain.quote_lacks", where=where, digits=repr(claim.value.digits))
            steps.append(Step("quote", text))
        return steps

    def _growth(self, claim: Claim) -> list[Step]:
        cf = self.cf
        growth = claim.growth
        assert growth is not None
        scale = claim.value.scale
        steps = [
            Step(
                "current",
                describe_figure(claim.value, cf, count=claim.count, what=t("explain.of.current")),
            ),
            Step("growth", describe_figure(growth, cf, count=False, what=t("explain.of.growth"))),
        ]
        if claim.prior is not None:
            if isinstance(claim.prior, str):
                other = cf.claims[claim.prior]
                what = t("explain.of.stated_prior_id", id=other.id)
                text = describe_figure(other.value, cf, count=other.count, what=what)
            else:
                what = t("explain.of.stated_prior")
                text = describe_figure(claim.prior, cf, count=claim.count, what=what)
            steps.append(Step("stated prior", text))
        current = cf.interval(claim)
        factor = growth_factor(growth.interval(cf.rounding, cf.tolerance))
        sol = implied_prior(cf, claim)
        steps.append(
            Step(
                "prior",
                t(
                    "explain.prior",
                    current=format_interval(current, scale),
                    factor=format_interval(factor),
                    kept=t("explain.kept_positive") if claim.prior else "",
                    interval=describe_interval(sol.interval, scale),
                ),
            )
        )
        w = sol.wholes
        if w is not None:
            if not w.any:
                text = t("explain.prior_none")
            elif w.total is not None and w.total <= 20:
                listed = ", ".join(str(k) for k in w.listed)
                text = t("explain.prior_listed", listed=listed)
            else:
                more = t("explain.infinitely_many") if w.total is None else f"{w.total}"
                text = t("explain.prior_many", more=more, first=w.listed[0])
            if not current.is_point and w.any:
                text += t("explain.each_current")
            steps.append(Step("whole priors", text))
            if current.is_point and w.total is not None and 0 < w.total <= 5:
                assert current.low is not None
                c = current.low
                for p in w.listed:
                    g = c / p - 1
                    steps.append(
                        Step(
                            "by hand",
                            t(
                                "explain.by_hand_growth",
                                current=format_number(c, scale),
                                prior=p,
                                ratio=format_number(c / p),
                                growth=format_number(g, PERCENT, signed=True),
                                prints=prints_as(g, growth, cf.rounding, cf.tolerance),
                                mode=cf.rounding.value,
                            ),
                        )
                    )
        return steps

    def _share(self, claim: Claim) -> list[Step]:
        cf = self.cf
        assert claim.of is not None
        whole_claim = cf.claims[claim.of]
        scale = whole_claim.value.scale
        share = claim.value.interval(cf.rounding, cf.tolerance)
        whole = cf.interval(whole_claim)
        part, wholes = share_part(share, whole, count=claim.count, whole_count=whole_claim.count)
        steps = [
            Step(
                "share", describe_figure(claim.value, cf, count=False, what=t("explain.of.share"))
            ),
            Step(
                "whole",
                describe_figure(
                    whole_claim.value,
                    cf,
                    count=whole_claim.count,
                    what=t("explain.of.whole_id", id=whole_claim.id),
                ),
            ),
            Step(
                "part",
                t(
                    "explain.part",
                    share=format_interval(share, PERCENT),
                    whole=format_interval(share_whole(whole, whole_count=whole_claim.count), scale),
                    part=describe_interval(part, scale),
                ),
            ),
        ]
        if wholes is not None:
            if not wholes.any:
                text = t("explain.part_none")
            elif wholes.total is not None and wholes.total <= 20:
                listed = ", ".join(str(k) for k in wholes.listed)
                text = t("explain.part_listed", listed=listed)
            else:
                more = wholes.total or t("explain.infinitely_many")
                text = t("explain.part_many", more=more)
            steps.append(Step("whole parts", text))
            if whole.is_point and whole.low and wholes.total is not None and wholes.total <= 5:
                w = whole.low
                for k in wholes.listed:
                    steps.append(
                        Step(
                            "by hand",
                            t(
                                "explain.by_hand_share",
                                part=k,
                                whole=format_number(w),
                                ratio=format_number(k / w, PERCENT),
                                prints=prints_as(k / w, claim.value, cf.rounding, cf.tolerance),
                                mode=cf.rounding.value,
                            ),
                        )
                    )
        return steps

    def _expr(self, check: Check) -> list[Step]:
        cf = self.cf
        steps: list[Step] = []
        if check.says:
            steps.append(Step("says", check.says))
        steps.append(Step("check", check.expr_text))
        env = {cid: cf.interval(c) for cid, c in cf.claims.items()}
        priors: dict[str, Union] = {}
        seen: set[str] = set()
        stack: list[Node] = [check.expr.left, check.expr.right]
        refs: list[Node] = []
        while stack:
            node = stack.pop(0)
            if isinstance(node, (Name, Prior, Literal)):
                refs.append(node)
            elif isinstance(node, Negate):
                stack.insert(0, node.operand)
            elif isinstance(node, BinOp):
                stack[:0] = [node.left, node.right]
        for ref in refs:
            key = unparse(ref)
            if key in seen:
                continue
            seen.add(key)
            if isinstance(ref, Name):
                claim = cf.claims[ref.id]
                text = describe_figure(claim.value, cf, count=claim.count, what=ref.id)
                steps.append(Step(ref.id, text, ref=True))
            elif isinstance(ref, Prior):
                from licang_check.kinds.checks import prior_values

                priors[ref.id] = values = prior_values(implied_prior(cf, cf.claims[ref.id]))
                text = t("explain.prior_ref", key=key, id=ref.id, values=_side(values))
                steps.append(Step(key, text, ref=True))
            else:
                assert isinstance(ref, Literal)
                text = t("explain.literal", text=ref.text, value=format_number(ref.value))
                steps.append(Step(key, text, ref=True))
        for node in _binops(check.expr.left):
            steps.append(self._operation(node, env, priors, check))
        for node in _binops(check.expr.right):
            steps.append(self._operation(node, env, priors, check))
        left = evaluate(check.expr.left, env, priors, check)
        right = evaluate(check.expr.right, env, priors, check)
        steps.append(
            Step(
                "compare",
                t(
                    "explain.compare",
                    left=_side(left),
                    op=check.expr.op,
                    right=_side(right),
                    rule=t(f"rule.{_RULES[check.expr.op]}"),
                ),
            )
        )
        return steps

    def _operation(
        self, node: BinOp | Negate, env: dict[str, Interval], priors: dict[str, Union], check: Check
    ) -> Step:
        value = evaluate(node, env, priors, check)
        if isinstance(node, Negate):
            shown = f"-{_side(evaluate(node.operand, env, priors, check))}"
        else:
            op = {"*": "×", "/": "÷"}.get(node.op, node.op)
            left = evaluate(node.left, env, priors, check)
            right = evaluate(node.right, env, priors, check)
            shown = f"{_side(left)} {op} {_side(right)}"
        return Step("step", f"{unparse(node)} = {shown} = {_side(value)}")

    # -- verdict, modes -------------------------------------------------------------

    def _verdict(self, r: Result) -> Step:
        verdict = t(f"verdict.{r.verdict.value}")
        return Step("verdict", t("explain.verdict", verdict=verdict, message=r.message))

    def _modes(self, index: int, r: Result) -> list[Step]:
        if r.modes is None:
            return [Step("rounding", t("explain.no_modes"))]
        if r.kind is Kind.QUOTE or not self._depends(r):
            same = t("verdict.consistent" if r.consistent else "verdict.inconsistent")
            return [Step("rounding", t("explain.no_rounding", same=same))]
        parts = []
        for m in MODES:
            ok = m in r.modes
            verdict = t("verdict.consistent" if ok else "verdict.inconsistent")
            line = t("explain.mode_line", mode=m.value, verdict=verdict)
            if m is not self.cf.rounding:
                other = self.results_under(m)
                if other is not None:
                    line += t("explain.mode_message", message=other[index].message)
            else:
                line += t("explain.files_rounding")
            parts.append(line)
        steps = [Step("rounding", t("explain.each_mode", parts=t("sep.list").join(parts)))]
        if r.edge:
            others = [m.value for m in MODES if m is not RoundingMode.DOWN and m not in r.modes]
            steps.append(Step("edge", t("explain.edge", others=", ".join(others))))
        return steps

    def _depends(self, r: Result) -> bool:
        cf = self.cf
        if r.kind is Kind.EXPR:
            from licang_check.claims.expr import names

            for ref in names(self.checks[r.id].expr):
                c = cf.claims[ref.id]
                figs = [(c.value, c.count)]
                if isinstance(ref, Prior) and c.growth is not None:
                    figs.append((c.growth, False))
                if any(rounds(f, count=k) for f, k in figs):
                    return True
            return False
        claim = cf.claims[r.id]
        figs = [(claim.value, claim.count if r.kind is Kind.GROWTH else False)]
        if r.kind is Kind.GROWTH and claim.growth is not None:
            figs.append((claim.growth, False))
        if r.kind is Kind.SHARE and claim.of is not None:
            whole = cf.claims[claim.of]
            figs.append((whole.value, whole.count))
        return any(rounds(f, count=k) for f, k in figs)


def _side(u: Union) -> str:
    """A value in an expression, in 亿 or 万 where it is that large."""
    h = u.hull()
    scale = auto_scale(h.low, h.high)
    return format_union(u, lambda iv: format_interval(iv, scale))


def _normal(text: str) -> str:
    from licang_check.figures.grammar import normalize_digits

    return normalize_digits(text)


def explanation_dict(e: Explanation) -> dict[str, Any]:
    """An explanation for ``explain --format json``."""
    r = e.result
    return {
        "id": r.id,
        "kind": r.kind.value,
        "verdict": r.verdict.value,
        "line": r.line,
        "column": r.column,
        "printed": r.printed,
        "message": r.message,
        "modes": None if r.modes is None else [m.value for m in r.modes],
        "edge": r.edge,
        "nearest": {role: list(values) for role, values in r.nearest},
        "steps": [{"label": s.label, "text": s.text} for s in e.steps],
    }


def render_text(path: str, explanations: list[Explanation]) -> str:
    """The explanations as plain text, one numbered step a line."""
    out: list[str] = []
    for e in explanations:
        r = e.result
        out.append(f"{path}:{r.line}:{r.column}: {e.heading}")
        if r.printed:
            out.append(t("explain.printed", printed=r.printed))
        for n, step in enumerate(e.steps, 1):
            out.append(t("explain.step", n=n, label=step.title, text=step.text))
        out.append("")
    return "\n".join(out)
