"""share, through the common helper: parts worked out by hand (the GRIM test)."""

from __future__ import annotations

from kinds.common import NO, OK, check, claims_text
from licang_check.numeric.rounding import RoundingMode
from licang_check.run.results import Kind

HU, HE, DOWN, ANY = tuple(RoundingMode)


def share(percent: str, whole: str, *, count: bool = True) -> str:
    out = f"  w:\n    quote: q\n    value: {whole}\n    count: true\n"
    out += f"  s:\n    quote: q\n    value: {percent}\n    of: w\n"
    return out + ("    count: true\n" if count else "")


def test_54_0_percent_of_150_is_81() -> None:
    r = check(claims_text(share("54.0%", "150")))["s", Kind.SHARE]
    assert r.verdict is OK
    assert "81" in r.message


def test_no_whole_number_of_150_is_54_2_percent() -> None:
    # 81/150 = 54.0%, 82/150 = 54.67%: nothing in [54.15%, 54.25%) × 150 = [81.225, 81.375)
    r = check(claims_text(share("54.2%", "150")))["s", Kind.SHARE]
    assert r.verdict is NO
    assert r.modes == ()
    assert dict(r.nearest)["share"] == ("54.0%", "54.7%")


def test_13_percent_of_8_is_1_only_at_the_half() -> None:
    # 1/8 = 12.5%: 13% under half-up, 12% under half-even; 13% down is [13%, 14%): 1.04..1.12
    r = check(claims_text(share("13%", "8")))["s", Kind.SHARE]
    assert r.verdict is OK
    assert r.modes == (HU, ANY)
    assert r.edge


def test_a_share_that_is_not_a_count_is_some_part_under_every_mode() -> None:
    r = check(claims_text(share("54.2%", "150", count=False)))["s", Kind.SHARE]
    assert r.verdict is OK
    assert r.modes == tuple(RoundingMode)
