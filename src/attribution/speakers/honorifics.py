"""Honorifics wherever the text uses them: "Mr. Trump" in a quotation states his gender.

Resolution reads the names of the article's own prose (``scan.py``); the names inside
quotations, headlines and captions are no mentions of its own (their pronouns are the
speaker's, a headline is no antecedent). An honorific there still says what the text
says of the person it names: in "“Mr. Trump is incredibly grateful,” she said" the
text calls Trump "Mr."; in a headline "Mrs. Okonkwo-Bello returns" it calls her "Mrs.".
The honorific states the gender of the person the name names, as it does in prose,
when the article gives that name to one person only ("Ms. Khan" beside Khizr, Ghazala
and Humayun Khan names none of them for sure).

Honorifics are the lexicon's gendered titles (``data/speakers.tsv``: *Mr.*, *Ms.*,
*Mrs.*, *Mme*, *Frau*, *Señora*, *Shri*, ...); never a given name. Cao & Daumé III (2020)
on gender that the text states; the GGT (Asr et al. 2021) counts "Mr."/"Ms." likewise.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from ..resources import SpeakerLexicon
from .entities import HONORIFIC, Registry
from .scan import TextScan

__all__ = ["honorific_pattern", "outside_prose", "vote_honorifics"]

_NAME = r"\p{Lu}[\p{L}\p{M}'’.\-]*"


Compiled = tuple[regex.Pattern[str], dict[str, str]] | None
_CACHE: dict[int, tuple[SpeakerLexicon, Compiled]] = {}


def honorific_pattern(lex: SpeakerLexicon) -> Compiled:
    """A pattern for an honorific and the capitalised words after it, and the gender
    each honorific (lower case, without its period) states; None if the lexicon has
    none. Made once per lexicon."""
    cached = _CACHE.get(id(lex))
    if cached is not None and cached[0] is lex:
        return cached[1]
    compiled = _compile(lex)
    if len(_CACHE) > 8:
        _CACHE.clear()
    _CACHE[id(lex)] = (lex, compiled)
    return compiled


def _compile(lex: SpeakerLexicon) -> Compiled:
    titles = lex.words.get("title", frozenset())
    genders: dict[str, str] = {}
    for cls, gender in (("gendered_male", "m"), ("gendered_female", "f")):
        for w in lex.words.get(cls, frozenset()):
            if w in titles:
                genders[w.rstrip(".")] = gender
    if not genders:
        return None
    words = sorted(genders, key=len, reverse=True)
    alternation = "|".join(regex.escape(w) for w in words)
    name = rf"({_NAME}(?:[ \t]+{_NAME}){{0,3}})"
    pattern = regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?i:({alternation}))\.?[ \t\u00a0]+{name}")
    return pattern, genders


def vote_honorifics(
    text: str,
    lex: SpeakerLexicon,
    reg: Registry,
    outside_prose: list[tuple[int, int]],
) -> None:
    """For each honorific with a name in the character ranges ``outside_prose``
    (quotations, headlines, captions: where names are not read as mentions), vote its
    gender for the one person the article gives that name, if only one."""
    found = honorific_pattern(lex)
    if found is None:
        return
    pattern, genders = found
    for start, end in outside_prose:
        for m in pattern.finditer(text, start, end):
            word = m.group(1)
            if not word[:1].isupper() or (len(word) > 1 and word.isupper()):
                continue  # "miss Trump" is a verb; "Pontypridd MS Imran Siddiqui" a member
            words = m.group(2).removesuffix("'s").removesuffix("’s").rstrip(".").split()
            # "Mr. Trump Tuesday": the longest run of the words that names someone
            for n in range(len(words), 0, -1):
                people = reg.people_named(" ".join(words[:n]))
                if people:
                    gender = genders[word.lower()]
                    # never against an honorific already read ("Mr Pritchard" beside
                    # "Mrs Pritchard": two people of that surname)
                    if len(people) == 1 and people[0].kind == "person" and people[0].takes(
                        gender
                    ):
                        people[0].vote(gender, HONORIFIC)
                    break


def outside_prose(scan: TextScan, quoted: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Where names are no mentions of the article's own but their honorifics still
    state a gender: the quotations (character ranges), and the headlines and captions
    (not page furniture)."""
    view = scan.view
    spans = list(quoted)
    for prose, (first, end) in zip(scan.prose, view.paras, strict=True):
        if not prose and first < end and not scan.skip[first]:
            spans.append((view.starts[first], view.ends[end - 1]))
    return spans
