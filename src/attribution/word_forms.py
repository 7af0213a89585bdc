"""Word forms the coarse tagger and the rules read from data: irregular verbs' past
forms, number words, and a guess of the tag of a lower-case word the lexicon lacks."""

from __future__ import annotations

import functools

from .lexicon import data_path, read_tsv


@functools.cache
def irregular_verb_forms() -> frozenset[str]:
    """Past and participle forms of English irregular verbs (``data/irregular_verbs.tsv``)."""
    return frozenset(row["form"] for row in read_tsv(data_path("irregular_verbs.tsv"), ("form",)))


@functools.cache
def number_words() -> frozenset[str]:
    """English number words ("twelve", "hundred"; ``data/rule_words.tsv``)."""
    rows = read_tsv(data_path("rule_words.tsv"), ("word", "class"))
    return frozenset(row["word"] for row in rows if row["class"] == "number_words")


def participle_form(w: str) -> bool:
    """Can lower-case ``w`` be a past participle: an "-ed" form or an irregular one
    ("sent", "held")?"""
    return w.endswith("ed") or w in irregular_verb_forms()


def unknown_word_tag(w: str) -> str:
    """A guess from the ending, or from the closed class of irregular verb forms, for a
    lower-case word the lexicon lacks."""
    if w in number_words():
        return "NOUN"  # as any other number word the lexicon lacks: "hundred" is no "-ed" verb
    if w.endswith("ly"):
        return "ADV"
    if w.endswith("ed") and len(w) > 4 and not (w.endswith("eed") and not w.endswith("reed")):
        return "VERB"  # "incurred", "tweeted"; not a compound of "weed", "seed": "seaweed"
    if w in irregular_verb_forms():
        return "VERB"  # "hackers stole data", "the roof sank"
    return "NOUN"


def plural_form(word: str) -> bool:
    """Does a lower-case noun look plural by its ending ("reporters"; not "minibus",
    "witness", "analysis")?"""
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))
