"""What writers of claims files get wrong, told as what to fix, at the
right line and column, in the user's language: mixed indentation, a
dedented key, a full-width colon, a multi-line expression; and one bad
figure is one error, not a cascade."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import WriteClaims, dedent, errors_of, where

from licang_check._i18n.messages import set_language

HEAD = "version: 1\narticle: {title: t}\nclaims:\n"


def _one(path: Path) -> tuple[int, int, str]:
    (d,) = errors_of(path)
    return d.line, d.column, d.message


def test_keys_of_one_mapping_indented_differently(write_claims: WriteClaims) -> None:
    body = HEAD + "  a:\n    quote: x\n    value: 3\n  b:\n     quote: y\n    value: 4\n"
    line, col, message = _one(write_claims(body))
    assert (line, col) == (9, 5)
    assert message == (
        "line 9 starts at column 5, but the line above it (line 8) at column 6: the keys"
        " of one mapping must line up; indent each level by 2 spaces"
    )
    assert "YAML:" not in message


def test_a_dedented_value_is_one_error_at_it(write_claims: WriteClaims) -> None:
    body = HEAD + "  a:\n    quote: x\n  value: 3\n"
    line, col, message = _one(write_claims(body))
    assert (line, col) == where(body, "value")
    assert message == (
        "'value' is indented as a claim of its own: it belongs to claim 'a';"
        " indent it 4 spaces, like that claim's other keys"
    )


def test_a_full_width_colon(write_claims: WriteClaims) -> None:
    body = HEAD + "  a:\n    quote: x\n    value: 3\n    unit：元\n"
    line, col, message = _one(write_claims(body))
    assert (line, col) == where(body, "：")
    assert "full-width colon" in message
    assert "'unit: 元'" in message


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        (HEAD + "  a:\n    quote: x\n    unit：元\n    value: 3\n", "写成 'unit: 元'"),
        (HEAD + "  a:\n    quote: x\n     value: 3\n  b:\n    quote: y\n", "同一层的键必须对齐"),
        (HEAD + "  a:\n    quote: x\n  value: 3\n", "请缩进 4 个空格"),
    ],
)
def test_in_chinese(write_claims: WriteClaims, body: str, fragment: str) -> None:
    set_language("zh")
    path = write_claims(body)
    (d,) = errors_of(path)
    assert fragment in d.message, d.message


def test_one_bad_figure_does_not_make_its_claim_unknown(write_claims: WriteClaims) -> None:
    body = """\
        version: 1
        article: {title: t}
        claims:
          a:
            quote: x
            value: 3x
          b:
            quote: y
            value: 40%
            of: a
        checks:
          - id: c
            expr: a + b > 1
        """
    path = write_claims(body)
    (d,) = errors_of(path)
    assert (d.line, d.column) == where(dedent(body), "3x")
    assert "not a printed figure" in d.message
    assert not any("unknown claim" in e.message for e in errors_of(path))


def test_an_unknown_claim_is_still_one(write_claims: WriteClaims) -> None:
    """The cascade rule spares only claims that are there but broken."""
    body = HEAD + "  a:\n    quote: x\n    value: 30%\n    of: nowhere\n"
    (d,) = errors_of(write_claims(body))
    assert "unknown claim 'nowhere'" in d.message


def test_a_multi_line_expression_error_points_at_the_token(write_claims: WriteClaims) -> None:
    body = """\
        version: 1
        article: {title: t}
        claims:
          a: {quote: x, value: 3}
          b: {quote: y, value: 4}
        checks:
          - id: c
            expr: |
              a +
                b >> 1
        """
    path = write_claims(body)
    (d,) = errors_of(path)
    text = dedent(body)
    line, column = where(text, ">>")
    assert (d.line, d.column) == (line, column + 1)  # the second '>', where parsing fails


def test_an_unknown_name_in_a_multi_line_expression_is_at_the_name(
    write_claims: WriteClaims,
) -> None:
    body = """\
        version: 1
        article: {title: t}
        claims:
          a: {quote: x, value: 3}
        checks:
          - id: c
            expr: |
              a +
                zz > 1
        """
    (d,) = errors_of(write_claims(body))
    assert (d.line, d.column) == where(dedent(body), "zz")
    assert "unknown claim 'zz'" in d.message
