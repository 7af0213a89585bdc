"""Issue 17: an uncued short question that takes up a word of the line before is a
retort, the other speaker's ("“We thought it was a museum.” / “A museum with
laundry?”"), while an uncued line that takes up nothing continues its speaker."""

from __future__ import annotations

import pytest

from attribution import Analyzer

DIALOGUE = (
    "A woman in a blue apron steps out of a doorway and walks straight towards a young "
    "man.\n\n"
    "“This is a house,” she says, pointing at the sliding door. “People live here.”\n\n"
    "“Sorry, sorry,” says the man, lowering his phone. “We thought it was a museum.”\n\n"
    "{line}\n\n"
    "The woman is Fumiko Yamane. The man is Iñigo Larrañaga, a software tester from "
    "Bilbao.\n"
)


@pytest.fixture(scope="module")
def an() -> Analyzer:
    return Analyzer()


def _last(an: Analyzer, line: str) -> str | None:
    res = an.analyze(DIALOGUE.format(line=line))
    quote = [q for q in res.quotes if q.content.text.strip("“”") == line.strip("“”")]
    assert quote, [q.content.text for q in res.quotes]
    return quote[0].speaker.name if quote[0].speaker else None


def test_a_retort_taking_up_the_last_lines_word_is_the_other_speakers(an: Analyzer) -> None:
    assert _last(an, "“A museum with laundry?”") == "Fumiko Yamane"


def test_an_uncued_question_that_takes_up_nothing_continues_its_speaker(an: Analyzer) -> None:
    assert _last(an, "“Could you tell us where the ferry leaves from?”") == "Iñigo Larrañaga"
