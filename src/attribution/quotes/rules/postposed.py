"""Post-posed and inverted sources: "“…,” he said", "…, said the minister", "Said X, “…”".

The content comes first and the attribution after a comma or closing quote mark, with
the source before the cue or, inverted, after it (Krestel et al. 2008); an interrupted
report continues after the attribution, and quotations right before or after share it.
"""

from __future__ import annotations

from ...candidates import Candidate
from ...phrases import np_right
from ..appositives import right_appositive
from ..complements import (
    adjacent_quotes_before,
    comma_before_quote,
    content_after_parenthetical,
    content_before,
    past_adjuncts,
)
from ..context import Context
from ..cues import CueMatch
from ..predicates import has_predicate
from ..shapes import (
    adverbial,
    describes_speaker,
    rest_is_adjunct,
    subordinate_start,
)
from ..words import CLOSE_MARKS, RELATIVES, SOURCE_CLASSES, TERMINAL
from .registry import Example, declare

SOURCE_CUE = declare(
    "postposed.source_cue",
    "postposed",
    "CONTENT, SOURCE CUE: the content before the comma or closing quote mark",
    frames=["say", "that", "tell"],
    examples=[
        Example(
            "“We will win,” she said.",
            "“We will win,”",
            "she",
            "said",
        ),
        Example(
            "The economy is strong, the minister told reporters on Monday.",
            "The economy is strong",
            "the minister",
            "told",
        ),
        Example(
            "The firm will hire 150 people, co-founder and chief executive Ananya Raghavan said.",
            "The firm will hire 150 people",
            "co-founder and chief executive Ananya Raghavan",
            "said",
        ),
        Example(  # a subject split from its predicate: the subject is the first piece
            "The new plan, the mayor said, would cost billions.",
            "The new plan",
            "the mayor",
            "said",
        ),
    ],
    counter_examples=["After the vote, the minister told reporters that it passed."],
)
INVERTED = declare(
    "postposed.inverted",
    "postposed",
    "CONTENT, CUE SOURCE: the source after the cue (…, said the minister)",
    frames=["say", "that"],
    examples=[
        Example(
            "The race will be tight, said Dan Gerstein, a Democratic consultant.",
            "The race will be tight",
            "Dan Gerstein",
            "said",
        ),
    ],
    counter_examples=["Baek Jong-hoon, speaking on the same call, denied the report.",
                      "Pass Media LLC, the production company, reported a profit of $3 million."],
)
AFTER_INTERRUPTION = declare(
    "postposed.after_interruption",
    "postposed",
    "A, SOURCE CUE, B: one report interrupted by its attribution; B is read too",
    frames=["say", "that", "tell"],
    examples=[
        Example(
            "If politics gets in the way, he said, Congress can still pass the bill.",
            "Congress can still pass the bill",
            "he",
            "said",
        ),
        Example(
            "The new plan, the mayor said, would cost billions.",
            "would cost billions",
            "the mayor",
            "said",
        ),
    ],
    counter_examples=[
        "A firm was paid for work never done, said Rosaura Quintero, who heads the office.",
    ],
)
QUOTE_BEFORE = declare(
    "postposed.quote_before",
    "postposed",
    "“A.” “B,” he added.: a quotation right before the attributed one is the same speaker's",
    frames=["say", "that", "tell"],
    examples=[
        Example(
            "“We are ready.” “We will win,” he added.",
            "“We are ready.”",
            "he",
            "added",
        ),
    ],
)
SECOND_HALF = declare(
    "postposed.second_half",
    "postposed",
    "“A,” he said, “B”: the quotation after the attribution shares its source and cue",
    frames=["say", "that", "tell"],
    examples=[
        Example(
            "“We will win,” he said, “and we will win big.”",
            "“and we will win big.”",
            "he",
            "said",
        ),
    ],
)
SENTENCE_INITIAL = declare(
    "postposed.sentence_initial",
    "postposed",
    "Said X, “…”: a cue opening its sentence, the source after it, then the quotation",
    frames=["say", "that"],
    examples=[
        Example(
            "Said Dorothy Poynter, who grew up with Ali, “We were all so proud.”",
            "“We were all so proud.”",
            "Dorothy Poynter",
            "Said",
        ),
    ],
)


LEADS = frozenset(["ADP", "ADV"])  # what opens a fronted phrase ("In …", "Earlier in …")


def postposed(
    ctx: Context,
    cue: CueMatch,
    s0: int,
    s1: int,
    after: int,
    left_boundary: int,
    speaker: tuple[int, int] | None,
    description: tuple[int, int] | None,
    prior: list[Candidate],
) -> list[Candidate]:
    """``CONTENT, SOURCE CUE`` and ``CONTENT, CUE SOURCE``: the content before the comma
    or closing mark at ``left_boundary``; with it the clause after an interrupting
    attribution, the quotations right before, and the second half of "“…,” he said, “…”"."""
    view = ctx.view
    lower = view.lower
    entry = cue.entry
    cs, ce = cue.start, cue.end
    inverted = False
    if speaker is None:
        a = ctx.skip_right_adjuncts(after, s1)
        end = np_right(view, ctx.tag, a, s1)
        if end is None:
            return []
        speaker = (a, end)
        inverted = True
        description = right_appositive(ctx, end, s1)
        rest = ctx.next_tok(description[1] if description else end, s1)
        if not rest_is_adjunct(ctx, rest, s1) and not describes_speaker(ctx, rest, s1):
            return []
        if lower[a] in ("a", "an") and ctx.in_quote[left_boundary] < 0 and not (
                view.words[left_boundary] in CLOSE_MARKS or _may_speak(ctx, end - 1)):
            return []  # "…, reported a profit", "added a second knockdown": an object
    content = content_before(ctx, left_boundary, s0)
    if content is None:
        return []
    after_source = ce
    if inverted:
        after_source = description[1] if description else speaker[1]
    tail_content = content_after_parenthetical(ctx, after_source, s1, lower[cs])
    if tail_content is not None and (content[1] >= tail_content[0] or _apposed_np(
            ctx, view.token_at(tail_content[0]), s1)):
        tail_content = None
    # "The new plan, Smith said, would cost …": the lead-in is the subject of what
    # follows; both are read, the lead-in as a noun phrase (no quote on its own).
    split = (
        tail_content is not None
        and not inverted  # ", named Senbi on his belt, was cut": an aside, no report
        and not ctx.closes_region(left_boundary)
        and split_subject(ctx, view.token_at(content[0]), left_boundary, tail_content)
    )
    if (
        tail_content is not None
        and not split
        and not ctx.closes_region(left_boundary)
        and adverbial(ctx, s0, left_boundary)
    ):
        # "Instead, Trump told CNN, his policy would ...": the lead-in is too short
        # to be the content; what follows the attribution is.
        content, tail_content = tail_content, None
    quoted = ctx.in_quote[left_boundary] >= 0 or view.words[left_boundary] in CLOSE_MARKS
    if not quoted and tail_content is None and ctx.tag(view.token_at(content[0])) in LEADS and (
        adverbial(ctx, view.token_at(content[0]), left_boundary)
    ):
        return []  # "Earlier in the day, the Senators said …": a fronted phrase, no content
    if inverted and not quoted and (
        subject_aside(ctx, view.token_at(content[0]), view.token_at(content[1] - 1) + 1)
        # "Tomás Rivera, a paramedic, said the ambulances waited": a subject and its
        # apposition, no verb, are no content
        or apposed_subject(ctx, view.token_at(content[0]), view.token_at(content[1] - 1) + 1)
    ):
        return []  # "Baek Jong-hoon, speaking on the call, denied the report": no content
    evidence = {"quote_boundary": 1.0} if quoted else (SPLIT_SUBJECT if split else None)
    cands = [
        ctx.candidate(
            content,
            (cs, ce),
            entry.cue_type,
            "indirect",
            speaker,
            description,
            rule=INVERTED if inverted else SOURCE_CUE,
            evidence=evidence,
        )
    ]
    if (
        tail_content is not None
        and (
            not ctx.closes_region(left_boundary)
            # '“We are concerned,” the members wrote in a letter, that …'
            or view.lower[ctx.prev_tok(view.token_at(tail_content[0]), s0)] == "that"
        )
        and not subordinate_start(ctx, tail_content[0])
        # "…, said Rosaura Quintero, who heads the audit office.": the speaker's clause
        and view.lower[view.token_at(tail_content[0])] not in RELATIVES - {"that"}
    ):
        # "If politics gets in the way, he said, Congress can still pass it": one
        # report, interrupted by its attribution.
        cands.append(
            ctx.candidate(
                tail_content, (cs, ce), entry.cue_type, "indirect", speaker, description,
                rule=AFTER_INTERRUPTION,
            )
        )
    # '“A.” “B,” he added.': a quotation right before, with nothing between, is
    # the same speaker's.
    for before_span in adjacent_quotes_before(ctx, content[0], prior):
        cands.append(
            ctx.candidate(
                before_span, (cs, ce), entry.cue_type, "direct", speaker, description,
                rule=QUOTE_BEFORE,
            )
        )
    # "“…,” he said, “…”": the second half shares the source.
    tail = speaker[1] if inverted else ce
    tail = ctx.next_tok(tail, s1 if s1 > tail else tail)
    if description is not None and inverted:
        tail = ctx.next_tok(description[1], len(view.words))
    tail = past_adjuncts(ctx, tail, s1)
    if (
        ctx.closes_region(left_boundary)
        and tail < len(view.words)
        and view.words[tail] not in (",", ":")
    ):
        tail = comma_before_quote(ctx, tail, s1)
    if tail < len(view.words) and view.words[tail] in (",", ":"):
        q = ctx.next_tok(tail + 1, len(view.words))
        if q in ctx.open_at:
            span = ctx.quote_at(q)
            if span is not None:
                cands.append(
                    ctx.candidate(
                        span,
                        (cs, ce),
                        entry.cue_type,
                        "direct",
                        speaker,
                        description,
                        rule=SECOND_HALF,
                    )
                )
    return cands


# The lead-in of a split report is a noun phrase: a phrase content (no quote alone).
SPLIT_SUBJECT = {"np_content": 1.0}
# What opens a predicate whose subject stands before an interrupting attribution.
PREDICATE_TAGS = frozenset(["VERB", "AUX"])
SUBJECT_HEADS = frozenset(["NOUN", "PROPN", "PRON"])


def split_subject(ctx: Context, a: int, b: int, tail: tuple[int, int]) -> bool:
    """Is the lead-in ``a..b-1`` a noun phrase whose predicate follows the interrupting
    attribution ("The new plan, Smith said, | would cost billions")? Then both halves
    are the content (PARC annotates it as one content in two pieces), unlike a fronted
    phrase ("Instead, Trump told CNN, his policy would …")."""
    if ctx.tag(a) in LEADS or not any(ctx.tag(i) in SUBJECT_HEADS for i in range(a, b)):
        return False
    view = ctx.view
    t = view.token_at(tail[0])
    end = view.token_at(tail[1] - 1) + 1
    while t < end and ctx.tag(t) == "ADV":
        t = ctx.next_tok(t + 1, end)
    return t < end and ctx.tag(t) in PREDICATE_TAGS


def apposed_subject(ctx: Context, a: int, b: int) -> bool:
    """Are tokens ``a .. b`` a capitalised name, alone or with its apposition ("Tomás
    Rivera, a paramedic", "PT Sawit Makmur Lestari, one of the largest planters") or its
    relative clause ("Nathalie Kieffer, who heads the department"), with no verb?"""
    words, lower = ctx.view.words, ctx.view.lower
    comma = next((k for k in range(a + 1, b - 1) if words[k] == ","), None)
    rel = comma is not None and lower[comma + 1] == "who" and "," not in words[comma + 1 : b]
    return (
        words[a][:1].isupper()
        and (comma is None or lower[comma + 1] in ("a", "an", "the", "one") or rel)
        and all(words[k][:1].isupper() for k in range(a, b if comma is None else comma))
        and not any(ctx.tag(k) in ("VERB", "AUX") and not (  # ("listed planters")
            lower[k].endswith(("ed", "ing")) and k + 1 < b and ctx.tag(k + 1) == "NOUN")
            for k in range(a, comma if rel and comma is not None else b))
    )


def initial_inverted(ctx: Context, cue: CueMatch, a: int, s1: int) -> list[Candidate]:
    """'Said Dorothy Poynter, who grew up with Ali, “We were all so proud.”': a cue that
    opens the sentence, its source after it, then a comma or colon and the quotation."""
    view = ctx.view
    end = np_right(view, ctx.tag, a, s1)
    if end is None:
        return []
    description = right_appositive(ctx, end, s1)
    k = description[1] if description else end
    if k < s1 and view.words[k] == "," and view.lower[ctx.next_tok(k + 1, s1)] == "who":
        # a relative clause about the source, up to its closing comma
        first = ctx.next_tok(k + 1, s1)
        k = first
        while k < min(s1, first + 25) and view.words[k] != "," and ctx.in_quote[k] < 0:
            k += 1
        description = (first, k)
    if k >= s1 or view.words[k] not in (",", ":"):
        return []
    q = ctx.next_tok(k + 1, len(view.words))
    span = ctx.quote_at(q) if q in ctx.open_at else None
    if span is None:
        return []
    return [
        ctx.candidate(
            span, (cue.start, cue.end), cue.entry.cue_type, "direct", (a, end), description,
            rule=SENTENCE_INITIAL,
        )
    ]


def subject_aside(ctx: Context, a: int, b: int) -> bool:
    """Is tokens ``a .. b-1`` a subject and a participle aside set off after it, with no
    verb before the aside ("Baek Jong-hoon, speaking on the same call"), or a subject and
    its apposition with no verb? Then the cue after it is the subject's own verb, not an
    inverted report's."""
    words = ctx.view.words
    for i in range(a + 1, b - 1):
        if words[i] == "," and ctx.view.lower[i + 1].endswith("ing"):
            return not any(ctx.tag(j) in ("VERB", "AUX") for j in range(a, i))
    # "Counsel for the family, Priya Nair, asked the officer …": a description and the
    # name set off after it, no verb
    return "," in words[a:b] and words[b - 1][:1].isupper() and not any(
        ctx.tag(j) in ("VERB", "AUX") for j in range(a, b))


# The speaker-lexicon classes of a noun that may head an inverted source ("said a
# spokesman", "said an aide", "wrote a group of scientists").
SOURCE_NOUN_CLASSES = (*SOURCE_CLASSES, "gendered_male", "gendered_female", "company_noun",
                       "people_group", "indefinite", "nationality")


def _may_speak(ctx: Context, head: int) -> bool:
    """May the noun at token ``head``, after "a"/"an", be who speaks: a capitalised word,
    or a noun (or its singular) of a source's class in the speaker lexicon?"""
    w = ctx.view.lower[head]
    if ctx.view.words[head][:1].isupper() or ctx.tag(head) != "NOUN":
        return True
    lex = ctx.res.speakers
    forms = (w, w[:-1]) if w.endswith("s") else (w,)
    return any(lex.has(cls, f) for cls in SOURCE_NOUN_CLASSES for f in forms)


def _apposed_np(ctx: Context, a: int, s1: int) -> bool:
    """Does a noun phrase with its article, then a preposition, a relative pronoun or the
    sentence's end, open at token ``a`` after an attribution ("…, the ministry said on
    Sunday, the second increase in two years."): an apposition to the report, no clause?"""
    view = ctx.view
    if view.lower[a] not in ("the", "a", "an") or ctx.in_quote[a] >= 0:
        return False
    end = np_right(view, ctx.tag, a, s1)
    if end is None:
        return False
    nxt = ctx.next_tok(end, s1)
    return nxt >= s1 or view.words[nxt] in TERMINAL or (
        ctx.tag(nxt) == "ADP" and not has_predicate(ctx, a, s1)) or (
        view.lower[nxt] in ("that", "which", "who"))
