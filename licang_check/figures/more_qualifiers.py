"""Qualifiers beyond the contract's, each read as one of the contract's.

The contract's qualifiers (近 约 超过 以上 …) and what they mean live with the
figure grammar (:func:`licang_check.figures.grammar.qualifier_interval`).
This table adds words that mean the same as one of them, so that their
meaning is defined in one place:

- ``约合`` and ``折合`` mark a converted figure (``约合20533美元``): it was
  rounded at its printed precision, like any plain figure, so they read as
  ``达`` (nothing added). They do not take ``约``'s tolerance.
- English qualifiers of bilingual releases: ``about``, ``around``,
  ``approximately``, ``roughly`` (约); ``nearly``, ``almost`` (近);
  ``more than``, ``over`` (超过); ``less than``, ``fewer than`` (不到);
  ``at least`` and ``or more`` (以上); ``at most`` and ``up to`` (以下);
  ``or so`` (左右).

Traditional forms (約, 達, 餘, 超過 …) need no entry: the grammar reads a
figure in normal form (:mod:`licang_check.figures.normalize`), where they
are simplified.
"""

from __future__ import annotations

__all__ = ["ALIASES", "EXTRA_PREFIXES", "EXTRA_SUFFIXES", "contract_qualifier"]

ALIASES: dict[str, str] = {
    "约合": "达",
    "折合": "达",
    "about": "约",
    "around": "约",
    "approximately": "约",
    "roughly": "约",
    "nearly": "近",
    "almost": "近",
    "more than": "超过",
    "over": "超过",
    "less than": "不到",
    "fewer than": "不到",
    "at least": "以上",
    "at most": "以下",
    "up to": "以下",
    "or more": "以上",
    "or so": "左右",
}
"""Each added qualifier and the contract qualifier it reads as."""

EXTRA_SUFFIXES = ("or more", "or so")
"""The added qualifiers that follow the number."""
EXTRA_PREFIXES = tuple(q for q in ALIASES if q not in EXTRA_SUFFIXES)
"""The added qualifiers that precede the number."""


def contract_qualifier(q: str) -> str:
    """The contract qualifier that ``q`` reads as (``q`` itself if it is one)."""
    return ALIASES.get(q, q)
