"""Make each article's perturbed copy from its planted-errors list.

``perturbed/errors.yaml`` lists the planted errors; each names the text it
replaces in the faithful ``article.txt`` and ``claims.yaml`` (every ``old``
occurs exactly once). Run ``python tests/corpus/perturb.py`` after editing an
errors list; ``tests/end_to_end/test_corpus.py`` checks that the committed copies are what
the lists make.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

HERE = Path(__file__).parent


def perturbed(folder: Path) -> dict[str, str]:
    """The perturbed ``article.txt`` and ``claims.yaml`` of one article."""
    errors = yaml.safe_load((folder / "perturbed" / "errors.yaml").read_text("utf-8"))
    out = {}
    for name, key in (("article.txt", "article"), ("claims.yaml", "claims")):
        text = (folder / name).read_text("utf-8")
        for error in errors["errors"]:
            for old, new in error.get(key, []):
                if text.count(old) != 1:
                    raise ValueError(
                        f"{folder.name}/{name}: {old!r} occurs {text.count(old)} times"
                    )
                text = text.replace(old, new)
        out[name] = text
    return out


def main() -> int:
    for folder in sorted(p for p in HERE.iterdir() if (p / "perturbed" / "errors.yaml").is_file()):
        for name, text in perturbed(folder).items():
            (folder / "perturbed" / name).write_text(text, "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
