"""Chinese numerals (三千, 一万二, 两, 百万, 一百零五, 六四〇, 三点五) to exact values.

Each numeral gives its value and its *unit*: the place value of its last
written digit, which sets a printed figure's precision (三千 is to the
thousand, 一万二 — short for 一万二千 — to the thousand, 一百零五 to the one).

Two ways of writing a number: *counting* numerals with their place words
(二十五, 一万二) read by :func:`parse_chinese`, and *positional* digits, one
character a digit as in Arabic (六四〇 is 640, 二〇二三 is 2023), which Hong
Kong and Taiwan papers print. :func:`parse_numeral` reads both, a decimal
part after ``点`` or a decimal point (三点五, 六四〇.五) and a multiplier
after the number (一三七九亿, 三点五万亿).
"""

from __future__ import annotations

from licang_check._i18n.messages import t
from licang_check.numeric.exact import Fraction

__all__ = [
    "BIG_UNITS",
    "DIGITS",
    "MULTIPLIERS",
    "NUMERAL_CHARS",
    "POSITIONAL_DIGITS",
    "SMALL_UNITS",
    "is_positional",
    "parse_chinese",
    "parse_numeral",
]

MULTIPLIERS: dict[str, int] = {
    "万亿": 12,
    "千亿": 11,
    "百亿": 10,
    "十亿": 9,
    "亿": 8,
    "千万": 7,
    "百万": 6,
    "十万": 5,
    "万": 4,
    "千": 3,
    "百": 2,
}
"""Multiplier words and their powers of ten (百 千 万 亿 万亿 from the format,
and the compounds 十万 百万 千万 十亿 百亿 千亿 that articles also print)."""

DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
BIG_UNITS = {"万": 10**4, "亿": 10**8}
NUMERAL_CHARS = frozenset(DIGITS) | frozenset(SMALL_UNITS) | frozenset(BIG_UNITS)
POSITIONAL_DIGITS = frozenset(DIGITS) - {"两"}
"""The characters of positional numerals (六四〇): the digits, 〇 and 零, not 两."""
DECIMAL_POINTS = frozenset(".点")


class NumeralError(ValueError):
    """The text is not a well-formed Chinese numeral."""


def _section(text: str) -> tuple[int, int | None, bool]:
    """A section below 万: (value, unit of its last digit, ends in a bare
    digit that follows a unit, as 一千二). Unit None: the section is empty."""
    value = 0
    digit: int | None = None
    unit: int | None = None
    last_unit_written = 10**5  # larger than any small unit
    zero_seen = False
    for ch in text:
        if ch in DIGITS:
            if digit is not None:
                raise NumeralError(t("numeral.two_digits"))
            if DIGITS[ch] == 0:
                zero_seen = True
                digit = None
                continue
            digit = DIGITS[ch]
        else:
            place = SMALL_UNITS[ch]
            if place >= last_unit_written:
                raise NumeralError(t("numeral.out_of_order", unit=ch))
            value += (1 if digit is None else digit) * place
            unit = place
            last_unit_written = place
            digit = None
            zero_seen = False
    trailing = False
    if digit is not None:
        if last_unit_written <= 1000 and not zero_seen and unit is not None:
            # 一千二 = 1200: a bare last digit counts one place below the unit.
            place = unit // 10
            if place < 1:
                raise NumeralError(t("numeral.after_ones"))
            value += digit * place
            unit = place
            trailing = True
        else:
            value += digit
            unit = 1
    elif unit is None and zero_seen:
        unit = 1  # 零
    return value, unit, trailing


def parse_chinese(text: str) -> tuple[int, int]:
    """Parse a Chinese numeral: (value, unit of its last written digit)."""
    if not text or any(ch not in NUMERAL_CHARS for ch in text):
        raise NumeralError(t("numeral.not_a_numeral", text=text))
    total = 0
    unit: int | None = None
    rest = text
    prev_big = 10**13
    trailing_after_big: int | None = None
    for big_char, big in (("亿", 10**8), ("万", 10**4)):
        if big_char in rest:
            head, _, rest = rest.partition(big_char)
            if big_char in rest:
                raise NumeralError(t("numeral.twice", unit=big_char))
            if big >= prev_big:
                raise NumeralError(t("numeral.units_order"))
            if not head and trailing_after_big is not None:
                raise NumeralError(t("numeral.nothing_before", unit=big_char))
            v, u, _ = _section(head) if head and "万" not in head else (1, 1, False)
            if "万" in head:  # 一万亿, 三万五千亿: the 亿 section holds a 万
                v, u = parse_chinese(head)
            if u is None:
                v, u = 1, 1
            total += v * big
            unit = u * big
            prev_big = big
            trailing_after_big = big
    if rest:
        only_digit = len(rest) == 1 and rest in DIGITS and DIGITS[rest] != 0
        if trailing_after_big is not None and only_digit:
            # 一万二 = 12000, 三亿五 = 350000000
            place = trailing_after_big // 10
            total += DIGITS[rest] * place
            unit = place
        else:
            v, u, _ = _section(rest)
            total += v
            if u is not None:
                unit = u
            elif unit is None:
                raise NumeralError(t("numeral.not_a_numeral", text=text))
    if unit is None:
        raise NumeralError(t("numeral.not_a_numeral", text=text))
    return total, unit


def is_positional(text: str) -> bool:
    """Whether ``text`` is written in positional digits: three or more digit
    characters (一三七九), or two with a 〇 or 零 in them (二〇). Two other
    digits (二三, 三五) are not: Chinese prints them for "two or three"."""
    if len(text) < 2 or any(ch not in POSITIONAL_DIGITS for ch in text):
        return False
    return len(text) >= 3 or any(DIGITS[ch] == 0 for ch in text)


def _positional_value(text: str) -> int:
    return int("".join(str(DIGITS[ch]) for ch in text))


_LONGEST_FIRST = sorted(MULTIPLIERS, key=len, reverse=True)
_MULTIPLIER_ENDS = frozenset(w[-1] for w in MULTIPLIERS)


def _split_multiplier(text: str) -> tuple[str, int]:
    """``text`` without a trailing multiplier word, and its power of ten (0 if none)."""
    if text[-1:] not in _MULTIPLIER_ENDS:
        return text, 0
    for word in _LONGEST_FIRST:
        head = text[: -len(word)]
        if text.endswith(word) and head and head[-1] in POSITIONAL_DIGITS:
            return head, MULTIPLIERS[word]
    return text, 0


def parse_numeral(text: str) -> tuple[Fraction, Fraction]:
    """Parse a Chinese numeral, counting or positional, with an optional
    decimal part after ``点`` or ``.`` and an optional multiplier after a
    positional number or a decimal part: (value, unit of its last digit)."""
    if not text or any(ch not in NUMERAL_CHARS and ch not in DECIMAL_POINTS for ch in text):
        raise NumeralError(t("numeral.not_a_numeral", text=text))
    points = [i for i, ch in enumerate(text) if ch in DECIMAL_POINTS]
    if len(points) > 1:
        raise NumeralError(t("numeral.two_points"))
    if points:
        head, tail = text[: points[0]], text[points[0] + 1 :]
        frac, power = _split_multiplier(tail)
        if not head or not frac or any(ch not in POSITIONAL_DIGITS for ch in frac):
            raise NumeralError(t("numeral.bad_decimals", text=text))
        if all(ch in POSITIONAL_DIGITS for ch in head):  # 一一.五: digits, with a point
            whole = _positional_value(head)
        else:  # 一万二千点五: the decimal part sets the unit
            whole = parse_chinese(head)[0]
        scale = Fraction(10) ** power
        step = Fraction(1, 10 ** len(frac))
        return (whole + _positional_value(frac) * step) * scale, step * scale
    head, power = _split_multiplier(text)
    if is_positional(head):
        scale = Fraction(10) ** power
        return _positional_value(head) * scale, scale
    value, unit = parse_chinese(text)
    return Fraction(value), Fraction(unit)
