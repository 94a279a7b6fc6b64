"""Atheris fuzz target: ``extract`` and ``init`` on any article text.

Any text must give spans that lie inside it, a saved page's body (or none) (each ``text`` exactly
``article[start:end]``), a draft that renders as YAML and JSON, and, when the
article has a figure, a draft that loads as a claims file; an article with no
figure is refused by ``init`` with InitError. Any other exception, a hang or
memory past the limit is a crash. See fuzz/README.md for how to run it.

    python fuzz/fuzz_extract.py -max_total_time=60 CORPUS_DIR fuzz/corpus/extract
"""

from __future__ import annotations

import sys
from pathlib import Path

from harness import FUZZ_WORK, instrumented

with instrumented():
    from licang_check.claims.load import parse_claims
    from licang_check.draft.extract import draft_claims, extract
    from licang_check.draft.init import InitError, Metadata, new_claims_file
    from licang_check.draft.page import find_body
    from licang_check.formats.extract import render_json, render_yaml
    from licang_check.run import budget

budget.MAX_WORK = FUZZ_WORK

HERE = Path(__file__).parent
ARTICLE = HERE / "article.txt"
DRAFT = HERE / "drafts" / "claims.yaml"
"""Where the input and its draft pretend to live (nothing is read or written
there; the article is outside the draft's folder, so the draft's
``article.text`` is a comment and loading it reads no file)."""


def check_one(data: bytes) -> None:
    """The property, for one article's bytes. Raises on anything else."""
    text = data.decode("utf-8", errors="replace")
    page = find_body(ARTICLE, text)  # a page saved as text: its body, or None
    if page is not None:
        if not page.body.strip():
            raise AssertionError("an empty body")
        extract(page.body)
    spans = extract(text)
    for e in spans:
        if not (0 <= e.start < e.end <= len(text)) or text[e.start : e.end] != e.text:
            raise AssertionError(f"a span outside the text or not its text: {e!r}")
    claims = draft_claims(text, spans)
    render_json(spans, claims)
    render_yaml(claims, spans, title="t", text_path="article.txt")
    try:
        made = new_claims_file(text, ARTICLE, DRAFT, Metadata(title="t"))
    except InitError:
        if claims:
            raise AssertionError("init refused an article with figures") from None
        return
    if not claims:
        raise AssertionError("init drafted an article with no figure")
    parse_claims(made.text, DRAFT)


def test_one_input(data: bytes) -> None:
    """libFuzzer's entry point: the bytes as the article."""
    check_one(data)


def main() -> None:
    import atheris

    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
