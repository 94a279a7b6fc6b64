"""source: a claim's figure can be the same true value as its source's (a
table cell, a quote of a text, another claims file's claim, arithmetic over
cells or an exact query). One result per claim with ``source:``, about every
entry of it; the lookup is the loader's (``licang_check.sources``)."""

from __future__ import annotations

from licang_check._i18n.messages import t
from licang_check.claims.load import Claim, ClaimsFile
from licang_check.kinds.base import CheckKind, Context, Figures, verdict
from licang_check.kinds.steps import Step
from licang_check.run.results import Kind, Result

__all__ = ["KIND", "SourceKind"]


class SourceKind(CheckKind[Claim]):
    """A claim whose figures name their source."""

    kind = Kind.SOURCE
    sarif_name = "SourceAgrees"

    def applies(self, cf: ClaimsFile, claim: Claim) -> bool:
        return bool(claim.sources) and all(ref.value is not None for ref in claim.sources)

    def asked(self, cf: ClaimsFile, claim: Claim) -> bool:
        """A ``source:`` asks for its result before its lookup (which fills it in)."""
        return bool(claim.sources)

    def check(self, ctx: Context, subject: Claim) -> Result:
        from licang_check.sources.check import describe

        parts = [describe(ctx.cf, subject, ref) for ref in subject.sources]
        ok = all(p[0] for p in parts)
        message = t("sep.list").join(p[1] for p in parts)
        printed = t("sep.list").join(p[2] for p in parts)
        shown = t("sep.list").join(p[3] for p in parts)
        first = subject.sources[0]
        return Result(
            subject.id, self.kind, verdict(ok), first.line, first.column, message, printed, shown
        )

    def figures(self, cf: ClaimsFile, subject: Claim) -> Figures:
        from licang_check.sources.check import article_figure

        out: Figures = []
        for ref in subject.sources:
            count = subject.count and ref.figure == "value"
            out.append((article_figure(subject, ref), count))
            if ref.value is not None and ref.value.exact is None:
                out.extend((leaf.figure, False) for leaf in ref.value.leaves)
        return out

    def steps(self, ctx: Context, subject: Claim) -> list[Step]:
        from licang_check.sources.explain import source_steps

        return [
            Step(label, text)
            for n in range(len(subject.sources))
            for label, text in source_steps(ctx.cf, subject, n)
        ]


KIND = SourceKind()
