"""Issue 17: who speaks when a sentence's subject carries a relative clause ("A mother
of three who works … as a respiratory therapist in Temple told …"), when an organisation's
name has an indefinite apposition ("Amnesty International, a London-based group,
disputed …, saying …"), and when a body's name runs through "on" ("The Roundtable on
Sustainable Palm Oil")."""

from __future__ import annotations

import pytest

from attribution import Analyzer


@pytest.fixture(scope="module")
def an() -> Analyzer:
    return Analyzer()


def speakers(an: Analyzer, text: str) -> list[tuple[str | None, str | None]]:
    return [
        (q.speaker.name, q.speaker.kind) if q.speaker else (None, None)
        for q in an.analyze(text).quotes
    ]


@pytest.mark.parametrize("verb", ["works", "lives"])
def test_the_subject_a_relative_clause_follows_speaks_not_the_clauses_last_noun(
    an: Analyzer, verb: str
) -> None:
    # "works" is a noun too for the word lexicon; the clause's last noun ("Temple") is
    # no source
    text = (
        f"A mother of three who {verb} overnight shifts as a respiratory therapist in "
        "Temple told trustees she had no one to watch her children on Mondays.\n"
    )
    assert [q.speaker.mention.text for q in an.analyze(text).quotes
            if q.speaker and q.speaker.mention] == [
        f"A mother of three who {verb} overnight shifts as a respiratory therapist in Temple"]
    assert speakers(an, text) == [(
        "mother of three",
        "anonymous",
    )]


@pytest.mark.parametrize(("subject", "name"), [
    # a plural noun's form with an object after it is the relative clause's verb
    ("A producer in the Beauce who taps 14,000 trees", "Jean-François Poulin"),
    ("The purchasing director of a Vermont packer that bottles syrup for several U.S. "
     "grocery chains", "Tyler Brandt"),
    # a gloss of a place's name before "who"
    ("A 61-year-old rice grower in Hukou Township (湖口) who has worked the same plots "
     "for four decades", "Peng A-hsiu"),
    # a verb's "-s" form after "who" with a preposition after it
    ("A 34-year-old nurse who commutes from Cascais", "Joana Pereira"),
])
def test_a_subject_with_a_place_or_a_body_before_its_relative_clause_is_named_next(
    an: Analyzer, subject: str, name: str
) -> None:
    text = (
        f"{subject} said the announcement came as a relief.\n\n"
        f'"We had no idea what the spring would bring," said {name}.\n'
    )
    res = an.analyze(text)
    assert [q.speaker.mention.text for q in res.quotes[:1] if q.speaker and q.speaker.mention] == [
        subject]
    assert speakers(an, text) == [(name, "person")] * 2


def test_a_bills_relative_clause_subject_is_no_verb(an: Analyzer) -> None:
    assert speakers(an, "The bill that lawmakers passed said nothing about rents.\n") == []


def test_a_name_the_relative_clause_gives_is_still_the_speaker(an: Analyzer) -> None:
    text = (
        "A retired electrician who gave his name only as Ray said the zoning change "
        "would ruin the street.\n"
    )
    assert speakers(an, text) == [("Ray", "person")]


def test_who_after_a_place_in_a_persons_description_is_the_person(an: Analyzer) -> None:
    text = (
        "One supporter, a retired steelworker from Mountain Ash who said he had held a "
        "season ticket since 1971, asked who would be held responsible.\n"
    )
    (speaker,) = speakers(an, text)[:1]
    # (the participle before the noun stays with it: "retired steelworker")
    assert speaker == ("retired steelworker from Mountain Ash", "anonymous")


@pytest.mark.parametrize(
    ("name", "apposition"),
    [
        ("Amnesty International", "a London-based group"),
        ("The Migrant Workers Justice Network", "a Kuala Lumpur-based group"),
    ],
)
def test_an_organisations_apposition_speaks_for_the_name(
    an: Analyzer, name: str, apposition: str
) -> None:
    text = (
        f"{name}, {apposition}, disputed the company's figure, saying at least 900 "
        "workers had handed over their passports.\n"
    )
    res = an.analyze(text)
    (q,) = res.quotes
    assert q.speaker is not None and q.speaker.mention is not None
    assert q.speaker.mention.text == apposition
    assert q.speaker.name == name.removeprefix("The ")


def test_a_person_is_not_an_organisations_apposition(an: Analyzer) -> None:
    text = "John Smith, a local farmer, disputed the figure, saying it was too low.\n"
    assert speakers(an, text) == [("John Smith", "person")]


@pytest.mark.parametrize("head", ["Roundtable", "Forum", "Council"])
def test_a_bodys_name_runs_through_on(an: Analyzer, head: str) -> None:
    text = f"The {head} on Sustainable Palm Oil said it had received a complaint.\n"
    assert speakers(an, text) == [(f"{head} on Sustainable Palm Oil", "organization")]


@pytest.mark.parametrize(
    ("phrase", "producer"),
    [
        ("the latest figures from the Residential Tenancies Board",
         "Residential Tenancies Board"),
        ("data from market intelligence firm VentureLens", "VentureLens"),
    ],
)
def test_data_a_named_producer_released_speaks_for_it(
    an: Analyzer, phrase: str, producer: str
) -> None:
    text = f"Average rents rose 8 per cent in a year, according to {phrase}.\n"
    (q,) = an.analyze(text).quotes
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.kind) == (producer, "organization")


def test_a_report_a_named_body_wrote_is_still_the_report(an: Analyzer) -> None:
    text = "Rents rose 8 per cent, according to a report by the Residential Tenancies Board.\n"
    (q,) = an.analyze(text).quotes
    assert q.speaker is not None and q.speaker.kind == "document"


@pytest.mark.parametrize(("text", "name"), [
    # a leading adverbial's time is no subject, nor its comma an apposition's
    ("Hours later, Trump returned the compliment, telling Reuters, \"He is great.\"", "Trump"),
    ("At a rally in Portsmouth, N.H., on Tuesday, Senator Bernie Sanders endorsed "
     "Mrs. Clinton, saying that he would vote for her.", "Bernie Sanders"),
    ("Minutes later, the campaign issued a statement saying that he was joking.",
     "campaign"),
])
def test_a_participles_source_is_the_main_clauses_subject_past_a_time(
    text: str, name: str
) -> None:
    (q,) = Analyzer().analyze(text).quotes
    assert q.speaker is not None and q.speaker.name == name


def test_a_possessed_role_before_said_is_the_source_not_a_nominal_report() -> None:
    # "the carmaker's chief executive said": "said" is the verb of the role's sentence
    (q,) = Analyzer().analyze(
        "Kastell Motoren will cut 7,500 jobs in Germany by 2028, the carmaker's chief "
        "executive said on Tuesday.\n"
    ).quotes
    assert q.speaker is not None and q.speaker.mention is not None
    assert q.speaker.mention.text == "the carmaker's chief executive"
    assert q.content.text.startswith("Kastell Motoren will cut")


@pytest.mark.parametrize("text", [
    "The plan is dead, a senior official who asked not to be named said.",
    '"The plan is dead," a senior official who asked not to be named said.',
])
def test_a_post_posed_source_with_its_relative_clause(text: str) -> None:
    (q,) = Analyzer().analyze(text).quotes
    assert q.speaker is not None and q.speaker.mention is not None
    assert q.speaker.mention.text == "a senior official who asked not to be named"
    assert "The plan is dead" in q.content.text


def test_a_things_relative_clause_before_a_cue_is_no_post_posed_source() -> None:
    res = Analyzer().analyze(
        "The State Department has been analyzing the emails, a process that began in "
        "May and officials said would take months.\n"
    )
    assert all(q.speaker is None or "process" not in q.speaker.name for q in res.quotes)


@pytest.mark.parametrize("figures", ["the ministry’s own figures", "the ministry's figures"])
def test_figures_a_body_owns_speak_for_it(an: Analyzer, figures: str) -> None:
    text = (
        "Tickets row\n\n"
        "The Culture Ministry said the new system had ended the resale of tickets.\n\n"
        f"Machu Picchu drew 1.6 million visitors last year, according to {figures}.\n"
    )
    assert speakers(an, text) == [("Culture Ministry", "organization")] * 2


@pytest.mark.parametrize("compound", ["stand-up", "runner-up", "passer-by"])
def test_a_particle_compound_is_an_inverted_source(an: Analyzer, compound: str) -> None:
    res = an.analyze(f"“I did 25 nights in a room,” said the 34-year-old {compound}.")
    assert [q.speaker.mention.text for q in res.quotes if q.speaker and q.speaker.mention] == [
        f"the 34-year-old {compound}"]


def test_a_business_noun_with_who_is_a_person_named_next(an: Analyzer) -> None:
    # "who" makes "a theatre-maker" someone, not a maker (a firm); a "whose" clause after
    # the name that follows is no title, and her company's name no one between them
    text = (
        "A theatre-maker who brought a cast from Kraków says she is owed £11,400.\n\n"
        "Katarzyna Wróblewska, whose company Teatr Nocny sold out 19 of its 24 "
        "performances, said the money was meant to pay the actors.\n"
    )
    assert speakers(an, text) == [("Katarzyna Wróblewska", "person")] * 2


@pytest.mark.parametrize("office", [
    "Yukon's minister of Energy, Mines and Resources",
    "The head of Marketing, Sales and Service",
])
def test_an_office_with_a_list_of_portfolios_before_the_name_keeps_a_person(
    an: Analyzer, office: str
) -> None:
    """"minister of Energy, Mines and Resources, Pierre Lavallée, said": the office is
    the description, not its last portfolios ("Mines and Resources", an organisation's
    words), so the one named is a person, the same as "Lavallée" later."""
    text = (f"{office}, Pierre Lavallée, said the plan was a model for the territory.\n\n"
            '"Certainty is good for everyone," Lavallée said.\n')
    assert speakers(an, text) == [("Pierre Lavallée", "person")] * 2


@pytest.mark.parametrize("name", ["Dimitris Karalis of Greece", "Ana Lima of Brazil"])
def test_a_name_with_its_country_set_off_after_a_relative_clause_speaks(
    an: Analyzer, name: str
) -> None:
    """ "A member of the commission who watched the footage, Dimitris Karalis of Greece,
    said …": the apposition is a name and the country or body it is "of"."""
    text = (
        f"A member of the referee commission who watched the footage afterwards, {name}, "
        "said the panel had made the only decision the pictures allowed.\n"
    )
    assert speakers(an, text) == [(name.split(" of ")[0], "person")]
