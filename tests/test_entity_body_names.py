"""An organisation's whole name, whatever words it holds: a role noun inside a body's
name is no title before a person's name ("Department of Player Safety" is not a person
called "Safety", as "Bank of Japan Governor Hiroshi Kadowaki" is one called Kadowaki),
and an acronym's possessive before a body's name is its owner, no word of it ("The
NHL's Department of …"), as a place's is ("South Korea's …"), while a common noun's
possessive is ("The Information Commissioner's Office")."""

from __future__ import annotations

import pytest

from attribution import Analyzer


@pytest.fixture(scope="module")
def an() -> Analyzer:
    return Analyzer()


def speakers(an: Analyzer, text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker.name, q.speaker.kind) if q.speaker else (None, None)
            for q in an.analyze(text).quotes]


@pytest.mark.parametrize("owner", ["The", "The NHL's"])
def test_a_role_noun_inside_a_bodys_name_names_no_person(an: Analyzer, owner: str) -> None:
    text = (
        "Stars win Game 5\n\n"
        f"{owner} Department of Player Safety announced on Friday that Kowalczyk had been "
        "suspended for two games. In a video explaining the ruling, the department said "
        "the hit was avoidable.\n"
    )
    assert speakers(an, text) == [("Department of Player Safety", "organization")] * 2


def test_a_title_before_a_persons_name_after_a_body_still_names_the_person(
    an: Analyzer,
) -> None:
    text = "Bank of Japan Governor Hiroshi Kadowaki said rates would rise in April.\n"
    assert speakers(an, text) == [("Hiroshi Kadowaki", "person")]


@pytest.mark.parametrize(("body", "name"), [
    ("The UN's World Food Programme", "World Food Programme"),
    ("The Information Commissioner's Office", "Information Commissioner's Office"),
])
def test_an_acronyms_possessive_is_the_bodys_owner(an: Analyzer, body: str, name: str) -> None:
    text = f"{body} said the deliveries would resume on Monday.\n"
    assert speakers(an, text) == [(name, "organization")]


@pytest.mark.parametrize(("subject", "name"), [
    ("A ministerial resolution published in the official gazette El Peruano",
     "ministerial resolution"),
    ("A report published in the newspaper El Universal", "report"),
])
def test_a_name_inside_a_documents_participle_phrase_is_no_speaker(
    an: Analyzer, subject: str, name: str
) -> None:
    # the post-modifier's name is where the document was published, not who speaks
    text = f"{subject} states that the daily cap may be adjusted in exceptional cases.\n"
    assert speakers(an, text) == [(name, "document")]


@pytest.mark.parametrize(("text", "name"), [
    ("According to the 45th Weather Squadron, there was a 70 percent chance of good "
     "weather.\n", "45th Weather Squadron"),
    ("The 82nd Airborne Division said the troops had arrived.\n", "82nd Airborne Division"),
])
def test_an_ordinal_opens_a_units_name(an: Analyzer, text: str, name: str) -> None:
    assert speakers(an, text) == [(name, "organization")]


def test_a_ministrys_portfolios_listed_before_its_head_are_its_name(an: Analyzer) -> None:
    text = (
        "Rebuild delayed\n\n"
        "Thousands of families are in containers, and the Environment, Urbanization and "
        "Climate Change Ministry admitted on Monday that handovers would slip into 2027.\n"
    )
    assert speakers(an, text) == [
        ("Environment, Urbanization and Climate Change Ministry", "organization")]


def test_an_outlet_named_before_its_noun_is_the_magazine_later(an: Analyzer) -> None:
    text = (
        "Cookie poll\n\n"
        "Bill Clinton and Melania Trump submitted cookie recipes for Family Circle "
        "magazine’s Presidential Cookie Poll.\n\n"
        "The magazine said the poll winner had correctly predicted the White House winner "
        "in five of the past six elections.\n"
    )
    assert speakers(an, text) == [("Family Circle", "media")]
