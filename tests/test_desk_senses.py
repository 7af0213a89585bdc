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
