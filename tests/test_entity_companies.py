"""Issue 17: companies a business story names once and then calls "the company" — a
sector noun before the name that opens a headline ("Carmaker Zelvano recalls …") or
stands before it in prose ("the family firm Ardoch Spirits"), the one-word name again in
the prose, a name set off after a common noun (an apposition, not the clause's subject),
and groups named for their members and cause ("Doctors Without Borders")."""

from __future__ import annotations

import pytest

from attribution import Analyzer
from entity_support import entity


@pytest.fixture(scope="module")
def an() -> Analyzer:
    return Analyzer()


def _speakers(res: object) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in res.quotes]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("noun", "name"),
    [("Carmaker", "Zelvano"), ("Fintech", "PaisaSetu"), ("Insurer", "Halden Mutual"),
     ("Steelmaker", "Aceros del Noreste"), ("Meatpacker", "Frigorífico Boa Vista")],
)
def test_a_sector_noun_opening_a_headline_is_no_word_of_the_name(
    an: Analyzer, noun: str, name: str
) -> None:
    res = an.analyze(
        f"{noun} {name} cuts 300 jobs\n\n"
        f"{name}, which employs 4,000 people, will close two offices in March, "
        "the company said on Monday.\n"
    )
    company = entity(res, name)
    assert company.kind == "organization"
    assert _speakers(res) == [name]


def test_the_company_is_the_subject_not_a_name_set_off_after_a_noun(an: Analyzer) -> None:
    res = an.analyze(
        "Carmaker Zelvano recalls 40,000 vehicles\n\n"
        "TURIN: Zelvano, a Turin-based manufacturer, will recall 40,000 cars after a "
        "fault was found by a supplier, Italy's Autoworks Federation, the company said "
        "on Monday.\n\n"
        "\"We act quickly,\" it said.\n"
    )
    assert _speakers(res) == ["Zelvano", "Zelvano"]
    assert [m.text for m in entity(res, "Zelvano").mentions][-2:] == ["the company", "it"]


def test_a_name_after_a_comma_that_a_verb_follows_is_still_a_subject(an: Analyzer) -> None:
    # the appositive test must not take a clause's subject after a comma for one
    res = an.analyze(
        "Northwind Logistics lost the contract in May.\n\n"
        "After a long review, Corvane Holdings won it, and the company said it would "
        "hire 200 drivers.\n"
    )
    assert _speakers(res) == ["Corvane Holdings"]


def test_a_name_set_off_after_the_sentences_own_subject_is_its_subject(an: Analyzer) -> None:
    res = an.analyze(
        "Its sponsor, Rep. Naledi Mokoena, D-Aurora, said teachers in her district had "
        "told her they spend the first ten minutes of every lesson \"negotiating with a "
        "screen.\"\n"
    )
    assert _speakers(res) == ["Naledi Mokoena"]
    assert entity(res, "Naledi Mokoena").gender == "female"


def test_an_organisations_description_that_opens_a_sentence_is_its_subject(
    an: Analyzer,
) -> None:
    res = an.analyze(
        "The Harbour Pilots Association took its case to court in March.\n\n"
        "Coastal Towage Holdings has said it will fight the claim.\n\n"
        "The association, which represents 300 pilots, sued the port authority and "
        "Coastal Towage Holdings in 2021. It argued that the new rules put crews at risk.\n"
    )
    assert _speakers(res) == ["Coastal Towage Holdings", "Harbour Pilots Association"]
    assert "The association" in [m.text for m in entity(res, "Harbour Pilots Association").mentions]


def test_a_utility_named_with_its_province_is_an_organisation(an: Analyzer) -> None:
    res = an.analyze(
        "Gill rejected Manitoba Hydro's argument that the claim was late. The Crown "
        "corporation had told the court that band members knew about the flooding.\n"
    )
    assert _speakers(res) == ["Manitoba Hydro"]
    assert entity(res, "Manitoba Hydro").kind == "organization"


def test_a_welsh_patronymic_particle_is_part_of_the_name(an: Analyzer) -> None:
    res = an.analyze(
        "NFU Cymru president Aled ap Rhys told the crowd the rule would end family farms.\n\n"
        "\"Nobody here is against trees,\" Mr ap Rhys said.\n"
    )
    assert _speakers(res) == ["Aled ap Rhys", "Aled ap Rhys"]
    assert entity(res, "Aled ap Rhys").gender == "male"


@pytest.mark.parametrize("name", ["Radio New Zealand", "Yonhap News Agency", "Kyodo News Service"])
def test_a_radio_or_news_agency_is_an_outlet(an: Analyzer, name: str) -> None:
    res = an.analyze(f"{name} reported that the meeting would be held in Honiara.\n")
    assert res.quotes[0].speaker is not None and res.quotes[0].speaker.kind == "media"


@pytest.mark.parametrize("name", ["Woodland Trust Cymru", "Save the Children UK"])
def test_an_organisation_named_with_its_country_after_its_head(an: Analyzer, name: str) -> None:
    res = an.analyze(f"{name} said the scheme had been badly designed.\n")
    assert res.quotes[0].speaker is not None and res.quotes[0].speaker.kind == "organization"


@pytest.mark.parametrize("given", ["Jae-won", "Seung-won", "Ji-woo"])
def test_a_hyphenated_given_name_whose_syllable_spells_a_verb_stays_whole(
    an: Analyzer, given: str
) -> None:
    res = an.analyze(
        "\"I came here to play every day,\" the outfielder said in Korean, as interpreter "
        f"{given} Lim translated.\n\n"
        "\"He has been asking me for ideas all week,\" said Lim, who translated for two "
        "Korean pitchers in San Diego before joining the club.\n"
    )
    assert _speakers(res)[-1] == f"{given} Lim"


def test_a_headline_speaker_named_by_demonym_and_title_is_the_body_speaker(an: Analyzer) -> None:
    res = an.analyze(
        "Tongan PM: 'The sea does not negotiate'\n\n"
        "NUKU'ALOFA (AFP) - Pacific leaders on Friday called for faster cuts.\n\n"
        "\"The sea does not negotiate, and neither can we,\" Tonga's Prime Minister Viliami "
        "Latu-Fonua told the closing session.\n\n"
        "The Tongan, who chaired the meeting, said leaders had agreed to set up a fund.\n"
    )
    assert set(_speakers(res)) == {"Viliami Latu-Fonua"}
    mentions = [m.text for m in entity(res, "Viliami Latu-Fonua").mentions]
    assert "Tongan PM" in mentions and "The Tongan" in mentions


def test_a_demonym_before_a_name_without_title_stays_in_the_name(an: Analyzer) -> None:
    res = an.analyze("The site Western Journalism said the story was wrong.\n")
    assert _speakers(res) == ["Western Journalism"]


def test_a_directorate_general_is_one_organisation(an: Analyzer) -> None:
    res = an.analyze(
        "The Directorate General of Civil Aviation (DGCA) said it had accepted all the "
        "recommendations.\n\nGeneral Musharraf of Pakistan said it was over.\n"
    )
    assert _speakers(res) == ["Directorate General of Civil Aviation", "Musharraf"]


def test_a_club_named_in_its_own_language_is_the_club(an: Analyzer) -> None:
    res = an.analyze(
        "Esporte Clube Serrano sacked head coach Rui Almeida Tavares on Monday, less than 24 "
        "hours after a 4-1 home defeat.\n\n"
        "In a statement published shortly after 9am, the club said the decision had been "
        "taken \"with a heavy heart\".\n"
    )
    assert entity(res, "Esporte Clube Serrano").kind == "organization"
    assert _speakers(res) == ["Esporte Clube Serrano"]


@pytest.mark.parametrize(
    ("noun", "name"),
    [("family firm", "Ardoch Spirits"), ("mining company", "Salar Minerals"),
     ("carmaker", "Kastell Motoren")],
)
def test_a_company_noun_before_a_name_in_prose_makes_it_a_company(
    an: Analyzer, noun: str, name: str
) -> None:
    res = an.analyze(
        f"The distillery near Dufftown is owned by the {noun} {name}.\n\n"
        "The company, which reported a profit last year, said the expansion would be "
        "funded from its own reserves.\n"
    )
    assert entity(res, name).kind == "organization"
    assert _speakers(res) == [name]


@pytest.mark.parametrize("name", [
    "Gallatin Parents for Transparency", "Mothers Against Drunk Driving",
    "Doctors Without Borders", "Veterans for Peace"])
def test_a_group_named_for_its_members_and_cause_is_an_organisation(
    an: Analyzer, name: str
) -> None:
    res = an.analyze(
        f"{name} said its members would protest outside the school on Monday. It said the "
        "board had ignored them.\n"
    )
    assert _speakers(res) == [name, name]
    assert entity(res, name).kind == "organization"


def test_the_producer_of_data_is_mentioned_for_a_later_description(an: Analyzer) -> None:
    res = an.analyze(
        "Scotch whisky exports were worth £5.4bn last year, according to figures from the "
        "Scotch Whisky Association (SWA). The trade body said single malts accounted for "
        "more than a third of that total.\n"
    )
    assert _speakers(res)[-1] == "Scotch Whisky Association"
    assert entity(res, "Scotch Whisky Association").kind == "organization"


@pytest.mark.parametrize("data", ["NEA figures", "the NEA data"])
def test_data_a_named_body_qualifies_speak_for_it(an: Analyzer, data: str) -> None:
    res = an.analyze(
        "The National Environment Agency (NEA) said rents would rise. According to "
        f"{data}, rents at the centre rose 12 per cent last year.\n"
    )
    assert _speakers(res) == ["National Environment Agency", "National Environment Agency"]


def test_the_company_is_the_salient_one_not_one_whose_name_holds_company(
    an: Analyzer,
) -> None:
    res = an.analyze(
        "The bill would create a National Lithium Company (Enalit) and give it at least "
        "51% of every contract from 2030.\n\n"
        'Salar Minerals, the largest private producer in the Atacama, said in a statement '
        'that it was "studying all legal options." The company, which last week reported '
        "a fall in profit, said it had not been consulted on the final text.\n"
    )
    assert _speakers(res) == ["Salar Minerals", "Salar Minerals"]
    assert entity(res, "Salar Minerals").kind == "organization"


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("The Board of Control for Cricket in India (BCCI) said the auction would go ahead.",
         "Board of Control for Cricket in India", "organization"),
        ("The Banco do Brasil said rates would rise.", "Banco do Brasil", "organization"),
        ("The Committee on Foreign Relations said the bill would pass.",
         "Committee on Foreign Relations", "organization"),
        ("Business Day reported that the utility had lost R23bn.", "Business Day", "media"),
        ("The Montana Right to Life Coalition said in an email that it would help.",
         "Montana Right to Life Coalition", "organization"),
    ],
)
def test_lower_case_words_inside_an_organisations_name(text: str, name: str, kind: str) -> None:
    speaker = Analyzer().analyze(text).quotes[0].speaker
    assert speaker is not None
    assert (speaker.name, speaker.kind) == (name, kind)


def test_a_romance_particle_inside_a_name_is_part_of_it() -> None:
    speaker = Analyzer().analyze("Hidrovias do Norte said the barges had stopped.").quotes[0]
    assert speaker.speaker is not None and speaker.speaker.name == "Hidrovias do Norte"


def test_the_agency_is_a_service_and_another_owners_agency_is_not() -> None:
    text = (
        "The river fell to 12.11 meters, according to the Geological Service of Brazil.\n\n"
        "The agency said the river was still falling.\n\n"
        "Amazonas state's civil defense agency said all 62 municipalities were in a state "
        "of emergency.\n"
    )
    names = [q.speaker.name for q in Analyzer().analyze(text).quotes if q.speaker]
    assert names == [
        "Geological Service of Brazil",
        "Geological Service of Brazil",
        "Amazonas state's civil defense agency",
    ]


def test_a_company_the_text_calls_the_airline_takes_no_he() -> None:
    # "EgyptAir" is an organisation only by its shape until "The airline" refers to it;
    # from then on no "he" makes a person of it
    res = Analyzer().analyze(
        "EgyptAir confirmed the crash on Thursday. The airline said its crew were "
        'experienced.\n\n"We are searching all night," he said.\n'
    )
    assert [(e.name, e.kind) for e in res.entities] == [("EgyptAir", "organization")]
    assert [q.speaker.name if q.speaker else None for q in res.quotes] == ["EgyptAir", "he"]


def test_an_industry_noun_opening_a_sentence_says_the_name_is_a_companys(an: Analyzer) -> None:
    res = an.analyze(
        "Tankers lined up at dawn.\n\n"
        "Steelmaker Aceros del Noreste, one of the region's largest water users, said in a "
        "statement that it had cut consumption at its Apodaca plant by a fifth. The company "
        "said its wells tap a deep aquifer.\n"
    )
    assert entity(res, "Aceros del Noreste").kind == "organization"
    assert _speakers(res) == ["Aceros del Noreste", "Aceros del Noreste"]


@pytest.mark.parametrize(
    ("possessor", "name"),
    [("South Korea's", "Hanseong Semiconductor"), ("Britain's", "Rolls-Royce Holdings"),
     ("the UK's", "Civil Aviation Authority")],
)
def test_a_places_possessive_is_no_word_of_an_organisations_name(
    an: Analyzer, possessor: str, name: str
) -> None:
    res = an.analyze(f"SEOUL (Wire) - {possessor} {name} said sales would double this year.\n")
    assert _speakers(res) == [name]


def test_a_company_its_owned_things_show_is_the_company_a_description_means(
    an: Analyzer,
) -> None:
    # "Hanseong's largest labor union": only a company has one; "The world's
    # third-largest memory maker" and "The company" are then that company
    res = an.analyze(
        "SEOUL (Wire) - Hanseong Semiconductor expects sales of memory chips to double, its "
        "chief financial officer said on Thursday.\n\n"
        "The world's third-largest memory maker reported a record profit.\n\n"
        "The company said it would buy back shares.\n\n"
        "Hanseong's largest labor union said it would strike.\n"
    )
    assert entity(res, "Hanseong Semiconductor").kind == "organization"
    assert _speakers(res)[1] == "Hanseong Semiconductor"


def test_a_name_apposed_to_an_organisations_noun_is_that_organisation(an: Analyzer) -> None:
    res = an.analyze(
        "The river rose overnight. A local charity said it had run out of food. The "
        "charity, Feed Kingston, said demand had doubled.\n"
    )
    assert entity(res, "Feed Kingston").kind == "organization"
    assert _speakers(res) == ["Feed Kingston", "Feed Kingston"]


def test_a_person_apposed_to_an_organisations_role_stays_a_person(an: Analyzer) -> None:
    res = an.analyze(
        "Ruth Akande-Moss, the Royal College of Nursing’s northern regional director, said "
        "the union had warned about the situation.\n"
    )
    assert entity(res, "Ruth Akande-Moss").kind == "person"


@pytest.mark.parametrize("pronoun", ["They", "It"])
def test_an_unnamed_organisation_opening_a_sentence_is_what_a_pronoun_continues(
    an: Analyzer, pronoun: str
) -> None:
    res = an.analyze(
        f"The council voted to close the library. {pronoun} said the building was unsafe.\n"
    )
    assert _speakers(res) == ["council"]


def test_a_name_set_off_by_a_unit_of_another_company_is_a_company(an: Analyzer) -> None:
    res = an.analyze(
        "The plant is run by Hanul Apparel Vina, a unit of South Korea's Hanul Textile.\n\n"
        "Hanul Apparel Vina said in a statement that it was devastated.\n\n"
        "The company said it would pay the families. It said the door had been blocked.\n"
    )
    assert entity(res, "Hanul Apparel Vina").kind == "organization"
    assert _speakers(res) == ["Hanul Apparel Vina"] * 3


def test_a_firm_supporter_of_a_company_is_no_company(an: Analyzer) -> None:
    res = an.analyze(
        "Ama Owusu, a firm supporter of the company, said the deal was fair.\n"
    )
    assert entity(res, "Ama Owusu").kind == "person"


@pytest.mark.parametrize(("text", "name"), [
    ("The Vietnam General Confederation of Labour said it would support the families.",
     "Vietnam General Confederation of Labour"),
    ("A 2024 fire safety inspection of the plant found that two exits were locked.",
     "2024 fire safety inspection of the plant"),
])
def test_organisation_and_document_heads(an: Analyzer, text: str, name: str) -> None:
    speaker = an.analyze(text).quotes[0].speaker
    assert speaker is not None and speaker.name == name
    assert speaker.kind in ("organization", "document")


def test_an_organisations_noun_before_a_name_is_what_the_description_refers_to(
    an: Analyzer,
) -> None:
    res = an.analyze(
        "SOCCER-Vicenza Berica agree sale to U.S. fund\n\n"
        "VICENZA, Italy, Feb 11 (CSW) - Serie B club Vicenza Berica have agreed to sell a "
        "78% stake to a U.S. firm, the club said on Wednesday.\n\n"
        "The club, which reported a net loss, said the new owners would cover the "
        "shortfall.\n"
    )
    assert entity(res, "Vicenza Berica").kind == "organization"
    assert _speakers(res) == ["Vicenza Berica", "Vicenza Berica"]


@pytest.mark.parametrize(("text", "name"), [
    ("La Gazzetta dello Sport reported last month that the fund planned to rename it.",
     "La Gazzetta dello Sport"),
    ("Folha de S.Paulo reported that the deal was done.", "Folha de S.Paulo"),
])
def test_a_newspapers_name_in_another_language_is_an_outlet(
    an: Analyzer, text: str, name: str
) -> None:
    speaker = an.analyze(text).quotes[0].speaker
    assert speaker is not None and (speaker.name, speaker.kind) == (name, "media")


@pytest.mark.parametrize(("text", "name"), [
    ("McDonald's said it would raise wages. The company said it would hire 1,000 workers.",
     "McDonald's"),
    ("Moody's said on Tuesday the outlook was negative. It said debt would rise.", "Moody's"),
    ("In a statement, St. Brendan's said it had made an offer. It said it had hired nurses.",
     "St. Brendan's"),
    ('"We will recall the cookies," Trader Joe\'s said. It said no one fell ill.',
     "Trader Joe's"),
    ('"We will raise wages," said McDonald\'s. The company said it would hire staff.',
     "McDonald's"),
])
def test_a_name_in_possessive_s_before_its_cue_is_a_firm(
    an: Analyzer, text: str, name: str
) -> None:
    # "McDonald's said": no noun follows the "'s", so it is no possessor's; the firm is
    # named with it and is what "the company" and "it" mean.
    res = an.analyze(text)
    assert _speakers(res) == [name, name]
    assert entity(res, name).kind == "organization"


@pytest.mark.parametrize(("text", "speaker"), [
    # a possessive before a participle of a noun phrase, "has", "is said to": no firm
    ("Trump’s reported net worth is $4 billion, Forbes said.", "Forbes"),
    ("Khan decried Trump’s repeated calls to ban Muslims, the paper said.", "paper"),
    ("Paul Ryan spoke. He's said he gets his ideas from Ayn Rand.", "Paul Ryan"),
])
def test_a_possessive_or_a_contraction_before_a_participle_is_no_firm(
    an: Analyzer, text: str, speaker: str
) -> None:
    assert _speakers(an.analyze(text)) == [speaker]


@pytest.mark.parametrize(("text", "name", "kind"), [
    # a name the lexicon knows whole keeps its first word ("Federal" also modifies roles)
    ("The Federal Reserve said inflation was easing.", "Federal Reserve", "organization"),
    # ... and its "of" ("The Times of India": no head phrase ends before it)
    ("The talks had failed, the Times of India reported.", "Times of India", "media"),
    # a possessor that is a word of the name: an irregular plural, a queen, a saint
    ("Women's Aid said calls to its helpline had doubled.", "Women's Aid", "organization"),
    ("St John's Ambulance said volunteers treated 40 people.", "St John's Ambulance",
     "organization"),
    ("The newsletter Queen's Park Pulse reported that the deal was close.",
     "Queen's Park Pulse", "organization"),
    # "&" joins no person's names
    ("Procter & Gamble said sales rose in the quarter.", "Procter & Gamble", "organization"),
    ("Ernst & Young said the audit was complete.", "Ernst & Young", "organization"),
])
def test_whole_names_of_bodies(an: Analyzer, text: str, name: str, kind: str) -> None:
    res = an.analyze(text)
    assert _speakers(res) == [name]
    assert entity(res, name).kind == kind


@pytest.mark.parametrize(("text", "name"), [
    # a place's or a firm's possessive before another body's name is no word of it
    ("Britain's Foreign Office said the embassy was closed.", "Foreign Office"),
    ("South Korea's Hanseong Semiconductor said profits fell.", "Hanseong Semiconductor"),
    # a queen's own noun is hers: no name of a body
    ("Queen Camilla's spokesman said she was well.", "Queen Camilla's spokesman"),
])
def test_a_possessor_that_is_no_word_of_the_name(an: Analyzer, text: str, name: str) -> None:
    assert _speakers(an.analyze(text)) == [name]


def test_a_name_set_off_before_a_possessed_office_is_a_body(an: Analyzer) -> None:
    res = an.analyze(
        "Matignon, the prime minister's office, denied the report, saying he had the "
        "backing of his cabinet.\n"
    )
    assert _speakers(res) == ["Matignon"]
    body = entity(res, "Matignon")
    assert (body.kind, body.gender) == ("organization", None)


def test_a_titled_person_set_off_before_an_office_noun_stays_a_person(an: Analyzer) -> None:
    # "the county's health authority" is Dr. Adeyemi's role, whatever its head
    res = an.analyze(
        '"We are seeing what we feared," said Dr. Oluwaseun Adeyemi, the county\'s health '
        "authority.\n"
    )
    assert _speakers(res) == ["Oluwaseun Adeyemi"]
    assert entity(res, "Oluwaseun Adeyemi").kind == "person"


def test_it_takes_the_one_firm_in_reach_past_a_persons_sentence(an: Analyzer) -> None:
    res = an.analyze(
        "Acme said profits fell.\n\n"
        "Its chief executive, John Roe, said demand was weak.\n\n"
        "It said it would cut 200 jobs.\n"
    )
    assert _speakers(res) == ["Acme", "John Roe", "Acme"]
    assert entity(res, "Acme").kind == "organization"


def test_a_firms_last_word_that_is_also_a_verb_ends_its_name(an: Analyzer) -> None:
    # "Limited" and "Watch" are verbs in lower case; capitalised last in a name they are
    # words of an organisation's name, and the acronym after it is that name's
    res = an.analyze(
        "MMRCL blames rain for flooding\n\n"
        "Rain forced the Mumbai Metro Rail Corporation Limited (MMRCL) to suspend services "
        "for five hours on Monday.\n\n"
        "The corporation said no one was hurt.\n"
    )
    assert "Mumbai Metro Rail Corporation Limited" in [e.name for e in res.entities]
    res = an.analyze("Judicial Watch sued the State Department. Judicial Watch said it "
                     "would appeal.\n")
    assert [e.name for e in res.entities if e.kind == "organization"][:1] == ["Judicial Watch"]


@pytest.mark.parametrize(("name", "kind"), [
    ("Frutas Finas del Balsas", "organization"),  # one of the exporters: a company
    ("Maria del Carmen Ruiz", "person"),
])
def test_a_name_set_off_as_one_of_the_companies_is_one(an: Analyzer, name: str, kind: str) -> None:
    plural = "exporters" if kind == "organization" else "founders"
    text = (f"{name}, one of the largest {plural} in Uruapan, said extortion was now a "
            "material risk. The company said it had begun buying more fruit in Jalisco.")
    res = an.analyze(text)
    assert entity(res, name).kind == kind
    assert _speakers(res)[0] == name
    assert (_speakers(res)[1] == name) is (kind == "organization")


@pytest.mark.parametrize("name", ["FBI", "Federal Bureau of Investigation"])
def test_the_agency_is_a_federal_agency_named_by_acronym_or_bureau(an: Analyzer, name: str) -> None:
    res = an.analyze(f"The {name} said it was working on the case. The agency said the "
                     "scope was confidential.")
    assert _speakers(res) == [name, name]


@pytest.mark.parametrize("name", ["PT Sawit Makmur Lestari", "Sawit Makmur Lestari Tbk"])
def test_an_indonesian_legal_form_makes_a_company(an: Analyzer, name: str) -> None:
    res = an.analyze(f"Ong, an analyst at Merdeka Research, said exporters would gain. {name} "
                     "reported a fall in profit on Friday. The company said exports would halve.")
    assert entity(res, name).kind == "organization"
    assert _speakers(res)[-1] == name


def test_a_name_set_off_after_the_fund_with_its_acronym_names_it(an: Analyzer) -> None:
    res = an.analyze(
        "Sweden’s municipal workers’ pension fund has sold its holdings in oil producers.\n\n"
        "The fund, Kommunernas Pensionsfond (KPF), said on Thursday that the sale had been "
        "completed on Monday.\n"
    )
    assert _speakers(res) == ["Kommunernas Pensionsfond"]
    assert entity(res, "Kommunernas Pensionsfond").kind == "organization"


def test_a_possessed_description_is_the_body_named_later_with_all_its_words(
    an: Analyzer,
) -> None:
    res = an.analyze(
        "Indonesia's trade ministry said the ban would stay. Prices rose. Growers protested. "
        "Exporters waited. Traders worried. The Ministry of Trade denied the growers' figures "
        "and said stocks were low."
    )
    assert _speakers(res) == ["Ministry of Trade", "Ministry of Trade"]


def test_a_welsh_article_inside_a_name_keeps_it_whole(an: Analyzer) -> None:
    res = an.analyze("The campaign group Cymdeithas yr Iaith said the closure would harm Welsh.")
    assert _speakers(res) == ["Cymdeithas yr Iaith"]
    assert entity(res, "Cymdeithas yr Iaith").kind == "organization"


def test_the_club_makes_a_club_of_a_name_taken_for_a_persons(an: Analyzer) -> None:
    res = an.analyze("Leeds Rhinos said it owed £4m. The club said wages would be paid.")
    assert _speakers(res) == ["Leeds Rhinos", "Leeds Rhinos"]
    assert entity(res, "Leeds Rhinos").kind == "organization"


def test_a_union_is_never_the_company() -> None:
    text = (
        "Héctor Mamani Choque, president of the mine's Workers' Union No. 1, said the "
        "offer was too low.\n\n"
        "Minera Quebrada Honda said in a statement that the stoppage was costing about "
        "6,000 tons of copper a week. The company, which reported a rise in profit, "
        "rejected the union's figures. It said the bonus was the largest offered this "
        "year.\n\n"
    )
    res = Analyzer().analyze(text)
    assert [q.speaker.name if q.speaker else None for q in res.quotes][-1] == (
        "Minera Quebrada Honda"
    )


def test_the_company_long_after_the_articles_only_company_is_that_company() -> None:
    filler = "\n\n".join(
        f"{name} said the building was too tall. {name.split()[0]} spoke for ten minutes."
        for name in ("Mary Moriarty", "John Becerra", "Susan Achterberg", "David Kim",
                     "Linda Ruiz", "James Larsen", "Karen Young", "Robert Moss"))
    res = Analyzer().analyze(
        "The project, proposed by Phoenix-based Cordillera Residential Partners, would put "
        "214 apartments on the site of a furniture store.\n\n"
        f"{filler}\n\n"
        "Construction could begin as early as fall 2027, the company said.\n"
    )
    last = res.quotes[-1]
    assert last.content.text.startswith("Construction could begin")
    assert last.speaker is not None and last.speaker.name == "Cordillera Residential Partners"


def test_a_name_which_refers_to_is_an_organisation() -> None:
    res = Analyzer().analyze(
        "Shares fell after weaker-than-expected earnings from smaller rival Taegeuk Memory, "
        "which said demand for its chips had slowed.\n"
    )
    assert res.quotes and res.quotes[0].speaker is not None
    assert res.quotes[0].speaker.name == "Taegeuk Memory"
    assert res.quotes[0].speaker.kind == "organization"


def test_a_name_based_somewhere_is_an_organisation_and_a_role_keeps_its_person() -> None:
    res = Analyzer().analyze(
        "Zurich-based Limmat Privatbank confirms that personal data of 12,000 clients was "
        "stolen. Limmat Privatbank said it had informed regulators.\n\n"
        "London-based designer Jane Doe said the show would go ahead.\n"
    )
    kinds = {e.name: e.kind for e in res.entities}
    assert kinds["Limmat Privatbank"] == "organization"
    assert kinds["Jane Doe"] == "person"


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("Lianhe Zaobao reported last week that a five-room flat sold for a record price.",
     "Lianhe Zaobao", "media"),
    ("NRK Sápmi reported on Monday that the ministry had delayed the decision.",
     "NRK Sápmi", "media"),
    ("Robert Costa reported on Monday that the campaign had hired a new manager.",
     "Robert Costa", "person"),
])
def test_a_name_that_only_reported_and_names_no_one_is_an_outlet(
    text: str, name: str, kind: str
) -> None:
    res = Analyzer().analyze(text)
    assert res.quotes and res.quotes[0].speaker is not None
    assert (res.quotes[0].speaker.name, res.quotes[0].speaker.kind) == (name, kind)


def test_a_name_that_opens_an_organisations_name_is_that_organisations() -> None:
    res = Analyzer().analyze(
        "Veltheim strike will hit every line, IG Metall says\n\n"
        "Workers at Veltheim's plants will strike for 24 hours next week unless the "
        "company improves its pay offer, the IG Metall union said.\n"
    )
    kinds = {e.name: e.kind for e in res.entities}
    assert kinds.get("IG Metall") != "person", kinds


def test_a_person_whose_name_opens_a_foundations_stays_a_person() -> None:
    res = Analyzer().analyze(
        "The Mary Robinson Foundation said it would appeal. Mary Robinson said the ruling "
        "was wrong.\n"
    )
    kinds = {e.name: e.kind for e in res.entities}
    assert kinds["Mary Robinson"] == "person"
