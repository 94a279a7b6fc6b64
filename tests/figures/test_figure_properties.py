"""Property tests of the figure grammar across scripts and typography (issue #14).

A true value is printed the way an article would print it under a rounding
mode (ASCII, full-width, Chinese positional digits, counting numerals,
traditional characters, English), then read back: the figure's interval
holds the true value, and ``verify`` finds it consistent with the exact
true value, under every rounding mode. The normal form is idempotent and
keeps offsets.
"""

from __future__ import annotations

from fractions import Fraction as F
from pathlib import Path

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from licang_check.claims.article import quote_holds
from licang_check.claims.load import parse_claims
from licang_check.figures.grammar import parse_figure
from licang_check.figures.normalize import fold, normal_form
from licang_check.numeric.rounding import RoundingMode, reround
from licang_check.run.results import Kind, Verdict
from licang_check.run.verify import run_checks

MODES = list(RoundingMode)
POSITIONAL = "〇一二三四五六七八九"
COUNTING = "零一二三四五六七八九"
FULL = str.maketrans("0123456789,-", "０１２３４５６７８９，－")

# script -> the scales it prints: (suffix as printed, factor, kind)
SCALES: dict[str, list[tuple[str, F, str]]] = {
    "ascii": [
        ("", F(1), "number"),
        ("万", F(10**4), "number"),
        ("亿", F(10**8), "number"),
        ("%", F(1, 100), "percent"),
        ("个百分点", F(1, 100), "points"),
        (" 亿", F(10**8), "number"),
    ],
    "full": [
        ("", F(1), "number"),
        ("億", F(10**8), "number"),
        ("％", F(1, 100), "percent"),
        ("個百分點", F(1, 100), "points"),
    ],
    "positional": [("", F(1), "number"), ("億", F(10**8), "number"), ("亿", F(10**8), "number")],
    "counting": [
        ("", F(1), "number"),
        ("%", F(1, 100), "percent"),
        ("亿", F(10**8), "number"),
        ("个百分点", F(1, 100), "points"),
    ],
    "traditional": [
        ("萬", F(10**4), "number"),
        ("億", F(10**8), "number"),
        ("％", F(1, 100), "percent"),
    ],
    "english": [
        ("", F(1), "number"),
        (" million", F(10**6), "number"),
        (" billion", F(10**9), "number"),
        (" trillion", F(10**12), "number"),
        (" percent", F(1, 100), "percent"),
        (" percentage points", F(1, 100), "points"),
    ],
}


def _section(n: int, leading: bool) -> str:
    """A counting numeral below 10000 (105 → 一百零五, 12 → 十二 when leading)."""
    out, gap = "", False
    for place, word in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d = n // place % 10
        if d == 0:
            gap = gap or bool(out)
            continue
        if gap:
            out += "零"
            gap = False
        out += "十" if place == 10 and d == 1 and not out and leading else COUNTING[d] + word
    return out


def counting(n: int) -> str:
    """The counting numeral of ``0 <= n < 10**12`` (105000 → 十万五千)."""
    if n == 0:
        return "零"
    out, gap = "", False
    for v, word in ((n // 10**8, "亿"), (n // 10**4 % 10**4, "万"), (n % 10**4, "")):
        if v == 0:
            gap = gap or bool(out)
            continue
        if out and (gap or v < 1000):
            out += "零"
        out += _section(v, leading=not out) + word
        gap = False
    return out


def _plain(d: F, places: int) -> str:
    """``d`` with exactly ``places`` decimals (``d`` is a multiple of 10**-places)."""
    n = d * 10**places
    assert n.denominator == 1
    whole, frac = divmod(abs(n.numerator), 10**places)
    text = str(whole) + (f".{frac:0{places}d}" if places else "")
    return ("-" if d < 0 else "") + text


def _grouped(text: str) -> str:
    """``text`` (``_plain``) with thousands commas: 1234567.5 → 1,234,567.5."""
    sign = "-" if text.startswith("-") else ""
    whole, dot, frac = text.lstrip("-").partition(".")
    groups: list[str] = []
    while len(whole) > 3:
        whole, groups = whole[:-3], [whole[-3:], *groups]
    return sign + ",".join([whole, *groups]) + dot + frac


def render(d: F, places: int, script: str, suffix: str, choice: int) -> str | None:
    """The printed ``d`` (already rounded to ``places``) in ``script``; None
    where the script cannot print it."""
    text = _plain(d, places)
    whole, _, frac = text.lstrip("-").partition(".")
    negative = text.startswith("-")
    if script == "ascii":
        return (_grouped(text) if choice % 2 else text) + suffix
    if script == "full":
        point = "．﹒"[choice % 2]
        return text.translate(FULL).replace(".", point) + suffix
    if script == "english":
        return _grouped(text) + suffix
    if negative:
        return None  # Chinese numerals carry no sign here
    if script == "positional":
        digits = "".join(POSITIONAL[int(c)] for c in whole)
        if not frac and not (len(whole) >= 3 or "0" in whole):
            return None  # 二三 is "two or three", not 23
        point = ".．点"[choice % 3]
        tail = point + "".join(POSITIONAL[int(c)] for c in frac) if frac else ""
        return digits + tail + suffix
    if int(whole) >= 10**12 or (int(whole) >= 10**4 and suffix in ("万", "萬")):
        return None  # 一万万 is not printed (and 一亿亿 neither)
    if int(whole) >= 10**8 and suffix in ("亿", "億"):
        return None
    numeral = counting(int(whole))
    if frac:
        numeral += "点" + "".join(COUNTING[int(c)] for c in frac)
    if script == "traditional":
        numeral = numeral.replace("万", "萬").replace("亿", "億")
        if choice % 2 and numeral[:1] == "二" and numeral[1:2] in ("百", "千", "萬", "億"):
            numeral = "兩" + numeral[1:]  # 兩千, 兩萬
    return numeral + suffix


@st.composite
def printings(draw: st.DrawFn) -> tuple[F, int, str, str, F, str, int]:
    """A true value and how an article prints it: (true, places, script,
    suffix, factor, kind, choice)."""
    script = draw(st.sampled_from(sorted(SCALES)))
    suffix, factor, kind = draw(st.sampled_from(SCALES[script]))
    places = draw(st.integers(0, 3))
    low = 0 if script in ("positional", "counting", "traditional") else -(10**9)
    numerator = draw(st.integers(low, 10**9))
    denominator = draw(st.sampled_from([1, 2, 3, 7, 8, 40, 1000, 20000]))
    scaled = F(numerator, denominator)
    if script == "traditional" and not suffix:
        assume(False)
    choice = draw(st.integers(0, 5))
    return scaled * factor, places, script, suffix, factor, kind, choice


def _printed(true: F, factor: F, places: int, mode: RoundingMode, choice: int) -> F:
    candidates = reround(true / factor, F(1, 10**places), mode)
    return candidates[choice % len(candidates)]


@settings(max_examples=500, deadline=None)
@given(printings())
def test_a_printed_figure_holds_its_true_value_under_every_mode(
    case: tuple[F, int, str, str, F, str, int],
) -> None:
    true, places, script, suffix, factor, kind, choice = case
    for mode in MODES:
        d = _printed(true, factor, places, mode, choice)
        text = render(d, places, script, suffix, choice)
        if text is None:
            continue
        fig = parse_figure(text)
        assert fig.kind == kind, text
        assert fig.value == d * factor, text
        interval = fig.interval(mode, F(1, 10))
        assert true in interval, (text, mode, true, interval)


def _decimal(x: F) -> str | None:
    """``x`` as an exact decimal literal, or None where it does not terminate
    (or would be too long for an expression's figure)."""
    for places in range(0, 25):
        n = x * 10**places
        if n.denominator == 1:
            text = _plain(x, places)
            return text if len(text.replace("-", "").replace(".", "")) <= 40 else None
    return None


@settings(max_examples=120, deadline=None)
@given(printings())
def test_verify_finds_a_printed_figure_consistent_with_its_true_value(
    case: tuple[F, int, str, str, F, str, int],
) -> None:
    true, places, script, suffix, factor, _kind, choice = case
    literal = _decimal(true)
    assume(literal is not None)
    for mode in MODES:
        d = _printed(true, factor, places, mode, choice)
        text = render(d, places, script, suffix, choice)
        if text is None:
            continue
        body = (
            f"version: 1\narticle:\n  title: t\nrounding: {mode}\nclaims:\n"
            f"  c:\n    quote: q\n    value: '{text}'\n"
            f"checks:\n  - id: true_value\n    expr: c == {literal}\n"
        )
        cf = parse_claims(body, Path("claims.yaml"))
        (result,) = [r for r in run_checks(cf) if r.kind is Kind.EXPR]
        assert result.verdict is Verdict.CONSISTENT, (text, mode, literal, result.message)


@settings(max_examples=200, deadline=None)
@given(printings())
def test_a_quote_in_another_typography_holds_the_figure(
    case: tuple[F, int, str, str, F, str, int],
) -> None:
    true, places, _script, suffix, factor, _kind, choice = case
    d = _printed(true, factor, places, RoundingMode.HALF_UP, choice)
    plain = render(d, places, "ascii", suffix, 0)
    assert plain is not None
    quote = render(d, places, "full", suffix.replace("亿", "億"), choice)
    assert quote is not None
    assert quote_holds("共" + quote + "元", parse_figure(plain).digits), (quote, plain)
    assert quote_holds("共" + plain + "元", parse_figure(quote).digits), (quote, plain)


@given(st.text())
def test_the_normal_form_is_idempotent(text: str) -> None:
    once = normal_form(text)
    assert normal_form(once) == once
    assert fold(fold(text)) == fold(text)
    assert len(fold(text)) == len(text)


@given(st.integers(0, 10**12 - 1))
def test_counting_numerals_read_back(n: int) -> None:
    fig = parse_figure(counting(n))
    assert fig.value == n
    assert n % fig.unit == 0  # the unit is the place of the last written digit
