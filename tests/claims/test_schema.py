"""The JSON Schema of claims files (licang_check/claims/schema.py, claims.schema.json).

It is generated from the loader's own tables, shipped as claims.schema.json
and printed by ``licang-check schema``; these tests keep the three the same.
They also hold the schema to its promise: every file the loader accepts
validates (it never flags a good file in an editor), every figure the parser
reads matches its figure pattern, and the structural mistakes (unknown or
missing keys, wrong types, bad ids, bad rounding) do not validate. The bad
inputs of tests/bad_inputs are sorted into those the schema catches, those
an editor's YAML parser reports before any schema is applied, and those only
``verify`` can tell (arithmetic, quotes, references, expressions, files).

Files are read as an editor reads them: YAML 1.2 (tests/yaml12.py), where
``published: 2023-01-13`` is a string. PyYAML's ``safe_load`` would give a
``datetime.date``, which is no JSON type at all.
"""

from __future__ import annotations

import ast
import copy
import importlib
import json
import re
import shutil
import subprocess
import tempfile
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner
from yaml12 import load_yaml12

from licang_check._cli.app import app
from licang_check._i18n.messages import MESSAGES, both
from licang_check.claims.diagnostics import ClaimsFileError
from licang_check.claims.extensions import CHANGE_KEYS
from licang_check.claims.load import (
    ARTICLE_KEYS,
    CHECK_KEYS,
    CLAIM_KEYS,
    ID_PATTERN,
    TOP_KEYS,
    load_claims,
    parse_claims,
)
from licang_check.claims.schema import (
    ARTICLE_PATH_PATTERN,
    FIGURE_PATTERN,
    PERCENT_PATTERN,
    TOLERANCE_PATTERN,
    claims_schema,
    schema_json,
)
from licang_check.draft.extract import draft_claims, extract
from licang_check.figures import grammar as figures
from licang_check.figures.grammar import FigureError, parse_figure
from licang_check.formats.extract import render_yaml
from licang_check.numeric.rounding import RoundingMode

jsonschema: Any = importlib.import_module("jsonschema")  # a test dependency, without stubs

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ROOT / "claims.schema.json"
MODELINE = "# yaml-language-server: $schema=./claims.schema.json"
BAD = Path(__file__).parents[1] / "bad_inputs"

SCHEMA = claims_schema()
VALIDATOR = jsonschema.Draft7Validator(SCHEMA, format_checker=jsonschema.FormatChecker())


def schema_errors(doc: Any) -> list[str]:
    """What the schema says about a document: '' for a problem at the top."""
    return [
        "/".join(map(str, e.absolute_path)) + ": " + e.message for e in VALIDATOR.iter_errors(doc)
    ]


def loads(text: str, folder: Path) -> bool:
    """Whether the loader accepts ``text`` as a claims file in ``folder``."""
    try:
        parse_claims(text, folder / "claims.yaml")
    except ClaimsFileError:
        return False
    return True


# -- one schema: generated, shipped, printed ---------------------------------------


def test_the_shipped_schema_is_the_generated_one() -> None:
    assert SHIPPED.read_text(encoding="utf-8") == schema_json(), (
        "claims.schema.json is stale: run `licang-check schema > claims.schema.json`"
    )


def test_the_schema_command_prints_it() -> None:
    result = CliRunner().invoke(app, ["schema"])
    assert result.exit_code == 0, result.output
    assert result.stdout == SHIPPED.read_text(encoding="utf-8")


def test_it_is_a_draft_07_schema() -> None:
    assert SCHEMA["$schema"] == "http://json-schema.org/draft-07/schema#"
    jsonschema.Draft7Validator.check_schema(SCHEMA)


def _objects(schema: Any) -> Iterator[dict[str, Any]]:
    if isinstance(schema, dict):
        if schema.get("type") == "object" and "properties" in schema:
            yield schema
        for v in schema.values():
            yield from _objects(v)
    elif isinstance(schema, list):
        for v in schema:
            yield from _objects(v)


def test_keys_come_from_the_loaders_tables() -> None:
    claim, check = SCHEMA["definitions"]["claim"], SCHEMA["definitions"]["check"]
    change = SCHEMA["definitions"]["change"]
    article = SCHEMA["properties"]["article"]
    for obj, keys in (
        (SCHEMA, TOP_KEYS),
        (article, ARTICLE_KEYS),
        (claim, CLAIM_KEYS),
        (check, CHECK_KEYS),
        (change, CHANGE_KEYS),
    ):
        assert list(obj["properties"]) == list(keys)
        assert obj["required"] == [k for k, required in keys.items() if required]
    from licang_check.sources.yaml import SOURCE_KEYS, SPEC_KEYS

    definitions = SCHEMA["definitions"]
    assert list(definitions["source"]["properties"]) == list(SOURCE_KEYS)
    spec = definitions["source_spec"]["anyOf"][1]
    assert list(spec["properties"]) == list(SPEC_KEYS)
    assert spec["required"] == ["path"]
    # Unknown keys are errors everywhere, as in the loader.
    objects = list(_objects(SCHEMA))
    # the file, article, claim, check, a claim's accept: mapping, a change of changes:,
    # a source entry and a claim's source
    assert len(objects) == 8
    assert all(o["additionalProperties"] is False for o in objects)


def test_ids_and_rounding_come_from_the_loader() -> None:
    claims = SCHEMA["properties"]["claims"]
    assert claims["propertyNames"]["pattern"] == f"^(?:{ID_PATTERN.pattern})$"
    assert claims["propertyNames"]["not"] == {"enum": ["prior"]}
    assert SCHEMA["properties"]["rounding"]["enum"] == [m.value for m in RoundingMode]


def _descriptions(schema: Any) -> Iterator[str]:
    if isinstance(schema, dict):
        if isinstance(schema.get("description"), str):
            yield schema["description"]
        for v in schema.values():
            yield from _descriptions(v)
    elif isinstance(schema, list):
        for v in schema:
            yield from _descriptions(v)


def test_every_description_comes_from_the_catalogue_in_both_languages() -> None:
    catalogue = {both(k) for k in MESSAGES if k.startswith("schema.")}
    found = list(_descriptions(SCHEMA))
    assert len(found) >= 25
    assert set(found) <= catalogue
    for text in found:
        zh, en = text.split("\n\n")  # Chinese first, then English
        assert re.search("[\u4e00-\u9fff]", zh), text
        assert re.search("[A-Za-z]{4}", en), text


# -- the modeline ------------------------------------------------------------------


def test_the_shipped_claims_file_names_the_schema_in_its_first_line() -> None:
    first = (ROOT / "claims.yaml").read_text(encoding="utf-8").splitlines()[0]
    assert first == MODELINE
    target = first.split("$schema=", 1)[1]
    assert (ROOT / target).resolve() == SHIPPED


# -- valid files validate ------------------------------------------------------------

FIXTURES = [
    ROOT / "claims.yaml",
    ROOT / "tests/data/ci/consistent/claims.yaml",
    ROOT / "tests/data/ci/inconsistent/claims.yaml",
    ROOT / "fuzz/corpus/loader/small",
    ROOT / "fuzz/corpus/loader/flow",
    ROOT / "fuzz/corpus/loader/shipped-claims",
]


def _fixture_text(path: Path) -> str:
    data = path.read_bytes()
    if "corpus" in path.relative_to(ROOT).parts:  # a fuzzing seed: its first byte is for the fuzzer
        data = data[1:]
    return data.decode("utf-8")


@pytest.mark.parametrize("path", FIXTURES, ids=[str(p.relative_to(ROOT)) for p in FIXTURES])
def test_valid_fixtures_validate(path: Path) -> None:
    text = _fixture_text(path)
    # The loader accepts it (or this raises); a seed's article.txt is the shipped one.
    seed = "corpus" in path.relative_to(ROOT).parts
    parse_claims(text, ROOT / "claims.yaml" if seed else path)
    assert schema_errors(load_yaml12(text)) == []  # ... and so must the schema


def test_every_loadable_yaml_under_tests_validates() -> None:
    """Whatever else is a good claims file among the test data validates too."""
    checked = 0
    for path in sorted(ROOT.glob("tests/**/*.yaml")):
        try:
            load_claims(path)
        except ClaimsFileError:
            continue
        assert schema_errors(load_yaml12(path.read_text(encoding="utf-8"))) == [], path
        checked += 1
    assert checked >= 2


def test_the_contract_example_validates() -> None:
    from conftest import CONTRACT_EXAMPLE

    assert schema_errors(load_yaml12(CONTRACT_EXAMPLE)) == []


def test_the_draft_extract_writes_validates(tmp_path: Path) -> None:
    text = (ROOT / "article.txt").read_text(encoding="utf-8")
    spans = extract(text)
    left_out = [e for e in spans if e.kind != "figure"]
    draft = render_yaml(draft_claims(text, spans), left_out, title="李沧", text_path="article.txt")
    shutil.copy(ROOT / "article.txt", tmp_path / "article.txt")
    assert loads(draft, tmp_path)
    assert schema_errors(load_yaml12(draft)) == []


def test_a_date_is_a_string_to_an_editor_and_a_date_to_pyyaml() -> None:
    text = "published: 2023-01-13\n"
    assert load_yaml12(text) == {"published": "2023-01-13"}
    assert not isinstance(yaml.safe_load(text)["published"], str)  # YAML 1.1: datetime.date


# -- mistakes of the schema's kind do not validate -------------------------------------

GOOD: dict[str, Any] = {
    "version": 1,
    "article": {"title": "李沧", "published": "2023-01-13", "text": "article.txt"},
    "rounding": "half-up",
    "tolerance": "10%",
    "claims": {
        "landed": {
            "quote": "落地过亿元项目149个、增长273%",
            "value": 149,
            "count": True,
            "growth": "273%",
        },
        "investment": {"quote": ["总投资额达到448.6亿元"], "value": "448.6亿", "unit": "元"},
        "share": {"quote": "其中54.4%", "value": "54.4%", "of": "landed", "count": True},
    },
    "checks": [{"id": "over_100m", "says": "每个项目过亿元", "expr": "investment > landed * 1亿"}],
}
ARTICLE = (
    "这一年,李沧区落地过亿元项目149个、增长273%,总投资额达到448.6亿元。其中54.4%为制造业项目。\n"
)


def _set(path: str, value: Any) -> Any:
    """GOOD with the key at ``path`` (``a/b/0/c``) set to ``value`` (``DELETE``: removed)."""
    doc = copy.deepcopy(GOOD)
    *parents, last = path.split("/")
    node: Any = doc
    for p in parents:
        node = node[int(p)] if isinstance(node, list) else node[p]
    key: Any = int(last) if isinstance(node, list) else last
    if value is DELETE:
        del node[key]
    else:
        node[key] = value
    return doc


DELETE = object()

MISTAKES: list[tuple[str, str, Any]] = [
    # (what, where, the value put there)
    ("unknown top key", "claim", {}),
    ("unknown article key", "article/titel", "李沧"),
    ("unknown claim key", "claims/landed/grwoth", "273%"),
    ("unknown check key", "checks/0/expression", "a > b"),
    ("missing version", "version", DELETE),
    ("missing article", "article", DELETE),
    ("missing claims", "claims", DELETE),
    ("missing title", "article/title", DELETE),
    ("missing quote", "claims/landed/quote", DELETE),
    ("missing value", "claims/landed/value", DELETE),
    ("missing check id", "checks/0/id", DELETE),
    ("missing expr", "checks/0/expr", DELETE),
    ("version 2", "version", 2),
    ("article a list", "article", ["李沧"]),
    ("claims a list", "claims", [{"quote": "q", "value": 1}]),
    ("no claims", "claims", {}),
    ("claim a number", "claims/landed", 149),
    ("checks a mapping", "checks", {"id": "c", "expr": "a > b"}),
    ("quote empty", "claims/landed/quote", None),
    ("quote blank", "claims/landed/quote", "  "),
    ("quote an empty list", "claims/landed/quote", []),
    ("quote a mapping", "claims/landed/quote", {"text": "q"}),
    ("quote too long", "claims/landed/quote", "落" * 501),
    ("value empty", "claims/landed/value", None),
    ("value a list", "claims/landed/value", [149, 150]),
    ("value not a figure", "claims/investment/value", "many"),
    ("value with two points", "claims/investment/value", "448..6亿"),
    ("value with the multiplier twice", "claims/investment/value", "448.6亿亿"),
    ("value with % twice", "claims/investment/value", "54.4%%"),
    ("value too long", "claims/investment/value", "1" + "万亿" * 60),
    ("count yes", "claims/landed/count", "yes"),
    ("count a number", "claims/landed/count", 1),
    ("count not whole", "claims/landed/value", 149.5),
    ("growth a number", "claims/landed/growth", 273),
    ("growth not a percentage", "claims/landed/growth", "273"),
    ("prior without growth", "claims/investment/prior", "400亿"),
    ("prior not a figure or id", "claims/landed/prior", "Forty"),
    ("of on a non-percentage", "claims/investment/of", "landed"),
    ("of not an id", "claims/share/of", "Landed"),
    ("a count as a percentage with no of", "claims/share/of", DELETE),
    ("claim id with a capital", "claims/Landed", {"quote": "q", "value": 1}),
    ("claim id with a dash", "claims/total-investment", {"quote": "q", "value": 1}),
    ("claim id starting with a digit", "claims/1st", {"quote": "q", "value": 1}),
    ("claim id prior", "claims/prior", {"quote": "q", "value": 1}),
    ("check id with a capital", "checks/0/id", "Over"),
    ("check id a number", "checks/0/id", 1),
    ("expr with no comparison", "checks/0/expr", "investment - landed * 1亿"),
    ("expr a number", "checks/0/expr", 1),
    ("rounding unknown", "rounding", "bankers"),
    ("rounding in capitals", "rounding", "HALF-UP"),
    ("tolerance not a percentage", "tolerance", "10"),
    ("tolerance a number", "tolerance", 10),
    ("tolerance with a qualifier", "tolerance", "约10%"),
    ("published not a date", "article/published", "2023-1-13"),
    ("published no such day", "article/published", "2023-13-45"),
    ("published a number", "article/published", 20230113),
    ("article text absolute", "article/text", "/etc/passwd"),
    ("article text hidden", "article/text", ".git/config"),
    ("article text in a hidden folder", "article/text", "a/.secret/article.txt"),
]


@pytest.fixture(scope="module")
def folder() -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as name:
        (Path(name) / "article.txt").write_text(ARTICLE, encoding="utf-8")
        yield Path(name)


def _yaml(doc: Any) -> str:
    return yaml.safe_dump(doc, allow_unicode=True, sort_keys=False)


def test_the_good_document_is_good(folder: Path) -> None:
    assert loads(_yaml(GOOD), folder)
    assert schema_errors(GOOD) == []


@pytest.mark.parametrize(("what", "where", "value"), MISTAKES, ids=[m[0] for m in MISTAKES])
def test_a_mistake_the_schema_catches(what: str, where: str, value: Any, folder: Path) -> None:
    doc = _set(where, value)
    assert not loads(_yaml(doc), folder), "the loader must refuse it too"
    errors = schema_errors(doc)
    assert errors, f"the schema lets {what} pass"


def test_errors_point_at_the_key() -> None:
    assert schema_errors(_set("claims/landed/grwoth", "273%")) == [
        "claims/landed: Additional properties are not allowed ('grwoth' was unexpected)"
    ]
    assert schema_errors(_set("rounding", "bankers")) == [
        "rounding: 'bankers' is not one of ['half-up', 'half-even', 'down', 'any']"
    ]


# -- the bad inputs: which the schema can tell -----------------------------------------

CAUGHT = {
    "142-points-as-percent.yaml",
    "144-change-on-a-rate.yaml",
    "10-bom-then-typo.yaml",
    "13-empty.yaml",
    "14-only-comments.yaml",
    "18-top-level-list.yaml",
    "19-top-level-scalar.yaml",
    "20-version-2.yaml",
    "21-version-missing.yaml",
    "22-unknown-top-key.yaml",
    "23-unknown-claim-key.yaml",
    "27-bad-claim-id.yaml",
    "28-figure-two-points.yaml",
    "30-figure-percent-twice.yaml",
    "31-figure-space-inside.yaml",
    "32-figure-multiplier-twice.yaml",
    "33-figure-not-a-number.yaml",
    "35-figure-empty.yaml",
    "36-figure-list.yaml",
    "38-figure-too-long.yaml",
    "39-count-not-whole.yaml",
    "40-count-not-boolean.yaml",
    "42-growth-not-percentage.yaml",
    "43-prior-without-growth.yaml",
    "44-of-on-a-non-percentage.yaml",
    "56-expr-no-comparison.yaml",
    "68-merge-key.yaml",  # '<<' is a plain, unknown key in YAML 1.2
    "75-quote-too-long.yaml",
    "81-article-absolute.yaml",
    "83-article-hidden.yaml",
    "91-unknown-rounding.yaml",
    "92-published-not-a-date.yaml",  # by its format, "date"
    "93-claims-empty.yaml",
    "94-checks-not-a-list.yaml",
    "95-title-missing.yaml",
    "96-quote-blank.yaml",
    "97-claim-not-a-mapping.yaml",
    "98-control-characters-in-a-key.yaml",
    "106-top-level-secret.yaml",
}
"""Bad inputs the schema refuses: structure, types, ids, figures' shape."""

NOT_YAML = {
    "140-fullwidth-colon-after-key.yaml": "YAML syntax",
    "01-yaml-unclosed-flow.yaml": "YAML syntax",
    "02-yaml-bad-indent.yaml": "YAML syntax",
    "03-yaml-colon-in-value.yaml": "YAML syntax",
    "04-yaml-tab-indent.yaml": "YAML syntax",
    "05-yaml-second-document.yaml": "two documents",
    "06-yaml-undefined-alias.yaml": "an undefined alias",
    "07-yaml-unclosed-quote.yaml": "YAML syntax",
    "08-yaml-control-character.yaml": "a character YAML does not allow",
    "09-yaml-nested-too-deep.yaml": "nesting past the parser's limit",
    "11-not-utf8.yaml": "not UTF-8",
    "12-utf16.yaml": "not UTF-8",
    "100-utf16le-no-bom.yaml": "not UTF-8",
    "101-utf16be-no-bom.yaml": "not UTF-8",
    "102-utf32le-bom.yaml": "not UTF-8",
    "103-utf32be-no-bom.yaml": "not UTF-8",
    "104-bare-cr-control-character.yaml": "a character YAML does not allow",
    "105-bare-cr-not-utf8.yaml": "not UTF-8",
    "65-tag-python-object.yaml": "a tag (an editor reports unknown tags)",
    "66-tag-python-whole-file.yaml": "a tag",
    "67-tag-local.yaml": "a tag",
}
"""Bad inputs that are no YAML document a schema could be applied to: an
editor's YAML parser reports them first."""

ONLY_VERIFY = {
    "141-times-sign-in-expr.yaml": "the expression language is verify's",
    "143-prior-of-real-growth.yaml": "which claims have a prior is verify's",
    "24-duplicate-key.yaml": "a duplicate key: a YAML reader keeps one (editors warn)",
    "25-duplicate-claim-id.yaml": "a duplicate key: a YAML reader keeps one (editors warn)",
    "26-duplicate-check-id.yaml": "unique ids in a list: draft-07 cannot say so",
    "29-figure-exponent.yaml": "1.49e2 is a number in YAML 1.2",
    "34-figure-chinese-out-of-order.yaml": "the grammar of Chinese numerals",
    "37-figure-5000-digits.yaml": "a 5000-digit number is a number in YAML",
    "41-growth-minus-100.yaml": "arithmetic: a growth above -100%",
    "90-tolerance-100.yaml": "arithmetic: a tolerance below 100%",
    "45-of-unknown-claim.yaml": "which ids exist",
    "46-prior-is-itself.yaml": "references",
    "47-of-cycle-of-two.yaml": "references",
    "48-of-cycle-of-three.yaml": "references",
    "49-prior-cycle.yaml": "references",
    "50-expr-attribute-access.yaml": "the expression language",
    "51-expr-call.yaml": "the expression language",
    "52-expr-string.yaml": "the expression language",
    "53-expr-lambda.yaml": "the expression language",
    "54-expr-power.yaml": "the expression language",
    "55-expr-boolean-and.yaml": "the expression language",
    "57-expr-unknown-claim.yaml": "which ids exist",
    "58-expr-prior-of-non-growth.yaml": "references",
    "59-expr-division-by-zero-interval.yaml": "arithmetic",
    "60-expr-too-long.yaml": "the expression language's limits",
    "61-expr-nested-too-deep.yaml": "the expression language's limits",
    "62-expr-subscript.yaml": "the expression language",
    "63-expr-semicolon.yaml": "the expression language",
    "64-expr-too-many-digits.yaml": "arithmetic",
    "69-anchor-and-alias.yaml": "aliases are resolved before a schema sees the data",
    "76-work-budget.yaml": "the work budget",
    "80-article-missing.yaml": "the file system",
    "82-article-outside.yaml": "the file system (where '..' leads)",
    "84-article-directory.yaml": "the file system",
    "85-article-not-utf8.yaml": "the article's bytes",
}
"""Bad inputs the schema accepts: only ``verify`` can tell."""


def _bad_cases() -> list[str]:
    data = tomllib.loads((BAD / "cases.toml").read_text(encoding="utf-8"))
    return [c["file"] for c in data["case"] if "make" not in c]  # made ones: sizes, files


BAD_CASES = _bad_cases()


def test_every_bad_input_is_sorted() -> None:
    groups = [CAUGHT, set(NOT_YAML), set(ONLY_VERIFY)]
    assert not set.intersection(*groups)
    unsorted = [f for f in BAD_CASES if not any(f in g for g in groups)]
    assert unsorted == [], "add these to CAUGHT, NOT_YAML or ONLY_VERIFY in test_schema.py"


@pytest.mark.parametrize("name", BAD_CASES)
def test_bad_input_against_the_schema(name: str) -> None:
    try:
        doc = load_yaml12((BAD / name).read_bytes().decode("utf-8"))
    except (UnicodeDecodeError, yaml.YAMLError):
        assert name in NOT_YAML
        return
    assert name not in NOT_YAML, "an editor's YAML reader takes it"
    if name in CAUGHT:
        assert schema_errors(doc), "the schema lets it pass"
    elif name in ONLY_VERIFY:
        assert schema_errors(doc) == []


# -- figures: the pattern takes every figure the parser reads --------------------------


def _search(pattern: str, text: str) -> bool:
    return re.search(pattern, text) is not None  # JSON Schema patterns are not anchored


def _test_figures_strings() -> list[str]:
    """Every string literal of tests/figures/test_figures.py: figures, and others."""
    tree = ast.parse(
        (Path(__file__).parents[1] / "figures" / "test_figures.py").read_text(encoding="utf-8")
    )
    found = {n.value for n in ast.walk(tree) if isinstance(n, ast.Constant)}
    return sorted(s for s in found if isinstance(s, str) and len(s) < 60)


def _reads(text: str) -> figures.Figure | None:
    try:
        return parse_figure(text)
    except FigureError:
        return None


def _assert_matches(text: str) -> None:
    fig = _reads(text)
    assert fig is not None
    assert _search(FIGURE_PATTERN, text), text
    assert _search(PERCENT_PATTERN, text) == fig.percent, text
    if fig.percent and not fig.qualifiers:
        assert _search(TOLERANCE_PATTERN, text), text


def test_every_figure_of_the_figure_tests_matches() -> None:
    good = [s for s in _test_figures_strings() if _reads(s) is not None]
    assert len(good) >= 80
    for text in good:
        _assert_matches(text)


def test_every_figure_of_the_shipped_claims_matches() -> None:
    cf = load_claims(ROOT / "claims.yaml")
    texts = [c.value.text for c in cf.claims.values()]
    texts += [c.growth.text for c in cf.claims.values() if c.growth is not None]
    assert len(texts) >= 40
    for text in texts:
        _assert_matches(text)


@pytest.mark.parametrize(
    "text", ["1..49", "273%%", "1 49", "448.6亿亿", "many", "", "1,2345", "%", "近", "1e5", "3-"]
)
def test_what_is_no_figure_to_either(text: str) -> None:
    assert _reads(text) is None
    assert not _search(FIGURE_PATTERN, text)


_FULL_WIDTH = str.maketrans("0123456789.,%-+", "０１２３４５６７８９．，％－＋")


@st.composite
def printed_figures(draw: st.DrawFn) -> str:
    """Figures of the parser's own grammar (its regular expression), in
    ASCII or full-width, with space around them."""
    text = draw(
        st.from_regex(
            figures._FIGURE,
            fullmatch=True,
            alphabet=st.characters(codec="utf-8"),  # no lone surrogates
        )
    )
    if draw(st.booleans()):
        text = text.translate(_FULL_WIDTH)
    return draw(st.sampled_from(["", " "])) + text + draw(st.sampled_from(["", " ", "\n"]))


@settings(max_examples=400, deadline=None)
@given(printed_figures())
def test_every_printed_figure_matches(text: str) -> None:
    if _reads(text) is not None:
        _assert_matches(text)


# -- never stricter than the loader ----------------------------------------------------

_TEXT = st.sampled_from(
    [
        *("149", "448.6亿", "273%", "-3.5%", "近7000万", "30%左右", "超过百万", "千", "百分之三十"),
        *("54.4%", "10%", "0%", "99.5%", "149.5", "1e5", "１４９", "二千", "1,122.8"),
        *("half-up", "bankers", "2023-01-13", "2023-13-45", "landed", "share", "prior", "Landed"),
        *("", " ", "true", "yes", "x > 1", "landed > 1", "article.txt", ".git/x", "/etc/x"),
    ]
)
_SCALAR = st.one_of(
    _TEXT,
    st.integers(-(10**6), 10**6),
    st.sampled_from([0.5, 39.9, -3.5, 149.0, 1e5]),
    st.booleans(),
    st.none(),
    st.text(max_size=6),
)
_IDS = st.sampled_from(["landed", "share", "total", "a", "prior", "Landed", "x1"])


def _maybe(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.one_of(st.just(DELETE), strategy)


@st.composite
def near_claims_files(draw: st.DrawFn) -> dict[str, Any]:
    """Claims files that are often good and often slightly wrong."""

    def mapping(parts: dict[str, st.SearchStrategy[Any]]) -> dict[str, Any]:
        out = {k: draw(s) for k, s in parts.items()}
        if draw(st.integers(0, 9)) == 0:
            out[draw(st.sampled_from(["grwoth", "notes", "Title"]))] = draw(_SCALAR)
        return {k: v for k, v in out.items() if v is not DELETE}

    def claim() -> dict[str, Any]:
        return mapping(
            {
                "quote": st.one_of(_SCALAR, st.lists(_SCALAR, max_size=2)),
                "value": _SCALAR,
                "unit": _maybe(_SCALAR),
                "count": _maybe(st.one_of(st.booleans(), _SCALAR)),
                "growth": _maybe(_SCALAR),
                "prior": _maybe(st.one_of(_IDS, _SCALAR)),
                "of": _maybe(st.one_of(_IDS, _SCALAR)),
                "note": _maybe(_SCALAR),
            }
        )

    def check() -> dict[str, Any]:
        return mapping({"id": st.one_of(_IDS, _SCALAR), "expr": _SCALAR, "says": _maybe(_SCALAR)})

    ids = draw(st.lists(_IDS, min_size=1, max_size=3, unique=True))
    article = mapping(
        {
            "title": _SCALAR,
            "source": _maybe(_SCALAR),
            "published": _maybe(_SCALAR),
            "url": _maybe(_SCALAR),
            "text": _maybe(_SCALAR),
        }
    )
    return mapping(
        {
            "version": st.one_of(st.just(1), _SCALAR),
            "article": st.just(article),
            "rounding": _maybe(_SCALAR),
            "tolerance": _maybe(_SCALAR),
            "claims": st.just({i: claim() for i in ids}),
            "checks": _maybe(st.just([check() for _ in range(draw(st.integers(0, 2)))])),
        }
    )


@settings(max_examples=300, deadline=None)
@given(near_claims_files())
def test_what_the_loader_accepts_validates(folder: Path, doc: dict[str, Any]) -> None:
    text = _yaml(doc)
    if loads(text, folder):
        assert schema_errors(load_yaml12(text)) == []


# -- editors read the patterns as JavaScript ------------------------------------------

_JS = """
const schema = JSON.parse(require("fs").readFileSync(0, "utf8"));
const patterns = [];
(function walk(node) {
  if (Array.isArray(node)) node.forEach(walk);
  else if (node && typeof node === "object") {
    if (typeof node.pattern === "string") patterns.push(node.pattern);
    Object.values(node).forEach(walk);
  }
})(schema);
const figure = new RegExp(schema.definitions.figure.pattern, "u");
const samples = ["149", "448.6亿", "近7000万", "30%左右", "超过百万", "千", "１４９", "百分之三十"];
console.log(JSON.stringify({
  compiled: patterns.map((p) => { new RegExp(p, "u"); new RegExp(p); return p; }).length,
  matched: samples.filter((s) => figure.test(s)).length,
  refused: ["1..49", "many", "273%%"].filter((s) => figure.test(s)).length,
}));
"""


@pytest.mark.skipif(shutil.which("node") is None, reason="no node.js here to read the patterns")
def test_the_patterns_are_javascript_too() -> None:
    node = shutil.which("node")
    assert node is not None
    proc = subprocess.run(
        [node, "-e", _JS],
        input=schema_json(),
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    assert result["compiled"] >= 8
    assert result == {"compiled": result["compiled"], "matched": 8, "refused": 0}


def test_article_path_pattern() -> None:
    for ok in ("article.txt", "../article.txt", "./a.txt", "news/2023/a.txt", ".."):
        assert _search(ARTICLE_PATH_PATTERN, ok), ok
    for bad in ("/etc/passwd", ".git/config", "a/.env", "a/..b/c.txt", "a\x01"):
        assert not _search(ARTICLE_PATH_PATTERN, bad), bad
