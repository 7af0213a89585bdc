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


def test_a_sesotho_name_keeps_its_mark_and_titles_state_gender(an: Analyzer) -> None:
    """"’M’e ’Mathabo Ramakatane": a Sesotho name opens with the mark (typed as a right
    single quotation mark), and "’M’e" and "Ntate" are titles of courtesy that say a
    woman and a man; the place a gathering is called in ("in Ha Mokoallong") is no one
    a pronoun refers to."""
    text = (
        "Chief Lebohang Mothibeli said 60 households were still waiting.\n\n"
        "’M’e ’Mathabo Ramakatane, a 63-year-old widow, is one of those still waiting. "
        "At a public gathering the authority called in Ha Mokoallong last month, she put "
        "her question to an officer.\n\n"
        "’M’e Ramakatane said nobody from the authority had come back to her since.\n\n"
        "The authority's chief executive, Ntate Tumelo Sekhesa, said the authority had no "
        "intention of leaving any family behind.\n"
    )
    res = an.analyze(text)
    assert names(res) == ["Lebohang Mothibeli", "’Mathabo Ramakatane", "Tumelo Sekhesa"]
    genders = {e.name: e.gender for e in res.entities}
    assert genders["’Mathabo Ramakatane"] == "female"
    assert genders["Tumelo Sekhesa"] == "male"
    assert not any(e.name == "Ha Mokoallong" and e.kind == "person" for e in res.entities)


@pytest.mark.parametrize("text, name, kind", [
    ("At a gathering the authority called in Ha Mokoallong last month, she spoke.",
     "Ha Mokoallong", "unknown"),
    ("The farm near Mokoallong flooded.", "Mokoallong", "unknown"),
    ("In Ha Mokoallong's view the plan failed.", "Ha Mokoallong", "person"),
])
def test_a_name_after_a_preposition_of_place_is_no_person(
    text: str, name: str, kind: str
) -> None:
    """"… called in Ha Mokoallong last month, she …": a name with no given name right
    after "in", "near", "outside" is a place, which no "she" may take; a possessor after
    "in" is someone's ("In Ha Mokoallong's view")."""
    from attribution.resources import Resources
    from attribution.segment import build_view
    from attribution.speakers.typer import MentionTyper
    from attribution.tokenize import blank_english

    view = build_view(blank_english()(text), text)
    a = next(i for i, w in enumerate(view.words) if w == name.split()[0])
    b = a + len(name.split())
    assert MentionTyper(view, Resources.default()).type_mention(a, b, None).kind == kind


@pytest.mark.parametrize("letters", ["MHK", "MLC", "MEP"])
def test_post_nominal_letters_of_other_legislatures_are_no_part_of_the_name(
    an: Analyzer, letters: str
) -> None:
    """"Infrastructure Minister Juan Cregeen MHK": the letters of a member of the House
    of Keys (or a Legislative Council, the European Parliament) follow the name."""
    text = (
        f"Infrastructure Minister Juan Cregeen {letters} told the House that the department "
        "already ran a hardship fund.\n\n"
        "“Nobody pretends it is painless,” Mr Cregeen said.\n"
    )
    assert names(an.analyze(text)) == ["Juan Cregeen", "Juan Cregeen"]


@pytest.mark.parametrize("surname", ["Tandberg-Lie", "Haugen-Lie"])
def test_a_double_surname_whose_second_part_is_a_word_stays_whole(
    an: Analyzer, surname: str
) -> None:
    """"Ingrid Tandberg-Lie": the part after a hyphen is the name's, even when it is an
    English verb ("Lie"); the surname alone later is hers, a person's."""
    text = (
        f"The jury ruled that Norway's Ingrid {surname} had skied one penalty loop fewer "
        "than her misses required.\n\n"
        f"“Two,” {surname} said.\n"
    )
    res = an.analyze(text)
    assert names(res)[-1] == f"Ingrid {surname}"
    assert res.quotes[-1].speaker is not None and res.quotes[-1].speaker.kind == "person"


def test_a_malay_patronymic_keeps_the_fathers_title(an: Analyzer) -> None:
    """"Dayang Dr Siti Norhayati binti Haji Abdullah": the title after "binti"/"bin" is
    the father's, inside the name; "Dayang" and "Awang" before it are titles of courtesy
    that state a woman and a man."""
    text = (
        "Deputy Permanent Secretary (Economy) Dayang Dr Siti Norhayati binti Haji Abdullah "
        "said the local hiring target was a condition.\n\n"
        "Awang Haji Ramli bin Sulaiman, 54, said his catch had fallen by half.\n"
    )
    res = an.analyze(text)
    assert names(res) == ["Siti Norhayati binti Haji Abdullah", "Ramli bin Sulaiman"]
    genders = [q.speaker.gender for q in res.quotes if q.speaker]
    assert genders == ["female", "male"]
