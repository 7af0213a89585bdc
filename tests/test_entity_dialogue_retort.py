"""Issue 17: an uncued short question that takes up a word of the line before is a
retort, the other speaker's ("“We thought it was a museum.” / “A museum with
laundry?”"), while an uncued line that takes up nothing continues its speaker; a
pronoun in a clause fronted before the main one ("Asked whether she …, she laughed")
continues the subject of the sentence before, as a sentence's first word would."""

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


@pytest.mark.parametrize(
    "sentence",
    [
        "Asked whether she had thought about the course record, she laughed.",
        "When she reached the hotel, she went straight to bed.",
    ],
)
def test_a_pronoun_in_a_fronted_clause_continues_the_subject_before(
    an: Analyzer, sentence: str
) -> None:
    res = an.analyze(
        "Meseret Gebremedhin won in Dubai in 2023.\n\n"
        "Kenya's Brigid Chepkoech, the defending champion, told BBC Sport this week that "
        "she felt \"stronger than last year\" and wanted to run under 2:15.\n\n"
        f"Gebremedhin does not pretend to be relaxed about it. {sentence}\n\n"
        "\"Of course I think about it,\" she said.\n"
    )
    last = res.quotes[-1]
    assert last.speaker is not None and last.speaker.name == "Meseret Gebremedhin"


def test_a_name_after_a_fronted_phrase_and_set_off_by_its_age_is_the_subject(
    an: Analyzer,
) -> None:
    res = an.analyze(
        "Responding, Cllr Bronwen Ashcroft said: \"If he has a fairer system in mind, he is "
        "welcome to write.\"\n\n"
        "Before the debate, Margaret Tregenza, 71, from Hatherleigh, handed in a petition "
        "against the library cuts. Speaking during public question time, she told "
        "councillors the mobile library was \"the only place some people speak\".\n"
    )
    last = res.quotes[-1]
    assert last.speaker is not None and last.speaker.name == "Margaret Tregenza"
