"""The rules backend's decider (the blank model): which reading of a report it keeps.

Since 0d72927 it is trained like the parsed backend's model (800 trees, a soft target:
0.3 for a reading that matches a gold content without being its best), which weighs the
readings of one report against each other with the cue's and the rule's rates."""

from __future__ import annotations

import pytest

from attribution import Analyzer

AN = Analyzer()


@pytest.mark.parametrize(("text", "content"), [
    # a that-clause over a relative clause on its object, to the sentence's end
    ("Business daily Diario Financiero reported on Monday that Litio Andino was in talks "
     "with state development agency Corfo, which owns the mineral rights, over a new "
     "water plan.",
     "Litio Andino was in talks with state development agency Corfo, which owns the "
     "mineral rights, over a new water plan"),
    # a that-clause with a second predicate after "but"
    ("A rail employee who asked not to be identified told WKOH that an inspection of that "
     "stretch of track had been scheduled for October but was pushed back to January.",
     "an inspection of that stretch of track had been scheduled for October but was "
     "pushed back to January"),
])
def test_a_reported_clause_keeps_its_whole_sentence(text: str, content: str) -> None:
    assert [q.content.text for q in AN.analyze(text).quotes] == [content]
