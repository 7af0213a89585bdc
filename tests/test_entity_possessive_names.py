"""A person's full name before a possessive "'s" (issue 17): "Donald J. Trump's".

A statistical pipeline's entity may run over the possessive of a person's name ("found
no fault with Donald J. Trump's scathing criticism"). The run is then that person's full
name, not a company's name ending in "'s" ("McDonald's"), and it gives its full name to
the person the article calls "Mr. Trump" (``speakers/possessive_names.py``).
"""

from __future__ import annotations

import pytest

import attribution
from attribution.resources import Resources
from attribution.speakers.possessive_names import person_possessor
from entity_support import entity
from parsed_support import parsed

TEXT = (
    "Trump fires up base.\n\n"
    "Mark Jebens found no fault with Donald J. Trump's scathing criticism that President "
    "George W. Bush had lied.\n\n"
    "Mr. Trump said that he would win."
)


def test_the_possessor_gives_the_full_name_with_a_model() -> None:
    res = parsed().analyze(TEXT)
    trump = entity(res, "Donald J. Trump")
    assert trump.kind == "person"
    assert "Mr. Trump" in [m.text for m in trump.mentions]
    assert not [e for e in res.entities if "'s" in e.name]


@pytest.mark.parametrize(
    ("run", "person"),
    [
        (["Donald", "J", ".", "Trump"], True),
        (["Philip", "Bump"], True),
        (["McDonald"], False),  # a company's one-word name
        (["Ben", "&", "Jerry"], False),
        (["Goldman", "Sachs"], False),  # no given name first
    ],
)
def test_a_person_possessor(run: list[str], person: bool) -> None:
    words = Resources.default().words
    known = {("Morgan", "Stanley"): "organization"}
    assert person_possessor(run, words.ent, known, 0, len(run)) is person


def test_a_company_name_keeps_its_possessive() -> None:
    res = attribution.Analyzer().analyze("McDonald's said that sales fell.")
    assert res.quotes[0].speaker is not None
    assert res.quotes[0].speaker.name == "McDonald's"
    assert res.quotes[0].speaker.kind == "organization"


def test_a_titled_possessor_is_the_person_with_a_model() -> None:
    text = (
        "Paul Manafort left. Donald J. Trump spoke.\n\n"
        "After a series of controversies - including Mr. Trump's assertion that Russia "
        "should hack the emails - the campaign changed.\n\n"
        "He said that it was fine."
    )
    res = parsed().analyze(text)
    assert not [e for e in res.entities if "'s" in e.name]
    speaker = res.quotes[-1].speaker
    assert speaker is not None
    assert speaker.name == "Donald J. Trump"
