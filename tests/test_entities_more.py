"""Speakers as entities (issue 17), continued: names that ran over a sentence end or
only modified a noun, surnames a word list takes for organisations, appositions that
stand where the subject's name should, who "I" is, and unresolved pronouns.

One phenomenon per test, names of many origins.
"""

from __future__ import annotations

import pytest

from attribution import Analysis, Analyzer, Quote


@pytest.fixture(scope="module")
def an() -> Analyzer:
    return Analyzer()


def speaker_of(res: Analysis, words: str) -> Quote:
    """The quote whose content holds ``words``."""
    found = [q for q in res.quotes if words in q.content.text]
    assert found, [q.content.text for q in res.quotes]
    return found[0]


def speaker_name(res: Analysis, words: str) -> str | None:
    sp = speaker_of(res, words).speaker
    return None if sp is None else sp.name


# --------------------------------------------------------------------------- names


def test_a_name_that_ends_a_sentence_is_not_lost(an: Analyzer) -> None:
    """"… Mike Crapo and Jim Risch. Last week …": one capitalised stretch over a
    sentence end is two names, and the first is not dropped."""
    text = (
        "Take the two senators, Tevita Fifita and Ngozi Okafor. Last week they backed "
        "the bill.\n\n"
        "“It is doable,” Okafor told reporters on Monday."
    )
    assert speaker_name(an.analyze(text), "It is doable") == "Ngozi Okafor"


def test_a_full_name_that_only_modifies_a_noun_names_the_person(an: Analyzer) -> None:
    """"the Bernie Sanders presidential campaign" is no mention of him, but it gives his
    full name to the "Sanders" of the rest of the article."""
    text = (
        "The dispute began when the Amara Nwosu mayoral campaign challenged the council "
        "to a debate.\n\n"
        "Nwosu said the council had refused every date."
    )
    res = an.analyze(text)
    assert speaker_name(res, "refused every date") == "Amara Nwosu"


def test_a_surname_the_word_list_takes_for_an_organisation(an: Analyzer) -> None:
    """The word lexicon labels "Devine" an organisation (a company's name in its
    corpus); given alone as "Devine said" after "Siobhan Devine", it is her surname, and
    the two are one person."""
    text = (
        "Siobhan Devine threw her support behind the plan on Wednesday.\n\n"
        "Devine, the former chief executive who left the board in May, said the plan "
        "was the only one left."
    )
    res = an.analyze(text)
    assert speaker_name(res, "the only one left") == "Siobhan Devine"


# --------------------------------------------------------------------------- appositions


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            "Oluwaseun Adeyemi, chief executive of Lagoswater, a water company, said "
            "that prices would rise.",
            "prices would rise",
            "Oluwaseun Adeyemi",
        ),
        (
            "76-year-old Kenji Watanabe, founder of the Osaka Institute, said that the "
            "reform had failed.",
            "the reform had failed",
            "Kenji Watanabe",
        ),
    ],
)
def test_the_subjects_apposition_is_no_speaker_of_its_own(
    an: Analyzer, text: str, words: str, name: str
) -> None:
    """"Matthew Prince, chief executive of CloudFlare, a San Francisco company, said":
    the one who said it is the subject the appositions describe."""
    res = an.analyze(text)
    assert speaker_name(res, words) == name


# --------------------------------------------------------------------------- pronouns


def test_the_speaker_of_a_quotation_that_runs_on_is_its_topic(an: Analyzer) -> None:
    """'“A,” says Rosa Quispe Mamani. “B?” / Her neighbour …': the possessive after the
    quotation is the speaker's, read after her name, not at the cue before it."""
    text = (
        "Lucía Fernández Ortega spent a year in the town. She told me the film changed.\n\n"
        "\"We did not leave,\" says Rosa Quispe Mamani, a retired schoolteacher, in the "
        "film's best line. \"Who believes the river will come into the kitchen?\"\n\n"
        "Her neighbour, a baker named Tomás Echeverría, describes the night."
    )
    res = an.analyze(text)
    rosa = next(e for e in res.entities if e.name == "Rosa Quispe Mamani")
    assert rosa.gender == "female"


def test_an_unresolved_pronoun_is_no_person(an: Analyzer) -> None:
    """A "he" that refers to no entity says nothing of who spoke: it is counted as no
    person's name."""
    res = an.analyze("“We will appeal,” he said.")
    sp = res.quotes[0].speaker
    assert sp is not None and sp.entity is None and sp.kind == "unknown"


# --------------------------------------------------------------------------- "I"


def test_i_in_a_labelled_answer_is_the_answerer(an: Analyzer) -> None:
    text = (
        "Nii Armah Quaye has spent thirty years recording languages. He spoke to us "
        "from his home.\n\n"
        "Q: What do you say to people who call this nostalgia?\n\n"
        "Quaye: I tell them to spend a week with a grandmother who cannot talk to her "
        "grandchildren."
    )
    res = an.analyze(text)
    assert speaker_name(res, "spend a week") == "Nii Armah Quaye"


def test_i_of_an_op_ed_is_its_writer(an: Analyzer) -> None:
    """An op-ed's author's note ("X is the …") names its writer, whom the prose never
    names otherwise."""
    text = (
        "Why outsiders are winning\n\n"
        "Pundits are shocked that outsiders lead the polls. I think voters want new "
        "ideas, and I said so in 2010.\n\n"
        "I told the party last year that the old formulas are finished.\n\n"
        "Aroha Ngata is the former mayor of Rotorua."
    )
    res = an.analyze(text)
    assert speaker_name(res, "old formulas are finished") == "Aroha Ngata"


def test_a_headline_quote_does_not_make_its_speaker_the_writer(an: Analyzer) -> None:
    """"Rubio: I still believe …" quotes the man the article is about: an "I" of the
    prose is not his."""
    text = (
        "Okonkwo: I Still Believe the Deal Is Bad\n\n"
        "Chidi Okonkwo repeated his warning on Thursday.\n\n"
        "I told the committee that the deal will fail."
    )
    res = an.analyze(text)
    q = speaker_of(res, "the deal will fail")
    assert q.speaker is None or q.speaker.name != "Chidi Okonkwo"


# --------------------------------------------------------------------------- capitals


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Terrorists said on their channels that the bans would fail.", "the bans would fail"),
        ("Spokesmen at the ministry said that no decision had been made.", "no decision"),
        (
            "Long-Time Leaders of the Movement Unite\n\n"
            "Leaders of the movement said on Monday that they would back Wanjiru Kamau.",
            "they would back",
        ),
    ],
)
def test_capitals_of_position_make_no_name(an: Analyzer, text: str, words: str) -> None:
    """A common word capitalised only because it opens a sentence or stands in a
    title-case headline is no person's name."""
    sp = speaker_of(an.analyze(text), words).speaker
    assert sp is None or sp.kind != "person", sp


def test_a_surname_that_is_also_a_common_word_stays_a_name(an: Analyzer) -> None:
    """"Bush said" opens a sentence, but the article capitalises "Bush" mid-sentence
    too ("Mira Bush"): a name."""
    text = (
        "The council heard from Mira Bush on Tuesday.\n\n"
        "Bush said the plan would cost too much."
    )
    assert speaker_name(an.analyze(text), "cost too much") == "Mira Bush"


def test_an_apposition_that_names_someone_else_wins_over_variation(an: Analyzer) -> None:
    """"The founder, Tony Podesta, … The head of Mercury, Vin Weber, is …": the head of
    Mercury is the man the apposition names, not a variation on the founder."""
    text = (
        "The founder of the firm, Tomasz Kowalczyk, signed the contract in 2012.\n\n"
        "The head of Mercury, Arturo Benítez, is an influential Republican.\n\n"
        "Benítez said the firm had done nothing wrong."
    )
    res = an.analyze(text)
    q = speaker_of(res, "nothing wrong")
    assert q.speaker is not None and q.speaker.entity is not None
    e = res.entity(q.speaker.entity)
    assert e is not None and e.name == "Arturo Benítez"
    assert "Tomasz Kowalczyk" not in [m.text for m in e.mentions]


def test_an_indefinite_description_opening_a_sentence_is_someone_new(an: Analyzer) -> None:
    """"A potential vice president pick, Haley is …": capitalised only because it opens
    the sentence, "A …" introduces someone, and is no title of the president named
    before."""
    text = (
        "Adaeze Nwosu gave the response to President Tunde Bakare's final address.\n\n"
        "A potential vice president pick, Nwosu is the daughter of immigrants. \"I am "
        "proud,\" she said in her response.\n\n"
        "\"We will see,\" Bakare said on Thursday."
    )
    res = an.analyze(text)
    bakare = next(e for e in res.entities if e.name == "Tunde Bakare")
    assert bakare.gender != "female"
    assert not any(m.text.startswith("A potential") for m in bakare.mentions)


def test_a_press_secretary_is_a_person(an: Analyzer) -> None:
    """"White House press secretary Josh Earnest": "press" is a media word, but the
    title that ends the phrase makes him a person."""
    res = an.analyze(
        "White House press secretary Tomasz Wiśniewski said the meeting went well."
    )
    sp = res.quotes[0].speaker
    assert sp is not None and (sp.name, sp.kind) == ("Tomasz Wiśniewski", "person")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Liberal Oscar-winner Okonjo Backs the Senator\n\n"
         "Actress Ngozi Okonjo said on Monday that she would vote for the senator.\n\n"
         "\"He is the only one,\" Okonjo said.", "Ngozi Okonjo"),
        ("The Oscar-winning Ngozi Okonjo said on Monday that the vote was close.",
         "Ngozi Okonjo"),
    ],
)
def test_a_compound_of_a_name_and_a_common_word_is_no_name(
    an: Analyzer, text: str, name: str
) -> None:
    """"Oscar-winner Sarandon", "Oscar-winning": a name joined to a common noun or an
    adjective modifies the person's name; it is no part of it."""
    res = an.analyze(text)
    people = {e.name for e in res.entities if e.kind == "person"}
    assert people == {name}


def test_a_reports_subject_is_not_the_speaker_after_it(an: Analyzer) -> None:
    """'“I need a candidate who won't lie to me.” / Mr. Trump … fits that bill for many
    people, he added.': the speaker holds the floor over his quotation; the subject of
    what he adds is not "he"."""
    text = (
        "\"We are sick of it,\" Mr. Kofi Addo said. \"I don't need a candidate from our "
        "ranks. I need a candidate who is not going to lie to me.\"\n\n"
        "Mr. Lindqvist, who is not taking large donations, fits that bill for many "
        "people, he added."
    )
    res = an.analyze(text)
    q = next(q for q in res.quotes if "fits that bill" in q.content.text)
    assert q.speaker is not None and q.speaker.name == "Kofi Addo"


def test_a_relative_clauses_speaker_is_no_subject_to_continue(an: Analyzer) -> None:
    """'… in the event that Clinton faces Trump, who has insulted women, she replied':
    "who" speaks in a relative clause; "she" continues the woman asked."""
    text = (
        "Amara Diallo told reporters on Monday that the race was close.\n\n"
        "Asked about her own vote in the event that Osei faces Hendrik Visser, who has "
        "insulted women and migrants, she replied: \"I don't know.\""
    )
    res = an.analyze(text)
    q = next(q for q in res.quotes if "know" in q.content.text)
    assert q.speaker is not None and q.speaker.name == "Amara Diallo"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a one-word name the article never introduces: no person by the text's evidence
        ("Voltra said crews were on standby and urged residents to stay clear of lines.",
         "organization"),
        # a pronoun, a title or the full name introduces a person
        ("Voltra said crews were on standby. He urged residents to stay clear.", "person"),
        ("Paramedic Voltra said crews were on standby.", "person"),
        ("Amira Voltra runs the depot.\n\nVoltra said crews were on standby.", "person"),
    ],
)
def test_a_one_word_name_never_introduced_is_no_person(
    an: Analyzer, text: str, kind: str
) -> None:
    sp = speaker_of(an.analyze("Storms hit the coast.\n\n" + text), "crews").speaker
    assert sp is not None and sp.kind == kind


@pytest.mark.parametrize(
    ("text", "mention", "kind"),
    [
        ("Two delegates said the group would hold, though one of them said cuts were "
         "possible.", "one of them", "anonymous"),
        ("The delegates met. Each of them said the talks had stalled.", "Each of them",
         "anonymous"),
        ("Two firms bid. One of the companies said the price was too low.",
         "One of the companies", "organization"),
    ],
)
def test_a_partitive_is_typed_by_its_group(
    an: Analyzer, text: str, mention: str, kind: str
) -> None:
    """ "one of them": unnamed members of a group, not an unknown."""
    (sp,) = [q.speaker for q in an.analyze(text).quotes if q.speaker
             and q.speaker.mention and q.speaker.mention.text == mention]
    assert sp.kind == kind


def test_an_apposed_name_is_a_mention_of_its_entity(an: Analyzer) -> None:
    """ "the state weather bureau, PAGASA,": both phrases are mentions of PAGASA."""
    text = (
        "Floods hit the north.\n\nAccording to the state weather bureau, PAGASA, the "
        "storm was expected to weaken by Tuesday."
    )
    (ent,) = [e for e in an.analyze(text).entities if e.name == "PAGASA"]
    assert [m.text for m in ent.mentions] == ["the state weather bureau", "PAGASA"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the organisation noun that heads a name names it alone
        ("Halifax Regional Police have charged a man.\n\nPolice said the store was "
         "robbed at night.", "Halifax Regional Police"),
        # two names share the head: it names neither
        ("Halifax Regional Police charged a man. Truro Police made a second arrest.\n\n"
         "Police said the store was robbed at night.", "Police"),
    ],
)
def test_an_organisation_noun_alone_names_the_organisation_it_heads(
    an: Analyzer, text: str, name: str
) -> None:
    assert speaker_name(an.analyze("Robbery in Dartmouth\n\n" + text), "robbed") == name


def test_a_document_compiled_by_an_agent_keeps_its_agent(an: Analyzer) -> None:
    """ "data compiled by X": the participle and its agent belong to the source, whose
    head is the document."""
    res = an.analyze("Analysts had expected $1.21 a share, according to data compiled by "
                     "Kettering Analytics.")
    sp = speaker_of(res, "expected").speaker
    assert sp is not None and sp.name == "data compiled by Kettering Analytics"
    assert sp.kind == "document"
