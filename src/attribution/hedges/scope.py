"""The scope of a hedge: the clause it governs.

The scope runs from after the cue to the clause's end: a semicolon, colon, dash or quote
mark, a comma before a conjunction or a short reporting tail (", US officials said"), a
coordinated verb phrase with a verb of its own ("suggest that X and imply that Y"), or,
for a fronted condition ("If X, Y"; "To test whether X, we ..."), the comma before the
main clause. A bracketed aside stays inside. With a dependency parse the scope also ends
at the right edge of the cue's head's subtree. The subject joins the scope where the
hedge is raised out of its clause: a modal before a passive ("X may be regulated by Y")
and raising predicates ("X appears to", "X is likely to", "X is thought to"). "according
to" scopes over the claim beside it. These are the scope conventions of BioScope (Vincze
et al. 2008) as far as word-level evidence allows; ``benchmarks/hedge_scope.py``
measures them on CoNLL-2010 task 2.
"""

from __future__ import annotations

from ..types import Span
from .context import (
    ADVERB_SKIP,
    BE,
    CLAUSE_BREAK_WORDS,
    CLAUSE_PUNCT,
    COORDINATORS,
    MAX_SCOPE,
    RELATIVE_PRONOUNS,
    Context,
    words,
)

SKIP_INTO_SCOPE = words("that to , whether if")
QUOTE_CLOSERS = frozenset("\"”’»")
OPENERS = {"(": ")", "[": "]"}
COORDINATED_VERBS = words(
    "imply implies suggest suggests indicate indicates show shows demonstrate demonstrates "
    "provide provides reveal reveals"
)
SUBJECT_STARTS = words("we they i he she it there this these the a an our their its his her")
SUBJECT_PRONOUNS = words("we they i he she it there this these")
SUBORDINATORS = words("if although though while whether because since when unless as whereas")
# A that-clause keeps a relative clause and a contrast of its own ("suggest that X, but Y";
# BioScope): only these end it after a comma.
COMPLEMENT_BREAK_WORDS = words("while although though whereas because since unless yet so")
MODALS = words("may might could can must would should will ca wo")
RAISING = words(
    "appear appears appeared seem seems seemed likely unlikely thought believed considered "
    "said expected known reported presumed assumed supposed"
)
# Where the leftward search for a raised subject stops: the word before the clause.
SUBJECT_BOUNDARY = words(
    "that which who whom whether if because since although though while when whereas how "
    "why what where but ; : , ( [ — – “ \" discuss discussed examine examined show shows "
    "showed shown demonstrate demonstrates "
    "demonstrated suggest suggests suggested indicate indicates indicated found find finds "
    "conclude concluded propose proposed report reported believe believed think thought "
    "said say says hypothesize hypothesized"
)
MAX_SUBJECT = 30


def scope_of(ctx: Context, s: int, e: int, category: str) -> Span | None:
    """The clause the cue governs: up to a clause break (and a parse subtree's edge)."""
    view = ctx.view
    b = ctx.sent(s)[1]
    if ctx.low(s) == "according":
        return according_scope(ctx, s, e)
    first = e
    while first < b and (view.is_space[first] or (ctx.low(first) in SKIP_INTO_SCOPE and
                                                  ctx.low(first) != ",")):
        first += 1
    complement = first > e and ctx.low(first - 1) in ("that", "whether", "if")
    if first < b and ctx.low(first) == ",":
        first += 1
        while first < b and view.is_space[first]:
            first += 1
    end = clause_end(ctx, first, b, fronted=_fronted(ctx, s, category), complement=complement)
    if ctx.parsed and first < end:
        head = view.doc[s].head
        sub_end = head.right_edge.i + 1
        if first < sub_end < end:
            end = sub_end
    while end > first and (view.is_space[end - 1] or ctx.low(end - 1) in (".", ",", "!", "?")
                           or view.words[end - 1] in QUOTE_CLOSERS):
        end -= 1
    if end <= first:
        return None
    subject = raised_subject(ctx, s, e)
    if subject is not None:
        first = subject
    cs, ce = view.starts[first], view.ends[end - 1]
    return Span(cs, ce, view.text[cs:ce])


# Tokens that end a clause wherever they stand.
_CLAUSE_STOPS = (CLAUSE_PUNCT - set(OPENERS)) | QUOTE_CLOSERS | {"“", "\""}


def clause_end(ctx: Context, first: int, b: int, fronted: bool = False,
               complement: bool = False) -> int:
    """The token that ends the clause starting at ``first`` (``b`` at the latest).

    ``fronted``: the clause stands before its sentence's main clause ("If X, Y");
    ``complement``: it is the that-clause of the cue, whose own coordinated verbs it keeps
    ("indicate that X regulates Y and may contribute to Z").
    """
    words_, lower = ctx.view.words, ctx.view.lower
    b = min(b, first + MAX_SCOPE)
    j = first
    while j < b:
        w = words_[j]
        if w in OPENERS:
            close = _matching(ctx, j, b, OPENERS[w])
            if close < 0:
                return j
            j = close + 1  # a bracketed aside stays inside the scope
            continue
        if w in _CLAUSE_STOPS:
            if w == ")" and "(" in words_[j - 1]:
                j += 1  # "HHV-6(GS)": a bracket inside a word
                continue
            return j
        if lower[j] in COORDINATORS and j > first and _new_clause(ctx, j + 1, complement):
            k = j - 1 if words_[j - 1] == "," else j
            return k  # "suggest that X is functional and imply that Y"
        if w == "," and j + 1 < b:
            n = ctx.next(j + 1)
            breaks = COMPLEMENT_BREAK_WORDS if complement else CLAUSE_BREAK_WORDS
            if n >= 0 and (ctx.low(n) in breaks or reporting_tail(ctx, n, b)):
                return j
            if fronted and n >= 0 and ctx.low(n) not in RELATIVE_PRONOUNS and ctx.tag(n) != "AUX":
                return j  # "If the talks fail, the war goes on"
        j += 1
    return max(first, b)


def _matching(ctx: Context, j: int, b: int, closer: str) -> int:
    words_ = ctx.view.words
    for k in range(j + 1, b):
        if words_[k] == closer:
            return k
    return -1


def _new_clause(ctx: Context, n: int, complement: bool) -> bool:
    """After "and"/"but"/"or": does a clause or a verb phrase of its own start here?"""
    k = _skip_adverbs(ctx, n)
    if k < 0:
        return False
    low = ctx.low(k)
    if low in COORDINATED_VERBS or low == "that":
        return True  # "suggest that X and imply that Y", "and that Y"
    if complement:
        return False  # the that-clause keeps its own coordinated verbs
    if low in SUBJECT_PRONOUNS and ctx.tag(ctx.next(k + 1)) in ("AUX", "VERB"):
        return True  # ", and it is not clear"
    return low in MODALS or (ctx.tag(k) == "AUX" and low not in ("be", "been", "being", "have")
                             ) or (ctx.tag(k) == "VERB" and low.endswith("s"))


def _skip_adverbs(ctx: Context, n: int) -> int:
    k = ctx.next(n)
    for _ in range(4):
        if k < 0 or not (ctx.tag(k) == "ADV" or ctx.low(k) in ADVERB_SKIP or ctx.word(k) == ","):
            break
        k = ctx.next(k + 1)
    return k


def _fronted(ctx: Context, s: int, category: str) -> bool:
    """Does the cue stand in a clause before its sentence's main clause? ("If X, Y",
    "Although X may Y, Z", "To test whether X, we ...")"""
    a = ctx.sent(s)[0]
    k = ctx.next(a) if ctx.view.is_space[a] else a
    if k < 0 or s - k > MAX_SUBJECT:
        return False  # far from the sentence's start: no fronted clause (and bounded work)
    opens = ctx.low(k) in SUBORDINATORS
    if not opens and not (category == "conditional" and s - k <= 4 and any(
            ctx.low(j) == "to" for j in range(k, s))):
        return False
    return "," not in ctx.view.words[k:s]


def raised_subject(ctx: Context, s: int, e: int) -> int | None:
    """The first token of the subject a hedge has raised out of its clause, or None.

    BioScope (Vincze et al. 2008) puts the subject inside the scope of a modal before a
    passive ("X may be regulated") and of a raising predicate ("X appears to", "X is
    likely to", "X is thought to"): the subject is part of the proposition hedged.
    """
    cue = ctx.low(e - 1)
    if cue not in MODALS and cue not in RAISING:
        return None
    n = _skip_adverbs(ctx, e)
    if cue in MODALS:
        if ctx.low(n) == "have" and ctx.low(ctx.next(n + 1)) == "been":
            n = ctx.next(n + 1)
        if ctx.low(n) not in ("be", "been"):
            return None
        m = _skip_adverbs(ctx, n + 1)
        if not (ctx.low(m).endswith(("ed", "en")) or ctx.tag(m) == "VERB"):
            return None  # "may be important": not a passive
    elif cue in RAISING:
        if ctx.low(n) != "to":
            return None
        if cue not in ("appear", "appears", "appeared", "seem", "seems", "seemed") and (
                ctx.low(_prev_skipping_adverbs(ctx, s)) not in BE):
            return None  # "likely to" after a noun: "a cell likely to divide"
    else:
        return None
    if ctx.parsed:
        return _subject_by_parse(ctx, s)
    return _subject_by_words(ctx, s)


def _prev_skipping_adverbs(ctx: Context, s: int) -> int:
    j = ctx.prev(s)
    for _ in range(4):
        if j < 0 or not (ctx.tag(j) == "ADV" or ctx.low(j) in ADVERB_SKIP):
            break
        j = ctx.prev(j)
    return j


def _subject_by_words(ctx: Context, s: int) -> int | None:
    j = ctx.prev(s)
    while j >= 0 and (ctx.low(j) in BE or ctx.tag(j) == "ADV"):
        j = ctx.prev(j)  # "is (very) likely", "are thought"
    lo = max(ctx.sent(s)[0], s - MAX_SUBJECT)
    first = -1
    depth = 0
    while j >= lo:
        w = ctx.view.words[j]
        if w in (")", "]"):
            depth += 1
        elif w in ("(", "[") and depth:
            depth -= 1
        elif not depth and ctx.low(j) in SUBJECT_BOUNDARY:
            if first < 0 and ctx.low(j) in RELATIVE_PRONOUNS:
                first = j  # "which appears to be": the relative pronoun is the subject
            break
        if not ctx.view.is_space[j]:
            first = j
        j -= 1
    if first < 0 or ctx.low(first) in ("it", "there"):
        return None  # an expletive subject is no part of the claim
    return first


def _subject_by_parse(ctx: Context, s: int) -> int | None:
    tok = ctx.view.doc[s]
    head = tok if tok.pos_ == "VERB" else tok.head
    for c in head.children:
        if c.dep_ in ("nsubj", "nsubjpass") and c.i < s:
            if c.lower_ in ("it", "there"):
                return None
            return int(c.left_edge.i)
    return None


REPORTING_VERBS = words(
    "said says say added told wrote argued noted explained stated claimed according"
)


def reporting_tail(ctx: Context, n: int, b: int) -> bool:
    """', US officials said.': a short subject and a reporting verb close the clause."""
    for j in range(n, min(b, n + 6)):
        if ctx.low(j) in REPORTING_VERBS:
            return True
        if ctx.view.words[j] in (",", ";", "."):
            return False
    return False


def according_scope(ctx: Context, s: int, e: int) -> Span | None:
    """'X, according to Y' or 'According to Y, X': the claim X."""
    view = ctx.view
    a, b = ctx.sent(s)
    a, b = max(a, s - MAX_SCOPE), min(b, e + MAX_SCOPE)
    k = e
    while k < b and view.words[k] not in (",", ";", ".", "—"):
        k += 1
    if ctx.prev(s) >= 0:
        first, end = a, s  # "X, according to Y"
    else:
        first, end = k + 1, b  # "According to Y, X"
    while first < end and (view.is_space[first] or view.words[first] in (",", "“", "\"")):
        first += 1
    while end > first and (view.is_space[end - 1] or view.words[end - 1] in
                           (",", ".", ";", "—") or view.words[end - 1] in QUOTE_CLOSERS):
        end -= 1
    if end <= first:
        return None
    cs, ce = view.starts[first], view.ends[end - 1]
    return Span(cs, ce, view.text[cs:ce])
