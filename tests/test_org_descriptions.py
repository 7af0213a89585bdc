"""Organisations by description (issue 17): "the airline", "the regulator" join the
named organisation the text says is one, and what only an organisation has makes a
name an organisation's; names of many origins.

* the words of an organisation's name say what it is ("Tasman Aviation Authority" is a
  regulator, "Aerolíneas Cóndor Airways" an airline) and so does the noun its name
  modifies ("a Garuda Biru flight"): "the regulator", "the airline" refer to it
  (``data/org_types.tsv``);
* "X's chief executive, Name, said" is the named person, and X an organisation;
* a description of a type no organisation of the text has stays its own entity.
"""

from __future__ import annotations

import pytest

from attribution import Analyzer
from entity_support import entity


@pytest.fixture(scope="module")
def an() -> Analyzer:
    return Analyzer()


def test_the_regulator_is_the_named_authority(an: Analyzer) -> None:
    text = (
        "The Tasman Aviation Authority said it had grounded two aircraft operated by "
        "Kiwi Skylink. The regulator said the inspections would take a week."
    )
    res = an.analyze(text)
    authority = entity(res, "Tasman Aviation Authority")
    assert any(m.text == "The regulator" for m in authority.mentions)
    assert all(e.name != "regulator" for e in res.entities)


def test_the_airline_is_the_company_whose_flight_it_was(an: Analyzer) -> None:
    text = (
        "Nine people were hurt after a Garuda Biru flight from Denpasar to Perth hit "
        "turbulence on Sunday, the airline said."
    )
    res = an.analyze(text)
    speaker = res.quotes[0].speaker
    assert speaker is not None and speaker.name == "Garuda Biru"
    assert speaker.kind == "organization"


def test_a_possessed_role_and_an_apposed_name_are_the_person(an: Analyzer) -> None:
    text = (
        "Nordvik Kraft's chief executive, Oluwaseun Bamidele, said the plant would "
        "reopen in May. She added that no jobs would be lost."
    )
    res = an.analyze(text)
    speakers = {q.speaker.name for q in res.quotes if q.speaker is not None}
    assert speakers == {"Oluwaseun Bamidele"}
    assert entity(res, "Oluwaseun Bamidele").gender == "female"


def test_what_only_an_organisation_has_makes_it_one(an: Analyzer) -> None:
    text = (
        "Said Haddad said the deal was fair.\n\n"
        "\"We are pleased,\" said Mehta Rao's chief executive, Ana Quispe. "
        "Mehta Rao said in a statement that it would hire 200 staff."
    )
    res = an.analyze(text)
    assert entity(res, "Mehta Rao").kind == "organization"


def test_a_description_of_another_type_stays_apart(an: Analyzer) -> None:
    text = (
        "The Tasman Aviation Authority said it had grounded two aircraft. The airline "
        "said it would appeal."
    )
    res = an.analyze(text)
    authority = entity(res, "Tasman Aviation Authority")
    assert all(m.text != "The airline" for m in authority.mentions)


def test_data_released_by_a_described_body_is_that_body_s(an: Analyzer) -> None:
    """"according to figures released by the trust that runs it" … "Tyne Valley …
    Trust said": the data speaks for the body the text names next."""
    text = (
        "Tenants at Te Mahoe Flats have waited months for repairs, according to "
        "figures released by the agency that owns the building.\n\n"
        "Kāinga Hou Housing Agency said 230 repair requests were outstanding in "
        "October."
    )
    res = an.analyze(text)
    first = res.quotes[0].speaker
    assert first is not None and first.name == "Kāinga Hou Housing Agency"
    assert first.kind == "organization"


def test_data_from_a_named_body_stays_a_document(an: Analyzer) -> None:
    text = (
        "Wheat exports fell by a fifth in March, according to data from the Pampas "
        "Grain Exchange."
    )
    res = an.analyze(text)
    speaker = res.quotes[0].speaker
    assert speaker is not None and speaker.kind == "document"


def test_a_country_and_a_common_noun_name_a_national_body(an: Analyzer) -> None:
    text = (
        "Kenya Athletics confirmed that the team would travel on Friday. "
        "\"We are ready,\" said coach Wanjiru Kamau."
    )
    res = an.analyze(text)
    assert entity(res, "Kenya Athletics").kind == "organization"


@pytest.mark.parametrize("place", ["Greenland", "Bermuda", "Timor-Leste", "the Faroe Islands"])
def test_a_statistics_office_named_for_a_territory_is_a_body(an: Analyzer, place: str) -> None:
    res = an.analyze(f"Shrimp accounted for half of exports, according to Statistics {place}.")
    assert [q.speaker.kind for q in res.quotes if q.speaker] == ["organization"]


@pytest.mark.parametrize("place", ["West Greenland", "Northern Kenya"])
def test_a_region_of_a_country_is_no_organisation(an: Analyzer, place: str) -> None:
    """A compass word and a country's name is a place: not the company a description
    of "the country's largest …" refers to."""
    res = an.analyze(
        f"The ministry has cut the catch of shrimp off {place} by 21 per cent, and the "
        "country's largest trawler company said the cut would cost jobs."
    )
    assert [q.speaker.name for q in res.quotes if q.speaker] == [
        "country's largest trawler company"]


@pytest.mark.parametrize("body", ["Greenland Institute of Natural Resources",
                                  "Royal Society of Chemistry", "Liberal Party",
                                  "Statistics Greenland"])
def test_a_research_civic_or_political_body_is_never_the_company(
    an: Analyzer, body: str
) -> None:
    text = (
        f"The advice came from the {body}, which said the stock had fallen.\n\n"
        "In a statement on Monday night, the company wrote that it would lay up two "
        "trawlers.\n"
    )
    res = an.analyze(text)
    assert [q.speaker.name for q in res.quotes if q.speaker] == [body, "company"]


def test_a_headline_s_study_is_the_one_the_lead_introduces(an: Analyzer) -> None:
    """"…, survey finds" in the headline and "according to a survey published on
    Tuesday" in the lead are one document, named as the lead introduces it."""
    text = (
        "Commuters in Lagos spend three hours a day in traffic, survey finds\n\n"
        "Commuters in Lagos spend an average of three hours a day in traffic, according "
        "to a survey published on Tuesday by a transport charity.\n\n"
        "The survey found that most drivers had changed their working hours."
    )
    res = an.analyze(text)
    surveys = [e for e in res.entities if e.kind == "document"]
    assert len(surveys) == 1, [e.name for e in surveys]
    assert surveys[0].name != "survey finds"


@pytest.mark.parametrize(
    ("text", "name", "mention"),
    [
        # a type modifier ("central", "federal") tells no organisation from another
        ("Most borrowers will see their payments rise, according to the Bank of Ghana.\n\n"
         "In its review, the central bank said the typical borrower faced a jump.",
         "Bank of Ghana", "the central bank"),
        # an authority is an agency
        ("The state's Environment Protection Authority has confirmed the deaths.\n\n"
         "The agency said it would publish its findings within six weeks.",
         "Environment Protection Authority", "The agency"),
    ],
)
def test_a_type_description_joins_the_named_body(
    an: Analyzer, text: str, name: str, mention: str
) -> None:
    res = an.analyze(text)
    assert any(m.text == mention for m in entity(res, name).mentions)


def test_a_distinguishing_modifier_still_tells_bodies_apart(an: Analyzer) -> None:
    text = ("The Ministry of Water of Ethiopia said the dam was safe. Sudan's irrigation "
            "ministry said the dam was a threat.")
    names = [q.speaker.name for q in an.analyze(text).quotes if q.speaker]
    assert names[0] != names[1]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # an organisation named "X of Y" in prose is one name a description refers to
        ("The report was sent to the Department of Transport on Monday. The department "
         "said it would respond.", "Department of Transport"),
        ("Officials at the Ministry of the Interior were told. The ministry said it would "
         "respond.", "Ministry of the Interior"),
        # so is the body a spokesperson speaks for
        ("A spokesperson for the Department of Health said the minister supports the plan. "
         "The department added that funding remained in place.", "Department of Health"),
    ],
)
def test_an_organisation_named_in_prose_is_what_a_description_refers_to(
    an: Analyzer, text: str, name: str
) -> None:
    names = [q.speaker.name for q in an.analyze(text).quotes if q.speaker]
    assert names[-1] == name


def test_a_headline_description_is_the_organisation_the_lead_names(an: Analyzer) -> None:
    text = (
        "Fish dead in Darling River\n\n"
        "Conservation group says another mass die-off was 'entirely predictable'\n\n"
        "Hundreds of thousands of fish have died in the lower Darling River, the state's "
        "Environment Protection Authority has confirmed.\n\n"
        "The conservation group Rivers Alive Australia said the deaths were predictable."
    )
    names = [q.speaker.name for q in an.analyze(text).quotes if q.speaker]
    assert names[0] == names[-1] == "Rivers Alive Australia"


def test_an_unnamed_union_is_the_one_named_next_wherever_its_name_stands(
    an: Analyzer,
) -> None:
    text = ("Workers began a strike on Tuesday, their union said.\n\n"
            "Members of the Amalgamated Transit Union voted on Monday.")
    names = [q.speaker.name for q in an.analyze(text).quotes if q.speaker]
    assert names == ["Amalgamated Transit Union"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Northwind Logistics cut 40 jobs. The Northwind said the depot would close.",
         "Northwind Logistics"),
        ("The play opens at the Traverse Theatre on Friday. The Traverse said the run would "
         "be extended.", "Traverse Theatre"),
    ],
)
def test_the_first_word_of_an_organisation_names_it(an: Analyzer, text: str, name: str) -> None:
    assert [q.speaker.name for q in an.analyze(text).quotes if q.speaker] == [name]


def test_the_watchdog_is_the_authority_named_before() -> None:
    res = Analyzer().analyze(
        "The Competition and Markets Authority said the deal would hurt shoppers.\n\n"
        "The watchdog said it would block it.\n"
    )
    assert [q.speaker.name if q.speaker else None for q in res.quotes] == [
        "Competition and Markets Authority", "Competition and Markets Authority"]


@pytest.mark.parametrize(
    "opening",
    ["On Tuesday, the", "Just this week, the", "After the vote, the", "The"],
)
def test_an_organisation_described_after_a_fronted_phrase_is_the_subject(
    an: Analyzer, opening: str,
) -> None:
    """"Just this week, the trade group for …, spelled out its concerns. “…,” the group
    wrote": the description after a fronted phrase is its sentence's subject, the
    antecedent of "the group", not an organisation named before it."""
    text = (
        "One insurer, Kestrel Mutual Group, has threatened to leave the scheme.\n\n"
        f"{opening} trade group for the regional co-operatives spelled out its concerns "
        "as it commented on the rules. \"The risk pool is out of balance,\" the group "
        "wrote."
    )
    names = [q.speaker.name for q in an.analyze(text).quotes if q.speaker]
    assert names[-1] == "trade group for the regional co-operatives"


def test_a_generic_organisation_for_another_body_is_a_new_one(an: Analyzer) -> None:
    """"the trade group for the Harbour Shield plans" relates a new organisation to a
    body it names: it is not the ministry the article named before."""
    text = (
        "The Ministry of Health has pushed insurers to stay in the scheme.\n\n"
        "The trade group for the Harbour Shield plans spelled out its concerns as it "
        "commented on the rules. \"The risk pool is out of balance,\" the group wrote."
    )
    names = [q.speaker.name for q in an.analyze(text).quotes if q.speaker]
    assert names[-1] == "trade group for the Harbour Shield plans"


def test_a_paragraph_ending_in_a_quote_mark_typed_the_wrong_way_is_prose(
    an: Analyzer,
) -> None:
    """'… in the future.“' ends a paragraph of prose all the same: its descriptions are
    read ("Just this week, the trade group …" is the group that wrote)."""
    text = (
        "One insurer, Kestrel Mutual Group, has threatened to leave the scheme.\n\n"
        "Just this week, the trade group for the regional co-operatives spelled out its "
        "concerns. “The risk pool is out of balance,” the group wrote. “A correction is "
        "needed now.“\n\nPremiums rose again."
    )
    names = [q.speaker.name for q in an.analyze(text).quotes if q.speaker]
    assert names[-1] == "trade group for the regional co-operatives"


def test_it_in_a_clause_after_its_sentence_s_subject_is_that_subject(an: Analyzer) -> None:
    """"The Harbour Board published …, as it warned that …": "it" continues its own
    sentence's subject, not the one of the sentence before."""
    text = (
        "Kestrel Mutual Group has threatened to leave the scheme.\n\n"
        "The Harbour Board published its figures on Tuesday, as it warned that "
        "premiums would rise by a fifth."
    )
    quotes = [q for q in an.analyze(text).quotes if "premiums" in q.content.text]
    assert quotes and quotes[0].speaker is not None
    assert quotes[0].speaker.name == "Harbour Board"


@pytest.mark.parametrize("noun", ["drone-maker", "startup", "company"])
def test_a_company_noun_called_a_name_makes_it_an_organisation(an: Analyzer, noun: str) -> None:
    """"a nutritional-supplement-maker called Mannatech … It did not admit wrongdoing":
    the one-word name a company noun is "called" is an organisation's, which "it" may
    take up."""
    text = (
        "Kestrel Air said fares would rise.\n\n"
        "Inspectors from the ministry visited the site twice. Mayor Ana Souza toured the "
        "site on Friday.\n\n"
        f"Regulators have opened an inquiry into a {noun} called Skyvane. It said it "
        "would cooperate with the inquiry."
    )
    res = an.analyze(text)
    assert res.quotes[-1].speaker is not None
    assert res.quotes[-1].speaker.name == "Skyvane"
    assert entity(res, "Skyvane").kind == "organization"


@pytest.mark.parametrize("noun", ["organizations", "groups", "firms", "campaigns"])
def test_one_of_several_organisations_is_an_organisation(noun: str) -> None:
    """"One of the organizations …. “…,” he told me": the member of a plural
    organisation noun is an organisation, which no "he" refers to."""
    text = (
        "Kwame Mensah spoke in Accra on Monday.\n\n"
        f"One of the {noun} said the movement would grow. \"We must keep it alive,\" he "
        "said."
    )
    res = Analyzer().analyze(text)
    assert res.quotes[0].speaker is not None
    assert res.quotes[0].speaker.kind == "organization"
    assert res.quotes[-1].speaker is not None
    assert res.quotes[-1].speaker.name == "Kwame Mensah"


def test_a_department_is_the_agency_the_next_sentence_names(an: Analyzer) -> None:
    res = an.analyze(
        "Winds gusted to 31 mph overnight, according to the National Weather Service in "
        "Duluth.\n\n"
        "The Minnesota Department of Natural Resources expects about 500,000 people to fish "
        "on opening weekend. The agency said in a news release that the limit will stay at "
        "one fish.\n"
    )
    said = [q for q in res.quotes if q.content.text.startswith("the limit")]
    assert said[0].speaker is not None
    assert said[0].speaker.name == "Minnesota Department of Natural Resources"


@pytest.mark.parametrize("name", ["Tanami Ridge Resources", "Salar Minerals", "Kivu Mining"])
def test_a_role_noun_an_organisation_is_refers_to_it(an: Analyzer, name: str) -> None:
    """ "the miner" is a person's role, and what a mining company is (org_types.tsv)."""
    text = (
        f"{name} said it had followed the law. Traditional owners said they were never "
        "consulted. The miner said it would review the plans."
    )
    res = an.analyze(text)
    assert [q.speaker.name for q in res.quotes if q.speaker] == [
        name, "Traditional owners", name]


@pytest.mark.parametrize(("description", "speaker", "kind"), [
    ("The state-owned operator", "Comboios de Portugal", "organization"),
    ("The family-run operator", "Comboios de Portugal", "organization"),
    # the owner of a business so owned is a person; a state-run outlet stays an outlet
    ("A Black-owned business owner", "Black-owned business owner", "anonymous"),
])
def test_ownership_before_a_role_noun_makes_an_organisation(
    an: Analyzer, description: str, speaker: str, kind: str
) -> None:
    text = (
        "Drivers at national rail operator Comboios de Portugal (CP) walked out on Monday. "
        "Only 61 trains ran, according to CP.\n\n"
        f"{description} said in a statement that it regretted the disruption.\n"
    )
    res = an.analyze(text)
    assert [(q.speaker.name, q.speaker.kind) for q in res.quotes[-1:] if q.speaker] == [
        (speaker, kind)]


@pytest.mark.parametrize(("text", "name"), [
    ("The relief NGO Brahmaputra Sahayata Manch said the camps were full.",
     "Brahmaputra Sahayata Manch"),
    ("The NGO Brahmaputra Sahayata Manch said the camps were full.",
     "Brahmaputra Sahayata Manch"),
    # an organisation whose own name opens with the acronym keeps it
    ("NGO Watch said the camps were full.", "NGO Watch"),
])
def test_an_acronym_of_an_organisation_noun_is_no_part_of_the_name(
    an: Analyzer, text: str, name: str
) -> None:
    res = an.analyze(text)
    assert [(q.speaker.name, q.speaker.kind) for q in res.quotes if q.speaker] == [
        (name, "organization")]


@pytest.mark.parametrize(("full", "short", "kind"), [
    ("Tanami Ridge Resources", "Tanami Ridge", "organization"),
    ("Kestrel Bay Holdings", "Kestrel Bay", "organization"),
    # a foundation bears a person's name: the person stays a person
    ("Ana Lima Foundation", "Ana Lima", "person"),
])
def test_a_company_is_called_without_its_ending(
    an: Analyzer, full: str, short: str, kind: str
) -> None:
    text = (
        f"The union has accused the {full} of misleading it.\n\n"
        f"{short} said it held every approval required.\n"
    )
    res = an.analyze(text)
    assert [q.speaker.kind for q in res.quotes if q.speaker] == [kind]
