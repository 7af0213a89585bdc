"""Proper names in the text, and their clean form.

A name is a run of capitalised words, with initials ("Frederick W Kagan"), hyphens
("Mei-Lin Zhao", "Boateng-Larbi") and the lower-case particles of many naming
traditions ("Hamid al-Tayeb", "Ursula von der Leyen"). Runs are found by one regular
expression over the text, so the cost is linear and nothing is done per ordinary
word; each run is then mapped to tokens and trimmed of what only looks like a name: a
sentence's first function word ("But Clinton"), a headline's verbs and function words
("Hillary Clinton Says EgyptAir Crash …"), a possessive ending.

Names are cleaned for output only (:func:`clean_name`): invisible format characters
(zero-width spaces and joiners, soft hyphens, byte-order marks) are dropped and blanks
collapsed, while offsets stay those of the text.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

import regex

from ..phrases import MODALS
from ..resources import WordLexicon
from ..segment import DocView

# Format characters (zero-width, bidi marks), the soft hyphen, and the C1 control
# characters that mojibake leaves inside a name ("JesÃ\x83Âos").
_INVISIBLE = regex.compile(r"[\p{Cf}\u00ad\x80-\x9f]+")
_PARTICLE = (
    r"(?:al|el|bin|ibn|bint|van|von|de|da|del|della|di|du|la|le|des|dos|das|der|den|ter|y|yr|zu|ng|i|e)"
)
_WORD = r"\p{Lu}[\w’'\p{Cf}]*+(?:-[\w’'\p{Cf}]++)*+\.?+"
_SEP = r"[ \t\u00a0]++"
# At most eight words per match: a long capitalised stretch is cut into several runs.
# Capitalised only because they open a sentence: no run starts with them (a quick test
# that spares most single-word matches; "The New York Times" is found from "New").
_OPENERS = (
    r"(?:The|A|An|In|On|At|But|And|Or|So|Yet|If|As|For|With|From|By|To|Of|It|Its|This|"
    r"That|These|Those|There|He|She|They|We|I|His|Her|Their|Our|When|While|After|Before|"
    r"What|Who|How|Why|Where|Some|Many|Most|Not|No|Asked|Still|Also|Now|Then|Despite)"
)
# A nickname in double quotes between the given name and the surname ('Jonas "Kestrel"
# Lindqvist'): inside the run, no word of the name (:func:`clean_name`).
_NICK = r"[\"“]\p{Lu}[\w'’.-]*+(?: \p{Lu}[\w'’.-]*+){0,2}+[\"”]"  # capitalised words
_NICKNAME = rf"(?:[ \t\u00a0]++{_NICK})?+"
# (an apostrophe inside a word starts no name, "O'Brien"; one after a blank may be an
# ʻokina, which opens Polynesian names: "'Ana Latu", "Dr 'Ofa Fusitu'a", or the mark of
# a Sesotho name: "’M’e ’Mathabo Ramakatane")
NAME_RUN = regex.compile(
    rf"(?<![\w\-\p{{Cf}}])(?<!\w[’'])(?!{_OPENERS}[ \t,;:!?’'\n])"
    rf"{_WORD}(?:{_NICKNAME}{_SEP}(?:{_PARTICLE}(?:{_SEP}|-)){{0,2}}+{_WORD}){{0,7}}+"
)
_INNER_NICKNAME = regex.compile(
    rf"(?<=\p{{Lu}}[\w.’'-]*)[ \t\u00a0]+{_NICK}(?=[ \t\u00a0]+\p{{Lu}})")
# Coarse tags that end a name inside a title-case headline ("… Clinton Says …").
BREAK_TAGS = frozenset(["AUX", "VERB", "ADP", "DET", "CCONJ", "PRON", "SCONJ", "PART"])
POSSESSIVE = frozenset(["'s", "’s", "'", "’"])
PARTICLES = frozenset(["le", "la", "de", "van", "von", "al", "el", "da", "di", "du", "del"])


def clean_name(text: str) -> str:
    """``text`` without invisible characters, blanks collapsed, edge punctuation off."""
    if not text.isascii():  # ASCII has no invisible format or C1 characters
        text = _INVISIBLE.sub("", text)
    if '"' in text or "“" in text:
        text = _INNER_NICKNAME.sub("", text)  # 'Jonas "Kestrel" Lindqvist'
    return " ".join(text.split()).strip(" ,;:")


INNER_GLOSS = regex.compile(r"\s\(\p{Lu}[\p{Lu}&]{1,7}\)(?=\s+\p{Ll})")  # an acronym inside


class NameRun(NamedTuple):
    """Tokens ``start .. end-1`` read as a name; ``possessive`` when "'s" follows."""

    start: int
    end: int
    possessive: bool = False


# Time words that may open a name when they stand inside a sentence.
NAME_OPENING_TIME = frozenset(["first", "second", "third", "last", "next", "early", "late"])


def name_runs(
    view: DocView, words: WordLexicon, leading: frozenset[str] = frozenset()
) -> Iterator[NameRun]:
    """The runs of capitalised words of the text, in order, as token ranges; a first
    word in ``leading`` (lower case: "yesterday", "monday") is no part of a run."""
    text, toks = view.text, view.words
    n = len(toks)
    starts, ends = view.starts, view.ends
    for m in NAME_RUN.finditer(text):
        s0, e0 = m.span()
        a = view.token_at(s0)
        if a < n and starts[a] == s0 and ends[a] == e0:
            # One word, one token (most matches): nothing to trim or split.
            after = toks[a + 1] if a + 1 < n else ""
            yield NameRun(a, a + 1, after in POSSESSIVE)
            continue
        b = min(view.token_before(e0) + 1, n)
        # A run never crosses a sentence end ("… Mike Crapo and Jim Risch. Last week"):
        # each sentence's part is a run of its own.
        while a < b:
            end = min(b, view.sents[view.sent_of[a]][1])
            yield from _trimmed(view, words, leading, a, end, end == b)
            a = end


def _trimmed(
    view: DocView, words: WordLexicon, leading: frozenset[str], a: int, b: int, last: bool
) -> Iterator[NameRun]:
    """The runs of tokens ``a .. b-1`` (one sentence's part of a match) once trimmed of
    edge punctuation, a sentence-initial function word and a headline's verbs;
    ``last``: the part ends the match (a possessive ending may follow it)."""
    toks, lower = view.words, view.lower
    pos = words.pos
    n = len(toks)
    possessive = False
    while b > a and (toks[b - 1] in POSSESSIVE or toks[b - 1] == "." or view.is_space[b - 1]):
        possessive = possessive or toks[b - 1] in POSSESSIVE
        b -= 1
    while a < b and (view.is_space[a] or not toks[a][:1].isalnum()):
        a += 1
    if last and b < n and toks[b] in POSSESSIVE:
        possessive = True
    if a >= b:
        return
    if toks[b - 1] == "Local" and b + 1 < n and view.is_space[b] and toks[b + 1].isdigit():
        b += 2  # a union local: "Amalgamated Transit Union Local 1587"
    elif toks[b - 1] == "Local" and b < n and toks[b].isdigit():
        b += 1
    sent_first = view.sents[view.sent_of[a]][0]
    before = a - 1
    while before > sent_first and view.is_space[before]:
        before -= 1
    if b - a > 1 and ((lower[a] in leading and not (
        # mid-sentence, an ordinal or "early" opens a name ("the First Environmental
        # Court", "the Early Learning Centre"), as a day does not ("on Monday Smith …")
        a != sent_first and lower[a] in NAME_OPENING_TIME
    )) or (
        # a sentence's first word, or one after a colon ("'…': In Pola, fishers …")
        (a == sent_first or (before >= sent_first and toks[before] in (":", "—", "–")))
        and lower[a] not in PARTICLES
        and pos.get(lower[a], "PROPN") not in ("PROPN", "NOUN", "ADJ")
        and not (toks[a + 1] == "-" and view.starts[a + 1] == view.ends[a])  # "Per-Olof …"
    )):
        a += 1  # a sentence-initial function word ("The", "But"), a day ("Monday")
    # A title-case headline: names end at its verbs and function words.
    start = a
    for k in range(a, b):
        if (
            pos.get(lower[k]) in BREAK_TAGS
            and words.ent.get(toks[k]) != "PERSON"  # "Trump", not "trump"
            # (nor a firm's last word: "… Rail Corporation Limited", not "limited")
            and not (k == b - 1 and k > a and words.ent.get(toks[k]) == "ORG")
            and toks[k][:1].isupper()
            and (k > start or b - a > 1)
            # (but a modal ending a name before a lower-case word is its last word:
            # "Theresa May said", not the "May" of "Trump May Win")
            and not (k == b - 1 and k > a and lower[k] in MODALS
                     and b < n and toks[b][:1].islower())
            and not (k + 1 < b and toks[k + 1] == "-" and view.starts[k + 1] == view.ends[k])
            # (nor the part after a hyphen: "Ingrid Tandberg-Lie")
            and not (k > start and toks[k - 1] == "-" and view.starts[k] == view.ends[k - 1])
        ):
            if k > start:
                yield NameRun(start, k)
            start = k + 1
    if start < b:
        yield NameRun(start - okina(view, start), b, possessive)


OKINAS = frozenset(["'", "‘", "’"])  # (as news sites type it; "’Mathabo", Sesotho)


def okina(view: DocView, a: int) -> bool:
    """Is the token before ``a`` an ʻokina that opens the name there ("'Ana Latu",
    "‘Ofa"): a mark alone after a blank (or first), attached to a capitalised word
    with a lower-case letter after its capital? (An opening quotation mark it may also
    be: quoted words hold no mention of the prose, whichever it is.)"""
    words, starts = view.words, view.starts
    w = words[a]
    s = starts[a - 1] if a > 0 else 0
    return (
        a > 0 and words[a - 1] in OKINAS and view.ends[a - 1] == starts[a]
        and (s == 0 or view.text[s - 1].isspace() or view.text[s - 1] in "([")
        and len(w) > 1 and w[0].isupper() and w[1].islower()
    )


def nickname_open(view: DocView, i: int, k: int) -> int | None:
    """The opening mark of the nickname that a closing double quote mark at token ``i``
    ends between two capitalised words of a name (after token ``k``), or None."""
    words = view.words
    if words[i] not in ('"', "”"):
        return None
    o = next((j for j in range(i - 1, max(k, i - 7), -1) if words[j] in ('"', "“")), None)
    return o if o is not None and o > k and words[o - 1][:1].isupper() and all(
        words[j][:1].isupper() for j in range(o + 1, i)) else None


_NUMERAL = r"(?:I{1,3}|IV|VI{0,3}|IX|X{1,3})"
_REGNAL = regex.compile(rf"(\S+) (.+ {_NUMERAL})")


def stool_name(name: str, titles: frozenset[str], text: str) -> str:
    """``name`` without a chief's title before a regnal name ("Nana Ama Serwaa II" is
    Ama Serwaa II, and so "Nana Serwaa" where the ``text`` gives it; "Nana Akua
    Frimpong" keeps her given name)."""
    first, _, rest = name.partition(" ")
    if not rest or first.casefold() not in titles:
        return name
    if _REGNAL.fullmatch(name) or regex.search(
            rf"\b{regex.escape(first)} (?:\S+ )*{regex.escape(rest)} {_NUMERAL}\b", text):
        return rest
    return name
