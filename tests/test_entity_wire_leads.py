"""Issue 17: what wire leads and features do to speakers — a dateline before a
sentence's description, a place after a headline quotation's colon, a person named
with a "who" clause whom "the group" does not turn into a company, unnamed people
"familiar with the matter" who are no pair of the people named before, ranks before
names, and a body named with two portfolios joined by "and"."""

from __future__ import annotations

import pytest

from attribution import Analysis, Analyzer


@pytest.fixture(scope="module")
def an() -> Analyzer:
    return Analyzer()


def _names(res: Analysis) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in res.quotes]


def test_a_description_after_a_dateline_is_the_sentences_subject(an: Analyzer) -> None:
    res = an.analyze(
        "POLA, Oriental Mindoro — A 52-year-old fisherman who has worked these waters "
        "since he was twelve sat on the hull of his boat on Tuesday.\n\n"
        "\"Look at that. Three weeks, and it still comes off like tar,\" he said.\n"
    )
    speaker = res.quotes[0].speaker
    assert speaker is not None and speaker.kind == "anonymous"
    assert "fisherman" in speaker.name


def test_a_place_after_a_headline_quotations_colon_is_no_speaker(an: Analyzer) -> None:
    res = an.analyze(
        "'Wala na kaming huli': In Pola, fishers count the days since the oil came\n\n"
        "The fisherman, Rodel Dimaculangan, has not taken his boat out since February, when "
        "a tanker ran aground off Pola.\n\n"
        "\"The buyers don't even call now,\" he said.\n"
    )
    assert "In Pola" not in _names(res) and "Pola" not in _names(res)
    assert _names(res)[-1] == "Rodel Dimaculangan"


def test_a_person_named_with_a_who_clause_stays_a_person(an: Analyzer) -> None:
    res = an.analyze(
        "Stefan Brandauer, who took over in March, told analysts on a conference call that "
        "the company had \"no room left\" to delay the cuts.\n\n"
        "\"We built this company for a world that bought two million of our engines a "
        "year,\" Brandauer said.\n\n"
        "The Hanover-based group said the Salzgitter site would keep its battery line.\n"
    )
    people = [e for e in res.entities if e.name == "Stefan Brandauer"]
    assert people and people[0].kind == "person"


def test_two_people_familiar_with_the_matter_are_no_pair_of_named_people(
    an: Analyzer,
) -> None:
    res = an.analyze(
        "Stefan Brandauer met Olaf Reinholdt on Monday.\n\n"
        "Two people familiar with the matter said the meeting had been tense.\n"
    )
    speaker = res.quotes[0].speaker
    assert speaker is not None and speaker.kind == "anonymous"
    assert "familiar with the matter" in speaker.name


def test_a_rank_before_a_name_is_no_word_of_it(an: Analyzer) -> None:
    res = an.analyze(
        "PCG spokesperson Commodore Arnel Bautista said the leak had been contained.\n"
    )
    assert _names(res) == ["Arnel Bautista"]


def test_a_body_with_two_portfolios_joined_by_and_is_one_organisation(an: Analyzer) -> None:
    res = an.analyze(
        "About 18,000 fishers have lost their income, according to the Bureau of Fisheries "
        "and Aquatic Resources (BFAR).\n"
    )
    speaker = res.quotes[0].speaker
    assert speaker is not None
    assert (speaker.name, speaker.kind) == (
        "Bureau of Fisheries and Aquatic Resources", "organization"
    )
