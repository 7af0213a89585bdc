"""Reported speech without quote marks: the constructions of the indirect-speech issue."""

from __future__ import annotations

import pytest

from attribution import Analyzer, Quote, analyze


@pytest.fixture(scope="module")
def an() -> Analyzer:
    # PolNeAR's constructions read by the rules: the PARC-style attributions as well as
    # the quotes, without the cues the learned tagger adds.
    return Analyzer(attributions=True, cue_tagger=False)


def only(an: Analyzer, text: str) -> Quote:
    qs = an.analyze(text).quotes
    assert len(qs) == 1, [q.content.text for q in qs]
    return qs[0]


def test_speaker_cue_that_clause(an: Analyzer) -> None:
    q = only(an, "US officials said that Russia is buying weapons from North Korea.")
    assert q.content.text == "Russia is buying weapons from North Korea"
    assert q.speaker is not None and q.speaker.name == "US officials"
    assert q.speaker.kind == "anonymous"
    assert q.kind == "indirect" and q.cue_type == "speech"


def test_speaker_cue_clause_without_that(an: Analyzer) -> None:
    q = only(an, "The Biden administration announced last month it would send more aid.")
    assert q.content.text == "it would send more aid"
    assert q.speaker is not None and q.speaker.kind == "organization"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The agency believes shared bus and bike stops can work downtown.",
         "shared bus and bike stops can work downtown"),
        ("The mayor said increased funding would help.", "increased funding would help"),
    ],
)
def test_clause_whose_subject_opens_with_a_participle(
    an: Analyzer, text: str, content: str
) -> None:
    """A bare clause may open with a participle modifying its subject; a participle
    with no clause after it ("a report released last week") is none."""
    assert only(an, text).content.text == content


def test_participle_without_clause_is_no_content(an: Analyzer) -> None:
    assert an.analyze("The board said released last week.").quotes == []


def test_clause_cue_speaker_excludes_date(an: Analyzer) -> None:
    text = (
        "The counteroffensive has now spread to the east, Ukrainian presidential adviser "
        "Oleksiy Arestovych said on Monday."
    )
    q = only(an, text)
    assert q.content.text == "The counteroffensive has now spread to the east"
    assert q.speaker is not None and q.speaker.mention is not None
    assert q.speaker.mention.text == "Ukrainian presidential adviser Oleksiy Arestovych"


def test_inverted_said_the_minister(an: Analyzer) -> None:
    q = only(an, "The talks will resume next week, said the foreign minister.")
    assert q.content.text == "The talks will resume next week"
    assert q.speaker is not None and q.speaker.mention is not None
    assert q.speaker.mention.text == "the foreign minister"


def test_subject_with_a_relative_clause_after_said_is_no_inverted_source(an: Analyzer) -> None:
    # "said [some patients whose …] were …": the noun phrase is the reported clause's
    # subject; "said a strategist who spoke on condition of anonymity" stays inverted
    text = ("An oncologist at the hospital, who asked not to be named, said some patients "
            "whose tumours could have been treated in January were now beyond cure.")
    q = only(an, text)
    assert q.content.text.startswith("some patients whose tumours")
    assert q.speaker is not None and q.speaker.name == "oncologist at the hospital"
    q = only(an, "“It is over,” said a strategist who was not authorized to speak publicly.")
    assert q.speaker is not None and q.speaker.mention is not None
    assert q.speaker.mention.text == "a strategist"
    q = only(an, "“I kept talking,” said a ferry captain who was walking home when the man "
                 "ran out of the store.")
    assert q.speaker is not None and q.speaker.mention is not None
    assert q.speaker.mention.text == "a ferry captain"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Clinton praised the plan Thursday morning on CNBC's program.", "the plan"),
        ("Reid defended Cruz in a recent interview with The Post.", "Cruz"),
        ("The senator endorsed Okafor late Monday at a rally in Dayton.", "Okafor"),
        # the object runs on after the time: it is no adjunct that ends the clause
        ("Trump called his remarks on Saturday “a true wake-up call”.",
         "his remarks on Saturday “a true wake-up call”"),
    ],
)
def test_a_noun_phrase_content_ends_before_its_time_and_occasion(
    an: Analyzer, text: str, content: str
) -> None:
    assert only(an, text).content.text == content


def test_declined_to_say_after_the_content_is_the_speakers_own_act(an: Analyzer) -> None:
    text = ("Park-Haddad said the company expected to start shipping replacements in "
            "January but declined to say how many cells remained.")
    said = [q for q in an.analyze(text).quotes if q.cue is not None and q.cue.text == "said"]
    assert [q.content.text for q in said] == [
        "the company expected to start shipping replacements in January"
    ]


def test_told_with_addressee(an: Analyzer) -> None:
    q = only(an, "Mason Clark told The New York Times that the Kremlin must be upset.")
    assert q.content.text == "the Kremlin must be upset"
    assert q.speaker is not None and q.speaker.name == "Mason Clark"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("A colleague asked Nivi Olsen, 27, whether she had heard the number.",
         "whether she had heard the number"),
        ("The minister told Nivi Olsen, a deckhand, that the quota would stand.",
         "the quota would stand"),
        ("The minister told reporters, however, that the quota would stand.",
         "the quota would stand"),
    ],
)
def test_an_addressee_and_its_apposition_before_the_content(
    an: Analyzer, text: str, content: str
) -> None:
    assert [q.content.text for q in an.analyze(text).quotes] == [content]


@pytest.mark.parametrize(("text", "content"), [
    ("Lejla Mujanović said about 40 households still could not use their own woodland.",
     "about 40 households still could not use their own woodland"),
    ("The agency said around 200 people were evacuated overnight.",
     "around 200 people were evacuated overnight"),
    # (but a count of times before "that" is the report's adjunct)
    ("The mayor said about 40 times that the bridge was safe.", "the bridge was safe"),
])
def test_an_approximate_number_opens_a_reported_clause(
    an: Analyzer, text: str, content: str
) -> None:
    assert [q.content.text for q in an.analyze(text).quotes] == [content]


def test_a_clause_after_an_addressee_is_no_apposition(an: Analyzer) -> None:
    """A verb between the commas: a relative clause, not the content's start."""
    res = an.analyze("She told the court, which was packed, that she was innocent.")
    assert all(q.content.text != "she was innocent" for q in res.quotes)


def test_told_addressee_without_that(an: Analyzer) -> None:
    q = only(an, "Cornyn told reporters this was the only chance to pass the bill.")
    assert q.content.text == "this was the only chance to pass the bill"
    assert q.speaker is not None and q.speaker.name == "Cornyn"


def test_participle_telling_takes_the_main_subject(an: Analyzer) -> None:
    text = (
        "Frederick W Kagan, a military expert, echoed this view, telling the paper that "
        "Russia cannot increase its own weapons manufacturing."
    )
    telling = [q for q in an.analyze(text).quotes if q.cue and q.cue.text == "telling"]
    assert len(telling) == 1
    assert telling[0].content.text == "Russia cannot increase its own weapons manufacturing"
    assert telling[0].speaker is not None
    assert telling[0].speaker.name == "Frederick W Kagan"


@pytest.mark.parametrize(
    "text, content",
    [
        ("According to US intelligence, Moscow bought Iranian drones.",
         "Moscow bought Iranian drones"),
        ("Moscow bought Iranian drones, according to US intelligence.",
         "Moscow bought Iranian drones"),
    ],
)
def test_according_to_before_and_after(an: Analyzer, text: str, content: str) -> None:
    q = only(an, text)
    assert q.kind == "according_to"
    assert q.content.text == content
    assert q.speaker is not None and q.speaker.name == "US intelligence"
    assert q.speaker.kind == "document"


def test_headline_says_source(an: Analyzer) -> None:
    q = only(an, "Russia buys weapons from North Korea, says US\n\nThe story went on.")
    assert q.content.text == "Russia buys weapons from North Korea"
    assert q.speaker is not None and (q.speaker.name, q.speaker.kind) == ("US", "organization")


@pytest.mark.parametrize(
    "text, cue_type",
    [
        ("Most economists believe the recession is over.", "belief"),
        ("The senator wants to run for governor next year.", "intention"),
        ("Pyongyang has expressed its willingness to send workers.", "speech"),
        ("Polls show Clinton leading in Florida.", "document"),
    ],
)
def test_cue_types(an: Analyzer, text: str, cue_type: str) -> None:
    assert only(an, text).cue_type == cue_type


def test_keep_only_speech() -> None:
    an = Analyzer(cue_types=["speech"])
    text = "Most economists believe the recession is over. The minister said prices will fall."
    assert [q.cue.text for q in an.analyze(text).quotes if q.cue] == ["said"]


def test_content_stops_before_trailing_attribution(an: Analyzer) -> None:
    q = only(an, "Prices will fall next year, officials said.")
    assert q.content.text == "Prices will fall next year"


def test_content_stops_before_coordinated_report(an: Analyzer) -> None:
    qs = an.analyze("Clinton says she respects Sanders but argues that he can’t deliver.").quotes
    assert [q.content.text for q in qs] == ["she respects Sanders", "he can’t deliver"]
    assert {q.speaker.name for q in qs if q.speaker} == {"Clinton"}


def test_leading_adverbial_is_not_content(an: Analyzer) -> None:
    text = (
        "After becoming one of the few countries to recognize the provinces, Pyongyang has "
        "expressed its willingness to send construction workers."
    )
    q = only(an, text)
    assert q.content.text == "its willingness to send construction workers"


def test_passive_and_nominal_uses_are_not_cues(an: Analyzer) -> None:
    assert an.analyze("The report was released on Monday by the committee.").quotes == []
    assert an.analyze("His warning came too late for the town.").quotes == []


def test_relative_pronoun_speaker_resolves_to_antecedent(an: Analyzer) -> None:
    text = "Trump, who said the wall would be built, spoke in Ohio."
    q = only(an, text)
    assert q.speaker is not None and q.speaker.mention is not None
    assert q.speaker.mention.text == "who"
    assert q.speaker.name == "Trump"
    assert q.content.text == "the wall would be built"


def test_cue_after_closing_question_mark(an: Analyzer) -> None:
    text = "“Why would we stop now?” Trump said Friday. “We are winning.”"
    got = [(q.speaker.name if q.speaker else None, q.content.text) for q in an.analyze(text).quotes]
    assert got == [("Trump", "“Why would we stop now?”"), ("Trump", "“We are winning.”")]


def test_quote_after_sentence_final_cue(an: Analyzer) -> None:
    text = "Dianne Bystrom agreed. “Mainstream Republicans are running out of time.”"
    q = only(an, text)
    assert q.content.text == "“Mainstream Republicans are running out of time.”"
    assert q.speaker is not None and q.speaker.name == "Dianne Bystrom"


def test_a_proper_name_with_and_between_cue_and_that() -> None:
    """An adjunct naming an institution with "and" ("the Securities and Exchange
    Commission") still reaches the "that" of the content."""
    text = (
        "The company said in a filing with the Securities and Exchange Commission "
        "that profits fell."
    )
    assert [q.content.text for q in analyze(text).quotes] == ["profits fell"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The council's decision, which critics say will raise rents, passed 7-2.",
         "will raise rents"),
        ("The bill, which Democrats say would cut taxes, passed the House.",
         "would cut taxes"),
    ],
)
def test_a_report_inside_a_relative_clause_ends_with_the_clause(text: str, content: str) -> None:
    assert [q.content.text for q in analyze(text).quotes] == [content]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a cue's homograph after a determiner is a noun inside the subject
        ("The host of the show said it was over.", "host of the show"),
        # a plural without -s, and a subject whose head stands before its "of"/"from"
        ("The data show inflation fell.", "data"),
        ("Data from the agency show that inflation fell.", "Data from the agency"),
        ("Women say the rules are unfair.", "Women"),
    ],
)
def test_subjects_and_agreement_around_noun_verb_homographs(text: str, speaker: str) -> None:
    quotes = analyze(text).quotes
    assert len(quotes) == 1 and quotes[0].speaker is not None
    assert quotes[0].speaker.mention is not None
    assert quotes[0].speaker.mention.text.lower().endswith(speaker.lower())


def test_a_noun_homograph_after_a_singular_noun_is_no_cue() -> None:
    assert not analyze("The reality TV show ended last year.").quotes


@pytest.mark.parametrize(
    "text",
    [
        # a word after an article is a noun whatever its tag: "a talk show host"
        "Bob Friedman, a talk show host, said he noticed the shift in listeners.",
        # "news", "analysis": singular nouns in -s take "shows", so "show" is a noun
        "On cable, political news show guests were 77% men.",
    ],
)
def test_a_noun_homograph_in_a_compound_is_no_cue(text: str) -> None:
    cues = [q.cue.text for q in Analyzer(attributions=True).analyze(text).quotes
            if q.cue is not None]
    assert "show" not in cues


@pytest.mark.parametrize(
    "text",
    ["The authors said they now plan to study whether the effects last.",
     "The authors said they plan to study the effects."],
)
def test_a_noun_homograph_after_a_subject_pronoun_is_a_verb(text: str) -> None:
    """ "they plan": a clause, although the word lexicon's tag for "plan" is a noun's."""
    contents = [q.content.text for q in analyze(text).quotes]
    assert len(contents) == 1 and contents[0].startswith("they ")


@pytest.mark.parametrize(("text", "content"), [
    ("A CFM official said night trains would not resume before March.",
     "night trains would not resume before March"),
    ("The airline said morning flights would be cut.", "morning flights would be cut"),
    ("The union said weekend services would stop.", "weekend services would stop"),
    # still an adjunct after a word that makes it one
    ("The union said last night services would stop.", "services would stop"),
    ("The union said Sunday night that services would stop.", "services would stop"),
])
def test_a_bare_time_noun_after_the_cue_opens_the_reported_clause(
    an: Analyzer, text: str, content: str
) -> None:
    """"said night trains would": "night" alone is no adjunct ("said last night" is);
    it modifies the reported clause's subject."""
    assert only(an, text).content.text == content
