"""``licang-check derive``: solve one relation between printed figures."""

# No `from __future__ import annotations` here: typer reads every command's
# signature with typing.get_type_hints, which would then evaluate each
# annotation string again at start-up.
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

from licang_check._cli.common import _color, _fail, _format_choice, _h, derive_app
from licang_check.numeric.rounding import RoundingMode

if TYPE_CHECKING:
    from licang_check.solve.derivations import Derivation


CountOption = Annotated[bool, typer.Option("--count", help=_h("count"))]
RoundingOption = Annotated[RoundingMode, typer.Option(help=_h("rounding"))]
FormatOption = Annotated[str, typer.Option("--format", "-f", help=_h("table_or_json"))]


def _derived(make: Callable[[], "Derivation"], output_format: str) -> NoReturn:
    """Run a derive command: solve, render, exit 0 (fits) or 1 (no whole number fits)."""
    from licang_check.formats import derivation as render
    from licang_check.numeric.wholes import DeriveError

    if output_format not in ("table", "json"):
        _fail(_format_choice(("table", "json"), output_format))
    try:
        d = make()
    except DeriveError as e:
        _fail(str(e))
    if output_format == "json":
        sys.stdout.write(render.render_json(d))
    else:
        sys.stdout.write(render.render_table(d, color=_color(sys.stdout)))
    raise typer.Exit(0 if d.consistent else 1)


@derive_app.command("growth", help=_h("growth"))
def derive_growth_cmd(
    current: Annotated[str | None, typer.Option(help=_h("growth.current"))] = None,
    prior: Annotated[str | None, typer.Option(help=_h("growth.prior"))] = None,
    rate: Annotated[str | None, typer.Option(help=_h("growth.rate"))] = None,
    count: Annotated[bool, typer.Option("--count", help=_h("growth.count"))] = False,
    rounding: RoundingOption = RoundingMode.HALF_UP,
    output_format: FormatOption = "table",
) -> None:
    from licang_check.solve.derivations import GROWTH, derive

    texts = {"current": current, "prior": prior, "rate": rate}
    _derived(lambda: derive(GROWTH, texts, count=count, rounding=rounding), output_format)


@derive_app.command("share", help=_h("share"))
def derive_share_cmd(
    part: Annotated[str | None, typer.Option(help=_h("share.part"))] = None,
    whole: Annotated[str | None, typer.Option(help=_h("share.whole"))] = None,
    share: Annotated[str | None, typer.Option(help=_h("share.share"))] = None,
    count: CountOption = False,
    rounding: RoundingOption = RoundingMode.HALF_UP,
    output_format: FormatOption = "table",
) -> None:
    from licang_check.solve.derivations import SHARE, derive

    texts = {"part": part, "whole": whole, "share": share}
    _derived(lambda: derive(SHARE, texts, count=count, rounding=rounding), output_format)


@derive_app.command("mean", help=_h("mean"))
def derive_mean_cmd(
    total: Annotated[str | None, typer.Option(help=_h("mean.total"))] = None,
    n: Annotated[str | None, typer.Option("--n", help=_h("mean.n"))] = None,
    mean: Annotated[str | None, typer.Option(help=_h("mean.mean"))] = None,
    count: CountOption = False,
    rounding: RoundingOption = RoundingMode.HALF_UP,
    output_format: FormatOption = "table",
) -> None:
    from licang_check.solve.derivations import MEAN, derive

    texts = {"total": total, "n": n, "mean": mean}
    _derived(lambda: derive(MEAN, texts, count=count, rounding=rounding), output_format)


@derive_app.command("sum", help=_h("sum"))
def derive_sum_cmd(
    parts: Annotated[str | None, typer.Option(help=_h("sum.parts"))] = None,
    part: Annotated[list[str] | None, typer.Option("--part", help=_h("sum.part"))] = None,
    total: Annotated[str | None, typer.Option(help=_h("sum.total"))] = None,
    count: CountOption = False,
    rounding: RoundingOption = RoundingMode.HALF_UP,
    output_format: FormatOption = "table",
) -> None:
    import re

    from licang_check.solve.derivations import derive_sum

    listed = [p for p in re.split(r"[,、;；，]", parts or "") if p.strip()] + list(part or [])
    _derived(lambda: derive_sum(listed, total, count=count, rounding=rounding), output_format)


@derive_app.command("cagr", help=_h("cagr"))
def derive_cagr_cmd(
    years: Annotated[int, typer.Option(help=_h("cagr.years"))],
    start: Annotated[str | None, typer.Option(help=_h("cagr.start"))] = None,
    end: Annotated[str | None, typer.Option(help=_h("cagr.end"))] = None,
    rate: Annotated[str | None, typer.Option(help=_h("cagr.rate"))] = None,
    count: CountOption = False,
    rounding: RoundingOption = RoundingMode.HALF_UP,
    output_format: FormatOption = "table",
) -> None:
    from licang_check.solve.derivations import cagr, derive

    texts = {"start": start, "end": end, "rate": rate}
    _derived(lambda: derive(cagr(years), texts, count=count, rounding=rounding), output_format)
