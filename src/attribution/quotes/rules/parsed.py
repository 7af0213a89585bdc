"""The reading a statistical parse gives a cue the word-order rules could not frame.

The word-order rules read a cue through its lexicon frame (say, that, to, object, ...).
A cue the learned tagger proposes ("endorsed", "voted for", "shrugged off", "is mulling")
has no frame of its own, and a lexicon cue in an unusual order may find none either; on
PolNeAR train a third of the acts and attitudes outside the lexicon have no candidate
for that reason, while the cue's clausal complement, object or prepositional complement
in a dependency parse covers the annotated content for more than half of them. With a
pipeline that parses (the model backend), such a cue is read from its dependents: each
complement to the cue's right is one reading, its subject the source. The decider, which
knows the parse's labels, chooses among them and against everything else.

A cue the word-order rules did frame gets the parse's readings too, as other readings of
the same report (evidence ``parse_alongside``): where the rules' content runs past the
object or the clause the parse bounds ("taunted Twitter | by creating ...", "raised
them | again at the opening of the talks"), the complement's subtree is the reading
annotators mark. On PolNeAR train this adds a matching candidate for 641 more gold
attributions; the cut and run-on readings of :mod:`..readings` are not made of them.
"""

from __future__ import annotations

from ...candidates import Candidate
from ..context import Context
from ..cues import CueMatch
from ..parse import subject_span
from .registry import Example, declare

COMPLEMENT = declare(
    "parsed.complement",
    "parsed",
    "SOURCE CUE COMPLEMENT as a dependency parse reads it: the subtree of the cue's "
    "clausal complement, object or prepositional object, its subject the source; only "
    "with a parsing pipeline, for a cue no word-order rule framed",
    frames=["say", "object", "to"],
    examples=[
        Example(
            "The senator shrugged off the criticism on Tuesday.",
            "the criticism",
            "The senator",
            "shrugged",
        ),
    ],
    counter_examples=["The weather was cold."],
)

# Dependents whose subtree is a content, and the preposition a cue keeps ("voted for").
COMPLEMENTS = frozenset(["ccomp", "xcomp", "dobj", "obj", "prep", "oprd"])
MAX_TOKENS = 120  # a complement longer than this is a parse that ran away


def from_parse(ctx: Context, cue: CueMatch, alongside: bool = False) -> list[Candidate]:
    """Readings of ``cue`` from its dependents in the Doc's parse (none without one);
    ``alongside``: the cue has word-order readings too, and these are other readings
    of the same report (marked so in their evidence)."""
    if not ctx.parsed:
        return []
    view = ctx.view
    doc = view.doc
    head = cue.end - 1  # an auxiliary's group ends with its verb ("has cast")
    if view.is_space[head]:
        return []
    tok = doc[head]
    speaker = subject_span(doc, head)
    if speaker is not None and speaker[1] > cue.start:
        speaker = None
    s1 = view.sents[view.sent_of[head]][1]
    out = []
    for child in tok.rights:
        if child.dep_ not in COMPLEMENTS:
            continue
        first = child.i + 1 if child.dep_ == "prep" else child.left_edge.i
        end = min(child.right_edge.i + 1, s1)
        if first >= end or end - first > MAX_TOKENS or first < cue.end:
            continue
        content = ctx.trim_content(first, end)
        if content is None:
            continue
        cue_end = child.i + 1 if child.dep_ == "prep" and child.i == cue.end else cue.end
        c = ctx.candidate(
            content, (cue.start, cue_end), cue.entry.cue_type, "indirect", speaker,
            rule=COMPLEMENT,
        )
        if alongside:
            c.evidence = {"parse_alongside": 1.0}
        out.append(c)
    return out
