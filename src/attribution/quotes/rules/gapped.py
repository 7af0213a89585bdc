"""A report whose content is the object its cue lacks: a relative pronoun.

In "the trade legislation, which he once supported", "Rubio, whom many in the
establishment had backed" the cue has no object of its own: its object is the relative
pronoun (an object gap; Ross 1967, Huddleston & Pullum 2002 ch. 12), which PolNeAR marks
as the content (Newell et al. 2018). The reading applies when nothing the cue could take
as its object follows it (the sentence or the clause ends, a preposition or a time
comes next) and "which", "who" or "whom" after a noun or a comma stands right before
the source. On PolNeAR train "that" and "what" there were mostly no such report (a
complementizer, a free relative the writer uses: 17 of 125 marked), nor was the noun
phrase a contact clause modifies ("a fact he mentions": 22 of 63): they are not read
(proposing them anyway lost train F1). But such a cue's object readings are wrong too:
:func:`relative_gap` tells the other rules to read nothing after it.
"""

from __future__ import annotations

from ...candidates import Candidate
from ...phrases import POSSESSIVES
from ..context import Context
from ..cue_tagger import SOURCE as TAGGER_SOURCE
from ..cues import CueMatch
from ..readings import CUE_PREPOSITIONS
from ..words import BE_FORMS, NUMBER_WORDS
from .registry import Example, declare

OBJECT_RELATIVE = declare(
    "postposed.object_relative",
    "postposed",
    "ANTECEDENT, which|who|whom SOURCE CUE: the cue's missing object, the relative "
    "pronoun, is the content (the bill, which he once supported); or the first piece of "
    "it, the reported clause's missing subject (a plan which he said | was a mistake)",
    frames=["say", "that", "tell", "to", "object"],
    examples=[
        Example(
            "He turned against the trade bill, which he once supported, last year.",
            "which",
            "he",
            "supported",
        ),
        Example(
            "It hurts Rubio, whom many Republicans had backed in the hope of a win.",
            "whom",
            "many Republicans",
            "backed",
        ),
        Example(
            "They passed the bill, which he said was a mistake.",
            "which",
            "he",
            "said",
        ),
    ],
    counter_examples=[
        "He said that he agreed.",
        "The bill, which he said he supported, passed.",
        "It was a proposal that Manchin pushed three years ago.",
        "The bill, which he supported to the end, passed.",
    ],
)

RELATIVE_WORDS = frozenset(["which", "who", "whom"])


def object_relative(
    ctx: Context, cue: CueMatch, s0: int, s1: int, speaker: tuple[int, int] | None
) -> list[Candidate]:
    """The object-gap reading of a cue with a pre-posed ``speaker`` and no object after
    it: the relative pronoun before the speaker."""
    if speaker is None or not object_gap(ctx, cue, s1):
        return []
    p = _relative_before(ctx, speaker, s0, RELATIVE_WORDS)
    return [] if p is None else _pronoun_piece(ctx, cue, p, speaker)


def _relative_before(
    ctx: Context, speaker: tuple[int, int], s0: int, words: frozenset[str]
) -> int | None:
    """The relative pronoun (one of ``words``) right before ``speaker``, after a noun, a
    comma or a parenthesis ("the plan, which he said …"); else None."""
    view = ctx.view
    p = ctx.prev_tok(speaker[0], s0)
    if p < s0 or ctx.in_quote[p] >= 0 or view.lower[p] not in words:
        return None
    q = ctx.prev_tok(p, s0)
    if q < s0 or not (ctx.tag(q) in ("NOUN", "PROPN") or view.words[q] in (",", "(")):
        return None
    return p


def _pronoun_piece(
    ctx: Context, cue: CueMatch, p: int, speaker: tuple[int, int]
) -> list[Candidate]:
    """The relative pronoun at token ``p`` as a noun-phrase piece of the cue's content."""
    content = ctx.trim_content(p, p + 1, strip_that=False)
    if content is None:
        return []
    return [
        ctx.candidate(
            content, (cue.start, cue.end), cue.entry.cue_type, "indirect", speaker,
            rule=OBJECT_RELATIVE, evidence={"np_content": 1.0},
        )
    ]


GAP_PUNCT = frozenset([",", ".", ";", ":", "—", "–", "-", "--", ")", "!", "?", "…"])


def object_gap(ctx: Context, cue: CueMatch, s1: int) -> bool:
    """Does nothing the cue could take as its object follow it: the sentence ends, or
    punctuation, a preposition, a conjunction or a subordinator comes next, past time
    words ("pushed three years ago", "mentions on the campaign trail")? An object, a
    clause, an infinitive or a quotation fills the gap ("wants to build", "told the FBI",
    "thought the law would")."""
    k = ctx.skip_right_adjuncts(ctx.next_tok(cue.end, s1), s1)
    if k >= s1:
        return True
    if k in ctx.open_at:
        return False
    lower = ctx.view.lower
    word = lower[k]
    if word in ("to", "that"):
        return False
    if word in GAP_PUNCT or word in ctx.time_words:
        return True
    n = ctx.next_tok(k + 1, s1)
    if ctx.tag(k) == "NUM" and n < s1 and lower[n] in ctx.time_words:
        return True  # "three years ago"
    return ctx.tag(k) in ("ADP", "CCONJ", "SCONJ")


OBJECT_RELATIVES = frozenset(["that", "which", "whom"])
INDEFINITE_PRONOUNS = frozenset(["something", "anything", "everything", "nothing"])
SAY_FRAMES = frozenset(["say", "that"])


def relative_gap(
    ctx: Context, cue: CueMatch, s0: int, s1: int, speaker: tuple[int, int]
) -> bool:
    """Is the cue the verb of a relative clause on a noun whose object it lacks: "that",
    "which" or "whom" between the noun and the source, "what", or nothing after a noun
    before a pronoun or a name (a contact clause: "something she opposed during her
    years in the Senate", "a proposal that Manchin pushed three years ago", "the phrase
    he cited on Wednesday has appeared …"), and no object after it? Its object
    readings fill a gap that is not there (PolNeAR train: 9 kept false alarms, no
    match lost). A preposition the cue takes, "as" and a form of "be" may still open
    its content ("which they criticized | for their records", "which he views | as
    ineffective", "all he wanted | was a gun truck"); a finite verb after a cue that
    takes no clause is the main clause's ("what Congress mandated | is sure to …"),
    after "said" it may open the reported clause ("the plan which he said | was a
    mistake")."""
    view = ctx.view
    lower = view.lower
    p = ctx.prev_tok(speaker[0], s0)
    last = lower[speaker[1] - 1]
    if p < s0 or ctx.in_quote[p] >= 0 or last in POSSESSIVES or last in ("'s", "’s"):
        return False  # "the campaign his attacks on …": a possessor, a noun cue
    k = ctx.skip_right_adjuncts(ctx.next_tok(cue.end, s1), s1)
    if k < s1 and (lower[k] in ("as", *BE_FORMS) or lower[k] in CUE_PREPOSITIONS):
        # "which he views | as ineffective", "which they criticized | for their
        # records": the object's complement, the cue's preposition; "all he wanted
        # | was a gun truck": a pseudo-cleft's focus
        return False
    if lower[p] in OBJECT_RELATIVES:
        p = ctx.prev_tok(p, s0)
        if p < s0 or ctx.tag(p) not in ("NOUN", "PROPN"):
            return False
    elif lower[p] != "what" and not (
        (ctx.tag(p) == "NOUN" or lower[p] in INDEFINITE_PRONOUNS)
        and lower[p] not in ctx.time_words
        and ctx.tag(speaker[0]) in ("PRON", "PROPN")
        and lower[speaker[0]] not in ("it", "there")
    ):
        return False
    first = ctx.next_tok(cue.end, s1)
    if object_gap(ctx, cue, s1) or (first < k and ctx.tag(first) == "ADP"):
        return True  # "opposed | during her years in the Senate"
    n = ctx.next_tok(k + 1, s1)
    if k < s1 and lower[k] in NUMBER_WORDS and n < s1 and lower[n] in ctx.time_words:
        return True  # "pushed three years ago"
    return (
        k < s1 and ctx.tag(k) in ("AUX", "VERB") and not view.lower[k].endswith("ing")
        and lower[k] != "to"
        # a lexicon's reporting verb may take the clause: "which he said | was …"
        and not (SAY_FRAMES & cue.entry.frames and cue.entry.source != TAGGER_SOURCE)
    )


SUBJECT_RELATIVES = frozenset(["which", "who"])


def subject_relative(
    ctx: Context, cue: CueMatch, s0: int, speaker: tuple[int, int] | None,
    found: list[Candidate],
) -> list[Candidate]:
    """"a plan which he said | was a mistake": the relative pronoun before the source is
    the subject the reported clause lacks, the first piece of its content (PolNeAR
    marks the two pieces as one content). Read when a reading of the cue's clause opens
    with its verb."""
    if speaker is None or not found:
        return []
    p = _relative_before(ctx, speaker, s0, SUBJECT_RELATIVES)
    if p is None or not any(
        c.kind == "indirect" and c.content[0] >= cue.end
        and ctx.tag(ctx.view.token_at(c.content[0])) in ("VERB", "AUX")
        for c in found
    ):
        return []
    return _pronoun_piece(ctx, cue, p, speaker)
