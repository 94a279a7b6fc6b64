"""Score ``extract`` against hand-written claims files: recall, precision and
growth attachment, per article.

The gold figures of an article are every printed figure its claims file
records: each claim's ``value`` (a ratio ``6.01:55.04:38.95`` gives one per
term), ``growth``, ``points``, ``change``, a ``prior`` printed as a figure,
and the ``growth``/``prior`` of each entry of ``changes``; a value quoted in
several places counts once per place. Each is a key (amount in base units as
an exact decimal, unit), the sign included: a ``growth: 下跌21.8%`` is
-0.218, ``points: 回落0.7个百分点`` is -0.007 个百分点, a percentage's unit is
``%``. A unit printed with a multiplier (``unit: 亿元``) is folded into the
amount. The extracted figures are keyed the same way (an attached growth is a
figure of its own, as in ``extract --format json``).

- recall: gold figures matched by an extracted one with the same key;
- precision: extracted figures matched by a gold one;
- attachment: claims with a value and a ``growth`` whose extracted figure
  carries that growth.

Not scored: gold age classes (``16—24岁``: the issue has extract leave them
out as class labels) and gold values the figure grammar cannot read (no
extracted figure can be one); both are listed in the output.

Figures are compared as sets of keys per article: a figure printed twice
is found once, whether or not its claims file lists both places. A gold
unit 港元 or 新台币 is read as 元, the unit Hong Kong and Taiwan papers print
(only the fact-checker can say which dollars). Nothing else is loosened.

    python benchmarks/score_extract.py            # the corpus and the shipped article
    python benchmarks/score_extract.py --json     # the same as JSON
    python benchmarks/score_extract.py DIR …      # folders holding article.txt + claims.yaml
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from licang_check.draft.extract import Extracted, extract, plain_decimal  # noqa: E402
from licang_check.draft.normal import scan_form  # noqa: E402
from licang_check.draft.tables import split_unit  # noqa: E402
from licang_check.draft.vocabulary import DECREASE, INCREASE  # noqa: E402
from licang_check.figures.grammar import (  # noqa: E402
    MULTIPLIERS,
    Figure,
    FigureError,
    as_growth,
    parse_figure,
)
from licang_check.numeric.exact import Fraction  # noqa: E402

Key = tuple[str, str]
"""(amount, unit): ``("61750000000", "元")``, ``("0.052", "%")``."""

_VERBS = sorted(INCREASE + DECREASE + ("升", "跌", "下跌", "上升", "年增"), key=len, reverse=True)


@dataclass
class Score:
    name: str
    gold: list[Key] = field(default_factory=list)
    found: list[Key] = field(default_factory=list)
    pairs: int = 0
    attached: int = 0
    missed: list[Key] = field(default_factory=list)
    extra: list[Key] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    """Gold claims not scored, with why (:func:`left_out`)."""

    @property
    def matched(self) -> int:
        return len(set(self.gold) & set(self.found))

    @property
    def recall(self) -> float:
        return self.matched / len(set(self.gold)) if self.gold else 1.0

    @property
    def precision(self) -> float:
        return self.matched / len(set(self.found)) if self.found else 1.0

    @property
    def attachment(self) -> float:
        return self.attached / self.pairs if self.pairs else 1.0


_LOCAL_DOLLARS = {"港元": "元", "港币": "元", "新台币": "元", "新台币元": "元", "台币": "元"}
"""What Hong Kong and Taiwan papers print as 元: the unit is the fact-checker's word."""


def _unit(unit: str | None) -> tuple[Fraction, str]:
    """A unit as printed, as (factor, unit): ``亿元`` → (10⁸, ``元``)."""
    if not unit:
        return Fraction(1), ""
    mult, rest = split_unit(scan_form(str(unit)))
    rest = _LOCAL_DOLLARS.get(rest or "", rest)
    return Fraction(10 ** MULTIPLIERS[mult]) if mult else Fraction(1), rest or ""


def _key(fig: Figure, unit: str | None, sign: int = 1, *, growth: bool = False) -> Key:
    """The key of a read figure: a growth as a rate, a range as ``low~high``."""
    if growth:
        fig = as_growth(fig)
    if fig.points:
        u = "个百分点"
    elif fig.percent:
        u = "%"
    elif fig.times:
        u = "倍"
    else:
        u = ""
    factor = Fraction(1)
    if not u:
        factor, u = _unit(unit)
    amount = plain_decimal(fig.value * sign * factor)
    if fig.high is not None:
        amount += "~" + plain_decimal(fig.high.value * sign * factor)
    return (amount, u)


def gold_key(printed: Any, unit: str | None, *, growth: bool = False) -> Key:
    """The key of a figure as a claims file writes it (a verb first signs it)."""
    text = scan_form(str(printed)).strip()
    sign = 1
    for verb in _VERBS:
        if text.startswith(verb):
            sign = -1 if verb in DECREASE or verb in ("跌", "下跌") else 1
            text = text[len(verb) :].strip()
            break
    for word, turn in ((" faster", 1), (" slower", -1), (" higher", 1), (" lower", -1)):
        if text.endswith(word):
            text, sign = text[: -len(word)], turn
    try:
        fig = parse_figure(text)
    except FigureError:
        return ("?" + text, "")
    return _key(fig, unit, sign, growth=growth)


def found_keys(e: Extracted) -> list[Key]:
    """The keys of one extracted figure: its own, and its growth's."""
    assert e.value is not None
    fig = parse_figure(e.value)
    keys = [_key(fig, e.unit, growth=e.change is not None and fig.times)]
    if e.growth is not None:
        keys.append(_key(parse_figure(e.growth), None, growth=True))
    return keys


def _quotes(claim: dict[str, Any]) -> int:
    q = claim.get("quote")
    return len(q) if isinstance(q, list) else 1


def _is_id(text: Any, claims: dict[str, Any]) -> bool:
    return isinstance(text, str) and text in claims


_AGE_CLASS = re.compile(r"[0-9]+\s*[-—–~至到]\s*[0-9]+")


def left_out(claim: dict[str, Any]) -> str | None:
    """Why a gold claim is not scored, or None: an age class (``16—24岁``),
    which the issue has extract leave out; a value the figure grammar cannot
    read, which no extracted figure can be by construction."""
    value = claim.get("value")
    if str(claim.get("unit")) == "岁" and _AGE_CLASS.fullmatch(str(value)):
        return "age class"
    if isinstance(value, str) and ":" in value:
        return None
    if gold_key(value, claim.get("unit"))[0].startswith("?"):
        return "not a figure of the grammar"
    return None


def gold_of(claims: dict[str, Any]) -> tuple[list[Key], list[tuple[Key, Key]]]:
    """Every gold figure, and every (value, growth) pair to be attached."""
    keys: list[Key] = []
    pairs: list[tuple[Key, Key]] = []
    for claim in claims.values():
        if left_out(claim) is not None:
            continue
        unit = claim.get("unit")
        value = claim.get("value")
        if isinstance(value, str) and ":" in value:
            keys += [gold_key(term, None) for term in value.split(":")]
            continue
        vkey = gold_key(value, unit)
        keys += [vkey] * _quotes(claim)
        if "growth" in claim:
            gkey = gold_key(claim["growth"], None, growth=True)
            keys.append(gkey)
            pairs.append((vkey, gkey))
        if "points" in claim:
            keys.append(gold_key(claim["points"], None))
        if "change" in claim:
            keys.append(gold_key(claim["change"], unit))
        prior = claim.get("prior")
        if prior is not None and not _is_id(prior, claims):
            keys.append(gold_key(prior, unit))
        for ch in claim.get("changes") or []:
            if "growth" in ch:
                keys.append(gold_key(ch["growth"], None, growth=True))
            p = ch.get("prior")
            if p is not None and not _is_id(p, claims):
                keys.append(gold_key(p, unit))
    return keys, pairs


def score(folder: Path, name: str | None = None) -> Score:
    """The score of ``extract`` on ``folder``'s article against its claims file."""
    doc = yaml.safe_load((folder / "claims.yaml").read_text(encoding="utf-8"))
    text = (folder / doc["article"].get("text", "article.txt")).read_text(encoding="utf-8")
    gold, pairs = gold_of(doc["claims"])
    skipped = [(cid, why) for cid, c in doc["claims"].items() if (why := left_out(c))]
    figures = [e for e in extract(text) if e.kind == "figure"]
    found = [k for e in figures for k in found_keys(e)]
    s = Score(name or folder.name, gold, found, skipped=skipped)
    with_growth = {tuple(found_keys(e)) for e in figures if e.growth is not None}
    s.pairs = len(pairs)
    s.attached = sum(1 for p in pairs if p in with_growth)
    s.missed = sorted(set(gold) - set(found))
    s.extra = sorted(set(found) - set(gold))
    return s


@dataclass
class Drafted:
    """How the drafted checks of one article fare under ``verify``."""

    name: str
    proposals: int
    faithful: list[str]
    """What ``verify`` found wrong in the faithful article's draft (nothing, ideally)."""
    covered: list[str] = field(default_factory=list)
    """Planted errors that change a figure some proposal relates."""
    caught: list[str] = field(default_factory=list)
    """… of those, the ones the perturbed article's drafted checks catch."""


def _verify_draft(text: str, work: Path) -> tuple[list[Any], list[str]]:
    """Draft ``text`` with init (in ``work``), verify it: (proposals' expr
    results, every problem as a line)."""
    from licang_check.draft.init import Metadata, new_claims_file
    from licang_check.run.verify import verify_file

    work.mkdir(parents=True, exist_ok=True)
    article, draft = work / "article.txt", work / "claims.yaml"
    article.write_text(text, encoding="utf-8")
    made = new_claims_file(text, article, draft, Metadata())
    draft.write_text(made.text, encoding="utf-8")
    report = verify_file(str(draft))
    problems = [f"{d.line}:{d.column}: {d.message}" for d in report.errors]
    problems += [f"{r.kind} {r.id}: {r.message}" for r in report.results if not r.consistent]
    proposed = [r for r in report.results if r.id.startswith("proposed_")]
    return proposed, problems


def drafted(folder: Path, work: Path, name: str | None = None) -> Drafted:
    """Draft the faithful article and each single planted error's copy."""
    from licang_check.draft.extract import draft_claims
    from licang_check.draft.proposals import propose

    text = (folder / "article.txt").read_text(encoding="utf-8")
    proposed, problems = _verify_draft(text, work / "faithful")
    items = extract(text)
    claims = draft_claims(text, items)
    ids = {e.start: (e.end, e.growth_end or e.end) for c in claims for e in c.occurrences}
    by_id = {c.id: c for c in claims}
    related: list[tuple[int, int]] = []
    for p in propose(text, items, claims):
        for cid in set(re.findall(r"[a-z][a-z0-9_]*", p.expr)) & set(by_id):
            with_growth = f"prior({cid})" in p.expr
            for e in by_id[cid].occurrences:
                related.append((e.start, ids[e.start][1] if with_growth else e.end))
    out = Drafted(name or folder.name, len(proposed), problems)
    errors_file = folder / "perturbed" / "errors.yaml"
    if not errors_file.is_file():
        return out
    errors = yaml.safe_load(errors_file.read_text(encoding="utf-8"))["errors"]
    for n, error in enumerate(errors):
        changed = text
        spans = []
        for old, new in error.get("article", []):
            at = changed.find(old)
            spans.append((at, at + len(old)))
            changed = changed.replace(old, new)
        if not any(a < re_ and b > rs for a, b in spans for rs, re_ in related):
            continue
        out.covered.append(error["what"])
        got, _ = _verify_draft(changed, work / f"error-{n}")
        if any(not r.consistent for r in got):
            out.caught.append(error["what"])
    return out


def default_folders() -> list[tuple[Path, str]]:
    corpus = ROOT / "tests" / "corpus"
    found = sorted(p for p in corpus.iterdir() if (p / "claims.yaml").is_file())
    return [(p, p.name) for p in found] + [(ROOT, "shipped article")]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("-v", "--verbose", action="store_true", help="list misses and extras")
    parser.add_argument(
        "--checks", action="store_true", help="verify the drafted checks, faithful and perturbed"
    )
    args = parser.parse_args(argv)
    folders = [(p, p.name) for p in args.folders] or default_folders()
    if args.checks:
        with tempfile.TemporaryDirectory() as tmp:
            results = [drafted(p, Path(tmp) / n.replace(" ", "_"), n) for p, n in folders]
        print(f"{'article':32} {'proposed':>8} {'faithful':>9} {'caught':>7}")
        for d in results:
            ok = "ok" if not d.faithful else f"{len(d.faithful)} bad"
            print(f"{d.name:32} {d.proposals:8} {ok:>9} {len(d.caught):3}/{len(d.covered):<3}")
            if args.verbose:
                for line in d.faithful:
                    print(f"    faithful: {line}")
                for what in d.covered:
                    print(f"    {'caught' if what in d.caught else 'MISSED'}: {what}")
        return 0
    scores = [score(p, n) for p, n in folders]
    if args.json:
        rows = [
            {
                "article": s.name,
                "gold": len(set(s.gold)),
                "found": len(set(s.found)),
                "matched": s.matched,
                "recall": round(s.recall, 4),
                "precision": round(s.precision, 4),
                "pairs": s.pairs,
                "attached": s.attached,
                "attachment": round(s.attachment, 4),
                "not_scored": [{"id": cid, "why": why} for cid, why in s.skipped],
            }
            for s in scores
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    print(f"{'article':32} {'gold':>5} {'found':>5} {'recall':>7} {'precision':>9} {'attach':>7}")
    for s in scores:
        print(
            f"{s.name:32} {len(set(s.gold)):5} {len(set(s.found)):5} {s.recall:7.1%}"
            f" {s.precision:9.1%}"
            f" {s.attached:3}/{s.pairs:<3}"
        )
        for cid, why in s.skipped:
            print(f"    not scored: {cid} ({why})")
        if args.verbose:
            for k in s.missed:
                print(f"    missed {k}")
            for k in s.extra:
                print(f"    extra  {k}")
    pairs = sum(s.pairs for s in scores)
    attached = sum(s.attached for s in scores)
    print(f"attachment overall: {attached}/{pairs} = {attached / pairs if pairs else 1:.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
