"""Does the text say a source is unnamed? News marks an anonymous source by phrases
("an unnamed aide", "who asked not to be named", "speaking on condition of anonymity";
the lexicon's ``anon_marker`` class), in the description itself, in a clause set off
after it, or after an inverted source or its cue ("said a worker who asked not to be
named.", "…, a worker said, asking not to be named for fear of losing her job"). No
later name reveals such a source.
"""

from __future__ import annotations

from ..resources import SpeakerLexicon
from ..segment import DocView
from .description_words import set_off_after
from .entities import Cluster
from .typer_words import nameless

REST = 40  # tokens of the rest of a mention's sentence read
LONG_PHRASE = 3  # words of the shortest phrase read there ("not to be named", not "close to")


def anonymous(lex: SpeakerLexicon, text: str | None) -> bool:
    """Does ``text`` say its source is unnamed ("who asked not to be named", "an unnamed
    aide"; not "… who shares a house with five others")?"""
    if not text:
        return False
    return lex.holds("anon_marker", tuple(text.lower().split()), nameless)


def withheld_after(lex: SpeakerLexicon, view: DocView, end: int) -> bool:
    """Does the rest of the sentence after character ``end`` (a mention's end) say a name
    is withheld: a phrase of the lexicon of three words or more, or a word that says so
    alone ("anonymously")?"""
    k = view.token_at(max(end - 1, 0))
    stop = min(view.sents[view.sent_of[k]][1], k + 1 + REST)
    words = tuple(w for i, w in enumerate(view.lower[k + 1 : stop], k + 1) if not view.is_space[i])
    return any(nameless(w) for w in words) or lex.holds("anon_marker", words, shortest=LONG_PHRASE)


def said_unnamed(lex: SpeakerLexicon, view: DocView, c: Cluster) -> bool:
    """Does an unnamed entity's name, a description, a clause set off after a mention or
    the rest of a mention's sentence say its source is unnamed?"""
    text = view.text
    return not c.named and (
        anonymous(lex, c.name)
        or any(anonymous(lex, d) for d in c.descriptions)
        or any(anonymous(lex, text[s:e]) or anonymous(lex, set_off_after(text, e))
               or withheld_after(lex, view, e) for s, e in c.mentions)
    )
