"""A cue whose object is a relative clause's antecedent reads nothing after it.

In "something she opposed during her years in the Senate" or "a proposal that Manchin
pushed three years ago" the cue's object is the noun the relative clause hangs on (an
object gap; Huddleston & Pullum 2002 ch. 12): what follows the cue is an adjunct, or the
main clause's predicate ("the phrase he cited on Wednesday | has appeared …"), no
content. Read from PolNeAR train false alarms: the object readings of such cues were
kept.
"""

from __future__ import annotations

import pytest

from attribution import Analyzer


@pytest.fixture(scope="module")
def an() -> Analyzer:
    return Analyzer(attributions=True)


def after_cue(an: Analyzer, text: str, cue: str) -> list[str]:
    """The contents proposed after ``cue`` for a reading of it."""
    p = an.pipeline.propose(an.nlp(text), text)
    return [text[c.content[0]:c.content[1]] for c in p.candidates
            if c.cue is not None and text[c.cue[0]:c.cue[1]] == cue
            and c.content[0] >= c.cue[1]]


@pytest.mark.parametrize(("text", "cue"), [
    ("It shielded gun makers, something she opposed during her years in the Senate.",
     "opposed"),
    ("It was a proposal that Manchin pushed three years ago with Toomey.", "pushed"),
    ("The phrase he cited on Wednesday has appeared in many of her speeches.", "cited"),
    # a verb the cue tagger proposes takes no clause: the main clause's verb follows
    ("Most of the county chairs that POLITICO interviewed predicted a close race.",
     "interviewed"),
])
def test_a_gapped_cue_reads_nothing_after_it(an: Analyzer, text: str, cue: str) -> None:
    assert after_cue(an, text, cue) == []


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("She opposed the bill in the Senate.", "opposed", "the bill"),
    # the object is there: no gap
    ("It was the proposal that Manchin pushed the hardest.", "pushed", "the hardest"),
    # a pseudo-cleft's focus after "was" is the content
    ("All he wanted was a gun truck and support.", "wanted", "was a gun truck and support"),
])
def test_a_filled_object_or_a_focus_is_still_read(
    an: Analyzer, text: str, cue: str, content: str
) -> None:
    assert any(c.startswith(content) for c in after_cue(an, text, cue))
