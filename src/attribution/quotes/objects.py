"""What a cue's object is: a measure, a figure, or a noun phrase with no finite verb.

A cue verb whose object is a score, a measure, a time or a plain noun phrase reports no
speech ("the Flames added two more goals", "Boston responded 40 seconds later",
"Westvale announced the cut on Friday, blaming a slump in prices"): the verb has
another sense, or its content is a noun phrase (PARC's noun-phrase contents, Pareti
2016: an attribution, no quote). A reported clause has a finite verb; participles
after their noun or a comma, gerunds after a preposition, infinitives they govern and
nouns their determiner opens are none (Quirk et al. 1985 §§3.56, 17.53; the marginal
prepositions of §9.6). These predicates read the tokens and the coarse tagger alone.
"""

from __future__ import annotations

from ..phrases import POSSESSIVES
from .context import Context
from .words import (
    CLAUSE_OPENERS,
    CURRENCIES,
    MARGINAL_PREPOSITIONS,
    NUMBER_WORDS,
    OCCASIONS,
    ORDINALS,
    PLAIN_PARTICIPLES,
    TIME_UNITS,
)


def measure_at(ctx: Context, k: int) -> bool:
    """Does a number, an amount or a quantity word start at token k ("two more goals",
    "1.2 per cent", "$11 million", "40 seconds later", "a dozen")?"""
    word = ctx.view.words[k]
    if word[:1].isdigit() or word[:1] in "$£€¥" or ctx.tag(k) == "NUM":
        return True
    lower = ctx.view.lower[k]
    if lower in ("a", "an") and k + 1 < len(ctx.view.words):
        lower = ctx.view.lower[ctx.next_tok(k + 1, len(ctx.view.words))]
    return lower in NUMBER_WORDS


MEASURE_SUBJECT = 10  # tokens searched after a measure for its clause's verb


def measure_clause(ctx: Context, k: int, s1: int) -> bool:
    """Does the measure at token k open a reported clause: a finite verb follows it before
    the clause ends ("two men from Ohio were arrested")? Not a score or an amount with
    its adjuncts ("two more goals in the second period", "four points compared with
    2021", "four months to the sentence for failing to stop", "14 incidents involving
    water cannon"): a participle heading a prepositional phrase, a gerund, a participle
    after its noun and an infinitive are no verb of a clause."""
    lower = ctx.view.lower
    skipped = -1  # the last non-finite verb: a verb it governs right after is one too
    for m in range(k + 1, min(s1, k + MEASURE_SUBJECT)):
        t = ctx.tag(m)
        if t in ("PUNCT", "SCONJ", "CCONJ") or lower[m] in CLAUSE_OPENERS:
            return False
        if t not in ("VERB", "AUX") or marginal_preposition(ctx, m, s1):
            continue
        p = ctx.prev_tok(m, k)
        if counts_plural(ctx, k, p, m):
            continue  # "two runs in the eighth": the noun a number counts, no verb
        if (
            non_finite(ctx, m, k)
            or (t == "VERB" and p == skipped)  # "incidents involving stolen bicycles"
            or (lower[p] == "to" and ctx.prev_tok(p, k) == skipped)  # "for failing to stop"
        ):
            skipped = m
            continue
        return True
    return False


def counts_plural(ctx: Context, k: int, p: int, m: int) -> bool:
    """Is token ``m``, right after the number at ``k`` (or its "more", ``p`` being the
    token before ``m``), a plural the number counts ("two runs", "three more points"),
    though the word list tags it a verb? Not after "one" ("one runs the shop")."""
    lower = ctx.view.lower
    return (
        (p == k or (lower[p] == "more" and ctx.prev_tok(p, k) == k))
        and lower[m].endswith("s") and not lower[m].endswith("ss")
        and lower[k] not in ("one", "1", "a", "an") and ctx.tag(m) == "VERB"
    )


COUNT_WORDS = 4  # tokens after a measure searched for the noun it counts


def counted_noun(ctx: Context, k: int, s1: int) -> bool:
    """Does the measure at token k count a noun that is no time ("906 attacks", "two
    words", "41 per cent", "four of his children"; not "ten days ago", "two weeks
    later")?"""
    lower = ctx.view.lower
    m = ctx.next_tok(k + 1, s1)
    for _ in range(COUNT_WORDS):
        if m >= s1:
            return False
        t = ctx.tag(m)
        if t in ("NOUN", "PROPN") and lower[m] not in NUMBER_WORDS:
            return lower[m] not in ctx.time_words and lower[m].rstrip("s") not in TIME_UNITS
        if lower[m] == "of":
            return True  # a partitive: "four of his children"
        if not (t in ("NUM", "ADJ") or lower[m] in NUMBER_WORDS or lower[m] in ("more", "than")):
            return False
        m = ctx.next_tok(m + 1, s1)
    return False


NOUN_DETERMINERS = frozenset(["a", "an", "the", "'s", "’s"]) | POSSESSIVES


def non_finite(ctx: Context, m: int, lo: int) -> bool:
    """Is the verb-tagged token m, after ``lo``, no finite verb of a clause: an "-ing"
    form with no auxiliary right before it (a gerund after a preposition, "for failing";
    a participle after its noun or a comma, "incidents involving", ", blaming …"), or a
    noun its determiner opens over adjectives and numbers ("the cut", "Connacht's early
    try", "the Bulls' first try")? A
    gerund at ``lo`` heads the phrase ("reported spending $1 million"): not decided here.
    """
    view = ctx.view
    lower = view.lower
    if ctx.tag(m) == "AUX":
        return False
    p = ctx.prev_tok(m, lo)
    if p < lo:
        return False
    if lower[m].endswith("ing") and lower[p] not in ctx.aux_words:
        return True
    if lower[m] in CURRENCIES and (ctx.tag(p) == "NUM" or lower[p] in NUMBER_WORDS):
        return True  # "an operating profit of 412 billion won": a currency, no verb
    n = ctx.next_tok(m + 1, len(lower))
    if (
        lower[m].endswith(("ed", "en")) and n < len(lower) and ctx.tag(n) == "NOUN"
        and lower[n] not in NUMBER_WORDS and (ctx.tag(p) == "NUM" or lower[p] in NUMBER_WORDS)
    ):
        return True  # "added 40 rented tankers": a participle between a measure and its noun
    if (
        lower[m].endswith(("ed", "en")) and n < len(lower) and ctx.tag(n) == "NOUN"
        and ctx.tag(p) == "ADP" and lower[p] not in ("to", "as", "that")
    ):
        return True  # "deep into added time", "amid increased pressure": a modifier
    if n < len(lower) and lower[n] == "-" and view.starts[n] == view.ends[m]:
        return True  # "cooked-food stalls": the first word of a compound modifier
    if lower[m].endswith(("ed", "en")) and lower[p] == "," and lower[_past_adverbs(ctx, n)] == "by":
        return True  # "…, helped (largely) by the weak krone": a participle set off
    if lower[p] == "," and (lower[m].endswith(("ed", "en")) or lower[m] in PLAIN_PARTICIPLES) and (
            lower[n] in ("for", "in", "on", "at")):
        return True  # "a second public hearing, set for June 3": a participle set off
    while p >= lo and (
        ctx.tag(p) in ("ADJ", "NUM") or lower[p] in ORDINALS or lower[p] in NUMBER_WORDS
    ):
        p = ctx.prev_tok(p, lo)
    if p < lo:
        return False
    if lower[p] in ("'", "’"):
        # "the Bulls' first try": a possessive apostrophe closing its plural noun
        return p > lo and view.starts[p] == view.ends[p - 1] and lower[p - 1].endswith("s")
    return lower[p] in NOUN_DETERMINERS


def marginal_preposition(ctx: Context, m: int, s1: int) -> bool:
    """Is token m a participle used as a preposition ("including", "compared with")?"""
    lower = ctx.view.lower
    if lower[m] in MARGINAL_PREPOSITIONS:
        return True
    n = ctx.next_tok(m + 1, s1)
    return n < s1 and f"{lower[m]} {lower[n]}" in MARGINAL_PREPOSITIONS


OCCASION_DETERMINERS = frozenset(["a", "an", "the", "his", "her", "their", "its", "every",
                                  "each", "several", "many", "recent"])


def occasion_at(ctx: Context, k: int, hi: int) -> bool:
    """Does a phrase of occasion or time start at token k ("in a tweet Tuesday", "at a
    rally", "during the debate", "on Monday")?"""
    lower = ctx.view.lower
    if k >= hi or lower[k] not in ("in", "at", "on", "during"):
        return False
    m = ctx.next_tok(k + 1, hi)
    if m < hi and (lower[m] in ctx.time_words or lower[k] == "during"):
        return True
    if m + 1 < hi and lower[m] in ("almost", "nearly"):
        m = ctx.next_tok(m + 1, hi)  # "in almost every speech"
    if m >= hi or lower[m] not in OCCASION_DETERMINERS:
        return False
    for n in range(m + 1, min(hi, m + 4)):
        if lower[n] in OCCASIONS or (lower[n][-1:] == "s" and (
                lower[n][:-1] in OCCASIONS or lower[n][:-3] + "y" in OCCASIONS)):
            return True  # (and its plural: "at rallies", "in interviews")
        if ctx.tag(n) not in ("ADJ", "NOUN", "PROPN"):
            break
    return False


def _past_adverbs(ctx: Context, n: int) -> int:
    """The first token from ``n`` on that is no "-ly" adverb (the last token at most)."""
    lower = ctx.view.lower
    while n < len(lower) and lower[n].endswith("ly") and ctx.tag(n) == "ADV":
        n = ctx.next_tok(n + 1, len(lower))
    return min(n, len(lower) - 1)


def question_word(ctx: Context, m: int, s1: int) -> bool:
    """Does a question's wh-word open at token ``m`` after a noun ("asked Rubio which
    states he could win", "asked our followers who their favourite was", "asked whom"),
    not a relative clause on that noun ("asked the students who attended")? "whom",
    "which" before its noun, "who" before no verb."""
    lower = ctx.view.lower
    n = ctx.next_tok(m + 1, s1)
    if lower[m] == "whom":
        return True
    if lower[m] == "which":
        return n < s1 and ctx.tag(n) in ("NOUN", "ADJ", "PROPN")
    return lower[m] == "who" and n < s1 and ctx.tag(n) not in ("VERB", "AUX", "PUNCT", "ADV")
