"""Whose a description says it is: a possessor or an "of" complement that names
something the candidate entity's name and descriptions do not hold, which makes the
description someone else's (``descriptions.py``)."""

from __future__ import annotations

from collections.abc import Callable

import regex

# A relation of someone the description names after it: "The mother of a 29-year-old man
# who died in the county jail" is not he, whom the text may name next.
KIN_OF = regex.compile(
    r"(?:mother|father|son|daughter|wife|husband|brother|sister|widow|widower|parents?"
    r"|family|relatives?|grandmother|grandfather|uncle|aunt|cousin|partner|fiancée?"
    r"|girlfriend|boyfriend) (?:of|for)\b"
    # (but "A mother of three": how many children, no one else)
    r"(?! (?:one|two|three|four|five|six|seven|eight|nine|ten|\d))"
)


def other_owner(description: str, name: str) -> bool:
    """Does an organisation's description name an owner (a possessor) its candidate's
    name does not ("Amazonas state's civil defense agency" is no agency of the Geological
    Service of Brazil; "Brazil's geological agency" may be)?"""
    owner = regex.match(r"((?:\w+\s+){0,2}\w+)['’]s\s", description)
    return owner is not None and _names_other(owner.group(1), name)


def other_complement(description: str, known: str, common: Callable[[str], bool]) -> bool:
    """Does a role's "of" complement name something (a capitalised word) that nothing
    known of the person holds ("the skipper of the pelagic trawler Sealgair" is no
    variation on the federation's chief executive)?"""
    of = regex.search(r"\bof\s+(.*)$", description)
    return of is not None and _names_other(of.group(1), known, common)


def _names_other(words: str, known: str, common: Callable[[str], bool] = lambda w: False) -> bool:
    """Does ``words`` hold a capitalised word, no ``common`` noun, that ``known`` does
    not (compared on a word's first five letters, so a demonym matches its country)?"""
    stems = {w[:5] for w in regex.findall(r"\w+", known.casefold())}
    return any(
        w[:1].isupper() and w.casefold()[:5] not in stems and not common(w)
        for w in regex.findall(r"\w+", words)
    )
