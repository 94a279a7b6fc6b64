"""Composing a claims file from libyaml's events into light nodes.

PyYAML's composer makes a :class:`yaml.ScalarNode` per scalar, each with a
``__dict__``, and calls the loader's Python ``resolve`` and path-resolver
hooks around every node. :func:`compose` reads the parser's events itself
(``CParser.get_event``: the events carry libyaml's marks, so every line and
column is kept) and builds nodes of slotted subclasses of PyYAML's node
classes: they are what the loader's walk already reads (``tag``, ``value``,
``start_mark``, ``end_mark``, ``style``; ``isinstance`` against PyYAML's
classes holds), at about half the memory and time.

What PyYAML's composer refuses is refused here the same way, with the same
:class:`yaml.composer.ComposerError` and marks: an undefined alias, a
duplicate anchor, a second document. An alias gives its anchor's node
again, as PyYAML's does; the walk refuses a node met twice. The parser's own
errors (bad syntax, a character YAML does not allow, nesting) come from
``get_event`` unchanged. Tags are resolved as :class:`load._TextLoader`
does: plain ``null``/``true``/``false`` spellings get their tags, every
other untagged scalar is a string; an explicit tag is kept for the walk to
refuse.

Given readers by top-level key (``flat``: the loader's for ``claims`` and
``checks``), a mapping of scalars alone inside such a key's collection is
handed to its reader as events, and no nodes are made for it unless the
reader declines it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple

import yaml
from yaml.composer import ComposerError

__all__ = ["compose"]

_TAG = "tag:yaml.org,2002:"
_STR, _NULL, _BOOL, _SEQ, _MAP = (_TAG + k for k in ("str", "null", "bool", "seq", "map"))
_NULLS = frozenset({"", "~", "null", "Null", "NULL"})
_BOOLS = frozenset({"true", "false", "True", "False", "TRUE", "FALSE"})


class Mark(NamedTuple):
    """A node's 0-based line and column, as PyYAML's marks give them."""

    line: int
    column: int


class _Positions:
    """Where a node starts and ends, as ints rather than two mark objects
    (each mark holds three ints of its own: they were most of the tree).
    The end's line is kept as lines after the start: a small int, which
    Python shares, where a line number past 256 is an object of its own."""

    __slots__ = ()
    line: int
    column: int
    end_lines: int
    end_column: int

    @property
    def start_mark(self) -> Mark:
        return Mark(self.line, self.column)

    @property
    def end_mark(self) -> Mark:
        return Mark(self.line + self.end_lines, self.end_column)


class Scalar(_Positions, yaml.ScalarNode):  # type: ignore[misc]  # marks as properties
    """A scalar node without a ``__dict__`` or mark objects."""

    __slots__ = ("column", "end_column", "end_lines", "line", "style", "tag", "value")


class Sequence(_Positions, yaml.SequenceNode):  # type: ignore[misc]  # marks as properties
    """A sequence node without a ``__dict__`` or mark objects."""

    __slots__ = ("column", "end_column", "end_lines", "flow_style", "line", "tag", "value")


class Mapping(_Positions, yaml.MappingNode):  # type: ignore[misc]  # marks as properties
    """A mapping node without a ``__dict__`` or mark objects; ``value`` is its
    (key, value) pairs."""

    __slots__ = ("column", "end_column", "end_lines", "flow_style", "line", "tag", "value")


Flat = Callable[[Any, list[Any]], Any]
"""What reads a mapping from its events, when every event in it is a
scalar without an anchor: its start event and the scalar events (key,
value, key, value, ...) -> an object to stand for the mapping, or None for
the mapping as nodes."""
Flats = dict[str, tuple[bool, Flat]]
"""By a key of the top mapping: whether its value is a mapping (else a
list) whose mappings a :data:`Flat` reads, and that :data:`Flat`
(``claims``: a mapping of them; ``checks``: a list)."""


def compose(text: str, loader_class: type, flat: Flats | None = None) -> yaml.Node | None:
    """The one document of ``text`` as nodes, or None for an empty stream.

    ``loader_class`` is a PyYAML loader (libyaml's ``CSafeLoader`` or its
    subclass, or the pure-Python ``SafeLoader``); only its parser is used.
    Raises what PyYAML's ``compose`` raises. With ``flat``, each mapping
    directly inside the collection of one of its keys in the top mapping
    (``claims``, ``checks``; an untagged mapping without an anchor, holding
    scalars alone) is what that key's :data:`Flat` makes of its events,
    where it makes something: no nodes are built for it.
    """
    loader = loader_class(text)
    try:
        return _single(loader.get_event, flat)
    finally:
        loader.dispose()


def _single(get_event: Any, flat: Flats | None = None) -> yaml.Node | None:
    get_event()  # stream start
    event = get_event()
    document = None
    if not isinstance(event, yaml.StreamEndEvent):
        document = _document(get_event, flat)
        event = get_event()
        if not isinstance(event, yaml.StreamEndEvent):
            raise ComposerError(
                "expected a single document in the stream",
                document.start_mark,
                "but found another document",
                event.start_mark,
            )
    return document


def _document(get_event: Any, flat: Flats | None = None) -> yaml.Node:
    """The nodes of a document whose start event was read, up to its end
    event, read too. Iterative: the parser bounds the nesting, not the stack."""
    ScalarEvent, AliasEvent = yaml.ScalarEvent, yaml.AliasEvent
    SequenceStartEvent, MappingStartEvent = yaml.SequenceStartEvent, yaml.MappingStartEvent
    new = object.__new__
    anchors: dict[str, Any] = {}
    # ``parent`` is the open collection (a list for the document itself),
    # ``key`` the key of a mapping waiting for its value; ``stack`` holds
    # the (parent, key) pairs of the collections around it.
    root: list[Any] = []
    parent: Any = root
    add = root.append  # of the items of ``parent``
    in_mapping = False
    key: Any = None
    stack: list[tuple[Any, Any, bool, Any]] = []
    flat_parent: Any = None  # the collection whose mappings ``flat_of`` reads
    flat_of: Any = None
    after: Any = None  # an event read ahead (past a claim that is not flat)
    while True:
        if after is None:
            event = get_event()
        else:
            event, after = after, None
        cls = type(event)
        node: Any
        if cls is ScalarEvent:
            tag = event.tag
            value = event.value
            if tag is None or tag == "!":
                if event.implicit[0]:
                    tag = _NULL if value in _NULLS else _BOOL if value in _BOOLS else _STR
                else:
                    tag = _STR
            node = new(Scalar)
            node.tag, node.value, node.style = tag, value, event.style
            m = event.start_mark
            line = m.line
            node.line, node.column = line, m.column
            m = event.end_mark
            node.end_lines, node.end_column = m.line - line, m.column
        elif cls is AliasEvent:
            anchor = event.anchor
            if anchor not in anchors:
                raise ComposerError(None, None, "found undefined alias", event.start_mark)
            node = anchors[anchor]
        elif cls is MappingStartEvent or cls is SequenceStartEvent:
            if (
                parent is flat_parent
                and cls is MappingStartEvent
                and (key is not None or not in_mapping)
                and event.tag is None
                and event.anchor is None
            ):
                node, items, after = _flat(get_event, event, flat_of)
                if node is None:  # nodes after all: the mapping, its scalars so far
                    node = _open(event, _MAP, Mapping)
                    stack.append((parent, add, in_mapping, key))
                    parent, add, in_mapping, key = node, node.value.append, True, None
                    for item in items:
                        scalar = _scalar(item)
                        if key is None:
                            key = scalar
                        else:
                            add((key, scalar))
                            key = None
                    continue
                after = None  # the mapping's end
                if in_mapping:
                    add((key, node))
                    key = None
                else:
                    add(node)
                continue
            if (
                flat is not None
                and len(stack) == 1
                and key is not None
                and event.tag is None
                and type(key) is Scalar
                and key.value in flat
                and flat[key.value][0] is (cls is MappingStartEvent)
            ):
                is_map, flat_of = flat[key.value]
                flat_parent = node = _open(
                    event, _MAP if is_map else _SEQ, Mapping if is_map else Sequence
                )
                _anchor(anchors, event, node)
                stack.append((parent, add, in_mapping, key))
                parent, add, in_mapping, key = node, node.value.append, is_map, None
                continue
            tag = event.tag
            if tag is None or tag == "!":
                tag = _MAP if cls is MappingStartEvent else _SEQ
            node = new(Mapping if cls is MappingStartEvent else Sequence)
            node.tag, node.value, node.flow_style = tag, [], event.flow_style
            m = event.start_mark
            node.line, node.column = m.line, m.column
            _anchor(anchors, event, node)
            stack.append((parent, add, in_mapping, key))
            parent, add, in_mapping, key = node, node.value.append, cls is MappingStartEvent, None
            continue
        elif cls is yaml.MappingEndEvent or cls is yaml.SequenceEndEvent:
            node = parent
            m = event.end_mark
            node.end_lines, node.end_column = m.line - node.line, m.column
            parent, add, in_mapping, key = stack.pop()
        else:  # the document's end
            done_root: yaml.Node = root[0]
            return done_root
        if cls is ScalarEvent and event.anchor is not None:
            _anchor(anchors, event, node)
        # the node is complete: put it into its parent
        if not in_mapping:
            add(node)
        elif key is None:
            key = node
        else:
            add((key, node))
            key = None


def _flat(get_event: Any, start: Any, flat: Flat) -> tuple[Any, list[Any], Any]:
    """A mapping, its start event read, as ``flat`` makes it of its scalar
    events (and its end event, read); else None, the scalar events read,
    and the event that ended them (to be read next)."""
    ScalarEvent = yaml.ScalarEvent
    items: list[Any] = []
    add = items.append
    while True:
        event = get_event()
        if type(event) is not ScalarEvent or event.anchor is not None:
            break
        add(event)
    if type(event) is yaml.MappingEndEvent:
        made = flat(start, items)
        if made is not None:
            return made, items, event
    return None, items, event


def _open(event: Any, tag: str, cls: type) -> Any:
    """The node of a collection's start event (untagged: ``tag`` is its
    kind's), its items and end to come; as :func:`_document` makes it."""
    node: Any = object.__new__(cls)
    node.tag, node.value, node.flow_style = tag, [], event.flow_style
    m = event.start_mark
    node.line, node.column = m.line, m.column
    return node


def _scalar(event: Any) -> Scalar:
    """The node of a scalar event without an anchor, as :func:`_document` makes it."""
    tag = event.tag
    value = event.value
    if tag is None or tag == "!":
        if event.implicit[0]:
            tag = _NULL if value in _NULLS else _BOOL if value in _BOOLS else _STR
        else:
            tag = _STR
    node: Any = object.__new__(Scalar)
    node.tag, node.value, node.style = tag, value, event.style
    m = event.start_mark
    line = m.line
    node.line, node.column = line, m.column
    m = event.end_mark
    node.end_lines, node.end_column = m.line - line, m.column
    return node  # type: ignore[no-any-return]


def _anchor(anchors: dict[str, Any], event: Any, node: Any) -> None:
    """Note the node of an anchored event; a second anchor of a name is an error."""
    anchor = event.anchor
    if anchor is None:
        return
    if anchor in anchors:
        first = anchors[anchor]
        raise ComposerError(
            "found duplicate anchor; first occurrence",
            first.start_mark,
            "second occurrence",
            event.start_mark,
        )
    anchors[anchor] = node
