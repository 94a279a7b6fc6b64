"""The gettext catalogues (licang_check/_i18n/po.py): click's and typer's
words in a Chinese --help, and the project's messages as a .po that
translators' tools read and that comes back into messages.py unchanged."""

from __future__ import annotations

import gettext
import io
import subprocess
import sys
from pathlib import Path

import pytest

from licang_check._i18n.messages import MESSAGES
from licang_check._i18n.po import (
    CLICK_MO,
    CLICK_PO,
    MESSAGES_PY,
    Entry,
    export_messages,
    import_messages,
    read_po,
    write_mo,
    write_po,
)

ROOT = Path(__file__).resolve().parents[2]


def _help(*args: str) -> subprocess.CompletedProcess[str]:
    code = (
        f"import sys; sys.argv = ['licang-check', *{list(args)!r}]\n"
        "from licang_check._cli.app import app\n"
        "try:\n    app()\nexcept SystemExit:\n    pass\n"
        "print('PO-LOADED' if 'licang_check._i18n.po' in sys.modules else 'PO-NOT-LOADED')\n"
    )
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        env={"LC_ALL": "C.UTF-8", "PATH": "/usr/bin:/bin", "COLUMNS": "100"},
    )


def test_the_shipped_mo_is_the_po_compiled() -> None:
    entries = read_po(CLICK_PO.read_text(encoding="utf-8"))
    assert len(entries) >= 10
    assert CLICK_MO.read_bytes() == write_mo(entries)
    words = gettext.GNUTranslations(io.BytesIO(CLICK_MO.read_bytes()))
    for e in entries:
        assert words.gettext(e.msgid) == e.msgstr


def test_every_word_of_the_click_catalogue_is_typers() -> None:
    import typer

    source = "".join(
        p.read_text(encoding="utf-8") for p in Path(typer.__file__).parent.rglob("*.py")
    )
    for e in read_po(CLICK_PO.read_text(encoding="utf-8")):
        assert e.msgid.rstrip() in source, e.msgid


@pytest.mark.parametrize("args", [["--lang", "zh", "-h"], ["verify", "-h", "--lang", "zh"]])
def test_a_chinese_help_has_no_english_words_of_click(args: list[str]) -> None:
    out = _help(*args).stdout
    assert out.startswith("用法：licang-check")
    assert "选项" in out
    assert "显示此帮助并退出。" in out
    for english in ("Usage:", "Options", "Show this message and exit."):
        assert english not in out


def test_an_english_help_never_opens_the_catalogue() -> None:
    out = _help("-h").stdout
    assert out.startswith("Usage: licang-check")
    assert "Show this message and exit." in out
    assert out.rstrip().endswith("PO-NOT-LOADED")


def test_po_round_trip() -> None:
    entries = [Entry('a\nb "q"\t', "甲\n乙", "k.one"), Entry("x", "", None)]
    assert read_po(write_po(entries)) == entries


def test_export_then_import_changes_nothing() -> None:
    source = MESSAGES_PY.read_text(encoding="utf-8")
    po = export_messages()
    assert len(read_po(po)) == len(MESSAGES)
    assert import_messages(po, source) == (source, [])


def test_an_edited_translation_comes_back_into_messages_py() -> None:
    source = MESSAGES_PY.read_text(encoding="utf-8")
    entries = read_po(export_messages())
    wanted = {"table.implies": "推得", "load.yaml_indent": MESSAGES["load.yaml_indent"]["zh"] * 2}
    edited = [e._replace(msgstr=wanted.get(e.msgctxt or "", e.msgstr)) for e in entries]
    new, changed = import_messages(write_po(edited), source)
    assert sorted(changed) == sorted(wanted)
    namespace: dict[str, object] = {}
    exec(compile(new, "messages.py", "exec"), namespace)
    table = namespace["MESSAGES"]
    assert isinstance(table, dict)
    assert table.keys() == MESSAGES.keys()
    for key, m in table.items():
        assert m["en"] == MESSAGES[key]["en"]
        assert m["zh"] == wanted.get(key, MESSAGES[key]["zh"])
    assert max(len(line) for line in new.splitlines()) <= 100


@pytest.mark.parametrize(
    ("change", "error"),
    [
        (lambda e: e._replace(msgstr="没有占位"), "placeholders differ"),
        (lambda e: e._replace(msgid=e.msgid + "!"), "English has changed"),
        (lambda e: e._replace(msgctxt="no.such.key"), "not a key"),
    ],
)
def test_a_po_that_does_not_fit_is_refused(change: object, error: str) -> None:
    entries = read_po(export_messages())
    i = next(i for i, e in enumerate(entries) if e.msgctxt == "summary.line")
    entries[i] = change(entries[i])  # type: ignore[operator]
    with pytest.raises(ValueError, match=error):
        import_messages(write_po(entries), MESSAGES_PY.read_text(encoding="utf-8"))


def test_the_catalogue_ships_as_package_data() -> None:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"_i18n/locale/*/LC_MESSAGES/*.mo"' in text
