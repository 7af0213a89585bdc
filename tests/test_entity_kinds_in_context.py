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
        # portfolio words the word lexicon lacks, known by their endings
        ("Minister of Tourism and Antiquities Sherif Abdel-Wahab said the plan would "
         "work.\n", "Sherif Abdel-Wahab"),
        ("Minister for Tourism Ama Owusu said the park would reopen.\n", "Ama Owusu"),
        ("Minister of Finance Lawrence Wong said the plan would work.\n", "Lawrence Wong"),
        # a demonym, a place or a body before the office
        ("US Secretary of State Marco Rubio said the talks would go on.\n", "Marco Rubio"),
        ("Ohio Secretary of State Jon Husted said the ruling was wrong.\n", "Jon Husted"),
        ("Nigerian Minister of Finance Wale Edun said the plan would work.\n", "Wale Edun"),
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


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("QB Malik Oyelaran said his ankle was fine.\n", "Malik Oyelaran", "person"),
        ("Linebacker Jaylen Whitford-Boateng said the defence would improve.\n",
         "Jaylen Whitford-Boateng", "person"),
        ('For Elder Joseph Muskego, 84, the ruling came too late. "We waited too long," he '
         "said.\n", "Joseph Muskego", "person"),
        ("According to World Athletics, she has won four of her six marathons.\n",
         "World Athletics", "organization"),
        ("The Bangko Sentral ng Pilipinas (BSP) said remittances rose 3 per cent.\n",
         "Bangko Sentral ng Pilipinas", "organization"),
        ("The Ministry of Environment, Urbanisation and Climate Change said 200,000 homes "
         "had been built.\n", "Ministry of Environment, Urbanisation and Climate Change",
         "organization"),
        ("The NSW Department of Climate Change, Energy, the Environment and Water said the "
         "fish kill was under investigation.\n",
         "NSW Department of Climate Change, Energy, the Environment and Water", "organization"),
    ],
)
def test_names_of_many_desks_and_countries_are_read_whole(
    an: Analyzer, text: str, name: str, kind: str
) -> None:
    speaker = an.analyze(text).quotes[-1].speaker
    assert speaker is not None and (speaker.name, speaker.kind) == (name, kind)


def test_an_and_inside_a_departments_name_makes_no_group(an: Analyzer) -> None:
    speaker = an.analyze(
        "A spokesperson for Manitoba’s Department of Indigenous Reconciliation and Northern "
        "Relations said the province was reviewing the decision.\n"
    ).quotes[0].speaker
    assert speaker is not None and speaker.kind == "anonymous" and "|" not in speaker.name


def test_people_aware_of_the_matter_are_the_people(an: Analyzer) -> None:
    speaker = an.analyze("People aware of the matter said the deal was close.\n").quotes[
        0
    ].speaker
    assert speaker is not None and speaker.mention is not None
    assert speaker.mention.text == "People aware of the matter"


def test_a_capitalised_word_after_a_quantifier_is_no_one(an: Analyzer) -> None:
    res = an.analyze(
        "Meseret Gebremedhin, 27, grew up in Bekoji, the highland town that has produced "
        "more Olympic champions than many countries. She says running there was \"less a "
        'sport than a way of getting to school".\n'
    )
    assert [q.speaker.name for q in res.quotes if q.speaker] == ["Meseret Gebremedhin"]
    assert all(e.name != "Olympic" for e in res.entities)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A customs broker told the court that he had paid the officials.", "customs broker"),
        ("Two brokers said prices would fall before the auction.", "brokers"),
    ],
)
def test_a_trade_noun_the_word_list_tags_a_verb_is_an_unnamed_person(
    an: Analyzer, text: str, name: str
) -> None:
    # "broker" is tagged a verb more often than a noun in the word lexicon
    speaker = an.analyze(text).quotes[0].speaker
    assert speaker is not None
    assert (speaker.name, speaker.kind) == (name, "anonymous")


@pytest.mark.parametrize(
    "text",
    [
        "Naija Markets Today reported that the outage lasted six hours.",
        "The business daily Naija Markets Today reported that the outage lasted six hours.",
    ],
)
def test_an_outlet_whose_name_ends_in_today_keeps_the_word(an: Analyzer, text: str) -> None:
    speaker = an.analyze(text).quotes[0].speaker
    assert speaker is not None
    assert (speaker.name, speaker.kind) == ("Naija Markets Today", "media")


def test_today_after_a_lower_case_subject_is_still_a_time_word(an: Analyzer) -> None:
    speaker = an.analyze("The minister today said that the bridge would reopen.").quotes[0].speaker
    assert speaker is not None and speaker.mention is not None
    assert speaker.mention.text == "The minister"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ysbyty Dyffryn Tawe said in a statement that the ward was full.", "Ysbyty Dyffryn Tawe"),
        ("Hôpital Saint Vincent Lyon said the ward had reopened.", "Hôpital Saint Vincent Lyon"),
    ],
)
def test_an_institution_word_of_another_language_makes_an_organisation(
    an: Analyzer, text: str, name: str
) -> None:
    speaker = an.analyze(text).quotes[0].speaker
    assert speaker is not None
    assert (speaker.name, speaker.kind) == (name, "organization")


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Datuk Seri", "Anwar Ibrahim"), ("Comrade", "Joe Ajaero"), ("Ustaz", "Hadi Awang"),
        ("Haji", "Abdul Hadi"), ("Ibu", "Sri Mulyani"), ("Doña", "María Pérez"),
        ("Grand Mufti", "Shawki Allam"), ("Baroness", "Shami Chakrabarti"),
        ("Maître", "Éric Dupond-Moretti"), ("Fr.", "Michael Kelly"), ("Hon.", "Kwame Mensah"),
        ("Smt.", "Nirmala Sitharaman"), ("Sgt. Maj.", "Ray Dunn"), ("Brig. Gen.", "Pat Ryder"),
        ("Engr.", "Ahmed Musa"), ("Atty.", "Harry Roque"), ("Mayor-elect", "Zohran Mamdani"),
        ("Regent", "Luis Aranda"),
    ],
)
@pytest.mark.parametrize("order", ["before", "after"])
def test_titles_of_many_countries_are_no_part_of_the_name(
    an: Analyzer, title: str, name: str, order: str
) -> None:
    """Before the cue and after it ("said Fr. Michael Kelly.": the title's full stop
    ends no sentence)."""
    text = (f"{title} {name} said the plan would work.\n" if order == "before"
            else f"\"We will win,\" said {title} {name}.\n")
    speaker = an.analyze(text).quotes[0].speaker
    assert speaker is not None and (speaker.name, speaker.kind) == (name, "person")


def test_a_surname_that_is_also_a_title_stays_a_name(an: Analyzer) -> None:
    text = ("In a statement, Post Editor Martin Baron said the paper would dig.\n\n"
            "\"Donald Trump is a candidate unlike any we've seen,\" said Baron.\n")
    assert [q.speaker.name for q in an.analyze(text).quotes if q.speaker] == ["Martin Baron"] * 2


@pytest.mark.parametrize(("text", "kind"), [
    # a given name before a place's name: a person ("Ana Lima"), not "Greater Lima"
    ("Ana Lima said the police had failed.", "person"),
    ("Greater Lima said the police had failed.", "organization"),
])
def test_a_name_that_ends_in_a_places_name(text: str, kind: str) -> None:
    (q,) = Analyzer().analyze(text).quotes
    assert q.speaker is not None and q.speaker.kind == kind


@pytest.mark.parametrize(("before", "speaker"), [
    ("CNN reported on Monday that the talks had failed.", "CNN"),  # a broadcaster
    ("Analysts said on Monday that the talks had failed.", "network"),  # none named
])
def test_the_network_is_the_broadcaster_named_before(
    an: Analyzer, before: str, speaker: str
) -> None:
    res = an.analyze(f"{before} The network said two envoys had left.")
    last = res.quotes[-1].speaker
    assert last is not None and last.name == speaker


@pytest.mark.parametrize("name", [
    "Northern Advocate", "Sonoran Ledger", "Northern Echo", "Adelaide Advertiser", "Sacramento Bee",
    "Nkwa FM",
])
def test_a_newspapers_name_head_makes_it_an_outlet(an: Analyzer, name: str) -> None:
    res = an.analyze(f"The {name} reported that the minister had resigned.")
    speaker = res.quotes[0].speaker
    assert speaker is not None and (speaker.name, speaker.kind) == (name, "media")


@pytest.mark.parametrize(("subject", "name"), [
    ("The state-run Lao Động newspaper", "Lao Động"),
    ("The nationalist Global Times tabloid", "Global Times"),
    ("A New Hampshire paper", "New Hampshire paper"),  # a place: a description
    ("The Chinese broadcaster", "Chinese broadcaster"),  # a nation: a description
    ("Multiple outlets", "Multiple outlets"),
])
def test_an_outlet_is_named_by_the_capitals_before_its_head_noun(
    an: Analyzer, subject: str, name: str
) -> None:
    res = an.analyze(f"{subject} reported that 40 workers had fainted.\n")
    speaker = res.quotes[0].speaker
    assert speaker is not None and (speaker.name, speaker.kind) == (name, "media")


@pytest.mark.parametrize("body", ["Town of Chibougamau", "City of Phoenix", "Village of Oak Park"])
def test_a_municipality_named_with_its_head_is_an_organisation(an: Analyzer, body: str) -> None:
    res = an.analyze(f"The {body} said the road would reopen on Monday.\n")
    speaker = res.quotes[0].speaker
    assert speaker is not None and (speaker.name, speaker.kind) == (body, "organization")


@pytest.mark.parametrize("street", ["Rua Principal", "Avenida Paulista", "Jalan Ampang"])
def test_a_street_whose_name_opens_with_its_street_word_is_no_one(
    an: Analyzer, street: str
) -> None:
    # "On Rua Principal, a mother of two …": the street takes no "she"
    res = an.analyze(
        f"On {street}, a 34-year-old mother of two, who asked that her name not be "
        "published for fear of reprisals, said she had spent four hours on the floor.\n\n"
        "“The little one kept asking if it was fireworks,” she told the Times.\n"
    )
    assert len(res.quotes) >= 2
    assert {q.speaker.name if q.speaker else None for q in res.quotes} == {
        "34-year-old mother of two"}


def test_a_bodys_division_is_an_organisation(an: Analyzer) -> None:
    text = ("Revenue rose 4 percent, according to the Division of Gaming Enforcement.\n\n"
            "At the Lower Division of the estate, a plucker set her basket down.\n")
    (q,) = an.analyze(text).quotes
    assert q.speaker is not None and q.speaker.kind == "organization"
    assert q.speaker.name == "Division of Gaming Enforcement"


@pytest.mark.parametrize(("name", "kind"), [
    ("Diario Financiero", "media"),  # another language's newspaper word opens the masthead
    ("Dagens Naeringsliv", "media"),
    ("Newyddion S4C", "organization"),  # a digit in a word: no person's name
])
def test_outlets_of_other_languages_and_names_with_digits_are_no_people(
    an: Analyzer, name: str, kind: str
) -> None:
    (q,) = an.analyze(f"{name} reported on Monday that the firm was in talks.").quotes
    assert q.speaker is not None and (q.speaker.name, q.speaker.kind) == (name, kind)


def test_a_based_modifier_makes_an_organisation(an: Analyzer) -> None:
    text = ("Zurich-based Limmat Privatbank said the breach was contained on Monday.\n\n"
            "London-based artist Mira Okafor said the show was late.\n")
    names = [(q.speaker.name, q.speaker.kind) for q in an.analyze(text).quotes if q.speaker]
    assert names == [("Limmat Privatbank", "organization"), ("Mira Okafor", "person")]


def test_a_portuguese_masthead_with_its_article_is_an_outlet(an: Analyzer) -> None:
    (q,) = an.analyze("O Tempo reported that the squad had lost faith in the coach.").quotes
    assert q.speaker is not None and (q.speaker.name, q.speaker.kind) == ("O Tempo", "media")


@pytest.mark.parametrize("unit", ["Weather Squadron", "Signal Battalion", "Marine Regiment"])
def test_a_military_unit_is_an_organisation(unit: str) -> None:
    res = Analyzer().analyze(
        f"According to the 45th {unit}, there was a 90 percent chance of good weather.\n"
    )
    assert res.quotes and res.quotes[0].speaker is not None
    assert res.quotes[0].speaker.kind == "organization"


@pytest.mark.parametrize("source", [
    "Seventy-four percent of Democratic voters",
    "About 40% of residents",
    "Nearly 60 per cent of teachers",
])
def test_a_percentage_of_a_group_is_an_anonymous_group(an: Analyzer, source: str) -> None:
    res = an.analyze(f"{source} said the plan was fair.\n")
    speaker = res.quotes[0].speaker
    assert speaker is not None and speaker.kind == "anonymous"


def test_a_participle_between_an_adjective_and_a_noun_modifies_the_noun(an: Analyzer) -> None:
    res = an.analyze(
        "A 61-year-old retired teacher, Devika Sookun, said she had been collecting "
        "rainwater in drums since September.\n\n"
        '"My grandchildren bathe with a cup now," she said.\n'
    )
    assert [q.speaker.name if q.speaker else None for q in res.quotes] == [
        "Devika Sookun", "Devika Sookun"]
    assert entity(res, "Devika Sookun").descriptions
