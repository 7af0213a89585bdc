"""Issue 17: a surname alone, of someone the article names in full, before a present
tense the word list also knows as a noun ("Nwosu lives", "Walz approaches") is that
person as a clause's subject, at a sentence's start or after a comma or dash, so the
"she" after it continues them, not a rival named nearer."""

from __future__ import annotations

import pytest

from attribution import Analyzer


@pytest.fixture(scope="module")
def an() -> Analyzer:
    return Analyzer(attributions=True)


@pytest.mark.parametrize(
    "text",
    [
        # after a dash and a fronted phrase
        ("Amara Nwosu and her husband, Tomasz, were greeted by Senator Kaja Lindqvist at "
         "the rally. The friendship is important for Lindqvist -- unlike many of her "
         "donors, Nwosu lives a quiet life in her hometown of Enugu. She is a retired "
         "teacher.\n\n“It has been part of the fabric of my life,” she said.\n"),
        # opening the sentence
        ("Marta Walz chairs the council.\n\n“This question is a wolf in sheep’s "
         "clothing,” Senator Kaja Lindqvist told reporters.\n\n"
         "Walz approaches it a bit more diplomatically. She said she would rather see "
         "the money spent on schools.\n"),
    ],
)
def test_a_surname_before_a_verb_like_a_noun_is_the_subject(an: Analyzer, text: str) -> None:
    quotes = an.analyze(text).quotes
    last = quotes[-1].speaker
    assert last is not None and last.name in ("Amara Nwosu", "Marta Walz")
    assert last.gender == "female"
