"""Checks for the modal verbs: epistemic "may", "might", "could", "must" and conditional
"would", "will", "should" against their root (ability, permission, obligation) senses.

Epistemic modality (Coates 1983; Palmer 2001) is a hedge; root modality is not. Word-level
evidence decides: the month and the surname "May", the noun "might", "could" of past
ability in past narration, "must" before a dynamic verb (obligation) against "must have
known" (inference), and "would"/"should" only inside a conditional sentence (Szarvas et
al. 2012, speculation_hypo_condition). Each check returns the category to report, or
None to reject the match.
"""

from __future__ import annotations

from ..types import HedgeCategory
from .context import (
    ADVERB_SKIP,
    BE,
    COGNITION_PARTICIPLES,
    CONDITION_WORDS,
    MONTH_CONTEXT,
    NOUN_DETERMINERS,
    POSSIBILITY_VERBS,
    RELATIVE_PRONOUNS,
    STATIVE_VERBS,
    Context,
    words,
)
from .lexicon import HedgeEntry


def accept(ctx: Context, s: int, e: int, entry: HedgeEntry) -> HedgeCategory | None:
    return entry.category


def title_case_verb(ctx: Context, s: int) -> bool:
    """'Russia May Buy Weapons': a capitalised modal in a headline, before a verb."""
    n = ctx.next(s + 1)
    return n >= 0 and ctx.is_cap(n) and ctx.lex_tag(ctx.low(n)) in ("VERB", "AUX") and (
        not ctx.is_number(n))


def check_may(ctx: Context, s: int, e: int, entry: HedgeEntry) -> HedgeCategory | None:
    n = ctx.next(e)
    p = ctx.prev(s)
    if ctx.is_number(n) or (p >= 0 and ctx.low(p)[:1].isdigit()):
        return None  # "May 2016", "5 May"
    if ctx.is_cap(s):
        if ctx.sentence_initial(s):
            # "May 5 ..." or "May was the wettest month": a month; "May I ..." a modal.
            if n < 0 or ctx.low(n) in BE or ctx.tag(n) == "PUNCT":
                return None
            return entry.category
        # Mid-sentence "May": a month after "in"/"since", a name after a capitalised word
        # ("Theresa May"), except in title-case headlines ("Russia May Buy Weapons").
        if ctx.low(p) in MONTH_CONTEXT or not title_case_verb(ctx, s):
            return None
        return entry.category
    if ctx.low(p) == "you" and ctx.low(n) not in ("be", "have", "well", "not"):
        return None  # permission: "you may check his works"
    return entry.category


def check_might(ctx: Context, s: int, e: int, entry: HedgeEntry) -> HedgeCategory | None:
    p, n = ctx.prev(s), ctx.next(e)
    if ctx.is_cap(s) and not ctx.sentence_initial(s) and not title_case_verb(ctx, s):
        return None
    if p >= 0 and (ctx.low(p) in NOUN_DETERMINERS or ctx.tag(p) in ("ADJ", "ADP", "VERB")
                   or ctx.low(p) in ("has", "have", "had")):
        return None  # "his might", "military might", "through might", "has might"
    if n < 0 or ctx.low(n) in ("of", "and", "makes", "is") or ctx.tag(n) == "PUNCT":
        return None  # "the might of", "with all his might."
    return entry.category


def verb_after(ctx: Context, e: int) -> int:
    """The word after a modal, skipping adverbs (not 'not')."""
    return ctx.next(e, ADVERB_SKIP)


def check_could(ctx: Context, s: int, e: int, entry: HedgeEntry) -> HedgeCategory | None:
    n = verb_after(ctx, e)
    w = ctx.low(n)
    p = ctx.prev(s)
    if ctx.low(p) in NEGATIVE_SUBJECTS or ctx.low(ctx.prev(p)) == "no":
        return None  # "no seats could be found", "nothing could exceed": ability
    if ctx.low(p) in RELATIVE_PRONOUNS and (ctx.tag(ctx.prev(p)) in ("NOUN", "PROPN") or
                                            ctx.word(ctx.prev(p)) in ("(", ",")) and (
            w not in POSSIBILITY_VERBS or (w == "be" and _passive_after(ctx, n))):
        return None  # "a ring (which could swivel ...)", "which could be solved by":
        # a capacity of the thing described, not a possibility of the claim
    if w in ("not", "n't", "no", "never", "hardly", "barely", "scarcely"):
        # "could not possibly be" keeps the hedge; "could not afford" is past ability.
        n2 = ctx.next(n + 1)
        return entry.category if ctx.low(n2) == "possibly" else None
    if w == "have":
        return entry.category  # "could have been held": epistemic past
    if w == "be":
        return after_be(ctx, n, entry)
    if w in POSSIBILITY_VERBS and not past_narrative(ctx, s):
        return entry.category
    if n >= 0 and ctx.word(n)[:1].islower() and ctx.tag(n) != "PUNCT" and (
        not past_narrative(ctx, s)
    ):
        return entry.category  # "the deal could collapse": possibility, not past ability
    return None


PAST_MARKERS = words("was were had did")
NEGATIVE_SUBJECTS = words("nothing none nobody")


def _passive_after(ctx: Context, be: int) -> bool:
    m = _skip_manner_adverbs(ctx, be + 1)
    return m >= 0 and (ctx.tag(m) == "VERB" or (ctx.low(m).endswith("ed") and
                                                ctx.tag(m) != "ADJ"))


def _skip_manner_adverbs(ctx: Context, i: int) -> int:
    """The next token after ``i - 1``, skipping "also", "still" and -ly adverbs."""
    n = ctx.next(i, ADVERB_SKIP)
    for _ in range(3):
        if n < 0 or not (ctx.tag(n) == "ADV" and ctx.low(n).endswith("ly")):
            break
        n = ctx.next(n + 1, ADVERB_SKIP)
    return n


def past_narrative(ctx: Context, i: int) -> bool:
    """Does the sentence narrate the past ('was', 'had')? Then 'could' is past ability."""
    low = ctx.view.lower

    def narrates_past(a: int, b: int) -> bool:
        for j in range(a, b):
            w = low[j]
            if w in PAST_MARKERS:
                return True
            # a finite past verb: "Barnes printed the epistles", "they transported officials"
            if w.endswith("ed") and j > a and ctx.tag(j) == "VERB" and (
                ctx.tag(ctx.prev(j)) in ("PRON", "PROPN", "NOUN")
            ):
                return True
        return False

    if ctx.sentence_flag(i, "past", narrates_past):
        return True
    # "so (that) travellers could clear customs", "no one could doubt": purpose, ability
    a = ctx.sent(i)[0]
    return any(low[j] in ("so", "nobody") or (low[j] == "one" and low[j - 1] == "no")
               for j in range(max(a + 1, i - 4), i))


def after_be(ctx: Context, be: int, entry: HedgeEntry) -> HedgeCategory | None:
    """A modal + be: epistemic before a noun phrase, an adjective or a cognition verb."""
    n = _skip_manner_adverbs(ctx, be + 1)
    w = ctx.low(n)
    if n < 0:
        return None
    if w in COGNITION_PARTICIPLES or w in ("a", "an", "the", "due", "because", "true", "that",
                                           "as", "one", "more", "less", "worse", "better"):
        return entry.category
    t = ctx.tag(n)
    if t in ("VERB", "AUX") or (w.endswith("ed") and t != "ADJ"):
        if entry.phrase != "could" or past_narrative(ctx, be):
            return None  # "could be opened": possibility of action, not of truth
        return entry.category  # "could be used to develop": a present possibility
    if t in ("ADJ", "DET", "NUM", "NOUN", "PROPN", "PRON", "ADV", "ADP"):
        return entry.category
    return None


# Verbs whose subject is a cause, not an agent: "can" before them states a possible
# consequence ("hearing loss can lead to isolation"), not an ability (Coates 1983).
CONSEQUENCE_VERBS = words(
    "lead leads result cause trigger confuse spell pose harm damage worsen undermine provoke"
)


def check_can(ctx: Context, s: int, e: int, entry: HedgeEntry) -> HedgeCategory | None:
    n = ctx.next(e)
    w = ctx.low(n)
    if w in ("not", "n't"):
        n = ctx.next(n + 1)
        if ctx.low(n) == "be":
            m = ctx.next(n + 1, ADVERB_SKIP)
            if ctx.tag(m) == "ADJ" or ctx.low(m) in ("the", "a", "true", "right"):
                return entry.category  # "that can't be true": epistemic impossibility
        return None
    if w == "be":
        m = ctx.next(n + 1)
        if ctx.low(m) in ("argued", "considered", "regarded", "questioned", "disputed"):
            return entry.category  # "it can be argued that"
    if w in CONSEQUENCE_VERBS:
        return entry.category  # "this can lead to confusion": a possible consequence
    return None  # ability or permission


def check_must(ctx: Context, s: int, e: int, entry: HedgeEntry) -> HedgeCategory | None:
    if ctx.low(ctx.prev(s)) == "you":
        return None  # "you must always think": an instruction
    n = verb_after(ctx, e)
    w = ctx.low(n)
    if w == "have":
        m = ctx.next(n + 1)
        if ctx.low(m) == "to":
            return None  # "must have to": obligation
        return entry.category  # "must have known": inference about the past
    if w == "be":
        m = ctx.next(n + 1, ADVERB_SKIP)
        lm = ctx.low(m)
        if lm in ("a", "an", "the", "true", "wrong", "right", "that", "some", "one"):
            return entry.category
        if lm.endswith("ing") and lm not in ("willing",):
            return entry.category  # "must be running out"
        t = ctx.tag(m)
        if t == "ADJ" and not lm.endswith("ed"):
            return entry.category  # "must be aware", "must be alarmed" is obligation-like
        return None  # "must be registered": obligation
    if w in STATIVE_VERBS:
        return entry.category  # "must upset the Kremlin", "must know"
    return None


def is_conditional(ctx: Context, i: int) -> bool:
    """Does token i's sentence hold a condition (if, unless, otherwise, supposing)?"""
    low = ctx.view.lower
    return ctx.sentence_flag(
        i, "conditional", lambda a, b: not CONDITION_WORDS.isdisjoint(low[a:b])
    )


def check_would(ctx: Context, s: int, e: int, entry: HedgeEntry) -> HedgeCategory | None:
    if is_conditional(ctx, s):
        if ctx.low(ctx.next(e)) == "have" and ctx.sentence_flag(s, "counterfactual", (
                lambda a, b: any(ctx.low(j) == "if" and ctx.counterfactual_if(j)
                                 for j in range(a, min(b, a + 200))))):
            return None  # "he would have won if he had run": counterfactual, no doubt
        return entry.category  # hypothetical: "if X, it would Y"
    return None


def check_should(ctx: Context, s: int, e: int, entry: HedgeEntry) -> HedgeCategory | None:
    words_ = ctx.view.words
    if ctx.sentence_initial(s) and not ctx.sentence_flag(
        s, "question", lambda a, b: "?" in words_[a:b]
    ):
        return "conditional"  # "Should oil production stop, ...": inverted conditional
    if is_conditional(ctx, s):
        return entry.category
    return None
