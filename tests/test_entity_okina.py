"""Polynesian names open with an ʻokina, often typed as an apostrophe ("'Ana Latu",
"Dr 'Ofa Fusitu'a"): it is part of the name, in prose and in a speaker's mention, while
an apostrophe inside a word ("O'Brien") starts no name of its own."""

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
