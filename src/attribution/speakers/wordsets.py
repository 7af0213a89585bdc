"""The speaker lexicon's word classes as plain sets, bound once per document.

Mention typing asks "is this word a title, a role noun, an organisation head?" hundreds
of times per article; a set bound to an attribute answers with one lookup, where
:meth:`SpeakerLexicon.has` would look the class up first.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from ..resources import SpeakerLexicon


@dataclass(frozen=True, slots=True)
class WordSets:
    """One-word entries of the speaker lexicon, per class (``data/speakers.tsv``)."""

    title: frozenset[str]
    role: frozenset[str]
    org_head: frozenset[str]
    org_opener: frozenset[str]  # opens an organisation's name, never a person's ("World")
    media_head: frozenset[str]
    media_suffix: frozenset[str]
    doc_head: frozenset[str]
    doc_name_head: frozenset[str]  # ends a document's name ("Heat Action Plan")
    doc_made: frozenset[str]  # says when a document was made ("published"): no name
    doc_container: frozenset[str]  # holds a document ("a copy of the bill"): named by it
    name_possessor: frozenset[str]  # "Women's Aid", "St John's": the "'s" inside a name
    courtesy: frozenset[str]  # titles that say nothing of a role ("Dr", "Ms", "Alhaji")
    stool_title: frozenset[str]  # a chief's before a regnal name only ("Nana … II")
    vocative_title: frozenset[str]  # titles a line calls someone by ("…, senator.")
    anon_marker: frozenset[str]
    indefinite: frozenset[str]
    status_modifier: frozenset[str]
    nationality: frozenset[str]
    gendered_male: frozenset[str]
    gendered_female: frozenset[str]
    place_head: frozenset[str]
    company_noun: frozenset[str]  # what a company is called ("maker", "retailer")
    people_group: frozenset[str]  # several people, never "he" or "she" ("family")
    time: frozenset[str]
    person_noun: frozenset[str]  # role or gendered noun
    title_stem: frozenset[str]  # each title without its final full stops ("sen", "mr")
    # The kind of each name the lexicon knows (words as tokenised): "media" for an
    # outlet's, "organization" for an organisation's or a place's.
    known_names: dict[tuple[str, ...], str]
    max_len: int  # words in the longest of them

    @classmethod
    def of(cls, lex: SpeakerLexicon) -> WordSets:
        """The sets of ``lex``, made once per lexicon."""
        made = _MADE.get(id(lex))
        if made is not None and made[0] is lex:
            return made[1]
        words = lex.words
        found: dict[str, Any] = {f.name: words[f.name] for f in fields(cls) if f.name in words}
        found["person_noun"] = words["role"] | words["gendered_male"] | words["gendered_female"]
        found["title_stem"] = frozenset(t.rstrip(".") for t in words["title"])
        known: dict[tuple[str, ...], str] = {}
        for name_class, kind in (("gpe", "organization"), ("org_name", "organization"),
                                 ("media_name", "media")):  # an outlet's kind wins
            known.update(dict.fromkeys(((w,) for w in words[name_class]), kind))
            known.update(dict.fromkeys(lex.phrases[name_class], kind))
        sets = cls(**found, known_names=known, max_len=lex.max_len)
        if len(_MADE) >= _KEPT:
            _MADE.clear()  # a process that loads lexicon after lexicon keeps a few
        _MADE[id(lex)] = (lex, sets)  # the lexicon held, so its id stays its own
        return sets


_KEPT = 8
_MADE: dict[int, tuple[SpeakerLexicon, WordSets]] = {}
