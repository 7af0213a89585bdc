"""Copies of the frozen result records with some fields changed.

:func:`copy_with` is ``dataclasses.replace`` without its per-call reading of the
record's fields: the names a class's ``__init__`` takes are read once per class, and
the copy is made positionally in their order. Stages that re-map many records (hedges
attached to quotes, offsets mapped back past page furniture, entity ids numbered again)
use it.
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any, TypeVar

__all__ = ["copy_with"]

_R = TypeVar("_R")
_INIT_FIELDS: dict[type, tuple[tuple[str, ...], frozenset[str]]] = {}


def copy_with(record: _R, **changes: Any) -> _R:
    """``dataclasses.replace(record, **changes)`` for a dataclass instance whose
    ``__init__`` is the one the dataclass made (every ``init`` field, in order); a
    name that is no init field raises TypeError, as there."""
    cls = type(record)
    held = _INIT_FIELDS.get(cls)
    if held is None:
        names = tuple(f.name for f in fields(cls) if f.init)  # type: ignore[arg-type]
        held = _INIT_FIELDS.setdefault(cls, (names, frozenset(names)))
    names, known = held
    if not changes.keys() <= known:
        unknown = ", ".join(sorted(changes.keys() - known))
        raise TypeError(f"{cls.__name__} has no init field(s) named {unknown}")
    return cls(*[changes[n] if n in changes else getattr(record, n) for n in names])
