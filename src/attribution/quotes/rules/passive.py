"""Passive, raising and naming constructions.

"X is expected to …", "was asked (by Y) whether …", "Asked about it, …" (the complement
is the content, an agent the source), "X seems to …" (the subject and complement are the
content, PolNeAR's reading of raising verbs), "X has been called “Y” (by Z)".
"""

from __future__ import annotations

from ...candidates import Candidate
from ...phrases import np_left, np_right
from ..clauses import clause_end, object_end, to_clause_end
from ..context import Context
from ..cues import CueMatch
from ..objects import question_word
from ..shapes import to_verb
from ..words import BE_FORMS, COMPLEMENTIZERS, DASH_TOKENS, RAISING_OPENERS, TERMINAL
from .registry import Example, declare

RAISING = declare(
    "passive.raising",
    "passive",
    "X seems to …, X appeared poised to …, it seems likely that …: the subject and the "
    "complement are the content; the subject is the source where it names one",
    frames=["raising"],
    examples=[
        Example(
            "Cruz appeared poised to win the state.",
            "Cruz appeared poised to win the state",
            "Cruz",
            "appeared",
        ),
    ],
    counter_examples=["Cruz appeared on Fox News."],
)
PASSIVE_CLAUSE = declare(
    "passive.clause",
    "passive",
    "X is expected to …, was asked (by Y) whether …: the complement (with a raised "
    "subject) is the content, an agent 'by Y' the source; with no complement (X was "
    "criticized by Y) the subject is the content",
    frames=["passive"],
    examples=[
        Example(
            "Ryan is expected to endorse Trump.",
            "Ryan is expected to endorse Trump",
            None,
            "is expected",
        ),
        Example(
            "He was asked by reporters whether he would run.",
            "whether he would run",
            "reporters",
            "was asked",
        ),
        Example(
            "The plan was criticized by Democrats on Monday.",
            "The plan",
            "Democrats",
            "was criticized",
        ),
    ],
    counter_examples=[
        "The bill was expected.",
        "The plan was criticized.",
        "Carson concluded by admonishing journalists.",
    ],
)
PARTICIPLE_CLAUSE = declare(
    "passive.participle",
    "passive",
    "Asked about X, …; when asked whether …: a participle clause's complement, up to "
    "its comma",
    frames=["passive"],
    examples=[
        Example(
            "Asked whether he would run, Ryan said no.",
            "whether he would run",
            None,
            "Asked",
        ),
    ],
)
PASSIVE_QUESTION = declare(
    "passive.question",
    "passive",
    "Trump was asked, “…?”: the quoted question after a passive cue",
    frames=["passive"],
    examples=[
        Example(
            "Trump was asked, “What is the most dangerous place in the world?”",
            "“What is the most dangerous place in the world?”",
            None,
            "was asked",
        ),
    ],
)
NAMING = declare(
    "passive.naming",
    "passive",
    "X has been called “Y” (by Z): the subject and the quoted name are the content; "
    "X (is) known as Y: the name",
    frames=["object"],
    examples=[
        Example(
            "Clinton won the string of contests known as Super Tuesday.",
            "Super Tuesday",
            None,
            "known as",
        ),
        Example(
            "Kasich has been called “the Trump of the East” by his rivals.",
            "Kasich has been called “the Trump of the East”",
            "his rivals",
            "been called",
        ),
    ],
    counter_examples=["The song is called “Come Together.”", "He was called a liar.",
                      "I have known him for years."],
)
KNOWN_AS = "known"  # the form of "know" that names: "the contests known as Super Tuesday"


def known_as(ctx: Context, cue: CueMatch, s1: int) -> list[Candidate]:
    """``X (is) known as Y``: the name someone gives X, as "X has been called Y" is
    (PolNeAR marks half of the train uses, the name with its subject, no source: "the
    string of contests known as | Super Tuesday", "the uprising that became known as |
    the Orange Revolution"). The name after "as" is the content; the cue ends with
    "as"."""
    lower = ctx.view.lower
    a = ctx.next_tok(cue.end, s1)
    if a >= s1 or lower[a] != "as":
        return []
    k = ctx.next_tok(a + 1, s1)
    if k >= s1 or not (k in ctx.open_at or ctx.tag(k) in ("DET", "ADJ", "NOUN", "PROPN")):
        return []
    end = object_end(ctx, k, s1, cue.entry.lemma)
    words = ctx.view.words
    while k < end < s1 and words[end][:1].isupper() and words[end - 1][:1].isupper():
        end += 1  # a name runs on over a weekday or a month: "Super Tuesday"
    span = ctx.trim_content(k, end, strip_that=False)
    if span is None:
        return []
    return [ctx.candidate(span, (cue.start, a + 1), cue.entry.cue_type, "indirect", None,
                          rule=NAMING, evidence={"np_content": 1.0})]


def raising(ctx: Context, cue: CueMatch, s0: int, s1: int, before: int) -> list[Candidate]:
    """``X seems to ...``, ``X appeared poised to ...``, ``it seems likely that ...``:
    PolNeAR takes the subject and the complement as the content, mostly with no source
    (the subject where it names one); "X appeared on Fox News" (no complement) is no
    attribution. An evidential adverb ("the hackers have reportedly infiltrated …")
    reads the same way, its clause the content, with no source."""
    view = ctx.view
    lower = view.lower
    m = ctx.next_tok(cue.end, s1)
    while m < s1 and ctx.tag(m) == "ADV" and lower[m] not in ("not", "as"):
        m = ctx.next_tok(m + 1, s1)
    if m >= s1:
        return []
    w, t = lower[m], ctx.tag(m)
    adverb = lower[cue.start].endswith("ly")  # "X is reportedly spending": the clause
    if not (
        (adverb and t in ("VERB", "AUX", "ADP", "DET", "NUM"))
        or to_verb(ctx, m, s1)
        or w in RAISING_OPENERS
        or t == "ADJ"
        or (t == "VERB" and w.endswith(("ed", "en")) and w not in ctx.aux_words)
    ):
        return []
    start = m
    speaker: tuple[int, int] | None = None
    j = ctx.skip_left_aux(before, s0)
    if j >= s0:
        subj = np_left(view, ctx.tag, j + 1, s0)
        if subj is not None:
            start = subj
            if not adverb:
                speaker = (subj, j + 1)  # where PolNeAR names a source, it is the subject
    span = ctx.trim_content(start, to_clause_end(ctx, m, s1))
    if span is None:
        return []
    entry = cue.entry
    return [
        ctx.candidate(
            span, (cue.start, cue.end), entry.cue_type, "indirect", speaker, rule=RAISING
        )
    ]


def passive(ctx: Context, cue: CueMatch, s0: int, s1: int, be: int) -> list[Candidate]:
    """``X is expected to ...``, ``was asked (by Y) whether ...``, ``Asked about X, ...``:
    the complement is the content, an agent "by Y" the source; a raised subject ("X is
    expected to ...") belongs to the content."""
    view = ctx.view
    lower = view.lower
    frames = cue.entry.frames
    k = ctx.skip_right_adjuncts(ctx.next_tok(cue.end, s1), s1)
    speaker: tuple[int, int] | None = None
    start, frame = -1, ""
    m = k
    limit = min(s1, k + 16)
    while m < limit:
        w = lower[m]
        if w in (",", ":") and ctx.next_tok(m + 1, s1) in ctx.open_at and be >= 0:
            # 'Trump was asked, “What’s the most dangerous place …?”': the question
            span = ctx.quote_at(ctx.next_tok(m + 1, s1))
            if span is None:
                return []
            return [
                ctx.candidate(
                    span, (be, cue.end), cue.entry.cue_type, "direct", speaker,
                    rule=PASSIVE_QUESTION,
                )
            ]
        if w in (",", ";", ":") or w in TERMINAL or m in ctx.open_at:
            break
        if w == "by" and speaker is None:
            end = np_right(view, ctx.tag, ctx.next_tok(m + 1, s1), s1)
            if end is not None:
                speaker = (ctx.next_tok(m + 1, s1), end)
                m = end
                continue
        if w == "to" and to_verb(ctx, m, s1):
            start, frame = m, "to"
            break
        if "tell" in frames and (w in COMPLEMENTIZERS - {"that", "who", "which"} or (
                question_word(ctx, m, s1) or (m == k and w in ("who", "which")))):
            start, frame = m, "that"
            break
        if w in ("about", "for") and "tell" in frames:
            start, frame = m + 1, "object"
            break
        m += 1
    if start < 0:
        return []
    if frame == "to":
        end = to_clause_end(ctx, start, s1)
    elif frame == "object":
        end = object_end(ctx, start, s1, cue.entry.lemma)
    else:
        end = clause_end(ctx, start, s1)
    if be < 0:
        # A participle clause ("Asked if ..., Ryan said") ends at its comma, or at a
        # spaced dash ('when asked how she would define the "establishment" - the term …').
        for i in range(start, end):
            if ctx.in_quote[i] < 0 and (
                view.words[i] == ","
                or (view.words[i] in DASH_TOKENS and view.starts[i] > view.ends[i - 1])
            ):
                end = i
                break
    elif frame == "to" and "to" in frames:
        subj = np_left(view, ctx.tag, be, s0)
        if subj is not None:
            start = subj
    span = ctx.trim_content(start, end)
    if span is None:
        return []
    c0 = be if be >= 0 else cue.start
    return [
        ctx.candidate(
            span, (c0, cue.end), cue.entry.cue_type, "indirect", speaker,
            rule=PASSIVE_CLAUSE if be >= 0 else PARTICIPLE_CLAUSE,
            # "Asked about the agreement, …": the question's topic, a noun phrase
            evidence={"np_content": 1.0} if frame == "object" else None,
        )
    ]


def passive_naming(ctx: Context, cue: CueMatch, s0: int, s1: int, be: int) -> list[Candidate]:
    """``X has been called “Y” (by Z)``: what someone called X. As with "X is expected
    to …", the subject and the name are the content; an agent "by Z" is the source."""
    view = ctx.view
    lower = view.lower
    k = ctx.skip_right_adjuncts(ctx.next_tok(cue.end, s1), s1)
    if k >= s1 or not (
        k in ctx.open_at or ctx.tag(k) in ("DET", "ADJ", "NOUN", "PROPN") or lower[k] == "as"
    ):
        return []
    end = object_end(ctx, k, s1, cue.entry.lemma)
    if not any(ctx.in_quote[m] >= 0 for m in range(k, end)):
        return []  # only a quoted name is reported speech: not "was called a liar"
    if k in ctx.open_at:
        t0, t1 = ctx.region_toks[ctx.open_at[k]]
        if t1 >= end and all(view.words[m][:1].isupper() for m in range(t0 + 1, t1 - 1)
                             if view.words[m][:1].isalpha()):
            return []  # "The song is called “Come Together”": a title, no one's words
    for m in range(k + 1, end):
        if lower[m] == "by" and ctx.in_quote[m] < 0:
            end = m  # '"strategic ambiguity" by Joshua Hendrick': the agent follows
            break
    speaker: tuple[int, int] | None = None
    agent = ctx.next_tok(end, s1)
    if agent < s1 and lower[agent] == "by":
        a = ctx.next_tok(agent + 1, s1)
        e = np_right(view, ctx.tag, a, s1)
        if e is not None:
            speaker = (a, e)
    aux = ctx.skip_left_aux(be, s0)  # "has been", "had been"
    start = np_left(view, ctx.tag, aux + 1, s0) if aux >= s0 else None
    span = ctx.trim_content(start if start is not None else k, end)
    if span is None:
        return []
    return [
        ctx.candidate(
            span, (be, cue.end), cue.entry.cue_type, "indirect", speaker, rule=NAMING,
            evidence={"np_content": 1.0},
        )
    ]


# What may follow a passive's agent when the subject is the content: the clause ends
# ("was criticized by Democrats on Monday."), no complement ("… by reporters whether").
AGENT_COMPLEMENTS = frozenset(["to", "whether", "that", "if", "about", "for", "as"])
# Words between "be" and the participle the coarse tags may read as no adverb.
AGENT_ADVERBS = frozenset(["first", "later", "not", "n't", "never", "long", "widely"])


def passive_agent(
    ctx: Context, cue: CueMatch, s0: int, s1: int, before: int
) -> list[Candidate] | None:
    """``X was criticized by Y``: a passive participle cue with an agent and no
    complement reports its subject, the noun phrase before the form of "be"; the agent
    is the source (PARC's passive attributions, Pareti 2016). None when the cue is not
    of that shape."""
    view = ctx.view
    lower = view.lower
    last = cue.end - 1
    if before < s0 or not (lower[last].endswith(("ed", "en", "wn")) or ctx.tag(last) == "VERB"):
        return None
    k = ctx.next_tok(cue.end, s1)
    for _ in range(2):  # "favored strongly by", "first reported by"
        if k < s1 and ctx.tag(k) == "ADV":
            k = ctx.next_tok(k + 1, s1)
    if k >= s1 or lower[k] != "by" or ctx.in_quote[k] >= 0:
        return None
    a = ctx.next_tok(k + 1, s1)
    if a >= s1 or (ctx.tag(a) == "VERB" and lower[a].endswith("ing")):
        return None  # "concluded by admonishing …": a means, no agent
    e = np_right(view, ctx.tag, a, s1)
    if e is None:
        return None
    nxt = ctx.next_tok(e, s1)
    if nxt < s1 and (lower[nxt] in AGENT_COMPLEMENTS or nxt in ctx.open_at):
        return None  # "was asked by reporters whether …": the complement is the content
    b = before
    while b >= s0 and (ctx.tag(b) == "ADV" or lower[b] in AGENT_ADVERBS):
        b = ctx.prev_tok(b, s0)
    if b < s0 or lower[b] not in BE_FORMS or lower[b] in ("'s", "’s"):
        # Not "a practice criticized by …": a reduced relative's noun phrase is marked
        # for a fifth of such readings on PolNeAR train, a passive's subject for 61 %.
        return None
    be = b
    end = ctx.skip_left_aux(be, s0) + 1
    start = np_left(view, ctx.tag, end, s0)
    if start is None:
        return None
    span = ctx.trim_content(start, end, strip_that=False)
    if span is None:
        return []
    return [
        ctx.candidate(
            span, (be, cue.end), cue.entry.cue_type, "indirect",
            (a, e), rule=PASSIVE_CLAUSE, evidence={"np_content": 1.0},
        )
    ]
