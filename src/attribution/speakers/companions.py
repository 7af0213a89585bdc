"""A person with unnamed companions as one speaker: "Mr. Xi and other leaders have
said", "he and other Clinton challengers complained", "Trump and his supporters talk".

The coordination names one person and leaves the others unnamed, so it is no group of
named entities (``groups.py``: "A and B") and no description of one person ("A and her
husband"): it is a description of its own, of a group with unnamed members (Zhou & Choi
2018, plural mentions with split antecedents; the PolNeAR guidelines' "Craig Bryan and
other scientists"). The speaker is an entity of kind anonymous named by the person's
canonical name and the companions as written ("Xi Jinping and other leaders"); "others"
alone stays alone ("Vargas and others seeking a recognized status" is "Jose Antonio
Vargas and others").

:func:`companions` finds the shape around a speaker mention, which the quote rules
give as either conjunct: the person ("Vargas") or the companions ("other leaders").
"""

from __future__ import annotations

from collections.abc import Callable

from ..segment import DocView
from ..tagger import POSSESSIVES

Span = tuple[int, int]
PERSON_PRONOUNS = frozenset(["he", "she"])
MAX_COMPANION_WORDS = 4


def companions(
    view: DocView, tag: Callable[[int], str], is_cap: Callable[[int], bool], a: int, b: int
) -> tuple[Span, Span] | None:
    """The person's span and the companions' span of "PERSON and COMPANIONS" when the
    speaker mention ``a .. b`` is either of them, else None. The person is a
    capitalised run or "he"/"she"; the companions are "others", or "other" or a
    possessive before a plural noun ("other Clinton challengers", "his supporters")."""
    lower = view.lower
    lo_s, hi_s = view.sents[view.sent_of[a]]
    if a - 1 > lo_s and lower[a - 1] == "and":
        end = _companions_end(view, tag, is_cap, a, min(hi_s, b + 1))
        if end == b:
            k = a - 2 if lower[a - 2] == "," else a - 1
            start = _person_back(view, is_cap, k, lo_s)
            if start is not None:
                return (start, k), (a, b)
    n = 2 if b + 1 < hi_s and lower[b] == "," and lower[b + 1] == "and" else int(
        b < hi_s and lower[b] == "and")
    if n and _person_back(view, is_cap, b, a) == a:
        end = _companions_end(view, tag, is_cap, b + n, hi_s)
        if end is not None:
            return (a, b), (b + n, end)
    return None


def _person_back(
    view: DocView, is_cap: Callable[[int], bool], end: int, lo: int
) -> int | None:
    """The start of the person that ends at token ``end``: "he"/"she", or a capitalised
    run (a title, initials and all) of at most six tokens; None if none ends there."""
    if end - 1 >= lo and view.lower[end - 1] in PERSON_PRONOUNS:
        return end - 1
    k = end
    while k > lo and end - k < 6 and (is_cap(k - 1) or view.words[k - 1] == "."):
        k -= 1
    while k < end and view.words[k] == ".":
        k += 1
    return k if k < end else None


def _companions_end(
    view: DocView, tag: Callable[[int], str], is_cap: Callable[[int], bool], k: int, hi: int
) -> int | None:
    """The end of the companions that start at token ``k``, or None when none start
    there (see :func:`companions`)."""
    lower = view.lower
    if k >= hi:
        return None
    if lower[k] == "others":
        return k + 1
    if lower[k] != "other" and lower[k] not in POSSESSIVES - {"its"}:
        return None
    j = k + 1
    while j < hi and j - k <= MAX_COMPANION_WORDS and (
        is_cap(j) or (view.words[j].islower() and tag(j) in ("NOUN", "ADJ"))
    ):
        j += 1
    last = lower[j - 1]
    if j == k + 1 or tag(j - 1) != "NOUN" or not last.endswith("s") or last.endswith("ss"):
        return None
    return j
