"""The words of a description: its head words, its modifiers, the broader nouns a role
is also called by, and whether two descriptions contradict each other."""

from __future__ import annotations

import functools
from collections.abc import Iterable

from ..lexicon import data_path, read_tsv
from ..phrases import POSSESSIVES
from ..resources import SpeakerLexicon
from .entities import Cluster

DEFINITE = frozenset(["the", "this", "that", "these", "those"])
# Modifiers that point back rather than tell one entity from another ("the same poll",
# "the latest survey").
ANAPHORIC_MODIFIERS = frozenset(["same", "aforementioned", "latest", "new", "recent"])
# Words that say a role is no longer held, one modifier for conflicts: "a retired
# teacher" is later "the former teacher".
FORMER = {"retired": "former", "ex": "former", "onetime": "former", "one-time": "former",
          "erstwhile": "former"}
COMPLEMENT_PREPS = frozenset(["of", "at", "for", "from"])
HEAD_STOP = frozenset(["of", "at", "for", "from", "with", "in", "to", "by", "on", "about",
                       "who", "whose", "which", "that", "and", "or", ",", "("])


def other_body(description: str, titles: Iterable[str]) -> bool:
    """Does the description name, after its head, a body ("a spokesperson for Manitoba's
    Department of Indigenous Reconciliation") other than the one a named person's title
    gives ("Manitoba Hydro spokesperson Ayesha Qureshi")?"""
    _, sep, body = description.partition(" for ")
    if not sep:
        _, sep, body = description.partition(" at ")
    own = {w.removesuffix("'s").removesuffix("’s") for w in body.split() if w[:1].isupper()}
    if not own:
        return False
    return any(
        {w for w in t.split() if w[:1].isupper()} - own - {t.split()[-1]} for t in titles
    )


def serves_other(description: str, name: str) -> bool:
    """Does a generic organisation's description name, after "for" or "of", a body none
    of whose words ``name`` has ("the trade group for the Blue Cross Blue Shield plans"
    is no "Obama administration"), or before it as an owner ("Martinique's banana
    growers' group" is no "regional health agency")? It relates a new organisation to
    that body."""
    head, sep, body = description.partition(" for ")
    if not sep:
        head, sep, body = description.partition(" of ")
    owners = [w for w in head.split() if w[:1].isupper() and possessor(w)]
    own = {w.removesuffix("'s").removesuffix("’s")
           for w in [*body.split(), *owners] if w[:1].isupper()}
    return bool(own) and not own & set(name.split())


def possessor(word: str) -> bool:
    """Does ``word`` end a possessor ("'s", "president’s", "senators'")?"""
    return word.endswith(("'s", "’s", "'", "’"))


def head_words(text: str) -> list[str]:
    """The words of a description up to its first preposition, relative or conjunction:
    its head and what modifies it ("a truck driver who had been travelling behind the
    cyclist" -> ["a", "truck", "driver"])."""
    out = []
    for w in text.lower().replace(",", " , ").split():
        if w in HEAD_STOP:
            break
        out.append(w)
    return out


def modifiers(text: str, head: str) -> set[str]:
    """The words before ``head`` in a description, and those of its complement after
    it, without determiners and possessive endings: "Ethiopia's water minister" ->
    {"ethiopia", "water"}; "the president of the Arab American Institute" -> {"arab",
    "american", "institute"}."""
    raw = text.lower().replace("’", "'").split()
    words = [w.strip(".,") for w in raw]
    if head not in words:
        return set()
    at = words.index(head)
    picked = words[:at]
    if at + 1 < len(words) and words[at + 1] in COMPLEMENT_PREPS:
        for w, r in zip(words[at + 2 : at + 8], raw[at + 2 : at + 8], strict=True):
            if w in ("who", "which", "that", "and") or not w:
                break
            picked.append(w)
            if r.endswith(","):
                break
    out = set()
    for w in picked:
        w = FORMER.get(w.removesuffix("'s"), w.removesuffix("'s"))
        if w and w not in DEFINITE and w not in POSSESSIVES and w not in ("a", "an"):
            out.add(w)
    return out - COMPLEMENT_PREPS - ANAPHORIC_MODIFIERS


# Modifiers that say what kind of body an organisation is, not which one: "the central
# bank" is the Bank of Canada, "the federal agency" the one just named.
TYPE_MODIFIERS = frozenset(["central", "federal", "national", "state", "regional", "local",
                            "provincial", "public", "government", "city", "county"])


@functools.lru_cache(maxsize=1)
def role_kinds() -> dict[str, tuple[str, ...]]:
    """Role noun -> the broader nouns a later description may call it by
    (``data/role_kinds.tsv``: "oncologist" -> "doctor"), and theirs in turn (a
    hydrologist is a scientist, so "the researcher")."""
    out: dict[str, tuple[str, ...]] = {}
    for row in read_tsv(data_path("role_kinds.tsv"), ("role", "kind", "source")):
        out[row["role"]] = (*out.get(row["role"], ()), row["kind"])
    for role, kinds in out.items():
        broader = list(kinds)
        for kind in broader:  # (grows as it is read: the kinds of kinds)
            broader += [k for k in out.get(kind, ()) if k not in broader and k != role]
        out[role] = tuple(broader)
    return out


def informative(text: str, lex: SpeakerLexicon) -> tuple[int, int]:
    """How much a description says of whom it describes, to compare two: its words but
    for those that say it is unnamed or indefinite, or that it was mentioned before ("the
    US official" says more than "an unnamed official"; "the same report" no more than
    "the report")."""
    words = text.lower().split()
    marked = sum(lex.has("anon_marker", w) or lex.has("indefinite", w)
                 or w in ANAPHORIC_MODIFIERS for w in words)
    return len(words) - marked, -marked


def shared_nouns(one: Iterable[str], other: Iterable[str]) -> set[str]:
    """The nouns two entities are both called, but for those both are called only as
    the broader kind of their own: "a senator" is no "Congressman Chris Collins"
    (both lawmakers), though "Dr." names "the physician" (a physician is a doctor)."""
    one, other = set(one), set(other)
    kinds = role_kinds()

    def broader(nouns: set[str]) -> set[str]:
        return {k for w in nouns for k in kinds.get(w, ())}

    return (one & other) - (broader(one) & broader(other))


def conflict(mods: set[str], c: Cluster, head: str, mentions: Iterable[str] = ()) -> bool:
    """Does a description with these modifiers of ``head`` contradict what the entity
    was called, in its descriptions, its name or its ``mentions`` ("Sudan's irrigation
    minister" for "Ethiopia's water minister"; "the former president" for "Vice
    President Joe Biden")? An organisation's type modifiers ("the central bank")
    contradict no name."""
    if c.kind == "organization":
        mods = mods - TYPE_MODIFIERS
    if not mods:
        return False
    for text in (*c.descriptions, c.name, *mentions):
        own = modifiers(text, head)
        if own and not own & mods:
            return True
    return False


@functools.lru_cache(maxsize=1)
def role_verbs() -> dict[str, str]:
    """Verb of a relative clause -> the role noun of who does it (``data/role_verbs.tsv``:
    "who chairs the committee" -> "chair")."""
    return {row["verb"]: row["role"]
            for row in read_tsv(data_path("role_verbs.tsv"), ("verb", "role", "source"))}


def set_off_after(text: str, end: int) -> str:
    """The clause set off by commas right after character ``end`` ("…, who asked not
    to be named because of company policy, said"), or ""."""
    if not text.startswith(",", end):
        return ""
    close = text.find(",", end + 1, end + 160)
    return text[end + 1 : close] if close > 0 else ""
