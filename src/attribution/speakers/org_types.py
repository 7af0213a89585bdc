"""What kind of organisation a name is, as the text lets a reader tell: "the airline"
after "a Sky Meridian flight", "the regulator" for the North Sea Transition Authority.

A definite description of an organisation joins the named organisation whose type its
head is (Poesio & Vieira 1998: a definite description's head names a type its
antecedent is known to have; for organisations the type comes from the words of the
name, "… Authority", "… Airways", or from what the text says the name is used for, "a
Sky Meridian flight"). And what only an organisation has ("Sky Meridian's chief
executive", "Harland's shares") makes a name an organisation's, whatever a word list
guessed of it. The words are data (``data/org_types.tsv``).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

from ..lexicon import data_path, read_tsv
from ..segment import DocView, tokens_in

APOSTROPHE_S = frozenset(["'s", "’s"])
NAME_SPAN = 6  # words of a name before a noun it modifies


@functools.lru_cache(maxsize=1)
def _table() -> dict[str, dict[tuple[str, ...], frozenset[str]]]:
    out: dict[str, dict[tuple[str, ...], frozenset[str]]] = {}
    rows = read_tsv(data_path("org_types.tsv"), ("phrase", "where", "type", "source"))
    for row in rows:
        where = row.choice("where", ("name", "after", "owned"))
        key = tuple(row["phrase"].lower().split())
        out.setdefault(where, {})[key] = frozenset(row["type"].split())
    return out


@functools.lru_cache(maxsize=1)
def _after_nouns() -> frozenset[str]:
    """The one-word nouns of the table's "after" rows (a name before one is typed)."""
    return frozenset(key[0] for key in _table().get("after", {}) if len(key) == 1)


def _key(words: Iterable[str]) -> str:
    """A name as a key that ignores spacing ("Adewale - Hart" = "Adewale-Hart")."""
    return "".join(words).casefold()


def owned_role_end(view: DocView, b: int) -> int | None:
    """The end (exclusive) of what only an organisation has after the possessive of a
    name that ends before token ``b`` ("[Sky Meridian]'s chief executive"), if any."""
    words, lower = view.words, view.lower
    if b >= len(words) - 1 or words[b] not in APOSTROPHE_S:
        return None
    owned = _table().get("owned", {})
    for n in (4, 3, 2, 1):
        if b + 1 + n <= len(words) and tuple(lower[b + 1 : b + 1 + n]) in owned:
            return b + 1 + n
    return None


class OrgTypes:
    """The types of the organisations of one document."""

    def __init__(self, view: DocView) -> None:
        self.view = view
        self._after: dict[str, set[str]] | None = None

    def _by_use(self) -> dict[str, set[str]]:
        """Types from the nouns names modify ("a Sky Meridian flight"), by name key: one
        pass over the tokens."""
        if self._after is None:
            after = _table().get("after", {})
            view = self.view
            words, lower = view.words, view.lower
            found: dict[str, set[str]] = {}
            # Only the tokens that are a noun of the table are read.
            for i in tokens_in(lower, _after_nouns()):
                types = after.get((lower[i],))
                if types is None or not words[i].islower():
                    continue
                for n in range(1, min(NAME_SPAN, i) + 1):
                    if not words[i - n][:1].isupper():
                        break
                    found.setdefault(_key(words[i - n : i]), set()).update(types)
            self._after = found
        return self._after

    def by_use(self, name: str) -> frozenset[str]:
        """The types the nouns ``name`` modifies give it ("a Sky Meridian flight")."""
        return frozenset(self._by_use().get(_key(name.split()), ()))

    def of(self, name: str) -> frozenset[str]:
        """The types the organisation named ``name`` has in this document."""
        names = _table().get("name", {})
        out: set[str] = set()
        for w in name.casefold().split():
            out |= names.get((w,), frozenset())
        return frozenset(out) | self.by_use(name)
