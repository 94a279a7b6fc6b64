"""The plain-form fast paths of ``parse_figure`` (issue #18: plain, and
plain with a qualifier beside it) against the general grammar: the same
figure in every field, and everything else left to the grammar, its errors
included."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from licang_check.figures.grammar import (
    _PLAIN,
    _QUALIFIED,
    MULTIPLIERS,
    Figure,
    FigureError,
    _parse_general,
    parse_figure,
)
from licang_check.figures.normalize import fold
from licang_check.figures.qualifiers import AFTER, BEFORE, words

SUFFIXES = ["", "%", *MULTIPLIERS]


def same(text: str) -> Figure | None:
    """Assert the fast path and the grammar agree on ``text``; the figure (None: an error)."""
    parse_figure.cache_clear()
    try:
        general = _parse_general(text)
    except FigureError as e:
        message = str(e)
    else:
        message = ""
    if message:
        with pytest.raises(FigureError) as fast_error:
            parse_figure(text)
        assert str(fast_error.value) == message
        return None
    fast = parse_figure(text)
    assert fast == general
    # equal is not enough: 1 == Fraction(1) and True == 1
    for name in Figure._fields:
        a, b = getattr(fast, name), getattr(general, name)
        assert type(a) is type(b), name
        assert repr(a) == repr(b), name
    return fast


def plain(sign: str, whole: str, frac: str | None, suffix: str) -> str:
    return sign + whole + ("." + frac if frac is not None else "") + suffix


wholes = st.one_of(
    st.just("0"),
    st.from_regex(r"[1-9][0-9]{0,19}", fullmatch=True),
)
fracs = st.one_of(st.none(), st.from_regex(r"[0-9]{1,19}", fullmatch=True))


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(["", "-"]), wholes, fracs, st.sampled_from(SUFFIXES))
@example("", "41", None, "")
@example("", "100", "0", "亿")
@example("", "2", "5", "%")
@example("-", "3", "2", "%")
@example("", "39", "90", "")
@example("-", "0", None, "")
@example("", "5", None, "万亿")
def test_plain_forms_take_the_fast_path_and_read_as_the_grammar_does(
    sign: str, whole: str, frac: str | None, suffix: str
) -> None:
    text = plain(sign, whole, frac, suffix)
    assert _PLAIN.fullmatch(text) is not None
    assert fold(text).strip() == text  # the grammar reads it unchanged
    fig = same(text)
    assert fig is not None
    assert fig.text == text


NEAR_PLAIN = [
    "1,000",
    "1,000.5万",
    "０.5",
    "1.",
    ".5",
    "01",
    "00.5",
    "-01%",
    "1e5",
    "+5%",
    "5 %",
    "5 万",
    " 5",
    "5 ",
    "5\n",
    "5\t",
    "5%%",
    "5万%",
    "5亿万",
    "--5",
    "-",
    "%",
    "",
    "5倍",
    "5个百分点",
    "约5%",
    "5%左右",
    "3-5",
    "3-5万",
    "5.5.5",
    "五万",
    "5萬",
    "5億",
    "5％",
    "١٤٩",
    "1" * 21,
    "1." + "0" * 20,
    "1" * 20 + "." + "1" * 19,
    "9" * 41,
]


@pytest.mark.parametrize("text", NEAR_PLAIN)
def test_near_plain_forms_read_as_the_grammar_does(text: str) -> None:
    same(text)


@pytest.mark.parametrize(
    "text", ["1,000", "０.5", "1.", ".5", "01", "1e5", "+5%", "5 %", "5 ", "5萬", "1" * 21]
)
def test_near_plain_forms_are_not_plain(text: str) -> None:
    assert _PLAIN.fullmatch(text) is None


noise = st.text(alphabet="0123456789.,-+% 万亿千百十０５．％萬億约倍", max_size=12)


@settings(max_examples=600, deadline=None)
@given(
    st.one_of(
        noise,
        st.builds(
            lambda s, w, f, x, pre, post: pre + plain(s, w, f, x) + post,
            st.sampled_from(["", "-", "+"]),
            wholes,
            fracs,
            st.sampled_from(SUFFIXES),
            st.sampled_from(["", " ", "0", ",", "约", "+"]),
            st.sampled_from(["", " ", "0", ".", "%", "万", "e5", "倍", " \n"]),
        ),
    )
)
def test_any_near_plain_text_reads_as_the_grammar_does(text: str) -> None:
    same(text)


CHINESE_BEFORE = sorted(w for w in words(BEFORE) if not w.isascii())
CHINESE_AFTER = sorted(w for w in words(AFTER) if not w.isascii())


@settings(max_examples=600, deadline=None)
@given(
    st.sampled_from(["", *CHINESE_BEFORE]),
    st.sampled_from(["", "-"]),
    wholes,
    fracs,
    st.sampled_from(SUFFIXES),
    st.sampled_from(["", *CHINESE_AFTER]),
)
@example("近", "", "1000", None, "万", "")
@example("超过", "", "100", None, "万", "")
@example("", "", "10", None, "亿", "以上")
@example("约", "", "5", None, "%", "左右")
@example("近", "-", "5", "2", "%", "多")
def test_qualified_plain_forms_take_the_fast_path_and_read_as_the_grammar_does(
    pre: str, sign: str, whole: str, frac: str | None, suffix: str, post: str
) -> None:
    text = pre + plain(sign, whole, frac, suffix) + post
    if pre or post:
        assert _QUALIFIED.fullmatch(text) is not None
    fig = same(text)
    assert fig is not None
    assert fig.printed_qualifiers == tuple(w for w in (pre, post) if w)


@pytest.mark.parametrize(
    "text",
    [
        "近 5",
        "5 以上",
        "近近5",
        "5以上以上",
        "5余多",
        "约5倍",
        "近5成",
        "近5萬",
        "逾0５",
        "不到-5%左右",
    ],
)
def test_near_qualified_forms_read_as_the_grammar_does(text: str) -> None:
    same(text)


qualified_noise = st.lists(
    st.sampled_from(
        ["5", "0", ".", "-", "%", "万", "亿", " ", "成", *CHINESE_BEFORE, *CHINESE_AFTER]
    ),
    max_size=6,
).map("".join)


@settings(max_examples=600, deadline=None)
@given(qualified_noise)
def test_any_qualified_text_reads_as_the_grammar_does(text: str) -> None:
    same(text)
