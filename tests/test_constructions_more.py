"""Constructions read from PolNeAR train misses: one test each."""

from __future__ import annotations

import pytest

from attribution import Analyzer, Quote, analyze


@pytest.fixture(scope="module")
def an() -> Analyzer:
    # PolNeAR's constructions read by the rules: the PARC-style attributions as well as
    # the quotes, without the cues the learned tagger adds.
    return Analyzer(attributions=True, cue_tagger=False)


def quotes(an: Analyzer, text: str) -> list[Quote]:
    return an.analyze(text).quotes


def only(an: Analyzer, text: str) -> Quote:
    qs = quotes(an, text)
    assert len(qs) == 1, [q.content.text for q in qs]
    return qs[0]


def mention(q: Quote) -> str | None:
    return q.speaker.mention.text if q.speaker and q.speaker.mention else None


def name(q: Quote) -> str | None:
    return q.speaker.name if q.speaker else None


def test_lead_in_before_source_is_not_content_when_a_quote_follows(an: Analyzer) -> None:
    q = only(an, "As for his record, she said, “The vetting has not even begun.”")
    assert q.content.text == "“The vetting has not even begun.”"
    assert q.kind == "direct" and mention(q) == "she"


def test_noun_that_looks_like_a_cue_does_not_block_the_real_cue(an: Analyzer) -> None:
    # "attacks" is a cue form; here a noun before a comma, not a post-posed report.
    q = only(an, "As for his ability to deflect attacks, she said, “The vetting has not begun.”")
    assert q.content.text == "“The vetting has not begun.”"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Donald Trump is telling supporters that “when you win, it’s beautiful.”",
            "“when you win, it’s beautiful.”",
            "Donald Trump",
        ),
        (
            "He’s predicting he will do “very, very well” in Nevada.",
            "he will do “very, very well” in Nevada",
            "He",
        ),
    ],
)
def test_progressive_cues(an: Analyzer, text: str, content: str, speaker: str) -> None:
    q = only(an, text)
    assert q.content.text == content and mention(q) == speaker


def test_progressive_adjective_at_clause_end_is_not_a_cue(an: Analyzer) -> None:
    assert quotes(an, "The early results are encouraging.") == []


def test_addressee_with_time_phrase_and_possessive(an: Analyzer) -> None:
    q = only(an, "Trump told supporters after his victory in South Carolina that he won.")
    assert q.content.text == "he won" and mention(q) == "Trump"


def test_no_dot_number_does_not_end_the_sentence(an: Analyzer) -> None:
    q = only(an, "John Cornyn, the No. 2 Republican in the Senate, said the chamber will vote.")
    assert q.content.text == "the chamber will vote"
    assert q.speaker is not None and q.speaker.name == "John Cornyn"


def test_abbreviation_before_pronoun_ends_the_sentence(an: Analyzer) -> None:
    qs = quotes(an, "Cox says Obama is failing in the U.S. He says Americans need facts.")
    assert [q.content.text for q in qs] == ["Obama is failing in the U.S.", "Americans need facts"]


def test_appositive_with_role_noun_without_article(an: Analyzer) -> None:
    q = only(an, "Vikram Amar, dean of the law school, said there had been a change.")
    assert q.speaker is not None and q.speaker.name == "Vikram Amar"
    assert q.speaker.description == "dean of the law school"


def test_capitalised_adjective_after_given_name_is_a_surname(an: Analyzer) -> None:
    text = (
        "Trump’s Indiana chairman, Rex Early, a former state party chairman, "
        "said he hasn’t explored the process."
    )
    q = next(q for q in quotes(an, text) if q.cue and q.cue.text == "said")
    assert q.speaker is not None and q.speaker.name == "Rex Early"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "“It’s going to be hard,” said a GOP data expert who has worked for a rival.",
            "a GOP data expert",
        ),
        # "familiar with …" belongs to the source (PolNeAR's source spans include it)
        (
            "“It’s going to be hard,” said one Democrat familiar with the campaign.",
            "one Democrat familiar with the campaign",
        ),
        (
            "“It’s going to be hard,” said retired neurosurgeon Ben Carson, asked about it.",
            "retired neurosurgeon Ben Carson",
        ),
        (
            "“It’s going to be hard,” said one well-connected Democrat.",
            "one well-connected Democrat",
        ),
    ],
)
def test_inverted_source_with_modifiers(an: Analyzer, text: str, speaker: str) -> None:
    q = next(q for q in quotes(an, text) if q.cue and q.cue.text == "said")
    assert q.content.text == "“It’s going to be hard,”"
    assert mention(q) == speaker


def test_adjacent_quotations_share_the_following_attribution(an: Analyzer) -> None:
    qs = quotes(an, '"We will win." "At the end of the day, we will win," he added.')
    assert len(qs) == 2
    assert {q.cue.text for q in qs if q.cue} == {"added"}
    assert all(mention(q) == "he" for q in qs)


def test_dialogue_turns_keep_their_own_speakers(an: Analyzer) -> None:
    qs = quotes(an, 'He said, "A is good." "B is bad," she replied.')
    assert [mention(q) for q in qs] == ["He", "she"]


def test_source_after_a_closing_quote_starts_a_new_report_when_a_clause_follows(
    an: Analyzer,
) -> None:
    text = (
        'Greenblatt warned that such a ban would be "unacceptable." '
        'He said American Jews "know all too well what can happen."'
    )
    qs = quotes(an, text)
    assert [q.content.text for q in qs] == [
        'such a ban would be "unacceptable."',
        'American Jews "know all too well what can happen."',
    ]
    assert [q.kind for q in qs] == ["mixed", "mixed"]


def test_question_then_source_and_cue_is_post_posed(an: Analyzer) -> None:
    q = only(an, "“Why would we do that?” Trump said.")
    assert q.content.text == "“Why would we do that?”" and mention(q) == "Trump"


def test_according_to_after_a_short_adverbial(an: Analyzer) -> None:
    q = only(an, "In addition, according to the department, nine million workers will gain.")
    assert q.content.text == "nine million workers will gain"
    assert q.kind == "according_to" and mention(q) == "the department"


def test_lead_in_then_cue_with_object_is_not_post_posed(an: Analyzer) -> None:
    text = "While he renounced most of them, conservative leaders have questioned his sincerity."
    q = only(an, text)
    assert q.content.text == "his sincerity"
    # No post-posed reading of the lead-in; the topic of "worry about" is the report (the
    # object of the cue "worry about" in data/cues.tsv).
    found = quotes(an, "These days, many residents worry about portrayals of Muslims.")
    assert [(q.content.text, q.rule) for q in found] in (
        [], [("portrayals of Muslims", "preposed.topic")],
        [("portrayals of Muslims", "preposed.object")])


def test_quotation_in_a_lead_in_then_a_new_report(an: Analyzer) -> None:
    text = (
        "Although Weiner admitted that they had “been friends for some time,” "
        "he claimed they had never met in person."
    )
    qs = quotes(an, text)
    assert [(q.cue.text if q.cue else None, q.content.text) for q in qs] == [
        ("admitted", "they had “been friends for some time,”"),
        ("claimed", "they had never met in person"),
    ]


def test_it_read_after_a_quotation(an: Analyzer) -> None:
    q = only(an, "The sign was held high. “I am still Sanders,” it read.")
    assert q.content.text == "“I am still Sanders,”" and q.cue is not None
    assert q.cue.text == "read" and q.cue_type == "document"


def test_interrupted_quotation_with_adjuncts_after_the_cue(an: Analyzer) -> None:
    text = '"Word is," Trump said last month on Twitter, "that Ford is going to stay."'
    qs = quotes(an, text)
    assert [q.content.text for q in qs] == ['"Word is,"', '"that Ford is going to stay."']
    assert {q.cue.start for q in qs if q.cue} == {text.index("said")}


@pytest.mark.parametrize(
    ("text", "speaker", "description"),
    [
        ("A former candidate -- John McCain, who lost in 2008 -- said the plan failed.",
         "A former candidate", "John McCain, who lost in 2008"),
        ("Many speakers — including Muslims and Jews — said the death is painful.",
         "Many speakers", "including Muslims and Jews"),
    ],
)
def test_subject_with_an_aside_between_dashes(
    an: Analyzer, text: str, speaker: str, description: str
) -> None:
    q = only(an, text)
    assert mention(q) == speaker
    assert q.speaker is not None and q.speaker.description == description


def test_appositive_holding_a_quoted_title(an: Analyzer) -> None:
    text = 'Hemsley, the co-author of "Going Viral," said the days of one story are gone.'
    q = only(an, text)
    assert q.content.text == "the days of one story are gone"
    assert q.speaker is not None and q.speaker.name == "Hemsley"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Sanders has attacked Clinton as being too cozy with Wall Street.",
         "Clinton as being too cozy with Wall Street"),
        ("In another column, she compared abortion to the Holocaust and slavery.",
         "abortion to the Holocaust and slavery"),
        ("Sen. Graham has attacked GOP voters, lawmakers, and thinkers for opposing it.",
         "GOP voters, lawmakers, and thinkers for opposing it"),
    ],
)
def test_object_contents_run_to_the_end_of_the_phrase(
    an: Analyzer, text: str, content: str
) -> None:
    q = only(an, text)
    assert q.content.text == content


def test_object_content_stops_before_an_addressee(an: Analyzer) -> None:
    q = only(an, "The aide confirmed the development to Reuters.")
    assert q.content.text == "the development"


def test_inverted_source_after_a_comma_is_not_an_appositive(an: Analyzer) -> None:
    text = (
        "Candidates have more room to walk away from the program, said Steve Grubbs, "
        "an Iowa operative."
    )
    q = only(an, text)
    assert q.content.text == "Candidates have more room to walk away from the program"
    assert mention(q) == "Steve Grubbs"


def test_adverbial_lead_in_then_source_then_content(an: Analyzer) -> None:
    q = only(an, "In the early 1990s, Ms. Ripert said, a boss invited her to lunch.")
    assert q.content.text == "a boss invited her to lunch"


def test_participle_after_a_parenthetical_source_is_the_writers(an: Analyzer) -> None:
    q = only(an, "Sales were great, he said, wiping sweat off his face.")
    assert q.content.text == "Sales were great"


def test_show_title_in_a_lead_in_is_not_content(an: Analyzer) -> None:
    q = only(an, 'On ABC\'s "This Week," Rubio said Democrats are "not at war."')
    assert q.content.text == 'Democrats are "not at war."'


def test_report_inside_a_source_description_weighs_little(an: Analyzer) -> None:
    # A report inside the source's description ("a staffer who said …") is mostly part
    # of who the source is (PolNeAR train: a third of such reports are annotated): the
    # decider trusts it less than the quote and less than the same report standing alone.
    text = (
        "“We will win,” said Jane Arnold, a staffer who said she planned to march, "
        "in an interview."
    )
    main, *rest = quotes(an, text)
    assert main.content.text == "“We will win,”" and main.confidence > 0.9
    alone = only(an, "Jane Arnold, a staffer, said she planned to march, in an interview.")
    assert all(q.confidence < min(main.confidence, alone.confidence) for q in rest)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Trump said things “should be wrapped up by Cleveland,” referring to the convention.",
         "things “should be wrapped up by Cleveland,”"),
        ("Sanders had previously said, “We’ll see,” when asked about it.", "“We’ll see,”"),
        ('Reid said both men are "non-entities in the Senate," but he gave Cruz a compliment.',
         'both men are "non-entities in the Senate,"'),
    ],
)
def test_content_ends_with_a_quotation_closing_on_a_comma(
    an: Analyzer, text: str, content: str
) -> None:
    q = quotes(an, text)[0]
    assert q.content.text == content


def test_participle_cue_content_stops_at_a_coordinated_report(an: Analyzer) -> None:
    text = "Clinton celebrated, declaring it “another super Tuesday” and said it was a step."
    q = next(q for q in quotes(an, text) if q.cue and q.cue.text == "declaring")
    assert q.content.text == "it “another super Tuesday”"


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        ('At the time, she released a statement saying, "We are proud of it."', "saying", "she"),
        ("In an interview with the Journal, Trump doubled down and said the judge was biased.",
         "said", "Trump"),
        ("Silverman incurred a wave of boos upon saying, “Hillary heard the passion.”",
         "saying", "Silverman"),
        ("But as the Global Times noted in an op-ed Thursday, the candidate has fans in China.",
         "noted", "the Global Times"),
    ],
)
def test_subject_of_the_main_clause_speaks(an: Analyzer, text: str, cue: str, speaker: str) -> None:
    q = next(q for q in quotes(an, text) if q.cue and q.cue.text == cue)
    assert mention(q) == speaker


def test_addressee_with_a_place_and_a_title_before_that(an: Analyzer) -> None:
    text = "Kasich spoke Wednesday, telling supporters in Columbus, Ohio, that he had faith."
    q = next(q for q in quotes(an, text) if q.cue and q.cue.text == "telling")
    assert q.content.text == "he had faith"
    text = "Sanders attacked, stating on NBC's \"Meet the Press\" that her judgment was lacking."
    q = next(q for q in quotes(an, text) if q.cue and q.cue.text == "stating")
    assert q.content.text == "her judgment was lacking"


def test_contracted_has_before_a_participle_cue(an: Analyzer) -> None:
    q = only(an, "He's said he gets his ideas from a speech.")
    assert q.content.text == "he gets his ideas from a speech" and mention(q) == "He"


@pytest.mark.parametrize(
    "text",
    [
        "She also said, without evidence, that “they are going to people.”",
        'No wonder Trump said, and I quote, "they are going to people."',
    ],
)
def test_aside_between_cue_and_content(an: Analyzer, text: str) -> None:
    q = only(an, text)
    assert q.content.text.endswith("they are going to people.”") or q.content.text.endswith(
        'they are going to people."'
    )


def test_quotation_after_an_abbreviation_starts_a_sentence(an: Analyzer) -> None:
    text = (
        '"They would be wrong," Briggs said in Santa Monica, Calif. '
        '"The reality is this is going to the convention."'
    )
    qs = quotes(an, text)
    assert len(qs) == 2 and {q.cue.start for q in qs if q.cue} == {text.index("said")}


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The campaign called the report a “rush to judgment.”",
         "the report a “rush to judgment.”"),
        ('Trump called the merger "a terrible deal" and ranked Fiorina among the worst.',
         'the merger "a terrible deal"'),
        ("Trump called the system “rigged” in a tweet Tuesday.", "the system “rigged”"),
    ],
)
def test_call_x_y(an: Analyzer, text: str, content: str) -> None:
    q = only(an, text)
    assert q.content.text == content and q.cue is not None and q.cue.text == "called"


def test_naming_is_not_reporting(an: Analyzer) -> None:
    assert quotes(an, "He set up a website called “Cape Breton If Trump Wins.”") == []


def test_report_interrupted_by_its_attribution(an: Analyzer) -> None:
    text = "If politics gets in the way, he said, Congress can still pass a reauthorization."
    qs = quotes(an, text)
    assert [q.content.text for q in qs] == [
        "If politics gets in the way",
        "Congress can still pass a reauthorization",
    ]
    assert len({q.cue.start for q in qs if q.cue}) == 1


def test_subject_split_from_its_predicate_by_the_attribution() -> None:
    # PARC/PolNeAR: one content in two pieces, the subject before the attribution and
    # its predicate after it; the subject alone is a noun phrase, no quote.
    text = "The new plan, the mayor said, would cost billions over a decade."
    att = Analyzer(attributions=True).analyze(text).quotes
    assert [q.content.text for q in att] == ["The new plan", "would cost billions over a decade"]
    assert len({q.cue.start for q in att if q.cue}) == 1
    assert [q.content.text for q in analyze(text).quotes] == ["would cost billions over a decade"]


def test_fronted_phrase_before_the_attribution_is_still_no_content(an: Analyzer) -> None:
    text = "Instead, Trump told CNN, his policy would work."
    assert [q.content.text for q in quotes(an, text)] == ["his policy would work"]


def test_writers_clause_after_the_attribution_is_not_content(an: Analyzer) -> None:
    assert [q.content.text for q in quotes(an, "“We will win,” he said, as the crowd roared.")] == [
        "“We will win,”"
    ]


def test_coordinated_titles_in_a_source(an: Analyzer) -> None:
    text = '"I warned," the Florida senator and Republican candidate said in a statement.'
    q = only(an, text)
    assert mention(q) == "the Florida senator and Republican candidate"


def test_noun_reading_of_a_verb_inside_an_adjunct(an: Analyzer) -> None:
    q = only(an, "McCain said on his official Twitter feed that he was referring to decisions.")
    assert q.content.text == "he was referring to decisions"


def test_in_her_words(an: Analyzer) -> None:
    # Read by the layout rule ("in her words, …") and the nominal one ("her … words"):
    # either way the words are hers.
    q = next(
        q
        for q in quotes(an, "She promised to act because, in her words, “he knows how to do it.”")
        if q.content.text == "“he knows how to do it.”"
    )
    assert mention(q) == "her" and q.rule in ("layout.in_their_words", "nominal.possessor")


def test_possessive_after_a_name_inside_an_adjunct(an: Analyzer) -> None:
    text = "“What can we do to help?” Renteria told reporters during Tuesday’s conference call."
    q = only(an, text)
    assert mention(q) == "Renteria" and q.cue is not None and q.cue.text == "told"


def test_invisible_bidi_mark_before_an_opening_quote(an: Analyzer) -> None:
    text = "Comments poured in.\n\u202a\u201dIsis will burn for it!!!\u201d wrote Pete Hidalgo."
    q = only(an, text)
    assert mention(q) == "Pete Hidalgo" and q.kind == "direct"


def test_name_second_appositive_after_a_sentence_initial_and(an: Analyzer) -> None:
    q = only(an, "And Florida’s attorney general, Pam Bondi, vowed to go after “anyone.”")
    assert mention(q) == "Pam Bondi"


@pytest.mark.parametrize(
    "text",
    [
        "Clinton said in the spring, when the story broke, “I did not email anyone.”",
        'She announced on her Facebook page, in all capital letters, "I did not email anyone."',
    ],
)
def test_adjunct_and_aside_before_a_quotation(an: Analyzer, text: str) -> None:
    q = only(an, text)
    assert q.kind == "direct" and q.content.text.startswith(("“I did", '"I did'))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Maria Hinojosa Explained Why She Felt “Invisible” As A Child", "Maria Hinojosa"),
        ("Russia Buys Weapons From North Korea, US Officials Say", "US Officials"),
    ],
)
def test_capitalised_cues_in_title_case_headlines(an: Analyzer, text: str, speaker: str) -> None:
    q = only(an, text)
    assert mention(q) == speaker


def test_capitalised_cue_inside_a_name_in_running_text_is_no_cue(an: Analyzer) -> None:
    assert quotes(an, "He watched the show on Fox News Says Network last night.") == []


def test_report_in_a_subordinate_clause_ends_at_its_comma(an: Analyzer) -> None:
    text = "If we read him right when he says he intends to “pick up delegates,” it would seem odd."
    q = next(q for q in quotes(an, text) if q.cue and q.cue.text == "says")
    assert q.content.text == "he intends to “pick up delegates,”"


def test_dash_and_new_clause_end_the_content(an: Analyzer) -> None:
    text = "Millis said Carson had been led astray by “insiders” — and he singled out Bennett."
    q = next(q for q in quotes(an, text) if q.cue and q.cue.text == "said")
    assert q.content.text == "Carson had been led astray by “insiders”"


def test_newsletter_item_credited_in_brackets(an: Analyzer) -> None:
    text = (
        "Good morning.\n"
        "OBAMA’S LAST STATE OF THE UNION “The address will frame the choice for voters.” [AP.]"
    )
    q = only(an, text)
    assert q.content.text == "“The address will frame the choice for voters.”"
    assert q.cue is not None and q.cue.text == "[AP.]" and mention(q) == "AP"
    assert q.speaker is not None and q.speaker.kind == "media"


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ('Smith, delivering the speech, asked the crowd "Why should we trust her?"', "asked",
         '"Why should we trust her?"'),
        ("Trump told the Post in a written statement, “I don’t want his endorsement.”", "told",
         "“I don’t want his endorsement.”"),
        ("Trump went on, telling ABC's This Week that there is “a weird deal going on.”",
         "telling", "there is “a weird deal going on.”"),
        ("Trump called Clinton, his Democratic challenger, an ISIS “co-founder.”", "called",
         "Clinton, his Democratic challenger, an ISIS “co-founder.”"),
    ],
)
def test_addressees_asides_and_objects(an: Analyzer, text: str, cue: str, content: str) -> None:
    q = next(q for q in quotes(an, text) if q.cue and q.cue.text == cue)
    assert q.content.text == content


def test_infinitive_with_a_list_of_verb_phrases(an: Analyzer) -> None:
    text = "Trump is promising to bomb them, bring back waterboarding and deport refugees."
    q = only(an, text)
    assert q.content.text == "to bomb them, bring back waterboarding and deport refugees"


def test_as_he_puts_it_after_a_comma(an: Analyzer) -> None:
    text = 'That is because, as he puts it, "the best thing we have" is low interest rates.'
    q = only(an, text)
    assert q.cue is not None and q.cue.text == "puts it" and mention(q) == "he"
    assert q.content.text == '"the best thing we have" is low interest rates'


@pytest.mark.parametrize(
    "text",
    [
        "“Build the wall!” he boomed.",
        "“This is a disgrace,” Cruz groused.",
        "Trump tried to laugh it off by interjecting, “Only Rosie O’Donnell.”",
    ],
)
def test_more_speech_verbs(an: Analyzer, text: str) -> None:
    q = only(an, text)
    assert q.kind == "direct" and q.cue_type == "speech"


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ('The bar deemed him "well qualified," which is its highest rating.', "deemed",
         'him "well qualified,"'),
        ("Kasich cautioned “let’s not get ahead of ourselves,” before optimistically predicting "
         "a healing effect.", "cautioned", "“let’s not get ahead of ourselves,”"),
    ],
)
def test_content_ends_with_a_quotation_closing_on_a_comma_before_the_writers_clause(
    an: Analyzer, text: str, cue: str, content: str
) -> None:
    q = next(q for q in quotes(an, text) if q.cue and q.cue.text == cue)
    assert q.content.text == content


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Cruz himself said Tuesday that “the only way to win is to ask.”", "Cruz",
         "“the only way to win is to ask.”"),
        ('Zimmerman wrote in both listings he was "honored" to sell it.', "Zimmerman",
         'he was "honored" to sell it'),
        ('While those surveyed said Bush has the "best experience," Trump leads.',
         "those surveyed", 'Bush has the "best experience,"'),
    ],
)
def test_reflexives_adjuncts_and_survey_participles(
    an: Analyzer, text: str, speaker: str, content: str
) -> None:
    q = next(q for q in quotes(an, text) if q.cue and q.cue.text in ("said", "wrote"))
    assert mention(q) == speaker and q.content.text == content


def test_coordinated_cue_shares_the_subject_over_a_participle(an: Analyzer) -> None:
    text = (
        'Trump blasted the instructor at a rally, calling her a "horrible witness," '
        'and then tweeted that she was "Disgraceful!"'
    )
    q = next(q for q in quotes(an, text) if q.cue and q.cue.text == "tweeted")
    assert mention(q) == "Trump" and q.content.text == 'she was "Disgraceful!"'


def test_aside_ending_in_a_colon_before_a_quotation(an: Analyzer) -> None:
    q = only(an, "He told his audience, to rowdy applause: “Nobody is more qualified.”")
    assert q.content.text == "“Nobody is more qualified.”"


@pytest.mark.parametrize(
    "text",
    [
        "“It is fine and good,”he said.",  # curly closing mark glued to the next word
        '"It is fine and good,"he said.',  # straight marks
    ],
)
def test_closing_mark_without_a_space_after_it_still_closes(an: Analyzer, text: str) -> None:
    (q,) = quotes(an, text)
    assert q.content.text == text[: text.index("he said")]
    assert q.cue is not None and q.cue.text == "said" and mention(q) == "he"


def test_closing_mark_glued_to_the_next_sentence_ends_the_quote(an: Analyzer) -> None:
    text = (
        "“Happy Cinco de Mayo!,” he tweeted. “The best taco bowls are made in Trump Tower "
        "Grill. I love Hispanics!”Former candidate Jeb Bush said he was wrong."
    )
    contents = [q.content.text for q in quotes(an, text)]
    assert "“The best taco bowls are made in Trump Tower Grill. I love Hispanics!”" in contents


def test_participle_after_before_takes_the_subject_of_the_earlier_report(an: Analyzer) -> None:
    text = (
        "“There’s great danger with the illegals,” Trump told reporters, before insisting "
        "he had a “great relationship” with Latinos."
    )
    qs = quotes(an, text)
    assert [q.content.text for q in qs] == [
        "“There’s great danger with the illegals,”",
        "he had a “great relationship” with Latinos",
    ]
    assert qs[1].cue is not None and qs[1].cue.text == "insisting"
    assert mention(qs[1]) == "Trump"


def test_content_stops_before_a_second_report_introduced_by_before(an: Analyzer) -> None:
    text = (
        "Trump said the deadlock has “kept us safe” on Twitter before claiming that open "
        "borders are “tearing American families apart.”"
    )
    qs = quotes(an, text)
    assert [q.content.text for q in qs] == [
        "the deadlock has “kept us safe” on Twitter",
        "open borders are “tearing American families apart.”",
    ]
    assert [mention(q) for q in qs] == ["Trump", "Trump"]


@pytest.mark.parametrize(
    "source",
    [
        "Harry Bond, 30, of Raleigh, N.C., who was among those polled,",
        "Harry Bond, of Raleigh, North Carolina,",
        "Harry Bond, 30, of Burlington, Vt.,",
    ],
)
def test_source_with_age_and_place_appositives(an: Analyzer, source: str) -> None:
    (q,) = quotes(an, f'"Both of them scare me," {source} said in an interview.')
    assert q.content.text == '"Both of them scare me,"'
    assert mention(q) == "Harry Bond"


@pytest.mark.parametrize(
    "before",
    ["", "Just last week, "],
)
def test_a_name_with_two_appositives_is_the_source(an: Analyzer, before: str) -> None:
    # "NAME, ROLE of ORG, an ORG description, said": the name, not its first appositive
    (q,) = quotes(an, f"{before}Selamawit Berhanu, managing director of Abay Green Bean "
                      "Trading, an Addis Ababa exporter, said delays had cost her company "
                      "two contracts.")
    assert mention(q) == "Selamawit Berhanu"
    assert q.content.text == "delays had cost her company two contracts"


def test_a_place_before_two_appositives_is_no_source(an: Analyzer) -> None:
    # "… a stay in Paris, their children's school, Leaders' College, confirmed"
    qs = quotes(an, "The couple were returning home after a month-long stay in Paris, "
                    "their children's school, Leaders' College, confirmed on Friday.")
    assert all(mention(q) != "Paris" for q in qs)


@pytest.mark.parametrize(("subject", "source"), [
    # an age before the noun, a prepositional phrase between the noun and "who"
    ("A 67-year-old retired streetcar operator who has lived on the 22nd floor since 2009",
     "67-year-old retired streetcar operator"),
    ("A second-year resident in internal medicine who had worked 36 hours straight",
     "second-year resident in internal medicine"),
])
def test_a_subject_with_a_relative_clause_after_an_age_or_a_phrase(
    an: Analyzer, subject: str, source: str
) -> None:
    (q,) = quotes(an, f"{subject} said the alarm woke the whole floor.")
    assert q.content.text == "the alarm woke the whole floor"
    assert q.speaker is not None and q.speaker.name == source


def test_a_state_after_a_place_is_not_the_speaker(an: Analyzer) -> None:
    qs = quotes(an, '"It was fine," a voter from Des Moines, Iowa, said.')
    assert all(mention(q) != "Iowa" for q in qs)


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        (
            "Madeleine Albright spoke. Her remark that “there’s a special place in hell for "
            "women who don’t help each other” drew fire.",
            "remark",
            "“there’s a special place in hell for women who don’t help each other”",
            "Madeleine Albright",
        ),
        (
            "Hillary Clinton spoke in Charleston. Miners are still angry over her March "
            'comment that, "We are going to put a lot of coal companies out of business."',
            "comment",
            '"We are going to put a lot of coal companies out of business."',
            "Hillary Clinton",
        ),
        (
            "Ted Cruz spoke on Monday. His statement: “We will repeal every word of it.”",
            "statement",
            "“We will repeal every word of it.”",
            "Ted Cruz",
        ),
    ],
)
def test_nominal_report_after_a_possessor(
    an: Analyzer, text: str, cue: str, content: str, speaker: str
) -> None:
    (q,) = [q for q in quotes(an, text) if q.cue is not None and q.cue.text == cue]
    assert q.content.text == content
    assert name(q) == speaker


def test_nominal_cue_without_a_possessor_is_not_a_report(an: Analyzer) -> None:
    assert quotes(an, "The statement that “all is well” was false.") == []


def test_pronoun_skips_a_person_of_the_other_stated_gender(an: Analyzer) -> None:
    # The honorifics state the genders (issue 17: never the given names).
    text = (
        "Mr. Donald Trump spoke first. Mrs. Hillary Clinton answered him. "
        "He said “The Hispanics love me.” She said “They do not.”"
    )
    said = [q for q in quotes(an, text) if q.cue is not None and q.cue.text == "said"]
    assert [name(q) for q in said] == ["Donald Trump", "Hillary Clinton"]


def test_a_surname_that_is_also_a_verb_does_not_break_a_name(an: Analyzer) -> None:
    # "trump" is a verb in lower case; "Donald Trump" is still a person's name.
    (q,) = quotes(an, "Donald Trump spoke on Monday in Iowa. He said “We will win.”")
    assert name(q) == "Donald Trump"


def test_possessive_pronoun_resolves_like_its_subject_form(an: Analyzer) -> None:
    text = "Ted Cruz spoke on Monday. His claim that the law “has failed” drew fire."
    (q,) = quotes(an, text)
    assert mention(q) == "His" and name(q) == "Ted Cruz"


def test_infinitive_after_a_possessive_object_starts_no_clause(an: Analyzer) -> None:
    (q,) = quotes(
        an, "Cruz questioned Trump's \"New York values\" and his readiness to be commander."
    )
    assert q.content.text == "Trump's \"New York values\" and his readiness to be commander"


def test_but_then_a_relative_cue_does_not_end_the_content(an: Analyzer) -> None:
    text = (
        "Hillary Clinton says Americans are “right to be angry,” but also hungry for what "
        "she calls “real solutions.”"
    )
    q = quotes(an, text)[0]
    assert q.cue is not None and q.cue.text == "says"
    assert q.content.text.endswith("what she calls “real solutions.”")


def test_manner_adverb_and_phrase_before_a_colon_and_quotation(an: Analyzer) -> None:
    (q,) = quotes(an, "Kelly responded pointedly, with a smile: “Can happen when you’re 45.”")
    assert q.content.text == "“Can happen when you’re 45.”" and q.kind == "direct"


def test_adverb_then_participle_after_the_quotation_is_the_writers(an: Analyzer) -> None:
    text = (
        "According to Woodward, “The real estate world is more complex than the CIA,” "
        "presumably meaning this will be a focal point."
    )
    (q,) = quotes(an, text)
    assert q.content.text == "“The real estate world is more complex than the CIA,”"


def test_parallel_participle_with_its_own_subject_ends_the_content(an: Analyzer) -> None:
    text = (
        "Both men issued a statement – Ryan saying he was “very encouraged” and Trump "
        "calling it a “great meeting.”"
    )
    qs = quotes(an, text)
    assert [(mention(q), q.content.text) for q in qs] == [
        ("Ryan", "he was “very encouraged”"),
        ("Trump", "it a “great meeting.”"),
    ]


def test_coordinated_participles_that_are_not_reports_stay_in_the_content(
    an: Analyzer,
) -> None:
    (q,) = quotes(an, "She said the company was “growing” and hiring in Ohio.")
    assert q.content.text == "the company was “growing” and hiring in Ohio"


def test_summing_up_appositive_is_the_writers_not_the_sources(an: Analyzer) -> None:
    text = (
        'Sanders said that some families would pay "slightly more" in taxes, an '
        "acknowledgment that advisers to Clinton quickly trumpeted."
    )
    q = quotes(an, text)[0]
    assert q.content.text == 'some families would pay "slightly more" in taxes'


def test_colon_label_with_a_party_and_state_and_a_lower_case_title(an: Analyzer) -> None:
    text = (
        'Rep. Trey Gowdy (R-S.C.): "I have not heard anyone other than you cite that '
        'figure."\n\nFormer secretary of state Hillary Rodham Clinton: "We learned that '
        'from the State Department."'
    )
    qs = quotes(an, text)
    assert [(mention(q), name(q), q.cue.text if q.cue else None) for q in qs] == [
        ("Rep. Trey Gowdy (R-S.C.)", "Trey Gowdy", ":"),
        ("Former secretary of state Hillary Rodham Clinton", "Hillary Rodham Clinton", ":"),
    ]
    assert all(q.speaker is not None and q.speaker.kind == "person" for q in qs)


def test_title_of_state_before_a_name_is_no_part_of_the_name(an: Analyzer) -> None:
    (q,) = quotes(an, 'Secretary of State John Kerry said, "We are ready."')
    assert name(q) == "John Kerry"


def test_a_quote_already_attributed_is_not_taken_by_the_next_sentence(an: Analyzer) -> None:
    text = 'Secretary of State John Kerry said, "We are ready." Rep. Trey Gowdy said, "No."'
    assert [(name(q), q.content.text) for q in quotes(an, text)] == [
        ("John Kerry", '"We are ready."'),
        ("Trey Gowdy", '"No."'),
    ]


def test_a_quoted_no_ends_its_sentence_but_no_2_does_not(an: Analyzer) -> None:
    text = 'Trey Gowdy said, "No." Then Gowdy, the No. 2 Republican, said, "Yes."'
    qs = quotes(an, text)
    assert [q.content.text for q in qs] == ['"No."', '"Yes."']
    # A surname the word lexicon reads as an organisation still joins the person.
    assert [name(q) for q in qs] == ["Trey Gowdy", "Trey Gowdy"]


def test_quotation_credited_after_a_dash(an: Analyzer) -> None:
    text = (
        "Voices from the convention.\n\n"
        '"[Americans are] worried about the future of their kids." - Bernie Sanders.\n\n'
        '"The whole idea of it is something we hear about all the time." -Michelle Marks, '
        "Philadelphia."
    )
    qs = quotes(an, text)
    assert [(mention(q), q.cue.text if q.cue else None, q.kind) for q in qs] == [
        ("Bernie Sanders", "-", "direct"),
        ("Michelle Marks", "-", "direct"),
    ]


def test_embedded_tweet_credit_line(an: Analyzer) -> None:
    text = (
        '<tweet id="7711" author="@dmartosko">Rudy Giuliani is now wearing a campaign hat '
        "… for realz, people — David Martosko (@dmartosko) September 1, 2016</tweet>."
    )
    (q,) = quotes(an, text)
    assert q.content.text == "Rudy Giuliani is now wearing a campaign hat … for realz, people"
    assert name(q) == "David Martosko" and q.cue is not None and q.cue.text == "—"


def test_cue_inside_a_leading_subordinate_clause_keeps_the_lead_in(an: Analyzer) -> None:
    text = (
        "When Sanders spoke, he “grabbed ahold of the way teachers feel,” said Drew "
        "Heiserman, a member."
    )
    (q,) = quotes(an, text)
    assert q.content.text == "When Sanders spoke, he “grabbed ahold of the way teachers feel,”"
    assert mention(q) == "Drew Heiserman"


def test_post_posed_source_after_a_quotation_of_several_sentences(an: Analyzer) -> None:
    text = (
        '"Campaigns are having trouble raising money. Super PACs have the money. They have '
        'no choice" but to take the lead in advertising, says Evan Tracey, a consultant.'
    )
    (q,) = quotes(an, text)
    assert q.content.text.startswith('"Campaigns are having trouble')
    assert q.content.text.endswith("take the lead in advertising")


def test_as_the_noun_is_a_complement_not_a_clause(an: Analyzer) -> None:
    (q,) = quotes(an, "Trump pointed to the case as the epitome of the “rigged system.”")
    assert q.content.text == "the case as the epitome of the “rigged system.”"
    (q,) = quotes(an, "Trump attacked Clinton as the debate began.")
    assert q.content.text == "Clinton"


def test_object_list_whose_items_carry_phrases(an: Analyzer) -> None:
    (q,) = quotes(
        an,
        "He pronounced his support for free-trade agreements, higher taxes on Wall Street "
        "and efforts to drive down tuition.",
    )
    assert q.content.text.endswith("and efforts to drive down tuition")


def test_indefinite_pronoun_as_the_source(an: Analyzer) -> None:
    (q,) = quotes(an, 'Someone called it a "quiet revolution," and I agree.')
    assert mention(q) == "Someone" and q.content.text == 'it a "quiet revolution,"'


def test_parenthetical_and_time_between_source_and_cue(an: Analyzer) -> None:
    text = 'Dianne Feinstein (D-Calif.) last week said the chains were not "top secret."'
    (q,) = quotes(an, text)
    assert name(q) == "Dianne Feinstein"
    assert q.content.text == 'the chains were not "top secret."'


def test_addressee_with_a_participle_phrase_after_a_post_posed_source(an: Analyzer) -> None:
    text = (
        '"They have to stop and listen," the retired neurosurgeon told REVOLT TV in a '
        "video posted to its Twitter account."
    )
    q = quotes(an, text)[0]
    assert q.content.text == '"They have to stop and listen,"'
    assert mention(q) == "the retired neurosurgeon"


@pytest.mark.parametrize(
    ("text", "content", "owner"),
    [
        ("The plan is “a disaster,” in Bolton’s view.", "The plan is “a disaster,”", "Bolton"),
        ("In his view, the plan is “a disaster.”", "the plan is “a disaster.”", "his"),
        ("In Trump’s own words, the plan is “a disaster.”", "the plan is “a disaster.”", "Trump"),
    ],
)
def test_in_someones_view_or_words(an: Analyzer, text: str, content: str, owner: str) -> None:
    (q,) = quotes(an, text)
    assert q.content.text == content and mention(q) == owner and q.kind == "according_to"


def test_song_lyrics_are_sung(an: Analyzer) -> None:
    (q,) = quotes(an, 'As the Rainmakers sang in the 1980s, "They will turn us all into beggars."')
    assert q.cue is not None and q.cue.text == "sang" and mention(q) == "the Rainmakers"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a relative clause after a quotation closing on a comma is the writer's
        (
            "Silverman interjected, “Ladies and gentlemen, Mr. Paul Simon,” who proceeded "
            "to sing.",
            "“Ladies and gentlemen, Mr. Paul Simon,”",
        ),
        # "as he …" after a quotation: the writer's setting, not the report
        (
            "Jeb Bush says he’s “excited where we stand” as he faces a test in the state.",
            "he’s “excited where we stand”",
        ),
        # a summing-up "a move that"
        (
            "Farage says such votes are preludes to the critical referendum, a move that "
            "could trigger disintegration.",
            "such votes are preludes to the critical referendum",
        ),
    ],
)
def test_writers_additions_after_the_report(an: Analyzer, text: str, content: str) -> None:
    assert quotes(an, text)[0].content.text == content


def test_post_posed_source_followed_by_an_as_clause(an: Analyzer) -> None:
    text = "“Who can remember how many states I have lost?” Clinton asks as a man walks in."
    (q,) = quotes(an, text)
    assert q.content.text == "“Who can remember how many states I have lost?”"
    assert mention(q) == "Clinton"


def test_cue_word_heading_a_singular_compound_is_a_noun(an: Analyzer) -> None:
    # "show" after "TV" would be "shows" as a verb: a noun, no report.
    assert quotes(an, "He starred in a reality TV show that ran for years.") == []


def test_according_to_after_a_quotation_of_several_sentences(an: Analyzer) -> None:
    text = (
        "“The production includes material from a cache. The new material shows the "
        "department compiled dossiers,” according to Judicial Watch."
    )
    (q,) = quotes(an, text)
    assert q.content.text.startswith("“The production includes")
    assert mention(q) == "Judicial Watch"


def test_her_before_a_noun_is_a_possessive_in_a_source(an: Analyzer) -> None:
    (q,) = quotes(an, 'It put Makaeff "through the wringer," according to her lawyers.')
    assert mention(q) == "her lawyers"


def test_uncued_quotation_continues_the_quotation_not_the_participles_report(
    an: Analyzer,
) -> None:
    text = (
        "“I think that speaks volumes,” she said, adding that the campaign will work hard "
        "in November. “I think they’re waiting to be courted.”"
    )
    qs = quotes(an, text)
    # It continues her quotation, interrupted by the attribution: the same cue.
    assert [q.cue.text if q.cue else None for q in qs] == ["said", "adding", "said"]
    assert qs[2].cue is not None and qs[2].cue.start == qs[0].cue.start
    assert qs[2].speaker is not None and qs[2].speaker.name == "she"


def test_quantifier_standing_alone_before_a_past_tense_cue(an: Analyzer) -> None:
    (q,) = quotes(an, "Another tweeted, “Clinton thinks she’s above the law.”")
    assert mention(q) == "Another"
    assert q.speaker is not None and q.speaker.kind == "anonymous"
    # before a noun it is a determiner: no report
    assert quotes(an, "Another warning came on Monday.") == []


def test_name_second_appositive_with_two_given_names(an: Analyzer) -> None:
    text = "Clay's biographers, David and Jeanne Heidler, wrote that Taylor \"had a tin ear.\""
    (q,) = quotes(an, text)
    assert mention(q) == "David and Jeanne Heidler"


def test_interrupted_quotation_with_a_verb_the_lexicon_lacks(an: Analyzer) -> None:
    text = "“The way I see it,” she elaborated, “no one ever questioned his service.”"
    qs = quotes(an, text)
    assert [q.content.text for q in qs] == [
        "“The way I see it,”",
        "“no one ever questioned his service.”",
    ]
    assert all(mention(q) == "she" and q.cue is not None for q in qs)


def test_that_clause_after_a_post_posed_source_continues_the_report(an: Analyzer) -> None:
    text = (
        '"We are gravely concerned," the members wrote in a letter to the president, that '
        'the department "may have removed mothers and children."'
    )
    qs = quotes(an, text)
    assert [q.content.text for q in qs] == [
        '"We are gravely concerned,"',
        'the department "may have removed mothers and children."',
    ]


def test_progressive_cue_after_an_appositive(an: Analyzer) -> None:
    text = 'Donald Trump, the candidate, is promising to create "a big spectacle."'
    (q,) = quotes(an, text)
    assert mention(q) == "Donald Trump" and q.content.text == 'to create "a big spectacle."'


def test_unknown_verb_then_colon_and_quotation(an: Analyzer) -> None:
    text = "Asked which county was his favorite, he demurred: “Whichever one I’m in.”"
    found = quotes(an, text)
    (q,) = [q for q in found if q.cue is not None and q.cue.text == "demurred"]
    assert mention(q) == "he"
    assert q.content.text == "“Whichever one I’m in.”"
    # the question put to him is a report of its own (PolNeAR marks "Asked | which …")
    assert [q.content.text for q in found if q.cue is not None and q.cue.text == "Asked"] == [
        "which county was his favorite"]


def test_appositive_one_of_and_a_time_after_a_relative_clause(an: Analyzer) -> None:
    (q,) = quotes(
        an,
        'Mario Vargas Llosa, one of the signatories, told an audience that the comments '
        'were "intolerable."',
    )
    assert mention(q) == "Mario Vargas Llosa"
    assert q.speaker is not None and q.speaker.description == "one of the signatories"
    (q,) = quotes(
        an,
        "Trump, who has been feuding with leaders, on Friday described his intent to lead "
        "a “big tent” party.",
    )
    assert mention(q) == "Trump"


def test_a_name_run_does_not_cross_a_sentence_end(an: Analyzer) -> None:
    text = (
        'He won in January. Only Ronald Reagan did better. "We know we have work to do," '
        "she told a cheering crowd."
    )
    (q,) = quotes(an, text)
    assert "January" not in name(q) and "Only" not in name(q)


def test_after_a_colon_the_quotation_is_the_content(an: Analyzer) -> None:
    text = (
        'Clinton said: "I have acknowledged that using two accounts was a mistake," but in '
        "fact Clinton used only one account."
    )
    (q,) = quotes(an, text)
    assert q.content.text == '"I have acknowledged that using two accounts was a mistake,"'


def test_dash_and_a_noun_phrase_after_the_report_is_the_writers(an: Analyzer) -> None:
    (q,) = quotes(an, "Sanders said he was “encouraged” by the plan — a modest boost for Obama.")
    assert q.content.text == "he was “encouraged” by the plan"
    # a pair of dashes inside the report stays in it
    (q,) = quotes(an, "She said the plan — a compromise — would “pass easily.”")
    assert q.content.text == "the plan — a compromise — would “pass easily.”"


def test_a_post_posed_report_after_a_quotation_ends_the_content_before_it(
    an: Analyzer,
) -> None:
    text = "When the audience shouted, “Cruz,” Beck joked, “Amen, brother!”"
    qs = quotes(an, text)
    assert all("Beck joked" not in q.content.text for q in qs)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Sanders said he hoped for a large turnout, which “will help elect Kloppenburg.”",
            "he hoped for a large turnout, which “will help elect Kloppenburg.”",
        ),
        (
            "Sanders said he hoped for a large turnout, which surprised nobody.",
            "he hoped for a large turnout",
        ),
        (
            "Brafman noted that I had felt that way, and “in this case I think he’s right.”",
            "I had felt that way, and “in this case I think he’s right.”",
        ),
        (
            "Frank cites the union’s support for the act, “the placards carried by marchers” "
            "and the strike as counterevidence.",
            "the union’s support for the act, “the placards carried by marchers” and the "
            "strike as counterevidence",
        ),
    ],
)
def test_a_quotation_after_a_comma_carries_the_report_on(
    an: Analyzer, text: str, content: str
) -> None:
    assert quotes(an, text)[0].content.text == content


def test_inverted_indefinite_source_and_a_quotation_in_parentheses(an: Analyzer) -> None:
    (q,) = quotes(an, '"Better watch out for Grimes," tweeted another.')
    assert mention(q) == "another"
    (q,) = quotes(
        an, 'It drew blowback ("I want my dues back," wrote Edward Nelson, on Facebook).'
    )
    assert q.content.text == '"I want my dues back,"' and mention(q) == "Edward Nelson"


def test_sentence_subject_after_leading_conjunction_and_adverb(an: Analyzer) -> None:
    text = 'And then Trump went on the attack, saying, "Is Obama going to say the words?"'
    (q,) = quotes(an, text)
    assert mention(q) == "Trump" and q.cue is not None and q.cue.text == "saying"


@pytest.mark.parametrize(
    ("text", "mention_text", "speaker_name"),
    [
        ('About four in 10 said they were "angry" with it.', "four in 10", "four in 10"),
        ('Six in 10 Republicans say they are "angry".', "Six in 10 Republicans", None),
        ('Three out of four say they are "angry".', "Three out of four", None),
    ],
)
def test_a_poll_share_is_an_anonymous_source(
    an: Analyzer, text: str, mention_text: str, speaker_name: str | None
) -> None:
    q = only(an, text)
    assert mention(q) == mention_text
    assert q.speaker is not None and q.speaker.kind == "anonymous"
    assert name(q) == (speaker_name or mention_text)  # not "Six", a first name


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Said Dorothy Poynter, who grew up with Ali, “We were all so proud of him.”",
            "Dorothy Poynter",
        ),
        ("Said Comey: “We found no evidence.”", "Comey"),
        ("Says Mr. Smith, a local farmer, “It rained all week.”", "Mr. Smith"),
    ],
)
def test_a_cue_that_opens_the_sentence_before_its_source(
    an: Analyzer, text: str, speaker: str
) -> None:
    q = only(an, text)
    assert mention(q) == speaker and q.kind == "direct"
    assert q.content.text.startswith("“") and q.content.text.endswith("”")
    assert quotes(an, "Said differently, the plan fails.") == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            # a finite verb in the cue's tense after "and" is the main clause's
            'He pledged to be "the greatest jobs president" and waved at the crowd.',
            'to be "the greatest jobs president"',
        ),
        (
            # a second bare verb is the infinitive's
            'He promised to defend and expand "Social Security."',
            'to defend and expand "Social Security."',
        ),
        (
            "Trump attacked Romney, calling him, among other things, “a failed candidate.”",
            "him, among other things, “a failed candidate.”",
        ),
        (
            'She portrayed him as a generous, magnanimous business executive who is "a fighter."',
            'him as a generous, magnanimous business executive who is "a fighter."',
        ),
        (
            "Cruz is praising Jeb Bush, who ended his bid Saturday, as “a man who didn’t "
            "go to the gutter.”",
            "Jeb Bush, who ended his bid Saturday, as “a man who didn’t go to the gutter.”",
        ),
    ],
)
def test_object_and_infinitive_contents_end_where_the_main_clause_resumes(
    an: Analyzer, text: str, content: str
) -> None:
    assert quotes(an, text)[-1].content.text == content


def test_a_place_with_a_two_word_state_inside_an_addressee(an: Analyzer) -> None:
    q = only(
        an,
        "Hillary Clinton is telling customers at a Manchester, New Hampshire, diner "
        "that “I need you tomorrow.”",
    )
    assert q.content.text == "“I need you tomorrow.”" and mention(q) == "Hillary Clinton"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ('Another notes her summer job "sliming" fish.', "Another"),
        ('On Social Security, both oppose the "chained CPI" formula.', "both"),
        ('Some say they hear "echoes" of a painful past.', "Some"),
    ],
)
def test_a_quantifier_standing_alone_before_an_agreeing_verb_is_the_source(
    an: Analyzer, text: str, source: str
) -> None:
    assert mention(only(an, text)) == source


def test_a_quantifier_before_a_noun_is_no_source(an: Analyzer) -> None:
    assert quotes(an, 'Another claim was "false."') == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            'There is no guarantee the new senators will all support the "efforts."',
            "the new senators",
        ),
        ('The two men both said it was "fine."', "The two men"),
    ],
)
def test_a_floating_quantifier_is_not_the_source(an: Analyzer, text: str, source: str) -> None:
    assert mention(only(an, text)) == source


def test_an_addressee_and_its_infinitive_before_a_quotation(an: Analyzer) -> None:
    q = only(an, "Ted Cruz urged him to release the “audio tapes.”")
    assert q.content.text == "him to release the “audio tapes.”" and q.kind == "mixed"


def test_a_plural_title_is_no_sentence_end(an: Analyzer) -> None:
    q = only(an, "The rivals, Sens. Ted Cruz and Marco Rubio, have urged him to act “now.”")
    assert q.speaker is not None and q.cue is not None and q.cue.text == "urged"
    assert q.content.text == "him to act “now.”"


def test_a_source_with_an_appositive_after_a_question_closing_the_quotation(
    an: Analyzer,
) -> None:
    q = only(
        an,
        '"I am calling from the campaign. How are you today?" Miller, a retired worker '
        "from a nuclear plant, said pleasantly into the phone.",
    )
    assert q.content.text.startswith('"I am calling') and mention(q) == "Miller"
    assert q.cue is not None and q.cue.text == "said"


def test_nothing_inside_a_parenthesis_ends_the_content(an: Analyzer) -> None:
    q = only(
        an,
        "Other cleavages, according to the poll, include ideology (Sanders leads among "
        "“very liberal” voters, while Clinton leads among others) and education.",
    )
    assert q.content.text.endswith("among others) and education")


def test_reduced_clause_after_an_inverted_source(an: Analyzer) -> None:
    qs = quotes(an, "“That’s treason,” said constituent Dan Golvach when asked about Graham.")
    assert qs[0].content.text == "“That’s treason,”" and mention(qs[0]) == "constituent Dan Golvach"


def test_a_sentence_initial_name_before_a_who_clause(an: Analyzer) -> None:
    # "Small" reads as an adjective; before ", who" it is a name.
    q = only(an, "Small, who attended the rally, said that “Trump bagged millions.”")
    assert mention(q) == "Small" and q.content.text == "“Trump bagged millions.”"


def test_subject_over_a_time_phrase_for_a_coordinated_cue(an: Analyzer) -> None:
    q = only(
        an,
        'A group of artists this week published a letter and called on people to '
        '"remember the campaigns."',
    )
    assert mention(q) == "A group of artists"
    assert q.content.text == 'people to "remember the campaigns."'


def test_a_debate_exchange_in_one_paragraph_gives_each_label_its_quotation(
    an: Analyzer,
) -> None:
    qs = quotes(
        an, 'Clinton: "Our goal is to defeat ISIS." Bush: "The mission is to destroy ISIS."'
    )
    assert [(mention(q), q.content.text) for q in qs] == [
        ("Clinton", '"Our goal is to defeat ISIS."'),
        ("Bush", '"The mission is to destroy ISIS."'),
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "For someone who conceded in a debate that she's \"not a natural politician,\" "
            "Hillary Clinton had a good night.",
            "she's \"not a natural politician,\"",
        ),
        (
            "But even as Trump claimed that “Petraeus got in trouble for far less,” one of "
            "the prosecutors said the cases were different.",
            "“Petraeus got in trouble for far less,”",
        ),
    ],
)
def test_a_report_in_a_lead_in_ends_with_its_quotation(
    an: Analyzer, text: str, content: str
) -> None:
    assert quotes(an, text)[0].content.text == content


def test_the_second_half_after_a_source_with_an_of_phrase(an: Analyzer) -> None:
    qs = quotes(
        an,
        '"I have no idea how they voted," he said of people whose rights were restored, '
        '"But I do know they made an investment."',
    )
    assert [q.content.text for q in qs] == [
        '"I have no idea how they voted,"',
        '"But I do know they made an investment."',
    ]
    assert all(mention(q) == "he" for q in qs)


def test_a_long_appositive_with_a_relative_clause(an: Analyzer) -> None:
    q = only(
        an,
        "Rich Heffley, a top Tallahassee GOP operative who played a major role in John "
        "McCain’s big Florida win in 2008 and is now running Bush’s early-vote efforts in "
        "the state, said the absentee program is a “critical part of our strategy.”",
    )
    assert mention(q) == "Rich Heffley"
    assert q.content.text == "the absentee program is a “critical part of our strategy.”"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "He added, that there’s a strong emphasis on a “fair” process.",
            "there’s a strong emphasis on a “fair” process",
        ),
        (
            "Gingrich — mentioned as the leading choice — told Bill O’Reilly of Fox News, "
            "that “you have to look at it.”",
            "“you have to look at it.”",
        ),
        (
            "Trump told a town hall in Salem, New Hampshire on Monday that waterboarding is "
            "“peanuts.”",
            "waterboarding is “peanuts.”",
        ),
    ],
)
def test_that_after_a_comma_and_a_state_without_one(
    an: Analyzer, text: str, content: str
) -> None:
    assert only(an, text).content.text == content


@pytest.mark.parametrize("space", ["\xa0", "\u202f", "\u2009", "\u3000"])
def test_a_no_break_or_unicode_space_inside_a_phrase(an: Analyzer, space: str) -> None:
    text = f"“Donald was his only supporter,” this{space}source told the{space}Post."
    (q,) = quotes(an, text)
    assert mention(q) == f"this{space}source"  # the input's own characters
    assert q.speaker is not None and q.speaker.kind == "anonymous"
    assert q.content.text == "“Donald was his only supporter,”"
    # pipe() reads the same stand-in as analyze()
    assert next(iter(an.pipe([text]))).to_dict() == an.analyze(text).to_dict()


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            'He argued that "every candidate on stage" - including Cruz - favored '
            "some sort of legalization.",
            '"every candidate on stage" - including Cruz - favored some sort of legalization',
        ),
        (
            "Trump described families playing in Central Park, restaurants packed with "
            "patrons and workers, and a city of “honesty and straight talk.”",
            "families playing in Central Park, restaurants packed with patrons and workers, "
            "and a city of “honesty and straight talk.”",
        ),
    ],
)
def test_asides_between_dashes_and_lists_with_participles_stay_in_the_content(
    an: Analyzer, text: str, content: str
) -> None:
    assert only(an, text).content.text == content


def test_a_place_inside_an_appositive_relative_clause(an: Analyzer) -> None:
    q = only(
        an,
        "Michael Seaman, who lives outside of the state capital, Sacramento, said he still "
        "“prays that Bernie ends up the nominee.”",
    )
    assert mention(q) == "Michael Seaman"


def test_a_coordinated_cue_takes_a_subject_with_a_relative_clause(an: Analyzer) -> None:
    q = only(
        an,
        "Priebus, who has been in daily contact with the campaign, arrived at a breakfast "
        'and acknowledged that he had only "read the passages real quickly."',
    )
    assert mention(q) == "Priebus" and q.cue is not None and q.cue.text == "acknowledged"


def test_an_inverted_source_described_by_a_participle(an: Analyzer) -> None:
    q = only(an, '"We have no freedom," tweeted a German user from Hanover going by the handle X.')
    assert mention(q) == "a German user from Hanover"
    assert name(q) == "German user from Hanover"  # not "Hanover", the place


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        (
            "McConnell agreed to a phone call, but only to tell Garland that he won't agree "
            'to a "perfunctory" sit-down.',
            "tell",
            "McConnell",
        ),
        (
            "She was defending the group against attacks, but admitted “one or two "
            "instances” of error.",
            "admitted",
            "She",
        ),
    ],
)
def test_a_later_cue_in_the_sentence_shares_its_subject(
    an: Analyzer, text: str, cue: str, source: str
) -> None:
    q = quotes(an, text)[-1]
    assert q.cue is not None and q.cue.text == cue and mention(q) == source


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            'Rodrigo Duterte has been called the "Trump of the East" for his statements.',
            'Rodrigo Duterte has been called the "Trump of the East" for his statements',
            None,
        ),
        (
            'The feature has been called "strategic ambiguity" by Joshua Hendrick.',
            'The feature has been called "strategic ambiguity"',
            "Joshua Hendrick",
        ),
    ],
)
def test_a_passive_naming_with_a_quoted_name(
    an: Analyzer, text: str, content: str, speaker: str | None
) -> None:
    q = only(an, text)
    assert q.content.text == content and mention(q) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "The song is called “Come Together.”",  # a title
        "He was called a liar.",  # no quoted name
        "He’s called it “a disgrace.”",  # has called: active, with its own subject
    ],
)
def test_no_passive_naming_for_titles_unquoted_names_or_actives(an: Analyzer, text: str) -> None:
    qs = quotes(an, text)
    assert all(q.speaker is not None for q in qs), [q.content.text for q in qs]



@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            'As Trump attacked Clinton, the attendees chanted, "Lock her up!"',
            "attacked",
            "Clinton",
        ),
        (
            "As the columnist Louella Parsons had written just a few years earlier, "
            "“We couldn't have an industry without him.”",
            "written",
            "“We couldn't have an industry without him.”",
        ),
        (
            "Trump groused that CNN “doesn’t treat me properly” before floating the idea "
            "that the network should pay him.",
            "groused",
            "CNN “doesn’t treat me properly”",
        ),
    ],
)
def test_as_clauses_with_objects_and_participles_after_a_quotation(
    an: Analyzer, text: str, cue: str, content: str
) -> None:
    q = next(q for q in quotes(an, text) if q.cue is not None and q.cue.text == cue)
    assert q.content.text == content


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Another delegate on the Cruz slate, Jim Poolman, said he was “leaning Cruz.”",
            "Jim Poolman",
        ),
        (
            '"I made climate change the top priority," the bespectacled, 71-year-old '
            "diplomat said.",
            "the bespectacled, 71-year-old diplomat",
        ),
    ],
)
def test_descriptions_with_a_phrase_or_coordinated_adjectives(
    an: Analyzer, text: str, source: str
) -> None:
    assert mention(only(an, text)) == source


def test_according_to_a_quantifier_with_a_phrase(an: Analyzer) -> None:
    q = only(an, "According to some on Twitter, Kelly was “incognito,” sparking speculation.")
    assert mention(q) == "some on Twitter" and q.content.text == "Kelly was “incognito,”"


def test_according_to_after_a_subordinate_lead_in(an: Analyzer) -> None:
    q = only(
        an,
        "While most were elevated to the “confidential” level, according to a State "
        "Department official, two were upgraded to the “Secret” level.",
    )
    assert q.content.text == "two were upgraded to the “Secret” level"


def test_a_reason_after_a_quoted_object_and_a_reflexive_appositive(an: Analyzer) -> None:
    q = only(
        an,
        'The Sanders campaign rejected the idea as "ludicrous" because the final would be '
        "that night.",
    )
    assert q.content.text == 'the idea as "ludicrous" because the final would be that night'
    q = only(an, "Tester, himself up for reelection in 2018, said he voted “no.”")
    assert mention(q) == "Tester"


def test_a_nominal_report_with_modifiers_and_a_quoted_word_opening_its_clause(
    an: Analyzer,
) -> None:
    q = only(
        an,
        "Trump's recent evidence-free assertion that \"thousands\" of Muslims celebrated "
        "was false.",
    )
    assert q.cue is not None and q.cue.text == "assertion" and mention(q) == "Trump"
    assert q.content.text.startswith('"thousands" of Muslims celebrated')


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "Mike Huckabee, for his part, is labeling Obama’s actions “a blatant abuse of "
            "power.”",
            "labeling",
            "Obama’s actions “a blatant abuse of power.”",
        ),
        ("Trump has dubbed him “Lyin’ Ted.”", "dubbed", "him “Lyin’ Ted.”"),
        (
            "Obama had said in an ABC interview taped before the attacks that the United "
            'States had "contained" the Islamic State.',
            "said",
            'the United States had "contained" the Islamic State',
        ),
    ],
)
def test_naming_cues_and_a_participle_inside_an_adjunct(
    an: Analyzer, text: str, cue: str, content: str
) -> None:
    q = only(an, text)
    assert q.cue is not None and q.cue.text == cue and q.content.text == content


def test_a_lead_in_is_not_content_when_a_quotation_follows_an_as_clause(an: Analyzer) -> None:
    q = only(
        an,
        'At day’s end, however, Clinton said as he introduced his wife, "Finally, the dam '
        'broke."',
    )
    assert q.content.text.endswith('"Finally, the dam broke."')
    assert "however" not in q.content.text


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        (
            "Hoff’s letter makes a libertarian-style case: “Followers of radical Islam hate "
            "everything we stand for.”",
            "Hoff’s letter",
            "makes",
        ),
        (
            "The timing of the surge doesn’t surprise Republican pollster Daron Shaw: "
            "“Historically, lesser-known candidates have seen the biggest boost.”",
            "pollster Daron Shaw",  # the speakers stage gives the name its title
            ":",
        ),
        (
            'Reid said both are "non-entities in the Senate," but he gave the Texan a '
            'back-handed compliment: "You never have to guess where he is."',
            "he",
            "gave",
        ),
    ],
)
def test_a_clause_that_announces_a_quotation_after_a_colon(
    an: Analyzer, text: str, speaker: str, cue: str
) -> None:
    q = quotes(an, text)[-1]
    assert q.kind == "direct" and mention(q) == speaker
    assert q.cue is not None and q.cue.text == cue


def test_a_short_or_lower_case_quotation_after_a_colon_is_no_quote(an: Analyzer) -> None:
    assert quotes(an, 'The rally had one message: "Dump Trump."') == []
    assert quotes(an, "The sign had a word on it: “freedom for all of us here.”") == []


def test_and_then_a_new_subject_with_its_own_speech_cue_ends_the_content(an: Analyzer) -> None:
    qs = quotes(an, "21 percent said “not too likely” and 14 percent said “not at all likely.”")
    assert [(mention(q), q.content.text) for q in qs] == [
        ("21 percent", "“not too likely”"),
        ("14 percent", "“not at all likely.”"),
    ]
    # a possessive is no subject: "the leadership's repeated refusal" goes on
    q = only(
        an,
        "None of the scholars thought compromise was likely, given the climate and the "
        "leadership's repeated refusal to take up any “nominee.”",
    )
    assert q.content.text.endswith("to take up any “nominee.”")


def test_a_sign_between_dashes_that_reads_a_quotation(an: Analyzer) -> None:
    q = only(an, "He held up the sign — which read “Hispanics 4 Trump” — and waved it around.")
    assert q.content.text == "“Hispanics 4 Trump”" and q.cue is not None and q.cue.text == "read"
    assert q.speaker is not None and q.speaker.name == "sign" and q.speaker.kind == "document"


def test_a_passive_question_and_a_time_clause_after_a_post_posed_source(an: Analyzer) -> None:
    q = only(an, "In an interview, Trump was asked, “What’s the most dangerous place you’ve been?”")
    assert q.kind == "direct" and q.content.text.startswith("“What’s")
    assert q.cue is not None and q.cue.text == "was asked"
    qs = quotes(an, "“Too forced?” He tweeted when Clinton ended a debate with a reference.")
    assert qs[0].content.text == "“Too forced?”" and mention(qs[0]) == "He"


def test_a_participle_clause_ends_at_a_spaced_dash(an: Analyzer) -> None:
    q = only(
        an,
        'But when asked how she would define the "establishment" - the term used by '
        "Kingson - Deacon fought back.",
    )
    assert q.content.text == 'how she would define the "establishment"'


def test_as_reported_by_and_a_nickname_inside_a_name(an: Analyzer) -> None:
    q = only(
        an,
        "As reported by Western Journalism, former CIA operative John “Tig” Tiegen found "
        "both issues to be disqualifying.",
    )
    assert mention(q) == "Western Journalism" and q.cue is not None and q.cue.text == "reported"
    assert q.content.text.startswith("former CIA operative John “Tig” Tiegen found")
    q = quotes(an, "Former CIA operative John “Tig” Tiegen said it was “disqualifying.”")[-1]
    assert mention(q) == "Former CIA operative John “Tig” Tiegen"  # the nickname is no boundary


def test_in_someones_mind(an: Analyzer) -> None:
    q = only(an, 'In Trump’s mind, his willingness to be politically incorrect is "a strength."')
    assert mention(q) is not None and name(q) == "Trump"


def test_a_document_with_an_agent_and_a_time_states(an: Analyzer) -> None:
    # the text is the noun that opens the post-modified subject; an adjective the word
    # list has ("circular") is that noun before a passive participle
    res = an.analyze(
        "A circular issued by the DC's office on Tuesday states that no relief camp may "
        "be vacated."
    )
    (q,) = res.quotes
    assert q.content.text == "no relief camp may be vacated"
    assert q.speaker is not None and q.speaker.kind == "document"
    # counter-example: "states" a noun stays no cue
    res2 = an.analyze("The member states that opposed the plan met on Monday.")
    assert all(q.cue is None or q.cue.text != "states" for q in res2.quotes)


def test_an_absolute_clause_after_with_is_its_own_subjects_report(an: Analyzer) -> None:
    # "…, with the union saying …": the noun phrase after "with" speaks, and so does
    # the one of an absolute clause coordinated with it, not the sentence's subject
    res = an.analyze(
        "Venice's day-tripper fee returned on Friday, with the city council saying it had "
        "eased crowding and gondoliers complaining that it had done nothing for residents."
    )
    by_cue = {q.cue.text: q for q in res.quotes if q.cue is not None}
    council, gondoliers = by_cue["saying"], by_cue["complaining"]
    assert council.speaker is not None and council.speaker.mention is not None
    assert council.speaker.mention.text == "the city council"
    assert gondoliers.speaker is not None and gondoliers.speaker.mention is not None
    assert gondoliers.speaker.mention.text == "gondoliers"
    # counter-examples: a participle after an object noun, or after a verb's "with",
    # reports for the clause's subject
    res2 = an.analyze("The ministry issued a statement saying the fee would stay.")
    (q,) = res2.quotes
    assert q.speaker is not None and q.speaker.name == "ministry"
    res3 = an.analyze(
        "Candidate Bernardo Leung-Ferreira responded with a post saying he had lost."
    )
    assert all(q.speaker is not None and q.speaker.name == "Bernardo Leung-Ferreira"
               for q in res3.quotes)


def test_passive_with_an_agent_reports_its_subject() -> None:
    # PARC/PolNeAR: "X was criticized by Y" attributes X to Y; a noun phrase, no quote.
    an = Analyzer(attributions=True)
    q = an.analyze("Scully's involvement was first reported by the New York Times.").quotes[0]
    assert (q.content.text, q.cue.text if q.cue else None) == (
        "Scully's involvement", "was first reported"
    )
    assert q.speaker is not None and q.speaker.name == "New York Times"
    assert analyze("The plan was criticized by Democrats on Monday.").quotes == []


@pytest.mark.parametrize("dash", ["—", "–", "-"])
def test_participle_after_a_dash_reports_the_subject(an: Analyzer, dash: str) -> None:
    text = (f"Wasserman Schultz dismissed the accusations {dash} saying the Sanders "
            "campaign chose not to accept the same help.")
    said = [q for q in quotes(an, text) if q.cue and q.cue.text == "saying"]
    assert [q.content.text for q in said] == [
        "the Sanders campaign chose not to accept the same help"
    ]
    assert said[0].speaker is not None and said[0].speaker.name == "Wasserman Schultz"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Cruz is tied for second in a finish that he said defied expectations.",
         "defied expectations"),
        ("He praised the law, which Carson says led him to Christ.", "led him to Christ"),
    ],
)
def test_relative_pronoun_subject_of_the_reported_clause(
    an: Analyzer, text: str, content: str
) -> None:
    # "that he said | defied …": the relative pronoun is the reported clause's subject,
    # so a past-tense verb right after the cue is its predicate, no participle phrase.
    said = [q for q in quotes(an, text) if q.cue and q.cue.text in ("said", "says")]
    assert said and said[-1].content.text == content


def test_relative_pronoun_is_the_first_piece_of_the_reported_clause() -> None:
    # PARC/PolNeAR: "which he said | was a mistake" is one content in two pieces, the
    # relative pronoun (the reported clause's subject) and the predicate after the cue.
    an = Analyzer(attributions=True)
    att = an.analyze("They passed the bill, which he said was a mistake.").quotes
    said = [q for q in att if q.cue and q.cue.text == "said"]
    assert [q.content.text for q in said] == ["which", "was a mistake"]
    assert [q.content.text for q in analyze("The bill, which he said was a mistake, passed.")
            .quotes] == ["was a mistake"]


@pytest.mark.parametrize(("text", "content", "source"), [
    # a participle after the content's subject is its verb, no apposition of the source
    ("According to the report, the town received rain.", "the town received rain",
     "the report"),
    # a connective before "according to" leaves it leading
    ("The bank declined to comment. But according to data from the central bank, the "
     "average margin was 2.9 percent.", "the average margin was 2.9 percent",
     "data from the central bank"),
    # a participle phrase runs with the source to its comma
    ("According to reports emerging in the news media, he could not convince the family.",
     "he could not convince the family", "reports"),
])
def test_a_leading_according_to_finds_its_content(
    an: Analyzer, text: str, content: str, source: str
) -> None:
    found = [q for q in quotes(an, text) if q.cue is not None and "ccording" in q.cue.text]
    assert [q.content.text for q in found] == [content]
    said = mention(found[0])
    assert said is not None and said in source  # ("data from X" may be typed as X)


@pytest.mark.parametrize(("text", "content"), [
    ("Whitlock added that opener Kyle Mbeki, who was struck on the helmet on the second "
     "day, had passed his concussion assessment.",
     "opener Kyle Mbeki, who was struck on the helmet on the second day, had passed his "
     "concussion assessment"),
    ("Baek said the band's world tour, which drew 310,000 people, had been booked at a loss.",
     "the band's world tour, which drew 310,000 people, had been booked at a loss"),
    # a relative clause after the content's verb still closes it (the writer's aside)
    ("Baek Hye-jin said the tour had been booked at a loss, which surprised the label.",
     "the tour had been booked at a loss"),
])
def test_a_relative_clause_inside_the_contents_subject_does_not_end_it(
    an: Analyzer, text: str, content: str
) -> None:
    assert only(an, text).content.text == content


def test_that_before_a_demonstratives_noun_and_a_relative_which_stays_a_determiner(
    an: Analyzer,
) -> None:
    found = quotes(an, "Smith rejected that claim, which he called absurd.")
    assert not any(q.content.text.startswith("claim") for q in found)


@pytest.mark.parametrize("text", [
    "Years after Bill Clinton claimed that the era of big government was over, Obama won "
    "the nomination.",
    "Shortly after the mayor said the bridge was safe, inspectors closed it.",
])
def test_a_report_in_a_leading_subordinate_clause_ends_before_the_main_clause(
    an: Analyzer, text: str,
) -> None:
    # The rule's own reading (no other reading's evidence) stops at the comma before
    # the main clause, also when a time word stands before the subordinator.
    proposals = an.pipeline.propose(an.nlp(text), text)
    own = [text[c.content[0] : c.content[1]] for c in proposals.candidates
           if not any(k.startswith("reading") for k in (c.evidence or {}))]
    assert own == [text.split(" said ")[-1].split(" that ")[-1].split(",")[0]]
