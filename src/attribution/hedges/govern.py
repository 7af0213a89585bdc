"""Which claim a hedge qualifies: its sentence's main claim, or an embedded one.

A hedge lowers commitment to the proposition in its scope (Hyland 1998; Szarvas et al.
2012), and scope follows syntax: a cue inside a relative clause scopes over that clause only
(the BioScope guidelines, Vincze et al. 2008). In "the purchases are very likely an
indication of a massive failure that likely has deep roots", the speaker asserts, with high
probability, that the purchases indicate a failure; "indication" introduces the claim its
complement holds ("of a massive failure"), and the second "likely" qualifies a side claim
inside the relative clause. Only "very likely" bears on the claim the sentence makes, so
only it should lower the quote's certainty.

:func:`is_embedded` says a hedge qualifies an embedded claim when

* it is a noun with its own complement ("an indication of …", "a sign that …", "the
  allegations that …"), unless an existential frame makes the complement the claim
  ("there is a good chance that …");
* it modifies a noun ("the likely nominee", "the alleged killer");
* it stands in a relative or noun-complement clause ("a failure that likely has …").

With a dependency parse the path from the cue to its sentence's root decides (an ``relcl``
or ``acl`` arc, or a noun on the way). Without one, word-level evidence stands in: a
relative pronoun after a noun opens an embedded clause, which stays open until punctuation
closes it or a second verb group (not joined by "and"/"or") resumes the main clause ("the
plan that he proposed may fail"). Each test reads a bounded window, so the cost per hedge
is constant.
"""

from __future__ import annotations

from .context import (
    COORDINATORS,
    DET_LIKE,
    POSSESSIVES,
    RELATIVE_PRONOUNS,
    Context,
    words,
)

# "told the paper that X": "that" after a verb of telling and its object opens the
# message, not a relative clause.
TELL_VERBS = words(
    "told tell tells telling warned warn warns warning assured assure assures informed inform "
    "informs reminded remind reminds convinced convince persuaded persuade showed show shows "
    "promised promise promises notified reassured"
)
COMPLEMENT_HEADS = words("that of whether")
VERB_TAGS = frozenset({"VERB", "AUX"})
NOUN_TAGS = frozenset({"NOUN", "PROPN"})
# Stops for the leftward search for a relative pronoun (commas are handled apart).
LEFT_STOPS = frozenset(";:—–()[]")
EXISTENTIAL_SUBJECTS = words("there it")
EMBED_DEPS = frozenset({"relcl", "acl"})
MAX_LEFT = 40


def is_embedded(ctx: Context, s: int, e: int, category: str) -> bool:
    """Does the hedge on tokens ``s .. e-1`` qualify an embedded claim?"""
    if ctx.parsed:
        return _embedded_by_parse(ctx, s, e, category)
    return (_noun_with_complement(ctx, s, e, category) or _modifies_noun(ctx, s, e)
            or _in_relative_clause(ctx, s))


# ---- without a parse ---------------------------------------------------------------------


def _noun_with_complement(ctx: Context, s: int, e: int, category: str) -> bool:
    """'an indication of X', 'in a sign that X', 'allegations that X': the hedge is a noun
    whose complement holds the claim it qualifies."""
    last = e - 1
    if ctx.low(last) in COMPLEMENT_HEADS and last > s:
        noun = last - 1
    elif ctx.low(ctx.next(e)) in COMPLEMENT_HEADS:
        noun = last
    else:
        return False
    if ctx.tag(noun) != "NOUN":
        return False
    before = _before_noun_phrase(ctx, noun)
    if before >= 0 and ctx.tag(before) in ("PRON", "PROPN") and ctx.low(before) not in (
            POSSESSIVES):
        return False  # "Russia fears that", "we doubt that": a verb
    return not _existential(ctx, before)


def _before_noun_phrase(ctx: Context, noun: int) -> int:
    """The token before the noun phrase ending at ``noun`` (determiners, adjectives and
    compounds skipped: "The New York Times"), or -1."""
    j = ctx.prev(noun)
    for _ in range(6):
        if j < 0:
            return -1
        if ctx.low(j) in DET_LIKE or ctx.tag(j) in ("DET", "ADJ", "NUM", "NOUN", "PROPN"):
            j = ctx.prev(j)
            continue
        break
    return j


def _existential(ctx: Context, before: int) -> bool:
    """'there is (a good chance that)', 'it is (a real possibility that)'."""
    if before < 0 or ctx.low(before) not in ("is", "'s", "’s", "was", "are", "were",
                                             "remains", "be", "exists"):
        return False
    return ctx.low(ctx.prev(before)) in EXISTENTIAL_SUBJECTS


def _modifies_noun(ctx: Context, s: int, e: int) -> bool:
    """'the likely nominee', 'the alleged killer': a hedge inside a noun phrase."""
    if e - s != 1:
        return False
    p = ctx.prev(s)
    if ctx.low(p) not in DET_LIKE and ctx.low(p) not in POSSESSIVES:
        return False
    n = ctx.next(e)
    return n >= 0 and ctx.tag(n) in NOUN_TAGS


def _in_relative_clause(ctx: Context, s: int) -> bool:
    """Is token ``s`` inside a relative or noun-complement clause that is still open?"""
    lo = max(ctx.sent(s)[0], s - MAX_LEFT)
    view = ctx.view
    opener = -1
    j = s - 1
    lower = view.lower
    while j >= lo:
        w = view.words[j]
        if w in LEFT_STOPS or w == ",":
            return False  # ", which failed, may return": the clause closed at a comma
        if lower[j] in RELATIVE_PRONOUNS and _opens_relative(ctx, j):
            opener = j
            break
        j -= 1
    if opener < 0:
        return False
    return not _main_clause_resumed(ctx, opener, s)


def _opens_relative(ctx: Context, j: int) -> bool:
    p = ctx.prev(j)
    if p < 0:
        return False
    if ctx.word(p) == "," and ctx.low(j) != "that":
        p = ctx.prev(p)  # "the complex, which likely has deep roots"
    if ctx.tag(p) not in NOUN_TAGS and not (  # "the military-industrial complex that"
            ctx.tag(p) == "ADJ" and ctx.tag(ctx.prev(p)) in ("ADJ", "DET", "NOUN")):
        return False
    head = _before_noun_phrase(ctx, p)
    return ctx.low(head) not in TELL_VERBS


def _main_clause_resumed(ctx: Context, opener: int, s: int) -> bool:
    """A second verb group after the opener, not joined by a coordinator, is the main
    clause's: "the plan that he proposed | may fail"."""
    groups = 0
    in_group = False
    joined = False
    for j in range(opener + 1, s + 1):
        if ctx.view.is_space[j]:
            continue
        tag = ctx.tag(j)
        verb = tag in VERB_TAGS and ctx.low(ctx.prev(j)) != "to"
        if verb and not in_group:
            groups += 1
            if groups == 2 and not joined:
                return True
        if verb:
            in_group = tag == "AUX"  # "has been found" is one group; a main verb ends it
        elif tag not in ("ADV", "PART"):
            in_group = False
        if ctx.low(j) in COORDINATORS:
            joined = True
    return False


# ---- with a parse --------------------------------------------------------------------------


def _embedded_by_parse(ctx: Context, s: int, e: int, category: str) -> bool:
    doc = ctx.view.doc
    head = doc[e - 1]
    for k in range(s, e):
        t = doc[k]
        if not s <= t.head.i < e or t.head.i == t.i:
            head = t
            break
    nouns = [doc[k] for k in range(s, e) if doc[k].pos_ == "NOUN"]
    if nouns:
        head = nouns[-1]  # "in a sign that": the noun decides
    if head.pos_ == "NOUN" and any((c.dep_ == "prep" and c.lower_ == "of")
                                   or c.dep_ in ("acl", "ccomp") for c in head.children):
        verb = head.head
        return not any(c.dep_ == "expl" for c in verb.children)  # "there is a chance that"
    if head.dep_ == "amod":
        return True  # "the likely nominee"
    t = head
    for _ in range(MAX_LEFT):
        if t.dep_ in EMBED_DEPS:
            return True
        if t is not head and t.pos_ in ("NOUN", "PROPN"):
            return True  # inside a noun phrase
        if t.head.i == t.i:
            return False
        t = t.head
    return False
