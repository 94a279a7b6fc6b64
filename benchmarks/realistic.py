"""Generate a realistic claims file for benchmarks: the mix an article has.

Claims come in groups of ten, each group one paragraph's worth of a news
report:

- counts with a growth (``项目149个、增长273%``) and amounts with a growth
  (``营收448.6亿元、增长12.3%``);
- a share of a count (``其中44.7%``, ``count: true``) and of an amount;
- a growth with a stated prior, by id (``prior: <claim>``);
- qualified figures: ``近7000万``, ``超过300万``, ``50亿以上``;
- Chinese numerals (``三百``, ``两千``, ``一万二``);

and every ten claims get three expression checks (a comparison with a
product, an implied prior, a sum). The figures are worked out from true
values, so nearly every result is consistent; every 97th growth is printed
off by a tenth of a percent more than its rounding allows, as articles are.
"""

from __future__ import annotations

import argparse
import sys
from fractions import Fraction
from pathlib import Path

_CHINESE = ("三百", "两千", "一万二", "五十", "十二", "八百", "四千", "三十", "六", "九十")


def _round_half_up(x: Fraction, places: int) -> Fraction:
    """``x`` rounded half away from zero to ``places`` decimals (x >= 0 here)."""
    scale = 10**places
    return Fraction(int(x * scale + Fraction(1, 2)), scale)


def _fixed(x: Fraction, places: int) -> str:
    """``x`` (already rounded to ``places``) printed with exactly that many decimals."""
    scaled = int(x * 10**places)
    if places == 0:
        return str(scaled)
    whole, frac = divmod(scaled, 10**places)
    return f"{whole}.{frac:0{places}d}"


def _growth(prior: Fraction, current: Fraction, places: int, off: bool) -> str:
    rate = _round_half_up((current / prior - 1) * 100, places)
    if off:
        rate += Fraction(3, 10**places)  # three steps off: never a rounding
    return _fixed(rate, places) + "%"


def claims_yaml(n: int, start: int = 0) -> str:
    """``n`` claims; ``start`` shifts every figure (files that differ)."""
    lines = [
        "version: 1",
        "article:",
        f"  title: realistic benchmark article with {n} claims",
        "  source: benchmark",
        "  published: 2023-01-13",
        "rounding: half-up",
        "tolerance: 10%",
        "claims:",
    ]
    checks: list[str] = []

    def claim(cid: str, quote: str, value: str, unit: str, **keys: str) -> None:
        lines.extend([f"  {cid}:", f"    quote: {quote}", f"    value: {value}"])
        lines.append(f"    unit: {unit}")
        for k, v in keys.items():
            lines.append(f"    {k}: {v}")

    for i in range((n + 9) // 10):
        g = start + i
        b = f"g{i}_"
        ids = []
        left = n - 10 * i
        # 0: a count with a growth
        prior = 40 + g % 500
        current = prior * (100 + 3 + g % 200) // 100
        rate = _growth(Fraction(prior), Fraction(current), 1, g % 97 == 5)
        parts: list[tuple[str, str, str, str, dict[str, str]]] = [
            (
                b + "projects",
                f"项目{current}个、增长{rate}",
                str(current),
                "个",
                {"count": "true", "growth": rate},
            )
        ]
        # 1: an amount (亿, one decimal) with a growth
        amount = Fraction(1000 + 37 * g % 9000, 10)  # 100.0 .. 999.9 亿
        before = _round_half_up(amount / (1 + Fraction(5 + g % 40, 100)), 1)
        arate = _growth(before, amount, 1, False)
        parts.append(
            (
                b + "revenue",
                f"营业收入{_fixed(amount, 1)}亿元、增长{arate}",
                f"{_fixed(amount, 1)}亿",
                "元",
                {"growth": arate},
            )
        )
        # 2: a share of the count
        part = max(1, current * (10 + g % 60) // 100)
        share = _fixed(_round_half_up(Fraction(part, current) * 100, 1), 1) + "%"
        parts.append(
            (
                b + "projects_share",
                f"其中{share}为新开工项目",
                share,
                "个",
                {"count": "true", "of": b + "projects"},
            )
        )
        # 3: a share of the amount
        ashare = _fixed(_round_half_up(Fraction(20 + g % 70, 100) * 100, 1), 1) + "%"
        parts.append(
            (
                b + "revenue_share",
                f"占营业收入的{ashare}",
                ashare,
                "元",
                {"of": b + "revenue"},
            )
        )
        # 4: the prior year's amount, printed, and 5: a growth stated against it
        last = Fraction(2000 + 53 * g % 7000, 10)
        now = _round_half_up(last * Fraction(100 + 2 + g % 30, 100), 1)
        parts.append(
            (b + "output_last", f"上年{_fixed(last, 1)}亿元", f"{_fixed(last, 1)}亿", "元", {})
        )
        srate = _growth(last, now, 1, False)
        parts.append(
            (
                b + "output",
                f"产值{_fixed(now, 1)}亿元，比上年增长{srate}",
                f"{_fixed(now, 1)}亿",
                "元",
                {"growth": srate, "prior": b + "output_last"},
            )
        )
        # 6, 7, 8: qualified figures
        near = 1000 + g % 9000
        parts.append((b + "visitors", f"接待游客近{near}万人次", f"近{near}万", "人次", {}))
        over = 100 + g % 900
        parts.append((b + "investment", f"总投资超过{over}万元", f"超过{over}万", "元", {}))
        floor = 10 + g % 90
        parts.append((b + "big_projects", f"{floor}亿元以上项目", f"{floor}亿以上", "元", {}))
        # 9: a Chinese numeral
        cn = _CHINESE[g % len(_CHINESE)]
        parts.append((b + "sites", f"建成{cn}个站点", cn, "个", {"count": "true"}))
        for cid, quote, value, unit, keys in parts[:left]:
            claim(cid, quote, value, unit, **keys)
            ids.append(cid)
        if left >= 10:
            checks += [
                f"  - id: {b}revenue_over_floor",
                "    says: the revenue is more than the big projects' floor",
                f"    expr: {b}revenue > {b}big_projects * 2",
                f"  - id: {b}projects_prior",
                "    says: the count grew from a smaller prior",
                f"    expr: prior({b}projects) < {b}projects",
                f"  - id: {b}output_sum",
                "    says: this year's output and last year's together are positive",
                f"    expr: {b}output + {b}output_last > {b}investment",
            ]
    lines.append("checks:")
    lines += checks
    return "\n".join(lines) + "\n"


def small_files(folder: Path, count: int, claims: int = 20) -> list[Path]:
    """``count`` files of ``claims`` claims each in ``folder`` (``f0000.yaml``
    ...), each file's figures shifted from the last: the many small files
    that `run.py` and `pool_threshold.py` check in one call."""
    paths = [folder / f"f{i:04d}.yaml" for i in range(count)]
    for i, path in enumerate(paths):
        path.write_text(claims_yaml(claims, start=i * 7), encoding="utf-8")
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("claims", type=int, help="number of claims")
    parser.add_argument("-o", "--output", type=Path, help="file to write (default: stdout)")
    args = parser.parse_args()
    text = claims_yaml(args.claims)
    if args.output:
        args.output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)


if __name__ == "__main__":
    main()
