"""click's usage errors in Chinese ("Error: No such option: --nosuch").

The click that typer ships (``typer._click``) writes its messages as English
f-strings, with no gettext to hook. So a Chinese run reads each message the
other way round: the catalogue's ``click.*`` entries hold click's English
sentences as templates (``No such option: {name}``), and a message that one
of them matches is written with its Chinese (``没有选项：{name}``), the
pieces it holds translated in turn (``Invalid value for '-f': {message}``,
the message being click's too). A message that matches none, such as the
project's own (already in the run's language), is left as it is.

Loaded only for a Chinese run (:func:`licang_check._cli.common._click_in_chinese`);
an English run never imports this module."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Any

from licang_check._i18n.messages import MESSAGES

__all__ = ["in_chinese", "install"]

_OUTER = ("click.error", "click.try_help")
"""The lines ``show`` writes around a message: the only ones read at the top."""
_FIELD = re.compile(r"\{(\w+)\}")


def _pattern(template: str) -> re.Pattern[str]:
    parts = _FIELD.split(template)
    body = "".join(re.escape(p) if i % 2 == 0 else f"(?P<{p}>.+?)" for i, p in enumerate(parts))
    return re.compile(body, re.DOTALL)


@functools.cache
def _templates() -> tuple[tuple[str, re.Pattern[str], str], ...]:
    """(key, English pattern, Chinese) of every ``click.*`` entry, the
    longest English first (``Missing argument {name}. {message}`` before
    ``Missing argument {name}.``)."""
    entries = [(k, m) for k, m in MESSAGES.items() if k.startswith("click.")]
    entries.sort(key=lambda e: -len(e[1]["en"]))
    return tuple((k, _pattern(m["en"]), m["zh"]) for k, m in entries)


def _fill(zh: str, fields: dict[str, str]) -> str:
    return _FIELD.sub(lambda m: fields[m[1]], zh).replace("。。", "。")


def in_chinese(message: str, *, outer: bool = False) -> str:
    """``message`` in Chinese where a ``click.*`` template matches it (with
    ``outer``, only the lines ``show`` writes around a message), else as it is."""
    for key, pattern, zh in _templates():
        if outer and key not in _OUTER:
            continue
        m = pattern.fullmatch(message)
        if m is not None:
            return _fill(zh, {k: in_chinese(v) for k, v in m.groupdict().items()})
    return message


def install() -> None:
    """Write click's errors in Chinese from now on: the ``echo`` that click's
    exceptions show themselves with reads each line through :func:`in_chinese`."""
    from typer._click import exceptions

    echo: Callable[..., Any] = exceptions.echo  # type: ignore[attr-defined]

    def chinese_echo(message: Any = None, *args: Any, **kwargs: Any) -> Any:
        if isinstance(message, str):
            whole = in_chinese(message, outer=True)  # Error: … (of one line or more)
            lines = message.split("\n")  # the usage, then Try … for help.
            message = (
                whole if whole != message else "\n".join(in_chinese(x, outer=True) for x in lines)
            )
        return echo(message, *args, **kwargs)

    exceptions.echo = chinese_echo  # type: ignore[attr-defined]
