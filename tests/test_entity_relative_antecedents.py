"""A relative pronoun that is a source takes the noun phrase it is set off from (issue
17), also where the quote rules gave no antecedent (a parse's proposals carry none):
"… told Annette Guessford, who answered her door and said she planned to caucus", "her
campaign's leadership, who, on a press call Friday, criticized Sanders"
(``speakers/relatives.py``, :func:`relative_antecedent`)."""

from __future__ import annotations

import pytest

import attribution
from parsed_support import parsed

LEADERSHIP = (
    "Hillary Clinton spoke on Saturday. Clinton's rhetoric on the issue was noticeably "
    "more conciliatory than that of her campaign's leadership, who, on a press call "
    "Friday, criticized Sanders for stealing their data."
)
GUESSFORD = (
    "Ebeling and her husband set out just after 2 p.m. \"This is one of Hillary's "
    "friends,\" Tom told Annette Guessford, who answered her door Sunday afternoon and "
    "said she planned to caucus for Clinton."
)


def _speaker_of(res: attribution.Analysis, content: str) -> attribution.Speaker:
    quote = next(q for q in res.quotes if q.content.text.startswith(content))
    assert quote.speaker is not None
    return quote.speaker


def test_who_after_a_comma_and_its_aside_takes_the_noun_phrase_before() -> None:
    res = attribution.Analyzer(attributions=True).analyze(LEADERSHIP)
    speaker = _speaker_of(res, "Sanders for stealing")
    assert speaker.name == "Hillary Clinton's campaign's leadership"


def test_who_takes_the_name_before_its_comma_with_a_model() -> None:
    speaker = _speaker_of(parsed().analyze(GUESSFORD), "she planned")
    assert (speaker.name, speaker.kind) == ("Annette Guessford", "person")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mensah has been attacked over the speeches by Ama Owusu-Ansah, who cites them as "
         "evidence of his close ties to the banks.", "Ama Owusu-Ansah"),
        ("That stance is hardly an anomaly for Kowalczyk, who criticized fellow Democrats "
         "in 2011 for seeking a higher tax.", "Kowalczyk"),
        ("The row triggered a damning reaction from President Luiz Ferreira, who called the "
         "nominee unfit to serve.", "Luiz Ferreira"),
        ("Trump endured a lecture from the Mexican president, who said that NAFTA has been "
         "good for both countries.", "Mexican president"),
    ],
)
def test_who_after_a_things_noun_is_the_people_its_phrase_names(text: str, name: str) -> None:
    """"the speeches by Ama Owusu-Ansah, who cites them": "who" is a person's, so the
    person the thing's phrase names, not "speeches by Ama Owusu-Ansah"."""
    res = attribution.Analyzer(attributions=True).analyze(text)
    assert [q.speaker.name if q.speaker else None for q in res.quotes] == [name]


def test_who_after_the_place_of_of_a_body_stays_the_phrase() -> None:
    res = attribution.Analyzer(attributions=True).analyze(
        "The bill was backed by the members of Congress, who said it would pass.")
    names = [q.speaker.name if q.speaker else None for q in res.quotes]
    assert names and names[0] != "Congress"
