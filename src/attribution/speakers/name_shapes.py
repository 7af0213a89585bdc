"""Shapes of names a word list cannot tell: an acronym of the words before it, the
capital inside a company's one-word name, the owner before a possessive."""

from __future__ import annotations

from collections.abc import Callable, Container, Mapping
from typing import TYPE_CHECKING

import regex

from .names import POSSESSIVE

if TYPE_CHECKING:
    from ..phrases import Tagger
    from ..resources import SpeakerLexicon
    from ..segment import DocView

# A company's name written as one word with a capital inside ("EgyptAir", "PayPal",
# "BlackRock", "OpenAI"); surnames and given names that do so start with a particle
# ("McConnell", "MacNeil", "DeSantis", "LaToya", "VanDyke", "FitzGerald"), which the
# pattern leaves to people: a first part of two letters, or one of these.
_CAMEL = regex.compile(r"\p{Lu}(\p{Ll}{2,})\p{Lu}\p{L}*")
NAME_PARTICLE_HEADS = frozenset(["mac", "van", "von", "del", "des", "den", "dal", "fitz",
                                 "della", "vander", "ben", "abu"])


def acronym_of(acronym: str, words: list[str]) -> bool:
    """Is ``acronym`` (capitals only) made of the initials of the capitalised ``words``
    in order, the first included ("CPN" of "Coordination Paysanne Nationale", "FNSEA" of
    "Fédération Nationale des Syndicats d'Exploitants Agricoles")?"""
    if not (2 <= len(acronym) <= 8 and acronym.isalpha() and acronym.isupper()):
        return False
    if words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    initials = [w[0] for w in words if w[:1].isupper()]
    if not initials or initials[0] != acronym[0]:
        return False
    it = iter(initials)
    return all(ch in it for ch in acronym)


def after_possessor(words: list[str], pre: list[int]) -> int:
    """The index in ``pre`` just after its last possessive ending (0 if none)."""
    for n in range(len(pre) - 1, -1, -1):
        if words[pre[n]] in POSSESSIVE:
            return n + 1
    return 0


def camel_case(word: str) -> bool:
    """Is ``word`` one word with a capital inside after a first part of three letters or
    more, as companies write their names ("EgyptAir", "PayPal", "SoftBank"), and not
    after a surname particle ("MacKenzie", "VanDyke")?"""
    m = _CAMEL.fullmatch(word)
    return m is not None and (word[0] + m.group(1)).lower() not in NAME_PARTICLE_HEADS


# Endings of common nouns and never of names: a word the word lexicon lacks with one of
# them names a portfolio ("Minister of Tourism and Antiquities", "Fisheries"), no person.
_COMMON_NOUN_ENDING = regex.compile(r"(?:isms?|ities|ics|tions?|ments?|ness|tures?|eries)\Z")


def common_noun_form(lower: str) -> bool:
    """Does lower-case ``lower`` end as only common nouns do ("tourism", "antiquities")?"""
    return len(lower) > 5 and _COMMON_NOUN_ENDING.search(lower) is not None


def modifies_noun(view: DocView, tag: Tagger, b: int) -> bool:
    """Does the name ending before token ``b`` modify the common noun after it (past an
    acronym in brackets: "A Brihanmumbai Municipal Corporation (BMC) report")?"""
    words = view.words
    k = b + 3 if b + 2 < len(words) and words[b] == "(" and words[b + 2] == ")" else b
    return k < len(words) and words[k].islower() and tag(k) == "NOUN"


def outlet_name(
    view: DocView, is_cap: Callable[[int], bool], k: int, b: int, lex: SpeakerLexicon
) -> str | None:
    """The name of an outlet its description gives right before its head noun ("the
    state-run Lao Động newspaper", "China's People's Daily newspaper"): the capitalised
    words there, unless they name a place or a nation ("a New Hampshire paper", "the
    Chinese broadcaster"); None for a plural head ("Multiple outlets")."""
    head = view.lower[b - 1]
    if b - k < 2 or not lex.has("media_head", head) or head.endswith("s"):
        return None
    j = b - 1
    while j > k and (is_cap(j - 1) or (
        view.words[j - 1] in POSSESSIVE and j - 2 > k and is_cap(j - 2) and is_cap(j)
    )):
        j -= 1
    words = tuple(view.words[j : b - 1])
    if not words or view.lower[j] == "the" or view.words[j - 1] in POSSESSIVE or any(
        lex.phrase(cls, words) for cls in ("gpe", "nationality")
    ):
        return None
    return view.text[view.starts[j] : view.ends[b - 2]]


# Compass words that make a region of a country's name ("West Greenland", "Northern Kenya").
COMPASS = frozenset(["north", "south", "east", "west", "northern", "southern", "eastern",
                     "western", "central", "northeast", "northwest", "southeast",
                     "southwest", "north-east", "north-west", "south-east", "south-west"])


def region(words: tuple[str, ...], lex: SpeakerLexicon) -> bool:
    """Is ``words`` a compass word and a country's name that is no country's own ("West
    Greenland", but "South Africa", "North Korea"): a region, which speaks for no one?"""
    return len(words) > 1 and words[0].casefold() in COMPASS and lex.phrase(
        "gpe", words[1:]) and not lex.phrase("gpe", words)


# Prepositions of place before a name that is then a place's ("a gathering called in Ha
# Mokoallong", "a farm near Kasungu").
PLACE_PREPS = frozenset(["in", "near", "outside"])


def placed(view: DocView, toks: list[int], pre: list[int], ent: Mapping[str, str]) -> bool:
    """Is a name with no word a given name right after a preposition of place, and no
    possessor ("in Ha Mokoallong"; not "in Smith's view")? A place, no person."""
    before = toks[0] - 1
    while before >= 0 and view.is_space[before]:
        before -= 1
    after = toks[-1] + 1
    return not pre and before >= 0 and view.lower[before] in PLACE_PREPS and not any(
        ent.get(view.words[i]) == "PERSON" for i in toks
    ) and (after >= len(view.words) or view.words[after] not in POSSESSIVE)


def office_word(view: DocView, i: int) -> bool:
    """Does the text give the capitalised word ``i`` elsewhere after the word before it
    and no capitalised word after ("the latest report of the Director of Audit." beside
    "Director of Audit Marcia Joseph-Lake")? Then it ends a portfolio, no name starts."""
    if i == 0:
        return False
    words = view.words
    after = regex.compile(rf"(?<!\w){regex.escape(words[i - 1])}\s+{regex.escape(words[i])}"
                          r"(?![\w'’-])(?!\s+\p{Lu})")
    return after.search(view.text) is not None


def numbered(view: DocView, i: int, time: Container[str]) -> bool:
    """Is token ``i`` a number inside a name before a capitalised word: an ordinal ("21st
    Century Fox"), or a number after a capitalised word ("Channel 4 News") but a date's
    ("May 5 Smith said")?"""
    words, w = view.words, view.words[i]
    if i + 1 >= len(words) or not words[i + 1][:1].isupper():
        return False
    if w[:-2].isdigit() and w[-2:] in ("st", "nd", "rd", "th"):
        return True
    return w.isdigit() and len(w) < 4 and i > 0 and words[i - 1][:1].isupper() and (
        view.lower[i - 1] not in time)
