"""Pre-posed sources the cue does not touch: a subject over an aside, the controller of
an infinitive cue.

The pre-posed readings (:mod:`.preposed`) take the noun phrase right before the cue as
its source. Two common shapes put the source further away. An aside between subject and
verb that is no plain appositive: a participle phrase, a relative clause, two appositives
("Giovanni Maria Vian, the editor in chief of the Vatican's newspaper, L'Osservatore
Romano, said …"; Quirk et al. 1985 on non-restrictive postmodification). And a cue in an
infinitive, whose understood subject is the subject of the clause it hangs from ("Trump
was not willing to say who …", "the actors are quick to point out that …": subject
control) or, after a verb and its object, that object ("prompted Anderson Cooper to
accuse …", "led some to speculate that …": object control; Rosenbaum 1967, Postal 1970).
PolNeAR marks both as attributions of that source (Newell et al. 2018). The content is
what the cue's frame takes, as for any pre-posed cue.
"""

from __future__ import annotations

from ...candidates import Candidate
from ...phrases import SUBJECT_PRONOUNS, np_left
from ..context import Context
from ..cues import CueMatch
from ..sources import subject_and_verb
from ..subjects import aside_subject
from .preposed import preposed
from .registry import Example, declare

ASIDE_SUBJECT = declare(
    "preposed.aside_subject",
    "preposed",
    "SUBJECT, ASIDE, CUE CONTENT: the noun phrase opening the sentence is the source "
    "over an aside no appositive reader took apart (a participle phrase, a relative "
    "clause, two appositives); the content as the cue's frame takes it",
    frames=["say", "that", "tell", "to", "object"],
    examples=[
        Example(
            "The poll, released on Wednesday by the institute, showed Clinton leading.",
            "Clinton leading",
            "The poll",
            "showed",
        ),
        Example(
            "Giovanni Maria Vian, the editor in chief of the Vatican's official newspaper, "
            "L'Osservatore Romano, said every pope was political.",
            "every pope was political",
            "Giovanni Maria Vian",
            "said",
        ),
    ],
    counter_examples=["The plan is sound, economists say."],
)


def aside_subject_reading(
    ctx: Context, cue: CueMatch, s0: int, s1: int, after: int, comma: int
) -> list[Candidate]:
    """``SUBJECT, ASIDE, CUE CONTENT``: the pre-posed readings with the sentence's opening
    noun phrase as the source, when an aside ends at the ``comma`` before the cue."""
    subject = aside_subject(ctx, s0, comma)
    if subject is None:
        return []
    # an aside that is a noun phrase describes the source: "Tomás Rivera, a paramedic,"
    d0 = ctx.next_tok(subject[1] + 1, comma)
    appositive = d0 < comma and ctx.view.lower[d0] in ("a", "an", "the") and not any(
        ctx.tag(k) in ("VERB", "AUX") for k in range(d0, comma))
    found = preposed(ctx, cue, s0, s1, after, subject, (d0, comma) if appositive else None,
                     None)
    for c in found:
        c.rule = ASIDE_SUBJECT
    return found


INFINITIVE_CUE = declare(
    "preposed.infinitive_cue",
    "preposed",
    "SOURCE … to CUE CONTENT: a cue in an infinitive takes the source of the clause it "
    "hangs from, its subject (was not willing to say, is quick to point out) or, after a "
    "verb and its object, that object (prompted Cooper to accuse, led some to speculate)",
    frames=["say", "that", "tell", "to", "object"],
    examples=[
        Example(
            "He used to boast that he had decimated core Al Qaeda.",
            "he had decimated core Al Qaeda",
            "He",
            "boast",
        ),
        Example(
            "The announcement led some to speculate that the feud was to blame.",
            "the feud was to blame",
            "some",
            "speculate",
        ),
    ],
    counter_examples=[
        "To say the least, the plan failed.",
        "It was time to say goodbye.",
        "The campaign declined to comment for this story.",
    ],
)


def infinitive_cue(ctx: Context, cue: CueMatch, s0: int, s1: int, to: int) -> list[Candidate]:
    """``SOURCE … to CUE CONTENT``: the pre-posed readings of a cue after "to" (token
    ``to``), its source the object of the verb before it or else the clause's subject."""
    view = ctx.view
    lower = view.lower
    if lower[cue.start].endswith(("ing", "ed")):
        return []  # "to reporting", "to tweeted": no infinitive
    p = ctx.prev_tok(to, s0)
    if p < s0:
        return []  # "To say the least, …": the writer's
    # "declined to say whether …", "urged him to say that …": the infinitive is also the
    # content of the cue before it; a reading of its own with no verb where its clause
    # would be ("declined to comment for this story") is left to that cue.
    nested = p in ctx.cue_at or ctx.prev_tok(p, s0) in ctx.cue_at
    speaker: tuple[int, int] | None = None
    if (
        ctx.tag(p) in ("NOUN", "PROPN", "PRON") or lower[p] in ctx.tag.indefinite
    ) and lower[p] not in SUBJECT_PRONOUNS and lower[p] not in ctx.time_words:
        # (not "voted 41-12 Tuesday to condemn": a time is no one the verb asks)
        start = np_left(view, ctx.tag, p + 1, s0)
        v = ctx.prev_tok(start, s0) if start is not None else -1
        if start is not None and v >= s0 and ctx.tag(v) == "VERB" and lower[v] not in (
            ctx.aux_words
        ):
            speaker = (start, p + 1)  # "prompted Anderson Cooper to accuse"
    if speaker is None:
        found = subject_and_verb(ctx, s0, to, ("VERB", "AUX", "ADJ"))
        if found is None:
            return []
        speaker = found[0]
        if lower[speaker[1] - 1] in ("it", "there", "this", "that"):
            return []  # "It was time to say goodbye": no one to say it
    after = ctx.next_tok(cue.end, s1)
    readings = preposed(ctx, cue, s0, s1, after, speaker, None, None)
    if nested:
        readings = [c for c in readings if not (c.evidence or {}).get("no_predicate")]
    for c in readings:
        c.rule = INFINITIVE_CUE
    return readings
