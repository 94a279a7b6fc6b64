"""``verify -o`` never names a file the run reads: the claims file (see
``end_to_end/test_hostile.py``), its article, or one of its sources, even
with ``--force``."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import run_cli

ARTICLE = "北城实现地区生产总值671.5亿元。\n"
TABLE = "区,2024年\n北城,671.5\n"
CLAIMS = """\
version: 1
article:
  title: t
  text: article.txt
sources:
  bulletin: {path: bulletin.csv, scale: 亿}
claims:
  north:
    quote: 北城实现地区生产总值671.5亿元
    value: 671.5亿
    source: {from: bulletin, row: 北城, column: 2024年}
"""


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "article.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "bulletin.csv").write_text(TABLE, encoding="utf-8")
    (tmp_path / "claims.yaml").write_text(CLAIMS, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_the_file_checks_cleanly(folder: Path) -> None:
    result = run_cli("verify", "claims.yaml", "-f", "json", "-o", "report.json")
    assert result.exit_code == 0, result.stderr
    assert (folder / "report.json").exists()


@pytest.mark.parametrize("name", ["article.txt", "bulletin.csv"])
@pytest.mark.parametrize("how", ["same", "link"])
def test_o_naming_a_file_the_run_reads_is_refused(folder: Path, name: str, how: str) -> None:
    before = (folder / name).read_bytes()
    target = name
    if how == "link":
        target = "out.txt"
        os.symlink(name, folder / target)
    result = run_cli("verify", "claims.yaml", "-o", target, "--force")
    assert result.exit_code == 2
    assert f"{target} is an article or a source the checks read" in result.stderr
    assert (folder / name).read_bytes() == before


def test_the_refusal_is_in_chinese_for_a_chinese_run(folder: Path) -> None:
    result = run_cli("verify", "claims.yaml", "--lang", "zh", "-o", "article.txt", "--force")
    assert result.exit_code == 2
    assert "article.txt 是核查所读的文章或来源文件" in result.stderr
    assert (folder / "article.txt").read_text(encoding="utf-8") == ARTICLE
