"""Issue 17: a person described by a noun no word list has ("a stillman who has worked
at the distillery since 1994", "the stillman said") is the person a later apposition
names ("…, the stillman, Calum MacLeod, laughed"), even in a sentence with no quote; and
a sentence that opens with a name's kin named by apposition ("Brandvold's son, Theo,
16, handed out water") introduces that person, whom "he" then continues, as a description
after a fronted clause does ("When the tanker turned …, a man at the front of the line
leaned …")."""

from __future__ import annotations

import pytest

from attribution import Analyzer

TEXT = (
    "In the old stillhouse, a {noun} who has worked at Glenardoch since 1994 was checking "
    "the spirit safe as the news came through.\n\n"
    "“Thirty-two years,” the {noun} said, tapping the brass. “My father ran these stills "
    "before me.”\n\n"
    "Asked whether the new stills would change the spirit, the {noun}, Calum MacLeod, "
    "laughed.\n\n"
    "“Not if I have anything to do with it.”\n"
)


@pytest.fixture(scope="module")
def an() -> Analyzer:
    return Analyzer()


@pytest.mark.parametrize("noun", ["stillman", "cooper", "maltman"])
def test_an_unlisted_noun_joins_the_name_set_off_after_it(an: Analyzer, noun: str) -> None:
    res = an.analyze(TEXT.format(noun=noun))
    speakers = [q.speaker.name if q.speaker else None for q in res.quotes]
    assert speakers == ["Calum MacLeod"] * 3
    calum = next(e for e in res.entities if e.name == "Calum MacLeod")
    assert calum.kind == "person"
    assert [m.text for m in calum.mentions][:2] == [f"the {noun}", f"the {noun}"]


def test_a_thing_before_a_name_is_no_person(an: Analyzer) -> None:
    res = an.analyze(
        "“We are ready,” the union said.\n\n"
        "Asked about the plan, the minister, Ana Lopes, said the budget was fixed.\n"
    )
    assert [q.speaker.name if q.speaker else None for q in res.quotes] == ["union", "Ana Lopes"]


def test_a_name_s_kin_named_by_apposition_opens_a_sentence(an: Analyzer) -> None:
    res = an.analyze(
        "Keiko Brandvold, an intensive care nurse, said the unit was short of staff.\n\n"
        "Brandvold's son, Theo, 16, handed out water bottles along the line.\n\n"
        '"Are you going back tomorrow?" he asked his mother.\n'
    )
    last = res.quotes[-1].speaker
    assert last is not None and (last.name, last.gender) == ("Theo", "male")
    theo = next(e for e in res.entities if e.name == "Theo")
    assert {"Brandvold's son", "he"} <= {m.text for m in theo.mentions}


def test_a_description_after_a_fronted_clause_is_the_subject_he_continues(
    an: Analyzer,
) -> None:
    res = an.analyze(
        "Her neighbor, a retired mechanic who gave his name only as Don Aurelio, said the "
        'trucks came "when they feel like it."\n\n'
        "When the tanker finally turned into the street, a man at the front of the line "
        "leaned toward the cab.\n\n"
        '"Is there enough for everyone?" he shouted.\n'
    )
    last = res.quotes[-1].speaker
    assert last is not None
    assert (last.name, last.gender) == ("man at the front of the line", "male")


@pytest.mark.parametrize("noun", ["Winemakers", "Growers", "Herders"])
def test_a_plural_role_opening_a_sentence_is_a_group_not_a_name(an: Analyzer, noun: str) -> None:
    # only the singular is listed ("winemaker"): its regular plural is people too
    res = an.analyze(
        f"{noun} on the slopes above the Serein say the storm destroyed their crop.\n"
    )
    (q,) = res.quotes
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.kind) == (f"{noun} on the slopes above the Serein",
                                                "anonymous")


@pytest.mark.parametrize("participle", ["crouching", "squinting"])
def test_a_participle_no_list_has_ends_the_subject_a_pronoun_continues(
    an: Analyzer, participle: str
) -> None:
    res = an.analyze(
        f"The woman {participle} between the rows of chardonnay does not look up when "
        "the car door slams.\n\n"
        "‘Don’t walk there,’ she says.\n\n"
        "Her name is Claire Vautrin. She is 46.\n"
    )
    assert [q.speaker.name if q.speaker else None for q in res.quotes] == ["Claire Vautrin"]
    claire = next(e for e in res.entities if e.name == "Claire Vautrin")
    assert [m.text for m in claire.mentions][:2] == ["The woman", "she"]


def test_a_noun_in_ing_before_a_noun_stays_in_the_phrase(an: Analyzer) -> None:
    res = an.analyze("‘This was a pipeline,’ says senator at rice smuggling probe\n")
    assert [q.speaker.name if q.speaker else None for q in res.quotes] == [
        "senator at rice smuggling probe"
    ]


@pytest.mark.parametrize(
    "opening",
    ["As the minister left by the Kildare Street gate later in the evening,",
     "When Ho arrived at the Tai O community hall,"],
)
def test_the_main_subject_after_a_fronted_clause_is_whom_the_pronoun_continues(
    an: Analyzer, opening: str
) -> None:
    # the fronted clause's own subject (the minister, Ho) is no subject of the sentence
    text = (
        "Minister Bernadette Ho said the review would be released when it is ready. She "
        "declined to give a date.\n\n"
        f"{opening} a volunteer in a yellow vest was handing out bottled water.\n\n"
        "“How many in your family?” she asked a man at the front of the queue.\n"
    )
    said = [q.speaker.name if q.speaker else None for q in an.analyze(text).quotes]
    assert said[-1] == "volunteer"  # (the description that opens its mention)


@pytest.mark.parametrize(
    ("intro", "later", "name"),
    [
        ("At the start hill, Morioka confronted the president of the commissaires' panel, "
         "Dariusz Wolny.", "The commissaire", "Dariusz Wolny"),
        ("Premier (lantråd) Katarina Sjöblom told the Lagting on Thursday that the "
         "government would fight.", "The lantråd", "Katarina Sjöblom"),
        ("Hinerangi Wharepapa, the kaitiaki for the hapū, watched from the bank.",
         "The kaitiaki", "Hinerangi Wharepapa"),
    ],
)
def test_an_unlisted_title_takes_up_the_name_it_stood_beside(
    an: Analyzer, intro: str, later: str, name: str
) -> None:
    """A definite description whose noun no list has ("The commissaire said") is the
    person named in the sentences before with that noun in the title before the name or
    in the apposition after it: the article's own word for their office."""
    text = f"{intro}\n\n{later} said the panel had followed the regulations to the letter."
    res = an.analyze(text)
    assert [q.speaker.name if q.speaker else None for q in res.quotes][-1] == name


def test_an_unlisted_noun_in_a_clause_about_a_name_is_no_title_of_it(an: Analyzer) -> None:
    """ "a cooper who has worked at Glenardoch": the noun is someone the clause places
    there, no title of the name inside it."""
    text = (
        "In the yard, a cooper who has worked at Glenardoch since 1994 was busy.\n\n"
        "The cooper said the casks were ready."
    )
    res = an.analyze(text)
    assert [q.speaker.name if q.speaker else None for q in res.quotes] != ["Glenardoch"]
