"""A regular-expression alternation split by the first character of the line it reads.

``re`` tries the branches of an alternation one after the other at the start of a
line. With a lexicon of a hundred rows (``data/furniture.tsv``) that is most of the
cost of a short line, though most rows cannot even match its first character.
:func:`by_first_char` splits the alternation into one per first character: the rows
that may start with that character, in their order, with the rows that may start with
anything. ``fullmatch`` of the part for a line's first character finds what
``fullmatch`` of the whole finds (the same row, the same groups): the rows left out
cannot match a line that starts so, and the others are tried in the same order.

The characters a row may start with are read from Python's own parse of its pattern
(``re._parser``). Whatever that parse does not tell for sure counts as "anything": a
class with a category (``\\w``, ``\\s``), a negation or a non-ASCII character, ``.``,
a look-around, a non-ASCII literal (which may equal an ASCII letter ignoring case: the
Kelvin sign and "k"). Only lines that start with an ASCII character are dispatched
(:meth:`FirstChar.pattern`); a line that starts otherwise takes the whole alternation.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

__all__ = ["FirstChar", "by_first_char"]

try:  # the parser of the standard library's engine: re._parser, sre_parse before 3.11
    _PARSER: Any = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - Python 3.10
    _PARSER = importlib.import_module("sre_parse")

_ANYTHING = None  # a row that may start with any character
_REPEATS = frozenset(
    getattr(_PARSER, name) for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")
    if hasattr(_PARSER, name)
)


@dataclass(frozen=True)
class FirstChar:
    """The alternation's parts by a line's first character (ASCII, lower case), and
    the part of the rows that may start with anything (for the other ASCII
    characters)."""

    whole: re.Pattern[str]
    parts: Mapping[str, re.Pattern[str]]
    rest: re.Pattern[str]

    def pattern(self, line: str) -> re.Pattern[str]:
        """The alternation to try on ``line``: its part when ``line`` starts with an
        ASCII character, else the whole."""
        first = line[:1]
        if not first.isascii() or not first:
            return self.whole
        return self.parts.get(first.lower(), self.rest)


def by_first_char(rows: Sequence[str], flags: int = 0) -> FirstChar | None:
    """The alternation ``"|".join(rows)`` (compiled with ``flags``) split by first
    character, or None when a row cannot be read (then use the whole)."""
    try:
        starts = [_row_starts(row, flags) for row in rows]
    except Exception:  # an unexpected parse: the split is only a speed-up
        return None
    keys = sorted(set().union(*(s for s in starts if s is not _ANYTHING)))

    def part(key: str | None) -> re.Pattern[str]:
        kept = [row for row, s in zip(rows, starts, strict=True)
                if s is _ANYTHING or (key is not None and key in s)]
        # No row at all: a pattern that matches no line.
        return re.compile("|".join(kept) if kept else r"(?!)", flags)

    return FirstChar(re.compile("|".join(rows), flags), {k: part(k) for k in keys},
                     part(None))


def _row_starts(row: str, flags: int) -> frozenset[str] | None:
    """The lower-cased ASCII characters ``row`` may match first, or None (anything)."""
    found, empty = _sequence(_PARSER.parse(row, flags))
    # A row that may match nothing at all is left to the whole (never the case here).
    return _ANYTHING if found is _ANYTHING or empty else frozenset(found)


def _sequence(items: Any) -> tuple[set[str] | None, bool]:
    """First characters of a sequence of parsed items, and whether it may match the
    empty string."""
    out: set[str] = set()
    for op, av in items:
        found, empty = _item(op, av)
        if found is _ANYTHING:
            return _ANYTHING, False
        out |= found
        if not empty:
            return out, False
    return out, True


def _literal(code: int) -> set[str] | None:
    ch = chr(code)
    return {ch.lower()} if ch.isascii() else _ANYTHING


def _item(op: Any, av: Any) -> tuple[set[str] | None, bool]:
    p = _PARSER
    if op == p.LITERAL:
        return _literal(av), False
    if op == p.IN:
        out: set[str] = set()
        for kind, value in av:
            if kind == p.LITERAL:
                found = _literal(value)
                if found is _ANYTHING:
                    return _ANYTHING, False
                out |= found
            elif kind == p.RANGE and value[1] < 128:
                out |= {chr(c).lower() for c in range(value[0], value[1] + 1)}
            else:  # a negation, a category, a range beyond ASCII
                return _ANYTHING, False
        return out, False
    if op == p.SUBPATTERN:
        return _sequence(av[3])
    if op == p.BRANCH:
        out = set()
        empty = False
        for alternative in av[1]:
            found, may_be_empty = _sequence(alternative)
            if found is _ANYTHING:
                return _ANYTHING, False
            out |= found
            empty = empty or may_be_empty
        return out, empty
    if op in _REPEATS:
        low, _, inner = av
        found, empty = _sequence(inner)
        if found is _ANYTHING:
            return _ANYTHING, False
        return found, low == 0 or empty
    if op == p.AT:  # ^, $, \b: they match no character
        return set(), True
    return _ANYTHING, False
