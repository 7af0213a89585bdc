"""The word of a quote's cue a turn of dialogue is read by ("replied", "asked"), past
its auxiliaries."""

from __future__ import annotations

from ..candidates import Candidate


def cue_word(text: str, c: Candidate) -> str | None:
    """The first word of ``c``'s cue past its auxiliaries ("was asked" is "asked"),
    lower-cased; None when it has none."""
    if c.cue is None:
        return None
    words = [w.casefold() for w in text[c.cue[0] : c.cue[1]].split()]
    while len(words) > 1 and words[0] in CUE_AUXILIARIES:
        words = words[1:]
    return words[0] if words else None


# Auxiliaries before a cue's verb: "was asked", "had been told", "has asked".
CUE_AUXILIARIES = frozenset(["was", "were", "is", "are", "been", "be", "being", "has",
                             "have", "had", "got", "get", "gets"])
