"""Phenomena of the desk fixtures (issue 16) that the known-failures list held, one test
each, on short texts of our own: the fixtures only confirm them."""

from __future__ import annotations

import pytest

from attribution import Analyzer, analyze


@pytest.fixture(scope="module")
def every() -> Analyzer:
    return Analyzer(attributions=True)


def contents(an: Analyzer, text: str) -> list[str]:
    return [q.content.text for q in an.analyze(text).quotes]


# --- a measure as the object of a cue verb ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The CDU added four points compared with 2021 in the first projection.",
        "Shares added 3 per cent compared to Friday's close.",
        "The index added 40 points, including a late rally in banks.",
    ],
)
def test_a_measure_with_a_participle_preposition_is_no_clause(every: Analyzer, text: str) -> None:
    assert contents(every, text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Police said two men from Ohio were arrested.", "two men from Ohio were arrested"),
        ("Police said four officers compared notes.", "four officers compared notes"),
        ("Officials said 40 percent of the budget goes to roads.",
         "40 percent of the budget goes to roads"),
    ],
)
def test_a_measure_that_is_a_subject_still_opens_a_clause(
    every: Analyzer, text: str, content: str
) -> None:
    assert contents(every, text) == [content]


@pytest.mark.parametrize(
    "text",
    [
        # a gerund after a preposition and the infinitive it governs
        "The judge added two years to the term for trying to flee the country.",
        # a participle after its noun, and the participle adjective it governs
        "The fund added 30 homes involving stolen land last year.",
        # a share won
        "Rivera claimed 41 percent of the vote.",
        # a participle between the measure and its noun
        "The utility added 40 rented tankers to its fleet this week.",
    ],
)
def test_a_measure_with_a_non_finite_verb_is_no_clause(every: Analyzer, text: str) -> None:
    assert contents(every, text) == []


@pytest.mark.parametrize("text", [
    # "added" there modifies "time"
    "Mapfumo levelled on 58 minutes and added a second deep into added time, meeting Luke "
    "Shawcross’s cross at the near post.",
    # the first word of a compound modifier
    "NEA added 12 cooked-food stalls to the centre during its 2021 upgrading.",
    # a participle set off after the object, with its agent
    "The council reported record export value of NOK 85 billion for the first nine months, "
    "helped by the weak krone.",
    # an infinitive after a measure
    "Keskin Yapı added two floors to its Defne project to cover costs.",
    "The district added 35 minutes to each school day to meet the state minimum.",
    # a plural head the word list also knows as a verb's "-s" form: "two …" takes none
    "The Mariners added two insurance runs in the eighth on a double.",
])
def test_a_participle_that_modifies_makes_no_clause_a_quote(text: str) -> None:
    """No verb of these makes the object a reported clause: by default no quote."""
    assert contents(Analyzer(), text) == []


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Police reported 30 burglaries involving stolen bicycles last year.",
         "30 burglaries involving stolen bicycles"),
        ("Last year the coastguard reported 906 incidents against fishing crews.",
         "906 incidents against fishing crews"),
        # a currency after a number is no verb
        ("Hanseong Heavy reported an operating profit of 412 billion won for the quarter.",
         "an operating profit of 412 billion won for the quarter"),
    ],
)
def test_a_reported_figure_is_an_attribution_no_quote(
    every: Analyzer, text: str, figure: str
) -> None:
    assert [q.content.text for q in analyze(text).quotes] == []
    assert contents(every, text) == [figure]  # PolNeAR annotates it: a noun phrase


@pytest.mark.parametrize("text", [
    "The Washington Post reported ten days ago.",
    "Boston responded 40 seconds later.",
])
def test_a_time_after_a_cue_is_no_figure(every: Analyzer, text: str) -> None:
    assert contents(every, text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Police said two men fleeing the scene were arrested.",
         "two men fleeing the scene were arrested"),
        ("Police said two men fleeing were arrested.", "two men fleeing were arrested"),
        ("Officials said two injured workers were taken to hospital.",
         "two injured workers were taken to hospital"),
    ],
)
def test_a_measure_with_a_participle_and_a_finite_verb_opens_a_clause(
    text: str, content: str
) -> None:
    assert [q.content.text for q in analyze(text).quotes] == [content]


# --- a plain noun phrase as the object of a cue verb (senses from the object) ---------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a participle clause after the object is no report's predicate
        ("The club announced the signing on Monday, citing an injury crisis in midfield.",
         "the signing on Monday"),
        # a relative source with a noun-phrase object: a territorial claim
        ("Russia, which claims the whole peninsula, stayed silent.", "the whole peninsula"),
        # a sport sense: a noun its possessive opens over an ordinal ("first try")
        ("The Lions answered the Bulls' first try within two minutes.",
         "the Bulls' first try within two minutes"),
    ],
)
def test_a_noun_phrase_object_is_no_quote(every: Analyzer, text: str, content: str) -> None:
    assert [q.content.text for q in analyze(text).quotes] == []
    # PolNeAR annotates such noun-phrase contents: with attributions=True they may stay,
    # as the noun phrase, not run on as a clause
    assert not any(c.startswith(content) and c != content for c in contents(every, text))


def test_a_question_about_a_topic_is_no_quote() -> None:
    text = "Asked about the budget at a press briefing, the minister said the figures were sound."
    assert [q.content.text for q in analyze(text).quotes] == ["the figures were sound"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("He said the team's early lead would hold.", "the team's early lead would hold"),
        ("The coach said his side's late surge, helped by two penalties, was no fluke.",
         "his side's late surge, helped by two penalties, was no fluke"),
        ("Officials said the cut, announced on Friday, would stand.",
         "the cut, announced on Friday, would stand"),
        ("Officials said the two sides' first talks would be held in March.",
         "the two sides' first talks would be held in March"),
    ],
)
def test_a_noun_phrase_with_its_finite_verb_is_a_reported_clause(text: str, content: str) -> None:
    assert [q.content.text for q in analyze(text).quotes] == [content]


# --- a standing appeal in the present passive ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Anyone with information is asked to call police at 902-490-5020.",
        "Those attending are asked to bring photo ID.",
    ],
)
def test_a_request_in_the_present_passive_is_an_appeal_no_quote(
    every: Analyzer, text: str
) -> None:
    assert [q.content.text for q in analyze(text).quotes] == []
    (q,) = every.analyze(text).quotes  # PolNeAR annotates it: an attribution
    assert q.cue is not None and q.cue.text.endswith("asked")


def test_a_request_reported_in_the_past_is_still_a_quote() -> None:
    (q,) = analyze("Sanders was asked to name his running mate.").quotes
    assert q.content.text == "to name his running mate"


# --- interview and transcript labels ---------------------------------------------------------

INTERVIEW = (
    "Okafor has spent a decade recording birdsong.\n\n"
    "Q: How did you start?\n\n"
    "Okafor: My father kept a notebook of every bird he heard. I kept going.\n\n"
    "Q: What comes next?\n\n"
    "Okafor: A book, and then a long rest.\n"
)


def test_a_question_label_names_no_speaker() -> None:
    quotes = analyze(INTERVIEW).quotes
    assert all(
        q.speaker is None or q.speaker.name != "Q" for q in quotes
    ), [(q.speaker, q.content.text) for q in quotes]


def test_an_interview_turn_is_a_direct_quote_of_its_label() -> None:
    turns = [q for q in analyze(INTERVIEW).quotes if q.speaker is not None]
    assert [(q.speaker.name if q.speaker else None, q.kind) for q in turns] == [
        ("Okafor", "direct"),
        ("Okafor", "direct"),
    ]
    assert turns[0].content.text.startswith("My father kept a notebook")


def test_a_label_repeated_over_paragraphs_is_a_transcript() -> None:
    text = (
        "TAPPER: Do you back the plan?\n\n"
        "SANDERS: No. It leaves out the people who need it most.\n\n"
        "TAPPER: Why not?\n"
    )
    kinds = {q.content.text: q.kind for q in analyze(text).quotes}
    assert kinds.get("Why not?", kinds.get("Why not")) == "direct"


def test_a_headline_label_stays_an_indirect_report() -> None:
    (q,) = analyze("Cruz: Trump Would Put Liberals On Court\n\nThe race tightened.").quotes
    assert q.kind == "indirect"


# --- a headline quotation with its speaker after a colon -------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("‘A recording is not a tombstone’: Nii Armah Quaye on the last speakers\n\nBody.",
         "Nii Armah Quaye"),
        ("“We will win this”: Obama on the race\n\nBody.", "Obama"),
    ],
)
def test_a_headline_quote_names_its_speaker_after_a_colon(text: str, speaker: str) -> None:
    (q,) = analyze(text).quotes
    assert q.kind == "direct" and q.speaker is not None and q.speaker.name == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("'The boats are full again,' says Luxor hotelier as guides say wages lag\n\nBody.",
         "Luxor hotelier"),
        ("‘We’ll be prisoners in our own village’, say Llanwddyn residents as bus route is "
         "cut\n\nBody.", "Llanwddyn residents"),
    ],
)
def test_a_clause_of_time_after_a_headlines_inverted_source_is_no_part_of_it(
    text: str, speaker: str
) -> None:
    (q,) = [q for q in analyze(text).quotes if q.kind == "direct"]
    assert q.speaker is not None and q.speaker.name == speaker


@pytest.mark.parametrize(
    "text",
    [
        "“Hamlet”: Review\n\nThe play runs until May.",
        "“Hamlet”: the play, the film and the opera\n\nThe play runs until May.",
    ],
)
def test_a_title_before_a_colon_is_no_headline_quote(text: str) -> None:
    assert analyze(text).quotes == []


# --- a number closing a name -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Amalgamated Transit Union Local 1587 said members could strike.",
         "Amalgamated Transit Union Local 1587"),
        ("Teamsters Local 413, which represents drivers at the hub, said it had not been "
         "consulted.", "Teamsters Local 413"),
    ],
)
def test_a_number_closing_a_name_is_part_of_the_source(text: str, speaker: str) -> None:
    (q,) = analyze(text).quotes
    assert q.speaker is not None and q.speaker.name == speaker


def test_an_age_after_a_name_is_no_part_of_it() -> None:
    (q,) = analyze("Woodrow Benford, 58, who lives outside Minneapolis, says he will vote.").quotes
    assert q.speaker is not None and q.speaker.name == "Woodrow Benford"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The chief executive said that the offer was fair.", "chief executive"),
        ("The authority's chief executive, Marcus Lindqvist, told the Record the offer was "
         "fair.", "Marcus Lindqvist"),
    ],
)
def test_an_adjective_that_heads_a_noun_phrase_is_a_source(text: str, speaker: str) -> None:
    (q,) = analyze(text).quotes
    assert q.content.text == "the offer was fair"
    assert q.speaker is not None and q.speaker.name == speaker


# --- where a reported clause ends, and partitive sources -------------------------------------


def test_said_x_and_urged_y_ends_the_clause_before_the_second_report() -> None:
    text = "Energex said crews were on standby and urged residents to stay clear of power lines."
    contents_ = [q.content.text for q in analyze(text).quotes]
    assert "crews were on standby" in contents_


def test_a_contrasting_report_after_a_comma_is_a_quote_of_its_own() -> None:
    text = (
        "Two delegates said the group was unlikely to move, though one of them said an "
        "extension was possible."
    )
    found = {q.content.text: q.speaker.name if q.speaker else None for q in analyze(text).quotes}
    assert "the group was unlikely to move" in found
    assert found.get("an extension was possible") is not None


@pytest.mark.parametrize("subject", ["One of them", "Most of us", "Each of them"])
def test_a_partitive_is_a_source(subject: str) -> None:
    (q,) = analyze(f"{subject} said the plan would fail.").quotes
    assert q.speaker is not None and q.speaker.mention is not None
    assert q.speaker.mention.text == subject


# --- "ruled out" + a noun phrase: an attribution, no quote ----------------------------------


def test_ruled_out_a_noun_phrase_is_an_attribution_no_quote(every: Analyzer) -> None:
    text = "The treasurer met farmers on Monday, but she ruled out new subsidies for growers."
    assert [q.content.text for q in analyze(text).quotes] == []
    (q,) = every.analyze(text).quotes
    assert q.content.text == "new subsidies for growers"
    assert q.cue is not None and q.cue.text == "ruled out"
    assert q.speaker is not None and q.speaker.name == "treasurer"


# --- an aside inside a report with a second that-clause ------------------------------------


def test_a_relative_aside_before_and_that_stays_in_the_content() -> None:
    text = (
        "Okafor said she had named the boat after her mother, who died in May, and that "
        "the crew had painted it blue."
    )
    (q,) = analyze(text).quotes
    assert q.content.text == (
        "she had named the boat after her mother, who died in May, and that the crew had "
        "painted it blue"
    )


def test_a_relative_clause_closing_the_sentence_still_ends_the_content() -> None:
    text = "Okafor said she had named the boat after her mother, who died in May."
    (q,) = analyze(text).quotes
    assert q.content.text == "she had named the boat after her mother"


# --- a document's act coordinated inside a report --------------------------------------------


def test_a_document_cue_after_but_continues_the_content() -> None:
    text = (
        "Moana said the samples did not prove the river was polluted, but showed that "
        "runoff was rising."
    )
    (q,) = analyze(text).quotes
    assert q.content.text == (
        "the samples did not prove the river was polluted, but showed that runoff was rising"
    )
    assert q.speaker is not None and q.speaker.name == "Moana"


def test_a_speech_cue_after_but_is_the_speakers_own_act() -> None:
    text = "Moana said the river was clean, but conceded that runoff was rising."
    found = [q.content.text for q in analyze(text).quotes]
    assert "the river was clean" in found


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a time after the verb is no one it asks to act
        ("The Faculty Senate voted 41-12 Tuesday to condemn the ban, saying the rule was "
         "written to silence one group.", "The Faculty Senate"),
        # an adjective before "who" is a noun for a person
        ("A senior who helped organize the chalking said the timing was no accident.",
         "A senior who helped organize the chalking"),
    ],
)
def test_the_source_is_the_subject_not_a_time_or_a_relatives_object(
    text: str, source: str
) -> None:
    speakers = [q.speaker for q in analyze(text).quotes]
    assert [s.mention.text for s in speakers if s and s.mention] == [source]


def test_a_dateline_holds_no_source() -> None:
    text = ("HAVANA, March 4 (Meridian) - The utility cut piped supply on Thursday, saying its "
            "reservoirs were nearly empty.")
    speakers = [q.speaker for q in analyze(text).quotes]
    assert [s.mention.text for s in speakers if s and s.mention] == ["The utility"]


@pytest.mark.parametrize("text", [
    "Counsel for the family, Priya Nair, asked the officer about the call.",
    "Chief Executive Baek Jong-hoon, speaking on the same call, denied the report.",
])
def test_a_subject_and_its_aside_are_no_inverted_content(text: str) -> None:
    assert [q.rule for q in Analyzer(attributions=True).analyze(text).quotes
            if q.rule == "postposed.inverted"] == []


def test_a_participle_ahead_of_a_time_still_modifies_the_subject() -> None:
    text = ("A council report published ahead of last week’s cabinet meeting found that the "
            "route lost money.")
    speakers = [q.speaker for q in analyze(text).quotes]
    assert [s.mention.text for s in speakers if s and s.mention] == [
        "A council report published ahead of last week’s cabinet meeting"
    ]


@pytest.mark.parametrize("text", [
    "A retired teacher said the turnout surprised her.",
    "Officials said the decision worried them.",
])
def test_a_participle_with_an_object_pronoun_is_a_reported_clauses_verb(text: str) -> None:
    assert len(analyze(text).quotes) == 1


@pytest.mark.parametrize(("text", "source"), [
    ("A retired teacher who drove voters to the polls all afternoon said the turnout "
     "surprised her.", "A retired teacher who drove voters to the polls all afternoon"),
    ("Outside Dadu, a schoolteacher who has lived in a tent since August 22 said the camp "
     "had received flour twice.", "a schoolteacher who has lived in a tent since August 22"),
])
def test_a_time_closing_a_relative_clause_is_no_source(text: str, source: str) -> None:
    speakers = [q.speaker for q in analyze(text).quotes]
    assert [s.mention.text for s in speakers if s and s.mention] == [source]


def test_states_is_a_cue_only_for_a_text() -> None:
    """"The consultation document states that …" reports what a text says; "Member
    states that opposed the plan" and "the United States that emerged" are nouns."""
    (q,) = analyze("The consultation document states that the school has 41 pupils on "
                   "roll.").quotes
    assert q.content.text == "the school has 41 pupils on roll"
    assert q.speaker is not None and q.speaker.kind == "document"
    assert analyze("Member states that opposed the plan were outvoted. The United States "
                   "that emerged from the war was richer.").quotes == []


@pytest.mark.parametrize(("subject", "name"), [
    ("A report published in 2024", "report"),
    ("A survey released last week", "survey"),
    ("A study commissioned by the council in 2024", "study"),
])
def test_a_subject_whose_participle_ends_with_a_time_is_the_source(
    subject: str, name: str
) -> None:
    (q,) = analyze(f"{subject} found that the fleet had aged.").quotes
    assert q.content.text == "the fleet had aged"
    assert q.speaker is not None and (q.speaker.name, q.speaker.kind) == (name, "document")


def test_a_verb_and_a_preposition_before_the_cue_are_no_timed_subject() -> None:
    quotes = analyze("Speaking in Washington, Trump wavered in answering a question about "
                     "whether he would consider Jerusalem the capital.").quotes
    assert all(q.speaker is None or q.speaker.mention is None
               or "wavered" not in q.speaker.mention.text for q in quotes)


def test_a_headline_labels_quotation_ends_where_the_writers_words_begin() -> None:
    quotes = analyze("Milwaukee police chief: 'We will find the people who did this' after 3 "
                     "wounded outside tournament\n\nThe chief spoke on Friday.").quotes
    assert [q.content.text for q in quotes] == ["'We will find the people who did this'"]


@pytest.mark.parametrize(("headline", "speaker"), [
    ("'This is not a sugar hit': Mehta", "Anil Mehta"),
    ("‘We are not here to sell the ground’: administrator faces angry fans", "administrator"),
    ("'The water came in the night and took everything': survivors in Morigaon",
     "survivors"),
    ("‘It was time to bet on myself’ – Mehta on his shock move", "Anil Mehta"),
    ("'They've moved the goalposts': iwi fishing company on quota cut",
     "iwi fishing company"),
])
def test_a_headline_quotation_before_a_surname_or_a_role_is_theirs(
    headline: str, speaker: str
) -> None:
    """After a headline quotation's colon, a surname the body names again, or a
    lower-case description a role noun heads, is its speaker (not a label: "“Hamlet”:
    Review")."""
    text = (f"{headline}\n\nThe budget was delivered on Tuesday by Treasurer Anil Mehta, "
            "who said it was responsible.\n")
    q = analyze(text).quotes[0]
    assert q.kind == "direct" and q.speaker is not None and q.speaker.name == speaker


@pytest.mark.parametrize("text", [
    'The crowd chanted "Naukri do, vote lo" (Give jobs, take votes) as she spoke.',
    'Marchers chanted "Métro, boulot, tombeau" ("commute, work, grave"), a slogan first '
    'heard in 2019.',
])
def test_a_quotation_after_its_cue_ends_before_its_gloss(text: str) -> None:
    (q,) = analyze(text).quotes
    assert q.content.text.endswith('"') and "(" not in q.content.text


@pytest.mark.parametrize("text", [
    "Earlier in the day, the Senators claimed forward Jake Morrissette off waivers.",
    "On the tablet, Rowena tells Kristine to study hard.",
    "At the party's office in Papine, Chin-Quee conceded shortly after 11 p.m.",
])
def test_a_fronted_phrase_before_the_source_is_no_content(text: str) -> None:
    assert all(not q.content.text.startswith(text[:6]) for q in analyze(text).quotes)


@pytest.mark.parametrize("ask", ["asked that her name not be used", "asked that his name be "
                                 "withheld"])
def test_a_request_for_anonymity_is_no_report(ask: str) -> None:
    text = (f"A teacher at the school told the Tribune she had lost a week's pay. She {ask} "
            "because she fears harassment.")
    assert [q.content.text for q in analyze(text).quotes] == ["she had lost a week's pay"]


@pytest.mark.parametrize("text", [
    "Pass Media LLC, Kessler's production company, reported a profit of $3 million last year.",
    "The 29-year-old Mexican, who dropped Asante in the fourth round, added a second knockdown "
    "in the ninth.",
])
def test_an_indefinite_object_after_the_cue_is_no_inverted_source(
    every: Analyzer, text: str
) -> None:
    """"X, …, reported a profit": what follows "a" is the verb's object, no one who speaks,
    unless it is a noun a source may be ("…, said a Democratic consultant")."""
    assert contents(every, text) == []


def test_an_indefinite_source_noun_after_the_cue_is_inverted(every: Analyzer) -> None:
    assert contents(every, "The race will be tight, said a Democratic consultant.") == [
        "The race will be tight"]


def test_a_relative_clauses_noun_phrase_object_is_no_quote() -> None:
    """"which reported a 41% drop in operating profit": a noun after "a" and a percentage
    is no verb, so the relative clause reports no words; the main clause's report stays."""
    text = ("The Kassel-based company, which reported a 41% drop in operating profit for "
            "2025, said it would cut jobs.")
    assert contents(Analyzer(), text) == ["it would cut jobs"]


@pytest.mark.parametrize("text", [
    "Bread prices will rise to 30 piastres starting Monday, the Ministry of Supply said on "
    "Sunday, the second increase in just over two years.",
    "Rwanda will release hundreds of detainees within a month, Qatar's foreign ministry said "
    "on Thursday, the first concrete result of talks that have dragged on since the spring.",
])
def test_a_noun_phrase_after_the_attribution_is_an_apposition_no_second_report(
    text: str
) -> None:
    """"…, the ministry said on Sunday, the second increase in two years": the noun
    phrase sums up the report before the attribution; it is no clause of its own."""
    assert len(contents(Analyzer(), text)) == 1


def test_a_clause_after_the_attribution_is_still_read() -> None:
    text = "If the vote fails, the mayor said, the plan in the city would collapse."
    assert "the plan in the city would collapse" in contents(Analyzer(), text)


def test_whom_a_relative_clause_shouted_at_is_no_content() -> None:
    text = ("A man in the gallery who shouted at the witness was told to leave by the "
            "sergeant-at-arms.")
    assert contents(Analyzer(), text) == []


@pytest.mark.parametrize("text", [
    "A man who said taxes were too high was cheered.",
    "A man who said at the rally that taxes were too high was cheered.",
])
def test_a_restrictive_relatives_report_ends_where_the_main_verb_resumes(text: str) -> None:
    assert contents(Analyzer(), text) == ["taxes were too high"]


def test_a_relative_clauses_infinitive_is_still_read(every: Analyzer) -> None:
    text = "Trump, who has vowed to ban all Muslims from entering, spoke on Monday."
    assert "to ban all Muslims from entering" in contents(every, text)
