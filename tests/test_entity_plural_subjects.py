"""Issue 17: "they" continues a plural subject that no speaker, name or description made
an entity of ("Mexican officials conducted polling … The outreach, they said, …";
"But since then, lower courts have become more critical. They have …"), not the most
salient singular organisation or place; a relative clause's plural is no such subject,
and a plural name stays the name's."""

from __future__ import annotations

import pytest

from attribution import Analyzer


@pytest.fixture(scope="module")
def an() -> Analyzer:
    return Analyzer(attributions=True)


def _names(an: Analyzer, text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in an.analyze(text).quotes]


@pytest.mark.parametrize(
    ("text", "group"),
    [
        # after a fronted clause, the sentence before
        ("The Finance Ministry in Lisbon declined to comment.\n\nAs the row grew in recent "
         "months, Portuguese officials conducted polling in Brazil and spoke with their "
         "consulates. The outreach, they said, raised new worries about the scope of the "
         "feeling.\n", "Portuguese officials"),
        # a bare plural opening the sentence before, a place and a court named nearer
        ("The Supreme Court in Accra refused to stop the law. But since then, lower courts "
         "have become more critical of it. They said the law's intent mattered.\n",
         "lower courts"),
        # its own sentence, after "as"
        ("Ana Souza's supporters erupted into cheers in Recife as they learned that she had "
         "won the primary.\n", "Ana Souza's supporters"),
    ],
)
def test_they_continues_an_unregistered_plural_subject(
    an: Analyzer, text: str, group: str
) -> None:
    assert _names(an, text)[-1:] == [group]


def test_a_plural_in_a_relative_clause_is_no_subject_they_continues(an: Analyzer) -> None:
    names = _names(an, (
        "A nurse at St. Anselm, who spoke on condition of anonymity because employees "
        "were told not to talk to the press, said orders were carried by hand.\n\n"
        "“It’s 1995 in here,” they said.\n"))
    assert "employees" not in names


def test_a_plural_name_stays_the_names(an: Analyzer) -> None:
    names = _names(an, (
        "Under that plan, the feds would have directed funding to hospitals. Senate "
        "Democrats blocked the bill because they said the language was a poison pill.\n"))
    assert names[-1:] == ["Senate Democrats"]
