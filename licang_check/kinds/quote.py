"""quote: each quote of a claim is in the article and holds the value's
digits, and no quote prints a change of the claim with the opposite verb
(``下降1.2个百分点`` where ``points`` reads as a rise)."""

from __future__ import annotations

import re
from typing import NamedTuple

from licang_check._i18n.messages import t
from licang_check.claims.load import Claim, ClaimsFile
from licang_check.figures.grammar import Figure, normalize_digits
from licang_check.figures.verbs import percent_re, points_or_percent_re, points_re, verbs_around
from licang_check.kinds.base import CheckKind, Context, Figures, strip_space
from licang_check.kinds.steps import Step
from licang_check.numeric.exact import Fraction
from licang_check.run.budget import ARTICLE_CHARS_PER_STEP, spend
from licang_check.run.results import Kind, Result

__all__ = ["KIND", "QuoteKind", "SignClash", "sign_clashes"]


def _finding(quote: str, article: str, digits: str) -> str:
    """``missing`` (not in the article), ``no_digits`` (without the value's
    ``digits``, whitespace-free) or ``holds``."""
    q = strip_space(quote)
    if q not in article:
        return "missing"
    return "holds" if digits in normalize_digits(q) else "no_digits"


class SignClash(NamedTuple):
    """A change of the claim whose figure a quote prints with a verb of the
    other direction (and nowhere with one of its own)."""

    n: int
    """Which quote (from 1)."""
    line: int
    quote: str
    verb: str
    """The verb as the quote prints it (normal form)."""
    key: str
    """The claim's key (``points``; ``growth (环比)`` for a ``changes:`` entry)."""
    figure: Figure


def _sign(x: Fraction) -> int:
    return (x > 0) - (x < 0)


_UNLIKE = {"growth": points_re, "points": percent_re, "change": points_or_percent_re}
"""What a change's digits must not be followed by in a quote to be its own
(the pattern's getter): a growth's are not a change in points, nor a
change's a percentage."""


def _changes(claim: Claim) -> list[tuple[str, Figure, re.Pattern[str]]]:
    """The claim's signed changes: its growth, points and change, and those
    of its ``changes:`` list, with the key each is written under and what its
    digits in a quote must not be followed by."""
    out = []
    main = claim.relations.main
    for key, fig in (
        ("growth", claim.growth),
        ("points", main.points if main else None),
        ("change", main.change if main else None),
    ):
        if fig is not None:
            out.append((key, fig, _UNLIKE[key]()))
    for ch in claim.relations.changes:
        for key, fig in (("growth", ch.growth), ("points", ch.points), ("change", ch.change)):
            if fig is not None:
                out.append((t("quote.sign_entry", key=key, on=ch.on), fig, _UNLIKE[key]()))
    return out


def _direction(fig: Figure) -> int:
    """+1 a rise, −1 a fall, 0 neither or either (nothing, a range across
    zero, or 翻番, whose words leave no verb to contradict)."""
    sign = _sign(fig.value)
    if fig.high is not None and _sign(fig.high.value) != sign:
        return 0
    return 0 if "翻" in fig.text else sign


def sign_clashes(claim: Claim) -> list[SignClash]:
    """Each change of the claim (``growth``, ``points``, ``change``, and in
    ``changes:``) whose digits a quote prints with a verb of the other
    direction, and no quote with one of the same: ``比上年下降0.4个百分点``
    against ``points: 0.4``. A verb of size (收窄, 扩大) tells the direction
    of a rate printed as negative the other way round."""
    quotes = [(normalize_digits(q), q, pos.line) for q, pos in claim.quotes]
    value_sign = _sign(claim.value.value)
    out = []
    for key, fig, unlike in _changes(claim):
        want = _direction(fig)
        if want == 0:
            continue
        first: SignClash | None = None
        agrees = False
        for n, (normal, quote, line) in enumerate(quotes, 1):
            for verb in verbs_around(normal, normalize_digits(fig.digits), unlike):
                if verb is None:
                    continue
                said = verb.sign * value_sign if verb.magnitude else verb.sign
                if said == want:
                    agrees = True
                elif said and first is None:
                    first = SignClash(n, line, quote, verb.word, key, fig)
        if first is not None and not agrees:
            out.append(first)
    return out


def _clash_args(c: SignClash) -> dict[str, object]:
    rise, fall = t("quote.sign_rise"), t("quote.sign_fall")
    claimed = rise if _direction(c.figure) > 0 else fall
    return {
        "line": c.line,
        "digits": c.figure.digits,
        "verb": c.verb,
        "quoted": fall if claimed == rise else rise,
        "key": c.key,
        "figure": c.figure.text,
        "claimed": claimed,
    }


def _spend_search(claim: Claim, article: str) -> None:
    """Spend the work budget on searching the article for each quote (see budget.py)."""
    spend(len(claim.quotes) * (1 + len(article) // ARTICLE_CHARS_PER_STEP))


class QuoteKind(CheckKind[Claim]):
    """Each quote is in the article (whitespace ignored) and holds the
    value's digits as printed; only for a file with an article."""

    kind = Kind.QUOTE
    sarif_name = "QuoteInArticle"

    def applies(self, cf: ClaimsFile, claim: Claim) -> bool:
        return cf.text is not None and bool(claim.quotes)

    def asked(self, cf: ClaimsFile, claim: Claim) -> bool:
        """A quote asks for its result whether or not the file names its article."""
        return bool(claim.quotes)

    def check(self, ctx: Context, subject: Claim) -> Result:
        article = ctx.article
        assert article is not None
        claim = subject
        _spend_search(claim, article)
        problems = []
        digits = strip_space(claim.value.digits)
        for quote, pos in claim.quotes:
            finding = _finding(quote, article, digits)
            if finding == "missing":
                problems.append(t("quote.missing", line=pos.line, quote=quote))
            elif finding == "no_digits":
                problems.append(t("quote.no_digits", line=pos.line, digits=claim.value.digits))
        problems += [t("quote.verb_sign", **_clash_args(c)) for c in sign_clashes(claim)]
        n = len(claim.quotes)
        found = t("quote.found_all", n=n) if n > 1 else t("quote.found")
        message = t("sep.list").join(problems) or found
        return self.result(claim, not problems, message, claim.value.text)

    def figures(self, cf: ClaimsFile, subject: Claim) -> Figures:
        return []  # found or not, under any rounding

    def steps(self, ctx: Context, subject: Claim) -> list[Step]:
        article = ctx.article
        assert article is not None
        _spend_search(subject, article)
        digits = strip_space(subject.value.digits)
        steps = []
        clashes = sign_clashes(subject)
        for n, (quote, pos) in enumerate(subject.quotes, 1):
            where = t("explain.quote_where", n=n, line=pos.line, quote=repr(quote))
            finding = _finding(quote, article, digits)
            if finding == "missing":
                text = t("explain.quote_missing", where=where)
            else:
                key = "explain.quote_holds" if finding == "holds" else "explain.quote_lacks"
                text = t(key, where=where, digits=repr(subject.value.digits))
            steps.append(Step("quote", text))
            steps += [
                Step("quote", t("explain.quote_sign", where=where, **_clash_args(c)))
                for c in clashes
                if c.n == n
            ]
        return steps


KIND = QuoteKind()
