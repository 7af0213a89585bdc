"""Gender the text states where the sentence's construction says whose pronoun it is
(issue 17, desk fixtures' misses), names of many origins; never from a name.

* a pronoun in a relative clause set off after a name, with no other name between, is
  that name's ("Tevita Fifita, who scored twice before he was replaced");
* a subject pronoun of a main clause coordinated after the sentence's subject
  (", but he ruled out …") continues that subject;
* a report's speaker pronoun in the speech of the sentence's subject ("X said she
  shared … worries") is the subject's, as a pronoun there always was;
* a name the article does not know makes a pronoun unsure only before it: one after the
  pronoun ("… said she …, but warned that Tauranga could not …") is no antecedent; a
  plural of capitals ("MPs"), a place after "off" and a word the text uses as a place's
  name ("Karori and Wadestown primary schools") are no surnames at all;
* "her" before a word list's adverb and a noun ("her back garden") is a possessive;
* a plural role noun ends no one's name ("Devout Catholics were angry"): no "he" for it.
"""

from __future__ import annotations

import pytest

from attribution import Analyzer
from entity_support import entity


@pytest.fixture(scope="module")
def an() -> Analyzer:
    return Analyzer()


def test_a_pronoun_in_the_relative_clause_of_a_name_is_that_name_s(an: Analyzer) -> None:
    text = (
        "Coach Liam O'Connell said the side had been poor. \"We were beaten,\" O'Connell "
        "said, and he left the room.\n\n"
        "Winger Tevita Fifita, who scored twice before he was replaced, was asked about "
        "the result.\n\n"
        "\"It hurts,\" Fifita said."
    )
    res = an.analyze(text)
    fifita = entity(res, "Tevita Fifita")
    assert fifita.gender == "male"
    assert any(m.text == "he" and m.start > text.index("twice") for m in fifita.mentions)


def test_a_coordinated_main_clause_continues_the_subject(an: Analyzer) -> None:
    text = (
        "Sapna Rao, who grows rice with her husband near Mandya, said the family could "
        "not wait.\n\n"
        "The agriculture minister, Kwaku Boateng-Mensah, told the Assembly on Tuesday "
        "that prices were \"being watched closely\", but he ruled out new subsidies."
    )
    res = an.analyze(text)
    assert entity(res, "Kwaku Boateng-Mensah").gender == "male"


def test_a_name_after_the_pronoun_is_no_antecedent(an: Analyzer) -> None:
    text = (
        "Residents packed the hall on Monday. \"Nobody wants this,\" said Hemi Walker, "
        "who chairs the residents' group.\n\n"
        "Councillor Aroha Ngata-Kemp, who represents the ward, said she shared some of "
        "the residents' worries but warned that Tauranga could not keep refusing new "
        "homes."
    )
    res = an.analyze(text)
    assert entity(res, "Aroha Ngata-Kemp").gender == "female"


def test_a_plural_acronym_is_no_surname(an: Analyzer) -> None:
    text = (
        "Lars Henriksen said he thought the fishing quota was unfair.\n\n"
        "The fisheries minister, Mei Ling Tan, told MPs on Monday that the quota was "
        "\"under review\", but she ruled out compensation."
    )
    res = an.analyze(text)
    assert entity(res, "Mei Ling Tan").gender == "female"


def test_her_before_an_adverb_and_a_noun_is_a_possessive(an: Analyzer) -> None:
    text = (
        "Siobhán Ní Bhriain, who has lived on the street for 20 years, said the "
        "extension would leave her back garden \"in shade all winter.\""
    )
    res = an.analyze(text)
    assert entity(res, "Siobhán Ní Bhriain").gender == "female"


def test_a_plural_role_noun_ends_no_one_s_name(an: Analyzer) -> None:
    text = (
        "Devout Catholics were upset he had never asked for forgiveness, said Marco "
        "Bellini, a historian."
    )
    res = an.analyze(text)
    assert all(e.name != "Catholics" or e.kind != "person" for e in res.entities)
    assert all(e.gender is None for e in res.entities if e.kind != "person")


def test_a_word_the_text_names_a_place_with_is_no_surname(an: Analyzer) -> None:
    """"close Hawthorne and Millbrook elementary schools … whose two daughters attend
    Hawthorne": a school's name, not a person the pronoun could mean."""
    text = (
        "The board voted to close Karori and Wadestown primary schools in June.\n\n"
        "Mereana Tipene, whose son attends Karori, told the board the closure would "
        "force her children onto a long bus ride.\n\n"
        "\"You are asking the poorest families to give up the most,\" she said."
    )
    res = an.analyze(text)
    assert entity(res, "Mereana Tipene").gender == "female"


@pytest.mark.parametrize(("text", "name", "gender"), [
    # a possessor's honorific is the possessor's, not the gender of the one it owns
    ("Ms. Patel's lawyer, Dev Rao, said the appeal was filed.", "Dev Rao", None),
    ("''We believe it,'' said Jennifer Palmieri, Mrs. Clinton's communications director.",
     "Jennifer Palmieri", None),
    # an adjective of sex before a role noun states it
    ("Taylor Reed, the club's first female president, said the vote was close.",
     "Taylor Reed", "female"),
    ("Sam Okoye, the ward's only male nurse, said the shifts were too long.",
     "Sam Okoye", "male"),
    # a person whose surname is also a place's name, described as a mother
    ("The mother of the victim, Ana Lima, said the police had failed.", "Ana Lima", "female"),
])
def test_what_a_description_says_of_gender(text: str, name: str, gender: str | None) -> None:
    (q,) = Analyzer().analyze(text).quotes
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.kind, q.speaker.gender) == (name, "person", gender)


def test_a_pronoun_in_a_fronted_clause_is_the_named_main_subjects(an: Analyzer) -> None:
    # "Asked when she would go back, Choi paused": Choi's "she", not the last woman's
    text = (
        "\"Nobody becomes a doctor to go on strike,\" said the resident, Choi Yu-na.\n\n"
        "Choi says she averages 88 hours a week on the wards.\n\n"
        "The health ministry said it would not reduce the quota. Vice Minister Park Sung-ho "
        "told reporters the plan was final.\n\n"
        "Kwon Hye-sook, who heads the Korea Severe Disease Patients Network, said patients "
        "were \"being used as a shield by both sides.\"\n\n"
        "\"We ask both of them to put one thing in writing,\" Kwon said.\n\n"
        "The ministry reported a 12 percent drop in emergency admissions.\n\n"
        "Asked when she would go back, Choi paused at the hospital gate. \"When someone "
        "asks us what we need,\" she said.\n"
    )
    res = an.analyze(text)
    assert entity(res, "Choi Yu-na").gender == "female"
    assert "she" not in [m.text for m in entity(res, "Kwon Hye-sook").mentions]


@pytest.mark.parametrize("main", ["Ms. Warren has", "Elizabeth Warren has", "Warren has"])
def test_a_speakers_pronoun_in_a_fronted_clause_is_the_named_main_subjects(
    an: Analyzer, main: str
) -> None:
    """"Ever since she endorsed Mrs. Clinton this month, Ms. Warren has …": the "she"
    that reports in a clause fronted with an adverb ("ever since") is the woman named
    right after it, with her title, not the subject before whose gender is unstated."""
    text = (
        "James Hamilton, the lawyer leading the search, has begun vetting Elizabeth Warren "
        "and other candidates. Ever since she endorsed Mrs. Clinton this month, "
        f"{main} been a fixture. \"We are united,\" she said.\n"
    )
    res = an.analyze(text)
    assert [q.speaker.name if q.speaker else None for q in res.quotes] == ["Elizabeth Warren"]
    assert all(e.gender is None for e in res.entities if e.name == "James Hamilton")


def test_a_pronoun_after_a_quotation_of_several_sentences_continues_its_subject(
    an: Analyzer,
) -> None:
    """ "“A. B,” she said" is one report: the sentences of its own quotation realise no
    other center, so "she" continues the subject before it as it would after "“A,”",
    and an unnamed speaker of an earlier exchange is no rival."""
    text = (
        "On the evening ferry, a purser was restocking the shelves. Aino Lehtonen, 49, "
        "said sales of spirits were down.\n\n"
        "“Is it cheaper than in Stockholm?” a passenger asked her.\n\n"
        "“Always,” Lehtonen answered.\n\n"
        "“Even the gin?”\n\n"
        "“Especially the gin.”\n\n"
        "Lehtonen has noticed that younger passengers buy less alcohol.\n\n"
        "“If the shop closes, I am not the only one who goes. The cooks, the cleaners, "
        "all of us,” she said."
    )
    assert entity(an.analyze(text), "Aino Lehtonen").gender == "female"
