"""Names of many origins read whole: Polynesian names open with an ʻokina, often typed
as an apostrophe ("'Ana Latu", "Dr 'Ofa Fusitu'a"), part of the name in prose and in a
speaker's mention, while an apostrophe inside a word ("O'Brien") starts no name of its
own; a surname may hold two particles ("Hendrik van der Veen", "Maria de la Cruz")."""

from __future__ import annotations

import pytest

from attribution import Analysis, Analyzer


@pytest.fixture(scope="module")
def an() -> Analyzer:
    return Analyzer()


def names(res: Analysis) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in res.quotes]


@pytest.mark.parametrize("mark", ["'", "‘"])
def test_a_prose_name_keeps_its_okina(an: Analyzer, mark: str) -> None:
    text = (
        "Ferry passengers waited all day in Nuku'alofa.\n\n"
        f"{mark}Ana Latu, who had been travelling home to Pangai with her three children, "
        "queued at the ticket window for more than an hour.\n\n"
        '"When is the next boat?" she asked.\n\n'
        "Mrs Latu said she had already spent most of her money on food.\n"
    )
    assert names(an.analyze(text)) == [f"{mark}Ana Latu"] * 2


def test_a_speakers_mention_keeps_its_okina(an: Analyzer) -> None:
    text = (
        "The Ministry of Infrastructure's chief executive, Dr 'Ofa Fusitu'a, said the "
        "Ministry was in talks with two partners. Dr Fusitu'a said a decision was "
        "expected before the end of January.\n\n"
        "'Ana Latu said she would wait for the next boat.\n"
    )
    res = an.analyze(text)
    assert names(res) == ["'Ofa Fusitu'a", "'Ofa Fusitu'a", "'Ana Latu"]
    assert [q.speaker.mention.text for q in res.quotes if q.speaker and q.speaker.mention] == [
        "Dr 'Ofa Fusitu'a", "Dr Fusitu'a", "'Ana Latu"]


def test_an_apostrophe_inside_a_word_starts_no_name(an: Analyzer) -> None:
    text = (
        "Conor O'Brien, a fisherman, said the quota was too low. O'Brien said the boats "
        "would stay in port.\n"
    )
    assert names(an.analyze(text)) == ["Conor O'Brien"] * 2


@pytest.mark.parametrize(("name", "later"), [
    ("Hendrik van der Veen", "Van der Veen"), ("Maria de la Cruz", "De la Cruz")])
def test_two_particles_inside_a_name_keep_it_whole(an: Analyzer, name: str, later: str) -> None:
    text = (
        "Farmer fined\n\n"
        f"{name}, 58, and his company pleaded guilty in the district court on Monday.\n\n"
        f"{later}'s lawyer said the pump had been fitted backwards.\n\n"
        f"“I let the river down,” {later[0].lower() + later[1:]} told the Courier.\n"
    )
    assert names(an.analyze(text))[-1] == name


@pytest.mark.parametrize(("name", "full"), [
    ('Jonas "Kestrel" Lindqvist', "Jonas Lindqvist"),
    ('Winston "Mighty Sedition" Cadogan', "Winston Cadogan"),
])
def test_a_nickname_in_quotes_is_inside_the_name_but_no_word_of_it(
    an: Analyzer, name: str, full: str
) -> None:
    surname = full.split()[-1]
    text = (
        "Player banned\n\n"
        f"The league has suspended {name} indefinitely after the semifinal.\n\n"
        f'"I have never used a cheat in my life," {surname} said.\n'
    )
    assert names(an.analyze(text)) == [full]


def test_a_quotation_after_a_name_is_no_nickname(an: Analyzer) -> None:
    text = (
        "Sanders said on Twitter Thursday that the comment by Dr. Paul Song “was "
        "inappropriate and insensitive.” Song said he regretted the word.\n"
    )
    assert names(an.analyze(text))[-1] == "Paul Song"
