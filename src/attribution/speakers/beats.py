"""Action beats: the narrated sentence that frames a line of dialogue.

Features set a line of dialogue after a sentence of narration in its own paragraph, and
the line is the narrated person's ("An elderly woman appears in the doorway, one hand on
the frame. “Only eggs? Where is the fish sauce?”"): the action beat that literary
speaker attribution reads as strongly as a cue (He, Barbosa & Kondrak 2013; Muzny et al.
2017). An uncued line with no such sentence before it is left to the rules (the last
speaker's, or the turns of a dialogue); nor is a question a beat, though it names
someone: it is put to the one who answers ("Would Malik take oath alone? / “No. …”"),
and nor is a question the narration reports ("A police officer … asked him whether he
had enough fuel. / “For two more days.”").
"""

from __future__ import annotations

from ..segment import DocView
from .dialogue import ASKING, REPORTED_QUESTIONS
from .entities import ANIMATE, Cluster, Registry, find
from .scan import TextScan

ASKED_REACH = 3  # words between the one asked and the question's first word
# Whom a reported question is put to ("asked him whether"; not "asked why …", whose
# asker may go on: "Mensah asked why they waited. “We told them in March.”").
ADDRESSED = frozenset(["him", "her", "them", "the"])


def action_beat(view: DocView, scan: TextScan, reg: Registry, start: int) -> Cluster | None:
    """The one person the sentence just before character ``start`` (an uncued line's
    opening quote mark) has as its subject, when that sentence is narration of the same
    paragraph or the one sentence of the paragraph right before: no quotation in it, one
    singular animate subject; else None."""
    tok = view.token_at(start)
    sent = view.sent_of[tok]
    if sent == 0 or view.sents[sent][0] < tok:
        return None  # the line does not open its sentence
    before = sent - 1
    first, end = view.sents[before]
    para = view.para_of[tok]
    if view.para_of[first] != para and not (
        # a paragraph of one sentence of narration right before the line's own ("A
        # customer holding a bag of frozen peas leaned over the counter. / “Any bananas
        # yet, Ewa?”")
        view.para_of[first] == para - 1 and view.paras[para - 1][0] == first
        and view.paras[para][0] == view.sents[sent][0]
    ):
        return None
    if any(scan.quoted[first:end]):
        return None
    last = end - 1
    while last > first and view.is_space[last]:
        last -= 1
    if view.words[last] == "?":
        return None  # a question put, not a beat: "Would Malik take oath alone? / “No.”"
    lower = view.lower
    if any(lower[k] in ASKING and lower[k + 1] in ADDRESSED and any(
            lower[j] in REPORTED_QUESTIONS for j in range(k + 2, min(k + 2 + ASKED_REACH, end)))
           for k in range(first, end - 1)):
        return None  # a question reported as put to someone: the line answers it
    subjects = reg.subjects_in(scan.sent_rank[before], main=True)
    if len(subjects) != 1:
        return None
    c = find(subjects[0])
    return c if c.kind in ANIMATE and not c.plural else None
