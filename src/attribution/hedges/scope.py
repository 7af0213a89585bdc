"""The scope of a hedge: the clause it governs.

With a dependency parse the scope ends at the right edge of the cue's head's subtree;
without one it runs from after the cue to the clause's end: a semicolon, colon, dash,
bracket or quote mark, a comma before a conjunction or a relative pronoun, or a comma
before a short reporting tail (", US officials said"). "according to" scopes over the
claim beside it. This follows the scope conventions of BioScope (Vincze et al. 2008) as
far as word-level evidence allows; ``benchmarks/hedge_scope.py`` measures it.
"""

from __future__ import annotations

from ..types import Span
from .context import CLAUSE_BREAK_WORDS, CLAUSE_PUNCT, MAX_SCOPE, Context, words

SKIP_INTO_SCOPE = words("that to , whether if")
QUOTE_CLOSERS = frozenset("\"”’»")


def scope_of(ctx: Context, s: int, e: int, category: str) -> Span | None:
    """The clause the cue governs: a parse subtree if the Doc has one, else up to a break."""
    view = ctx.view
    b = ctx.sent(s)[1]
    if ctx.low(s) == "according":
        return _accordingscope_of(ctx, s, e)
    first = e
    while first < b and (view.is_space[first] or (ctx.low(first) in SKIP_INTO_SCOPE and
                                                  ctx.low(first) != ",")):
        first += 1
    if first < b and ctx.low(first) == ",":
        first += 1
        while first < b and view.is_space[first]:
            first += 1
    end = clause_end(ctx, first, b)
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
    cs, ce = view.starts[first], view.ends[end - 1]
    return Span(cs, ce, view.text[cs:ce])


# Tokens that end a clause wherever they stand.
_CLAUSE_STOPS = CLAUSE_PUNCT | QUOTE_CLOSERS | {"“", "\""}


def clause_end(ctx: Context, first: int, b: int) -> int:
    words_ = ctx.view.words
    b = min(b, first + MAX_SCOPE)
    for j in range(first, b):
        w = words_[j]
        if w in _CLAUSE_STOPS:
            return j
        if w == "," and j + 1 < b:
            n = ctx.next(j + 1)
            if n >= 0 and (ctx.low(n) in CLAUSE_BREAK_WORDS or reporting_tail(ctx, n, b)):
                return j
    return max(first, b)


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


def _accordingscope_of(ctx: Context, s: int, e: int) -> Span | None:
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
