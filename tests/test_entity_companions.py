"""A person with unnamed companions as one speaker (issue 17): "Mr. Xi and other
leaders have said", "he and other Clinton challengers complained", "Trump and his
supporters talk". The speaker is neither the companions alone nor a group of named
members, but a description of its own, named by the person's canonical name and the
companions as written (``speakers/companions.py``); a coordination of named people, or
of a person and one described person, stays a group."""

from __future__ import annotations

import pytest

import attribution

AN = attribution.Analyzer()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Chinese President Xi Jinping spoke on Monday.\n\nSince earlier this year, "
         "Mr. Xi and other leaders have said that cutting output was key.",
         "Xi Jinping and other leaders"),
        ("Bernie Sanders spoke too. He said the race was open. Early on, he and other "
         "Clinton challengers complained that the debates were hidden on weekends.",
         "Bernie Sanders and other Clinton challengers"),
        ("Donald Trump spoke in Iowa. In new radio ads, Trump and his supporters say that "
         "the military must be strengthened.",
         "Donald Trump and his supporters"),
        ("Amara Okafor runs the clinic. Okafor and others said that the funds ran out.",
         "Amara Okafor and others"),
    ],
)
def test_a_person_and_unnamed_companions_speak_as_one(text: str, name: str) -> None:
    res = AN.analyze(text)
    speaker = res.quotes[-1].speaker
    assert speaker is not None
    assert (speaker.name, speaker.kind) == (name, "anonymous")
    assert name not in res.people_quoted()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mark Blumenthal and Jon Cohen said that the polls were early.",
         "Mark Blumenthal | Jon Cohen"),
        ("Olga Petrova and her husband said that the rent had doubled.",
         "Olga Petrova | husband"),
    ],
)
def test_named_or_described_members_stay_a_group(text: str, name: str) -> None:
    speaker = AN.analyze(text).quotes[-1].speaker
    assert speaker is not None
    assert speaker.name == name
