"""Gettext catalogues: the ``.po`` files translators' tools read and write
(Poedit, Weblate, Lokalize, msgmerge), and the ``.mo`` files gettext loads.

Two catalogues use them:

- **click's and typer's own words** in ``--help`` and usage errors
  ("Usage:", "Options", "Show this message and exit."), which are English in
  typer: ``locale/zh_CN/LC_MESSAGES/licang-check.po``, compiled to the
  ``.mo`` beside it (package data), loaded only for a Chinese ``--help``
  (:func:`licang_check._cli.common`).
- **the project's own messages**, which stay the dict of
  :mod:`licang_check._i18n.messages`: ``export`` writes them as a ``.po``
  (``msgctxt`` the key, ``msgid`` the English, ``msgstr`` the Chinese), and
  ``import`` writes a translated ``.po`` back into that dict's Chinese
  strings, every other byte of ``messages.py`` kept::

      python -m licang_check._i18n.po export -o licang-check.zh_CN.po
      python -m licang_check._i18n.po import licang-check.zh_CN.po
      python -m licang_check._i18n.po compile   # the click catalogue's .mo

No dependency: the ``.po`` subset read here is what these tools write
(``msgctxt``, ``msgid``, ``msgstr``, continued strings, comments); plural
forms are not used.
"""

from __future__ import annotations

import argparse
import ast
import struct
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import NamedTuple

__all__ = [
    "CLICK_MO",
    "CLICK_PO",
    "Entry",
    "export_messages",
    "import_messages",
    "main",
    "read_po",
    "write_mo",
    "write_po",
]

HERE = Path(__file__).parent
CLICK_PO = HERE / "locale" / "zh_CN" / "LC_MESSAGES" / "licang-check.po"
CLICK_MO = CLICK_PO.with_suffix(".mo")
MESSAGES_PY = HERE / "messages.py"


class Entry(NamedTuple):
    msgid: str
    msgstr: str
    msgctxt: str | None = None


def _quote(text: str) -> str:
    escaped = (
        text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    )
    return f'"{escaped}"'


def _field(name: str, text: str) -> list[str]:
    """A field, split after each newline as msgcat writes it."""
    if "\n" not in text[:-1]:
        return [f"{name} {_quote(text)}"]
    parts = text.splitlines(keepends=True)
    return [f'{name} ""', *(_quote(p) for p in parts)]


def write_po(entries: Iterable[Entry], *, header: str = "") -> str:
    head = header or "Content-Type: text/plain; charset=UTF-8\n"
    lines = [*_field("msgid", ""), *_field("msgstr", head), ""]
    for e in entries:
        if e.msgctxt is not None:
            lines.extend(_field("msgctxt", e.msgctxt))
        lines.extend(_field("msgid", e.msgid))
        lines.extend(_field("msgstr", e.msgstr))
        lines.append("")
    return "\n".join(lines)


_ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\", "r": "\r"}


def _unquote(s: str, where: int) -> str:
    s = s.strip()
    if len(s) < 2 or s[0] != '"' or s[-1] != '"':
        raise ValueError(f"line {where}: expected a quoted string, found {s!r}")
    out, i, body = [], 0, s[1:-1]
    while i < len(body):
        c = body[i]
        if c == "\\" and i + 1 < len(body):
            out.append(_ESCAPES.get(body[i + 1], body[i + 1]))
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


def read_po(text: str) -> list[Entry]:
    """The entries of a ``.po`` file, its header (empty ``msgid``) left out;
    a fuzzy or obsolete (``#~``) entry is left out too."""
    entries: list[Entry] = []
    fields: dict[str, str] = {}
    current: str | None = None
    fuzzy = False

    def flush() -> None:
        nonlocal fuzzy
        if "msgid" in fields and fields["msgid"] and not fuzzy:
            entries.append(Entry(fields["msgid"], fields.get("msgstr", ""), fields.get("msgctxt")))
        fields.clear()
        fuzzy = False

    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line:
            continue
        if line.startswith("#"):
            if line.startswith("#,") and "fuzzy" in line:
                flush()
                fuzzy = True
            continue
        if line.startswith('"'):
            if current is None:
                raise ValueError(f"line {n}: a string outside any field")
            fields[current] += _unquote(line, n)
            continue
        name, _, rest = line.partition(" ")
        if name not in ("msgctxt", "msgid", "msgstr"):
            raise ValueError(f"line {n}: unknown field {name!r}")
        if name in ("msgctxt", "msgid") and "msgid" in fields:  # the next entry
            keep = fuzzy
            flush()
            fuzzy = keep
        current = name
        fields[name] = _unquote(rest, n)
    flush()
    return entries


def write_mo(entries: Sequence[Entry]) -> bytes:
    """The GNU ``.mo`` of ``entries`` (what ``msgfmt`` writes, without a hash
    table: gettext finds strings by binary search then)."""
    header = "Content-Type: text/plain; charset=UTF-8\n"
    pairs = [("", header)] + [
        ((f"{e.msgctxt}\x04" if e.msgctxt is not None else "") + e.msgid, e.msgstr)
        for e in entries
        if e.msgstr
    ]
    pairs.sort(key=lambda p: p[0].encode("utf-8"))
    ids = [k.encode("utf-8") for k, _ in pairs]
    strs = [v.encode("utf-8") for _, v in pairs]
    n = len(pairs)
    start = 7 * 4 + 16 * n
    offsets: list[tuple[int, int]] = []
    data = b""
    for s in (*ids, *strs):
        offsets.append((len(s), start + len(data)))
        data += s + b"\0"
    out = struct.pack("<7I", 0x950412DE, 0, n, 7 * 4, 7 * 4 + 8 * n, 0, 0)
    out += b"".join(struct.pack("<2I", *o) for o in offsets[:n])
    out += b"".join(struct.pack("<2I", *o) for o in offsets[n:])
    return out + data


def export_messages() -> str:
    """The project's catalogue as a ``.po``: one entry per key."""
    from licang_check._i18n.messages import MESSAGES

    header = (
        "Project-Id-Version: licang-check\n"
        "Language: zh_CN\n"
        "MIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=UTF-8\n"
        "Content-Transfer-Encoding: 8bit\n"
    )
    entries = [Entry(m["en"], m["zh"], key) for key, m in MESSAGES.items()]
    return write_po(entries, header=header)


def _zh_nodes(source: str) -> dict[str, ast.expr]:
    """Each key's ``"zh"`` value node in the source of ``messages.py``."""
    tree = ast.parse(source)
    for node in ast.walk(tree):
        if isinstance(node, ast.AnnAssign) and getattr(node.target, "id", "") == "MESSAGES":
            table = node.value
            break
    else:  # pragma: no cover - messages.py always has it
        raise ValueError("no MESSAGES in messages.py")
    assert isinstance(table, ast.Dict)
    out: dict[str, ast.expr] = {}
    for k, v in zip(table.keys, table.values, strict=True):
        if isinstance(k, ast.Constant) and isinstance(k.value, str) and isinstance(v, ast.Dict):
            for lk, lv in zip(v.keys, v.values, strict=True):
                if isinstance(lk, ast.Constant) and lk.value == "zh":
                    out[k.value] = lv
    return out


def _literal(text: str, indent: str, room: int) -> str:
    """``text`` as Python string literals of at most ``room`` characters a
    line, joined implicitly (one per line after the first, at ``indent``)."""
    whole = _py(text)
    if len(whole) <= room:
        return whole
    pieces, piece = [], ""
    for ch in text:
        if len(_py(piece + ch)) > room and piece:
            pieces.append(piece)
            piece = ""
        piece += ch
        if ch == "\n":
            pieces.append(piece)
            piece = ""
    if piece:
        pieces.append(piece)
    return f"\n{indent}".join(_py(p) for p in pieces)


def _py(text: str) -> str:
    out = repr(text)
    if out.startswith("'") and '"' not in text:
        out = '"' + out[1:-1].replace("\\'", "'") + '"'
    return out


def import_messages(po_text: str, source: str) -> tuple[str, list[str]]:
    """``messages.py``'s ``source`` with the Chinese of every key the ``.po``
    translates differently; also the keys changed. A ``.po`` entry whose key
    is not in the catalogue, or whose ``msgid`` is not the key's English (the
    English changed since the export), or whose placeholders differ, is an
    error (ValueError)."""
    from licang_check._i18n.messages import MESSAGES

    nodes = _zh_nodes(source)
    lines = source.splitlines(keepends=True)
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line))
    edits: list[tuple[int, int, str, str]] = []
    for e in read_po(po_text):
        key = e.msgctxt
        if key is None or key not in MESSAGES:
            raise ValueError(f"{key!r}: not a key of the catalogue")
        if e.msgid != MESSAGES[key]["en"]:
            raise ValueError(f"{key!r}: the English has changed since the export: export again")
        if not e.msgstr or e.msgstr == MESSAGES[key]["zh"]:
            continue
        if _fields(e.msgstr) != _fields(MESSAGES[key]["en"]):
            raise ValueError(f"{key!r}: the placeholders differ from the English's")
        node = nodes[key]
        assert node.end_lineno is not None
        assert node.end_col_offset is not None
        start = offsets[node.lineno - 1] + len(
            lines[node.lineno - 1].encode("utf-8")[: node.col_offset].decode("utf-8")
        )
        end = offsets[node.end_lineno - 1] + len(
            lines[node.end_lineno - 1].encode("utf-8")[: node.end_col_offset].decode("utf-8")
        )
        first_line = lines[node.lineno - 1]
        column = start - offsets[node.lineno - 1]
        indent = " " * (len(first_line) - len(first_line.lstrip()))
        room = 99 - max(column, len(indent)) - 1
        edits.append((start, end, _literal(e.msgstr, indent, room), key))
    out = source
    for start, end, text, _ in sorted(edits, reverse=True):
        out = out[:start] + text + out[end:]
    return out, [key for *_, key in edits]


def _fields(text: str) -> set[str]:
    import string

    return {f for _, f, _, _ in string.Formatter().parse(text) if f}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m licang_check._i18n.po")
    sub = parser.add_subparsers(dest="command", required=True)
    exp = sub.add_parser("export", help="write the project's messages as a .po")
    exp.add_argument("-o", "--output", type=Path)
    imp = sub.add_parser("import", help="write a translated .po back into messages.py")
    imp.add_argument("po", type=Path)
    sub.add_parser("compile", help="compile the click catalogue's .po into its .mo")
    args = parser.parse_args(argv)
    if args.command == "export":
        text = export_messages()
        if args.output is None:
            sys.stdout.write(text)
        else:
            args.output.write_text(text, encoding="utf-8")
    elif args.command == "import":
        try:
            new, changed = import_messages(
                args.po.read_text(encoding="utf-8"), MESSAGES_PY.read_text(encoding="utf-8")
            )
        except ValueError as e:
            print(f"{args.po}: error: {e}", file=sys.stderr)
            return 2
        MESSAGES_PY.write_text(new, encoding="utf-8")
        for key in changed:  # the keys whose Chinese changed, one a line
            print(key, file=sys.stderr)
    else:
        CLICK_MO.write_bytes(write_mo(read_po(CLICK_PO.read_text(encoding="utf-8"))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
