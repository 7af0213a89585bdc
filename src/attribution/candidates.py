"""Candidate attributions: what the quote rules propose and the later stages read.

A candidate is plain data passed from the quote rules to the decider and the speaker
stage: character offsets of the content and cue, token offsets of the speaker mention,
and the id of the rule that proposed it.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class Candidate:
    """A found attribution before speaker resolution (offsets: chars; mentions: tokens)."""

    content: tuple[int, int]
    cue: tuple[int, int] | None
    cue_type: str
    kind: str
    speaker: tuple[int, int] | None = None
    description: tuple[int, int] | None = None
    antecedent: tuple[int, int] | None = None
    inherit: Candidate | None = None
    sent: int = 0
    para: int = 0
    cue_tok: int = -1
    continuation: bool = False  # continues the quotation of ``inherit``, sharing its cue
    rule: str = ""  # the id of the declared rule that proposed it (rules.registry)
    # What the rule saw that the decider may weigh (name -> value; see decider.features).
    evidence: dict[str, float] | None = None
    confidence: float = 0.0  # the decider's probability that an annotator marks it
    # The content is the speaker's own words without quote marks (an interview's or a
    # transcript's turn, "Quaye: My grandmother spoke three languages"): a direct quote.
    verbatim: bool = False
