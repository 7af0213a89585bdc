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
    ],
)
def test_a_measure_that_is_a_subject_still_opens_a_clause(
    every: Analyzer, text: str, content: str
) -> None:
    assert contents(every, text) == [content]


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
