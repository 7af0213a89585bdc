"""Issue 17: what wire leads and features do to speakers — a dateline before a
sentence's description, a place after a headline quotation's colon, a person named
with a "who" clause whom "the group" does not turn into a company, unnamed people
"familiar with the matter" who are no pair of the people named before, ranks before
names, and a body named with two portfolios joined by "and"."""

from __future__ import annotations

import pytest

from attribution import Analysis, Analyzer


@pytest.fixture(scope="module")
def an() -> Analyzer:
    return Analyzer()


def _names(res: Analysis) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in res.quotes]


def test_a_description_after_a_dateline_is_the_sentences_subject(an: Analyzer) -> None:
    res = an.analyze(
        "POLA, Oriental Mindoro — A 52-year-old fisherman who has worked these waters "
        "since he was twelve sat on the hull of his boat on Tuesday.\n\n"
        "\"Look at that. Three weeks, and it still comes off like tar,\" he said.\n"
    )
    speaker = res.quotes[0].speaker
    assert speaker is not None and speaker.kind == "anonymous"
    assert "fisherman" in speaker.name


@pytest.mark.parametrize("place", ["HÀ NỘI", "SÃO PAULO, Brazil (AP)", "ZÜRICH, Nov 4 (Reuters)"])
def test_a_dateline_in_capitals_of_any_alphabet_is_no_speaker_nor_content(
    an: Analyzer, place: str
) -> None:
    res = an.analyze(f"{place} — Several hundred drivers gathered outside the company's "
                     "office on Monday, saying a fare cut had left them unable to pay rent.\n")
    assert len(res.quotes) == 1
    quote = res.quotes[0]
    assert quote.content.text.startswith("a fare cut")
    assert quote.speaker is not None and quote.speaker.mention is not None
    assert quote.speaker.mention.text == "Several hundred drivers"


def test_a_place_after_a_headline_quotations_colon_is_no_speaker(an: Analyzer) -> None:
    res = an.analyze(
        "'Wala na kaming huli': In Pola, fishers count the days since the oil came\n\n"
        "The fisherman, Rodel Dimaculangan, has not taken his boat out since February, when "
        "a tanker ran aground off Pola.\n\n"
        "\"The buyers don't even call now,\" he said.\n"
    )
    assert "In Pola" not in _names(res) and "Pola" not in _names(res)
    assert _names(res)[-1] == "Rodel Dimaculangan"


def test_a_person_named_with_a_who_clause_stays_a_person(an: Analyzer) -> None:
    res = an.analyze(
        "Stefan Brandauer, who took over in March, told analysts on a conference call that "
        "the company had \"no room left\" to delay the cuts.\n\n"
        "\"We built this company for a world that bought two million of our engines a "
        "year,\" Brandauer said.\n\n"
        "The Hanover-based group said the Salzgitter site would keep its battery line.\n"
    )
    people = [e for e in res.entities if e.name == "Stefan Brandauer"]
    assert people and people[0].kind == "person"


def test_two_people_familiar_with_the_matter_are_no_pair_of_named_people(
    an: Analyzer,
) -> None:
    res = an.analyze(
        "Stefan Brandauer met Olaf Reinholdt on Monday.\n\n"
        "Two people familiar with the matter said the meeting had been tense.\n"
    )
    speaker = res.quotes[0].speaker
    assert speaker is not None and speaker.kind == "anonymous"
    assert "familiar with the matter" in speaker.name


def test_a_rank_before_a_name_is_no_word_of_it(an: Analyzer) -> None:
    res = an.analyze(
        "PCG spokesperson Commodore Arnel Bautista said the leak had been contained.\n"
    )
    assert _names(res) == ["Arnel Bautista"]


def test_a_body_with_two_portfolios_joined_by_and_is_one_organisation(an: Analyzer) -> None:
    res = an.analyze(
        "About 18,000 fishers have lost their income, according to the Bureau of Fisheries "
        "and Aquatic Resources (BFAR).\n"
    )
    speaker = res.quotes[0].speaker
    assert speaker is not None
    assert (speaker.name, speaker.kind) == (
        "Bureau of Fisheries and Aquatic Resources", "organization"
    )


def test_the_company_is_the_shipowner_not_the_bureau(an: Analyzer) -> None:
    res = an.analyze(
        "Residents accuse the tanker's owner, Amihan Shipping Lines, of waiting two days "
        "before reporting the leak. About 18,000 fishers have lost their income, according "
        "to the Bureau of Fisheries and Aquatic Resources.\n\n"
        "The company denied the allegations and said in a statement that it had notified "
        "the coast guard.\n"
    )
    assert _names(res) == ["Bureau of Fisheries and Aquatic Resources", "Amihan Shipping Lines"]


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Director of football Fernanda Rocha Lima said the search had begun.\n",
         "Fernanda Rocha Lima", "person"),
        ("Radyo Bandila Mindoro reported last week that vendors were selling fish.\n",
         "Radyo Bandila Mindoro", "media"),
    ],
)
def test_a_title_or_a_radio_word_types_the_name(
    an: Analyzer, text: str, name: str, kind: str
) -> None:
    speaker = an.analyze(text).quotes[0].speaker
    assert speaker is not None and (speaker.name, speaker.kind) == (name, kind)


INQUIRY = (
    'Commission chairperson Zanele Mthethwa, a retired judge, told the parties the '
    'hearings were not a trial but that she would not hesitate to refer evidence to '
    'the National Prosecuting Authority.\n'
    '\n'
    '"We are here to find out why nine men did not come home," Mthethwa said. '
    '"Everyone in this room owes their families that much."\n'
    '\n'
    'ADVERTISEMENT\n'
    '\n'
    'The first witness, a 38-year-old winch operator who was working one level above '
    'the fire, told the commission the alarms had gone off "almost every shift" in '
    'January.\n'
    '\n'
    'Tumelo Mofokeng, who has worked at the shaft for 14 years, said the readings '
    'were written in a red logbook, which the commission has since obtained.\n'
)


def test_a_description_with_an_indefinite_apposition_is_someone_new(an: Analyzer) -> None:
    # "The first witness, a 38-year-old winch operator who …," is not the chairperson
    # named before: the indefinite apposition introduces someone, named next
    assert _names(an.analyze(INQUIRY))[-2:] == ["Tumelo Mofokeng", "Tumelo Mofokeng"]


def test_who_after_a_names_apposition_is_the_named_person(an: Analyzer) -> None:
    res = an.analyze(
        "Sudan's delegation was led by Amna El-Tayeb Osman, a senior engineer at the "
        "Ministry of Irrigation and Water Resources, who said the Roseires dam had been "
        "\"flying blind\" during past fillings.\n"
    )
    assert _names(res) == ["Amna El-Tayeb Osman"]


HEARING = (
    'Commissioner Ruth Kowalczyk, who drafted the plan, leaned toward her microphone.'
    '\n'
    '\n'
    '"Would you support any money at all for the sheriff?" Kowalczyk asked.\n'
    '\n'
    '"For naloxone in every cruiser, yes," O\'Donoghue said.\n'
    '\n'
    '"And for the task force?"\n'
    '\n'
    '"Not one dollar."\n'
    '\n'
    'Advertisement\n'
    '\n'
    "Capt. Hae-won Jung of the Scioto County Sheriff's Office said deputies had given"
    ' naloxone 212 times last year and that the task force had taken "more than 3 '
    'kilos of fentanyl off our streets" since January.\n'
    '\n'
    "Kowalczyk defended the sheriff's share, saying overdoses would not fall while "
    'dealers kept working.\n'
    '\n'
    'The owner of a sober-living house in New Boston told commissioners that her 14 '
    'beds had a waiting list of 37 people. Mai Tran, who opened the house in 2019, '
    'said the county should pay for 20 more recovery beds, which would cost about '
    '$600,000 a year.\n'
)


def test_a_definite_description_its_indefinite_complement_establishes_is_someone_new(
    an: Analyzer,
) -> None:
    # "The owner of a sober-living house in New Boston" is no variation on the
    # commissioner who spoke before: Mai Tran, named next
    res = an.analyze(HEARING)
    owner = [q for q in res.quotes if q.content.text.startswith("her 14 beds")]
    assert owner and owner[0].speaker is not None and owner[0].speaker.name == "Mai Tran"


@pytest.mark.parametrize(("text", "name"), [
    ("The fees have risen by a third, according to the Association of Avocado Producers "
     "and Packers of Michoacán, which represents 30,000 growers.",
     "Association of Avocado Producers and Packers of Michoacán"),
    ("Households spent more on candles, according to an analysis by the Council for "
     "Scientific and Industrial Research.", "Council for Scientific and Industrial Research"),
    ("Managers at Cardiff and Vale University Health Board had ordered staff to clean up "
     "the list.\n\nThe health board said it had written to every patient.",
     "Cardiff and Vale University Health Board"),
])
def test_and_inside_an_organisations_name_joins_no_two_names(
    an: Analyzer, text: str, name: str
) -> None:
    assert _names(an.analyze(text))[-1] == name


@pytest.mark.parametrize("name", ["First Environmental Court", "Early Years Commission"])
def test_an_ordinal_or_early_inside_a_sentence_opens_a_name(an: Analyzer, name: str) -> None:
    text = (f"The council filed its request with the {name} in Antofagasta on Tuesday.\n\n"
            f"The {name.split()[-1].lower()} said it would rule in March.\n")
    assert _names(an.analyze(text)) == [name]


@pytest.mark.parametrize(("text", "name"), [
    # a courtesy title after an office bounds the name
    ("Chingola Central Member of Parliament Ms Prudence Musonda said the water was "
     "poisoned.", "Prudence Musonda"),
    # but a role's complement is no name of it: the representative is not Mr. Pinchuk
    ("A representative for Mr. Pinchuk said the investigation had nothing to do with him.",
     "representative for Mr. Pinchuk"),
    # a plural's possessive inside a body's name
    ("The Expedition Operators’ Association Nepal said the fee was too high.",
     "Expedition Operators’ Association Nepal"),
    ("The National Farmers' Union said prices had collapsed.", "National Farmers' Union"),
    ("Undersheriff Carla Benavidez said the road was closed.", "Carla Benavidez"),
])
def test_titles_and_possessives_bound_names(an: Analyzer, text: str, name: str) -> None:
    assert _names(an.analyze(text)) == [name]
