"""Issue 17: a name that opens the main clause after a fronted subordinate clause is the
sentence's subject, the one a "he" after it continues, not the fronted clause's ("When
Mr. Varga tried to defend his remarks calling the plan ''strong'', Mr. Okoye forcefully
differed. ''…,'' he said": Okoye)."""

from __future__ import annotations

import pytest

from attribution import Analyzer


@pytest.fixture(scope="module")
def an() -> Analyzer:
    return Analyzer(attributions=True)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Gabor Varga and Chidi Okoye met in Lagos on Thursday.\n\nWhen Mr. Varga tried to "
         "defend his remarks calling the government ''strong'' when it ended the strike in "
         "1989, Mr. Okoye forcefully differed.\n\n''I think that the government crushed "
         "those workers,'' he said.\n", "Chidi Okoye"),
        ("Gabor Varga and Chidi Okoye met in Lagos on Thursday.\n\nAfter Mr. Okoye praised "
         "the budget, Mr. Varga called it reckless.\n\n''It will ruin the farmers,'' he "
         "said.\n", "Gabor Varga"),
    ],
)
def test_the_main_clauses_subject_is_continued(an: Analyzer, text: str, name: str) -> None:
    last = an.analyze(text).quotes[-1].speaker
    assert last is not None and last.name == name
