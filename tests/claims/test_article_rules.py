"""``verify``, ``extract`` and ``init`` read an article by one set of rules
(:mod:`licang_check.claims.article`): one size limit, one set of places an
article may be, one set of messages. Whatever ``init`` or ``extract`` writes
as ``article.text``, ``verify`` reads; whatever ``verify`` refuses, they
refuse (or leave as a comment, for an article outside the draft's folder).

Each test runs the three commands on the same article: ``verify`` through a
claims file beside it, ``extract -o`` and ``init -o`` into the same folder,
and then ``verify`` on what the two wrote."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import NamedTuple

import pytest
from conftest import run_cli

from licang_check.claims import article as article_module

LINE = "今年项目149个，增长273%。\n"
"""The article's one figure line; the rest of an article here is padding."""

QUOTE = "今年项目149个"


def claims_for(rel: str) -> str:
    """A claims file whose ``article.text`` is ``rel`` (at line 4, column 9)."""
    return (
        "version: 1\narticle:\n  title: t\n"
        f"  text: {json.dumps(rel, ensure_ascii=False)}\n"
        f"claims:\n  a:\n    quote: {QUOTE}\n    value: '149'\n"
    )


def sized(size: int) -> bytes:
    """An article of exactly ``size`` bytes: the figure line, then spaces."""
    head = LINE.encode()
    assert size >= len(head)
    return head + b" " * (size - len(head) - 1) + b"\n"


class Outcome(NamedTuple):
    code: int
    error: str
    """What follows ``error: `` on the first error line ("" when none)."""
    stderr: str
    at: str
    """What comes before ``: error: ``: ``PATH:LINE:COL``."""


def _outcome(code: int, stderr: str) -> Outcome:
    lines = [line for line in stderr.splitlines() if ": error: " in line]
    at, error = lines[0].split(": error: ", 1) if lines else ("", "")
    return Outcome(code, error, stderr, at)


def verify(claims: Path) -> Outcome:
    r = run_cli("verify", str(claims))
    return _outcome(r.exit_code, r.stderr)


def verify_at(folder: Path, rel: str, name: str = "claims-v.yaml") -> Outcome:
    """``verify`` on a claims file in ``folder`` naming ``rel`` as its article."""
    claims = folder / name
    claims.write_text(claims_for(rel), encoding="utf-8")
    return verify(claims)


def draft(command: str, article: str, output: Path) -> Outcome:
    """``extract`` or ``init`` of ``article`` into ``output``; when that
    writes a file, verify must read it (exit 0 or 1, never 2)."""
    extra = ["--no-input"] if command == "init" else []
    r = run_cli(command, article, "-o", str(output), *extra)
    if r.exit_code == 0:
        after = verify(output)
        assert after.code in (0, 1), (command, after.stderr)
    else:
        assert not output.exists(), f"{command} failed but wrote {output}"
    return _outcome(r.exit_code, r.stderr)


def all_three(folder: Path, article: str, rel: str | None = None) -> dict[str, Outcome]:
    """The three commands on ``article`` (a path from the cwd); ``rel`` is
    what the claims file in ``folder`` names (default: its name)."""
    return {
        "verify": verify_at(folder, rel if rel is not None else Path(article).name),
        "extract": draft("extract", article, folder / "claims-x.yaml"),
        "init": draft("init", article, folder / "claims-i.yaml"),
    }


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NO_COLOR", "1")


# -- the size limit --------------------------------------------------------------


@pytest.mark.parametrize("delta", [-1, 0, 1])
def test_all_three_agree_at_the_article_limit(tmp_path: Path, delta: int) -> None:
    """1 MiB - 1, 1 MiB and 1 MiB + 1 bytes: accepted, accepted, refused,
    by all three, with the same message."""
    size = article_module.MAX_ARTICLE_BYTES + delta
    (tmp_path / "big.txt").write_bytes(sized(size))
    got = all_three(tmp_path, "big.txt")
    if delta <= 0:
        assert {k: o.code for k, o in got.items()} == {"verify": 0, "extract": 0, "init": 0}
    else:
        message = "article text 'big.txt' is larger than 1 MiB, the limit for an article"
        assert {k: (o.code, o.error) for k, o in got.items()} == {k: (2, message) for k in got}
        # verify's error is at the claims file's text:, the drafts' at the article
        assert got["verify"].at == f"{tmp_path / 'claims-v.yaml'}:4:9"
        assert (got["extract"].at, got["init"].at) == ("big.txt:1:1", "big.txt:1:1")


def test_a_1_2_mb_article_is_refused_by_all_three(tmp_path: Path) -> None:
    """The case of issue #13: init and extract took it, and verify refused it."""
    (tmp_path / "big.txt").write_bytes(sized(1_200_000))
    got = all_three(tmp_path, "big.txt")
    assert {k: o.code for k, o in got.items()} == {"verify": 2, "extract": 2, "init": 2}
    assert len({o.error for o in got.values()}) == 1


@pytest.mark.parametrize("delta", [-1, 0, 1])
def test_one_limit_constant_serves_all_three(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, delta: int
) -> None:
    """Lowered in the article module, the limit moves for every command:
    there is no other copy of it."""
    monkeypatch.setattr(article_module, "MAX_ARTICLE_BYTES", 4096)
    (tmp_path / "a.txt").write_bytes(sized(4096 + delta))
    got = all_three(tmp_path, "a.txt")
    want = 0 if delta <= 0 else 2
    assert {k: o.code for k, o in got.items()} == {k: want for k in got}
    if want:
        message = "article text 'a.txt' is larger than 4 KiB, the limit for an article"
        assert {o.error for o in got.values()} == {message}


def test_no_other_module_has_a_limit_of_its_own() -> None:
    package = Path(article_module.__file__).parents[1]
    defining = sorted(
        str(p.relative_to(package))
        for p in package.rglob("*.py")
        if "MAX_ARTICLE_BYTES =" in p.read_text(encoding="utf-8")
        or "MAX_PAGE_BYTES =" in p.read_text(encoding="utf-8")
    )
    assert defining == ["claims/article.py"]


SAVED = (
    "分享到朋友圈\n\n正在阅读:河湾县去年新增企业1200家\n首页> 新闻\n\n"
    "河湾县去年新增企业1200家\n\n来源:河湾日报2024-01-15 10:20\n\n"
    "  去年全县新增各类企业1200家，比上年增长20.0%。\n"
    "  全县市场主体总数达到4.8万户。(河湾日报记者 林安)\n\n"
    "[ 责编:王五 ]\n相关阅读\n"
)
"""A page saved as text (the browser's "save as text"), in our own words."""


def _big_page(size: int) -> bytes:
    """:data:`SAVED` with its footer padded to ``size`` bytes."""
    head = SAVED.encode()
    filler = "热门新闻 2024-01-14 08:00\n".encode()
    body = head + filler * ((size - len(head)) // len(filler) + 1)
    return body[:size]


def test_a_page_larger_than_an_article_is_read_for_its_body(tmp_path: Path) -> None:
    """A saved page is held to the page limit; its body, which verify reads,
    to the article limit."""
    (tmp_path / "page.txt").write_bytes(_big_page(article_module.MAX_ARTICLE_BYTES + 100_000))
    for command in ("extract", "init"):
        out = tmp_path / f"claims-{command}.yaml"
        got = draft(command, "page.txt", out)
        assert got.code == 0, got.stderr
        assert 'text: "page.body.txt"' in out.read_text(encoding="utf-8")
    body = (tmp_path / "page.body.txt").read_bytes()
    assert len(body) < 1000
    assert verify(tmp_path / "claims-init.yaml").code == 0


def test_a_page_past_the_page_limit_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(article_module, "MAX_PAGE_BYTES", 8192)
    (tmp_path / "page.txt").write_bytes(_big_page(8193))
    for command in ("extract", "init"):
        got = draft(command, "page.txt", tmp_path / f"claims-{command}.yaml")
        assert got.code == 2
        assert got.error == "page 'page.txt' is larger than 8 KiB, the limit for a saved page"
    assert not (tmp_path / "page.body.txt").exists()


def test_a_body_past_the_article_limit_is_refused_and_not_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What verify would refuse is never written as a body either."""
    monkeypatch.setattr(article_module, "MAX_ARTICLE_BYTES", 100)
    (tmp_path / "page.txt").write_text(SAVED, encoding="utf-8")
    for command in ("extract", "init"):
        got = draft(command, "page.txt", tmp_path / f"claims-{command}.yaml")
        assert got.code == 2
        assert got.error.startswith(
            "the article text found in page 'page.txt' is larger than 100 bytes,"
            " the limit for an article"
        ), got.error
    assert not (tmp_path / "page.body.txt").exists()


HTML_HEAD = """<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8"><title>河湾县去年新增企业1200家</title>
<script>var tracking = "{pad}";</script></head>
<body><article><h1>河湾县去年新增企业1200家</h1>
<p>记者从县市场监管局获悉，去年全县新增各类企业1200家，比上年增长20.0%，其中新增制造业企业300家。</p>
<p>全县市场主体总数达到4.8万户，较上年末增加0.6万户。</p>
</article></body></html>
"""


def test_an_html_page_larger_than_an_article(tmp_path: Path) -> None:
    """A page saved from a news site carries scripts: 1.2 MB of page, a few
    hundred bytes of article."""
    pytest.importorskip("trafilatura")
    page = HTML_HEAD.replace("{pad}", "x" * 1_200_000)
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    got = draft("init", "page.html", tmp_path / "claims-i.yaml")
    assert got.code == 0, got.stderr
    assert (tmp_path / "page.body.txt").stat().st_size < 1000


# -- where an article may be -------------------------------------------------------


def _article(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(LINE, encoding="utf-8")
    return path


def test_an_article_in_a_hidden_folder_is_refused_by_all_three(tmp_path: Path) -> None:
    """The case of issue #13: ``init .drafts/article.txt`` wrote
    ``text: .drafts/article.txt``, which verify refuses."""
    _article(tmp_path / ".drafts" / "article.txt")
    got = all_three(tmp_path, ".drafts/article.txt", ".drafts/article.txt")
    assert {k: o.code for k, o in got.items()} == {"verify": 2, "extract": 2, "init": 2}
    assert "names a hidden file or folder" in got["verify"].error
    for command in ("extract", "init"):
        error = got[command].error
        assert error.startswith("article.text '.drafts/article.txt' names a hidden file or folder")
        # what to do: move it, or write the claims file beside it
        assert "move the article out of the hidden folder" in error
        assert "-o .drafts/claims.yaml" in error


def test_beside_the_article_in_a_hidden_folder_all_three_agree(tmp_path: Path) -> None:
    """Written in the hidden folder, the claims file names ``article.txt``,
    which verify reads: what the error suggests works."""
    folder = tmp_path / ".drafts"
    _article(folder / "article.txt")
    got = all_three(folder, ".drafts/article.txt")
    assert {k: o.code for k, o in got.items()} == {"verify": 0, "extract": 0, "init": 0}
    assert run_cli("init", ".drafts/article.txt", "--no-input").exit_code == 0
    assert verify(folder / "claims.yaml").code == 0


def test_a_hidden_article_gets_no_hint_that_would_not_help(tmp_path: Path) -> None:
    _article(tmp_path / "news" / ".article.txt")
    got = all_three(tmp_path / "news", "news/.article.txt")
    assert {k: o.code for k, o in got.items()} == {"verify": 2, "extract": 2, "init": 2}
    for command in ("extract", "init"):
        assert "move the article out of the hidden folder" in got[command].error
        assert "-o " not in got[command].error


def test_a_symlink_into_a_hidden_folder_is_refused_by_all_three(tmp_path: Path) -> None:
    _article(tmp_path / "news" / ".cache" / "a.txt")
    (tmp_path / "news" / "a.txt").symlink_to(".cache/a.txt")
    got = all_three(tmp_path / "news", "news/a.txt")
    assert {k: o.code for k, o in got.items()} == {"verify": 2, "extract": 2, "init": 2}


def test_a_symlink_out_of_the_folder(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """verify does not follow it out; extract and init do not name it
    (``article.text`` is left a comment, with a warning), so what they write
    verifies. (extract wrote ``text: a.txt``, which verify refused.)"""
    elsewhere = _article(tmp_path_factory.mktemp("elsewhere") / "a.txt")
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").symlink_to(elsewhere)
    got = all_three(tmp_path / "news", "news/a.txt")
    assert got["verify"].code == 2
    assert "is outside the claims file's folder" in got["verify"].error
    for command in ("extract", "init"):
        assert got[command].code == 0
        assert "warning: news/a.txt is not in or below the draft's folder" in got[command].stderr
        name = {"extract": "claims-x.yaml", "init": "claims-i.yaml"}[command]
        text = (tmp_path / "news" / name).read_text(encoding="utf-8")
        assert '  # text: "a.txt"' in text


def test_an_article_above_the_draft_is_a_comment_for_both(tmp_path: Path) -> None:
    _article(tmp_path / "article.txt")
    (tmp_path / "drafts").mkdir()
    for command in ("extract", "init"):
        got = draft(command, "article.txt", tmp_path / "drafts" / f"{command}.yaml")
        assert got.code == 0
        assert "warning: article.txt is not in or below the draft's folder" in got.stderr
        text = (tmp_path / "drafts" / f"{command}.yaml").read_text(encoding="utf-8")
        assert '  # text: "../article.txt"' in text


def test_a_fifo_is_refused_by_all_three_without_hanging(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "a.fifo")
    (tmp_path / "c.yaml").write_text(claims_for("a.fifo"), encoding="utf-8")
    for args in (
        ["verify", "c.yaml"],
        ["extract", "a.fifo", "-o", "x.yaml"],
        ["init", "a.fifo", "-o", "i.yaml", "--no-input"],
    ):
        proc = subprocess.run(
            [sys.executable, "-m", "licang_check", *args],
            capture_output=True,
            text=True,
            timeout=60,  # a hang guard: a FIFO no one writes must not be waited on
            check=False,
            env={**os.environ, "LC_ALL": "C.UTF-8"},
        )
        assert proc.returncode == 2, (args, proc.stderr)
        assert "article text 'a.fifo' is not a regular file" in proc.stderr, proc.stderr
    assert not (tmp_path / "x.yaml").exists()
    assert not (tmp_path / "i.yaml").exists()


# -- encodings and line breaks -----------------------------------------------------


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (LINE.encode("gb18030"), "article text 'a.txt' is not UTF-8"),
        (b"\xff\xfe" + LINE.encode("utf-16-le"), "article text 'a.txt' is UTF-16LE, not UTF-8"),
        (b"\xfe\xff" + LINE.encode("utf-16-be"), "article text 'a.txt' is UTF-16BE, not UTF-8"),
        (
            "In 2023, 149 projects.\n".encode("utf-16-le"),
            "article text 'a.txt' holds NUL bytes, as UTF-16 without a byte-order mark does",
        ),
    ],
    ids=["gb18030", "utf-16le", "utf-16be", "utf-16le-no-bom"],
)
def test_an_article_not_in_utf8_gets_one_message(tmp_path: Path, data: bytes, message: str) -> None:
    (tmp_path / "a.txt").write_bytes(data)
    got = all_three(tmp_path, "a.txt")
    for command, o in got.items():
        assert o.code == 2, command
        assert o.error.startswith(message), (command, o.error)
        assert "save it as UTF-8" in o.error
    assert len({o.error for o in got.values()}) == 1
    assert got["extract"].at == got["init"].at == "a.txt:1:1"


def test_a_utf8_bom_is_dropped_by_all_three(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"\xef\xbb\xbf" + LINE.encode())
    got = all_three(tmp_path, "a.txt")
    assert {k: o.code for k, o in got.items()} == {"verify": 0, "extract": 0, "init": 0}
    r = run_cli("extract", "a.txt", "--format", "json")
    assert json.loads(r.stdout)[0]["start"] == LINE.index("149")


def test_bare_cr_line_ends_are_line_breaks(tmp_path: Path) -> None:
    """A classic Mac OS file: the draft's ``# line N`` comments count CR as
    a line break, as an editor does, and verify finds the quote."""
    (tmp_path / "a.txt").write_bytes("河湾县新闻\r\r".encode() + LINE.replace("\n", "\r").encode())
    got = all_three(tmp_path, "a.txt")
    assert {k: o.code for k, o in got.items()} == {"verify": 0, "extract": 0, "init": 0}
    r = run_cli("extract", "a.txt", "--format", "json")
    lines = {e["text"]: e["line"] for e in json.loads(r.stdout)}
    assert lines["149个"] == 3


def test_the_messages_are_in_chinese_too(tmp_path: Path) -> None:
    _article(tmp_path / ".drafts" / "article.txt")
    r = run_cli("--lang", "zh", "init", ".drafts/article.txt", "-o", "c.yaml", "--no-input")
    assert r.exit_code == 2
    assert "隐藏" in r.stderr
    assert "-o .drafts/claims.yaml" in r.stderr
    (tmp_path / "big.txt").write_bytes(sized(article_module.MAX_ARTICLE_BYTES + 1))
    r = run_cli("--lang", "zh", "extract", "big.txt")
    assert r.exit_code == 2
    assert "正文文件 'big.txt' 大于 1 MiB" in r.stderr


def test_a_control_character_in_the_name_is_refused_by_all_three(tmp_path: Path) -> None:
    _article(tmp_path / "a\nb.txt")
    got = all_three(tmp_path, "a\nb.txt")
    assert {k: o.code for k, o in got.items()} == {"verify": 2, "extract": 2, "init": 2}
    assert "article.text 'a\\nb.txt' holds a control character" in got["verify"].error
    for command in ("extract", "init"):
        assert got[command].error.startswith("article.text 'a\\nb.txt' holds a control character")
        assert got[command].error.endswith("rename the article's file")


def test_a_byte_that_is_not_utf8_is_pointed_at(tmp_path: Path) -> None:
    """The drafts' error is at the bad byte, and all three say where."""
    (tmp_path / "a.txt").write_bytes(LINE.encode() + "二行".encode() + b"\xc3(\n")
    got = all_three(tmp_path, "a.txt")
    message = "article text 'a.txt' is not UTF-8 (line 2, column 3); save it as UTF-8"
    assert {o.error for o in got.values()} == {message}
    assert got["extract"].at == got["init"].at == "a.txt:2:3"
