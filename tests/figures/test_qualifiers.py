"""The qualifier table (licang_check/figures/qualifiers.py): complete, consistent,
the only place a qualifier is spelled, and what the grammar, explain and
extract do with each of its words."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from licang_check._i18n.messages import LANGS, MESSAGES
from licang_check.draft.extract import draft_claims, extract
from licang_check.figures.grammar import parse_figure
from licang_check.figures.normalize import fold
from licang_check.figures.qualifiers import (
    AFTER,
    AS_PRINTED,
    BEFORE,
    BY_WORD,
    CONVERTED,
    GROUPS,
    INSIDE,
    TABLE,
    Qualifier,
    words,
)
from licang_check.numeric.exact import Fraction
from licang_check.numeric.intervals import Interval
from licang_check.numeric.rounding import RoundingMode

PACKAGE = Path(__file__).resolve().parents[2] / "licang_check"
TOL = Fraction(1, 10)


def _id(q: Qualifier) -> str:
    return q.word


def _printed(q: Qualifier, number: str = "100", word: str | None = None) -> str:
    """``number`` with the qualifier where it stands (``近100``, ``100 or more``)."""
    w = q.word if word is None else word
    gap = " " if q.english else ""
    return f"{w}{gap}{number}" if q.place == BEFORE else f"{number}{gap}{w}"


# -- the table ----------------------------------------------------------------------------


def test_words_are_unique_and_in_normal_form() -> None:
    assert len(BY_WORD) == len(TABLE)
    for q in TABLE:
        assert fold(q.word) == q.word, q.word
        assert q.place in (BEFORE, AFTER)
        assert q.english == q.word.isascii()


@pytest.mark.parametrize("q", [q for q in TABLE if q.traditional], ids=_id)
def test_a_traditional_spelling_folds_to_its_word(q: Qualifier) -> None:
    assert q.traditional != q.word
    assert fold(q.traditional) == q.word


@pytest.mark.parametrize("q", TABLE, ids=_id)
def test_each_word_reads_as_a_contract_word_of_its_own_group(q: Qualifier) -> None:
    contract = BY_WORD[q.reads_as]
    assert not contract.english
    assert contract.reads_as == contract.word  # a contract word reads as itself
    assert contract.group == q.group


def test_the_groups_are_told_apart_by_their_rules() -> None:
    rules = {(g.below, g.above, g.closed, g.tolerance) for g in GROUPS}
    assert len(rules) == len(GROUPS)
    assert {q.group for q in TABLE} == set(GROUPS)


@pytest.mark.parametrize("q", TABLE, ids=_id)
def test_a_qualifier_with_an_interval_has_a_gloss_in_both_languages_and_a_slug(
    q: Qualifier,
) -> None:
    group = q.group
    if group.gives_interval:
        assert group.gloss in MESSAGES, f"{group.gloss} is not in the catalogue"
        assert all(MESSAGES[group.gloss][lang] for lang in LANGS)
        assert re.fullmatch("[a-z]+", group.slug)
    else:  # as printed: nothing to gloss, nothing in an id
        assert group is AS_PRINTED
        assert (group.gloss, group.slug) == ("", "")


def test_glosses_and_slugs_tell_the_groups_apart() -> None:
    with_interval = [g for g in GROUPS if g.gives_interval]
    assert len({g.gloss for g in with_interval}) == len(with_interval)
    assert len({g.slug for g in with_interval}) == len(with_interval)


def test_the_converted_words_are_as_printed() -> None:
    converted = [q for q in TABLE if q.converted]
    assert converted
    assert all(q.group is AS_PRINTED for q in converted)
    assert set(CONVERTED) >= {w for q in converted for w in (q.word, q.traditional) if w}


# -- the interval rule of each word -------------------------------------------------------


def _expected(q: Qualifier, x: Fraction) -> Interval:
    """The interval of a figure printed ``x`` with ``q``, from the rule's fields."""
    g = q.group
    if not (g.below or g.above):  # the printed precision: half-up to the 1
        return Interval(x - Fraction(1, 2), x + Fraction(1, 2), True, False)
    if g.tolerance:
        ends = (x * (1 - TOL) if g.below else x, x * (1 + TOL) if g.above else x)
        return Interval(min(ends), max(ends), True, True)
    if g.above:
        return Interval(x, None, g.closed, False)
    return Interval(None, x, False, g.closed)


@pytest.mark.parametrize("q", TABLE, ids=_id)
def test_the_grammar_reads_each_word_by_its_rule(q: Qualifier) -> None:
    fig = parse_figure(_printed(q))
    assert fig.printed_qualifiers == (q.word,)
    assert fig.qualifiers == (q.reads_as,)
    got = fig.interval(RoundingMode.HALF_UP, TOL)
    assert got == _expected(q, Fraction(100))
    if q.group.gives_interval:  # the rule, not the rounding
        assert fig.interval(RoundingMode.DOWN, TOL) == got
    negative = parse_figure(_printed(q, "-100"))
    if q.group.tolerance:  # the tolerance's ends mirror on a negative figure
        assert negative.interval(RoundingMode.HALF_UP, TOL) == -got


def test_the_rule_where_the_figure_itself_lies() -> None:
    """Spelled out once for each group: which side, which ends closed."""
    iv = {
        q.group.name: parse_figure(_printed(q)).interval(RoundingMode.HALF_UP, TOL) for q in TABLE
    }
    assert iv["nearly"] == Interval(Fraction(90), Fraction(100), True, True)
    assert iv["about"] == Interval(Fraction(90), Fraction(110), True, True)
    assert iv["more_than"] == Interval(Fraction(100), None, False, False)
    assert iv["at_least"] == Interval(Fraction(100), None, True, False)
    assert iv["less_than"] == Interval(None, Fraction(100), False, False)
    assert iv["at_most"] == Interval(None, Fraction(100), False, True)
    assert iv["as_printed"] == Interval(Fraction(199, 2), Fraction(201, 2), True, False)


@pytest.mark.parametrize("q", [q for q in TABLE if q.traditional], ids=_id)
def test_the_grammar_reads_the_traditional_spelling_as_the_word(q: Qualifier) -> None:
    fig = parse_figure(_printed(q, word=q.traditional))
    assert fig.qualifiers == (q.reads_as,)
    assert fig.interval(RoundingMode.HALF_UP, TOL) == _expected(q, Fraction(100))


@pytest.mark.parametrize("word", INSIDE)
def test_an_inside_word_stands_before_the_multiplier(word: str) -> None:
    fig = parse_figure(f"一百{word}万")
    assert fig.qualifiers == (word,)
    assert fig.interval(RoundingMode.HALF_UP, TOL) == _expected(BY_WORD[word], Fraction(10**6))


# -- the turned word of a negated figure --------------------------------------------------


@pytest.mark.parametrize("q", TABLE, ids=_id)
def test_the_turned_word_says_of_the_negated_figure_what_the_word_said(q: Qualifier) -> None:
    x = Fraction(100)
    if q.turned is None:  # no word of its place and language has the mirror rule
        mirror = (q.group.above, q.group.below, q.group.closed, q.group.tolerance)
        assert q.group.below != q.group.above
        assert not [
            o.word
            for o in TABLE
            if (o.group.below, o.group.above, o.group.closed, o.group.tolerance) == mirror
            and (o.place, o.english) == (q.place, q.english)
        ]
        return
    turned = BY_WORD[q.turned]
    assert (turned.place, turned.english) == (q.place, q.english)
    here = q.group.interval(x, TOL)
    there = turned.group.interval(-x, TOL)
    assert (here is None and there is None) or (here is not None and -here == there)


@pytest.mark.parametrize(
    ("sentence", "printed", "value"),
    [
        ("出口下降超过5%。", "超过5%", "不足-5%"),
        ("出口下降不到5%。", "不到5%", "超-5%"),
        ("出口下降5%以上。", "5%以上", "-5%以下"),
        ("出口下降近5%。", "近5%", "近-5%"),
        ("出口下降5%左右。", "5%左右", "-5%左右"),
        ("Exports fell by more than 5 percent.", "more than 5 percent", "less than -5 percent"),
        ("Exports fell by over 5 percent.", "over 5 percent", "less than -5 percent"),
        ("Exports fell by about 5 percent.", "about 5 percent", "about -5 percent"),
        ("Exports fell by at least 5 percent.", "at least 5 percent", "at most -5 percent"),
    ],
)
def test_a_fall_turns_its_qualifier(sentence: str, printed: str, value: str) -> None:
    """The drafted change is the printed figure negated (超过5% fell: 不足-5%)."""
    (fall,) = [e for e in extract(sentence) if e.kind == "figure"]
    assert (fall.text, fall.value, fall.change) == (printed, value, "down")
    mode = RoundingMode.HALF_UP
    assert parse_figure(value).interval(mode, TOL) == -parse_figure(printed).interval(mode, TOL)


def test_a_fall_whose_qualifier_cannot_be_turned_is_kept_as_printed() -> None:
    (fall,) = [e for e in extract("出口下降5%多。") if e.kind == "figure"]
    assert (fall.value, fall.change) == ("5%多", "down")


# -- extract's vocabulary -----------------------------------------------------------------


def _sentence(q: Qualifier, word: str) -> str:
    if q.english:
        return f"Output was {_printed(q, word=word)} tons last year."
    if q.converted:
        return f"人均收入{_printed(q, word=word)}美元。"
    return f"今年新开工项目{_printed(q, word=word)}个。"


@pytest.mark.parametrize(
    ("q", "word"),
    [(q, w) for q in TABLE for w in (q.word, q.traditional) if w],
    ids=lambda v: v if isinstance(v, str) else "",
)
def test_extract_drafts_each_word_as_the_figure_it_prints(q: Qualifier, word: str) -> None:
    """The drafted value means what the article printed (达100 and 约合100 are
    the plain 100: they stay outside the value)."""
    sentence = _sentence(q, word)
    (found,) = [e for e in extract(sentence) if e.kind == "figure"]
    assert found.value is not None
    drafted = parse_figure(found.value)
    printed = parse_figure(_printed(q, word=word))
    assert drafted.interval(RoundingMode.HALF_UP, TOL) == printed.interval(
        RoundingMode.HALF_UP, TOL
    )
    if q.group.gives_interval:
        assert drafted.qualifiers == (q.reads_as,)


def test_extract_reads_an_english_qualifier_after_the_unit() -> None:
    (found,) = [e for e in extract("Output was 12,000 tons or more last year.")]
    assert (found.value, found.unit) == ("12,000 or more", "tons")


def test_extract_reads_the_table_s_words_where_it_reads_their_group() -> None:
    """What extract knows of one word of a group it knows of the others."""
    (rate, _) = extract("按汇率1美元约合7.1元计算，收入约合100美元。")  # 折合 and 合 are
    assert (rate.value, rate.unit) == ("7.1", "元/美元")
    (grown,) = extract("项目达到500个，增长达到5%。")  # 增长达5% is
    assert (grown.value, grown.growth) == ("500", "5%")
    (years,) = extract("三年余来，项目建成。")  # 三年多来 is
    assert (years.value, years.unit) == ("三余", "年")


@pytest.mark.parametrize(
    "q", [q for q in TABLE if q.group.gives_interval and not q.english], ids=_id
)
def test_a_drafted_id_names_the_group_by_its_slug(q: Qualifier) -> None:
    text = _sentence(q, q.word)
    (claim,) = draft_claims(text, extract(text))
    assert claim.id == f"count_{q.group.slug}_100_ge"  # 个: ge


# -- nothing spells a qualifier outside the table -----------------------------------------

SPELLINGS = {w for q in TABLE for w in (q.word, q.traditional) if w}
_SINGLE = {w for w in SPELLINGS if len(w) == 1}
ALLOWED = {
    (
        "figures/normalize.py",
        "約",
    ): "the character folding of every word (約 → 约), not a qualifier",
    ("figures/normalize.py", "约"): "the same",
    ("figures/normalize.py", "達"): "the same",
    ("figures/normalize.py", "达"): "the same",
    ("figures/normalize.py", "餘"): "the same",
    ("figures/normalize.py", "余"): "the same",
    (
        "figures/verbs.py",
        "多",
    ): "the verb of a change (多5人: five more), not 多 after a number",
}
"""Literals that spell a qualifier's characters for another reason."""


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
        if isinstance(node, ast.Module | ast.ClassDef):  # an attribute's docstring
            for a, b in zip(node.body, node.body[1:], strict=False):
                if isinstance(a, ast.Assign | ast.AnnAssign) and isinstance(b, ast.Expr):
                    found.add(id(b.value))
    return found


def spelled(source: str) -> list[tuple[int, str]]:
    """The qualifier words that the string literals of ``source`` spell (its
    docstrings aside): a word between the pieces of a pattern (``|``, ``(``,
    ``?`` …), a run of one-character qualifiers (``余多``), an English one
    between other letters' boundaries."""
    tree = ast.parse(source)
    skip = _docstrings(tree)
    found: set[tuple[int, str]] = set()
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
            continue
        if id(node) in skip:
            continue
        text = node.value
        for piece in re.findall(r"[\u3400-\u9fff]+", text):
            if piece in SPELLINGS or (len(piece) > 1 and all(c in _SINGLE for c in piece)):
                found.add((node.lineno, piece))
        for word in SPELLINGS:
            if word.isascii() and re.search(
                rf"(?<![a-z_.]){re.escape(word)}(?![a-z_])", text.lower()
            ):
                found.add((node.lineno, word))
    return sorted(found)


def test_the_scan_finds_a_qualifier_spelled_again() -> None:
    assert spelled('PRE = ("大约", "超过")\n') == [(1, "大约"), (1, "超过")]
    assert spelled('P = r"(?:达到?|为|是)"\n') == [(1, "达到")]
    assert spelled('if post in "余多":\n    pass\n') == [(1, "余多")]
    assert spelled('EN = "about|around|more than"\n') == [
        (1, "about"),
        (1, "around"),
        (1, "more than"),
    ]
    assert spelled('def f():\n    """近, 约, 超 …"""\n') == []  # a docstring
    assert spelled('X = "签约|最近|超一流"\n') == []  # words of their own
    assert spelled('X = "overall"\n') == []
    assert spelled('t("derive.over_years")\n') == []  # a catalogue key


@pytest.mark.parametrize(
    "path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE))
)
def test_no_qualifier_is_spelled_outside_the_table(path: Path) -> None:
    rel = str(path.relative_to(PACKAGE))
    if rel in ("figures/qualifiers.py", "_i18n/messages.py"):
        return
    found = [
        (line, w)
        for line, w in spelled(path.read_text(encoding="utf-8"))
        if (rel, w) not in ALLOWED
    ]
    assert found == [], f"{rel}: take these from licang_check/figures/qualifiers.py"


def test_the_allowed_spellings_are_still_there() -> None:
    for rel, word in ALLOWED:
        assert word in {w for _, w in spelled((PACKAGE / rel).read_text(encoding="utf-8"))}, (
            f"{rel} no longer spells {word}: take it off ALLOWED"
        )


def test_words_filters_the_table() -> None:
    assert set(words()) == set(BY_WORD)
    assert set(words(BEFORE)) | set(words(AFTER)) == set(BY_WORD)
    assert not set(words(BEFORE)) & set(words(AFTER))
    assert {BY_WORD[w].group for w in words(interval=False)} == {AS_PRINTED}
    assert all(BY_WORD[w].english for w in words(english=True))
