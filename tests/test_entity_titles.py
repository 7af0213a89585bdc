"""Issue 17: titles and the names they are given with. An abbreviated title ("GM" for a
general manager, "PM" for a prime minister) after a team or country names no one
("Senators GM: '…'"), and "the GM" or "the Deputy Minister" later is the person named
with that title; an organisation named for its members ("… Union of Teachers") keeps
its whole name; a source who "pleaded anonymity" is no one named after."""

from __future__ import annotations

import pytest

from attribution import Analyzer

ARTICLE = (
    "Senators GM: 'We weren't going to sit still'\n\n"
    "The Ottawa Senators acquired defenceman Daniel Okafor from the Seattle Kraken on "
    "Friday.\n\n"
    "Senators general manager Claire Desrochers said the club had chased a right-shot "
    "defenceman since November.\n\n"
    '"We weren\'t going to sit still. Our guys have earned a push," Desrochers told '
    "reporters.\n\n"
    "Kraken general manager Tomasz Wisniewski said the return was too good to pass up.\n\n"
    '"You never want to move a player like Daniel," the GM said.\n'
)


@pytest.fixture(scope="module")
def an() -> Analyzer:
    return Analyzer()


def test_a_team_and_an_abbreviated_title_in_a_headline_is_the_body_s_speaker(
    an: Analyzer,
) -> None:
    res = an.analyze(ARTICLE)
    first = res.quotes[0]
    assert first.content.text == "'We weren't going to sit still'"
    assert first.speaker is not None and first.speaker.name == "Claire Desrochers"


def test_the_abbreviated_title_is_the_person_named_with_it_in_full(an: Analyzer) -> None:
    res = an.analyze(ARTICLE)
    last = res.quotes[-1]
    assert last.speaker is not None
    assert (last.speaker.name, last.speaker.kind) == ("Tomasz Wisniewski", "person")


def test_the_capitalised_title_after_the_is_the_person_it_was_given_to(an: Analyzer) -> None:
    res = an.analyze(
        "The Deputy Minister of Lands and Natural Resources, Mr Yakubu Issah Danaa, said "
        "the government would deploy a river-guard unit.\n\n"
        "Speaking at a press briefing in Accra, the Deputy Minister said, “The days of "
        "negotiating with excavators in our rivers are over.”\n"
    )
    assert [q.speaker.name if q.speaker else None for q in res.quotes] == [
        "Yakubu Issah Danaa", "Yakubu Issah Danaa"]


@pytest.mark.parametrize("name", [
    "Ghana National Association of Small Scale Miners", "Kenya National Union of Teachers"])
def test_an_organisation_named_for_its_members_keeps_its_whole_name(
    an: Analyzer, name: str
) -> None:
    res = an.analyze(f"The {name} said its members operated only on licensed concessions.")
    assert res.quotes[0].speaker is not None
    assert (res.quotes[0].speaker.name, res.quotes[0].speaker.kind) == (name, "organization")


def test_a_source_who_pleaded_anonymity_is_not_the_person_named_next(an: Analyzer) -> None:
    res = an.analyze(
        "A senior officer of the Minerals Commission, who pleaded anonymity, told the Daily "
        "Mirror that at least 120 excavators were working in the basin.\n\n"
        "The Deputy Minister of Lands, Mr Yakubu Issah Danaa, said the government would "
        "deploy a river-guard unit.\n"
    )
    first = res.quotes[0].speaker
    assert first is not None and first.kind == "anonymous"
    assert first.name == "senior officer of the Minerals Commission"


@pytest.mark.parametrize(("noun", "verb"), [("chair", "chairs"), ("head", "heads"),
                                            ("owner", "owns")])
def test_a_relative_clause_of_office_gives_the_role_a_lead_described(
    an: Analyzer, noun: str, verb: str
) -> None:
    res = an.analyze(
        "MANILA — A smuggling ring had help from inside the Bureau of Customs, the "
        f"{noun} of the Senate committee said on Tuesday.\n\n"
        f"Sen. Ramon Villareal-Cruz, who {verb} the committee, said the shipments had "
        'cleared the port "without a single physical inspection."\n'
    )
    assert [q.speaker.name if q.speaker else None for q in res.quotes] == [
        "Ramon Villareal-Cruz", "Ramon Villareal-Cruz"]


@pytest.mark.parametrize(
    "office",
    ["Opposition Leader in the Sindh Assembly", "Speaker of the Sindh Assembly"],
)
def test_a_body_before_a_name_is_no_part_of_it(office: str) -> None:
    # the office's body ends in an organisation head; the person's name follows it
    text = f"{office} Faraz Ahmed Siddiqui said the government had a habit of delay.\n"
    (q,) = Analyzer().analyze(text).quotes
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.kind) == ("Faraz Ahmed Siddiqui", "person")


def test_a_head_that_opens_a_name_heads_all_of_it() -> None:
    text = "Ysbyty Dyffryn Tawe said it had accepted the review in full.\n"
    (q,) = Analyzer().analyze(text).quotes
    assert q.speaker is not None and q.speaker.name == "Ysbyty Dyffryn Tawe"


@pytest.mark.parametrize("office", ["Lord Mayor", "Deputy Minister"])
def test_a_capitalised_office_after_the_is_no_other_person_salient(
    an: Analyzer, office: str
) -> None:
    # "The Lord Mayor" is a definite description: it takes a person given that title,
    # not whoever was mentioned last
    res = an.analyze(
        "Councillor Niamh Byrne proposed the motion on Monday. "
        f"The {office} said the motion was out of order.\n"
    )
    assert [q.speaker.name if q.speaker else None for q in res.quotes] == [office]


def test_a_capitalised_office_is_the_person_named_with_it_later(an: Analyzer) -> None:
    res = an.analyze(
        "The Lord Mayor said the motion was out of order.\n\n"
        '"It is not," said Councillor Niamh Byrne.\n\n'
        '"It is," said Lord Mayor Ciarán Walsh.\n'
    )
    assert [q.speaker.name if q.speaker else None for q in res.quotes] == [
        "Ciarán Walsh", "Niamh Byrne", "Ciarán Walsh"]
    # "Lord" of "Lord Mayor" is part of an office: no gender (but "Lord Cameron" is a man)
    assert res.quotes[-1].speaker is not None and res.quotes[-1].speaker.gender is None


@pytest.mark.parametrize(("text", "gender"), [
    ("Lord Cameron said talks would continue.", "male"),
    ("Mr Justice Hayden said the child should stay.", "male"),
    ("Madam Justice Abella said the law was void.", "female"),
    ("Puan Aishah Rahman said the school would reopen.", "female"),
    ("Encik Ahmad Zaki said the road would open.", "male"),
    ("Datin Rosmah Ali said the charity would help.", "female"),
    ("Aunty Grace Mensah said prices had doubled.", "female"),
    ("Monsignor Paolo Rossi said the mass would be held.", "male"),
])
def test_gendered_honorifics(an: Analyzer, text: str, gender: str) -> None:
    (q,) = an.analyze(text).quotes
    assert q.speaker is not None and q.speaker.gender == gender


@pytest.mark.parametrize(("text", "name"), [
    ("Maricopa County Recorder Helen Purcell said the lines were long.", "Helen Purcell"),
    ("Social Welfare Undersecretary Ernesto Malabanan said the aid was late.",
     "Ernesto Malabanan"),
    # a demonym before a given name and a surname is no part of the name
    ("South African Riaan Pieterse said the race was hard.", "Riaan Pieterse"),
    ("Sri Lankan Kumar Sangakkara said the pitch was slow.", "Kumar Sangakkara"),
    # ... but a body's or a document's name keeps its first words
    ("The U.S. Geological Survey said the quake was small.", "U.S. Geological Survey"),
    ("Irish Rugby Football Union said the match was off.", "Irish Rugby Football Union"),
])
def test_offices_and_demonyms_before_a_name(an: Analyzer, text: str, name: str) -> None:
    (q,) = an.analyze(text).quotes
    assert q.speaker is not None and q.speaker.name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Australian and New Zealand council usage: "Cr" for a councillor
        ("A Port Macquarie councillor has told the Federal Court a report left her "
         "\"a pariah\" in the town.\n\nCr Bronwyn Tierney is suing the publisher of the "
         "Herald.\n\n\"I was a pariah,\" Cr Tierney said.\n", "Bronwyn Tierney"),
        # a role word spelt without its hyphen, and a chief officer's acronym
        ("Cofounder Aditi Raghunath said the fund had pulled out of the round.\n",
         "Aditi Raghunath"),
        ("CTO Nikhil Varghese said the company had hired for a market that did not "
         "arrive.\n", "Nikhil Varghese"),
    ],
)
def test_a_title_or_role_before_a_name_is_no_part_of_it(
    an: Analyzer, text: str, name: str
) -> None:
    res = an.analyze(text)
    assert res.quotes and all(
        q.speaker is not None and q.speaker.name == name for q in res.quotes
    ), [(q.content.text, q.speaker.name if q.speaker else None) for q in res.quotes]


def test_a_title_in_a_mention_contradicts_a_description_of_another() -> None:
    """"Vice President Joe Biden weighed in …. Bill Clinton got in on the game …. “…,”
    the former president said": the vice president's mention says he is no former
    president; the description varies on Clinton, the subject before it."""
    text = (
        "Vice President Kwame Mensah weighed in as well, telling Mic in an interview "
        "published on Monday, \"But gosh almighty, they're both qualified,\" he said.\n\n"
        "That was likely welcome news to the campaign, which has bristled in the past at "
        "some of Mensah's comments.\n\n"
        "Tomasz Okafor got in on the game, bashing the senator during a rally on Monday. "
        "\"Sometimes I get the feeling that he is running harder against me,\" the former "
        "president said."
    )
    res = Analyzer().analyze(text)
    assert res.quotes[-1].speaker is not None
    assert res.quotes[-1].speaker.name == "Tomasz Okafor"


THIMPHU = (
    "Visitors from abroad will pay USD 50 a night in Sustainable Development Fee (SDF) "
    "from January 1.\n\n"
    "The director general of the council, Karma Tenzin Wangdi, told reporters in Thimphu "
    "that arrivals had not recovered as fast as the government had hoped.\n\n"
    + "".join(f"The council recorded {n} arrivals in month {n}.\n\n" for n in range(1, 12))
    + "At Tashichhodzong, a monk who has shown visitors around the courtyard for a decade "
    "said the number of people did not worry him.\n\n"
    '"When they come quietly, they take something home with them," said Gelong Pema '
    'Samdrup.\n\n'
    "Asked whether the dzong could cope with larger groups, he laughed. He added that the "
    'fee was "a matter for the government, not for monks".\n\n'
    "The director general said the council would review the fee again in 2029.\n"
)


def test_a_compound_title_long_after_its_holder_was_named(an: Analyzer) -> None:
    """"the director general" twelve sentences after "The director general of the
    council, Karma Tenzin Wangdi,": the one so described, not the last subject (a monk);
    a run of common words ("Sustainable Development Fee") is no one it varies on."""
    quotes = an.analyze(THIMPHU).quotes
    assert quotes[-1].content.text == "the council would review the fee again in 2029"
    assert quotes[-1].speaker is not None and quotes[-1].speaker.name == "Karma Tenzin Wangdi"


def test_a_bhutanese_title_is_no_part_of_the_name(an: Analyzer) -> None:
    """"said Gelong Pema Samdrup": "Gelong" (an ordained monk) is a title before the
    name, as "Dasho" and "Lyonpo" are; the monk described the sentence before is him."""
    names = {q.content.text: q.speaker.name for q in an.analyze(THIMPHU).quotes if q.speaker}
    assert names['"When they come quietly, they take something home with them,"'] == (
        "Pema Samdrup")
    assert names["the number of people did not worry him"] == "Pema Samdrup"
    quote = an.analyze('"We will cut the fee," said Lyonpo Tashi Dorji.').quotes[0]
    assert quote.speaker is not None and quote.speaker.name == "Tashi Dorji"


def test_a_verb_shaped_noun_between_a_name_and_its_head_stays_in_the_source(
    an: Analyzer,
) -> None:
    """"A member of the Horizon shore team": "shore", a verb the lexicon also knows as a
    noun, between a name and a noun is a modifier; the member speaks, not "team"."""
    quote = an.analyze("A member of the Horizon shore team, who asked not to be named, "
                       "said the plan was dead.").quotes[0]
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.kind) == (
        "member of the Horizon shore team", "anonymous")


@pytest.mark.parametrize("source", ["the world No 2", "the No. 2 seed", "the world number two"])
def test_a_player_by_rank_is_the_one_just_quoted(an: Analyzer, source: str) -> None:
    """"the world No 2 said of his opponent": "No" before a number is a rank, no "no";
    a player named by rank varies, as an age does, on the one just quoted."""
    text = ("Riku Hoshino won his first All England Open title on Sunday, beating "
            "Indonesia's Ardiansyah Nugroho in the final.\n\n"
            '"I saw it in," Nugroho said. "But the machine says out."\n\n'
            f'"It was a great final. He deserved it," {source} said of his opponent.\n')
    quote = an.analyze(text).quotes[-1]
    assert quote.content.text == '"It was a great final. He deserved it,"'
    assert quote.speaker is not None and quote.speaker.name == "Ardiansyah Nugroho"


def test_a_demonym_is_no_one_a_country_owns_otherwise(an: Analyzer) -> None:
    """"Indonesia's Ardiansyah Nugroho" is no "the Japanese": a country's possessive
    gives a nationality as a demonym does ("England Open", a country and an adjective,
    is an event, no person either)."""
    text = ("Riku Hoshino won the All England Open title on Sunday, beating Indonesia's "
            "Ardiansyah Nugroho in the final.\n\n"
            '"Ask me next year," Nugroho said.\n\n'
            "The Japanese said he would give part of his prize money to a junior club.\n")
    quote = an.analyze(text).quotes[-1]
    assert quote.content.text == "he would give part of his prize money to a junior club"
    assert quote.speaker is not None and quote.speaker.name != "Ardiansyah Nugroho"


def test_a_bodys_name_keeps_its_leading_modifier(an: Analyzer) -> None:
    """"the Federal Public Service Finance": "Federal" before common words is part of a
    body's name, not a modifier of a person's as in "federal prosecutor Jane Doe"."""
    quote = an.analyze("In Brussels, the Federal Public Service Finance said in a statement "
                       "that Belgium had taken note of the change.").quotes[0]
    assert quote.speaker is not None
    assert quote.speaker.name == "Federal Public Service Finance"


def test_an_unknown_compound_ending_in_eed_is_a_noun(an: Analyzer) -> None:
    """"the Paje women's seaweed cooperative": "seaweed", which the word list lacks, is no
    "-ed" past tense; the subject runs to the cue and the chairperson speaks."""
    quote = an.analyze("The chairperson of the Paje women's seaweed cooperative Tupendane, "
                       "Ms Mwanaisha Juma Khamis, said her members had watched their plants "
                       "die.").quotes[0]
    assert quote.content.text == "her members had watched their plants die"
    assert quote.speaker is not None and quote.speaker.name == "Mwanaisha Juma Khamis"


def test_the_woman_named_after_an_exchange_is_the_one_described_before(an: Analyzer) -> None:
    """"a 46-year-old plucker set her basket down …", an exchange of uncued lines, then
    "The woman, Muthulakshmi Ramasamy, said": the one unnamed woman of the last sentences
    is named, and her lines carry the name."""
    text = ("At the weighing shed on Monday afternoon, a 46-year-old plucker set her basket "
            "down in front of the field officer.\n\n"
            '"How much?" he asked.\n\n'
            '"Nine kilos, sir. Same as yesterday."\n\n'
            '"The norm is eighteen. You know that."\n\n'
            '"I know. Everybody knows."\n\n'
            "The woman, Muthulakshmi Ramasamy, said she had worked on the estate since she "
            "was 16.\n")
    names = {q.content.text: q.speaker.name for q in an.analyze(text).quotes if q.speaker}
    assert names['"Nine kilos, sir. Same as yesterday."'] == "Muthulakshmi Ramasamy"
    assert names['"The norm is eighteen. You know that."'] == "field officer"


@pytest.mark.parametrize("noun", ["watchman", "doorman", "groundskeeper", "coxswain"])
def test_a_trade_named_by_a_compound_is_someone(an: Analyzer, noun: str) -> None:
    """"the watchman said": a trade named by a compound of -man (speakers.tsv roles) is a
    person someone unnamed, not a thing of unknown kind."""
    quote = an.analyze(f'"Go back," the {noun} said.').quotes[0]
    assert quote.speaker is not None and quote.speaker.kind == "anonymous"


def test_no_before_a_full_stop_is_no_rank(an: Analyzer) -> None:
    """"No. I disagree": a "No." before a sentence that opens without a number is the
    answer word, no rank; the report after it is read as before."""
    quotes = an.analyze("No. I disagree, she said.").quotes
    assert [q.content.text for q in quotes] == ["I disagree"]


@pytest.mark.parametrize("portfolio", ["Fisheries and the Blue Economy", "Trade and Industry"])
def test_a_portfolio_joined_by_and_stays_in_the_title(an: Analyzer, portfolio: str) -> None:
    """"Minister for Fisheries and the Blue Economy Marie-Claire Labrosse said …": the
    "and" joins the minister's portfolios, so the source is the minister, named in full
    (not "the Blue Economy Marie-Claire Labrosse", of unknown kind), and "Ms Labrosse"
    later is the same person."""
    text = (f"Minister for {portfolio} Marie-Claire Labrosse said on Tuesday that the "
            "Government would fight for every job.\n\n"
            "Asked about subsidies, Ms Labrosse said all options were on the table.\n")
    speakers = [q.speaker for q in an.analyze(text).quotes]
    assert [(s.name, s.kind) for s in speakers if s] == [("Marie-Claire Labrosse", "person")] * 2


def test_a_second_title_after_and_is_a_second_person(an: Analyzer) -> None:
    """"Minister for Health and the Prime Minister said …": a title after "and" names a
    second person, who stays the source as before."""
    quote = an.analyze("Minister for Health and the Prime Minister said the plan was "
                       "ready.").quotes[0]
    assert quote.speaker is not None and quote.speaker.name == "Prime Minister"
