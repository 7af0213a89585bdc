"""Verdicts on candidates: repeated, nested and inside-a-source reports.

A content proposed twice is one reading; a report nested in another's content is one
PolNeAR leaves unannotated ("Scott said he fully supports …": only "said"); a report
inside another's source description ("said X, a staffer who said …") is part of who the
source is. These verdicts no longer drop anything: the rules that run after them read
only the candidates that pass (a quotation no reading claims), and every candidate goes
to the decider with the verdicts it got as evidence. A content's kind follows from its
quote marks.
"""

from __future__ import annotations

import bisect

import regex

from ..candidates import Candidate
from .context import Context
from .words import CLAUSE_BREAKERS, PRESENT_BE, REQUEST_LEMMAS


def inside_other_sources(cands: list[Candidate]) -> list[Candidate]:
    """Drop a report whose cue sits inside another report's source or its description
    ("said Elizabeth Arnold, a former staffer who said she planned to demonstrate"):
    PolNeAR, like a reader, takes it as part of who the source is."""
    spans = sorted(
        span
        for c in cands
        for span in (c.speaker, c.description)
        if span is not None and span[1] - span[0] > 1
    )
    inside: set[int] = set()
    i = 0
    reach = -1  # the furthest end of the spans starting before the cue: one sweep
    for c in sorted(cands, key=lambda c: c.cue_tok):
        while i < len(spans) and spans[i][0] < c.cue_tok:
            reach = max(reach, spans[i][1])
            i += 1
        if reach > c.cue_tok:
            inside.add(id(c))
    return [c for c in cands if id(c) not in inside]


def text_reads(ctx: Context, c: Candidate, opening: bool = False) -> bool:
    """ "the sign read", "“…,” it read": a text reads; a person who reads a book is no
    source of what it says. ``opening``: the noun phrase that opens a post-modified
    subject may be the text ("A circular issued by the DC's office on Tuesday states")."""
    if c.speaker is None:
        return False
    lower = ctx.view.lower
    head = lower[c.speaker[1] - 1]
    if head in ("which", "that") and c.antecedent is not None:
        head = lower[c.antecedent[1] - 1]  # "the sign — which read “…”"
    if head == "it" or ctx.res.speakers.has("doc_head", head):
        return True
    if not opening:
        return False
    k = c.speaker[0]
    while k < c.speaker[1] and ctx.tag(k) not in ("ADP", "VERB", "PUNCT"):
        if ctx.res.speakers.has("doc_head", lower[k]):
            return True
        k += 1
    return False


WITHHELD_WORDS = 4  # the shortest anonymity phrase read over a cue and its content


def withholds_name(ctx: Context, c: Candidate) -> bool:
    """Do a candidate's cue and content open with a source's request for anonymity
    ("asked that her name not be used", the lexicon's ``anon_marker`` phrases of four
    words or more): no report?"""
    if c.cue is None or c.cue[0] > c.content[0]:
        return False
    view = ctx.view
    a, b = view.token_at(c.cue[0]), view.token_at(c.content[1] - 1) + 1
    words = tuple(view.lower[i] for i in range(a, b) if not view.is_space[i])
    lex = ctx.res.speakers
    return any(  # (the phrase opens with the cue)
        lex.phrase("anon_marker", words[:n])
        for n in range(WITHHELD_WORDS, min(lex.max_len, len(words)) + 1)
    ) or bool(_NOT_NAMED.match(view.text, c.content[0], c.content[1]))


# A content that is the condition of anonymity itself: "(on condition that) the firm not
# be named", "(asked that) their names not be used".
_NOT_NAMED = regex.compile(
    r"(?:[\w’'-]+\s+){1,4}not\s+be\s+(?:named|identified|used|published|quoted|disclosed|"
    r"revealed)(?:,?\s+(?:because|as|since|for|so|while|until|when)\b.*)?\s*\Z", regex.DOTALL)


def content_shape(ctx: Context, c: Candidate) -> str:
    """What the content is: ``quotation`` (it holds quoted words), ``phrase`` (the rule
    read the cue's object: "confirmed the development"), ``infinitive`` ("to …") or
    ``clause``; ``appeal`` for a request in the present passive with no source ("Anyone
    with information is asked to call police"): the writer's standing appeal to the
    reader, no reported act (PolNeAR still annotates it: an attribution, no quote)."""
    if c.kind in ("direct", "mixed"):
        return "quotation"
    if c.evidence and c.evidence.get("np_content"):
        return "phrase"
    if standing_request(ctx, c):
        return "appeal"
    if ctx.view.lower[ctx.view.token_at(c.content[0])] == "to":
        return "infinitive"
    return "clause"


def standing_request(ctx: Context, c: Candidate) -> bool:
    """Is the cue a request verb's passive in the present with no source ("is asked",
    "are asked")?"""
    if c.cue is None or c.speaker is not None:
        return False
    view = ctx.view
    if view.lower[view.token_at(c.cue[0])] not in PRESENT_BE:
        return False
    return not cue_lemmas(ctx, c).isdisjoint(REQUEST_LEMMAS)


def cue_lemmas(ctx: Context, c: Candidate) -> set[str]:
    """The lemmas of the lexicon cues inside the candidate's cue span ("is asked": ask)."""
    if c.cue is None:
        return set()
    view = ctx.view
    first, last = view.token_at(c.cue[0]), view.token_at(c.cue[1] - 1)
    return {cue.entry.lemma for i in range(first, last + 1) if (cue := ctx.cue_at.get(i))}


def quote_kind(ctx: Context, c: Candidate) -> str:
    if c.kind == "according_to":
        return c.kind
    a, b = c.content
    inside = [ctx.regions[k] for k in ctx.regions_within(a, b)]
    if not inside:
        return "direct" if c.verbatim else "indirect"
    text = ctx.view.text
    pos = a
    for r in inside:
        if any(ch.isalnum() for ch in text[pos : r.start]):
            return "mixed"
        pos = r.end
    return "mixed" if any(ch.isalnum() for ch in text[pos:b]) else "direct"


def dedupe(cands: list[Candidate]) -> list[Candidate]:
    """Drop candidates whose content repeats an earlier one's."""
    seen: set[tuple[int, int]] = set()
    out = []
    for c in cands:
        if c.content not in seen:
            seen.add(c.content)
            out.append(c)
    return out


def flag_losers(kept: list[Candidate], cands: list[Candidate], flag: str) -> None:
    """Record on each candidate of ``cands`` not in ``kept`` that ``flag`` set it aside:
    the decider weighs the verdict instead of obeying it."""
    ids = set(map(id, kept))
    for c in cands:
        if id(c) not in ids:
            c.evidence = {**(c.evidence or {}), flag: 1.0}


# How many earlier-starting contents are checked for holding a cue, and how many tokens
# before a nested attribution are searched for a clause boundary (keeps it linear).
NEST_REACH = 8


NEST_SCAN = 60


# Between the outer content's start and a nested attribution: a clause boundary.
NEST_BREAKS = frozenset([",", ";", ":", "—", "–", "and", "as"]) | CLAUSE_BREAKERS


def drop_nested(ctx: Context, cands: list[Candidate]) -> list[Candidate]:
    """Drop attributions reported inside another one's content: PolNeAR annotates the
    outer one only ("Scott said he fully supports the compromise": "said", not
    "supports"). A nested attribution that opens a later clause of the content ("Though
    he said A, John said B") is kept when its cue is speech: there the outer content
    more often runs too far than the inner one is nested."""
    if len(cands) < 2:
        return cands
    view = ctx.view
    order = sorted(cands, key=lambda c: c.content[0])
    starts = [c.content[0] for c in order]
    drop: set[int] = set()
    for c in cands:
        if c.cue is None or c.kind == "according_to":
            continue
        x = c.cue[0]
        pos = bisect.bisect_right(starts, x)
        for outer in order[max(0, pos - NEST_REACH) : pos]:
            if (
                outer is c
                or outer.cue is None
                or outer.cue == c.cue
                or outer.content[1] <= x
                or c.content[0] <= outer.cue[0] < c.content[1]
            ):
                continue
            lead = c.speaker[0] if c.speaker is not None else c.cue_tok
            first = view.token_at(outer.content[0])
            lo = max(first, lead - NEST_SCAN)  # far into a long content: a later clause
            deep = lo > first or any(view.lower[i] in NEST_BREAKS for i in range(lo, lead))
            quoted = bool(ctx.regions_within(*c.content))
            if c.cue_type == "speech" and outer.cue_type != "speech" and quoted:
                continue
            if not deep or (c.cue_type != "speech" and not quoted):
                drop.add(id(c))
                break
    return [c for c in cands if id(c) not in drop] if drop else cands
