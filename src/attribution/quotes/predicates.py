"""Does a stretch of tokens hold a predicate: a reported clause, or only a noun phrase
("reported a 41% drop", "added two insurance runs") that reports no words?"""

from __future__ import annotations

from ..phrases import NOMINATIVE
from .context import Context
from .objects import non_finite
from .shapes import inflection, present_verb
from .words import (
    CLAUSE_OPENERS,
    CURRENCIES,
    MEASURE_UNITS,
    NUMBER_WORDS,
    SHIFTED_AUX,
    TERMINAL,
)

__all__ = ["coordinated_cue", "has_predicate", "relative_that"]

CONTRACTED = frozenset(["he", "she", "it", "that", "there", "what", "who", "here", "where"])
OBJECT_PRONOUNS_ONLY = frozenset(["him", "her", "them", "me", "us"])
AMOUNT_WORDS = NUMBER_WORDS | {"%", "trillion", "m", "bn"}  # a number's words and its short forms
CURRENCY_SIGNS = frozenset(["$", "£", "€", "¥", "₹", "₦"])
# The words an object opens with after a verb in "-s" (no time: "this year").
_OBJECT_OPENERS = frozenset(["the", "a", "an", "its", "his", "her", "their", "our"])


def has_predicate(ctx: Context, a: int, b: int) -> bool:
    """Is there a verb among tokens ``a .. b-1`` before the first word that opens an
    adverbial clause or phrase ("as", "after", "despite")? Quoted words count."""
    view = ctx.view
    first = ctx.next_tok(a, b)  # (a measure: "two late tries to beat …", "35 minutes to …")
    measure = first < b and (view.words[first][:1].isdigit() or view.lower[first] in NUMBER_WORDS)
    i = a
    while i < b:
        if view.is_space[i]:
            i += 1
            continue
        if ctx.in_quote[i] < 0 and i > a and (view.lower[i] in CLAUSE_OPENERS or (
                # ", where the water is cooler", ", and traffic … was stopped": a relative
                # or a new clause after the noun phrase, no verb of its own yet
                view.lower[i] in ("where", "and", "but")
                and view.words[ctx.prev_tok(i, a)] == ",")):
            # An aside between commas (", as written,") is skipped.
            close = _aside_close(ctx, i, b)
            if close < 0:
                return False
            i = close + 1
            continue
        if view.words[i] in TERMINAL:
            return False
        if view.lower[i] in ("who", "which") and i > a and ctx.in_quote[i] < 0 and ctx.tag(
                ctx.prev_tok(i, a)) in ("NOUN", "PROPN"):
            i = _past_verb(ctx, i + 1, b)  # "providers who violated …": the relative's verb
            continue
        if view.lower[i] in ("'s", "’s") and view.lower[ctx.prev_tok(i, a)] in CONTRACTED:
            return True  # "he’s the only candidate": "is"
        if ctx.tag(i) == "NOUN" and i > a and (
                _after_subject_pronoun(ctx, i, a) or present_verb(ctx, i, b)):
            return True  # "they (now) plan to study …", "the plan works well": a verb
        if ctx.tag(i) == "ADJ" and i > a and view.lower[i].endswith("ed") and (view.lower[
            ctx.next_tok(i + 1, b)
        ] in OBJECT_PRONOUNS_ONLY or _after_subject_pronoun(ctx, i, a)):
            return True  # "the turnout surprised her", "she worried about …": a verb
        if ctx.tag(i) == "VERB" and _after_article_and_number(ctx, i, a):
            i += 1  # "a 41% drop": a noun
            continue
        if measure and ctx.tag(i) == "VERB" and view.lower[first] not in ("one", "1") and (
                view.lower[i][-1:] == "s" and i > first and all(
                    ctx.tag(j) in ("NOUN", "ADJ", "NUM") for j in range(first + 1, i))):
            i += 1  # "added two insurance runs": the plural's head; "two …" takes no "-s"
            continue
        if ctx.tag(i) in ("VERB", "AUX"):
            p = ctx.prev_tok(i, a)
            if non_finite(ctx, i, a) or (p > a and ctx.in_quote[i] < 0 and (
                view.lower[p] == "to" or (measure and view.lower[p] in ("who", "which"))
                or (view.words[p] == "-" and view.ends[p] == view.starts[i])  # "third-placed"
            )):
                # "claimed the title with a win", "…, blaming a slump"; an infinitive ("an
                # amendment to let …", "two tries to beat …"), a compound's participle
                # ("third-placed"), after a measure a relative's verb
                i += 1
                continue
            # "noted the time and left": a verb right after "and" (over adverbs) with
            # no verb before joins the subject's own verbs, no reported clause's
            while p > a and ctx.tag(p) == "ADV" and ctx.in_quote[p] < 0:
                p = ctx.prev_tok(p, a)
            if p >= a and view.lower[p] in ("and", "or") and view.lower[i].endswith("ed") and (
                    ctx.tag(nxt := ctx.next_tok(i + 1, b)) == "NOUN" and nxt < b - 1
                    and view.lower[nxt] not in NUMBER_WORDS and i not in ctx.cue_at):
                i += 1  # "collections of waste and assisted collections … are continuing":
                continue  # a participle before a noun, the verb still to come
            return not (p >= a and view.lower[p] in ("and", "or", "but"))
        i += 1
    return False


ASIDE_TOKENS = 8


def _after_subject_pronoun(ctx: Context, i: int, a: int) -> bool:
    """Does a subject pronoun stand right before token ``i`` (over one adverb)?"""
    p = ctx.prev_tok(i, a)
    if p > a and ctx.tag(p) == "ADV":
        p = ctx.prev_tok(p, a)
    return p >= a and ctx.view.lower[p] in NOMINATIVE


def _after_article_and_number(ctx: Context, i: int, a: int) -> bool:
    """Do an article and a number (with its "%", unit or currency) stand right before
    token ``i`` ("a 41% drop", "a 12 percent drop", "a $4 million loss")?"""
    d = ctx.prev_tok(i, a)
    lower = ctx.view.lower
    while d > a and (ctx.tag(d) == "NUM" or lower[d] in AMOUNT_WORDS or lower[d] in MEASURE_UNITS
                     or lower[d] in CURRENCIES or lower[d] in CURRENCY_SIGNS):
        d = ctx.prev_tok(d, a)
    return a <= d < i - 1 and lower[d] in ("a", "an", "the") and any(
        ctx.tag(k) == "NUM" or lower[k] in NUMBER_WORDS for k in range(d + 1, i))


def _aside_close(ctx: Context, i: int, b: int) -> int:
    """The comma closing an aside that opens after a comma at token ``i``, or -1."""
    words = ctx.view.words
    if words[ctx.prev_tok(i, 0)] != ",":
        return -1
    for k in range(i + 1, min(b, i + ASIDE_TOKENS)):
        if words[k] == ",":
            return k
        if words[k] in TERMINAL:
            return -1
    return -1


def _past_verb(ctx: Context, i: int, b: int) -> int:
    """The token after the verb group that opens at ``i`` (over adverbs), auxiliaries and
    main verb ("has been arrested", "violated", "use" a noun's form with a verb's reading);
    ``i`` itself when no verb opens there."""
    k = i
    while k < b and ctx.tag(k) == "ADV":
        k += 1
    if k >= b or not (ctx.tag(k) in ("VERB", "AUX") or ctx.tag.alt_lex.get(
            ctx.view.lower[k]) == "VERB"):
        return i
    while k < b and ctx.tag(k) in ("AUX", "ADV", "PART"):
        k += 1
    return k + 1 if k < b and ctx.tag(k) != "AUX" else k


def relative_that(ctx: Context, start: int, s0: int, s1: int) -> bool:
    """Is the "that" before token ``start`` a relative pronoun, no complementizer: its
    clause opens with a finite verb and that verb's object ("the contact calls that
    decided the last five minutes"), or a noun before it is the verb's antecedent and a
    verb in "-s" takes an object ("to ask about the lake that borders the site"; not
    "that lawmakers in Congress …", a plural subject)?"""
    lower = ctx.view.lower
    that = ctx.prev_tok(start, s0)
    if that < s0 or lower[that] != "that":
        return False
    if start >= s1:
        return False  # "… told reporters that": the text ends at "that"
    nxt = ctx.next_tok(start + 1, s1)
    if ctx.tag(start) == "VERB" and lower[start].endswith(("ed", "es")):
        return nxt < s1 and ctx.tag(nxt) in ("DET", "PRON", "ADP", "NUM")
    before = ctx.prev_tok(that, s0)
    return (before >= s0 and ctx.tag(before) == "NOUN" and ctx.view.words[before].islower()
            and lower[start].endswith("s") and not lower[start].endswith(("ss", "'s", "’s"))
            and ctx.tag(start) in ("NOUN", "VERB")
            # (an article: "that sales this year rose" has a subject and its time)
            and nxt < s1 and lower[nxt] in _OBJECT_OPENERS)



def coordinated_cue(ctx: Context, k: int, hi: int, cue_word: str) -> bool:
    """Does a second reporting cue in the same form follow, after at most a subject
    pronoun and two adverbs ("and later said", "but he argues", "and urged residents
    to …")?"""
    lower = ctx.view.lower
    form = inflection(cue_word)
    for m in range(k, min(hi, k + 4)):
        if lower[m] in SHIFTED_AUX and lower[m + 1 : m + 2] not in (["not"], ["n't"]):
            return False  # "said the Government would fight … and would ask": its clause's
            # (but "… but would not comment": the speaker's refusal)
        cue = ctx.cue_at.get(m)
        if cue is not None:
            return (
                (
                    (cue.entry.cue_type == "speech"
                     and bool(cue.entry.frames & {"say", "object", "tell"}))
                    # "… but declined to say", "and refused to comment": the speaker's
                    # own act, no part of what was reported
                    or (cue.entry.cue_type == "intention" and "to" in cue.entry.frames
                        and m + 1 < hi and lower[m + 1] == "to")
                )
                and inflection(lower[m]) in (form, "past" if form == "ing" else form)
            )
        if (
            ctx.view.is_space[m]
            or ctx.tag(m) == "ADV"
            or lower[m] in ctx.aux_words
            or (m == k and lower[m] in ("he", "she", "they", "it", "we", "i"))
        ):
            continue
        return False
    return False


def subjectless(ctx: Context, cue: int, start: int, s0: int) -> bool:
    """Does a finite verb open the clause after the cue at token ``cue`` with no subject,
    while the cue's word may be a noun after a noun ("Audit report puts final bill at
    …": "report" is no verb, "puts" the headline's)? Not after a relative's gap ("which
    he said runs the risk") or a noun that looks like a verb ("said calls had doubled")."""
    view = ctx.view
    w, before = view.lower[start], ctx.prev_tok(cue, s0)
    pos, alt = ctx.tag.pos_lex, ctx.tag.alt_lex
    return (
        start not in ctx.open_at and ctx.tag(start) == "VERB" and w.endswith("s")
        and not w.endswith("ss") and alt.get(w) != "NOUN"
        and before >= s0 and ctx.tag(before) in ("NOUN", "PROPN")
        and "NOUN" in (pos.get(view.lower[cue]), alt.get(view.lower[cue]))
    )
