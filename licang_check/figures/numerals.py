"""Chinese numerals (三千, 一万二, 两, 百万, 一百零五) to exact values.

Each numeral gives its value and its *unit*: the place value of its last
written digit, which sets a printed figure's precision (三千 is to the
thousand, 一万二 — short for 一万二千 — to the thousand, 一百零五 to the one).
"""

from __future__ import annotations

from licang_check._i18n.messages import t

__all__ = ["BIG_UNITS", "DIGITS", "NUMERAL_CHARS", "SMALL_UNITS", "parse_chinese"]

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
