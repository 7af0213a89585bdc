"""Pre-posed sources: "X said (that) …", "X told Reuters …", "As X said, …", "X, who said …".

The source comes first, then the cue, an optional addressee and adjuncts, and the
content as the cue's frame takes it: a that-clause, a quotation, a bare clause, an
infinitive or an object (the frames of ``data/cues.tsv``).
"""

from __future__ import annotations

from ...candidates import Candidate
from ..clauses import clause_end, first_comma, object_end, relative_end, to_clause_end
from ..complements import complement_start, past_adjuncts
from ..context import Context
from ..cues import CueMatch
from ..predicates import has_predicate, relative_that, subjectless
from ..shapes import sentence_initial
from ..sources import parenthetical_relative_source, subordinate_source
from ..words import (
    ADJECTIVE_PREPS,
    BE_FORMS,
    COMPLEMENTIZERS,
    DASH_TOKENS,
    FINITE_AUX,
    MEDIUM_WORDS,
    NAMING_LEMMAS,
    TERMINAL,
    TOPIC_PREPS,
)
from .registry import Example, declare

THAT_CLAUSE = declare(
    "preposed.that_clause",
    "preposed",
    "SOURCE CUE (ADDRESSEE) that|whether|wh-|: CONTENT",
    frames=["say", "that", "tell"],
    examples=[
        Example(
            "Trump told reporters on Monday that he would win.", "he would win", "Trump", "told",
        ),
        Example(  # two addressees
            "Trump told voters and Twitter followers that the senator should quit.",
            "the senator should quit", "Trump", "told",
        ),
        Example(  # a coordinated participle set off after the source's noun
            "A legal opinion drafted in May, and obtained by AP, concluded that it was legal.",
            "it was legal",
            "A legal opinion drafted in May",
            "concluded",
        ),
        Example(  # a cue coordinated in a subordinate clause takes that clause's subject
            "Stocks fell after the central bank raised rates and said that prices rose.",
            "prices rose",
            "the central bank",
            "said",
        ),
        Example(  # an aside after the auxiliary
            "The minister has, in recent weeks, said that the plan will go ahead.",
            "the plan will go ahead", "The minister", "said",
        ),
        Example(
            "Officials asked whether the plan would work.",
            "whether the plan would work",
            "Officials",
            "asked",
        ),
        Example(  # an aside set off by commas, dashes or brackets before "that"
            "Manafort said, in a rare interview, that Trump raised $4 million.",
            "Trump raised $4 million", "Manafort", "said",
        ),
        Example(
            "Manafort said — on Twitter, as it happens — that Trump raised $4 million.",
            "Trump raised $4 million",
            "Manafort",
            "said",
        ),
    ],
    counter_examples=["The plan that officials drafted would work."],
)
QUOTATION = declare(
    "preposed.quotation",
    "preposed",
    "SOURCE CUE (ADDRESSEE)(,|:) “QUOTE”: the quotation after the cue",
    frames=["say", "that", "tell"],
    examples=[
        Example(
            "Clinton said: “We are stronger together.”",
            "“We are stronger together.”",
            "Clinton",
            "said",
        ),
        Example(  # a passive before the cue's "to": its subject speaks
            "Trump was prompted to say, “I cannot believe how civil it has been.”",
            "“I cannot believe how civil it has been.”",
            "Trump",
            "say",
        ),
    ],
)
BARE_CLAUSE = declare(
    "preposed.bare_clause",
    "preposed",
    "SOURCE CUE CONTENT: a reported clause with no complementizer (he said it was over; "
    "learned he had lost, a cue that otherwise needs 'that')",
    frames=["say", "that"],
    examples=[
        Example(
            "The senator said the bill would pass.", "the bill would pass", "The senator", "said",
        ),
        Example(  # a "that" cue, its complementizer left out before a finite clause
            "Officials learned he had been bumped off the stage.",
            "he had been bumped off the stage", "Officials", "learned",
        ),
        Example(
            "Pence said in politics it takes time.", "in politics it takes time", "Pence", "said",
        ),
        Example(  # a place inside the name's relative clause, then an aside
            "Ishikawa Haruto, 63, who runs stores in Kawaguchi, Saitama Prefecture, with "
            "his wife, said he worked nights.",
            "he worked nights",
            "Ishikawa Haruto",
            "said",
        ),
    ],
    counter_examples=["The senator said.", "The senator said in a statement on Monday.",
                      "She learned English from her mother."],
)
INFINITIVE = declare(
    "preposed.infinitive",
    "preposed",
    "SOURCE CUE (ADDRESSEE) to VERB …: an infinitive content (wants to …, urged X to …)",
    frames=["to", "tell"],
    examples=[
        Example(
            "The governor vowed to veto the bill.", "to veto the bill", "The governor", "vowed",
        ),
        Example(  # what ", including …" adds is part of the content
            "Sanders promised to act on immigration, including deportation relief.",
            "to act on immigration, including deportation relief",
            "Sanders",
            "promised",
        ),
        Example(  # a negated infinitive; "and" with a new subject ends it
            "Biden decided not to enter the race and she performed well.",
            "not to enter the race",
            "Biden",
            "decided",
        ),
    ],
)
OBJECT = declare(
    "preposed.object",
    "preposed",
    "SOURCE CUE OBJECT: the object noun phrase is the content (endorsed Trump; called it "
    "“a disgrace”)",
    frames=["object"],
    examples=[
        Example(
            "The mayor called the plan “a disgrace.”",
            "the plan “a disgrace.”",
            "The mayor",
            "called",
        ),
        Example(  # what ", including …" adds is part of the object
            "Rendell blamed several factors, including budget cuts.",
            "several factors, including budget cuts",
            "Rendell",
            "blamed",
        ),
    ],
)
TOPIC = declare(
    "preposed.topic",
    "preposed",
    "SOURCE CUE about|on|of|over|against OBJECT: what the report is about, the object "
    "of a preposition after a cue whose frame found no content (spoke about X, commented "
    "on X, warned of X); the preposition joins the cue",
    frames=["say", "that", "tell", "to", "object"],
    examples=[
        Example(
            "The senator spoke about the economy at a rally.",
            "the economy",
            "The senator",
            "spoke about",
        ),
        Example(
            "The company commented on those reports.",
            "those reports",
            "The company",
            "commented on",
        ),
    ],
    counter_examples=[
        "The senator spoke on Tuesday.", "The senator said about 20 people came.",
        "The senator spoke for 20 minutes.", "She responded on Twitter.",
        "The fundraisers signed on to help raise money.",
    ],
)
# The rule read the cue's object: the content is a noun phrase ("endorsed Trump").
NP_CONTENT = {"np_content": 1.0}
# The rule read a clause whose verb comes only after an adjunct opener: a noun phrase.
NO_PREDICATE = {"np_content": 1.0, "no_predicate": 1.0}
FRAME_RULES = {
    "that": THAT_CLAUSE,
    "quote": QUOTATION,
    "say": BARE_CLAUSE,
    "to": INFINITIVE,
    "object": OBJECT,
}
THEN_QUOTE = declare(
    "preposed.then_quote",
    "preposed",
    "He said: / Bystrom agreed. at a sentence end, then the quotation",
    frames=["say", "that", "tell"],
    examples=[
        Example(
            "Bystrom agreed. “It is a close race.”", "“It is a close race.”", "Bystrom", "agreed",
        ),
    ],
)
AS_SOURCE_SAID = declare(
    "preposed.as_source_said",
    "preposed",
    "As X said, CONTENT: the clause after the comma",
    frames=["say", "that", "tell"],
    examples=[
        Example(
            "As Crane said, the party is divided.", "the party is divided", "Crane", "said",
        ),
    ],
    counter_examples=["As Trump attacked Clinton, the crowd chanted."],
)
RELATIVE_SOURCE = declare(
    "preposed.relative_source",
    "preposed",
    "X, who CUE CONTENT: a relative pronoun is the source, its antecedent who it is",
    frames=["say", "that", "tell", "to", "object"],
    examples=[
        Example(
            "Trump, who said the wall would be paid for, spoke on Monday.",
            "the wall would be paid for",
            "who",
            "said",
        ),
    ],
)


def as_source_said(
    ctx: Context,
    cue: CueMatch,
    s0: int,
    s1: int,
    after: int,
    speaker: tuple[int, int],
    description: tuple[int, int] | None,
) -> list[Candidate] | None:
    """``As X said, CONTENT``: the clause after the comma; None when the sentence is
    not of that shape."""
    view = ctx.view
    lower = view.lower
    entry = cue.entry
    frames = entry.frames
    cs, ce = cue.start, cue.end
    # "As Purple PAC's Crane said, CONTENT."
    p = ctx.prev_tok(speaker[0], s0)
    if (
        p >= s0
        and lower[p] == "as"
        and (sentence_initial(ctx, p, s0) or ctx.view.words[ctx.prev_tok(p, s0)] == ",")
    ):
        adj = ctx.skip_right_adjuncts(after, s1)
        comma = past_adjuncts(ctx, adj, s1)
        if (
            comma < s1
            and view.words[comma] == ","
            # "As Trump attacked Clinton, …": an object, so no report of what follows;
            # a time ("just a few years earlier") or an addressee may stand there
            and (
                ctx.tag(adj) == "ADP"
                or "tell" in frames
                or not any(
                    ctx.tag(m) in ("NOUN", "PROPN") and lower[m] not in ctx.time_words
                    for m in range(adj, comma)
                )
            )
        ):
            a = ctx.next_tok(comma + 1, s1)
            span = ctx.trim_content(a, clause_end(ctx, a, s1, lower[cs]))
            if span is None:
                return []
            return [
                ctx.candidate(
                    span,
                    (cs, ce),
                    entry.cue_type,
                    "indirect",
                    speaker,
                    description,
                    rule=AS_SOURCE_SAID,
                )
            ]
    return None


def preposed(
    ctx: Context,
    cue: CueMatch,
    s0: int,
    s1: int,
    after: int,
    speaker: tuple[int, int] | None,
    description: tuple[int, int] | None,
    inherit: Candidate | None,
) -> list[Candidate]:
    """``SOURCE CUE [ADDRESSEE] (that|:|,) CONTENT``, and a cue closing its sentence
    before a quotation ("He said:" / "Bystrom agreed." then “…”)."""
    view = ctx.view
    lower = view.lower
    entry = cue.entry
    cs, ce = cue.start, cue.end
    # Pre-posed: SOURCE CUE [ADDRESSEE] (that|:|,) CONTENT
    k = after
    k = ctx.skip_right_adjuncts(k, s1)
    if k >= s1 or (view.words[k] in TERMINAL and ctx.next_tok(k + 1, s1) >= s1):
        # "He said:" / "Bystrom agreed." at a sentence end, then the quote itself.
        nq = ctx.next_tok(max(k, s1), len(view.words))
        if nq in ctx.open_at and (
            view.words[ctx.prev_tok(max(k, s1), 0)] == ":" or view.para_of[nq] == view.para_of[cs]
        ):
            span = ctx.quote_at(nq)
            if span is None:
                return []
            return [
                ctx.candidate(
                    span,
                    (cs, ce),
                    entry.cue_type,
                    "direct",
                    speaker,
                    description,
                    inherit=inherit,
                    rule=THEN_QUOTE,
                )
            ]
        return []
    start_tok, frame = complement_start(ctx, cue, k, s1)
    if start_tok is None:
        return topic_object(ctx, cue, k, s1, speaker, description, inherit)
    if frame == "that" and relative_that(ctx, start_tok, s0, s1):
        return []  # "the contact calls that decided the game": a relative "that", no clause
    if frame == "say" and lower[start_tok] == "as" and cue.entry.lemma not in NAMING_LEMMAS and (
            ctx.tag(ctx.next_tok(start_tok + 1, s1)) in ("PRON", "NOUN", "PROPN")) and not any(
            k in ctx.open_at for k in range(start_tok, s1)):  # (a quotation after: its own)
        return []  # "chief warns as typhoon nears", "said as she turned": a time, no report
    if frame == "say" and subjectless(ctx, cue.start, start_tok, s0):
        return []  # "Audit report puts final bill at …": a verb with no subject, the cue a noun
    hi = s1
    if start_tok in ctx.open_at:
        hi = max(s1, ctx.region_toks[ctx.open_at[start_tok]][1])
    evidence = NP_CONTENT if frame == "object" else None
    if frame == "say" and start_tok not in ctx.open_at and not has_predicate(ctx, start_tok, hi):
        # "reported a profit | as freight rates rose": no verb before the adjunct, a noun
        # phrase (evidence for the decider; PolNeAR annotates some), no quote by default
        evidence = NO_PREDICATE
    if frame == "to":
        end = to_clause_end(ctx, start_tok, s1, lower[cs])
    elif frame == "object":
        end = object_end(ctx, start_tok, hi, entry.lemma, lower[cs])
    else:
        end = clause_end(ctx, start_tok, hi, lower[cs])
    if (
        frame == "quote"
        and start_tok in ctx.open_at
        and view.words[ctx.prev_tok(start_tok, s0)] == ":"
        and ctx.regions[ctx.open_at[start_tok]].closed
    ):
        # 'Clinton said: "…," but in fact …': after a colon the quotation is the content.
        end = min(end, ctx.region_toks[ctx.open_at[start_tok]][1])
    elif frame == "quote" and start_tok in ctx.open_at and (
        ctx.regions[ctx.open_at[start_tok]].closed
    ):
        shut = ctx.region_toks[ctx.open_at[start_tok]][1]
        after = ctx.next_tok(shut, hi)
        if after < end and (lower[after] == "(" or (
            lower[after] == "," and lower[ctx.next_tok(after + 1, hi)] in ("a", "an")
        )):
            end = shut  # 'chanted "Naukri do, vote lo" (Give jobs, take votes) as she spoke'
    if speaker is not None and (  # (from a description before the name: "When the
        # director, James Comey, said …, experts …")
        subordinate_source(ctx, lead := min(speaker[0], (description or speaker)[0]), s0)
        or parenthetical_relative_source(ctx, lead, s0)
    ):
        # "When he says he intends to …, it would seem", "The decision, which critics say
        # will raise rents, passed": the clause ends at its comma, the rest the writer's
        end = min(end, first_comma(ctx, start_tok, end))
    span = ctx.trim_content(start_tok, end, strip_that=frame != "object")
    if span is None:
        return []
    return [
        ctx.candidate(
            span,
            (cs, ce),
            entry.cue_type,
            "indirect",
            speaker,
            description,
            inherit=inherit,
            rule=FRAME_RULES[frame],
            evidence=evidence,
        )
    ]


def predicative(ctx: Context, cs: int) -> bool:
    """Does the cue at token ``cs`` stand after a form of "be", over adverbs ("was
    critical", "are deeply worried"), or start with one ("was critical" as one cue)?"""
    lower = ctx.view.lower
    k = cs if lower[cs] in BE_FORMS else ctx.prev_tok(cs, 0)
    while k > 0 and ctx.tag(k) == "ADV":
        k = ctx.prev_tok(k, 0)
    return k >= 0 and lower[k] in BE_FORMS


# The words that open a topic clause after the preposition ("spoke about how …").
WH_TOPICS = frozenset(["how", "why", "whether", "what", "where", "when", "who"])
MANNER_REACH = 2  # adverbs and particles between a cue and its topic's preposition


def past_manner(ctx: Context, k: int, s1: int) -> int:
    """From token ``k`` over up to two manner adverbs or an "out" particle to the
    preposition after them ("spoke favorably | of", "spoke out sharply | against");
    ``k`` itself when no topic preposition follows them."""
    lower = ctx.view.lower
    m = k
    for _ in range(MANNER_REACH):
        if m >= s1 or not (ctx.tag(m) == "ADV" or lower[m] == "out") or ctx.in_quote[m] >= 0:
            break
        m = ctx.next_tok(m + 1, s1)
        if m < s1 and lower[m] in TOPIC_PREPS:
            return m
    return k


# What a topic's noun phrase opens with (or a gerund: "joked about moving").
TOPIC_OPENERS = frozenset(["DET", "NOUN", "PROPN", "PRON", "ADJ"])


def topic_object(
    ctx: Context,
    cue: CueMatch,
    k: int,
    s1: int,
    speaker: tuple[int, int] | None,
    description: tuple[int, int] | None,
    inherit: Candidate | None,
) -> list[Candidate]:
    """``SOURCE CUE about|on|of … OBJECT``: the preposition's object noun phrase is what
    the report is about, when the cue is a verb and its frame found no content there
    ("spoke about the economy", "would comment on those reports"); not a time or a
    measure ("spoke on Tuesday", "said about 20 people came")."""
    view = ctx.view
    lower = view.lower
    # A predicative adjective's complement ("was critical of | Obama's leadership", "are
    # confident in | the outcome", "was troubled by | her handling"): its prepositions
    # are more.
    adjective = ctx.tag(cue.end - 1) == "ADJ" and predicative(ctx, cue.start)
    m = past_manner(ctx, k, s1)  # "spoke briefly about", "spoke out sharply against"
    if m != k and ctx.skip_right_adjuncts(m, s1) != m:
        return []  # "spoke briefly on Tuesday": a time
    k = m
    if k >= s1 or ctx.in_quote[k] >= 0 or not (
        lower[k] in TOPIC_PREPS or (adjective and lower[k] in ADJECTIVE_PREPS)
    ):
        return []
    if ctx.tag(cue.end - 1) not in ("VERB", "AUX") and not adjective and not (
        cue.end - cue.start > 1 and ctx.tag(cue.start) == "AUX"
    ):  # (a verb group's last word is its verb: "will focus on | X")
        return []
    first = ctx.next_tok(k + 1, s1)
    if first < s1 and lower[first] in WH_TOPICS and ctx.in_quote[first] < 0:
        # "spoke about | how the consulate had been taken", "talking about | what …"
        span = ctx.trim_content(first, clause_end(ctx, first, s1, lower[cue.start]),
                                strip_that=False)
        return [] if span is None else [ctx.candidate(
            span, (cue.start, k + 1), cue.entry.cue_type, "indirect", speaker, description,
            inherit=inherit, rule=TOPIC)]
    if first >= s1 or (first not in ctx.open_at and (
        ctx.tag(first) not in TOPIC_OPENERS
        and not (ctx.tag(first) == "VERB" and lower[first].endswith("ing"))
    )):
        return []  # "signed on to help": a particle, then no noun phrase
    end = object_end(ctx, first, s1, cue.entry.lemma, lower[cue.start])
    words = [i for i in range(first, end) if not view.is_space[i] and ctx.tag(i) != "DET"]
    if not words or all(lower[i] in ctx.time_words or ctx.tag(i) == "NUM" for i in words) or (
            lower[k] == "on" and {lower[i] for i in words[-2:]} & MEDIUM_WORDS):
        return []  # "spoke on Tuesday", "over the weekend", "said on Twitter": no topic
    span = ctx.trim_content(first, end, strip_that=False)
    if span is None:
        return []
    return [
        ctx.candidate(
            span,
            (cue.start, k + 1),
            cue.entry.cue_type,
            "indirect",
            speaker,
            description,
            inherit=inherit,
            rule=TOPIC,
            evidence=NP_CONTENT,
        )
    ]


def post_relative(
    ctx: Context,
    cue: CueMatch,
    rel: tuple[int, int],
    ante: tuple[int, int],
    s0: int,
    s1: int,
    prior: list[Candidate],
) -> list[Candidate]:
    """ "Trump, who said the wall ...": speaker "who" (antecedent Trump), content after."""
    view = ctx.view
    after = ctx.skip_right_adjuncts(ctx.next_tok(cue.end, s1), s1)
    start_tok, frame = complement_start(ctx, cue, after, s1)
    if start_tok is None:
        return []
    if frame in ("to", "object"):
        if frame == "to":
            end = to_clause_end(ctx, start_tok, s1)
        else:
            end = object_end(ctx, start_tok, s1, cue.entry.lemma)
        end = relative_end(ctx, start_tok, end)
    else:
        end = clause_end(ctx, start_tok, s1)
        # A non-restrictive relative clause ends at its closing comma.
        k = start_tok
        dashed = view.words[ctx.prev_tok(rel[0], s0)] in DASH_TOKENS
        while k < end:
            q = ctx.in_quote[k]
            if q >= 0:
                # '… "not a natural politician," Hillary Clinton had': that comma too
                r_end = ctx.region_toks[q][1]
                if view.words[r_end - 2] == "," and r_end < end:
                    end = r_end
                    break
                k = max(k + 1, r_end)
                continue
            if view.words[k] == "," or (dashed and view.words[k] in DASH_TOKENS):
                end = k  # its closing comma, or dash ("the sign — which read “…” —")
                break
            k += 1
        if view.words[ctx.prev_tok(rel[0], s0)] != "," and not dashed:
            end = main_verb(ctx, start_tok, end)  # "A man who said … was cheered"
    if frame != "to" and view.lower[start_tok] in ("at", "to") and ctx.tag(start_tok + 1) in (
            "DET", "PRON", "PROPN", "NOUN") and view.lower[start_tok + 1] not in ("least", "most"):
        return []  # "who shouted at the witness was told to leave": whom, no content
    span = ctx.trim_content(start_tok, end)
    if span is None:
        return []
    evidence = NP_CONTENT if frame == "object" else None
    if (frame == "say" or (frame == "that" and ctx.view.lower[ctx.prev_tok(start_tok, 0)] != (
            "that"))) and start_tok not in ctx.open_at and not has_predicate(
            ctx, start_tok, end):  # "China, which claims almost all of the South China
        # Sea, …", "which reported a 41% drop": a noun phrase, no reported clause
        evidence = NO_PREDICATE
    cs = cue.start
    return [
        ctx.candidate(
            span,
            (cs, cue.end),
            cue.entry.cue_type,
            "indirect",
            rel,
            None,
            antecedent=ante,
            rule=RELATIVE_SOURCE,
            evidence=evidence,
        )
    ]


def main_verb(ctx: Context, a: int, b: int) -> int:
    """Where a restrictive relative's reported clause (tokens ``a``..``b``) ends: at the
    second finite auxiliary after a content word, the main clause's verb resuming ("A man
    who said taxes were too high | was cheered"), unless a complementizer, a conjunction
    or a quotation comes first; else ``b``."""
    lower, seen = ctx.view.lower, False
    for k in range(a + 1, b):
        if lower[k] in COMPLEMENTIZERS or lower[k] in ("and", "or", "but") or (
                ctx.in_quote[k] >= 0):
            return b
        if lower[k] in FINITE_AUX and ctx.tag(k - 1) in ("NOUN", "PROPN", "ADJ", "ADV", "NUM"):
            if seen:
                return k
            seen = True
    return b
