"""The exact rational type every module computes with.

``quicktions.Fraction`` is the standard library's ``fractions.Fraction``
compiled with Cython: the same API and the same exact results, about ten
times faster (a growth check does some forty rational operations). Where it
is not installed (no wheel for the platform), ``fractions.Fraction`` gives
the same numbers, slower; a test runs the shipped article both ways.

Type checkers see ``fractions.Fraction``: quicktions ships no stubs, and
mirrors that class's API.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

__all__ = ["Fraction"]

if TYPE_CHECKING:
    from fractions import Fraction
else:
    try:
        from quicktions import Fraction
    except ImportError:  # the same numbers, slower
        from fractions import Fraction
