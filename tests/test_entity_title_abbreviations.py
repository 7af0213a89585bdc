"""Issue 17: an abbreviated title ("GM" for a general manager, "PM" for a prime
minister) after a team or country names no one ("Senators GM: '…'"): the headline's
speaker is the body's general manager who says those words, and "the GM" later is the
general manager named in the body, never an organisation called "GM"."""

from __future__ import annotations

import pytest

from attribution import Analyzer

ARTICLE = (
    "Senators GM: 'We weren't going to sit still'\n\n"
    "The Ottawa Senators acquired defenceman Daniel Okafor from the Seattle Kraken on "
    "Friday.\n\n"
    "Senators general manager Claire Desrochers said the club had chased a right-shot "
    "defenceman since November.\n\n"
    '"We weren\'t going to sit still. Our guys have earned a push," Desrochers told '
    "reporters.\n\n"
    "Kraken general manager Tomasz Wisniewski said the return was too good to pass up.\n\n"
    '"You never want to move a player like Daniel," the GM said.\n'
)


@pytest.fixture(scope="module")
def an() -> Analyzer:
    return Analyzer()


def test_a_team_and_an_abbreviated_title_in_a_headline_is_the_body_s_speaker(
    an: Analyzer,
) -> None:
    res = an.analyze(ARTICLE)
    first = res.quotes[0]
    assert first.content.text == "'We weren't going to sit still'"
    assert first.speaker is not None and first.speaker.name == "Claire Desrochers"


def test_the_abbreviated_title_is_the_person_named_with_it_in_full(an: Analyzer) -> None:
    res = an.analyze(ARTICLE)
    last = res.quotes[-1]
    assert last.speaker is not None
    assert (last.speaker.name, last.speaker.kind) == ("Tomasz Wisniewski", "person")
