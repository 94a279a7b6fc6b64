"""quote: each quote of a claim is in the article and holds the value's digits."""

from __future__ import annotations

from licang_check._i18n.messages import t
from licang_check.claims.load import Claim, ClaimsFile
from licang_check.figures.grammar import normalize_digits
from licang_check.kinds.base import CheckKind, Context, Figures, strip_space
from licang_check.kinds.steps import Step
from licang_check.run.budget import ARTICLE_CHARS_PER_STEP, spend
from licang_check.run.results import Kind, Result

__all__ = ["KIND", "QuoteKind"]


def _finding(quote: str, article: str, digits: str) -> str:
    """``missing`` (not in the article), ``no_digits`` (without the value's
    ``digits``, whitespace-free) or ``holds``."""
    q = strip_space(quote)
    if q not in article:
        return "missing"
    return "holds" if digits in normalize_digits(q) else "no_digits"


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
        for n, (quote, pos) in enumerate(subject.quotes, 1):
            where = t("explain.quote_where", n=n, line=pos.line, quote=repr(quote))
            finding = _finding(quote, article, digits)
            if finding == "missing":
                text = t("explain.quote_missing", where=where)
            else:
                key = "explain.quote_holds" if finding == "holds" else "explain.quote_lacks"
                text = t(key, where=where, digits=repr(subject.value.digits))
            steps.append(Step("quote", text))
        return steps


KIND = QuoteKind()
