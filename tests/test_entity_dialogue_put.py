"""Issue 17: a question put to someone ("“When can we go back?” she asked him", or an
uncued question) after their turn is answered by them in the next uncued line, even when
the paragraph after the exchange names another speaker; a question a speaker says
("“How can we trust them?” said …") is no question put, and the uncued line after it
continues that speaker."""

from __future__ import annotations

import pytest

from attribution import Analyzer

EXCHANGE = (
    "“The water took everything,” said the woman, Lan Nguyen.\n\n"
    "Her son, Tuan Nguyen, a fisherman, said the family's boat had been lost in the "
    "storm.\n\n"
    "“When can we go back?” Ms. Nguyen {cue}.\n\n"
    "“When the water goes, Ma.”\n\n"
    "“And if it doesn't go?”\n\n"
    "“Then we will build again.”\n\n"
    "Opposition leader Kwabena Asante accused the government of ignoring the warnings.\n"
)


@pytest.fixture(scope="module")
def an() -> Analyzer:
    return Analyzer()


def _speakers(an: Analyzer, text: str) -> list[str | None]:
    res = an.analyze(text)
    return [q.speaker.name if q.speaker else None for q in res.quotes if q.kind == "direct"]


def test_the_uncued_lines_after_a_question_put_alternate(an: Analyzer) -> None:
    speakers = _speakers(an, EXCHANGE.format(cue="asked him"))
    assert speakers == ["Lan Nguyen", "Lan Nguyen", "Tuan Nguyen", "Lan Nguyen", "Tuan Nguyen"]


def test_a_question_said_is_no_question_put(an: Analyzer) -> None:
    text = (
        "Lindiwe Dube, the council's treasurer, said the budget was balanced.\n\n"
        "“How can anyone trust them now?” said Pedro Alves, a shop owner.\n\n"
        "“They promised us a new road five years ago and nothing has happened.”\n"
    )
    assert _speakers(an, text) == ["Pedro Alves", "Pedro Alves"]
