"""Nominal reports: "her remark that …", "Clinton's claim that …", "his words: “…”".

A cue noun with a possessor is a report whose source is the possessor (PARC annotates
nominal cues, Pareti 2016).
"""

from __future__ import annotations

from ...candidates import Candidate
from ...phrases import POSSESSIVES, np_left
from ..clauses import clause_end
from ..context import Context
from ..cues import CueMatch
from ..shapes import few_words
from .registry import Example, declare

POSSESSOR = declare(
    "nominal.possessor",
    "nominal",
    "POSSESSOR CUE-NOUN that CONTENT / POSSESSOR CUE-NOUN: “QUOTE” / POSSESSOR CUE-NOUN to "
    "VP: the possessor is the source (her remark that …, Clinton's claim that …, his words: "
    "“…”, Trump's promise to build a wall)",
    frames=["noun", "say", "that", "to"],
    examples=[
        Example(
            "Clinton repeated her claim that the economy is strong.",
            "the economy is strong",
            "her",
            "claim",
        ),
        Example(
            "His words: “We will win.”",
            "“We will win.”",
            "His",
            "words",
        ),
        Example(
            "Her message was simple: “We will win.”",
            "“We will win.”",
            "Her",
            "message",
        ),
        Example(
            "His message was that the team would fight on.",
            "the team would fight on",
            "His",
            "message",
        ),
        Example(
            "Trump's promise to build a wall drew cheers.",
            "to build a wall",
            "Trump",
            "promise",
        ),
    ],
    counter_examples=["The claim that the economy is strong drew fire.",
                      "The plan to build a wall drew cheers."],
)


def nominal(ctx: Context, cue: CueMatch, poss: int, s0: int, s1: int) -> list[Candidate]:
    """``POSSESSOR CUE-NOUN that CONTENT`` / ``POSSESSOR CUE-NOUN: “QUOTE”``: a
    nominal report whose possessor is the source ("her remark that “there’s a special
    place in hell …”", "Clinton’s claim that …", "his words: “…”")."""
    view = ctx.view
    lower = view.lower
    if lower[poss] in POSSESSIVES:
        speaker = (poss, poss + 1)
    else:
        start = np_left(view, ctx.tag, poss, s0)
        if start is None:
            return []
        speaker = (start, poss)
    n = ctx.next_tok(cue.end, s1)
    if n >= s1:
        return []
    if lower[n] in ("was", "is") and lower[ctx.next_tok(n + 1, s1)] == "that" and (
        ctx.next_tok(n + 1, s1) < s1
    ):
        n = ctx.next_tok(n + 1, s1)  # "His message was that …"
    v = ctx.next_tok(n + 1, s1)
    if lower[n] == "to" and "to" in cue.entry.frames and v < s1 and ctx.tag(v) in ("VERB", "AUX"):
        # "Trump's promise to build a wall", "her plan to cut taxes": the infinitive,
        # up to the verb of the clause the noun phrase is a part of ("… drew cheers")
        end = clause_end(ctx, n, s1, lower[cue.start])
        for k in range(v + 1, end):
            if ctx.tag(k) in ("VERB", "AUX") and not lower[k].endswith("ing") and not (
                lower[k - 1] in ("to", "and", "or", "not", "be") or ctx.tag(k - 1) == "ADP"
            ):
                end = k
                break
        span = ctx.trim_content(n, end)
    elif lower[n] == "that":
        a = ctx.next_tok(n + 1, s1)
        if a < s1 and view.words[a] == ",":
            a = ctx.next_tok(a + 1, s1)
        if a >= s1:
            return []
        if a in ctx.open_at and not few_words(ctx, *ctx.region_toks[ctx.open_at[a]], 3):
            # 'Her remark that “…” drew fire': the quotation is the clause (not a quoted
            # word that opens it: 'his assertion that "thousands" of Muslims celebrated').
            span = ctx.quote_at(a)
        else:
            span = ctx.trim_content(a, clause_end(ctx, a, s1, lower[cue.start]))
    else:
        n = _past_copula(ctx, n, s1)
        if view.words[n] in (":", ",", "?") and ctx.next_tok(n + 1, len(view.words)) in ctx.open_at:
            n = ctx.next_tok(n + 1, len(view.words))
        if n not in ctx.open_at:
            return []
        span = ctx.quote_at(n)
    if span is None:
        return []
    return [
        ctx.candidate(
            span, (cue.start, cue.end), cue.entry.cue_type, "indirect", speaker,
            rule=POSSESSOR,
        )
    ]


def _past_copula(ctx: Context, n: int, s1: int) -> int:
    """From a copula and its short predicate to the colon that announces the quotation
    ("His message was simple: “…”", "The mayor's answer was blunt: “No.”"); ``n``
    itself when there is none."""
    lower = ctx.view.lower
    if lower[n] not in ("was", "is", "were", "are"):
        return n
    m = ctx.next_tok(n + 1, s1)
    for _ in range(3):
        if m >= s1:
            return n
        if ctx.view.words[m] == ":":
            return m if m > ctx.next_tok(n + 1, s1) else n
        if ctx.tag(m) not in ("ADJ", "ADV"):
            return n
        m = ctx.next_tok(m + 1, s1)
    return n
