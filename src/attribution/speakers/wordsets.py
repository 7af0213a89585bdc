"""The speaker lexicon's word classes as plain sets, bound once per document.

Mention typing asks "is this word a title, a role noun, an organisation head?" hundreds
of times per article; a set bound to an attribute answers with one lookup, where
:meth:`SpeakerLexicon.has` would look the class up first.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from ..resources import SpeakerLexicon


@dataclass(frozen=True, slots=True)
class WordSets:
    """One-word entries of the speaker lexicon, per class (``data/speakers.tsv``)."""

    title: frozenset[str]
    role: frozenset[str]
    org_head: frozenset[str]
    media_head: frozenset[str]
    media_suffix: frozenset[str]
    doc_head: frozenset[str]
    anon_marker: frozenset[str]
    indefinite: frozenset[str]
    status_modifier: frozenset[str]
    nationality: frozenset[str]
    gendered_male: frozenset[str]
    gendered_female: frozenset[str]
    place_head: frozenset[str]
    time: frozenset[str]
    person_noun: frozenset[str]  # role or gendered noun

    @classmethod
    def of(cls, lex: SpeakerLexicon) -> WordSets:
        """The sets of ``lex``, made once per lexicon."""
        known = _MADE.get(id(lex))
        if known is not None and known[0] is lex:
            return known[1]
        words = lex.words
        found = {f.name: words.get(f.name, frozenset()) for f in fields(cls)}
        found["person_noun"] = words["role"] | words["gendered_male"] | words["gendered_female"]
        sets = cls(**found)
        _MADE[id(lex)] = (lex, sets)  # the lexicon held, so its id stays its own
        return sets


_MADE: dict[int, tuple[SpeakerLexicon, WordSets]] = {}
