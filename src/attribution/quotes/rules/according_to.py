"""According to X, and "as reported by X".

"According to X, CONTENT", "CONTENT, according to X (, CONTENT)", "per X": the source is
the noun phrase after the preposition, the content the clause before or after it
(PARC's prepositional attribution cues, Pareti 2016).
"""

from __future__ import annotations

from ...candidates import Candidate
from ...phrases import POSSESSIVES, np_right
from ..appositives import right_appositive
from ..clauses import clause_end
from ..complements import content_before
from ..context import Context
from ..cues import CueMatch
from ..shapes import few_words, rest_is_adjunct
from ..words import CLAUSE_BREAKERS, RUN_ON_STOPS, SUBORDINATORS, TERMINAL
from .registry import Example, declare

LEADING = declare(
    "according_to.leading",
    "according_to",
    "According to X, CONTENT: the clause after the source's comma",
    frames=["prep"],
    examples=[
        Example(
            "According to two officials, turnout rose sharply.",
            "turnout rose sharply",
            "two officials",
            "According to",
        ),
        Example(  # the source's modifiers up to its comma are no content
            "According to a ruling by the Federal Court, the ban was lawful.",
            "the ban was lawful",
            "a ruling",
            "According to",
        ),
    ],
)
TRAILING = declare(
    "according_to.trailing",
    "according_to",
    "CONTENT, according to X (, CONTENT): the clause before the cue, and its run-on "
    "after a parenthetical source",
    frames=["prep"],
    examples=[
        Example(
            "The plan failed, according to two officials.",
            "The plan failed",
            "two officials",
            "according to",
        ),
        Example(
            "Sales fell sharply, per the company.",
            "Sales fell sharply",
            "the company",
            "per",
        ),
    ],
    counter_examples=["Sales fell per capita."],
)


AS_REPORTED_BY = declare(
    "according_to.as_reported_by",
    "according_to",
    "As reported by X, CONTENT: X the source, the clause after the comma the content",
    frames=["passive", "say"],
    examples=[
        Example(
            "As reported by the Post, the campaign spent millions on ads.",
            "the campaign spent millions on ads",
            "the Post",
            "reported",
        ),
    ],
)


def according_to(ctx: Context, cue: CueMatch, s0: int, s1: int) -> list[Candidate]:
    view = ctx.view
    cs, ce = cue.start, cue.end
    lemma = cue.entry.lemma
    first = ctx.next_tok(ce, s1)
    end = np_right(view, ctx.tag, first, s1)
    if end is None:
        return []
    joined = _name_and_name(ctx, end, s1)
    if lemma == "per":
        prev = ctx.prev_tok(cs, s0)
        if not (prev < s0 or view.words[prev] == ","):
            return []
        if not (ctx.tag(first) in ("DET", "PROPN") or view.lower[first] in POSSESSIVES):
            return []
    speaker = (first, joined)
    # (a name that holds "and" runs to its comma: no appositive after it)
    description = right_appositive(ctx, end, s1) if joined == end else None
    # "But according to data from X, …", "And, according to …": a connective opens it
    leading = all(ctx.tag(i) in ("CCONJ", "ADV") or view.words[i] == "," or view.is_space[i]
                  for i in range(s0, cs)) or _coordinated_lead(ctx, cs, end, s0, s1)
    if description is not None and leading and (
            ctx.next_tok(description[1], s1) >= s1 or view.words[description[1]] in TERMINAL):
        # "According to the report, the town received rain.": no apposition, the content
        description = None
    end = joined
    after_src = description[1] if description else end
    if leading and description is None:
        after_src = _source_to_comma(ctx, end, s1)  # its modifiers are no content
    prev = ctx.prev_tok(cs, s0)
    rule = LEADING if leading else TRAILING
    if leading:
        # "According to X, CONTENT."
        k = ctx.next_tok(after_src, s1)
        if k < s1 and view.words[k] == ",":
            k += 1
        span = ctx.trim_content(k, clause_end(ctx, k, s1))
    else:
        lead = s0
        for i in range(prev - 1, s0 - 1, -1):
            if view.words[i] in (":", ";") and ctx.in_quote[i] < 0:
                lead = i + 1
                break
        if ctx.in_quote[lead] >= 0 and ctx.region_toks[ctx.in_quote[lead]][0] < lead:
            lead = ctx.region_toks[ctx.in_quote[lead]][0]  # '“A. B,” according to X'
        if view.words[prev] == ",":
            span = content_before(ctx, prev, lead)
            span = according_to_parenthetical(ctx, span, lead, prev, after_src, s1)
        else:
            span = ctx.trim_content(lead, prev + 1)
    if span is None:
        return []
    return [
        ctx.candidate(
            span,
            (cs, ce),
            cue.entry.cue_type,
            "according_to",
            speaker,
            description,
            rule=rule,
        )
    ]


SOURCE_RUN = 15  # tokens a leading source's modifiers run before its comma


def _coordinated_lead(ctx: Context, cs: int, end: int, s0: int, s1: int) -> bool:
    """Does "according to" at ``cs`` open a clause coordinated after a comma ("The
    company said it would relocate …, and according to Usher, the first ships could
    dock …"): ", and"/", but" before it, the source's comma after it and a subject,
    no verb, after that comma?"""
    view = ctx.view
    prev = ctx.prev_tok(cs, s0)
    if prev <= s0 or view.lower[prev] not in ("and", "but") or view.words[
            ctx.prev_tok(prev, s0)] != ",":
        return False
    comma = _source_to_comma(ctx, end, s1)
    if comma >= s1 or view.words[comma] != ",":
        return False
    k = ctx.next_tok(comma + 1, s1)
    return k < s1 and ctx.tag(k) in ("DET", "PRON", "NOUN", "PROPN", "NUM")


def _name_and_name(ctx: Context, end: int, s1: int) -> int:
    """The end of a source whose name holds "and" ("the Federal Data Protection and
    Information Commissioner, …"): a capitalised name before ``end``, "and", and
    capitalised words up to a comma or the sentence's end; else ``end``."""
    view = ctx.view
    if end + 1 >= s1 or view.lower[end] != "and" or not view.words[end - 1][:1].isupper():
        return end
    j = end + 1
    while j < s1 and view.words[j][:1].isupper() and not view.is_space[j]:
        j += 1
    return j if j > end + 1 and (j >= s1 or view.words[j] == ",") else end


def _source_to_comma(ctx: Context, end: int, s1: int) -> int:
    """Where a leading source ends: at the comma its prepositional phrase or participle
    runs to ("According to a ruling by the Federal Court, …"; "According to a report
    published on Monday, …", "… reports emerging in the media, …"), if one does; else
    ``end``."""
    view = ctx.view
    k = ctx.next_tok(end, s1)
    if k >= s1 or view.words[k] == "," or not (
        ctx.tag(k) == "ADP" or view.lower[k].endswith(("ed", "ing"))  # "reports emerging in"
    ):
        return end
    for j in range(k + 1, min(s1, k + SOURCE_RUN)):
        if ctx.in_quote[j] >= 0 or view.lower[j] in ("that", ";", ":", "—", "–"):
            return end
        if view.words[j] == ",":
            return j
    return end


def according_to_parenthetical(
    ctx: Context,
    span: tuple[int, int] | None,
    lead: int,
    comma: int,
    after_src: int,
    s1: int,
) -> tuple[int, int] | None:
    """``A, according to X, B``: the clause runs on after the parenthetical, and PolNeAR's
    content is A and B (we take the stretch over both); after a short lead-in ("In
    addition,", "... because,") B alone. ``A, which ..., according to X``: the relative
    clause alone."""
    view = ctx.view
    lower = view.lower
    k = ctx.next_tok(after_src, s1)
    if k < s1 and view.words[k] == "," and ctx.in_quote[k] < 0:
        b = ctx.next_tok(k + 1, s1)
        if (
            b < s1
            and lower[b] not in RUN_ON_STOPS
            and lower[b] not in CLAUSE_BREAKERS
            and not (lower[b].endswith("ing") and ctx.tag(b) == "VERB")
            and not rest_is_adjunct(ctx, b, s1)
        ):
            end = clause_end(ctx, b, s1)
            last = ctx.prev_tok(comma, lead)
            if (
                span is None
                or few_words(ctx, lead, comma)
                or lower[last] in CLAUSE_BREAKERS
                # "While most were elevated …, according to X, two were upgraded": the
                # subordinate lead-in is the writer's frame
                or lower[ctx.next_tok(lead, comma)] in SUBORDINATORS
            ):
                return ctx.trim_content(b, end)
            return ctx.trim_content(view.token_at(span[0]), end)
    if span is not None:
        first = view.token_at(span[0])
        for i in range(comma - 1, first, -1):
            if view.words[i] == "," and ctx.in_quote[i] < 0:
                n = ctx.next_tok(i + 1, comma)
                if lower[n] == "which" and n > first:
                    return ctx.trim_content(n, comma)
                break
    return span


def as_reported_by(ctx: Context, cue: CueMatch, s1: int) -> list[Candidate]:
    """``As reported by X, CONTENT`` (also "as first reported by", "As noted by"): X is the
    source and the clause after the comma the content."""
    view = ctx.view
    a = ctx.next_tok(cue.end + 1, s1)
    end = np_right(view, ctx.tag, a, s1)
    if end is None or end >= s1 or view.words[end] != ",":
        return []
    b = ctx.next_tok(end + 1, s1)
    span = ctx.trim_content(b, clause_end(ctx, b, s1))
    if span is None:
        return []
    return [
        ctx.candidate(
            span, (cue.start, cue.end), cue.entry.cue_type, "indirect", (a, end),
            rule=AS_REPORTED_BY,
        )
    ]
