"""click's usage errors in a Chinese run (``--lang zh``, ``LANG=zh_CN.UTF-8``):
"No such option", "Missing argument", "Invalid value for …" and the lines
around them in Chinese (licang_check/_i18n/click_errors.py); an English run
as click writes it, without loading the module."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from typer._click.exceptions import UsageError
from typer.main import get_command

from licang_check._cli.app import app
from licang_check._i18n.click_errors import in_chinese
from licang_check._i18n.messages import MESSAGES

ENGLISH = re.compile(r"[A-Za-z]{2,}")


def _english_left(text: str) -> list[str]:
    """The English words of ``text`` but for what the user typed or may type:
    quoted values, options, the usage line's placeholders, the program's and
    its commands' names."""
    bare = re.sub(
        r"'[^']*'|--?[A-Za-z][\w-]*|\b[A-Z]{2,}\b|licang-check(?: [a-z]+)*|\[\w+\]", "", text
    )
    return ENGLISH.findall(bare)


def _run(*args: str, lang_env: str | None = None) -> subprocess.CompletedProcess[str]:
    code = (
        f"import sys; sys.argv = ['licang-check', *{list(args)!r}]\n"
        "from licang_check._cli.app import app\n"
        "try:\n    app()\nexcept SystemExit:\n    pass\n"
        "loaded = 'licang_check._i18n.click_errors' in sys.modules\n"
        "print('ZH-LOADED' if loaded else 'ZH-NOT-LOADED')\n"
    )
    env = {"PATH": "/usr/bin:/bin", "COLUMNS": "100"}
    env.update({"LANG": lang_env} if lang_env else {"LC_ALL": "C.UTF-8"})
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        env=env,
    )


# what a user mistypes, and what the Chinese error says
MISTAKES = [
    (["verify", "--lang", "zh", "--nosuch"], "错误：没有选项：--nosuch"),
    (
        ["--lang", "zh", "verify", "--forma", "json"],
        "没有选项：--forma（可能是：--force, --format）",
    ),
    (["--lang", "zh", "verify", "--format", "nope"], "'--format' / '-f' 的值无效：'nope' 不是"),
    (["--lang", "zh", "explain"], "错误：缺少参数 'ID'。"),
    (["--lang", "zh", "verify", "--no-accept=3"], "错误：选项 '--no-accept' 不带值。"),
    (["--lang", "zh", "verify", "--rounding"], "错误：选项 '--rounding' 需要一个值。"),
    (["--lang", "zh", "verfy"], "错误：没有命令 'verfy'。是不是要用 'verify'？"),
    (["--lang", "zh", "explain", "a", "b", "c"], "错误：多出了用不上的参数（c）"),
    (
        ["--lang", "zh", "derive", "cagr", "--start", "1", "--end", "2", "--years", "x"],
        "'--years' 的值无效：'x' 不是有效的整数。",
    ),
]


@pytest.mark.parametrize(("args", "said"), MISTAKES)
def test_a_usage_error_in_chinese(args: list[str], said: str) -> None:
    out = _run(*args)
    assert said in out.stderr
    assert _english_left(out.stderr) == [], out.stderr
    assert out.stdout.strip() == "ZH-LOADED"


def test_the_usage_and_the_hint_around_it_in_chinese() -> None:
    err = _run("verify", "--nosuch", "--lang", "zh").stderr
    assert err.splitlines()[:2] == [
        "用法：licang-check verify [OPTIONS] [paths]...",
        "运行 'licang-check verify -h' 查看帮助。",
    ]


def test_the_environment_asks_for_chinese_too() -> None:
    err = _run("verify", "--nosuch", lang_env="zh_CN.UTF-8").stderr
    assert "错误：没有选项：--nosuch" in err
    assert "No such option" not in err


def test_an_english_run_is_as_click_writes_it_and_never_loads_the_module() -> None:
    out = _run("verify", "--nosuch")
    assert out.stderr.splitlines() == [
        "Usage: licang-check verify [OPTIONS] [paths]...",
        "Try 'licang-check verify -h' for help.",
        "",
        "Error: No such option: --nosuch",
    ]
    assert out.stdout.strip() == "ZH-NOT-LOADED"


def _click_message(*args: str) -> str:
    """The message click itself makes of a mistyped command line (English)."""
    with pytest.raises(UsageError) as info:
        get_command(app).main(list(args), prog_name="licang-check", standalone_mode=False)
    return info.value.format_message()


@pytest.mark.parametrize(
    "args",
    [
        ["verify", "--nosuch"],
        ["verify", "--forma"],
        ["verify", "--format", "nope"],
        ["verify", "--no-accept=3"],
        ["verify", "--rounding"],
        ["explain"],
        ["explain", "a", "b", "c"],
        ["derive", "cagr", "--start", "1", "--end", "2", "--years", "x"],
        ["derive", "cagr", "--start", "1", "--end", "2"],
    ],
)
def test_each_message_of_the_installed_click_has_its_template(args: list[str]) -> None:
    """Held to the click typer ships: if it rewords a message, this fails."""
    english = _click_message(*args)
    assert _english_left(english), english  # the message is click's English
    assert _english_left(in_chinese(english)) == [], (english, in_chinese(english))


def test_a_message_no_template_matches_is_left_as_it_is() -> None:
    assert in_chinese("--current 和 --rate 中给出两项") == "--current 和 --rate 中给出两项"
    assert in_chinese("Error: something else", outer=True) == "错误：something else"
    assert in_chinese("No such option: --x", outer=True) == "No such option: --x"


def test_the_templates_are_catalogue_entries_in_both_languages() -> None:
    keys = [k for k in MESSAGES if k.startswith("click.")]
    assert len(keys) >= 20
    for k in keys:
        fields = set(re.findall(r"\{(\w+)\}", MESSAGES[k]["en"]))
        assert fields == set(re.findall(r"\{(\w+)\}", MESSAGES[k]["zh"])), k
