"""``explain`` for a source result: the lookup, each figure's interval and the
arithmetic, in words a reader can check by hand."""

from __future__ import annotations

from licang_check._i18n.messages import t
from licang_check.claims.load import Claim, ClaimsFile
from licang_check.sources.check import article_figure, article_interval, source_interval

__all__ = ["source_steps"]

_SHOWN_LEAVES = 5


def source_steps(cf: ClaimsFile, claim: Claim, n: int) -> list[tuple[str, str]]:
    """The steps (label, text) of the ``n``-th source of ``claim``."""
    from licang_check.kinds.steps import describe_figure, describe_interval

    ref = claim.sources[n]
    value = ref.value
    assert value is not None
    fig = article_figure(claim, ref)
    count = claim.count and ref.figure == "value"
    what = t("explain.of.article")
    steps = [("article", describe_figure(fig, cf, count=count, what=what))]
    if value.exact is not None:
        steps.append(("lookup", t("explain.source_query", query=ref.query, type=value.sql_type)))
    else:
        for leaf in value.leaves[:_SHOWN_LEAVES]:
            steps.append(("lookup", describe_figure(leaf.figure, cf, count=False, what=leaf.where)))
        if len(value.leaves) > _SHOWN_LEAVES:
            more = len(value.leaves) - _SHOWN_LEAVES
            steps.append(("lookup", t("explain.source_more", n=more)))
    src = source_interval(cf, ref, cf.rounding)
    if value.tree is not None:
        from licang_check.sources.evaluate import unparse

        shown = describe_interval(src, fig.scale) if src is not None else "?"
        steps.append(("arithmetic", f"{unparse(value.tree)} = {shown}"))
    art = article_interval(cf, claim, ref, cf.rounding)
    meets = src is not None and art.meets(src)
    key = "explain.source_meet" if meets else "explain.source_apart"
    both = describe_interval(art, fig.scale), describe_interval(src, fig.scale) if src else "?"
    steps.append(("compare", t(key, article=both[0], source=both[1])))
    return steps
