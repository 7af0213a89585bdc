"""Constructions whose cue the lexicon finds and that no reading proposed before.

Each was read from PolNeAR train misses (``benchmarks/misses.py``, class "cue found,
nothing proposed"): a preposition's object as the topic ("spoke about X"), a subject
over an aside, the source of an infinitive cue, a relative pronoun as the missing object,
a reported clause after an adjunct. These tests check what the rules propose (the
decider then weighs it), with and without a reading of each shape.
"""

from __future__ import annotations

import pytest

from attribution import Analyzer, analyze

Reading = tuple[str, str | None, str, str]  # content, speaker, cue, rule


@pytest.fixture(scope="module")
def an() -> Analyzer:
    return Analyzer(attributions=True, cue_tagger=False)


def proposed(an: Analyzer, text: str) -> set[Reading]:
    p = an.pipeline.propose(an.nlp(text), text)
    view = p.ctx.view
    out = set()
    for c in p.candidates:
        if c.cue is None or (c.evidence or {}).keys() & {"reading_cut", "reading_extended",
                                                         "reading_left"}:
            continue
        speaker = None
        if c.speaker is not None:
            speaker = text[view.starts[c.speaker[0]] : view.ends[c.speaker[1] - 1]]
        out.add((text[c.content[0] : c.content[1]], speaker, text[c.cue[0] : c.cue[1]], c.rule))
    return out


def rules(an: Analyzer, text: str) -> set[str]:
    return {r for *_, r in proposed(an, text)}


# A preposition's object as what the report is about.


def test_the_object_of_a_topic_preposition_is_the_content(an: Analyzer) -> None:
    assert ("the economy", "The senator", "spoke about", "preposed.topic") in proposed(
        an, "The senator spoke about the economy at a rally.")
    assert ("those reports", "The company", "commented on", "preposed.topic") in proposed(
        an, "The company commented on those reports.")


def test_a_gerund_can_be_the_topic(an: Analyzer) -> None:
    found = proposed(an, "She joked about moving to New Zealand.")
    assert ("moving to New Zealand", "She", "joked about", "preposed.topic") in found


@pytest.mark.parametrize("text", [
    "The senator spoke on Tuesday.",
    "The senator spoke for 20 minutes.",
    "The fundraisers signed on to help raise money for Trump.",
    "The senator said about 20 people came.",
])
def test_a_time_a_measure_or_a_particle_is_no_topic(an: Analyzer, text: str) -> None:
    assert "preposed.topic" not in rules(an, text)


def test_a_frame_reading_comes_first(an: Analyzer) -> None:
    """A that-clause after the adjunct is the content; the topic reading stays out."""
    assert "preposed.topic" not in rules(an, "He said on Twitter that it works.")


# A subject over an aside.


def test_the_opening_noun_phrase_is_the_source_over_an_aside(an: Analyzer) -> None:
    text = ("Giovanni Maria Vian, the editor in chief of the Vatican's official newspaper, "
            "L'Osservatore Romano, said every pope was political.")
    assert ("every pope was political", "Giovanni Maria Vian", "said",
            "preposed.aside_subject") in proposed(an, text)
    text = ("A projection by the consulting firm Oxford Economics, prepared for the "
            "retailers, predicted that many workers would see their pay cut.")
    assert ("many workers would see their pay cut", "A projection by the consulting firm "
            "Oxford Economics", "predicted", "preposed.aside_subject") in proposed(an, text)


def test_a_parenthetical_source_is_no_aside(an: Analyzer) -> None:
    assert "preposed.aside_subject" not in rules(an, "The plan, economists say, is sound.")
    assert "preposed.aside_subject" not in rules(an, "The plan is sound, economists say.")


# The source of an infinitive cue.


def test_an_infinitive_cue_takes_the_clause_subject(an: Analyzer) -> None:
    found = proposed(an, "Trump was not willing to say who his running mate would be.")
    assert ("who his running mate would be", "Trump", "say",
            "preposed.infinitive_cue") in found
    found = proposed(an, "The actors are all quick to point out that they are not the Trumps.")
    assert ("they are not the Trumps", "The actors", "point out",
            "preposed.infinitive_cue") in found


def test_after_a_verb_and_its_object_the_object_is_the_source(an: Analyzer) -> None:
    found = proposed(an, "It prompted Anderson Cooper to accuse Bondi of hypocrisy.")
    assert any(r[1:] == ("Anderson Cooper", "accuse", "preposed.infinitive_cue") for r in found)
    found = proposed(an, "The news led some to speculate that the feud was to blame.")
    assert ("the feud was to blame", "some", "speculate", "preposed.infinitive_cue") in found


@pytest.mark.parametrize("text", [
    "To say the least, the plan failed.",
    "It was time to say goodbye.",
    "The campaign declined to comment for this story.",
])
def test_no_one_to_say_it_or_nothing_said(an: Analyzer, text: str) -> None:
    assert "preposed.infinitive_cue" not in rules(an, text)


def test_an_infinitive_inside_another_cue_content_keeps_its_clause(an: Analyzer) -> None:
    found = proposed(an, "The senator declined to say whether he would run.")
    assert ("whether he would run", "The senator", "say", "preposed.infinitive_cue") in found


# A relative pronoun as the cue's missing object.


def test_a_relative_pronoun_is_the_missing_object(an: Analyzer) -> None:
    found = proposed(an, "He turned against the trade bill, which he once supported, last year.")
    assert ("which", "he", "supported", "postposed.object_relative") in found
    found = proposed(an, "It hurts Rubio, whom many Republicans had backed in the hope of a win.")
    assert ("whom", "many Republicans", "backed", "postposed.object_relative") in found


@pytest.mark.parametrize("text", [
    "He said that he agreed.",
    "It was a proposal that Manchin pushed three years ago.",
    "That is what Clinton is promising.",
    "The bill, which he supported to the end, passed.",
])
def test_that_what_or_a_filled_object_is_no_gap(an: Analyzer, text: str) -> None:
    assert "postposed.object_relative" not in rules(an, text)


def test_a_relative_pronoun_before_a_reported_clause_is_its_first_piece(an: Analyzer) -> None:
    # "said would pass" fills the cue's object: the pronoun is no object gap but the
    # reported clause's subject, its content's first piece beside the predicate.
    found = proposed(an, "The bill, which he said would pass, failed.")
    assert ("which", "he", "said", "postposed.object_relative") in found
    assert ("would pass", "he", "said", "preposed.bare_clause") in found


# A reported clause after an adjunct.


def test_a_clause_after_an_adjunct_is_reported(an: Analyzer) -> None:
    found = proposed(an, "Pence said in politics it takes time to build trust.")
    assert ("in politics it takes time to build trust", "Pence", "said",
            "preposed.bare_clause") in found


def test_an_adjunct_alone_reports_nothing(an: Analyzer) -> None:
    assert not proposed(an, "He testified before the panel on Monday.")


@pytest.mark.parametrize(("text", "content"), [
    ("Exporters say the problem lies elsewhere.", "the problem lies elsewhere"),
    ("Officials say the plan works well.", "the plan works well"),
])
def test_a_present_verb_the_word_list_tags_a_noun_makes_a_clause(
    text: str, content: str
) -> None:
    # "lies", "works": nouns by the word list, verbs after "the problem", "the plan"; a
    # quote by default, not only an attribution
    assert [q.content.text for q in Analyzer().analyze(text).quotes] == [content]



@pytest.mark.parametrize(("headline", "content"), [
    ("Chief says fire 'came down the hill like a train' as 2,000 flee homes",
     "fire 'came down the hill like a train'"),
    ("NEA says new rents reflect market rates; MP to meet stallholders",
     "new rents reflect market rates"),
])
def test_a_headlines_next_item_is_no_part_of_what_was_said(headline: str, content: str) -> None:
    text = f"{headline}\n\nThe agency said on Monday that the plan would go ahead.\n"
    assert Analyzer().analyze(text).quotes[0].content.text == content


def test_a_sentence_that_ends_inside_its_closing_mark_is_no_headline() -> None:
    text = ('The chief said no arrests had been made but detectives had identified '
            '"persons of interest."\n')
    (q,) = Analyzer().analyze(text).quotes
    assert q.content.text.endswith('"persons of interest."')


def test_her_before_a_noun_opens_the_clause_told_without_that() -> None:
    # "told the judges her family had …": "her" is the clause's determiner, no addressee
    text = "Ningsih told the judges her family had tapped rubber in that forest."
    (q,) = Analyzer().analyze(text).quotes
    assert q.content.text == "her family had tapped rubber in that forest"


@pytest.mark.parametrize(("text", "content"), [
    # a time of day after "shortly before"; "that" before a number word
    ("Irie Talk Radio reported shortly before midnight that the party would seek a recount.",
     "the party would seek a recount"),
    ("The broadcaster reported that two bidders, both American, had approached them.",
     "two bidders, both American, had approached them"),
])
def test_that_clauses_after_a_time_of_day_or_before_a_number(text: str, content: str) -> None:
    assert [q.content.text for q in Analyzer().analyze(text).quotes] == [content]


def test_a_citing_aside_between_the_cue_and_that() -> None:
    text = ("Yonhap News Agency reported on Tuesday, citing two unnamed industry sources, "
            "that the chips had overheated during a customer's test.")
    assert [q.content.text for q in Analyzer().analyze(text).quotes] == [
        "the chips had overheated during a customer's test"]


def test_a_leading_sources_name_may_hold_and() -> None:
    text = ("According to the Federal Data Protection and Information Commissioner, the bank "
            "notified it of the breach on 4 November.")
    (q,) = Analyzer().analyze(text).quotes
    assert q.content.text == "the bank notified it of the breach on 4 November"
    assert q.speaker is not None
    assert q.speaker.name == "Federal Data Protection and Information Commissioner"


@pytest.mark.parametrize(("text", "content"), [
    # a time word glued to a hyphen or a possessive opens the clause's subject, no
    # adjunct of the cue ("said | first-time offenders …", "said | last year's budget …")
    ("Experts said first-time offenders are often sent to anger-management courses.",
     "first-time offenders are often sent to anger-management courses"),
    ("The mayor said last year's budget was too small.", "last year's budget was too small"),
    ("Officials said late-night talks had failed.", "late-night talks had failed"),
    # a time word alone is still the cue's adjunct
    ("The mayor said last week the budget was too small.", "the budget was too small"),
])
def test_a_time_word_that_opens_a_compound_or_possessive_is_the_subjects(
        text: str, content: str) -> None:
    assert [q.content.text for q in Analyzer().analyze(text).quotes] == [content]


@pytest.mark.parametrize(("text", "content"), [
    # after the addressee, a possessive's noun phrase may hold a prepositional phrase
    # before its verb: a reported clause, no object ("told me his support for …")
    ("Mr. Hannity told me his support for Trump was firm.", "his support for Trump was firm"),
    ("Deshawn Whitaker, 61, told Kernel Ledger his chemotherapy appointment on Monday had "
     "been canceled.", "his chemotherapy appointment on Monday had been canceled"),
])
def test_a_possessive_subject_may_hold_a_prepositional_phrase(text: str, content: str) -> None:
    assert [q.content.text for q in Analyzer().analyze(text).quotes] == [content]


def test_a_possessive_noun_phrase_with_no_verb_is_no_clause() -> None:
    assert not Analyzer().analyze("She told them her views on the matter.").quotes


# A participle clause that opens its sentence: the main clause's subject is its source.


@pytest.mark.parametrize(("text", "content", "speaker", "cue"), [
    ("Noting he majored in philosophy during college, Allen said he tends to deliberate.",
     "he majored in philosophy during college", "Allen", "Noting"),
    ("Declaring that he alone has the strength to secure the homeland, the billionaire "
     "offered himself as a savior.",
     "he alone has the strength to secure the homeland", "the billionaire", "Declaring"),
    ('Noting that only Sen. Mark Kirk voted with Democrats, Tester added: "That is where '
     'your problem is."', "only Sen. Mark Kirk voted with Democrats", "Tester", "Noting"),
])
def test_a_fronted_participle_reports_what_the_main_subject_said(
        an: Analyzer, text: str, content: str, speaker: str, cue: str) -> None:
    assert any(c == content and s == speaker and q == cue
               for c, s, q, _ in proposed(an, text))


@pytest.mark.parametrize("text", [
    "Noting the rise in prices.",  # no main clause
    "Citing the report; officials left.",  # a semicolon ends the clause first
])
def test_a_fronted_participle_needs_a_main_clause_subject(an: Analyzer, text: str) -> None:
    assert not any(q in ("Noting", "Citing") for _, _, q, _ in proposed(an, text))


@pytest.mark.parametrize(("text", "content", "cue"), [
    # "agree with X": the preposition is the cue's, its object the content (as "side with")
    ("Most Republicans agreed with the analysis.", "the analysis", "agreed with"),
    ("Few economists disagree with him.", "him", "disagree with"),
    # the topic of a complaint, a piece of writing, a worry, a thought
    ("He has often complained about the lack of credit.", "the lack of credit",
     "complained about"),
    ("She has written about Census controversies.", "Census controversies",
     "written about"),
    ("Parents worried about the future of their kids.", "the future of their kids",
     "worried about"),
])
def test_a_cue_and_its_preposition_report_the_object(
        an: Analyzer, text: str, content: str, cue: str) -> None:
    assert any(c == content and q == cue and r == "preposed.object"
               for c, _, q, r in proposed(an, text))


# An object ends before "and" and a name's new clause.


@pytest.mark.parametrize(("text", "content"), [
    ("Pennsylvania's Patrick J. Toomey has not endorsed Trump and Illinois's Mark Kirk "
     "withdrew his early support.", "Trump"),
    ("Each candidate questioned the other's fitness to lead and Senator Bernie Sanders "
     "pressed his attack.", "the other's fitness to lead"),
])
def test_an_object_ends_before_a_names_new_clause(an: Analyzer, text: str,
                                                   content: str) -> None:
    assert any(r[0] == content and r[3] == "preposed.object" for r in proposed(an, text))


def test_a_names_coordinated_object_goes_on(an: Analyzer) -> None:
    found = proposed(an, "The group endorsed Trump and Pence in July.")
    assert not any(r[0] == "Trump" and r[3] == "preposed.object" for r in found)


# A cue whose frame needs "that" reads a finite clause without it.


@pytest.mark.parametrize(("text", "content"), [
    ("Supporters cheered as they learned their candidate had won the primary.",
     "their candidate had won the primary"),
    ("He noticed the door was open.", "the door was open"),
])
def test_a_that_cue_reads_a_bare_finite_clause(an: Analyzer, text: str, content: str) -> None:
    assert any(r[0] == content and r[3] == "preposed.bare_clause" for r in proposed(an, text))


@pytest.mark.parametrize("text", [
    "She learned English from her mother.",
    "The party maintains a commanding lock on the legislature.",
])
def test_a_that_cue_takes_no_noun_phrase_as_a_clause(an: Analyzer, text: str) -> None:
    assert "preposed.bare_clause" not in rules(an, text)


def test_a_time_and_a_place_before_a_second_predicate_end_the_object(an: Analyzer) -> None:
    text = "The senator endorsed Cruz on Wednesday at the rally and has campaigned with him."
    assert ("Cruz", "The senator", "endorsed", "preposed.object") in proposed(an, text)


@pytest.mark.parametrize(("text", "speaker"), [
    ("One delegate not on the Cruz slate, Kelly Schmidt, told POLITICO she was leaning "
     "toward Cruz.", "Kelly Schmidt"),
    ("One pastor supporting Mr. Cruz, Darran Whiting, said he had made calls.",
     "Darran Whiting"),
])
def test_a_name_after_a_postmodified_description_is_the_source(an: Analyzer, text: str,
                                                               speaker: str) -> None:
    assert any(r[1] == speaker and r[3].startswith("preposed.") for r in proposed(an, text))


@pytest.mark.parametrize("text", ["She responded on Twitter.", "He went on national television."])
def test_a_medium_after_on_is_no_topic(an: Analyzer, text: str) -> None:
    assert "preposed.topic" not in rules(an, text)


def test_a_relative_clause_in_an_object_keeps_its_coordinated_verb(an: Analyzer) -> None:
    text = ("The governor was mocking Rubio as a neophyte who memorized talking points and "
            "lacked the experience a president needs.")
    content = ("Rubio as a neophyte who memorized talking points and lacked the experience a "
               "president needs")
    assert any(r[0] == content and r[3] == "preposed.object" for r in proposed(an, text))
    # without a relative clause, "and" and a verb is the subject's next predicate
    found = proposed(an, 'Trump called the merger "a terrible deal" and ranked Fiorina last.')
    assert any(r[0] == 'the merger "a terrible deal"' for r in found)


def test_a_spaced_hyphen_ends_an_object_as_a_dash_does(an: Analyzer) -> None:
    text = "The group has also endorsed Cruz - the first time it has weighed in."
    assert ("Cruz", "The group", "endorsed", "preposed.object") in proposed(an, text)
    found = proposed(an, "The group has endorsed the U.S.-Mexico pact.")
    assert ("the U.S.-Mexico pact", "The group", "endorsed", "preposed.object") in found


def test_a_spaced_dash_ends_an_infinitive_content(an: Analyzer) -> None:
    text = "The governor vowed to veto the bill — a promise he kept a week later."
    assert ("to veto the bill", "The governor", "vowed", "preposed.infinitive") in proposed(
        an, text)


@pytest.mark.parametrize(("text", "content"), [
    ("The governor has endorsed Trump at several enthusiastic rallies and has been his "
     "attack dog.", "Trump"),
    ("She is relying on her husband, mentioning him in almost every speech as she praises "
     "his record.", "him"),
])
def test_an_occasion_ends_the_object(an: Analyzer, text: str, content: str) -> None:
    assert any(r[0] == content and r[3] == "preposed.object" for r in proposed(an, text))


def test_a_relative_clauses_object_pronoun_ends_before_the_main_verb(an: Analyzer) -> None:
    text = "Progressive groups that have endorsed him say they back the rules."
    assert ("him", "that", "endorsed", "preposed.relative_source") in proposed(an, text)


def test_a_shows_quoted_title_in_a_closing_adjunct_ends_the_object(an: Analyzer) -> None:
    text = "Trump endorsed Cruz Thursday morning on CNBC’s “Squawk Box” program."
    assert ("Cruz", "Trump", "endorsed", "preposed.object") in proposed(an, text)


@pytest.mark.parametrize(("text", "content"), [
    ("After 55 percent said so in December, the figure rose.", "so"),
    ("He said so far the plan works.", "so far the plan works"),
])
def test_so_after_a_cue_is_the_whole_clause_before_an_adjunct(an: Analyzer, text: str,
                                                              content: str) -> None:
    assert any(r[0] == content and r[3] == "preposed.bare_clause" for r in proposed(an, text))


@pytest.mark.parametrize(("text", "content", "speaker"), [
    ("While 86 percent had a favorable opinion of Clinton, 43 said the same for Sanders.",
     "the same for Sanders", "43"),
    ("Since June 16, at least 21,000 said they would run for office.",
     "they would run for office", "at least 21,000"),
    ("About 4 in 10 said they want a candidate with experience.",
     "they want a candidate with experience", "About 4 in 10"),
    ("Nearly eight in 10 Democratic voters overall said they have made up their mind.",
     "they have made up their mind", "eight in 10 Democratic voters overall"),
])
def test_a_count_of_respondents_is_the_source(an: Analyzer, text: str, content: str,
                                              speaker: str) -> None:
    assert (content, speaker, "said", "preposed.bare_clause") in proposed(an, text)


def test_a_year_is_no_count_of_respondents(an: Analyzer) -> None:
    text = "In 2012 said the governor, the plan was new."
    assert not any(r[1] == "2012" for r in proposed(an, text))


@pytest.mark.parametrize(("text", "speaker"), [
    ("''The odds are long,'' said another leading Supreme Court advocate, Andrew J. Pincus "
     "of the law firm Mayer Brown.", "another leading Supreme Court advocate"),
    ("“We will appeal,” said the outgoing chairman.", "the outgoing chairman"),
])
def test_a_participle_between_determiner_and_noun_stays_in_an_inverted_source(
        an: Analyzer, text: str, speaker: str) -> None:
    assert any(r[1] == speaker and r[3] == "postposed.inverted" for r in proposed(an, text))


def test_that_before_a_quantity_and_an_aside_opens_the_reported_clause(an: Analyzer) -> None:
    text = ("McAuliffe said that more than 200,000 felons, convicted of both violent and "
            "non-violent crimes, will be restored their voting rights.")
    content = text[text.index("more than") : -1]
    assert (content, "McAuliffe", "said", "preposed.that_clause") in proposed(an, text)
    assert ("that claim", "He", "rejected", "preposed.object") in proposed(
        an, "He rejected that claim.")


def test_a_name_set_off_after_a_subordinators_description_is_the_source(
        an: Analyzer) -> None:
    text = ("When the F.B.I. director, James B. Comey, said on Tuesday that the account had "
            "been hacked, experts understood his meaning.")
    found = proposed(an, text)
    assert ("the account had been hacked", "James B. Comey", "said",
            "preposed.that_clause") in found


def test_reportedly_reports_the_clause_around_it_with_no_source(an: Analyzer) -> None:
    text = ("In total, the hackers have reportedly infiltrated more than 100 party officials "
            "and groups, leaving progressives fearful.")
    content = "the hackers have reportedly infiltrated more than 100 party officials and groups"
    assert (content, None, "reportedly", "passive.raising") in proposed(an, text)


@pytest.mark.parametrize(("text", "content", "speaker"), [
    ("At one point, a woman asked for a photo and Clinton agreed.", "a photo", "a woman"),
    ("The employer asked for proof of citizenship.", "proof of citizenship", "The employer"),
])
def test_the_object_of_for_after_a_cue_is_its_topic(an: Analyzer, text: str, content: str,
                                                    speaker: str) -> None:
    assert (content, speaker, "asked for", "preposed.topic") in proposed(an, text)
    assert not any(r[3] == "preposed.topic" for r in proposed(an, "He spoke for 20 minutes."))


@pytest.mark.parametrize(("text", "content", "speaker", "cue"), [
    ("Earhardt then asked Rubio which states specifically he could win.",
     "which states specifically he could win", "Earhardt", "asked"),
    ("We asked our followers which candidate won Thursday's GOP debate.",
     "which candidate won Thursday's GOP debate", "We", "asked"),
    ("When asked whom she supported, Ms. Sherry smiled.", "whom she supported", None, "asked"),
])
def test_a_questions_wh_word_after_ask_opens_the_content(an: Analyzer, text: str, content: str,
                                                        speaker: str | None, cue: str) -> None:
    assert any(r[:3] == (content, speaker, cue) for r in proposed(an, text))


def test_who_and_a_verb_after_the_addressee_is_a_relative_clause(an: Analyzer) -> None:
    found = proposed(an, "He asked the students who attended the rally to leave.")
    assert not any(r[0].startswith("who") for r in found)


@pytest.mark.parametrize(("text", "speaker", "cue"), [
    ("Ryan also is stressing that the plan works.", "Ryan", "stressing"),
    ("He now is saying that the plan works.", "He", "saying"),
])
def test_an_adverb_before_the_progressives_auxiliary_keeps_the_subject(
        an: Analyzer, text: str, speaker: str, cue: str) -> None:
    assert ("the plan works", speaker, cue, "preposed.that_clause") in proposed(an, text)


def test_and_a_relative_pronoun_end_the_object(an: Analyzer) -> None:
    text = ("David Duke, who enthusiastically endorses Trump and whom Trump took a long time "
            "to disavow, spoke.")
    assert ("Trump", "who", "endorses", "preposed.relative_source") in proposed(an, text)


@pytest.mark.parametrize("obj", ["him", "them", "us"])
def test_a_noun_verb_before_an_object_pronoun_is_the_clauses_verb(an: Analyzer, obj: str) -> None:
    """ "said fuel cost him EC$14.90 a gallon": a word the lexicon reads as a noun first
    is a verb before "him", "them", "me" or "us" (no noun takes an object pronoun)."""
    text = f"Mr. Harrigan said fuel cost {obj} EC$14.90 a gallon in November."
    assert [q.content.text for q in analyze(text).quotes] == [
        f"fuel cost {obj} EC$14.90 a gallon in November"]
