"""``licang-check init``: a claims file for a new article, in one step.

What it writes must load (``verify`` gives 0 or 1, never 2), must validate
against the schema, names the schema in its first line, holds the metadata
given or asked for, and is never written over an existing file.
"""

from __future__ import annotations

import importlib
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from conftest import run_cli
from typer.testing import Result
from yaml12 import load_yaml12

from licang_check._cli import draft as cli
from licang_check.claims.load import load_claims
from licang_check.claims.schema import claims_schema
from licang_check.draft.init import Metadata, find_schema, new_claims_file

jsonschema: Any = importlib.import_module("jsonschema")

ROOT = Path(__file__).resolve().parents[2]
ARTICLE = (ROOT / "article.txt").read_text(encoding="utf-8")
MODELINE = "# yaml-language-server: $schema="


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "article.txt").write_text(ARTICLE, encoding="utf-8")


def run(*args: str, input: str | None = None) -> Result:
    return run_cli(*args, input=input)


def verify_code(path: str) -> int:
    result = run("verify", "--isolated", "--format", "json", path)
    assert json.loads(result.stdout)["files"][0]["errors"] == []
    return result.exit_code


def test_init_writes_claims_yaml_beside_the_article(tmp_path: Path) -> None:
    r = run("init", "article.txt", "--source", "青岛日报", "--published", "2023-01-13")
    assert r.exit_code == 0, r.output
    text = (tmp_path / "claims.yaml").read_text(encoding="utf-8")
    assert text.startswith(f"{MODELINE}./claims.schema.json\n")
    assert "# DRAFT claims file, written by `licang-check init`" in text
    cf = load_claims(tmp_path / "claims.yaml")
    assert cf.title == "记者区市行"  # the first line, when none is given or asked for
    assert cf.source == "青岛日报"
    assert str(cf.published) == "2023-01-13"
    assert cf.url is None
    assert cf.text == ARTICLE
    assert len(cf.claims) == 43
    assert "wrote claims.yaml: 43 claims from 51 printed figures" in r.stderr
    assert "licang-check verify claims.yaml" in r.stderr
    assert verify_code("claims.yaml") == 0  # every quote found; no checks yet


def test_what_init_writes_validates_against_the_schema(tmp_path: Path) -> None:
    assert run("init", "article.txt", "--url", "https://example.org/a?b=1#c").exit_code == 0
    doc = load_yaml12((tmp_path / "claims.yaml").read_text(encoding="utf-8"))
    assert doc["article"]["url"] == "https://example.org/a?b=1#c"
    assert list(jsonschema.Draft7Validator(claims_schema()).iter_errors(doc)) == []


def test_init_never_overwrites(tmp_path: Path) -> None:
    (tmp_path / "claims.yaml").write_text("mine\n", encoding="utf-8")
    r = run("init", "article.txt")
    assert r.exit_code == 2
    assert "claims.yaml exists; init never overwrites a claims file" in r.stderr
    assert (tmp_path / "claims.yaml").read_text(encoding="utf-8") == "mine\n"


def test_init_never_writes_through_a_dangling_symlink(tmp_path: Path) -> None:
    (tmp_path / "claims.yaml").symlink_to(tmp_path / "elsewhere.yaml")
    assert run("init", "article.txt").exit_code == 2
    assert not (tmp_path / "elsewhere.yaml").exists()


def test_init_has_no_force() -> None:
    r = run("init", "article.txt", "--force")
    assert r.exit_code == 2
    assert "No such option" in r.output


def test_output_elsewhere(tmp_path: Path) -> None:
    (tmp_path / "news").mkdir()
    r = run("init", "article.txt", "-o", "news/claims-licang.yaml", "--title", "李沧")
    assert r.exit_code == 0, r.output
    text = (tmp_path / "news/claims-licang.yaml").read_text(encoding="utf-8")
    # verify reads no article above the claims file's folder: the path is a comment.
    assert '  # text: "../article.txt"' in text
    assert load_claims(tmp_path / "news/claims-licang.yaml").title == "李沧"
    assert verify_code("news/claims-licang.yaml") == 0


def test_article_in_a_folder_below(tmp_path: Path) -> None:
    (tmp_path / "news").mkdir()
    shutil.move(tmp_path / "article.txt", tmp_path / "news/article.txt")
    assert run("init", "news/article.txt").exit_code == 0
    assert load_claims(tmp_path / "news/claims.yaml").text == ARTICLE
    assert verify_code("news/claims.yaml") == 0


@pytest.mark.parametrize("date", ["2023-1-13", "2023-13-45", "13/01/2023", "２０２３-01-13"])
def test_a_bad_date_writes_nothing(tmp_path: Path, date: str) -> None:
    r = run("init", "article.txt", "--published", date)
    assert r.exit_code == 2
    assert f"--published must be a date YYYY-MM-DD, not {date!r}" in r.stderr
    assert not (tmp_path / "claims.yaml").exists()


def test_an_article_with_no_figure_writes_nothing(tmp_path: Path) -> None:
    (tmp_path / "article.txt").write_text("李沧区召开会议。\n", encoding="utf-8")
    r = run("init", "article.txt")
    assert r.exit_code == 2
    assert "no printed figure found in article.txt" in r.stderr
    assert not (tmp_path / "claims.yaml").exists()


def test_a_missing_article(tmp_path: Path) -> None:
    r = run("init", "nothing.txt")
    assert r.exit_code == 2
    assert "article text 'nothing.txt' not found" in r.stderr
    assert not (tmp_path / "claims.yaml").exists()


# -- on a terminal, init asks ------------------------------------------------------------


def test_on_a_terminal_it_asks_for_what_is_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli, "_stdin_is_tty", lambda: True)
    answers = "青岛李沧:全面塑造高质量发展新优势\n青岛日报\n2023-13-45\n2023-01-13\n\n"
    r = run("init", "article.txt", input=answers)
    assert r.exit_code == 0, r.output
    assert r.stderr.count("--published must be a date YYYY-MM-DD, not '2023-13-45'") == 1
    cf = load_claims(tmp_path / "claims.yaml")
    assert (cf.title, cf.source, str(cf.published), cf.url) == (
        "青岛李沧:全面塑造高质量发展新优势",
        "青岛日报",
        "2023-01-13",
        None,  # an empty answer leaves it out
    )


def test_on_a_terminal_the_title_defaults_to_the_first_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli, "_stdin_is_tty", lambda: True)
    r = run("init", "article.txt", "--source", "青岛日报", input="\n\n\n")
    assert r.exit_code == 0, r.output
    assert "Title [记者区市行]" in r.stdout  # asked, with the default shown
    assert "Source" not in r.stdout  # given: not asked
    assert load_claims(tmp_path / "claims.yaml").title == "记者区市行"


def test_no_input_asks_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli, "_stdin_is_tty", lambda: True)
    r = run("init", "article.txt", "--no-input", input="ignored\n")
    assert r.exit_code == 0, r.output
    assert "Title" not in r.stdout
    assert load_claims(tmp_path / "claims.yaml").source is None


def test_off_a_terminal_it_asks_nothing(tmp_path: Path) -> None:
    r = run("init", "article.txt", input="ignored\n")  # CliRunner's stdin is no terminal
    assert r.exit_code == 0, r.output
    assert r.stdout == ""
    assert load_claims(tmp_path / "claims.yaml").source is None


# -- the schema's path ---------------------------------------------------------------------


def test_the_modeline_names_the_nearest_schema(tmp_path: Path) -> None:
    (tmp_path / "claims.schema.json").write_text("{}", encoding="utf-8")
    (tmp_path / "news/2023").mkdir(parents=True)
    shutil.move(tmp_path / "article.txt", tmp_path / "news/2023/article.txt")
    r = run("init", "news/2023/article.txt")
    assert r.exit_code == 0, r.output
    first = (tmp_path / "news/2023/claims.yaml").read_text(encoding="utf-8").splitlines()[0]
    assert first == f"{MODELINE}../../claims.schema.json"
    assert "no claims.schema.json here or above" not in r.stderr


def test_the_search_stops_at_the_repository_top(tmp_path: Path) -> None:
    (tmp_path / "claims.schema.json").write_text("{}", encoding="utf-8")
    (tmp_path / "repo/.git").mkdir(parents=True)
    (tmp_path / "repo/news").mkdir()
    assert find_schema(tmp_path / "repo/news") is None
    assert find_schema(tmp_path) == (tmp_path / "claims.schema.json").resolve()


def test_without_a_schema_it_says_how_to_make_one(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()  # the top: no schema above
    r = run("init", "article.txt")
    assert r.exit_code == 0
    assert "licang-check schema > claims.schema.json" in r.stderr
    first = (tmp_path / "claims.yaml").read_text(encoding="utf-8").splitlines()[0]
    assert first == f"{MODELINE}./claims.schema.json"


# -- whatever the article, the file loads ----------------------------------------------------


@pytest.mark.parametrize(
    "article",
    [ROOT / "article.txt", *sorted((ROOT / "tests/data/ci").glob("*/article.txt"))],
    ids=lambda p: str(p.relative_to(ROOT)),
)
def test_the_file_loads_whatever_the_article(tmp_path: Path, article: Path) -> None:
    text = article.read_text(encoding="utf-8")
    made = new_claims_file(
        text,
        tmp_path / "article.txt",
        tmp_path / "c.yaml",
        Metadata(title='a "title": with: colons'),
    )
    (tmp_path / "article.txt").write_text(text, encoding="utf-8")
    (tmp_path / "c.yaml").write_text(made.text, encoding="utf-8")
    cf = load_claims(tmp_path / "c.yaml")
    assert cf.title == 'a "title": with: colons'
    assert len(cf.claims) == made.claims > 0
    assert verify_code("c.yaml") in (0, 1)
