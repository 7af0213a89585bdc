"""Gender as the text states it, strict where the evidence is weak (issue 17).

A wrong gender is worse than none for a diversity audit: a pronoun's vote counts only
when nobody else it could mean is in reach, however it was resolved; what a name or a
neighbouring name says of someone else states nothing; honorifics count wherever the
text uses them, and honorifics and kinship nouns of many languages count. Names of many
origins, and never a list of given names.
"""

from __future__ import annotations

import pytest

from attribution import Analysis, Analyzer, Entity


@pytest.fixture(scope="module")
def an() -> Analyzer:
    return Analyzer()


def entity(res: Analysis, name: str) -> Entity:
    found = [e for e in res.entities if e.name == name]
    assert found, [e.name for e in res.entities]
    return found[0]


def test_a_chain_of_unsure_pronouns_stays_unsure(an: Analyzer) -> None:
    """ "A put B on the defensive, but B got in digs. He accused A …. He noted …": the
    second "he" is no surer than the first, which either of them may be; it does not
    become sure because the first one refreshed its choice."""
    text = (
        "Adaeze Nwosu put Tomasz Kowalczyk on the defensive through much of the debate, "
        "but a hoarse-voiced Kowalczyk got in numerous digs. He accused Nwosu of being "
        "too cozy with the banks. He noted that Nwosu has accepted millions in fees.\n\n"
        "\"We need to get into the details,\" Nwosu said.\n\n"
        "\"Nobody is tearing this up,\" Kowalczyk said."
    )
    res = an.analyze(text)
    assert entity(res, "Adaeze Nwosu").gender is None


def test_a_reported_pronoun_competes_with_everyone_its_sentence_names(an: Analyzer) -> None:
    """ "Director X called Y's use of private servers careless, but said she would not be
    charged": "she" may be Y as well as the speaker, so it says nothing of the
    speaker."""
    text = (
        "Director Lars Eriksen called Amara Diallo's use of private servers extremely "
        "careless, but said she would not be charged.\n\n"
        "\"No reasonable prosecutor would bring such a case,\" Eriksen said."
    )
    res = an.analyze(text)
    assert entity(res, "Lars Eriksen").gender is None


def test_an_honorific_shared_by_a_family_states_no_ones_gender(an: Analyzer) -> None:
    """ "Ms. Eze" where the article names three Ezes: the one it takes is the most
    salient, a guess, and the honorific's gender is pinned on nobody."""
    text = (
        "Ikenna Eze and Chiamaka Eze spoke at the memorial on Saturday.\n\n"
        "\"We were there for each other,\" said their son, Obinna Eze, who served in "
        "the navy.\n\n"
        "\"I could not speak that night,\" Ms. Eze said on Sunday."
    )
    res = an.analyze(text)
    assert entity(res, "Ikenna Eze").gender is None
    assert entity(res, "Obinna Eze").gender == "male"  # "their son"


def test_a_possessors_title_is_not_the_descriptions(an: Analyzer) -> None:
    """ "the former vice president's spokeswoman" is no vice president: she does not
    join the vice president named next, nor give him her gender."""
    text = (
        "Citing obligations at home, the former vice president's spokeswoman told "
        "reporters that he would skip the convention.\n\n"
        "Vice President Rahul Menon later said the party was united.\n\n"
        "\"We are ready,\" Menon said."
    )
    res = an.analyze(text)
    assert entity(res, "Rahul Menon").gender != "female"
    assert not any("spokeswoman" in m.text for m in entity(res, "Rahul Menon").mentions)


def test_an_honorific_inside_a_quotation_states_the_gender(an: Analyzer) -> None:
    """ "“Mr. Mensah is grateful …,” Owusu said": the quotation is no antecedent, but the
    text calls Mensah "Mr."."""
    text = (
        "Kwame Mensah met union leaders on Monday.\n\n"
        "\"Mr. Mensah is grateful for their support,\" Ama Owusu said.\n\n"
        "Mensah said the talks went well."
    )
    res = an.analyze(text)
    assert entity(res, "Kwame Mensah").gender == "male"


def test_an_honorific_in_the_headline_states_the_gender(an: Analyzer) -> None:
    """A headline is no antecedent, but "Mrs. Okonkwo-Bello" there says she is one."""
    text = (
        "Mrs. Okonkwo-Bello returns to parliament\n\n"
        "Ifeoma Okonkwo-Bello said on Tuesday that the reforms would pass.\n\n"
        "\"We have the votes,\" Okonkwo-Bello said."
    )
    res = an.analyze(text)
    assert entity(res, "Ifeoma Okonkwo-Bello").gender == "female"


def test_an_ambiguous_honorific_in_a_quotation_states_nothing(an: Analyzer) -> None:
    """ "“Mr. Tran …”" where two Trans are named: neither is stated male by it."""
    text = (
        "Linh Tran and Bao Tran run the bakery together.\n\n"
        "\"Mr. Tran always opens at five,\" a neighbour said.\n\n"
        "Linh Tran said business was slow."
    )
    res = an.analyze(text)
    assert entity(res, "Linh Tran").gender is None


@pytest.mark.parametrize(
    ("text", "name", "gender"),
    [
        (
            "Mme Tremblay opened the hearing.\n\n"
            "\"The river is rising,\" said Josée Tremblay, the mayor of Gatineau.",
            "Josée Tremblay",
            "female",
        ),
        (
            "Frau Schneider spoke first.\n\n"
            "\"We will rebuild,\" said Annegret Schneider, the district head.",
            "Annegret Schneider",
            "female",
        ),
        (
            "\"The temple will reopen,\" said Shri Venkataraman Iyer, the trust's "
            "secretary.",
            "Venkataraman Iyer",
            "male",
        ),
        (
            "\"He never stopped working,\" said Aigerim Bekova, his widow.",
            "Aigerim Bekova",
            "female",
        ),
        (
            "\"She taught me to sail,\" said Tavita Leota, her grandson.",
            "Tavita Leota",
            "male",
        ),
    ],
)
def test_honorifics_and_kinship_nouns_of_many_languages(
    an: Analyzer, text: str, name: str, gender: str
) -> None:
    res = an.analyze(text)
    assert entity(res, name).gender == gender


def test_no_gender_from_the_name_alone(an: Analyzer) -> None:
    """The same sentences with only the names changed: no gender either way."""
    for name in ("Mary Johnson", "Olaf Scholz", "Jacinda Ardern", "Nguyen Thi Mai"):
        res = an.analyze(f"\"We will vote on Friday,\" said {name}, the council chair.")
        assert entity(res, name).gender is None


def test_a_gendered_noun_behind_a_preposition_is_someone_elses(an: Analyzer) -> None:
    """ "Fifita, through a spokeswoman, declined to comment": the spokeswoman is
    another person, and says nothing of Fifita."""
    text = (
        "Tevita Fifita was fired on Wednesday after a post on social media.\n\n"
        "Fifita, through a spokeswoman, declined to comment on the post. \"I will not "
        "apologize,\" Fifita wrote later."
    )
    res = an.analyze(text)
    assert entity(res, "Tevita Fifita").gender is None
