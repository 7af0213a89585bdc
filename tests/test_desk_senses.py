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
