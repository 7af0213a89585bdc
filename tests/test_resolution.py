"""Speaker resolution across the article (issue 17, third round): one test per
mechanism, short synthetic texts, names of many origins.

* control characters that mojibake leaves inside a name are no part of it;
* a full name given only inside a quotation completes a person named by surname;
"""

from __future__ import annotations

import pytest

from attribution import Analysis, Analyzer


@pytest.fixture(scope="module")
def an() -> Analyzer:
    return Analyzer()


def names(res: Analysis) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in res.quotes]


# --------------------------------------------------------------------------- names


def test_a_c1_control_character_in_a_name_is_dropped_and_offsets_stay_true(
    an: Analyzer,
) -> None:
    text = "Federico de Jes\u00c3\u0083\u00bas, a strategist in Miami, said turnout would rise."
    res = an.analyze(text)
    sp = res.quotes[0].speaker
    assert sp is not None and sp.name == "Federico de Jes\u00c3\u00bas"
    assert sp.mention is not None and text[sp.mention.start : sp.mention.end] == sp.mention.text


def test_a_full_name_given_only_in_a_quotation_completes_the_surname(an: Analyzer) -> None:
    text = (
        "“The rhetoric of the other side, particularly Kwame Mensah, is dangerous,” "
        "Adaeze Obi said on Sunday.\n\n"
        "Mensah said the plan would cut taxes for every family in the region."
    )
    assert names(an.analyze(text)) == ["Adaeze Obi", "Kwame Mensah"]


def test_a_quoted_full_name_does_not_rename_another_bearer_of_the_surname(
    an: Analyzer,
) -> None:
    text = (
        "Hana Novak said the vote was close.\n\n"
        "“I spoke to Tomas Novak and Jiri Novak last night,” Petra Dvorak said."
    )
    assert names(an.analyze(text))[0] == "Hana Novak"
