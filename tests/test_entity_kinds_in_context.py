"""Issue 17: a name's kind as the text around it gives it — a presenter after their
outlet's possessive, a given name before a word the lexicon knows as an outlet."""

from __future__ import annotations

import pytest

from attribution import Analyzer
from entity_support import entity


@pytest.fixture(scope="module")
def an() -> Analyzer:
    return Analyzer()


def test_a_presenter_after_an_outlets_plural_possessive_is_a_person(an: Analyzer) -> None:
    res = an.analyze(
        "In an interview with Fox News’ Sean Hannity on Monday night, Donald Trump "
        "responded to a question about the wall.\n\n"
        "“Is it negotiable?” Hannity asked.\n"
    )
    host = entity(res, "Sean Hannity")
    assert host.kind == "person"
    assert [m.text for m in host.mentions][-1] == "Hannity"
    asked = [q for q in res.quotes if q.content.text.startswith("“Is it")]
    assert asked[0].speaker is not None and asked[0].speaker.name == "Sean Hannity"


@pytest.mark.parametrize("name", ["Jane Kowalski", "Amara Okafor"])
def test_an_outlets_possessive_makes_no_outlet_of_the_person(an: Analyzer, name: str) -> None:
    res = an.analyze(
        f"The story was first reported by the Daily News’ {name} on Friday.\n\n"
        f"“We checked every record,” {name.split()[-1]} said.\n"
    )
    assert entity(res, name).kind == "person"


def test_a_media_word_before_a_name_without_possessive_still_makes_an_outlet(
    an: Analyzer,
) -> None:
    res = an.analyze(
        "The Cairo daily Al-Misriyya said on Sunday that the talks had stalled.\n"
    )
    assert res.quotes[0].speaker is not None
    assert res.quotes[0].speaker.kind == "media"


@pytest.mark.parametrize(
    "text",
    [
        "“I was terrified when the water came in,” Okafor said.\n",
        "“My mother was still inside,” Nakamura said.\n",
        "“They told me nothing,” said Brennan.\n",
    ],
)
def test_a_name_that_speaks_as_i_is_a_person(an: Analyzer, text: str) -> None:
    res = an.analyze(text)
    speaker = res.quotes[0].speaker
    assert speaker is not None and speaker.kind == "person"


@pytest.mark.parametrize(
    "text",
    [
        "“We have crews on standby across the region,” Energex said.\n",
        "Energex said crews were on standby.\n",
    ],
)
def test_a_name_that_speaks_as_we_and_never_is_introduced_stays_a_body(
    an: Analyzer, text: str
) -> None:
    res = an.analyze(text)
    speaker = res.quotes[0].speaker
    assert speaker is not None and speaker.kind == "organization"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Minister for National Development Leong Shu Fen said the grant would help "
         "families.\n", "Leong Shu Fen"),
        ("Senior Minister of State for National Development Muhammad Faizal Ismail wrote "
         "that the grant was one of several measures.\n", "Muhammad Faizal Ismail"),
        ("Minister for Health Stephen Donnelly said the plan would work.\n", "Stephen Donnelly"),
        ("Secretary of State for Health Wes Streeting said the plan would work.\n",
         "Wes Streeting"),
        ("But former Secretary of State Hillary Clinton said the plan would work.\n",
         "Hillary Clinton"),
        ("The former Minister for Health Stephen Donnelly said the plan would work.\n",
         "Stephen Donnelly"),
    ],
)
def test_an_office_with_its_portfolio_before_a_name_is_no_part_of_it(
    an: Analyzer, text: str, name: str
) -> None:
    speaker = an.analyze(text).quotes[0].speaker
    assert speaker is not None and (speaker.name, speaker.kind) == (name, "person")


def test_an_organisation_name_with_of_stays_whole(an: Analyzer) -> None:
    speaker = an.analyze("The Ministry of Foreign Affairs said the plan would work.\n").quotes[
        0
    ].speaker
    assert speaker is not None and speaker.name == "Ministry of Foreign Affairs"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Coordination Paysanne Nationale (CPN) said the blockades would continue.\n",
         "Coordination Paysanne Nationale"),
        ("The Federation Nationale des Syndicats (FNSEA) said the blockades would go on.\n",
         "Federation Nationale des Syndicats"),
    ],
)
def test_a_name_with_its_acronym_after_it_is_an_organisations(
    an: Analyzer, text: str, name: str
) -> None:
    speaker = an.analyze(text).quotes[0].speaker
    assert speaker is not None and (speaker.name, speaker.kind) == (name, "organization")


def test_a_persons_initials_after_the_name_leave_a_person(an: Analyzer) -> None:
    speaker = an.analyze("Mary Ellen Smith (MES) said the blockades would continue.\n").quotes[
        0
    ].speaker
    assert speaker is not None and speaker.kind == "person"


def test_a_name_after_an_organisation_noun_is_the_organisations(an: Analyzer) -> None:
    speaker = an.analyze(
        "Traffic was heavy on the A7, the traffic information service Bison Futé said.\n"
    ).quotes[0].speaker
    assert speaker is not None and (speaker.name, speaker.kind) == ("Bison Futé", "organization")


def test_an_incident_summary_is_a_document(an: Analyzer) -> None:
    speaker = an.analyze("A police incident summary said the boy was shot twice.\n").quotes[
        0
    ].speaker
    assert speaker is not None and speaker.kind == "document"
