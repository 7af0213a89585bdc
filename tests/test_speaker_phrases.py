"""Speaker phrases: their extent, name and kind (issue 17).

"People briefed on the move said …": the source is the whole subject, not the noun
phrase nearest the cue ("the move"); the entity is named by it and typed by its head.
Coordinated subjects ("Doctors and nurses said") are one source. Also: prefixed
descriptions ("an anti-Trump PAC"), organisation heads, company names written as one
word, company nouns, and descriptions that point back ("the same poll").
"""

from __future__ import annotations

import pytest

import attribution

AN = attribution.Analyzer()


def _speaker(text: str) -> attribution.Speaker:
    quotes = AN.analyze(text).quotes
    assert len(quotes) == 1, quotes
    speaker = quotes[0].speaker
    assert speaker is not None
    return speaker


@pytest.mark.parametrize(
    ("text", "mention", "kind"),
    [
        # a passive participle with its preposition
        ("People briefed on the move said the campaign would change course.",
         "People briefed on the move", "anonymous"),
        ("Voters polled by the station on Monday said they were undecided.",
         "Voters polled by the station", "anonymous"),
        ("Families of those affected by the floods said the warnings came too late.",
         "Families of those affected by the floods", "anonymous"),
        ("The report released by the committee said the agency had failed.",
         "The report released by the committee", "document"),
        # a time between the participle and its preposition; "dated"; coordinated
        ("A report released Tuesday by the committee found that the agency had failed.",
         "A report released Tuesday by the committee", "document"),
        ("A lawsuit filed last month in Superior Court by a rejected applicant alleges "
         "that the list was secret.",
         "A lawsuit filed last month in Superior Court by a rejected applicant", "document"),
        ("A leaked board memo dated 2 March warns that the grid could collapse.",
         "A leaked board memo dated 2 March", "document"),
        ("An internal audit completed in June and obtained by The Ledger found that the "
         "rules were broken.",
         "An internal audit completed in June and obtained by The Ledger", "document"),
        # an adjective the word list has, as a noun before its participle
        ("A BCCI circular sent to the ten franchises on Friday says that players must "
         "register.", "A BCCI circular sent to the ten franchises", "document"),
        # a role's plural and a place after "across"
        ("Principals across Tairāwhiti say the lunches arrive cold.",
         "Principals across Tairāwhiti", "anonymous"),
        # an -ing participle, with or without an object
        ("Residents living near the plant said the smell was unbearable.",
         "Residents living near the plant", "anonymous"),
        ("Lawyers representing the Adeyemi family said they would appeal.",
         "Lawyers representing the Adeyemi family", "anonymous"),
        # a place after "near", "outside", "within" is the role's complement, no name
        ("A hotel owner near the Rialto said bookings had not changed.",
         "A hotel owner near the Rialto", "anonymous"),
        ("A shopkeeper outside Termini station said bookings had not changed.",
         "A shopkeeper outside Termini station", "anonymous"),
        # an "-ing" word the word list lacks (British "queueing"), two phrases after it,
        # the last ending in a name
        ("Several shoppers queueing at a bakery in Shubra told the Courier they had not "
         "heard of the increase.", "Several shoppers queueing at a bakery in Shubra", "anonymous"),
        # an adverb before the participle, and "since" a preposition of time
        ("Families still living in container cities say their homes are not ready.",
         "Families still living in container cities", "anonymous"),
        ("Workers living in container cities since the quake say their homes are not ready.",
         "Workers living in container cities since the quake", "anonymous"),
        # a relative clause whose object is the nearest noun phrase
        ("Nurses who have treated the patients said the ward was overcrowded.",
         "Nurses who have treated the patients", "anonymous"),
        ("A woman who lives near the station said she heard two shots.",
         "A woman who lives near the station", "anonymous"),
        # with a relative clause set off by commas after the post-modifier
        ("A clerk working the overnight shift, who did not want her name used, said she "
         "heard two pops.", "A clerk working the overnight shift", "anonymous"),
        # after an introductory phrase and its comma
        ("On Tuesday, commuters waiting at the depot said the buses never came.",
         "commuters waiting at the depot", "anonymous"),
        # an object pronoun ends the post-modifier ("close to him", "around them")
        ("People close to him said he would run again.", "People close to him", "anonymous"),
        ("Aides around them said she would run again.", "Aides around them", "anonymous"),
    ],
)
def test_postmodified_subject_is_the_source(text: str, mention: str, kind: str) -> None:
    speaker = _speaker(text)
    assert speaker.mention is not None
    assert speaker.mention.text == mention
    assert speaker.kind == kind


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Doctors and nurses said the ward had been full for a week.", "Doctors and nurses"),
        ("But parents and teachers say the plan came too late.", "parents and teachers"),
        ("Farmers and even some economists have argued that the subsidy should stay.",
         "Farmers and even some economists"),
        # an object before "and" is not part of the source
        ("The company cut 200 jobs and workers said they were angry.", "workers"),
        # a name keeps its own mention, and so its entity
        ("President Amara Diallo and the ministers said the budget would pass.",
         "the ministers"),
    ],
)
def test_coordinated_subject_is_the_source(text: str, mention: str) -> None:
    """Two coordinated common-noun phrases opening the sentence are one source."""
    speaker = _speaker(text)
    assert speaker.mention is not None
    assert speaker.mention.text == mention


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # a finite verb with an object: a relative clause without "that" follows
        ("Ms. Okafor won the state analysts said she would lose.", "analysts"),
        # a name's verb, not its modifier
        ("Obama traveled to Iowa where voters said they liked him.", "voters"),
        # a relative clause whose subject is the source
        ("The bill that Republicans said would pass failed on Tuesday.", "Republicans"),
    ],
)
def test_not_a_postmodified_subject(text: str, mention: str) -> None:
    speaker = _speaker(text)
    assert speaker.mention is not None
    assert speaker.mention.text.endswith(mention)
    assert speaker.mention.start > text.index(" ")  # not the sentence's first words


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a lower-case prefix joined by a hyphen makes a description, not a name
        ("An anti-Trump PAC said the ads would run in April.", "anti-Trump PAC",
         "organization"),
        ("A pro-Kremlin blogger said the vote was rigged.", "pro-Kremlin blogger",
         "anonymous"),
        ("Coca-Cola said profits rose.", "Coca-Cola", "organization"),
        # an organisation's head keeps its "of" phrase
        ("The Hollywood Chamber of Commerce said the star would stay.",
         "Hollywood Chamber of Commerce", "organization"),
    ],
)
def test_description_and_organisation_names(text: str, name: str, kind: str) -> None:
    speaker = _speaker(text)
    assert (speaker.name, speaker.kind) == (name, kind)


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_contracted_negation_is_no_part_of_the_source(apostrophe: str) -> None:
    # "hasn’t" with a typographic apostrophe is an auxiliary like "hasn't"
    text = f"The Congressional Budget Office hasn{apostrophe}t yet endorsed that view."
    quotes = attribution.Analyzer(attributions=True).analyze(text).quotes
    assert quotes and quotes[0].speaker is not None
    assert quotes[0].speaker.name == "Congressional Budget Office"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a company's one-word name with a capital inside is no person's
        ("EgyptAir said the plane had lost contact over the sea.", "organization"),
        ("PayPal said it would cut 2,000 jobs.", "organization"),
        # surnames and given names with a particle stay people's
        ("Addison McConnell said the vote would be held on Tuesday.", "person"),
        ("Ewan MacKenzie said the vote would be held on Tuesday.", "person"),
        ("DeAndre Okafor said the vote would be held on Tuesday.", "person"),
        # a company noun heads an organisation's description
        ("The airline said it had informed the families.", "organization"),
        ("The carmaker said sales fell in March.", "organization"),
    ],
)
def test_company_names_and_nouns(text: str, kind: str) -> None:
    assert _speaker(text).kind == kind


def test_anaphoric_modifier_does_not_contradict() -> None:
    text = ("A new Ipsos poll found that the mayor leads. "
            "The same poll found that voters dislike both candidates.")
    quotes = AN.analyze(text).quotes
    assert [q.speaker.name for q in quotes if q.speaker] == ["Ipsos poll", "Ipsos poll"]


@pytest.mark.parametrize(
    ("text", "mention", "kind"),
    [
        # a restrictive relative clause that ends with a verb before the cue
        ("A nurse who asked not to be named said staff were exhausted.",
         "A nurse who asked not to be named", "anonymous"),
        ("Those who attended said the mood was grim.", "Those who attended", "anonymous"),
        # a further relative clause set off by commas is the description
        ("A nurse who has worked in the ward for 11 years, and who asked not to be named, "
         "said staff were exhausted.",
         "A nurse who has worked in the ward for 11 years", "anonymous"),
        # "whose" and the noun it possesses open the relative clause
        ("A farmer whose land was flooded said the dam was to blame.",
         "A farmer whose land was flooded", "anonymous"),
        ("A mother of two whose son is in Year 9 said she had moved her daughter.",
         "A mother of two whose son is in Year 9", "anonymous"),
        ("The company whose plant closed said it would appeal.",
         "The company whose plant closed", "organization"),
    ],
)
def test_subject_with_a_relative_clause(text: str, mention: str, kind: str) -> None:
    speaker = _speaker(text)
    assert speaker.mention is not None
    assert (speaker.mention.text, speaker.kind) == (mention, kind)


def test_relative_clause_with_its_own_subject_is_not_the_source() -> None:
    # "that Republicans said": the relative clause's subject reports
    speaker = _speaker("The bill that Republicans said would pass failed on Tuesday.")
    assert speaker.mention is not None and speaker.mention.text == "Republicans"


def _speakers(text: str) -> list[tuple[str, str]]:
    return [(q.speaker.name, q.speaker.kind) for q in AN.analyze(text).quotes if q.speaker]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an organisation is shortened to its first word, a person to the last
        ("Westvale Dairies cut its milk price on Friday. Westvale said the cut was needed.",
         [("Westvale Dairies", "organization")]),
        ("Glasgow Warriors won 24-10. Glasgow said the win was deserved.",
         [("Glasgow Warriors", "organization")]),
        ("Tiger Woods won again. Woods said he was tired.", [("Tiger Woods", "person")]),
        # letters after a name are no part of it
        ("Olumide Adebayo-Clarke KC said his client was sorry. The barrister said the crash "
         "was a tragedy.",
         [("Olumide Adebayo-Clarke", "person"), ("Olumide Adebayo-Clarke", "person")]),
        ("Jane Okafor MP said the bill was flawed.", [("Jane Okafor", "person")]),
        # titles and party labels before a name are no part of it
        ("Assoc Prof Tevita Fifita said the river was dying.", [("Tevita Fifita", "person")]),
        ("Prof Hemi Walker said the results were clear.", [("Hemi Walker", "person")]),
        ("Labour TD Deirdre Ní Bhriain said the line was late.",
         [("Deirdre Ní Bhriain", "person")]),
        ("Green MSP Ross Macleod said the plan was weak.", [("Ross Macleod", "person")]),
        ("Greens senator Mehreen Faruqi said the plan was weak.",
         [("Mehreen Faruqi", "person")]),
        # the name apposed to a description speaks, not a name inside the description
        ("A spokesman for Acme Widgets, Rónán Ó Dálaigh, said the work could not wait.",
         [("Rónán Ó Dálaigh", "person")]),
        # a hyphenated given name whose last part is an English word ("won", "young")
        ("Choi Jae-won, a welder, said the strike would last. He said talks had failed.",
         [("Choi Jae-won", "person"), ("Choi Jae-won", "person")]),
        ("Kim Dae-young said the yard would close.", [("Kim Dae-young", "person")]),
        ("Oscar-winning actor Tom Hanks said the film was done.", [("Tom Hanks", "person")]),
        # an appositive name with a hyphenated given name, a participle before the role
        ("A campaign spokesperson, Hyun-woo Baek, said in a statement that the governor "
         "was ready.", [("Hyun-woo Baek", "person")]),
        ("The hospital's acting chief executive, Evans Kiprop Langat, said spare parts "
         "had been ordered.", [("Evans Kiprop Langat", "person")]),
        # occupations name unnamed people
        ("An oncologist at the hospital, who asked not to be named, said some patients "
         "were beyond cure.", [("oncologist at the hospital", "anonymous")]),
        ("Welders at the yard said the strike would last.",
         [("Welders at the yard", "anonymous")]),
        # a family speaks as unnamed people, one entity under both mentions
        ("Mehrnaz Tabrizi has died aged 81, her family said. In a statement, the family "
         "said she died peacefully at home.",
         [("Mehrnaz Tabrizi's family", "anonymous"), ("Mehrnaz Tabrizi's family", "anonymous")]),
        # an abbreviated title the tokenizer split from its full stop, after a role
        ("Police spokesman Lt. Dariusz Kowalczyk said the suspect fled. Kowalczyk said no "
         "one was hurt.", [("Dariusz Kowalczyk", "person"), ("Dariusz Kowalczyk", "person")]),
        ("Sgt. Aroha Ngata said the road was closed.", [("Aroha Ngata", "person")]),
        ("City Councilmember Yesenia Morales-Haddad said the lights were broken.",
         [("Yesenia Morales-Haddad", "person")]),
        # a company's name ending ("Mobility") makes its short form an organisation too
        ("Voltaro Mobility is recalling 40,000 bikes. Voltaro said no one was hurt.",
         [("Voltaro Mobility", "organization")]),
        ("A dealer at a state-run bank said the rupee fell.",
         [("dealer at a state-run bank", "anonymous")]),
        # an age alone varies on the person just named
        ("Liam Tuhiwai kicked four goals on Saturday. “It was special,” the 22-year-old "
         "said.", [("Liam Tuhiwai", "person")]),
        # a party named alone is an organisation
        ("Sinn Féin said the plan was weak.", [("Sinn Féin", "organization")]),
        ("The Greens said the plan was weak.", [("Greens", "organization")]),
        ("The Air Accidents Investigation Branch said it had opened an inquiry.",
         [("Air Accidents Investigation Branch", "organization")]),
        ("A senior Labour campaigner said the turnout was low.",
         [("senior Labour campaigner", "anonymous")]),
    ],
)
def test_names_and_kinds_from_the_article(text: str, expected: list[tuple[str, str]]) -> None:
    assert _speakers(text) == expected


def test_a_family_takes_no_he_or_she() -> None:
    text = ("Mehrnaz Tabrizi has died aged 81, her family said. In a statement, the family "
            "said she died peacefully at home.")
    family = [e for e in AN.analyze(text).entities if "family" in e.name]
    assert len(family) == 1 and family[0].gender is None
    assert [m.text for m in family[0].mentions] == ["her family", "the family"]


def test_a_source_that_asked_not_to_be_named_is_no_later_name() -> None:
    text = ("A nurse who has worked in the ward for 11 years, and who asked not to be named, "
            "said staff were exhausted.\n\n"
            "“We are washing people behind a screen,” she said.\n\n"
            "The trust's chief nurse, Dr Gábor Szentesi, said the figures were unacceptable."
            "\n\nHe said 40 extra beds would open.")
    names = [q.speaker.name for q in AN.analyze(text).quotes if q.speaker]
    assert names[:2] == ["nurse"] * 2  # (named by what she is: entities.freeze)
    assert names[2:] == ["Gábor Szentesi", "Gábor Szentesi"]


@pytest.mark.parametrize(
    "text",
    [
        "Farmers face a hard winter.\n\nAccording to the Agriculture and Horticulture "
        "Development Board, prices fell.",
        "Farmers face a hard winter.\n\nPrices fell by 4 per cent, according to the "
        "Agriculture and Horticulture Development Board.",
    ],
)
def test_and_inside_an_organisation_name(text: str) -> None:
    # "and" between capitalised words that close with an organisation's head
    assert _speakers(text) == [("Agriculture and Horticulture Development Board",
                                "organization")]


def test_a_source_that_asked_not_to_be_named_is_not_the_next_person_named() -> None:
    # cataphora reads "a nurse … Aroha Ngata, 34, said" as one person, unless the
    # description says its source is unnamed
    text = ("A nurse who asked not to be named said the ward was full.\n\n"
            "Aroha Ngata, 34, said she had waited for nine hours.")
    names = [q.speaker.name for q in AN.analyze(text).quotes if q.speaker]
    assert names == ["nurse", "Aroha Ngata"]


def test_a_broader_role_noun_refers_to_the_specialist_who_just_spoke() -> None:
    # "the doctor" after an oncologist, though a named "Dr" spoke before her
    text = ("The hospital's chief executive, Dr Wanjiru Kamau, said parts had been ordered."
            "\n\nAn oncologist at the hospital, who asked not to be named, said some "
            "patients were now beyond cure.\n\n“Nobody trained us to do that,” the doctor "
            "said.")
    names = [q.speaker.name for q in AN.analyze(text).quotes if q.speaker]
    assert names == ["Wanjiru Kamau", "oncologist at the hospital",
                     "oncologist at the hospital"]


@pytest.mark.parametrize("title", ["chief operating officer", "managing director"])
def test_a_title_with_a_participle_before_an_apposed_name(title: str) -> None:
    # "operating" is a verb's form: the title is still one noun phrase
    text = (
        f"Its {title}, Sipho Ndlovu-Petersen, told reporters at Megawatt Park that the "
        "breakdowns were \"not a sign of collapse\".\n\n"
        "\"We have been here before,\" he said.\n"
    )
    speakers = [q.speaker.name for q in AN.analyze(text).quotes if q.speaker]
    assert speakers == ["Sipho Ndlovu-Petersen", "Sipho Ndlovu-Petersen"]


def test_a_time_word_after_a_participles_subject_is_no_part_of_it() -> None:
    text = ("Police yesterday arrested 23 students who marched on Parliament, saying the "
            "procession had not been cleared.")
    assert _speaker(text).name == "Police"


def test_a_clause_after_according_to_is_no_apposition_of_its_source() -> None:
    text = ("According to the commission, the company declared an average grade of 2.1 "
            "grammes per tonne.")
    quote = AN.analyze(text).quotes[0]
    assert quote.content.text.startswith("the company declared")
    assert quote.speaker is not None and quote.speaker.description is None


def test_which_after_a_participles_time_refers_to_the_participles_noun() -> None:
    speaker = _speaker("The order follows a ruling issued on Monday, which found that the "
                       "company had declared lower grades.")
    # (the ruling, not Monday; its name leaves out when it was issued)
    assert speaker.name == "ruling" and speaker.kind == "document"
    assert speaker.mention is not None and speaker.mention.text == "which"


@pytest.mark.parametrize(("text", "name"), [
    ("An environmental impact assessment (EIA) submitted to the Department of Environment, "
     "Parks and Recreation found that the new intake could raise water temperatures.",
     "environmental impact assessment"),
    ("A report submitted to the Department for Digital, Culture, Media and Sport found "
     "that the venue had been closed for a year.", "report"),
    ("An environmental impact assessment (EIA) submitted to the department found that the "
     "new intake could raise water temperatures.", "environmental impact assessment"),
])
def test_a_document_post_modified_by_a_body_with_portfolios_or_a_gloss_speaks(
    text: str, name: str
) -> None:
    """"An environmental impact assessment (EIA) submitted to the Department of
    Environment, Parks and Recreation found": the commas of a body's portfolios and an
    acronym glossed after the head are inside the subject, whose head is the document;
    the body it was submitted to is no speaker."""
    speaker = _speaker(text)
    assert (speaker.name, speaker.kind) == (name, "document")


def test_an_acronym_glossed_inside_a_name_is_no_part_of_it() -> None:
    """"A Brihanmumbai Municipal Corporation (BMC) report on pre-monsoon works": the
    report's name leaves out the gloss."""
    speaker = _speaker(
        "A Brihanmumbai Municipal Corporation (BMC) report on pre-monsoon works, tabled "
        "last week, noted that desilting of the nullah was only 61 per cent complete.")
    assert speaker.name == "Brihanmumbai Municipal Corporation report on pre-monsoon works"


@pytest.mark.parametrize("time", ["yesterday", "on Tuesday", ""])
def test_a_participle_after_a_postposed_report_and_its_time_is_the_reporters(time: str) -> None:
    """"…, Tourism Minister Glenys Ferguson-Knowles announced yesterday, saying …": the
    report before the participle is post-posed, with its time; the participle's speaker
    is its reporter, not the noun phrase before the report's comma."""
    text = (
        "Cruise passengers leaving Nassau will pay a new $18 departure tax from March 1, "
        f"Tourism Minister Glenys Ferguson-Knowles announced {time}, saying the money would "
        "go towards rebuilding the southern berths."
    ).replace(" ,", ",")
    quotes = AN.analyze(text).quotes
    saying = [q for q in quotes if q.cue is not None and q.cue.text == "saying"]
    assert [q.speaker.name if q.speaker else None for q in saying] == ["Glenys Ferguson-Knowles"]


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("Economist Adrian Lupașcu of the Chișinău think tank Expert-Grup said the regulator "
     "had erred.", "Adrian Lupașcu", "person"),
    ("Economist Adrian Lupascu of the think tank Expert Group said the regulator had erred.",
     "Adrian Lupascu", "person"),
    ("The think tank Expert-Grup said the regulator had erred.", "Expert-Grup", "organization"),
])
def test_a_think_tank_is_a_noun_and_its_name_a_compound(text: str, name: str, kind: str) -> None:
    """"of the think tank Expert-Grup": "think" opens an organisation's head, no verb, so
    the subject runs back to the person it describes; a title word joined by a hyphen
    ("Expert-Grup") is part of a name, no title before "-Grup"."""
    speaker = _speaker(text)
    assert (speaker.name, speaker.kind) == (name, kind)


def test_a_whose_clause_ends_at_its_verb_in_s_before_an_object() -> None:
    """"A farmer whose land straddles the road says …": "straddles", a word the lexicon
    lacks, is the relative clause's verb before its object, no second possessed noun;
    the source is the farmer, not the road."""
    speaker = _speaker("A farmer whose land straddles the road says he has stopped planning.")
    assert speaker.name == "farmer"


def test_an_organisations_description_long_after_its_name_is_that_organisation() -> None:
    """"The alliance said …" fifteen paragraphs after "The Consumer Interest Alliance …
    said": the article's one organisation its head describes, however long ago, as "the
    mayor" long after "Mayor Brenda Schaal" is hers."""
    names = ["Anna Berzina", "Janis Ozols", "Liga Kalnina", "Peteris Liepa", "Ilze Vitola",
             "Martins Krumins", "Dace Sprogis", "Andris Zarins", "Inese Balode", "Edgars Lacis",
             "Zane Grinberga", "Ivars Celms", "Laura Rozite", "Kristaps Ergle"]
    filler = "".join(f"{name} said rates had risen again.\n\n" for name in names)
    text = (
        "The Consumer Interest Alliance, a Riga-based consumer group, said it would file a "
        "complaint this week.\n\n" + filler
        + "The alliance said homeowners could register for free legal advice.\n"
    )
    quotes = AN.analyze(text).quotes
    last = quotes[-1].speaker
    assert last is not None and last.name == "Consumer Interest Alliance"


def test_nouns_coordinated_before_one_head_open_a_relative_subject() -> None:
    """"A beef and sheep farmer whose land straddles the Mountain Road above Ramsey says
    …": "beef and sheep" modify one farmer, the source; Ramsey is no speaker."""
    speaker = _speaker("A beef and sheep farmer whose land straddles the Mountain Road above "
                       "Ramsey says he has stopped planning anything.")
    assert (speaker.name, speaker.kind) == ("beef and sheep farmer", "anonymous")


@pytest.mark.parametrize("subject", ["A doctor and a nurse", "The doctor and the nurse"])
def test_two_people_with_one_relative_clause_are_the_source(subject: str) -> None:
    """"A doctor and a nurse who worked there said …": the coordinated subject and its
    relative clause are the source; before, "there" left the report with none."""
    speaker = _speaker(f"{subject} who worked there said the ward was full.")
    assert speaker.name.startswith(subject.split()[1])
