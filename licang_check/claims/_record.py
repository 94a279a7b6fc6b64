"""A plain record class: fields set by a hand-written ``__init__``, the
repr a dataclass would have, and nothing generated.

For the model classes that need no ``dataclasses.replace``: a dataclass
compiles and runs the source of its generated methods when its module is
imported, at every start of the command line."""

from __future__ import annotations

__all__ = ["Record"]


class Record:
    """A base class whose subclasses name their fields in ``__slots__``, in
    the order of their ``__init__``'s parameters; ``repr`` shows them as
    ``Name(field=value, ...)``, as a dataclass's does (the loader's corpus
    test holds a loaded file's repr fixed)."""

    __slots__: tuple[str, ...] = ()

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__)
        return f"{type(self).__qualname__}({fields})"
