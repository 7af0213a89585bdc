"""A ticket's roles are people's roles (issue 17): "Trump's running mate — Indiana Gov.
Mike Pence — has thrown his support behind Ryan. And he claims …". "mate" and the
vice-president's short forms ("VP", "veep") are role nouns of the speaker lexicon, so
the description is a person's, the dashed name joins it and "he" continues him."""

from __future__ import annotations

import pytest

import attribution
from entity_support import entity

AN = attribution.Analyzer()

TEXT = (
    "Pence Endorses Paul Ryan.\n\n"
    "While Republican presidential nominee Donald Trump has yet to endorse House Speaker "
    "Paul Ryan’s re-election bid, Trump’s running mate — Indiana Gov. Mike Pence — has "
    "thrown his support behind Ryan.\n\n"
    "And he claims his boss is OK with it."
)


def test_the_running_mate_is_the_dashed_name_and_he_continues_him() -> None:
    res = AN.analyze(TEXT)
    speaker = res.quotes[-1].speaker
    assert speaker is not None
    assert (speaker.mention.text if speaker.mention else None, speaker.name) == (
        "he", "Mike Pence")
    assert entity(res, "Mike Pence").kind == "person"


@pytest.mark.parametrize("mention", ["His running mate", "The party's VP", "the veep"])
def test_ticket_roles_are_people(mention: str) -> None:
    speaker = AN.analyze(f"{mention} said that the race was close.").quotes[0].speaker
    assert speaker is not None
    assert speaker.kind in ("anonymous", "person")
